package dossier_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// edge is one command of the model: the statuses it may start from and the
// status it leads to (0: the status is kept, as for an apology). The edges
// are the transition table of Decree 61/2018/NĐ-CP Arts. 17–20 and
// Decree 118/2025/NĐ-CP, each labelled
// with the command that takes it.
type edge struct {
	from []dossier.Status
	to   dossier.Status
}

var modelEdges = map[string]edge{
	"Submit":            {[]dossier.Status{dossier.StatusUnknown}, dossier.Registered},
	"Receive":           {[]dossier.Status{dossier.StatusUnknown, dossier.Registered}, dossier.Received},
	"Refuse":            {[]dossier.Status{dossier.StatusUnknown, dossier.Registered}, dossier.NotReceived},
	"Transfer":          {[]dossier.Status{dossier.Received}, dossier.Processing},
	"RequestSupplement": {[]dossier.Status{dossier.Processing}, dossier.SupplementRequested},
	"Supplement":        {[]dossier.Status{dossier.SupplementRequested}, dossier.Processing},
	"RequestObligation": {[]dossier.Status{dossier.Processing}, dossier.FinancialObligation},
	"PayObligation":     {[]dossier.Status{dossier.FinancialObligation}, dossier.Processing},
	"Apologise":         {[]dossier.Status{dossier.Received, dossier.Processing}, 0},
	"Decide":            {[]dossier.Status{dossier.Processing}, dossier.Processed},
	"Return":            {[]dossier.Status{dossier.Processed}, dossier.Returned},
	"RequestWithdrawal": {[]dossier.Status{dossier.Registered, dossier.Received, dossier.Processing, dossier.SupplementRequested, dossier.FinancialObligation}, dossier.WithdrawalRequested},
	"Stop":              {[]dossier.Status{dossier.SupplementRequested, dossier.WithdrawalRequested}, dossier.Stopped},
	// Route steps keep the status; these dossiers have no route, so every
	// step is refused (ErrRule).
	"StartStep": {nil, 0},
	// A fee payment keeps the status (Decree 42/2022/NĐ-CP; Law on Fees and
	// Charges 97/2015/QH13): before the result is returned, not once
	// withdrawn.
	"PayFee": {[]dossier.Status{dossier.Registered, dossier.Received, dossier.Processing, dossier.SupplementRequested, dossier.FinancialObligation, dossier.Processed}, 0},
}

// Every edge of the model is an edge of the package's table.
func TestModelEdgesAgreeWithTable(t *testing.T) {
	for name, e := range modelEdges {
		for _, from := range e.from {
			if from == dossier.StatusUnknown || e.to == 0 {
				continue
			}
			if !from.CanMove(e.to) {
				t.Errorf("%s: %s → %s is not in the table", name, from, e.to)
			}
		}
	}
}

// model is what the test expects of the dossier.
type model struct {
	status      dossier.Status
	supplements int
}

