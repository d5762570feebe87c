package holiday_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

func ExampleVietnam() {
	vn := holiday.Vietnam()
	first, last := vn.Span()
	fmt.Println("covers", first, "to", last)
	fmt.Println("working week:", vn.WorkingWeekdays())
	fmt.Println("2026 announced:", vn.IsAnnounced(2026))
	fmt.Println("2027 announced:", vn.IsAnnounced(2027))
	// Output:
	// covers 2000-01-01 to 2199-12-31
	// working week: [Monday Tuesday Wednesday Thursday Friday]
	// 2026 announced: true
	// 2027 announced: false
}

func ExampleCalendar_AddWorkingDays() {
	vn := holiday.Vietnam()
	// A file received on Friday 13 February 2026 with a 3-working-day time
	// limit. State agencies are off for Tết Bính Ngọ from Saturday 14 to
	// Sunday 22 February (Notice 9441/TB-BNV); the day of receipt is not
	// counted (Civil Code 2015 Art. 147(2)).
	due, err := vn.AddWorkingDays(date.New(2026, time.February, 13), 3)
	if err != nil {
		panic(err)
	}
	fmt.Println(due, due.Weekday())
	// Output: 2026-02-25 Wednesday
}

func ExampleCalendar_WorkingDaysBetween() {
	vn := holiday.Vietnam()
	received := date.New(2026, time.February, 13)
	due := date.New(2026, time.February, 25)
	n, _ := vn.WorkingDaysBetween(received, due)
	fmt.Println("working days allowed:", n)
	// Returned on Friday 27 February: two working days late.
	late, _ := vn.WorkingDaysBetween(due, date.New(2026, time.February, 27))
	fmt.Println("late by:", late)
	// Counted backwards, the result is minus the working days d with
	// received ≤ d < due: Friday 13, Monday 23 and Tuesday 24 February.
	back, _ := vn.WorkingDaysBetween(due, received)
	fmt.Println("backwards:", back)
	// Output:
	// working days allowed: 3
	// late by: 2
	// backwards: -3
}

func ExampleCalendar_IsWorkingDay() {
	vn := holiday.Vietnam()
	for _, d := range []date.Date{
		date.New(2026, time.January, 2),  // Friday, swapped for Saturday 10 January
		date.New(2026, time.January, 10), // Saturday worked (VPCP letter 12729/VPCP-KGVX)
		date.New(2026, time.April, 27),   // compensatory day for Hùng Kings on Sunday 26 April
		date.New(2026, time.April, 28),
	} {
		fmt.Println(d, d.Weekday(), vn.IsWorkingDay(d))
	}
	// Output:
	// 2026-01-02 Friday false
	// 2026-01-10 Saturday true
	// 2026-04-27 Monday false
	// 2026-04-28 Tuesday true
}

func ExampleCalendar_NextWorkingDay() {
	vn := holiday.Vietnam()
	// After Friday 28 August 2026: Monday 31 August is swapped for Saturday
	// 22 August, and 1–2 September are the National Day holidays.
	next, _ := vn.NextWorkingDay(date.New(2026, time.August, 28))
	fmt.Println(next, next.Weekday())
	prev, _ := vn.PreviousWorkingDay(date.New(2026, time.September, 3))
	fmt.Println(prev, prev.Weekday())
	// Output:
	// 2026-09-03 Thursday
	// 2026-08-28 Friday
}

func ExampleCalendar_Special() {
	vn := holiday.Vietnam()
	s, ok := vn.Special(date.New(2023, time.January, 2))
	fmt.Println(ok, s.Kind, s.Kind.English())
	fmt.Println(s.NameVI, "/", s.NameEN)
	// A projected year.
	s, _ = vn.Special(date.New(2027, time.May, 3))
	fmt.Println(s.Kind, s.NameEN, "| projected:", s.Projected, "|", s.Source)
	_, ok = vn.Special(date.New(2026, time.March, 3))
	fmt.Println(ok)
	// Output:
	// true compensatory day off compensatory day off
	// Nghỉ bù Tết Dương lịch / Compensatory day off for New Year's Day — for Sun 1/1
	// compensatory day off Compensatory day off for International Labour Day (1 May) | projected: true | projected: Labour Code 2019 Art. 111(3)
	// false
}

