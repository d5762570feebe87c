package reliability

import (
	"math"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// The rows of holiday, holiday/lunar and sla under the error contract
// (issue 18.1): every row names the package's typed error. They add the
// failures of the office-hours engine, the enumerations' wire codes, the
// size limits and the hardening of issue 12 (items 8, 13, 22).
func init() { catalogues["holiday-lunar-sla"] = contractCatalogue }

func contractCatalogue(sh shared) []badInput {
	plain := sh.scheds[0]
	mon := date.New(2026, time.March, 9) // a Monday
	at := func(d date.Date, h, m int) time.Time { return d.Time(hm(h, m), ict) }
	lastDay := date.New(2199, time.December, 31)
	row := ",2027-03-01,day_off,Nghỉ,Off,QĐ 1"
	tooBig := []byte(csvHeader + strings.Repeat(row+"\n", holiday.MaxDataBytes/len(row)+1))
	started := func() sla.Timeline { tl, _ := plain.Start(at(mon, 9, 0), sla.WorkingHours(16)); return tl }
	zeroCal := &holiday.Calendar{}

	return []badInput{
		// holiday: sizes and line-by-line reading (issue 12.8).
		{"holiday/csv over MaxDataBytes", parseCSV(tooBig), holiday.ErrTooLarge, entryError},
		{"holiday/json over MaxDataBytes", parseJSON(`{"days":[` + strings.Repeat(" ", holiday.MaxDataBytes) + `]}`), holiday.ErrTooLarge, entryError},
		{"holiday/extend csv over MaxDataBytes", func() error { _, err := holiday.Vietnam().ExtendCSV(tooBig); return err }, holiday.ErrSyntax, entryError},
		{"holiday/csv duplicate local date on line 3", parseCSV(csvLine(row, row)), holiday.ErrContradiction, entryError},
		{"holiday/csv date in two announcements", parseCSV(csvLine("2027,2027-03-01,swap_off,Nghỉ,Off,QĐ 1", "2028,2027-03-01,swap_off,Nghỉ,Off,QĐ 1")), holiday.ErrContradiction, entryError},
		{"holiday/csv BOM then wrong header", parseCSV([]byte("\ufeffdate,kind\n")), holiday.ErrSyntax, entryError},
		// holiday: the zero calendar and an empty week.
		{"holiday/AddWorkingDays on the zero calendar", func() error { _, err := zeroCal.AddWorkingDays(mon, 1); return err }, holiday.ErrInvalidCalendar, calendarError},
		{"holiday/NextWorkingDay on a nil calendar", func() error { var c *holiday.Calendar; _, err := c.NextWorkingDay(mon); return err }, holiday.ErrInvalidCalendar, calendarError},
		{"holiday/WorkingDayOnOrAfter on the zero calendar", func() error { _, err := zeroCal.WorkingDayOnOrAfter(mon); return err }, holiday.ErrInvalidCalendar, calendarError},
		{"holiday/Extend on the zero calendar", func() error { _, err := zeroCal.Extend(holiday.Spec{}); return err }, holiday.ErrInvalidCalendar, calendarError},
		{"holiday/empty working week", extendJSON(`{"working_weekdays":[]}`), holiday.ErrNoWorkingDay, calendarError},
		// holiday: counts whose result leaves the span (issue 12.13).
		{"holiday/AddWorkingDays(2199-12-30, 3)", func() error { _, err := holiday.Vietnam().AddWorkingDays(lastDay-1, 3); return err }, holiday.ErrOutOfSpan, spanError},
		{"holiday/AddWorkingDays(d, MaxInt)", func() error { _, err := holiday.Vietnam().AddWorkingDays(mon, math.MaxInt); return err }, holiday.ErrOutOfSpan, spanError},
		{"holiday/AddWorkingDays(d, MinInt)", func() error { _, err := holiday.Vietnam().AddWorkingDays(mon, math.MinInt); return err }, holiday.ErrOutOfSpan, spanError},
		{"holiday/NextWorkingDay of the last day", func() error { _, err := holiday.Vietnam().NextWorkingDay(lastDay); return err }, holiday.ErrOutOfSpan, spanError},
		{"holiday/PreviousWorkingDay of 2000-01-01", func() error { _, err := holiday.Vietnam().PreviousWorkingDay(date.New(2000, 1, 1)); return err }, holiday.ErrOutOfSpan, spanError},
		{"holiday/WorkingDaysBetween past the span", func() error { _, err := holiday.Vietnam().WorkingDaysBetween(mon, lastDay+1); return err }, holiday.ErrOutOfSpan, spanError},
		// holiday: recurring rules and kinds.
		{"holiday/recurring from the zero date", extend(holiday.Spec{Recurring: []holiday.Recurring{{Month: time.November, Day: 24, NameVI: "x", Source: "y"}}}), holiday.ErrSyntax, entryError},
		{"holiday/recurring 30 February", extend(holiday.Spec{Recurring: []holiday.Recurring{{Month: time.February, Day: 30, From: mon, NameVI: "x", Source: "y"}}}), holiday.ErrSyntax, entryError},
		{"holiday/recurring month 13", extend(holiday.Spec{Recurring: []holiday.Recurring{{Month: 13, Day: 1, From: mon, NameVI: "x", Source: "y"}}}), holiday.ErrSyntax, entryError},
		{"holiday/recurring ending before it starts", extend(holiday.Spec{Recurring: []holiday.Recurring{{Month: time.May, Day: 2, From: mon, Until: mon - 1, NameVI: "x", Source: "y"}}}), holiday.ErrContradiction, entryError},
		{"holiday/Kind marshal 0", func() error { _, err := holiday.KindUnknown.MarshalText(); return err }, holiday.ErrSyntax, entryError},
		{"holiday/Kind marshal 200", func() error { _, err := holiday.Kind(200).MarshalText(); return err }, holiday.ErrSyntax, entryError},
		{"holiday/ParseKind English name", func() error { _, err := holiday.ParseKind("public holiday"); return err }, holiday.ErrSyntax, entryError},
		{"holiday/ParseKind 1 KB", func() error { _, err := holiday.ParseKind(strings.Repeat("ngày lễ", 150)); return err }, holiday.ErrSyntax, entryError},

		// lunar.
		{"lunar/FromSolar 2200-03-01", func() error { _, err := lunar.FromSolar(date.New(2200, 3, 1)); return err }, lunar.ErrOutOfSpan, lunarError},
		{"lunar/MonthStart leap month the year lacks", func() error { _, err := lunar.MonthStart(2025, 1, true); return err }, lunar.ErrNoSuchMonth, lunarError},
		{"lunar/MonthLength year 2200", func() error { _, err := lunar.MonthLength(2200, 1, false); return err }, lunar.ErrOutOfSpan, lunarError},
		{"lunar/NewYear 1899", func() error { _, err := lunar.NewYear(1899); return err }, lunar.ErrOutOfSpan, lunarError},
		{"lunar/parse L on a plain month", func() error { _, err := lunar.ParseDate("2025-01L-01"); return err }, lunar.ErrNoSuchMonth, lunarError},
		{"lunar/parse day 00", func() error { _, err := lunar.ParseDate("2025-01-00"); return err }, lunar.ErrNoSuchDay, lunarError},
		{"lunar/parse non-ASCII digits", func() error { _, err := lunar.ParseDate("２０２５-01-01"); return err }, lunar.ErrSyntax, lunarError},
		{"lunar/parse 1 MB", func() error { _, err := lunar.ParseDate(strings.Repeat("2025-01-01", 100000)); return err }, lunar.ErrSyntax, lunarError},

		// sla: schedules (issue 12.22).
		{"sla/cut-off 07:00 before opening", newSchedule(sh.cal, &sla.ScheduleOptions{Cutoff: hm(7, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"sla/cut-off at opening", newSchedule(sh.cal, &sla.ScheduleOptions{Cutoff: hm(8, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"sla/cut-off before a late Friday's opening", newSchedule(sh.cal, &sla.ScheduleOptions{Cutoff: hm(11, 0),
			WeekdaySessions: map[time.Weekday][]sla.Session{time.Friday: sessions(13, 30, 17, 0)}}), sla.ErrInvalidSchedule, scheduleError},
		{"sla/WithCutoff 07:00", func() error { _, err := plain.WithCutoff(hm(7, 0)); return err }, sla.ErrInvalidSchedule, scheduleError},
		{"sla/WithCutoff negative", func() error { _, err := plain.WithCutoff(-1); return err }, sla.ErrInvalidSchedule, scheduleError},
		{"sla/WithCutoff on the zero Schedule", func() error { _, err := (&sla.Schedule{}).WithCutoff(hm(15, 0)); return err }, sla.ErrInvalidSchedule, scheduleError},
		{"sla/NewSchedule on the zero calendar", newSchedule(&holiday.Calendar{}, nil), sla.ErrInvalidSchedule, scheduleError},
		// sla: deadlines and receipt days.
		{"sla/deadline zero limit", func() error { _, err := plain.Deadline(at(mon, 9, 0), sla.Limit{}); return err }, sla.ErrInvalidLimit, countError},
		{"sla/deadline past the span", func() error { _, err := plain.Deadline(at(lastDay-1, 9, 0), sla.WorkingDays(5)); return err }, sla.ErrOutOfSpan, countError},
		{"sla/deadline past the span is holiday's too", func() error { _, err := plain.Deadline(at(lastDay-1, 9, 0), sla.Months(2)); return err }, holiday.ErrOutOfSpan, countError},
		// sla: composite periods (Schedule.DueOf), every error a *CountError.
		{"sla/DueOf empty period", func() error { _, err := plain.DueOf(at(mon, 9, 0), sla.Period{}); return err }, sla.ErrInvalidLimit, countError},
		{"sla/DueOf month then working days past the span", func() error {
			_, err := plain.DueOf(at(date.New(2199, 11, 3), 9, 0), sla.PeriodOf(sla.Months(1), sla.WorkingDays(60)))
			return err
		}, sla.ErrOutOfSpan, countError},
		{"sla/DueOf month then days past the span", func() error {
			_, err := plain.DueOf(at(date.New(2199, 11, 3), 9, 0), sla.PeriodOf(sla.Months(1), sla.CalendarDays(90)))
			return err
		}, sla.ErrOutOfSpan, countError},
		{"sla/DueOf working days then months past the span", func() error {
			_, err := plain.DueOf(at(date.New(2199, 11, 3), 9, 0), sla.PeriodOf(sla.WorkingDays(30), sla.Months(5)))
			return err
		}, holiday.ErrOutOfSpan, countError},
		{"sla/deadline in 1999", func() error {
			_, err := plain.Deadline(time.Date(1999, 6, 1, 9, 0, 0, 0, ict), sla.WorkingDays(1))
			return err
		}, sla.ErrOutOfSpan, countError},
		{"sla/deadline 87600 hours from 2199", func() error {
			_, err := plain.Deadline(at(lastDay-300, 9, 0), sla.MustParseLimit("87600 giờ làm việc"))
			return err
		}, sla.ErrOutOfSpan, countError},
		{"sla/deadline on the zero Schedule", func() error { _, err := (&sla.Schedule{}).Deadline(at(mon, 9, 0), sla.WorkingDays(1)); return err }, sla.ErrInvalidSchedule, scheduleError},
		{"sla/ReceiptDay after the last close", func() error { _, err := plain.ReceiptDay(at(lastDay, 18, 0)); return err }, sla.ErrOutOfSpan, countError},
		{"sla/ReceiptDay in year 1", func() error { _, err := plain.ReceiptDay(time.Time{}); return err }, sla.ErrOutOfSpan, countError},
		{"sla/explain the zero Deadline", func() error { _, err := plain.Explain(sla.Deadline{}); return err }, sla.ErrInvalidLimit, countError},
		// sla: the office-hours engine (issue 18.2) and huge work (issue 12.13).
		{"sla/AddWorkingTime negative", func() error { _, _, err := plain.AddWorkingTime(at(mon, 9, 0), -time.Nanosecond); return err }, sla.ErrInvalidLimit, countError},
		{"sla/AddWorkingTime MaxInt64", func() error { _, _, err := plain.AddWorkingTime(at(mon, 9, 0), math.MaxInt64); return err }, sla.ErrOutOfSpan, countError},
		{"sla/AddWorkingTime from 2300", func() error {
			_, _, err := plain.AddWorkingTime(time.Date(2300, 1, 1, 9, 0, 0, 0, ict), time.Hour)
			return err
		}, sla.ErrOutOfSpan, countError},
		{"sla/WorkingTimeBetween to 2300", func() error {
			_, err := plain.WorkingTimeBetween(at(mon, 9, 0), time.Date(2300, 1, 1, 9, 0, 0, 0, ict))
			return err
		}, sla.ErrOutOfSpan, countError},
		{"sla/AddWork negative", func() error { _, err := plain.AddWork(sla.Moment{Day: mon, Time: hm(9, 0)}, -1); return err }, sla.ErrInvalidLimit, countError},
		{"sla/AddWork from the zero Moment", func() error { _, err := plain.AddWork(sla.Moment{}, time.Hour); return err }, sla.ErrOutOfSpan, countError},
		{"sla/WorkBetween backwards past the span", func() error {
			_, err := plain.WorkBetween(sla.Moment{Day: lastDay + 2}, sla.Moment{Day: mon})
			return err
		}, holiday.ErrOutOfSpan, countError},
		{"sla/AddWork on the zero Schedule", func() error { _, err := (&sla.Schedule{}).AddWork(sla.Moment{Day: mon}, 1); return err }, sla.ErrInvalidSchedule, scheduleError},
		// sla: timelines.
		{"sla/Remaining on the zero Timeline", func() error { _, err := (sla.Timeline{}).Remaining(at(mon, 9, 0)); return err }, sla.ErrInvalidTimeline, timelineError},
		{"sla/Remaining in 2300", func() error { _, err := started().Remaining(time.Date(2300, 1, 1, 0, 0, 0, 0, ict)); return err }, sla.ErrOutOfSpan, timelineError},
		{"sla/Explain the zero Timeline", func() error { _, err := (sla.Timeline{}).Explain(); return err }, sla.ErrInvalidTimeline, timelineError},
		{"sla/Restart after the span", func() error { _, err := started().Restart(time.Date(2200, 1, 1, 9, 0, 0, 0, ict)); return err }, sla.ErrOutOfSpan, timelineError},
		{"sla/Restart on the last day", func() error { _, err := started().Restart(at(lastDay, 9, 0)); return err }, holiday.ErrOutOfSpan, timelineError},
		{"sla/Pause before receipt", func() error { _, err := started().Pause(at(mon, 8, 0)); return err }, sla.ErrOutOfOrder, timelineError},
		{"sla/Resume running", func() error { _, err := started().Resume(at(mon, 10, 0)); return err }, sla.ErrNotPaused, timelineError},
		// sla: enumerations' wire codes.
		{"sla/Unit code in capitals", func() error { var u sla.Unit; return u.UnmarshalText([]byte("WORKING_DAYS")) }, sla.ErrUnknownCode, valueError},
		{"sla/Unit code in Vietnamese", func() error { var u sla.Unit; return u.UnmarshalText([]byte("ngày làm việc")) }, sla.ErrUnknownCode, valueError},
		{"sla/Unit marshal 0", func() error { _, err := sla.UnitUnknown.MarshalText(); return err }, sla.ErrUnknownCode, valueError},
		{"sla/Outcome code with a space", func() error { var o sla.Outcome; return o.UnmarshalText([]byte("on time")) }, sla.ErrUnknownCode, valueError},
		{"sla/Outcome code 1 MB", func() error { var o sla.Outcome; return o.UnmarshalText([]byte(strings.Repeat("late", 1<<18))) }, sla.ErrUnknownCode, valueError},
		{"sla/Outcome marshal 9", func() error { _, err := sla.Outcome(9).MarshalText(); return err }, sla.ErrUnknownCode, valueError},
		{"sla/SkipReason code empty", func() error { var r sla.SkipReason; return r.UnmarshalText(nil) }, sla.ErrUnknownCode, valueError},
		// sla: limits' values (the limit reader's own rows are in its part).
		{"sla/LimitFromHundredths negative", hundredths(-1, sla.UnitWorkingDays), sla.ErrLimitRange, valueError},
		{"sla/LimitFromHundredths half a month", hundredths(50, sla.UnitMonths), sla.ErrLimitRange, valueError},
		{"sla/LimitFromHundredths unit 9", hundredths(100, sla.Unit(9)), sla.ErrLimitSyntax, valueError},
		{"sla/Limit marshal the zero Limit", func() error { _, err := (sla.Limit{}).MarshalText(); return err }, sla.ErrLimitRange, valueError},
		{"sla/Limit unmarshal catalogue text", func() error { var l sla.Limit; return l.UnmarshalText([]byte("03 ngày làm việc")) }, sla.ErrLimitSyntax, valueError},
		{"sla/Limit unmarshal 1 MB", func() error { var l sla.Limit; return l.UnmarshalText([]byte(strings.Repeat("9", 1<<20))) }, sla.ErrLimitSyntax, valueError},
	}
}
