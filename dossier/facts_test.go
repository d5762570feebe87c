package dossier_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
)

// The facts the national portal asks for, on the header (issue 15):
// valid and invalid, and the size limits.
func TestHeaderPortalFacts(t *testing.T) {
	long := strings.Repeat("x", dossier.MaxText+1)
	for _, tc := range []struct {
		name   string // source
		ch     bool   // online channel
		change func(h *dossier.Header)
		want   error // nil: valid
	}{
		{"reused with the result it replaces (Decree 107/2021/NĐ-CP)", false, func(h *dossier.Header) {
			h.Filed[0].Reused, h.Filed[0].Replaces = true, "KQ-2025-0001"
		}, nil},
		{"taken from the data store (Decree 45/2020/NĐ-CP Art. 16)", false, func(h *dossier.Header) {
			h.Filed[1].FromDataStore, h.Filed[1].Component, h.Filed[1].Link = true, "TP02", "kho/2025/17"
		}, nil},
		{"VNeID-verified account (Decree 69/2024/NĐ-CP)", true, func(h *dossier.Header) { h.VNeIDVerified = true }, nil},
		{"filed on the portal, online (Decree 42/2022/NĐ-CP)", true, func(h *dossier.Header) { h.FiledOnPortal = true }, nil},
		{"return by post", false, func(h *dossier.Header) { h.ReturnByPost = true }, nil},
		{"a replaced result without reuse", false, func(h *dossier.Header) { h.Filed[0].Replaces = "KQ-2025-0001" }, dossier.ErrInvalid},
		{"filed on the portal at the desk", false, func(h *dossier.Header) { h.FiledOnPortal = true }, dossier.ErrInvalid},
		{"component over MaxText", false, func(h *dossier.Header) { h.Filed[0].Component = long }, dossier.ErrTooLarge},
		{"link over MaxText", false, func(h *dossier.Header) { h.Filed[0].Link = long }, dossier.ErrTooLarge},
		{"replaced result over MaxText", false, func(h *dossier.Header) { h.Filed[0].Reused, h.Filed[0].Replaces = true, long }, dossier.ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := directCh
			if tc.ch {
				ch = onlineCh
			}
			h := header(ch, complete(true))
			tc.change(&h)
			d, err := dossier.Open(h, sched())
			if tc.want == nil {
				require.NoError(t, err)
				assert.True(t, d.Header().Equal(h))
				checkJSON(t, d)
				return
			}
			var ie *dossier.InputError
			require.True(t, errors.As(err, &ie), "%T: %v", err, err)
			assert.ErrorIs(t, err, tc.want)
			assertContract(t, err)
		})
	}
}

// Header.Equal sees the new flags.
func TestHeaderEqualSeesPortalFlags(t *testing.T) {
	for _, f := range []func(*dossier.Header){
		func(h *dossier.Header) { h.VNeIDVerified = true },
		func(h *dossier.Header) { h.FiledOnPortal = true },
		func(h *dossier.Header) { h.ReturnByPost = true },
		func(h *dossier.Header) { h.Filed[0].Link = "x" },
	} {
		h, o := header(onlineCh, complete(true)), header(onlineCh, complete(true))
		f(&o)
		assert.False(t, h.Equal(o))
	}
}

// Regression: under the 2025 regime a paper dossier whose documents were
// reused or taken from the data store has nothing to digitise; it was
// refused before (Decree 118/2025/NĐ-CP Art. 17(1)(c) asks for paper to be
// scanned; Decree 107/2021/NĐ-CP and Decree 45/2020/NĐ-CP Art. 16 spare the
// applicant the paper).
func TestReceiveElectronicDocumentsNeedNoScan(t *testing.T) {
	filed := complete(false)
	filed[0].Reused, filed[0].Replaces = true, "KQ-2025-0001"
	filed[1].FromDataStore = true
	d := open(t, header(directCh, filed))
	got, in, err := d.Receive(mar2, testActor, testProc(t, tenDays), &dossier.MemorySequencer{})
	require.NoError(t, err)
	assert.True(t, in.Complete())
	assert.Equal(t, dossier.Received, got.Status())

	// A paper document not digitised is still refused.
	filed[1].FromDataStore = false
	d = open(t, header(directCh, filed))
	got, _, err = d.Receive(mar2, testActor, testProc(t, tenDays), &dossier.MemorySequencer{})
	refused(t, d, got, err, dossier.ErrRule)
}

var birthFee = dossier.FeeLine{Name: "Lệ phí đăng ký khai sinh", Code: "LP01", Amount: decimal.NewFromInt(8000), Kind: dossier.Charge}

