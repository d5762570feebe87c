package enum

import (
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/clip"
)

// maxCodeQuote is how many bytes of an unknown code an error quotes.
const maxCodeQuote = 40

// Table describes one enumeration whose values are the integers
// 0 … len(Names)-1. A value is valid when its wire code is not empty: the
// zero value of most enumerations ("unknown") has no code and is invalid.
//
// A Table is built once, as a package-level value, and never changed: it is
// safe for concurrent use.
type Table[T ~uint8] struct {
	// Type is the Go type's name as the package exports it, e.g. "Unit".
	Type string
	// Names are the human-readable names String returns, by value; ""
	// makes String print "%!Type(n)", as for a value outside the table.
	Names []string
	// Codes are the stable wire codes, by value; "" marks an invalid value.
	Codes []string
	// Fail builds the package's typed error for a wire code that is not one
	// of Codes (quoted, already shortened) or for marshalling an invalid
	// value (code empty, value given). valid lists the accepted codes.
	Fail func(typ, code string, value int, valid string) error
}

// String returns the value's name, or "%!Type(n)" for a value outside the
// table or whose name is empty (the zero "unknown" value of most tables).
func (t *Table[T]) String(v T) string {
	if int(v) < len(t.Names) && t.Names[v] != "" {
		return t.Names[v]
	}
	return "%!" + t.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// IsValid reports whether v has a wire code.
func (t *Table[T]) IsValid(v T) bool {
	return int(v) < len(t.Codes) && t.Codes[v] != ""
}

// Code returns v's wire code, "" when v is invalid.
func (t *Table[T]) Code(v T) string {
	if t.IsValid(v) {
		return t.Codes[v]
	}
	return ""
}

// MarshalText returns v's wire code, or the package's error when v is
// invalid.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if !t.IsValid(v) {
		return nil, t.Fail(t.Type, "", int(v), t.valid())
	}
	return []byte(t.Codes[v]), nil
}

// Parse returns the value whose wire code is exactly code, or the package's
// error quoting at most a short prefix of it.
func (t *Table[T]) Parse(code []byte) (T, error) {
	for i, c := range t.Codes {
		if c != "" && c == string(code) {
			return T(i), nil
		}
	}
	return 0, t.Fail(t.Type, clip.String(string(code), maxCodeQuote), -1, t.valid())
}

// UnmarshalText sets *v to the value whose wire code is exactly code; on
// error *v is unchanged.
func (t *Table[T]) UnmarshalText(v *T, code []byte) error {
	x, err := t.Parse(code)
	if err != nil {
		return err
	}
	*v = x
	return nil
}

func (t *Table[T]) valid() string {
	var b strings.Builder
	for _, c := range t.Codes {
		if c == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c)
	}
	return b.String()
}
