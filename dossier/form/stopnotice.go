package form

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
)

// StopNotice is the Thông báo dừng giải quyết hồ sơ of the 2025 regime
// (form 05 of Circular 03/2025/TT-VPCP Appendix I, as reported): on the
// applicant's request, while no decision or result notice exists, the
// receiving one-stop unit stops the dossier and notifies the applicant
// (Decree 118/2025/NĐ-CP Art. 21; Circular 03/2025/TT-VPCP Art. 7). The
// 2018 regime has no such form.
type StopNotice struct {
	Regime    dossier.Regime
	Office    Office
	Code      dossier.Code
	Applicant dossier.Applicant
	Procedure dossier.ProcedureRef
	// Received is the receipt instant; Requested the applicant's request
	// (zero when the dossier was stopped without one, e.g. a supplement
	// never brought); Stopped when processing stopped.
	Received, Requested, Stopped time.Time
	Reason                       string
}

// StopNoticeOf builds the stop notice of a stopped dossier under a regime
// with a stop notice ([dossier.Regime.StopNotice]). A dossier not stopped,
// or governed by the 2018 regime, is a *[StateError].
func StopNoticeOf(d dossier.Dossier, o Office) (StopNotice, error) {
	if err := checkDossier(d); err != nil {
		return StopNotice{}, err
	}
	if err := o.validate(); err != nil {
		return StopNotice{}, err
	}
	if !d.Regime().StopNotice {
		return StopNotice{}, stateErr(KindStopNotice, d, "the regime has no stop notice (Decree 118/2025/NĐ-CP Art. 21 applies to dossiers received from 2025-07-01)")
	}
	if d.Status() != dossier.Stopped {
		return StopNotice{}, stateErr(KindStopNotice, d, "it was not stopped")
	}
	h := d.Header()
	events := d.Events()
	f := StopNotice{Regime: d.Regime(), Office: o, Code: d.Code(), Applicant: h.Applicant, Procedure: h.Procedure, Received: d.Received()}
	for _, e := range events {
		switch e.Kind {
		case dossier.EventWithdrawalRequested:
			f.Requested, f.Reason = e.At, e.Reason
		case dossier.EventStopped:
			f.Stopped = e.At
			if e.Reason != "" {
				f.Reason = e.Reason
			}
		}
	}
	return f, nil
}

// Kind returns KindStopNotice.
func (StopNotice) Kind() Kind { return KindStopNotice }

// Text renders the notice in Vietnamese plain text: "Kính gửi", the
// receipt, the applicant's request and its reason, and the stop, signed
// by the one-stop unit. No layout of the form could be read; the content
// follows Circular 03/2025/TT-VPCP Art. 7 as quoted in secondary sources.
func (f StopNotice) Text() string {
	var p page
	p.letterHead(KindStopNotice, f.Regime, f.Office, f.Stopped, f.Code, f.Applicant)
	p.wrap(fmt.Sprintf("Vào %s, %s đã tiếp nhận hồ sơ của %s đề nghị giải quyết thủ tục: %s.",
		instantVI(f.Regime, f.Received), f.Office.UnitName, you(f.Applicant), procedureText(f.Procedure)), "")
	if !f.Requested.IsZero() {
		p.wrap(fmt.Sprintf("Vào %s, %s đề nghị dừng giải quyết hồ sơ nêu trên.", instantVI(f.Regime, f.Requested), you(f.Applicant)), "")
	}
	if f.Reason != "" {
		p.item("Lý do: ", f.Reason)
	}
	p.blank()
	p.wrap(fmt.Sprintf("Hồ sơ chưa có quyết định hoặc thông báo kết quả giải quyết. %s thông báo dừng giải quyết hồ sơ kể từ %s.",
		f.Office.UnitName, instantVI(f.Regime, f.Stopped)), "")
	p.line("Trân trọng./.")
	p.signatures(signature{"NGƯỜI THÔNG BÁO", signNote, f.Office.Staff})
	return p.String()
}
