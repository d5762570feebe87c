package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/clip"
	"github.com/rickb777/date/v2"
)

// storedRow is one row of a log as read from the events table.
type storedRow struct {
	seq  int
	kind string
	body []byte
	hash string
}

// Load reads dossier id — its header (with the procedure version it is
// handled under) and its log — checks the hash chain, and folds the events
// over the store's schedule. A row edited, deleted or reordered behind the
// store's back is an *[IntegrityError] naming the dossier and the event; a
// calendar that no longer gives the appointment recorded at receipt is a
// *[CalendarError].
func (s *Store) Load(ctx context.Context, id string) (Record, error) {
	if len(id) > 64 {
		return Record{}, &InputError{Field: "dossier ID", Value: clip.String(id, 40), Reason: "longer than 64 bytes"}
	}
	// One statement, so that the dossier's row and its log are read from
	// one snapshot even while clerks append; the header comes once, in the
	// row of seq 0, the projection's due date in the row of seq -1.
	// The rows' own hashes are not read: the chain computed over the rows
	// must end at the head hash, and only when it does not are the rows
	// read again with their hashes, to name the first one that breaks it.
	rs, err := s.loadStmt.QueryContext(ctx, id, id, id)
	if err != nil {
		return Record{}, dbErr("load", id, err)
	}
	defer rs.Close()
	var (
		version int
		due     int64 // the projection's due day, 0 if none
		head    string
		header  []byte
		rows    []storedRow
		found   bool
	)
	// The bodies are copied into one buffer (arena), not one allocation
	// each; ends[i] is where row i's body ends in it.
	var (
		raw, rawBody sql.RawBytes
		arena        []byte
		ends         []int
	)
	for rs.Next() {
		var seq, v int
		if err := rs.Scan(&seq, &v, &raw, &rawBody); err != nil {
			return Record{}, dbErr("load", id, err)
		}
		if seq == -1 {
			due = int64(v)
			continue
		}
		if seq == 0 {
			found, version, head, header = true, v, string(raw), slices.Clone([]byte(rawBody))
			if version > MaxEvents {
				return Record{}, &IntegrityError{Dossier: id, Event: version, Reason: "more rows than a log may hold"}
			}
			if rows == nil {
				rows, ends = make([]storedRow, 0, version), make([]int, 0, version)
				arena = make([]byte, 0, 128*version) // an event's JSON is about 100 bytes
			}
			continue
		}
		if len(rows) > MaxEvents {
			break
		}
		arena = append(arena, rawBody...)
		ends = append(ends, len(arena))
		rows = append(rows, storedRow{seq: seq, kind: intern(raw)})
	}
	start := 0
	for i, end := range ends {
		rows[i].body = arena[start:end:end]
		start = end
	}
	if err := rs.Err(); err != nil {
		return Record{}, dbErr("load", id, err)
	}
	if !found {
		return Record{}, &OpError{Op: "load", Dossier: id, Kind: ErrNotFound}
	}
	rs.Close()
	if !slices.IsSortedFunc(rows, bySeq) {
		slices.SortFunc(rows, bySeq)
	}
	r, err := s.fold(id, version, head, header, rows, date.Date(due))
	var ie *IntegrityError
	if errors.As(err, &ie) {
		// Read again with the hashes, to name the row.
		err = s.scan(ctx, "?", []any{id}, func(id string, version int, head string, header []byte, rows []storedRow, due date.Date) error {
			r, err = s.fold(id, version, head, header, rows, due)
			return err
		})
	}
	return r, err
}

func bySeq(a, b storedRow) int { return a.seq - b.seq }

// kinds are the rows' kinds, so that reading one allocates nothing.
var kinds = func() map[string]string {
	m := map[string]string{factHeader: factHeader, factAppointment: factAppointment, factDueChanged: factDueChanged}
	for _, k := range kindCodes[1:] {
		m[k] = k
	}
	return m
}()

func intern(b []byte) string {
	if k, ok := kinds[string(b)]; ok {
		return k
	}
	return string(b)
}

// fold checks a stored log's chain and replays it, checking that the
// store's calendar gives the appointment recorded in the log and due, the
// due date its projection row keeps (0: none to check).
func (s *Store) fold(id string, version int, head string, header []byte, rows []storedRow, due date.Date) (Record, error) {
	return s.foldChecked(id, version, head, header, rows, due, true)
}

