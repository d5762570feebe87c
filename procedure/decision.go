package procedure

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/rickb777/date/v2"
)

// Decision is a publication decision (quyết định công bố thủ tục hành
// chính) of a ministry or a provincial People's Committee: from Effective
// on, it publishes new procedures, amends or replaces existing ones, and
// abolishes others. Number and Effective are required.
type Decision struct {
	Number    string
	Effective date.Date
	New       []Procedure
	Amended   []Procedure
	Replaced  []Replacement
	Abolished []string
}

// Replacement replaces the procedure Old by New. New may keep the old code
// (then it acts as an amendment counted as a replacement) or carry a new
// one (then Old is abolished on the same day).
type Replacement struct {
	Old string
	New Procedure
}

// ChangeReport counts what a decision changed, the way provinces report a
// year of decisions ("455 new, 521 amended, 30 replaced, 457 abolished").
type ChangeReport struct {
	Decision  string
	Added     int
	Amended   int
	Replaced  int
	Abolished int
}

// String returns e.g. "1872/QĐ-BTP: 1 new, 2 amended, 0 replaced, 1 abolished".
func (r ChangeReport) String() string {
	return fmt.Sprintf("%s: %d new, %d amended, %d replaced, %d abolished", r.Decision, r.Added, r.Amended, r.Replaced, r.Abolished)
}

// Apply returns a new catalogue with d applied and a report of the changes;
// c itself is not changed. The decision is all or nothing: on error the
// result is nil and no change is made. Errors are [*DecisionError] values
// naming the decision and the code, wrapping:
//
//   - [ErrMissingField] for a decision without number or effective date, or
//     an invalid (zero) Procedure;
//   - [ErrExists] for adding a code that is in force (or replacing by one);
//   - [ErrUnknownCode] for amending, replacing or abolishing an unknown code;
//   - [ErrAbolished] for amending, replacing or abolishing an abolished one
//     (abolishing twice);
//   - [ErrOutOfOrder] when d takes effect on or before a recorded version;
//   - [ErrDuplicate] when a code appears twice in d;
//   - a [*ValidationError] ([ErrLevelAbolished]) when a version in force
//     from 2025-07-01 keeps the district level.
func (c *Catalog) Apply(d Decision) (*Catalog, ChangeReport, error) {
	rep := ChangeReport{Decision: d.Number}
	fail := func(code string, err error) (*Catalog, ChangeReport, error) {
		return nil, ChangeReport{}, &DecisionError{Decision: d.Number, Code: code, Err: err}
	}
	if strings.TrimSpace(d.Number) == "" {
		return fail("", fmt.Errorf("decision number: %w", ErrMissingField))
	}
	if d.Effective == 0 {
		return fail("", fmt.Errorf("effective date: %w", ErrMissingField))
	}
	next := &Catalog{entries: maps.Clone(c.entries)}
	if next.entries == nil {
		next.entries = map[string]*entry{}
	}
	touched := map[string]bool{}
	// push appends a version to code's history, copying the history.
	push := func(code string, v Version) error {
		if touched[code] {
			return ErrDuplicate
		}
		touched[code] = true
		old := next.entries[code]
		var vs []Version
		if old != nil {
			if last := old.versions[len(old.versions)-1]; last.Effective >= d.Effective {
				return ErrOutOfOrder
			}
			vs = make([]Version, len(old.versions), len(old.versions)+1)
			copy(vs, old.versions)
		}
		v.Code, v.Decision, v.Effective = code, d.Number, d.Effective
		next.entries[code] = &entry{versions: append(vs, v)}
		return nil
	}
	inForce := func(code string) error {
		last, ok := c.latest(code)
		switch {
		case !ok:
			return ErrUnknownCode
		case last.Abolished:
			return ErrAbolished
		}
		return nil
	}
	canAdd := func(code string) error {
		if last, ok := c.latest(code); ok && !last.Abolished {
			return ErrExists
		}
		return nil
	}
	for _, p := range d.New {
		if !p.IsValid() {
			return fail("", fmt.Errorf("new procedure: %w", ErrMissingField))
		}
		if err := canAdd(p.Code()); err != nil {
			return fail(p.Code(), err)
		}
		if err := push(p.Code(), Version{Procedure: p}); err != nil {
			return fail(p.Code(), err)
		}
		rep.Added++
	}
	for _, p := range d.Amended {
		if !p.IsValid() {
			return fail("", fmt.Errorf("amended procedure: %w", ErrMissingField))
		}
		if err := inForce(p.Code()); err != nil {
			return fail(p.Code(), err)
		}
		if err := push(p.Code(), Version{Procedure: p}); err != nil {
			return fail(p.Code(), err)
		}
		rep.Amended++
	}
	for _, r := range d.Replaced {
		if !r.New.IsValid() {
			return fail(r.Old, fmt.Errorf("replacement: %w", ErrMissingField))
		}
		if err := inForce(r.Old); err != nil {
			return fail(r.Old, err)
		}
		if r.New.Code() != r.Old {
			if err := canAdd(r.New.Code()); err != nil {
				return fail(r.New.Code(), err)
			}
			if err := push(r.Old, Version{Abolished: true}); err != nil {
				return fail(r.Old, err)
			}
		}
		if err := push(r.New.Code(), Version{Procedure: r.New}); err != nil {
			return fail(r.New.Code(), err)
		}
		rep.Replaced++
	}
	for _, code := range d.Abolished {
		if err := inForce(code); err != nil {
			return fail(code, err)
		}
		if err := push(code, Version{Abolished: true}); err != nil {
			return fail(code, err)
		}
		rep.Abolished++
	}
	for code := range touched {
		if err := checkHistory(code, next.entries[code].versions); err != nil {
			return fail(code, err)
		}
	}
	next.codes = slices.Sorted(maps.Keys(next.entries))
	return next, rep, nil
}
