package scorecard_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/scorecard"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// exampleMonth is a tally of March 2026 with three dossiers: one early,
// one late, one still open within its deadline.
func exampleMonth() *scorecard.Tally {
	t, err := scorecard.NewTally(dossier.Period{From: date.New(2026, 3, 1), To: date.New(2026, 4, 1)}, holiday.Vietnam())
	if err != nil {
		panic(err)
	}
	for _, r := range []scorecard.Record{
		{Procedure: "1.001193", Received: date.New(2026, 3, 2), Due: date.New(2026, 3, 5), End: date.New(2026, 3, 4), Online: true, Filed: 2, Digitised: 2,
			Facts: scorecard.Facts{Synchronised: true, ElectronicResult: true, PopulationDatabase: true}},
		{Procedure: "1.001193", Received: date.New(2026, 3, 2), Due: date.New(2026, 3, 5), End: date.New(2026, 3, 9), Filed: 2, Digitised: 1,
			Facts: scorecard.Facts{Synchronised: true, Complaint: true}},
		{Procedure: "2.000908", Received: date.New(2026, 3, 20), Due: date.New(2026, 4, 10), FeeDue: true, Filed: 3, Digitised: 3,
			Facts: scorecard.Facts{Synchronised: true, PaidOnline: true, PaidOnNationalPlatform: true, FromDataStore: 1}},
	} {
		if err := t.Add(r); err != nil {
			panic(err)
		}
	}
	return t
}

// exampleUnit is the unit's catalogue and counts for March 2026.
var exampleUnit = scorecard.UnitFacts{
	Procedures: 4, OnlineProcedures: []string{"1.001193", "2.000908"},
	FeeProcedures: 1, OnlinePaymentProcedures: 1,
	PopulationProcedures: 2, PopulationIntegrated: 2,
	NationalCount: 3, PortalCount: 3,
}

// A month's scorecard: the points, and where they were lost.
func ExampleScore() {
	s, err := scorecard.Score(exampleMonth(), exampleUnit, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Points, "/", s.Max)
	for _, g := range s.Groups {
		fmt.Println(g.Group.English()+":", g.Points, "/", g.Max)
	}
	for _, i := range s.Lost() {
		fmt.Println("lost", i.Lost(), "on", i.ID, i.English)
	}
	// Output:
	// 74.61 / 100
	// Transparency: 18 / 18
	// Progress and results: 13.33 / 20
	// Online service and payment: 17.25 / 22
	// Digitisation: 11.81 / 22
	// Satisfaction: 14.22 / 18
	// lost 6.67 on 2.1 Dossiers finished early or on time, or in progress within the deadline
	// lost 3.78 on 5.3 Dossier-receiving satisfaction = 100 % − (late % + complaint %)
	// lost 3.29 on 4.5 Documents taken from the national data store
	// lost 3 on 4.1 Results issued electronically
	// lost 2 on 3.2 Online services that received a dossier (B)
	// lost 2 on 3.3 Dossiers filed online (C; electronic result where the result is on paper)
	// lost 2 on 4.4 Reuse of digitised data
	// lost 1.33 on 4.6 Dossiers using the population database
	// lost 0.75 on 3.1 Procedures offered online (A)
	// lost 0.57 on 4.2 Documents digitised
}

// Every row explains itself in Vietnamese, with its inputs, ratio,
// formula, points and source.
func ExampleScorecard_Vietnamese() {
	s, err := scorecard.Score(exampleMonth(), exampleUnit, nil)
	if err != nil {
		panic(err)
	}
	i := s.Indicators[4] // 2.1
	fmt.Println(i.ID, i.Vietnamese)
	for _, in := range i.Inputs {
		fmt.Println(" ", in.Vietnamese, in.Value)
	}
	fmt.Println(" ", i.Ratio, i.Formula, "→", i.Points, "/", i.Max)
	fmt.Println(" ", i.Source)
	fmt.Println(strings.SplitN(s.Vietnamese(), "\n", 2)[0])
	// Output:
	// 2.1 Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn
	//   hồ sơ đúng hạn 2
	//   hồ sơ trễ hạn 1
	//   hồ sơ xử lý trong kỳ 3
	//   0.6667 20 × ratio → 13.33 / 20
	//   Quyết định 766/QĐ-TTg ngày 23/06/2022, nhóm 2; công thức: mô tả công thức của Cổng DVCQG (nguồn thứ cấp); Nghị định 61/2018/NĐ-CP Điều 19
	// Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg), kỳ 2026-03-01 – 2026-03-31: 74,61/100,00 điểm
}

