package liaison

import "fmt"

// Role is what a step of an inter-agency route does with the dossier: the
// stages of Decree 61/2018/NĐ-CP Arts. 17–20 (receipt, appraisal,
// consultation, approval, signature, return) plus the applicant's financial
// obligation and the registration that some routes end in (a land register,
// the residence database).
//
// Role is a small comparable value type, safe for concurrent use. Its zero
// value is [RoleUnknown], which is not a valid role (see [Role.IsValid]).
// The numeric values of the constants are not part of the wire format: use
// [Role.MarshalText], whose codes are stable.
type Role uint8

const (
	// RoleUnknown is the zero Role: the role was not stated. It is invalid.
	RoleUnknown Role = iota
	// RoleReceive is the receipt of the dossier by a one-stop unit
	// ("tiếp nhận", Decree 61/2018/NĐ-CP Art. 17), and its transfer to the
	// competent agency (Art. 18).
	RoleReceive
	// RoleAppraise is the examination and appraisal of the dossier
	// ("thẩm định", Art. 19(1)–(2)).
	RoleAppraise
	// RoleConsult is a consultation of another agency with a reply deadline
	// ("lấy ý kiến", Art. 19(5)).
	RoleConsult
	// RoleApprove is the decision of the competent head ("phê duyệt").
	RoleApprove
	// RoleSign is the signature and stamp of the result ("ký, đóng dấu").
	RoleSign
	// RolePay is the fulfilment of a financial obligation ("thực hiện nghĩa
	// vụ tài chính"): assessing a tax or fee, and the applicant paying it.
	RolePay
	// RoleRegister is the entry of the result in a register or database
	// ("đăng ký"): civil status, residence, land, insurance.
	RoleRegister
	// RoleReturn is the return of the result to the applicant ("trả kết
	// quả", Art. 20).
	RoleReturn
)

// roleCodes holds the stable wire codes. They must never change.
var roleCodes = [...]string{
	RoleReceive:  "receive",
	RoleAppraise: "appraise",
	RoleConsult:  "consult",
	RoleApprove:  "approve",
	RoleSign:     "sign",
	RolePay:      "pay",
	RoleRegister: "register",
	RoleReturn:   "return",
}

var roleEnglish = [...]string{
	RoleUnknown:  "unknown",
	RoleReceive:  "receive",
	RoleAppraise: "appraise",
	RoleConsult:  "consult",
	RoleApprove:  "approve",
	RoleSign:     "sign and stamp",
	RolePay:      "pay financial obligation",
	RoleRegister: "register",
	RoleReturn:   "return result",
}

var roleVietnamese = [...]string{
	RoleUnknown:  "không xác định",
	RoleReceive:  "tiếp nhận",
	RoleAppraise: "thẩm định",
	RoleConsult:  "lấy ý kiến",
	RoleApprove:  "phê duyệt",
	RoleSign:     "ký, đóng dấu",
	RolePay:      "thực hiện nghĩa vụ tài chính",
	RoleRegister: "đăng ký",
	RoleReturn:   "trả kết quả",
}

// String returns the English name of r ("sign and stamp"), "unknown" for
// RoleUnknown, or "%!Role(n)" for a value outside the constants.
func (r Role) String() string {
	if int(r) < len(roleEnglish) {
		return roleEnglish[r]
	}
	return fmt.Sprintf("%%!Role(%d)", uint8(r))
}

// English is the same as [Role.String].
func (r Role) English() string { return r.String() }

// Vietnamese returns the Vietnamese name of r ("thẩm định"), or the String
// fallback for a value outside the constants.
func (r Role) Vietnamese() string {
	if int(r) < len(roleVietnamese) {
		return roleVietnamese[r]
	}
	return r.String()
}

// IsValid reports whether r is one of the defined roles; RoleUnknown and
// out-of-range values are invalid.
func (r Role) IsValid() bool { return r >= RoleReceive && r <= RoleReturn }

// MarshalText implements [encoding.TextMarshaler] with the stable codes
// "receive", "appraise", "consult", "approve", "sign", "pay", "register" and
// "return". An invalid Role is an error.
func (r Role) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("liaison: cannot marshal invalid Role %s", r)
	}
	return []byte(roleCodes[r]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly
// the codes of [Role.MarshalText] (case-sensitive). On error *r is
// unchanged.
func (r *Role) UnmarshalText(b []byte) error {
	got, ok := parseRole(string(b))
	if !ok {
		return fmt.Errorf("liaison: Role.UnmarshalText(%q): unknown role code, want one of receive, appraise, consult, approve, sign, pay, register, return", b)
	}
	*r = got
	return nil
}

func parseRole(s string) (Role, bool) {
	for i, c := range roleCodes {
		if c != "" && c == s {
			return Role(i), true
		}
	}
	return RoleUnknown, false
}
