package holidaytest

import (
	"testing"
	"time"

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
	cal, err := holiday.Vietnam().Extend(holiday.Spec{
		WorkingWeekdays: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
		Days: []holiday.SpecialDay{{Date: date.New(2027, time.March, 8), Kind: holiday.KindDayOff,
			NameVI: "Ngày nghỉ của tỉnh", NameEN: "Provincial day off", Source: "test"}},
		Recurring: []holiday.Recurring{{Month: time.November, Day: 24, From: date.New(2026, time.January, 1),
			NameVI: "Ngày Văn hóa Việt Nam", NameEN: "Vietnamese Culture Day", Source: "test (not in force)"}},
	})
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
