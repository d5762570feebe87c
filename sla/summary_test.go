package sla_test

import (
	"cmp"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/sla"
)

// sumPair is one dossier: the group it belongs to and its outcome.
type sumPair struct {
	key string
	o   sla.Outcome
}

// sumKeys are agency codes in the style of the national catalogue.
var sumKeys = []string{"000.00.01.H57", "000.00.02.H57", "000.00.03.H57", "000.00.04.H57", "000.00.05.H57"}

// sumOutcomes includes invalid outcomes, which must be counted as Unknown.
var sumOutcomes = []sla.Outcome{sla.OutcomeUnknown, sla.Early, sla.OnTime, sla.Late, sla.LateApologised, sla.Outcome(9)}

func genSumPair() *rapid.Generator[sumPair] {
	return rapid.Custom(func(t *rapid.T) sumPair {
		return sumPair{
			key: rapid.SampledFrom(sumKeys).Draw(t, "key"),
			o:   rapid.SampledFrom(sumOutcomes).Draw(t, "outcome"),
		}
	})
}

func genSumPairs() *rapid.Generator[[]sumPair] {
	return rapid.SliceOfN(genSumPair(), 0, 200)
}

func genCounts() *rapid.Generator[sla.Counts] {
	n := rapid.Int64Range(0, 1_000_000)
	return rapid.Custom(func(t *rapid.T) sla.Counts {
		return sla.Counts{
			Early:          n.Draw(t, "early"),
			OnTime:         n.Draw(t, "onTime"),
			Late:           n.Draw(t, "late"),
			LateApologised: n.Draw(t, "lateApologised"),
			Unknown:        n.Draw(t, "unknown"),
		}
	})
}

// sumBuild adds every pair to a new Summary.
func sumBuild(pairs []sumPair) *sla.Summary[string] {
	var s sla.Summary[string]
	for _, p := range pairs {
		s.Add(p.key, p.o)
	}
	return &s
}

// sumContents returns the contents of s as a map, checking on the way that
// Len, Keys, Get and Total agree with All.
func sumContents(t require.TestingT, s *sla.Summary[string]) map[string]sla.Counts {
	m := map[string]sla.Counts{}
	var total sla.Counts
	for k, c := range s.All() {
		_, dup := m[k]
		require.False(t, dup, "key %q yielded twice", k)
		require.NotEqual(t, sla.Counts{}, c, "key %q has zero counts", k)
		require.Equal(t, c, s.Get(k))
		m[k] = c
		total = total.Merge(c)
	}
	require.Equal(t, len(m), s.Len())
	require.ElementsMatch(t, slices.Collect(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}), s.Keys())
	require.Equal(t, total, s.Total())
	return m
}

func TestCountsAddCountTotal(t *testing.T) {
	var c sla.Counts
	c2 := c.Add(sla.Early)
	assert.Equal(t, sla.Counts{}, c, "Add must not modify the receiver")
	c = c2.Add(sla.Early).Add(sla.OnTime).Add(sla.Late).Add(sla.LateApologised).
		Add(sla.LateApologised).Add(sla.OutcomeUnknown).Add(sla.Outcome(200))
	assert.Equal(t, sla.Counts{Early: 2, OnTime: 1, Late: 1, LateApologised: 2, Unknown: 2}, c)
	assert.Equal(t, int64(6), c.Total(), "Unknown is excluded from Total")
	assert.Equal(t, int64(2), c.Count(sla.Early))
	assert.Equal(t, int64(1), c.Count(sla.OnTime))
	assert.Equal(t, int64(1), c.Count(sla.Late))
	assert.Equal(t, int64(2), c.Count(sla.LateApologised))
	assert.Equal(t, int64(2), c.Count(sla.OutcomeUnknown))
	assert.Equal(t, int64(2), c.Count(sla.Outcome(7)))
	assert.Equal(t, c, c.Merge(sla.Counts{}))
	assert.Equal(t, sla.Counts{Early: 4, OnTime: 2, Late: 2, LateApologised: 4, Unknown: 4}, c.Merge(c))
}

