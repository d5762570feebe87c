package procedure_test

import (
	"errors"
	"testing"

	"github.com/motcua/motcua/procedure"
)

// FuzzParse checks that Parse never panics, that every rejection is a
// *ValidationError wrapping one of the package sentinels, and that every
// accepted catalogue survives a Marshal/Parse round trip.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"procedures": [` + baseJSON + `]}`))
	f.Add([]byte(`{"procedures": []}`))
	f.Add([]byte(`{"procedures": [{"code": "2.000908"}]}`))
	f.Add([]byte(`{"procedures": [` + baseJSON + `], "abolitions": [{"code": "1.001193", "effective": "2026-01-01"}]}`))
	sentinels := []error{procedure.ErrSyntax, procedure.ErrMissingField, procedure.ErrInvalidValue, procedure.ErrInvalidLimit,
		procedure.ErrInvalidFee, procedure.ErrNoCopies, procedure.ErrDuplicate, procedure.ErrLevelAbolished}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := procedure.Parse(data)
		if err != nil {
			var ve *procedure.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			for _, s := range sentinels {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		b, err := c.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		back, err := procedure.Parse(b)
		if err != nil || !back.Equal(c) {
			t.Fatalf("round trip: %v\n%s", err, b)
		}
	})
}
