package holidaytest_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/holidaytest"
	"github.com/motcua/motcua/holiday/lunar"
)

// The laws of working-day arithmetic, checked on the national calendar
// extended with a province's own days before the extension is deployed
// (Verify runs CheckCalendar outside a test; in a test, call CheckCalendar
// with the *testing.T).
func ExampleCheckCalendar() {
	cal, err := holiday.Vietnam().ExtendCSV([]byte(`announcement,date,kind,name_vi,name_en,source
,2027-03-08,day_off,Nghỉ theo quyết định của tỉnh,Provincial day off,Quyết định 1/QĐ-UBND
,2027-03-13,workday,Làm việc bù,Saturday worked,Quyết định 1/QĐ-UBND
`))
	if err != nil {
		panic(err)
	}
	fmt.Println("laws hold:", holidaytest.Verify(cal) == nil)

	// The zero Calendar is refused.
	fmt.Println(holidaytest.Verify(&holiday.Calendar{}))
	// Output:
	// laws hold: true
	// holidaytest: CheckCalendar: the calendar is not valid
}

// naiveAddWorkingDays is a vendor's working-day function: it steps day by
// day over cal.IsWorkingDay. TestNaiveAddWorkingDays runs
// RunAddWorkingDays on it.
func naiveAddWorkingDays(cal *holiday.Calendar) func(d date.Date, n int) (date.Date, error) {
	return func(d date.Date, n int) (date.Date, error) {
		step := 1
		if n < 0 {
			step, n = -1, -n
		}
		for ; n > 0; n-- {
			d += date.Date(step)
			for cal.Contains(d) && !cal.IsWorkingDay(d) {
				d += date.Date(step)
			}
			if !cal.Contains(d) {
				return 0, fmt.Errorf("out of span: %w", holiday.ErrOutOfSpan)
			}
		}
		return d, nil
	}
}

func TestNaiveAddWorkingDays(t *testing.T) {
	cal := holiday.Vietnam()
	holidaytest.RunAddWorkingDays(t, naiveAddWorkingDays(cal), cal)
}

// RunAddWorkingDays needs a test's *testing.T:
//
//	func TestNaiveAddWorkingDays(t *testing.T) {
//		cal := holiday.Vietnam()
//		holidaytest.RunAddWorkingDays(t, naiveAddWorkingDays(cal), cal)
//	}
//
// On each case it draws — here three hard ones — it compares the vendor's
// answer with the calendar's.
func ExampleRunAddWorkingDays() {
	cal := holiday.Vietnam()
	f := naiveAddWorkingDays(cal)
	for _, c := range []struct {
		d date.Date
		n int
	}{
		{date.New(2026, time.February, 13), 3}, // before Tết Bính Ngọ
		{date.New(2026, time.January, 9), 1},   // before the Saturday worked for 2 January
		{date.New(2023, time.January, 3), -1},  // back over the compensatory day of 2 January
	} {
		got, _ := f(c.d, c.n)
		want, _ := cal.AddWorkingDays(c.d, c.n)
		fmt.Println(c.d, c.n, got, got == want)
	}
	// Output:
	// 2026-02-13 3 2026-02-25 true
	// 2026-01-09 1 2026-01-10 true
	// 2023-01-03 -1 2022-12-30 true
}

// Date draws the hard days far more often than uniform sampling would:
// among 400 draws, many fall within ten days of Tết or on a special day.
func ExampleDate() {
	cal := holiday.Vietnam()
	first, last := cal.Span()
	gen := holidaytest.Date(cal)
	inSpan, nearTet, special := 0, 0, 0
	for seed := range 400 {
		d := gen.Example(seed)
		if d >= first && d <= last {
			inSpan++
		}
		if tet, err := lunar.NewYear(d.Year()); err == nil && d >= tet-10 && d <= tet+10 {
			nearTet++
		}
		if _, ok := cal.Special(d); ok {
			special++
		}
	}
	// Uniform days would be within ten days of Tết about 6 % of the time,
	// and on a special day about 4 %.
	fmt.Println("in span:", inSpan == 400)
	fmt.Println("near Tết more than 1 in 10:", nearTet > 40)
	fmt.Println("special more than 1 in 10:", special > 40)
	// Output:
	// in span: true
	// near Tết more than 1 in 10: true
	// special more than 1 in 10: true
}

func ExampleWorkingDay() {
	cal := holiday.Vietnam()
	gen := holidaytest.WorkingDay(cal)
	all := true
	for seed := range 200 {
		all = all && cal.IsWorkingDay(gen.Example(seed))
	}
	fmt.Println("all working days:", all)
	// Output:
	// all working days: true
}

func ExampleOffset() {
	gen := holidaytest.Offset()
	var small, medium, large, negative int
	for seed := range 400 {
		switch n := gen.Example(seed); {
		case n < 0:
			negative++
		case n <= 5:
			small++
		case n <= 60:
			medium++
		default:
			large++
		}
	}
	fmt.Println("every size drawn:", small > 0 && medium > 0 && large > 0 && negative > 0)
	// Output:
	// every size drawn: true
}
