package national_test

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// The receiving unit, procedure and people of the tests (the shapes of the
// dossier package's tests: birth registration, a real national code).
const (
	testUnit      = "000.00.36.H57"
	testProcCode  = "1.001193"
	testProcName  = "Đăng ký khai sinh"
	testField     = "Hộ tịch"
	testAgency    = "UBND-XA"
	testActor     = "can-bo-mot-cua"
	testApplicant = "Nguyễn Văn An"
	testPID       = "001090012345"
	testTaxCode   = "0100109106"
	compForm      = "Tờ khai đăng ký khai sinh"
	compBirthCert = "Giấy chứng sinh"
	compIDCard    = "Căn cước công dân"
)

var schedOnce = sync.OnceValue(func() *sla.Schedule {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	return s
})

// tbi is what the helpers need of a *testing.T or a *rapid.T.
type tbi interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

// sched is the office schedule of the tests: the Vietnamese calendar, the
// default office hours.
func sched() *sla.Schedule { return schedOnce() }

func exporter(tb tbi) *national.Exporter {
	tb.Helper()
	e, err := national.NewExporter(sched(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// at returns an instant in Vietnam.
func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, sla.VietnamZone)
}

func procSpec(limit sla.Limit, route *liaison.Route) procedure.Spec {
	var channels []procedure.TimeLimit
	for _, ch := range procedure.Channels() {
		channels = append(channels, procedure.TimeLimit{Channel: ch, Statutory: limit})
	}
	return procedure.Spec{
		Code:         testProcCode,
		Name:         testProcName,
		Field:        testField,
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{testAgency},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels:     channels,
		Components: []procedure.Component{
			{Name: compForm, Originals: 1, Requirement: procedure.Required},
			{Name: compBirthCert, Originals: 1, Copies: 1, Requirement: procedure.Required},
			{Name: compIDCard, Originals: 1, Requirement: procedure.PresentOnly},
		},
		Route:  route,
		Source: "test",
	}
}

func proc(tb tbi, limit sla.Limit) procedure.Procedure {
	tb.Helper()
	p, err := procedure.New(procSpec(limit, nil))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func filed() []dossier.Filed {
	return []dossier.Filed{
		{Name: compForm, Originals: 1, Digitised: true},
		{Name: compBirthCert, Originals: 1, Copies: 1, Digitised: true},
		{Name: compIDCard, Originals: 1, Digitised: true},
	}
}

func header(ch procedure.Channel, kind dossier.ApplicantKind) dossier.Header {
	a := dossier.Applicant{Kind: kind, Name: testApplicant, ID: testPID, Phone: "0912345678", Email: "an@example.vn"}
	if kind == dossier.ApplicantOrganisation {
		a.Name, a.ID = "Công ty TNHH Một cửa", testTaxCode
	}
	return dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: testProcCode, Decision: "1872/QĐ-BTP", Name: testProcName, Field: testField},
		Applicant:     a,
		Channel:       ch,
		ReceivingUnit: testUnit,
		Agency:        testAgency,
		Level:         procedure.LevelCommune,
		Filed:         filed(),
		FeesDue:       decimal.NewFromInt(8000),
	}
}

// steps applies commands in order, failing the test on the first refusal.
type step func(dossier.Dossier) (dossier.Dossier, error)

func run(tb tbi, d dossier.Dossier, steps ...step) dossier.Dossier {
	tb.Helper()
	for i, s := range steps {
		var err error
		if d, err = s(d); err != nil {
			tb.Fatalf("step %d: %v", i, err)
		}
	}
	return d
}

func receive(now time.Time, p procedure.Procedure) step {
	return func(d dossier.Dossier) (dossier.Dossier, error) {
		out, _, err := d.Receive(now, testActor, p, &dossier.MemorySequencer{})
		return out, err
	}
}

func transfer(now time.Time) step {
	return func(d dossier.Dossier) (dossier.Dossier, error) { return d.Transfer(now, testActor) }
}

func decide(now time.Time, granted bool) step {
	return func(d dossier.Dossier) (dossier.Dossier, error) {
		reason := ""
		if !granted {
			reason = "Không đủ điều kiện"
		}
		return d.Decide(now, "chu-tich-ubnd", granted, reason)
	}
}

func giveBack(now time.Time) step {
	return func(d dossier.Dossier) (dossier.Dossier, error) { return d.Return(now, testActor) }
}

