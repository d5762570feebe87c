package storetest

import (
	"errors"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/rickb777/date/v2"
)

// OtherUnit is the receiving unit of the dossiers testReportFor adds
// beside the suite's Unit.
const OtherUnit = "000.00.01.H01"

// testReportFor: a report and a period's stream over one unit count that
// unit's dossiers only; the units' reports add up to the whole store's.
func testReportFor(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	var ours, theirs []string
	for i := range 12 {
		h := Header(p, i)
		if i%3 == 0 {
			h.ReceivingUnit = OtherUnit
		}
		r, err := s.Create(ctx, h, "")
		if err != nil {
			t.Fatal(err)
		}
		day := Day0 + date.Date(i%5)
		steps := []store.Command{Receive(At(day, 9, 0), p)}
		if i%2 == 0 {
			steps = append(steps, Transfer(At(day, 10, 0)), Decide(At(day+1, 11, 0)))
		}
		for _, cmd := range steps {
			if r, err = s.Apply(ctx, r, "", cmd); err != nil {
				t.Fatal(err)
			}
		}
		if h.ReceivingUnit == Unit {
			ours = append(ours, r.ID)
		} else {
			theirs = append(theirs, r.ID)
		}
	}
	// A dossier received after the period: no report of it counts it, and
	// the period's stream does not replay it.
	late := received(t, s, p, 99, At(Day0+30, 9, 0))
	period := dossier.Period{From: Day0, To: Day0 + 7}
	for _, g := range []store.GroupBy{store.GroupNone, store.GroupAgency, store.GroupField, store.GroupChannel} {
		all, err := s.Report(ctx, period, g)
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.ReportFor(ctx, period, g, store.Filter{Unit: Unit})
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.ReportFor(ctx, period, g, store.Filter{Unit: OtherUnit})
		if err != nil {
			t.Fatal(err)
		}
		if a.Total().Received != int64(len(ours)) || b.Total().Received != int64(len(theirs)) {
			t.Errorf("by %d: received %d and %d, want %d and %d", g, a.Total().Received, b.Total().Received, len(ours), len(theirs))
		}
		if err := a.Merge(b); err != nil || a.Total() != all.Total() {
			t.Errorf("by %d: units add up to %+v (%v), want the store's %+v", g, a.Total(), err, all.Total())
		}
		none, err := s.ReportFor(ctx, period, g, store.Filter{Unit: "000.00.99.Z99"})
		if err != nil || none.Total() != (dossier.Figures{}) || len(none.Keys()) != 0 {
			t.Errorf("by %d: a unit without dossiers: %+v, %v", g, none.Total(), err)
		}
	}
	var got []string
	err := s.EachInPeriod(ctx, period, store.Filter{Unit: Unit}, func(r store.Record) error {
		if r.Dossier.Header().ReceivingUnit != Unit || r.ID == late.ID {
			t.Errorf("streamed %s of unit %s", r.ID, r.Dossier.Header().ReceivingUnit)
		}
		got = append(got, r.ID)
		return nil
	})
	if err != nil || len(got) != len(ours) {
		t.Errorf("EachInPeriod: %d dossiers, %v; want %d", len(got), err, len(ours))
	}
	if err := s.EachInPeriod(ctx, dossier.Period{From: Day0, To: Day0}, store.Filter{}, func(store.Record) error { return nil }); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty period: %v", err)
	}
	if _, err := s.ReportFor(ctx, period, store.GroupNone, store.Filter{Unit: string(make([]byte, 200))}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("overlong filter: %v", err)
	}
}
