package liaison

import (
	"fmt"
	"iter"
	"time"

	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// PlannedStep is one step of a [Plan]: when its budget starts to run and
// when it runs out.
type PlannedStep struct {
	ID     string
	Name   string
	Agency string
	Role   Role
	// Start is the instant the step's budget starts to run: when the last
	// of its predecessors is due (parallel branches share their start), or
	// the route's origin for a step without predecessors (see [Route.Plan]).
	// In a re-plan, the actual start of a started step.
	Start time.Time
	// Due is the instant the budget runs out (in a re-plan, the actual
	// finish of a finished step); DueDate is its date, the one a processing
	// control slip prints.
	Due     time.Time
	DueDate date.Date
	// Critical reports whether the step is on the plan's critical path.
	Critical bool
	// PausesClock is the step's [Step.PausesClock].
	PausesClock bool
	// Done reports, in a re-plan, that the step has finished.
	Done bool
}

// Plan is the schedule of one dossier through a route: each step's planned
// start and due instant, from a receipt instant over a [sla.Schedule]. Make
// one with [Route.Plan] or [Tracking.Replan].
//
// A Plan is a value; it is safe for concurrent use and never hands out its
// internal slices. It is not comparable with ==. The zero Plan is invalid
// ([Plan.IsValid]).
type Plan struct {
	_        [0]func()
	route    *Route
	sched    *sla.Schedule
	received time.Time
	receipt  date.Date
	slots    []slot // per step, in the route's order
	end      int    // index of the step due last
	pauses   []span
}

// slot is the compact, pointer-free plan of one step.
type slot struct {
	start, due     pos
	critical, done bool
}

// span is the planned or actual interval of a step that pauses the clock.
type span struct{ from, to time.Time }

// Plan schedules a dossier received at the instant received through the
// route, over the office hours and holidays of s.
//
// # Arithmetic
//
// The receipt day R is [sla.Schedule.ReceiptDay] of the receipt, except
// that a receipt at or after the route's own cut-off ([Route.Cutoff]) on a
// working day counts from the next working day. When the total is a whole
// number of working days, the budgets start to run at the close of R — the
// day of receipt is not counted (Civil Code 2015 Art. 147(2)), as
// [sla.Schedule.Deadline] counts the total; otherwise (a total in hours or
// fractional days, or "Trong ngày") they start at the receipt instant, or at
// the opening of R if the receipt came outside R's office day.
//
// Steps without predecessors start at that origin; every other step starts
// when the last of its predecessors is due, so parallel branches share
// their start. A step's due instant is its start plus its budget: "Trong
// ngày" runs to the close of the day it starts on; whole working days from
// a day boundary run to the close of the n-th working day, like sla; hours,
// fractional days, and whole days from the middle of a day are office time
// (a day being [sla.Schedule.DayLength]) counted through office hours. A
// step that pauses the clock takes its budget like any other; the
// procedure's deadline is then extended by the pause ([Plan.Deadline]).
//
// Consequently, when the budgets along the critical path add up exactly to
// the total (and the office day has the same hours every day, or the
// budgets are whole days), the plan is due on the same day and at the same
// instant as s.Deadline of the total from the same receipt.
//
// Planning is O(steps × days spanned) and allocates little: the plan and
// the office hours of each weekday it visits. Errors are *[OpError] values: a
// nil route or schedule wraps [ErrInvalid]; a date outside the calendar's
// span wraps [ErrSchedule] and holiday.ErrOutOfSpan.
func (r *Route) Plan(received time.Time, s *sla.Schedule) (Plan, error) {
	if r == nil || len(r.steps) == 0 || s == nil {
		return Plan{}, &OpError{Op: "Route.Plan", Err: fmt.Errorf("%w: nil route or schedule", ErrInvalid)}
	}
	o := newOffice(s)
	p, err := r.plan(&o, received, nil, pos{})
	return p, opError("Route.Plan", err)
}

// plan computes a plan; with st (a re-plan) finished steps keep their
// actual instants and nothing unfinished is due before now.
func (r *Route) plan(o *office, received time.Time, st *stateVec, now pos) (Plan, error) {
	rday, origin, _, err := o.origin(r, received)
	if err != nil {
		return Plan{}, err
	}
	n := len(r.steps)
	p := Plan{route: r, sched: o.s, received: received, receipt: rday,
		slots: make([]slot, n), end: -1}
	sl := p.slots
	replan := st != nil
	for _, i := range r.order {
		s := &r.steps[i]
		b := origin
		for k, q := range r.preds[i] {
			if k == 0 || b.before(sl[q].due) {
				b = sl[q].due
			}
		}
		var e pos
		done := false
		switch {
		case replan && st.at(i).finished != 0:
			b, e, done = o.at(st.at(i).startTime()), o.at(st.at(i).finishTime()), true
		case replan && st.at(i).started != 0:
			b = o.at(st.at(i).startTime())
			if e, err = o.advance(b, s.Budget); err != nil {
				return Plan{}, err
			}
			e = laterOf(e, now)
		default:
			if replan {
				b = laterOf(b, now)
			}
			if e, err = o.advance(b, s.Budget); err != nil {
				return Plan{}, err
			}
		}
		sl[i] = slot{start: b, due: e, done: done}
		if s.PausesClock {
			p.pauses = append(p.pauses, span{o.time(b), o.time(e)})
		}
		if len(r.succs[i]) == 0 && (p.end < 0 || sl[p.end].due.before(e)) {
			p.end = i
		}
	}
	// The critical path: back from the step due last, through the
	// predecessor due last (the first given on ties).
	for i := p.end; i >= 0; {
		sl[i].critical = true
		next := -1
		for _, q := range r.preds[i] {
			if next < 0 || sl[next].due.before(sl[q].due) {
				next = q
			}
		}
		i = next
	}
	return p, nil
}

// planned builds the PlannedStep of step i.
func (p Plan) planned(i int) PlannedStep {
	s, sl, z := &p.route.steps[i], p.slots[i], p.sched.Zone()
	return PlannedStep{ID: s.ID, Name: s.Name, Agency: s.Agency, Role: s.Role,
		Start: sl.start.d.Time(sl.start.c, z), Due: sl.due.d.Time(sl.due.c, z), DueDate: sl.due.d,
		Critical: sl.critical, PausesClock: s.PausesClock, Done: sl.done}
}

// IsValid reports whether p was made by [Route.Plan] or [Tracking.Replan].
func (p Plan) IsValid() bool { return p.route != nil }

// Route returns the planned route.
func (p Plan) Route() *Route { return p.route }

// Received returns the receipt instant the plan counts from.
func (p Plan) Received() time.Time { return p.received }

// ReceiptDay returns the receipt day R.
func (p Plan) ReceiptDay() date.Date { return p.receipt }

// Len returns the number of steps.
func (p Plan) Len() int { return len(p.slots) }

// Steps returns an iterator over the planned steps, in the route's order.
func (p Plan) Steps() iter.Seq[PlannedStep] {
	return func(yield func(PlannedStep) bool) {
		for i := range p.slots {
			if !yield(p.planned(i)) {
				return
			}
		}
	}
}

// Step returns the planned step with the given ID.
func (p Plan) Step(id string) (PlannedStep, bool) {
	if p.route == nil {
		return PlannedStep{}, false
	}
	i, ok := p.route.index[id]
	if !ok {
		return PlannedStep{}, false
	}
	return p.planned(i), true
}

// At returns the instant the last step is due: when the result is planned
// to be returned. The zero Plan gives the zero time.
func (p Plan) At() time.Time {
	if p.end < 0 || p.route == nil {
		return time.Time{}
	}
	return p.slots[p.end].due.d.Time(p.slots[p.end].due.c, p.sched.Zone())
}

// Due returns the date of [Plan.At].
func (p Plan) Due() date.Date {
	if p.end < 0 || p.route == nil {
		return 0
	}
	return p.slots[p.end].due.d
}

// CriticalPath returns the IDs of the plan's critical steps, from receipt
// to return: the chain of predecessors due last that ends in the step due
// last. With a schedule whose days all have the same hours it is the
// route's own [Route.CriticalPath] up to ties.
func (p Plan) CriticalPath() []string {
	var ids []string
	if p.route == nil {
		return nil
	}
	for _, i := range p.route.order {
		if p.slots[i].critical {
			ids = append(ids, p.route.steps[i].ID)
		}
	}
	return ids
}

// Deadline returns the procedure's legal deadline for this dossier: the
// route's total counted by [sla.Schedule.Deadline] from the receipt (after
// the route's cut-off), extended by the time of the steps that pause the
// clock, as [sla.Timeline] extends a paused deadline (working days in
// [pause day, resume day) for totals in days, office hours for totals in
// hours). Overlapping pauses are counted once. Errors are *[OpError] values
// wrapping [ErrInvalid] for the zero Plan, or [ErrSchedule].
func (p Plan) Deadline() (sla.Deadline, error) {
	if p.route == nil {
		return sla.Deadline{}, &OpError{Op: "Plan.Deadline", Err: ErrInvalid}
	}
	d, err := legalDeadline(p.route, p.sched, p.received, p.pauses)
	return d, opError("Plan.Deadline", err)
}

// Slack returns the office time from the plan's end ([Plan.At]) to the
// legal deadline's instant: positive when the plan leaves time to spare,
// negative when it is planned to be late. Errors are *[OpError] values
// wrapping [ErrInvalid] for the zero Plan, or [ErrSchedule].
func (p Plan) Slack() (time.Duration, error) {
	w, err := p.slack()
	return w, opError("Plan.Slack", err)
}

// slack computes [Plan.Slack]; an error from below is wrapped by Slack.
func (p Plan) slack() (time.Duration, error) {
	d, err := p.Deadline()
	if err != nil {
		return 0, err
	}
	o := newOffice(p.sched)
	return o.between(o.at(p.At()), o.at(d.At()))
}

// legalDeadline counts the route's total from the receipt and extends it
// by the given pauses, merged and in order.
func legalDeadline(r *Route, s *sla.Schedule, received time.Time, pauses []span) (sla.Deadline, error) {
	o := newOffice(s)
	_, _, eff, err := o.origin(r, received)
	if err != nil {
		return sla.Deadline{}, err
	}
	// Count from the real receipt over the schedule with the route's
	// cut-off (the earlier of the two), so that the deadline — and its
	// explanation — name the receipt itself.
	sc := s
	if c := r.cutoff; c != 0 && (s.Cutoff() == 0 || c < s.Cutoff()) {
		if sc, err = s.WithCutoff(c); err != nil {
			return sla.Deadline{}, err
		}
	}
	tl, err := sc.Start(received, r.total)
	if err != nil {
		return sla.Deadline{}, err
	}
	for _, m := range mergeSpans(pauses, eff) {
		if tl, err = tl.Pause(m.from); err != nil {
			return sla.Deadline{}, err
		}
		if m.to.IsZero() {
			break
		}
		if tl, err = tl.Resume(m.to); err != nil {
			return sla.Deadline{}, err
		}
	}
	return tl.Deadline(), nil
}

// mergeSpans sorts spans by start, clamps them to begin no earlier than
// from, and merges overlapping ones. A span with a zero end is open and
// ends the list.
func mergeSpans(in []span, from time.Time) []span {
	ss := make([]span, 0, len(in))
	for _, s := range in {
		if s.from.Before(from) {
			s.from = from
		}
		if !s.to.IsZero() && !s.to.After(s.from) {
			continue
		}
		ss = append(ss, s)
	}
	// insertion sort: a handful of spans
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].from.Before(ss[j-1].from); j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
	var out []span
	for _, s := range ss {
		if k := len(out) - 1; k >= 0 && (out[k].to.IsZero() || !s.from.After(out[k].to)) {
			if out[k].to.IsZero() || s.to.IsZero() {
				out[k].to = time.Time{}
			} else if s.to.After(out[k].to) {
				out[k].to = s.to
			}
			continue
		}
		out = append(out, s)
	}
	for k, s := range out {
		if s.to.IsZero() {
			return out[:k+1]
		}
	}
	return out
}
