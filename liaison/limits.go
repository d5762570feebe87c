package liaison

import "time"

// Size limits. Every input of the package is bounded: beyond a limit it is
// refused with a *[RouteError] wrapping [ErrTooLarge] (a step count, a
// predecessor list, JSON bytes) or [ErrBadBudget] (a budget or a total),
// before any work proportional to it is done, and the cost of everything
// below the limits grows linearly with the route's size.
//
// Real routes are small: the Decree 63/2024/NĐ-CP groups have five or six
// steps, a land transfer six, and a join waits for two or three parallel
// branches. The limits are set far above real sizes, so that generated
// routes (a province modelling every desk of a process) fit, yet a hostile
// route cannot make a caller spend more than tens of milliseconds and tens
// of megabytes: a route of MaxSteps steps in a chain parses in a few tens of
// milliseconds.
//
// Texts (codes, names, IDs, the source) have no limit of their own:
// [ParseRoute] bounds them with MaxRouteJSON, a route built with [NewRoute]
// holds what the caller already holds, and an error quotes at most a
// short, rune-safe prefix of any of them.
const (
	// MaxSteps is the largest number of steps in a route.
	MaxSteps = 10_000
	// MaxPredecessors is the largest number of steps one step may list in
	// its After field: a join of that many parallel branches.
	MaxPredecessors = 100
	// MaxRouteJSON is the largest route JSON, in bytes, that [ParseRoute]
	// reads: 4 MiB, room for MaxSteps steps with long Vietnamese names.
	MaxRouteJSON = 4 << 20
	// MaxBudget is the longest time budget of a step and the longest total
	// of a route, in working time: 250 working days of [StandardDay], that
	// is 2,000 working hours, about one year of working days. The longest
	// totals of real inter-agency procedures are counted in weeks (the
	// Decree 63/2024 groups run 3 to 9 working days, a land transfer 10;
	// catalogues rarely exceed a few months). The bound keeps the arithmetic
	// of a budget far from the range of a [time.Duration]; sums along a path
	// of many steps saturate instead of wrapping (see [OverBudgetError]).
	MaxBudget = 250 * StandardDay
)

// maxQuote is how many bytes of a value an error message quotes.
const maxQuote = 120

// maxCycleQuote is how many steps of a cycle an error names.
const maxCycleQuote = 8

// addWork adds two amounts of working time, saturating at the largest
// Duration instead of wrapping: the critical path of a route over the
// total (MaxSteps steps of MaxBudget each would exceed the Duration range)
// is reported with a saturated sum rather than a negative one.
func addWork(a, b time.Duration) time.Duration {
	if s := a + b; s >= a {
		return s
	}
	return 1<<63 - 1
}

// maxDepth is how deeply values of route JSON may nest.
const maxDepth = 16
