package sla

import (
	"fmt"
	"slices"
	"time"

	"github.com/motcua/motcua/internal/persist"
	"github.com/rickb777/date/v2"
)

// Pause is an interval during which a dossier's time limit does not run:
// waiting for the applicant to supplement the dossier or to pay a financial
// obligation. To is zero while the pause is open.
type Pause struct {
	From, To time.Time
}

// Timeline is the processing clock of one dossier: it starts at receipt,
// may pause and resume, restart in full, and be re-appointed once. Each
// operation returns a new Timeline and leaves the receiver as it was; a
// refused operation returns an error and the receiver stays usable. An
// instant before the last event is refused ([ErrOutOfOrder]), and so is one
// after the calendar's last day (an error wrapping holiday.ErrOutOfSpan).
//
// A Timeline is a value; it is safe for concurrent use as long as no one
// writes the variable holding it. It is not comparable with == (it holds a
// slice): compare with [Timeline.Equal]. The zero Timeline is invalid —
// start one with [Schedule.Start].
type Timeline struct {
	_      [0]func()
	start  *timelineStart // shared and never changed: the operations copy a Timeline, so it is kept small
	due    date.Date      // the counted due date: start's, moved by the closed pauses
	at     stamp          // for limits in hours, the due instant once a pause moved it; else zero
	pauses []pauseSpan    // closed pauses since the (last) start; the backing array may be shared
	owner  *persist.Owner // owner of that backing array (package persist)
	open   stamp          // start of the open pause; zero while running
	last   stamp          // the last event's instant
	newDue date.Date      // re-appointed date; zero if none
}

// timelineStart is what a [Timeline] knows from its (last) start.
type timelineStart struct {
	deadline Deadline // counted from the start, before any pause
	sched    *Schedule
	restarts int
	first    time.Time // the first receipt, before any restart
	history  []Restart // the restarts, in order; never changed once made
}

// Restart is one restart of a [Timeline]'s clock: the complete dossier was
// received after a supplement request at the instant At, and the limit ran
// again in full from it (Decree 61/2018/NĐ-CP Art. 19(4)). Pauses are the
// pauses of the run it ended, the last one closed by the restart.
type Restart struct {
	Pauses []Pause
	At     time.Time
}

// Start starts the clock of a dossier received at the instant received,
// with limit l; see [Schedule.Deadline].
func (s *Schedule) Start(received time.Time, l Limit) (Timeline, error) {
	d, err := s.Deadline(received, l)
	if err != nil {
		return Timeline{}, err
	}
	return Timeline{start: &timelineStart{deadline: d, sched: s, first: d.received}, due: d.due, last: stampOf(d.received)}, nil
}

// Equal reports whether t and u are the same clock: started (or last
// restarted) from the same deadline over the same schedule, as often
// restarted, with the same pauses, the same open pause, the same last event
// and the same re-appointment. Two zero Timelines are equal.
func (t Timeline) Equal(u Timeline) bool {
	switch {
	case t.start == nil || u.start == nil:
		return t.start == u.start
	case t.start != u.start && (t.start.sched != u.start.sched || t.start.restarts != u.start.restarts ||
		!t.start.deadline.Equal(u.start.deadline)):
		return false
	}
	return t.due == u.due && t.at == u.at && t.open == u.open && t.last == u.last &&
		t.newDue == u.newDue && slices.Equal(t.pauses, u.pauses)
}

// IsValid reports whether t was started with [Schedule.Start].
func (t Timeline) IsValid() bool { return t.start != nil }

// Deadline returns the counted deadline: the limit from the last start,
// extended by the closed pauses.
func (t Timeline) Deadline() Deadline {
	if t.start == nil {
		return Deadline{}
	}
	d := t.start.deadline
	switch {
	case !t.at.isZero():
		d.due, d.at = t.due, t.at.in(t.start.sched.zone)
	case t.due != d.due:
		d.due, d.closes, d.zone = t.due, t.start.sched.closeClock(t.due), t.start.sched.zone
	}
	return d
}

// Due returns the date the result is now due: the re-appointed date if there
// is one, otherwise the counted due date.
func (t Timeline) Due() date.Date {
	if t.newDue != 0 {
		return t.newDue
	}
	return t.due
}

// OriginalDue returns the counted due date, ignoring any re-appointment: the
// date statistics judge the dossier by.
func (t Timeline) OriginalDue() date.Date { return t.due }

// Reappointed reports whether the due date was moved by an apology letter,
// and the new date.
func (t Timeline) Reappointed() (date.Date, bool) { return t.newDue, t.newDue != 0 }

// IsPaused reports whether the clock is paused.
func (t Timeline) IsPaused() bool { return !t.open.isZero() }

