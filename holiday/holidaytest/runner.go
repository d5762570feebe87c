package holidaytest

import (
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// RunAddWorkingDays checks a vendor's working-day function f against cal:
// on days drawn by [Date] and offsets drawn by [Offset], f(d, n) must return
// what cal.AddWorkingDays(d, n) returns, and an error exactly when cal
// reports one (a result outside the span). A panic in f is a failure.
//
// The classic traps (Tết 2026, the swapped New Year of 2026, the 2023
// compensatory days, the spring and National Day breaks, the span's ends)
// are checked first, every run; then generated cases. f must answer for
// every day of cal's span. A disagreement is shrunk by rapid to a minimal
// (d, n) and reported with both answers and the days between them that are
// not working days, with the holiday, compensatory day or swap that made
// each one so and its source.
func RunAddWorkingDays(t *testing.T, f func(d date.Date, n int) (date.Date, error), cal *holiday.Calendar) {
	t.Helper()
	runAddWorkingDays(t, f, cal)
}

func runAddWorkingDays(t rapid.TB, f func(d date.Date, n int) (date.Date, error), cal *holiday.Calendar) {
	t.Helper()
	if !cal.IsValid() {
		t.Fatalf("holidaytest: RunAddWorkingDays: the calendar is not valid")
		return
	}
	if f == nil {
		t.Fatalf("holidaytest: RunAddWorkingDays: nil function")
		return
	}
	o := newOracle(cal)
	check := func(t rapid.TB, d date.Date, n int) {
		t.Helper()
		want, wantErr := cal.AddWorkingDays(d, n)
		got, err := f(d, n)
		switch {
		case wantErr != nil && err == nil:
			t.Fatalf("f(%s %s, %d) = %s; want an error: %v", d, weekday(d), n, got, wantErr)
		case wantErr == nil && err != nil:
			t.Fatalf("f(%s %s, %d) failed: %v; want %s %s\ndays not counted between them:\n%s",
				d, weekday(d), n, err, want, weekday(want), o.skipped(d, want))
		case wantErr == nil && got != want:
			t.Fatalf("f(%s %s, %d) = %s %s; want %s %s\ndays not counted from %s to %s:\n%s",
				d, weekday(d), n, got, weekday(got), want, weekday(want), min(d, got, want), max(d, got, want),
				o.skipped(min(d, got, want), max(d, got, want)))
		}
	}
	// The classic traps first, so that every run meets them: the days
	// before and in Tết Bính Ngọ (off 14–22 February 2026), the swapped
	// New Year of 2026 (Friday 2 January off, Saturday 10 January worked),
	// the 2023 compensatory days, the 30/4–1/5 and 2/9 breaks.
	for _, d := range []date.Date{
		date.New(2026, time.February, 13), date.New(2026, time.February, 16), date.New(2025, time.December, 31),
		date.New(2026, time.January, 9), date.New(2023, time.January, 19), date.New(2026, time.April, 29),
		date.New(2026, time.August, 28), date.New(2023, time.September, 1),
	} {
		for _, n := range []int{1, 2, 3, 5, 15, 250, -1, -3} {
			if cal.Contains(d) {
				check(t, d, n)
			}
		}
	}
	// And the ends of the span, where an answer must be an error.
	first, last := cal.Span()
	check(t, first, -1)
	check(t, last, 1)
	check(t, last-10, 30)
	days, offsets := Date(cal), Offset()
	rapid.Check(t, func(t *rapid.T) {
		check(t, days.Draw(t, "d"), offsets.Draw(t, "n"))
	})
}
