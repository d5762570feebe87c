package liaison

import (
	"slices"

	"github.com/motcua/motcua/sla"
)

// Step is one agency's share of an inter-agency route: what it does
// ([Role]), who does it (an agency code) and the time it is allotted (its
// budget), after which steps.
//
// Under the inter-agency one-stop mechanism the one-stop unit fixes each
// agency's task and time limit (Decree 61/2018/NĐ-CP Art. 19(6): the
// "Phiếu chuyển xử lý" of a paper dossier, or the per-agency deadlines of an
// electronic one), and the processing control slip (form 05 of Circular
// 01/2018/TT-VPCP) scores each hand-over early, on time or late against that
// budget.
//
// Step is a plain value used to describe a route to [NewRoute]; a [Route]
// keeps its own copy, and the Steps it hands out are copies too, so changing
// a Step's After slice never changes a route. The zero Step is not a valid
// step.
type Step struct {
	// ID names the step inside its route ("tiep-nhan", "thue"); it is what
	// predecessors and tracking events refer to. Required, unique.
	ID string
	// Name is the step's Vietnamese name, for slips and diagrams.
	Name string
	// Agency is the code of the agency that performs the step, checked
	// against the caller's [AgencyRegistry] by [Route.Validate]. It may be
	// empty only for a step that pauses the clock (the applicant acts).
	Agency string
	// Role is what the step does.
	Role Role
	// Budget is the step's time limit, counted from the moment the step
	// starts. It must be in working days (fractions such as 0,5 allowed;
	// zero is "Trong ngày", by the end of the day the step starts) or in
	// working hours. Calendar days and months cannot be split between
	// agencies and are rejected with [ErrBadBudget].
	//
	// "Trong ngày" counts as no time on the critical path, yet runs to the
	// close of the day the step starts; likewise a whole-day budget started
	// in the middle of a day is judged by date and may use the rest of its
	// last day. On a path that also has hours or fractional days, such
	// steps can therefore take more than the path's sum: prefer hours for
	// every step of such a path.
	Budget sla.Limit
	// After lists the IDs of the steps that must finish before this one
	// starts. Steps with no predecessors start when the dossier is
	// received, and must be receiving steps.
	After []string
	// PausesClock marks a step whose time is not counted in the
	// procedure's time limit: the applicant paying a financial obligation,
	// the relatives confirming a death declaration (Decree 63/2024/NĐ-CP
	// group 2). Its budget is a planning estimate, left out of the critical
	// path's sum; it is never held against an agency.
	PausesClock bool
}

// clone returns s with its own After slice.
func (s Step) clone() Step {
	s.After = slices.Clone(s.After)
	return s
}

// equal reports whether s and o are the same step.
func (s Step) equal(o Step) bool {
	return s.ID == o.ID && s.Name == o.Name && s.Agency == o.Agency && s.Role == o.Role &&
		s.Budget == o.Budget && s.PausesClock == o.PausesClock && slices.Equal(s.After, o.After)
}
