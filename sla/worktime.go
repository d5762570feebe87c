package sla

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// Moment is an instant in a schedule's zone written as its day and its time
// of day: the form in which office hours are counted. Time may be 24:00 (the
// close of a session that ends at midnight), which is the same instant as
// 00:00 of the next day.
//
// A Moment is a small comparable value. The zero Moment is the start of
// the proleptic day 0 of package date (1970-01-01), outside every calendar.
// [Schedule.MomentOf] and [Schedule.TimeOf] convert between Moments and
// instants.
type Moment struct {
	Day  date.Date
	Time clock.Clock
}

// Compare returns -1, 0 or +1 as m is before, equal to or after n, for
// [slices.SortFunc]. It compares days first, then times of day.
func (m Moment) Compare(n Moment) int {
	switch {
	case m.Day < n.Day || (m.Day == n.Day && m.Time < n.Time):
		return -1
	case m == n:
		return 0
	}
	return 1
}

// Before reports whether m is before n.
func (m Moment) Before(n Moment) bool {
	return m.Day < n.Day || (m.Day == n.Day && m.Time < n.Time)
}

// MomentOf returns the day and time of day of the instant t in the
// schedule's zone. It does not allocate.
func (s *Schedule) MomentOf(t time.Time) Moment {
	if sec := t.Unix(); sec >= s.fixedFrom && sec < s.endUnix {
		local := sec + s.offset
		days := local / 86400
		if local%86400 < 0 {
			days--
		}
		c := clock.Clock(local-days*86400)*clock.Second + clock.Clock(t.Nanosecond())
		return Moment{Day: date.ZeroOffset + date.Date(days), Time: c}
	}
	l := t.In(s.zone)
	return Moment{Day: date.NewAt(l), Time: clock.NewAt(l)}
}

// TimeOf returns the instant of the moment m in the schedule's zone.
func (s *Schedule) TimeOf(m Moment) time.Time { return m.Day.Time(m.Time, s.zone) }

// OfficeHours returns the opening and closing time of day d's office
// hours, and whether d is a working day. Receiving sessions of a rest day
// count no working time, so such a day reports false.
func (s *Schedule) OfficeHours(d date.Date) (open, close clock.Clock, ok bool) {
	if !s.isValid() || !s.cal.IsWorkingDay(d) {
		return 0, 0, false
	}
	ss := s.workSessions(d)
	return ss[0].Start, ss[len(ss)-1].End, true
}

// AddWork returns the moment at which work of length w, started at the
// moment m, completes when work happens only during the office hours of
// working days: the one office-hours engine of the module, behind
// [Schedule.AddWorkingTime], limits in working hours and fractional working
// days ([Schedule.Deadline]), the moving of a paused deadline
// ([Timeline.Resume]) and the per-step budgets of package liaison. The
// result may be a session's closing moment (24:00 for a session ending at
// midnight). It is O(days spanned) and does not allocate. A negative w
// wraps [ErrInvalidLimit]; work that does not complete within the
// calendar's span wraps holiday.ErrOutOfSpan.
func (s *Schedule) AddWork(m Moment, w time.Duration) (Moment, error) {
	if !s.isValid() {
		return Moment{}, errZeroSchedule
	}
	if w < 0 {
		return Moment{}, &CountError{Op: "AddWork", At: s.TimeOf(m), Err: negativeWork(w)}
	}
	end, err := s.addWork(m, w)
	if err != nil {
		return Moment{}, &CountError{Op: "AddWork", At: s.TimeOf(m), Err: err}
	}
	return end, nil
}

// WorkBetween returns the office hours of working days from the moment a to
// the moment b, negative when b is before a. It is O(working days spanned)
// and does not allocate. A moment outside the calendar's span wraps
// holiday.ErrOutOfSpan.
func (s *Schedule) WorkBetween(a, b Moment) (time.Duration, error) {
	if !s.isValid() {
		return 0, errZeroSchedule
	}
	from, to, sign := a, b, time.Duration(1)
	if b.Before(a) {
		from, to, sign = b, a, -1
	}
	w, err := s.workBetween(from, to)
	if err != nil {
		return 0, &CountError{Op: "WorkBetween", At: s.TimeOf(a), Err: err}
	}
	return sign * w, nil
}

// workSessions returns the office hours of working day d (which must be
// one): its weekday's sessions, or the default sessions on a rest weekday
// that the calendar made a working day.
func (s *Schedule) workSessions(d date.Date) []Session {
	if own := s.byDay[d.Weekday()]; own != nil {
		return own
	}
	return s.sessions
}

// addWork is [Schedule.AddWork] without the checks of its arguments; its
// errors wrap a sentinel and are not typed.
func (s *Schedule) addWork(m Moment, w time.Duration) (Moment, error) {
	if !s.cal.Contains(m.Day) {
		_, err := s.cal.WorkingDaysBetween(m.Day, m.Day) // the calendar's own span error
		return Moment{}, below(err)
	}
	total := w
	day, at := m.Day, m.Time
	for {
		if s.cal.IsWorkingDay(day) {
			for _, x := range s.workSessions(day) {
				if at >= x.End {
					continue
				}
				from := max(at, x.Start)
				avail := time.Duration(x.End - from)
				if w <= avail {
					return Moment{Day: day, Time: from + clock.Clock(w)}, nil
				}
				w -= avail
				at = x.End
			}
		}
		next, err := s.cal.NextWorkingDay(day)
		if err != nil {
			_, last := s.cal.Span()
			return Moment{}, fmt.Errorf("%w: %s of office time from %s %s end after the calendar's last day %s: %w",
				ErrOutOfSpan, total, m.Day, m.Time.HhMm(), last, err)
		}
		day, at = next, 0
	}
}

// workBetween is [Schedule.WorkBetween] for a not after b.
func (s *Schedule) workBetween(a, b Moment) (time.Duration, error) {
	for _, d := range [2]date.Date{a.Day, b.Day} {
		if !s.cal.Contains(d) {
			_, err := s.cal.WorkingDaysBetween(d, d) // the calendar's own span error
			return 0, below(err)
		}
	}
	var total time.Duration
	for day := a.Day; ; {
		if s.cal.IsWorkingDay(day) {
			lo, hi := clock.Clock(0), clock.Day
			if day == a.Day {
				lo = a.Time
			}
			if day == b.Day {
				hi = b.Time
			}
			for _, x := range s.workSessions(day) {
				if from, to := max(lo, x.Start), min(hi, x.End); to > from {
					total += time.Duration(to - from)
				}
			}
		}
		if day >= b.Day {
			return total, nil
		}
		// b.Day is inside the span: when no working day follows day within
		// the span, none follows it up to b.Day either.
		next, err := s.cal.NextWorkingDay(day)
		if err != nil || next > b.Day {
			return total, nil
		}
		day = next
	}
}

// negativeWork reports a negative length of work.
func negativeWork(w time.Duration) error {
	return fmt.Errorf("%w: negative working time %s", ErrInvalidLimit, w)
}
