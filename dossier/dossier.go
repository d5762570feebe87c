package dossier

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/internal/persist"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
)

// Flags record facts about a dossier that the statistics and the national
// index care about but that are not statuses.
type Flags struct {
	// LateTransfer: a paper dossier reached the competent agency after the
	// same working day (received before the transfer cut-off) or after the
	// next working day (received from it on) — Decree 61/2018/NĐ-CP Art. 18(2).
	LateTransfer bool `json:"late_transfer,omitempty"`
	// RepeatedSupplement: more than one supplement request, which the
	// national index counts as late (the index of Decision 766/QĐ-TTg, as
	// the national portal's reporting specification computes it).
	RepeatedSupplement bool `json:"repeated_supplement,omitempty"`
}

// Dossier is one administrative dossier (hồ sơ): its header — procedure,
// applicant, channel, units — and the append-only log of what happened to
// it. Everything else (status, code, deadline, outcome) is the fold of the
// log over the office's [sla.Schedule]; replaying the same log gives the same
// dossier.
//
// A Dossier is a value: each command returns a new Dossier and leaves the
// receiver unchanged; a refused command returns a *[CommandError] and the
// receiver as it was. Commands take the instant now and an actor; nothing
// reads the clock. A Dossier is safe for concurrent reads; it is not
// comparable (use [Dossier.Equal]). The zero Dossier is invalid: make one
// with [Open] or [Unmarshal].
type Dossier struct {
	_      [0]func()
	header *Header // immutable after Open, shared by derived dossiers
	sched  *sla.Schedule
	// The log is events followed by tail: events is the log Replay was
	// given, never appended into; tail holds the events the commands
	// appended since, in a backing array that derived dossiers may share
	// (owned through log, package persist). A command on a long loaded log
	// thus appends to the tail without copying the log.
	events []Event
	tail   []Event
	log    *persist.Owner

	// Derived by the fold.
	status      Status
	code        Code
	regime      *Regime // nil before submission or receipt
	timeline    sla.Timeline
	tracking    liaison.Tracking // for a dossier with an inter-agency route
	supplements int
	flags       Flags
	receivedAt  time.Time // the receipt instant (EventReceived), kept across restarts
	receiptDay  date.Date // its receipt day R, from which the supplement window counts
	finished    time.Time // when the result was made (Processed)
	granted     bool
	stoppedAt   time.Time // when processing stopped
	refusedAt   time.Time // when the dossier was refused at intake
}

// Open starts a dossier for the header, counted over sched, before it is
// submitted or received. The header is validated.
func Open(h Header, sched *sla.Schedule) (Dossier, error) {
	if sched == nil {
		return Dossier{}, &InputError{Field: "schedule", Value: "<nil>", Err: ErrInvalid}
	}
	if err := h.Validate(); err != nil {
		return Dossier{}, err
	}
	hc := h.clone()
	return Dossier{header: &hc, sched: sched}, nil
}

var noHeader Header

// head returns the header, or an empty one for the zero Dossier.
func (d Dossier) head() *Header {
	if d.header == nil {
		return &noHeader
	}
	return d.header
}

// IsValid reports whether d was made by Open or Unmarshal.
func (d Dossier) IsValid() bool { return d.sched != nil }

// Header returns the dossier's header (a copy).
func (d Dossier) Header() Header {
	if d.header == nil {
		return Header{}
	}
	return d.header.clone()
}

// Events returns the log, oldest first; a deep copy the caller may change.
func (d Dossier) Events() []Event {
	out := make([]Event, 0, d.numEvents())
	for _, e := range d.events {
		out = append(out, e.clone())
	}
	for _, e := range d.tail {
		out = append(out, e.clone())
	}
	return out
}

// NumEvents returns the number of events in the log: the dossier's version,
// as len(d.Events()) without copying the log.
func (d Dossier) NumEvents() int { return d.numEvents() }

// AllEvents returns an iterator over the log's events in order, without
// copying the log as [Dossier.Events] does (STYLE: copies or iterators).
// Each event is yielded as a value, but the slices it holds (items, fee
// lines, result documents) are the dossier's own: read them, never modify
// them.
func (d Dossier) AllEvents() iter.Seq2[int, Event] {
	return func(yield func(int, Event) bool) {
		i := 0
		for _, part := range [2][]Event{d.events, d.tail} {
			for _, e := range part {
				if !yield(i, e) {
					return
				}
				i++
			}
		}
	}
}

