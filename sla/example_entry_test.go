package sla_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

func ExampleCalendarDays() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	// 30 calendar days from Friday 16 January 2026 end on Sunday 15
	// February, inside the Tết break (14–22 February): the deadline moves to
	// the next working day (Civil Code 2015 Art. 148(5)).
	d, _ := s.Deadline(time.Date(2026, time.January, 16, 9, 0, 0, 0, sla.VietnamZone), sla.CalendarDays(30))
	fmt.Println(sla.CalendarDays(30), "=", sla.CalendarDays(30).English())
	fmt.Println(d.Due(), d.Due().Weekday())
	fmt.Println(sla.CalendarDays(0).IsValid())
	// Output:
	// 30 ngày = 30 calendar days
	// 2026-02-23 Monday
	// false
}

func ExampleMonths() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	// One month from Tuesday 31 March 2026 ends on the last day of April
	// (Civil Code 2015 Art. 148(2)), Thursday 30 April: Reunification Day,
	// then International Labour Day and the weekend, so the deadline moves
	// to Monday 4 May (Art. 148(5)).
	d, _ := s.Deadline(time.Date(2026, time.March, 31, 9, 0, 0, 0, sla.VietnamZone), sla.Months(1))
	fmt.Println(sla.Months(1), "=", sla.Months(1).English())
	fmt.Println(d, d.Due().Weekday())
	// Output:
	// 1 tháng = 1 month
	// 2026-05-04 17:00 (1 tháng) Monday
}

func ExampleWorkingHours() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	// Eight working hours from Friday 6 March 2026 at 14:00: three that
	// afternoon, five on Monday (08:00–12:00, 13:00–14:00).
	d, _ := s.Deadline(time.Date(2026, time.March, 6, 14, 0, 0, 0, sla.VietnamZone), sla.WorkingHours(8))
	fmt.Println(sla.WorkingHours(8), "=", sla.WorkingHours(8).English())
	fmt.Println(d.At().Format("2006-01-02 15:04"), d.Due().Weekday())
	// Output:
	// 8 giờ làm việc = 8 working hours
	// 2026-03-09 14:00 Monday
}

func ExampleSameDay() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	// Certification of copies is due the same day, the next working day
	// when received after 15:00 (Decree 23/2015/NĐ-CP Art. 21).
	s15, _ := s.WithCutoff(clock.New(15, 0, 0, 0))
	for _, at := range []time.Time{
		time.Date(2026, time.March, 3, 10, 0, 0, 0, sla.VietnamZone),
		time.Date(2026, time.March, 3, 15, 30, 0, 0, sla.VietnamZone),
	} {
		d, _ := s15.Deadline(at, sla.SameDay())
		fmt.Println(at.Format("02/01 15:04"), "→", d, d.AfterCutoff())
	}
	fmt.Println(sla.SameDay() == sla.WorkingDays(0), sla.SameDay().English())
	// Output:
	// 03/03 10:00 → 2026-03-03 17:00 (Trong ngày) false
	// 03/03 15:30 → 2026-03-04 17:00 (Trong ngày) true
	// true same day
}

func ExampleMustParseLimit() {
	l := sla.MustParseLimit("15 (mười lăm) ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")
	fmt.Println(l, "|", l.Unit(), "|", l.Hundredths())

	defer func() { fmt.Println("panic:", recover() != nil) }()
	sla.MustParseLimit("1 năm") // years are no unit of the national database
	// Output:
	// 15 ngày làm việc | working days | 1500
	// panic: true
}

func ExampleSchedule_WithCutoff() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	s15, err := s.WithCutoff(clock.New(15, 0, 0, 0))
	if err != nil {
		panic(err)
	}
	at := time.Date(2026, time.March, 3, 15, 30, 0, 0, sla.VietnamZone)
	r, _ := s.ReceiptDay(at)
	r15, _ := s15.ReceiptDay(at)
	fmt.Println("close of office hours:", r, "| 15:00 cut-off:", r15)
	fmt.Println(s.Cutoff() == 0, s15.Cutoff().HhMm())

	_, err = s.WithCutoff(clock.New(25, 0, 0, 0))
	fmt.Println(errors.Is(err, sla.ErrInvalidSchedule))
	// Output:
	// close of office hours: 2026-03-03 | 15:00 cut-off: 2026-03-04
	// true 15:00
	// true
}

func ExampleSchedule_SessionsOn() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	for _, d := range []date.Date{
		date.New(2026, time.March, 3),     // Tuesday
		date.New(2026, time.March, 7),     // Saturday
		date.New(2026, time.January, 10),  // Saturday worked for Friday 2 January
		date.New(2026, time.February, 17), // Tết
	} {
		fmt.Println(d, d.Weekday(), s.SessionsOn(d))
	}
	// Output:
	// 2026-03-03 Tuesday [08:00–12:00 13:00–17:00]
	// 2026-03-07 Saturday []
	// 2026-01-10 Saturday [08:00–12:00 13:00–17:00]
	// 2026-02-17 Tuesday []
}

func ExampleDefaultSessions() {
	var total time.Duration
	for _, x := range sla.DefaultSessions() {
		fmt.Println(x, x.Duration())
		total += x.Duration()
	}
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	fmt.Println(total, s.DayLength())
	// Output:
	// 08:00–12:00 4h0m0s
	// 13:00–17:00 4h0m0s
	// 8h0m0s 8h0m0s
}

