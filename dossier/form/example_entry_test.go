package form_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// The examples' world: a commune one-stop section registering births, a
// procedure of 3 working days, under the 2025 regime.

var (
	exBirth = procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{"UBND-XA"},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels:     []procedure.TimeLimit{{Channel: procedure.ChannelDirect, Statutory: sla.WorkingDays(3)}},
		Components:   []procedure.Component{{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Requirement: procedure.Required}},
		Source:       "example",
	})
	exUnit = form.Office{
		Parent: "Ủy ban nhân dân xã Tân Lập", UnitName: "Bộ phận Một cửa xã Tân Lập",
		Place: "Tân Lập", Staff: "Trần Thị Bình",
		Agencies: map[string]string{"UBND-XA": "Ủy ban nhân dân xã Tân Lập"},
	}
	exAgency = form.Office{UnitName: "Ủy ban nhân dân xã Tân Lập", Place: "Tân Lập", Staff: "Lê Văn Cường"}
)

func exAt(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, sla.VietnamZone)
}

// exOpened is a birth-registration dossier opened with the filed documents.
func exOpened(filed ...dossier.Filed) dossier.Dossier {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	d, err := dossier.Open(dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
		Applicant:     dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "025090012345"},
		Channel:       procedure.ChannelDirect,
		ReceivingUnit: "000.00.36.H57",
		Agency:        "UBND-XA",
		Filed:         filed,
	}, s)
	if err != nil {
		panic(err)
	}
	return d
}

// exReceived is received at the instant at, numbered by seq, and
// transferred ten minutes later.
func exReceived(at time.Time, seq dossier.Sequencer) dossier.Dossier {
	d, _, err := exOpened(dossier.Filed{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Digitised: true}).
		Receive(at, "tiepnhan", exBirth, seq)
	if err != nil {
		panic(err)
	}
	return exOK(d.Transfer(at.Add(10*time.Minute), "tiepnhan"))
}

func exOK(d dossier.Dossier, err error) dossier.Dossier {
	if err != nil {
		panic(err)
	}
	return d
}

// exStory is received on Monday 2 March 2026, asked for a supplement on
// Tuesday, supplemented on Thursday (the limit runs again: due Tuesday
// 10 March), apologised for on Monday 9 March with a new date of Friday
// 13 March, decided on Thursday 12 March and returned that afternoon.
func exStory(seq dossier.Sequencer) dossier.Dossier {
	d := exReceived(exAt(2026, time.March, 2, 9, 0), seq)
	d = exOK(d.RequestSupplement(exAt(2026, time.March, 3, 14, 0), "congchuc-tuphap",
		[]string{"Giấy chứng sinh: 01 bản chính"}, "Chưa có giấy tờ chứng minh việc sinh."))
	d = exOK(d.Supplement(exAt(2026, time.March, 5, 9, 0), "tiepnhan"))
	d = exOK(d.Apologise(exAt(2026, time.March, 9, 15, 0), "chutich", date.New(2026, time.March, 13),
		"Cần xác minh nơi cư trú của người mẹ tại xã khác."))
	d = exOK(d.Decide(exAt(2026, time.March, 12, 10, 0), "chutich", true, ""))
	return exOK(d.Return(exAt(2026, time.March, 12, 15, 0), "tiepnhan"))
}

// exPrint prints the lines of text that contain one of the markers.
func exPrint(text string, markers ...string) {
	for _, l := range strings.Split(text, "\n") {
		for _, m := range markers {
			if strings.Contains(l, m) {
				fmt.Println(strings.TrimSpace(l))
				break
			}
		}
	}
}

func ExampleApologyOf() {
	f, err := form.ApologyOf(exStory(&dossier.MemorySequencer{}), exAgency)
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Due.Format("2006-01-02 15:04"), "→", f.NewDue)
	exPrint(f.Text(), "Mẫu số", "XIN LỖI", "hẹn trả", "Lý do", "xin lỗi Ông/Bà", "đến ngày")

	_, err = form.ApologyOf(exReceived(exAt(2026, time.March, 2, 9, 0), &dossier.MemorySequencer{}), exAgency)
	fmt.Println(errors.Is(err, form.ErrState))
	// Output:
	// 2026-03-10 17:00 → 2026-03-13
	// Mẫu số 04
	// VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT
	// Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 10 tháng 3 năm 2026
	// Lý do: Cần xác minh nơi cư trú của người mẹ tại xã khác.
	// Ủy ban nhân dân xã Tân Lập xin lỗi Ông/Bà vì sự chậm trễ này và đề nghị gia hạn thời
	// gian giải quyết hồ sơ đến ngày 13 tháng 3 năm 2026.
	// true
}

