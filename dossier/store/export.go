package store

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/motcua/motcua/internal/clip"
	"github.com/rickb777/date/v2"
)

// MaxLine is the longest line [Store.Import] reads, in bytes.
const MaxLine = 16 << 20

// exportLine is one dossier of an export: its ID, version, header and
// every row of its log with its hash, as stored.
type exportLine struct {
	ID      string          `json:"id"`
	Version int             `json:"version"`
	Head    string          `json:"head"`
	Header  json.RawMessage `json:"header"`
	Log     []exportRow     `json:"log"`
}

type exportRow struct {
	Seq  int             `json:"seq"`
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
	Hash string          `json:"hash"`
}

// Export writes every dossier's log to w as JSON lines, one dossier a
// line, in ID order, checking each chain on the way (a broken one stops the
// export with an *[IntegrityError]). The lines are the backup, and the way
// to move a store to another backend ([Store.Import]).
func (s *Store) Export(ctx context.Context, w io.Writer) (int, error) {
	bw := bufio.NewWriter(w)
	n := 0
	err := s.scan(ctx, `SELECT id FROM dossiers`, nil, func(id string, version int, head string, header []byte, rows []storedRow, _ date.Date) error {
		if err := s.checkChain(id, version, head, header, rows); err != nil {
			return err
		}
		l := exportLine{ID: id, Version: version, Head: head, Header: header, Log: make([]exportRow, len(rows))}
		for i, r := range rows {
			l.Log[i] = exportRow{Seq: r.seq, Kind: r.kind, Body: r.body, Hash: r.hash}
		}
		b, err := json.Marshal(l)
		if err != nil {
			return &OpError{Op: "export", Dossier: id, Kind: ErrIntegrity, Err: err}
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return &OpError{Op: "export", Dossier: id, Kind: ErrDatabase, Err: err}
		}
		n++
		return nil
	})
	if err != nil {
		return n, err
	}
	if err := bw.Flush(); err != nil {
		return n, &OpError{Op: "export", Kind: ErrDatabase, Err: err}
	}
	return n, nil
}

// checkChain verifies a raw log's hash chain.
func (s *Store) checkChain(id string, version int, head string, header []byte, rows []storedRow) error {
	c := newChain(s.key)
	l := c.genesis(id, header)
	for i, r := range rows {
		if r.seq != i+1 {
			return &IntegrityError{Dossier: id, Event: i + 1, Reason: fmt.Sprintf("missing (the next row is %d)", r.seq)}
		}
		if l = c.next(l, r.seq, r.kind, r.body); !l.is(r.hash) {
			return &IntegrityError{Dossier: id, Event: r.seq, Reason: "edited or reordered (hash mismatch)"}
		}
	}
	if len(rows) != version || !l.is(head) {
		return &IntegrityError{Dossier: id, Event: len(rows) + 1, Reason: fmt.Sprintf("missing (the dossier has %d rows, %d found)", version, len(rows))}
	}
	return nil
}

// Import reads JSON lines written by [Store.Export] (from this or another
// backend, under the same [Options.Key]) and stores each dossier in its
// own transaction: its chain is checked and its log replayed over the
// store's schedule first, its projection row rebuilt and the code counter
// of its unit and day raised to its code. A dossier already stored with the
// same head is skipped, so an interrupted import can be run again; one
// stored with another head is an *[InputError]. Import returns how many
// dossiers it stored; it stops at the first bad line (lines before it stay
// imported).
func (s *Store) Import(ctx context.Context, r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	n, line := 0, 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		stored, err := s.importLine(ctx, line, raw)
		if err != nil {
			return n, err
		}
		if stored {
			n++
		}
	}
	if err := sc.Err(); err != nil {
		return n, &InputError{Field: "line", Value: itoa(line + 1), Reason: "unreadable (longer than 16 MiB?): " + err.Error()}
	}
	return n, nil
}

func (s *Store) importLine(ctx context.Context, line int, raw []byte) (bool, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var l exportLine
	if err := dec.Decode(&l); err != nil || dec.More() {
		return false, &InputError{Field: fmt.Sprintf("line %d", line), Value: clip.String(string(raw), 60), Reason: "not an exported dossier"}
	}
	if l.ID == "" || len(l.ID) > 64 || len(l.Log) > MaxEvents {
		return false, &InputError{Field: fmt.Sprintf("line %d", line), Value: clip.String(l.ID, 40), Reason: "bad dossier ID or too many rows"}
	}
	rows := make([]storedRow, len(l.Log))
	for i, r := range l.Log {
		rows[i] = storedRow{seq: r.Seq, kind: r.Kind, body: r.Body, hash: r.Hash}
	}
	rec, err := s.fold(l.ID, l.Version, l.Head, l.Header, rows, 0)
	if err != nil {
		return false, err
	}
	p := project(rec.Dossier, rec.appointment)
	stored := true
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		stored = true
		var head string
		err := tx.QueryRowContext(ctx, s.q(`SELECT head_hash FROM dossiers WHERE id = ?`), l.ID).Scan(&head)
		switch {
		case err == nil && head == l.Head:
			stored = false
			return nil
		case err == nil:
			return &InputError{Field: fmt.Sprintf("line %d", line), Value: l.ID, Reason: "another dossier with this ID is stored"}
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(insertDossier), append([]any{l.ID, l.Version, l.Head, string(l.Header)}, p.args()...)...); err != nil {
			return err
		}
		for _, r := range rows {
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO events (dossier_id, seq, kind, body, hash) VALUES (?, ?, ?, ?, ?)`),
				l.ID, r.seq, r.kind, string(r.body), r.hash); err != nil {
				return err
			}
		}
		if code := rec.Dossier.Code(); code != "" {
			unit, day, seq, err := parseCode(code)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO code_counters (unit, day, last_seq) VALUES (?, ?, ?)
ON CONFLICT (unit, day) DO UPDATE SET last_seq = CASE WHEN code_counters.last_seq < excluded.last_seq THEN excluded.last_seq ELSE code_counters.last_seq END`),
				unit, int64(day), seq); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return false, dbErr("import", l.ID, err)
	}
	return stored, nil
}
