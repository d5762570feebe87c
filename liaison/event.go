package liaison

import (
	"time"

	"github.com/motcua/motcua/internal/enum"
)

// EventKind is what a tracking [Event] reports: a step started (the agency
// received the hand-over) or finished (it handed its result on).
//
// EventKind is a small comparable value; its zero value [EventUnknown] is
// invalid. Wire codes are stable.
type EventKind uint8

const (
	// EventUnknown is the zero EventKind. It is invalid.
	EventUnknown EventKind = iota
	// Started: the agency took the dossier up (received the hand-over).
	Started
	// Finished: the agency finished its step and handed the dossier on.
	Finished
)

var eventKinds = enum.Table[EventKind]{
	Type:  "EventKind",
	Names: []string{EventUnknown: "unknown", Started: "started", Finished: "finished"},
	Codes: []string{Started: "started", Finished: "finished"},
	Fail:  codeFail,
}

var eventKindVietnamese = []string{EventUnknown: "không xác định", Started: "bắt đầu", Finished: "hoàn thành"}

// String returns the English name of k ("started", "finished", the same as
// the wire codes), "unknown" or "%!EventKind(n)". It is the same as
// [EventKind.English].
func (k EventKind) String() string { return eventKinds.String(k) }

// English returns the English name of k, as [EventKind.String] does.
func (k EventKind) English() string { return eventKinds.String(k) }

// Vietnamese returns "bắt đầu", "hoàn thành" or "không xác định", or the
// String fallback for a value outside the constants.
func (k EventKind) Vietnamese() string { return vietnamese(eventKindVietnamese, eventKinds.String, k) }

// IsValid reports whether k is Started or Finished.
func (k EventKind) IsValid() bool { return eventKinds.IsValid(k) }

// MarshalText implements [encoding.TextMarshaler] with the codes "started"
// and "finished"; an invalid EventKind is a *[CodeError].
func (k EventKind) MarshalText() ([]byte, error) { return eventKinds.MarshalText(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly
// the codes of [EventKind.MarshalText], anything else being a *[CodeError]
// wrapping [ErrCode]. On error *k is unchanged.
func (k *EventKind) UnmarshalText(b []byte) error { return eventKinds.UnmarshalText(k, b) }

// Event is one hand-over on the processing control slip (form 05 of
// Circular 01/2018/TT-VPCP records, for each hand-over, who hands over, who
// receives, and the hour, minute and date): the step, whether it started or
// finished, the instant, and the agency reporting it.
type Event struct {
	Step   string
	Kind   EventKind
	At     time.Time
	Agency string
}
