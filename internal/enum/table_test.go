package enum

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

type color uint8

var errUnknown = errors.New("test: unknown code")

type codeError struct {
	Type, Code string
	Value      int
	Valid      string
}

func (e *codeError) Error() string {
	if e.Code == "" && e.Value >= 0 {
		return fmt.Sprintf("test: invalid %s %d", e.Type, e.Value)
	}
	return fmt.Sprintf("test: %s %q: want one of %s", e.Type, e.Code, e.Valid)
}
func (e *codeError) Unwrap() error { return errUnknown }

var colors = Table[color]{
	Type:  "color",
	Names: []string{"unknown", "red", "green"},
	Codes: []string{"", "red", "green"},
	Fail: func(typ, code string, value int, valid string) error {
		return &codeError{typ, code, value, valid}
	},
}

func TestTable(t *testing.T) {
	require.Equal(t, "red", colors.String(1))
	require.Equal(t, "%!color(7)", colors.String(7))
	require.False(t, colors.IsValid(0))
	require.True(t, colors.IsValid(2))
	require.False(t, colors.IsValid(3))
	b, err := colors.MarshalText(2)
	require.NoError(t, err)
	require.Equal(t, "green", string(b))
	_, err = colors.MarshalText(0)
	var ce *codeError
	require.ErrorAs(t, err, &ce)
	require.ErrorIs(t, err, errUnknown)

	v := color(1)
	require.NoError(t, colors.UnmarshalText(&v, []byte("green")))
	require.Equal(t, color(2), v)
	err = colors.UnmarshalText(&v, []byte("GREEN"))
	require.ErrorIs(t, err, errUnknown)
	require.Equal(t, color(2), v, "unchanged on error")
	require.Contains(t, err.Error(), "want one of red, green")
	err = colors.UnmarshalText(&v, []byte(""))
	require.ErrorAs(t, err, &ce)
	require.Equal(t, -1, ce.Value)
	err = colors.UnmarshalText(&v, []byte(strings.Repeat("ệ", 100)))
	require.ErrorAs(t, err, &ce)
	require.LessOrEqual(t, len(ce.Code), maxCodeQuote+len("…"), "a short prefix is quoted")
}

// An empty name prints as a value outside the table does, so that tables
// need not spell "%!Type(0)" for their zero value.
func TestEmptyNameIsFallback(t *testing.T) {
	tbl := Table[color]{Type: "color", Names: []string{"", "red"}, Codes: []string{"", "red"}}
	require.Equal(t, "%!color(0)", tbl.String(0))
	require.Equal(t, "red", tbl.String(1))
}
