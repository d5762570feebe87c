package lunar_test

import (
	"testing"

	"github.com/motcua/motcua/holiday/lunar"
	"pgregory.net/rapid"
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

// FuzzFromSolarOracle compares FromSolar with the slow, table-free oracle
// (issue 18.4), and ToSolar with its inverse: a wrong lunar date is silent
// (a wrong Tết moves every holiday of the year). scripts/fuzz.sh runs it in
// CI.
func FuzzFromSolarOracle(f *testing.F) {
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0})
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		s := genSolar().Draw(t, "solar")
		got, err := lunar.FromSolar(s)
		if err != nil {
			t.Fatalf("FromSolar(%v): %v", s, err)
		}
		if want := lunar.OracleFromSolar(s); got != want {
			t.Fatalf("FromSolar(%v) = %v, oracle says %v", s, got, want)
		}
		back, err := lunar.ToSolar(got)
		if err != nil || back != s {
			t.Fatalf("ToSolar(FromSolar(%v) = %v) = %v, %v", s, got, back, err)
		}
	}))
}

// FuzzToSolarOracle draws lunar dates (leap months and month ends
// included), converts them with ToSolar and checks the oracle reads the
// same lunar date back from the result.
func FuzzToSolarOracle(f *testing.F) {
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0})
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		l := genLunar().Draw(t, "lunar")
		s, err := lunar.ToSolar(l)
		if err != nil {
			t.Fatalf("ToSolar(%v): %v", l, err)
		}
		if want := lunar.OracleFromSolar(s); want != l {
			t.Fatalf("ToSolar(%v) = %v, which the oracle reads as %v", l, s, want)
		}
	}))
}
