package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

const scorePath = "/api/v1/scorecard?from=2026-02-01&to=2026-03-17"

// writeFacts writes a facts file and returns its path.
func writeFacts(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "facts.json")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func points(t *testing.T, m map[string]any) decimal.Decimal {
	t.Helper()
	s, _ := m["points"].(string)
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("points %v: %v", m["points"], err)
	}
	return d
}

// A facts file (-facts) gives the scorecard what the dossiers do not
// record: the unit's facts and each dossier's. Without it the unit's
// indicators score as having nothing to judge; with ten fee procedures of
// which none is payable online, the online-payment row loses its points.
// The dashboard says where the facts came from.
func TestScorecardFacts(t *testing.T) {
	plain := newFixture(t, unlimited())
	st, m := plain.do("GET", scorePath, plain.tok[roleReport], nil)
	if st != 200 {
		t.Fatalf("scorecard without facts: %d %v", st, m)
	}
	without := points(t, m)

	facts, err := loadFacts(writeFacts(t, `{
  "centre": {"procedures": 10, "fee_procedures": 10, "online_payment_procedures": 0},
  "units": {"`+demoUnit+`": {"procedures": 10, "fee_procedures": 10, "online_payment_procedures": 0}},
  "dossiers": {"`+demoUnit+`-260302-0001": {"synchronised": false, "complaint": true}}
}`))
	if err != nil {
		t.Fatal(err)
	}
	cfg := unlimited()
	cfg.Facts = facts
	f := newFixture(t, cfg)
	st, m = f.do("GET", scorePath, f.tok[roleReport], nil)
	if st != 200 {
		t.Fatalf("scorecard with facts: %d %v", st, m)
	}
	if with := points(t, m); !with.LessThan(without) {
		t.Errorf("with unit facts of 10 fee procedures, none online: %v points, want fewer than the %v without facts", with, without)
	}
	if got := facts.dossier(demoUnit + "-260302-0001"); got.Synchronised || !got.Complaint {
		t.Errorf("the listed dossier's facts: %+v", got)
	}
	if got := facts.dossier("not-listed"); !got.Synchronised {
		t.Errorf("an unlisted dossier's facts: %+v, want the default (synchronised)", got)
	}
	_, page := f.raw("GET", "/bang-tin?from=2026-02-01&to=2026-03-17", "", nil)
	if !strings.Contains(string(page), "tệp dữ kiện của trung tâm") || strings.Contains(string(page), "chưa phải điểm thật") {
		t.Errorf("the dashboard does not say the facts came from the file")
	}
}

// A bad facts file is refused at start, naming the file and the field.
func TestLoadFactsRefuses(t *testing.T) {
	long := strings.Repeat("x", maxFactsKey+1)
	for _, c := range []struct{ name, body, want string }{
		{"not JSON", `{"units":`, "facts file"},
		{"unknown key", `{"unit": {}}`, "unit"},
		{"duplicate key", `{"centre": {}, "centre": {}}`, "centre"},
		{"parts beyond the whole", `{"units": {"U": {"fee_procedures": 1, "online_payment_procedures": 2}}}`, `units["U"]`},
		{"negative count", `{"dossiers": {"X": {"reused": -1}}}`, "negative"},
		{"long unit code", `{"units": {"` + long + `": {}}}`, "unit code"},
		{"long dossier code", `{"dossiers": {"` + long + `": {}}}`, "dossier code"},
		{"centre facts", `{"centre": {"procedures": -1}}`, "centre"},
	} {
		_, err := loadFacts(writeFacts(t, c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "facts file") {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
	if _, err := loadFacts(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("a missing file: no error")
	}
}

// The facts parser never panics; what it accepts, encoded again, it
// accepts again with the same facts.
func FuzzParseFacts(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"centre": {"procedures": 3}}`, `{"units": {"U": {"fee_procedures": 2, "online_payment_procedures": 1}}}`,
		`{"dossiers": {"C-1": {"synchronised": true, "reused": 2}}}`, `{"units": {"": {}}}`, `[]`, `{"centre": null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		facts, err := parseFacts(data)
		if err != nil {
			return
		}
		again, err := json.Marshal(facts)
		if err != nil {
			t.Fatal(err)
		}
		back, err := parseFacts(again)
		if err != nil {
			t.Fatalf("accepted %q, refused its encoding %s: %v", data, again, err)
		}
		if b, _ := json.Marshal(back); string(b) != string(again) {
			t.Fatalf("round trip: %s, then %s", again, b)
		}
	})
}
