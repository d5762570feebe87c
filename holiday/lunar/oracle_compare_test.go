package lunar_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/motcua/motcua/holiday/lunar"
)

// TestPropOracle compares the table-driven FromSolar with a slow
// implementation that recomputes the astronomy for each date.
func TestPropOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSolar().Draw(t, "solar")
		got, err := lunar.FromSolar(s)
		if err != nil {
			t.Fatalf("FromSolar(%v): %v", s, err)
		}
		if want := lunar.OracleFromSolar(s); got != want {
			t.Fatalf("FromSolar(%v) = %v, oracle says %v", s, got, want)
		}
	})
}

// TestOracleMonthStarts checks the first and the last day of every month
// in the span against the oracle: month boundaries are where errors in the
// new moon days or in the month labels would show.
func TestOracleMonthStarts(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	first, last := lunar.Span()
	for s := first; s <= last; s++ {
		l, _ := lunar.FromSolar(s)
		if l.Day != 1 {
			continue
		}
		if got := lunar.OracleFromSolar(s); got != l {
			t.Errorf("FromSolar(%v) = %v, oracle says %v", s, l, got)
		}
		if s > first {
			prev, _ := lunar.FromSolar(s - 1)
			if got := lunar.OracleFromSolar(s - 1); got != prev {
				t.Errorf("FromSolar(%v) = %v, oracle says %v", s-1, prev, got)
			}
		}
	}
}
