package form_test

import (
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/shopspring/decimal"
)

func TestReceiptFees(t *testing.T) {
	h := header(declaration)
	h.FeesDue = decimal.NewFromInt(50000)
	d, err := dossier.Open(h, schedule(t))
	if err != nil {
		t.Fatal(err)
	}
	d, _, err = d.Receive(at(2026, time.March, 2, 8, 5), "tiepnhan", birth, &dossier.MemorySequencer{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := form.ReceiptOf(d, office)
	if err != nil {
		t.Fatal(err)
	}
	text := f.Text()
	for _, want := range []string{
		"7. Phí, lệ phí: 50.000 đồng",
		"4. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 02 tháng 3 năm 2026",
		"Tân Lập, ngày 02 tháng 3 năm 2026",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("receipt lacks %q:\n%s", want, text)
		}
	}
}

// After a supplement the limit restarts (2018 rule): a receipt built then
// gives the new appointment, counted from the complete dossier.
func TestReceiptAfterRestart(t *testing.T) {
	s := scenarios[0]
	first, err := form.ReceiptOf(received(t, s.receive), office)
	if err != nil {
		t.Fatal(err)
	}
	again, err := form.ReceiptOf(s.full(t), office)
	if err != nil {
		t.Fatal(err)
	}
	if !first.Received.Equal(s.receive) || !again.Received.Equal(s.supplemented) {
		t.Errorf("receipt instants %v and %v", first.Received, again.Received)
	}
	if !again.Due.After(first.Due) || first.Code != again.Code {
		t.Errorf("appointments %v then %v, codes %s %s", first.Due, again.Due, first.Code, again.Code)
	}
}