// PayFee: the payment method and the fee lines (Decree 42/2022/NĐ-CP; Law on
// Fees and Charges 97/2015/QH13); a refused payment changes nothing.
func TestPayFee(t *testing.T) {
	long := strings.Repeat("x", dossier.MaxText+1)
	later := mar2.Add(2 * time.Hour)
	many := make([]dossier.FeeLine, dossier.MaxItems+1)
	for i := range many {
		many[i] = birthFee
	}
	line := func(f func(*dossier.FeeLine)) []dossier.FeeLine {
		l := birthFee
		f(&l)
		return []dossier.FeeLine{l}
	}
	for _, tc := range []struct {
		name   string
		method dossier.PaymentMethod
		lines  []dossier.FeeLine
		want   error
	}{
		{"on the portal (Decree 42/2022/NĐ-CP)", dossier.PaidOnPortal, []dossier.FeeLine{birthFee}, nil},
		{"through a local gateway", dossier.PaidThroughLocalGateway, []dossier.FeeLine{birthFee}, nil},
		{"at the desk, a fee and a charge (Law 97/2015/QH13 Art. 3)", dossier.PaidAtDesk,
			[]dossier.FeeLine{birthFee, {Name: "Phí sao y", Amount: decimal.RequireFromString("2000.5"), Kind: dossier.Fee}}, nil},
		{"an exempted line of 0", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Amount = decimal.Zero }), nil},
		{"MaxItems lines", dossier.PaidAtDesk, many[:dossier.MaxItems], nil},
		{"no method", dossier.PaymentUnknown, []dossier.FeeLine{birthFee}, dossier.ErrInvalid},
		{"an unknown method", dossier.PaymentMethod(9), []dossier.FeeLine{birthFee}, dossier.ErrInvalid},
		{"no lines", dossier.PaidAtDesk, nil, dossier.ErrInvalid},
		{"over MaxItems lines", dossier.PaidAtDesk, many, dossier.ErrTooLarge},
		{"an unnamed line", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Name = " " }), dossier.ErrInvalid},
		{"a line without kind", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Kind = dossier.FeeKindUnknown }), dossier.ErrInvalid},
		{"a negative amount", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Amount = decimal.NewFromInt(-1) }), dossier.ErrInvalid},
		{"five decimals", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Amount = decimal.RequireFromString("1.00001") }), dossier.ErrInvalid},
		{"over 10^15 đồng", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Amount = decimal.New(1, 16) }), dossier.ErrInvalid},
		{"a name over MaxText", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Name = long }), dossier.ErrTooLarge},
		{"a code over MaxText", dossier.PaidAtDesk, line(func(l *dossier.FeeLine) { l.Code = long }), dossier.ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := tenOnMar(t)
			got, err := d.PayFee(later, testActor, tc.method, tc.lines)
			if tc.want != nil {
				refused(t, d, got, err, tc.want)
				var ie *dossier.InputError
				assert.True(t, errors.As(err, &ie), "%T: %v", err, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, d.Status(), got.Status(), "a payment keeps the status")
			assert.Equal(t, d.Due(), got.Due(), "a payment does not move the due date")
			ev := got.Events()[len(got.Events())-1]
			assert.Equal(t, dossier.EventFeePaid, ev.Kind)
			assert.Equal(t, tc.method, ev.Payment)
			assert.Len(t, ev.Fees, len(tc.lines))
			checkReplay(t, got)
			checkJSON(t, got)
		})
	}
}

// A payment is recorded before the result is returned, not after, nor on
// a dossier withdrawn or refused (status table).
func TestPayFeeWhen(t *testing.T) {
	d := tenOnMar(t)
	fees := []dossier.FeeLine{birthFee}
	processed := must(t)(d.Decide(mar2.Add(2*time.Hour), testActor, true, ""))
	must(t)(processed.PayFee(mar2.Add(3*time.Hour), testActor, dossier.PaidAtDesk, fees)) // paid on collecting the result
	returned := must(t)(processed.Return(mar2.Add(3*time.Hour), testActor))
	got, err := returned.PayFee(mar2.Add(4*time.Hour), testActor, dossier.PaidAtDesk, fees)
	refused(t, returned, got, err, dossier.ErrTransition)
	withdrawn := must(t)(d.RequestWithdrawal(mar2.Add(2*time.Hour), "cong-dan", "Không cần nữa"))
	got, err = withdrawn.PayFee(mar2.Add(3*time.Hour), testActor, dossier.PaidAtDesk, fees)
	refused(t, withdrawn, got, err, dossier.ErrTransition)
	opened := open(t, header(directCh, complete(true)))
	got, err = opened.PayFee(mar2, testActor, dossier.PaidAtDesk, fees)
	refused(t, opened, got, err, dossier.ErrTransition)
}

