package liaison

import (
	"iter"
	"slices"
	"time"

	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// StandardDay is the length of a working day used to add working hours and
// working days together when a route is validated: eight hours, the
// 40-hour, five-day week of Decision 188/1999/QĐ-TTg and the default office
// day of [sla.DefaultSessions]. Planning uses the schedule's own
// [sla.Schedule.DayLength] instead.
const StandardDay = 8 * time.Hour

// RouteSpec describes a route for [NewRoute]: the plain data of a [Route].
// It is also the shape of the route's JSON (see [ParseRoute]).
type RouteSpec struct {
	// Code identifies the route, usually the procedure or group code.
	// Required.
	Code string
	// Name is the Vietnamese name of the procedure or group.
	Name string
	// Lead is the code of the lead agency ("cơ quan chủ trì") that joins
	// the results of parallel branches (Decree 61/2018/NĐ-CP Art. 19(6));
	// if set, it must be the agency of one of the steps.
	Lead string
	// Total is the procedure's time limit, in working days or working
	// hours. The budgets along the critical path must not exceed it.
	Total sla.Limit
	// Cutoff is the receipt cut-off of the procedure: a dossier received on
	// a working day at or after it counts from the next working day (for
	// example 15:00 in the Decree 63/2024/NĐ-CP groups, Art. 7(2)). Zero
	// means the schedule's own cut-off. Planning and tracking apply the
	// earlier of the two.
	Cutoff clock.Clock
	// Source is the legal source of the route ("Nghị định 63/2024/NĐ-CP,
	// Điều 7, 8").
	Source string
	// Steps are the steps, in any order that lists them once; the order is
	// kept for display and JSON.
	Steps []Step
}

// Route is the checked, immutable description of an inter-agency
// ("liên thông") procedure: its steps as a directed acyclic graph, each with
// an agency, a role and a time budget, the total time limit and the legal
// source. Build one with [NewRoute] or [ParseRoute]; the built-in routes
// ([BirthRegistrationGroup] and others) return fresh ones.
//
// A Route is used by pointer. It is immutable once built and safe for
// concurrent use by multiple goroutines (except [Route.UnmarshalJSON],
// which like time.Time's is meant for decoding into a fresh variable). It
// never hands out its internal slices: [Route.Steps] yields copies.
//
// A built Route always holds: at least one receiving step; every step
// reachable from a step without predecessors, which is a receiving step; no
// cycle; every step without successors a return step; every budget in
// working days or working hours; and the critical path's budgets within
// [Route.Total]. Agencies are checked separately against a registry with
// [Route.Validate], because their validity depends on a date.
//
// The zero Route is not usable, and Route values are not comparable with
// ==: use [Route.Equal]. The methods of a nil *Route return zero values
// (or an error wrapping [ErrInvalid]) rather than panic. A Route marshals to JSON losslessly
// ([Route.MarshalJSON], [ParseRoute]).
type Route struct {
	_      [0]func()
	code   string
	name   string
	lead   string
	source string
	total  sla.Limit
	cutoff clock.Clock

	steps []Step
	index map[string]int
	preds [][]int // preds[i]: indices of the steps After lists, in its order
	succs [][]int
	order []int // a topological order (stable: by position among ready steps)
	crit  []int // the critical path, receipt to return
	sum   time.Duration
	mode  Mode
}

// Code returns the route's code.
func (r *Route) Code() string {
	if r == nil {
		return ""
	}
	return r.code
}

// Name returns the route's Vietnamese name.
func (r *Route) Name() string {
	if r == nil {
		return ""
	}
	return r.name
}

// Lead returns the lead agency's code, or "" if none was named.
func (r *Route) Lead() string {
	if r == nil {
		return ""
	}
	return r.lead
}

// Source returns the legal source of the route.
func (r *Route) Source() string {
	if r == nil {
		return ""
	}
	return r.source
}

// Total returns the procedure's total time limit.
func (r *Route) Total() sla.Limit {
	if r == nil {
		return sla.Limit{}
	}
	return r.total
}

// Cutoff returns the route's receipt cut-off, zero if it has none.
func (r *Route) Cutoff() clock.Clock {
	if r == nil {
		return 0
	}
	return r.cutoff
}

// Mode returns how the route distributes the dossier; it is derived from
// the graph.
func (r *Route) Mode() Mode {
	if r == nil {
		return ModeUnknown
	}
	return r.mode
}

// Len returns the number of steps.
func (r *Route) Len() int {
	if r == nil {
		return 0
	}
	return len(r.steps)
}

// Steps returns an iterator over copies of the steps, in the order they
// were given.
func (r *Route) Steps() iter.Seq[Step] {
	return func(yield func(Step) bool) {
		if r == nil {
			return
		}
		for _, s := range r.steps {
			if !yield(s.clone()) {
				return
			}
		}
	}
}

// Step returns a copy of the step with the given ID.
func (r *Route) Step(id string) (Step, bool) {
	if r == nil {
		return Step{}, false
	}
	i, ok := r.index[id]
	if !ok {
		return Step{}, false
	}
	return r.steps[i].clone(), true
}

// CriticalPath returns the IDs of the steps on the critical path, from
// receipt to return: the chain whose budgets (leaving out steps that pause
// the clock) add up to the most working time, a working day counted as
// [StandardDay]. Ties go to the step given first. The slice is the
// caller's.
func (r *Route) CriticalPath() []string {
	if r == nil {
		return nil
	}
	ids := make([]string, len(r.crit))
	for k, i := range r.crit {
		ids[k] = r.steps[i].ID
	}
	return ids
}

// CriticalWork returns the working time the critical path's budgets add up
// to, a working day counted as [StandardDay].
func (r *Route) CriticalWork() time.Duration {
	if r == nil {
		return 0
	}
	return r.sum
}

// Spec returns a deep copy of the data the route was built from.
func (r *Route) Spec() RouteSpec {
	if r == nil {
		return RouteSpec{}
	}
	steps := make([]Step, len(r.steps))
	for i, s := range r.steps {
		steps[i] = s.clone()
	}
	return RouteSpec{Code: r.code, Name: r.name, Lead: r.lead, Total: r.total,
		Cutoff: r.cutoff, Source: r.source, Steps: steps}
}

// Equal reports whether r and o describe the same route: the same fields
// and the same steps in the same order. Two nil routes are equal.
func (r *Route) Equal(o *Route) bool {
	if r == nil || o == nil {
		return r == o
	}
	if r.code != o.code || r.name != o.name || r.lead != o.lead || r.source != o.source ||
		r.total != o.total || r.cutoff != o.cutoff || len(r.steps) != len(o.steps) {
		return false
	}
	return slices.EqualFunc(r.steps, o.steps, Step.equal)
}
