package sla

import (
	"errors"
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/clip"
)

// MaxLimitTextBytes is the longest time-limit text [ParseLimit] reads, in
// bytes. The longest real texts (a limit with its per-agency breakdown and
// its alternatives, such as the nationality procedures' "85 ngày làm việc
// … ; 80 ngày làm việc …" or a land procedure's "Trong thời hạn 45 ngày,
// trong đó: …") are under 1,500 bytes; 4 KiB leaves a wide margin. A
// longer text is refused with [ErrLimitTooLong] before any work is done.
const MaxLimitTextBytes = 4096

// quoteBytes is how much of the input a LimitError quotes.
const quoteBytes = 120

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

	// ErrLimitOtherEvent means the text counts its limit from another
	// event than the receipt of the dossier ("kể từ ngày kết thúc kiểm
	// tra", "kể từ ngày thụ lý"), so it gives no deadline from receipt.
	ErrLimitOtherEvent = errors.New("sla: limit counted from another event than receipt")

	// ErrLimitTooLong means the text is longer than [MaxLimitTextBytes].
	ErrLimitTooLong = errors.New("sla: limit text too long")
)

// LimitError is the error returned by [ParseLimit]. It records the input
// verbatim and the sentinel ([ErrLimitSyntax], [ErrLimitRange],
// [ErrLimitAmbiguous] or [ErrLimitTooLong]) that classifies the failure.
//
// Its message has the form
//
//	sla: ParseLimit("…"): <reason>
//
// where the quote is at most the first 120 bytes of the input, cut at a
// rune boundary and followed by "…" when cut.
type LimitError struct {
	// Func names the function that failed, e.g. "ReadLimit" or
	// "Period.UnmarshalText"; empty means "ParseLimit".
	Func string
	// Input is the text given to ParseLimit, unchanged.
	Input string
	// Err is the sentinel error classifying the failure.
	Err error

	detail string // optional explanation appended to the reason
}

// Error returns `sla: ParseLimit("<input>"): <reason>` (with Func in place
// of ParseLimit when set).
func (e *LimitError) Error() string {
	var b strings.Builder
	b.WriteString("sla: ")
	if e.Func != "" {
		b.WriteString(e.Func)
	} else {
		b.WriteString("ParseLimit")
	}
	b.WriteString("(")
	b.WriteString(strconv.Quote(clip.String(e.Input, quoteBytes)))
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

// tooLongDetail describes a text over MaxLimitTextBytes.
func tooLongDetail(s string) string {
	return strconv.Itoa(len(s)) + " bytes, more than " + strconv.Itoa(MaxLimitTextBytes)
}
