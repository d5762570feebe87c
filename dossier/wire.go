package dossier

import (
	"errors"
	"fmt"
	"strings"

	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/internal/strictjson"
	"github.com/motcua/motcua/sla"
	"github.com/shopspring/decimal"
)

// MaxJSONBytes is the largest dossier JSON [Unmarshal] reads: 1 MiB. A real
// dossier's document is a few kilobytes: a header of about 1 KB (up to about
// 10 KB with an inter-agency route of a dozen steps) and events of 100–300
// bytes each, a refusal or supplement request listing its items; a log of
// a thousand events with long reasons stays well under the limit. Larger
// input is refused before it is read, with an *[InputError].
const MaxJSONBytes = 1 << 20

// maxAmountDigits bounds the digits of an amount's text before it is
// converted: an amount is at most 10^15 đồng with 4 decimals (checkAmount),
// so no valid amount has more than 16 integer digits.
const (
	maxAmountIntDigits  = 16
	maxAmountFracDigits = 4
)

// The JSON form of a dossier: the header and the event log, each read with
// the strict policy of internal/strictjson. Amounts are decimal strings of
// ASCII digits ("8000", "12500.5"): no number, sign, exponent or
// separators.
type wireDossier struct {
	Header wireHeader  `json:"header"`
	Events []wireEvent `json:"events"`
}

type wireHeader struct {
	Header
	FeesDue amount `json:"fees_due"` // shadows Header.FeesDue
}

type wireEvent struct {
	Event
	Amount amount    `json:"amount,omitzero"` // shadows Event.Amount
	Fees   []wireFee `json:"fees,omitempty"`  // shadows Event.Fees
}

// wireFee is a fee line with its amount read strictly.
type wireFee struct {
	FeeLine
	Amount amount `json:"amount"` // shadows FeeLine.Amount
}

// amount is an amount of đồng as the wire writes it, read strictly: the
// digits are counted before any conversion, so a million-digit string
// costs one bounded scan and its error quotes a short prefix.
type amount struct{ d decimal.Decimal }

// UnmarshalText reads "DIGITS" or "DIGITS.DIGITS", at most 16 integer and
// 4 decimal digits, in the canonical form the writer uses (no leading
// zeros, no trailing decimal zeros).
func (a *amount) UnmarshalText(b []byte) error {
	s := string(b)
	bad := func(why string) error {
		return &InputError{Field: "amount", Value: clip.String(s, 24), Err: fmt.Errorf("%w: %s", ErrSyntax, why)}
	}
	ip, fp, dot := strings.Cut(s, ".")
	switch {
	case len(ip) > maxAmountIntDigits || len(fp) > maxAmountFracDigits:
		return bad("want at most 16 digits and 4 decimals (0 to 10^15 đồng)")
	case ip == "" || !digitsOnly(ip) || (dot && (fp == "" || !digitsOnly(fp))):
		return bad("want ASCII digits with an optional decimal point, e.g. \"8000\" or \"12500.5\"")
	case len(ip) > 1 && ip[0] == '0' || dot && fp[len(fp)-1] == '0':
		// The writer never puts them ("5", "12.5"): an amount reads back
		// byte for byte as it was written.
		return bad("not in canonical form: no leading zeros and no trailing decimal zeros, e.g. \"5\", \"12.5\"")
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return bad("unreadable")
	}
	a.d = d
	return nil
}

// eventFields lists, for each kind of event, the fields it may carry
// besides kind, at and actor (the Event type's comments).
var eventFields = [lastEventKind + 1]fieldSet{
	EventReceived:            fCode | fLimit | fCutoff,
	EventTransferred:         fAgency,
	EventStepStarted:         fStep | fAgency,
	EventStepFinished:        fStep | fAgency,
	EventRefused:             fItems | fReason,
	EventSupplementRequested: fItems | fReason,
	EventApologised:          fNewDue | fReason,
	EventProcessed:           fGranted | fReason | fResults,
	EventFeePaid:             fPayment | fFees,
	EventWithdrawalRequested: fReason,
	EventStopped:             fReason,
	EventObligationRequested: fAmount,
}

type fieldSet uint16

const (
	fCode fieldSet = 1 << iota
	fLimit
	fCutoff
	fAgency
	fStep
	fReason
	fItems
	fNewDue
	fAmount
	fGranted
	fResults
	fPayment
	fFees
)

var fieldNames = []string{"code", "limit", "cutoff", "agency", "step", "reason", "items", "new_due", "amount", "granted", "results", "payment", "fees"}

