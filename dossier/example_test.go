package dossier_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// exampleOffice is a one-stop office: the Vietnamese calendar, default hours.
func exampleOffice() *sla.Schedule {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	return s
}

// exampleProcedure is a birth registration with a limit of 3 working days
// (or the limit given) on every channel.
func exampleProcedure(limit sla.Limit) procedure.Procedure {
	var channels []procedure.TimeLimit
	for _, ch := range procedure.Channels() {
		channels = append(channels, procedure.TimeLimit{Channel: ch, Statutory: limit})
	}
	return procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"ubnd-xa"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual}, Channels: channels, Source: "example",
		Components: []procedure.Component{
			{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Requirement: procedure.Required},
			{Name: "Giấy chứng sinh", Originals: 1, Copies: 1, Requirement: procedure.Required},
			{Name: "Căn cước công dân", Originals: 1, Requirement: procedure.PresentOnly},
		},
	})
}

// exampleDossier opens a complete paper dossier (digitised, as the 2025
// rules ask) on channel ch.
func exampleDossier(ch procedure.Channel) dossier.Dossier {
	d, err := dossier.Open(dossier.Header{
		Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
		Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
		Channel:   ch, ReceivingUnit: "000.00.36.H57", Agency: "ubnd-xa",
		Filed: []dossier.Filed{
			{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Digitised: true},
			{Name: "Giấy chứng sinh", Originals: 1, Copies: 1, Digitised: true},
			{Name: "Căn cước công dân", Originals: 1, Digitised: true},
		},
		FeesDue: decimal.Zero,
	}, exampleOffice())
	if err != nil {
		panic(err)
	}
	return d
}

func ict(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, sla.VietnamZone)
}

// A dossier received at 16:40 on the Friday before Tết 2026 for a "03 ngày
// làm việc" procedure: the code carries the unit, the day and the number of
// the day; the appointment (form 01) falls after the Tết holiday.
func ExampleDossier_Receive() {
	d := exampleDossier(procedure.ChannelDirect)
	seq := &dossier.MemorySequencer{}
	d, _, err := d.Receive(ict(2026, time.February, 13, 16, 40), "can-bo", exampleProcedure(sla.WorkingDays(3)), seq)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Code())
	fmt.Println(d.Due())
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese())
	fmt.Println("regime", d.Regime().Name)
	// Output:
	// 000.00.36.H57-260213-0001
	// 2026-02-25
	// 2 Được tiếp nhận
	// regime 2025
}

// A supplement is requested within 3 working days of receipt; the limit
// then runs again in full from the complete dossier (Decree 61/2018/NĐ-CP
// Art. 19(4)). A second request is refused under Decree 118/2025.
func ExampleDossier_RequestSupplement() {
	d := exampleDossier(procedure.ChannelDirect)
	d, _, err := d.Receive(ict(2026, time.March, 2, 9, 0), "can-bo", exampleProcedure(sla.WorkingDays(10)), &dossier.MemorySequencer{})
	if err != nil {
		panic(err)
	}
	d, _ = d.Transfer(ict(2026, time.March, 2, 10, 0), "can-bo")
	fmt.Println("due", d.Due())

	_, err = d.RequestSupplement(ict(2026, time.March, 6, 9, 0), "chuyen-vien", []string{"Giấy chứng sinh: bản sao"}, "")
	fmt.Println("on the 4th working day:", errors.Is(err, dossier.ErrRule))

	d, err = d.RequestSupplement(ict(2026, time.March, 4, 9, 0), "chuyen-vien", []string{"Giấy chứng sinh: bản sao"}, "")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().Vietnamese())
	d, err = d.Supplement(ict(2026, time.March, 10, 10, 0), "cong-dan")
	if err != nil {
		panic(err)
	}
	fmt.Println("due", d.Due())
	_, err = d.RequestSupplement(ict(2026, time.March, 11, 9, 0), "chuyen-vien", []string{"Tờ khai"}, "")
	fmt.Println("a second request:", errors.Is(err, dossier.ErrRule))
	// Output:
	// due 2026-03-16
	// on the 4th working day: true
	// Yêu cầu bổ sung giấy tờ
	// due 2026-03-24
	// a second request: true
}

// An apology with a new appointment (form 04), at the latest one working day
// before the due date and once only; the result is still late against the
// original due date, with apology.
func ExampleDossier_Apologise() {
	d := exampleDossier(procedure.ChannelDirect)
	d, _, _ = d.Receive(ict(2026, time.March, 2, 9, 0), "can-bo", exampleProcedure(sla.WorkingDays(10)), &dossier.MemorySequencer{})
	d, _ = d.Transfer(ict(2026, time.March, 2, 10, 0), "can-bo")
	fmt.Println("due", d.Due())

	_, err := d.Apologise(ict(2026, time.March, 16, 8, 0), "truong-phong", d.Due()+4, "Cần xác minh")
	fmt.Println("on the due date:", err != nil)

	d, err = d.Apologise(ict(2026, time.March, 13, 15, 0), "truong-phong", d.Due()+4, "Cần xác minh tại nơi cư trú")
	if err != nil {
		panic(err)
	}
	fmt.Println("new due", d.Due(), "original", d.Timeline().OriginalDue())
	_, err = d.Apologise(ict(2026, time.March, 16, 8, 0), "truong-phong", d.Due()+3, "Lần hai")
	fmt.Println("a second apology:", errors.Is(err, dossier.ErrRule), errors.Is(err, sla.ErrAlreadyReappointed))

	d, _ = d.Decide(ict(2026, time.March, 18, 10, 0), "lanh-dao", true, "")
	fmt.Println(d.Outcome().Vietnamese())
	// Output:
	// due 2026-03-16
	// on the due date: true
	// new due 2026-03-20 original 2026-03-16
	// a second apology: true true
	// quá hạn có xin lỗi
}

