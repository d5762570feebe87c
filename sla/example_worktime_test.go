package sla_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Four hours of office time started on Friday 13 February 2026 at 15:00:
// two hours that afternoon, then Tết (14–22 February), then two hours on
// Monday 23 February.
func ExampleSchedule_AddWorkingTime() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	at, day, err := s.AddWorkingTime(time.Date(2026, 2, 13, 15, 0, 0, 0, sla.VietnamZone), 4*time.Hour)
	fmt.Println(at.Format("2006-01-02 15:04"), day, err)
	// Output: 2026-02-23 10:00 2026-02-23 <nil>
}

// The office time an agency held a dossier from Friday 16:00 to Monday
// 09:30: one hour on Friday and an hour and a half on Monday.
func ExampleSchedule_WorkingTimeBetween() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	d, err := s.WorkingTimeBetween(
		time.Date(2026, 3, 6, 16, 0, 0, 0, sla.VietnamZone),
		time.Date(2026, 3, 9, 9, 30, 0, 0, sla.VietnamZone))
	fmt.Println(d, err)
	// Output: 2h30m0s <nil>
}

// The office-hours engine on days and times of day: three hours from
// Friday 6 March 2026 at 16:00 end on Monday at 10:00, and WorkBetween
// counts them back (negative the other way round).
func ExampleSchedule_AddWork() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	from := s.MomentOf(time.Date(2026, 3, 6, 16, 0, 0, 0, sla.VietnamZone))
	to, err := s.AddWork(from, 3*time.Hour)
	fmt.Println(to.Day, to.Time.HhMm(), err)
	back, _ := s.WorkBetween(to, from)
	fmt.Println(back)
	// Output:
	// 2026-03-09 10:00 <nil>
	// -3h0m0s
}

// Office hours of a working day and of a Sunday.
func ExampleSchedule_OfficeHours() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	for _, d := range []date.Date{date.New(2026, 3, 6), date.New(2026, 3, 8)} {
		open, close, ok := s.OfficeHours(d)
		fmt.Println(d, open.HhMm(), close.HhMm(), ok)
	}
	// Output:
	// 2026-03-06 08:00 17:00 true
	// 2026-03-08 00:00 00:00 false
}

// A receipt instant as a day and a time of day in the schedule's zone,
// whatever zone it was given in.
func ExampleSchedule_MomentOf() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	m := s.MomentOf(time.Date(2026, 3, 6, 1, 30, 0, 0, time.UTC))
	fmt.Println(m.Day, m.Time.HhMm(), s.TimeOf(m).Format(time.RFC3339))
	// Output: 2026-03-06 08:30 2026-03-06T08:30:00+07:00
}

// Deadlines counted by schedules whose zones are equal but distinct values
// differ under == (as time.Time values do) and are Equal.
func ExampleDeadline_Equal() {
	a, _ := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Zone: time.FixedZone("ICT", 7*3600)})
	b, _ := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Zone: time.FixedZone("ICT", 7*3600)})
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone)
	da, _ := a.Deadline(at, sla.WorkingDays(5))
	db, _ := b.Deadline(at, sla.WorkingDays(5))
	fmt.Println(da == db, da.Equal(db))
	// Output: false true
}

// Two clocks with the same history are Equal.
func ExampleTimeline_Equal() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone)
	t1, _ := s.Start(at, sla.WorkingDays(5))
	t2, _ := s.Start(at, sla.WorkingDays(5))
	p, _ := t1.Pause(at.Add(time.Hour))
	fmt.Println(t1.Equal(t2), p.Equal(t2))
	// Output: true false
}
