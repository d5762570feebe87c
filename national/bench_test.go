package national_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/sla"
)

// Export of one record without steps (target: ≤ 2 µs).
func BenchmarkExportRecord(b *testing.B) {
	e := exporter(b)
	d, p := lifecycles()[0].build(b) // early, returned
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Record(d, p, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Step records of a dossier with n events (financial obligations asked
// and paid in turn): the cost grows linearly with n.
func BenchmarkExportSteps(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		b.Run("events="+strconv.Itoa(n), func(b *testing.B) {
			e := exporter(b)
			p := proc(b, sla.WorkingDays(10))
			d := run(b, open(b, header(procedureDirect, dossier.ApplicantIndividual)), receive(mar2, p), transfer(mar2.Add(time.Minute)))
			now := mar2.Add(time.Hour)
			for len(d.Events()) < n {
				var err error
				if d.Status() == dossier.Processing {
					d, err = d.RequestObligation(now, testActor, decimal.NewFromInt(1000))
				} else {
					d, err = d.PayObligation(now, "cong-dan")
				}
				if err != nil {
					b.Fatal(err)
				}
				now = now.Add(time.Minute)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Steps(d, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Import of one record with every list filled.
func BenchmarkImport(b *testing.B) {
	d, p := lifecycles()[2].build(b)
	r, err := exporter(b).Record(d, p, richExtras())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := national.Import(r, nil); err != nil {
			b.Fatal(err)
		}
	}
}
