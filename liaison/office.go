package liaison

import (
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// pos is an instant in the schedule's zone as a day and a time of day;
// comparing pos values compares the instants.
type pos struct {
	d date.Date
	c clock.Clock
}

func (p pos) before(q pos) bool { return p.d < q.d || (p.d == q.d && p.c < q.c) }

func laterOf(p, q pos) pos {
	if p.before(q) {
		return q
	}
	return p
}

// office adapts a schedule's office-hours engine ([sla.Schedule.AddWork],
// [sla.Schedule.WorkBetween], [sla.Schedule.OfficeHours]) to the route's
// budgets. It holds no state of its own and does not allocate.
type office struct {
	s    *sla.Schedule
	cal  *holiday.Calendar
	zone *time.Location
	day  time.Duration
}

func newOffice(s *sla.Schedule) office {
	return office{s: s, cal: s.Calendar(), zone: s.Zone(), day: s.DayLength()}
}

// at converts an instant to a pos in the schedule's zone.
func (o *office) at(t time.Time) pos {
	m := o.s.MomentOf(t)
	return pos{d: m.Day, c: m.Time}
}

// time converts a pos back to an instant.
func (o *office) time(p pos) time.Time { return p.d.Time(p.c, o.zone) }

// openOf and closeOf return the opening and closing time of working day d.
func (o *office) openOf(d date.Date) (clock.Clock, bool) {
	open, _, ok := o.s.OfficeHours(d)
	return open, ok
}

func (o *office) closeOf(d date.Date) (clock.Clock, bool) {
	_, c, ok := o.s.OfficeHours(d)
	return c, ok
}

// closePos returns the close of office of working day d.
func (o *office) closePos(d date.Date) pos {
	c, _ := o.closeOf(d)
	return pos{d, c}
}

// advance returns when a budget b started at p runs out:
//
//   - "Trong ngày" (0 working days): the close of the working day of p (p's
//     day if it is a working day and p is not after its close, else the next
//     working day);
//   - n whole working days from a day boundary (p at or before the opening
//     of a working day, at or after its close, or on a day off): the close
//     of the n-th working day, counting p's day only if p is at or before
//     its opening — as [sla.Schedule.Deadline] counts whole days, so that a
//     route's whole-day budgets add up day for day whatever the office
//     hours;
//   - otherwise (hours, fractional days, or whole days from the middle of a
//     day): the budget as office time (a working day is the schedule's
//     [sla.Schedule.DayLength]) counted through office hours from p.
func (o *office) advance(p pos, b sla.Limit) (pos, error) {
	open, close, working := o.s.OfficeHours(p.d)
	if b.IsSameDay() {
		if working && p.c <= close {
			return pos{p.d, close}, nil
		}
		d, err := o.cal.NextWorkingDay(p.d)
		if err != nil {
			return pos{}, err
		}
		return o.closePos(d), nil
	}
	if b.Unit() == sla.UnitWorkingDays && b.IsWhole() {
		n := int(b.Hundredths() / 100)
		switch {
		case working && p.c <= open:
			n--
		case working && p.c < close:
			return o.addTime(p, work(b, o.day))
		}
		d, err := o.cal.AddWorkingDays(p.d, n)
		if err != nil {
			return pos{}, err
		}
		return o.closePos(d), nil
	}
	return o.addTime(p, work(b, o.day))
}

// addTime returns the instant at which work of length w, started at p,
// completes when work happens only during office hours of working days
// ([sla.Schedule.AddWork]). It may be a session's closing instant.
func (o *office) addTime(p pos, w time.Duration) (pos, error) {
	m, err := o.s.AddWork(sla.Moment{Day: p.d, Time: p.c}, w)
	return pos{m.Day, m.Time}, err
}

// between returns the office time from a to b, negative if b is before a
// ([sla.Schedule.WorkBetween]).
func (o *office) between(a, b pos) (time.Duration, error) {
	return o.s.WorkBetween(sla.Moment{Day: a.d, Time: a.c}, sla.Moment{Day: b.d, Time: b.c})
}

// origin returns the receipt day R of a dossier received at the instant
// received, and the instant the route's budgets start to run:
//
//   - R is [sla.Schedule.ReceiptDay] of the receipt over the schedule with
//     the route's own cut-off ([sla.Schedule.WithCutoff]): sla alone
//     decides when a receipt counts on the next working day (Decree
//     63/2024 Art. 7(2) for a route's cut-off);
//   - for a total in whole working days (one or more), the count starts at
//     the close of R: the day of receipt is not counted (Civil Code 2015
//     Art. 147(2)), exactly as [sla.Schedule.Deadline] counts the total;
//   - otherwise (hours, fractional days, "Trong ngày"), from the receipt
//     instant if it falls within R's office day, else from the opening of R
//     (sla's rule 4).
//
// eff is the receipt instant as the base schedule must see it: the receipt
// itself, or the opening of R when the route's cut-off moved it there.
func (o *office) origin(r *Route, received time.Time) (rday date.Date, start pos, eff time.Time, err error) {
	s := o.s
	if r.cutoff != 0 {
		if s, err = o.s.WithCutoff(r.cutoff); err != nil {
			return 0, pos{}, time.Time{}, err
		}
	}
	if rday, err = s.ReceiptDay(received); err != nil {
		return 0, pos{}, time.Time{}, err
	}
	eff, p := received, o.at(received)
	if base, err := o.s.ReceiptDay(received); err != nil {
		return 0, pos{}, time.Time{}, err
	} else if base != rday { // the route's cut-off moved the receipt
		open, _ := o.openOf(rday)
		p = pos{rday, open}
		eff = o.time(p)
	}
	if r.total.Unit() == sla.UnitWorkingDays && r.total.IsWhole() && !r.total.IsSameDay() {
		return rday, o.closePos(rday), eff, nil
	}
	open, _ := o.openOf(rday)
	start = pos{rday, open}
	if p.d == rday && start.before(p) {
		start = p
	}
	return rday, start, eff, nil
}
