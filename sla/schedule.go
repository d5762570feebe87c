package sla

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// Session is one stretch of office hours within a day, [Start, End).
type Session struct {
	Start clock.Clock
	End   clock.Clock
}

// Duration returns the session's length.
func (s Session) Duration() time.Duration { return time.Duration(s.End - s.Start) }

// String returns the session as "08:00–12:00". A time outside the day is
// written as a duration ("25h0m0s"), so that error messages quote it as given.
func (s Session) String() string { return clockText(s.Start) + "–" + clockText(s.End) }

// clockText writes a time of day as "15:04", or a value outside [00:00,
// 24:00] as a duration.
func clockText(c clock.Clock) string {
	switch {
	case c < 0 || c > clock.Day:
		return time.Duration(c).String()
	case c == clock.Day:
		return "24:00"
	}
	return c.HhMm()
}

// DefaultSessions are the office hours assumed when [ScheduleOptions] gives
// none: 08:00–12:00 and 13:00–17:00, eight hours. Ministries and provinces
// set their own hours (commonly 07:30–11:30 and 13:30–17:00); the 40-hour,
// five-day week comes from Decision 188/1999/QĐ-TTg.
func DefaultSessions() []Session {
	return []Session{
		{Start: clock.New(8, 0, 0, 0), End: clock.New(12, 0, 0, 0)},
		{Start: clock.New(13, 0, 0, 0), End: clock.New(17, 0, 0, 0)},
	}
}

// VietnamZone is the zone of Vietnam, UTC+7 all year (no daylight saving).
var VietnamZone = time.FixedZone("ICT", 7*60*60)

// ScheduleOptions configure a [Schedule]. A nil *ScheduleOptions means every
// default.
type ScheduleOptions struct {
	// Sessions are the office hours of a working day, in order and not
	// overlapping. Nil means [DefaultSessions].
	Sessions []Session

	// WeekdaySessions replace Sessions on a given weekday, e.g. a shorter
	// Friday. A weekday that is not a working day of the calendar may have
	// sessions too — a one-stop centre that receives on Saturday mornings —
	// but a dossier received then is received on the next working day, and
	// no time is counted on it: the Saturday is not a working day
	// (Decision 188/1999/QĐ-TTg). A Saturday that the calendar makes a
	// working day (a swapped working day) uses Sessions.
	WeekdaySessions map[time.Weekday][]Session

	// Cutoff is the time of day from which a receipt counts as received on
	// the next working day. Zero means the close of the day's last session;
	// a cut-off later than a day's close counts as that close. A cut-off at
	// or before the opening of a working weekday's office hours is refused.
	// Same-day procedures often set 15:00 (for example certification of
	// copies, Decree 23/2015/NĐ-CP Art. 21).
	Cutoff clock.Clock

	// Zone is the zone in which receipt instants are read. Nil means
	// [VietnamZone].
	Zone *time.Location
}

// Schedule is a one-stop office's working time: a holiday calendar, office
// hours and a receipt cut-off. It computes deadlines ([Schedule.Deadline]).
//
// A Schedule is immutable once built and safe for concurrent use. Use it by
// pointer. The zero Schedule is not usable: build one with [NewSchedule].
type Schedule struct {
	cal       *holiday.Calendar
	sessions  []Session
	byDay     [7][]Session // sessions per weekday, for days of the working week
	extra     [7][]Session // receiving sessions of rest weekdays
	dayLen    time.Duration
	cutoff    clock.Clock
	zone      *time.Location
	endUnix   int64 // the end of the calendar's last day in zone, as Unix seconds: no timeline instant reaches it
	offset    int64 // the zone's UTC offset in seconds, from fixedFrom to the span's end
	fixedFrom int64 // Unix seconds from which offset holds; math.MaxInt64 when it does not hold over the span
}

