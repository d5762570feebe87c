package dossier_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

// receivedDossier is a paper dossier of the 3-working-day example procedure
// received at the instant at and transferred at once to the agency.
func receivedDossier(at time.Time, limit sla.Limit) dossier.Dossier {
	d := exampleDossier(procedure.ChannelDirect)
	d, _, err := d.Receive(at, "can-bo", exampleProcedure(limit), &dossier.MemorySequencer{})
	if err != nil {
		panic(err)
	}
	if d, err = d.Transfer(at.Add(time.Minute), "can-bo"); err != nil {
		panic(err)
	}
	return d
}

func ExampleOpen() {
	d, err := dossier.Open(dossier.Header{
		Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
		Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
		Channel:   procedure.ChannelDirect, ReceivingUnit: "000.00.36.H57", Agency: "ubnd-xa",
		FeesDue: decimal.Zero,
	}, exampleOffice())
	if err != nil {
		panic(err)
	}
	// Nothing has happened yet: no status, no code, no due date.
	fmt.Println(d.IsValid(), d.Status().IsValid(), d.Code() == "", d.Due() == 0)

	// The header is validated.
	_, err = dossier.Open(dossier.Header{Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh"}}, exampleOffice())
	fmt.Println(err != nil)
	// Output:
	// true false true true
	// true
}

// An online dossier filed on a Sunday evening waits, registered, for the
// one-stop section; a paper dossier is received directly.
func ExampleDossier_Submit() {
	d, err := exampleDossier(procedure.ChannelOnlineFull).Submit(ict(2026, time.March, 1, 21, 0), "cong-dvcqg")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese())

	_, err = exampleDossier(procedure.ChannelDirect).Submit(ict(2026, time.March, 1, 21, 0), "cong-dvcqg")
	fmt.Println(errors.Is(err, dossier.ErrRule))
	// Output:
	// 1 Mới đăng ký
	// true
}

// A paper dossier received after 15:00 reaches the agency by the next
// working day (Decree 61/2018/NĐ-CP Art. 18(2)); later, the transfer is
// flagged late.
func ExampleDossier_Transfer() {
	p := exampleProcedure(sla.WorkingDays(3))
	received := ict(2026, time.March, 3, 16, 0) // Tuesday
	for _, transferred := range []time.Time{ict(2026, time.March, 4, 8, 30), ict(2026, time.March, 5, 8, 30)} {
		d, _, _ := exampleDossier(procedure.ChannelDirect).Receive(received, "can-bo", p, &dossier.MemorySequencer{})
		d, err := d.Transfer(transferred, "can-bo")
		if err != nil {
			panic(err)
		}
		fmt.Println(transferred.Format("Mon 02/01"), d.Status().Vietnamese(), "| late transfer:", d.Flags().LateTransfer)
	}
	// Output:
	// Wed 04/03 Đang xử lý | late transfer: false
	// Thu 05/03 Đang xử lý | late transfer: true
}

func ExampleDossier_Decide() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))

	// A refusal after appraisal must give its reasons.
	_, err := d.Decide(ict(2026, time.March, 4, 9, 0), "lanh-dao", false, "")
	fmt.Println(errors.Is(err, dossier.ErrInvalid))

	refused, _ := d.Decide(ict(2026, time.March, 4, 9, 0), "lanh-dao", false, "Giấy chứng sinh không hợp lệ")
	at, granted, ok := refused.Result()
	fmt.Println(refused.Status().Vietnamese(), "|", at.Format("02/01 15:04"), granted, ok, "|", refused.Outcome())

	grantedD, _ := d.Decide(ict(2026, time.March, 5, 16, 0), "lanh-dao", true, "")
	fmt.Println("due", grantedD.Due(), "→", grantedD.Outcome())
	// Output:
	// true
	// Đã xử lý xong | 04/03 09:00 false true | early
	// due 2026-03-05 → on time
}

// A dossier that cannot be received is refused with reasons (form 03,
// Decree 61/2018/NĐ-CP Art. 17(1)(b)).
func ExampleDossier_Refuse() {
	d := exampleDossier(procedure.ChannelOnlineFull)
	d, _ = d.Submit(ict(2026, time.March, 1, 21, 0), "cong-dvcqg")
	d, err := d.Refuse(ict(2026, time.March, 2, 8, 30), "can-bo", []string{"Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese(), d.Status().IsFinal())
	fmt.Println(d.Events()[1].Kind, "|", d.Events()[1].Items[0])
	// Output:
	// 3 Không được tiếp nhận true
	// refused | Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã
}

// The clock pauses while the applicant pays a financial obligation.
func ExampleDossier_RequestObligation() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(10))
	fmt.Println("due", d.Due())

	d, err := d.RequestObligation(ict(2026, time.March, 4, 10, 0), "chuyen-vien", decimal.NewFromInt(500000))
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese(), "| paused:", d.Timeline().IsPaused())

	// Paid on Monday 9 March: the working days 4, 5 and 6 March are added.
	d, err = d.PayObligation(ict(2026, time.March, 9, 9, 0), "cong-dan")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().Vietnamese(), "| due", d.Due())
	// Output:
	// due 2026-03-16
	// 6 Yêu cầu thực hiện nghĩa vụ tài chính | paused: true
	// Đang xử lý | due 2026-03-19
}

