package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/clip"
	"github.com/rickb777/date/v2"
)

// Query limits.
const (
	// DefaultLimit is how many rows a query returns when Filter.Limit is 0.
	DefaultLimit = 1000
	// MaxLimit is the most rows a query returns.
	MaxLimit = 100_000
	// MaxWithin is the largest horizon of [Store.DueWithin], in working
	// days.
	MaxWithin = 366
)

// Filter narrows a query to one receiving unit, competent agency, procedure
// or status; a zero field does not filter. Limit caps the rows returned
// (0: [DefaultLimit]; at most [MaxLimit]).
type Filter struct {
	Unit, Agency, Procedure string
	Status                  dossier.Status
	Limit                   int
}

func (f Filter) where(b *strings.Builder, args []any) ([]any, error) {
	for _, c := range []struct{ col, v string }{{"unit", f.Unit}, {"agency", f.Agency}, {"procedure_code", f.Procedure}} {
		if c.v == "" {
			continue
		}
		if len(c.v) > 128 {
			return nil, &InputError{Field: "filter " + c.col, Value: clip.String(c.v, 40), Reason: "longer than 128 bytes"}
		}
		b.WriteString(" AND " + c.col + " = ?")
		args = append(args, c.v)
	}
	if f.Status != dossier.StatusUnknown {
		if !f.Status.IsValid() {
			return nil, &InputError{Field: "filter status", Value: f.Status.String(), Reason: "unknown status"}
		}
		b.WriteString(" AND status = ?")
		args = append(args, int(f.Status))
	}
	return args, nil
}

func (f Filter) limit() (int, error) {
	switch {
	case f.Limit == 0:
		return DefaultLimit, nil
	case f.Limit < 0 || f.Limit > MaxLimit:
		return 0, &InputError{Field: "filter limit", Value: itoa(f.Limit), Reason: "want 1 to 100,000"}
	}
	return f.Limit, nil
}

// Due is an open dossier and its due date, as the projection holds it.
type Due struct {
	ID        string
	Code      dossier.Code
	Unit      string
	Agency    string
	Procedure string
	Status    dossier.Status
	Received  time.Time
	Due       date.Date
	// Left is the number of working days from today to the due date (0 when
	// due today; negative when overdue: the working days since).
	Left int
}

// DueWithin lists the open dossiers, not paused, due from today to n
// working days after it, soonest first: the list a one-stop section goes
// through at the end of the day (the apology, form 04, must go at the
// latest one working day before the due date, Decree 61/2018/NĐ-CP
// Art. 19(9)). n is 0 to [MaxWithin].
func (s *Store) DueWithin(ctx context.Context, today date.Date, n int, f Filter) ([]Due, error) {
	if n < 0 || n > MaxWithin {
		return nil, &InputError{Field: "working days", Value: itoa(n), Reason: "want 0 to 366"}
	}
	last, err := s.sched.Calendar().AddWorkingDays(today, n)
	if err != nil {
		return nil, &OpError{Op: "due", Kind: ErrInvalid, Err: err}
	}
	return s.due(ctx, today, " AND due_day >= ? AND due_day <= ?", []any{int64(today), int64(last)}, f)
}

// Overdue lists the open dossiers, not paused, whose due date is before
// today, the most overdue first.
func (s *Store) Overdue(ctx context.Context, today date.Date, f Filter) ([]Due, error) {
	return s.due(ctx, today, " AND due_day < ?", []any{int64(today)}, f)
}

func (s *Store) due(ctx context.Context, today date.Date, cond string, args []any, f Filter) ([]Due, error) {
	limit, err := f.limit()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(`SELECT id, code, unit, agency, procedure_code, status, received_at, due_day FROM dossiers
WHERE is_open = 1 AND paused_since IS NULL`)
	b.WriteString(cond)
	if args, err = f.where(&b, args); err != nil {
		return nil, err
	}
	b.WriteString(" ORDER BY due_day, id LIMIT ?")
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, s.q(b.String()), args...)
	if err != nil {
		return nil, dbErr("due", "", err)
	}
	defer rows.Close()
	cal := s.sched.Calendar()
	var out []Due
	for rows.Next() {
		var d Due
		var code sql.NullString
		var status int
		var received sql.NullInt64
		var due int64
		if err := rows.Scan(&d.ID, &code, &d.Unit, &d.Agency, &d.Procedure, &status, &received, &due); err != nil {
			return nil, dbErr("due", "", err)
		}
		d.Code, d.Status, d.Received, d.Due = dossier.Code(code.String), dossier.Status(status), fromMillis(received).In(s.sched.Zone()), date.Date(due)
		if left, err := cal.WorkingDaysBetween(today, d.Due); err == nil {
			d.Left = left
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr("due", "", err)
	}
	return out, nil
}

// Paused is a dossier whose clock is stopped: waiting for a supplement
// (Decree 61/2018/NĐ-CP Art. 19(4)) or for a financial obligation to be
// paid.
type Paused struct {
	ID     string
	Code   dossier.Code
	Unit   string
	Agency string
	Status dossier.Status
	Since  time.Time
	// For is how long the dossier has been paused at now; WorkingDays the
	// working days from the day it paused to today.
	For         time.Duration
	WorkingDays int
}

// Paused lists the paused dossiers, the longest paused first.
func (s *Store) Paused(ctx context.Context, now time.Time, f Filter) ([]Paused, error) {
	limit, err := f.limit()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(`SELECT id, code, unit, agency, status, paused_since FROM dossiers WHERE paused_since IS NOT NULL`)
	args, err := f.where(&b, nil)
	if err != nil {
		return nil, err
	}
	b.WriteString(" ORDER BY paused_since, id LIMIT ?")
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, s.q(b.String()), args...)
	if err != nil {
		return nil, dbErr("paused", "", err)
	}
	defer rows.Close()
	cal, zone := s.sched.Calendar(), s.sched.Zone()
	var out []Paused
	for rows.Next() {
		var p Paused
		var code sql.NullString
		var status int
		var since sql.NullInt64
		if err := rows.Scan(&p.ID, &code, &p.Unit, &p.Agency, &status, &since); err != nil {
			return nil, dbErr("paused", "", err)
		}
		p.Code, p.Status, p.Since = dossier.Code(code.String), dossier.Status(status), fromMillis(since).In(zone)
		p.For = now.Sub(p.Since)
		if n, err := cal.WorkingDaysBetween(date.NewAt(p.Since), date.NewAt(now.In(zone))); err == nil {
			p.WorkingDays = n
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr("paused", "", err)
	}
	return out, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
