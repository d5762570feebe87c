package main

import (
	"strings"
	"testing"
	"time"
)

// Issue 12.14: -h printed the usage and exited 1; it exits 0 (run returns
// nil) with the usage, and no flag shows a sentinel default such as
// "(default -1)".
func TestHelpExitsZero(t *testing.T) {
	for _, arg := range []string{"-h", "-help"} {
		var out strings.Builder
		if err := run(&out, []string{arg}, time.Now()); err != nil {
			t.Fatalf("run(%s): %v", arg, err)
		}
		if !strings.Contains(out.String(), "Usage of postal:") || strings.Contains(out.String(), "(default -1)") {
			t.Errorf("run(%s) printed %q", arg, out.String())
		}
	}
}
