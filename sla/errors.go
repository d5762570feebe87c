package sla

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/internal/clip"
)

// The sentinels of package sla. Every error the package returns wraps one
// of them (see the package documentation, "Errors"); those of the limit
// reader ([ErrLimitSyntax], [ErrLimitRange], [ErrLimitAmbiguous],
// [ErrLimitOtherEvent], [ErrLimitTooLong]) are declared beside [LimitError]
// at the end of this file.
var (
	// ErrInvalidSchedule reports options that cannot make a schedule, or a
	// Schedule not built by [NewSchedule].
	ErrInvalidSchedule = errors.New("sla: invalid schedule")
	// ErrInvalidLimit reports a deadline asked for with an invalid Limit,
	// or a negative length of work.
	ErrInvalidLimit = errors.New("sla: invalid limit")
	// ErrOutOfSpan reports an instant, a day or a result of counting
	// outside the calendar's span. It satisfies errors.Is for
	// holiday.ErrOutOfSpan too, and the error of package holiday that found
	// it, when there is one, stays reachable with errors.As
	// (*holiday.SpanError).
	ErrOutOfSpan error = outOfSpan{}
	// ErrUnknownCode reports a wire code that names no value of an
	// enumeration ([Unit], [Outcome], [SkipReason]), or an invalid value
	// given to MarshalText.
	ErrUnknownCode = errors.New("sla: unknown code")

	// ErrPaused: the operation needs a running clock, and it is paused.
	ErrPaused = errors.New("sla: the clock is paused")
	// ErrNotPaused: Resume on a running clock.
	ErrNotPaused = errors.New("sla: the clock is not paused")
	// ErrOutOfOrder: an instant before the timeline's last event.
	ErrOutOfOrder = errors.New("sla: instant before the last event")
	// ErrAlreadyReappointed: a second re-appointment; the law allows one
	// (Decree 61/2018/NĐ-CP Art. 19(9): "không quá một lần").
	ErrAlreadyReappointed = errors.New("sla: the dossier was already re-appointed once")
	// ErrApologyTooLate: an apology and re-appointment later than one
	// working day before the due date (Decree 61/2018/NĐ-CP Art. 19(9)).
	ErrApologyTooLate = errors.New("sla: apology later than one working day before the due date")
	// ErrBadReappointment: a new date that is not after the due date or is
	// not a working day.
	ErrBadReappointment = errors.New("sla: new date not a working day after the due date")
	// ErrInvalidTimeline: an operation on the zero Timeline.
	ErrInvalidTimeline = errors.New("sla: invalid timeline")
)

// outOfSpan is the type of [ErrOutOfSpan]: sla's sentinel, which is also
// holiday's.
type outOfSpan struct{}

func (outOfSpan) Error() string { return "sla: outside the calendar's span" }

// Is reports whether target is holiday.ErrOutOfSpan.
func (outOfSpan) Is(target error) bool { return target == holiday.ErrOutOfSpan }

// detail returns the text of err without the package's prefix, so that a
// typed error names the package once.
func detail(err error) string {
	if err == nil {
		return "invalid"
	}
	return strings.TrimPrefix(err.Error(), "sla: ")
}

// ScheduleError reports an unusable option; it wraps [ErrInvalidSchedule].
type ScheduleError struct {
	Field  string // e.g. "Sessions[1]", "Cutoff"
	Value  string // the option's value
	Reason string
}

func (e *ScheduleError) Error() string {
	return fmt.Sprintf("sla: schedule %s %q: %s", e.Field, clip.String(e.Value, 80), e.Reason)
}

// Unwrap returns [ErrInvalidSchedule].
func (e *ScheduleError) Unwrap() error { return ErrInvalidSchedule }

// TimelineError reports a refused timeline operation; the timeline is
// unchanged. Err wraps one of the sentinels.
type TimelineError struct {
	Op  string    // "Pause", "Resume", "Restart", "Reappoint", "Remaining"
	At  time.Time // the instant given
	Err error     // one of the sentinels, possibly with detail
}

func (e *TimelineError) Error() string {
	return fmt.Sprintf("sla: %s at %s: %s", e.Op, e.At.Format("2006-01-02 15:04"), detail(e.Err))
}

// Unwrap returns the sentinel.
func (e *TimelineError) Unwrap() error { return e.Err }

// CountError reports a count of time that cannot be made: a deadline
// ([Schedule.Deadline]), a receipt day, working time ([Schedule.AddWork],
// [Schedule.WorkBetween] and their time.Time forms) or an explanation. Err
// wraps [ErrInvalidLimit], [ErrInvalidSchedule] or [ErrOutOfSpan], and the
// error of package holiday behind it, if any.
type CountError struct {
	Op  string    // "Deadline", "ReceiptDay", "AddWorkingTime", "AddWork", "WorkBetween", "Explain"
	At  time.Time // the instant the count starts from
	Err error     // a sentinel, with detail
}

func (e *CountError) Error() string {
	return fmt.Sprintf("sla: %s from %s: %s", e.Op, e.At.Format("2006-01-02 15:04"), detail(e.Err))
}

// Unwrap returns the sentinel, with detail.
func (e *CountError) Unwrap() error { return e.Err }

// ValueError reports a value that cannot be read or written: an unknown
// wire code of an enumeration, an invalid value to marshal, a limit out of
// range. Err wraps [ErrUnknownCode], [ErrLimitSyntax] or [ErrLimitRange].
type ValueError struct {
	Func  string // e.g. "Unit.UnmarshalText", "LimitFromHundredths"
	Value string // the input as given; the message quotes a short prefix
	Err   error  // a sentinel, with detail
}

func (e *ValueError) Error() string {
	return "sla: " + e.Func + "(" + strconv.Quote(clip.String(e.Value, 40)) + "): " + detail(e.Err)
}

// Unwrap returns the sentinel, with detail.
func (e *ValueError) Unwrap() error { return e.Err }

// codeError is the constructor of the enumerations' errors (internal/enum).
func codeError(typ, code string, value int, valid string) error {
	if value >= 0 {
		return &ValueError{Func: typ + ".MarshalText", Value: "%!" + typ + "(" + strconv.Itoa(value) + ")",
			Err: fmt.Errorf("%w: not a valid %s", ErrUnknownCode, typ)}
	}
	return &ValueError{Func: typ + ".UnmarshalText", Value: code,
		Err: fmt.Errorf("%w: want one of %s", ErrUnknownCode, valid)}
}

// below classifies an error of the holiday calendar met while counting:
// sla's sentinel first, the calendar's error reachable behind it.
func below(err error) error {
	if err == nil || isOwn(err) {
		return err
	}
	if errors.Is(err, holiday.ErrOutOfSpan) {
		return fmt.Errorf("%w: %w", ErrOutOfSpan, err)
	}
	return fmt.Errorf("%w: %w", ErrInvalidSchedule, err)
}

// isOwn reports whether err already wraps a sentinel of this package.
func isOwn(err error) bool {
	for _, s := range [...]error{ErrInvalidSchedule, ErrInvalidLimit, ErrInvalidTimeline} {
		if errors.Is(err, s) {
			return true
		}
	}
	var o outOfSpan
	return errors.As(err, &o)
}

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
