package procedure

import (
	"errors"

	iclip "github.com/motcua/motcua/internal/clip"
	"strconv"
	"strings"
)

// Sentinel errors. Every error returned by this package wraps exactly one
// of them; test with [errors.Is].
var (
	// ErrSyntax means the input breaks the strict JSON policy (package
	// doc, "Wire format"): not well-formed JSON, an unknown key or one in
	// another case, a duplicate key, invalid UTF-8, a wrong type, or
	// trailing data.
	ErrSyntax = errors.New("procedure: malformed JSON")
	// ErrTooLarge means a document is larger than its documented maximum
	// ([MaxCatalogBytes], [MaxRegistryBytes]); it is refused unread.
	ErrTooLarge = errors.New("procedure: input too large")
	// ErrMissingField means a required field is absent or empty.
	ErrMissingField = errors.New("procedure: missing required field")
	// ErrInvalidValue means a field holds a value outside its domain: a
	// malformed code, an unknown enum code, a date that is not YYYY-MM-DD,
	// a negative count.
	ErrInvalidValue = errors.New("procedure: invalid value")
	// ErrInvalidLimit means a time limit text cannot be read by
	// sla.ParseLimit (the sla error is joined).
	ErrInvalidLimit = errors.New("procedure: invalid time limit")
	// ErrInvalidFee means a fee or reduction amount is not a non-negative
	// decimal string of VND, or a percentage outside (0, 100].
	ErrInvalidFee = errors.New("procedure: invalid fee")
	// ErrNoCopies means a component asks for zero originals and zero copies
	// although the applicant has to supply paper.
	ErrNoCopies = errors.New("procedure: component with zero originals and zero copies")
	// ErrDuplicate means the same code (or the same code and effective date,
	// or the same channel, fee reduction, agency) appears twice.
	ErrDuplicate = errors.New("procedure: duplicate")
	// ErrLevelAbolished means a version in force on or after 2025-07-01
	// carries the district level.
	ErrLevelAbolished = errors.New("procedure: district level abolished on 2025-07-01")

	// ErrUnknownCode means no procedure with the code is in the catalogue.
	ErrUnknownCode = errors.New("procedure: unknown procedure code")
	// ErrNotYetEffective means the procedure's first version takes effect
	// after the date asked for.
	ErrNotYetEffective = errors.New("procedure: not yet effective")
	// ErrAbolished means the procedure was abolished on or before the date
	// asked for.
	ErrAbolished = errors.New("procedure: abolished")
	// ErrExists means a decision adds a code that is already in force.
	ErrExists = errors.New("procedure: code already exists")
	// ErrOutOfOrder means a decision takes effect before a version already
	// recorded for one of its codes.
	ErrOutOfOrder = errors.New("procedure: decision earlier than a recorded version")

	// ErrUnknownAgency means the registry has no agency with the code.
	ErrUnknownAgency = errors.New("procedure: unknown agency")
	// ErrAgencyNotValid means the agency exists but is not valid on the
	// date asked for (before ValidFrom, or on or after ValidUntil).
	ErrAgencyNotValid = errors.New("procedure: agency not valid on that date")
	// ErrSuccessorCycle means successor links form a cycle.
	ErrSuccessorCycle = errors.New("procedure: successor cycle")
)

// ValidationError reports a catalogue entry that breaks a rule. It names
// the procedure code (empty when the code itself is missing), the field as
// a JSON path inside the procedure ("limits[1].statutory"), the offending
// value (quoted input, possibly truncated) and the rule's sentinel in Err.
//
// Its message has the form
//
//	procedure 1.001193: limits[0].statutory "15 năm": <rule>
type ValidationError struct {
	Procedure string
	Field     string
	Value     string
	Err       error
}

// Error implements error.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("procedure")
	if e.Procedure != "" {
		b.WriteByte(' ')
		b.WriteString(e.Procedure)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteByte(' ')
	}
	if e.Value != "" {
		b.WriteString(strconv.Quote(clip(e.Value)))
		b.WriteByte(' ')
	}
	if e.Err != nil {
		b.WriteString(ownless(e.Err))
	}
	return b.String()
}

// Unwrap returns the sentinel (and, for limits, the joined sla error).
func (e *ValidationError) Unwrap() error { return e.Err }

// clip shortens v for messages to a rune-safe prefix of at most 80 bytes,
// without converting the whole of a huge value.
func clip(v string) string { return iclip.String(v, 80) }

// LookupError reports a failed [Catalog.Lookup] or [Registry.Lookup]: the
// code and date asked for and the sentinel ([ErrUnknownCode],
// [ErrNotYetEffective], [ErrAbolished], [ErrUnknownAgency],
// [ErrAgencyNotValid], [ErrSuccessorCycle]).
type LookupError struct {
	Code string
	On   string // the date asked for, YYYY-MM-DD
	Err  error
}

// Error implements error.
func (e *LookupError) Error() string {
	return "procedure: lookup " + strconv.Quote(e.Code) + " on " + e.On + ": " + ownless(e.Err)
}

// Unwrap returns the sentinel.
func (e *LookupError) Unwrap() error { return e.Err }

// DecisionError reports why [Catalog.Apply] rejected a publication decision:
// the decision number, the procedure code at fault, and the sentinel
// ([ErrUnknownCode], [ErrAbolished], [ErrExists], [ErrOutOfOrder],
// [ErrDuplicate]) or a *ValidationError.
type DecisionError struct {
	Decision string
	Code     string
	Err      error
}

// Error implements error.
func (e *DecisionError) Error() string {
	return "procedure: decision " + strconv.Quote(e.Decision) + ": " + strconv.Quote(e.Code) + ": " + ownless(e.Err)
}

// Unwrap returns the cause.
func (e *DecisionError) Unwrap() error { return e.Err }

// ownless is err's message without this package's name: the message of a
// wrapped error of the package ("rule \"gte\": procedure: invalid value")
// names it once, at the start of the outer error's message.
func ownless(err error) string { return strings.ReplaceAll(err.Error(), "procedure: ", "") }