// foldChecked is fold, checking the recorded appointment and due date
// against the store's calendar only when calendar is set.
func (s *Store) foldChecked(id string, version int, head string, header []byte, rows []storedRow, due date.Date, calendar bool) (Record, error) {
	c := newChain(s.key)
	l := c.genesis(id, header)
	for i, r := range rows {
		if r.seq != i+1 {
			return Record{}, &IntegrityError{Dossier: id, Event: i + 1, Reason: fmt.Sprintf("missing (the next row is %d)", r.seq)}
		}
		if l = c.next(l, r.seq, r.kind, r.body); r.hash != "" && !l.is(r.hash) {
			return Record{}, &IntegrityError{Dossier: id, Event: r.seq, Reason: "edited or reordered (hash mismatch)"}
		}
	}
	if len(rows) != version || !l.is(head) {
		return Record{}, &IntegrityError{Dossier: id, Event: len(rows) + 1, Reason: fmt.Sprintf("missing (the dossier has %d rows, %d found)", version, len(rows))}
	}
	h, ok := s.headers.decode(header)
	if !ok {
		return Record{}, &IntegrityError{Dossier: id, Event: 0, Reason: "unreadable header"}
	}
	events := make([]dossier.Event, 0, len(rows))
	var receipt dossier.Event
	var appointment date.Date
	var changes []dueChangedFact
	var changedAt []int
	for _, r := range rows {
		switch {
		case r.kind == factHeader:
			var nh dossier.Header
			if err := json.Unmarshal(r.body, &nh); err != nil {
				return Record{}, &IntegrityError{Dossier: id, Event: r.seq, Reason: "unreadable header fact"}
			}
			h = nh
		case r.kind == factAppointment:
			f, err := decodeAppointment(r.body)
			if err != nil {
				return Record{}, &IntegrityError{Dossier: id, Event: r.seq, Reason: "unreadable appointment"}
			}
			appointment = f.Due
		case r.kind == factDueChanged:
			var f dueChangedFact
			if err := json.Unmarshal(r.body, &f); err != nil {
				return Record{}, &IntegrityError{Dossier: id, Event: r.seq, Reason: "unreadable due-date change"}
			}
			appointment = f.Appointment
			changes, changedAt = append(changes, f), append(changedAt, r.seq)
		case isFact(r.kind):
			return Record{}, &IntegrityError{Dossier: id, Event: r.seq, Reason: "unknown fact " + clip.String(r.kind, 40)}
		default:
			e, ok := decodeEvent(r.kind, r.body)
			if !ok {
				return Record{}, &IntegrityError{Dossier: id, Event: r.seq, Reason: "unreadable event"}
			}
			if isReceipt(e) {
				receipt = e
			}
			events = append(events, e)
		}
	}
	n := len(events)
	d, err := replay(h, events, s.sched)
	if err != nil {
		return Record{}, &OpError{Op: "load", Dossier: id, Kind: ErrIntegrity, Err: err}
	}
	if calendar && appointment != 0 {
		got, err := receiptAppointment(receipt, s.sched)
		if err != nil {
			return Record{}, &OpError{Op: "load", Dossier: id, Kind: ErrCalendar, Err: err}
		}
		if got != appointment {
			return Record{}, &CalendarError{Dossier: id, Recorded: appointment, Computed: got}
		}
	}
	// The due date moves after receipt (a supplement restarts the clock, a
	// pause extends it): the projection row keeps the one in force when the
	// dossier was last written, counted over the calendar of that time.
	if calendar && due != 0 {
		if got := dueOf(d); got != due {
			return Record{}, &CalendarError{Dossier: id, What: "due date", Recorded: due, Computed: got}
		}
	}
	var recorded []DueChange
	for i, f := range changes {
		recorded = append(recorded, recordedChange(id, d.Code(), changedAt[i], f))
	}
	return Record{ID: id, Version: version, Dossier: d, head: l, events: n, appointment: appointment, dueChanges: recorded}, nil
}

// LoadByCode loads the dossier with code c, read from the projection.
func (s *Store) LoadByCode(ctx context.Context, c dossier.Code) (Record, error) {
	if len(c) > 64 {
		return Record{}, &InputError{Field: "dossier code", Value: clip.String(string(c), 40), Reason: "longer than 64 bytes"}
	}
	var id string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id FROM dossiers WHERE code = ?`), string(c)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Record{}, &OpError{Op: "load", Dossier: string(c), Kind: ErrNotFound}
	}
	if err != nil {
		return Record{}, dbErr("load", string(c), err)
	}
	return s.Load(ctx, id)
}
