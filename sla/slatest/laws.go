package slatest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"pgregory.net/rapid"
)

// explain renders s.Explain(d) in English for a failure message.
func explain(s *sla.Schedule, d sla.Deadline) string {
	e, err := s.Explain(d)
	if err != nil {
		return fmt.Sprintf("(no explanation: %v)\n", err)
	}
	return indent(e.English())
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ") + "\n"
}

func stamp(t time.Time) string { return t.Format("2006-01-02 15:04:05.999999999 Mon -0700") }

// deadline computes s.Deadline(received, l); ok is false when it is out of
// the span, after checking that the error says so and, if o is not nil, that
// the oracle agrees.
func deadline(t rapid.TB, s *sla.Schedule, o *oracle, received time.Time, l sla.Limit) (sla.Deadline, bool) {
	t.Helper()
	d, err := s.Deadline(received, l)
	inSpan := err == nil
	if o != nil { // the oracle is slow for long limits: derived cases skip it
		_, _, inSpan = o.due(received, l)
	}
	if err != nil {
		var se *holiday.SpanError
		if !errors.Is(err, holiday.ErrOutOfSpan) || !errors.As(err, &se) {
			t.Fatalf("Deadline(%s, %s): %v; want nil or an error wrapping holiday.ErrOutOfSpan of type *holiday.SpanError", stamp(received), l, err)
		}
		if inSpan {
			t.Fatalf("Deadline(%s, %s): %v; the oracle finds a due date inside the span", stamp(received), l, err)
		}
		return d, false
	}
	if !inSpan {
		t.Fatalf("Deadline(%s, %s) = %s; the oracle finds no due date inside the span\n%s", stamp(received), l, d, explain(s, d))
	}
	return d, true
}

// bigger returns limits of the same unit as l with more time.
func bigger(l sla.Limit) []sla.Limit {
	var out []sla.Limit
	for _, step := range []int64{25, 50, 100, 300} {
		if m, err := sla.LimitFromHundredths(l.Hundredths()+step, l.Unit()); err == nil {
			out = append(out, m)
		}
	}
	return out
}

var later = []time.Duration{time.Nanosecond, time.Second, time.Minute, 30 * time.Minute, 3 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour}

// CheckDeadline checks the laws of s.Deadline(received, l) for one receipt
// and one limit:
//
//   - the result is a valid Deadline for l, or an error wrapping
//     [holiday.ErrOutOfSpan] of type *[holiday.SpanError] exactly when the
//     oracle finds no due date inside the span; an invalid l is an error
//     wrapping [sla.ErrInvalidLimit];
//   - the receipt day is a working day, not before the receipt's date, and
//     is that date exactly when it is a working day and the receipt came
//     before the cut-off;
//   - Due is a working day, Due ≥ ReceiptDay, and At falls on Due: inside
//     one of its office sessions, at its close for limits counted in days;
//   - agreement with a naive oracle that steps day by day over the
//     calendar's special days (receipt day, and the due date for working
//     days, calendar days and months; due date and instant for working
//     hours and fractional working days);
//   - more time is never earlier (the same unit with a larger amount; the
//     due instant too when both are counted the same way; from whole to
//     fractional working days only when every working weekday has an
//     ordinary day's office hours, as fractional days are counted in
//     [sla.Schedule.DayLength] hours), and N calendar days are never later
//     than N working days;
//   - a later receipt is never earlier (due date and instant);
//   - N working days fall on the day N·DayLength working hours do, for a
//     receipt strictly inside office hours, before the cut-off, when every
//     working day in between has an ordinary day's office hours;
//   - the explanation ([sla.Schedule.Explain]) has the due and receipt days
//     and, for working days, lists exactly the days not counted.
//
// Every failure message carries the explanation in English.
func CheckDeadline(t rapid.TB, s *sla.Schedule, received time.Time, l sla.Limit) {
	t.Helper()
	if !validSchedule(s) {
		t.Fatalf("slatest: CheckDeadline: the schedule is not valid")
	}
	checkDeadline(t, s, newOracle(s), received, l)
}