// carried returns the fields e sets.
func carried(e *Event) fieldSet {
	var s fieldSet
	set := func(f fieldSet, on bool) {
		if on {
			s |= f
		}
	}
	set(fCode, e.Code != "")
	set(fLimit, e.Limit != (sla.Limit{}))
	set(fCutoff, e.Cutoff != 0)
	set(fAgency, e.Agency != "")
	set(fStep, e.Step != "")
	set(fReason, e.Reason != "")
	set(fItems, len(e.Items) > 0)
	set(fNewDue, e.NewDue != 0)
	set(fAmount, !e.Amount.IsZero())
	set(fGranted, e.Granted)
	set(fResults, len(e.Results) > 0)
	set(fPayment, e.Payment != PaymentUnknown)
	set(fFees, len(e.Fees) > 0)
	return s
}

// checkWireEvent refuses an event of the log that carries a value its
// kind does not use (a "returned" event with a code, items, an amount…) or
// has no actor. Such an event was not written by [Dossier.MarshalJSON].
func checkWireEvent(i int, e *Event) error {
	field := fmt.Sprintf("events[%d]", i)
	if strings.TrimSpace(e.Actor) == "" {
		return &InputError{Field: field + ".actor", Value: e.Actor,
			Err: fmt.Errorf("%w: every event names the official or applicant who acted", ErrInvalid)}
	}
	if !e.Kind.IsValid() {
		return nil // refused by Replay with its kind
	}
	if stray := carried(e) &^ eventFields[e.Kind]; stray != 0 {
		for b, name := range fieldNames {
			if stray&(1<<b) != 0 {
				return &InputError{Field: field, Value: e.Kind.String(),
					Err: fmt.Errorf("%w: an event of kind %s does not carry %s", ErrSyntax, e.Kind, name)}
			}
		}
	}
	return nil
}

// decodeWire reads data under the strict policy into a header and a log.
func decodeWire(data []byte) (Header, []Event, error) {
	var w wireDossier
	if err := strictjson.Decode(data, &w, strictjson.Limits{MaxBytes: MaxJSONBytes}); err != nil {
		return Header{}, nil, wireError(err)
	}
	if w.Events == nil {
		return Header{}, nil, &InputError{Field: "json", Value: "events",
			Err: fmt.Errorf("%w: a dossier has an event log (\"events\": [] when empty)", ErrSyntax)}
	}
	h := w.Header.Header
	h.FeesDue = w.Header.FeesDue.d
	events := make([]Event, len(w.Events))
	for i := range w.Events {
		events[i] = w.Events[i].Event
		events[i].Amount = w.Events[i].Amount.d
		if fees := w.Events[i].Fees; fees != nil {
			events[i].Fees = make([]FeeLine, len(fees))
			for j := range fees {
				events[i].Fees[j] = fees[j].FeeLine
				events[i].Fees[j].Amount = fees[j].Amount.d
			}
		}
		if err := checkWireEvent(i, &events[i]); err != nil {
			return Header{}, nil, err
		}
	}
	return h, events, nil
}

// wireError wraps a refusal of the strict policy into the package's typed
// error. An error of a field's own decoder that is already the package's
// (an unknown event kind, a malformed amount) is returned as it is.
func wireError(err error) error {
	var own *InputError
	if errors.As(err, &own) {
		return own
	}
	var je *strictjson.Error
	if !errors.As(err, &je) {
		return &InputError{Field: "json", Value: wholeDocument, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	short := *je // the path is the Value: said once
	short.Path = ""
	if je.Problem == strictjson.ProblemTooLarge && je.Path == "" {
		// The whole document is over MaxJSONBytes: too large, and unread.
		return &InputError{Field: "json", Value: wholeDocument, Err: unreadTooLarge{&short}}
	}
	path := je.Path
	if path == "" {
		path = wholeDocument
	}
	return &InputError{Field: "json", Value: path, Err: fmt.Errorf("%w: %w", ErrSyntax, &short)}
}

// wholeDocument is the Value of an error about the document as a whole
// (cut short, too large), which has no path to quote.
const wholeDocument = "(document)"

// unreadTooLarge is the error of a document over MaxJSONBytes: it is both
// too large ([ErrTooLarge]) and unread ([ErrSyntax]), and names the package
// once (the *InputError around it does).
type unreadTooLarge struct{ err error }

func (e unreadTooLarge) Error() string { return "input too large, not read: " + e.err.Error() }

func (e unreadTooLarge) Unwrap() []error { return []error{ErrTooLarge, ErrSyntax, e.err} }
