package form

import (
	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/enum"
)

// Kind is a kind of one-stop form. Forms are keyed by kind, not by number:
// the numbers differ between the regimes (the 2025 list inserts the stop
// notice as form 05), and [Kind.Number] maps a kind to its number under a
// regime.
//
// The zero Kind, KindUnknown, is not valid. [Kind.MarshalText] writes
// stable wire codes ("receipt", "supplement_request", …); the numeric
// values of the constants are not part of the wire format.
type Kind uint8

const (
	// KindUnknown is the zero Kind; it is not valid.
	KindUnknown Kind = iota
	// KindReceipt: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01).
	KindReceipt
	// KindSupplementRequest: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (02).
	KindSupplementRequest
	// KindRefusal: Phiếu từ chối tiếp nhận giải quyết hồ sơ (03).
	KindRefusal
	// KindApology: Phiếu xin lỗi và hẹn lại ngày trả kết quả (04, 2018);
	// Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (04, 2025).
	KindApology
	// KindControlSlip: Phiếu kiểm soát quá trình giải quyết hồ sơ (05 in
	// 2018, 06 in 2025).
	KindControlSlip
	// KindTrackingBook: Sổ theo dõi hồ sơ (06 in 2018, 07 in 2025).
	KindTrackingBook
	// KindStopNotice: Thông báo dừng giải quyết hồ sơ (05 in 2025; no 2018
	// form).
	KindStopNotice
)

type kindInfo struct {
	code      string
	n2018     string // "" when the 2018 list has no such form
	n2025     string
	title2018 string
	title2025 string
	english   string
}

// kinds holds the wire codes, the numbers of Circular 01/2018/TT-VPCP
// Art. 9 (verified) and of Circular 03/2025/TT-VPCP Appendix I (as reported
// by a secondary source), and the titles.
var kinds = [...]kindInfo{
	KindReceipt: {"receipt", "01", "01",
		"Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "receipt and appointment"},
	KindSupplementRequest: {"supplement_request", "02", "02",
		"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "supplement request"},
	KindRefusal: {"refusal", "03", "03",
		"Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "refusal"},
	KindApology: {"apology", "04", "04",
		"Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "apology and re-appointment"},
	KindControlSlip: {"control_slip", "05", "06",
		"Phiếu kiểm soát quá trình giải quyết hồ sơ", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "processing control slip"},
	KindTrackingBook: {"tracking_book", "06", "07",
		"Sổ theo dõi hồ sơ", "Sổ theo dõi hồ sơ", "tracking book"},
	KindStopNotice: {"stop_notice", "", "05",
		"", "Thông báo dừng giải quyết hồ sơ", "stop notice"},
}

// Kinds returns the valid kinds in constant order; the slice is the
// caller's.
func Kinds() []Kind {
	out := make([]Kind, 0, len(kinds)-1)
	for k := KindReceipt; int(k) < len(kinds); k++ {
		out = append(out, k)
	}
	return out
}

// kindTable gives the kinds their wire codes, from the table above.
var kindTable = func() enum.Table[Kind] {
	t := enum.Table[Kind]{Type: "Kind", Fail: enumError}
	for _, info := range kinds {
		t.Names = append(t.Names, info.english)
		t.Codes = append(t.Codes, info.code)
	}
	return t
}()

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return kindTable.IsValid(k) }

// String returns the English name, e.g. "receipt and appointment", or
// "%!Kind(n)"; [Kind.MarshalText] gives the wire code.
func (k Kind) String() string { return kindTable.String(k) }

// English returns a short English name, e.g. "receipt and appointment".
func (k Kind) English() string {
	if !k.IsValid() {
		return k.String()
	}
	return kinds[k].english
}

// Number returns the form's number ("01" … "07") under regime r, and false
// when r has no such form (the stop notice under 2018) or r is not one of
// the defined regimes, rule for rule (a Regime built or changed by hand
// numbers no form). The 2018 numbers are those of Circular
// 01/2018/TT-VPCP Art. 9; the 2025 numbers those of Circular
// 03/2025/TT-VPCP Appendix I as reported by a secondary source — the
// Ministry of Health's Decision 3621/QĐ-BYT still numbers its six forms the
// 2018 way, which is why forms are keyed by kind.
func (k Kind) Number(r dossier.Regime) (string, bool) {
	if !k.IsValid() {
		return "", false
	}
	var n string
	switch r {
	case dossier.Regime2018():
		n = kinds[k].n2018
	case dossier.Regime2025():
		n = kinds[k].n2025
	}
	return n, n != ""
}

// Title returns the form's Vietnamese title under regime r, in sentence
// case ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), or "" when r has no
// such form. The 2025 title of form 04 is that of the Circular 03/2025
// list; Decision 3621/QĐ-BYT calls it "Phiếu xin lỗi và đề nghị gia hạn
// thời gian giải quyết".
func (k Kind) Title(r dossier.Regime) string {
	if _, ok := k.Number(r); !ok {
		return ""
	}
	if r == dossier.Regime2025() {
		return kinds[k].title2025
	}
	return kinds[k].title2018
}

// MarshalText returns the wire code; an invalid kind is an *[InputError]
// wrapping [ErrInvalid].
func (k Kind) MarshalText() ([]byte, error) { return kindTable.MarshalText(k) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error k is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax], quoting a short prefix of the input.
func (k *Kind) UnmarshalText(b []byte) error { return kindTable.UnmarshalText(k, b) }

// regimeText names the circular whose form list a regime follows.
func regimeText(r dossier.Regime) string {
	if r == dossier.Regime2025() {
		return "Thông tư số 03/2025/TT-VPCP"
	}
	return "Thông tư số 01/2018/TT-VPCP"
}
