package liaison

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/clip"
)

// Sentinel errors. Every error of the package wraps one of them inside one
// of the typed errors ([*RouteError], [*OverBudgetError], [*EventError],
// [*OpError], [*CodeError]); test for them with [errors.Is].
var (
	// ErrSyntax: malformed route JSON (bad syntax, an unknown or duplicate
	// field, a value of the wrong type, trailing data).
	ErrSyntax = errors.New("liaison: malformed route")
	// ErrEmptyRoute: a route without a code or without steps.
	ErrEmptyRoute = errors.New("liaison: empty route")
	// ErrBadStep: a step without an ID or a name, or with an invalid role.
	ErrBadStep = errors.New("liaison: malformed step")
	// ErrDuplicateStep: two steps with the same ID, or a predecessor listed
	// twice.
	ErrDuplicateStep = errors.New("liaison: duplicate step")
	// ErrUnknownStep: a predecessor, an event or a query names a step the
	// route does not have.
	ErrUnknownStep = errors.New("liaison: unknown step")
	// ErrCycle: the steps' predecessors form a cycle.
	ErrCycle = errors.New("liaison: cycle in route")
	// ErrUnreachable: a step that cannot be reached from a receiving step.
	ErrUnreachable = errors.New("liaison: step unreachable from receipt")
	// ErrDeadEnd: a step, other than a return step, that no step follows:
	// its result never reaches the applicant.
	ErrDeadEnd = errors.New("liaison: step leads nowhere")
	// ErrNoReceive: no step receives the dossier.
	ErrNoReceive = errors.New("liaison: no receiving step")
	// ErrNoReturn: no step returns the result.
	ErrNoReturn = errors.New("liaison: no return step")
	// ErrUnknownAgency: an agency code that is empty, or that the caller's
	// registry does not know on the date asked.
	ErrUnknownAgency = errors.New("liaison: unknown agency")
	// ErrBadBudget: a time budget or total that is invalid, does not parse,
	// or is not counted in working days or working hours.
	ErrBadBudget = errors.New("liaison: bad time budget")
	// ErrBadCutoff: a receipt cut-off outside (00:00, 24:00].
	ErrBadCutoff = errors.New("liaison: bad cut-off")
	// ErrOverBudget: the budgets along the critical path exceed the
	// procedure's total limit.
	ErrOverBudget = errors.New("liaison: critical path over the total limit")

	// ErrOutOfOrder: an event before the previous event of its step,
	// before the receipt, before its predecessors finished, or a finish
	// before a start.
	ErrOutOfOrder = errors.New("liaison: event out of order")
	// ErrDuplicateEvent: a step started or finished twice.
	ErrDuplicateEvent = errors.New("liaison: duplicate event")
	// ErrWrongAgency: an event reported by an agency other than the step's.
	ErrWrongAgency = errors.New("liaison: event from the wrong agency")
	// ErrBadEvent: an event of unknown kind or without an instant.
	ErrBadEvent = errors.New("liaison: malformed event")
	// ErrInvalid: an operation on a zero Tracking or Plan, or with a nil
	// route or schedule, or marshalling a zero Route.
	ErrInvalid = errors.New("liaison: invalid value")
	// ErrTooLarge: an input beyond the package's size limits ([MaxSteps],
	// [MaxPredecessors], [MaxRouteJSON]).
	ErrTooLarge = errors.New("liaison: input too large")
	// ErrSchedule: time could not be counted over the schedule, for a date
	// outside its calendar's span; the error of the package below
	// (holiday.ErrOutOfSpan, an sla error) is wrapped too.
	ErrSchedule = errors.New("liaison: cannot count over the schedule")
	// ErrCode: a wire code that is not one of an enumeration's codes, or an
	// invalid enumeration value marshalled.
	ErrCode = errors.New("liaison: unknown code")
)

// RouteError reports why a route cannot be built or does not validate. It
// names the route, the step (empty for a route-level problem) and the field
// ("id", "agency", "budget", "after", "total", "lead", "cutoff", "json"…),
// and wraps one of the sentinels in Err.
type RouteError struct {
	Route string // the route's code, possibly empty
	Step  string // the step's ID, empty for the route itself
	Field string
	Value string // the offending value, quoted in the message when not empty
	Err   error
}

func (e *RouteError) Error() string {
	var b strings.Builder
	b.WriteString("liaison: route ")
	fmt.Fprintf(&b, "%q", clip.String(e.Route, maxQuote))
	if e.Step != "" {
		fmt.Fprintf(&b, " step %q", clip.String(e.Step, maxQuote))
	}
	if e.Field != "" {
		b.WriteString(" ")
		b.WriteString(e.Field)
	}
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", clip.String(e.Value, 2*maxQuote))
	}
	b.WriteString(": ")
	b.WriteString(clip.String(inner(e.Err), 4*maxQuote)) // a long message from below is cut too
	return b.String()
}

// Unwrap returns Err.
func (e *RouteError) Unwrap() error { return e.Err }

// inner returns the message of an error of this package wrapped in
// another: without the "liaison: " prefix, which the outer message already
// has. A message from a package below keeps its own prefix.
func inner(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.TrimPrefix(err.Error(), "liaison: ")
}

