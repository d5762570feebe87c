package liaison

import (
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/clip"

	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// NewRoute checks spec and builds the route it describes. It copies spec:
// later changes to spec or its steps do not reach the route.
//
// The first problem found is returned as a *[RouteError] naming the step
// and the field, wrapping one of: [ErrEmptyRoute] (no code, no steps),
// [ErrBadBudget] (an invalid total or budget, or one in calendar days or
// months), [ErrBadCutoff], [ErrBadStep] (no ID, no name, an invalid role),
// [ErrUnknownAgency] (an empty agency on a step that does not pause the
// clock, or a lead agency no step has), [ErrDuplicateStep],
// [ErrUnknownStep] (a predecessor that is not a step), [ErrNoReceive],
// [ErrNoReturn], [ErrUnreachable] (a step without predecessors that is not
// a receiving step), [ErrCycle] (naming a step on the cycle, with the cycle
// as Value), [ErrDeadEnd] (a step other than a return step that no step
// follows) and [ErrOverBudget] (with an *[OverBudgetError] giving the
// critical path and the excess). Steps are checked in the order given, so
// the error is deterministic.
//
// # Budget units
//
// Budgets and the total must be in working days or working hours: they are
// all office time, which is what the one-stop unit splits between agencies.
// To add them along a path, a working day counts as [StandardDay] (eight
// hours); a route whose budgets are all in working days is therefore
// checked exactly, whatever the office's hours. Calendar days and months are
// rejected ([ErrBadBudget]): how many of them an agency uses depends on
// weekends and holidays, so they cannot be added to working time without a
// date.
func NewRoute(spec RouteSpec) (*Route, error) {
	r := &Route{code: spec.Code, name: spec.Name, lead: spec.Lead, source: spec.Source,
		total: spec.Total, cutoff: spec.Cutoff}
	fail := func(step, field, value string, err error) (*Route, error) {
		return nil, &RouteError{Route: spec.Code, Step: step, Field: field, Value: value, Err: err}
	}
	if spec.Code == "" {
		return fail("", "code", "", fmt.Errorf("%w: the route has no code", ErrEmptyRoute))
	}
	if len(spec.Steps) == 0 {
		return fail("", "steps", "", fmt.Errorf("%w: the route has no steps", ErrEmptyRoute))
	}
	if len(spec.Steps) > MaxSteps {
		return fail("", "steps", "", fmt.Errorf("%w: %d steps, more than %d", ErrTooLarge, len(spec.Steps), MaxSteps))
	}
	if reason := budgetProblem(spec.Total); reason != "" {
		return fail("", "total", spec.Total.String(), fmt.Errorf("%w: %s", ErrBadBudget, reason))
	}
	if spec.Cutoff != 0 && (spec.Cutoff < 0 || spec.Cutoff > clock.Day || spec.Cutoff%clock.Minute != 0) {
		return fail("", "cutoff", spec.Cutoff.String(), fmt.Errorf("%w: not a whole minute in (00:00, 24:00]", ErrBadCutoff))
	}

	n := len(spec.Steps)
	r.steps = make([]Step, n)
	r.index = make(map[string]int, n)
	for i, s := range spec.Steps {
		switch {
		case s.ID == "":
			return fail("", fmt.Sprintf("steps[%d].id", i), "", fmt.Errorf("%w: a step needs an ID", ErrBadStep))
		case r.has(s.ID):
			return fail(s.ID, "id", s.ID, ErrDuplicateStep)
		case s.Name == "":
			return fail(s.ID, "name", "", fmt.Errorf("%w: a step needs a name", ErrBadStep))
		case !s.Role.IsValid():
			return fail(s.ID, "role", s.Role.String(), fmt.Errorf("%w: invalid role", ErrBadStep))
		case s.Agency == "" && !s.PausesClock:
			return fail(s.ID, "agency", "", fmt.Errorf("%w: empty agency code", ErrUnknownAgency))
		case len(s.After) > MaxPredecessors:
			return fail(s.ID, "after", "", fmt.Errorf("%w: %d predecessors, more than %d", ErrTooLarge, len(s.After), MaxPredecessors))
		}
		if reason := budgetProblem(s.Budget); reason != "" {
			return fail(s.ID, "budget", s.Budget.String(), fmt.Errorf("%w: %s", ErrBadBudget, reason))
		}
		r.index[s.ID] = i
		r.steps[i] = s.clone()
	}

	r.preds = make([][]int, n)
	r.succs = make([][]int, n)
	hasReceive, hasReturn := false, false
	// mark[j] == i+1 once step i lists j: a duplicate is found in O(1).
	mark := make([]int, n)
	for i, s := range r.steps {
		hasReceive = hasReceive || s.Role == RoleReceive
		hasReturn = hasReturn || s.Role == RoleReturn
		for _, a := range s.After {
			j, ok := r.index[a]
			switch {
			case !ok:
				return fail(s.ID, "after", a, ErrUnknownStep)
			case j == i:
				return fail(s.ID, "after", a, fmt.Errorf("%w: %s → %s", ErrCycle, s.ID, s.ID))
			}
			if mark[j] == i+1 {
				return fail(s.ID, "after", a, fmt.Errorf("%w: predecessor listed twice", ErrDuplicateStep))
			}
			mark[j] = i + 1
			r.preds[i] = append(r.preds[i], j)
			r.succs[j] = append(r.succs[j], i)
		}
	}
	if !hasReceive {
		return fail("", "steps", "", ErrNoReceive)
	}
	if !hasReturn {
		return fail("", "steps", "", ErrNoReturn)
	}
	for i, s := range r.steps {
		if len(r.preds[i]) == 0 && s.Role != RoleReceive {
			return fail(s.ID, "after", "", fmt.Errorf("%w: a step without predecessors must be a receiving step", ErrUnreachable))
		}
	}
	if err := r.sort(); err != nil {
		return nil, err
	}
	for i, s := range r.steps {
		if len(r.succs[i]) == 0 && s.Role != RoleReturn {
			return fail(s.ID, "after", "", fmt.Errorf("%w: no step follows it and it does not return the result", ErrDeadEnd))
		}
	}
	if r.lead != "" {
		found := false
		for _, s := range r.steps {
			found = found || s.Agency == r.lead
		}
		if !found {
			return fail("", "lead", r.lead, fmt.Errorf("%w: the lead agency has no step", ErrUnknownAgency))
		}
	}
	r.critical()
	if total := work(r.total, StandardDay); r.sum > total {
		return fail(r.steps[r.crit[len(r.crit)-1]].ID, "total", r.total.String(), &OverBudgetError{
			Path: r.CriticalPath(), Sum: r.sum, Total: total, Excess: r.sum - total})
	}
	r.mode = deriveMode(r)
	return r, nil
}

func (r *Route) has(id string) bool {
	_, ok := r.index[id]
	return ok
}

// budgetProblem returns why l cannot be a step budget or a route total, or
// "" if it can.
func budgetProblem(l sla.Limit) string {
	switch {
	case !l.IsValid():
		return "not a valid limit"
	case l.Unit() != sla.UnitWorkingDays && l.Unit() != sla.UnitWorkingHours:
		return "only working days and working hours can be split between agencies, not " + l.Unit().String()
	case work(l, StandardDay) > MaxBudget:
		return "more than the maximum of 250 working days (2,000 working hours)"
	}
	return ""
}

// work returns the working time of l, a working day being day long. l must
// be in working days or working hours.
func work(l sla.Limit, day time.Duration) time.Duration {
	h := time.Duration(l.Hundredths())
	if l.Unit() == sla.UnitWorkingHours {
		return h * (time.Hour / 100) // 36 s each: no overflow up to the sla caps
	}
	return h*(day/100) + h*(day%100)/100 // no overflow up to the sla caps
}

// sort fills r.order with a topological order, or reports a cycle. The
// order is stable: each time, the first ready step in the order given. A
// min-heap of the ready steps makes it O((steps + edges) · log steps).
func (r *Route) sort() error {
	n := len(r.steps)
	indeg := make([]int, n)
	ready := make(minHeap, 0, n)
	for i := range r.steps {
		indeg[i] = len(r.preds[i])
		if indeg[i] == 0 {
			ready = append(ready, i) // in increasing order: already a heap
		}
	}
	r.order = make([]int, 0, n)
	for len(ready) > 0 {
		next := ready.pop()
		r.order = append(r.order, next)
		for _, s := range r.succs[next] {
			if indeg[s]--; indeg[s] == 0 {
				ready.push(s)
			}
		}
	}
	if len(r.order) < n {
		return r.cycleError(indeg)
	}
	return nil
}

// minHeap is a binary min-heap of step indices.
type minHeap []int

func (h *minHeap) push(x int) {
	*h = append(*h, x)
	a := *h
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p] <= a[i] {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *minHeap) pop() int {
	a := *h
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(a) && a[l] < a[m] {
			m = l
		}
		if l+1 < len(a) && a[l+1] < a[m] {
			m = l + 1
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top
}

// cycleError finds a cycle among the steps left unsorted (those with
// indeg > 0, each of which has an unsorted predecessor) and reports it,
// naming the first [maxCycleQuote] steps of the cycle and its length. It
// is O(steps + edges).
func (r *Route) cycleError(indeg []int) error {
	at := -1
	for i := range r.steps {
		if indeg[i] > 0 {
			at = i
			break
		}
	}
	// Walk back through unsorted predecessors until a step repeats: the
	// walk from that step back to itself is a cycle.
	seen := make([]int, len(r.steps)) // position on the walk + 1
	var walk []int
	for seen[at] == 0 {
		walk = append(walk, at)
		seen[at] = len(walk)
		for _, p := range r.preds[at] {
			if indeg[p] > 0 {
				at = p
				break
			}
		}
	}
	cycle := walk[seen[at]-1:] // backwards: each step's predecessor follows it
	var b strings.Builder
	for k := 0; k < len(cycle) && k < maxCycleQuote; k++ {
		if k > 0 {
			b.WriteString(" → ")
		}
		b.WriteString(clip.String(r.steps[cycle[(len(cycle)-k)%len(cycle)]].ID, 24))
	}
	if len(cycle) > maxCycleQuote {
		fmt.Fprintf(&b, " → … (%d steps)", len(cycle))
	} else {
		b.WriteString(" → ")
		b.WriteString(clip.String(r.steps[cycle[0]].ID, 24))
	}
	return &RouteError{Route: r.code, Step: r.steps[cycle[0]].ID, Field: "after", Value: b.String(), Err: ErrCycle}
}

// critical fills r.crit and r.sum: the longest path by budget, at
// [StandardDay] per working day, leaving out steps that pause the clock.
func (r *Route) critical() {
	n := len(r.steps)
	dist := make([]time.Duration, n)
	from := make([]int, n)
	for _, i := range r.order {
		from[i] = -1
		var best time.Duration
		for _, p := range r.preds[i] {
			if from[i] < 0 || dist[p] > best || (dist[p] == best && p < from[i]) {
				from[i], best = p, dist[p]
			}
		}
		dist[i] = addWork(best, stepWork(r.steps[i], StandardDay))
	}
	end := -1
	for i := range r.steps {
		if len(r.succs[i]) == 0 && (end < 0 || dist[i] > dist[end]) {
			end = i
		}
	}
	r.sum = dist[end]
	var path []int
	for i := end; i >= 0; i = from[i] {
		path = append(path, i)
	}
	for a, b := 0, len(path)-1; a < b; a, b = a+1, b-1 {
		path[a], path[b] = path[b], path[a]
	}
	r.crit = path
}

// stepWork is the working time a step counts against the total: its budget,
// or nothing for a step that pauses the clock.
func stepWork(s Step, day time.Duration) time.Duration {
	if s.PausesClock {
		return 0
	}
	return work(s.Budget, day)
}
