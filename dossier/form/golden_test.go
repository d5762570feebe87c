package form_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites the file with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestGolden renders every form under both regimes.
func TestGolden(t *testing.T) {
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			forms := map[string]func() (form.Form, error){
				"receipt": func() (form.Form, error) {
					return form.ReceiptOf(received(t, s.receive), office)
				},
				"supplement_request": func() (form.Form, error) {
					return form.SupplementRequestOf(s.full(t), office)
				},
				"supplement_request_intake": func() (form.Form, error) {
					d, in := s.incomplete(t)
					return form.IntakeSupplementRequestOf(d, in, s.receive, office)
				},
				"refusal": func() (form.Form, error) {
					return form.RefusalOf(s.refused(t), office)
				},
				"apology": func() (form.Form, error) {
					return form.ApologyOf(s.full(t), agencyOffice)
				},
				"control_slip": func() (form.Form, error) {
					return form.ControlSlipOf(s.full(t), office)
				},
				"tracking_book": func() (form.Form, error) {
					seq := &dossier.MemorySequencer{}
					return form.TrackingBookOf([]dossier.Dossier{s.stopped(t, seq), s.full(t, seq), received(t, s.withdraw, seq)}, office)
				},
			}
			if s.name == "2025" {
				forms["stop_notice"] = func() (form.Form, error) {
					return form.StopNoticeOf(s.stopped(t), office)
				}
			}
			for name, build := range forms {
				t.Run(name, func(t *testing.T) {
					f, err := build()
					if err != nil {
						t.Fatal(err)
					}
					golden(t, s.name+"_"+name+".txt", f.Text())
				})
			}
		})
	}
}