func ExampleControlSlipOf() {
	f, err := form.ControlSlipOf(exStory(&dossier.MemorySequencer{}), exUnit)
	if err != nil {
		panic(err)
	}
	for _, s := range f.Steps {
		fmt.Printf("%s | %s → %s | %s\n", s.At.Format("02/01 15:04"), s.From, s.To, s.Outcome)
	}
	exPrint(f.Text(), "Mẫu số", "PHIẾU KIỂM SOÁT", "hẹn trả")
	// Output:
	// 02/03 09:10 | Bộ phận Một cửa xã Tân Lập → Ủy ban nhân dân xã Tân Lập | on time
	// 03/03 14:00 | Ủy ban nhân dân xã Tân Lập → Nguyễn Văn An | early
	// 05/03 09:00 | Nguyễn Văn An → Ủy ban nhân dân xã Tân Lập | early
	// 09/03 15:00 | Ủy ban nhân dân xã Tân Lập → Nguyễn Văn An | early
	// 12/03 10:00 | Ủy ban nhân dân xã Tân Lập → Bộ phận Một cửa xã Tân Lập | late with apology
	// 12/03 15:00 | Bộ phận Một cửa xã Tân Lập → Nguyễn Văn An | late with apology
	// Mẫu số 06
	// PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ
	// Thời gian hẹn trả kết quả: 17 giờ 00 phút, ngày 10 tháng 3 năm 2026
}

func ExampleRefusalOf() {
	d := exOK(exOpened().Refuse(exAt(2026, time.March, 2, 10, 15), "tiepnhan",
		[]string{"Người yêu cầu không cư trú tại xã Tân Lập."}))
	f, err := form.RefusalOf(d, exUnit)
	if err != nil {
		panic(err)
	}
	fmt.Println(f.AfterAppraisal, f.Regime.Name, f.Reasons)
	exPrint(f.Text(), "Mẫu số", "PHIẾU TỪ CHỐI", "lý do cụ thể", "Người yêu cầu không")

	// After appraisal, with the agency's reason.
	d = exOK(exReceived(exAt(2026, time.March, 2, 9, 0), &dossier.MemorySequencer{}).Decide(exAt(2026, time.March, 4, 9, 0), "chutich", false, "Giấy chứng sinh không hợp lệ."))
	f, _ = form.RefusalOf(d, exUnit)
	fmt.Println(f.AfterAppraisal, f.Code, f.Reasons)
	// Output:
	// false 2025 [Người yêu cầu không cư trú tại xã Tân Lập.]
	// Mẫu số 03
	// PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ
	// với lý do cụ thể như sau:
	// - Người yêu cầu không cư trú tại xã Tân Lập.
	// true 000.00.36.H57-260302-0001 [Giấy chứng sinh không hợp lệ.]
}

func ExampleStopNoticeOf() {
	d := exReceived(exAt(2026, time.March, 2, 9, 0), &dossier.MemorySequencer{})
	d = exOK(d.RequestWithdrawal(exAt(2026, time.March, 3, 10, 0), "cong-dan", "Không còn nhu cầu."))
	d = exOK(d.Stop(exAt(2026, time.March, 3, 14, 0), "tiepnhan", ""))
	f, err := form.StopNoticeOf(d, exUnit)
	if err != nil {
		panic(err)
	}
	exPrint(f.Text(), "Mẫu số", "THÔNG BÁO DỪNG", "Lý do", "kể từ")

	// The 2018 regime has no stop notice.
	old := exReceived(exAt(2024, time.December, 11, 9, 30), &dossier.MemorySequencer{})
	old = exOK(old.RequestWithdrawal(exAt(2024, time.December, 12, 10, 0), "cong-dan", ""))
	old = exOK(old.Stop(exAt(2024, time.December, 12, 14, 0), "tiepnhan", ""))
	_, err = form.StopNoticeOf(old, exUnit)
	fmt.Println(errors.Is(err, form.ErrState))
	// Output:
	// Mẫu số 05
	// THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ
	// Lý do: Không còn nhu cầu.
	// thông báo dừng giải quyết hồ sơ kể từ 14 giờ 00 phút, ngày 03 tháng 3 năm 2026.
	// true
}

func ExampleSupplementRequestOf() {
	f, err := form.SupplementRequestOf(exStory(&dossier.MemorySequencer{}), exUnit)
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Stage, f.Sequence, f.Items)
	exPrint(f.Text(), "Mẫu số", "PHIẾU YÊU CẦU", "1. Giấy", "Lý do")
	// Output:
	// appraisal 1 [Giấy chứng sinh: 01 bản chính]
	// Mẫu số 02
	// PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ
	// 1. Giấy chứng sinh: 01 bản chính
	// Lý do: Chưa có giấy tờ chứng minh việc sinh.
}

