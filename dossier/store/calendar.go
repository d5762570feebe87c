package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// DayShift is a day that an old and a new calendar treat differently: a
// day off announced late (a compensatory day, a local day off) or a day
// turned into a working day.
type DayShift struct {
	Date       date.Date `json:"date"`
	WorkingDay bool      `json:"working_day"` // under the new calendar
	NameVI     string    `json:"name_vi,omitempty"`
	NameEN     string    `json:"name_en,omitempty"`
}

// DueChange is an open dossier whose due date, or whose appointment
// (form 01), a new calendar changes.
type DueChange struct {
	ID      string
	Code    dossier.Code
	Version int // the version the change was computed at
	// Old and New are the due dates under the store's calendar and the new
	// one; Appointment the appointment of the receipt under the new one.
	Old, New, Appointment date.Date
	// Days are the days between receipt and the later due date that the
	// calendars treat differently: what caused the change.
	Days []DayShift
	// At and Actor are when and by whom the change was recorded: zero in
	// a change listed by [Store.DueChanges], set in one read from the log
	// ([Record.DueChanges]).
	At    time.Time
	Actor string
}

// DueChanges returns the calendar changes recorded in the dossier's log
// ([Store.RecordDueChange]), oldest first, each as it was recorded (its
// Version is the dossier's version before it).
func (r Record) DueChanges() []DueChange {
	out := make([]DueChange, len(r.dueChanges))
	for i, c := range r.dueChanges {
		c.Days = slices.Clone(c.Days)
		out[i] = c
	}
	return out
}

// recordedChange is the DueChange a factDueChanged row of dossier id at
// seq records.
func recordedChange(id string, code dossier.Code, seq int, f dueChangedFact) DueChange {
	return DueChange{ID: id, Code: code, Version: seq - 1, Old: f.Old, New: f.New, Appointment: f.Appointment, Days: f.Days, At: f.At, Actor: f.Actor}
}

// Notice is the text of the notice to the applicant, in Vietnamese then
// English (the change of appointment is told as form 04's re-appointment
// is, Decree 61/2018/NĐ-CP Art. 19(9)).
func (c DueChange) Notice() string {
	var vi, en []string
	for _, d := range c.Days {
		day := d.Date.Format("02/01/2006")
		v, e := day, day
		if d.NameVI != "" {
			v += ": " + d.NameVI
		}
		if d.NameEN != "" {
			e += ": " + d.NameEN
		}
		vi, en = append(vi, v), append(en, e)
	}
	return fmt.Sprintf("Hồ sơ %s: ngày hẹn trả kết quả đổi từ %s sang %s do lịch làm việc thay đổi (%s).\nDossier %s: the result is now due on %s instead of %s, because the working calendar changed (%s).",
		c.Code, c.Old.Format("02/01/2006"), c.New.Format("02/01/2006"), strings.Join(vi, "; "),
		c.Code, c.New.Format("02/01/2006"), c.Old.Format("02/01/2006"), strings.Join(en, "; "))
}

// DueChanges lists the open dossiers whose due date or appointment changes
// when they are counted over next instead of the store's schedule (after a
// new announcement of days off, or a local day off), with the days that
// cause it. It streams the open dossiers one at a time; the list holds only
// the changed ones.
func (s *Store) DueChanges(ctx context.Context, next *sla.Schedule) ([]DueChange, error) {
	if next == nil {
		return nil, &InputError{Field: "schedule", Value: "<nil>", Reason: "a new schedule is required"}
	}
	var out []DueChange
	err := s.each(ctx, `SELECT id FROM dossiers WHERE is_open = 1`, nil, func(r Record) error {
		c, changed, err := dueChange(r, s.sched, next)
		if err != nil {
			return err
		}
		if changed {
			out = append(out, c)
		}
		return nil
	})
	return out, err
}

