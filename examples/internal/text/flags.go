package text

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
)

// ParseFlags parses args with fs, which should use flag.ContinueOnError.
// On -h or -help the flag package has printed the usage to fs's output:
// ParseFlags then reports help, with no error, so that the program exits
// 0 after showing its usage (asking for help is not a failure).
func ParseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	err = fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return true, nil
	}
	return false, err
}

// OptionalInt is a flag.Value for an integer flag whose default depends on
// other flags or on the date: unset, it prints no "(default …)" in the
// usage (a sentinel such as -1 would), and Given tells whether the flag
// was on the command line.
type OptionalInt struct {
	V     int
	Given bool
}

// String returns the value, or "" when the flag was not given.
func (o *OptionalInt) String() string {
	if o == nil || !o.Given {
		return ""
	}
	return strconv.Itoa(o.V)
}

// Set reads a decimal integer.
func (o *OptionalInt) Set(s string) error {
	v, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not an integer", s)
	}
	o.V, o.Given = v, true
	return nil
}