// Pauses returns the pauses since the last start, in order, the last one
// open (To zero) while the clock is paused; the caller may keep the slice.
func (t Timeline) Pauses() []Pause {
	if len(t.pauses) == 0 && t.open.isZero() {
		return nil
	}
	zone := t.start.sched.zone
	out := make([]Pause, 0, len(t.pauses)+1)
	for _, p := range t.pauses {
		out = append(out, Pause{From: p.from.in(zone), To: p.to.in(zone)})
	}
	if !t.open.isZero() {
		out = append(out, Pause{From: t.open.in(zone)})
	}
	return out
}

// FirstReceived returns the instant of the first receipt, before any
// restart, in the schedule's zone.
func (t Timeline) FirstReceived() time.Time {
	if t.start == nil {
		return time.Time{}
	}
	return t.start.first
}

// History returns the restarts of the clock, in order, each with the pauses
// of the run it ended; the caller may keep the slice.
func (t Timeline) History() []Restart {
	if t.start == nil || len(t.start.history) == 0 {
		return nil
	}
	out := make([]Restart, len(t.start.history))
	for i, r := range t.start.history {
		out[i] = Restart{Pauses: slices.Clone(r.Pauses), At: r.At}
	}
	return out
}

// Restarts returns how many times the clock was restarted.
func (t Timeline) Restarts() int {
	if t.start == nil {
		return 0
	}
	return t.start.restarts
}

func (t *Timeline) check(op string, at time.Time) error {
	if t.start == nil { // !t.IsValid(), without copying *t
		return &TimelineError{Op: op, At: at, Err: ErrInvalidTimeline}
	}
	if s := t.start.sched; at.Unix() >= s.endUnix { // the end is a whole second
		_, last := s.cal.Span()
		return &TimelineError{Op: op, At: at, Err: fmt.Errorf("%w: after the calendar's last day %s", ErrOutOfSpan, last)}
	}
	if stampOf(at) < t.last {
		last := t.last.in(t.start.sched.zone)
		return &TimelineError{Op: op, At: at, Err: fmt.Errorf("%w (%s)", ErrOutOfOrder, last.Format("2006-01-02 15:04"))}
	}
	return nil
}

// Pause stops the clock at the instant at, e.g. when the agency asks the
// applicant for a supplement under the 2025 regime, or for a financial
// obligation.
func (t Timeline) Pause(at time.Time) (Timeline, error) {
	if err := t.check("Pause", at); err != nil {
		return t, err
	}
	if !t.open.isZero() {
		return t, &TimelineError{Op: "Pause", At: at, Err: ErrPaused}
	}
	t.open = stampOf(at)
	t.last = t.open
	return t, nil
}

// Resume restarts a paused clock at the instant at. For limits in days and
// months the due date moves by the working days in [pause day, resume day);
// for limits in working hours (and fractional working days) the due instant
// moves by the office hours between the two instants.
func (t Timeline) Resume(at time.Time) (Timeline, error) {
	if err := t.check("Resume", at); err != nil {
		return t, err
	}
	if t.open.isZero() {
		return t, &TimelineError{Op: "Resume", At: at, Err: ErrNotPaused}
	}
	s := t.start.sched
	at = at.In(s.zone)
	due, dueAt, newDue := t.due, t.at, t.newDue
	// Working days paused: the due date's shift for limits in days, and the
	// re-appointed date's for every limit.
	k, err := s.workingDaysFromTo(s.dayOfStamp(t.open), s.dayOf(at))
	if err == nil && t.start.deadline.limit.countsHours() {
		var gap time.Duration
		if gap, err = s.workBetween(s.MomentOf(t.open.in(s.zone)), s.MomentOf(at)); err == nil && gap > 0 {
			var moved Moment
			if moved, err = s.addWork(s.MomentOf(t.Deadline().At()), gap); err == nil {
				due, dueAt = moved.Day, stampOf(s.TimeOf(moved))
			}
		}
	} else if err == nil && k > 0 {
		due, err = s.cal.AddWorkingDays(due, k)
	}
	if err == nil && newDue != 0 && k > 0 {
		newDue, err = s.cal.AddWorkingDays(newDue, k)
	}
	if err != nil {
		return t, &TimelineError{Op: "Resume", At: at, Err: below(err)}
	}
	t.pauses, t.owner = persist.Append(t.pauses, t.owner, pauseSpan{from: t.open, to: stampOf(at)})
	t.due, t.at, t.newDue = due, dueAt, newDue
	t.open, t.last = 0, stampOf(at)
	return t, nil
}

