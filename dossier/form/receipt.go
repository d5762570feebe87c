package form

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/vncount"
	"github.com/motcua/motcua/sla"
	"github.com/shopspring/decimal"
)

// Receipt is form 01, the Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the
// dossier code, who filed what, the time limit, when the dossier was
// received and when the result is due (Decree 61/2018/NĐ-CP Art. 17(1)(c),
// 17(3); Circular 01/2018/TT-VPCP Art. 9, form 01). Under the 2025 regime it
// also carries the applicant's ID number and the hour and minute of receipt
// and appointment (Decision 3621/QĐ-BYT, BM.01).
type Receipt struct {
	Regime    dossier.Regime
	Office    Office
	Code      dossier.Code
	Applicant dossier.Applicant
	Procedure dossier.ProcedureRef
	Filed     []dossier.Filed
	// Sets is the number of sets of the dossier (số lượng hồ sơ, bộ); 1
	// unless the caller knows better.
	Sets int
	// Limit is the time limit the appointment was counted with.
	Limit sla.Limit
	// Received is the receipt instant; Due the appointment: the close of
	// office hours on the due date for limits in days.
	Received, Due time.Time
	// Fees are the fees and charges due, printed when positive.
	Fees decimal.Decimal
	// BookVolume and BookEntry are the tracking book's volume and entry
	// number ("Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự …"), left blank
	// when zero.
	BookVolume string
	BookEntry  int
}

// ReceiptOf builds form 01 for a received dossier. The appointment is the
// dossier's counted deadline ([sla.Timeline.Deadline]): at receipt, the
// appointment of form 01; after the limit restarted from a complete
// dossier (Decree 61/2018/NĐ-CP Art. 19(4)), the new appointment, with the
// instant the complete dossier came in as the receipt time, which is what
// an office reissuing form 01 prints. A re-appointment by apology is form
// 04, not a new receipt. A dossier never received is a *[StateError].
func ReceiptOf(d dossier.Dossier, o Office) (Receipt, error) {
	if err := checkDossier(d); err != nil {
		return Receipt{}, err
	}
	if err := o.validate(); err != nil {
		return Receipt{}, err
	}
	if d.Code() == "" || !d.Timeline().IsValid() {
		return Receipt{}, stateErr(KindReceipt, d, "it was never received (no code, no appointment)")
	}
	h := d.Header()
	dl := d.Timeline().Deadline()
	return Receipt{
		Regime:    d.Regime(),
		Office:    o,
		Code:      d.Code(),
		Applicant: h.Applicant,
		Procedure: h.Procedure,
		Filed:     h.Filed,
		Sets:      1,
		Limit:     dl.Limit(),
		Received:  dl.Received(),
		Due:       dl.At(),
		Fees:      h.FeesDue,
	}, nil
}

// Kind returns KindReceipt.
func (Receipt) Kind() Kind { return KindReceipt }

// Text renders the receipt in Vietnamese plain text, following the layout
// of form 01 of Circular 01/2018/TT-VPCP as the one-stop systems print it:
// the heading, "Mã hồ sơ:", the unit, the applicant, "Nội dung yêu cầu giải
// quyết", then the numbered items (documents, number of sets, the time
// limit, receipt and appointment, where the result is collected), the
// tracking-book line and the signatures of the applicant and the official.
func (f Receipt) Text() string {
	var p page
	p.heading(KindReceipt, f.Regime, f.Office, f.Received, KindReceipt.Title(f.Regime))
	p.center("Mã hồ sơ: " + string(f.Code))
	p.center("(Liên: Lưu/Giao người nộp hồ sơ)")
	p.blank()
	p.item("Bộ phận tiếp nhận và trả kết quả: ", f.Office.UnitName)
	p.applicantLines(f.Regime, "Tiếp nhận hồ sơ của: ", f.Applicant)
	p.item("Nội dung yêu cầu giải quyết: ", procedureText(f.Procedure))
	p.blank()
	p.line("1. Thành phần hồ sơ nộp gồm:")
	for i, doc := range f.Filed {
		line := fmt.Sprintf("   (%d) %s: %s", i+1, doc.Name, vncount.Papers(doc.Originals, doc.Copies))
		if doc.Digitised && f.Regime.DigitiseAtReceipt {
			line += " (đã số hóa)"
		}
		p.wrap(line, "    ")
	}
	p.linef("2. Số lượng hồ sơ: %02d (bộ)", max(f.Sets, 1))
	p.item("3. Thời gian giải quyết hồ sơ theo quy định là: ", f.Limit.String())
	p.item("4. Thời gian nhận hồ sơ: ", instantVI(f.Regime, f.Received))
	p.item("5. Thời gian trả kết quả giải quyết hồ sơ: ", instantVI(f.Regime, f.Due))
	p.item("6. Đăng ký nhận kết quả tại: ", f.Office.returnPlace())
	if f.Fees.IsPositive() {
		p.item("7. Phí, lệ phí: ", MoneyVI(f.Fees))
	}
	p.blank()
	volume, entry := "……", "……"
	if f.BookVolume != "" {
		volume = f.BookVolume
	}
	if f.BookEntry > 0 {
		entry = fmt.Sprintf("%02d", f.BookEntry)
	}
	p.linef("Vào Sổ theo dõi hồ sơ, Quyển số: %s    Số thứ tự: %s", volume, entry)
	p.signatures(signature{"NGƯỜI NỘP HỒ SƠ", signNote, f.Applicant.Name},
		signature{"NGƯỜI TIẾP NHẬN HỒ SƠ", signNote, f.Office.Staff})
	return p.String()
}
