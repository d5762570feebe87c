package sla

import (
	"errors"
	"github.com/motcua/motcua/internal/clip"
	"strconv"
	"strings"
)

// Sentinel errors returned (wrapped) by [ParseLimit], [LimitFromHundredths]
// and [Limit.UnmarshalText]. Test for them with [errors.Is].
var (
	// ErrLimitSyntax means the text holds no readable time limit: no
	// amount, no unit, or a unit this package does not model.
	ErrLimitSyntax = errors.New("sla: unreadable limit")

	// ErrLimitRange means the amount is not acceptable for its unit:
	// negative, larger than the MaxLimit… caps, more than two decimal
	// places, or a fraction where the unit must be whole.
	ErrLimitRange = errors.New("sla: limit out of range")

	// ErrLimitAmbiguous means the text states several limits (for example
	// a main limit and an extended one "trường hợp cần xác minh"), a range
	// ("01 - 03 ngày làm việc"), or conditional alternatives ("trường hợp",
	// "hoặc", "nếu"). Choosing one would be a guess, so none is returned.
	// Callers should record such per-case limits separately; the common
	// "after 15:00, next working day" rule of certification procedures
	// (Decree 23/2015/NĐ-CP Art. 21) is a schedule cut-off, not a Limit.
	ErrLimitAmbiguous = errors.New("sla: ambiguous limit: several limits or conditional alternatives")
)

// LimitError is the error returned by [ParseLimit]. It records the input
// verbatim and the sentinel ([ErrLimitSyntax], [ErrLimitRange] or
// [ErrLimitAmbiguous]) that classifies the failure.
//
// Its message has the form
//
//	sla: ParseLimit("…"): <reason>
type LimitError struct {
	// Input is the text given to ParseLimit, unchanged.
	Input string
	// Err is the sentinel error classifying the failure.
	Err error

	detail string // optional explanation appended to the reason
}

// Error returns `sla: ParseLimit("<input>"): <reason>`.
func (e *LimitError) Error() string {
	var b strings.Builder
	b.WriteString("sla: ParseLimit(")
	b.WriteString(strconv.Quote(clip.String(e.Input, 512)))
	b.WriteString("): ")
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "sla: "))
	} else {
		b.WriteString("invalid limit")
	}
	if e.detail != "" {
		b.WriteString(": ")
		b.WriteString(e.detail)
	}
	return b.String()
}

// Unwrap returns the sentinel error, so that errors.Is works.
func (e *LimitError) Unwrap() error { return e.Err }