// numEvents returns the length of the log.
func (d *Dossier) numEvents() int { return len(d.events) + len(d.tail) }

// event returns the log's i-th event, without copying its Items.
func (d *Dossier) event(i int) *Event {
	if i < len(d.events) {
		return &d.events[i]
	}
	return &d.tail[i-len(d.events)]
}

// log returns the whole log, sharing the dossier's arrays when it is in
// one piece, for marshalling.
func (d Dossier) fullLog() []Event {
	if len(d.tail) == 0 {
		return d.events
	}
	if len(d.events) == 0 {
		return d.tail
	}
	return append(d.events[:len(d.events):len(d.events)], d.tail...)
}

// Received returns the instant the dossier was received (zero before): the
// first receipt, even when a supplement later restarts the clock.
func (d Dossier) Received() time.Time { return d.receivedAt }

// Status returns the current status; StatusUnknown before submission or
// receipt.
func (d Dossier) Status() Status { return d.status }

// Code returns the dossier code, empty before receipt.
func (d Dossier) Code() Code { return d.code }

// Regime returns the rule set governing the dossier (the zero Regime before
// receipt or submission).
func (d Dossier) Regime() Regime {
	if d.regime == nil {
		return Regime{}
	}
	return *d.regime
}

// Timeline returns the processing clock (invalid before receipt).
func (d Dossier) Timeline() sla.Timeline { return d.timeline }

// Due returns the date the result is due now (after any re-appointment),
// or zero before receipt.
func (d Dossier) Due() date.Date {
	if !d.timeline.IsValid() {
		return 0
	}
	return d.timeline.Due()
}

// Tracking returns the inter-agency tracking of a dossier with a route
// (invalid otherwise, or before receipt).
func (d Dossier) Tracking() liaison.Tracking { return d.tracking }

// Responsible returns the route step and agency responsible for a late
// inter-agency dossier: the first late step on the critical path
// (liaison.Tracking.Responsible); ok is false when no step is late or the
// dossier has no route.
func (d Dossier) Responsible() (step, agency string, ok bool) {
	if !d.tracking.IsValid() {
		return "", "", false
	}
	return d.tracking.Responsible()
}

// Flags returns the dossier's flags.
func (d Dossier) Flags() Flags { return d.flags }

// Supplements returns how many supplement requests were made.
func (d Dossier) Supplements() int { return d.supplements }

// Result reports whether a result exists, when it was made, and whether it
// grants the request (false: refused after appraisal).
func (d Dossier) Result() (at time.Time, granted, ok bool) {
	return d.finished, d.granted, !d.finished.IsZero()
}

// Outcome returns early, on time, late or late with apology once a result
// exists, judged against the original due date (sla.Timeline.Outcome), and
// OutcomeUnknown before.
func (d Dossier) Outcome() sla.Outcome {
	if d.finished.IsZero() || !d.timeline.IsValid() {
		return sla.OutcomeUnknown
	}
	return d.timeline.Outcome(d.finished)
}

// Equal reports whether two dossiers have the same header and log.
func (d Dossier) Equal(o Dossier) bool {
	if d.header == nil || o.header == nil {
		return d.header == o.header
	}
	if !d.header.Equal(*o.header) || d.numEvents() != o.numEvents() {
		return false
	}
	for i := range d.numEvents() {
		if !eventsEqual(*d.event(i), *o.event(i)) {
			return false
		}
	}
	return true
}

// apply validates event e against the current state and returns the dossier
// with e appended and folded in; refused, it returns d unchanged. It is the
// only way state changes, used by the commands and by replay alike, so a
// replayed log is checked exactly as the commands check it.
func (d Dossier) apply(e Event) (Dossier, error) {
	out := d
	if err := out.fold(&e, true); err != nil {
		return d, err
	}
	out.tail, out.log = persist.Append(d.tail, d.log, e)
	return out, nil
}

