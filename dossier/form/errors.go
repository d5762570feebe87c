package form

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/clip"

	"github.com/motcua/motcua/dossier"
)

// The sentinel errors. Every error the package returns wraps exactly one of
// them (errors.Is), inside one of the typed errors [StateError] and
// [InputError] (errors.As); a message names the package once.
var (
	// ErrState: the dossier is not in a state that produces the form — a
	// receipt for a dossier never received, an apology for a dossier never
	// re-appointed, a stop notice under the 2018 regime.
	ErrState = errors.New("form: the dossier does not produce this form")
	// ErrInvalid: an input that is not allowed (the zero Dossier, an office
	// without a name).
	ErrInvalid = errors.New("form: invalid input")
	// ErrSyntax: text that cannot be read (a kind's wire code).
	ErrSyntax = errors.New("form: malformed input")
)

// StateError reports a dossier that does not produce the form asked for.
type StateError struct {
	Kind    Kind           // the form asked for
	Dossier string         // the dossier code, "" before receipt
	Status  dossier.Status // the dossier's status
	Regime  string         // the dossier's regime name ("2018", "2025"), "" before receipt
	Reason  string         // what is missing, in English
}

func (e *StateError) Error() string {
	status := "not yet submitted or received"
	if e.Status.IsValid() {
		status = e.Status.String()
	}
	regime := e.Regime
	if regime == "" {
		regime = "none"
	}
	return fmt.Sprintf("form: no %s for dossier %q (status %s, regime %s): %s", e.Kind.English(), e.Dossier, status, regime, e.Reason)
}

// Unwrap returns ErrState.
func (e *StateError) Unwrap() error { return ErrState }

// InputError reports an invalid or unreadable input, quoting it.
type InputError struct {
	Field string
	Value string
	Err   error // wraps ErrInvalid or ErrSyntax
}

func (e *InputError) Error() string {
	msg := "<nil>"
	if e.Err != nil {
		msg = strings.TrimPrefix(e.Err.Error(), "form: ")
	}
	return fmt.Sprintf("form: %s %q: %s", e.Field, clip.String(e.Value, 80), msg)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

func stateErr(k Kind, d dossier.Dossier, format string, args ...any) error {
	return &StateError{Kind: k, Dossier: string(d.Code()), Status: d.Status(), Regime: d.Regime().Name, Reason: fmt.Sprintf(format, args...)}
}

// checkDossier rejects the zero Dossier.
func checkDossier(d dossier.Dossier) error {
	if !d.IsValid() {
		return &InputError{Field: "dossier", Value: "<zero Dossier>", Err: fmt.Errorf("%w: make dossiers with dossier.Open or dossier.Unmarshal", ErrInvalid)}
	}
	return nil
}

// enumError is the decoding and marshalling error of the package's
// enumerations (internal/enum's Fail): an *InputError wrapping ErrSyntax
// for an unknown wire code, ErrInvalid for marshalling an invalid value.
func enumError(typ, code string, value int, valid string) error {
	if code == "" && value >= 0 {
		return &InputError{Field: typ, Value: strconv.Itoa(value), Err: fmt.Errorf("%w: cannot marshal an invalid %s", ErrInvalid, typ)}
	}
	return &InputError{Field: typ, Value: code, Err: fmt.Errorf("%w: want one of %s", ErrSyntax, valid)}
}
