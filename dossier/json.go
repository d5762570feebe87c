package dossier

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/motcua/motcua/internal/clip"
	"io"
	"slices"

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

// Unmarshal reads a dossier written by MarshalJSON and replays its events
// over sched, checking each as the commands do: strict JSON (unknown fields
// and trailing data are errors) and a log that the rules allow. The result
// marshals to the same bytes.
func Unmarshal(data []byte, sched *sla.Schedule) (Dossier, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w wire
	if err := dec.Decode(&w); err != nil {
		if ie := (*InputError)(nil); errors.As(err, &ie) {
			return Dossier{}, ie // a wire code of the package's own: already typed, named once
		}
		return Dossier{}, &InputError{Field: "json", Value: clip.String(string(data), 80), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Dossier{}, &InputError{Field: "json", Value: clip.String(string(data), 80), Err: fmt.Errorf("%w: data after the dossier", ErrSyntax)}
	}
	return Replay(w.Header, w.Events, sched)
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