// fold validates *e against d's state and folds it into d, without
// appending it to the log; it sets e's instant in the schedule's zone and,
// when ownItems is set, gives e its own copy of Items (a command's caller
// keeps its slice; Replay owns its events). On error d may be partly
// changed and must be discarded ([Dossier.apply] folds into a copy; [Replay]
// into a dossier it throws away).
func (d *Dossier) fold(e *Event, ownItems bool) error {
	status, code := d.status, d.code
	refuse := func(err error) error {
		return &CommandError{Command: commandOf(e.Kind), Dossier: string(code), Status: status, At: e.At, Err: ownError(err, ErrInvalid)}
	}
	if d.sched == nil { // !d.IsValid(), without copying *d
		return refuse(fmt.Errorf("%w: the zero Dossier", ErrInvalid))
	}
	if !e.Kind.IsValid() {
		return refuse(fmt.Errorf("%w: event kind %s", ErrInvalid, e.Kind))
	}
	if err := d.checkEvent(e); err != nil {
		return refuse(err)
	}
	n := d.numEvents()
	if ownItems {
		*e = e.clone()
	}
	if n > 0 && e.At.Before(d.event(n-1).At) {
		return refuse(fmt.Errorf("%w: %s is before the last event (%s)", ErrRule,
			instantText(e.At), instantText(d.event(n-1).At)))
	}
	if !slices.Contains(accepts[e.Kind], d.status) {
		return refuse(fmt.Errorf("%w: %s while %s", ErrTransition, e.Kind, statusName(d.status)))
	}
	if !e.Amount.IsZero() {
		if err := checkAmount(e.Amount); err != nil {
			return refuse(err)
		}
	}
	if next := target[e.Kind]; next != StatusUnknown {
		d.status = next
	}
	var err error
	switch e.Kind {
	case EventSubmitted:
		if !d.header.Channel.IsOnline() {
			err = fmt.Errorf("%w: only online dossiers are submitted before receipt (channel %s)", ErrRule, d.header.Channel)
		}
		d.regime = regimeOn(date.NewAt(e.At))
	case EventReceived:
		err = d.received(e)
	case EventTransferred:
		err = d.transferred(e)
	case EventSupplementRequested:
		err = d.supplementRequested(e)
	case EventSupplemented:
		if d.regime.SupplementRestarts {
			d.timeline, err = d.timeline.Restart(e.At)
		} else {
			d.timeline, err = d.timeline.Resume(e.At)
		}
	case EventObligationRequested:
		d.timeline, err = d.timeline.Pause(e.At)
	case EventObligationPaid:
		d.timeline, err = d.timeline.Resume(e.At)
	case EventApologised:
		err = d.apologised(e)
	case EventStepStarted, EventStepFinished:
		err = d.step(e)
	case EventProcessed:
		if !e.Granted && e.Reason == "" {
			err = fmt.Errorf("%w: a refusal after appraisal states its reasons", ErrInvalid)
		}
		if err == nil {
			err = checkResults(e)
		}
		d.finished, d.granted = e.At, e.Granted
	case EventFeePaid:
		err = checkFees(e)
	case EventRefused:
		if len(e.Items) == 0 && e.Reason == "" {
			err = fmt.Errorf("%w: a refusal states its reasons (form 03)", ErrInvalid)
		}
		d.refusedAt = e.At
	case EventStopped:
		if status == SupplementRequested && e.Reason == "" {
			err = fmt.Errorf("%w: stopping a dossier waiting for a supplement needs a reason", ErrInvalid)
		}
		d.stoppedAt = e.At
	}
	if err != nil {
		return refuse(err)
	}
	return nil
}

// commands names the command that records each kind of event, for
// [CommandError.Command].
var commands = [lastEventKind + 1]string{
	EventSubmitted: "Submit", EventReceived: "Receive", EventRefused: "Refuse", EventTransferred: "Transfer",
	EventSupplementRequested: "RequestSupplement", EventSupplemented: "Supplement",
	EventObligationRequested: "RequestObligation", EventObligationPaid: "PayObligation",
	EventApologised: "Apologise", EventProcessed: "Decide", EventReturned: "Return",
	EventWithdrawalRequested: "RequestWithdrawal", EventStopped: "Stop",
	EventStepStarted: "StartStep", EventStepFinished: "FinishStep",
	EventFeePaid: "PayFee",
}

// commandOf returns the command recording events of kind k, or k's text
// for an invalid kind.
func commandOf(k EventKind) string {
	if k.IsValid() {
		return commands[k]
	}
	return k.String()
}

// target is the status each kind of event moves to; EventApologised, the
// route steps and the fee payment keep the status.
var target = [lastEventKind + 1]Status{
	EventSubmitted:           Registered,
	EventReceived:            Received,
	EventRefused:             NotReceived,
	EventTransferred:         Processing,
	EventSupplementRequested: SupplementRequested,
	EventSupplemented:        Processing,
	EventObligationRequested: FinancialObligation,
	EventObligationPaid:      Processing,
	EventProcessed:           Processed,
	EventReturned:            Returned,
	EventWithdrawalRequested: WithdrawalRequested,
	EventStopped:             Stopped,
}

