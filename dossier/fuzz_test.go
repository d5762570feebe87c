package dossier_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
)

// FuzzUnmarshal: the decoder never panics; it rejects with a
// *dossier.InputError or a *dossier.CommandError (possibly wrapped), and
// what it accepts marshals and decodes again to an Equal dossier with the
// same bytes (STYLE.md §4.12). Seeds: testdata/fuzz/FuzzUnmarshal (real
// dossiers, see TestFuzzSeeds) and the f.Add calls below.
func FuzzUnmarshal(f *testing.F) {
	for _, d := range seedDossiers(f) {
		b, err := json.Marshal(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `"x"`, `{"header":{},"events":[]}`,
		`{"header":{"procedure":{"code":"1.001193","name":"x"}},"events":null}`,
		`{"header":null,"events":[{"kind":"received"}]}`,
		`{"header":{},"events":[],"extra":1}`,
		`{"header":{},"events":[]} {}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := dossier.Unmarshal(data, sched())
		if err != nil {
			var ie *dossier.InputError
			var ce *dossier.CommandError
			if !errors.As(err, &ie) && !errors.As(err, &ce) {
				t.Fatalf("rejected with %T: %v", err, err)
			}
			if d.IsValid() {
				t.Fatalf("rejected but returned a valid dossier")
			}
			return
		}
		b1, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("accepted but does not marshal: %v", err)
		}
		u, err := dossier.Unmarshal(b1, sched())
		if err != nil {
			t.Fatalf("own output rejected: %v\n%s", err, b1)
		}
		if !u.Equal(d) || u.Status() != d.Status() || u.Due() != d.Due() || u.Code() != d.Code() || u.Flags() != d.Flags() {
			t.Fatalf("round trip differs:\n%s", b1)
		}
		b2, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1, b2) {
			t.Fatalf("marshal not stable:\n%s\n%s", b1, b2)
		}
	})
}

// Unmarshal is strict: unknown fields, trailing data and logs the rules
// refuse are errors; every rejection is typed.
func TestUnmarshalStrict(t *testing.T) {
	d := tenOnMar(t)
	good, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	u, err := dossier.Unmarshal(good, sched())
	if err != nil || !u.Equal(d) {
		t.Fatalf("Unmarshal(good): %v", err)
	}
	inputErrors := map[string]string{
		"unknown field":    `{"header":{},"events":[],"status":"received"}`,
		"trailing data":    string(good) + `{}`,
		"trailing garbage": string(good) + `x`,
		"not json":         `{`,
		"bad status text":  string(bytes.Replace(good, []byte(`"kind":"received"`), []byte(`"kind":"Received"`), 1)),
		"bad limit":        string(bytes.Replace(good, []byte(`"10 ngày làm việc"`), []byte(`"10 ngay lam viec"`), 1)),
		"bad header":       string(bytes.Replace(good, []byte(`"receiving_unit":"000.00.36.H57"`), []byte(`"receiving_unit":"h57"`), 1)),
		// A transfer carrying the receipt's code and limit: a field its kind does not use.
		"stray fields": string(bytes.Replace(good, []byte(`"kind":"received"`), []byte(`"kind":"transferred"`), 1)),
	}
	for name, in := range inputErrors {
		_, err := dossier.Unmarshal([]byte(in), sched())
		var ie *dossier.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s: %T %v, want *InputError", name, err, err)
		}
	}
	commandErrors := map[string]struct {
		in   string
		want error
	}{
		"events out of order": {string(bytes.Replace(good, []byte(`"at":"2026-03-02T10:00:00+07:00"`), []byte(`"at":"2026-03-02T08:00:00+07:00"`), 1)), dossier.ErrRule},
		"transfer before receipt": {strings.Replace(string(mustJSON(t, open(t, header(directCh, nil)))), `"events":[]`,
			`"events":[{"kind":"transferred","at":"2026-03-02T09:00:00+07:00","actor":"x","agency":"A"}]`, 1), dossier.ErrTransition},
		"code of another unit": {string(bytes.Replace(good, []byte(`"code":"000.00.36.H57-`), []byte(`"code":"000.00.36.H58-`), 1)), dossier.ErrInvalid},
		"code of another day":  {string(bytes.Replace(good, []byte(`-260302-0001`), []byte(`-260303-0001`), 1)), dossier.ErrInvalid},
	}
	for name, tt := range commandErrors {
		if tt.in == string(good) {
			t.Fatalf("%s: the replacement did not apply", name)
		}
		_, err := dossier.Unmarshal([]byte(tt.in), sched())
		var ce *dossier.CommandError
		if !errors.As(err, &ce) || !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want *CommandError wrapping %v", name, err, tt.want)
		}
	}
}

// BUG pin: Unmarshal checks each event "as the commands do" (its doc): a
// refusal after appraisal without reasons, which Decide refuses, and an
// online submission of a paper dossier, which Submit refuses, are refused
// in a log too.
func TestUnmarshalChecksAsTheCommandsDo(t *testing.T) {
	d := tenOnMar(t)
	done := must(t)(d.Decide(at(2026, 3, 5, 9, 0), testActor, true, ""))
	b, err := json.Marshal(done)
	if err != nil {
		t.Fatal(err)
	}
	noReason := bytes.Replace(b, []byte(`{"kind":"processed","at":"2026-03-05T09:00:00+07:00","actor":"can-bo-mot-cua","granted":true}`),
		[]byte(`{"kind":"processed","at":"2026-03-05T09:00:00+07:00","actor":"can-bo-mot-cua"}`), 1)
	if bytes.Equal(noReason, b) {
		t.Fatalf("the replacement did not apply:\n%s", b)
	}
	if _, err := dossier.Unmarshal(noReason, sched()); !errors.Is(err, dossier.ErrInvalid) {
		t.Errorf("a refusal without reasons: got %v, want ErrInvalid", err)
	}

	paper, err := json.Marshal(open(t, header(directCh, nil)))
	if err != nil {
		t.Fatal(err)
	}
	submitted := bytes.Replace(paper, []byte(`"events":[]`), []byte(`"events":[{"kind":"submitted","at":"2026-03-02T09:00:00+07:00","actor":"x"}]`), 1)
	if _, err := dossier.Unmarshal(submitted, sched()); !errors.Is(err, dossier.ErrRule) {
		t.Errorf("a paper dossier submitted online: got %v, want ErrRule", err)
	}
}

// BUG pin: amounts are bounded. A 360-byte dossier whose fees are
// "1e1000000000" VND is accepted today, and marshalling it writes a billion
// digits (1e10000000 already takes 13 s and 10 MB): a denial of service
// through Unmarshal → MarshalJSON. No fee or obligation in đồng needs more
// than a few dozen digits.
func TestUnmarshalRefusesHugeAmounts(t *testing.T) {
	d := must(t)(tenOnMar(t).RequestObligation(at(2026, 3, 4, 10, 0), testActor, decimal.NewFromInt(1000)))
	good, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string][]byte{
		"fees":       bytes.Replace(good, []byte(`"fees_due":"8000"`), []byte(`"fees_due":"1e1000000000"`), 1),
		"obligation": bytes.Replace(good, []byte(`"amount":"1000"`), []byte(`"amount":"1e1000000000"`), 1),
	} {
		if bytes.Equal(in, good) {
			t.Fatalf("%s: the replacement did not apply", name)
		}
		if _, err := dossier.Unmarshal(in, sched()); err == nil {
			t.Errorf("%s of 1e1000000000 đồng accepted", name)
		}
	}
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
