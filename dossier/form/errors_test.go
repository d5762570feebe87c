package form_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
)

// wantState checks that err is a *StateError of kind k wrapping ErrState
// and quoting the dossier code.
func wantState(t *testing.T, err error, k form.Kind, code dossier.Code) {
	t.Helper()
	var se *form.StateError
	if !errors.As(err, &se) || !errors.Is(err, form.ErrState) {
		t.Fatalf("got %v, want a *StateError wrapping ErrState", err)
	}
	if se.Kind != k || se.Dossier != string(code) {
		t.Errorf("StateError kind %s dossier %q, want %s %q", se.Kind, se.Dossier, k, code)
	}
	if !strings.Contains(err.Error(), `"`+string(code)+`"`) {
		t.Errorf("message does not quote the code: %v", err)
	}
}

func TestStateErrors(t *testing.T) {
	s2018, s2025 := scenarios[0], scenarios[1]
	ok := must(t)
	fresh := opened(t)
	refused := s2025.refused(t)
	rec := received(t, s2025.receive)
	rec2018 := received(t, s2018.receive)

	_, err := form.ReceiptOf(fresh, office)
	wantState(t, err, form.KindReceipt, "")
	_, err = form.ReceiptOf(refused, office)
	wantState(t, err, form.KindReceipt, "")
	_, err = form.SupplementRequestOf(rec, office)
	wantState(t, err, form.KindSupplementRequest, rec.Code())
	_, err = form.RefusalOf(rec, office)
	wantState(t, err, form.KindRefusal, rec.Code())
	_, err = form.ApologyOf(rec, office)
	wantState(t, err, form.KindApology, rec.Code())
	_, err = form.ControlSlipOf(fresh, office)
	wantState(t, err, form.KindControlSlip, "")
	_, err = form.StopNoticeOf(rec, office)
	wantState(t, err, form.KindStopNotice, rec.Code())
	_, err = form.StopNoticeOf(s2018.stopped(t), office)
	wantState(t, err, form.KindStopNotice, rec2018.Code())

	// The intake stage.
	_, err = form.IntakeSupplementRequestOf(rec, dossier.Intake{Missing: nil}, s2025.receive, office)
	wantState(t, err, form.KindSupplementRequest, rec.Code())
	d, in := s2025.incomplete(t)
	_, err = form.IntakeSupplementRequestOf(d, dossier.Intake{}, s2025.receive, office)
	wantState(t, err, form.KindSupplementRequest, "")
	_, err = form.IntakeSupplementRequestOf(d, in, time.Time{}, office)
	if !errors.Is(err, form.ErrInvalid) {
		t.Errorf("zero instant: %v", err)
	}

	// The book names the offending dossier.
	_, err = form.TrackingBookRows([]dossier.Dossier{rec, fresh})
	wantState(t, err, form.KindTrackingBook, "")
	if !strings.Contains(err.Error(), "dossiers[1]") || strings.Count(err.Error(), "form:") != 1 {
		t.Errorf("book error does not name the index: %v", err)
	}

	// A refusal after appraisal is form 03 too.
	late := ok(rec.Transfer(s2025.transfer, "tiepnhan"))
	late = ok(late.Decide(s2025.supplement, "chutich", false, "Giấy chứng sinh không hợp lệ."))
	f, err := form.RefusalOf(late, office)
	if err != nil || !f.AfterAppraisal || !strings.Contains(f.Text(), "Qua thẩm định, Ủy ban nhân dân xã Tân Lập thông báo không giải quyết") {
		t.Errorf("refusal after appraisal: %+v, %v\n%s", f, err, f.Text())
	}
}

func TestInputErrors(t *testing.T) {
	var zero dossier.Dossier
	builders := map[string]func(dossier.Dossier, form.Office) error{
		"receipt":    func(d dossier.Dossier, o form.Office) error { _, err := form.ReceiptOf(d, o); return err },
		"supplement": func(d dossier.Dossier, o form.Office) error { _, err := form.SupplementRequestOf(d, o); return err },
		"refusal":    func(d dossier.Dossier, o form.Office) error { _, err := form.RefusalOf(d, o); return err },
		"apology":    func(d dossier.Dossier, o form.Office) error { _, err := form.ApologyOf(d, o); return err },
		"control":    func(d dossier.Dossier, o form.Office) error { _, err := form.ControlSlipOf(d, o); return err },
		"stop":       func(d dossier.Dossier, o form.Office) error { _, err := form.StopNoticeOf(d, o); return err },
		"book": func(d dossier.Dossier, o form.Office) error {
			_, err := form.TrackingBookOf([]dossier.Dossier{d}, o)
			return err
		},
	}
	d := scenarios[1].full(t)
	for name, build := range builders {
		var ie *form.InputError
		if err := build(zero, office); !errors.As(err, &ie) || !errors.Is(err, form.ErrInvalid) {
			t.Errorf("%s of the zero Dossier: %v", name, err)
		}
		noPlace := office
		noPlace.Place = " "
		if err := build(d, noPlace); !errors.As(err, &ie) || ie.Field != "office place" || !strings.Contains(err.Error(), `" "`) {
			t.Errorf("%s without a place: %v", name, err)
		}
	}
}
