package storetest

import (
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// BenchAppend measures appending one command (a receipt: the code counter,
// the event, the appointment fact and the projection row in one
// transaction) and reports the median as well as the mean.
func BenchAppend(b *testing.B, s *store.Store) {
	p := Procedure(b, ProcLong)
	var pool []store.Record
	took := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(pool) == 0 {
			b.StopTimer()
			for j := 0; j < 256; j++ {
				r, err := s.Create(ctx, Header(p, j), "")
				if err != nil {
					b.Fatal(err)
				}
				pool = append(pool, r)
			}
			b.StartTimer()
		}
		r := pool[len(pool)-1]
		pool = pool[:len(pool)-1]
		// Spread over days so that no day's sequence is exhausted.
		day := Day0 + date.Date(49*(i/5000))
		start := time.Now()
		if _, err := s.Apply(ctx, r, "", Receive(At(day, 9, 0), p)); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "median-µs")
}

// BenchParallel measures commands per second with 8 concurrent writers,
// each the counter of another unit of a province (one unit's receipts of a
// day take turns on its code counter): each dossier is created, received,
// transferred and decided.
func BenchParallel(b *testing.B, s *store.Store) {
	p := Procedure(b, ProcLong)
	var n, writer atomic.Int64
	b.SetParallelism(max(1, 8/runtimeProcs()))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		unit := fmt.Sprintf("000.00.%02d.H57", writer.Add(1))
		for pb.Next() {
			i := n.Add(1)
			h := Header(p, int(i))
			h.ReceivingUnit = unit
			r, err := s.Create(ctx, h, "")
			if err != nil {
				b.Error(err)
				return
			}
			day := Day0 + date.Date(49*(i/5000))
			for _, cmd := range []store.Command{Receive(At(day, 9, 0), p), Transfer(At(day, 10, 0)), Decide(At(day, 11, 0))} {
				if r, err = s.Apply(ctx, r, "", cmd); err != nil {
					b.Error(err)
					return
				}
			}
		}
	})
	b.ReportMetric(float64(4*n.Load())/time.Since(start).Seconds(), "commands/s")
}

// Log100 stores a dossier with a log of 100 rows (receipt, transfer, and
// financial obligations requested and paid) and returns its ID.
func Log100(tb testing.TB, s *store.Store) string {
	p := Procedure(tb, ProcLong)
	r := received(tb, s, p, 1, At(Day0, 8, 0))
	now := At(Day0, 8, 30)
	var err error
	if r, err = s.Apply(ctx, r, "", Transfer(now)); err != nil {
		tb.Fatal(err)
	}
	for r.Version < 100 {
		now = now.Add(time.Minute)
		if r, err = s.Apply(ctx, r, "", func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			if d.Status() == dossier.FinancialObligation {
				return d.PayObligation(now, Actor)
			}
			return d.RequestObligation(now, Actor, decimal.NewFromInt(100_000))
		}); err != nil {
			tb.Fatal(err)
		}
	}
	return r.ID
}

// BenchLoad measures loading and replaying a 100-row dossier.
func BenchLoad(b *testing.B, s *store.Store) {
	id := Log100(b, s)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := s.Load(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
}
