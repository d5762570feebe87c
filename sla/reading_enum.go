package sla

import (
	"strconv"

	"github.com/motcua/motcua/internal/enum"
)

// Start is the event a time limit is counted from.
//
// Its zero value StartUnknown is invalid. The wire codes of
// [Start.MarshalText] are stable.
type Start uint8

const (
	// StartUnknown is the zero Start: no limit, so no event.
	StartUnknown Start = iota
	// FromReceipt counts from the receipt of the (complete) dossier, the
	// moment the appointment date is fixed (Decree 61/2018/NĐ-CP Art.
	// 17(1)(c), 17(3)). A text that names no event is counted from receipt.
	FromReceipt
	// FromOtherEvent counts from another event ("kể từ ngày kết thúc kiểm
	// tra", "kể từ ngày thụ lý"): the text cannot give a deadline from
	// receipt.
	FromOtherEvent
)

// AltKind is the kind of an [Alternative].
type AltKind uint8

const (
	// AltUnknown is the zero AltKind; invalid.
	AltUnknown AltKind = iota
	// AltConditional applies in a stated case ("trường hợp cần xác minh").
	AltConditional
	// AltRange is a range of durations ("6-8 ngày làm việc").
	AltRange
	// AltExtension is how far the limit may be extended ("có thể kéo dài
	// thêm nhưng không quá 02 tháng").
	AltExtension
	// AltUnstated is a duration stated without a condition beside another
	// one: the text does not say which is the procedure's limit.
	AltUnstated
)

// ConcernKind is the kind of a [Concern].
type ConcernKind uint8

const (
	// ConcernUnknown is the zero ConcernKind; invalid.
	ConcernUnknown ConcernKind = iota
	// ConcernNoOrdinary: the text states no ordinary limit, only
	// alternatives, or nothing readable.
	ConcernNoOrdinary
	// ConcernOtherEvent: the ordinary limit counts from another event than
	// receipt.
	ConcernOtherEvent
	// ConcernBreakdownMismatch: the breakdown does not add up to the total.
	ConcernBreakdownMismatch
	// ConcernUnreadable: a duration in a unit this package does not model
	// (weeks, years, minutes that are no whole hundredth of an hour, clock
	// hours when so chosen), a next-day rule
	// without a cut-off, or an amount out of range.
	ConcernUnreadable
	// ConcernNotALimit: a duration that is no time limit for the agency:
	// a minimum ("tối thiểu là 40 ngày"), a period of posting ("niêm yết
	// … 60 ngày") or of validity ("Thời hạn sử dụng … là 12 tháng").
	ConcernNotALimit
)

func failEnum(typ, code string, value int, valid string) error {
	if code == "" {
		return &LimitError{Func: typ + ".MarshalText", Input: strconv.Itoa(value), Err: ErrLimitSyntax, detail: "cannot marshal an invalid " + typ}
	}
	return &LimitError{Func: typ + ".UnmarshalText", Input: code, Err: ErrLimitSyntax, detail: "unknown " + typ + " code, want one of " + valid}
}

var (
	startTable = enum.Table[Start]{Type: "Start",
		Names: []string{"unknown", "receipt", "other event"},
		Codes: []string{"", "receipt", "other_event"}, Fail: failEnum}
	altTable = enum.Table[AltKind]{Type: "AltKind",
		Names: []string{"unknown", "conditional", "range", "extension", "unstated"},
		Codes: []string{"", "conditional", "range", "extension", "unstated"}, Fail: failEnum}
	concernTable = enum.Table[ConcernKind]{Type: "ConcernKind",
		Names: []string{"unknown", "no ordinary limit", "counted from another event", "breakdown does not add up", "unreadable duration", "not a time limit"},
		Codes: []string{"", "no_ordinary", "other_event", "breakdown_mismatch", "unreadable", "not_a_limit"}, Fail: failEnum}
)

// String returns an English name such as "receipt".
func (s Start) String() string { return startTable.String(s) }

// IsValid reports whether s is FromReceipt or FromOtherEvent.
func (s Start) IsValid() bool { return startTable.IsValid(s) }

// MarshalText returns the stable code "receipt" or "other_event".
func (s Start) MarshalText() ([]byte, error) { return startTable.MarshalText(s) }

// UnmarshalText accepts exactly the codes of MarshalText.
func (s *Start) UnmarshalText(b []byte) error { return startTable.UnmarshalText(s, b) }

// String returns an English name such as "conditional".
func (k AltKind) String() string { return altTable.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k AltKind) IsValid() bool { return altTable.IsValid(k) }

// MarshalText returns the stable code, e.g. "extension".
func (k AltKind) MarshalText() ([]byte, error) { return altTable.MarshalText(k) }

// UnmarshalText accepts exactly the codes of MarshalText.
func (k *AltKind) UnmarshalText(b []byte) error { return altTable.UnmarshalText(k, b) }

// String returns an English name such as "counted from another event".
func (k ConcernKind) String() string { return concernTable.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k ConcernKind) IsValid() bool { return concernTable.IsValid(k) }

// MarshalText returns the stable code, e.g. "other_event".
func (k ConcernKind) MarshalText() ([]byte, error) { return concernTable.MarshalText(k) }

// UnmarshalText accepts exactly the codes of MarshalText.
func (k *ConcernKind) UnmarshalText(b []byte) error { return concernTable.UnmarshalText(k, b) }

var (
	altVietnamese     = []string{"", "theo trường hợp", "khoảng", "gia hạn", "không nêu điều kiện"}
	concernVietnamese = []string{"", "không có thời hạn thông thường", "tính từ sự kiện khác", "thời hạn thành phần không khớp tổng", "không tính được", "không phải thời hạn giải quyết"}
)

// Vietnamese returns the kind's Vietnamese name, e.g. "gia hạn"; "" when
// invalid.
func (k AltKind) Vietnamese() string {
	if !k.IsValid() {
		return ""
	}
	return altVietnamese[k]
}

// Vietnamese returns the kind's Vietnamese name, e.g. "tính từ sự kiện
// khác"; "" when invalid.
func (k ConcernKind) Vietnamese() string {
	if !k.IsValid() {
		return ""
	}
	return concernVietnamese[k]
}
