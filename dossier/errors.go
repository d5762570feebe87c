package dossier

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors; the errors the package returns wrap one of them.
var (
	// ErrSyntax: text that cannot be read (a code, an ID number, JSON).
	ErrSyntax = errors.New("dossier: malformed input")
	// ErrInvalid: a value that is well formed but not allowed (an applicant
	// without an ID, a component count below zero).
	ErrInvalid = errors.New("dossier: invalid value")
	// ErrTransition: a command the status does not allow.
	ErrTransition = errors.New("dossier: illegal transition")
	// ErrRule: a command the legal rules do not allow (a second supplement
	// request under the 2025 regime, a withdrawal after a result exists).
	ErrRule = errors.New("dossier: refused by the rules")
	// ErrSequenceExhausted: more than 9,999 dossiers in one day at one unit,
	// the most a four-digit sequence can number.
	ErrSequenceExhausted = errors.New("dossier: daily sequence exhausted")
)

// CommandError reports a refused command; the dossier is unchanged.
type CommandError struct {
	Command string    // e.g. "RequestSupplement"
	Dossier string    // the dossier code, if it has one
	Status  Status    // the status when the command was refused
	At      time.Time // the command's now
	Err     error     // wraps ErrTransition, ErrRule, ErrInvalid or an sla error
}

func (e *CommandError) Error() string {
	code := e.Dossier
	if code == "" {
		code = "(no code)"
	}
	status := "not yet submitted or received"
	if e.Status.IsValid() {
		status = e.Status.String()
	}
	return fmt.Sprintf("dossier: %s %s (status %s) at %s: %v", e.Command, code, status, e.At.Format("2006-01-02 15:04"), e.Err)
}

// Unwrap returns the underlying error.
func (e *CommandError) Unwrap() error { return e.Err }

// InputError reports an unreadable or invalid value, quoting it.
type InputError struct {
	Field string
	Value string
	Err   error // wraps ErrSyntax or ErrInvalid
}

func (e *InputError) Error() string {
	return fmt.Sprintf("dossier: %s %q: %v", e.Field, e.Value, e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }
