package form

import (
	"fmt"
	"slices"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/enum"
	"github.com/rickb777/date/v2"
)

// Stage says when a supplement was asked for.
type Stage uint8

const (
	// StageUnknown is the zero Stage; it is not valid.
	StageUnknown Stage = iota
	// StageIntake: at the counter, before receipt; the dossier is not
	// received and no clock runs (Decree 61/2018/NĐ-CP Art. 17(1)(a)).
	StageIntake
	// StageAppraisal: by the competent agency during appraisal, within 3
	// working days of receipt; the clock pauses (Art. 19(4)).
	StageAppraisal
)

var stages = enum.Table[Stage]{
	Type:  "Stage",
	Names: []string{"", "intake", "appraisal"},
	Codes: []string{"", "intake", "appraisal"},
	Fail:  enumError,
}

// IsValid reports whether s is StageIntake or StageAppraisal.
func (s Stage) IsValid() bool { return stages.IsValid(s) }

// String returns "intake" or "appraisal", or "%!Stage(n)".
func (s Stage) String() string { return stages.String(s) }

// MarshalText returns the wire code; an invalid stage is an *[InputError]
// wrapping [ErrInvalid].
func (s Stage) MarshalText() ([]byte, error) { return stages.MarshalText(s) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error s is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax].
func (s *Stage) UnmarshalText(b []byte) error { return stages.UnmarshalText(s, b) }

// SupplementRequest is form 02, the Phiếu yêu cầu bổ sung, hoàn thiện hồ
// sơ: everything the applicant must add, listed once and completely, with
// the reason (Decree 61/2018/NĐ-CP Art. 15(3), 17(1)(a), 19(4); Decree
// 118/2025/NĐ-CP Art. 11(2)).
type SupplementRequest struct {
	Regime    dossier.Regime
	Office    Office
	Stage     Stage
	Code      dossier.Code // empty at intake
	Applicant dossier.Applicant
	Procedure dossier.ProcedureRef
	// Received is the receipt instant (zero at intake); Issued when the
	// request was made.
	Received, Issued time.Time
	Items            []string
	Reason           string
	// Sequence is the request's number for the dossier: 1 for the first
	// request during appraisal (a second counts the dossier late in the
	// national index under 2018 and is not allowed under 2025); 0 at
	// intake.
	Sequence int
}

// SupplementRequestOf builds form 02 from the dossier's latest supplement
// request during appraisal ([dossier.Dossier.RequestSupplement]). A dossier
// never asked for a supplement is a *[StateError]; for a dossier refused
// at the counter as incomplete, use [IntakeSupplementRequestOf].
func SupplementRequestOf(d dossier.Dossier, o Office) (SupplementRequest, error) {
	if err := checkDossier(d); err != nil {
		return SupplementRequest{}, err
	}
	if err := o.validate(); err != nil {
		return SupplementRequest{}, err
	}
	events := d.Events()
	n, last := 0, -1
	for i, e := range events {
		if e.Kind == dossier.EventSupplementRequested {
			n, last = n+1, i
		}
	}
	if last < 0 {
		return SupplementRequest{}, stateErr(KindSupplementRequest, d, "no supplement was requested during appraisal")
	}
	e := events[last]
	h := d.Header()
	return SupplementRequest{
		Regime:    d.Regime(),
		Office:    o,
		Stage:     StageAppraisal,
		Code:      d.Code(),
		Applicant: h.Applicant,
		Procedure: h.Procedure,
		Received:  d.Received(),
		Issued:    e.At,
		Items:     slices.Clone(e.Items),
		Reason:    e.Reason,
		Sequence:  n,
	}, nil
}

// IntakeSupplementRequestOf builds form 02 at the counter, for a dossier
// that [dossier.Dossier.Receive] did not receive because it is incomplete:
// in is the Intake it returned, at the instant of the check (in the
// office's zone), which chooses the regime. The items are in.ToAdd(). A
// complete intake, or a dossier already received, refused or stopped, is a
// *[StateError].
func IntakeSupplementRequestOf(d dossier.Dossier, in dossier.Intake, at time.Time, o Office) (SupplementRequest, error) {
	if err := checkDossier(d); err != nil {
		return SupplementRequest{}, err
	}
	if err := o.validate(); err != nil {
		return SupplementRequest{}, err
	}
	if at.IsZero() {
		return SupplementRequest{}, &InputError{Field: "instant", Value: "<zero time>", Err: fmt.Errorf("%w: the instant of the check is required", ErrInvalid)}
	}
	if s := d.Status(); s != dossier.StatusUnknown && s != dossier.Registered {
		return SupplementRequest{}, stateErr(KindSupplementRequest, d, "the intake stage is over (status %s)", s)
	}
	if in.Complete() {
		return SupplementRequest{}, stateErr(KindSupplementRequest, d, "the intake is complete: nothing to add")
	}
	h := d.Header()
	return SupplementRequest{
		Regime:    dossier.RegimeOn(date.NewAt(at)),
		Office:    o,
		Stage:     StageIntake,
		Applicant: h.Applicant,
		Procedure: h.Procedure,
		Issued:    at,
		Items:     in.ToAdd(),
		Reason:    "Hồ sơ chưa đầy đủ theo quy định của thủ tục hành chính.",
	}, nil
}

// Kind returns KindSupplementRequest.
func (SupplementRequest) Kind() Kind { return KindSupplementRequest }

// Text renders the request in Vietnamese plain text, following form 02 of
// Circular 01/2018/TT-VPCP as provincial systems print it: the unit, the
// applicant, "Nội dung yêu cầu giải quyết", "Yêu cầu Ông/Bà hoàn thiện hồ sơ
// gồm những nội dung như sau:", the reason, whom to ask, and the guiding
// official's signature.
func (f SupplementRequest) Text() string {
	var p page
	p.slipHead(KindSupplementRequest, f.Regime, f.Office, f.Issued, f.Code, f.Applicant, f.Procedure)
	if f.Stage == StageAppraisal && !f.Received.IsZero() {
		p.item("Thời gian nhận hồ sơ: ", instantVI(f.Regime, f.Received))
	}
	p.blank()
	if f.Stage == StageAppraisal {
		p.wrap(fmt.Sprintf("Qua thẩm định, hồ sơ chưa đủ điều kiện giải quyết. Yêu cầu %s bổ sung, hoàn thiện hồ sơ gồm những nội dung như sau:", you(f.Applicant)), "")
	} else {
		p.wrap(fmt.Sprintf("Yêu cầu %s hoàn thiện hồ sơ gồm những nội dung như sau:", you(f.Applicant)), "")
	}
	for i, it := range f.Items {
		p.wrap(fmt.Sprintf("   %d. %s", i+1, it), "   ")
	}
	if f.Reason != "" {
		p.item("Lý do: ", f.Reason)
	}
	p.blank()
	contact := "liên hệ với Bộ phận tiếp nhận và trả kết quả"
	if f.Office.Staff != "" {
		contact = "liên hệ với công chức " + f.Office.Staff
	}
	if f.Office.Phone != "" {
		contact += ", số điện thoại " + f.Office.Phone
	}
	p.wrap(fmt.Sprintf("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, %s %s để được hướng dẫn./.", you(f.Applicant), contact), "")
	p.signatures(signature{"NGƯỜI HƯỚNG DẪN", signNote, f.Office.Staff})
	return p.String()
}