func TestCountsPercent(t *testing.T) {
	tests := []struct {
		name string
		c    sla.Counts
		o    sla.Outcome
		want string // decimal
	}{
		{"7320 of 10000", sla.Counts{Early: 7320, OnTime: 1587, Late: 1093}, sla.Early, "73.20"},
		{"1587 of 10000", sla.Counts{Early: 7320, OnTime: 1587, Late: 1093}, sla.OnTime, "15.87"},
		{"1 of 3", sla.Counts{Early: 1, OnTime: 1, Late: 1}, sla.Early, "33.33"},
		{"2 of 3", sla.Counts{Early: 2, Late: 1}, sla.Early, "66.67"},
		{"all", sla.Counts{OnTime: 5}, sla.OnTime, "100"},
		{"none", sla.Counts{OnTime: 5}, sla.Late, "0"},
		{"empty", sla.Counts{}, sla.Early, "0"},
		{"only unknown", sla.Counts{Unknown: 9}, sla.Early, "0"},
		{"unknown excluded from Total", sla.Counts{Early: 1, Late: 1, Unknown: 98}, sla.Early, "50"},
		{"invalid outcome has no share", sla.Counts{Early: 1, Unknown: 1}, sla.OutcomeUnknown, "0"},
		{"out of range outcome", sla.Counts{Early: 1}, sla.Outcome(9), "0"},
		// Half up: 1/8 = 12.5 %, 1/16 = 6.25 %, 1/32 = 3.125 % -> 3.13.
		{"half up 1/32", sla.Counts{Early: 1, Late: 31}, sla.Early, "3.13"},
		{"half up 1/400", sla.Counts{Early: 1, Late: 399}, sla.Early, "0.25"},
		{"half up 1/800", sla.Counts{Early: 1, Late: 799}, sla.Early, "0.13"},
		{"below half 1/20001", sla.Counts{Early: 1, Late: 20000}, sla.Early, "0"},
		{"half 1/20000", sla.Counts{Early: 1, Late: 19999}, sla.Early, "0.01"},
		// Beyond the int64 fast path: exact decimal division.
		{"huge 1/3", sla.Counts{Early: 1 << 50, OnTime: 1 << 50, Late: 1 << 50}, sla.Early, "33.33"},
		{"huge 2/3", sla.Counts{Early: 1 << 51, Late: 1 << 50}, sla.Early, "66.67"},
		{"huge 1/32", sla.Counts{Early: 1 << 45, Late: 31 << 45}, sla.Early, "3.13"},
		{"late apologised", sla.Counts{Early: 3, LateApologised: 1}, sla.LateApologised, "25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.c.Percent(tt.o)
			want := decimal.RequireFromString(tt.want)
			assert.True(t, want.Equal(got), "got %s, want %s", got, want)
		})
	}
}

func TestCountsOnTimeOrEarlyPercent(t *testing.T) {
	c := sla.Counts{Early: 7320, OnTime: 1587, Late: 1000, LateApologised: 93, Unknown: 5}
	assert.Equal(t, "89.07", c.OnTimeOrEarlyPercent().StringFixed(2))
	assert.True(t, decimal.Zero.Equal(sla.Counts{}.OnTimeOrEarlyPercent()))
	assert.True(t, decimal.NewFromInt(100).Equal(sla.Counts{Early: 1, OnTime: 1}.OnTimeOrEarlyPercent()))
	assert.Equal(t, "66.67", sla.Counts{Early: 1, OnTime: 1, LateApologised: 1}.OnTimeOrEarlyPercent().StringFixed(2))
}

// ratPercent returns 100*n/total exactly.
func ratPercent(n, total int64) *big.Rat {
	return new(big.Rat).SetFrac(big.NewInt(n*100), big.NewInt(total))
}

func TestCountsPercentProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCounts().Draw(t, "counts")
		hundred := decimal.NewFromInt(100)
		sum := decimal.Zero
		for _, o := range []sla.Outcome{sla.Early, sla.OnTime, sla.Late, sla.LateApologised} {
			p := c.Percent(o)
			if p.IsNegative() || p.GreaterThan(hundred) {
				t.Fatalf("Percent(%v) = %s out of [0,100] for %+v", o, p, c)
			}
			if p.Exponent() < -2 {
				t.Fatalf("Percent(%v) = %s has more than two decimals", o, p)
			}
			sum = sum.Add(p)
			if c.Total() > 0 {
				// Rounded half up: within half a hundredth of the exact share,
				// and an exact half goes up.
				diff := new(big.Rat).Sub(p.Rat(), ratPercent(c.Count(o), c.Total()))
				half := big.NewRat(1, 200)
				if diff.Cmp(half) > 0 || new(big.Rat).Neg(diff).Cmp(half) >= 0 {
					t.Fatalf("Percent(%v) = %s not the half-up rounding of %d/%d", o, p, c.Count(o), c.Total())
				}
			}
		}
		if c.Total() == 0 {
			if !sum.IsZero() {
				t.Fatalf("percents of an empty Counts sum to %s", sum)
			}
			return
		}
		if sum.Sub(hundred).Abs().GreaterThan(decimal.RequireFromString("0.04")) {
			t.Fatalf("percents sum to %s for %+v", sum, c)
		}
		if !c.OnTimeOrEarlyPercent().Equal(sla.Counts{Early: c.Early + c.OnTime, Late: c.Late + c.LateApologised}.Percent(sla.Early)) {
			t.Fatalf("OnTimeOrEarlyPercent disagrees with Percent for %+v", c)
		}
	})
}

func TestCountsMergeLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := genCounts().Draw(t, "a"), genCounts().Draw(t, "b"), genCounts().Draw(t, "c")
		if a.Merge(b) != b.Merge(a) {
			t.Fatalf("Merge not commutative")
		}
		if a.Merge(b).Merge(c) != a.Merge(b.Merge(c)) {
			t.Fatalf("Merge not associative")
		}
		if a.Merge(sla.Counts{}) != a {
			t.Fatalf("zero Counts is not the identity")
		}
		if a.Merge(b).Total() != a.Total()+b.Total() {
			t.Fatalf("Total not additive")
		}
	})
}

func TestSummaryZeroValue(t *testing.T) {
	var s sla.Summary[string]
	assert.Equal(t, 0, s.Len())
	assert.Equal(t, sla.Counts{}, s.Total())
	assert.Equal(t, sla.Counts{}, s.Get("x"))
	assert.Empty(t, s.Keys())
	for range s.All() {
		t.Fatal("empty Summary yielded")
	}
	s.Add("x", sla.Early)
	assert.Equal(t, sla.Counts{Early: 1}, s.Get("x"))

	var nilS *sla.Summary[string]
	assert.Equal(t, 0, nilS.Len())
	assert.Equal(t, sla.Counts{}, nilS.Total())
	assert.Equal(t, sla.Counts{}, nilS.Get("x"))
	assert.Nil(t, nilS.Keys())
	assert.Empty(t, nilS.SortedKeys(strings.Compare))
	for range nilS.All() {
		t.Fatal("nil Summary yielded")
	}
	s.Merge(nilS)
	assert.Equal(t, sla.Counts{Early: 1}, s.Total())
}

func TestSummaryBasics(t *testing.T) {
	var s sla.Summary[string]
	s.Add("b", sla.Early)
	s.Add("a", sla.Late)
	s.Add("b", sla.OnTime)
	s.Add("c", sla.OutcomeUnknown) // recorded, not dropped
	s.AddCounts("a", sla.Counts{LateApologised: 2})
	s.AddCounts("z", sla.Counts{}) // no-op: nothing counted

	assert.Equal(t, 3, s.Len())
	assert.Equal(t, sla.Counts{Early: 1, OnTime: 1}, s.Get("b"))
	assert.Equal(t, sla.Counts{Late: 1, LateApologised: 2}, s.Get("a"))
	assert.Equal(t, sla.Counts{Unknown: 1}, s.Get("c"))
	assert.Equal(t, sla.Counts{}, s.Get("z"))
	assert.Equal(t, sla.Counts{Early: 1, OnTime: 1, Late: 1, LateApologised: 2, Unknown: 1}, s.Total())
	assert.Equal(t, int64(5), s.Total().Total())

	assert.Equal(t, []string{"b", "a", "c"}, s.Keys(), "first-added order")
	assert.Equal(t, []string{"a", "b", "c"}, s.SortedKeys(strings.Compare))
	assert.Equal(t, []string{"c", "b", "a"}, s.SortedKeys(func(a, b string) int { return strings.Compare(b, a) }))

	keys := s.Keys()
	keys[0] = "mutated"
	assert.Equal(t, []string{"b", "a", "c"}, s.Keys(), "Keys must return a copy")

	var seen []string
	for k := range s.All() {
		seen = append(seen, k)
		if len(seen) == 2 {
			break
		}
	}
	assert.Equal(t, []string{"b", "a"}, seen, "All must stop when yield returns false")
	sumContents(t, &s)
}

