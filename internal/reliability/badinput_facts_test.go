package reliability

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/shopspring/decimal"
)

func init() { catalogues["facts"] = factsCatalogue }

// factsCatalogue is the part of the facts the national portal asks of a
// dossier (issue 15): the filed documents' and header's new fields, the fee
// payment (dossier.EventFeePaid) and the result documents, as commands and
// on the wire.
func factsCatalogue(sh shared) []badInput {
	plain := sh.scheds[0]
	const actor = "can-bo-mot-cua"
	var channels []procedure.TimeLimit
	for _, ch := range procedure.Channels() {
		channels = append(channels, procedure.TimeLimit{Channel: ch, Statutory: sla.WorkingDays(10)})
	}
	p := procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"ubnd-xa"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual}, Channels: channels, Source: "test",
		Components: []procedure.Component{{Name: "Tờ khai", Originals: 1, Requirement: procedure.Required}},
	})
	header := func() dossier.Header {
		return dossier.Header{
			Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
			Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
			Channel:   procedure.ChannelDirect, ReceivingUnit: "000.00.36.H57", Agency: "ubnd-xa",
			Filed:   []dossier.Filed{{Name: "Tờ khai", Originals: 1, Digitised: true, Component: "TP1"}},
			FeesDue: decimal.NewFromInt(8000),
		}
	}
	must := func(d dossier.Dossier, err error) dossier.Dossier {
		if err != nil {
			panic(err)
		}
		return d
	}
	mar2 := time.Date(2026, time.March, 2, 9, 0, 0, 0, ict)
	opened := must(dossier.Open(header(), plain))
	received, _, err := opened.Receive(mar2, actor, p, &dossier.MemorySequencer{})
	processing := must(must(received, err).Transfer(mar2.Add(time.Hour), actor))
	fee := dossier.FeeLine{Name: "Lệ phí đăng ký khai sinh", Code: "LP01", Amount: decimal.NewFromInt(8000), Kind: dossier.Charge}
	paid := must(processing.PayFee(mar2.Add(2*time.Hour), actor, dossier.PaidOnPortal, []dossier.FeeLine{fee}))
	decided := must(paid.DecideWithResults(mar2.Add(3*time.Hour), actor, true, "", []dossier.ResultDocument{{Name: "Giấy khai sinh", Code: "KQ-1"}}))
	returned := must(decided.Return(mar2.Add(4*time.Hour), actor))
	good, err := json.Marshal(decided)
	if err != nil {
		panic(err)
	}
	long := strings.Repeat("ệ", dossier.MaxText)

	// cmd runs op on d and checks that a refusal leaves d as it was.
	cmd := func(d dossier.Dossier, op func(dossier.Dossier) (dossier.Dossier, error)) func() error {
		return func() error {
			before := fmt.Sprint(d.Status(), d.Due(), len(d.Events()), d.Flags())
			got, err := op(d)
			if err != nil && (fmt.Sprint(d.Status(), d.Due(), len(d.Events()), d.Flags()) != before || !got.Equal(d)) {
				return fmt.Errorf("the refused command changed the dossier (%w): %w", errChanged, err)
			}
			return err
		}
	}
	pay := func(d dossier.Dossier, m dossier.PaymentMethod, lines ...dossier.FeeLine) func() error {
		return cmd(d, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.PayFee(mar2.Add(5*time.Hour), actor, m, lines)
		})
	}
	line := func(change func(*dossier.FeeLine)) dossier.FeeLine {
		l := fee
		change(&l)
		return l
	}
	decide := func(results ...dossier.ResultDocument) func() error {
		return cmd(processing, func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.DecideWithResults(mar2.Add(5*time.Hour), actor, true, "", results)
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
	unmarshal := func(old, new string) func() error {
		in := strings.Replace(string(good), old, new, 1)
		if in == string(good) {
			panic("facts catalogue: no " + old + " in the dossier's JSON")
		}
		return func() error { _, err := dossier.Unmarshal([]byte(in), plain); return err }
	}
	manyLines := make([]dossier.FeeLine, dossier.MaxItems+1)
	for i := range manyLines {
		manyLines[i] = fee
	}
	manyResults := make([]dossier.ResultDocument, dossier.MaxItems+1)
	for i := range manyResults {
		manyResults[i] = dossier.ResultDocument{Name: "Bản sao"}
	}

	return []badInput{
		// The header's facts.
		{"facts/replaced result without reuse", openWith(func(h *dossier.Header) { h.Filed[0].Replaces = "KQ-0" }), dossier.ErrInvalid, inputError},
		{"facts/filed on the portal at the desk", openWith(func(h *dossier.Header) { h.FiledOnPortal = true }), dossier.ErrInvalid, inputError},
		{"facts/component over MaxText", openWith(func(h *dossier.Header) { h.Filed[0].Component = long }), dossier.ErrTooLarge, inputError},
		{"facts/link over MaxText", openWith(func(h *dossier.Header) { h.Filed[0].Link = long }), dossier.ErrTooLarge, inputError},
		// PayFee.
		{"facts/pay with no method", pay(processing, dossier.PaymentUnknown, fee), dossier.ErrInvalid, commandError},
		{"facts/pay with method 200", pay(processing, dossier.PaymentMethod(200), fee), dossier.ErrInvalid, commandError},
		{"facts/pay no lines", pay(processing, dossier.PaidAtDesk), dossier.ErrInvalid, commandError},
		{"facts/pay over MaxItems lines", pay(processing, dossier.PaidAtDesk, manyLines...), dossier.ErrTooLarge, commandError},
		{"facts/pay an unnamed line", pay(processing, dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Name = "" })), dossier.ErrInvalid, commandError},
		{"facts/pay a line without kind", pay(processing, dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Kind = 0 })), dossier.ErrInvalid, commandError},
		{"facts/pay a negative amount", pay(processing, dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Amount = decimal.NewFromInt(-8000) })), dossier.ErrInvalid, commandError},
		{"facts/pay 10^30 đồng", pay(processing, dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Amount = decimal.New(1, 30) })), dossier.ErrInvalid, commandError},
		{"facts/pay a name over MaxText", pay(processing, dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Name = long })), dossier.ErrTooLarge, commandError},
		{"facts/pay after the return", pay(returned, dossier.PaidAtDesk, fee), dossier.ErrTransition, commandError},
		{"facts/pay before submission or receipt", pay(opened, dossier.PaidAtDesk, fee), dossier.ErrTransition, commandError},
		// DecideWithResults.
		{"facts/unnamed result", decide(dossier.ResultDocument{Code: "KQ-1"}), dossier.ErrInvalid, commandError},
		{"facts/result link over MaxText", decide(dossier.ResultDocument{Name: "Giấy", Link: long}), dossier.ErrTooLarge, commandError},
		{"facts/over MaxItems results", decide(manyResults...), dossier.ErrTooLarge, commandError},
		// The wire.
		{"facts/wire fee amount as a number", unmarshal(`"amount":"8000"`, `"amount":8000`), dossier.ErrSyntax, inputError},
		{"facts/wire fee amount of a million digits", unmarshal(`"amount":"8000"`, `"amount":"`+strings.Repeat("9", 1_000_000)+`"`), dossier.ErrSyntax, inputError},
		{"facts/wire fee amount with an exponent", unmarshal(`"amount":"8000"`, `"amount":"8e3"`), dossier.ErrSyntax, inputError},
		{"facts/wire fee amount of 5 decimals", unmarshal(`"amount":"8000"`, `"amount":"8000.00001"`), dossier.ErrSyntax, inputError},
		{"facts/wire unknown payment", unmarshal(`"payment":"portal"`, `"payment":"momo"`), dossier.ErrSyntax, inputError},
		{"facts/wire payment in capitals", unmarshal(`"payment":"portal"`, `"payment":"PORTAL"`), dossier.ErrSyntax, inputError},
		{"facts/wire unknown fee kind", unmarshal(`"kind":"charge"`, `"kind":"tax"`), dossier.ErrSyntax, inputError},
		{"facts/wire unknown key in a fee line", unmarshal(`"kind":"charge"`, `"kind":"charge","vat":"10"`), dossier.ErrSyntax, inputError},
		{"facts/wire fee lines as an object", unmarshal(`"fees":[`, `"fees":{"x":`), dossier.ErrSyntax, inputError},
		{"facts/wire results on a transfer", unmarshal(`"agency":"ubnd-xa"}`, `"agency":"ubnd-xa","results":[{"name":"x"}]}`), dossier.ErrSyntax, inputError},
		{"facts/wire payment on a transfer", unmarshal(`"agency":"ubnd-xa"}`, `"agency":"ubnd-xa","payment":"desk"}`), dossier.ErrSyntax, inputError},
		{"facts/wire reuse flag as a string", unmarshal(`"component":"TP1"`, `"component":"TP1","reused":"yes"`), dossier.ErrSyntax, inputError},
		{"facts/wire VNeID flag as a number", unmarshal(`"fees_due":"8000"`, `"fees_due":"8000","vneid_verified":1`), dossier.ErrSyntax, inputError},
		{"facts/wire a payment without lines", unmarshal(`,"fees":[{"name":"Lệ phí đăng ký khai sinh","code":"LP01","amount":"8000","kind":"charge"}]`, ``), dossier.ErrInvalid, replayError},
	}
}
