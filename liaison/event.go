package liaison

import (
	"fmt"
	"time"
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

var eventCodes = [...]string{Started: "started", Finished: "finished"}

// String returns "started", "finished", "unknown" or "%!EventKind(n)".
func (k EventKind) String() string {
	switch {
	case k == EventUnknown:
		return "unknown"
	case k.IsValid():
		return eventCodes[k]
	}
	return fmt.Sprintf("%%!EventKind(%d)", uint8(k))
}

// IsValid reports whether k is Started or Finished.
func (k EventKind) IsValid() bool { return k == Started || k == Finished }

// MarshalText implements [encoding.TextMarshaler] with the codes "started"
// and "finished".
func (k EventKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("liaison: cannot marshal invalid EventKind %s", k)
	}
	return []byte(eventCodes[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly
// the codes of [EventKind.MarshalText]. On error *k is unchanged.
func (k *EventKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "started":
		*k = Started
	case "finished":
		*k = Finished
	default:
		return fmt.Errorf("liaison: EventKind.UnmarshalText(%q): want started or finished", b)
	}
	return nil
}

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