// dueChange recounts r over next.
func dueChange(r Record, old, next *sla.Schedule) (DueChange, bool, error) {
	d2, err := replay(r.Dossier.Header(), r.Dossier.Events(), next)
	if err != nil {
		return DueChange{}, false, &OpError{Op: "recount", Dossier: r.ID, Kind: ErrCalendar, Err: err}
	}
	appointment, err := appointmentOf(r.Dossier, next)
	if err != nil {
		return DueChange{}, false, &OpError{Op: "recount", Dossier: r.ID, Kind: ErrCalendar, Err: err}
	}
	oldDue, newDue := dueOf(r.Dossier), dueOf(d2)
	if oldDue == newDue && appointment == r.appointment {
		return DueChange{}, false, nil
	}
	c := DueChange{ID: r.ID, Code: r.Dossier.Code(), Version: r.Version, Old: oldDue, New: newDue, Appointment: appointment}
	from, to := date.NewAt(r.Dossier.Received()), max(oldDue, newDue)
	oc, nc := old.Calendar(), next.Calendar()
	for d := from; d <= to; d++ {
		if w := nc.IsWorkingDay(d); w != oc.IsWorkingDay(d) {
			sh := DayShift{Date: d, WorkingDay: w}
			sp, ok := nc.Special(d)
			if !ok {
				sp, ok = oc.Special(d)
			}
			if ok {
				sh.NameVI, sh.NameEN = sp.NameVI, sp.NameEN
			}
			c.Days = append(c.Days, sh)
		}
	}
	return c, true, nil
}

// appointmentOf returns the appointment d's receipt gives over sched (0
// before receipt).
func appointmentOf(d dossier.Dossier, sched *sla.Schedule) (date.Date, error) {
	var appointment date.Date
	for _, e := range d.Events() {
		if isReceipt(e) {
			a, err := receiptAppointment(e, sched)
			if err != nil {
				return 0, err
			}
			appointment = a
		}
	}
	return appointment, nil
}

// RecordDueChange records change c — listed by DueChanges over this store's
// schedule, typically s.WithSchedule(next) — as a fact of the dossier's
// log, with the new appointment, and updates its projection. After it the
// dossier loads over the new schedule. The dossier must still be at
// c.Version (else a *[ConflictError]: list the changes again), and the
// store's schedule must give c's new due date and appointment: recorded on
// a store over another calendar (the old one, say), the change is refused
// with a *[CalendarError] and nothing is written.
func (s *Store) RecordDueChange(ctx context.Context, c DueChange, now time.Time, actor string) (Record, error) {
	var out Record
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var rec Record
		var found bool
		err := s.scan(ctx, `SELECT id FROM dossiers WHERE id = ?`, []any{c.ID}, func(id string, version int, head string, header []byte, rows []storedRow, _ date.Date) error {
			var err error
			rec, err = s.foldChecked(id, version, head, header, rows, 0, false)
			found = true
			return err
		})
		if err != nil {
			return err
		}
		if !found {
			return &OpError{Op: "record due change", Dossier: c.ID, Kind: ErrNotFound}
		}
		if rec.Version != c.Version {
			return &ConflictError{Dossier: c.ID, Expected: c.Version, Actual: rec.Version}
		}
		// The change must be the one this store's calendar gives: recorded
		// on a store over another calendar, its projection and its loads
		// would disagree.
		appointment, err := appointmentOf(rec.Dossier, s.sched)
		if err != nil {
			return &OpError{Op: "record due change", Dossier: c.ID, Kind: ErrCalendar, Err: err}
		}
		if due := dueOf(rec.Dossier); due != c.New {
			return &CalendarError{Dossier: c.ID, What: "due date", Recorded: c.New, Computed: due}
		}
		if appointment != c.Appointment {
			return &CalendarError{Dossier: c.ID, What: "appointment", Recorded: c.Appointment, Computed: appointment}
		}
		body, err := json.Marshal(dueChangedFact{At: now, Actor: actor, Old: c.Old, New: c.New, Appointment: c.Appointment, Days: c.Days})
		if err != nil {
			return err
		}
		out = rec
		out.appointment = c.Appointment
		f := dueChangedFact{At: now, Actor: actor, Old: c.Old, New: c.New, Appointment: c.Appointment, Days: c.Days}
		out.dueChanges = append(slices.Clip(rec.dueChanges), recordedChange(c.ID, rec.Dossier.Code(), rec.Version+1, f))
		return s.append(ctx, tx, &out, []pending{{kind: factDueChanged, body: body}}, project(rec.Dossier, c.Appointment), "")
	})
	if err != nil {
		return Record{}, dbErr("record due change", c.ID, err)
	}
	return out, nil
}
