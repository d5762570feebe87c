package slatest

import (
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// oracle computes deadlines the slow, obvious way, from the documented
// counting rules, the calendar's published special days and working week,
// and the schedule's sessions per day; it uses no working-day arithmetic of
// the calendar.
type oracle struct {
	s *sla.Schedule
	*calOracle
}

// calOracle is the calendar part of an oracle, shared by schedules over the
// same calendar.
type calOracle struct {
	first, last date.Date
	week        [7]bool
	special     map[date.Date]holiday.SpecialDay
}

func newCalOracle(cal *holiday.Calendar) *calOracle {
	o := &calOracle{special: map[date.Date]holiday.SpecialDay{}}
	o.first, o.last = cal.Span()
	for _, wd := range cal.WorkingWeekdays() {
		o.week[wd] = true
	}
	for _, sp := range cal.SpecialDays(o.first, o.last+1) {
		o.special[sp.Date] = sp
	}
	return o
}

func newOracle(s *sla.Schedule) *oracle { return &oracle{s: s, calOracle: newCalOracle(s.Calendar())} }

func (o *calOracle) in(d date.Date) bool { return d >= o.first && d <= o.last }

func (o *calOracle) working(d date.Date) bool {
	if sp, ok := o.special[d]; ok {
		return !sp.IsDayOff()
	}
	return o.week[d.Weekday()]
}

// next returns the first working day after d.
func (o *calOracle) next(d date.Date) (date.Date, bool) {
	for {
		d++
		if !o.in(d) {
			return 0, false
		}
		if o.working(d) {
			return d, true
		}
	}
}

// onOrAfter returns d if it is a working day, else the next one.
func (o *calOracle) onOrAfter(d date.Date) (date.Date, bool) {
	if !o.in(d) {
		return 0, false
	}
	if o.working(d) {
		return d, true
	}
	return o.next(d)
}

// receiptDay is rule 1: the receipt's date if it is a working day and the
// receipt came before the cut-off, else the next working day.
func (o *oracle) receiptDay(received time.Time) (date.Date, bool) {
	local := received.In(o.s.Zone())
	day := date.NewAt(local)
	if o.in(day) && o.working(day) && clock.NewAt(local) < cutoffOn(o.s, day) {
		return day, true
	}
	if !o.in(day) {
		return 0, false
	}
	return o.next(day)
}

// addMonths is Civil Code Art. 148(2): the same day n months later, or the
// last day of that month.
func addMonths(d date.Date, n int) date.Date {
	y, m, day := d.Date()
	last := time.Date(y, m+time.Month(n)+1, 0, 12, 0, 0, 0, time.UTC).Day()
	return date.New(y, m+time.Month(n), min(day, last))
}

// countsHours reports whether l is counted through office hours.
func countsHours(l sla.Limit) bool {
	return l.Unit() == sla.UnitWorkingHours || (l.Unit() == sla.UnitWorkingDays && !l.IsWhole())
}

// hoursOf is the working time of an hour limit or fractional day limit.
func hoursOf(s *sla.Schedule, l sla.Limit) time.Duration {
	unit := s.DayLength()
	if l.Unit() == sla.UnitWorkingHours {
		unit = time.Hour
	}
	// Whole units and hundredths apart: 87600 h in hundredths × time.Hour
	// would overflow a Duration.
	h := time.Duration(l.Hundredths())
	return h/100*unit + h%100*unit/100
}

// due returns the oracle's due date, and for limits counted in hours the
// due instant; ok is false when the deadline falls outside the span.
func (o *oracle) due(received time.Time, l sla.Limit) (due date.Date, at time.Time, ok bool) {
	r, ok := o.receiptDay(received)
	if !ok {
		return 0, time.Time{}, false
	}
	n := int(l.Hundredths() / 100)
	switch {
	case countsHours(l):
		due, at, ok := o.hours(received, r, hoursOf(o.s, l))
		if !ok || l.Unit() != sla.UnitWorkingDays {
			return due, at, ok
		}
		// A fractional working-day limit is never due before its whole
		// working days (the documented clamp of sla.Schedule.Deadline).
		whole := r
		for i := 0; i < n; i++ {
			if whole, ok = o.next(whole); !ok {
				return 0, time.Time{}, false
			}
		}
		if whole > due {
			ss := o.s.SessionsOn(whole)
			return whole, whole.Time(ss[len(ss)-1].End, o.s.Zone()), true
		}
		return due, at, true
	case l.Unit() == sla.UnitWorkingDays:
		d := r
		for i := 0; i < n; i++ {
			if d, ok = o.next(d); !ok {
				return 0, time.Time{}, false
			}
		}
		return d, time.Time{}, true
	case l.Unit() == sla.UnitCalendarDays:
		d, ok := o.onOrAfter(r + date.Date(n))
		return d, time.Time{}, ok
	default:
		d, ok := o.onOrAfter(addMonths(r, n))
		return d, time.Time{}, ok
	}
}

// hours walks the office hours of working days from the receipt (or from
// the opening of R when R is not the receipt's date) until w is used up.
func (o *oracle) hours(received time.Time, r date.Date, w time.Duration) (date.Date, time.Time, bool) {
	local := received.In(o.s.Zone())
	from := clock.Clock(0)
	if date.NewAt(local) == r {
		from = clock.NewAt(local)
	}
	for d := r; o.in(d); d++ {
		if !o.working(d) {
			continue
		}
		for _, x := range o.s.SessionsOn(d) {
			lo := max(from, x.Start)
			if lo >= x.End {
				continue
			}
			if avail := time.Duration(x.End - lo); w <= avail {
				at := d.Time(lo+clock.Clock(w), o.s.Zone())
				return d, at, true
			} else {
				w -= avail
			}
		}
		from = 0
	}
	return 0, time.Time{}, false
}
