package scorecard

// This file is the whole adapter between package dossier and the
// scorecard: everything else reads Records.

import (
	"errors"
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// FromDossier summarises dossier d as a [Record], with the vendor's facts
// f, counting supplement waits in working days over cal (the calendar of
// the dossier's schedule). It reads only d's exported API: the header
// (procedure, channel, fees, documents filed and digitised), the receipt,
// the original due date, and the log for the end (the first of processed,
// returned or stopped), the supplement requests and their waits.
//
// The record is the dossier as it stands now. To judge a period that has
// ended, summarise the dossier as it stood at the period's end with
// [FromDossierAsOf]: a supplement answered, a clock restarted or a dossier
// finished after the end would otherwise change the closed period's score.
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
	return fromDossier(d, cal, f, time.Time{})
}

// fromDossier is FromDossier of the events before limit (all of them when
// limit is zero).
func fromDossier(d dossier.Dossier, cal *holiday.Calendar, f Facts, limit time.Time) (Record, error) {
	h := d.Filing() // no copy of the header
	r := Record{
		Procedure: h.Procedure,
		Online:    h.Channel.IsOnline(),
		FeeDue:    h.FeesDue.IsPositive(),
		Filed:     h.Filed,
		Digitised: h.Digitised,
		Facts:     f,
	}
	if received := d.Received(); !received.IsZero() {
		r.Received = date.NewAt(received)
		r.Due = d.Timeline().OriginalDue()
		var asked date.Date
		for _, e := range d.AllEvents() {
			if !limit.IsZero() && !e.At.Before(limit) {
				if movesDue(e.Kind) {
					return Record{}, errReplay
				}
				continue // after the period: left out
			}
			switch e.Kind {
			case dossier.EventSupplementRequested:
				r.Supplements++
				asked = date.NewAt(e.At)
			case dossier.EventSupplemented:
				if asked != 0 {
					day := date.NewAt(e.At)
					n, err := cal.WorkingDaysBetween(asked, day)
					if err != nil {
						return Record{}, &InputError{Field: "dossier " + string(d.Code()), Value: day.String(), Err: err}
					}
					r.SupplementDays += n
					asked = 0
				}
			case dossier.EventProcessed, dossier.EventReturned, dossier.EventStopped:
				if r.End == 0 {
					r.End = date.NewAt(e.At)
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

// FromDossierAsOf summarises dossier d as it stood at the start of day end
// (in sched's zone), for a period [From, end): the events from that instant
// on are left out, as if they had not happened yet, and the due date is the
// one the dossier had then (a pause closed or a clock restarted later does
// not move it). Facts are taken as given: the vendor supplies them as they
// stood at the end. sched must be the dossier's schedule; its calendar
// counts the supplement waits.
//
// A dossier whose later events leave the due date and the receipt as they
// were (an end, a transfer, a pause, a re-appointment, a step, a fee) costs
// what [FromDossier] costs; one with a later receipt, supplement or paid
// obligation is replayed up to end ([dossier.Replay]). Errors are
// those of FromDossier, and an *[InputError] wrapping [ErrInvalid] for a
// nil schedule, an unset end, or a log that does not replay over sched.
func FromDossierAsOf(d dossier.Dossier, sched *sla.Schedule, f Facts, end date.Date) (Record, error) {
	if !d.IsValid() {
		return Record{}, invalid("dossier", "", "an invalid dossier; make one with dossier.Open")
	}
	if sched == nil || end == 0 {
		return Record{}, invalid("schedule or end", end.String(), "want the dossier's schedule and the period's end")
	}
	cal := sched.Calendar()
	if cal == nil || !cal.IsValid() {
		return Record{}, invalid("calendar", "nil", "want a valid holiday.Calendar")
	}
	limit := end.Time(0, sched.Zone())
	r, err := fromDossier(d, cal, f, limit)
	if err != errReplay {
		return r, err
	}
	kept := 0
	for _, e := range d.AllEvents() {
		if !e.At.Before(limit) {
			break
		}
		kept++
	}
	past, err := dossier.Replay(d.Header(), d.Events()[:kept], sched)
	if err != nil {
		return Record{}, &InputError{Field: "dossier " + string(d.Code()), Value: end.String(), Err: fmt.Errorf("%w: %w", ErrInvalid, err)}
	}
	return fromDossier(past, cal, f, limit)
}

// errReplay tells FromDossierAsOf that an event after the period's end
// moves what the record reads (movesDue): the dossier must be replayed up
// to the end.
var errReplay = errors.New("scorecard: replay the dossier up to the period's end")

// movesDue reports whether an event of kind k can change what a Record
// reads off the dossier beyond its own day: the receipt and its appointment,
// or the original due date, which a resumed or restarted clock moves
// ([sla.Timeline.Resume], [sla.Timeline.Restart]). Events of other kinds
// after a period's end leave the record as of the end as it was, with no
// replay: a pause keeps the due date, a re-appointment keeps the original
// one, an end or a step is the event's own day.
func movesDue(k dossier.EventKind) bool {
	switch k {
	case dossier.EventTransferred, dossier.EventSupplementRequested, dossier.EventObligationRequested, dossier.EventApologised,
		dossier.EventProcessed, dossier.EventReturned, dossier.EventWithdrawalRequested, dossier.EventStopped,
		dossier.EventStepStarted, dossier.EventStepFinished, dossier.EventFeePaid:
		return false
	}
	return true
}
