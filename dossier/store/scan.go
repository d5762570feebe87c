package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/motcua/motcua/dossier"
	"github.com/rickb777/date/v2"
)

// scan streams the dossiers whose IDs idQuery selects, each with its raw
// log, in ID order, one dossier in memory at a time.
func (s *Store) scan(ctx context.Context, idQuery string, args []any, fn func(id string, version int, head string, header []byte, rows []storedRow, due date.Date) error) error {
	q := `SELECT d.id, d.version, d.head_hash, d.header, COALESCE(d.due_day, 0), e.seq, e.kind, e.body, e.hash
FROM dossiers d LEFT JOIN events e ON e.dossier_id = d.id
WHERE d.id IN (` + idQuery + `) ORDER BY d.id, e.seq`
	rs, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return dbErr("scan", "", err)
	}
	defer rs.Close()
	var (
		cur     string
		version int
		due     int64
		head    string
		header  []byte
		rows    []storedRow
		started bool
	)
	flush := func() error {
		if !started {
			return nil
		}
		return fn(cur, version, head, header, rows, date.Date(due))
	}
	for rs.Next() {
		var id, h, hd string
		var v int
		var dd int64
		var seq sql.NullInt64
		var kind, hash sql.NullString
		var body []byte
		if err := rs.Scan(&id, &v, &h, &hd, &dd, &seq, &kind, &body, &hash); err != nil {
			return dbErr("scan", "", err)
		}
		if !started || id != cur {
			if err := flush(); err != nil {
				return err
			}
			started, cur, version, due, head, header, rows = true, id, v, dd, h, []byte(hd), rows[:0:0]
		}
		if seq.Valid && len(rows) <= MaxEvents {
			rows = append(rows, storedRow{seq: int(seq.Int64), kind: kind.String, body: body, hash: hash.String})
		}
	}
	if err := rs.Err(); err != nil {
		return dbErr("scan", "", err)
	}
	return flush()
}

// each streams the dossiers idQuery selects, loaded and checked as
// [Store.Load] does.
func (s *Store) each(ctx context.Context, idQuery string, args []any, fn func(Record) error) error {
	return s.scan(ctx, idQuery, args, func(id string, version int, head string, header []byte, rows []storedRow, due date.Date) error {
		r, err := s.fold(id, version, head, header, rows, due)
		if err != nil {
			return err
		}
		return fn(r)
	})
}

// All streams every stored dossier, loaded and checked as [Store.Load]
// does, in ID order; it stops at the first error (an integrity error names
// the dossier) or when fn returns one.
func (s *Store) All(ctx context.Context, fn func(Record) error) error {
	return s.each(ctx, `SELECT id FROM dossiers`, nil, fn)
}

// EachInPeriod streams the dossiers of f (its unit, agency, procedure or
// status; f.Limit is ignored) that a period's figures can count: received
// before p's end and open at its start or closed in it or after. Each is
// loaded and checked as [Store.Load] does, in ID order; it stops at the
// first error or when fn returns one. It replays only those dossiers, where
// [Store.All] replays every one.
func (s *Store) EachInPeriod(ctx context.Context, p dossier.Period, f Filter, fn func(Record) error) error {
	if p.From >= p.To || p.To-p.From > 3660 {
		return &InputError{Field: "period", Value: fmt.Sprintf("%s–%s", p.From, p.To), Reason: "want a non-empty period of at most ten years"}
	}
	var where strings.Builder
	fargs, err := f.where(&where, nil)
	if err != nil {
		return err
	}
	from, to := int64(p.From), int64(p.To)
	q := `SELECT id FROM dossiers WHERE closed_day >= ? AND received_day < ?` + where.String() + `
UNION ALL SELECT id FROM dossiers WHERE is_open = 1 AND received_day < ?` + where.String()
	args := append(append(append([]any{from, to}, fargs...), to), fargs...)
	return s.each(ctx, q, args, fn)
}
