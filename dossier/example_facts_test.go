package dossier_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
)

// A fee paid on the national portal: the method and the lines are facts
// of the log; the status does not change.
func ExampleDossier_PayFee() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	paid, err := d.PayFee(ict(2026, time.March, 2, 9, 30), "cong-dvcqg", dossier.PaidOnPortal, []dossier.FeeLine{
		{Name: "Lệ phí đăng ký khai sinh", Code: "LP01", Amount: decimal.NewFromInt(8000), Kind: dossier.Charge},
	})
	if err != nil {
		panic(err)
	}
	ev := paid.Events()[len(paid.Events())-1]
	fmt.Println(ev.Kind, ev.Payment, ev.Payment.IsOnline(), ev.Fees[0].Amount, ev.Fees[0].Kind)
	fmt.Println(d.Status(), paid.Status())

	_, err = d.PayFee(ict(2026, time.March, 2, 9, 30), "can-bo", dossier.PaidAtDesk, nil)
	fmt.Println(err)
	// Output:
	// fee paid portal true 8000 charge
	// processing processing
	// dossier: PayFee 000.00.36.H57-260302-0001 (status processing) at 2026-03-02 09:30: fees "": invalid value: a payment lists the fees paid
}

// The result with its electronic document, its code and its link.
func ExampleDossier_DecideWithResults() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	d, err := d.DecideWithResults(ict(2026, time.March, 3, 10, 0), "chu-tich", true, "", []dossier.ResultDocument{
		{Name: "Giấy khai sinh", Code: "KS-2026-000123", Link: "https://dichvucong.example.vn/kq/123"},
	})
	if err != nil {
		panic(err)
	}
	ev := d.Events()[len(d.Events())-1]
	fmt.Println(d.Status(), ev.Results[0].Name, ev.Results[0].Code)
	// Output:
	// processed Giấy khai sinh KS-2026-000123
}