func TestSummaryStructKey(t *testing.T) {
	type key struct {
		Agency string
		Month  int
	}
	var s sla.Summary[key]
	s.Add(key{"H57", 1}, sla.Early)
	s.Add(key{"H57", 2}, sla.Late)
	s.Add(key{"H57", 1}, sla.Early)
	s.Add(key{"H58", 1}, sla.OnTime)
	got := s.SortedKeys(func(a, b key) int {
		return cmp.Or(strings.Compare(a.Agency, b.Agency), cmp.Compare(a.Month, b.Month))
	})
	assert.Equal(t, []key{{"H57", 1}, {"H57", 2}, {"H58", 1}}, got)
	assert.Equal(t, sla.Counts{Early: 2}, s.Get(key{"H57", 1}))
}

func TestSummaryMergeLeavesOtherUnchanged(t *testing.T) {
	a := sumBuild([]sumPair{{"x", sla.Early}, {"y", sla.Late}})
	b := sumBuild([]sumPair{{"y", sla.OnTime}, {"z", sla.LateApologised}})
	before := sumContents(t, b)
	a.Merge(b)
	assert.Equal(t, before, sumContents(t, b))
	assert.Equal(t, []string{"x", "y", "z"}, a.Keys())
	assert.Equal(t, sla.Counts{OnTime: 1, Late: 1}, a.Get("y"))

	// No shared storage: writing to either side leaves the other alone.
	a.Add("z", sla.Early)
	a.Add("w", sla.Early)
	assert.Equal(t, before, sumContents(t, b))
	b.Add("z", sla.Late)
	assert.Equal(t, sla.Counts{Early: 1, LateApologised: 1}, a.Get("z"))
}

func TestSummaryMergeSelf(t *testing.T) {
	s := sumBuild([]sumPair{{"x", sla.Early}, {"y", sla.Late}, {"x", sla.OutcomeUnknown}})
	s.Merge(s)
	assert.Equal(t, map[string]sla.Counts{
		"x": {Early: 2, Unknown: 2},
		"y": {Late: 2},
	}, sumContents(t, s))
}

func TestSummaryReset(t *testing.T) {
	s := sumBuild([]sumPair{{"x", sla.Early}, {"y", sla.Late}})
	s.Reset()
	assert.Equal(t, 0, s.Len())
	assert.Equal(t, sla.Counts{}, s.Total())
	assert.Equal(t, sla.Counts{}, s.Get("x"))
	s.Add("y", sla.OnTime)
	assert.Equal(t, map[string]sla.Counts{"y": {OnTime: 1}}, sumContents(t, s))

	var zero sla.Summary[string]
	zero.Reset() // must not panic
	assert.Equal(t, 0, zero.Len())
}

func TestSummaryTotalProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pairs := genSumPairs().Draw(t, "pairs")
		s := sumBuild(pairs)
		var valid, invalid int64
		for _, p := range pairs {
			if p.o.IsValid() {
				valid++
			} else {
				invalid++
			}
		}
		if s.Total().Total() != valid {
			t.Fatalf("Total().Total() = %d, want %d valid outcomes", s.Total().Total(), valid)
		}
		if s.Total().Unknown != invalid {
			t.Fatalf("Total().Unknown = %d, want %d", s.Total().Unknown, invalid)
		}
		sumContents(t, s)
	})
}

func TestSummaryMergeLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pa := genSumPairs().Draw(t, "a")
		pb := genSumPairs().Draw(t, "b")
		pc := genSumPairs().Draw(t, "c")

		// Commutative: a+b == b+a.
		ab := sumBuild(pa)
		ab.Merge(sumBuild(pb))
		ba := sumBuild(pb)
		ba.Merge(sumBuild(pa))
		require.Equal(t, sumContents(t, ab), sumContents(t, ba))

		// Associative: (a+b)+c == a+(b+c).
		left := sumBuild(pa)
		left.Merge(sumBuild(pb))
		left.Merge(sumBuild(pc))
		bc := sumBuild(pb)
		bc.Merge(sumBuild(pc))
		right := sumBuild(pa)
		right.Merge(bc)
		require.Equal(t, sumContents(t, left), sumContents(t, right))

		// Identity: merging an empty Summary changes nothing.
		id := sumBuild(pa)
		id.Merge(&sla.Summary[string]{})
		require.Equal(t, sumContents(t, sumBuild(pa)), sumContents(t, id))
	})
}