// TestStateMachine runs random command sequences, with random
// non-decreasing instants, against the model (STYLE.md §4.12: t.Repeat).
// After each step: the status is the model's; a refused command is a
// *CommandError and changes nothing; Replay of the log gives the same
// dossier; the JSON round trip is exact.
func TestStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ch := rapid.SampledFrom(procedure.Channels()).Draw(t, "channel")
		digitised := rapid.Bool().Draw(t, "digitised")
		limit := rapid.OneOf(
			rapid.Custom(func(t *rapid.T) sla.Limit { return sla.WorkingDays(rapid.IntRange(0, 20).Draw(t, "days")) }),
			rapid.Custom(func(t *rapid.T) sla.Limit { return sla.WorkingHours(rapid.IntRange(1, 40).Draw(t, "hours")) }),
			rapid.Custom(func(t *rapid.T) sla.Limit { return sla.CalendarDays(rapid.IntRange(1, 30).Draw(t, "cdays")) }),
			rapid.Custom(func(t *rapid.T) sla.Limit { return sla.Months(rapid.IntRange(1, 2).Draw(t, "months")) }),
		).Draw(t, "limit")
		p, err := procedure.New(procSpec(limit))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Date(2025, time.June, 20, 7, 0, 0, 0, sla.VietnamZone).
			Add(time.Duration(rapid.IntRange(0, 560*24*60).Draw(t, "start minutes")) * time.Minute)
		now := start

		d, err := dossier.Open(portalFacts(t, header(ch, complete(digitised))), sched())
		if err != nil {
			t.Fatal(err)
		}
		m := model{}

		advance := func(t *rapid.T) time.Time {
			now = now.Add(time.Duration(rapid.IntRange(0, 3*24*60).Draw(t, "minutes later")) * time.Minute)
			return now
		}
		reason := func(t *rapid.T) string { return rapid.SampledFrom([]string{"", testReason}).Draw(t, "reason") }

		// step runs a command and checks it against the model. want is the
		// error the rules make certain beyond the transition table (nil: it
		// may succeed, or be refused by a rule the model does not track).
		step := func(t *rapid.T, name string, run func() (dossier.Dossier, error), want error) {
			e := modelEdges[name]
			legal := slices.Contains(e.from, m.status)
			got, err := run()
			switch {
			case want != nil && !legal: // either refusal is right
				if !errors.Is(err, want) && !errors.Is(err, dossier.ErrTransition) {
					t.Fatalf("%s from %s: got %v, want %v or ErrTransition", name, m.status, err, want)
				}
			case want != nil:
				if !errors.Is(err, want) {
					t.Fatalf("%s from %s: got %v, want %v", name, m.status, err, want)
				}
			case !legal:
				if !errors.Is(err, dossier.ErrTransition) {
					t.Fatalf("%s from %s: got %v, want ErrTransition", name, m.status, err)
				}
			}
			if err != nil {
				var ce *dossier.CommandError
				if !errors.As(err, &ce) {
					t.Fatalf("%s: %T is not a *CommandError: %v", name, err, err)
				}
				if !got.Equal(d) || got.Status() != d.Status() || len(got.Events()) != len(d.Events()) || got.Due() != d.Due() {
					t.Fatalf("%s refused (%v) but the dossier changed", name, err)
				}
				return
			}
			if e.to != 0 {
				m.status = e.to
			}
			if name == "RequestSupplement" {
				m.supplements++
			}
			d = got
		}

		t.Repeat(map[string]func(*rapid.T){
			"Submit": func(t *rapid.T) {
				at := advance(t)
				var want error
				if !ch.IsOnline() {
					want = dossier.ErrRule // paper is received directly
				}
				step(t, "Submit", func() (dossier.Dossier, error) { return d.Submit(at, "cong") }, want)
			},
			"Receive": func(t *rapid.T) {
				at := advance(t)
				var want error
				// A document reused or taken from the data store is
				// electronic already, and the ID card is only shown
				// (Circular 03/2025/TT-VPCP Art. 5(2)): nothing to digitise.
				paper := slices.ContainsFunc(d.Header().Filed, func(f dossier.Filed) bool {
					return !f.Reused && !f.FromDataStore && f.Name != compIDCard
				})
				if slices.Contains(modelEdges["Receive"].from, m.status) && !ch.IsOnline() && !digitised && paper &&
					dossier.RegimeOn(date.NewAt(at.In(sla.VietnamZone))).DigitiseAtReceipt {
					want = dossier.ErrRule // 118/2025 Art. 17(1)(c)
				}
				step(t, "Receive", func() (dossier.Dossier, error) {
					x, in, err := d.Receive(at, testActor, p, &dossier.MemorySequencer{})
					if !in.Complete() && err == nil {
						t.Fatalf("received incomplete")
					}
					return x, err
				}, want)
			},
			"Refuse": func(t *rapid.T) {
				at := advance(t)
				reasons := rapid.SliceOfN(rapid.SampledFrom([]string{"Sai thẩm quyền", "Giả mạo"}), 0, 2).Draw(t, "reasons")
				var want error
				if len(reasons) == 0 && slices.Contains(modelEdges["Refuse"].from, m.status) {
					want = dossier.ErrInvalid // form 03 states reasons
				}
				step(t, "Refuse", func() (dossier.Dossier, error) { return d.Refuse(at, testActor, reasons) }, want)
			},
			"Transfer": func(t *rapid.T) {
				at := advance(t)
				step(t, "Transfer", func() (dossier.Dossier, error) { return d.Transfer(at, testActor) }, nil)
			},
			"RequestSupplement": func(t *rapid.T) {
				at := advance(t)
				var want error
				if max := d.Regime().MaxSupplementRequests; max > 0 && m.supplements >= max && m.status == dossier.Processing {
					want = dossier.ErrRule // 118/2025 Art. 11(2)
				}
				step(t, "RequestSupplement", func() (dossier.Dossier, error) {
					return d.RequestSupplement(at, testActor, []string{"Giấy chứng sinh"}, reason(t))
				}, want)
			},
			"Supplement": func(t *rapid.T) {
				at := advance(t)
				step(t, "Supplement", func() (dossier.Dossier, error) { return d.Supplement(at, "cong-dan") }, nil)
			},
			"RequestObligation": func(t *rapid.T) {
				at := advance(t)
				amount := decimal.New(int64(rapid.IntRange(0, 1_000_000).Draw(t, "amount")), int32(rapid.IntRange(-2, 3).Draw(t, "exp")))
				step(t, "RequestObligation", func() (dossier.Dossier, error) { return d.RequestObligation(at, testActor, amount) }, nil)
			},
			"PayObligation": func(t *rapid.T) {
				at := advance(t)
				step(t, "PayObligation", func() (dossier.Dossier, error) { return d.PayObligation(at, "cong-dan") }, nil)
			},
			"Apologise": func(t *rapid.T) {
				at := advance(t)
				r := reason(t)
				newDue := d.Due() + date.Date(rapid.IntRange(-2, 10).Draw(t, "new due offset"))
				var want error
				if r == "" {
					want = dossier.ErrInvalid // form 04 states the reason
				}
				step(t, "Apologise", func() (dossier.Dossier, error) { return d.Apologise(at, testActor, newDue, r) }, want)
			},
			"Decide": func(t *rapid.T) {
				at := advance(t)
				granted := rapid.Bool().Draw(t, "granted")
				r := reason(t)
				var want error
				if !granted && r == "" {
					want = dossier.ErrInvalid // Art. 19(8): reasons
				}
				results := rapid.SliceOfN(genResult(), 0, 3).Draw(t, "results")
				step(t, "Decide", func() (dossier.Dossier, error) {
					if len(results) == 0 {
						return d.Decide(at, testActor, granted, r)
					}
					return d.DecideWithResults(at, testActor, granted, r, results)
				}, want)
			},
			"Return": func(t *rapid.T) {
				at := advance(t)
				step(t, "Return", func() (dossier.Dossier, error) { return d.Return(at, testActor) }, nil)
			},
			"RequestWithdrawal": func(t *rapid.T) {
				at := advance(t)
				step(t, "RequestWithdrawal", func() (dossier.Dossier, error) { return d.RequestWithdrawal(at, "cong-dan", reason(t)) }, nil)
			},
			"Stop": func(t *rapid.T) {
				at := advance(t)
				r := reason(t)
				var want error
				if m.status == dossier.SupplementRequested && r == "" {
					want = dossier.ErrInvalid
				}
				step(t, "Stop", func() (dossier.Dossier, error) { return d.Stop(at, testActor, r) }, want)
			},
			"PayFee": func(t *rapid.T) {
				at := advance(t)
				method := rapid.SampledFrom([]dossier.PaymentMethod{dossier.PaidOnPortal, dossier.PaidThroughLocalGateway, dossier.PaidAtDesk}).Draw(t, "method")
				lines := rapid.SliceOfN(genFeeLine(), 1, 3).Draw(t, "fee lines")
				step(t, "PayFee", func() (dossier.Dossier, error) { return d.PayFee(at, "cong-dan", method, lines) }, nil)
			},
			"StartStep": func(t *rapid.T) {
				at := advance(t)
				step(t, "StartStep", func() (dossier.Dossier, error) { return d.StartStep(at, testActor, "s1", testAgency) }, dossier.ErrRule)
			},
			"": func(t *rapid.T) {
				if d.Status() != m.status {
					t.Fatalf("status %s, model %s", d.Status(), m.status)
				}
				if d.Supplements() != m.supplements {
					t.Fatalf("supplements %d, model %d", d.Supplements(), m.supplements)
				}
				checkReplay(t, d)
				checkJSON(t, d)
			},
		})
	})
}