// Under Decree 118/2025/NĐ-CP Art. 21 the applicant may stop a dossier
// while no result exists; a stop notice is issued.
func ExampleDossier_RequestWithdrawal() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(10))
	d, err := d.RequestWithdrawal(ict(2026, time.March, 4, 10, 0), "cong-dan", "Không còn nhu cầu")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese())
	d, err = d.Stop(ict(2026, time.March, 4, 14, 0), "truong-phong", "Theo yêu cầu của người nộp hồ sơ")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status().NationalCode(), d.Status().Vietnamese(), "| stop notice:", d.Regime().StopNotice)

	// Not once a result exists.
	done, _ := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(10)).Decide(ict(2026, time.March, 5, 9, 0), "lanh-dao", true, "")
	_, err = done.RequestWithdrawal(ict(2026, time.March, 5, 10, 0), "cong-dan", "")
	fmt.Println(err != nil)
	// Output:
	// 7 Công dân yêu cầu rút hồ sơ
	// 8 Dừng xử lý | stop notice: true
	// true
}

// A dossier of the electronic birth-registration group of Decree
// 63/2024/NĐ-CP: each agency's step is tracked. The commune police start
// on Monday afternoon with two working days, due Wednesday, and finish on
// Thursday: their step is late, and they are responsible for the delay.
func ExampleDossier_StartStep() {
	h := exampleDossier(procedure.ChannelOnlineFull).Header()
	h.Agency = liaisonsample.AgencyCommune
	h.Route = liaisonsample.BirthRegistrationGroup()
	d, err := dossier.Open(h, exampleOffice())
	if err != nil {
		panic(err)
	}
	at := ict(2026, time.March, 2, 9, 0) // Monday
	d, _, err = d.Receive(at, "can-bo", exampleProcedure(sla.WorkingDays(3)), &dossier.MemorySequencer{})
	if err != nil {
		panic(err)
	}
	d, _ = d.Transfer(at.Add(time.Minute), "can-bo")
	steps := []struct {
		start        bool
		step, agency string
		day, hh, mm  int
	}{
		{true, "tiep-nhan", "UBND-XA", 2, 9, 5}, {false, "tiep-nhan", "UBND-XA", 2, 9, 10},
		{true, "khai-sinh", "UBND-XA", 2, 9, 15}, {false, "khai-sinh", "UBND-XA", 2, 11, 0},
		{true, "thuong-tru", "CONG-AN-XA", 2, 13, 0}, {true, "bhyt", "BHXH-TINH", 2, 13, 0},
		{false, "bhyt", "BHXH-TINH", 3, 10, 0}, {false, "thuong-tru", "CONG-AN-XA", 5, 16, 0},
	}
	for _, s := range steps {
		now := ict(2026, time.March, s.day, s.hh, s.mm)
		if s.start {
			d, err = d.StartStep(now, "x", s.step, s.agency)
		} else {
			d, err = d.FinishStep(now, "x", s.step, s.agency)
		}
		if err != nil {
			panic(err)
		}
	}
	for st := range d.Tracking().Steps() {
		if !st.Finished.IsZero() {
			fmt.Printf("%-11s %-10s due %s: %s\n", st.ID, st.Agency, st.DueDate, st.Outcome)
		}
	}
	step, agency, ok := d.Responsible()
	fmt.Println("responsible:", step, agency, ok)
	// Output:
	// tiep-nhan   UBND-XA    due 2026-03-02: on time
	// khai-sinh   UBND-XA    due 2026-03-02: on time
	// thuong-tru  CONG-AN-XA due 2026-03-04: late
	// bhyt        BHXH-TINH  due 2026-03-04: early
	// responsible: thuong-tru CONG-AN-XA true
}

