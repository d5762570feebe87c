package holidaytest

import (
	"testing"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// RunAddWorkingDays checks a vendor's working-day function f against cal:
// on days drawn by [Date] and offsets drawn by [Offset], f(d, n) must return
// what cal.AddWorkingDays(d, n) returns, and an error exactly when cal
// reports one (a result outside the span). A panic in f is a failure.
//
// f must answer for every day of cal's span. A disagreement is shrunk by
// rapid to a minimal (d, n) and reported with both answers and the days
// between them that are not working days, with the holiday, compensatory
// day or swap that made each one so and its source.
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
	days, offsets := Date(cal), Offset()
	rapid.Check(t, func(t *rapid.T) {
		d := days.Draw(t, "d")
		n := offsets.Draw(t, "n")
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
	})
}
