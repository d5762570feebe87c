package store

import (
	"encoding/json"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/rickb777/date/v2"
)

// Facts are rows of a dossier's log that the store writes beside the
// dossier's own events, in the same hash chain. They are not events of the
// dossier: replay skips them.
const (
	// factHeader: the header changed at receipt (a procedure with an
	// inter-agency route gives the dossier its route); the body is the new
	// header, which replay uses.
	factHeader = "store.header"
	// factAppointment: the appointment for the result written on the
	// receipt (form 01, Decree 61/2018/NĐ-CP Art. 17(1)(c)) — kept as a
	// fact so that loading the dossier over another calendar cannot change
	// it silently.
	factAppointment = "store.appointment"
	// factDueChanged: a calendar change moved the dossier's due date or
	// appointment, recorded by [Store.RecordDueChange]. A loaded [Record]
	// lists these facts ([Record.DueChanges]), so the notice to the
	// applicant can be written from the log ([DueChange.Notice]) as well as
	// from the change just listed.
	factDueChanged = "store.due_changed"
)

func isFact(kind string) bool { return len(kind) > 6 && kind[:6] == "store." }

// appointmentFact is the body of a factAppointment row.
type appointmentFact struct {
	Due date.Date `json:"due"`
}

// dueChangedFact is the body of a factDueChanged row.
type dueChangedFact struct {
	At          time.Time  `json:"at"`
	Actor       string     `json:"actor"`
	Old         date.Date  `json:"old"`
	New         date.Date  `json:"new"`
	Appointment date.Date  `json:"appointment"`
	Days        []DayShift `json:"days"`
}

// receiptFacts adds to rows the facts of a receipt: the header if receipt
// changed it, and the appointment the receipt gives. It returns the
// appointment.
func (s *Store) receiptFacts(prev, next dossier.Dossier, rows []pending) ([]pending, date.Date, error) {
	var appointment date.Date
	for _, r := range rows {
		if e, ok := decodeEvent(r.kind, r.body); ok && isReceipt(e) {
			a, err := receiptAppointment(e, s.sched)
			if err != nil {
				return nil, 0, err
			}
			appointment = a
		}
	}
	if h := next.Header(); !h.Equal(prev.Header()) {
		body, err := json.Marshal(h)
		if err != nil {
			return nil, 0, err
		}
		rows = append(rows, pending{kind: factHeader, body: body})
	}
	body, err := json.Marshal(appointmentFact{Due: appointment})
	if err != nil {
		return nil, 0, err
	}
	return append(rows, pending{kind: factAppointment, body: body}), appointment, nil
}

// decodeAppointment reads the body of a factAppointment row, as written:
// {"due":"YYYY-MM-DD"} read directly, anything else by encoding/json.
func decodeAppointment(b []byte) (appointmentFact, error) {
	var f appointmentFact
	const prefix, suffix = `{"due":"`, `"}`
	if len(b) == len(prefix)+10+len(suffix) && string(b[:len(prefix)]) == prefix && string(b[len(b)-2:]) == suffix {
		if err := f.Due.UnmarshalText(b[len(prefix) : len(b)-2]); err == nil {
			return f, nil
		}
	}
	f = appointmentFact{}
	err := json.Unmarshal(b, &f)
	return f, err
}
