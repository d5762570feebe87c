package holiday_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday"
)

func ExampleParseCSV() {
	// Two rows of the 2023 announcement (the New Year's Day compensatory
	// day for Sunday 1 January) and one local day: a province's own day off.
	spec, err := holiday.ParseCSV([]byte(`announcement,date,kind,name_vi,name_en,source
2023,2023-01-01,holiday,Tết Dương lịch,New Year's Day,Labour Code 2019 Art. 112(1)
2023,2023-01-02,compensatory,Nghỉ bù Tết Dương lịch,,Labour Code 2019 Art. 111(3)
,2027-03-08,day_off,Nghỉ theo quyết định của tỉnh,Provincial day off,Quyết định 1/QĐ-UBND
`))
	if err != nil {
		panic(err)
	}
	for _, a := range spec.Announcements {
		for _, d := range a.Days {
			fmt.Println(a.Year, d.Date, d.Kind, "-", d.NameEN)
		}
	}
	fmt.Println("local:", spec.Days[0].Date, spec.Days[0].Kind, "-", spec.Days[0].NameEN)

	// ParseCSV checks the text only; errors name the line.
	_, err = holiday.ParseCSV([]byte("announcement,date,kind,name_vi,name_en,source\n,2027-03-08,holiday,,,QĐ 1\n"))
	fmt.Println(errors.Is(err, holiday.ErrSyntax), err)
	// Output:
	// 2023 2023-01-01 public holiday - New Year's Day
	// 2023 2023-01-02 compensatory day off - Nghỉ bù Tết Dương lịch
	// local: 2027-03-08 day off by decision - Provincial day off
	// true holiday: line 2: name_vi "": malformed entry: a Vietnamese name is required
}

func ExampleCalendar_ExtendJSON() {
	// A province swaps Friday 12 March 2027 off for Saturday 13 March worked.
	c, err := holiday.Vietnam().ExtendJSON([]byte(`{"days": [
	  {"date": "2027-03-12", "kind": "day_off", "name_vi": "Nghỉ theo quyết định của tỉnh", "source": "Quyết định 1/QĐ-UBND"},
	  {"date": "2027-03-13", "kind": "workday", "name_vi": "Làm việc bù", "source": "Quyết định 1/QĐ-UBND"}
	]}`))
	if err != nil {
		panic(err)
	}
	for _, d := range []date.Date{date.New(2027, time.March, 12), date.New(2027, time.March, 13)} {
		fmt.Println(d, d.Weekday(), c.IsWorkingDay(d), holiday.Vietnam().IsWorkingDay(d))
	}

	// Unknown fields are errors.
	_, err = holiday.Vietnam().ExtendJSON([]byte(`{"weekdays": ["saturday"]}`))
	fmt.Println(errors.Is(err, holiday.ErrSyntax))
	// Output:
	// 2027-03-12 Friday false true
	// 2027-03-13 Saturday true false
	// true
}

func ExampleCalendar_WorkingDayOnOrAfter() {
	vn := holiday.Vietnam()
	for _, d := range []date.Date{
		date.New(2026, time.February, 13), // Friday before Tết: a working day
		date.New(2026, time.February, 15), // Sunday, in the Tết break (14–22 February)
		date.New(2026, time.September, 2), // National Day
	} {
		w, _ := vn.WorkingDayOnOrAfter(d)
		fmt.Println(d, "→", w, w.Weekday())
	}
	// Output:
	// 2026-02-13 → 2026-02-13 Friday
	// 2026-02-15 → 2026-02-23 Monday
	// 2026-09-02 → 2026-09-03 Thursday
}

func ExampleCalendar_PreviousWorkingDay() {
	vn := holiday.Vietnam()
	// The last working day before the first one after Tết Bính Ngọ.
	prev, _ := vn.PreviousWorkingDay(date.New(2026, time.February, 23))
	fmt.Println(prev, prev.Weekday())
	// Before Tuesday 3 January 2023: Monday 2 January is the compensatory
	// day for New Year's Day on a Sunday.
	prev, _ = vn.PreviousWorkingDay(date.New(2023, time.January, 3))
	fmt.Println(prev, prev.Weekday())
	// Output:
	// 2026-02-13 Friday
	// 2022-12-30 Friday
}

func ExampleCalendar_Span() {
	vn := holiday.Vietnam()
	first, last := vn.Span()
	fmt.Println(first, last)
	fmt.Println(vn.Contains(date.New(1999, time.December, 31)), vn.Contains(first))

	// Arithmetic past the span is an error, never a guess.
	_, err := vn.AddWorkingDays(last, 1)
	fmt.Println(errors.Is(err, holiday.ErrOutOfSpan))
	fmt.Println(err)
	// Output:
	// 2000-01-01 2199-12-31
	// false true
	// true
	// holiday: AddWorkingDays(2199-12-31, 1): the result falls after the calendar's last day 2199-12-31
}

func ExampleCalendar_IsAnnounced() {
	vn := holiday.Vietnam()
	for _, y := range []int{2014, 2015, 2023, 2026, 2027} {
		fmt.Println(y, vn.IsAnnounced(y))
	}
	// Output:
	// 2014 false
	// 2015 true
	// 2023 true
	// 2026 true
	// 2027 false
}

func ExampleParseKind() {
	k, err := holiday.ParseKind("swap_off")
	fmt.Println(k, "|", k.English(), "|", k.IsDayOff(), err)
	k, _ = holiday.ParseKind("swap_workday")
	fmt.Println(k, "|", k.Vietnamese(), "|", k.IsDayOff())

	// Codes are exact.
	_, err = holiday.ParseKind("Holiday")
	fmt.Println(errors.Is(err, holiday.ErrSyntax), err)
	// Output:
	// swapped day off | swapped day off | true <nil>
	// swapped working day | làm bù | false
	// true holiday: kind "Holiday": malformed entry: unknown kind, want one of holiday, compensatory, swap_off, swap_workday, day_off, workday
}
