package form

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Step is one row of the control slip: a hand-over of the dossier from one
// party to another at an instant, judged early, on time or late against
// the step's due date (Circular 01/2018/TT-VPCP form 05; Decision
// 3621/QĐ-BYT BM.05: "thời gian giao, nhận hồ sơ" with hour, minute and
// date, and "trước hạn / đúng hạn / quá hạn"). The per-step verdict is the
// basis for attributing lateness to the unit whose step overran (Circular
// 01/2018 Art. 13).
//
// [ControlSlipOf] fills steps from the dossier's event log. A caller that
// tracks an inter-agency route step by step, with each step's own time
// budget (package liaison), builds its steps with [NewStep] and sets
// [ControlSlip.Steps].
type Step struct {
	From, To string    // who hands over, who receives
	At       time.Time // the hand-over instant
	// Due is the step's due date, zero when the step has no budget of its
	// own.
	Due     date.Date
	Outcome sla.Outcome // OutcomeUnknown when not judged
	Note    string
}

// NewStep returns a step handed over at the instant at and judged against
// due with [sla.OutcomeOf] (apologised: an apology letter moved the
// appointment before it was due). A zero due leaves the step unjudged.
func NewStep(from, to string, at time.Time, due date.Date, apologised bool, note string) Step {
	s := Step{From: from, To: to, At: at, Due: due, Note: note}
	if due != date.Zero && !at.IsZero() {
		s.Outcome = sla.OutcomeOf(date.NewAt(at), due, apologised)
	}
	return s
}

// ControlSlip is the Phiếu kiểm soát quá trình giải quyết hồ sơ (form 05 in
// 2018, 06 in 2025): it travels with the dossier and records each
// hand-over.
type ControlSlip struct {
	Regime    dossier.Regime
	Office    Office
	Code      dossier.Code
	Applicant dossier.Applicant
	Procedure dossier.ProcedureRef
	// Received is the receipt instant; Due the appointment.
	Received, Due time.Time
	Steps         []Step
}

// ControlSlipOf builds the control slip of a received dossier, with one
// step per hand-over in its event log:
//
//   - transfer: the one-stop unit to the competent agency, late when the
//     dossier is flagged for a late transfer ([dossier.Flags.LateTransfer],
//     Decree 61/2018/NĐ-CP Art. 18), on time otherwise;
//   - supplement requested and supplied, financial obligation requested
//     and paid, apology: between the agency and the applicant;
//   - result: the agency to the one-stop unit; return: the unit to the
//     applicant; withdrawal request and stop;
//   - for a dossier with an inter-agency route, each finished route step,
//     judged against the step's own budget from its actual start
//     ([dossier.Dossier.Tracking]).
//
// The log itself has no per-step budgets, so every other step but the transfer is
// judged against the dossier's due date as statistics judge it (the
// original due date, an apology making a late step "late with apology").
// After the limit restarted, earlier steps are judged against the new
// date. For per-step budgets, replace Steps (see [Step]). A dossier never
// received is a *[StateError].
func ControlSlipOf(d dossier.Dossier, o Office) (ControlSlip, error) {
	if err := checkDossier(d); err != nil {
		return ControlSlip{}, err
	}
	if err := o.validate(); err != nil {
		return ControlSlip{}, err
	}
	if d.Code() == "" || !d.Timeline().IsValid() {
		return ControlSlip{}, stateErr(KindControlSlip, d, "it was never received")
	}
	h := d.Header()
	tl := d.Timeline()
	due := tl.OriginalDue()
	newDue, reappointed := tl.Reappointed()
	unit, agency, applicant := o.UnitName, o.agency(h.Agency), h.Applicant.Name
	var steps []Step
	add := func(from, to string, e dossier.Event, note string) {
		// An apology covers a late step up to the date it promised
		// (sla.Timeline.Outcome): after it the step is plain late.
		apologised := reappointed && date.NewAt(e.At.In(sla.VietnamZone)) <= newDue
		steps = append(steps, NewStep(from, to, e.At, due, apologised, note))
	}
	for _, e := range d.Events() {
		switch e.Kind {
		case dossier.EventTransferred:
			s := Step{From: unit, To: o.agency(e.Agency), At: e.At, Outcome: sla.OnTime, Note: "Chuyển hồ sơ đến cơ quan giải quyết"}
			if d.Flags().LateTransfer {
				s.Outcome = sla.Late
				s.Note += " (chuyển muộn)"
			}
			steps = append(steps, s)
		case dossier.EventSupplementRequested:
			add(agency, applicant, e, "Yêu cầu bổ sung, hoàn thiện hồ sơ: "+strings.Join(e.Items, "; "))
		case dossier.EventSupplemented:
			add(applicant, agency, e, "Nhận hồ sơ đã bổ sung, hoàn thiện")
		case dossier.EventObligationRequested:
			note := "Thông báo thực hiện nghĩa vụ tài chính"
			if !e.Amount.IsZero() {
				note += ": " + MoneyVI(e.Amount)
			}
			add(agency, applicant, e, note)
		case dossier.EventObligationPaid:
			add(applicant, agency, e, "Đã thực hiện nghĩa vụ tài chính")
		case dossier.EventApologised:
			add(agency, applicant, e, fmt.Sprintf("Xin lỗi và hẹn lại ngày trả kết quả: %s. Lý do: %s", DateVI(e.NewDue), e.Reason))
		case dossier.EventProcessed:
			note := "Có kết quả giải quyết"
			if !e.Granted {
				note = "Từ chối giải quyết: " + e.Reason
			}
			add(agency, unit, e, note)
		case dossier.EventStepFinished:
			// A step of the inter-agency route, judged against its own
			// budget from its actual start (package liaison).
			st, err := d.Tracking().Step(e.Step)
			if err != nil {
				continue
			}
			name := e.Step
			if rs, ok := h.Route.Step(e.Step); ok {
				name = rs.Name
			}
			steps = append(steps, Step{From: o.agency(e.Agency), To: unit, At: e.At, Due: st.DueDate,
				Outcome: st.Outcome, Note: "Hoàn thành bước liên thông: " + name})
		case dossier.EventReturned:
			add(unit, applicant, e, "Trả kết quả")
		case dossier.EventWithdrawalRequested:
			add(applicant, unit, e, withReason("Đề nghị dừng giải quyết, rút hồ sơ", e.Reason))
		case dossier.EventStopped:
			add(unit, applicant, e, withReason("Dừng giải quyết hồ sơ", e.Reason))
		}
	}
	return ControlSlip{
		Regime:    d.Regime(),
		Office:    o,
		Code:      d.Code(),
		Applicant: h.Applicant,
		Procedure: h.Procedure,
		Received:  d.Received(),
		Due:       tl.Deadline().At(),
		Steps:     slices.Clip(steps),
	}, nil
}

