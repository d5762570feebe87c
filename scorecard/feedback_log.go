package scorecard

import (
	"slices"
	"strconv"
	"time"

	"github.com/motcua/motcua/internal/enum"
	"github.com/motcua/motcua/sla"
)

// FeedbackEventKind says what happened to a feedback. Its zero value is
// not valid; wire codes are stable.
type FeedbackEventKind uint8

const (
	// FeedbackEventUnknown is the zero kind; it is not valid.
	FeedbackEventUnknown FeedbackEventKind = iota
	// FeedbackEventReceived: [ReceiveFeedback].
	FeedbackEventReceived
	// FeedbackEventInfoRequested: [Feedback.RequestInfo].
	FeedbackEventInfoRequested
	// FeedbackEventInfoReceived: [Feedback.ReceiveInfo].
	FeedbackEventInfoReceived
	// FeedbackEventRefused: [Feedback.Refuse].
	FeedbackEventRefused
	// FeedbackEventHandled: [Feedback.Handle].
	FeedbackEventHandled
	// FeedbackEventPublished: [Feedback.Publish].
	FeedbackEventPublished
	// FeedbackEventEvaluated: [Feedback.Evaluate].
	FeedbackEventEvaluated

	feedbackEventKinds = iota
)

var feedbackEventTable = enum.Table[FeedbackEventKind]{
	Type:  "FeedbackEventKind",
	Names: []string{"", "received", "information requested", "information received", "refused", "handled", "published", "evaluated"},
	Codes: []string{"", "received", "info_requested", "info_received", "refused", "handled", "published", "evaluated"},
	Fail:  enumError,
}

// IsValid reports whether k is a defined kind.
func (k FeedbackEventKind) IsValid() bool { return feedbackEventTable.IsValid(k) }

// String returns the English name, e.g. "information received", or
// "%!FeedbackEventKind(n)"; MarshalText gives the wire code.
func (k FeedbackEventKind) String() string { return feedbackEventTable.String(k) }

// MarshalText returns the wire code; an invalid kind is an *[InputError]
// wrapping [ErrInvalid].
func (k FeedbackEventKind) MarshalText() ([]byte, error) { return feedbackEventTable.MarshalText(k) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error k is unchanged and the error is an *[InputError] wrapping
// [ErrInvalid].
func (k *FeedbackEventKind) UnmarshalText(b []byte) error {
	return feedbackEventTable.UnmarshalText(k, b)
}

// FeedbackEvent is one entry of a feedback's log: what happened and when;
// Satisfied only for an evaluation. A vendor stores the log
// ([Feedback.Events]) and rebuilds the feedback with [ReplayFeedback].
type FeedbackEvent struct {
	Kind      FeedbackEventKind `json:"kind"`
	At        time.Time         `json:"at"`
	Satisfied bool              `json:"satisfied,omitempty"`
}

// MaxFeedbackEvents is the longest log a feedback can have: each kind of
// event at most once.
const MaxFeedbackEvents = feedbackEventKinds - 1

// Events returns the feedback's log, oldest first (a new slice).
func (f Feedback) Events() []FeedbackEvent {
	var out []FeedbackEvent
	for k := FeedbackEventReceived; k < feedbackEventKinds; k++ {
		if at := f.at[k]; !at.IsZero() {
			out = append(out, FeedbackEvent{Kind: k, At: at, Satisfied: k == FeedbackEventEvaluated && f.satisfied})
		}
	}
	slices.SortStableFunc(out, func(a, b FeedbackEvent) int { return a.At.Compare(b.At) })
	return out
}

// ReplayFeedback rebuilds feedback id from its log over sched, applying
// each event through its command: the same log gives the same feedback.
// The first event must be the receipt; a log longer than
// [MaxFeedbackEvents], an unknown kind, or an event its command refuses is
// a *[FeedbackError] naming the event's index.
func ReplayFeedback(id string, events []FeedbackEvent, sched *sla.Schedule) (Feedback, error) {
	fail := func(i int, err error) (Feedback, error) {
		return Feedback{}, &FeedbackError{ID: id, Command: "replay event " + strconv.Itoa(i), Err: err}
	}
	if len(events) > MaxFeedbackEvents {
		return fail(len(events)-1, wrapf(ErrTooLarge, "more than MaxFeedbackEvents events"))
	}
	if len(events) == 0 || events[0].Kind != FeedbackEventReceived {
		return fail(0, wrapf(ErrInvalid, "the log must start with the receipt"))
	}
	f, err := ReceiveFeedback(id, events[0].At, sched)
	if err != nil {
		return fail(0, err)
	}
	for i, e := range events[1:] {
		switch e.Kind {
		case FeedbackEventInfoRequested:
			f, err = f.RequestInfo(e.At)
		case FeedbackEventInfoReceived:
			f, err = f.ReceiveInfo(e.At)
		case FeedbackEventRefused:
			f, err = f.Refuse(e.At)
		case FeedbackEventHandled:
			f, err = f.Handle(e.At)
		case FeedbackEventPublished:
			f, err = f.Publish(e.At)
		case FeedbackEventEvaluated:
			f, err = f.Evaluate(e.At, e.Satisfied)
		default:
			err = wrapf(ErrInvalid, "event kind "+e.Kind.String())
		}
		if err != nil {
			return fail(i+1, err)
		}
	}
	return f, nil
}

// Equal reports whether f and g are the same feedback: the same id and
// the same log (instants compared with time.Time.Equal), so the same
// status and due dates over equal schedules. Feedback values are
// comparable with ==, which also compares the schedule pointers and the
// instants' zones.
func (f Feedback) Equal(g Feedback) bool {
	if f.id != g.id || f.status != g.status || f.handleDue != g.handleDue || f.publishDue != g.publishDue {
		return false
	}
	a, b := f.Events(), g.Events()
	return slices.EqualFunc(a, b, func(x, y FeedbackEvent) bool {
		return x.Kind == y.Kind && x.At.Equal(y.At) && x.Satisfied == y.Satisfied
	})
}