// Restart runs the limit again in full from the instant at, when the
// complete dossier is received after a supplement request during appraisal:
// "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ" (Decree
// 61/2018/NĐ-CP Art. 19(4), the 2018 regime). An open pause is closed. A
// re-appointment made before the restart no longer applies: the new
// deadline replaces it.
func (t Timeline) Restart(at time.Time) (Timeline, error) {
	if err := t.check("Restart", at); err != nil {
		return t, err
	}
	var d Deadline
	if err := t.start.sched.deadline(&d, at, t.start.deadline.limit); err != nil {
		return t, &TimelineError{Op: "Restart", At: at, Err: err}
	}
	pauses := t.Pauses()
	if n := len(pauses); n > 0 && pauses[n-1].To.IsZero() {
		pauses[n-1].To = d.received // the restart closes the open pause
	}
	prev := t.start
	history := append(slices.Clip(prev.history), Restart{Pauses: pauses, At: d.received})
	t = Timeline{start: &timelineStart{deadline: d, sched: prev.sched, restarts: prev.restarts + 1, first: prev.first, history: history},
		due: d.due, last: stampOf(d.received)}
	return t, nil
}

// Reappoint records the apology letter and new appointment (Circular
// 01/2018/TT-VPCP form 04) made at the instant at, moving the due date to
// newDue. The law requires it at the latest one day before the due date and
// allows it once (Decree 61/2018/NĐ-CP Art. 19(9); the same rule is applied
// under Decree 118/2025/NĐ-CP): at least one working day must remain in
// [the day of at, the due date) — an apology on the weekend before a Monday
// due date is too late — and newDue must be a working day
// after the due date. The original due date is kept for statistics
// ([Timeline.OriginalDue]).
func (t Timeline) Reappoint(at time.Time, newDue date.Date) (Timeline, error) {
	if err := t.check("Reappoint", at); err != nil {
		return t, err
	}
	if t.newDue != 0 {
		return t, &TimelineError{Op: "Reappoint", At: at, Err: ErrAlreadyReappointed}
	}
	s := t.start.sched
	at = at.In(s.zone)
	left, err := s.workingDaysFromTo(s.dayOf(at), t.due)
	if err != nil {
		return t, &TimelineError{Op: "Reappoint", At: at, Err: below(err)}
	}
	if left < 1 {
		return t, &TimelineError{Op: "Reappoint", At: at,
			Err: fmt.Errorf("%w (due %s)", ErrApologyTooLate, t.due)}
	}
	if newDue <= t.due || !s.cal.IsWorkingDay(newDue) {
		return t, &TimelineError{Op: "Reappoint", At: at,
			Err: fmt.Errorf("%w: %s (due %s)", ErrBadReappointment, newDue, t.due)}
	}
	t.newDue = newDue
	t.last = stampOf(at)
	return t, nil
}

// Remaining returns the working days left at the instant now until the due
// date: positive before it, 0 on it, negative (working days overdue) after
// it. While the clock is paused, it is counted from the pause.
func (t Timeline) Remaining(now time.Time) (int, error) {
	if t.start == nil {
		return 0, &TimelineError{Op: "Remaining", At: now, Err: ErrInvalidTimeline}
	}
	if !t.open.isZero() {
		now = t.open.in(t.start.sched.zone)
	}
	n, err := t.start.sched.cal.WorkingDaysBetween(t.start.sched.dayOf(now), t.Due())
	if err != nil {
		return 0, &TimelineError{Op: "Remaining", At: now, Err: below(err)}
	}
	return n, nil
}

// DueSoon reports whether the clock is running and at most threshold working
// days remain, without being overdue: the dossiers an official must act on,
// or apologise for, now.
func (t Timeline) DueSoon(now time.Time, threshold int) bool {
	if !t.open.isZero() {
		return false
	}
	left, err := t.Remaining(now)
	return err == nil && left >= 0 && left <= threshold
}

// Outcome judges a result finished at the instant finished against the
// original due date, as the statistics do. A re-appointment (form 04,
// Decree 61/2018/NĐ-CP Art. 19(9)) makes a late result [LateApologised]
// when it is returned by the re-appointed date; a result after that date
// is plain [Late], the apology's own promise broken too. The decree does
// not say how to grade such a result; this is the reading that keeps
// "late with apology" meaning an apology that was kept.
func (t Timeline) Outcome(finished time.Time) Outcome {
	if t.start == nil {
		return OutcomeUnknown
	}
	day := t.start.sched.dayOf(finished)
	return OutcomeOf(day, t.due, t.newDue != 0 && day <= t.newDue)
}

// countsHours reports whether the limit is counted through office hours.
func (l Limit) countsHours() bool {
	return l.unit == UnitWorkingHours || (l.unit == UnitWorkingDays && !l.IsWhole())
}

// workingDaysFromTo counts the working days d with from ≤ d < to.
func (s *Schedule) workingDaysFromTo(from, to date.Date) (int, error) {
	if to <= from {
		return 0, nil
	}
	n, err := s.cal.WorkingDaysBetween(to, from)
	return -n, err
}
