package national_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/motcua/motcua/national"
)

// FuzzImport feeds bytes to the strict decoders, the importer and the step
// check: no panic;
// every error is one of the package's typed errors wrapping a sentinel; a
// record that imports composes back to a record that imports to the same
// values (Compose ∘ Import is idempotent).
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		var g golden
		if err := jsonUnmarshal(b, &g); err != nil {
			f.Fatal(err)
		}
		f.Add(mustJSON(f, national.Envelope{Service: national.ServiceRecords, Data: []national.Record{g.Record}}))
		f.Add(mustJSON(f, g.Record))
		f.Add(mustJSON(f, national.StepEnvelope{Service: national.ServiceSteps, Data: g.Steps}))
	}
	f.Add([]byte(`{"service":"DongBoHoSoMC","isUpdating":true,"data":[{"MaHoSo":"A-250101-0001","mahoso":"x"}]}`))
	f.Add([]byte(`{"MaHoSo":"000.00.36.H57-260302-0001","NgayTiepNhan":"20260230090000"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if env, err := national.ParseStepEnvelope(data); err != nil {
			typed(t, err)
		} else if err := national.CheckSteps(env.Data); err != nil {
			typed(t, err)
		}
		var records []national.Record
		if env, err := national.ParseEnvelope(data); err == nil {
			records = env.Data
		} else if r, err2 := national.ParseRecord(data); err2 == nil {
			records = []national.Record{r}
		} else {
			typed(t, err)
			typed(t, err2)
			return
		}
		for _, r := range records {
			im, err := national.Import(r, nil)
			if err != nil {
				typed(t, err)
				continue
			}
			r2, err := national.Compose(im.Header, im.Facts, &im.Extras, nil)
			if err != nil {
				t.Fatalf("compose of an imported record: %v", err)
			}
			im2, err := national.Import(r2, nil)
			if err != nil {
				t.Fatalf("import of a composed record: %v\n%+v", err, r2)
			}
			r3, err := national.Compose(im2.Header, im2.Facts, &im2.Extras, nil)
			if err != nil || !reflect.DeepEqual(r2, r3) {
				t.Fatalf("compose ∘ import is not idempotent: %v", err)
			}
		}
	})
}

func typed(t *testing.T, err error) {
	t.Helper()
	var fe *national.FieldError
	var re *national.RecordError
	if !errors.As(err, &fe) && !errors.As(err, &re) {
		t.Fatalf("untyped error %T: %v", err, err)
	}
	for _, s := range []error{national.ErrMissing, national.ErrMalformed, national.ErrContradiction, national.ErrTooLarge} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error wraps no sentinel: %v", err)
}
