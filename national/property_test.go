package national_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

var words = []string{"Đăng ký", "Giấy chứng sinh", "Tờ khai", "Hồ sơ", "Bản sao", "x", "Ủy ban nhân dân", "KQ-01"}

func text(t *rapid.T, label string) string {
	return rapid.OneOf(rapid.Just(""), rapid.SampledFrom(words), rapid.StringN(1, 12, 48)).Draw(t, label)
}

// genDossier draws a dossier through a legal lifecycle — received on a
// working day of 2024–2027 (both regimes), transferred, perhaps a
// supplement, a financial obligation, an apology, then a result and its
// return, or a withdrawal, or refused at intake — and extras of every kind.
func genDossier(t *rapid.T) (dossier.Dossier, procedure.Procedure, *national.Extras) {
	cal := sched().Calendar()
	day, err := cal.WorkingDayOnOrAfter(date.New(2024, time.January, 2) + date.Date(rapid.IntRange(0, 1400).Draw(t, "day")))
	if err != nil {
		t.Fatal(err)
	}
	recv := day.Time(clock.New(rapid.IntRange(8, 16).Draw(t, "hour"), rapid.IntRange(0, 59).Draw(t, "minute"), 0, 0), sla.VietnamZone)
	ch := rapid.SampledFrom(procedure.Channels()).Draw(t, "channel")
	kind := rapid.SampledFrom([]dossier.ApplicantKind{dossier.ApplicantIndividual, dossier.ApplicantOrganisation}).Draw(t, "kind")
	p := proc(t, sla.WorkingDays(rapid.IntRange(5, 20).Draw(t, "limit")))
	x := genExtras(t, kind)
	d := open(t, genHeaderFacts(t, header(ch, kind)))
	try := func(next dossier.Dossier, err error) {
		if err == nil {
			d = next
		}
	}
	if ch.IsOnline() && rapid.Bool().Draw(t, "submit") {
		try(d.Submit(recv.Add(-time.Duration(rapid.IntRange(1, 72).Draw(t, "early"))*time.Hour), "cong-dvcqg"))
	}
	if early := rapid.IntRange(0, 9).Draw(t, "before receipt"); early < 3 {
		switch {
		case early == 0 || d.Status() != dossier.Registered:
			try(d.Refuse(recv, testActor, []string{"Không thuộc thẩm quyền"}))
		case early == 1: // an online filing withdrawn before receipt
			try(d.RequestWithdrawal(recv, "cong-dan", "Nộp nhầm"))
			if rapid.Bool().Draw(t, "stopped early") {
				try(d.Stop(recv.Add(time.Hour), testActor, "Theo yêu cầu"))
			}
		} // early == 2: registered, not yet received
		code, err := dossier.NewCode(testUnit, day, rapid.IntRange(1, 9999).Draw(t, "seq"))
		if err != nil {
			t.Fatal(err)
		}
		x.Code = code
		return d, p, x
	}
	if r, _, err := d.Receive(recv, testActor, p, &dossier.MemorySequencer{}); err == nil {
		d = r
	}
	hours := func(label string) time.Duration {
		return time.Duration(rapid.IntRange(1, 120).Draw(t, label)) * time.Hour
	}
	now := recv.Add(30 * time.Minute)
	if rapid.Bool().Draw(t, "fee paid at receipt") {
		try(d.PayFee(recv.Add(time.Minute), testActor, genMethod(t), genFees(t)))
	}
	try(d.Transfer(now, testActor))
	if rapid.Bool().Draw(t, "supplement") {
		now = now.Add(time.Hour)
		try(d.RequestSupplement(now, "chuyen-vien", []string{rapid.SampledFrom(words).Draw(t, "item")}, text(t, "reason")))
		if rapid.Bool().Draw(t, "supplemented") {
			now = now.Add(hours("supplement wait"))
			try(d.Supplement(now, "cong-dan"))
		}
	}
	if rapid.Bool().Draw(t, "obligation") {
		now = now.Add(time.Hour)
		try(d.RequestObligation(now, testActor, decimal.NewFromInt(int64(rapid.IntRange(0, 5_000_000).Draw(t, "amount")))))
		if rapid.Bool().Draw(t, "paid") {
			now = now.Add(hours("obligation wait"))
			try(d.PayObligation(now, "cong-dan"))
		}
	}
	if rapid.Bool().Draw(t, "apology") && d.Timeline().IsValid() {
		if newDue, err := cal.AddWorkingDays(d.Due(), rapid.IntRange(1, 5).Draw(t, "extra days")); err == nil {
			now = now.Add(time.Minute)
			try(d.Apologise(now, testActor, newDue, "Cần xác minh"))
		}
	}
	switch rapid.IntRange(0, 2).Draw(t, "end") {
	case 1:
		now = now.Add(hours("processing"))
		var results []dossier.ResultDocument
		for range rapid.IntRange(0, 2).Draw(t, "n dossier results") {
			results = append(results, dossier.ResultDocument{Name: rapid.SampledFrom(words).Draw(t, "result name"),
				Code: text(t, "result code"), Link: text(t, "result link")})
		}
		try(d.DecideWithResults(now, "lanh-dao", rapid.Bool().Draw(t, "granted"), "Không đủ điều kiện", results))
		if rapid.Bool().Draw(t, "fee paid with the result") {
			try(d.PayFee(now.Add(time.Minute), testActor, genMethod(t), genFees(t)))
		}
		if rapid.Bool().Draw(t, "returned") {
			try(d.Return(now.Add(hours("return")), testActor))
		}
	case 2:
		now = now.Add(hours("withdrawal"))
		try(d.RequestWithdrawal(now, "cong-dan", text(t, "why")))
		if rapid.Bool().Draw(t, "stopped") {
			try(d.Stop(now.Add(time.Hour), testActor, "Theo yêu cầu"))
		}
	}
	return d, p, x
}

