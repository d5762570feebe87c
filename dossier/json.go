package dossier

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/sla"
)

type wire struct {
	Header Header  `json:"header"`
	Events []Event `json:"events"`
}

// MarshalJSON writes the header and the event log; everything else is
// derived from them. The invalid Dossier is an error.
func (d Dossier) MarshalJSON() ([]byte, error) {
	if !d.IsValid() {
		return nil, fmt.Errorf("%w: cannot marshal the zero Dossier", ErrInvalid)
	}
	events := d.fullLog()
	if events == nil {
		events = []Event{}
	}
	return json.Marshal(wire{Header: *d.head(), Events: events})
}

// UnmarshalJSON always fails: a Dossier is the fold of its log over an
// office's [sla.Schedule], which the JSON does not carry, so json.Unmarshal
// cannot build one (before, it silently left an invalid Dossier). Decode
// with [Unmarshal](data, sched); a struct of the vendor's that holds a
// dossier holds it as a json.RawMessage and calls [Unmarshal] on it. The
// error is an *[InputError] wrapping [ErrInvalid]; d is unchanged.
func (d *Dossier) UnmarshalJSON(data []byte) error {
	return &InputError{Field: "json", Value: clip.String(string(data), 24),
		Err: fmt.Errorf("%w: a Dossier cannot be decoded without its office's schedule: use dossier.Unmarshal(data, sched)", ErrInvalid)}
}

// Unmarshal reads a dossier written by MarshalJSON and replays its events
// over sched, checking each as the commands do. The JSON is read with the
// module's one strict decoding policy, the same for every wire format
// (procedure catalogues, routes, calendars): at most [MaxJSONBytes] bytes
// and 16 levels of nesting; keys exactly as written by MarshalJSON (no
// other case, no unknown key, none twice: a second "events" would
// otherwise silently replace the log); valid UTF-8 with no escaped lone
// surrogate; one JSON value and nothing after it; each value of its
// declared JSON type (amounts, instants, dates and limits are strings,
// never numbers); number literals of at most 32 bytes. The dossier format
// adds: amounts are ASCII digits with an optional decimal point, at most 16
// digits and 4 decimals, counted before conversion; an event carries only
// the fields its kind uses (see [Event]) and names its actor; the log is
// present ("events": [] when empty). Then the log must be one the rules
// allow. The result marshals to the same
// bytes. Every error is an *[InputError] (the wire) or the error of
// [Replay] (the log).
func Unmarshal(data []byte, sched *sla.Schedule) (Dossier, error) {
	h, events, err := decodeWire(data)
	if err != nil {
		return Dossier{}, err
	}
	return Replay(h, events, sched)
}

// Replay rebuilds a dossier from its header and event log, checking each
// event as its command does. Replay is deterministic: the same header,
// events and schedule give the same dossier. An event the rules refuse is
// an error naming its index, and the events are left as they were.
//
// Replay takes ownership of events, as bytes.NewBuffer does of its slice:
// the dossier keeps the slice as its log, so that loading a dossier costs
// no second copy of its history. The caller must not change the slice or
// its elements afterwards; pass slices.Clone(events) to keep using them
// ([Dossier.Events] returns a copy, so Replay(d.Header(), d.Events(), s) is
// safe). On success Replay sets each event's instant in the schedule's zone
// (the same instant), as the commands do.
func Replay(h Header, events []Event, sched *sla.Schedule) (Dossier, error) {
	d, err := Open(h, sched)
	if err != nil {
		return Dossier{}, err
	}
	// Clipped: the dossier's next command appends to a copy, never into
	// spare room of the caller's array.
	log := events[:len(events):len(events)]
	for i := range log {
		d.events = log[:i]
		e := log[i] // folded as a copy: a refused log stays as it was
		if err := d.fold(&e, false); err != nil {
			return Dossier{}, &ReplayError{Index: i, Err: err}
		}
	}
	zone := sched.Zone()
	for i := range log {
		log[i].At = log[i].At.In(zone)
	}
	d.events = log
	return d, nil
}

// eventsEqual compares two events field by field, instants by Equal.
func eventsEqual(a, b Event) bool {
	return a.Kind == b.Kind && a.At.Equal(b.At) && a.Actor == b.Actor && a.Code == b.Code &&
		a.Limit == b.Limit && a.Cutoff == b.Cutoff &&
		a.Agency == b.Agency && a.Step == b.Step && a.Reason == b.Reason && slices.Equal(a.Items, b.Items) && a.NewDue == b.NewDue &&
		a.Amount.Equal(b.Amount) && a.Granted == b.Granted
}
