package store

// The adapter: every use of the dossier package's API by the store is in
// this file, so that a change of the aggregate is mended in one place.

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// projection is a dossier's row in the dossiers table: what the queries and
// reports read without replaying the log. Days are date.Date values (days
// since 1970-01-01); 0 means none (no dossier of this store is dated 1970).
type projection struct {
	unit, agency, procCode, procDecision, field, channel string
	online                                               bool
	code                                                 string
	status                                               dossier.Status
	open                                                 bool
	receivedAt                                           time.Time
	receivedDay, dueDay, appointmentDay                  date.Date
	pausedSince                                          time.Time
	finishedDay                                          date.Date
	outcome                                              sla.Outcome
	stoppedDay, refusedDay, closedDay                    date.Date
	// dueMovedAt is the instant of the last event that can move the due
	// date (zero if none): a report replays a dossier pending at a
	// period's end when it is from that end on ([Store.Report]).
	dueMovedAt time.Time
	// dueMovedUnknown marks a row read with due_moved_at unknown (written
	// before schema version 2); never set by project.
	dueMovedUnknown bool
}

// equal reports whether two projections hold the same values, instants to
// the millisecond the table keeps.
func (p projection) equal(o projection) bool {
	a, b := p, o
	a.receivedAt, a.pausedSince, b.receivedAt, b.pausedSince = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	a.dueMovedAt, b.dueMovedAt = time.Time{}, time.Time{}
	return a == b && sameMilli(p.receivedAt, o.receivedAt) && sameMilli(p.pausedSince, o.pausedSince) && sameMilli(p.dueMovedAt, o.dueMovedAt)
}

// diff names the first column in which p (stored) and o (replayed)
// differ, with both values; "" if they are equal.
func (p projection) diff(o projection) (column, stored, replayed string) {
	ms := func(t time.Time) string {
		if t.IsZero() {
			return "NULL"
		}
		return t.In(sla.VietnamZone).Format("2006-01-02 15:04:05.000")
	}
	dd := func(d date.Date) string {
		if d == 0 {
			return "NULL"
		}
		return d.String()
	}
	for _, c := range []struct{ name, a, b string }{
		{"unit", p.unit, o.unit}, {"agency", p.agency, o.agency}, {"procedure_code", p.procCode, o.procCode},
		{"procedure_decision", p.procDecision, o.procDecision}, {"field", p.field, o.field}, {"channel", p.channel, o.channel},
		{"online", fmt.Sprint(p.online), fmt.Sprint(o.online)}, {"code", p.code, o.code},
		{"status", p.status.String(), o.status.String()}, {"is_open", fmt.Sprint(p.open), fmt.Sprint(o.open)},
		{"received_at", ms(p.receivedAt), ms(o.receivedAt)}, {"received_day", dd(p.receivedDay), dd(o.receivedDay)},
		{"due_day", dd(p.dueDay), dd(o.dueDay)}, {"appointment_day", dd(p.appointmentDay), dd(o.appointmentDay)},
		{"paused_since", ms(p.pausedSince), ms(o.pausedSince)}, {"finished_day", dd(p.finishedDay), dd(o.finishedDay)},
		{"outcome", fmt.Sprint(int(p.outcome)), fmt.Sprint(int(o.outcome))}, {"stopped_day", dd(p.stoppedDay), dd(o.stoppedDay)},
		{"refused_day", dd(p.refusedDay), dd(o.refusedDay)}, {"closed_day", dd(p.closedDay), dd(o.closedDay)},
		{"due_moved_at", ms(p.dueMovedAt), ms(o.dueMovedAt)},
	} {
		if c.a != c.b {
			return c.name, c.a, c.b
		}
	}
	return "", "", ""
}

func sameMilli(a, b time.Time) bool {
	return a.UnixMilli() == b.UnixMilli() && a.IsZero() == b.IsZero()
}