// The English rendering ends with the points lost.
func ExampleScorecard_English() {
	t, _ := scorecard.NewTally(dossier.Period{From: date.New(2026, 3, 1), To: date.New(2026, 4, 1)}, holiday.Vietnam())
	_ = t.Add(scorecard.Record{Procedure: "1.001193", Received: date.New(2026, 3, 2), Due: date.New(2026, 3, 5), End: date.New(2026, 3, 6), Filed: 1, Digitised: 1,
		Facts: scorecard.Facts{Synchronised: true, ElectronicResult: true, Reused: 1, FromDataStore: 1, PopulationDatabase: true}})
	s, _ := scorecard.Score(t, scorecard.UnitFacts{NationalCount: 1}, nil)
	text := strings.Split(s.English(), "\n")
	fmt.Println(text[0])
	fmt.Println(text[7])
	fmt.Println(text[8])
	fmt.Println(strings.Join(text[len(text)-7:], "\n"))
	// Output:
	// Service index for citizens and businesses (Decision 766/QĐ-TTg), period 2026-03-01 – 2026-03-31: 68.00/100.00 points
	//   1.3 Full content published: with full content 0, decisions in the period 0; nothing to judge; 2 × ratio → 2.00/2.00
	//       Source: Decision 766/QĐ-TTg of 23/06/2022, group 1; formula: the national portal's formula description (secondary); Decree 63/2010/NĐ-CP Art. 8 cl. 2
	// Average processing time (not scored): 4.00 working days (dossiers finished: 1)
	// Feedback results published on time (not scored): none due
	// Points lost: 32.00
	//   2.1 Dossiers finished early or on time, or in progress within the deadline: −20.00
	//   3.3 Dossiers filed online (C; electronic result where the result is on paper): −6.00
	//   5.3 Dossier-receiving satisfaction = 100 % − (late % + complaint %): −6.00
}

// Shards merge exactly: a province tallies each district's dossiers
// apart, then merges.
func ExampleTally_Merge() {
	march := dossier.Period{From: date.New(2026, 3, 1), To: date.New(2026, 4, 1)}
	a, _ := scorecard.NewTally(march, holiday.Vietnam())
	b, _ := scorecard.NewTally(march, holiday.Vietnam())
	_ = a.Add(scorecard.Record{Procedure: "P", Received: date.New(2026, 3, 2), Due: date.New(2026, 3, 5), End: date.New(2026, 3, 5)})
	_ = b.Add(scorecard.Record{Procedure: "P", Received: date.New(2026, 3, 2), Due: date.New(2026, 3, 5), End: date.New(2026, 3, 6)})
	if err := a.Merge(b); err != nil {
		panic(err)
	}
	s, _ := scorecard.Score(a, scorecard.UnitFacts{}, nil)
	fmt.Println(s.Indicators[4].Ratio, s.Indicators[4].Points)

	april, _ := scorecard.NewTally(dossier.Period{From: date.New(2026, 4, 1), To: date.New(2026, 5, 1)}, holiday.Vietnam())
	err := a.Merge(april)
	fmt.Println(errors.Is(err, scorecard.ErrInvalid))
	// Output:
	// 0.5 10
	// true
}

// NewTally refuses an empty or reversed period.
func ExampleNewTally() {
	_, err := scorecard.NewTally(dossier.Period{From: date.New(2026, 4, 1), To: date.New(2026, 3, 1)}, holiday.Vietnam())
	fmt.Println(err)
	// Output:
	// scorecard: period "2026-04-01–2026-03-01": invalid input: want From < To, both set
}

