package form

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/rickb777/date/v2"
)

// Apology is form 04: under the 2018 regime the Phiếu xin lỗi và hẹn lại
// ngày trả kết quả, under the 2025 regime the Văn bản xin lỗi và đề nghị
// gia hạn thời gian giải quyết (Circular 03/2025/TT-VPCP Appendix I, as
// reported; Decision 3621/QĐ-BYT BM.04 titles it "Phiếu xin lỗi và đề
// nghị gia hạn thời gian giải quyết"). The competent agency sends it at
// the latest one working day before the due date, with the reason and the
// new date, once only (Decree 61/2018/NĐ-CP Art. 19(9)). The 2025 form adds
// the applicant's ID number and the hour of the original appointment, and
// is signed by the head of the agency.
type Apology struct {
	Regime    dossier.Regime
	Office    Office // the competent agency's
	Code      dossier.Code
	Applicant dossier.Applicant
	Procedure dossier.ProcedureRef
	// Received is the receipt instant; Due the appointment being missed;
	// Issued when the apology was made.
	Received, Due, Issued time.Time
	Reason                string
	// NewDue is the new appointment date.
	NewDue date.Date
}

// ApologyOf builds form 04 from the dossier's apology
// ([dossier.Dossier.Apologise]). The appointment missed is the counted
// deadline ([sla.Timeline.Deadline]); the receipt time is the receipt
// event's. A dossier never re-appointed is a *[StateError].
func ApologyOf(d dossier.Dossier, o Office) (Apology, error) {
	if err := checkDossier(d); err != nil {
		return Apology{}, err
	}
	if err := o.validate(); err != nil {
		return Apology{}, err
	}
	events := d.Events()
	for _, e := range events {
		if e.Kind != dossier.EventApologised {
			continue
		}
		h := d.Header()
		return Apology{
			Regime:    d.Regime(),
			Office:    o,
			Code:      d.Code(),
			Applicant: h.Applicant,
			Procedure: h.Procedure,
			Received:  d.Received(),
			Due:       d.Timeline().Deadline().At(),
			Issued:    e.At,
			Reason:    e.Reason,
			NewDue:    e.NewDue,
		}, nil
	}
	return Apology{}, stateErr(KindApology, d, "it was never apologised for and re-appointed")
}

// Kind returns KindApology.
func (Apology) Kind() Kind { return KindApology }

// Text renders the apology in Vietnamese plain text: "Kính gửi", the
// receipt and the appointment missed, the reason, the apology, the new
// date, and the signature of the head of the agency.
func (f Apology) Text() string {
	var p page
	p.letterHead(KindApology, f.Regime, f.Office, f.Issued, f.Code, f.Applicant)
	p.wrap(fmt.Sprintf("Hồ sơ của %s đề nghị giải quyết thủ tục %s được tiếp nhận vào %s.",
		you(f.Applicant), procedureText(f.Procedure), instantVI(f.Regime, f.Received)), "")
	p.item("Thời gian hẹn trả kết quả giải quyết hồ sơ: ", instantVI(f.Regime, f.Due))
	p.wrap(fmt.Sprintf("Tuy nhiên, %s chưa thể trả kết quả giải quyết hồ sơ của %s đúng thời hạn đã hẹn.", f.Office.UnitName, you(f.Applicant)), "")
	p.item("Lý do: ", f.Reason)
	p.blank()
	if f.Regime.FormsWithTime {
		p.wrap(fmt.Sprintf("%s xin lỗi %s vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ đến %s.",
			f.Office.UnitName, you(f.Applicant), DateVI(f.NewDue)), "")
	} else {
		p.wrap(fmt.Sprintf("%s xin lỗi %s vì sự chậm trễ này và hẹn lại ngày trả kết quả: %s.",
			f.Office.UnitName, you(f.Applicant), DateVI(f.NewDue)), "")
	}
	p.line("Trân trọng./.")
	note := "(Ký, ghi rõ họ tên và đóng dấu)"
	if f.Regime.FormsWithTime {
		note = "(Ký số hoặc ký, ghi rõ họ tên và đóng dấu)"
	}
	p.signatures(signature{"THỦ TRƯỞNG CƠ QUAN", note, f.Office.Staff})
	return p.String()
}