// OverBudgetError details [ErrOverBudget]: the critical path (step IDs from
// receipt to return) whose budgets add up to Sum, more than the route's
// Total by Excess. Sum, Total and Excess are working time, a working day
// counted as [StandardDay] (eight hours); Sum and Excess saturate at the
// largest [time.Duration] (about 2.5 million hours), which only a path of
// thousands of year-long budgets reaches. It is found as the Err of a
// [*RouteError]; use [errors.As] to read it. Its message names at most the
// first and last few steps of the path.
type OverBudgetError struct {
	Path   []string
	Sum    time.Duration
	Total  time.Duration
	Excess time.Duration
}

func (e *OverBudgetError) Error() string {
	return fmt.Sprintf("liaison: critical path over the total limit by %s (%s > %s) along %s",
		formatWork(e.Excess), formatWork(e.Sum), formatWork(e.Total), quotePath(e.Path))
}

// quotePath joins a path of step IDs with arrows, eliding the middle of a
// long one.
func quotePath(path []string) string {
	const ends = maxCycleQuote / 2
	var b strings.Builder
	for k, id := range path {
		if len(path) > 2*ends && k == ends {
			fmt.Fprintf(&b, " → … (%d steps) …", len(path))
		}
		if len(path) > 2*ends && k >= ends && k < len(path)-ends {
			continue
		}
		if k > 0 {
			b.WriteString(" → ")
		}
		b.WriteString(clip.String(id, 24))
	}
	return b.String()
}

// Unwrap returns [ErrOverBudget].
func (e *OverBudgetError) Unwrap() error { return ErrOverBudget }

// EventError reports a tracking event that was refused; the tracking it
// was applied to is unchanged.
type EventError struct {
	Event Event
	Err   error // one of the sentinels, possibly wrapped with detail
}

func (e *EventError) Error() string {
	at := "no instant"
	if !e.Event.At.IsZero() {
		at = e.Event.At.Format("2006-01-02 15:04")
	}
	return fmt.Sprintf("liaison: event %s of step %q at %s: %s", e.Event.Kind, clip.String(e.Event.Step, maxQuote), at,
		inner(e.Err))
}

// Unwrap returns Err.
func (e *EventError) Unwrap() error { return e.Err }

// OpError reports a failed operation on a route, a [Plan] or a [Tracking]
// other than building a route or applying an event: an invalid receiver
// or argument ([ErrInvalid]), a step the route does not have
// ([ErrUnknownStep]), or time that cannot be counted over the schedule
// ([ErrSchedule], wrapping the error of holiday or sla, such as
// holiday.ErrOutOfSpan).
type OpError struct {
	Op   string // the method, such as "Plan" or "Tracking.Step"
	Step string // the step asked for, if any
	Err  error
}

func (e *OpError) Error() string {
	if e.Step != "" {
		return fmt.Sprintf("liaison: %s(%q): %s", e.Op, clip.String(e.Step, maxQuote), inner(e.Err))
	}
	return "liaison: " + e.Op + ": " + inner(e.Err)
}

// Unwrap returns Err.
func (e *OpError) Unwrap() error { return e.Err }

// opError wraps err, from a package below or of this one, as the error of
// operation op. An error that is already this package's is returned as it
// is; one from below is wrapped with [ErrSchedule].
func opError(op string, err error) error {
	if err == nil {
		return nil // before the variables below, which escape
	}
	return wrapOp(op, err)
}

func wrapOp(op string, err error) error {
	var (
		oe *OpError
		re *RouteError
		ee *EventError
	)
	if errors.As(err, &oe) || errors.As(err, &re) || errors.As(err, &ee) {
		return err
	}
	return &OpError{Op: op, Err: fmt.Errorf("%w: %w", ErrSchedule, err)}
}

// CodeError reports a wire code that is not one of an enumeration's codes
// ([Role], [Mode], [EventKind], [WarningKind]), or the marshalling of an
// invalid value. It wraps [ErrCode]. Code is quoted shortened.
type CodeError struct {
	Type  string // the Go type, such as "Role"
	Code  string // the code read; empty when marshalling
	Value int    // the invalid value marshalled; -1 when reading
	Valid string // the accepted codes
}

func (e *CodeError) Error() string {
	if e.Value >= 0 {
		return fmt.Sprintf("liaison: cannot marshal invalid %s %d", e.Type, e.Value)
	}
	return fmt.Sprintf("liaison: %s %q: unknown code, want one of %s", e.Type, e.Code, e.Valid)
}

// Unwrap returns [ErrCode].
func (e *CodeError) Unwrap() error { return ErrCode }

// codeFail builds the *CodeError of an enumeration table.
func codeFail(typ, code string, value int, valid string) error {
	return &CodeError{Type: typ, Code: code, Value: value, Valid: valid}
}

// formatWork writes working time in working days of [StandardDay] when it
// is a whole number of hundredths of a day ("1.5 working days"), otherwise
// as a duration of working time ("1h12m working time").
func formatWork(w time.Duration) string {
	if (w*100)%StandardDay == 0 {
		h := int64(w * 100 / StandardDay)
		sign := ""
		if h < 0 {
			sign, h = "-", -h
		}
		s := sign + strconv.FormatInt(h/100, 10)
		if f := h % 100; f != 0 {
			s += "." + strings.TrimRight(fmt.Sprintf("%02d", f), "0")
		}
		if h == 100 {
			return s + " working day"
		}
		return s + " working days"
	}
	return w.String() + " working time"
}
