package scorecard_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden pins the scenario's scorecard (helpers_test.go) as people and
// programs read it: Vietnamese and English text and JSON. Regenerate with
// go test -run TestGolden -update, and read the diff.
func TestGolden(t *testing.T) {
	s := scoreScenario(t, nil, true)
	js, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]byte{
		"scenario-2026-03.vi.txt": []byte(s.Vietnamese()),
		"scenario-2026-03.en.txt": []byte(s.English()),
		"scenario-2026-03.json":   append(js, '\n'),
	} {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from the golden file; run with -update and read the diff:\n%s", name, got)
		}
	}
}
