package slatest

import (
	"slices"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/holidaytest"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"pgregory.net/rapid"
)

// officeHours returns the sessions that frame day d: its own, or those of the
// next working day for a day without office hours (a holiday, a Sunday).
func officeHours(s *sla.Schedule, d date.Date) []sla.Session {
	if ss := s.SessionsOn(d); len(ss) > 0 {
		return ss
	}
	if w, err := s.Calendar().WorkingDayOnOrAfter(d); err == nil {
		if ss := s.SessionsOn(w); len(ss) > 0 {
			return ss
		}
	}
	return sla.DefaultSessions()
}

// cutoffOn returns the receipt cut-off of day d: the schedule's, or the close
// of the day's office hours if that is earlier or there is no cut-off.
func cutoffOn(s *sla.Schedule, d date.Date) clock.Clock {
	ss := officeHours(s, d)
	end := ss[len(ss)-1].End
	if c := s.Cutoff(); c != 0 && c < end {
		return c
	}
	return end
}

func between(t *rapid.T, lo, hi clock.Clock, label string) clock.Clock {
	if hi <= lo {
		return lo
	}
	return lo + clock.Clock(rapid.Int64Range(0, int64(hi-lo)-1).Draw(t, label))
}

var nearOffsets = []time.Duration{0, -time.Second, time.Second, -time.Minute, time.Minute, -time.Nanosecond}

// Instant returns a generator of receipt instants for s. The day is drawn
// by [holidaytest.Date] (Tết, 30/4, 2/9, swaps, year ends), a quarter of the
// time moved to the next weekend; the time of day is, with about equal
// weight: any second of the day; the cut-off minute (a second or a minute
// either side, or exactly); exactly the opening or the closing of the day
// (or of any session); in a break between sessions; strictly inside a
// session; before opening; after closing; midnight. An eighth of the
// instants are given in UTC instead of the schedule's zone (the same
// instant: deadlines must not depend on it).
//
// Build the generator once, outside the property: it precomputes the
// calendar's special days.
func Instant(s *sla.Schedule) *rapid.Generator[time.Time] {
	days := holidaytest.Date(s.Calendar())
	return rapid.Custom(func(t *rapid.T) time.Time { return drawInstant(t, s, days) })
}

// drawInstant draws an instant for s on a day drawn from days.
func drawInstant(t *rapid.T, s *sla.Schedule, days *rapid.Generator[date.Date]) time.Time {
	{
		first, last := s.Calendar().Span()
		d := days.Draw(t, "day")
		if rapid.IntRange(0, 3).Draw(t, "weekend?") == 3 {
			d += date.Date((int(time.Saturday)-int(d.Weekday())+7)%7 + rapid.IntRange(0, 1).Draw(t, "sat/sun"))
			d = min(d, last)
		}
		d = max(d, first)
		ss := officeHours(s, d)
		open, closing := ss[0].Start, ss[len(ss)-1].End
		var c clock.Clock
		switch rapid.IntRange(0, 9).Draw(t, "time kind") {
		case 0:
			c = between(t, 0, clock.Day, "any time")
		case 1:
			c = cutoffOn(s, d) + clock.Clock(rapid.SampledFrom(nearOffsets).Draw(t, "cut-off ±"))
		case 2:
			c = open + clock.Clock(rapid.SampledFrom(nearOffsets).Draw(t, "opening ±"))
		case 3:
			c = closing + clock.Clock(rapid.SampledFrom(nearOffsets).Draw(t, "closing ±"))
		case 4:
			if len(ss) > 1 {
				i := rapid.IntRange(0, len(ss)-2).Draw(t, "break")
				c = between(t, ss[i].End, ss[i+1].Start+1, "in break")
			} else {
				c = between(t, open, closing, "in session")
			}
		case 5:
			x := rapid.SampledFrom(ss).Draw(t, "session")
			c = x.Start
			if rapid.Bool().Draw(t, "end") {
				c = x.End
			}
		case 6:
			x := rapid.SampledFrom(ss).Draw(t, "session")
			c = between(t, x.Start+1, x.End, "strictly inside")
		case 7:
			c = between(t, 0, open, "before opening")
		case 8:
			c = between(t, closing, clock.Day, "after closing")
		default:
			c = rapid.SampledFrom([]clock.Clock{0, clock.Day - clock.Clock(time.Second)}).Draw(t, "midnight")
		}
		c = min(max(c, 0), clock.Day)
		at := d.Time(c, s.Zone())
		if rapid.IntRange(0, 7).Draw(t, "zone") == 0 {
			at = at.In(time.UTC)
		}
		return at
	}
}

func limit(t *rapid.T, hundredths int64, u sla.Unit) sla.Limit {
	l, err := sla.LimitFromHundredths(hundredths, u)
	if err != nil {
		t.Fatalf("slatest: generated an invalid limit: %v", err)
	}
	return l
}

