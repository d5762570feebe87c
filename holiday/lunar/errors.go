package lunar

import (
	"errors"
	"fmt"

	"github.com/rickb777/date/v2"
)

// Sentinel errors. Every error returned by this package is a *DateError
// that wraps exactly one of them, so callers can test the kind of failure
// with errors.Is.
var (
	// ErrOutOfSpan reports a lunar year or a solar date outside the span
	// covered by the tables (see Span, MinYear and MaxYear).
	ErrOutOfSpan = errors.New("lunar: date out of covered span")
	// ErrNoSuchMonth reports a month outside 1–12, or a leap month that
	// the year does not have.
	ErrNoSuchMonth = errors.New("lunar: no such month")
	// ErrNoSuchDay reports a day outside 1–29 or 1–30, as the month has.
	ErrNoSuchDay = errors.New("lunar: no such day")
	// ErrSyntax reports a string that ParseDate cannot read.
	ErrSyntax = errors.New("lunar: invalid date syntax")
)

// DateError describes why an input was rejected. Input names the input as
// text: a lunar date such as "2025-12-30", a solar date such as
// "solar 1899-12-31", a year or month such as "year 2200" or
// "month 2025-13", or the quoted string given to ParseDate.
type DateError struct {
	Input  string // the rejected input
	Reason string // what is wrong with it, e.g. "month has 29 days"
	Err    error  // one of the sentinel errors
}

// Error returns "lunar: <input>: <reason>".
func (e *DateError) Error() string {
	return "lunar: " + e.Input + ": " + e.Reason
}

// Unwrap returns the sentinel error, for errors.Is.
func (e *DateError) Unwrap() error { return e.Err }

// The constructors below are kept out of line so that the fast paths that
// call them stay small and allocation-free when they succeed.

//go:noinline
func errSolarOutOfSpan(d date.Date) error {
	t := getTables()
	return &DateError{
		Input:  "solar " + d.String(),
		Reason: fmt.Sprintf("outside the covered span %s to %s", t.first, t.end-1),
		Err:    ErrOutOfSpan,
	}
}

//go:noinline
func errYearOutOfSpan(input string, year int) error {
	return &DateError{
		Input:  input,
		Reason: fmt.Sprintf("year %d outside the covered span %d to %d", year, MinYear, MaxYear),
		Err:    ErrOutOfSpan,
	}
}

//go:noinline
func errMonth(input string, year, month int, leap bool) error {
	reason := fmt.Sprintf("month %d is not in 1 to 12", month)
	if month >= 1 && month <= 12 && leap {
		if lm := getTables().leap[year-MinYear]; lm == 0 {
			reason = fmt.Sprintf("year %d has no leap month", year)
		} else {
			reason = fmt.Sprintf("year %d has leap month %d, not %d", year, lm, month)
		}
	}
	return &DateError{Input: input, Reason: reason, Err: ErrNoSuchMonth}
}

//go:noinline
func errDay(d Date, length int) error {
	reason := fmt.Sprintf("month has %d days", length)
	if d.Day < 1 || d.Day > 30 {
		reason = fmt.Sprintf("day %d is not in 1 to %d", d.Day, length)
	}
	return &DateError{Input: d.String(), Reason: reason, Err: ErrNoSuchDay}
}

// monthInput names a (year, month, leap) triple for error messages,
// in the style of String: "month 2025-06" or "month 2025-06L".
func monthInput(year, month int, leap bool) string {
	s := fmt.Sprintf("month %04d-%02d", year, month)
	if leap {
		s += "L"
	}
	return s
}
