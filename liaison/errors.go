package liaison

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors. Every error of the package wraps one of them inside a
// typed error ([*RouteError], [*OverBudgetError], [*EventError]); test for
// them with [errors.Is].
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
	// route or schedule.
	ErrInvalid = errors.New("liaison: invalid value")
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
	fmt.Fprintf(&b, "%q", e.Route)
	if e.Step != "" {
		fmt.Fprintf(&b, " step %q", e.Step)
	}
	if e.Field != "" {
		b.WriteString(" ")
		b.WriteString(e.Field)
	}
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", e.Value)
	}
	b.WriteString(": ")
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "liaison: "))
	return b.String()
}

// Unwrap returns Err.
func (e *RouteError) Unwrap() error { return e.Err }

// OverBudgetError details [ErrOverBudget]: the critical path (step IDs from
// receipt to return) whose budgets add up to Sum, more than the route's
// Total by Excess. Sum, Total and Excess are working time, a working day
// counted as [StandardDay] (eight hours). It is found as the Err of a
// [*RouteError]; use [errors.As] to read it.
type OverBudgetError struct {
	Path   []string
	Sum    time.Duration
	Total  time.Duration
	Excess time.Duration
}

func (e *OverBudgetError) Error() string {
	return fmt.Sprintf("liaison: critical path over the total limit by %s (%s > %s) along %s",
		formatWork(e.Excess), formatWork(e.Sum), formatWork(e.Total), strings.Join(e.Path, " → "))
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
	return fmt.Sprintf("liaison: event %s of step %q at %s: %s", e.Event.Kind, e.Event.Step, at,
		strings.TrimPrefix(e.Err.Error(), "liaison: "))
}

// Unwrap returns Err.
func (e *EventError) Unwrap() error { return e.Err }

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