// genHeaderFacts draws the portal's facts onto the header: the filed
// documents' component, link, reuse and data-store origin (Decree
// 107/2021/NĐ-CP; Decree 45/2020/NĐ-CP Art. 16) and the VNeID, portal and
// post flags.
func genHeaderFacts(t *rapid.T, h dossier.Header) dossier.Header {
	for i := range h.Filed {
		f := &h.Filed[i]
		f.Component, f.Link = text(t, "filed component"), text(t, "filed link")
		f.Reused, f.FromDataStore = rapid.Bool().Draw(t, "filed reused"), rapid.Bool().Draw(t, "filed from store")
		if f.Reused {
			f.Replaces = text(t, "filed replaces")
		}
	}
	h.VNeIDVerified = rapid.Bool().Draw(t, "header vneid")
	h.FiledOnPortal = h.Channel.IsOnline() && rapid.Bool().Draw(t, "header portal")
	h.ReturnByPost = rapid.Bool().Draw(t, "header post")
	return h
}

func genMethod(t *rapid.T) dossier.PaymentMethod {
	return rapid.SampledFrom([]dossier.PaymentMethod{dossier.PaidOnPortal, dossier.PaidThroughLocalGateway, dossier.PaidAtDesk}).Draw(t, "method")
}

// genFees draws the lines of a fee payment (Law on Fees and Charges
// 97/2015/QH13).
func genFees(t *rapid.T) []dossier.FeeLine {
	var lines []dossier.FeeLine
	for range rapid.IntRange(1, 3).Draw(t, "n dossier fees") {
		lines = append(lines, dossier.FeeLine{Name: rapid.SampledFrom(words).Draw(t, "fee name"), Code: text(t, "fee code"),
			Kind:   rapid.SampledFrom([]dossier.FeeKind{dossier.Fee, dossier.Charge}).Draw(t, "fee kind"),
			Amount: decimal.New(int64(rapid.IntRange(0, 1_000_000_000).Draw(t, "fee amount")), -int32(rapid.IntRange(0, 4).Draw(t, "fee scale")))})
	}
	return lines
}

