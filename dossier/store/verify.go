package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Checked is what [Store.Verify] found in a sound store.
type Checked struct {
	Dossiers int // dossiers loaded, their chains checked and replayed
	Rows     int // rows of their logs
	Codes    int // dossier codes, unique and gapless per unit and day
}

// Verify reads the whole store, one dossier at a time: every chain must
// hold, every log replay, every projection row equal what its replay gives,
// and the codes of each unit and day run 1, 2, … up to the day's counter
// without a gap or a repeat. The first fault found is returned: an
// *[IntegrityError] naming the dossier and the event, or the projection
// column that differs from the replay with both values; a dossier whose
// recorded appointment or due date the store's calendar no longer gives is
// a *[CalendarError], as on [Store.Load].
// Run it on a store at rest: a dossier appended to between the reading of
// its projection row and of its log is reported as a mismatch.
func (s *Store) Verify(ctx context.Context) (Checked, error) {
	var c Checked
	proj := map[string]projection{}
	var batch []string
	seqs := map[codeDay]map[int]bool{}
	flushBatch := func() error {
		if len(batch) == 0 {
			return nil
		}
		defer func() { batch = batch[:0]; clear(proj) }()
		args := make([]any, len(batch))
		marks := ""
		for i, id := range batch {
			args[i] = id
			if i > 0 {
				marks += ", "
			}
			marks += "?"
		}
		if err := s.readProjections(ctx, marks, args, proj); err != nil {
			return err
		}
		return s.each(ctx, marks, args, func(r Record) error {
			c.Dossiers++
			c.Rows += r.Version
			want := project(r.Dossier, r.appointment)
			got := proj[r.ID]
			if got.dueMovedUnknown { // written before schema version 2
				got.dueMovedAt, got.dueMovedUnknown = want.dueMovedAt, false
			}
			if !got.equal(want) {
				col, stored, replayed := got.diff(want)
				return &IntegrityError{Dossier: r.ID, Column: col, Reason: fmt.Sprintf("stored %s, the replay gives %s", clip.String(stored, 40), clip.String(replayed, 40))}
			}
			if code := r.Dossier.Code(); code != "" {
				unit, day, n, err := parseCode(code)
				if err != nil {
					return &IntegrityError{Dossier: r.ID, Column: "code", Reason: "unreadable code"}
				}
				k := codeDay{unit, day}
				if seqs[k] == nil {
					seqs[k] = map[int]bool{}
				}
				if seqs[k][n] {
					return &IntegrityError{Dossier: r.ID, Column: "code", Reason: "code " + clip.String(string(code), 40) + " given twice"}
				}
				seqs[k][n] = true
				c.Codes++
			}
			return nil
		})
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM dossiers ORDER BY id`)
	if err != nil {
		return c, dbErr("verify", "", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return c, dbErr("verify", "", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		batch = append(batch, id)
		if len(batch) == 200 {
			if err := flushBatch(); err != nil {
				return c, err
			}
		}
	}
	if err := flushBatch(); err != nil {
		return c, err
	}
	crs, err := s.db.QueryContext(ctx, `SELECT unit, day, last_seq FROM code_counters`)
	if err != nil {
		return c, dbErr("verify", "", err)
	}
	defer crs.Close()
	counted := 0
	for crs.Next() {
		var unit string
		var day int64
		var last int
		if err := crs.Scan(&unit, &day, &last); err != nil {
			return c, dbErr("verify", "", err)
		}
		got := seqs[codeDay{unit, date.Date(day)}]
		for n := 1; n <= last; n++ {
			if !got[n] {
				return c, &IntegrityError{Reason: fmt.Sprintf("code %d of unit %s on %s is missing (the counter is at %d)", n, unit, date.Date(day), last)}
			}
		}
		counted += len(got)
		if len(got) != last {
			return c, &IntegrityError{Reason: fmt.Sprintf("unit %s on %s has %d codes, its counter %d", unit, date.Date(day), len(got), last)}
		}
	}
	if counted != c.Codes {
		return c, &IntegrityError{Reason: fmt.Sprintf("%d codes outside the counters", c.Codes-counted)}
	}
	return c, crs.Err()
}

type codeDay struct {
	unit string
	day  date.Date
}

// readProjections reads the projection rows of the listed IDs.
func (s *Store) readProjections(ctx context.Context, marks string, args []any, into map[string]projection) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, `+projColumns+` FROM dossiers WHERE id IN (`+marks+`)`), args...)
	if err != nil {
		return dbErr("verify", "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var p projection
		var online, status, open, outcome int
		var code sql.NullString
		var receivedAt, paused, received, due, appointment, finished, stopped, refused, closed, moved sql.NullInt64
		if err := rows.Scan(&id, &p.unit, &p.agency, &p.procCode, &p.procDecision, &p.field, &p.channel, &online, &code, &status, &open,
			&receivedAt, &received, &due, &appointment, &paused, &finished, &outcome, &stopped, &refused, &closed, &moved); err != nil {
			return dbErr("verify", id, err)
		}
		p.online, p.code, p.status, p.open = online == 1, code.String, dossier.Status(status), open == 1
		p.receivedAt, p.pausedSince = fromMillis(receivedAt), fromMillis(paused)
		p.receivedDay, p.dueDay, p.appointmentDay, p.finishedDay = day(received), day(due), day(appointment), day(finished)
		p.stoppedDay, p.refusedDay, p.closedDay = day(stopped), day(refused), day(closed)
		p.outcome = sla.Outcome(outcome)
		p.dueMovedAt = fromMillis(moved)
		p.dueMovedUnknown = moved.Valid && moved.Int64 == unknownMillis
		into[id] = p
	}
	return rows.Err()
}
