package sla

import (
	"github.com/motcua/motcua/internal/enum"
	"github.com/rickb777/date/v2"
)

// Outcome is how a dossier (hồ sơ), or one processing step of it, was
// resolved against its due date: early ("trước hạn"), on time ("đúng hạn")
// or late ("quá hạn", also "trễ hạn").
//
// The rules are those of the national public service portal's index
// specification (DVCQG; secondary source): a result is on time when it is
// finished on or before the appointment date, early when finished before
// the due date, on time when finished on the due date and late when
// finished after it. Circular 01/2018/TT-VPCP Art. 13 scores each dossier
// and each step with the same three grades. An Outcome is always derived
// from dates with [OutcomeOf]; it is never a stored status.
//
// [LateApologised] is a late dossier for which the agency sent an apology
// letter with a new appointment date (form 04 "Phiếu xin lỗi và hẹn lại
// ngày trả kết quả", Decree 61/2018/NĐ-CP Art. 19(9), allowed once only).
// It is still late against the original due date, so [Outcome.IsLate]
// reports true, but reports show it apart as "late with apology" ("quá hạn
// có xin lỗi").
//
// Outcome is a small comparable value type, safe for concurrent use. Its
// zero value is [OutcomeUnknown], which is not a valid outcome (see
// [Outcome.IsValid]). The numeric values of the constants are not part of
// the wire format: use [Outcome.MarshalText], whose codes are stable.
type Outcome uint8

const (
	// OutcomeUnknown is the zero Outcome: the outcome could not be derived
	// (no finishing date or no due date). It is invalid.
	OutcomeUnknown Outcome = iota
	// Early means finished before the due date ("trước hạn").
	Early
	// OnTime means finished on the due date ("đúng hạn").
	OnTime
	// Late means finished after the due date ("quá hạn", "trễ hạn").
	Late
	// LateApologised means finished after the original due date, with an
	// apology letter and re-appointment sent to the applicant ("quá hạn có
	// xin lỗi"). It counts as late.
	LateApologised
)

// outcomeTable holds the English names String returns and the stable wire
// codes of MarshalText and UnmarshalText. The codes must never change: they
// are stored by callers.
var outcomeTable = enum.Table[Outcome]{
	Type:  "Outcome",
	Names: []string{"unknown", "early", "on time", "late", "late with apology"},
	Codes: []string{"", "early", "on_time", "late", "late_apologised"},
	Fail:  codeError,
}

// outcomeVietnamese holds the labels used by Vietnamese.
var outcomeVietnamese = [...]string{
	OutcomeUnknown: "không xác định",
	Early:          "trước hạn",
	OnTime:         "đúng hạn",
	Late:           "quá hạn",
	LateApologised: "quá hạn có xin lỗi",
}

// String returns an English name such as "on time" (the same as
// [Outcome.English]), "unknown" for OutcomeUnknown, or "%!Outcome(n)" for a
// value outside the defined constants.
func (o Outcome) String() string { return outcomeTable.String(o) }

// IsValid reports whether o is one of the four defined outcomes;
// OutcomeUnknown and out-of-range values are invalid.
func (o Outcome) IsValid() bool { return outcomeTable.IsValid(o) }

// IsLate reports whether o is [Late] or [LateApologised]: for statistics an
// apology does not make a late dossier on time.
func (o Outcome) IsLate() bool {
	return o == Late || o == LateApologised
}

// Vietnamese returns the label Vietnamese reports use: "trước hạn", "đúng
// hạn", "quá hạn" or "quá hạn có xin lỗi". OutcomeUnknown gives "không xác
// định" and an out-of-range value gives the String fallback "%!Outcome(n)".
func (o Outcome) Vietnamese() string {
	if int(o) < len(outcomeVietnamese) {
		return outcomeVietnamese[o]
	}
	return o.String()
}

// English returns an English label for reports: "early", "on time", "late"
// or "late with apology". It is the same as [Outcome.String].
func (o Outcome) English() string { return o.String() }

// MarshalText implements [encoding.TextMarshaler]. It returns one of the
// stable codes "early", "on_time", "late" or "late_apologised"; an invalid
// Outcome (including OutcomeUnknown) is a *[ValueError] wrapping
// [ErrUnknownCode].
func (o Outcome) MarshalText() ([]byte, error) { return outcomeTable.MarshalText(o) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly
// the codes produced by [Outcome.MarshalText] (case-sensitive, no
// surrounding spaces); anything else is a *[ValueError] wrapping
// [ErrUnknownCode] that quotes a short prefix of the input. On error *o is
// unchanged.
func (o *Outcome) UnmarshalText(b []byte) error { return outcomeTable.UnmarshalText(o, b) }

// OutcomeOf derives the outcome of work finished on the date finished
// against the due date due ("ngày hẹn trả kết quả"):
//
//   - finished before due: [Early] ("trước hạn");
//   - finished on due: [OnTime] ("đúng hạn");
//   - finished after due: [Late] ("quá hạn"), or [LateApologised] when
//     apologised is true.
//
// These are the rules of the DVCQG index specification (secondary source)
// and of Circular 01/2018/TT-VPCP Art. 13, which grades each dossier and
// each step early, on time or late. The comparison is by calendar date
// only: finishing at any time on the due date is on time.
//
// due must be the ORIGINAL due date. A re-appointment made with an apology
// letter (form 04, Decree 61/2018/NĐ-CP Art. 19(9)) does not move it for
// statistics; pass apologised = true instead. apologised reports that such
// a letter was sent before the due date; it only matters when the result
// is late and is ignored otherwise.
//
// If finished or due is the zero [date.Date] (unknown), the result is
// [OutcomeUnknown]. OutcomeOf is a pure function, safe for concurrent use.
func OutcomeOf(finished, due date.Date, apologised bool) Outcome {
	switch {
	case finished == date.Zero || due == date.Zero:
		return OutcomeUnknown
	case finished < due:
		return Early
	case finished == due:
		return OnTime
	case apologised:
		return LateApologised
	default:
		return Late
	}
}
