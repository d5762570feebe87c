package liaison

import "github.com/motcua/motcua/internal/enum"

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

// roles is the table behind Role's methods. The wire codes must never
// change.
var roles = enum.Table[Role]{
	Type: "Role",
	Names: []string{
		RoleUnknown:  "unknown",
		RoleReceive:  "receive",
		RoleAppraise: "appraise",
		RoleConsult:  "consult",
		RoleApprove:  "approve",
		RoleSign:     "sign and stamp",
		RolePay:      "pay financial obligation",
		RoleRegister: "register",
		RoleReturn:   "return result",
	},
	Codes: []string{
		RoleReceive:  "receive",
		RoleAppraise: "appraise",
		RoleConsult:  "consult",
		RoleApprove:  "approve",
		RoleSign:     "sign",
		RolePay:      "pay",
		RoleRegister: "register",
		RoleReturn:   "return",
	},
	Fail: codeFail,
}

var roleVietnamese = []string{
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
// RoleUnknown, or "%!Role(n)" for a value outside the constants. It is
// the same as [Role.English]; the wire code is [Role.MarshalText]'s.
func (r Role) String() string { return roles.String(r) }

// English returns the English name of r, as [Role.String] does.
func (r Role) English() string { return roles.String(r) }

// Vietnamese returns the Vietnamese name of r ("thẩm định"), or the String
// fallback for a value outside the constants.
func (r Role) Vietnamese() string { return vietnamese(roleVietnamese, roles.String, r) }

// IsValid reports whether r is one of the defined roles; RoleUnknown and
// out-of-range values are invalid.
func (r Role) IsValid() bool { return roles.IsValid(r) }

// MarshalText implements [encoding.TextMarshaler] with the stable codes
// "receive", "appraise", "consult", "approve", "sign", "pay", "register" and
// "return". An invalid Role is a *[CodeError].
func (r Role) MarshalText() ([]byte, error) { return roles.MarshalText(r) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly
// the codes of [Role.MarshalText] (case-sensitive); anything else is a
// *[CodeError] wrapping [ErrCode]. On error *r is unchanged.
func (r *Role) UnmarshalText(b []byte) error { return roles.UnmarshalText(r, b) }

// vietnamese returns names[v], or the table's String fallback outside it.
func vietnamese[T ~uint8](names []string, str func(T) string, v T) string {
	if int(v) < len(names) {
		return names[v]
	}
	return str(v)
}
