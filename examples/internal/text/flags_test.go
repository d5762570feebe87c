package text

import (
	"flag"
	"strings"
	"testing"
)

func TestParseFlagsHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		var out strings.Builder
		fs.SetOutput(&out)
		var month OptionalInt
		fs.Var(&month, "month", "month 1–12 (default: this month)")
		help, err := ParseFlags(fs, []string{arg})
		if !help || err != nil {
			t.Errorf("%s: help %v, err %v", arg, help, err)
		}
		if !strings.Contains(out.String(), "-month") || strings.Contains(out.String(), "(default -1)") ||
			strings.Contains(out.String(), `(default "")`) {
			t.Errorf("%s: usage %q", arg, out.String())
		}
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(&strings.Builder{})
	var month OptionalInt
	fs.Var(&month, "month", "")
	if help, err := ParseFlags(fs, []string{"-month", "x"}); help || err == nil {
		t.Errorf("bad value: help %v, err %v", help, err)
	}
	if help, err := ParseFlags(fs, []string{"-month", "0"}); help || err != nil || !month.Given || month.V != 0 {
		t.Errorf("-month 0: %v %v %+v", help, err, month)
	}
}
