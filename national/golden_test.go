package national_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/motcua/motcua/national"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden is what a golden file holds: the record and the step records of
// one lifecycle.
type golden struct {
	Record national.Record       `json:"record"`
	Steps  []national.StepRecord `json:"steps"`
}

// The records of the lifecycles, pinned as golden files
// (testdata/<lifecycle>.json; go test -run Golden -update rewrites them).
func TestGolden(t *testing.T) {
	e := exporter(t)
	for _, lc := range lifecycles() {
		t.Run(lc.name, func(t *testing.T) {
			d, p := lc.build(t)
			r, err := e.Record(d, p, lc.extras)
			if err != nil {
				t.Fatal(err)
			}
			steps, err := e.Steps(d, lc.extras)
			if err != nil {
				t.Fatal(err)
			}
			if len(steps) != len(d.Events()) {
				t.Fatalf("%d step records for %d events", len(steps), len(d.Events()))
			}
			got, err := json.MarshalIndent(golden{r, steps}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", lc.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the export:\n%s", path, got)
			}
			// The record reads back strictly and imports.
			rec, err := national.ParseRecord(mustJSON(t, r))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := national.Import(rec, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func mustJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
