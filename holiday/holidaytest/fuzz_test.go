package holidaytest

import (
	"testing"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// The oracle fuzz targets (issue 18.4): a wrong working day is silent, so
// the fuzzer drives AddWorkingDays and WorkingDaysBetween of the national
// calendar, and of the calendar extended with a Saturday working week and a
// local day off, against the day-by-day oracle of this package (the laws of
// CheckCalendar). scripts/fuzz.sh runs them in CI.

// FuzzAddWorkingDaysOracle compares AddWorkingDays, WorkingDaysBetween and
// the laws between them with the day-by-day oracle on the national calendar.
func FuzzAddWorkingDaysOracle(f *testing.F) {
	fuzzCalendar(f, holiday.Vietnam())
}

// FuzzAddWorkingDaysOracleExtended does the same on an extended calendar:
// a six-day working week, a province's day off and a recurring holiday.
func FuzzAddWorkingDaysOracleExtended(f *testing.F) {
	cal, err := holiday.Vietnam().ExtendCSV([]byte("announcement,date,kind,name_vi,name_en,source\n" +
		",2027-03-08,day_off,Ngày nghỉ của tỉnh,Provincial day off,test\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0})
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		checkOnce(t, cal, newOracle(cal))
	}))
}

func fuzzCalendar(f *testing.F, cal *holiday.Calendar) {
	o := newOracle(cal)
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0})
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) { checkOnce(t, cal, o) }))
}

// checkOnce is one run of CheckCalendar's property.
func checkOnce(t *rapid.T, cal *holiday.Calendar, o *oracle) {
	d := Date(cal).Draw(t, "d")
	n := Offset().Draw(t, "n")
	m := Offset().Draw(t, "m")
	e := o.clampDay(d + date.Date(rapid.IntRange(0, 40).Draw(t, "e-d")))
	checkLaws(t, cal, o, d, e, n, m)
}
