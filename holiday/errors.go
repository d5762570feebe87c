package holiday

import (
	"errors"
	"fmt"
	"strings"

	"github.com/motcua/motcua/internal/clip"

	"github.com/rickb777/date/v2"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors the
// package returns wrap one of them and quote the offending input.
var (
	// ErrOutOfSpan reports a date, or a result of working-day arithmetic,
	// outside the span a Calendar covers.
	ErrOutOfSpan = errors.New("holiday: date out of the calendar's span")

	// ErrInvalidCalendar reports a query on the zero Calendar or a nil one.
	ErrInvalidCalendar = errors.New("holiday: invalid calendar")

	// ErrNoWorkingDay reports a calendar whose specification leaves no
	// working day at all, so that no working-day arithmetic is possible.
	ErrNoWorkingDay = errors.New("holiday: calendar has no working day")

	// ErrSyntax reports an entry whose text cannot be read (a malformed date,
	// an unknown kind, a wrong number of CSV fields, malformed JSON).
	ErrSyntax = errors.New("holiday: malformed entry")

	// ErrContradiction reports entries that cannot all hold: two entries for
	// the same day in one layer, a swapped working day on a day that is
	// already a working day, a day off on a day that is already a rest day.
	ErrContradiction = errors.New("holiday: contradictory entry")

	// ErrTooLarge reports calendar data over [MaxDataBytes]. Such data is
	// malformed too: ErrTooLarge satisfies errors.Is for [ErrSyntax].
	ErrTooLarge error = tooLargeError{}
)

// SpanError reports a date outside a Calendar's span, or a count of working
// days whose result falls outside it. It wraps [ErrOutOfSpan].
type SpanError struct {
	Op    string    // the operation, e.g. "AddWorkingDays"
	Date  date.Date // the date asked for, or the start of a count whose result fell outside
	First date.Date // the first day covered
	Last  date.Date // the last day covered
	// Count is, when Result is set, the working days counted from Date.
	Count int
	// Result reports that Date is inside the span and the result of
	// counting Count working days from it is not.
	Result bool
}

func (e *SpanError) Error() string {
	switch {
	case e.Result && e.Count > 0:
		return fmt.Sprintf("holiday: %s(%s, %d): the result falls after the calendar's last day %s", e.Op, e.Date, e.Count, e.Last)
	case e.Result:
		return fmt.Sprintf("holiday: %s(%s, %d): the result falls before the calendar's first day %s", e.Op, e.Date, e.Count, e.First)
	}
	return fmt.Sprintf("holiday: %s: %s outside the calendar's span %s..%s", e.Op, e.Date, e.First, e.Last)
}

// Unwrap returns [ErrOutOfSpan].
func (e *SpanError) Unwrap() error { return ErrOutOfSpan }

// CalendarError reports an operation on the zero or nil Calendar
// ([ErrInvalidCalendar]) or a specification that leaves no working day
// ([ErrNoWorkingDay]), or a year the lunar calendar cannot project
// ([ErrOutOfSpan]). It wraps that sentinel.
type CalendarError struct {
	Op  string // the operation, e.g. "AddWorkingDays", "Extend"
	Err error  // ErrInvalidCalendar or ErrNoWorkingDay, possibly with detail
}

func (e *CalendarError) Error() string {
	return "holiday: " + e.Op + ": " + strings.TrimPrefix(e.Err.Error(), "holiday: ")
}

// Unwrap returns the wrapped sentinel.
func (e *CalendarError) Unwrap() error { return e.Err }

// EntryError reports a calendar entry that cannot be used. Line is the
// 1-based line of the CSV input (0 when the entry did not come from CSV);
// Index is the 0-based position of the entry in its list for JSON and Go
// input. It wraps [ErrSyntax], [ErrContradiction], [ErrOutOfSpan] or
// [ErrTooLarge].
type EntryError struct {
	Line  int    // CSV line, 1-based; 0 if not from CSV
	Field string // the field at fault, e.g. "date", "kind", "days[3]"
	Value string // the offending text, quoted in the message
	Err   error  // ErrSyntax or ErrContradiction, possibly wrapped with detail

	pos entryPos // which entry of a Spec, for mapping back to a CSV line
}

// entryPos locates an entry in a Spec: Announcements[announcement].Days[day],
// or Days[day] when announcement is -1.
type entryPos struct {
	announcement, day int
	set               bool
}

func (e *EntryError) Error() string {
	where := e.Field
	if e.Line > 0 {
		where = fmt.Sprintf("line %d: %s", e.Line, e.Field)
	}
	return fmt.Sprintf("holiday: %s %q: %s", where, clip.String(e.Value, 80), strings.TrimPrefix(e.Err.Error(), "holiday: "))
}

// Unwrap returns the wrapped sentinel.
func (e *EntryError) Unwrap() error { return e.Err }

// tooLargeError is the type of [ErrTooLarge], which is also an [ErrSyntax].
type tooLargeError struct{}

func (tooLargeError) Error() string { return "holiday: data too large" }

// Is reports whether target is ErrSyntax.
func (tooLargeError) Is(target error) bool { return target == ErrSyntax }
