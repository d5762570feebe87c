package sla_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
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