// portalFacts draws the facts the national portal asks for onto h: the
// filed documents' component, link, reuse and data-store origin (Decree
// 107/2021/NĐ-CP; Decree 45/2020/NĐ-CP Art. 16) and the header's VNeID,
// portal and post flags (only an online dossier is filed on the portal).
func portalFacts(t *rapid.T, h dossier.Header) dossier.Header {
	for i := range h.Filed {
		f := &h.Filed[i]
		f.Component = rapid.SampledFrom([]string{"", "TP01", "TP-02"}).Draw(t, "component")
		f.Link = rapid.SampledFrom([]string{"", "https://dvc.example.vn/f/1", "kho/2025/ab"}).Draw(t, "link")
		f.Reused = rapid.Bool().Draw(t, "reused")
		if f.Reused {
			f.Replaces = rapid.SampledFrom([]string{"", "KQ-2024-0001"}).Draw(t, "replaces")
		}
		f.FromDataStore = rapid.Bool().Draw(t, "from data store")
	}
	h.VNeIDVerified = rapid.Bool().Draw(t, "vneid")
	h.FiledOnPortal = h.Channel.IsOnline() && rapid.Bool().Draw(t, "on portal")
	h.ReturnByPost = rapid.Bool().Draw(t, "by post")
	return h
}