// Add refuses a record that cannot be: the tally is unchanged.
func ExampleTally_Add() {
	t, _ := scorecard.NewTally(dossier.Period{From: date.New(2026, 3, 1), To: date.New(2026, 4, 1)}, holiday.Vietnam())
	err := t.Add(scorecard.Record{Procedure: "P", Received: date.New(2026, 3, 5), End: date.New(2026, 3, 2)})
	var ie *scorecard.InputError
	fmt.Println(errors.As(err, &ie), errors.Is(err, scorecard.ErrInvalid))
	fmt.Println(err)
	// Output:
	// true true
	// scorecard: record P "2026-03-05": invalid input: an end, wait or due date before the receipt
}

// A record checks its counts.
func ExampleRecord_Validate() {
	r := scorecard.Record{Procedure: "P", Received: date.New(2026, 3, 2), Filed: 2, Digitised: 3}
	fmt.Println(r.Validate())
	// Output:
	// scorecard: record P "2": invalid input: more documents digitised, reused or taken from the data store than filed
}

// The unit's facts are checked too.
func ExampleUnitFacts_Validate() {
	u := scorecard.UnitFacts{FeeProcedures: 2, OnlinePaymentProcedures: 3}
	fmt.Println(u.Validate())
	// Output:
	// scorecard: unit online payment procedures "3 of 2": invalid input: want 0 ≤ part ≤ whole
}

// A dossier summarised for the scorecard: received online on Monday 2
// March 2026, processed on Thursday 5 March.
func ExampleFromDossier() {
	office, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	d, _ := dossier.Open(dossier.Header{
		Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh"},
		Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
		Channel:   procedure.ChannelOnlineFull, ReceivingUnit: "000.00.36.H57", Agency: "ubnd-xa",
		Filed:   []dossier.Filed{{Name: "Tờ khai", Originals: 1, Digitised: true}},
		FeesDue: decimal.Zero,
	}, office)
	p := procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch", Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"ubnd-xa"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual}, Source: "example",
		Channels:   []procedure.TimeLimit{{Channel: procedure.ChannelOnlineFull, Statutory: sla.WorkingDays(3)}},
		Components: []procedure.Component{{Name: "Tờ khai", Originals: 1, Requirement: procedure.Required}},
	})
	ict := func(day, h int) time.Time { return time.Date(2026, 3, day, h, 0, 0, 0, sla.VietnamZone) }
	d, _ = d.Submit(ict(2, 8), "cong-dan")
	d, _, _ = d.Receive(ict(2, 9), "can-bo", p, &dossier.MemorySequencer{})
	d, _ = d.Transfer(ict(2, 10), "can-bo")
	d, _ = d.Decide(ict(5, 9), "lanh-dao", true, "")

	r, err := scorecard.FromDossier(d, holiday.Vietnam(), scorecard.Facts{ElectronicResult: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Received, r.Due, r.End, r.Online, r.Filed, r.Digitised)
	// Output:
	// 2026-03-02 2026-03-05 2026-03-05 true 1 1
}

// A feedback received on Monday 2 March 2026: 15 working days to handle,
// 2 to refuse, 5 to ask for more, then 2 to publish.
func ExampleReceiveFeedback() {
	office, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	f, err := scorecard.ReceiveFeedback("PAKN-2026-0001", time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone), office)
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Status(), f.HandleDue(), f.RefuseDue(), f.InfoDue())
	f, _ = f.Handle(time.Date(2026, 3, 20, 9, 0, 0, 0, sla.VietnamZone))
	fmt.Println(f.Status(), f.PublishDue())
	fmt.Println(f.OnTime())
	f, _ = f.Publish(time.Date(2026, 3, 23, 9, 0, 0, 0, sla.VietnamZone))
	f, _ = f.Evaluate(time.Date(2026, 3, 24, 9, 0, 0, 0, sla.VietnamZone), true)
	fmt.Println(f.Status())

	_, err = f.Refuse(time.Date(2026, 3, 25, 9, 0, 0, 0, sla.VietnamZone))
	fmt.Println(err)
	// Output:
	// received 2026-03-23 2026-03-04 2026-03-09
	// handled 2026-03-24
	// true true
	// published
	// scorecard: feedback "PAKN-2026-0001": refuse: command not allowed in this status: not allowed when published
}