// At the counter: the dossier is incomplete, not received, and the
// applicant is told once what to add.
func ExampleIntakeSupplementRequestOf() {
	d := exOpened(dossier.Filed{Name: "Ảnh 4x6", Originals: 2})
	now := exAt(2026, time.March, 2, 9, 0)
	_, in, err := d.Receive(now, "tiepnhan", exBirth, &dossier.MemorySequencer{})
	fmt.Println(errors.Is(err, dossier.ErrIncomplete))
	f, err := form.IntakeSupplementRequestOf(d, in, now, exUnit)
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Stage, f.Code == "", f.Items)
	exPrint(f.Text(), "PHIẾU YÊU CẦU", "1. Tờ khai", "Lý do")
	// Output:
	// true
	// intake true [Tờ khai đăng ký khai sinh: 01 bản chính]
	// PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ
	// 1. Tờ khai đăng ký khai sinh: 01 bản chính
	// Lý do: Hồ sơ chưa đầy đủ theo quy định của thủ tục hành chính.
}

func ExampleTrackingBookOf() {
	// Two dossiers received on Monday 2 March 2026, numbered in order.
	seq := &dossier.MemorySequencer{}
	first := exReceived(exAt(2026, time.March, 2, 8, 30), seq)
	ds := []dossier.Dossier{exStory(seq), first}
	b, err := form.TrackingBookOf(ds, exUnit)
	if err != nil {
		panic(err)
	}
	for _, r := range b.Rows {
		fmt.Println(r.No, r.Code, r.Status, r.Outcome)
	}
	exPrint(b.Text(), "Mẫu số", "SỔ THEO DÕI", "Số thứ tự", "Hẹn trả", "Kết quả:", "Ghi chú")
	// Output:
	// 1 000.00.36.H57-260302-0001 processing unknown
	// 2 000.00.36.H57-260302-0002 result returned late with apology
	// Mẫu số 07
	// SỔ THEO DÕI HỒ SƠ
	// Số thứ tự: 01
	// Hẹn trả kết quả: 17 giờ 00 phút, ngày 05 tháng 3 năm 2026
	// Số thứ tự: 02
	// Hẹn trả kết quả: 17 giờ 00 phút, ngày 13 tháng 3 năm 2026
	// Kết quả: quá hạn có xin lỗi
	// Ghi chú: Đã xin lỗi, hẹn lại ngày trả kết quả: ngày 13 tháng 3 năm 2026
}

func ExampleKind_Number() {
	for _, k := range form.Kinds() {
		n18, _ := k.Number(dossier.Regime2018())
		n25, _ := k.Number(dossier.Regime2025())
		fmt.Printf("%-26s 2018: %-2s 2025: %s\n", k, n18, n25)
	}
	fmt.Println(form.KindApology.Title(dossier.Regime2025()))
	// Output:
	// receipt and appointment    2018: 01 2025: 01
	// supplement request         2018: 02 2025: 02
	// refusal                    2018: 03 2025: 03
	// apology and re-appointment 2018: 04 2025: 04
	// processing control slip    2018: 05 2025: 06
	// tracking book              2018: 06 2025: 07
	// stop notice                2018:    2025: 05
	// Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết
}

func ExampleMoneyVI() {
	fmt.Println(form.MoneyVI(decimal.NewFromInt(50000)))
	fmt.Println(form.MoneyVI(decimal.NewFromInt(1250000)))
	fmt.Println(form.MoneyVI(decimal.Zero))
	fmt.Println(form.MoneyVI(decimal.RequireFromString("5600.5")))
	// Output:
	// 50.000 đồng
	// 1.250.000 đồng
	// 0 đồng
	// 5.600,5 đồng
}

func ExampleClockVI() {
	fmt.Println(form.ClockVI(exAt(2026, time.February, 5, 16, 40)))
	fmt.Println(form.ClockVI(exAt(2026, time.February, 5, 8, 5)))
	// Output:
	// 16 giờ 40 phút
	// 08 giờ 05 phút
}

func ExampleTimeVI() {
	fmt.Println(form.TimeVI(exAt(2026, time.February, 5, 16, 40)))
	fmt.Println(form.TimeVI(time.Time{}))
	// Output:
	// 16 giờ 40 phút, ngày 05 tháng 02 năm 2026
	// … giờ … phút, ngày … tháng … năm …
}

// A control slip step built from an inter-agency route's own budget: the
// commune police, due Wednesday 4 March 2026, hand over on Thursday.
func ExampleNewStep() {
	s := form.NewStep("Công an xã", "Bộ phận Một cửa", exAt(2026, time.March, 5, 16, 0), date.New(2026, time.March, 4), false, "Đăng ký thường trú")
	fmt.Println(s.Outcome, s.Outcome.Vietnamese())
	s = form.NewStep("Bộ phận Một cửa", "Công an xã", exAt(2026, time.March, 2, 13, 0), date.Zero, false, "")
	fmt.Println(s.Outcome)
	// Output:
	// late quá hạn
	// unknown
}