// accepts lists, for each kind of event, the statuses it may happen in: the
// typed transition table (Decree 61/2018/NĐ-CP Arts. 17–20; Decree
// 118/2025/NĐ-CP Art. 21 for stopping at the applicant's request, only while
// no result exists). StatusUnknown is a dossier opened but neither
// submitted nor received.
var accepts = [lastEventKind + 1][]Status{
	EventSubmitted:           {StatusUnknown},
	EventReceived:            {StatusUnknown, Registered},
	EventRefused:             {StatusUnknown, Registered},
	EventTransferred:         {Received},
	EventSupplementRequested: {Processing},
	EventSupplemented:        {SupplementRequested},
	EventObligationRequested: {Processing},
	EventObligationPaid:      {FinancialObligation},
	EventApologised:          {Received, Processing},
	EventStepStarted:         {Processing, SupplementRequested, FinancialObligation},
	EventStepFinished:        {Processing, SupplementRequested, FinancialObligation},
	// Fees are paid on filing online, at the desk at receipt, or when the
	// result is collected (Decree 42/2022/NĐ-CP; Law 97/2015/QH13): any
	// time before the result is returned, except on a withdrawn dossier.
	EventFeePaid:             {Registered, Received, Processing, SupplementRequested, FinancialObligation, Processed},
	EventProcessed:           {Processing},
	EventReturned:            {Processed},
	EventWithdrawalRequested: {Registered, Received, Processing, SupplementRequested, FinancialObligation},
	EventStopped:             {WithdrawalRequested, SupplementRequested},
}

// checkEvent applies the checks every event passes whatever its kind: an
// instant inside the calendar's span (set in the schedule's zone), an
// actor, room in the log, texts within the package's limits.
func (d *Dossier) checkEvent(e *Event) error {
	if e.At.IsZero() {
		return fmt.Errorf("%w: an event needs its instant", ErrInvalid)
	}
	if n := d.numEvents(); n >= MaxEvents {
		return fmt.Errorf("%w: the log already holds %d events, the most a dossier may have", ErrTooLarge, MaxEvents)
	}
	if strings.TrimSpace(e.Actor) == "" {
		return fmt.Errorf("%w: an event names its actor, the official or system that acted (Circular 01/2018/TT-VPCP Art. 9, form 05)", ErrInvalid)
	}
	if len(e.Actor) > MaxText {
		return &InputError{Field: "actor", Value: e.Actor, Err: fmt.Errorf("%w: longer than %d bytes", ErrTooLarge, MaxText)}
	}
	e.At = e.At.In(d.sched.Zone())
	if first, last := d.sched.Calendar().Span(); date.NewAt(e.At) < first || date.NewAt(e.At) > last {
		return &InputError{Field: "instant", Value: instantText(e.At),
			Err: fmt.Errorf("%w: outside the calendar's span %s..%s: %w", ErrInvalid, first, last,
				&holiday.SpanError{Op: e.Kind.String(), Date: date.NewAt(e.At), First: first, Last: last})}
	}
	return checkEventTexts(e)
}

// checkEventTexts refuses an event's texts beyond the package's limits.
func checkEventTexts(e *Event) error {
	long := func(field, v string) error {
		return &InputError{Field: field, Value: v, Err: fmt.Errorf("%w: longer than %d bytes", ErrTooLarge, MaxText)}
	}
	switch {
	case len(e.Reason) > MaxText:
		return long("reason", e.Reason)
	case len(e.Step) > MaxText:
		return long("step", e.Step)
	case len(e.Agency) > MaxText:
		return long("agency", e.Agency)
	case len(e.Items) > MaxItems:
		return &InputError{Field: "items", Value: e.Items[0], Err: fmt.Errorf("%w: %d items, at most %d", ErrTooLarge, len(e.Items), MaxItems)}
	}
	for _, it := range e.Items {
		if len(it) > MaxText {
			return long("item", it)
		}
	}
	return nil
}

// instantText writes an instant for an error message; years outside
// 0000–9999 are written too, which RFC 3339 cannot.
func instantText(t time.Time) string { return t.Format("2006-01-02T15:04:05Z07:00") }

func statusName(s Status) string {
	if s == StatusUnknown {
		return "not yet submitted or received"
	}
	return s.String()
}

