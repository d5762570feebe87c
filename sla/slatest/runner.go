package slatest

import (
	"testing"
	"time"

	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// RunDeadline checks a vendor's due-date function f against s: for receipts
// drawn by [Instant] and limits drawn by [Limit], f(received, l) must return
// the due date of s.Deadline(received, l), and an error exactly when s
// reports one (a deadline outside the calendar's span). A panic in f is a
// failure.
//
// The classic traps — a receipt on the Friday before Tết, after the
// cut-off, on a weekend or a swapped working Saturday, the same instants
// given in UTC — are checked first, every run; then generated cases. A
// disagreement is shrunk by rapid to a minimal receipt and limit and
// reported with both dates and s's explanation in English: the receipt
// day counted from, the cut-off, and every day not counted and why.
func RunDeadline(t *testing.T, f func(received time.Time, l sla.Limit) (date.Date, error), s *sla.Schedule) {
	t.Helper()
	runDeadline(t, f, s)
}

func runDeadline(t rapid.TB, f func(received time.Time, l sla.Limit) (date.Date, error), s *sla.Schedule) {
	t.Helper()
	if !validSchedule(s) || f == nil {
		t.Fatalf("slatest: RunDeadline: invalid schedule or nil function")
		return
	}
	check := func(t rapid.TB, received time.Time, l sla.Limit) {
		t.Helper()
		want, wantErr := s.Deadline(received, l)
		got, err := f(received, l)
		switch {
		case wantErr != nil && err == nil:
			t.Fatalf("f(%s, %s) = %s; want an error: %v", stamp(received), l, got, wantErr)
		case wantErr == nil && err != nil:
			t.Fatalf("f(%s, %s) failed: %v; want %s %s\nexplanation:\n%s", stamp(received), l, err, want.Due(), want.Due().Weekday(), explain(s, want))
		case wantErr == nil && got != want.Due():
			t.Fatalf("f(%s, %s) = %s %s; want %s %s\nexplanation:\n%s", stamp(received), l, got, got.Weekday(), want.Due(), want.Due().Weekday(), explain(s, want))
		}
	}
	// The classic traps first, so that every run meets them.
	for _, received := range classicReceipts(s) {
		for _, l := range classicLimits() {
			check(t, received, l)
			check(t, received.In(time.UTC), l)
		}
	}
	instants, limits := Instant(s), Limit()
	rapid.Check(t, func(t *rapid.T) {
		check(t, instants.Draw(t, "received"), limits.Draw(t, "limit"))
	})
}

// classicReceipts are the receipts deadline code most often gets wrong, in
// the schedule's zone: around Tết Bính Ngọ (off 14–22 February 2026), at
// and after the cut-off, before opening, in the lunch break, on a weekend,
// on a holiday and on a swapped working Saturday (10 January 2026).
func classicReceipts(s *sla.Schedule) []time.Time {
	z := s.Zone()
	return []time.Time{
		time.Date(2026, time.February, 13, 16, 40, 0, 0, z), // Friday before Tết
		time.Date(2026, time.February, 13, 17, 30, 0, 0, z), // after closing
		time.Date(2026, time.March, 6, 15, 0, 0, 0, z),      // a common cut-off
		time.Date(2026, time.March, 6, 17, 30, 0, 0, z),     // Friday evening
		time.Date(2026, time.March, 9, 7, 0, 0, 0, z),       // before opening
		time.Date(2026, time.March, 9, 12, 30, 0, 0, z),     // lunch break
		time.Date(2026, time.March, 7, 10, 0, 0, 0, z),      // Saturday
		time.Date(2026, time.February, 17, 10, 0, 0, 0, z),  // Tết
		time.Date(2026, time.January, 10, 10, 0, 0, 0, z),   // swapped working Saturday
		time.Date(2026, time.April, 29, 16, 0, 0, 0, z),     // before the 30/4–1/5 break
	}
}

// classicLimits are one limit of each kind, with a half day and "trong ngày".
func classicLimits() []sla.Limit {
	half, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	return []sla.Limit{sla.SameDay(), sla.WorkingDays(1), sla.WorkingDays(3), sla.WorkingDays(15),
		half, sla.WorkingHours(4), sla.WorkingHours(16), sla.CalendarDays(30), sla.Months(1)}
}