// The result is returned, early: early return is allowed (Decree
// 61/2018/NĐ-CP Art. 20(4)).
func ExampleDossier_Return() {
	d := exampleDossier(procedure.ChannelOnlineFull)
	d, _ = d.Submit(ict(2026, time.March, 1, 21, 0), "cong-dvcqg")
	d, _, _ = d.Receive(ict(2026, time.March, 2, 8, 5), "can-bo", exampleProcedure(sla.WorkingDays(3)), &dossier.MemorySequencer{})
	d, _ = d.Transfer(ict(2026, time.March, 2, 8, 6), "can-bo")
	d, _ = d.Decide(ict(2026, time.March, 4, 9, 0), "lanh-dao", true, "")
	d, err := d.Return(ict(2026, time.March, 4, 14, 0), "can-bo")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese())
	fmt.Println("due", d.Due(), "→", d.Outcome().Vietnamese())
	for _, e := range d.Events() {
		fmt.Println(e.At.Format("02/01 15:04"), e.Kind)
	}
	// Output:
	// 10 Đã trả kết quả
	// due 2026-03-05 → trước hạn
	// 01/03 21:00 submitted
	// 02/03 08:05 received
	// 02/03 08:06 transferred
	// 04/03 09:00 processed
	// 04/03 14:00 returned
}

// Check lists everything to add, once (form 02): missing items, items
// short of originals or copies, present-only items not shown.
func ExampleCheck() {
	p := exampleProcedure(sla.WorkingDays(3))
	in := dossier.Check(p, []dossier.Filed{
		{Name: "giay chung sinh", Copies: 1}, // accents and case do not matter
		{Name: "Ảnh 4x6", Originals: 2},      // not asked for
	}, nil)
	fmt.Println("complete:", in.Complete())
	for _, line := range in.ToAdd() {
		fmt.Println("-", line)
	}
	fmt.Println("not asked for:", in.Unexpected[0].Name)
	// Output:
	// complete: false
	// - Tờ khai đăng ký khai sinh: 01 bản chính
	// - Căn cước công dân: xuất trình bản chính
	// - Giấy chứng sinh: cần 01 bản chính, 01 bản sao, mới nộp 01 bản sao
	// not asked for: Ảnh 4x6
}

// A monthly report as a province publishes it.
func ExampleNewReport() {
	p := exampleProcedure(sla.WorkingDays(3))
	receive := func(ch procedure.Channel, at time.Time) dossier.Dossier {
		d := exampleDossier(ch)
		d, _, err := d.Receive(at, "can-bo", p, &dossier.MemorySequencer{})
		if err != nil {
			panic(err)
		}
		d, _ = d.Transfer(at, "can-bo")
		return d
	}
	early, _ := receive(procedure.ChannelOnlineFull, ict(2026, time.March, 2, 9, 0)).Decide(ict(2026, time.March, 3, 9, 0), "x", true, "")
	onTime, _ := receive(procedure.ChannelDirect, ict(2026, time.March, 2, 9, 0)).Decide(ict(2026, time.March, 5, 9, 0), "x", true, "")
	late, _ := receive(procedure.ChannelDirect, ict(2026, time.March, 2, 9, 0)).Decide(ict(2026, time.March, 9, 9, 0), "x", true, "")
	pending := receive(procedure.ChannelDirect, ict(2026, time.March, 20, 9, 0))
	carried := receive(procedure.ChannelOnlineFull, ict(2026, time.February, 26, 9, 0))

	month := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	rep, err := dossier.NewReport(month, dossier.ByAgency)
	if err != nil {
		panic(err)
	}
	for _, d := range []dossier.Dossier{early, onTime, late, pending, carried} {
		rep.Add(d)
	}
	f := rep.Total()
	fmt.Printf("Tiếp nhận mới: %d (trực tuyến %s)\n", f.Received, sla.FormatPercentVietnamese(f.OnlineShare()))
	fmt.Printf("Kỳ trước chuyển qua: %d\n", f.CarriedOver)
	fmt.Printf("Đã giải quyết: %d — trước hạn %s, đúng hạn %s, quá hạn %s\n", f.Resolved.Total(),
		sla.FormatPercentVietnamese(f.Resolved.Percent(sla.Early)), sla.FormatPercentVietnamese(f.Resolved.Percent(sla.OnTime)),
		sla.FormatPercentVietnamese(f.Resolved.Percent(sla.Late)))
	fmt.Printf("Đang giải quyết: %d, trong đó quá hạn: %d\n", f.Pending, f.PendingOverdue)
	// Output:
	// Tiếp nhận mới: 4 (trực tuyến 25,00 %)
	// Kỳ trước chuyển qua: 1
	// Đã giải quyết: 3 — trước hạn 33,33 %, đúng hạn 33,33 %, quá hạn 33,33 %
	// Đang giải quyết: 2, trong đó quá hạn: 2
}

// The transition graph, for documentation (Mermaid).
func ExampleTransitionGraph() {
	lines := strings.Split(dossier.TransitionGraph(), "\n")
	for _, l := range lines[:4] {
		fmt.Println(l)
	}
	// Output:
	// stateDiagram-v2
	//     registered: 1 Mới đăng ký
	//     received: 2 Được tiếp nhận
	//     not_received: 3 Không được tiếp nhận
}

// Filing reads what a statistic needs of the header without copying it:
// a scorecard over a million dossiers calls it once per dossier.
func ExampleDossier_Filing() {
	f := exampleDossier(procedure.ChannelOnlineFull).Filing()
	fmt.Println(f.Procedure, f.Channel.IsOnline(), f.FeesDue.IsPositive(), f.Filed, f.Digitised)
	// Output:
	// 1.001193 true false 3 3
}