func ExampleCalendar_SpecialDays() {
	vn := holiday.Vietnam()
	// The 2023 Reunification and Labour Day break, [29 April, 4 May).
	for _, s := range vn.SpecialDays(date.New(2023, time.April, 29), date.New(2023, time.May, 4)) {
		fmt.Println(s.Date, s.Date.Weekday(), s.Kind, "-", s.NameEN)
	}
	// Output:
	// 2023-04-29 Saturday public holiday - Hùng Kings' Commemoration Day
	// 2023-04-30 Sunday public holiday - Reunification Day (30 April)
	// 2023-05-01 Monday public holiday - International Labour Day (1 May)
	// 2023-05-02 Tuesday compensatory day off - Compensatory day off for Hùng Kings' Commemoration Day — for Sat 29/4
	// 2023-05-03 Wednesday compensatory day off - Compensatory day off for Reunification Day (30 April) — for Sun 30/4
}

func ExampleCalendar_Extend() {
	// Vietnamese Culture Day, 24 November, once the Labour Code amendment
	// directed by Government Resolution 30/NQ-CP is in force (assumed here
	// from 24 November 2026).
	c, err := holiday.Vietnam().Extend(holiday.Spec{Recurring: []holiday.Recurring{{
		Month: time.November, Day: 24, From: date.New(2026, time.November, 24),
		NameVI: "Ngày Văn hóa Việt Nam", NameEN: "Vietnamese Culture Day",
		Source: "Resolution 80-NQ/TW; Resolution 30/NQ-CP",
	}}})
	if err != nil {
		panic(err)
	}
	// 24 November 2029 is a Saturday: Monday 26 is the compensatory day.
	for _, s := range c.SpecialDays(date.New(2029, time.November, 24), date.New(2029, time.December, 1)) {
		fmt.Println(s.Date, s.Date.Weekday(), s.Kind, "-", s.NameEN)
	}
	fmt.Println("national calendar unchanged:", holiday.Vietnam().IsWorkingDay(date.New(2029, time.November, 26)))
	// Output:
	// 2029-11-24 Saturday public holiday - Vietnamese Culture Day
	// 2029-11-26 Monday compensatory day off - Compensatory day off for Vietnamese Culture Day
	// national calendar unchanged: true
}

func ExampleCalendar_ExtendCSV() {
	// A province gives Monday 8 March 2027 off and works Saturday 13 March.
	data := []byte(`announcement,date,kind,name_vi,name_en,source
,2027-03-08,day_off,Nghỉ theo quyết định của tỉnh,Provincial day off,Quyết định 1/QĐ-UBND
,2027-03-13,workday,Làm việc bù,Saturday worked,Quyết định 1/QĐ-UBND
`)
	c, err := holiday.Vietnam().ExtendCSV(data)
	if err != nil {
		panic(err)
	}
	next, _ := c.NextWorkingDay(date.New(2027, time.March, 5))
	fmt.Println(next, next.Weekday())
	fmt.Println(c.IsWorkingDay(date.New(2027, time.March, 13)))

	// Errors name the line.
	_, err = holiday.Vietnam().ExtendCSV([]byte("announcement,date,kind,name_vi,name_en,source\n,2027-03-10,workday,Làm việc,,QĐ 2\n"))
	fmt.Println(err)
	// Output:
	// 2027-03-09 Tuesday
	// true
	// holiday: line 2: days[0].date "2027-03-10": contradictory entry: working day by decision declared on Wednesday, already a working weekday
}

func ExampleParseJSON() {
	spec, err := holiday.ParseJSON([]byte(`{
	  "working_weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
	  "days": [{"date": "2027-03-08", "kind": "day_off", "name_vi": "Nghỉ", "source": "Quyết định 1/QĐ-UBND"}]
	}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(spec.WorkingWeekdays)
	fmt.Println(spec.Days[0].Date, spec.Days[0].Kind)
	c, err := holiday.Vietnam().Extend(spec)
	if err != nil {
		panic(err)
	}
	fmt.Println(c.IsWorkingDay(date.New(2027, time.March, 6))) // a Saturday

	_, err = holiday.ParseJSON([]byte(`{"working_weekdays": ["Monday"]}`))
	fmt.Println(err)
	// Output:
	// [Monday Tuesday Wednesday Thursday Friday Saturday]
	// 2027-03-08 day off by decision
	// true
	// holiday: working_weekdays[0] "Monday": malformed entry: want a lowercase English weekday name
}

func ExampleKind_String() {
	for _, k := range []holiday.Kind{holiday.KindHoliday, holiday.KindCompensatory, holiday.KindSwapDayOff, holiday.KindSwapWorkday, holiday.KindUnknown} {
		fmt.Printf("%s | %s | %s\n", k, k.Vietnamese(), k.English())
	}
	// Output:
	// public holiday | ngày lễ, Tết | public holiday
	// compensatory day off | nghỉ bù | compensatory day off
	// swapped day off | nghỉ hoán đổi | swapped day off
	// swapped working day | làm bù | swapped working day
	// %!Kind(0) | %!Kind(0) | %!Kind(0)
}
