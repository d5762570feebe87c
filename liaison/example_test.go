package liaison_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

var vn = sla.VietnamZone

// The birth-registration group of Decree 63/2024/NĐ-CP: validate it, plan a
// dossier received on a Monday morning, then track its hand-overs.
func Example_birthRegistrationGroup() {
	route := liaisonsample.BirthRegistrationGroup()
	reg := liaison.AgencySet{"UBND-XA": true, "CONG-AN-XA": true, "BHXH-TINH": true}
	warnings, err := route.Validate(reg, date.New(2026, 3, 2))
	fmt.Println("valid:", err == nil, "mode:", route.Mode())
	for _, w := range warnings {
		fmt.Println("warning:", w)
	}

	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	received := time.Date(2026, 3, 2, 10, 0, 0, 0, vn) // Monday
	plan, _ := route.Plan(received, s)
	for st := range plan.Steps() {
		fmt.Printf("%-12s %-10s due %s critical=%v\n", st.ID, st.Agency, st.Due.Format("Mon 02/01 15:04"), st.Critical)
	}
	deadline, _ := plan.Deadline()
	fmt.Println("planned:", plan.Due(), "legal deadline:", deadline.Due())

	t, _ := route.Track(received, s)
	events := []liaison.Event{
		{Step: "tiep-nhan", Kind: liaison.Started, At: received, Agency: "UBND-XA"},
		{Step: "tiep-nhan", Kind: liaison.Finished, At: received.Add(30 * time.Minute), Agency: "UBND-XA"},
		{Step: "khai-sinh", Kind: liaison.Started, At: received.Add(30 * time.Minute), Agency: "UBND-XA"},
		{Step: "khai-sinh", Kind: liaison.Finished, At: received.Add(3 * time.Hour), Agency: "UBND-XA"},
		{Step: "thuong-tru", Kind: liaison.Started, At: received.Add(3 * time.Hour), Agency: "CONG-AN-XA"},
		{Step: "bhyt", Kind: liaison.Started, At: received.Add(3 * time.Hour), Agency: "BHXH-TINH"},
		{Step: "bhyt", Kind: liaison.Finished, At: received.Add(24 * time.Hour), Agency: "BHXH-TINH"},
		{Step: "thuong-tru", Kind: liaison.Finished, At: received.Add(72 * time.Hour), Agency: "CONG-AN-XA"}, // Thursday
		{Step: "tra-ket-qua", Kind: liaison.Started, At: received.Add(72 * time.Hour), Agency: "UBND-XA"},
		{Step: "tra-ket-qua", Kind: liaison.Finished, At: received.Add(73 * time.Hour), Agency: "UBND-XA"},
	}
	for _, e := range events {
		if t, err = t.Apply(e); err != nil {
			fmt.Println(err)
		}
	}
	// The police took the dossier on Monday at 13:00 with 2 working days:
	// due Wednesday. They finished on Thursday: their step is late and they
	// must apologise, although the group as a whole is on time.
	for st := range t.Steps() {
		fmt.Printf("%-12s %-10s due %s: %s\n", st.ID, st.Agency, st.DueDate, st.Outcome)
	}
	outcome, _ := t.Outcome()
	fmt.Println("dossier:", outcome)
	if step, agency, ok := t.Responsible(); ok {
		fmt.Println("responsible:", step, agency)
	}
	_, err = t.Apply(events[0])
	fmt.Println(err)
	// Output:
	// valid: true mode: parallel
	// warning: liaison: route "ND63-2024-KS-TT-BHYT": the critical path's budgets leave 1 working day of 3 ngày làm việc unallotted
	// tiep-nhan    UBND-XA    due Mon 02/03 17:00 critical=true
	// khai-sinh    UBND-XA    due Mon 02/03 17:00 critical=true
	// thuong-tru   CONG-AN-XA due Wed 04/03 17:00 critical=true
	// bhyt         BHXH-TINH  due Wed 04/03 17:00 critical=false
	// tra-ket-qua  UBND-XA    due Wed 04/03 17:00 critical=true
	// planned: 2026-03-04 legal deadline: 2026-03-05
	// tiep-nhan    UBND-XA    due 2026-03-02: on time
	// khai-sinh    UBND-XA    due 2026-03-02: on time
	// thuong-tru   CONG-AN-XA due 2026-03-04: late
	// bhyt         BHXH-TINH  due 2026-03-04: early
	// tra-ket-qua  UBND-XA    due 2026-03-05: on time
	// dossier: on time
	// responsible: thuong-tru CONG-AN-XA
	// liaison: event started of step "tiep-nhan" at 2026-03-02 10:00: duplicate event: already started at 2026-03-02 10:00
}

func ExampleRoute_Mermaid() {
	fmt.Print(liaisonsample.BirthRegistrationGroup().Mermaid())
	// Output:
	// %% ND63-2024-KS-TT-BHYT — Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi (3 ngày làm việc)
	// flowchart LR
	//     n0["Tiếp nhận hồ sơ liên thông<br/>UBND-XA · Trong ngày"]
	//     n1["Đăng ký khai sinh<br/>UBND-XA · Trong ngày"]
	//     n2["Đăng ký thường trú<br/>CONG-AN-XA · 2 ngày làm việc"]
	//     n3["Cấp thẻ bảo hiểm y tế<br/>BHXH-TINH · 2 ngày làm việc"]
	//     n4["Trả kết quả<br/>UBND-XA · Trong ngày"]
	//     n0 --> n1
	//     n1 --> n2
	//     n1 --> n3
	//     n2 --> n4
	//     n3 --> n4
	//     classDef critical stroke-width:3px
	//     class n0,n1,n2,n4 critical
}

// A route whose critical path does not fit in the total limit is refused,
// with the path and the excess.
func ExampleNewRoute() {
	_, err := liaison.NewRoute(liaison.RouteSpec{
		Code: "LT-01", Name: "Ví dụ", Total: sla.WorkingDays(4),
		Steps: []liaison.Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận", Agency: "BP-MOT-CUA", Role: liaison.RoleReceive, Budget: sla.WorkingDays(1)},
			{ID: "tham-dinh", Name: "Thẩm định", Agency: "SO-XD", Role: liaison.RoleAppraise, Budget: sla.WorkingDays(3), After: []string{"tiep-nhan"}},
			{ID: "y-kien", Name: "Lấy ý kiến", Agency: "SO-TC", Role: liaison.RoleConsult, Budget: sla.WorkingDays(2), After: []string{"tiep-nhan"}},
			{ID: "tra", Name: "Trả kết quả", Agency: "BP-MOT-CUA", Role: liaison.RoleReturn, Budget: sla.WorkingHours(4), After: []string{"tham-dinh", "y-kien"}},
		},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, liaison.ErrOverBudget))
	// Output:
	// liaison: route "LT-01" step "tra" total "4 ngày làm việc": critical path over the total limit by 0.5 working days (4.5 working days > 4 working days) along tiep-nhan → tham-dinh → tra
	// true
}