func ExampleReplay() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	d, _ = d.Decide(ict(2026, time.March, 4, 9, 0), "lanh-dao", true, "")

	// The log is the source of truth: the same header and events give the
	// same dossier.
	again, err := dossier.Replay(d.Header(), d.Events(), exampleOffice())
	fmt.Println(err, again.Equal(d), again.Code(), again.Status(), again.Outcome())

	// A log the rules refuse is an error naming the event.
	events := d.Events()
	events[1], events[2] = events[2], events[1]
	_, err = dossier.Replay(d.Header(), events, exampleOffice())
	fmt.Println(errors.Is(err, dossier.ErrTransition), strings.HasPrefix(err.Error(), "dossier: event 1:"))
	// Output:
	// <nil> true 000.00.36.H57-260302-0001 processed early
	// true true
}

func ExampleUnmarshal() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	b, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	back, err := dossier.Unmarshal(b, exampleOffice())
	fmt.Println(err, back.Equal(d), back.Due())
	b2, _ := json.Marshal(back)
	fmt.Println("same bytes:", string(b2) == string(b))

	_, err = dossier.Unmarshal([]byte(`{"header": {}, "events": [], "extra": 1}`), exampleOffice())
	fmt.Println(errors.Is(err, dossier.ErrSyntax))
	// Output:
	// <nil> true 2026-03-05
	// same bytes: true
	// true
}

func ExampleNewCode() {
	c, err := dossier.NewCode("000.00.36.H57", date.New(2025, time.July, 3), 12)
	fmt.Println(c, err)
	_, err = dossier.NewCode("000.00.36.H57", date.New(2025, time.July, 3), 10000)
	fmt.Println(errors.Is(err, dossier.ErrSequenceExhausted))
	_, err = dossier.NewCode("h57", date.New(2025, time.July, 3), 1)
	fmt.Println(errors.Is(err, dossier.ErrSyntax))
	// Output:
	// 000.00.36.H57-250703-0012 <nil>
	// true
	// true
}

func ExampleParseCode() {
	unit, d, seq, err := dossier.ParseCode("000.00.36.H57-250703-0012")
	fmt.Println(unit, d, seq, err)
	_, _, _, err = dossier.ParseCode("000.00.36.H57-250231-0001")
	fmt.Println(errors.Is(err, dossier.ErrSyntax), err)
	// Output:
	// 000.00.36.H57 2025-07-03 12 <nil>
	// true dossier: dossier code "000.00.36.H57-250231-0001": malformed input: no such date 250231
}

func ExampleRegimeOn() {
	for _, d := range []date.Date{date.New(2025, time.June, 30), date.New(2025, time.July, 1)} {
		r := dossier.RegimeOn(d)
		fmt.Printf("%s: %s | supplements allowed: %d | stop notice: %v\n", d, r.Name, r.MaxSupplementRequests, r.StopNotice)
		fmt.Println("  ", r.Texts)
	}
	fmt.Println(dossier.Regime2018().Covers(date.New(2025, time.June, 30)), dossier.Regime2025().Covers(date.New(2025, time.June, 30)))
	// Output:
	// 2025-06-30: 2018 | supplements allowed: 0 | stop notice: false
	//    Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP); Thông tư 01/2018/TT-VPCP
	// 2025-07-01: 2025 | supplements allowed: 1 | stop notice: true
	//    Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP
	// true false
}

func ExampleStatusFromNationalCode() {
	for _, n := range []int{1, 6, 10} {
		s, _ := dossier.StatusFromNationalCode(n)
		code, _ := s.MarshalText() // the wire code; String is the English name
		fmt.Printf("%d %s | %s | %s\n", n, code, s.Vietnamese(), s)
	}
	_, err := dossier.StatusFromNationalCode(11)
	fmt.Println(errors.Is(err, dossier.ErrSyntax))
	// Output:
	// 1 registered | Mới đăng ký | registered
	// 6 financial_obligation | Yêu cầu thực hiện nghĩa vụ tài chính | financial obligation requested
	// 10 returned | Đã trả kết quả | result returned
	// true
}

func ExampleStatus_CanMove() {
	fmt.Println(dossier.Received.CanMove(dossier.Processing))
	fmt.Println(dossier.Processed.CanMove(dossier.WithdrawalRequested)) // a result exists
	fmt.Println(dossier.Returned.CanMove(dossier.Processing), dossier.Returned.IsFinal())
	fmt.Println(dossier.Processing.Next())
	// Output:
	// true
	// false
	// false true
	// [supplement requested financial obligation requested processed withdrawal requested]
}

func ExampleMemorySequencer_Next() {
	var seq dossier.MemorySequencer
	day := date.New(2026, time.March, 2)
	a, _ := seq.Next("000.00.36.H57", day)
	b, _ := seq.Next("000.00.36.H57", day)
	c, _ := seq.Next("000.00.36.H58", day)   // another unit
	e, _ := seq.Next("000.00.36.H57", day+1) // the next day starts again
	fmt.Println(a, b, c, e)
	// Output:
	// 1 2 1 1
}

