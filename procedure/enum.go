package procedure

import (
	"fmt"
	"strconv"

	"github.com/motcua/motcua/internal/enum"
)

// enumError is the decoding and marshalling error of the package's
// enumerations (internal/enum's Fail): a *ValidationError naming the type,
// quoting the code (already shortened) and wrapping ErrInvalidValue.
func enumError(typ, code string, value int, valid string) error {
	if code == "" && value >= 0 {
		return &ValidationError{Field: typ, Value: strconv.Itoa(value),
			Err: fmt.Errorf("%w: cannot marshal an invalid %s", ErrInvalidValue, typ)}
	}
	return &ValidationError{Field: typ, Value: code, Err: fmt.Errorf("%w: unknown code, want one of %s", ErrInvalidValue, valid)}
}

// vietnamese returns v's Vietnamese name from vi, or its String when v is
// invalid.
func vietnamese[T ~uint8](vi []string, t *enum.Table[T], v T) string {
	if t.IsValid(v) && int(v) < len(vi) {
		return vi[v]
	}
	return t.String(v)
}