// Feedback outcomes feed group 5.
func ExampleTally_AddFeedback() {
	office, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	t, _ := scorecard.NewTally(dossier.Period{From: date.New(2026, 3, 1), To: date.New(2026, 4, 1)}, holiday.Vietnam())
	f, _ := scorecard.ReceiveFeedback("PAKN-1", time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone), office)
	f, _ = f.Handle(time.Date(2026, 3, 24, 9, 0, 0, 0, sla.VietnamZone)) // a day late
	f, _ = f.Evaluate(time.Date(2026, 3, 25, 9, 0, 0, 0, sla.VietnamZone), false)
	if err := t.AddFeedback(f); err != nil {
		panic(err)
	}
	s, _ := scorecard.Score(t, scorecard.UnitFacts{}, nil)
	for _, i := range s.Indicators[len(s.Indicators)-3 : len(s.Indicators)-1] {
		fmt.Println(i.ID, i.English, i.Points)
	}
	// Output:
	// 5.1 Feedback handled on time 0
	// 5.2 Satisfied with the handling of feedback 0
}

// A unit's quarter of citizen evaluations (Circular 01/2018/TT-VPCP
// Arts. 13–15).
func ExampleEvaluationTally() {
	var t scorecard.EvaluationTally
	var e scorecard.Evaluation
	for i := range e.Marks {
		e.Marks[i] = scorecard.Mark2
	}
	e.Marks[scorecard.IndexContacts] = scorecard.Mark1
	_ = t.Add(e)
	e.Marks[scorecard.IndexContacts] = scorecard.Mark2
	_ = t.Add(e)
	r := t.Result()
	name, _ := scorecard.IndexName(scorecard.IndexContacts)
	fmt.Println(name, r.Averages[scorecard.IndexContacts])
	fmt.Println(r.Total, r.Band.Vietnamese())
	// Output:
	// Số lần liên hệ Bộ phận Một cửa để hoàn thiện hồ sơ 1.5
	// 17.5 Xuất sắc
}

// Exactly 15 is Xuất sắc.
func ExampleBandOf() {
	for _, total := range []int64{15, 12, 9, 6, 5} {
		fmt.Println(total, scorecard.BandOf(decimal.NewFromInt(total)).Vietnamese())
	}
	// Output:
	// 15 Xuất sắc
	// 12 Tốt
	// 9 Khá
	// 6 Trung bình
	// 5 Yếu
}

// Evaluations are averaged per quarter.
func ExampleQuarterOf() {
	fmt.Println(scorecard.QuarterOf(date.New(2026, 7, 1)))
	// Output:
	// 2026-Q3
}

// The JSON of a row.
func ExampleIndicator() {
	s, _ := scorecard.Score(exampleMonth(), exampleUnit, nil)
	b, _ := json.Marshal(s.Indicators[3])
	fmt.Println(string(b))
	// Output:
	// {"id":"1.4","group":"transparency","vi":"Đồng bộ hồ sơ lên Cổng DVCQG","en":"Dossiers synchronised to the national portal","inputs":[{"vi":"hồ sơ đồng bộ tiếp nhận trong kỳ","en":"synchronised dossiers received","value":3},{"vi":"số hồ sơ lớn hơn (báo cáo quốc gia, Cổng)","en":"larger of the national and portal counts","value":3}],"ratio":"1","applicable":true,"formula":"6 × ratio","points":"6","max":"6","source":"Quyết định 766/QĐ-TTg ngày 23/06/2022, nhóm 1; công thức: mô tả công thức của Cổng DVCQG (nguồn thứ cấp)"}
}

// The groups and their names.
func ExampleGroups() {
	for _, g := range scorecard.Groups() {
		fmt.Println(g, "—", g.Vietnamese())
	}
	// Output:
	// transparency — Công khai, minh bạch
	// progress — Tiến độ, kết quả giải quyết
	// online — Cung cấp dịch vụ trực tuyến, thanh toán trực tuyến
	// digitisation — Số hóa hồ sơ, kết quả
	// satisfaction — Mức độ hài lòng
}