func genExtras(t *rapid.T, kind dossier.ApplicantKind) *national.Extras {
	x := &national.Extras{
		FieldCode: text(t, "field code"), AgencyName: text(t, "agency name"), Summary: text(t, "summary"),
		OtherInfo: text(t, "other"), Account: text(t, "account"), ReturnInfo: text(t, "return info"),
		VNeIDVerified: rapid.Bool().Draw(t, "vneid"), ReturnByPost: rapid.Bool().Draw(t, "post"),
		FiledOnPortal: rapid.Bool().Draw(t, "portal"),
		// PaymentNone half the time: the dossier's payment, if any, is used.
		Payment: national.Payment(max(rapid.IntRange(-3, 3).Draw(t, "payment"), 0)),
	}
	if kind == dossier.ApplicantOrganisation {
		x.SubjectCode = rapid.SampledFrom([]string{"", "2", "3", "4"}).Draw(t, "subject")
	}
	if rapid.Bool().Draw(t, "documents") {
		for i := range rapid.IntRange(0, 4).Draw(t, "n documents") {
			_ = i
			x.Documents = append(x.Documents, national.Document{
				ID: text(t, "doc id"), Name: rapid.SampledFrom(words).Draw(t, "doc name"), Component: text(t, "component"),
				Link: text(t, "link"), Digitised: rapid.Bool().Draw(t, "digitised"), Reused: rapid.Bool().Draw(t, "reused"),
				FromDataStore: rapid.Bool().Draw(t, "store"), ReplacedBy: text(t, "replaced by"),
			})
		}
	}
	n := rapid.IntRange(0, 3).Draw(t, "n fees")
	if x.Payment.IsOnline() {
		n = max(n, 1)
	}
	for range n {
		x.Fees = append(x.Fees, national.FeeLine{Name: rapid.SampledFrom(words).Draw(t, "fee"), Code: text(t, "fee code"),
			Collection: text(t, "collection"), Kind: text(t, "fee kind"),
			Amount: decimal.New(int64(rapid.IntRange(0, 1_000_000_000).Draw(t, "amount")), -int32(rapid.IntRange(0, 4).Draw(t, "scale")))})
	}
	for range rapid.IntRange(0, 2).Draw(t, "n results") {
		x.Results = append(x.Results, national.ResultDocument{Name: rapid.SampledFrom(words).Draw(t, "result"), Component: text(t, "rc"),
			ID: text(t, "rid"), Link: text(t, "rlink"), Code: text(t, "rcode")})
	}
	return x
}

// The round-trip law: export → import → export gives the same record, and
// the record's JSON reads back strictly to the same record.
func TestRoundTripLaw(t *testing.T) {
	e := exporter(t)
	rapid.Check(t, func(t *rapid.T) {
		d, p, x := genDossier(t)
		if d.Status() == dossier.StatusUnknown {
			t.Skip("neither submitted nor received")
		}
		r1, err := e.Record(d, p, x)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		im, err := national.Import(r1, nil)
		if err != nil {
			t.Fatalf("import of %+v: %v", r1, err)
		}
		r2, err := national.Compose(im.Header, im.Facts, &im.Extras, nil)
		if err != nil {
			t.Fatalf("compose: %v", err)
		}
		if !reflect.DeepEqual(r1, r2) {
			t.Fatalf("export → import → export differs:\n%+v\n%+v", r1, r2)
		}
		b, err := json.Marshal(r1)
		if err != nil {
			t.Fatal(err)
		}
		r3, err := national.ParseRecord(b)
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		if !reflect.DeepEqual(r1, r3) {
			t.Fatalf("JSON round trip differs")
		}
		steps, err := e.Steps(d, x)
		if err != nil {
			t.Fatalf("steps: %v", err)
		}
		if len(steps) != len(d.Events()) {
			t.Fatalf("%d steps for %d events", len(steps), len(d.Events()))
		}
		for i, s := range steps {
			if s.TrangThai == "" || s.MaHoSo != r1.MaHoSo {
				t.Fatalf("step %d: %+v", i, s)
			}
		}
		if steps[len(steps)-1].TrangThai != r1.TrangThaiHoSo {
			t.Fatalf("last step status %s, record %s", steps[len(steps)-1].TrangThai, r1.TrangThaiHoSo)
		}
	})
}
