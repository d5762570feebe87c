package dossier

import (
	"slices"
	"time"

	"github.com/motcua/motcua/internal/enum"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
)

// EventKind says what happened to a dossier. Its zero value is not valid.
type EventKind uint8

const (
	// EventUnknown is the zero kind; it is not valid.
	EventUnknown EventKind = iota
	// EventSubmitted: filed online, not yet received (→ Registered).
	EventSubmitted
	// EventReceived: received with a code and an appointment (→ Received).
	EventReceived
	// EventRefused: refused at intake, form 03 (→ NotReceived).
	EventRefused
	// EventTransferred: handed to the competent agency (→ Processing).
	EventTransferred
	// EventSupplementRequested: the agency asked for a supplement during
	// appraisal, form 02 (→ SupplementRequested).
	EventSupplementRequested
	// EventSupplemented: the complete dossier came back (→ Processing).
	EventSupplemented
	// EventObligationRequested: the applicant must pay a financial obligation
	// (→ FinancialObligation).
	EventObligationRequested
	// EventObligationPaid: the obligation was paid (→ Processing).
	EventObligationPaid
	// EventApologised: apology and new appointment, form 04 (status kept).
	EventApologised
	// EventProcessed: a result exists, granted or refused (→ Processed).
	EventProcessed
	// EventReturned: the result was returned (→ Returned).
	EventReturned
	// EventWithdrawalRequested: the applicant asked to withdraw or stop
	// (→ WithdrawalRequested).
	EventWithdrawalRequested
	// EventStopped: processing stopped, with a stop notice under the 2025
	// regime (→ Stopped).
	EventStopped
	// EventStepStarted: an agency of the inter-agency route took up its
	// step (status kept).
	EventStepStarted
	// EventStepFinished: an agency finished its step and handed the dossier
	// on (status kept); each step is scored on the control slip (form 05).
	EventStepFinished
	// EventFeePaid: fees and charges were paid, how and which (status
	// kept; [Dossier.PayFee]).
	EventFeePaid
)

// lastEventKind is the last defined kind: the tables indexed by kind have
// lastEventKind+1 entries.
const lastEventKind = EventFeePaid

// eventKinds are the wire codes, in constant order.
var eventKinds = enum.Table[EventKind]{
	Type:  "EventKind",
	Names: []string{"", "submitted", "received", "refused", "transferred", "supplement requested", "supplemented", "obligation requested", "obligation paid", "apologised", "processed", "returned", "withdrawal requested", "stopped", "step started", "step finished", "fee paid"},
	Codes: []string{"", "submitted", "received", "refused", "transferred", "supplement_requested", "supplemented", "obligation_requested", "obligation_paid", "apologised", "processed", "returned", "withdrawal_requested", "stopped", "step_started", "step_finished", "fee_paid"},
	Fail:  enumError,
}

// IsValid reports whether k is a defined kind.
func (k EventKind) IsValid() bool { return eventKinds.IsValid(k) }

// String returns the English name, e.g. "supplement requested", or
// "%!EventKind(n)"; [EventKind.MarshalText] gives the wire code.
func (k EventKind) String() string { return eventKinds.String(k) }

// MarshalText returns the wire code; an invalid kind is an *[InputError]
// wrapping [ErrInvalid].
func (k EventKind) MarshalText() ([]byte, error) { return eventKinds.MarshalText(k) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error k is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax].
func (k *EventKind) UnmarshalText(b []byte) error { return eventKinds.UnmarshalText(k, b) }

// Event is one entry of a dossier's append-only log. The log is the source
// of truth: a dossier's state is the fold of its events. Only the fields of
// the event's kind are set.
type Event struct {
	Kind  EventKind `json:"kind"`
	At    time.Time `json:"at"`
	Actor string    `json:"actor"`

	// EventReceived
	Code   Code        `json:"code,omitempty"`
	Limit  sla.Limit   `json:"limit,omitzero"`
	Cutoff clock.Clock `json:"cutoff,omitempty"`
	// EventTransferred, EventStepStarted, EventStepFinished
	Agency string `json:"agency,omitempty"`
	// EventStepStarted, EventStepFinished: the route step's ID
	Step string `json:"step,omitempty"`
	// EventRefused, EventSupplementRequested, EventApologised,
	// EventProcessed (refusal), EventStopped
	Reason string   `json:"reason,omitempty"`
	Items  []string `json:"items,omitempty"`
	// EventApologised
	NewDue date.Date `json:"new_due,omitempty"`
	// EventObligationRequested
	Amount decimal.Decimal `json:"amount,omitzero"`
	// EventProcessed
	Granted bool `json:"granted,omitempty"`
	// EventFeePaid: how the fees were paid (Decree 42/2022/NĐ-CP); beside
	// Granted, so that the two share a word.
	Payment PaymentMethod `json:"payment,omitempty"`
	// EventProcessed: the documents of the result, electronic ones with
	// their codes and links (Decree 45/2020/NĐ-CP Art. 14).
	Results []ResultDocument `json:"results,omitempty"`
	// EventFeePaid: the lines paid (Law on Fees and Charges 97/2015/QH13).
	Fees []FeeLine `json:"fees,omitempty"`
}

// clone returns e with its own copies of Items, Results and Fees (a
// Decimal is immutable and may be shared).
func (e Event) clone() Event {
	if e.Items != nil {
		e.Items = slices.Clone(e.Items)
	}
	if e.Results != nil {
		e.Results = slices.Clone(e.Results)
	}
	if e.Fees != nil {
		e.Fees = slices.Clone(e.Fees)
	}
	return e
}