// project computes the projection row of d. A dossier is open from receipt
// until a result exists or processing stops (as [dossier.Report] counts it
// pending).
func project(d dossier.Dossier, appointment date.Date) projection {
	h := d.Header()
	p := projection{
		unit: h.ReceivingUnit, agency: h.Agency, procCode: h.Procedure.Code, procDecision: h.Procedure.Decision,
		field: h.Procedure.Field, channel: h.Channel.String(), online: h.Channel.IsOnline(),
		code: string(d.Code()), status: d.Status(), appointmentDay: appointment,
	}
	tl := d.Timeline()
	if tl.IsValid() {
		p.receivedAt = d.Received()
		p.receivedDay = date.NewAt(p.receivedAt)
		p.dueDay = dueOf(d)
		if tl.IsPaused() {
			if ps := tl.Pauses(); len(ps) > 0 {
				p.pausedSince = ps[len(ps)-1].From
			}
		}
	}
	for _, e := range d.Events() {
		if movesDue(e.Kind) && e.At.After(p.dueMovedAt) {
			p.dueMovedAt = e.At
		}
	}
	if at, _, ok := d.Result(); ok {
		p.finishedDay = date.NewAt(at)
		p.outcome = d.Outcome()
	}
	switch d.Status() {
	case dossier.Stopped, dossier.NotReceived:
		evs := d.Events()
		if n := len(evs); n > 0 {
			day := date.NewAt(evs[n-1].At)
			if d.Status() == dossier.Stopped {
				p.stoppedDay = day
			} else {
				p.refusedDay = day
			}
		}
	}
	switch {
	case p.finishedDay != 0:
		p.closedDay = p.finishedDay
	case p.stoppedDay != 0:
		p.closedDay = p.stoppedDay
	}
	p.open = tl.IsValid() && p.closedDay == 0
	return p
}

// dueOf returns d's due date, 0 before receipt.
func dueOf(d dossier.Dossier) date.Date { return d.Due() }

// openDossier validates the header and opens a dossier over sched.
func openDossier(h dossier.Header, sched *sla.Schedule) (dossier.Dossier, error) {
	return dossier.Open(h, sched)
}

// replay folds a stored log over sched (it takes ownership of events).
func replay(h dossier.Header, events []dossier.Event, sched *sla.Schedule) (dossier.Dossier, error) {
	return dossier.Replay(h, events, sched)
}

// newEvents returns the events out has beyond the first n; each is encoded
// with its kind's wire code. received reports whether one of them is the
// receipt, after which the header may have gained the procedure's route.
func newEvents(out dossier.Dossier, n int) (rows []pending, received bool, err error) {
	evs := out.Events()
	for _, e := range evs[n:] {
		body, err := json.Marshal(e)
		if err != nil {
			return nil, false, err
		}
		rows = append(rows, pending{kind: kindCode(e.Kind), body: body})
		if e.Kind == dossier.EventReceived {
			received = true
		}
	}
	return rows, received, nil
}

// decodeEvent reads an event row; the row's kind must be the body's.
func decodeEvent(kind string, body []byte) (dossier.Event, bool) {
	e, ok := decodeEventFast(body)
	if !ok {
		e = dossier.Event{}
		if err := json.Unmarshal(body, &e); err != nil {
			return e, false
		}
	}
	return e, kindCode(e.Kind) == kind
}

// receiptAppointment returns the appointment (form 01) that receipt event e
// gives over sched: the due date of the clock started at receipt.
func receiptAppointment(e dossier.Event, sched *sla.Schedule) (date.Date, error) {
	s, err := sched.WithCutoff(e.Cutoff)
	if err != nil {
		return 0, err
	}
	tl, err := s.Start(e.At, e.Limit)
	if err != nil {
		return 0, err
	}
	return tl.Due(), nil
}

// movesDue reports whether an event of kind k can move the due date after
// receipt: a pause, its end, a restart of the clock, a re-appointment (the
// kinds dossier.Report replays a dossier for when they fall after a
// period's end).
func movesDue(k dossier.EventKind) bool {
	switch k {
	case dossier.EventSupplementRequested, dossier.EventSupplemented,
		dossier.EventObligationRequested, dossier.EventObligationPaid, dossier.EventApologised:
		return true
	}
	return false
}

// isReceipt reports whether e is the receipt event.
func isReceipt(e dossier.Event) bool { return e.Kind == dossier.EventReceived }

// parseCode splits a dossier code into unit, day and sequence number.
func parseCode(c dossier.Code) (string, date.Date, int, error) {
	return dossier.ParseCode(string(c))
}

// kindCode returns the wire code of an event kind, as the events table
// stores it ("supplement_requested"); String is the English name. A table
// built once: loading compares every row's kind, with no allocation.
func kindCode(k dossier.EventKind) string {
	if int(k) < len(kindCodes) {
		return kindCodes[k]
	}
	return ""
}

// kindCodes are the event kinds' wire codes, indexed by kind ("" for the
// invalid zero kind).
var kindCodes = func() []string {
	out := []string{""}
	for k := dossier.EventKind(1); k.IsValid(); k++ {
		b, _ := k.MarshalText()
		out = append(out, string(b))
	}
	return out
}()
