package procedure_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/procedure"
)

func catalog(proc string) string { return `{"procedures":[` + proc + `]}` }

// Issue 12.10: catalogues are read with the module's one strict policy.
// Each row was accepted before (duplicate keys kept the last one, keys in
// any case matched, invalid UTF-8 was replaced by U+FFFD).
func TestParseStrictPolicy(t *testing.T) {
	if _, err := procedure.Parse([]byte(catalog(baseJSON))); err != nil {
		t.Fatal(err)
	}
	sub := func(old, new string) string {
		s := strings.Replace(baseJSON, old, new, 1)
		if s == baseJSON {
			t.Fatalf("the replacement of %s did not apply", old)
		}
		return catalog(s)
	}
	for _, tc := range []struct {
		name, in string
		is       error
	}{
		{"duplicate key", sub(`"name": "Đăng ký khai sinh"`, `"name": "X", "name": "Đăng ký khai sinh"`), procedure.ErrSyntax},
		{"duplicate procedures", `{"procedures":[],"procedures":[` + baseJSON + `]}`, procedure.ErrSyntax},
		{"duplicate key in a fee", sub(`"amount": "8000"`, `"amount": "1", "amount": "8000"`), procedure.ErrSyntax},
		{"case-variant key", sub(`"code":`, `"Code":`), procedure.ErrSyntax},
		{"case-variant top key", `{"Procedures":[` + baseJSON + `]}`, procedure.ErrSyntax},
		{"fee as a number", sub(`"amount": "8000"`, `"amount": 8000`), procedure.ErrSyntax},
		{"fee as an exponent", sub(`"amount": "8000"`, `"amount": "8e3"`), procedure.ErrInvalidFee},
		{"invalid UTF-8", sub(`Hộ tịch`, "H\xe1\xbb tịch"), procedure.ErrSyntax},
		{"lone surrogate", sub(`Hộ tịch`, `H\udc00 tịch`), procedure.ErrSyntax},
		{"trailing data", catalog(baseJSON) + `{}`, procedure.ErrSyntax},
		{"unknown key", sub(`"source": "test"`, `"source": "test", "status": "x"`), procedure.ErrSyntax},
		{"count as a string", sub(`"originals": 1`, `"originals": "1"`), procedure.ErrSyntax},
		{"huge count", sub(`"originals": 1`, `"originals": `+strings.Repeat("9", 40)), procedure.ErrSyntax},
		{"count out of range", sub(`"originals": 1`, `"originals": 1e30`), procedure.ErrSyntax},
		{"null name", sub(`"name": "Đăng ký khai sinh"`, `"name": null`), procedure.ErrSyntax},
		{"unknown channel code", sub(`"channel": "direct"`, `"channel": "Direct"`), procedure.ErrInvalidValue},
		{"too deep", sub(`"source": "test"`, `"source": "test", "route": `+strings.Repeat(`{"x":`, 20)+`1`+strings.Repeat(`}`, 20)), procedure.ErrSyntax},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := procedure.Parse([]byte(tc.in))
			var ve *procedure.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, tc.is) {
				t.Fatalf("got %v, want a *ValidationError wrapping %v", err, tc.is)
			}
			if n := strings.Count(err.Error(), "procedure:"); n > 1 || !strings.HasPrefix(err.Error(), "procedure") {
				t.Errorf("the message names the package %d times: %v", n, err)
			}
			if len(err.Error()) > 400 {
				t.Errorf("an error of %d bytes", len(err.Error()))
			}
		})
	}
}

// Issue 12.8: catalogues and registries have a documented maximum size,
// refused unread with ErrTooLarge.
func TestParseRefusesOversize(t *testing.T) {
	big := []byte(catalog(baseJSON) + strings.Repeat(" ", procedure.MaxCatalogBytes))
	_, err := procedure.Parse(big)
	var ve *procedure.ValidationError
	if !errors.As(err, &ve) || !errors.Is(err, procedure.ErrTooLarge) {
		t.Fatalf("Parse: %v, want ErrTooLarge", err)
	}
	_, err = procedure.ParseRegistry([]byte(`{"agencies":[]}` + strings.Repeat(" ", procedure.MaxRegistryBytes)))
	if !errors.As(err, &ve) || !errors.Is(err, procedure.ErrTooLarge) {
		t.Fatalf("ParseRegistry: %v, want ErrTooLarge", err)
	}
}

// A route inside a catalogue is read with liaison's strict parser; its
// error stays reachable.
func TestParseRouteErrorReachable(t *testing.T) {
	in := catalog(strings.Replace(baseJSON, `"source": "test"`, `"source": "test", "route": {"code":"R"}`, 1))
	_, err := procedure.Parse([]byte(in))
	var re *liaison.RouteError
	if !errors.As(err, &re) || !errors.Is(err, procedure.ErrInvalidValue) {
		t.Fatalf("got %v, want a liaison.RouteError inside ErrInvalidValue", err)
	}
}

// Issue 18.1: the enumerations decode exactly their wire codes, and an
// unknown code is the package's typed error wrapping its sentinel.
func TestEnumErrorsTyped(t *testing.T) {
	long := strings.Repeat("ế", 1000)
	for name, fn := range map[string]func([]byte) error{
		"Channel":     func(b []byte) error { var v procedure.Channel; return v.UnmarshalText(b) },
		"FeeKind":     func(b []byte) error { var v procedure.FeeKind; return v.UnmarshalText(b) },
		"Level":       func(b []byte) error { var v procedure.Level; return v.UnmarshalText(b) },
		"Requirement": func(b []byte) error { var v procedure.Requirement; return v.UnmarshalText(b) },
		"Subject":     func(b []byte) error { var v procedure.Subject; return v.UnmarshalText(b) },
	} {
		for _, in := range []string{"", "X", long} {
			err := fn([]byte(in))
			var ve *procedure.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, procedure.ErrInvalidValue) {
				t.Errorf("%s(%q): %v, want a *ValidationError wrapping ErrInvalidValue", name, in, err)
			}
			if err != nil && len(err.Error()) > 300 {
				t.Errorf("%s: an error of %d bytes", name, len(err.Error()))
			}
		}
	}
	for name, fn := range map[string]func() error{
		"Channel": func() error { _, err := procedure.Channel(9).MarshalText(); return err },
		"Level":   func() error { _, err := procedure.LevelUnknown.MarshalText(); return err },
		"Subject": func() error { _, err := procedure.Subject(7).MarshalText(); return err },
	} {
		var ve *procedure.ValidationError
		if err := fn(); !errors.As(err, &ve) || !errors.Is(err, procedure.ErrInvalidValue) {
			t.Errorf("%s: marshalling an invalid value: %v", name, err)
		}
	}
	if got := procedure.ChannelPostal.Vietnamese(); got != "Qua dịch vụ bưu chính công ích" {
		t.Errorf("Vietnamese: %q", got)
	}
	if got := procedure.Level(9).String(); got != "%!Level(9)" {
		t.Errorf("String: %q", got)
	}
}