// withReason appends ": reason" to s when there is a reason.
func withReason(s, reason string) string {
	if reason == "" {
		return s
	}
	return s + ": " + reason
}

// Kind returns KindControlSlip.
func (ControlSlip) Kind() Kind { return KindControlSlip }

// Text renders the slip in Vietnamese plain text. The paper form is a
// table — TÊN CƠ QUAN | THỜI GIAN GIAO, NHẬN HỒ SƠ | KẾT QUẢ GIẢI QUYẾT HỒ
// SƠ (trước hạn / đúng hạn / quá hạn) | GHI CHÚ — with a "1. Giao … 2.
// Nhận …" cell and the signatures of both parties; plain text writes each
// row as a numbered block. Hand-over times carry the hour and minute
// under both regimes, as the form's cells do ("… giờ … phút, ngày …
// tháng … năm …").
func (f ControlSlip) Text() string {
	var p page
	p.heading(KindControlSlip, f.Regime, f.Office, f.Received, KindControlSlip.Title(f.Regime))
	p.center("Mã hồ sơ: " + string(f.Code))
	p.blank()
	p.item("Kèm theo hồ sơ của: ", f.Applicant.Name)
	p.item("Nội dung yêu cầu giải quyết: ", procedureText(f.Procedure))
	p.item("Thời gian nhận hồ sơ: ", TimeVI(f.Received))
	p.item("Thời gian hẹn trả kết quả: ", TimeVI(f.Due))
	for i, s := range f.Steps {
		p.blank()
		p.linef("%d. Giao: %s", i+1, s.From)
		p.linef("   Nhận: %s", s.To)
		p.item("   Thời gian giao, nhận hồ sơ: ", TimeVI(s.At))
		if s.Due != date.Zero {
			p.item("   Hạn xử lý: ", DateVI(s.Due))
		}
		result := "……"
		if s.Outcome.IsValid() {
			result = s.Outcome.Vietnamese()
		}
		p.item("   Kết quả giải quyết hồ sơ: ", result)
		if s.Note != "" {
			p.item("   Ghi chú: ", s.Note)
		}
		p.line("   Người giao: ……………    Người nhận: ……………")
	}
	return p.String()
}