func checkDeadline(t rapid.TB, s *sla.Schedule, o *oracle, received time.Time, l sla.Limit) {
	t.Helper()
	if !validSchedule(s) {
		t.Fatalf("slatest: CheckDeadline: the schedule is not valid")
	}
	if !l.IsValid() {
		if _, err := s.Deadline(received, l); !errors.Is(err, sla.ErrInvalidLimit) {
			t.Fatalf("Deadline(%s, invalid limit): %v; want an error wrapping sla.ErrInvalidLimit", stamp(received), err)
		}
		return
	}
	cal, zone := s.Calendar(), s.Zone()
	d, ok := deadline(t, s, o, received, l)
	if !ok {
		return
	}
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("Deadline(%s, %s) = %s: %s\nexplanation:\n%s", stamp(received), l, d, fmt.Sprintf(format, args...), explain(s, d))
	}
	local := received.In(zone)
	receivedOn := date.NewAt(local)

	// Shape.
	if !d.IsValid() || d.Limit() != l || !d.Received().Equal(received) {
		fail("invalid, or wrong limit or receipt (%v, %s, %s)", d.IsValid(), d.Limit(), stamp(d.Received()))
	}
	r, due, at := d.ReceiptDay(), d.Due(), d.At()
	if !cal.IsWorkingDay(r) || r < receivedOn {
		fail("receipt day %s %s is not a working day on or after the receipt's date %s", r, r.Weekday(), receivedOn)
	}
	if wantR, _ := o.receiptDay(received); r != wantR {
		fail("receipt day %s; the oracle says %s (cut-off %s)", r, wantR, cutoffOn(s, receivedOn))
	}
	if r2, err := s.ReceiptDay(received); err != nil || r2 != r {
		fail("Schedule.ReceiptDay = %s, %v; the deadline says %s", r2, err, r)
	}
	if !cal.IsWorkingDay(due) {
		fail("due date %s %s is not a working day", due, due.Weekday())
	}
	if due < r {
		fail("due date %s before the receipt day %s", due, r)
	}
	ss := s.SessionsOn(due)
	// At is on the due date, or is the midnight that ends it when the last
	// session closes at 24:00.
	c := clock.NewAt(at.In(zone))
	if got := date.NewAt(at.In(zone)); got != due {
		if got != due+1 || c != 0 || len(ss) == 0 || ss[len(ss)-1].End != clock.Day {
			fail("At %s is on %s, not on the due date %s", stamp(at), got, due)
		}
		c = clock.Day
	}
	if countsHours(l) {
		in := false
		for _, x := range ss {
			in = in || (x.Start < c && c <= x.End)
		}
		if !in {
			fail("At %s is not inside the office hours %v of %s", stamp(at), ss, due)
		}
	} else if len(ss) == 0 || !at.Equal(due.Time(ss[len(ss)-1].End, zone)) {
		fail("At %s is not the close of office hours %v of %s", stamp(at), ss, due)
	}

	// The oracle.
	wantDue, wantAt, _ := o.due(received, l)
	if due != wantDue {
		fail("the day-by-day oracle says %s %s", wantDue, wantDue.Weekday())
	}
	if countsHours(l) && !at.Equal(wantAt) {
		fail("due instant %s; the oracle says %s", stamp(at), stamp(wantAt))
	}

	// More time is never earlier.
	uniform := uniformDays(s)
	for _, m := range bigger(l) {
		dm, ok := deadline(t, s, nil, received, m)
		if !ok {
			continue
		}
		if countsHours(m) != countsHours(l) && !uniform {
			continue // see uniformDays
		}
		if dm.Due() < due {
			fail("%s is due earlier, on %s", m, dm.Due())
		}
		// Instants compare only on uniform days: elsewhere a fractional
		// limit whose hours end early is moved to the close of its whole
		// days, and a larger fraction can end earlier on that same date.
		if countsHours(m) == countsHours(l) && uniform && dm.At().Before(at) {
			fail("%s is due earlier, at %s", m, stamp(dm.At()))
		}
	}
	if l.Unit() == sla.UnitWorkingDays && l.IsWhole() && l.Hundredths() > 0 && l.Hundredths() <= sla.MaxLimitCalendarDays*100 {
		if dc, ok := deadline(t, s, nil, received, sla.CalendarDays(int(l.Hundredths()/100))); ok && dc.Due() > due {
			fail("the same number of calendar days is due later, on %s", dc.Due())
		}
	}

	// A later receipt is never earlier.
	for _, dt := range later {
		dl, ok := deadline(t, s, nil, received.Add(dt), l)
		if !ok {
			continue
		}
		if dl.Due() < due || (uniform && dl.At().Before(at)) { // instants: see "More time" above
			fail("a receipt %s later (%s) is due earlier: %s\nits explanation:\n%s", dt, stamp(received.Add(dt)), dl, explain(s, dl))
		}
	}

	// N working days == N·DayLength working hours inside office hours.
	checkDaysAsHours(t, s, o, received, d, fail)

	// The explanation.
	e, err := s.Explain(d)
	if err != nil {
		fail("Explain: %v", err)
	}
	if e.Due != due || e.ReceiptDay != r || e.Limit != l || !e.At.Equal(at) || e.AfterCutoff != d.AfterCutoff() {
		fail("the explanation says due %s at %s, receipt day %s, limit %s, after cut-off %v", e.Due, stamp(e.At), e.ReceiptDay, e.Limit, e.AfterCutoff)
	}
	if l.Unit() == sla.UnitWorkingDays && l.IsWhole() {
		listed := map[date.Date]bool{}
		for _, sk := range e.Skipped {
			listed[sk.Date] = true
			if cal.IsWorkingDay(sk.Date) {
				fail("the explanation skips %s, a working day", sk.Date)
			}
		}
		for day := receivedOn; day < due; day++ {
			if !o.working(day) && !listed[day] {
				fail("the explanation does not list %s %s, a day not counted", day, day.Weekday())
			}
		}
	}
}

