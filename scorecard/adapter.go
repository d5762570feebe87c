package scorecard

// This file is the whole adapter between package dossier and the
// scorecard: everything else reads Records.

import (
	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

// FromDossier summarises dossier d as a [Record], with the vendor's facts
// f, counting supplement waits in working days over cal (the calendar of
// the dossier's schedule). It reads only d's exported API: the header
// (procedure, channel, fees, documents filed and digitised), the receipt,
// the original due date, and the log for the end (the first of processed,
// returned or stopped), the supplement requests and their waits.
//
// An invalid dossier, a nil calendar or days outside its span, and facts
// counting more documents than were filed are *[InputError] values.
func FromDossier(d dossier.Dossier, cal *holiday.Calendar, f Facts) (Record, error) {
	if !d.IsValid() {
		return Record{}, invalid("dossier", "", "an invalid dossier; make one with dossier.Open")
	}
	if cal == nil || !cal.IsValid() {
		return Record{}, invalid("calendar", "nil", "want a valid holiday.Calendar")
	}
	h := d.Header()
	r := Record{
		Procedure: h.Procedure.Code,
		Online:    h.Channel.IsOnline(),
		FeeDue:    h.FeesDue.IsPositive(),
		Filed:     len(h.Filed),
		Facts:     f,
	}
	for _, fd := range h.Filed {
		if fd.Digitised {
			r.Digitised++
		}
	}
	if received := d.Received(); !received.IsZero() {
		r.Received = date.NewAt(received)
		r.Due = d.Timeline().OriginalDue()
		var asked date.Date
		for _, e := range d.Events() {
			day := date.NewAt(e.At)
			switch e.Kind {
			case dossier.EventSupplementRequested:
				r.Supplements++
				asked = day
			case dossier.EventSupplemented:
				if asked != 0 {
					n, err := cal.WorkingDaysBetween(asked, day)
					if err != nil {
						return Record{}, &InputError{Field: "dossier " + string(d.Code()), Value: day.String(), Err: err}
					}
					r.SupplementDays += n
					asked = 0
				}
			case dossier.EventProcessed, dossier.EventReturned, dossier.EventStopped:
				if r.End == 0 {
					r.End = day
				}
			}
		}
		if asked != 0 && r.End == 0 {
			r.Waiting = asked
		}
	}
	if err := r.Validate(); err != nil {
		return Record{}, err
	}
	return r, nil
}