// Limit returns a generator of valid limits of every unit: whole working
// days (1–30, and 31–400 more rarely), "Trong ngày" (zero working days),
// halves and quarters of working days, whole and fractional working hours,
// calendar days, months, and now and then the largest limit each unit
// accepts. Failing cases shrink towards 1 working day.
func Limit() *rapid.Generator[sla.Limit] {
	return rapid.Custom(func(t *rapid.T) sla.Limit {
		switch rapid.IntRange(0, 9).Draw(t, "limit kind") {
		case 1:
			return sla.SameDay()
		case 2:
			return limit(t, 50+100*int64(rapid.IntRange(0, 10).Draw(t, "and a half")), sla.UnitWorkingDays)
		case 3:
			q := rapid.SampledFrom([]int64{25, 75}).Draw(t, "quarter")
			return limit(t, q+100*int64(rapid.IntRange(0, 10).Draw(t, "and quarters")), sla.UnitWorkingDays)
		case 4:
			return sla.WorkingHours(rapid.IntRange(1, 48).Draw(t, "working hours"))
		case 5:
			return limit(t, int64(rapid.IntRange(1, 4800).Draw(t, "hundredths of hours")), sla.UnitWorkingHours)
		case 6:
			return sla.CalendarDays(rapid.IntRange(1, 90).Draw(t, "calendar days"))
		case 7:
			return sla.Months(rapid.IntRange(1, 24).Draw(t, "months"))
		case 8:
			if rapid.Bool().Draw(t, "long working") {
				return sla.WorkingDays(rapid.IntRange(31, 400).Draw(t, "long working days"))
			}
			return sla.CalendarDays(rapid.IntRange(91, 730).Draw(t, "long calendar days"))
		case 9:
			return rapid.SampledFrom([]sla.Limit{
				sla.WorkingDays(sla.MaxLimitWorkingDays), sla.CalendarDays(sla.MaxLimitCalendarDays),
				sla.Months(sla.MaxLimitMonths), sla.WorkingHours(sla.MaxLimitWorkingHours),
			}).Draw(t, "cap")
		}
		return sla.WorkingDays(rapid.IntRange(1, 30).Draw(t, "working days"))
	})
}

const minutesPerDay = 24 * 60

// sessions draws 1–3 valid sessions on minute boundaries, sometimes opening
// at 00:00 or closing at 24:00.
func sessions(t *rapid.T, label string) []sla.Session {
	k := rapid.IntRange(1, 3).Draw(t, label+" count")
	var bounds []int
	for i := 0; i < 2*k; i++ {
		bounds = append(bounds, rapid.IntRange(0, minutesPerDay).Draw(t, label+" bound"))
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	if len(bounds)%2 == 1 {
		bounds = bounds[:len(bounds)-1]
	}
	if len(bounds) == 0 {
		return sla.DefaultSessions()
	}
	if rapid.IntRange(0, 4).Draw(t, label+" from midnight") == 0 {
		bounds[0] = 0
	}
	if rapid.IntRange(0, 4).Draw(t, label+" to midnight") == 0 {
		bounds[len(bounds)-1] = minutesPerDay
	}
	var out []sla.Session
	for i := 0; i+1 < len(bounds); i += 2 {
		out = append(out, sla.Session{Start: clock.Clock(bounds[i]) * clock.Clock(time.Minute),
			End: clock.Clock(bounds[i+1]) * clock.Clock(time.Minute)})
	}
	return out
}

// Schedule returns a generator of valid schedules over cal: default office
// hours, the common 07:30–11:30 and 13:30–17:00, or 1–3 sessions at odd
// minutes (sometimes from 00:00 or to 24:00); sometimes a Saturday
// receiving session, a different Friday, a cut-off (15:00, 16:30 or any
// minute of the day after every working day's opening) and a zone other
// than Vietnam's.
func Schedule(cal *holiday.Calendar) *rapid.Generator[*sla.Schedule] {
	working := map[time.Weekday]bool{}
	for _, wd := range cal.WorkingWeekdays() {
		working[wd] = true
	}
	return rapid.Custom(func(t *rapid.T) *sla.Schedule {
		var o sla.ScheduleOptions
		switch rapid.IntRange(0, 3).Draw(t, "sessions kind") {
		case 1:
			o.Sessions = []sla.Session{
				{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)},
				{Start: clock.New(13, 30, 0, 0), End: clock.New(17, 0, 0, 0)},
			}
		case 2, 3:
			o.Sessions = sessions(t, "sessions")
		}
		if rapid.Bool().Draw(t, "saturday sessions") {
			o.WeekdaySessions = map[time.Weekday][]sla.Session{time.Saturday: {
				{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)}}}
			if rapid.Bool().Draw(t, "odd saturday") {
				o.WeekdaySessions[time.Saturday] = sessions(t, "saturday")
			}
		}
		if working[time.Friday] && rapid.IntRange(0, 3).Draw(t, "friday") == 0 {
			if o.WeekdaySessions == nil {
				o.WeekdaySessions = map[time.Weekday][]sla.Session{}
			}
			o.WeekdaySessions[time.Friday] = sessions(t, "friday")
		}
		switch rapid.IntRange(0, 3).Draw(t, "cut-off kind") {
		case 1:
			o.Cutoff = clock.New(15, 0, 0, 0)
		case 2:
			o.Cutoff = clock.New(16, 30, 0, 0)
		case 3:
			o.Cutoff = clock.Clock(rapid.IntRange(1, minutesPerDay).Draw(t, "cut-off minute")) * clock.Clock(time.Minute)
		}
		// A cut-off at or before a working day's opening is refused by
		// NewSchedule: such a draw means no cut-off.
		latestOpen := sla.DefaultSessions()[0].Start
		if len(o.Sessions) > 0 {
			latestOpen = o.Sessions[0].Start
		}
		for wd, ss := range o.WeekdaySessions {
			if working[wd] && len(ss) > 0 {
				latestOpen = max(latestOpen, ss[0].Start)
			}
		}
		if o.Cutoff <= latestOpen {
			o.Cutoff = 0
		}
		switch rapid.IntRange(0, 5).Draw(t, "zone kind") {
		case 4:
			o.Zone = time.UTC
		case 5:
			o.Zone = time.FixedZone("UTC+9", 9*60*60)
		}
		s, err := sla.NewSchedule(cal, &o)
		if err != nil {
			t.Fatalf("slatest: generated invalid schedule options %+v: %v", o, err)
		}
		return s
	})
}