// The dossier keeps its own copy of the fee lines and the result
// documents: the caller's slices are theirs.
func TestPayFeeAndResultsOwnTheirSlices(t *testing.T) {
	fees := []dossier.FeeLine{birthFee}
	results := []dossier.ResultDocument{{Name: "Giấy khai sinh", Code: "KQ-1", Link: "https://dvc.example.vn/kq/1"}}
	d := must(t)(tenOnMar(t).PayFee(mar2.Add(2*time.Hour), testActor, dossier.PaidAtDesk, fees))
	d = must(t)(d.DecideWithResults(mar2.Add(3*time.Hour), testActor, true, "", results))
	fees[0].Name, results[0].Code = "changed", "changed"
	ev := d.Events()
	assert.Equal(t, birthFee.Name, ev[len(ev)-2].Fees[0].Name)
	assert.Equal(t, "KQ-1", ev[len(ev)-1].Results[0].Code)
	ev[len(ev)-1].Results[0].Code = "changed again"
	assert.Equal(t, "KQ-1", d.Events()[len(ev)-1].Results[0].Code)
}

// DecideWithResults: the result documents with codes and links (Decree
// 45/2020/NĐ-CP Art. 14; Decree 118/2025/NĐ-CP Art. 22).
func TestDecideWithResults(t *testing.T) {
	long := strings.Repeat("x", dossier.MaxText+1)
	many := make([]dossier.ResultDocument, dossier.MaxItems+1)
	for i := range many {
		many[i] = dossier.ResultDocument{Name: "Bản sao"}
	}
	for _, tc := range []struct {
		name    string
		granted bool
		reason  string
		results []dossier.ResultDocument
		want    error
	}{
		{"an electronic licence (Decree 45/2020/NĐ-CP Art. 14)", true, "", []dossier.ResultDocument{{Name: "Giấy khai sinh", Code: "KQ-1", Link: "https://dvc.example.vn/kq/1"}}, nil},
		{"a written refusal (Decree 61/2018/NĐ-CP Art. 19(8))", false, "Không đủ điều kiện", []dossier.ResultDocument{{Name: "Văn bản từ chối"}}, nil},
		{"MaxItems documents", true, "", many[:dossier.MaxItems], nil},
		{"none", true, "", nil, nil},
		{"a refusal without reasons", false, "", []dossier.ResultDocument{{Name: "Văn bản"}}, dossier.ErrInvalid},
		{"an unnamed document", true, "", []dossier.ResultDocument{{Code: "KQ-1"}}, dossier.ErrInvalid},
		{"over MaxItems documents", true, "", many, dossier.ErrTooLarge},
		{"a link over MaxText", true, "", []dossier.ResultDocument{{Name: "Giấy", Link: long}}, dossier.ErrTooLarge},
		{"a code over MaxText", true, "", []dossier.ResultDocument{{Name: "Giấy", Code: long}}, dossier.ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := tenOnMar(t)
			got, err := d.DecideWithResults(mar2.Add(2*time.Hour), testActor, tc.granted, tc.reason, tc.results)
			if tc.want != nil {
				refused(t, d, got, err, tc.want)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, dossier.Processed, got.Status())
			ev := got.Events()[len(got.Events())-1]
			assert.Len(t, ev.Results, len(tc.results))
			checkReplay(t, got)
			checkJSON(t, got)
		})
	}
}

// The enumerations of the payment: stable wire codes, strict decoding.
func TestPaymentMethodAndFeeKindText(t *testing.T) {
	for m, code := range map[dossier.PaymentMethod]string{dossier.PaidOnPortal: "portal", dossier.PaidThroughLocalGateway: "local_gateway", dossier.PaidAtDesk: "desk"} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, code, string(b))
		var back dossier.PaymentMethod
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
	}
	assert.True(t, dossier.PaidOnPortal.IsOnline() && dossier.PaidThroughLocalGateway.IsOnline() && !dossier.PaidAtDesk.IsOnline())
	for k, code := range map[dossier.FeeKind]string{dossier.Fee: "fee", dossier.Charge: "charge"} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, code, string(b))
	}
	m := dossier.PaidAtDesk
	err := m.UnmarshalText([]byte("cash"))
	assertContract(t, err)
	assert.ErrorIs(t, err, dossier.ErrSyntax)
	assert.Equal(t, dossier.PaidAtDesk, m)
	_, err = dossier.FeeKindUnknown.MarshalText()
	assert.ErrorIs(t, err, dossier.ErrInvalid)
}