// The two readings of the 15-point edge.
func ExampleBandRule_Band() {
	fmt.Println(scorecard.BandCircular.Band(decimal.NewFromInt(15)).Vietnamese())
	fmt.Println(scorecard.BandAbove15.Band(decimal.NewFromInt(15)).Vietnamese())
	// Output:
	// Xuất sắc
	// Tốt
}

// Evaluations of two units over two quarters, averaged per unit per
// quarter.
func ExampleEvaluationBook() {
	every := func(m scorecard.Mark) (e scorecard.Evaluation) {
		for i := range e.Marks {
			e.Marks[i] = m
		}
		return e
	}
	var book scorecard.EvaluationBook
	_ = book.Add("xa-an-binh", date.New(2026, 3, 30), every(scorecard.Mark2))
	_ = book.Add("xa-an-binh", date.New(2026, 3, 31), every(scorecard.Mark1))
	_ = book.Add("xa-an-binh", date.New(2026, 4, 1), every(scorecard.Mark1))
	_ = book.Add("xa-binh-an", date.New(2026, 2, 2), every(scorecard.Mark0))
	for _, k := range book.Keys() {
		r, _ := book.Result(k.Unit, k.Quarter)
		fmt.Println(k.Unit, k.Quarter, r.Total, r.Band.Vietnamese())
	}
	// Output:
	// xa-an-binh 2026-Q1 13.5 Tốt
	// xa-an-binh 2026-Q2 9 Khá
	// xa-binh-an 2026-Q1 0 Yếu
}

// Asking for more information: the handling limit runs again from the
// complete information.
func ExampleFeedback_RequestInfo() {
	office, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	ict := func(day int) time.Time { return time.Date(2026, 3, day, 9, 0, 0, 0, sla.VietnamZone) }
	f, _ := scorecard.ReceiveFeedback("PAKN-2", ict(2), office)
	f, _ = f.RequestInfo(ict(4))
	fmt.Println(f.Status(), f.InfoDue())
	f, _ = f.ReceiveInfo(ict(9))
	fmt.Println(f.Status(), f.HandleDue())
	// Output:
	// information requested 2026-03-09
	// received 2026-03-30
}

// A feedback's log is stored as JSON and replayed.
func ExampleReplayFeedback() {
	office, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	ict := func(day int) time.Time { return time.Date(2026, 3, day, 9, 0, 0, 0, sla.VietnamZone) }
	f, _ := scorecard.ReceiveFeedback("PAKN-3", ict(2), office)
	f, _ = f.Handle(ict(10))
	stored, _ := json.Marshal(f.Events())
	fmt.Println(string(stored))

	var events []scorecard.FeedbackEvent
	_ = json.Unmarshal(stored, &events)
	back, err := scorecard.ReplayFeedback("PAKN-3", events, office)
	fmt.Println(back.Equal(f), back.Status(), back.PublishDue(), err)
	// Output:
	// [{"kind":"received","at":"2026-03-02T09:00:00+07:00"},{"kind":"handled","at":"2026-03-10T09:00:00+07:00"}]
	// true handled 2026-03-12 <nil>
}

// Marks read strictly from their wire codes.
func ExampleMark() {
	var m scorecard.Mark
	fmt.Println(m, m.IsRated())
	_ = m.UnmarshalText([]byte("2"))
	fmt.Println(m, m.Points())
	err := m.UnmarshalText([]byte("two"))
	fmt.Println(err)
	fmt.Println(m, "(unchanged)")
	// Output:
	// unrated false
	// 2 2
	// scorecard: Mark "two": invalid input: want one of unrated, 0, 1, 2
	// 2 (unchanged)
}

// The options travel as JSON with the scorecard, so a reader knows which
// reading was used.
func ExampleOptions() {
	b, _ := json.Marshal(scorecard.Options{Months: 3, Linear80: true, NoFeedback: scorecard.NoFeedbackRescale})
	fmt.Println(string(b))
	// Output:
	// {"months":3,"linear_80":true,"no_feedback":"rescale"}
}
