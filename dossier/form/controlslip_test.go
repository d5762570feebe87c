package form_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/sla"
)

func TestNewStep(t *testing.T) {
	due := day(2026, time.March, 4)
	for _, c := range []struct {
		at         time.Time
		apologised bool
		want       sla.Outcome
	}{
		{at(2026, time.March, 3, 9, 0), false, sla.Early},
		{at(2026, time.March, 4, 16, 59), false, sla.OnTime},
		{at(2026, time.March, 5, 8, 0), false, sla.Late},
		{at(2026, time.March, 5, 8, 0), true, sla.LateApologised},
	} {
		if got := form.NewStep("A", "B", c.at, due, c.apologised, "").Outcome; got != c.want {
			t.Errorf("step at %v: %s, want %s", c.at, got, c.want)
		}
	}
	if got := form.NewStep("A", "B", at(2026, time.March, 3, 9, 0), 0, false, "").Outcome; got.IsValid() {
		t.Errorf("a step without a due date is judged %s", got)
	}
}

// A paper dossier received in the morning must reach the agency the same
// working day; two days later the transfer step is late.
func TestControlSlipLateTransfer(t *testing.T) {
	ok := must(t)
	d := received(t, at(2024, time.December, 11, 9, 30))
	d = ok(d.Transfer(at(2024, time.December, 13, 9, 0), "tiepnhan"))
	f, err := form.ControlSlipOf(d, office)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Steps) != 1 || f.Steps[0].Outcome != sla.Late {
		t.Fatalf("steps %+v", f.Steps)
	}
}

// A caller tracking an inter-agency route replaces the steps with its own.
func TestControlSlipCallerSteps(t *testing.T) {
	f, err := form.ControlSlipOf(received(t, scenarios[1].receive), office)
	if err != nil {
		t.Fatal(err)
	}
	f.Steps = []form.Step{form.NewStep("Phòng Tư pháp", "Công an xã", at(2026, time.February, 9, 10, 0), day(2026, time.February, 6), false, "Xác minh cư trú")}
	if got := f.Text(); !contains(got, "Kết quả giải quyết hồ sơ: quá hạn") || !contains(got, "Hạn xử lý: ngày 06 tháng 02 năm 2026") {
		t.Errorf("caller steps not rendered:\n%s", got)
	}
}
