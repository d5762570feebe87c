package sla_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/sla"
)

// benchPairs returns n pseudo-random dossiers spread over nKeys agency
// codes, with outcomes in realistic proportions (mostly early).
func benchPairs(n, nKeys int) []sumPair {
	rng := rand.New(rand.NewPCG(42, 7))
	keys := make([]string, nKeys)
	for i := range keys {
		keys[i] = fmt.Sprintf("000.%02d.%02d.H57", i/10, i%10)
	}
	pairs := make([]sumPair, n)
	for i := range pairs {
		var o sla.Outcome
		switch r := rng.IntN(10000); {
		case r < 7320:
			o = sla.Early
		case r < 8907:
			o = sla.OnTime
		case r < 9800:
			o = sla.Late
		case r < 9990:
			o = sla.LateApologised
		default:
			o = sla.OutcomeUnknown
		}
		pairs[i] = sumPair{key: keys[rng.IntN(nKeys)], o: o}
	}
	return pairs
}

// BenchmarkSummaryMillion summarises 1,000,000 dossiers over 50 agencies
// on one goroutine, into a fresh zero Summary each time.
func BenchmarkSummaryMillion(b *testing.B) {
	pairs := benchPairs(1_000_000, 50)
	b.ReportAllocs()
	for b.Loop() {
		var s sla.Summary[string]
		for _, p := range pairs {
			s.Add(p.key, p.o)
		}
		if s.Len() != 50 {
			b.Fatalf("Len = %d", s.Len())
		}
	}
}

// BenchmarkSummaryMillionReset is BenchmarkSummaryMillion reusing one
// Summary with Reset: after warm-up it allocates nothing.
func BenchmarkSummaryMillionReset(b *testing.B) {
	pairs := benchPairs(1_000_000, 50)
	var s sla.Summary[string]
	b.ReportAllocs()
	for b.Loop() {
		s.Reset()
		for _, p := range pairs {
			s.Add(p.key, p.o)
		}
		if s.Len() != 50 {
			b.Fatalf("Len = %d", s.Len())
		}
	}
}

// BenchmarkSummaryMerge merges 8 shards of 50 agencies.
func BenchmarkSummaryMerge(b *testing.B) {
	pairs := benchPairs(100_000, 50)
	shards := make([]*sla.Summary[string], 8)
	for w := range shards {
		shards[w] = sumBuild(pairs[w*len(pairs)/8 : (w+1)*len(pairs)/8])
	}
	var s sla.Summary[string]
	b.ReportAllocs()
	for b.Loop() {
		s.Reset()
		for _, sh := range shards {
			s.Merge(sh)
		}
	}
}

func BenchmarkOutcomeOf(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	const n = 1024
	finished := make([]date.Date, n)
	due := make([]date.Date, n)
	apologised := make([]bool, n)
	base := date.New(2024, time.January, 1)
	for i := range n {
		due[i] = base + date.Date(rng.IntN(365))
		finished[i] = due[i] + date.Date(rng.IntN(21)-15)
		apologised[i] = rng.IntN(2) == 0
	}
	b.ReportAllocs()
	var late, i int
	for b.Loop() {
		j := i & (n - 1)
		if sla.OutcomeOf(finished[j], due[j], apologised[j]).IsLate() {
			late++
		}
		i++
	}
	if late < 0 {
		b.Fatal("impossible")
	}
}
