package scorecard

import (
	"errors"
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/clip"
)

// The sentinels every error of the package wraps (errors.Is). Their taxonomy:
//
//   - ErrInvalid: a value never allowed (a negative count, an end before the
//     receipt, a mark outside 0–2, a nil accumulator, tallies of different
//     periods);
//   - ErrTooLarge: an input beyond its documented limit;
//   - ErrTransition: a feedback command its status does not allow;
//   - ErrOutOfOrder: a feedback command dated before the feedback's last
//     event.
var (
	ErrInvalid    = errors.New("scorecard: invalid input")
	ErrTooLarge   = errors.New("scorecard: input too large")
	ErrTransition = errors.New("scorecard: command not allowed in this status")
	ErrOutOfOrder = errors.New("scorecard: event before the last one")
)

// maxQuote is how many bytes of a value an error quotes.
const maxQuote = 40

// InputError is a value the package refused: the field it came in and a
// short, rune-safe prefix of the value. It wraps one of the sentinels.
type InputError struct {
	Field string
	Value string
	Err   error
}

func (e *InputError) Error() string {
	return "scorecard: " + e.Field + " " + strconv.Quote(clip.String(e.Value, maxQuote)) + ": " + detail(e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// FeedbackError is a feedback command that was refused; the feedback is
// unchanged. It names the feedback and the command, and wraps
// [ErrTransition], [ErrOutOfOrder], [ErrInvalid], or an error of package
// sla or holiday (a date outside the calendar's span).
type FeedbackError struct {
	ID      string
	Command string
	Err     error
}

func (e *FeedbackError) Error() string {
	return "scorecard: feedback " + strconv.Quote(clip.String(e.ID, maxQuote)) + ": " + e.Command + ": " + detail(e.Err)
}

// Unwrap returns the underlying error.
func (e *FeedbackError) Unwrap() error { return e.Err }

// detail is err's message without this package's prefix, so that a wrapped
// error does not repeat it.
func detail(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.TrimPrefix(err.Error(), "scorecard: ")
}

// invalid returns an *InputError wrapping ErrInvalid with the reason.
func invalid(field, value, reason string) error {
	return &InputError{Field: field, Value: value, Err: wrapf(ErrInvalid, reason)}
}

// tooLarge returns an *InputError wrapping ErrTooLarge.
func tooLarge(field string, n, limit int) error {
	return &InputError{Field: field, Value: strconv.Itoa(n), Err: wrapf(ErrTooLarge, "at most "+strconv.Itoa(limit))}
}

// wrapped is a sentinel with a reason.
type wrapped struct {
	sentinel error
	reason   string
}

func (w *wrapped) Error() string { return w.sentinel.Error() + ": " + w.reason }
func (w *wrapped) Unwrap() error { return w.sentinel }

func wrapf(sentinel error, reason string) error { return &wrapped{sentinel, reason} }

// enumError is the decoding and marshalling error of the package's
// enumerations: an *InputError wrapping ErrInvalid.
func enumError(typ, code string, value int, valid string) error {
	if code == "" && value >= 0 {
		return invalid(typ, strconv.Itoa(value), "cannot marshal an invalid "+typ)
	}
	return invalid(typ, code, "want one of "+valid)
}
