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
// A disagreement is shrunk by rapid to a minimal receipt and limit and
// reported with both dates and s's explanation in English: the receipt
// day counted from, the cut-off, and every day not counted and why.
func RunDeadline(t *testing.T, f func(received time.Time, l sla.Limit) (date.Date, error), s *sla.Schedule) {
	t.Helper()
	runDeadline(t, f, s)
}

func runDeadline(t rapid.TB, f func(received time.Time, l sla.Limit) (date.Date, error), s *sla.Schedule) {
	t.Helper()
	if s == nil || f == nil {
		t.Fatalf("slatest: RunDeadline: nil schedule or function")
		return
	}
	instants, limits := Instant(s), Limit()
	rapid.Check(t, func(t *rapid.T) {
		received := instants.Draw(t, "received")
		l := limits.Draw(t, "limit")
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
	})
}