// NewSchedule builds a schedule over the calendar cal (usually
// [holiday.Vietnam] or a calendar derived from it). Invalid options are an
// error of type *[ScheduleError]: an empty or backwards session, sessions out
// of order or overlapping, sessions outside the day, a cut-off outside the
// day, no working hours at all.
func NewSchedule(cal *holiday.Calendar, opts *ScheduleOptions) (*Schedule, error) {
	if !cal.IsValid() {
		return nil, &ScheduleError{Field: "calendar", Value: "<invalid>", Reason: "the calendar is not a built holiday.Calendar"}
	}
	var o ScheduleOptions
	if opts != nil {
		o = *opts
	}
	s := &Schedule{cal: cal, cutoff: o.Cutoff, zone: o.Zone}
	if s.zone == nil {
		s.zone = VietnamZone
	}
	first, last := cal.Span()
	end := (last + 1).Time(0, s.zone)
	s.endUnix = end.Unix()
	// Vietnam has kept UTC+7 since 1975: days of instants are then plain
	// arithmetic (see dayOf).
	s.offset, s.fixedFrom = fixedOffset(first.Time(0, s.zone), end)
	s.sessions = slices.Clone(o.Sessions)
	if s.sessions == nil {
		s.sessions = DefaultSessions()
	}
	if err := checkSessions("Sessions", s.sessions); err != nil {
		return nil, err
	}
	if len(s.sessions) == 0 {
		return nil, &ScheduleError{Field: "Sessions", Value: "[]", Reason: "a working day needs office hours"}
	}
	for _, x := range s.sessions {
		s.dayLen += x.Duration()
	}
	working := map[time.Weekday]bool{}
	for _, wd := range cal.WorkingWeekdays() {
		working[wd] = true
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		own, ok := o.WeekdaySessions[wd]
		if ok {
			if err := checkSessions(fmt.Sprintf("WeekdaySessions[%s]", wd), own); err != nil {
				return nil, err
			}
		}
		switch {
		case working[wd] && ok:
			if len(own) == 0 {
				return nil, &ScheduleError{Field: fmt.Sprintf("WeekdaySessions[%s]", wd), Value: "[]",
					Reason: "a working weekday needs office hours; change the calendar's working week instead"}
			}
			s.byDay[wd] = slices.Clone(own)
		case working[wd]:
			s.byDay[wd] = s.sessions
		case ok:
			s.extra[wd] = slices.Clone(own)
		}
	}
	if err := s.checkCutoff(o.Cutoff); err != nil {
		return nil, err
	}
	return s, nil
}

// checkCutoff refuses a cut-off outside the day, or at or before the
// opening of a working day's office hours: with it no dossier received in
// office hours would ever count as received that day, which turns every
// same-day limit into a next-day one (rule 1 of the counting rules counts
// the receipt day only for receipts before the cut-off).
func (s *Schedule) checkCutoff(c clock.Clock) error {
	if c == 0 {
		return nil
	}
	if c < 0 || c > clock.Day {
		return &ScheduleError{Field: "Cutoff", Value: clockText(c), Reason: "not a time of day in (00:00, 24:00]"}
	}
	open := s.sessions[0].Start
	for _, ss := range s.byDay {
		if len(ss) > 0 {
			open = max(open, ss[0].Start)
		}
	}
	if c <= open {
		return &ScheduleError{Field: "Cutoff", Value: clockText(c),
			Reason: "at or before the opening of office hours (" + clockText(open) + "): nothing received in office hours would count that day"}
	}
	return nil
}

func checkSessions(field string, ss []Session) error {
	for i, x := range ss {
		f := fmt.Sprintf("%s[%d]", field, i)
		if x.Start < 0 || x.End > clock.Day || x.Start >= x.End {
			return &ScheduleError{Field: f, Value: x.String(), Reason: "a session must start before it ends, within the day"}
		}
		if i > 0 && x.Start < ss[i-1].End {
			return &ScheduleError{Field: f, Value: x.String(), Reason: "sessions must be in order and must not overlap"}
		}
	}
	return nil
}

// isValid reports whether s was built by NewSchedule.
func (s *Schedule) isValid() bool { return s != nil && s.zone != nil && s.cal.IsValid() }

var errZeroSchedule = &ScheduleError{Field: "schedule", Value: "<zero>", Reason: "not built by NewSchedule"}

// Calendar returns the schedule's holiday calendar.
func (s *Schedule) Calendar() *holiday.Calendar { return s.cal }

// Zone returns the zone in which the schedule reads and reports instants.
func (s *Schedule) Zone() *time.Location { return s.zone }

// DayLength returns the office hours of an ordinary working day (eight hours
// by default): the length of one working day when a limit in fractional
// working days is converted to hours.
func (s *Schedule) DayLength() time.Duration { return s.dayLen }

// SessionsOn returns the office hours of day d: its weekday's sessions on a
// working day (the default sessions on a rest weekday that the calendar made
// a working day), the receiving sessions of a rest weekday, and none on a
// holiday. The slice is the caller's.
func (s *Schedule) SessionsOn(d date.Date) []Session {
	return slices.Clone(s.sessionsOn(d))
}

func (s *Schedule) sessionsOn(d date.Date) []Session {
	wd := d.Weekday()
	if !s.cal.IsWorkingDay(d) {
		if sp, ok := s.cal.Special(d); ok && sp.IsDayOff() {
			return nil
		}
		return s.extra[wd]
	}
	return s.workSessions(d)
}

// cutoffOn returns the receipt cut-off of working day d.
// A cut-off later than the day's close is the close: a receipt after office
// hours is never counted on that day.
func (s *Schedule) cutoffOn(d date.Date) clock.Clock {
	ss := s.sessionsOn(d)
	end := ss[len(ss)-1].End
	if s.cutoff != 0 && s.cutoff < end {
		return s.cutoff
	}
	return end
}

