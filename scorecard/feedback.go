package scorecard

import (
	"time"

	"github.com/motcua/motcua/internal/enum"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// The working-day time limits of feedback handling (phản ánh, kiến nghị),
// counted over the office's [sla.Schedule] as dossier limits are (the day
// of receipt not counted, Civil Code 2015 Art. 147(2)). Source: Decree
// 20/2008/NĐ-CP of 14/02/2008 on receiving and handling feedback and
// petitions of individuals and organisations on administrative regulations,
// as amended by Decree 92/2017/NĐ-CP. The handling limit of 15 working days
// from receipt is confirmed by a provincial procedure record citing Decree
// 20/2008; the other three limits follow the reading of the decree
// and were not checked against its text.
const (
	// FeedbackHandleDays: handle within 15 working days of receipt (or of
	// the complete information after a request for more).
	FeedbackHandleDays = 15
	// FeedbackRefuseDays: refuse a feedback outside the scope within 2
	// working days of receipt.
	FeedbackRefuseDays = 2
	// FeedbackInfoDays: ask for more information within 5 working days of
	// receipt.
	FeedbackInfoDays = 5
	// FeedbackPublishDays: publish the handling result within 2 working days
	// of handling.
	FeedbackPublishDays = 2
)

// FeedbackStatus is where a feedback stands. Its zero value is not valid;
// wire codes are stable.
type FeedbackStatus uint8

const (
	// FeedbackUnknown is the zero status; it is not valid.
	FeedbackUnknown FeedbackStatus = iota
	// FeedbackReceived: received, being handled.
	FeedbackReceived
	// FeedbackInfoRequested: more information was asked of the sender.
	FeedbackInfoRequested
	// FeedbackRefused: refused (outside the scope, or anonymous); final.
	FeedbackRefused
	// FeedbackHandled: handled, the result not yet published.
	FeedbackHandled
	// FeedbackPublished: the result was published; final.
	FeedbackPublished
)

var feedbackStatusTable = enum.Table[FeedbackStatus]{
	Type:  "FeedbackStatus",
	Names: []string{"", "received", "information requested", "refused", "handled", "published"},
	Codes: []string{"", "received", "info_requested", "refused", "handled", "published"},
	Fail:  enumError,
}

// IsValid reports whether s is a defined status.
func (s FeedbackStatus) IsValid() bool { return feedbackStatusTable.IsValid(s) }

// String returns the English name, e.g. "information requested", or
// "%!FeedbackStatus(n)"; [FeedbackStatus.MarshalText] gives the wire code.
func (s FeedbackStatus) String() string { return feedbackStatusTable.String(s) }

// MarshalText returns the wire code; an invalid status is an *[InputError]
// wrapping [ErrInvalid].
func (s FeedbackStatus) MarshalText() ([]byte, error) { return feedbackStatusTable.MarshalText(s) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error s is unchanged.
func (s *FeedbackStatus) UnmarshalText(b []byte) error {
	return feedbackStatusTable.UnmarshalText(s, b)
}

// Feedback is one feedback or petition (phản ánh, kiến nghị) and its small
// lifecycle: received → (more information asked → received again) →
// handled → published, or refused; the sender may then evaluate the
// handling. Each command takes the instant now and returns a new Feedback;
// a refused command returns a *[FeedbackError] and the receiver as it was.
// Deadlines are not enforced by refusing commands: a late step is allowed
// and counted late ([Tally.AddFeedback]).
//
// A Feedback is a value, safe for concurrent reads. The zero Feedback is
// invalid; make one with [ReceiveFeedback].
type Feedback struct {
	id       string
	sched    *sla.Schedule
	status   FeedbackStatus
	received time.Time
	last     time.Time
	// due dates; firstHandleDue is the handling due date counted from the
	// receipt, before any restart on complete information
	refuseDue, infoDue, handleDue, publishDue, firstHandleDue date.Date
	// days the steps were taken (0: not taken)
	infoAsked, refused, handled, published, evaluated date.Date
	satisfied                                         bool
	// at holds the instant of each kind of event (zero: not happened).
	at [feedbackEventKinds]time.Time
}

// ReceiveFeedback records a feedback with identifier id received at the
// instant at, counted over sched. An empty or too long id (over [MaxText]
// bytes), a nil schedule or an instant outside the calendar's span is a
// *[FeedbackError].
func ReceiveFeedback(id string, at time.Time, sched *sla.Schedule) (Feedback, error) {
	fail := func(err error) (Feedback, error) {
		return Feedback{}, &FeedbackError{ID: id, Command: "receive", Err: err}
	}
	switch {
	case id == "":
		return fail(wrapf(ErrInvalid, "an empty id"))
	case len(id) > MaxText:
		return fail(wrapf(ErrTooLarge, "an id over MaxText bytes"))
	case sched == nil:
		return fail(wrapf(ErrInvalid, "a nil schedule"))
	}
	f := Feedback{id: id, sched: sched, status: FeedbackReceived, received: at, last: at}
	f.at[FeedbackEventReceived] = at
	var err error
	if f.refuseDue, err = f.due(at, FeedbackRefuseDays); err != nil {
		return fail(err)
	}
	if f.infoDue, err = f.due(at, FeedbackInfoDays); err != nil {
		return fail(err)
	}
	if f.handleDue, err = f.due(at, FeedbackHandleDays); err != nil {
		return fail(err)
	}
	f.firstHandleDue = f.handleDue
	return f, nil
}

// due returns the day n working days after the receipt day of at.
func (f Feedback) due(at time.Time, n int) (date.Date, error) {
	d, err := f.sched.Deadline(at, sla.WorkingDays(n))
	if err != nil {
		return 0, err
	}
	return d.Due(), nil
}

// step checks that command may run now from one of the statuses.
func (f Feedback) step(command string, now time.Time, from ...FeedbackStatus) error {
	if f.sched == nil {
		return &FeedbackError{ID: f.id, Command: command, Err: wrapf(ErrInvalid, "a zero Feedback; make one with ReceiveFeedback")}
	}
	ok := false
	for _, s := range from {
		ok = ok || f.status == s
	}
	if !ok {
		return &FeedbackError{ID: f.id, Command: command, Err: wrapf(ErrTransition, "not allowed when "+f.status.String())}
	}
	if now.Before(f.last) {
		return &FeedbackError{ID: f.id, Command: command, Err: wrapf(ErrOutOfOrder, now.Format(time.RFC3339)+" before "+f.last.Format(time.RFC3339))}
	}
	if first, last := f.sched.Calendar().Span(); f.day(now) < first || f.day(now) > last {
		return &FeedbackError{ID: f.id, Command: command, Err: wrapf(ErrInvalid, "outside the calendar's span")}
	}
	return nil
}

// day returns the day of t in the schedule's zone.
func (f Feedback) day(t time.Time) date.Date { return date.NewAt(t.In(f.sched.Zone())) }

// RequestInfo asks the sender for more information (at the latest
// [FeedbackInfoDays] working days after receipt to be on time), once: a
// second request is refused with [ErrTransition] (this package's reading,
// as a dossier's supplement is asked once and completely).
func (f Feedback) RequestInfo(now time.Time) (Feedback, error) {
	if err := f.step("request information", now, FeedbackReceived); err != nil {
		return f, err
	}
	if f.infoAsked != 0 {
		return f, &FeedbackError{ID: f.id, Command: "request information", Err: wrapf(ErrTransition, "more information was already asked once")}
	}
	f.status, f.last, f.infoAsked = FeedbackInfoRequested, now, f.day(now)
	f.at[FeedbackEventInfoRequested] = now
	return f, nil
}

// ReceiveInfo records the sender's complete information: the handling limit
// runs again in full from it (the handling limit counts from a complete
// feedback; not confirmed against Decree 20/2008's text).
func (f Feedback) ReceiveInfo(now time.Time) (Feedback, error) {
	if err := f.step("receive information", now, FeedbackInfoRequested); err != nil {
		return f, err
	}
	due, err := f.due(now, FeedbackHandleDays)
	if err != nil {
		return f, &FeedbackError{ID: f.id, Command: "receive information", Err: err}
	}
	f.status, f.last, f.handleDue = FeedbackReceived, now, due
	f.at[FeedbackEventInfoReceived] = now
	return f, nil
}

// Refuse refuses the feedback (on time within [FeedbackRefuseDays] working
// days of receipt).
func (f Feedback) Refuse(now time.Time) (Feedback, error) {
	if err := f.step("refuse", now, FeedbackReceived, FeedbackInfoRequested); err != nil {
		return f, err
	}
	f.status, f.last, f.refused = FeedbackRefused, now, f.day(now)
	f.at[FeedbackEventRefused] = now
	return f, nil
}

// Handle records the handling (on time by [Feedback.HandleDue]); the result
// is then due for publication within [FeedbackPublishDays] working days.
func (f Feedback) Handle(now time.Time) (Feedback, error) {
	if err := f.step("handle", now, FeedbackReceived); err != nil {
		return f, err
	}
	due, err := f.due(now, FeedbackPublishDays)
	if err != nil {
		return f, &FeedbackError{ID: f.id, Command: "handle", Err: err}
	}
	f.status, f.last, f.handled, f.publishDue = FeedbackHandled, now, f.day(now), due
	f.at[FeedbackEventHandled] = now
	return f, nil
}

// Publish records the publication of the handling result.
func (f Feedback) Publish(now time.Time) (Feedback, error) {
	if err := f.step("publish", now, FeedbackHandled); err != nil {
		return f, err
	}
	f.status, f.last, f.published = FeedbackPublished, now, f.day(now)
	f.at[FeedbackEventPublished] = now
	return f, nil
}

// Evaluate records the sender's evaluation of the handling, once, after
// it was handled: satisfied or not.
func (f Feedback) Evaluate(now time.Time, satisfied bool) (Feedback, error) {
	if err := f.step("evaluate", now, FeedbackHandled, FeedbackPublished); err != nil {
		return f, err
	}
	if f.evaluated != 0 {
		return f, &FeedbackError{ID: f.id, Command: "evaluate", Err: wrapf(ErrTransition, "already evaluated")}
	}
	f.last, f.evaluated, f.satisfied = now, f.day(now), satisfied
	f.at[FeedbackEventEvaluated] = now
	return f, nil
}

// ID returns the feedback's identifier.
func (f Feedback) ID() string { return f.id }

// Status returns the current status (FeedbackUnknown for the zero
// Feedback).
func (f Feedback) Status() FeedbackStatus { return f.status }

// IsValid reports whether f was made by [ReceiveFeedback].
func (f Feedback) IsValid() bool { return f.sched != nil }

// Received returns the instant of receipt.
func (f Feedback) Received() time.Time { return f.received }

// HandleDue returns the day the handling is due.
func (f Feedback) HandleDue() date.Date { return f.handleDue }

// RefuseDue returns the last day a refusal is on time.
func (f Feedback) RefuseDue() date.Date { return f.refuseDue }

// InfoDue returns the last day a request for more information is on time.
func (f Feedback) InfoDue() date.Date { return f.infoDue }

// PublishDue returns the day the publication is due (0 before handling).
func (f Feedback) PublishDue() date.Date { return f.publishDue }

// OnTime reports whether the feedback was handled, or refused, within its
// limit; ok is false while it is neither.
func (f Feedback) OnTime() (onTime, ok bool) {
	switch {
	case f.handled != 0:
		return f.handled <= f.handleDue, true
	case f.refused != 0:
		return f.refused <= f.refuseDue, true
	}
	return false, false
}

// AddFeedback counts feedback f for group 5, judged as of the period's end
// (the start of its To day, in the schedule's zone): what happened from
// then on changes nothing, so a closed period's score stays as it was.
//
//   - A feedback handled or refused in the period counts, on time by its
//     limit ([Feedback.OnTime]).
//   - A feedback received before the period's end and still open at it —
//     neither handled nor refused by then, and not waiting for the
//     sender's information asked before the end — counts late once the
//     handling limit it had at the end is before the period's last day.
//     One due on the last day is not yet late at the end (the deadline
//     runs to the end of that day): the index judges the end day against
//     the due day, as for dossiers ([Tally.Add]). Handling it later counts
//     in the later period.
//   - An evaluation made in the period counts (satisfied or not).
//   - A publication of the handling result made in the period counts, on
//     time within [FeedbackPublishDays] working days of the handling; a
//     handled feedback still unpublished at the end counts late once its
//     publication was due before the last day. These are shown, not
//     scored ([Scorecard.FeedbackPublishDue]).
//
// An invalid feedback is an *[InputError] wrapping [ErrInvalid] and counts
// nothing.
func (t *Tally) AddFeedback(f Feedback) error {
	if !t.ok() {
		return errNoTally("AddFeedback")
	}
	if !f.IsValid() {
		return invalid("feedback", f.id, "a zero Feedback; make one with ReceiveFeedback")
	}
	end := t.period.To
	last := end - 1
	// byEnd reports whether day d (0: never) came before the period's end.
	byEnd := func(d date.Date) bool { return d != 0 && d < end }
	var c counts
	switch {
	case byEnd(f.handled) || byEnd(f.refused):
		if onTime, _ := f.OnTime(); t.contains(max(f.handled, f.refused)) {
			c.FeedbackDue = 1
			c.FeedbackOnTime = b2i(onTime)
		}
	case byEnd(f.day(f.received)):
		infoBack := f.day(f.at[FeedbackEventInfoReceived])
		if f.at[FeedbackEventInfoReceived].IsZero() {
			infoBack = 0
		}
		waiting := byEnd(f.infoAsked) && !byEnd(infoBack)
		due := f.firstHandleDue
		if byEnd(infoBack) {
			due = f.handleDue
		}
		if !waiting && due < last {
			c.FeedbackDue = 1
		}
	}
	if t.contains(f.evaluated) {
		c.FeedbackEvaluated = 1
		c.FeedbackSatisfied = b2i(f.satisfied)
	}
	switch {
	case t.contains(f.published):
		c.FeedbackPublishDue = 1
		c.FeedbackPublishedOnTime = b2i(f.published <= f.publishDue)
	case byEnd(f.handled) && !byEnd(f.published) && f.publishDue < last:
		c.FeedbackPublishDue = 1
	}
	t.c.add(&c)
	return nil
}
