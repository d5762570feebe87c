package lunar_test

import (
	"math"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday/lunar"
)

// Worked examples from J. Meeus, Astronomical Algorithms, 2nd ed. (1998).
func TestMeeusExamples(t *testing.T) {
	// Example 49.a: the new moon of 1977 February, k = -283,
	// JDE = 2443192.65118.
	if got := lunar.NewMoonJDE(-283); math.Abs(got-2443192.65118) > 0.00001 {
		t.Errorf("NewMoonJDE(-283) = %.5f, want 2443192.65118", got)
	}
	// Example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895°
	// (low-accuracy method).
	if got := lunar.SunLongitude(2448908.5); math.Abs(got-199.90895) > 0.0001 {
		t.Errorf("SunLongitude(2448908.5) = %.5f, want 199.90895", got)
	}
}

func TestSpan(t *testing.T) {
	first, last := lunar.Span()
	if want := date.New(1900, time.January, 31); first != want {
		t.Errorf("first = %v, want %v", first, want)
	}
	if tet, _ := lunar.NewYear(lunar.MinYear); tet != first {
		t.Errorf("NewYear(MinYear) = %v, first = %v", tet, first)
	}
	l, err := lunar.FromSolar(last)
	if err != nil || l.Year != lunar.MaxYear || l.Month != 12 {
		t.Errorf("FromSolar(last) = %v, %v", l, err)
	}
}