// closeClock returns the time day d's office hours close (for a day without
// sessions, an ordinary day's).
func (s *Schedule) closeClock(d date.Date) clock.Clock {
	ss := s.sessionsOn(d)
	if len(ss) == 0 {
		ss = s.sessions
	}
	return ss[len(ss)-1].End
}

// Cutoff returns the receipt cut-off option (zero: the close of office hours).
func (s *Schedule) Cutoff() clock.Clock { return s.cutoff }

// WithCutoff returns a schedule like s with receipt cut-off c (zero: the close
// of office hours), e.g. 15:00 for a same-day procedure (Decree 23/2015/NĐ-CP
// Art. 21) or a Decree 63/2024/NĐ-CP group (Art. 7(2)). s is unchanged; the
// two share their immutable tables. A cut-off outside (00:00, 24:00], or
// at or before the opening of a working day's office hours (e.g. 07:00 for
// an office that opens at 08:00), is a *[ScheduleError] wrapping
// [ErrInvalidSchedule].
func (s *Schedule) WithCutoff(c clock.Clock) (*Schedule, error) {
	if !s.isValid() {
		return nil, errZeroSchedule
	}
	if err := s.checkCutoff(c); err != nil {
		return nil, err
	}
	if c == s.cutoff {
		return s, nil
	}
	out := *s
	out.cutoff = c
	return &out, nil
}

// AddWorkingTime returns the instant at which work of length w, started at
// start, completes when work happens only during the office hours of
// working days, and the working day it completes on (the instant may be
// 00:00 of the next day for a session ending at 24:00). It is how limits in
// working hours are counted (Civil Code 2015 Art. 147(1): a period in hours
// starts at the stated moment); see [Schedule.AddWork]. A negative w is an
// error wrapping [ErrInvalidLimit].
func (s *Schedule) AddWorkingTime(start time.Time, w time.Duration) (time.Time, date.Date, error) {
	if !s.isValid() {
		return time.Time{}, 0, errZeroSchedule
	}
	if w < 0 {
		return time.Time{}, 0, &CountError{Op: "AddWorkingTime", At: start, Err: negativeWork(w)}
	}
	m, err := s.addWork(s.MomentOf(start), w)
	if err != nil {
		return time.Time{}, 0, &CountError{Op: "AddWorkingTime", At: start, Err: err}
	}
	return s.TimeOf(m), m.Day, nil
}

// WorkingTimeBetween returns the office hours of working days between two
// instants (zero when b is not after a): how much of an agency's working
// time a hand-over took; see [Schedule.WorkBetween].
func (s *Schedule) WorkingTimeBetween(a, b time.Time) (time.Duration, error) {
	if !s.isValid() {
		return 0, errZeroSchedule
	}
	if !b.After(a) {
		return 0, nil
	}
	w, err := s.workBetween(s.MomentOf(a), s.MomentOf(b))
	if err != nil {
		return 0, &CountError{Op: "WorkingTimeBetween", At: a, Err: err}
	}
	return w, nil
}

// fixedOffset returns the UTC offset that the zone of start keeps from start
// until end, and from when it holds, walking the zone's periods (the time
// zone database may split a period, e.g. at 2038, without changing the
// offset); from is math.MaxInt64 when the offset changes before end.
func fixedOffset(start, end time.Time) (offset, from int64) {
	_, off := start.Zone()
	first, until := start.ZoneBounds()
	for range 1000 { // a zone changes its offset long before 1,000 periods
		if until.IsZero() || !until.Before(end) {
			from = math.MinInt64
			if !first.IsZero() {
				from = first.Unix()
			}
			return int64(off), from
		}
		if _, o := until.Zone(); o != off {
			return 0, math.MaxInt64
		}
		_, until = until.ZoneBounds()
	}
	return 0, math.MaxInt64
}

// dayOf returns the date of the instant t in the schedule's zone, as
// date.NewAt(t.In(zone)) does, without looking the zone up when its offset
// is fixed over the calendar's span.
func (s *Schedule) dayOf(t time.Time) date.Date {
	if sec := t.Unix(); sec >= s.fixedFrom && sec < s.endUnix {
		return daysSinceEpoch(sec + s.offset)
	}
	return date.NewAt(t.In(s.zone))
}

// dayOfStamp is dayOf for a stamp.
func (s *Schedule) dayOfStamp(st stamp) date.Date {
	sec := int64(st) / 1e9
	if int64(st)%1e9 < 0 {
		sec--
	}
	if sec >= s.fixedFrom && sec < s.endUnix {
		return daysSinceEpoch(sec + s.offset)
	}
	return date.NewAt(st.in(s.zone))
}

// daysSinceEpoch returns the date of a count of local seconds since
// 1970-01-01 00:00.
func daysSinceEpoch(sec int64) date.Date {
	days := sec / 86400
	if sec%86400 < 0 {
		days--
	}
	return date.ZeroOffset + date.Date(days)
}
