package lunar_test

import (
	"testing"

	"github.com/motcua/motcua/holiday/lunar"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2026-01-01", "2033-11L-05", "2025-12-30", "1900-01-01", "2199-12-30",
		"1899-12-01", "2025-13-01", "2025-1-01", "2025-06L-29", "", "xxxx-xx-xx",
		"２０２５-01-01", "2025-01-01\n", "+025-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := lunar.ParseDate(s)
		if err != nil {
			if d != (lunar.Date{}) {
				t.Fatalf("ParseDate(%q) returned %v with error %v", s, d, err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, which is not valid", s, d)
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		solar, err := lunar.ToSolar(d)
		if err != nil {
			t.Fatalf("ToSolar(%v): %v", d, err)
		}
		if back, err := lunar.FromSolar(solar); err != nil || back != d {
			t.Fatalf("FromSolar(ToSolar(%v)) = %v, %v", d, back, err)
		}
	})
}
