package reliability

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// badInput is one row of the catalogue: run must fail with an error that
// wraps is and that errors.As finds as the package's typed error (typed,
// required: every package's error contract promises one); its message must
// name each package once and stay under 1 KiB (checkMessage); it must not
// panic, and the shared values must answer as before.
type badInput struct {
	name  string
	run   func() error
	is    error
	typed func(error) bool
}

func as[T error]() func(error) bool {
	return func(err error) bool {
		var target T
		return errors.As(err, &target)
	}
}

var (
	entryError    = as[*holiday.EntryError]()
	spanError     = as[*holiday.SpanError]()
	lunarError    = as[*lunar.DateError]()
	limitError    = as[*sla.LimitError]()
	scheduleError = as[*sla.ScheduleError]()
	timelineError = as[*sla.TimelineError]()
	calendarError = as[*holiday.CalendarError]()
	valueError    = as[*sla.ValueError]()
	countError    = as[*sla.CountError]()
)

const mb = 1 << 20

var (
	csvHeader = "announcement,date,kind,name_vi,name_en,source\n"
	ict       = time.FixedZone("ICT", 7*3600)
)

func csvLine(lines ...string) []byte { return []byte(csvHeader + strings.Join(lines, "\n") + "\n") }

func extendCSV(lines ...string) func() error {
	return func() error {
		_, err := holiday.Vietnam().ExtendCSV(csvLine(lines...))
		return err
	}
}

func parseCSV(data []byte) func() error {
	return func() error { _, err := holiday.ParseCSV(data); return err }
}

func parseJSON(data string) func() error {
	return func() error { _, err := holiday.ParseJSON([]byte(data)); return err }
}

func extendJSON(data string) func() error {
	return func() error { _, err := holiday.Vietnam().ExtendJSON([]byte(data)); return err }
}

func extend(s holiday.Spec) func() error {
	return func() error { _, err := holiday.Vietnam().Extend(s); return err }
}

func toSolar(y, m, d int, leap bool) func() error {
	return func() error { _, err := lunar.ToSolar(lunar.Date{Year: y, Month: m, Day: d, Leap: leap}); return err }
}

func parseLimit(s string) func() error {
	return func() error { _, err := sla.ParseLimit(s); return err }
}

func hundredths(h int64, u sla.Unit) func() error {
	return func() error { _, err := sla.LimitFromHundredths(h, u); return err }
}

func hm(h, m int) clock.Clock { return clock.New(h, m, 0, 0) }

func newSchedule(cal *holiday.Calendar, o *sla.ScheduleOptions) func() error {
	return func() error { _, err := sla.NewSchedule(cal, o); return err }
}

func sessions(hms ...int) []sla.Session {
	var out []sla.Session
	for i := 0; i+3 < len(hms); i += 4 {
		out = append(out, sla.Session{Start: hm(hms[i], hms[i+1]), End: hm(hms[i+2], hms[i+3])})
	}
	return out
}

// lunarYearWithoutLeap and lunarLeapYear find years to test leap months.
func lunarYears() (without, with, leapMonth int) {
	for y := 2000; y < 2100 && (without == 0 || with == 0); y++ {
		lm, _ := lunar.LeapMonth(y)
		switch {
		case lm == 0 && without == 0:
			without = y
		case lm != 0 && with == 0:
			with, leapMonth = y, lm
		}
	}
	return
}

// shortMonth finds a 29-day lunar month.
func shortMonth() (y, m int) {
	for m := 1; m <= 12; m++ {
		if n, _ := lunar.MonthLength(2025, m, false); n == 29 {
			return 2025, m
		}
	}
	return 2025, 1
}

// catalogues are the parts of the bad-input catalogue: one per file, each
// registered by its file's init, so that work on one package adds rows in a
// file of its own (badinput_<package>_test.go).
var catalogues = map[string]func(sh shared) []badInput{"core": coreCatalogue}

// catalogue returns every row of every part.
func catalogue(sh shared) []badInput {
	var rows []badInput
	for _, part := range slices.Sorted(maps.Keys(catalogues)) {
		rows = append(rows, catalogues[part](sh)...)
	}
	return rows
}

