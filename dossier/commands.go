package dossier

import (
	"fmt"
	"slices"
	"time"

	"github.com/motcua/motcua/procedure"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Submit records an online filing that waits to be received (status
// Registered). Only online dossiers are submitted; paper ones are received
// directly.
func (d Dossier) Submit(now time.Time, actor string) (Dossier, error) {
	if !d.IsValid() {
		return d.apply(Event{Kind: EventSubmitted, At: now, Actor: actor}) // refused: the zero Dossier
	}
	if !d.header.Channel.IsOnline() {
		return d, &CommandError{Command: "Submit", Status: d.status, At: now,
			Err: fmt.Errorf("%w: only online dossiers are submitted before receipt (channel %s)", ErrRule, d.header.Channel)}
	}
	return d.apply(Event{Kind: EventSubmitted, At: now, Actor: actor})
}

// Receive checks the dossier against procedure p — the version in force on
// the day, from procedure.Catalog.Lookup — and, if it is complete, receives
// it: a code from seq for the receiving unit and day, and the appointment
// from p's limit for the dossier's channel (the committed limit when the
// province has shortened it) and p's same-day cut-off, counted over the
// dossier's schedule (form 01). A dossier of a procedure with an
// inter-agency route follows that route unless its header names one, and
// its appointment counts with the route's receipt cut-off when that is
// earlier than the procedure's (Decree 63/2024/NĐ-CP Art. 7(2)): the
// appointment, [Dossier.Due], [Dossier.Outcome], the reports and the
// route's tracking count the same deadline.
//
// applicable are the applicant's answers to the intake conditions: the
// names of the conditional components whose condition applies to this
// applicant (the official reads each component's Condition, e.g.
// "Trường hợp ủy quyền", and asks). Each must name a conditional component
// of p (an *[InputError] wrapping [ErrInvalid] otherwise); the components
// named are then required at receipt like the others, and those not named
// are not asked for (Decree 61/2018/NĐ-CP Art. 17(1)).
//
// An incomplete dossier is not received: the error wraps [ErrIncomplete] and
// the returned Intake lists what to add, once (form 02). Under the 2025
// regime, paper documents must be digitised at receipt (Decree
// 118/2025/NĐ-CP Art. 17(1)(c)); a document reused or taken from the
// applicant's data store ([Filed.Reused], [Filed.FromDataStore]) is
// electronic already. A sequence number taken from seq is not
// given back if the receipt then fails.
func (d Dossier) Receive(now time.Time, actor string, p procedure.Procedure, seq Sequencer, applicable ...string) (Dossier, Intake, error) {
	orig := d
	refuse := func(err error) (Dossier, Intake, error) {
		return d, Intake{}, &CommandError{Command: "Receive", Status: d.status, At: now, Err: ownError(err, ErrInvalid)}
	}
	if !d.IsValid() {
		return refuse(fmt.Errorf("%w: the zero Dossier", ErrInvalid))
	}
	if !p.IsValid() || p.Code() != d.header.Procedure.Code {
		return refuse(fmt.Errorf("%w: procedure %q is not the dossier's %q", ErrInvalid, p.Code(), d.header.Procedure.Code))
	}
	tl, ok := p.Limit(d.header.Channel)
	if !ok || !tl.Effective().IsValid() {
		return refuse(fmt.Errorf("%w: procedure %s states no time limit for channel %s", ErrRule, p.Code(), d.header.Channel))
	}
	if !slices.Contains(accepts[EventReceived], d.status) {
		return refuse(fmt.Errorf("%w: received while %s", ErrTransition, statusName(d.status)))
	}
	// The checks of every event, before a sequence number is taken.
	if err := d.checkEvent(&Event{Kind: EventReceived, At: now, Actor: actor}); err != nil {
		return refuse(err)
	}
	if len(applicable) > MaxItems {
		return refuse(&InputError{Field: "applicable", Value: applicable[0], Err: fmt.Errorf("%w: %d answers, at most %d", ErrTooLarge, len(applicable), MaxItems)})
	}
	for _, a := range applicable {
		if !hasConditional(p, a) {
			return refuse(&InputError{Field: "applicable", Value: a, Err: fmt.Errorf("%w: not a conditional component of procedure %s", ErrInvalid, p.Code())})
		}
	}
	in := Check(p, d.header.Filed, applicable)
	if !in.Complete() {
		return d, in, &CommandError{Command: "Receive", Status: d.status, At: now, Err: ErrIncomplete}
	}
	local := now.In(d.sched.Zone())
	if RegimeOn(date.NewAt(local)).DigitiseAtReceipt && !d.header.Channel.IsOnline() {
		// Documents only shown are not copied (Circular 03/2025/TT-VPCP
		// Art. 5(2)).
		var shown map[string]bool
		for _, f := range d.header.Filed {
			if f.Digitised || f.electronic() {
				continue
			}
			if shown == nil {
				shown = map[string]bool{}
				for _, c := range in.PresentOnly {
					shown[nameKey(c.Name)] = true
				}
			}
			if !shown[nameKey(f.Name)] {
				return refuse(fmt.Errorf("%w: %q was not digitised at receipt (Nghị định 118/2025/NĐ-CP Điều 17(1)(c))", ErrRule, f.Name))
			}
		}
	}
	if seq == nil {
		return refuse(fmt.Errorf("%w: no sequencer", ErrInvalid))
	}
	day := date.NewAt(local)
	n, err := seq.Next(d.header.ReceivingUnit, day)
	if err != nil {
		return refuse(ownError(err, ErrSequencer))
	}
	code, err := NewCode(d.header.ReceivingUnit, day, n)
	if err != nil {
		return refuse(err)
	}
	limit := tl.Effective()
	if d.header.Route == nil && p.Route() != nil {
		// An inter-agency procedure: the dossier follows its route.
		h := d.header.clone()
		h.Route = p.Route()
		d.header = &h
	}
	// The cut-off the deadline and the route's tracking both count with,
	// recorded on the event so that the log says it.
	procCutoff, _ := p.Cutoff()
	cutoff := receiptCutoff(procCutoff, d.header.Route)
	out, err := d.apply(Event{Kind: EventReceived, At: now, Actor: actor, Code: code, Limit: limit, Cutoff: cutoff})
	if err != nil {
		return orig, in, err
	}
	return out, in, nil
}

// Refuse refuses to receive the dossier, with reasons (form 03; Decree
// 61/2018/NĐ-CP Art. 17(1)(b)).
func (d Dossier) Refuse(now time.Time, actor string, reasons []string) (Dossier, error) {
	return d.apply(Event{Kind: EventRefused, At: now, Actor: actor, Items: reasons})
}

// Transfer hands the dossier to the competent agency; a late paper transfer
// is flagged ([Flags.LateTransfer]).
func (d Dossier) Transfer(now time.Time, actor string) (Dossier, error) {
	var agency string
	if d.header != nil {
		agency = d.header.Agency
	}
	return d.apply(Event{Kind: EventTransferred, At: now, Actor: actor, Agency: agency})
}

// RequestSupplement asks the applicant, through the one-stop unit, for what
// appraisal found missing (form 02), listing every item at once. The clock
// pauses until [Dossier.Supplement]. The regime's limits apply to every
// request: by the end of the third working day after the receipt day R
// of the first receipt (R not counted; R is the receipt date, or the next
// working day when received after the cut-off or on a day off), even after
// a restart (Decree 61/2018/NĐ-CP Art. 19(4)); once only under the 2025
// regime (Decree 118/2025/NĐ-CP Art. 11(2)).
func (d Dossier) RequestSupplement(now time.Time, actor string, items []string, reason string) (Dossier, error) {
	return d.apply(Event{Kind: EventSupplementRequested, At: now, Actor: actor, Items: items, Reason: reason})
}

// Supplement records the complete dossier coming back: the limit runs again
// in full under the 2018 rule (Decree 61/2018/NĐ-CP Art. 19(4)), or resumes
// where a regime says so.
func (d Dossier) Supplement(now time.Time, actor string) (Dossier, error) {
	return d.apply(Event{Kind: EventSupplemented, At: now, Actor: actor})
}

// RequestObligation asks the applicant to pay a financial obligation (tax,
// land levy); the clock pauses until it is paid (status 6).
func (d Dossier) RequestObligation(now time.Time, actor string, amount decimal.Decimal) (Dossier, error) {
	return d.apply(Event{Kind: EventObligationRequested, At: now, Actor: actor, Amount: amount})
}

// PayObligation records the payment; the clock resumes.
func (d Dossier) PayObligation(now time.Time, actor string) (Dossier, error) {
	return d.apply(Event{Kind: EventObligationPaid, At: now, Actor: actor})
}

// Apologise records the apology letter with the reason and a new
// appointment (form 04): at the latest one working day before the due date,
// once only (Decree 61/2018/NĐ-CP Art. 19(9)).
func (d Dossier) Apologise(now time.Time, actor string, newDue date.Date, reason string) (Dossier, error) {
	return d.apply(Event{Kind: EventApologised, At: now, Actor: actor, NewDue: newDue, Reason: reason})
}

// Decide records the result: granted, or refused after appraisal with a
// reason (Decree 61/2018/NĐ-CP Art. 19(8)). Its timing against the due date
// gives the outcome.
func (d Dossier) Decide(now time.Time, actor string, granted bool, reason string) (Dossier, error) {
	if !granted && reason == "" {
		return d, &CommandError{Command: "Decide", Dossier: string(d.code), Status: d.status, At: now,
			Err: fmt.Errorf("%w: a refusal after appraisal states its reasons", ErrInvalid)}
	}
	return d.apply(Event{Kind: EventProcessed, At: now, Actor: actor, Granted: granted, Reason: reason})
}

// StartStep records that agency took up step of the dossier's inter-agency
// route.
func (d Dossier) StartStep(now time.Time, actor, step, agency string) (Dossier, error) {
	return d.apply(Event{Kind: EventStepStarted, At: now, Actor: actor, Step: step, Agency: agency})
}

// FinishStep records that agency finished step of the dossier's
// inter-agency route and handed the dossier on.
func (d Dossier) FinishStep(now time.Time, actor, step, agency string) (Dossier, error) {
	return d.apply(Event{Kind: EventStepFinished, At: now, Actor: actor, Step: step, Agency: agency})
}

// Return records the return of the result to the applicant; returning
// early is allowed (Decree 61/2018/NĐ-CP Art. 20(4)).
func (d Dossier) Return(now time.Time, actor string) (Dossier, error) {
	return d.apply(Event{Kind: EventReturned, At: now, Actor: actor})
}

// RequestWithdrawal records the applicant's request to withdraw or stop the
// dossier, possible only while no result exists (Decree 118/2025/NĐ-CP
// Art. 21; Circular 03/2025/TT-VPCP Art. 7).
func (d Dossier) RequestWithdrawal(now time.Time, actor string, reason string) (Dossier, error) {
	return d.apply(Event{Kind: EventWithdrawalRequested, At: now, Actor: actor, Reason: reason})
}

// Stop stops processing: after a withdrawal request (with the stop notice
// under the 2025 regime), or when the applicant never brings a requested
// supplement.
func (d Dossier) Stop(now time.Time, actor string, reason string) (Dossier, error) {
	return d.apply(Event{Kind: EventStopped, At: now, Actor: actor, Reason: reason})
}

// hasConditional reports whether name is, folded, the name of a
// conditional component of p.
func hasConditional(p procedure.Procedure, name string) bool {
	key := nameKey(name)
	for c := range p.AllComponents() {
		if c.Requirement == procedure.Conditional && nameKey(c.Name) == key {
			return true
		}
	}
	return false
}
