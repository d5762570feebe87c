package store

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"strings"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// GroupBy is the projection column a [Report] groups by.
type GroupBy uint8

const (
	// GroupNone puts every dossier in one group, keyed "".
	GroupNone GroupBy = iota
	// GroupAgency groups by the competent agency's code.
	GroupAgency
	// GroupUnit groups by the receiving unit's code.
	GroupUnit
	// GroupProcedure groups by the procedure's code.
	GroupProcedure
	// GroupField groups by the procedure's field (lĩnh vực).
	GroupField
	// GroupChannel groups by the channel's wire code.
	GroupChannel
)

var groupColumns = [...]string{GroupNone: "''", GroupAgency: "agency", GroupUnit: "unit", GroupProcedure: "procedure_code", GroupField: "field", GroupChannel: "channel"}

// IsValid reports whether g is a defined grouping.
func (g GroupBy) IsValid() bool { return int(g) < len(groupColumns) }

// Report holds the [dossier.Figures] of a period, by group, computed from
// the projection rows as [dossier.Report.Add] computes them from dossiers
// (the conformance suite checks that both agree). Reports of several
// stores of the same period and grouping merge exactly ([Report.Merge]).
// A Report is for one goroutine; its zero value is empty and unusable: get
// one from [Store.Report].
type Report struct {
	period dossier.Period
	by     GroupBy
	index  map[string]int
	keys   []string
	groups []dossier.Figures
	total  dossier.Figures
}

// Report streams the projection rows that count for period p — received
// before its end and open at its start, or refused in it — and returns
// their figures grouped by g, holding one row at a time. The figures are
// those of [dossier.Report.Add], judged as of the period's end: a dossier
// pending at the end whose due date may have moved from the end on (a
// pause, its end, a restart or a re-appointment after the period) is
// loaded and replayed, so that its pending overdue count uses the due date
// in force at the end, not the one its projection keeps now.
func (s *Store) Report(ctx context.Context, p dossier.Period, g GroupBy) (*Report, error) {
	return s.ReportFor(ctx, p, g, Filter{})
}

// ReportFor is [Store.Report] over the dossiers f selects: one receiving
// unit's, say, so that a unit's figures by agency or field leave out every
// other unit's dossiers. f.Limit is ignored.
func (s *Store) ReportFor(ctx context.Context, p dossier.Period, g GroupBy, f Filter) (*Report, error) {
	if !g.IsValid() {
		return nil, &InputError{Field: "group", Value: itoa(int(g)), Reason: "unknown grouping"}
	}
	if p.From >= p.To || p.To-p.From > 3660 {
		return nil, &InputError{Field: "period", Value: fmt.Sprintf("%s–%s", p.From, p.To), Reason: "want a non-empty period of at most ten years"}
	}
	r := &Report{period: p, by: g, index: map[string]int{}}
	from, to := int64(p.From), int64(p.To)
	// The period ends at the start of day To in the schedule's zone, as
	// dossier.Report judges it.
	end := p.To.Time(0, s.sched.Zone()).UnixMilli()
	col := groupColumns[g]
	// Three disjoint sets, each read through an index: refused in the
	// period; received before its end and closed from its start on; still
	// open and received before its end.
	var where strings.Builder
	fargs, err := f.where(&where, nil)
	if err != nil {
		return nil, err
	}
	and := where.String()
	args := append(append(append(append(append([]any{from, to}, fargs...), from, to), fargs...), to), fargs...)
	const cols = `, id, online, received_day, due_day, finished_day, outcome, stopped_day, refused_day, closed_day, due_moved_at FROM dossiers`
	q := `SELECT ` + col + cols + ` WHERE refused_day >= ? AND refused_day < ?` + and + `
UNION ALL SELECT ` + col + cols + ` WHERE closed_day >= ? AND received_day < ?` + and + `
UNION ALL SELECT ` + col + cols + ` WHERE is_open = 1 AND received_day < ?` + and
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, dbErr("report", "", err)
	}
	defer rows.Close()
	for rows.Next() {
		var key string
		var id sql.RawBytes // read only for a dossier replayed: no allocation per row
		var online, outcome int
		var received, due, finished, stopped, refused, closed, moved sql.NullInt64
		if err := rows.Scan(&key, &id, &online, &received, &due, &finished, &outcome, &stopped, &refused, &closed, &moved); err != nil {
			return nil, dbErr("report", "", err)
		}
		f := figuresOf(p, online == 1, day(received), day(due), day(finished), sla.Outcome(outcome), day(stopped), day(refused), day(closed))
		if f.Pending == 1 && moved.Valid && moved.Int64 >= end {
			if f, err = s.figuresAsOf(ctx, p, string(id)); err != nil {
				return nil, err
			}
		}
		r.add(key, f)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr("report", "", err)
	}
	return r, nil
}

