package dossier_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
)

// obligationJSON is a valid dossier document with a fee and an obligation.
func obligationJSON(t *testing.T) []byte {
	t.Helper()
	d := must(t)(tenOnMar(t).RequestObligation(at(2026, 3, 4, 10, 0), testActor, decimal.NewFromInt(1000)))
	return mustJSON(t, d)
}

func replaceOnce(t *testing.T, b []byte, old, new string) []byte {
	t.Helper()
	out := bytes.Replace(b, []byte(old), []byte(new), 1)
	if bytes.Equal(out, b) {
		t.Fatalf("the replacement of %s did not apply", old)
	}
	return out
}

// Issue 12.10: the dossier wire format is read with the module's one strict
// policy. Each of these was accepted before (and some silently lost data).
func TestUnmarshalStrictPolicy(t *testing.T) {
	good := obligationJSON(t)
	if _, err := dossier.Unmarshal(good, sched()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, in string }{
		// encoding/json keeps the last "events": the first log was dropped.
		{"duplicate events", strings.Replace(string(good), `"events":[`, `"events":[],"events":[`, 1)},
		{"duplicate key in an event", string(replaceOnce(t, good, `"actor":"can-bo-mot-cua",`, `"actor":"x","actor":"can-bo-mot-cua",`))},
		{"duplicate key in the header", string(replaceOnce(t, good, `"agency":"ubnd`, `"agency":"khac","agency":"ubnd`))},
		{"case-variant key", string(replaceOnce(t, good, `"header":`, `"Header":`))},
		{"case-variant nested key", string(replaceOnce(t, good, `"fees_due":`, `"Fees_Due":`))},
		{"fees as a number", string(replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":8000`))},
		{"fees as an exponent number", string(replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":8e3`))},
		{"fees as an exponent string", string(replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":"8e3"`))},
		{"fees with a sign", string(replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":"+8000"`))},
		{"fees with separators", string(replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":"8.000,00"`))},
		{"amount as a number", string(replaceOnce(t, good, `"amount":"1000"`, `"amount":1000`))},
		{"amount as an exponent", string(replaceOnce(t, good, `"amount":"1000"`, `"amount":"1e3"`))},
		{"invalid UTF-8", string(replaceOnce(t, good, `Nguyễn`, "Nguy\xe1\xbb"))},
		{"lone surrogate", string(replaceOnce(t, good, `Nguyễn`, `Nguy\ud800n`))},
		{"an obligation event with a code", string(replaceOnce(t, good, `"kind":"obligation_requested","at":"2026-03-04T10:00:00+07:00","actor":"can-bo-mot-cua","amount":"1000"`,
			`"kind":"obligation_requested","at":"2026-03-04T10:00:00+07:00","actor":"can-bo-mot-cua","amount":"1000","code":"000.00.36.H57-260302-0001"`))},
		{"a transfer with items", string(replaceOnce(t, good, `"agency":"ubnd-xa-phuong-ba-dinh"}`, `"agency":"ubnd-xa-phuong-ba-dinh","items":["x"]}`))},
		{"a receipt with an amount", string(replaceOnce(t, good, `"limit":"10 ngày làm việc"`, `"limit":"10 ngày làm việc","amount":"5"`))},
		{"an obligation with a reason", string(replaceOnce(t, good, `"amount":"1000"`, `"amount":"1000","reason":"x"`))},
		{"an empty actor", string(replaceOnce(t, good, `"actor":"can-bo-mot-cua","amount"`, `"actor":"","amount"`))},
		{"a blank actor", string(replaceOnce(t, good, `"actor":"can-bo-mot-cua","amount"`, `"actor":"  ","amount"`))},
		{"null events", string(good[:bytes.Index(good, []byte(`"events":`))]) + `"events":null}`},
		{"missing events", `{"header":` + string(good[len(`{"header":`):bytes.Index(good, []byte(`,"events"`))]) + `}`},
		{"trailing second document", string(good) + string(good)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dossier.Unmarshal([]byte(tc.in), sched())
			var ie *dossier.InputError
			if !errors.As(err, &ie) || !(errors.Is(err, dossier.ErrSyntax) || errors.Is(err, dossier.ErrInvalid)) {
				t.Fatalf("got %v, want an *InputError wrapping ErrSyntax or ErrInvalid", err)
			}
			if n := strings.Count(err.Error(), "dossier:"); n > 2 {
				t.Errorf("the error repeats the package name %d times: %v", n, err)
			}
		})
	}
}

// Issue 12.7: a long digit string in fees_due or an amount is refused after
// counting its digits, not after converting it (1 M digits took 2 s and
// 2.2 GB, and the error repeated every digit).
func TestUnmarshalBoundsDigits(t *testing.T) {
	good := obligationJSON(t)
	digits := strings.Repeat("9", 1_000_000)
	for name, in := range map[string][]byte{
		"fees":       replaceOnce(t, good, `"fees_due":"8000"`, `"fees_due":"`+digits+`"`),
		"obligation": replaceOnce(t, good, `"amount":"1000"`, `"amount":"`+digits+`"`),
		"decimals":   replaceOnce(t, good, `"amount":"1000"`, `"amount":"1.`+digits+`"`),
		"17 digits":  replaceOnce(t, good, `"amount":"1000"`, `"amount":"10000000000000000"`),
		"5 decimals": replaceOnce(t, good, `"amount":"1000"`, `"amount":"1.00001"`),
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := dossier.Unmarshal(in, sched())
		runtime.ReadMemStats(&after)
		var ie *dossier.InputError
		if !errors.As(err, &ie) || !errors.Is(err, dossier.ErrSyntax) {
			t.Errorf("%s: got %v, want an *InputError wrapping ErrSyntax", name, err)
			continue
		}
		if len(err.Error()) > 300 {
			t.Errorf("%s: an error of %d bytes", name, len(err.Error()))
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
			t.Errorf("%s: %d bytes allocated for a %d-byte input", name, alloc, len(in))
		}
	}
	// The largest amount still reads.
	max := replaceOnce(t, good, `"amount":"1000"`, `"amount":"999999999999999.9999"`)
	if _, err := dossier.Unmarshal(max, sched()); err != nil {
		t.Errorf("just under 10^15 đồng with 4 decimals: %v", err)
	}
}

// Issue 12.8: the dossier document has a documented maximum size.
func TestUnmarshalRefusesOversize(t *testing.T) {
	good := obligationJSON(t)
	pad := strings.Repeat(" ", dossier.MaxJSONBytes)
	_, err := dossier.Unmarshal(append(good, pad...), sched())
	var ie *dossier.InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("got %v, want an *InputError saying too large", err)
	}
	if !errors.Is(err, dossier.ErrTooLarge) || !errors.Is(err, dossier.ErrSyntax) {
		t.Errorf("got %v, want it to wrap ErrTooLarge (the size sentinel) and ErrSyntax (unread)", err)
	}
	if _, err := dossier.Unmarshal(append(good, pad[:dossier.MaxJSONBytes-len(good)]...), sched()); err != nil {
		t.Fatalf("a document of exactly MaxJSONBytes: %v", err)
	}
}

// Issue 12.12: json.Unmarshal into a vendor's struct holding a Dossier
// returned no error and an invalid dossier. It now fails loudly, and the
// documented way (a json.RawMessage and dossier.Unmarshal) works.
func TestJSONUnmarshalIntoVendorStruct(t *testing.T) {
	d := tenOnMar(t)
	type vendorRecord struct {
		ID      int             `json:"id"`
		Dossier dossier.Dossier `json:"dossier"`
	}
	b := mustJSON(t, vendorRecord{ID: 7, Dossier: d})
	var got vendorRecord
	err := json.Unmarshal(b, &got)
	var ie *dossier.InputError
	if !errors.As(err, &ie) || !errors.Is(err, dossier.ErrInvalid) || !strings.Contains(err.Error(), "dossier.Unmarshal") {
		t.Fatalf("json.Unmarshal: %v, want an *InputError pointing to dossier.Unmarshal", err)
	}
	var raw struct {
		ID      int             `json:"id"`
		Dossier json.RawMessage `json:"dossier"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	back, err := dossier.Unmarshal(raw.Dossier, sched())
	if err != nil || !back.Equal(d) {
		t.Fatalf("dossier.Unmarshal of the raw dossier: %v", err)
	}
}

// Issue 12.10: decoding stays linear in the log's length.
func BenchmarkUnmarshalWire(b *testing.B) {
	d := tenOnMar(b)
	data, err := json.Marshal(d)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dossier.Unmarshal(data, sched()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshal100 reads the 100-event log of BenchmarkReplay100 from
// JSON: the strict check, the decoding and the replay.
func BenchmarkUnmarshal100(b *testing.B) {
	h, events := replay100(b)
	d, err := dossier.Replay(h, events, sched())
	if err != nil {
		b.Fatal(err)
	}
	data := mustJSON(b, d)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dossier.Unmarshal(data, sched()); err != nil {
			b.Fatal(err)
		}
	}
}