// lifecycle is one of the dossier lifecycles of the golden files.
type lifecycle struct {
	name   string
	build  func(tb testing.TB) (dossier.Dossier, procedure.Procedure)
	extras *national.Extras
}

// Received Monday 2 March 2026 09:00 with 10 working days: due Monday 16
// March 2026 (the dossier package's scenario).
var mar2 = at(2026, time.March, 2, 9, 0)

func open(tb tbi, h dossier.Header) dossier.Dossier {
	tb.Helper()
	d, err := dossier.Open(h, sched())
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// richExtras are the portal-side extras: field code, agency name, account
// and officers. The facts the portal asks for are the dossier's
// (portalHeader, PayFee, DecideWithResults).
func richExtras() *national.Extras {
	return &national.Extras{
		FieldCode:  "G09-TP03",
		AgencyName: "Ủy ban nhân dân phường Ba Đình",
		Account:    "cd-001090012345",
		Officers: map[string]national.Officer{
			testActor:       {Title: "Công chức một cửa", Department: "Bộ phận một cửa"},
			"chu-tich-ubnd": {Title: "Chủ tịch", Department: "Lãnh đạo UBND"},
		},
	}
}

// portalHeader is an online header with the facts the portal asks for:
// each document's component and link, one reused in place of an earlier
// result (Decree 107/2021/NĐ-CP), one taken from the data store (Decree
// 45/2020/NĐ-CP Art. 16); an account verified with VNeID (Decree
// 69/2024/NĐ-CP), filed on the portal.
func portalHeader() dossier.Header {
	h := header(procedure.ChannelOnlineFull, dossier.ApplicantIndividual)
	h.Filed = []dossier.Filed{
		{Name: compForm, Originals: 1, Digitised: true, Component: "TP1", Link: "https://dvc.example.vn/f/1"},
		{Name: compBirthCert, Originals: 1, Copies: 1, Digitised: true, Component: "TP2", Link: "https://dvc.example.vn/f/2", Reused: true, Replaces: "KQ-2020-17"},
		{Name: compIDCard, Originals: 1, Component: "TP3", FromDataStore: true},
	}
	h.VNeIDVerified, h.FiledOnPortal = true, true
	return h
}

// birthFee is the charge of a birth registration, paid on the portal
// (Law on Fees and Charges 97/2015/QH13; Decree 42/2022/NĐ-CP).
var birthFee = dossier.FeeLine{Name: "Lệ phí đăng ký khai sinh", Code: "LP01", Amount: decimal.NewFromInt(8000), Kind: dossier.Charge}

// birthResult is the electronic result (Decree 45/2020/NĐ-CP Art. 14).
var birthResult = dossier.ResultDocument{Name: "Giấy khai sinh (bản điện tử)", Code: "KS.2026.000123", Link: "https://dvc.example.vn/kq/1"}

// lifecycles are the golden lifecycles: early, late with an apology,
// supplement, financial obligation, refused at intake, withdrawn and
// inter-agency (the dossier package's scenarios, Decree 61/2018/NĐ-CP Arts.
// 17–20, Decree 118/2025/NĐ-CP Art. 21, Decree 63/2024/NĐ-CP).
func lifecycles() []lifecycle {
	ten := sla.WorkingDays(10)
	return []lifecycle{
		{name: "early", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p := proc(tb, ten)
			return run(tb, open(tb, header(procedure.ChannelDirect, dossier.ApplicantIndividual)),
				receive(mar2, p), transfer(mar2.Add(time.Hour)),
				decide(at(2026, time.March, 12, 10, 0), true), giveBack(at(2026, time.March, 13, 9, 30))), p
		}},
		{name: "late-apology", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p := proc(tb, ten)
			h := header(procedure.ChannelPostal, dossier.ApplicantIndividual)
			h.ReturnByPost = true // the header's fact (Decree 118/2025/NĐ-CP)
			return run(tb, open(tb, h),
				receive(mar2, p), transfer(mar2.Add(time.Hour)),
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.Apologise(at(2026, time.March, 13, 16, 0), testActor, date.New(2026, time.March, 20), "Cần xác minh thêm")
				},
				decide(at(2026, time.March, 18, 10, 0), true), giveBack(at(2026, time.March, 19, 9, 0))), p
		}, extras: &national.Extras{ReturnInfo: "Gửi qua bưu điện"}},
		{name: "supplement", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p := proc(tb, ten)
			return run(tb, open(tb, portalHeader()),
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.Submit(mar2.Add(-12*time.Hour), "cong-dvcqg")
				},
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.PayFee(mar2.Add(-12*time.Hour+5*time.Minute), "cong-dvcqg", dossier.PaidOnPortal, []dossier.FeeLine{birthFee})
				},
				receive(mar2, p), transfer(mar2.Add(time.Minute)),
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.RequestSupplement(at(2026, time.March, 4, 10, 0), "chuyen-vien", []string{"Giấy chứng sinh: bản sao có chứng thực"}, "Bản sao chưa chứng thực")
				},
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.Supplement(at(2026, time.March, 10, 10, 0), "cong-dan")
				},
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.DecideWithResults(at(2026, time.March, 20, 10, 0), "chu-tich-ubnd", true, "", []dossier.ResultDocument{birthResult})
				},
				giveBack(at(2026, time.March, 23, 9, 0))), p
		}, extras: richExtras()},
		{name: "obligation", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p := proc(tb, ten)
			return run(tb, open(tb, header(procedure.ChannelDirect, dossier.ApplicantOrganisation)),
				receive(mar2, p), transfer(mar2.Add(time.Hour)),
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.RequestObligation(at(2026, time.March, 4, 10, 0), testActor, decimal.NewFromInt(500000))
				},
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.PayObligation(at(2026, time.March, 9, 10, 0), "cong-dan")
				}), p
		}, extras: &national.Extras{Payment: national.PaymentLocalGateway, SubjectCode: "3",
			Fees: []national.FeeLine{{Name: "Tiền sử dụng đất", Amount: decimal.RequireFromString("500000.5")}}}},
		{name: "refused", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p := proc(tb, ten)
			return run(tb, open(tb, header(procedure.ChannelDirect, dossier.ApplicantIndividual)),
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.Refuse(mar2, testActor, []string{"Không thuộc thẩm quyền giải quyết"})
				}), p
		}, extras: &national.Extras{Code: testUnit + "-260302-0007"}},
		{name: "withdrawn", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p := proc(tb, ten)
			return run(tb, open(tb, header(procedure.ChannelDirect, dossier.ApplicantIndividual)),
				receive(mar2, p), transfer(mar2.Add(time.Hour)),
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.RequestWithdrawal(at(2026, time.March, 5, 9, 0), "cong-dan", "Không còn nhu cầu")
				},
				func(d dossier.Dossier) (dossier.Dossier, error) {
					return d.Stop(at(2026, time.March, 5, 15, 0), testActor, "Theo yêu cầu của công dân")
				}), p
		}},
		{name: "inter-agency", build: func(tb testing.TB) (dossier.Dossier, procedure.Procedure) {
			p, err := procedure.New(procSpec(sla.WorkingDays(5), liaisonsample.BirthRegistrationGroup()))
			if err != nil {
				tb.Fatal(err)
			}
			h := header(procedure.ChannelOnlinePartial, dossier.ApplicantIndividual)
			steps := []step{receive(mar2, p), transfer(mar2.Add(time.Minute))}
			for _, e := range []struct {
				start  bool
				id, ag string
				off    time.Duration
			}{{true, "tiep-nhan", "UBND-XA", 2 * time.Minute}, {false, "tiep-nhan", "UBND-XA", 3 * time.Minute},
				{true, "khai-sinh", "UBND-XA", 4 * time.Minute}, {false, "khai-sinh", "UBND-XA", 5 * time.Minute},
				{true, "thuong-tru", "CONG-AN-XA", 6 * time.Minute}, {true, "bhyt", "BHXH-TINH", 7 * time.Minute},
				{false, "bhyt", "BHXH-TINH", 8 * time.Minute}, {false, "thuong-tru", "CONG-AN-XA", 5 * 24 * time.Hour}} {
				e := e
				steps = append(steps, func(d dossier.Dossier) (dossier.Dossier, error) {
					if e.start {
						return d.StartStep(mar2.Add(e.off), testActor, e.id, e.ag)
					}
					return d.FinishStep(mar2.Add(e.off), testActor, e.id, e.ag)
				})
			}
			steps = append(steps, decide(at(2026, time.March, 9, 10, 0), true))
			return run(tb, open(tb, h), steps...), p
		}},
	}
}

const (
	procedureDirect = procedure.ChannelDirect
	procedureOnline = procedure.ChannelOnlineFull
)

func mustProc(tb tbi, s procedure.Spec) procedure.Procedure {
	tb.Helper()
	p, err := procedure.New(s)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
