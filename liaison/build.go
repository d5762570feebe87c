package liaison

import (
	"fmt"
	"time"

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
			for _, p := range r.preds[i] {
				if p == j {
					return fail(s.ID, "after", a, fmt.Errorf("%w: predecessor listed twice", ErrDuplicateStep))
				}
			}
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
	}
	return ""
}

// work returns the working time of l, a working day being day long. l must
// be in working days or working hours.
func work(l sla.Limit, day time.Duration) time.Duration {
	if l.Unit() == sla.UnitWorkingHours {
		return time.Duration(l.Hundredths()) * time.Hour / 100
	}
	h := time.Duration(l.Hundredths())
	return h*(day/100) + h*(day%100)/100 // no overflow up to the sla caps
}

// sort fills r.order with a topological order, or reports a cycle.
func (r *Route) sort() error {
	n := len(r.steps)
	indeg := make([]int, n)
	for i := range r.steps {
		indeg[i] = len(r.preds[i])
	}
	r.order = make([]int, 0, n)
	// Repeatedly take the first ready step in the given order: O(n²) in
	// the worst case, fine for routes of tens of steps, and stable.
	done := make([]bool, n)
	for len(r.order) < n {
		next := -1
		for i := 0; i < n; i++ {
			if !done[i] && indeg[i] == 0 {
				next = i
				break
			}
		}
		if next < 0 {
			return r.cycleError(done)
		}
		done[next] = true
		r.order = append(r.order, next)
		for _, s := range r.succs[next] {
			indeg[s]--
		}
	}
	return nil
}

// cycleError finds a cycle among the steps not done (each has a
// predecessor not done) and reports it.
func (r *Route) cycleError(done []bool) error {
	at := -1
	for i := range r.steps {
		if !done[i] {
			at = i
			break
		}
	}
	// Walk back n times: we end up on a cycle.
	for k := 0; k < len(r.steps); k++ {
		for _, p := range r.preds[at] {
			if !done[p] {
				at = p
				break
			}
		}
	}
	cycle := []string{r.steps[at].ID}
	for cur := at; ; {
		next := -1
		for _, p := range r.preds[cur] {
			if !done[p] {
				next = p
				break
			}
		}
		cur = next
		cycle = append(cycle, r.steps[cur].ID)
		if cur == at {
			break
		}
	}
	// cycle lists predecessors backwards; print it forwards.
	s := ""
	for k := len(cycle) - 1; k >= 0; k-- {
		if s != "" {
			s += " → "
		}
		s += cycle[k]
	}
	return &RouteError{Route: r.code, Step: r.steps[at].ID, Field: "after", Value: s, Err: ErrCycle}
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
		dist[i] = best + stepWork(r.steps[i], StandardDay)
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
