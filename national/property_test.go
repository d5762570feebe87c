package national_test

import (
	"encoding/json"
	"reflect"
	"slices"
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
	x.FiledOnPortal = ch.IsOnline() && rapid.Bool().Draw(t, "portal") // only an online dossier is filed on the portal
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

// codeSeq is a dossier.Sequencer that hands out one given number: the
// rebuilt dossier gets the code the record names.
type codeSeq int

func (s codeSeq) Next(string, date.Date) (int, error) { return int(s), nil }

// rebuild brings a dossier through what an imported record says, with
// procedure p — the commands a vendor replays when it takes a dossier
// over from the portal: opened with the imported header, submitted when
// filed before its receipt, refused, or received with the record's code,
// the fees paid as the facts say, transferred, each supplement asked for
// and answered, a pending obligation, the re-appointment to the record's
// due date, the result with its documents, the return, a withdrawal and a
// stop. The record does not say when a fee was paid, a pending obligation
// asked for or a withdrawal made: they are put just after the last instant
// it does say. The header's paper counts, which the record does not carry,
// are the procedure's. Facts the dossier cannot hold — a payment without
// fee lines, fee lines coded by the vendor, results with the portal's IDs
// or on a dossier without a result — go back in the extras, as the exporter
// takes them.
func rebuild(t *rapid.T, im national.Imported, p procedure.Procedure) (dossier.Dossier, *national.Extras) {
	h, f, x := im.Header, im.Facts, im.Extras
	h.Filed = slices.Clone(h.Filed)
	for i := range h.Filed {
		for c := range p.AllComponents() {
			if c.Name == h.Filed[i].Name {
				h.Filed[i].Originals, h.Filed[i].Copies = c.Originals, c.Copies
			}
		}
	}
	d, err := dossier.Open(h, sched())
	if err != nil {
		t.Fatalf("open the imported header: %v", err)
	}
	cmd := func(what string) func(dossier.Dossier, error) {
		return func(next dossier.Dossier, err error) {
			if err != nil {
				t.Fatalf("rebuild, %s: %v", what, err)
			}
			d = next
		}
	}
	last := f.Filed
	later := func() time.Time { last = last.Add(time.Minute); return last }
	first := f.Received
	if first.IsZero() {
		first = f.Refused
	}
	if first.IsZero() || f.Filed.Before(first) {
		cmd("submit")(d.Submit(f.Filed, "cong-dvcqg"))
	}
	var lines []dossier.FeeLine
	method := map[national.Payment]dossier.PaymentMethod{national.PaymentPortal: dossier.PaidOnPortal,
		national.PaymentLocalGateway: dossier.PaidThroughLocalGateway, national.PaymentOffline: dossier.PaidAtDesk}[f.Payment]
	for _, l := range f.Fees {
		if l.Collection != "" || l.Kind != "" {
			lines = nil
			break
		}
		lines = append(lines, dossier.FeeLine{Name: l.Name, Code: l.Code, Amount: l.Amount, Kind: dossier.Charge})
	}
	paid := false
	pay := func() {
		if method.IsValid() && len(lines) > 0 && len(lines) == len(f.Fees) {
			cmd("pay")(d.PayFee(later(), testActor, method, lines))
			paid = true
		}
	}
	var results []dossier.ResultDocument
	for _, g := range f.Results {
		if g.ID != "" || g.Component != "" {
			results = nil
			break
		}
		results = append(results, dossier.ResultDocument{Name: g.Name, Code: g.Code, Link: g.Link})
	}
	decided := false
	switch {
	case f.Status == dossier.NotReceived:
		cmd("refuse")(d.Refuse(f.Refused, testActor, []string{"Không thuộc thẩm quyền"}))
		x.Code = f.Code
	case f.Received.IsZero(): // registered, or withdrawn before receipt
		pay()
		if f.Status == dossier.WithdrawalRequested || f.Status == dossier.Stopped {
			cmd("withdraw")(d.RequestWithdrawal(later(), "cong-dan", "Nộp nhầm"))
		}
		if f.Status == dossier.Stopped {
			cmd("stop")(d.Stop(later(), testActor, "Theo yêu cầu"))
		}
		x.Code = f.Code
	default:
		_, _, n, err := dossier.ParseCode(string(f.Code))
		if err != nil {
			t.Fatal(err)
		}
		next, _, err := d.Receive(f.Received, testActor, p, codeSeq(n))
		cmd("receive")(next, err)
		last = f.Received
		pay()
		if f.Status != dossier.Received {
			cmd("transfer")(d.Transfer(later(), testActor))
		}
		for _, s := range f.Supplements {
			cmd("request a supplement")(d.RequestSupplement(s.Requested, s.RequestedBy, []string{s.Content}, ""))
			last = s.Requested
			if !s.Received.IsZero() {
				cmd("supplement")(d.Supplement(s.Received, s.ReceivedBy))
				last = s.Received
			}
		}
		if f.Status == dossier.FinancialObligation {
			cmd("obligation")(d.RequestObligation(later(), testActor, decimal.Zero))
		}
		if due := date.NewAt(f.Due.In(sla.VietnamZone)); due != d.Due() {
			cmd("apologise")(d.Apologise(later(), testActor, due, "Cần xác minh"))
		}
		if !f.Finished.IsZero() {
			cmd("decide")(d.DecideWithResults(f.Finished, "lanh-dao", true, "", results))
			decided = true
		}
		if !f.Returned.IsZero() {
			cmd("return")(d.Return(f.Returned, testActor))
		}
		if f.Status == dossier.WithdrawalRequested || f.Status == dossier.Stopped {
			cmd("withdraw")(d.RequestWithdrawal(later(), "cong-dan", "Không còn nhu cầu"))
		}
		if f.Status == dossier.Stopped {
			cmd("stop")(d.Stop(later(), testActor, "Theo yêu cầu"))
		}
	}
	if !paid {
		x.Payment, x.Fees = f.Payment, f.Fees
	}
	if !decided || (len(f.Results) > 0 && results == nil) {
		x.Results = f.Results
	}
	return d, &x
}

// The rebuild law: export → import → rebuild a dossier from the import →
// export gives the same record. The import returns the dossier's facts —
// the documents and the VNeID, portal and post flags in the header, the
// payment, fees and results in the facts — so that a dossier opened and
// brought through them writes the record again; only portal-side data stays
// in the extras. Dossiers whose financial obligation was met are left out:
// the record shows the appointment the pause moved, not when the pause
// began and ended.
func TestRebuildLaw(t *testing.T) {
	e := exporter(t)
	rapid.Check(t, func(t *rapid.T) {
		d, p, x := genDossier(t)
		if d.Status() == dossier.StatusUnknown {
			t.Skip("neither submitted nor received")
		}
		for _, ev := range d.Events() {
			if ev.Kind == dossier.EventObligationPaid {
				return
			}
		}
		if x.Documents != nil { // the header's documents, with the portal's file IDs
			x.Documents = nil
			for _, f := range d.Header().Filed {
				x.Documents = append(x.Documents, national.Document{ID: rapid.StringN(1, 12, 48).Draw(t, "file id"), Name: f.Name,
					Component: f.Component, Link: f.Link, Digitised: f.Digitised, Reused: f.Reused, FromDataStore: f.FromDataStore, ReplacedBy: f.Replaces})
			}
		}
		r1, err := e.Record(d, p, x)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		im, err := national.Import(r1, nil)
		if err != nil {
			t.Fatalf("import: %v", err)
		}
		// The facts are the dossier's, not the extras'.
		h := d.Header()
		if im.Header.VNeIDVerified != (h.VNeIDVerified || x.VNeIDVerified) || im.Header.ReturnByPost != (h.ReturnByPost || x.ReturnByPost) ||
			im.Header.FiledOnPortal != (h.FiledOnPortal || x.FiledOnPortal) || len(im.Header.Filed) != len(r1.TaiLieuNop) {
			t.Fatalf("the header's facts: %+v", im.Header)
		}
		if im.Extras.VNeIDVerified || im.Extras.ReturnByPost || im.Extras.FiledOnPortal || im.Extras.Payment != national.PaymentNone ||
			im.Extras.Fees != nil || im.Extras.Results != nil || (im.Extras.Documents != nil) != (x.Documents != nil) {
			t.Fatalf("facts left in the extras: %+v", im.Extras)
		}
		if im.Facts.Payment.Code() != r1.DuocThanhToanTrucTuyen || len(im.Facts.Fees) != len(r1.DanhSachLePhi) || len(im.Facts.Results) != len(r1.DanhSachGiayToKetQua) {
			t.Fatalf("the facts' payment, fees, results: %+v", im.Facts)
		}
		d2, x2 := rebuild(t, im, p)
		r2, err := e.Record(d2, p, x2)
		if err != nil {
			t.Fatalf("export of the rebuilt dossier: %v", err)
		}
		if !reflect.DeepEqual(r1, r2) {
			t.Fatalf("export → import → rebuild → export differs:\n%+v\n%+v", r1, r2)
		}
	})
}
