package slatest_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/motcua/motcua/sla/slatest"
	"github.com/rickb777/date/v2"
)

// dueDateService stands for a vendor's code: here it stores the due date
// computed by motcua, as a database column would.
type dueDateService struct{ s *sla.Schedule }

func (v dueDateService) DueDate(received time.Time, l sla.Limit) (date.Date, error) {
	d, err := v.s.Deadline(received, l)
	return d.Due(), err
}

// A vendor's test in ten lines: the runner draws receipts (cut-off minute,
// lunch break, weekends, Tết…) and limits (halves, "Trong ngày", hours,
// months…) and shrinks any disagreement to a minimal case.
func TestVendorDueDates(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	slatest.RunDeadline(t, dueDateService{s}.DueDate, s)
	slatest.CheckDeadlines(t, s) // and the laws of the schedule itself
}

// Example shows the shape of a vendor test; see TestVendorDueDates in this
// file for one that runs.
func Example() {
	// In a _test.go file:
	//
	//	func TestDueDates(t *testing.T) {
	//		s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	//		if err != nil {
	//			t.Fatal(err)
	//		}
	//		slatest.RunDeadline(t, myService.DueDate, s)
	//	}
	var _ = slatest.RunDeadline
}