// checkDaysAsHours checks that N working days and N·DayLength working hours
// fall on the same day for a receipt strictly inside office hours, before
// the cut-off, when every working day from R to the due date has an
// ordinary day's office hours.
func checkDaysAsHours(t rapid.TB, s *sla.Schedule, o *oracle, received time.Time, d sla.Deadline, fail func(string, ...any)) {
	t.Helper()
	l := d.Limit()
	if l.Unit() != sla.UnitWorkingDays || !l.IsWhole() || l.IsSameDay() || d.AfterCutoff() {
		return
	}
	local := received.In(s.Zone())
	r := d.ReceiptDay()
	if date.NewAt(local) != r {
		return
	}
	c, inside := clock.NewAt(local), false
	for _, x := range s.SessionsOn(r) {
		inside = inside || (x.Start < c && c < x.End)
	}
	if !inside {
		return
	}
	dayLen := s.DayLength()
	for day := r; day <= d.Due(); day++ {
		if !o.working(day) {
			continue
		}
		var sum time.Duration
		for _, x := range s.SessionsOn(day) {
			sum += x.Duration()
		}
		if sum != dayLen {
			return
		}
	}
	n := l.Hundredths() / 100
	total := time.Duration(n) * dayLen * 100 // in hundredths of hours × time.Hour
	if total%time.Hour != 0 {
		return // not a whole number of hundredths of an hour
	}
	hl, err := sla.LimitFromHundredths(int64(total/time.Hour), sla.UnitWorkingHours)
	if err != nil {
		return // above the working-hours cap
	}
	dh, ok := deadline(t, s, nil, received, hl)
	if ok && dh.Due() != d.Due() {
		fail("%s (%d × %s) is due on %s, not on the same day", hl, n, dayLen, dh.Due())
	}
}

// CheckDeadlines checks the laws of [CheckDeadline] on s with rapid, for
// receipts drawn by [Instant] and limits drawn by [Limit], and shrinks a
// failure to a minimal receipt and limit. t is usually a *testing.T.
func CheckDeadlines(t rapid.TB, s *sla.Schedule) {
	t.Helper()
	if !validSchedule(s) {
		t.Fatalf("slatest: CheckDeadlines: the schedule is not valid")
	}
	o := newOracle(s)
	instants, limits := Instant(s), Limit()
	rapid.Check(t, func(t *rapid.T) {
		checkDeadline(t, s, o, instants.Draw(t, "received"), limits.Draw(t, "limit"))
	})
}

// uniformDays reports whether every weekday of s's working week has an
// ordinary day's office hours ([sla.Schedule.DayLength]). Fractional working
// days are counted as that many hours, so across days of other lengths
// 1.25 working days can end before 1 working day does.
func uniformDays(s *sla.Schedule) bool {
	week := map[time.Weekday]bool{}
	for _, wd := range s.Calendar().WorkingWeekdays() {
		week[wd] = true
	}
	// A week of ordinary days: 2026-01-05 (Monday) to 2026-01-11.
	for d := date.New(2026, time.January, 5); d < date.New(2026, time.January, 12); d++ {
		if !week[d.Weekday()] {
			continue
		}
		var sum time.Duration
		for _, x := range s.SessionsOn(d) {
			sum += x.Duration()
		}
		if sum != s.DayLength() {
			return false
		}
	}
	return true
}

// validSchedule reports whether s was built by sla.NewSchedule.
func validSchedule(s *sla.Schedule) bool {
	return s != nil && s.Zone() != nil && s.Calendar().IsValid()
}
