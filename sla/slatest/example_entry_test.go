package slatest_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/motcua/motcua/sla/slatest"
)

func defaultSchedule() *sla.Schedule {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	return s
}

// The laws of one deadline: a receipt at 16:40 on the Friday before Tết
// Bính Ngọ, for limits of every unit (VerifyDeadline runs CheckDeadline
// outside a test; in a test, call CheckDeadline with the *testing.T).
func ExampleCheckDeadline() {
	s := defaultSchedule()
	received := time.Date(2026, time.February, 13, 16, 40, 0, 0, sla.VietnamZone)
	half, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	for _, l := range []sla.Limit{sla.SameDay(), half, sla.WorkingDays(3), sla.WorkingHours(4), sla.CalendarDays(30), sla.Months(1)} {
		d, _ := s.Deadline(received, l)
		fmt.Printf("%-18s due %s, laws hold: %v\n", l, d.At().Format("2006-01-02 15:04"), slatest.VerifyDeadline(s, received, l) == nil)
	}
	// Output:
	// Trong ngày         due 2026-02-13 17:00, laws hold: true
	// 0,5 ngày làm việc  due 2026-02-23 11:40, laws hold: true
	// 3 ngày làm việc    due 2026-02-25 17:00, laws hold: true
	// 4 giờ làm việc     due 2026-02-23 11:40, laws hold: true
	// 30 ngày            due 2026-03-16 17:00, laws hold: true
	// 1 tháng            due 2026-03-13 17:00, laws hold: true
}

// The laws on generated receipts and limits, for an office open
// 07:30–11:30 and 13:30–17:00 with a 15:00 cut-off.
func ExampleCheckDeadlines() {
	s, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		Sessions: []sla.Session{
			{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)},
			{Start: clock.New(13, 30, 0, 0), End: clock.New(17, 0, 0, 0)},
		},
		Cutoff: clock.New(15, 0, 0, 0),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("laws hold:", slatest.Verify(s) == nil)
	// Output:
	// laws hold: true
}

// workingDaysOnly is a vendor's due-date function that handles limits in
// whole working days by calendar arithmetic and hands everything else to
// motcua. TestWorkingDaysOnly runs RunDeadline on it.
func workingDaysOnly(s *sla.Schedule) func(time.Time, sla.Limit) (date.Date, error) {
	return func(received time.Time, l sla.Limit) (date.Date, error) {
		if l.Unit() == sla.UnitWorkingDays && l.IsWhole() {
			r, err := s.ReceiptDay(received)
			if err != nil {
				return 0, err
			}
			return s.Calendar().AddWorkingDays(r, int(l.Hundredths()/100))
		}
		d, err := s.Deadline(received, l)
		return d.Due(), err
	}
}

func TestWorkingDaysOnly(t *testing.T) {
	s := defaultSchedule()
	slatest.RunDeadline(t, workingDaysOnly(s), s)
}

// RunDeadline needs a test's *testing.T:
//
//	func TestWorkingDaysOnly(t *testing.T) {
//		s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
//		slatest.RunDeadline(t, workingDaysOnly(s), s)
//	}
//
// On each receipt and limit it draws — here three hard ones — it compares
// the vendor's due date with motcua's.
func ExampleRunDeadline() {
	s := defaultSchedule()
	f := workingDaysOnly(s)
	for _, c := range []struct {
		received time.Time
		l        sla.Limit
	}{
		{time.Date(2026, time.February, 13, 16, 40, 0, 0, sla.VietnamZone), sla.WorkingDays(3)}, // before Tết
		{time.Date(2026, time.March, 3, 17, 0, 0, 0, sla.VietnamZone), sla.SameDay()},           // at the close
		{time.Date(2026, time.January, 9, 9, 0, 0, 0, time.UTC), sla.WorkingDays(1)},            // 16:00 in Vietnam; due the Saturday worked
	} {
		got, _ := f(c.received, c.l)
		want, _ := s.Deadline(c.received, c.l)
		fmt.Println(c.received.Format("2006-01-02 15:04 MST"), c.l, "→", got, got == want.Due())
	}
	// Output:
	// 2026-02-13 16:40 ICT 3 ngày làm việc → 2026-02-25 true
	// 2026-03-03 17:00 ICT Trong ngày → 2026-03-04 true
	// 2026-01-09 09:00 UTC 1 ngày làm việc → 2026-01-10 true
}

// Instant draws the receipts that break deadline code: the cut-off
// minute, the opening and the close, the lunch break, nights, weekends.
func ExampleInstant() {
	s := defaultSchedule()
	gen := slatest.Instant(s)
	var atClose, inBreak, offDay, utc int
	for seed := range 400 {
		at := gen.Example(seed)
		local := at.In(s.Zone())
		c := clock.NewAt(local)
		switch {
		case c == clock.New(17, 0, 0, 0):
			atClose++
		case c >= clock.New(12, 0, 0, 0) && c < clock.New(13, 0, 0, 0):
			inBreak++
		}
		if !s.Calendar().IsWorkingDay(date.NewAt(local)) {
			offDay++
		}
		if at.Location() == time.UTC {
			utc++
		}
	}
	fmt.Println("exactly at the close:", atClose > 0)
	fmt.Println("in the lunch break:", inBreak > 0)
	fmt.Println("on a day off:", offDay > 0)
	fmt.Println("given in UTC:", utc > 0)
	// Output:
	// exactly at the close: true
	// in the lunch break: true
	// on a day off: true
	// given in UTC: true
}

func ExampleLimit() {
	gen := slatest.Limit()
	units := map[sla.Unit]int{}
	sameDay, fractional, valid := 0, 0, true
	for seed := range 400 {
		l := gen.Example(seed)
		valid = valid && l.IsValid()
		units[l.Unit()]++
		if l.IsSameDay() {
			sameDay++
		}
		if !l.IsWhole() {
			fractional++
		}
	}
	fmt.Println("all valid:", valid, "| units:", len(units), "| same day:", sameDay > 0, "| fractional:", fractional > 0)
	// Output:
	// all valid: true | units: 4 | same day: true | fractional: true
}

func ExampleSchedule() {
	gen := slatest.Schedule(holiday.Vietnam())
	var cutoff, saturday, otherZone int
	for seed := range 200 {
		s := gen.Example(seed)
		if s.Cutoff() != 0 {
			cutoff++
		}
		if len(s.SessionsOn(date.New(2026, time.March, 7))) > 0 { // a Saturday
			saturday++
		}
		if s.Zone() != sla.VietnamZone {
			otherZone++
		}
	}
	fmt.Println("with a cut-off:", cutoff > 0, "| Saturday sessions:", saturday > 0, "| other zones:", otherZone > 0)
	// Output:
	// with a cut-off: true | Saturday sessions: true | other zones: true
}