// maxAmount bounds money amounts (VND): no fee or financial obligation comes
// near a million billion đồng, and unbounded decimals ("1e1000000000") cost
// unbounded time to print.
var maxAmount = decimal.NewFromInt(1_000_000_000_000_000)

// checkAmount refuses negative, absurdly large or absurdly precise amounts,
// looking at the exponent before any arithmetic.
func checkAmount(a decimal.Decimal) error {
	if a.Exponent() > 15 || a.Exponent() < -4 || a.IsNegative() || a.GreaterThan(maxAmount) {
		return &InputError{Field: "amount", Value: clipNumber(a), Err: fmt.Errorf("%w: want 0 to 10^15 đồng, at most 4 decimals", ErrInvalid)}
	}
	return nil
}

// clipNumber writes a possibly huge decimal without expanding it.
func clipNumber(a decimal.Decimal) string {
	if a.Exponent() > 15 || a.Exponent() < -15 {
		return fmt.Sprintf("%se%d", a.Coefficient().String(), a.Exponent())
	}
	return a.String()
}

func (d *Dossier) received(e *Event) error {
	if !e.Limit.IsValid() {
		return fmt.Errorf("%w: receipt needs the procedure's time limit", ErrInvalid)
	}
	unit, day, _, err := ParseCode(string(e.Code))
	if err != nil {
		return err
	}
	if unit != d.header.ReceivingUnit || day != date.NewAt(e.At) {
		return fmt.Errorf("%w: code %s does not match unit %s on %s", ErrInvalid, e.Code, d.header.ReceivingUnit, date.NewAt(e.At))
	}
	sched, err := receiptSchedule(d.sched, e.Cutoff, d.header.Route)
	if err != nil {
		return err
	}
	if d.timeline, err = sched.Start(e.At, e.Limit); err != nil {
		return err
	}
	if d.header.Route != nil {
		if d.tracking, err = d.header.Route.Track(e.At, sched); err != nil {
			return err
		}
	}
	d.code = e.Code
	d.receivedAt = e.At
	d.receiptDay = d.timeline.Deadline().ReceiptDay()
	// The regime is the one in force on the day of receipt, even for an
	// online dossier submitted the evening before the 2025 reform.
	d.regime = regimeOn(date.NewAt(e.At))
	return nil
}

// receiptCutoff is the one place a dossier's receipt cut-off is derived:
// the earlier of the procedure's same-day cut-off (recorded on the receipt
// event) and the cut-off of the dossier's inter-agency route (a Decree
// 63/2024/NĐ-CP group received after 15:00 counts from the next working
// day, Art. 7(2)); zero when neither states one (the close of office
// hours). The appointment (form 01), [Dossier.Due], [Dossier.Outcome],
// the reports and the route's tracking all count from it, so a dossier has
// one legal deadline.
func receiptCutoff(procedureCutoff clock.Clock, route *liaison.Route) clock.Clock {
	if route == nil || route.Cutoff() == 0 {
		return procedureCutoff
	}
	if procedureCutoff == 0 || route.Cutoff() < procedureCutoff {
		return route.Cutoff()
	}
	return procedureCutoff
}

// receiptSchedule returns the office schedule with the dossier's receipt
// cut-off ([receiptCutoff]).
func receiptSchedule(sched *sla.Schedule, procedureCutoff clock.Clock, route *liaison.Route) (*sla.Schedule, error) {
	return sched.WithCutoff(receiptCutoff(procedureCutoff, route))
}

// transferred records the hand-over to the competent agency and flags a
// late transfer of a paper dossier: received before the transfer cut-off,
// it must go the same working day; from the cut-off on, at the start of the
// next working day (Decree 61/2018/NĐ-CP Art. 18(2)). Online dossiers go at
// once (Art. 18(1)); they are flagged when not transferred on the receipt
// day R.
func (d *Dossier) transferred(e *Event) error {
	if e.Agency == "" {
		return fmt.Errorf("%w: a transfer names the competent agency", ErrInvalid)
	}
	cal := d.sched.Calendar()
	counted := d.timeline.Deadline()
	received, latest := counted.Received(), counted.ReceiptDay()
	if !d.header.Channel.IsOnline() {
		day := date.NewAt(received)
		if cal.IsWorkingDay(day) && received.Sub(day.Time(0, received.Location())) < time.Duration(d.regime.TransferCutoff) {
			latest = day
		} else {
			next, err := cal.NextWorkingDay(day)
			if err != nil {
				return err
			}
			latest = next
		}
	}
	if date.NewAt(e.At) > latest {
		d.flags.LateTransfer = true
	}
	return nil
}