// A dossier waits for the applicant to pay a financial obligation from
// Wednesday 11 to Tuesday 24 February 2026, across Tết Bính Ngọ: only the
// working days of the pause (11, 12, 13 and 23 February) move the due date.
func ExampleTimeline_Pause() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	vn := func(m time.Month, d, hh int) time.Time { return time.Date(2026, m, d, hh, 0, 0, 0, sla.VietnamZone) }

	tl, _ := s.Start(vn(time.February, 9, 10), sla.WorkingDays(10))
	fmt.Println("due:", tl.Due())

	tl, _ = tl.Pause(vn(time.February, 11, 10))
	left, _ := tl.Remaining(vn(time.February, 20, 10))
	fmt.Println("paused:", tl.IsPaused(), "| remaining:", left, "| due soon:", tl.DueSoon(vn(time.February, 20, 10), 10))

	tl, _ = tl.Resume(vn(time.February, 24, 9))
	fmt.Println("due:", tl.Due(), "| pauses:", len(tl.Pauses()))

	_, err := tl.Resume(vn(time.February, 25, 9))
	fmt.Println(errors.Is(err, sla.ErrNotPaused))
	// Output:
	// due: 2026-03-02
	// paused: true | remaining: 8 | due soon: false
	// due: 2026-03-06 | pauses: 1
	// true
}

// Under the 2018 regime the time limit runs again in full once the
// supplemented dossier is received (Decree 61/2018/NĐ-CP Art. 19(4)).
func ExampleTimeline_Restart() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	tl, _ := s.Start(time.Date(2026, time.March, 2, 10, 0, 0, 0, sla.VietnamZone), sla.WorkingDays(15))
	fmt.Println("due:", tl.Due())

	tl, _ = tl.Restart(time.Date(2026, time.March, 12, 9, 0, 0, 0, sla.VietnamZone))
	fmt.Println("due:", tl.Due(), "| restarts:", tl.Restarts())
	// Output:
	// due: 2026-03-23
	// due: 2026-04-02 | restarts: 1
}

// The apology and new appointment must come at least one working day
// before the due date (Decree 61/2018/NĐ-CP Art. 19(9)).
func ExampleTimeline_Reappoint() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	vn := func(d int) time.Time { return time.Date(2026, time.March, d, 9, 0, 0, 0, sla.VietnamZone) }
	tl, _ := s.Start(vn(2), sla.WorkingDays(5))
	fmt.Println("due:", tl.Due(), tl.Due().Weekday())

	// On the weekend before a Monday due date it is too late.
	_, err := tl.Reappoint(vn(7), date.New(2026, time.March, 13))
	fmt.Println(errors.Is(err, sla.ErrApologyTooLate))
	// The new date must be a working day after the due date.
	_, err = tl.Reappoint(vn(6), date.New(2026, time.March, 14))
	fmt.Println(errors.Is(err, sla.ErrBadReappointment))

	re, err := tl.Reappoint(vn(6), date.New(2026, time.March, 13))
	fmt.Println(re.Due(), re.OriginalDue(), err)
	// Output:
	// due: 2026-03-09 Monday
	// true
	// true
	// 2026-03-13 2026-03-09 <nil>
}

func ExampleTimeline_DueSoon() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	vn := func(d int) time.Time { return time.Date(2026, time.March, d, 9, 0, 0, 0, sla.VietnamZone) }
	tl, _ := s.Start(vn(2), sla.WorkingDays(5)) // due Monday 9 March
	for _, d := range []int{4, 5, 9, 10} {
		fmt.Printf("%02d/03 %v\n", d, tl.DueSoon(vn(d), 2))
	}
	// A paused clock is never due soon.
	paused, _ := tl.Pause(vn(5))
	fmt.Println("paused:", paused.DueSoon(vn(5), 2))
	// Output:
	// 04/03 false
	// 05/03 true
	// 09/03 true
	// 10/03 false
	// paused: false
}

func ExampleSummary_Merge() {
	// One Summary per shard, merged in any order.
	var north, south sla.Summary[string]
	north.Add("Sở Tư pháp", sla.Early)
	north.Add("Sở Tư pháp", sla.Late)
	south.Add("Sở Tư pháp", sla.OnTime)
	south.Add("Sở Xây dựng", sla.LateApologised)

	north.Merge(&south)
	for _, k := range north.SortedKeys(strings.Compare) {
		c := north.Get(k)
		fmt.Printf("%s: %d, on time or early %s\n", k, c.Total(), sla.FormatPercentVietnamese(c.OnTimeOrEarlyPercent()))
	}
	fmt.Println("total:", north.Total().Total(), "| south unchanged:", south.Total().Total())
	// Output:
	// Sở Tư pháp: 3, on time or early 66,67 %
	// Sở Xây dựng: 1, on time or early 0,00 %
	// total: 4 | south unchanged: 2
}

func ExampleCounts_OnTimeOrEarlyPercent() {
	c := sla.Counts{}.Add(sla.Early).Add(sla.OnTime).Add(sla.Late).Add(sla.OutcomeUnknown)
	fmt.Println(c.Total(), c.Unknown)
	fmt.Println(sla.FormatPercentVietnamese(c.OnTimeOrEarlyPercent()))
	fmt.Println(sla.Counts{}.OnTimeOrEarlyPercent())
	// Output:
	// 3 1
	// 66,67 %
	// 0
}

func ExampleFormatPercentEnglish() {
	fmt.Println(sla.FormatPercentEnglish(decimal.RequireFromString("66.666")))
	fmt.Println(sla.FormatPercentEnglish(decimal.NewFromInt(100)))
	fmt.Println(sla.FormatPercentEnglish(decimal.Zero))
	// Output:
	// 66.67%
	// 100.00%
	// 0.00%
}

func ExampleOutcome_IsLate() {
	for _, o := range []sla.Outcome{sla.Early, sla.OnTime, sla.Late, sla.LateApologised, sla.OutcomeUnknown} {
		fmt.Printf("%s: %v\n", o, o.IsLate())
	}
	// Output:
	// early: false
	// on time: false
	// late: true
	// late with apology: true
	// unknown: false
}