// TestSummaryParallelReductionLaw: splitting a list of dossiers into shards,
// summarising each shard and merging the shards in any order gives the same
// Summary as adding every dossier to one Summary.
func TestSummaryParallelReductionLaw(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pairs := genSumPairs().Draw(t, "pairs")
		cuts := rapid.SliceOfN(rapid.IntRange(0, len(pairs)), 0, 8).Draw(t, "cuts")
		slices.Sort(cuts)
		var shards []*sla.Summary[string]
		prev := 0
		for _, c := range append(cuts, len(pairs)) {
			shards = append(shards, sumBuild(pairs[prev:c]))
			prev = c
		}
		order := rapid.Permutation(shards).Draw(t, "order")

		var merged sla.Summary[string]
		for _, sh := range order {
			merged.Merge(sh)
		}
		require.Equal(t, sumContents(t, sumBuild(pairs)), sumContents(t, &merged))
	})
}

// TestSummaryConcurrentShards is the intended parallel use: one Summary
// per goroutine, merged at the end. Run it with -race.
func TestSummaryConcurrentShards(t *testing.T) {
	const n, workers = 100_000, 8
	rng := rand.New(rand.NewPCG(1, 2))
	pairs := make([]sumPair, n)
	for i := range pairs {
		pairs[i] = sumPair{
			key: fmt.Sprintf("agency-%02d", rng.IntN(50)),
			o:   sumOutcomes[rng.IntN(len(sumOutcomes))],
		}
	}

	shards := make([]*sla.Summary[string], workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s sla.Summary[string]
			for i := w; i < n; i += workers {
				s.Add(pairs[i].key, pairs[i].o)
			}
			shards[w] = &s
		}()
	}
	wg.Wait()

	var merged sla.Summary[string]
	for _, s := range shards {
		merged.Merge(s)
	}
	seq := sumBuild(pairs)
	want := sumContents(t, seq)
	assert.Equal(t, want, sumContents(t, &merged))
	assert.Equal(t, seq.Total(), merged.Total())
	assert.Equal(t, int64(n), merged.Total().Total()+merged.Total().Unknown)

	// Concurrent reads without a writer are safe.
	var rg sync.WaitGroup
	for range workers {
		rg.Add(1)
		go func() {
			defer rg.Done()
			for k, c := range merged.All() {
				if merged.Get(k) != c {
					t.Errorf("Get(%q) disagrees with All", k)
				}
			}
			_ = merged.SortedKeys(strings.Compare)
			_ = merged.Total().Percent(sla.Early)
		}()
	}
	rg.Wait()
}

func TestSummaryAddExistingKeyDoesNotAllocate(t *testing.T) {
	var s sla.Summary[string]
	s.Add("000.00.01.H57", sla.Early)
	var ks sla.Summary[struct{ a, b int }]
	ks.Add(struct{ a, b int }{1, 2}, sla.Late)
	allocs := testing.AllocsPerRun(1000, func() {
		s.Add("000.00.01.H57", sla.OnTime)
		s.Add("000.00.01.H57", sla.OutcomeUnknown)
		ks.Add(struct{ a, b int }{1, 2}, sla.LateApologised)
	})
	assert.Zero(t, allocs)
}

func TestFormatPercentVietnamese(t *testing.T) {
	tests := []struct {
		name   string
		p      decimal.Decimal
		vi, en string
	}{
		{"7320/10000", sla.Counts{Early: 7320, Late: 2680}.Percent(sla.Early), "73,20 %", "73.20%"},
		{"1/3", sla.Counts{Early: 1, Late: 2}.Percent(sla.Early), "33,33 %", "33.33%"},
		{"2/3", sla.Counts{Early: 2, Late: 1}.Percent(sla.Early), "66,67 %", "66.67%"},
		{"0", decimal.Zero, "0,00 %", "0.00%"},
		{"empty counts", sla.Counts{}.Percent(sla.Early), "0,00 %", "0.00%"},
		{"100", decimal.NewFromInt(100), "100,00 %", "100.00%"},
		{"one decimal", decimal.RequireFromString("15.8"), "15,80 %", "15.80%"},
		{"half away from zero", decimal.RequireFromString("0.125"), "0,13 %", "0.13%"},
		{"below half", decimal.RequireFromString("0.1249"), "0,12 %", "0.12%"},
		{"negative", decimal.RequireFromString("-1.5"), "-1,50 %", "-1.50%"},
		{"tiny negative", decimal.RequireFromString("-0.001"), "0,00 %", "0.00%"},
		{"no thousands separator", decimal.RequireFromString("12345.678"), "12345,68 %", "12345.68%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.vi, sla.FormatPercentVietnamese(tt.p))
			assert.Equal(t, tt.en, sla.FormatPercentEnglish(tt.p))
		})
	}
}