// supplementRequested checks the supplement rules of the regime and pauses
// the clock until the supplement comes back.
//
// The window: every request — the first and, under the 2018 regime, any
// later one — must be made by the end of the SupplementNoticeDays-th
// working day after the receipt day R of the dossier's first receipt
// (Decree 61/2018/NĐ-CP Art. 19(4): "không quá 03 ngày làm việc kể từ
// ngày tiếp nhận hồ sơ"). R is the day of the receipt instant when that is
// a working day before the receipt cut-off, else the next working day (the
// counting rule of the appointment, form 01); R itself is not counted
// (Civil Code 2015 Art. 147(2)). A restart after a supplement does not
// open a new window: the clock runs again in full, the window does not, so
// a late second request cannot turn a late dossier into an on-time one.
//
// The count: no more requests than the regime allows (Decree
// 118/2025/NĐ-CP Art. 11(2): one); a second request under 2018 is allowed
// within the window and flagged ([Flags.RepeatedSupplement]).
func (d *Dossier) supplementRequested(e *Event) error {
	if len(e.Items) == 0 {
		return fmt.Errorf("%w: a supplement request lists what to add, once and completely (form 02)", ErrInvalid)
	}
	if max := d.regime.MaxSupplementRequests; max > 0 && d.supplements >= max {
		return fmt.Errorf("%w: the %s regime allows %d supplement request(s) (Nghị định 118/2025/NĐ-CP Điều 11(2))", ErrRule, d.regime.Name, max)
	}
	if n := d.regime.SupplementNoticeDays; n > 0 {
		since, err := d.sched.Calendar().WorkingDaysBetween(d.receiptDay, date.NewAt(e.At))
		if err != nil {
			return err
		}
		if since > n {
			return fmt.Errorf("%w: supplement requested %d working days after the receipt day %s, the limit is %d (%s)", ErrRule, since, d.receiptDay, n, d.regime.SupplementNoticeSource)
		}
	}
	d.supplements++
	if d.supplements > 1 {
		d.flags.RepeatedSupplement = true
	}
	var err error
	d.timeline, err = d.timeline.Pause(e.At)
	return err
}

// step records an inter-agency hand-over on the route's tracking. Steps are
// taken while the dossier is with the agencies.
func (d *Dossier) step(e *Event) error {
	if d.header.Route == nil || !d.tracking.IsValid() {
		return fmt.Errorf("%w: the dossier has no inter-agency route", ErrRule)
	}
	if d.status != Processing && d.status != FinancialObligation && d.status != SupplementRequested {
		return fmt.Errorf("%w: a route step while %s", ErrTransition, d.status)
	}
	kind := liaison.Started
	if e.Kind == EventStepFinished {
		kind = liaison.Finished
	}
	var err error
	d.tracking, err = d.tracking.Apply(liaison.Event{Step: e.Step, Kind: kind, At: e.At, Agency: e.Agency})
	return err
}

func (d *Dossier) apologised(e *Event) error {
	if e.Reason == "" {
		return fmt.Errorf("%w: an apology states the reason (form 04)", ErrInvalid)
	}
	if d.status != Processing && d.status != Received {
		return fmt.Errorf("%w: apology while %s", ErrTransition, d.status)
	}
	if was, ok := d.timeline.Reappointed(); ok {
		return fmt.Errorf("%w: re-appointed to %s already; one re-appointment only (Nghị định 61/2018/NĐ-CP Điều 19(9)): %w", ErrRule, was, sla.ErrAlreadyReappointed)
	}
	// Working days left in [the apology's day, the due date).
	today, due := date.NewAt(e.At), d.timeline.Due()
	left := 0
	if today < due {
		n, err := d.sched.Calendar().WorkingDaysBetween(due, today)
		if err != nil {
			return err
		}
		left = -n
	}
	if left < d.regime.ApologyWorkingDaysBefore {
		return fmt.Errorf("%w: apology %d working day(s) before the due date %s; the rule asks for at least %d (Nghị định 61/2018/NĐ-CP Điều 19(9))",
			ErrRule, left, d.timeline.Due(), d.regime.ApologyWorkingDaysBefore)
	}
	var err error
	d.timeline, err = d.timeline.Reappoint(e.At, e.NewDue)
	return err
}
