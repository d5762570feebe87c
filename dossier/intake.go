package dossier

import (
	"fmt"
	"math"
	"strings"

	"github.com/motcua/motcua/internal/vncount"
	"github.com/motcua/motcua/procedure"
)

// Shortfall is a component filed with fewer originals or copies than the
// procedure asks for.
type Shortfall struct {
	Component procedure.Component
	Originals int // filed
	Copies    int // filed
	// WantOriginals and WantCopies are what the procedure asks for (per set,
	// times the number of sets).
	WantOriginals int
	WantCopies    int
}

// Intake is the result of checking what an applicant brings against the
// procedure version in force (Decree 61/2018/NĐ-CP Art. 15(3), 17(1);
// Decree 118/2025/NĐ-CP Art. 11(2), 17): what is missing or short — listed
// together, so that the applicant is told once, completely (form 02) —,
// what is only shown, what the agency takes from a national database, and
// what was filed but not asked for.
type Intake struct {
	Missing      []procedure.Component // required, or conditional and applicable, not filed
	Short        []Shortfall
	PresentOnly  []procedure.Component // shown at the counter, not kept
	FromDatabase []procedure.Component // taken from a database: no paper
	Unexpected   []Filed               // filed, not in the procedure
	// Sets is the number of sets the procedure asks for (at least 1): the
	// counts of each component are per set.
	Sets int
}

// Complete reports whether nothing is missing or short: the dossier can be
// received.
func (in Intake) Complete() bool { return len(in.Missing) == 0 && len(in.Short) == 0 }

// ToAdd lists, in Vietnamese, everything the applicant must add: the body of
// the supplement request (form 02), given once and completely.
func (in Intake) ToAdd() []string {
	var out []string
	for _, c := range in.Missing {
		sets := max(in.Sets, 1)
		line := fmt.Sprintf("%s: %s", c.Name, countsVI(perSets(c.Originals, sets), perSets(c.Copies, sets)))
		if c.Requirement == procedure.PresentOnly {
			line = fmt.Sprintf("%s: xuất trình bản chính", c.Name)
		}
		out = append(out, line)
	}
	for _, s := range in.Short {
		out = append(out, fmt.Sprintf("%s: cần %s, mới nộp %s", s.Component.Name,
			countsVI(s.WantOriginals, s.WantCopies), countsVI(s.Originals, s.Copies)))
	}
	return out
}

// countsVI writes counts of papers, "không có bản nào" for none.
func countsVI(originals, copies int) string {
	if s := vncount.Papers(originals, copies); s != "" {
		return s
	}
	return "không có bản nào"
}

// Check compares the documents filed with the components of procedure p.
// applicable names the conditional components whose condition applies to
// this applicant (the official decides, reading each component's
// Condition); the others are not asked for. Documents are matched to
// components by name, ignoring case, accents and spacing.
//
// Counts are per set: a component asking for 1 original in a procedure of
// two sets (Sets = 2) asks for 2.
func Check(p procedure.Procedure, filed []Filed, applicable []string) Intake {
	sets := max(p.Sets(), 1)
	in := Intake{Sets: sets}
	m := newMatcher(filed, p)
	apply := map[string]bool{}
	for _, a := range applicable {
		apply[nameKey(a)] = true
	}
	for c := range p.AllComponents() {
		f, ok := m.find(c.Name)
		switch c.Requirement {
		case procedure.FromDatabase:
			in.FromDatabase = append(in.FromDatabase, c)
			continue
		case procedure.Conditional:
			if !ok && (len(apply) == 0 || !apply[nameKey(c.Name)]) {
				continue
			}
		case procedure.PresentOnly:
			in.PresentOnly = append(in.PresentOnly, c)
			if !ok || f.Originals < 1 {
				in.Missing = append(in.Missing, c)
			}
			continue
		}
		if !ok {
			in.Missing = append(in.Missing, c)
			continue
		}
		// A missing copy may be made good by an extra original.
		wantO, wantC := perSets(c.Originals, sets), perSets(c.Copies, sets)
		if f.Originals < wantO || addCounts(f.Originals, f.Copies) < addCounts(wantO, wantC) {
			in.Short = append(in.Short, Shortfall{Component: c, Originals: f.Originals, Copies: f.Copies,
				WantOriginals: wantO, WantCopies: wantC})
		}
	}
	for i, f := range filed {
		if !m.used[i] {
			in.Unexpected = append(in.Unexpected, f)
		}
	}
	return in
}

// matcher finds the filed documents of a component by name, ignoring case,
// accents and spacing; documents filed in several lines under one name are
// counted together. When every filed name is exactly a component's name —
// the common case, a vendor's form listing the catalogue's names — nothing
// needs folding.
type matcher struct {
	filed  []Filed
	used   []bool
	folded []string // folded names; nil when every filed name is exact
}

func newMatcher(filed []Filed, p procedure.Procedure) *matcher {
	m := &matcher{filed: filed, used: make([]bool, len(filed))}
	isComponent := func(name string) bool {
		for c := range p.AllComponents() {
			if c.Name == name {
				return true
			}
		}
		return false
	}
	for _, f := range filed {
		if !isComponent(f.Name) {
			m.folded = make([]string, len(filed))
			for i, f := range filed {
				m.folded[i] = nameKey(f.Name)
			}
			break
		}
	}
	return m
}

func (m *matcher) find(name string) (Filed, bool) {
	var sum Filed
	found := false
	key := name
	if m.folded != nil {
		key = nameKey(name)
	}
	for i, f := range m.filed {
		if (m.folded == nil && f.Name == key) || (m.folded != nil && m.folded[i] == key) {
			sum, found = add(sum, f), true
			m.used[i] = true
		}
	}
	return sum, found
}

func add(sum, f Filed) Filed {
	if sum.Name == "" {
		sum.Name = f.Name
	}
	sum.Originals = addCounts(sum.Originals, f.Originals)
	sum.Copies = addCounts(sum.Copies, f.Copies)
	sum.Digitised = f.Digitised
	return sum
}

// perSets returns count × sets, the papers a component asks for over all
// the sets, saturated at math.MaxInt: a count no applicant can file is
// never wrapped into one every applicant meets (2^62 originals × 4 sets
// is not 0).
func perSets(count, sets int) int {
	if count <= 0 || sets <= 0 {
		return max(count, 0) * max(sets, 0)
	}
	if count > math.MaxInt/sets {
		return math.MaxInt
	}
	return count * sets
}

// addCounts returns a + b for non-negative counts, saturated at
// math.MaxInt.
func addCounts(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// nameKey folds a document name for matching: lower case, Vietnamese
// accents removed, spaces collapsed.
func nameKey(s string) string {
	return strings.Join(strings.Fields(procedure.Fold(s)), " ")
}
