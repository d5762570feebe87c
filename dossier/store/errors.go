package store

import (
	"errors"
	"fmt"

	"github.com/rickb777/date/v2"
)

// Sentinel errors; every error the package returns wraps one of them.
var (
	// ErrNotFound: no dossier with that ID or code.
	ErrNotFound = errors.New("store: not found")
	// ErrConflict: the dossier moved on since the caller loaded it (its
	// version is not the expected one); reload and decide again.
	ErrConflict = errors.New("store: version conflict")
	// ErrIntegrity: a stored row was edited, deleted or reordered behind the
	// store's back (the hash chain does not hold).
	ErrIntegrity = errors.New("store: integrity violated")
	// ErrSchema: the database's schema is newer than this program knows, or
	// is not a motcua store.
	ErrSchema = errors.New("store: unknown schema")
	// ErrRefused: the dossier refused the command (the wrapped dossier error
	// says why); nothing was written.
	ErrRefused = errors.New("store: command refused")
	// ErrInvalid: an argument or an imported line the store does not accept
	// (too long, malformed, out of range).
	ErrInvalid = errors.New("store: invalid input")
	// ErrCalendar: the dossier's appointment or due date, as recorded,
	// differs from the one the store's calendar gives; record the calendar
	// change first ([Store.RecordDueChange]).
	ErrCalendar = errors.New("store: calendar changed the appointment")
	// ErrDatabase: the database failed (the driver's error is wrapped).
	ErrDatabase = errors.New("store: database error")
)

// OpError reports a failed operation: Op ("load", "apply", "receive"…) on
// the dossier ID (empty when none applies). It wraps Kind, one of the
// sentinels, and Err, the cause (a dossier or driver error), both reachable
// with errors.Is and errors.As.
type OpError struct {
	Op      string
	Dossier string
	Kind    error
	Err     error
}

func (e *OpError) Error() string {
	msg := "store: " + e.Op
	if e.Dossier != "" {
		msg += " " + e.Dossier
	}
	kind := trimPrefix(e.Kind)
	if e.Err == nil {
		return msg + ": " + kind
	}
	return msg + ": " + kind + ": " + trimPrefix(e.Err)
}

// Unwrap returns the sentinel and the cause.
func (e *OpError) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// ConflictError reports an append whose expected version is not the
// dossier's: another clerk acted first. It wraps [ErrConflict].
type ConflictError struct {
	Dossier          string
	Expected, Actual int
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("store: dossier %s is at version %d, not %d: %s", e.Dossier, e.Actual, e.Expected, trimPrefix(ErrConflict))
}

// Unwrap returns [ErrConflict].
func (e *ConflictError) Unwrap() error { return ErrConflict }

// IntegrityError names the dossier and the event (its sequence number, 1
// for the first; 0 for the header) whose stored row breaks the hash chain,
// or, from [Store.Verify], the column of the dossier's projection row that
// differs from its replay (Column set, Event 0). It wraps [ErrIntegrity].
type IntegrityError struct {
	Dossier string
	Event   int
	// Column names the projection column at fault ("due_day", "code"…),
	// empty for a fault in the log.
	Column string
	Reason string
}

func (e *IntegrityError) Error() string {
	what := fmt.Sprintf("event %d", e.Event)
	switch {
	case e.Column != "":
		what = "projection " + e.Column
	case e.Event == 0:
		what = "header"
	}
	return fmt.Sprintf("store: dossier %s, %s: %s: %s", e.Dossier, what, e.Reason, trimPrefix(ErrIntegrity))
}

// Unwrap returns [ErrIntegrity].
func (e *IntegrityError) Unwrap() error { return ErrIntegrity }

// SchemaError reports a database whose schema version is not one this
// program can use. It wraps [ErrSchema].
type SchemaError struct {
	Found, Known int
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("store: schema version %d, this program knows up to %d: %s", e.Found, e.Known, trimPrefix(ErrSchema))
}

// Unwrap returns [ErrSchema].
func (e *SchemaError) Unwrap() error { return ErrSchema }

// InputError reports an argument the store refuses, quoting a short prefix
// of it. It wraps [ErrInvalid].
type InputError struct {
	Field, Value, Reason string
}

func (e *InputError) Error() string {
	return fmt.Sprintf("store: %s %q: %s: %s", e.Field, e.Value, e.Reason, trimPrefix(ErrInvalid))
}

// Unwrap returns [ErrInvalid].
func (e *InputError) Unwrap() error { return ErrInvalid }

// CalendarError reports a dossier whose appointment (form 01), as recorded
// in its log, or whose due date, as its projection row keeps it, differs
// from the one the store's calendar computes: the calendar changed and the
// change was not recorded. It wraps [ErrCalendar].
type CalendarError struct {
	Dossier string
	// What is "appointment" (form 01, recorded at receipt or at the last
	// recorded calendar change) or "due date" (in force after the last
	// event, e.g. a clock restarted after a supplement); empty means
	// "appointment".
	What               string
	Recorded, Computed date.Date
}

func (e *CalendarError) Error() string {
	what := e.What
	if what == "" {
		what = "appointment"
	}
	return fmt.Sprintf("store: dossier %s: %s recorded %s, the calendar now gives %s: %s", e.Dossier, what, e.Recorded, e.Computed, trimPrefix(ErrCalendar))
}

// Unwrap returns [ErrCalendar].
func (e *CalendarError) Unwrap() error { return ErrCalendar }

// trimPrefix returns err's message without a leading "store: ", so that a
// message names the package once.
func trimPrefix(err error) string {
	s := err.Error()
	if len(s) > 7 && s[:7] == "store: " {
		return s[7:]
	}
	return s
}
