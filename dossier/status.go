package dossier

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/enum"
)

// Status is where a dossier stands, as the national status codes 1–10 used
// to synchronise one-stop systems with the National Public Service Portal
// (Cổng DVCQG) define it. Early, on time and late are not statuses: they are
// derived from the finish and the due date (package sla).
//
// The zero Status, StatusUnknown, is not valid. [Status.MarshalText] writes
// stable wire codes ("received", …) and [Status.NationalCode] the sync code.
type Status uint8

const (
	// StatusUnknown is the zero Status; it is not valid.
	StatusUnknown Status = iota
	// Registered: submitted online, not yet received (1, Mới đăng ký).
	Registered
	// Received: received, with a code and an appointment (2, Được tiếp nhận).
	Received
	// NotReceived: refused at intake (3, Không được tiếp nhận).
	NotReceived
	// Processing: with the competent agency (4, Đang xử lý).
	Processing
	// SupplementRequested: the agency asked for a supplement (5, Yêu cầu bổ
	// sung giấy tờ).
	SupplementRequested
	// FinancialObligation: waiting for the applicant to pay a financial
	// obligation (6, Yêu cầu thực hiện nghĩa vụ tài chính).
	FinancialObligation
	// WithdrawalRequested: the applicant asked to withdraw (7, Công dân yêu
	// cầu rút hồ sơ).
	WithdrawalRequested
	// Stopped: processing stopped (8, Dừng xử lý).
	Stopped
	// Processed: a result exists — a grant, or a refusal after appraisal
	// (9, Đã xử lý xong).
	Processed
	// Returned: the result was returned to the applicant (10, Đã trả kết quả).
	Returned
)

type statusInfo struct {
	code       string
	national   int
	vietnamese string
	english    string
}

// The national codes and names: the synchronisation status list of the
// National Public Service Portal (Cổng Dịch vụ công quốc gia); Circular
// 22/2019/TT-BTTTT Art. 4 requires one-stop systems to show each step's
// status.
var statuses = [...]statusInfo{
	Registered:          {"registered", 1, "Mới đăng ký", "Registered"},
	Received:            {"received", 2, "Được tiếp nhận", "Received"},
	NotReceived:         {"not_received", 3, "Không được tiếp nhận", "Not received"},
	Processing:          {"processing", 4, "Đang xử lý", "Processing"},
	SupplementRequested: {"supplement_requested", 5, "Yêu cầu bổ sung giấy tờ", "Supplement requested"},
	FinancialObligation: {"financial_obligation", 6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"},
	WithdrawalRequested: {"withdrawal_requested", 7, "Công dân yêu cầu rút hồ sơ", "Withdrawal requested"},
	Stopped:             {"stopped", 8, "Dừng xử lý", "Stopped"},
	Processed:           {"processed", 9, "Đã xử lý xong", "Processed"},
	Returned:            {"returned", 10, "Đã trả kết quả", "Result returned"},
}

// statusTable gives the statuses their wire codes, from the table above.
var statusTable = func() enum.Table[Status] {
	t := enum.Table[Status]{Type: "Status", Fail: enumError}
	for _, info := range statuses {
		t.Names = append(t.Names, strings.ToLower(info.english))
		t.Codes = append(t.Codes, info.code)
	}
	return t
}()

// IsValid reports whether s is one of the ten statuses.
func (s Status) IsValid() bool { return statusTable.IsValid(s) }

// String returns the English name in lower case, e.g. "supplement
// requested", or "%!Status(n)"; [Status.MarshalText] gives the wire code.
func (s Status) String() string { return statusTable.String(s) }

// NationalCode returns the DVCQG sync code 1–10 (0 for an invalid status).
func (s Status) NationalCode() int {
	if !s.IsValid() {
		return 0
	}
	return statuses[s].national
}

// Vietnamese returns the status's Vietnamese name, e.g. "Được tiếp nhận".
func (s Status) Vietnamese() string {
	if !s.IsValid() {
		return s.String()
	}
	return statuses[s].vietnamese
}

// English returns the status's English name.
func (s Status) English() string {
	if !s.IsValid() {
		return s.String()
	}
	return statuses[s].english
}

// IsFinal reports whether no transition leaves s.
func (s Status) IsFinal() bool { return s == NotReceived || s == Stopped || s == Returned }

// StatusFromNationalCode returns the status with DVCQG sync code n.
func StatusFromNationalCode(n int) (Status, error) {
	for s := Registered; s <= Returned; s++ {
		if statuses[s].national == n {
			return s, nil
		}
	}
	return StatusUnknown, &InputError{Field: "national status code", Value: strconv.Itoa(n), Err: fmt.Errorf("%w: want 1–10", ErrSyntax)}
}

// MarshalText returns the wire code; an invalid status is an
// *[InputError] wrapping [ErrInvalid].
func (s Status) MarshalText() ([]byte, error) { return statusTable.MarshalText(s) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error s is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax].
func (s *Status) UnmarshalText(b []byte) error { return statusTable.UnmarshalText(s, b) }

// transitions is the typed transition table: the statuses each status may
// move to (Decree 61/2018/NĐ-CP Arts. 17–20; Decree 118/2025/NĐ-CP Art. 21
// and Circular 03/2025/TT-VPCP Art. 7 for stopping at the applicant's
// request, allowed only while no result exists).
var transitions = [...][]Status{
	Registered:          {Received, NotReceived, WithdrawalRequested},
	Received:            {Processing, WithdrawalRequested},
	Processing:          {SupplementRequested, FinancialObligation, Processed, WithdrawalRequested},
	SupplementRequested: {Processing, WithdrawalRequested, Stopped},
	FinancialObligation: {Processing, WithdrawalRequested},
	WithdrawalRequested: {Stopped},
	Processed:           {Returned},
}

// CanMove reports whether the transition table allows s → next.
func (s Status) CanMove(next Status) bool {
	if !s.IsValid() || int(s) >= len(transitions) {
		return false
	}
	for _, t := range transitions[s] {
		if t == next {
			return true
		}
	}
	return false
}

// Next returns the statuses s may move to, in table order; the slice is the
// caller's.
func (s Status) Next() []Status {
	if !s.IsValid() || int(s) >= len(transitions) {
		return nil
	}
	return append([]Status(nil), transitions[s]...)
}

// TransitionGraph renders the transition table as a Mermaid state diagram,
// with the national codes and Vietnamese names, for documentation.
func TransitionGraph() string {
	var b []byte
	b = append(b, "stateDiagram-v2\n"...)
	// States are named by their wire codes: Mermaid identifiers have no
	// spaces.
	id := func(s Status) string { return statuses[s].code }
	for s := Registered; s <= Returned; s++ {
		b = fmt.Appendf(b, "    %s: %d %s\n", id(s), s.NationalCode(), s.Vietnamese())
	}
	b = fmt.Appendf(b, "    [*] --> %s\n    [*] --> %s\n    [*] --> %s\n", id(Registered), id(Received), id(NotReceived))
	for s := Registered; s <= Returned; s++ {
		for _, t := range s.Next() {
			b = fmt.Appendf(b, "    %s --> %s\n", id(s), id(t))
		}
		if s.IsFinal() {
			b = fmt.Appendf(b, "    %s --> [*]\n", id(s))
		}
	}
	return string(b)
}
