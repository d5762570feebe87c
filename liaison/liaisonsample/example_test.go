package liaisonsample_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func ExampleLandTransfer() {
	r := liaisonsample.LandTransfer()
	fmt.Println(r.Code(), "|", r.Total(), "|", r.Mode(), "| lead", r.Lead())
	for st := range r.Steps() {
		fmt.Printf("%-14s %-13s %s\n", st.ID, st.Agency, st.Budget)
	}
	fmt.Println("critical work:", r.CriticalWork())
	// Output:
	// DD-CHUYEN-NHUONG | 10 ngày làm việc | sequential | lead VP-DKDD
	// tiep-nhan      BP-MOT-CUA    0,5 ngày làm việc
	// tham-dinh      VP-DKDD       3 ngày làm việc
	// xac-dinh-thue  CO-QUAN-THUE  3 ngày làm việc
	// nop-tien       CO-QUAN-THUE  5 ngày làm việc
	// cap-nhat       VP-DKDD       3 ngày làm việc
	// tra-ket-qua    BP-MOT-CUA    0,5 ngày làm việc
	// critical work: 80h0m0s
}

func ExampleFiveOnSite() {
	r := liaisonsample.FiveOnSite()
	fmt.Println(r.Code(), "|", r.Total(), "| cut-off", r.Cutoff().HhMm(), "|", r.Mode())
	fmt.Println(r.CriticalPath())

	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	p, _ := r.Plan(time.Date(2026, time.March, 3, 9, 0, 0, 0, sla.VietnamZone), s)
	fmt.Println(p.At().Format("2006-01-02 15:04"))
	// Output:
	// 5-TAI-CHO | Trong ngày | cut-off 15:00 | sequential
	// [tiep-nhan tham-dinh phe-duyet dong-dau tra-ket-qua]
	// 2026-03-03 17:00
}

func ExampleDecree63() {
	r, err := liaison.BirthRegistrationGroup(liaisonsample.Decree63())
	fmt.Println(r.Lead(), err)
	_, err = r.Validate(liaisonsample.Agencies(), date.New(2026, time.March, 2))
	fmt.Println(err)
	// Output:
	// UBND-XA <nil>
	// <nil>
}

func ExampleBirthRegistrationGroup() {
	r := liaisonsample.BirthRegistrationGroup()
	st, _ := r.Step("bhyt")
	fmt.Println(r.Code(), st.Agency == liaisonsample.AgencySocialInsurance)
	// Output:
	// ND63-2024-KS-TT-BHYT true
}

func ExampleAgencies() {
	_, err := liaisonsample.LandTransfer().Validate(liaisonsample.Agencies(), date.New(2026, time.March, 2))
	fmt.Println(err, liaisonsample.Agencies().KnowsAgency("UBND-HUYEN", date.New(2026, time.March, 2)))
	// Output:
	// <nil> false
}

func ExampleDeathRegistrationGroup() {
	r := liaisonsample.DeathRegistrationGroup()
	fmt.Println(r.Code(), r.Lead(), r.Total())
	// Output:
	// ND63-2024-KT-XTT-MTP UBND-XA 9 ngày làm việc
}

func ExampleBirthRegistrationGroupVerified() {
	r := liaisonsample.BirthRegistrationGroupVerified()
	st, _ := r.Step("thuong-tru")
	fmt.Println(r.Code(), st.Agency, st.Budget)
	// Output:
	// ND63-2024-KS-TT-BHYT-XM CONG-AN-XA 5 ngày làm việc
}