// genFeeLine draws a valid fee line (Law on Fees and Charges 97/2015/QH13).
func genFeeLine() *rapid.Generator[dossier.FeeLine] {
	return rapid.Custom(func(t *rapid.T) dossier.FeeLine {
		return dossier.FeeLine{
			Name:   rapid.SampledFrom([]string{"Lệ phí đăng ký khai sinh", "Phí sao y", "Lệ phí cấp bản sao"}).Draw(t, "fee name"),
			Code:   rapid.SampledFrom([]string{"", "LP01"}).Draw(t, "fee code"),
			Amount: decimal.New(int64(rapid.IntRange(0, 1_000_000).Draw(t, "fee")), int32(rapid.IntRange(-4, 3).Draw(t, "fee exp"))),
			Kind:   rapid.SampledFrom([]dossier.FeeKind{dossier.Fee, dossier.Charge}).Draw(t, "fee kind"),
		}
	})
}

// genResult draws a result document (Decree 45/2020/NĐ-CP Art. 14).
func genResult() *rapid.Generator[dossier.ResultDocument] {
	return rapid.Custom(func(t *rapid.T) dossier.ResultDocument {
		return dossier.ResultDocument{
			Name: rapid.SampledFrom([]string{"Giấy khai sinh", "Văn bản từ chối"}).Draw(t, "result name"),
			Code: rapid.SampledFrom([]string{"", "KQ-2026-0007"}).Draw(t, "result code"),
			Link: rapid.SampledFrom([]string{"", "https://dvc.example.vn/kq/7"}).Draw(t, "result link"),
		}
	})
}

// checkReplay checks that Replay of d's header and log gives d.
func checkReplay(t interface{ Fatalf(string, ...any) }, d dossier.Dossier) {
	r, err := dossier.Replay(d.Header(), d.Events(), sched())
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	if !r.Equal(d) || r.Status() != d.Status() || r.Code() != d.Code() || r.Due() != d.Due() ||
		r.Flags() != d.Flags() || r.Outcome() != d.Outcome() || r.Supplements() != d.Supplements() || r.Regime() != d.Regime() {
		t.Fatalf("Replay differs: status %s/%s due %s/%s flags %+v/%+v", r.Status(), d.Status(), r.Due(), d.Due(), r.Flags(), d.Flags())
	}
}

// checkJSON checks that Marshal → Unmarshal → Marshal gives the same bytes
// and an Equal dossier.
func checkJSON(t interface{ Fatalf(string, ...any) }, d dossier.Dossier) {
	b1, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	u, err := dossier.Unmarshal(b1, sched())
	if err != nil {
		t.Fatalf("Unmarshal: %v\n%s", err, b1)
	}
	b2, err := json.Marshal(u)
	if err != nil {
		t.Fatalf("Marshal again: %v", err)
	}
	if !bytes.Equal(b1, b2) {
		t.Fatalf("JSON round trip differs:\n%s\n%s", b1, b2)
	}
	if !u.Equal(d) || u.Status() != d.Status() || u.Due() != d.Due() || u.Flags() != d.Flags() {
		t.Fatalf("Unmarshal differs")
	}
}

// BUG pin: an event ends only its own pause. A supplement does not end the
// wait for a payment (it would restart the whole limit), a payment does not
// end the wait for a supplement, and a transfer happens once, from
// Received. The transition table is by status; the commands must also
// respect which edge they take.
func TestEventsTakeTheirOwnEdge(t *testing.T) {
	d := tenOnMar(t)
	obligation := must(t)(d.RequestObligation(at(2026, time.March, 4, 10, 0), testActor, decimal.NewFromInt(1)))
	supplement := must(t)(d.RequestSupplement(at(2026, time.March, 4, 10, 0), testActor, []string{"x"}, ""))
	later := at(2026, time.March, 13, 10, 0)

	got, err := obligation.Supplement(later, "cong-dan")
	refused(t, obligation, got, err, dossier.ErrTransition)
	got, err = obligation.Transfer(later, testActor)
	refused(t, obligation, got, err, dossier.ErrTransition)
	got, err = supplement.PayObligation(later, "cong-dan")
	refused(t, supplement, got, err, dossier.ErrTransition)
	got, err = supplement.Transfer(later, testActor)
	refused(t, supplement, got, err, dossier.ErrTransition)
}
