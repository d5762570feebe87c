package holidaytest_test

import (
	"testing"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/holidaytest"
	"github.com/rickb777/date/v2"
)

// workingDayTable is a vendor's own working-day arithmetic: a table of the
// working days of a span, as a database column would hold them.
type workingDayTable struct {
	days []date.Date // working days in order
}

func newWorkingDayTable(cal *holiday.Calendar) *workingDayTable {
	first, last := cal.Span()
	t := &workingDayTable{}
	for d := first; d <= last; d++ {
		if cal.IsWorkingDay(d) {
			t.days = append(t.days, d)
		}
	}
	return t
}

// AddWorkingDays finds the n-th working day after d by binary search.
func (t *workingDayTable) AddWorkingDays(d date.Date, n int) (date.Date, error) {
	lo, hi := 0, len(t.days) // first index with days[i] > d
	for lo < hi {
		if mid := (lo + hi) / 2; t.days[mid] <= d {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	k := lo + n - 1
	if n <= 0 {
		k = lo + n
		if lo > 0 && t.days[lo-1] == d {
			k--
		}
	}
	if n == 0 {
		return d, nil
	}
	if k < 0 || k >= len(t.days) {
		return holiday.Vietnam().AddWorkingDays(d, n) // out of span: the library's error
	}
	return t.days[k], nil
}

// A vendor checks its own table against the national calendar in a test.
func TestVendorTable(t *testing.T) {
	cal := holiday.Vietnam()
	table := newWorkingDayTable(cal)
	holidaytest.RunAddWorkingDays(t, table.AddWorkingDays, cal)
}

// Example shows a vendor's test in a few lines: RunAddWorkingDays draws
// days (Tết, 30/4, 2/9, swapped Saturdays, year ends…) and offsets, and
// shrinks any disagreement with the calendar to a minimal case.
func Example() {
	// In a _test.go file:
	//
	//	func TestWorkingDays(t *testing.T) {
	//		cal := holiday.Vietnam()
	//		holidaytest.RunAddWorkingDays(t, myTable.AddWorkingDays, cal)
	//		holidaytest.CheckCalendar(t, cal) // and the laws of cal itself
	//	}
	var _ = holidaytest.RunAddWorkingDays
}
