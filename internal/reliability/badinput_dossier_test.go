package reliability

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

func init() { catalogues["dossier"] = dossierCatalogue }

var (
	inputError   = as[*dossier.InputError]()
	commandError = as[*dossier.CommandError]()
	replayError  = as[*dossier.ReplayError]()
	formState    = as[*form.StateError]()
	formInput    = as[*form.InputError]()
)

// failingSequencer fails as a vendor's database might.
type failingSequencer struct{}

var errDatabase = errors.New("database unavailable")

func (failingSequencer) Next(string, date.Date) (int, error) { return 0, errDatabase }

// overflowingSequencer hands out a number no four-digit code can hold.
type overflowingSequencer struct{}

func (overflowingSequencer) Next(string, date.Date) (int, error) { return 10_000, nil }

// dossierCatalogue is the dossier part: malformed headers and wire codes,
// and semantic attacks — forged instants, illegal transitions, supplement
// windows, apologies, oversized logs and texts, report misuse.
func dossierCatalogue(sh shared) []badInput {
	plain := sh.scheds[0]
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ict) }
	const actor = "can-bo-mot-cua"
	items := []string{"Giấy chứng sinh"}

	proc := func(limit sla.Limit) procedure.Procedure {
		var channels []procedure.TimeLimit
		for _, ch := range procedure.Channels() {
			channels = append(channels, procedure.TimeLimit{Channel: ch, Statutory: limit})
		}
		return procedure.MustNew(procedure.Spec{
			Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
			Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"ubnd-xa"},
			Subjects: []procedure.Subject{procedure.SubjectIndividual}, Channels: channels, Source: "test",
			Components: []procedure.Component{
				{Name: "Tờ khai", Originals: 1, Requirement: procedure.Required},
				{Name: "Giấy chứng sinh", Originals: 1, Requirement: procedure.Required},
				{Name: "Văn bản ủy quyền", Originals: 1, Requirement: procedure.Conditional, Condition: "Trường hợp ủy quyền"},
			},
		})
	}
	tenDays := proc(sla.WorkingDays(10))
	otherSpec := tenDays.Spec()
	otherSpec.Code = "1.000894"
	other := procedure.MustNew(otherSpec)
	header := func() dossier.Header {
		return dossier.Header{
			Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
			Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
			Channel:   procedure.ChannelDirect, ReceivingUnit: "000.00.36.H57", Agency: "ubnd-xa",
			Filed:   []dossier.Filed{{Name: "Tờ khai", Originals: 1, Digitised: true}, {Name: "Giấy chứng sinh", Originals: 1, Digitised: true}},
			FeesDue: decimal.NewFromInt(8000),
		}
	}
	must := func(d dossier.Dossier, err error) dossier.Dossier {
		if err != nil {
			panic(err)
		}
		return d
	}
	opened := func() dossier.Dossier { return must(dossier.Open(header(), plain)) }
	receivedOn := func(t time.Time) dossier.Dossier {
		d, _, err := opened().Receive(t, actor, tenDays, &dossier.MemorySequencer{})
		return must(d, err)
	}
	mar2 := at(2026, time.March, 2, 9, 0) // a Monday, 2025 regime
	jun2 := at(2025, time.June, 2, 9, 0)  // a Monday, 2018 regime
	received := receivedOn(mar2)
	processing := must(received.Transfer(mar2.Add(time.Hour), actor))
	decided := must(processing.Decide(mar2.Add(2*time.Hour), actor, true, ""))
	apologised := must(processing.Apologise(at(2026, time.March, 10, 9, 0), actor, processing.Due()+7, "Cần xác minh"))
	supplemented := must(must(processing.RequestSupplement(at(2026, time.March, 3, 9, 0), actor, items, "")).Supplement(at(2026, time.March, 4, 9, 0), "cong-dan"))
	old := must(receivedOn(jun2).Transfer(jun2.Add(time.Hour), actor))
	oldSupplemented := must(must(old.RequestSupplement(at(2025, time.June, 4, 9, 0), actor, items, "")).Supplement(at(2025, time.June, 9, 9, 0), "cong-dan"))

	// cmd runs op on d and checks that a refusal leaves d as it was and
	// returns it unchanged.
	cmd := func(d dossier.Dossier, op func(dossier.Dossier) (dossier.Dossier, error)) func() error {
		return func() error {
			before := fmt.Sprint(d.Status(), d.Due(), len(d.Events()), d.Flags(), d.Supplements())
			got, err := op(d)
			if err != nil {
				after := fmt.Sprint(d.Status(), d.Due(), len(d.Events()), d.Flags(), d.Supplements())
				if after != before || !got.Equal(d) {
					return fmt.Errorf("the refused command changed the dossier (%w): %w", errChanged, err)
				}
			}
			return err
		}
	}
	receive := func(d dossier.Dossier, now time.Time, who string, p procedure.Procedure, seq dossier.Sequencer, applicable ...string) func() error {
		return cmd(d, func(d dossier.Dossier) (dossier.Dossier, error) {
			out, _, err := d.Receive(now, who, p, seq, applicable...)
			return out, err
		})
	}
	openWith := func(change func(*dossier.Header)) func() error {
		return func() error {
			h := header()
			change(&h)
			_, err := dossier.Open(h, plain)
			return err
		}
	}
	replay := func(d dossier.Dossier, change func([]dossier.Event) []dossier.Event) func() error {
		return func() error {
			_, err := dossier.Replay(d.Header(), change(d.Events()), plain)
			return err
		}
	}
	longLog := func(n int) []dossier.Event {
		events := processing.Events()
		now := mar2.Add(2 * time.Hour)
		for len(events) < n {
			now = now.Add(time.Second)
			events = append(events, dossier.Event{Kind: dossier.EventObligationRequested, At: now, Actor: actor, Amount: decimal.NewFromInt(1)})
			now = now.Add(time.Second)
			events = append(events, dossier.Event{Kind: dossier.EventObligationPaid, At: now, Actor: actor})
		}
		return events[:n]
	}
	march := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	report := func() *dossier.Report[string] {
		r, err := dossier.NewReport[string](march, nil)
		if err != nil {
			panic(err)
		}
		return r
	}
	office := form.Office{UnitName: "Bộ phận Một cửa xã Tân Lập", Place: "Tân Lập"}
	huge := decimal.New(1, 1_000_000)

	rows := []badInput{
		// Headers.
		{"dossier/open with a nil schedule", func() error { _, err := dossier.Open(header(), nil); return err }, dossier.ErrInvalid, inputError},
		{"dossier/open: procedure code malformed", openWith(func(h *dossier.Header) { h.Procedure.Code = "1.00119" }), dossier.ErrSyntax, inputError},
		{"dossier/open: no procedure name", openWith(func(h *dossier.Header) { h.Procedure.Name = " " }), dossier.ErrInvalid, inputError},
		{"dossier/open: 11-digit personal ID", openWith(func(h *dossier.Header) { h.Applicant.ID = "00109001234" }), dossier.ErrSyntax, inputError},
		{"dossier/open: personal ID of no province", openWith(func(h *dossier.Header) { h.Applicant.ID = "999090012345" }), dossier.ErrInvalid, inputError},
		{"dossier/open: applicant kind unset", openWith(func(h *dossier.Header) { h.Applicant.Kind = dossier.ApplicantUnknown }), dossier.ErrInvalid, inputError},
		{"dossier/open: tax code with letters", openWith(func(h *dossier.Header) {
			h.Applicant = dossier.Applicant{Kind: dossier.ApplicantOrganisation, Name: "Công ty A", ID: "01001O9106"}
		}), dossier.ErrSyntax, inputError},
		{"dossier/open: receiving unit in lower case", openWith(func(h *dossier.Header) { h.ReceivingUnit = "000.00.36.h57" }), dossier.ErrSyntax, inputError},
		{"dossier/open: no competent agency", openWith(func(h *dossier.Header) { h.Agency = "" }), dossier.ErrInvalid, inputError},
		{"dossier/open: negative originals", openWith(func(h *dossier.Header) { h.Filed[0].Originals = -1 }), dossier.ErrInvalid, inputError},
		{"dossier/open: 501 filed documents", openWith(func(h *dossier.Header) {
			h.Filed = make([]dossier.Filed, dossier.MaxFiled+1)
			for i := range h.Filed {
				h.Filed[i] = dossier.Filed{Name: fmt.Sprint("Giấy ", i), Originals: 1}
			}
		}), dossier.ErrTooLarge, inputError},
		{"dossier/open: 2^62 copies of one document", openWith(func(h *dossier.Header) { h.Filed[0].Copies = 1 << 62 }), dossier.ErrTooLarge, inputError},
		{"dossier/open: applicant address of 1 MB", openWith(func(h *dossier.Header) { h.Applicant.Address = strings.Repeat("Hà Nội ", 150_000) }), dossier.ErrTooLarge, inputError},
		{"dossier/open: negative fees", openWith(func(h *dossier.Header) { h.FeesDue = decimal.NewFromInt(-1) }), dossier.ErrInvalid, inputError},
		{"dossier/open: fees of 10^1000000 đồng", openWith(func(h *dossier.Header) { h.FeesDue = huge }), dossier.ErrInvalid, inputError},

		// Wire codes.
		{"dossier/status code unknown", func() error { var s dossier.Status; return s.UnmarshalText([]byte("closed")) }, dossier.ErrSyntax, inputError},
		{"dossier/status code in capitals", func() error { var s dossier.Status; return s.UnmarshalText([]byte("RECEIVED")) }, dossier.ErrSyntax, inputError},
		{"dossier/event kind unknown", func() error { var k dossier.EventKind; return k.UnmarshalText([]byte("teleported")) }, dossier.ErrSyntax, inputError},
		{"dossier/applicant kind capitalised", func() error { var k dossier.ApplicantKind; return k.UnmarshalText([]byte("Individual")) }, dossier.ErrSyntax, inputError},
		{"dossier/marshal an invalid status", func() error { _, err := dossier.Status(42).MarshalText(); return err }, dossier.ErrInvalid, inputError},
		{"dossier/national status code 11", func() error { _, err := dossier.StatusFromNationalCode(11); return err }, dossier.ErrSyntax, inputError},
		{"dossier/form kind unknown", func() error { var k form.Kind; return k.UnmarshalText([]byte(strings.Repeat("ệ", 1000))) }, form.ErrSyntax, formInput},

		// Receipt.
		{"dossier/receive in year 10000", receive(opened(), time.Date(10000, 1, 3, 9, 0, 0, 0, ict), actor, tenDays, &dossier.MemorySequencer{}), dossier.ErrInvalid, commandError},
		{"dossier/receive in 1899", receive(opened(), time.Date(1899, 12, 29, 9, 0, 0, 0, ict), actor, tenDays, &dossier.MemorySequencer{}), dossier.ErrInvalid, commandError},
		{"dossier/receive with no actor", receive(opened(), mar2, " ", tenDays, &dossier.MemorySequencer{}), dossier.ErrInvalid, commandError},
		{"dossier/receive under another procedure", receive(opened(), mar2, actor, other, &dossier.MemorySequencer{}), dossier.ErrInvalid, commandError},
		{"dossier/receive an incomplete dossier", receive(opened(), mar2, actor, tenDays, &dossier.MemorySequencer{}, "Văn bản ủy quyền"), dossier.ErrIncomplete, commandError},
		{"dossier/receive answering no condition", receive(opened(), mar2, actor, tenDays, &dossier.MemorySequencer{}, "Tờ khai"), dossier.ErrInvalid, commandError},
		{"dossier/receive without a sequencer", receive(opened(), mar2, actor, tenDays, nil), dossier.ErrInvalid, commandError},
		{"dossier/receive with a failing sequencer", receive(opened(), mar2, actor, tenDays, failingSequencer{}), dossier.ErrSequencer, commandError},
		{"dossier/receive the 10000th dossier of a day", receive(opened(), mar2, actor, tenDays, overflowingSequencer{}), dossier.ErrSequenceExhausted, commandError},
		{"dossier/receive twice", receive(received, mar2.Add(time.Hour), actor, tenDays, &dossier.MemorySequencer{}), dossier.ErrTransition, commandError},
		{"dossier/submit a paper dossier", cmd(opened(), func(d dossier.Dossier) (dossier.Dossier, error) { return d.Submit(mar2, actor) }), dossier.ErrRule, commandError},
		{"dossier/command on the zero Dossier", cmd(dossier.Dossier{}, func(d dossier.Dossier) (dossier.Dossier, error) { return d.Transfer(mar2, actor) }), dossier.ErrInvalid, commandError},

		// Illegal transitions.
		{"dossier/transfer before receipt", cmd(opened(), func(d dossier.Dossier) (dossier.Dossier, error) { return d.Transfer(mar2, actor) }), dossier.ErrTransition, commandError},
		{"dossier/decide before transfer", cmd(received, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Decide(mar2.Add(time.Hour), actor, true, "")
		}), dossier.ErrTransition, commandError},
		{"dossier/return before a result", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) { return d.Return(mar2.Add(2*time.Hour), actor) }), dossier.ErrTransition, commandError},
		{"dossier/withdraw after a result", cmd(decided, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestWithdrawal(mar2.Add(3*time.Hour), "cong-dan", "Không cần nữa")
		}), dossier.ErrTransition, commandError},
		{"dossier/pay an obligation never asked", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) { return d.PayObligation(mar2.Add(2*time.Hour), actor) }), dossier.ErrTransition, commandError},

		// Forged instants and actors.
		{"dossier/decide in year -1", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Decide(time.Date(-1, 1, 1, 9, 0, 0, 0, ict), actor, true, "")
		}), dossier.ErrInvalid, commandError},
		{"dossier/transfer in 2200", cmd(received, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Transfer(time.Date(2200, 1, 2, 9, 0, 0, 0, ict), actor)
		}), dossier.ErrInvalid, commandError},
		{"dossier/backdated decision", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Decide(mar2.Add(-time.Hour), actor, true, "")
		}), dossier.ErrRule, commandError},
		{"dossier/decide with no actor", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) { return d.Decide(mar2.Add(2*time.Hour), "", true, "") }), dossier.ErrInvalid, commandError},
		{"dossier/actor of 5000 bytes", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Decide(mar2.Add(2*time.Hour), strings.Repeat("x", 5000), true, "")
		}), dossier.ErrTooLarge, commandError},
		{"dossier/refusal after appraisal without reasons", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Decide(mar2.Add(2*time.Hour), actor, false, "")
		}), dossier.ErrInvalid, commandError},

		// Supplement windows (Decree 61/2018 Art. 19(4); 118/2025 Art. 11(2)).
		{"dossier/supplement requested after the 3-day window", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestSupplement(at(2026, time.March, 6, 9, 0), actor, items, "")
		}), dossier.ErrRule, commandError},
		{"dossier/second supplement request under 2025", cmd(supplemented, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestSupplement(at(2026, time.March, 5, 9, 0), actor, items, "")
		}), dossier.ErrRule, commandError},
		{"dossier/second request outside the window under 2018", cmd(oldSupplemented, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestSupplement(at(2025, time.June, 16, 9, 0), actor, items, "")
		}), dossier.ErrRule, commandError},
		{"dossier/supplement request listing nothing", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestSupplement(at(2026, time.March, 3, 9, 0), actor, nil, "")
		}), dossier.ErrInvalid, commandError},
		{"dossier/supplement request of 201 items", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestSupplement(at(2026, time.March, 3, 9, 0), actor, make([]string, dossier.MaxItems+1), "")
		}), dossier.ErrTooLarge, commandError},

		// Apologies (Decree 61/2018 Art. 19(9)).
		{"dossier/apology on the due date", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Apologise(d.Due().Time(9*60*60*1e9, ict), actor, d.Due()+7, "Cần xác minh")
		}), dossier.ErrRule, commandError},
		{"dossier/second apology", cmd(apologised, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Apologise(at(2026, time.March, 11, 9, 0), actor, d.Due()+7, "Cần xác minh")
		}), dossier.ErrRule, commandError},
		{"dossier/apology without a reason", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Apologise(at(2026, time.March, 10, 9, 0), actor, d.Due()+7, "")
		}), dossier.ErrInvalid, commandError},
		{"dossier/re-appointment before the due date", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Apologise(at(2026, time.March, 10, 9, 0), actor, d.Due()-1, "Cần xác minh")
		}), sla.ErrBadReappointment, commandError},

		// Money and routes.
		{"dossier/negative obligation", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestObligation(mar2.Add(2*time.Hour), actor, decimal.NewFromInt(-5))
		}), dossier.ErrInvalid, commandError},
		{"dossier/obligation of 10^1000000 đồng", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.RequestObligation(mar2.Add(2*time.Hour), actor, huge)
		}), dossier.ErrInvalid, commandError},
		{"dossier/route step without a route", cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.StartStep(mar2.Add(2*time.Hour), actor, "khai-sinh", "ubnd-xa")
		}), dossier.ErrRule, commandError},

		// Logs.
		{"dossier/command on a full log", cmd(must(dossier.Replay(header(), longLog(dossier.MaxEvents), plain)), func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.Decide(mar2.Add(3*time.Hour), actor, true, "")
		}), dossier.ErrTooLarge, commandError},
		{"dossier/replay of 1001 events", func() error { _, err := dossier.Replay(header(), longLog(dossier.MaxEvents+1), plain); return err }, dossier.ErrTooLarge, replayError},
		{"dossier/replay with an instant in year 10000", replay(decided, func(es []dossier.Event) []dossier.Event {
			es[len(es)-1].At = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
			return es
		}), dossier.ErrInvalid, replayError},
		{"dossier/replay starting with a return", replay(decided, func(es []dossier.Event) []dossier.Event {
			return []dossier.Event{{Kind: dossier.EventReturned, At: mar2, Actor: actor}}
		}), dossier.ErrTransition, replayError},
		{"dossier/replay with another unit's code", replay(received, func(es []dossier.Event) []dossier.Event {
			es[0].Code = "000.00.36.H58-260302-0001"
			return es
		}), dossier.ErrInvalid, replayError},
		{"dossier/replay with an invalid kind", replay(received, func(es []dossier.Event) []dossier.Event {
			return append(es, dossier.Event{Kind: 99, At: mar2.Add(time.Hour), Actor: actor})
		}), dossier.ErrInvalid, replayError},
		{"dossier/replay with instants out of order", replay(decided, func(es []dossier.Event) []dossier.Event {
			es[len(es)-1].At = mar2.Add(-time.Hour)
			return es
		}), dossier.ErrRule, replayError},
		{"dossier/replay with an empty actor", replay(decided, func(es []dossier.Event) []dossier.Event {
			es[1].Actor = ""
			return es
		}), dossier.ErrInvalid, replayError},

		{"dossier/unmarshal an unknown event kind", unmarshalWith(received, plain, `"kind":"received"`, `"kind":"teleported"`), dossier.ErrSyntax, inputError},
		{"dossier/unmarshal fees due with a leading zero", unmarshalWith(received, plain, `"fees_due":"`, `"fees_due":"0`), dossier.ErrSyntax, inputError},
		{"dossier/unmarshal a capitalised applicant kind", unmarshalWith(received, plain, `"kind":"individual"`, `"kind":"Individual"`), dossier.ErrSyntax, inputError},

		// Reports.
		{"dossier/report period reversed", func() error {
			_, err := dossier.NewReport[string](dossier.Period{From: march.To, To: march.From}, nil)
			return err
		}, dossier.ErrInvalid, inputError},
		{"dossier/add to a nil report", func() error { var r *dossier.Report[string]; return r.Add(decided) }, dossier.ErrInvalid, inputError},
		{"dossier/add the zero dossier", func() error { return report().Add(dossier.Dossier{}) }, dossier.ErrInvalid, inputError},
		{"dossier/merge nil", func() error { return report().Merge(nil) }, dossier.ErrInvalid, inputError},
		{"dossier/merge reports of different periods", func() error {
			other, _ := dossier.NewReport[string](dossier.Period{From: march.From, To: march.To + 1}, nil)
			return report().Merge(other)
		}, dossier.ErrInvalid, inputError},

		// Forms.
		{"dossier/form 01 of a dossier never received", func() error { _, err := form.ReceiptOf(opened(), office); return err }, form.ErrState, formState},
		{"dossier/form 01 of the zero Dossier", func() error { _, err := form.ReceiptOf(dossier.Dossier{}, office); return err }, form.ErrInvalid, formInput},
		{"dossier/form 01 without an office name", func() error { _, err := form.ReceiptOf(received, form.Office{Place: "Tân Lập"}); return err }, form.ErrInvalid, formInput},
	}
	for i := range rows {
		rows[i].run = namesItsPackageOnce(rows[i].run)
	}
	return rows
}

// unmarshalWith marshals d, replaces old by new once, and unmarshals it.
func unmarshalWith(d dossier.Dossier, s *sla.Schedule, old, new string) func() error {
	return func() error {
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		_, err = dossier.Unmarshal([]byte(strings.Replace(string(b), old, new, 1)), s)
		return err
	}
}

// namesItsPackageOnce checks the error contract's wording (issue 18.1): a
// message starts with its package's name, once; a breach is returned as an
// error that wraps nothing, so the row fails.
func namesItsPackageOnce(run func() error) func() error {
	return func() error {
		err := run()
		if err == nil || errors.Is(err, errChanged) {
			return err
		}
		msg := err.Error()
		pkg, _, _ := strings.Cut(msg, ": ")
		if (pkg != "dossier" && pkg != "form") || strings.Count(msg, pkg+": ") != 1 {
			return fmt.Errorf("the message does not name its package once: %q", msg)
		}
		return err
	}
}
