package form_test

import (
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
)

// The control slip of an inter-agency birth-registration group (Decree
// 63/2024/NĐ-CP) scores each route step against its own budget: the
// residence step, 2 working days, finished on the fourth is late.
func TestControlSlipRouteSteps(t *testing.T) {
	ok := must(t)
	h := header(declaration)
	h.Route = liaisonsample.BirthRegistrationGroup()
	d, err := dossier.Open(h, schedule(t))
	if err != nil {
		t.Fatal(err)
	}
	start := at(2026, time.March, 2, 9, 0) // Monday
	d, _, err = d.Receive(start, "mot-cua", birth, &dossier.MemorySequencer{})
	if err != nil {
		t.Fatal(err)
	}
	d = ok(d.Transfer(start.Add(time.Minute), "mot-cua"))
	for _, e := range []struct {
		finish bool
		step   string
		agency string
		at     time.Time
	}{
		{false, "tiep-nhan", "UBND-XA", start.Add(2 * time.Minute)}, {true, "tiep-nhan", "UBND-XA", start.Add(3 * time.Minute)},
		{false, "khai-sinh", "UBND-XA", start.Add(4 * time.Minute)}, {true, "khai-sinh", "UBND-XA", start.Add(time.Hour)},
		{false, "thuong-tru", "CONG-AN-XA", start.Add(2 * time.Hour)}, {false, "bhyt", "BHXH-TINH", start.Add(2 * time.Hour)},
		{true, "bhyt", "BHXH-TINH", start.Add(26 * time.Hour)}, {true, "thuong-tru", "CONG-AN-XA", at(2026, time.March, 6, 10, 0)},
	} {
		if e.finish {
			d = ok(d.FinishStep(e.at, "can-bo", e.step, e.agency))
		} else {
			d = ok(d.StartStep(e.at, "can-bo", e.step, e.agency))
		}
	}
	slip, err := form.ControlSlipOf(d, office)
	if err != nil {
		t.Fatal(err)
	}
	var residence, insurance *form.Step
	for i, s := range slip.Steps {
		switch {
		case strings.HasSuffix(s.Note, "Đăng ký thường trú"):
			residence = &slip.Steps[i]
		case strings.HasSuffix(s.Note, "Cấp thẻ bảo hiểm y tế"):
			insurance = &slip.Steps[i]
		}
	}
	if residence == nil || insurance == nil {
		t.Fatalf("route steps missing from the slip:\n%s", slip.Text())
	}
	if residence.Outcome != sla.Late {
		t.Errorf("residence step outcome = %v, want late (due %s)", residence.Outcome, residence.Due)
	}
	if insurance.Outcome == sla.Late || insurance.Outcome == sla.OutcomeUnknown {
		t.Errorf("insurance step outcome = %v, want early or on time", insurance.Outcome)
	}
}