// Reports of two shards (two one-stop sections) merge exactly.
func ExampleReport_Merge() {
	month := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	a, err := dossier.NewReport[string](month, nil)
	if err != nil {
		panic(err)
	}
	b, _ := dossier.NewReport[string](month, nil)
	early, _ := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3)).Decide(ict(2026, time.March, 3, 9, 0), "x", true, "")
	late, _ := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3)).Decide(ict(2026, time.March, 9, 9, 0), "x", true, "")
	a.Add(early)
	b.Add(late)
	b.Add(receivedDossier(ict(2026, time.March, 30, 9, 0), sla.WorkingDays(3)))

	if err := a.Merge(b); err != nil {
		panic(err)
	}
	f := a.Total()
	fmt.Println("received:", f.Received, "| resolved:", f.Resolved.Total(), "| on time or early:", sla.FormatPercentVietnamese(f.Resolved.OnTimeOrEarlyPercent()), "| pending:", f.Pending)
	// Output:
	// received: 3 | resolved: 2 | on time or early: 50,00 % | pending: 1
}

// ByAgency as the key of a report: the figures of each competent agency.
func ExampleByAgency() {
	month := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	rep, err := dossier.NewReport(month, dossier.ByAgency)
	if err != nil {
		panic(err)
	}
	for _, agency := range []string{"ubnd-xa-a", "ubnd-xa-b", "ubnd-xa-a"} {
		h := exampleDossier(procedure.ChannelDirect).Header()
		h.Agency = agency
		d, _ := dossier.Open(h, exampleOffice())
		d, _, _ = d.Receive(ict(2026, time.March, 2, 9, 0), "can-bo", exampleProcedure(sla.WorkingDays(3)), &dossier.MemorySequencer{})
		d, _ = d.Transfer(ict(2026, time.March, 2, 9, 30), "can-bo")
		rep.Add(d)
		fmt.Println(dossier.ByAgency(d))
	}
	for agency, f := range rep.All() {
		fmt.Println(agency, f.Received, f.Pending)
	}
	// Output:
	// ubnd-xa-a
	// ubnd-xa-b
	// ubnd-xa-a
	// ubnd-xa-a 2 2
	// ubnd-xa-b 1 1
}

// HeaderFor starts a header from the procedure: its reference, the fees
// due on the channel, its level and agency when it names one of each.
func ExampleHeaderFor() {
	day := date.New(2026, time.March, 2)
	p, err := sample.Catalog().Lookup("1.001193", day)
	if err != nil {
		panic(err)
	}
	h := dossier.HeaderFor(p, procedure.ChannelDirect, day)
	fmt.Println(h.Procedure.Code, h.Procedure.Field, h.Level, h.Agency, h.FeesDue)
	fmt.Println(dossier.RefOf(p) == h.Procedure)
	// Output:
	// 1.001193 Hộ tịch commune ubnd-cap-xa 8000
	// true
}

// Regimes are values handed out as copies: changing one changes nothing.
func ExampleRegimes() {
	for _, r := range dossier.Regimes() {
		fmt.Println(r.Name, r.From, r.MaxSupplementRequests)
	}
	r := dossier.Regime2025()
	r.MaxSupplementRequests = 9
	fmt.Println(dossier.Regime2025().MaxSupplementRequests, r.IsValid())
	// Output:
	// 2018 2018-06-21 0
	// 2025 2025-07-01 1
	// 1 false
}

// A period runs from its first day to the day after its last: one that
// ends before it starts is refused, as NewReport refuses it.
func ExamplePeriod_Validate() {
	march := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	fmt.Println(march.Validate())
	err := dossier.Period{From: march.To, To: march.From}.Validate()
	fmt.Println(errors.Is(err, dossier.ErrInvalid))
	// Output:
	// <nil>
	// true
}

// Replay names the event of a log it refuses: here a forged instant in
// the year 10000, outside the calendar's span.
func ExampleReplayError() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	events := d.Events()
	events[0].At = time.Date(10000, 1, 1, 9, 0, 0, 0, time.UTC)
	_, err := dossier.Replay(d.Header(), events, exampleOffice())
	var re *dossier.ReplayError
	fmt.Println(errors.As(err, &re), re.Index, errors.Is(err, dossier.ErrInvalid), errors.Is(err, holiday.ErrOutOfSpan))
	// Output:
	// true 0 true true
}