// coreCatalogue is the first part: the rows written with the packages.
func coreCatalogue(sh shared) []badInput {
	vn := holiday.Vietnam()
	plain := sh.scheds[0]
	noLeap, leapYear, leapMonth := lunarYears()
	sy, sm := shortMonth()
	mon := date.New(2026, time.March, 9) // a Monday
	at := func(d date.Date, h, m int) time.Time { return d.Time(hm(h, m), ict) }

	garbage := bytes.Repeat([]byte("\x00\xff,\"garbage;💥\n"), 5*mb/16)
	hugeJSON := `{"days":[` + strings.Repeat(`{"date":"2026-03-09","kind":"day_off","name_vi":"x","source":"y"},`, 80000) + `]`
	deepJSON := strings.Repeat("[", 200000) + strings.Repeat("]", 200000)

	timeline := func() sla.Timeline {
		tl, _ := plain.Start(at(mon, 9, 0), sla.WorkingDays(5))
		return tl
	}
	// tlOp runs op on a fresh timeline and checks that a refused operation
	// leaves the receiver as it was.
	tlOp := func(prep func(sla.Timeline) sla.Timeline, op func(sla.Timeline) (sla.Timeline, error)) func() error {
		return func() error {
			tl := prep(timeline())
			before := fmt.Sprint(tl.Due(), tl.Pauses(), tl.IsPaused(), tl.Restarts(), tl.Deadline())
			got, err := op(tl)
			after := fmt.Sprint(tl.Due(), tl.Pauses(), tl.IsPaused(), tl.Restarts(), tl.Deadline())
			returned := fmt.Sprint(got.Due(), got.Pauses(), got.IsPaused(), got.Restarts(), got.Deadline())
			if err != nil && (before != after || before != returned) {
				return fmt.Errorf("the refused operation changed the timeline: %s → %s / %s (%w)", before, after, returned, errChanged)
			}
			return err
		}
	}
	same := func(tl sla.Timeline) sla.Timeline { return tl }
	paused := func(tl sla.Timeline) sla.Timeline { tl, _ = tl.Pause(at(mon, 10, 0)); return tl }
	reappointed := func(tl sla.Timeline) sla.Timeline { tl, _ = tl.Reappoint(at(mon, 10, 0), tl.Due()+7); return tl }

	return []badInput{
		// holiday: CSV.
		{"csv/empty", parseCSV(nil), holiday.ErrSyntax, entryError},
		{"csv/wrong header", parseCSV([]byte("date,kind\n2026-01-01,holiday\n")), holiday.ErrSyntax, entryError},
		{"csv/truncated line", parseCSV(csvLine("2026,2026-02-16,holiday,Tết")), holiday.ErrSyntax, entryError},
		{"csv/truncated quote", parseCSV([]byte(csvHeader + `2026,2026-02-16,holiday,"Tết`)), holiday.ErrSyntax, entryError},
		{"csv/no such date", parseCSV(csvLine("2026,2026-02-30,holiday,Tết,Tet,QĐ 1")), holiday.ErrSyntax, entryError},
		{"csv/day-month-year", parseCSV(csvLine("2026,16/02/2026,holiday,Tết,Tet,QĐ 1")), holiday.ErrSyntax, entryError},
		{"csv/impossible kind", parseCSV(csvLine("2026,2026-02-16,vacation,Tết,Tet,QĐ 1")), holiday.ErrSyntax, entryError},
		{"csv/kind in capitals", parseCSV(csvLine("2026,2026-02-16,Holiday,Tết,Tet,QĐ 1")), holiday.ErrSyntax, entryError},
		{"csv/no Vietnamese name", parseCSV(csvLine("2026,2026-02-16,holiday, ,Tet,QĐ 1")), holiday.ErrSyntax, entryError},
		{"csv/no source", parseCSV(csvLine("2026,2026-02-16,holiday,Tết,Tet,")), holiday.ErrSyntax, entryError},
		{"csv/two-digit year", parseCSV(csvLine("26,2026-02-16,holiday,Tết,Tet,QĐ 1")), holiday.ErrSyntax, entryError},
		{"csv/5 MB of garbage", parseCSV(garbage), holiday.ErrSyntax, entryError},
		{"csv/5 MB of garbage after a header", parseCSV(append([]byte(csvHeader), garbage...)), holiday.ErrSyntax, entryError},
		{"extend csv/year 2200", extendCSV("2200,2200-01-01,holiday,Tết Dương lịch,New Year,QĐ 1"), holiday.ErrOutOfSpan, entryError},
		{"extend csv/year 1999", extendCSV("1999,1999-12-31,day_off,Nghỉ,Off,QĐ 1"), holiday.ErrOutOfSpan, entryError},
		{"extend csv/local day out of span", extendCSV(",1999-12-31,day_off,Nghỉ,Off,QĐ 1"), holiday.ErrOutOfSpan, entryError},
		{"extend csv/same day twice", extendCSV(",2027-03-08,day_off,Nghỉ,Off,QĐ 1", ",2027-03-08,day_off,Nghỉ,Off,QĐ 2"), holiday.ErrContradiction, entryError},
		{"extend csv/swapped workday on a Wednesday", extendCSV("2027,2027-03-10,swap_workday,Làm bù,Make-up,QĐ 1"), holiday.ErrContradiction, entryError},
		{"extend csv/compensatory day on a Sunday", extendCSV("2027,2027-03-14,compensatory,Nghỉ bù,Comp,QĐ 1"), holiday.ErrContradiction, entryError},
		{"extend csv/day two years from its announcement", extendCSV("2027,2029-03-12,day_off,Nghỉ,Off,QĐ 1"), holiday.ErrContradiction, entryError},
		{"extend csv/day in two announcements", extendCSV("2027,2027-12-31,day_off,Nghỉ,Off,QĐ 1", "2028,2027-12-31,day_off,Nghỉ,Off,QĐ 2"), holiday.ErrContradiction, entryError},

		// holiday: JSON.
		{"json/empty", parseJSON(""), holiday.ErrSyntax, entryError},
		{"json/truncated", parseJSON(`{"days":[{"date":"2026-`), holiday.ErrSyntax, entryError},
		{"json/unknown field", parseJSON(`{"holidays":[]}`), holiday.ErrSyntax, entryError},
		{"json/trailing data", parseJSON(`{} {}`), holiday.ErrSyntax, entryError},
		{"json/wrong type", parseJSON(`{"days":5}`), holiday.ErrSyntax, entryError},
		{"json/200000 nested arrays", parseJSON(deepJSON), holiday.ErrSyntax, entryError},
		{"json/5 MB unterminated", parseJSON(hugeJSON), holiday.ErrSyntax, entryError},
		{"json/5 MB of garbage", parseJSON(string(garbage)), holiday.ErrSyntax, entryError},
		{"json/weekday in capitals", parseJSON(`{"working_weekdays":["Monday"]}`), holiday.ErrSyntax, entryError},
		{"json/kind with a space", parseJSON(`{"days":[{"date":"2026-03-09","kind":"day_off ","name_vi":"x","source":"y"}]}`), holiday.ErrSyntax, entryError},
		{"json/unpadded date", parseJSON(`{"days":[{"date":"2026-3-9","kind":"day_off","name_vi":"x","source":"y"}]}`), holiday.ErrSyntax, entryError},
		{"json/recurring without a start", parseJSON(`{"recurring":[{"month":11,"day":24,"from":"","name_vi":"x","source":"y"}]}`), holiday.ErrSyntax, entryError},
		{"json/year as a string", parseJSON(`{"announcements":[{"year":"2027","source":"x","days":[]}]}`), holiday.ErrSyntax, entryError},
		{"extend json/recurring month 13", extendJSON(`{"recurring":[{"month":13,"day":1,"from":"2027-01-01","name_vi":"x","source":"y"}]}`), holiday.ErrSyntax, entryError},
		{"extend json/recurring 29 February", extendJSON(`{"recurring":[{"month":2,"day":29,"from":"2028-02-29","name_vi":"x","source":"y"}]}`), holiday.ErrSyntax, entryError},
		{"extend json/recurring ends before it starts", extendJSON(`{"recurring":[{"month":11,"day":24,"from":"2030-11-24","until":"2027-11-24","name_vi":"x","source":"y"}]}`), holiday.ErrContradiction, entryError},
		{"extend json/weekday twice", extendJSON(`{"working_weekdays":["monday","monday"]}`), holiday.ErrSyntax, entryError},
		{"extend json/empty working week", extendJSON(`{"working_weekdays":[]}`), holiday.ErrNoWorkingDay, calendarError},
		{"extend json/announced twice", extendJSON(`{"announcements":[{"year":2027,"source":"a","days":[]},{"year":2027,"source":"b","days":[]}]}`), holiday.ErrContradiction, entryError},

		// holiday: Go values and queries.
		{"extend/impossible kind 99", extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: mon, Kind: holiday.Kind(99), NameVI: "x", Source: "y"}}}), holiday.ErrSyntax, entryError},
		{"extend/unknown kind", extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: mon, NameVI: "x", Source: "y"}}}), holiday.ErrSyntax, entryError},
		{"extend/weekday 9", extend(holiday.Spec{WorkingWeekdays: []time.Weekday{time.Monday, 9}}), holiday.ErrSyntax, entryError},
		{"extend/zero date", extend(holiday.Spec{Days: []holiday.SpecialDay{{Kind: holiday.KindDayOff, NameVI: "x", Source: "y"}}}), holiday.ErrOutOfSpan, entryError},
		{"extend/zero calendar", func() error { _, err := (&holiday.Calendar{}).Extend(holiday.Spec{}); return err }, holiday.ErrInvalidCalendar, calendarError},
		{"kind/unmarshal unknown code", func() error { var k holiday.Kind; return k.UnmarshalText([]byte("tet")) }, holiday.ErrSyntax, entryError},
		{"query/AddWorkingDays before the span", func() error { _, err := vn.AddWorkingDays(date.New(1999, 12, 31), 1); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/AddWorkingDays past the end", func() error { _, err := vn.AddWorkingDays(date.New(2199, 12, 31), 1); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/AddWorkingDays before the start", func() error { _, err := vn.AddWorkingDays(date.New(2000, 1, 4), -5); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/AddWorkingDays MaxInt", func() error { _, err := vn.AddWorkingDays(mon, math.MaxInt); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/AddWorkingDays MinInt", func() error { _, err := vn.AddWorkingDays(mon, math.MinInt); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/WorkingDaysBetween out of span", func() error { _, err := vn.WorkingDaysBetween(mon, date.New(2300, 1, 1)); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/far-away date", func() error { _, err := vn.WorkingDayOnOrAfter(date.Date(math.MaxInt64)); return err }, holiday.ErrOutOfSpan, spanError},
		{"query/zero calendar", func() error { _, err := (&holiday.Calendar{}).AddWorkingDays(mon, 1); return err }, holiday.ErrInvalidCalendar, calendarError},
		{"query/nil calendar", func() error { var c *holiday.Calendar; _, err := c.WorkingDaysBetween(mon, mon); return err }, holiday.ErrInvalidCalendar, calendarError},

		// lunar.
		{"lunar/month 13", toSolar(2025, 13, 1, false), lunar.ErrNoSuchMonth, lunarError},
		{"lunar/month 0", toSolar(2025, 0, 1, false), lunar.ErrNoSuchMonth, lunarError},
		{"lunar/day 30 of a 29-day month", toSolar(sy, sm, 30, false), lunar.ErrNoSuchDay, lunarError},
		{"lunar/day 31", toSolar(2025, 1, 31, false), lunar.ErrNoSuchDay, lunarError},
		{"lunar/day 0", toSolar(2025, 1, 0, false), lunar.ErrNoSuchDay, lunarError},
		{"lunar/leap month the year lacks", toSolar(noLeap, 4, 1, true), lunar.ErrNoSuchMonth, lunarError},
		{"lunar/wrong leap month", toSolar(leapYear, leapMonth%12+1, 1, true), lunar.ErrNoSuchMonth, lunarError},
		{"lunar/year 1899", toSolar(1899, 1, 1, false), lunar.ErrOutOfSpan, lunarError},
		{"lunar/year 2200", toSolar(2200, 1, 1, false), lunar.ErrOutOfSpan, lunarError},
		{"lunar/NewYear 2200", func() error { _, err := lunar.NewYear(2200); return err }, lunar.ErrOutOfSpan, lunarError},
		{"lunar/FromSolar 1900-01-30", func() error { _, err := lunar.FromSolar(date.New(1900, 1, 30)); return err }, lunar.ErrOutOfSpan, lunarError},
		{"lunar/parse month 13", func() error { _, err := lunar.ParseDate("2025-13-01"); return err }, lunar.ErrNoSuchMonth, lunarError},
		{"lunar/parse slashes", func() error { _, err := lunar.ParseDate("2025/01/01"); return err }, lunar.ErrSyntax, lunarError},
		{"lunar/parse empty", func() error { _, err := lunar.ParseDate(""); return err }, lunar.ErrSyntax, lunarError},
		{"lunar/parse 5 MB", func() error { _, err := lunar.ParseDate(string(garbage)); return err }, lunar.ErrSyntax, lunarError},
		{"lunar/MonthLength month 13", func() error { _, err := lunar.MonthLength(2025, 13, false); return err }, lunar.ErrNoSuchMonth, lunarError},
		{"lunar/LeapMonth 1800", func() error { _, err := lunar.LeapMonth(1800); return err }, lunar.ErrOutOfSpan, lunarError},

		// sla: limits.
		{"limit/empty", parseLimit(""), sla.ErrLimitSyntax, limitError},
		{"limit/negative", parseLimit("-5 ngày"), sla.ErrLimitRange, limitError},
		{"limit/absurd", parseLimit("15000 ngày"), sla.ErrLimitRange, limitError},
		{"limit/20 digits", parseLimit("99999999999999999999 ngày làm việc"), sla.ErrLimitRange, limitError},
		{"limit/zero calendar days", parseLimit("0 ngày"), sla.ErrLimitRange, limitError},
		{"limit/half a calendar day", parseLimit("15,5 ngày"), sla.ErrLimitRange, limitError},
		{"limit/three decimals", parseLimit("0,333 ngày làm việc"), sla.ErrLimitRange, limitError},
		{"limit/bare number", parseLimit("15"), sla.ErrLimitSyntax, limitError},
		{"limit/years", parseLimit("1 năm"), sla.ErrLimitSyntax, limitError},
		{"limit/words disagree", parseLimit("15 (mười sáu) ngày làm việc"), sla.ErrLimitSyntax, limitError},
		{"limit/range", parseLimit("5 - 7 ngày làm việc"), sla.ErrLimitAmbiguous, limitError},
		{"limit/alternatives", parseLimit("15 ngày làm việc hoặc 20 ngày"), sla.ErrLimitAmbiguous, limitError},
		{"limit/5 MB of units", parseLimit(strings.Repeat("ngày làm việc ", 5*mb/14)), sla.ErrLimitTooLong, limitError},
		{"limit/5 MB of limits", parseLimit(strings.Repeat("3 ngày làm việc, 4 ngày làm việc; ", 5*mb/34)), sla.ErrLimitTooLong, limitError},
		{"limit/invalid UTF-8", parseLimit("\xff\xfe 3 ng\xe0y"), sla.ErrLimitSyntax, limitError},
		{"hundredths/negative", hundredths(-1, sla.UnitWorkingDays), sla.ErrLimitRange, valueError},
		{"hundredths/half a calendar day", hundredths(50, sla.UnitCalendarDays), sla.ErrLimitRange, valueError},
		{"hundredths/zero months", hundredths(0, sla.UnitMonths), sla.ErrLimitRange, valueError},
		{"hundredths/2^40 hours", hundredths(1<<40, sla.UnitWorkingHours), sla.ErrLimitRange, valueError},
		{"hundredths/MinInt64", hundredths(math.MinInt64, sla.UnitWorkingDays), sla.ErrLimitRange, valueError},
		{"hundredths/unit 9", hundredths(100, sla.Unit(9)), sla.ErrLimitSyntax, valueError},
		{"limit/unmarshal leading zero", func() error { var l sla.Limit; return l.UnmarshalText([]byte("03 ngày làm việc")) }, sla.ErrLimitSyntax, valueError},

		// sla: schedules.
		{"schedule/overlapping sessions", newSchedule(vn, &sla.ScheduleOptions{Sessions: sessions(8, 0, 12, 0, 11, 0, 17, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/backwards session", newSchedule(vn, &sla.ScheduleOptions{Sessions: sessions(17, 0, 8, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/empty session", newSchedule(vn, &sla.ScheduleOptions{Sessions: sessions(8, 0, 8, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/beyond 24h", newSchedule(vn, &sla.ScheduleOptions{Sessions: sessions(20, 0, 25, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/negative start", newSchedule(vn, &sla.ScheduleOptions{Sessions: []sla.Session{{Start: -clock.Clock(time.Hour), End: hm(8, 0)}}}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/out of order", newSchedule(vn, &sla.ScheduleOptions{Sessions: sessions(13, 0, 17, 0, 8, 0, 12, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/no sessions", newSchedule(vn, &sla.ScheduleOptions{Sessions: []sla.Session{}}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/working Monday without hours", newSchedule(vn, &sla.ScheduleOptions{WeekdaySessions: map[time.Weekday][]sla.Session{time.Monday: {}}}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/overlapping Saturday", newSchedule(vn, &sla.ScheduleOptions{WeekdaySessions: map[time.Weekday][]sla.Session{time.Saturday: sessions(8, 0, 12, 0, 9, 0, 10, 0)}}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/cut-off 25:00", newSchedule(vn, &sla.ScheduleOptions{Cutoff: hm(25, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/negative cut-off", newSchedule(vn, &sla.ScheduleOptions{Cutoff: -hm(1, 0)}), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/nil calendar", newSchedule(nil, nil), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/zero calendar", newSchedule(&holiday.Calendar{}, nil), sla.ErrInvalidSchedule, scheduleError},
		{"schedule/WithCutoff 24:01", func() error { _, err := plain.WithCutoff(hm(24, 1)); return err }, sla.ErrInvalidSchedule, scheduleError},

		// sla: deadlines.
		{"deadline/zero limit", func() error { _, err := plain.Deadline(at(mon, 9, 0), sla.Limit{}); return err }, sla.ErrInvalidLimit, countError},
		{"deadline/negative working days", func() error { _, err := plain.Deadline(at(mon, 9, 0), sla.WorkingDays(-1)); return err }, sla.ErrInvalidLimit, countError},
		{"deadline/receipt in 1999", func() error {
			_, err := plain.Deadline(at(date.New(1999, 12, 30), 9, 0), sla.WorkingDays(3))
			return err
		}, holiday.ErrOutOfSpan, spanError},
		{"deadline/receipt in 2200", func() error { _, err := plain.Deadline(at(date.New(2200, 1, 5), 9, 0), sla.WorkingDays(3)); return err }, holiday.ErrOutOfSpan, spanError},
		{"deadline/due after 2199", func() error {
			_, err := plain.Deadline(at(date.New(2199, 12, 1), 9, 0), sla.WorkingDays(60))
			return err
		}, holiday.ErrOutOfSpan, spanError},
		{"deadline/hours after 2199", func() error {
			_, err := plain.Deadline(at(date.New(2190, 1, 2), 9, 0), sla.WorkingHours(sla.MaxLimitWorkingHours))
			return err
		}, holiday.ErrOutOfSpan, spanError},
		{"deadline/zero time", func() error { _, err := plain.Deadline(time.Time{}, sla.WorkingDays(3)); return err }, holiday.ErrOutOfSpan, spanError},
		{"deadline/receipt day out of span", func() error { _, err := plain.ReceiptDay(at(date.New(2300, 1, 1), 9, 0)); return err }, holiday.ErrOutOfSpan, spanError},
		{"deadline/explain the zero Deadline", func() error { _, err := plain.Explain(sla.Deadline{}); return err }, sla.ErrInvalidLimit, countError},

		// sla: timeline misuse; the receiver must stay as it was.
		{"timeline/pause the zero Timeline", func() error { _, err := (sla.Timeline{}).Pause(at(mon, 9, 0)); return err }, sla.ErrInvalidTimeline, timelineError},
		{"timeline/remaining on the zero Timeline", func() error { _, err := (sla.Timeline{}).Remaining(at(mon, 9, 0)); return err }, sla.ErrInvalidTimeline, timelineError},
		{"timeline/explain the zero Timeline", func() error { _, err := (sla.Timeline{}).Explain(); return err }, sla.ErrInvalidTimeline, timelineError},
		{"timeline/pause twice", tlOp(paused, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Pause(at(mon, 11, 0)) }), sla.ErrPaused, timelineError},
		{"timeline/resume a running clock", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Resume(at(mon, 11, 0)) }), sla.ErrNotPaused, timelineError},
		{"timeline/pause before the receipt", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Pause(at(mon-3, 11, 0)) }), sla.ErrOutOfOrder, timelineError},
		{"timeline/resume before the pause", tlOp(paused, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Resume(at(mon, 9, 30)) }), sla.ErrOutOfOrder, timelineError},
		{"timeline/reappoint twice", tlOp(reappointed, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Reappoint(at(mon, 11, 0), tl.Due()+7) }), sla.ErrAlreadyReappointed, timelineError},
		{"timeline/apology on the due day", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Reappoint(at(tl.Due(), 9, 0), tl.Due()+7) }), sla.ErrApologyTooLate, timelineError},
		{"timeline/new date before the due date", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Reappoint(at(mon, 11, 0), tl.Due()-1) }), sla.ErrBadReappointment, timelineError},
		{"timeline/new date on a Sunday", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) {
			d := tl.Due() + 1
			for d.Weekday() != time.Sunday {
				d++
			}
			return tl.Reappoint(at(mon, 11, 0), d)
		}), sla.ErrBadReappointment, timelineError},
		{"timeline/restart out of span", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Restart(at(date.New(2200, 3, 1), 9, 0)) }), holiday.ErrOutOfSpan, timelineError},
		{"timeline/pause in year 9999", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Pause(at(date.New(9999, 12, 31), 9, 0)) }), holiday.ErrOutOfSpan, timelineError},
		{"timeline/resume past 2262 (nanoseconds overflow)", tlOp(paused, func(tl sla.Timeline) (sla.Timeline, error) { return tl.Resume(at(date.New(2263, 1, 1), 9, 0)) }), holiday.ErrOutOfSpan, timelineError},
		{"timeline/apology in year 2200", tlOp(same, func(tl sla.Timeline) (sla.Timeline, error) {
			return tl.Reappoint(at(date.New(2200, 1, 1), 0, 0), tl.Due()+7)
		}), holiday.ErrOutOfSpan, timelineError},

		// Packages that landed later: their parsers on hostile input.
		{"procedure/empty catalogue", func() error { _, err := procedure.Parse(nil); return err }, procedure.ErrSyntax, wireValidationError},
		{"procedure/5 MB of garbage", func() error { _, err := procedure.Parse(garbage); return err }, procedure.ErrSyntax, wireValidationError},
		{"procedure/200000 nested arrays", func() error { _, err := procedure.Parse([]byte(deepJSON)); return err }, procedure.ErrSyntax, wireValidationError},
		{"liaison/empty route", func() error { _, err := liaison.ParseRoute(nil); return err }, liaison.ErrSyntax, as[*liaison.RouteError]()},
		{"liaison/5 MB of garbage", func() error { _, err := liaison.ParseRoute(garbage); return err }, liaison.ErrTooLarge, as[*liaison.RouteError]()},
		{"liaison/trailing data", func() error { _, err := liaison.ParseRoute([]byte(`{} {}`)); return err }, liaison.ErrSyntax, as[*liaison.RouteError]()},
		{"dossier/empty", func() error { _, err := dossier.Unmarshal(nil, plain); return err }, dossier.ErrSyntax, inputError},
		{"dossier/5 MB of garbage", func() error { _, err := dossier.Unmarshal(garbage, plain); return err }, dossier.ErrSyntax, inputError},
		{"dossier/200000 nested arrays", func() error { _, err := dossier.Unmarshal([]byte(deepJSON), plain); return err }, dossier.ErrSyntax, inputError},
	}
}