// figuresAsOf counts dossier id for period p from its replay, as
// [dossier.Report.Add] does.
func (s *Store) figuresAsOf(ctx context.Context, p dossier.Period, id string) (dossier.Figures, error) {
	rec, err := s.Load(ctx, id)
	if err != nil {
		return dossier.Figures{}, err
	}
	one, err := dossier.NewReport(p, func(dossier.Dossier) struct{} { return struct{}{} })
	if err == nil {
		err = one.Add(rec.Dossier)
	}
	if err != nil {
		return dossier.Figures{}, &OpError{Op: "report", Dossier: id, Kind: ErrInvalid, Err: err}
	}
	return one.Total(), nil
}

func day(n sql.NullInt64) date.Date { return date.Date(n.Int64) }

// figuresOf counts one dossier for period p from its projection, with the
// rules of [dossier.Report.Add]: received in the period; carried over when
// received before it and open at its start; resolved by outcome when the
// result was made in it; pending (and overdue) when open at its end. due
// is the due date the projection keeps: the one in force at the period's
// end unless an event from the end on moved it ([Store.Report] replays
// those).
func figuresOf(p dossier.Period, online bool, received, due, finished date.Date, outcome sla.Outcome, stopped, refused, closed date.Date) dossier.Figures {
	var f dossier.Figures
	if refused != 0 && p.Contains(refused) {
		f.Refused = 1
	}
	if received == 0 {
		return f
	}
	if p.Contains(received) {
		f.Received = 1
		if online {
			f.Online = 1
		}
	}
	isClosed := closed != 0
	if received < p.From && (!isClosed || closed >= p.From) {
		f.CarriedOver = 1
	}
	if finished != 0 && p.Contains(finished) {
		f.Resolved = f.Resolved.Add(outcome)
	}
	if stopped != 0 && p.Contains(stopped) {
		f.Stopped = 1
	}
	if received < p.To && (!isClosed || closed >= p.To) {
		f.Pending = 1
		if due < p.To {
			f.PendingOverdue = 1
		}
	}
	return f
}

func (r *Report) add(key string, f dossier.Figures) {
	if f == (dossier.Figures{}) {
		return
	}
	r.total = r.total.Merge(f)
	i, ok := r.index[key]
	if !ok {
		i = len(r.keys)
		r.index[key] = i
		r.keys = append(r.keys, key)
		r.groups = append(r.groups, dossier.Figures{})
	}
	r.groups[i] = r.groups[i].Merge(f)
}

// Merge adds the figures of o, a report of the same period and grouping
// (from another store, say); o is unchanged.
func (r *Report) Merge(o *Report) error {
	if o.period != r.period || o.by != r.by {
		return &InputError{Field: "report", Value: fmt.Sprintf("%s–%s", o.period.From, o.period.To), Reason: "another period or grouping"}
	}
	for i, k := range o.keys {
		r.add(k, o.groups[i])
	}
	return nil
}

// Period returns the report's period.
func (r *Report) Period() dossier.Period { return r.period }

// Total returns the figures of all groups together.
func (r *Report) Total() dossier.Figures { return r.total }

// Get returns the figures of group k (zero if none).
func (r *Report) Get(k string) dossier.Figures {
	if i, ok := r.index[k]; ok {
		return r.groups[i]
	}
	return dossier.Figures{}
}

// Keys returns the groups in the order they were first seen.
func (r *Report) Keys() []string { return append([]string(nil), r.keys...) }

// All yields each group and its figures, in the order of Keys.
func (r *Report) All() iter.Seq2[string, dossier.Figures] {
	return func(yield func(string, dossier.Figures) bool) {
		for i, k := range r.keys {
			if !yield(k, r.groups[i]) {
				return
			}
		}
	}
}

// Fold streams every dossier that counts for r's period, loaded and
// replayed one at a time, into r: the exact [dossier.Report] with any key,
// at the cost of a replay per dossier ([Store.Report] reads only the
// projection).
func Fold[K comparable](ctx context.Context, s *Store, r *dossier.Report[K]) error {
	p := r.Period()
	from, to := int64(p.From), int64(p.To)
	q := `SELECT id FROM dossiers WHERE refused_day >= ? AND refused_day < ?
UNION ALL SELECT id FROM dossiers WHERE closed_day >= ? AND received_day < ?
UNION ALL SELECT id FROM dossiers WHERE is_open = 1 AND received_day < ?`
	return s.each(ctx, q, []any{from, to, from, to, to}, func(rec Record) error {
		return r.Add(rec.Dossier)
	})
}
