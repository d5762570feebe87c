package dossier

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/clip"
)

// The sentinel errors. Every error the package returns wraps exactly one of
// them (errors.Is), inside one of the typed errors [InputError],
// [CommandError] and [ReplayError] (errors.As). The taxonomy:
//
//   - ErrSyntax: the text is unreadable — the shape is wrong whatever the
//     dossier (a dossier code, an ID number, a wire code, JSON).
//   - ErrInvalid: the value is readable but not allowed whatever the
//     dossier's status — an applicant without an ID, a negative count, an
//     empty actor, an instant outside the calendar's span, a refusal
//     without reasons; errors of the packages below (sla, liaison, holiday)
//     about a command's values are wrapped with it and stay reachable.
//   - ErrTransition: the dossier's status does not allow the command at all
//     (the transition table [Status.CanMove]: a result returned before it
//     exists, a withdrawal after a result exists, an apology while the
//     dossier waits for a supplement).
//   - ErrRule: the status allows the command but a legal rule refuses it
//     at this moment or for this dossier (a supplement request after the
//     3-working-day window of Decree 61/2018/NĐ-CP Art. 19(4), a second
//     request under Decree 118/2025/NĐ-CP Art. 11(2), an apology less than
//     one working day before the due date or a second one, Art. 19(9), an
//     event dated before the last one).
//   - ErrIncomplete: the intake check found components missing or short;
//     the dossier is not received.
//   - ErrSequenceExhausted and ErrSequencer: no sequence number for the
//     dossier code.
//   - ErrTooLarge: an input beyond the package's documented size limits
//     ([MaxEvents]).
var (
	// ErrSyntax: text that cannot be read (a code, an ID number, JSON).
	ErrSyntax = errors.New("dossier: malformed input")
	// ErrInvalid: a value that is well formed but not allowed (an applicant
	// without an ID, a component count below zero, an empty actor, an
	// instant outside the calendar's span).
	ErrInvalid = errors.New("dossier: invalid value")
	// ErrTransition: a command the status does not allow (a withdrawal after
	// a result exists, a return before it).
	ErrTransition = errors.New("dossier: illegal transition")
	// ErrRule: a command the status allows but the legal rules refuse (a
	// supplement request after the 3-working-day window, a second request
	// under the 2025 regime, a late or second apology).
	ErrRule = errors.New("dossier: refused by the rules")
	// ErrIncomplete reports a dossier that cannot be received because
	// components are missing or short; the [Intake] returned with it lists
	// them for the supplement request (form 02). Under the 2018 and 2025
	// regimes an incomplete dossier is not received and no clock runs
	// (Decree 61/2018/NĐ-CP Art. 17(1)(a)).
	ErrIncomplete = errors.New("dossier: incomplete, not received")
	// ErrSequenceExhausted: more than 9,999 dossiers in one day at one unit,
	// the most a four-digit sequence can number.
	ErrSequenceExhausted = errors.New("dossier: daily sequence exhausted")
	// ErrSequencer: the caller's [Sequencer] failed with an error of its
	// own, which stays reachable.
	ErrSequencer = errors.New("dossier: sequencer failed")
	// ErrTooLarge: an input beyond the package's size limits (more than
	// [MaxEvents] events in a dossier's log).
	ErrTooLarge = errors.New("dossier: input too large")
)

// sentinels are the package's own sentinels, for [ownError].
var sentinels = [...]error{ErrSyntax, ErrInvalid, ErrTransition, ErrRule, ErrIncomplete, ErrSequenceExhausted, ErrSequencer, ErrTooLarge}

// ownError returns err if it wraps one of the package's sentinels, else err
// wrapped with sentinel (an error from a package below, or from the
// caller's Sequencer, which stays reachable with errors.Is and errors.As).
func ownError(err, sentinel error) error {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return err
		}
	}
	return fmt.Errorf("%w: %w", sentinel, err)
}

// detail is err's message without the package's prefix, for a typed error
// that already starts with it: error chains name "dossier:" once.
func detail(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.TrimPrefix(err.Error(), "dossier: ")
}

// maxQuote is how many characters of a bad input an error quotes.
const maxQuote = 80

// CommandError reports a refused command; the dossier is unchanged.
type CommandError struct {
	Command string    // the method, e.g. "RequestSupplement" (for Replay: the command that records the event's kind)
	Dossier string    // the dossier code, if it has one
	Status  Status    // the status when the command was refused
	At      time.Time // the command's now
	Err     error     // wraps one of the package's sentinels
}

func (e *CommandError) Error() string {
	code := e.Dossier
	if code == "" {
		code = "(no code)"
	}
	at := "(no instant)"
	if !e.At.IsZero() {
		at = e.At.Format("2006-01-02 15:04")
	}
	return fmt.Sprintf("dossier: %s %s (status %s) at %s: %s", e.Command, code, statusName(e.Status), at, detail(e.Err))
}

// Unwrap returns the underlying error.
func (e *CommandError) Unwrap() error { return e.Err }

// InputError reports an unreadable or invalid value, quoting a short,
// rune-safe prefix of it.
type InputError struct {
	Field string
	Value string
	Err   error // wraps one of the package's sentinels
}

func (e *InputError) Error() string {
	return fmt.Sprintf("dossier: %s %q: %s", e.Field, clip.String(e.Value, maxQuote), detail(e.Err))
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// ReplayError reports the event of a log that [Replay] (or [Unmarshal])
// refused; Err is the event's *[CommandError].
type ReplayError struct {
	Index int // the event's position in the log, from 0
	Err   error
}

func (e *ReplayError) Error() string {
	return "dossier: event " + strconv.Itoa(e.Index) + ": " + detail(e.Err)
}

// Unwrap returns the underlying error.
func (e *ReplayError) Unwrap() error { return e.Err }

// enumError is the decoding and marshalling error of the package's
// enumerations (internal/enum's Fail): an *InputError wrapping ErrSyntax
// for an unknown wire code, ErrInvalid for marshalling an invalid value.
func enumError(typ, code string, value int, valid string) error {
	if code == "" && value >= 0 {
		return &InputError{Field: typ, Value: strconv.Itoa(value), Err: fmt.Errorf("%w: cannot marshal an invalid %s", ErrInvalid, typ)}
	}
	return &InputError{Field: typ, Value: code, Err: fmt.Errorf("%w: want one of %s", ErrSyntax, valid)}
}
