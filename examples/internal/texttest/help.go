// Package texttest holds the checks every example program's tests share.
package texttest

import (
	"io"
	"strings"
	"testing"
	"time"
)

// Run is the signature of every example program's testable entry point.
type Run func(w io.Writer, args []string, now time.Time) error

// Help checks issue 12.14 on the program named name: -h and -help print the
// usage and succeed (the program exits 0), and no flag shows a sentinel
// default such as "(default -1)".
func Help(t *testing.T, name string, run Run) {
	t.Helper()
	for _, arg := range []string{"-h", "-help"} {
		var out strings.Builder
		if err := run(&out, []string{arg}, time.Now()); err != nil {
			t.Fatalf("%s %s: %v", name, arg, err)
		}
		if !strings.Contains(out.String(), "Usage of "+name+":") || strings.Contains(out.String(), "(default -1)") {
			t.Errorf("%s %s printed %q", name, arg, out.String())
		}
	}
}
