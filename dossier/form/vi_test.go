package form_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/form"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

func TestDateVI(t *testing.T) {
	for _, c := range []struct {
		d    date.Date
		want string
	}{
		{day(2024, time.December, 11), "ngày 11 tháng 12 năm 2024"},
		{day(2026, time.February, 13), "ngày 13 tháng 02 năm 2026"},
		{day(2026, time.January, 5), "ngày 05 tháng 01 năm 2026"},
		{day(2025, time.June, 29), "ngày 29 tháng 6 năm 2025"},
		{day(2025, time.March, 1), "ngày 01 tháng 3 năm 2025"},
		{date.Zero, "ngày … tháng … năm …"},
	} {
		if got := form.DateVI(c.d); got != c.want {
			t.Errorf("DateVI(%s) = %q, want %q", c.d, got, c.want)
		}
	}
}

func TestTimeVI(t *testing.T) {
	if got := form.TimeVI(at(2026, time.February, 13, 16, 40)); got != "16 giờ 40 phút, ngày 13 tháng 02 năm 2026" {
		t.Errorf("TimeVI = %q", got)
	}
	if got := form.ClockVI(at(2026, time.March, 2, 8, 5)); got != "08 giờ 05 phút" {
		t.Errorf("ClockVI = %q", got)
	}
	if got := form.TimeVI(time.Time{}); got != "… giờ … phút, ngày … tháng … năm …" {
		t.Errorf("TimeVI(zero) = %q", got)
	}
}

func TestMoneyVI(t *testing.T) {
	for in, want := range map[string]string{
		"0":        "0 đồng",
		"500":      "500 đồng",
		"50000":    "50.000 đồng",
		"1250000":  "1.250.000 đồng",
		"-8000":    "-8.000 đồng",
		"100000.5": "100.000,5 đồng",
	} {
		if got := form.MoneyVI(decimal.RequireFromString(in)); got != want {
			t.Errorf("MoneyVI(%s) = %q, want %q", in, got, want)
		}
	}
}
