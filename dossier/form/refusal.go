package form

import (
	"fmt"
	"slices"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/rickb777/date/v2"
)

// Refusal is form 03, the Phiếu từ chối tiếp nhận giải quyết hồ sơ, with
// the reasons: at the counter, when the dossier is refused
// (Decree 61/2018/NĐ-CP Art. 17(1)(b)); or, with AfterAppraisal, when the
// competent agency refuses the request after appraisal, within the time
// limit (Art. 19(8)). The decree calls the latter notice "Phiếu từ chối
// giải quyết hồ sơ"; Circular 01/2018/TT-VPCP has no separate form for it,
// so this package uses form 03 for both (an assumption).
type Refusal struct {
	Regime    dossier.Regime
	Office    Office
	Code      dossier.Code // empty for a refusal at the counter
	Applicant dossier.Applicant
	Procedure dossier.ProcedureRef
	// Agency is the competent agency's code (after appraisal).
	Agency string
	// Received is the receipt instant (zero at the counter); Issued when
	// the dossier was refused.
	Received, Issued time.Time
	Reasons          []string
	AfterAppraisal   bool
}

// RefusalOf builds form 03 for a dossier refused at the counter
// ([dossier.Dossier.Refuse]) or refused after appraisal
// ([dossier.Dossier.Decide] with granted false). Any other dossier is a
// *[StateError].
func RefusalOf(d dossier.Dossier, o Office) (Refusal, error) {
	if err := checkDossier(d); err != nil {
		return Refusal{}, err
	}
	if err := o.validate(); err != nil {
		return Refusal{}, err
	}
	h := d.Header()
	f := Refusal{Office: o, Code: d.Code(), Applicant: h.Applicant, Procedure: h.Procedure, Agency: h.Agency}
	events := d.Events()
	for _, e := range events {
		switch {
		case e.Kind == dossier.EventRefused:
			f.Issued, f.Reasons = e.At, slices.Clone(e.Items)
			if e.Reason != "" {
				f.Reasons = append(f.Reasons, e.Reason)
			}
			// A dossier refused at the counter has no regime of its own:
			// take the one in force on the day.
			f.Regime = dossier.RegimeOn(date.NewAt(e.At))
			return f, nil
		case e.Kind == dossier.EventProcessed && !e.Granted:
			f.Issued, f.Reasons, f.AfterAppraisal = e.At, []string{e.Reason}, true
			f.Regime, f.Received = d.Regime(), d.Received()
			return f, nil
		}
	}
	return Refusal{}, stateErr(KindRefusal, d, "it was neither refused at intake nor refused after appraisal")
}

// Kind returns KindRefusal.
func (Refusal) Kind() Kind { return KindRefusal }

// Text renders the refusal in Vietnamese plain text, following form 03 as
// provincial systems print it: the unit, the applicant, "Nội dung yêu cầu
// giải quyết", "Qua xem xét, … thông báo không tiếp nhận, giải quyết hồ sơ
// này với lý do cụ thể như sau:", the reasons, and the signatures.
func (f Refusal) Text() string {
	var p page
	p.slipHead(KindRefusal, f.Regime, f.Office, f.Issued, f.Code, f.Applicant, f.Procedure)
	if f.AfterAppraisal && !f.Received.IsZero() {
		p.item("Thời gian nhận hồ sơ: ", instantVI(f.Regime, f.Received))
	}
	p.blank()
	if f.AfterAppraisal {
		p.wrap(fmt.Sprintf("Qua thẩm định, %s thông báo không giải quyết hồ sơ này với lý do cụ thể như sau:", f.Office.agency(f.Agency)), "")
	} else {
		p.wrap(fmt.Sprintf("Qua xem xét, %s thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:", f.Office.UnitName), "")
	}
	for _, r := range f.Reasons {
		p.wrap("   - "+r, "  ")
	}
	p.blank()
	p.line(fmt.Sprintf("Xin thông báo cho %s được biết và thực hiện./.", you(f.Applicant)))
	p.signatures(signature{"NGƯỜI NỘP HỒ SƠ", signNote, f.Applicant.Name},
		signature{"NGƯỜI TIẾP NHẬN HỒ SƠ", signNote, f.Office.Staff})
	return p.String()
}
