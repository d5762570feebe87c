package scorecard

import "github.com/motcua/motcua/internal/enum"

// Options chooses between the readings of the sources where they
// disagree. The zero Options (and a nil *Options) is the national portal's
// observed behaviour, reconstructed from its formula description and its
// published results (secondary).
type Options struct {
	// Months is the period's length in months for the synchronisation
	// fallback (both national counts zero): last year's total × Months ÷
	// 12, so ÷ 12 for a month (1, and 0 means 1), ÷ 4 for a quarter (3),
	// the whole total for a year (12), divided exactly (not rounded to a
	// whole count). At most 12.
	Months int `json:"months,omitempty"`
	// OnlineSingleRow scores online service as the source spreadsheet
	// does: one 12-point row, 12 × min(1, C / 0.5), C the share of
	// dossiers filed online. Default (false): the portal's formula
	// description, min(2, 2A/0.8) + 4B + min(6, 6C/0.5) in three rows.
	OnlineSingleRow bool `json:"online_single_row,omitempty"`
	// Linear80 scores the two digitisation rows whose 80 % threshold is
	// disputed — reuse of digitised data (2) and documents from the
	// national data store (4) — as max × ratio. Default (false): full
	// points from 80 %, min(max, max × ratio / 0.8), as the portal's
	// formula description gives for reuse.
	Linear80 bool `json:"linear_80,omitempty"`
	// NoFeedback says how a unit that had no feedback due in the period
	// scores the two feedback rows of group 5.
	NoFeedback NoFeedbackRule `json:"no_feedback"`
}

// NoFeedbackRule is how the two feedback rows (6 + 6 points) score when a
// unit had no feedback due, or no evaluation, in the period. The sources
// disagree: the portal's published results show full points for units
// without feedback (observed, secondary); the formula description leaves
// the rows out, which this package models as rescaling: each row then
// scores the receiving-satisfaction row's share of its maximum.
type NoFeedbackRule uint8

const (
	// NoFeedbackFull: full points (the portal's observed behaviour; the
	// default).
	NoFeedbackFull NoFeedbackRule = iota
	// NoFeedbackRescale: the rows take the receiving-satisfaction row's
	// share (the formula description's "left out").
	NoFeedbackRescale
)

var noFeedbackTable = enum.Table[NoFeedbackRule]{
	Type:  "NoFeedbackRule",
	Names: []string{"full", "rescale"},
	Codes: []string{"full", "rescale"},
	Fail:  enumError,
}

// IsValid reports whether r is one of the two rules.
func (r NoFeedbackRule) IsValid() bool { return noFeedbackTable.IsValid(r) }

// String returns the English name, which is the wire code, "full" or
// "rescale", or
// "%!NoFeedbackRule(n)".
func (r NoFeedbackRule) String() string { return noFeedbackTable.String(r) }

// MarshalText returns the wire code; an invalid rule is an *[InputError]
// wrapping [ErrInvalid].
func (r NoFeedbackRule) MarshalText() ([]byte, error) { return noFeedbackTable.MarshalText(r) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error r is unchanged and the error is an *[InputError] wrapping
// [ErrInvalid].
func (r *NoFeedbackRule) UnmarshalText(b []byte) error { return noFeedbackTable.UnmarshalText(r, b) }