// errChanged marks a refused operation that changed its receiver.
var errChanged = errors.New("receiver changed")

// run calls f, turning a panic into an error.
func run(f func() error) (err error, panicked any) {
	defer func() { panicked = recover() }()
	return f(), nil
}

func TestBadInputs(t *testing.T) {
	sh := newShared(t)
	rows := catalogue(sh)
	before := fingerprint(sh)
	seen := map[string]bool{}
	for _, row := range rows {
		if seen[row.name] {
			t.Fatalf("duplicate row %q", row.name)
		}
		seen[row.name] = true
		t.Run(row.name, func(t *testing.T) {
			err, p := run(row.run)
			switch {
			case p != nil:
				t.Fatalf("panic: %v", p)
			case err == nil:
				t.Fatalf("no error; want one wrapping %v", row.is)
			case errors.Is(err, errChanged):
				t.Fatal(err)
			case !errors.Is(err, row.is):
				t.Errorf("error %q (%T) does not wrap %v", truncate(err.Error()), err, row.is)
			case row.typed == nil:
				t.Errorf("the row names no typed error; error %q is a %T", truncate(err.Error()), err)
			case !row.typed(err):
				t.Errorf("error %q is a %T, not the package's typed error", truncate(err.Error()), err)
			}
			if err != nil {
				checkMessage(t, err.Error())
			}
			if after := fingerprint(sh); after != before {
				t.Fatalf("shared values changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
	// Issue 12 ("Done when"): at least 300 rows, at least 40 each for
	// procedure, liaison and dossier, counted by the package of the
	// sentinel each row expects.
	byPackage := map[string]int{}
	for _, row := range rows {
		name, _, _ := strings.Cut(row.is.Error(), ":")
		byPackage[name]++
	}
	if len(rows) < 300 {
		t.Errorf("the catalogue has %d rows; want at least 300", len(rows))
	}
	for _, name := range []string{"procedure", "liaison", "dossier"} {
		if byPackage[name] < 40 {
			t.Errorf("the catalogue has %d rows for %s; want at least 40", byPackage[name], name)
		}
	}
	t.Logf("bad-input catalogue: %d rows; by package: %v", len(rows), byPackage)
}

// maxMessage is the longest error message the contract allows: an error
// quotes a short prefix of bad input, never the input.
const maxMessage = 1 << 10

// packagePrefix finds where a message names one of motcua's packages:
// "sla: …", or with the value at fault, "procedure 1.001193: …".
var packagePrefix = regexp.MustCompile(`(?:^|[^\pL\pN_./-])(holiday|lunar|sla|liaison|liaisonsample|procedure|sample|dossier|form|store|postgres|national|scorecard)(?: [\pL\pN_.-]+)?: `)

// checkMessage asserts the error contract's shape of a message: it is under
// maxMessage bytes, and each of its lines (errors.Join puts one error a
// line) starts with a package's name and names each package at most once —
// wrapped errors of the same package do not repeat it.
func checkMessage(t testing.TB, msg string) {
	t.Helper()
	if len(msg) >= maxMessage {
		t.Errorf("error message of %d bytes (want < %d): %q", len(msg), maxMessage, truncate(msg))
	}
	for _, line := range strings.Split(msg, "\n") {
		found := packagePrefix.FindAllStringSubmatchIndex(line, -1)
		if len(found) == 0 || found[0][0] != 0 {
			t.Errorf("error message does not start with its package's name: %q", truncate(line))
		}
		seen := map[string]bool{}
		for _, m := range found {
			name := line[m[2]:m[3]]
			if seen[name] {
				t.Errorf("error message names %q twice: %q", name, truncate(line))
				break
			}
			seen[name] = true
		}
	}
}

func truncate(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
