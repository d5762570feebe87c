package liaison

import (
	"fmt"
	"iter"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// stepState is what happened to one step: Unix nanosecond instants, zero
// for not yet (an event must be after the receipt, so never at the epoch).
// Pointer-free, so copying the state on each event is cheap.
type stepState struct {
	started, finished int64
}

func (s stepState) startTime() time.Time  { return unixTime(s.started) }
func (s stepState) finishTime() time.Time { return unixTime(s.finished) }

func unixTime(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// Tracking is the progress of one dossier through a route: the actual
// start and finish of each step, from hand-over events. It is updated by
// [Tracking.Apply], which returns a new Tracking and leaves the receiver as
// it was, so a refused event changes nothing. Start one with [Route.Track].
//
// A Tracking is a value; it is safe for concurrent use as long as no one
// writes the variable holding it. It is not comparable with ==. The zero
// Tracking is invalid ([Tracking.IsValid]).
//
// # Outcomes
//
// Each finished step is judged against its own budget counted from its
// actual start (its Started event), by the step arithmetic of [Route.Plan]:
// a budget in whole working days (or "Trong ngày") is due on a date, and is
// judged by date with [sla.OutcomeOf] — early before that date, on time on
// it, late after it — as form 05 and Circular 01/2018/TT-VPCP Art. 13
// index 2 grade each agency's time; a budget in hours or fractional days is
// due at an instant, and the step is late when it finishes after that
// instant (early when it finishes on an earlier date, otherwise on time).
// Steps that pause the clock are judged too, but never held against an
// agency ([Tracking.Responsible], [CountByAgency]).
//
// Time between a predecessor's finish and a successor's start is counted
// against no step's budget, though it uses up the dossier's slack: record
// a Started event at the hand-over.
type Tracking struct {
	_        [0]func()
	route    *Route
	sched    *sla.Schedule
	received time.Time
	state    stateVec
}

// Track starts tracking a dossier received at the instant received through
// the route, over the schedule s. A nil route or schedule, or the zero
// receipt instant, is an *[OpError] wrapping [ErrInvalid]; a receipt on a
// day outside the schedule's calendar wraps [ErrSchedule] and
// holiday.ErrOutOfSpan.
func (r *Route) Track(received time.Time, s *sla.Schedule) (Tracking, error) {
	if r == nil || len(r.steps) == 0 || s == nil || received.IsZero() {
		return Tracking{}, &OpError{Op: "Route.Track", Err: fmt.Errorf("%w: nil route or schedule, or no receipt instant", ErrInvalid)}
	}
	if err := inSpan(s, received); err != nil {
		return Tracking{}, &OpError{Op: "Route.Track", Err: fmt.Errorf("%w: receipt %w", ErrSchedule, err)}
	}
	if !inRange(received) { // within any calendar span; kept as a guard
		return Tracking{}, &OpError{Op: "Route.Track", Err: fmt.Errorf("%w: receipt instant out of range", ErrInvalid)}
	}
	return Tracking{route: r, sched: s, received: received, state: newStateVec(len(r.steps))}, nil
}

// IsValid reports whether t was started with [Route.Track].
func (t Tracking) IsValid() bool { return t.route != nil }

// Route returns the tracked route.
func (t Tracking) Route() *Route { return t.route }

// Received returns the receipt instant.
func (t Tracking) Received() time.Time { return t.received }

// Apply records e and returns the new tracking; t itself is unchanged. The
// event is refused with an *[EventError], and t returned as it was, when:
//
//   - the event has no instant, one outside the years 1970–2262 or on a
//     day outside the schedule's calendar (also wrapping
//     holiday.ErrOutOfSpan), or an invalid kind ([ErrBadEvent]);
//   - the step is not in the route ([ErrUnknownStep]);
//   - the agency is not the step's ([ErrWrongAgency]; for a step that
//     pauses the clock, an empty agency is accepted too);
//   - the step already started, or already finished ([ErrDuplicateEvent]);
//   - it is out of order ([ErrOutOfOrder]): a start before the receipt,
//     before a predecessor finished or while a predecessor has not
//     finished; a finish before the step started or before its start.
//
// Apply is O(predecessors of the step) plus the copy of a block of the
// per-step state (see [MaxSteps]): it does not copy the state of every
// step, and shares the rest with t.
func (t Tracking) Apply(e Event) (Tracking, error) {
	if t.route == nil {
		return t, &EventError{Event: e, Err: ErrInvalid}
	}
	if !inRange(e.At) || !e.Kind.IsValid() {
		return t, &EventError{Event: e, Err: ErrBadEvent}
	}
	if err := inSpan(t.sched, e.At); err != nil {
		return t, &EventError{Event: e, Err: fmt.Errorf("%w: %w", ErrBadEvent, err)}
	}
	i, ok := t.route.index[e.Step]
	if !ok {
		return t, &EventError{Event: e, Err: ErrUnknownStep}
	}
	s := &t.route.steps[i]
	if e.Agency != s.Agency && !(s.PausesClock && e.Agency == "") {
		return t, &EventError{Event: e, Err: fmt.Errorf("%w: %q, the step's agency is %q", ErrWrongAgency, e.Agency, s.Agency)}
	}
	at := e.At.UnixNano()
	cur := t.state.at(i)
	switch e.Kind {
	case Started:
		if cur.started != 0 {
			return t, &EventError{Event: e, Err: fmt.Errorf("%w: already started at %s", ErrDuplicateEvent, t.stamp(cur.started))}
		}
		if at < t.received.UnixNano() {
			return t, &EventError{Event: e, Err: fmt.Errorf("%w: before the receipt", ErrOutOfOrder)}
		}
		for _, p := range t.route.preds[i] {
			f := t.state.at(p).finished
			if f == 0 {
				return t, &EventError{Event: e, Err: fmt.Errorf("%w: predecessor %q has not finished", ErrOutOfOrder, t.route.steps[p].ID)}
			}
			if at < f {
				return t, &EventError{Event: e, Err: fmt.Errorf("%w: before predecessor %q finished", ErrOutOfOrder, t.route.steps[p].ID)}
			}
		}
		cur.started = at
	case Finished:
		if cur.finished != 0 {
			return t, &EventError{Event: e, Err: fmt.Errorf("%w: already finished at %s", ErrDuplicateEvent, t.stamp(cur.finished))}
		}
		if cur.started == 0 {
			return t, &EventError{Event: e, Err: fmt.Errorf("%w: the step has not started", ErrOutOfOrder)}
		}
		if at < cur.started {
			return t, &EventError{Event: e, Err: fmt.Errorf("%w: before the step started", ErrOutOfOrder)}
		}
		cur.finished = at
	}
	t.state = t.state.with(i, cur)
	return t, nil
}

// Instants are kept as Unix nanoseconds, zero meaning "not yet": years
// 1970 to 2262, which holds every calendar's span.
var (
	minInstant = time.Unix(0, 1)
	maxInstant = time.Unix(0, 1<<63-1)
)

// inSpan returns an error wrapping holiday.ErrOutOfSpan when the day of
// the instant t, in the schedule's zone, is outside its calendar's span:
// nothing can be counted from it, and a tracking holding it could not be
// judged.
func inSpan(s *sla.Schedule, t time.Time) error {
	d := date.NewAt(t.In(s.Zone()))
	first, last := s.Calendar().Span()
	if d < first || d > last {
		return fmt.Errorf("%s: %w %s..%s", d, holiday.ErrOutOfSpan, first, last)
	}
	return nil
}

// inRange reports whether t can be recorded (and is not the zero time).
func inRange(t time.Time) bool { return t.After(minInstant) && t.Before(maxInstant) }

// stamp formats a recorded instant in the schedule's zone.
func (t Tracking) stamp(n int64) string {
	return unixTime(n).In(t.sched.Zone()).Format("2006-01-02 15:04")
}

// StepStatus is the state of one step of a [Tracking].
type StepStatus struct {
	ID          string
	Agency      string
	Role        Role
	PausesClock bool
	// Started and Finished are the actual instants; zero if not yet.
	Started, Finished time.Time
	// Due is when the step's budget runs out, counted from Started (zero
	// before it starts): for a budget in whole working days or "Trong
	// ngày", the close of office on DueDate (a period in days ends with its
	// last day, Civil Code 2015 Art. 148(6)); otherwise the instant its
	// office time runs out.
	Due     time.Time
	DueDate date.Date
	// Outcome is early, on time or late once the step has finished (see
	// [Tracking]); [sla.OutcomeUnknown] before.
	Outcome sla.Outcome
}

// status computes the status of step i.
func (t Tracking) status(o *office, i int) (StepStatus, error) {
	s := &t.route.steps[i]
	st := StepStatus{ID: s.ID, Agency: s.Agency, Role: s.Role, PausesClock: s.PausesClock,
		Started: inZone(t.state.at(i).startTime(), o.zone), Finished: inZone(t.state.at(i).finishTime(), o.zone)}
	if st.Started.IsZero() {
		return st, nil
	}
	due, err := o.advance(o.at(st.Started), s.Budget)
	if err != nil {
		return st, err
	}
	byDate := s.Budget.Unit() == sla.UnitWorkingDays && s.Budget.IsWhole()
	if byDate {
		due = o.closePos(due.d)
	}
	st.Due, st.DueDate = o.time(due), due.d
	if st.Finished.IsZero() {
		return st, nil
	}
	fin := o.at(st.Finished).d
	switch {
	case byDate:
		st.Outcome = sla.OutcomeOf(fin, due.d, false)
	case st.Finished.After(st.Due):
		st.Outcome = sla.Late
	case fin < due.d:
		st.Outcome = sla.Early
	default:
		st.Outcome = sla.OnTime
	}
	return st, nil
}

// Step returns the status of the step with the given ID. The error is an
// *[OpError] wrapping [ErrInvalid] (the zero Tracking), [ErrUnknownStep],
// or [ErrSchedule] and holiday.ErrOutOfSpan for a due date outside the
// calendar.
func (t Tracking) Step(id string) (StepStatus, error) {
	if t.route == nil {
		return StepStatus{}, &OpError{Op: "Tracking.Step", Step: id, Err: ErrInvalid}
	}
	i, ok := t.route.index[id]
	if !ok {
		return StepStatus{}, &OpError{Op: "Tracking.Step", Step: id, Err: ErrUnknownStep}
	}
	o := newOffice(t.sched)
	st, err := t.status(&o, i)
	return st, opError("Tracking.Step", err)
}

// Steps returns an iterator over the status of every step, in the route's
// order. A step whose due date falls outside the calendar's span is yielded
// without a due date or outcome.
func (t Tracking) Steps() iter.Seq[StepStatus] {
	return func(yield func(StepStatus) bool) {
		if t.route == nil {
			return
		}
		o := newOffice(t.sched)
		for i := range t.route.steps {
			st, _ := t.status(&o, i)
			if !yield(st) {
				return
			}
		}
	}
}

// Finished reports whether every return step has finished, and when the
// last of them did: when the result was returned.
func (t Tracking) Finished() (time.Time, bool) {
	if t.route == nil {
		return time.Time{}, false
	}
	var last time.Time
	for i, s := range t.route.steps {
		if s.Role != RoleReturn || len(t.route.succs[i]) != 0 {
			continue
		}
		f := t.state.at(i).finishTime()
		if f.IsZero() {
			return time.Time{}, false
		}
		if f.After(last) {
			last = f
		}
	}
	return inZone(last, t.sched.Zone()), !last.IsZero()
}

// inZone returns t in zone z, and the zero time as it is.
func inZone(t time.Time, z *time.Location) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(z)
}

// Deadline returns the dossier's legal deadline: the route's total counted
// from the receipt (after the route's cut-off) by [sla.Schedule.Deadline],
// extended by the actual time of the steps that pause the clock, as
// [sla.Timeline] extends a paused deadline (a pause still open extends
// nothing yet). Errors are *[OpError] values wrapping [ErrInvalid] for the zero
// Tracking, or [ErrSchedule].
func (t Tracking) Deadline() (sla.Deadline, error) {
	if t.route == nil {
		return sla.Deadline{}, &OpError{Op: "Tracking.Deadline", Err: ErrInvalid}
	}
	var pauses []span
	for i, s := range t.route.steps {
		if s.PausesClock && t.state.at(i).started != 0 {
			pauses = append(pauses, span{t.state.at(i).startTime(), t.state.at(i).finishTime()})
		}
	}
	d, err := legalDeadline(t.route, t.sched, t.received, pauses)
	return d, opError("Tracking.Deadline", err)
}

// Outcome returns the dossier's outcome: the date the result was returned
// ([Tracking.Finished]) against the legal deadline's date, by
// [sla.OutcomeOf]; [sla.OutcomeUnknown] while it is not finished.
func (t Tracking) Outcome() (sla.Outcome, error) {
	fin, ok := t.Finished()
	if !ok {
		return sla.OutcomeUnknown, nil
	}
	d, err := t.Deadline()
	if err != nil {
		return sla.OutcomeUnknown, err
	}
	return sla.OutcomeOf(date.NewAt(fin.In(t.sched.Zone())), d.Due(), false), nil
}

// Overdue reports whether the dossier misses its legal deadline
// ([Tracking.Deadline]) as of the instant now: returned on a date after
// the deadline's date, judged as [Tracking.Outcome] judges; or, not yet
// returned, re-planned ([Tracking.Replan] as of now) to be returned after
// the re-plan's deadline ([Plan.Deadline], which also counts the planned
// time of steps that pause the clock).
//
// A step late against its own budget does not make the dossier overdue
// when the route's slack absorbs the delay, and only an overdue dossier
// calls for an apology and a new date: Decree 61/2018/NĐ-CP Art. 19(9)
// (and Decree 63/2024/NĐ-CP Art. 7(3) for the electronic groups) concern
// dossiers past their time limit ("hồ sơ quá hạn giải quyết"). The agency
// that apologises is the one [Tracking.Responsible] names. Errors are
// those of [Tracking.Replan] and [Tracking.Deadline].
func (t Tracking) Overdue(now time.Time) (bool, error) {
	if t.route == nil {
		return false, &OpError{Op: "Tracking.Overdue", Err: ErrInvalid}
	}
	if _, ok := t.Finished(); ok {
		o, err := t.Outcome()
		return o.IsLate(), err
	}
	p, err := t.Replan(now)
	if err != nil {
		return false, err
	}
	d, err := p.Deadline() // extended by the planned pauses too
	if err != nil {
		return false, err
	}
	return p.Due() > d.Due(), nil
}

// Replan returns the plan of the remaining steps as of the instant now:
// finished steps keep their actual start and finish; a started step is due
// when its budget runs out from its actual start, but not before now; a
// step not started starts when its predecessors are (planned to be)
// finished, but not before now. The plan's [Plan.Deadline] is the legal
// deadline extended by the (planned) pauses.
//
// Errors are *[OpError] values wrapping [ErrInvalid] for the zero Tracking, or
// [ErrSchedule].
func (t Tracking) Replan(now time.Time) (Plan, error) {
	if t.route == nil {
		return Plan{}, &OpError{Op: "Tracking.Replan", Err: ErrInvalid}
	}
	o := newOffice(t.sched)
	p, err := t.route.plan(&o, t.received, &t.state, o.at(now))
	return p, opError("Tracking.Replan", err)
}

// Slack returns the office time left at the instant now between the
// re-planned end of the dossier ([Tracking.Replan]) and its legal deadline:
// positive when it can still finish early, negative when it will be late
// by that much. For a finished dossier it is the time between the return
// and the deadline.
func (t Tracking) Slack(now time.Time) (time.Duration, error) {
	p, err := t.Replan(now)
	if err != nil {
		return 0, err
	}
	return p.Slack()
}

// Responsible returns the step, and its agency, responsible for the
// dossier's delay: the first late step (in route order from receipt) on
// the actual critical path — the chain of hand-overs that ends in the
// return step that finished (or is due) last, going back each time through
// the predecessor that finished last. Only finished steps are judged, and
// steps that pause the clock (the applicant's time) are skipped. ok is
// false when no step on that chain is late.
//
// The rule follows the law's per-step accounting: the agency that cannot
// meet its time limit must apologise and set a new date (Decree
// 61/2018/NĐ-CP Art. 19(9); Decree 63/2024/NĐ-CP Art. 7(3) for the
// electronic groups), consulted agencies reply by the deadline they were
// given (Art. 19(5)(b)), and each agency's time is scored separately
// (Circular 01/2018/TT-VPCP Art. 13 index 2, recorded on form 05). A late
// step off the critical path did not delay the dossier; a late step after
// the first one on the path inherited nothing from it, because each step is
// judged from its own actual start — so the first late step on the path is
// the one that made the dossier late. Its own outcome is still reported by
// [Tracking.Step] for every late step.
//
// Responsible judges steps, not the dossier: it names the first late step
// even when the route's slack absorbed the delay and the dossier is on
// time or early. Whether the dossier is late, and so whether that agency
// must apologise, is [Tracking.Overdue].
func (t Tracking) Responsible() (step, agency string, ok bool) {
	if t.route == nil {
		return "", "", false
	}
	r := t.route
	o := newOffice(t.sched)
	// Effective end of each step: its finish, or its due if started.
	end := make([]time.Time, len(r.steps))
	for i := range r.steps {
		switch {
		case t.state.at(i).finished != 0:
			end[i] = t.state.at(i).finishTime()
		case t.state.at(i).started != 0:
			if due, err := o.advance(o.at(t.state.at(i).startTime()), r.steps[i].Budget); err == nil {
				end[i] = o.time(due)
			}
		}
	}
	last := -1
	for i := range r.steps {
		if len(r.succs[i]) == 0 && !end[i].IsZero() && (last < 0 || end[i].After(end[last])) {
			last = i
		}
	}
	if last < 0 {
		// Nothing reached a return step: follow the step that ended last.
		for i := range r.steps {
			if !end[i].IsZero() && (last < 0 || end[i].After(end[last])) {
				last = i
			}
		}
	}
	var chain []int
	for i := last; i >= 0; {
		chain = append(chain, i)
		next := -1
		for _, q := range r.preds[i] {
			if !end[q].IsZero() && (next < 0 || end[q].After(end[next])) {
				next = q
			}
		}
		i = next
	}
	for k := len(chain) - 1; k >= 0; k-- {
		i := chain[k]
		if r.steps[i].PausesClock || t.state.at(i).finished == 0 {
			continue
		}
		st, err := t.status(&o, i)
		if err == nil && st.Outcome.IsLate() {
			return r.steps[i].ID, r.steps[i].Agency, true
		}
	}
	return "", "", false
}