// feesJSON is a dossier document with a fee payment and electronic
// results.
func feesJSON(t *testing.T) []byte {
	t.Helper()
	d := must(t)(tenOnMar(t).PayFee(mar2.Add(2*time.Hour), testActor, dossier.PaidOnPortal, []dossier.FeeLine{birthFee}))
	d = must(t)(d.DecideWithResults(mar2.Add(3*time.Hour), testActor, true, "", []dossier.ResultDocument{{Name: "Giấy khai sinh", Code: "KQ-1"}}))
	return mustJSON(t, d)
}

// The wire format of the new facts is as strict as the rest: amounts are
// bounded decimal strings, enumerations their codes, each event carries
// only the fields of its kind.
func TestUnmarshalFactsStrict(t *testing.T) {
	good := feesJSON(t)
	if _, err := dossier.Unmarshal(good, sched()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, in string }{
		{"a fee amount as a number", string(replaceOnce(t, good, `"amount":"8000"`, `"amount":8000`))},
		{"a fee amount as an exponent", string(replaceOnce(t, good, `"amount":"8000"`, `"amount":"8e3"`))},
		{"a fee amount with a sign", string(replaceOnce(t, good, `"amount":"8000"`, `"amount":"-8000"`))},
		{"a fee amount of 17 digits", string(replaceOnce(t, good, `"amount":"8000"`, `"amount":"10000000000000000"`))},
		{"a fee amount of 5 decimals", string(replaceOnce(t, good, `"amount":"8000"`, `"amount":"1.00001"`))},
		{"a fee amount of a million digits", string(replaceOnce(t, good, `"amount":"8000"`, `"amount":"`+strings.Repeat("9", 1_000_000)+`"`))},
		{"an unknown payment", string(replaceOnce(t, good, `"payment":"portal"`, `"payment":"cash"`))},
		{"an unknown fee kind", string(replaceOnce(t, good, `"kind":"charge"`, `"kind":"tax"`))},
		{"an unknown key in a fee line", string(replaceOnce(t, good, `"kind":"charge"`, `"kind":"charge","vat":"0"`))},
		{"a case-variant key in a result", string(replaceOnce(t, good, `"code":"KQ-1"`, `"Code":"KQ-1"`))},
		{"a payment without fees", string(replaceOnce(t, good, `,"fees":[{"name":"Lệ phí đăng ký khai sinh","code":"LP01","amount":"8000","kind":"charge"}]`, ``))},
		{"a fee line without a name", string(replaceOnce(t, good, `"name":"Lệ phí đăng ký khai sinh",`, ``))},
		{"a transfer with fees", string(replaceOnce(t, good, `"agency":"ubnd-xa-phuong-ba-dinh"}`, `"agency":"ubnd-xa-phuong-ba-dinh","fees":[{"name":"x","amount":"1","kind":"fee"}]}`))},
		{"a transfer with a payment", string(replaceOnce(t, good, `"agency":"ubnd-xa-phuong-ba-dinh"}`, `"agency":"ubnd-xa-phuong-ba-dinh","payment":"desk"}`))},
		{"a transfer with results", string(replaceOnce(t, good, `"agency":"ubnd-xa-phuong-ba-dinh"}`, `"agency":"ubnd-xa-phuong-ba-dinh","results":[{"name":"x"}]}`))},
		{"a payment with a reason", string(replaceOnce(t, good, `"payment":"portal"`, `"payment":"portal","reason":"x"`))},
		{"a filed document replaced without reuse", string(replaceOnce(t, good, `"originals":1,`, `"originals":1,"replaces":"KQ-0",`))},
		{"a filed flag as a string", string(replaceOnce(t, good, `"originals":1,`, `"originals":1,"reused":"true",`))},
		{"the portal flag as a number", string(replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":"8000","vneid_verified":1`))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dossier.Unmarshal([]byte(tc.in), sched())
			require.Error(t, err)
			var ie *dossier.InputError
			var re *dossier.ReplayError
			assert.True(t, errors.As(err, &ie) || errors.As(err, &re), "%T: %v", err, err)
			assertContract(t, err)
			assert.Less(t, len(err.Error()), 600, "the error quotes a short prefix")
		})
	}
}
