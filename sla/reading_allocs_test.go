//go:build !race

package sla_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
)

// TestReadLimitAllocations: a typical read allocates twice (the reading's
// text and its reasons), whatever the reader's code looks like; a third
// allocation is a regression of the kind a reader escaping to the heap
// causes (passed to a function value, say), which costs about 10 % of a
// read. BenchmarkReadLimit measures the time. (The race detector
// allocates on its own, so the count is checked without it.)
func TestReadLimitAllocations(t *testing.T) {
	if n := testing.AllocsPerRun(200, func() { _, _ = sla.ReadLimit(benchText) }); n > 2 {
		t.Errorf("ReadLimit(%q) allocates %.0f times, want at most 2", benchText, n)
	}
}

// TestReadLimitAllocatesLinearly: reading a long text allocates in
// proportion to what the reading returns (one alternative, one reason a
// clause), not to the working buffers, which a pooled scratch keeps up to
// MaxLimitTextBytes. Before they were kept, 4 times the clauses allocated
// 19 times the bytes (9,458 → 177,492 bytes at 1,695 and 8,095 bytes of
// text), a cost that grows faster than the text.
func TestReadLimitAllocatesLinearly(t *testing.T) {
	// The least of three measures: a collection while the test runs (other
	// tests allocate beside it) may empty the pool, and the next read grows
	// the scratch again, which is no cost of the text's length.
	bytesPerRead := func(text string) float64 {
		least := 0.0
		for try := range 3 {
			_, _ = sla.ReadLimit(text) // grow the scratch first
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			const runs = 50
			for range runs {
				_, _ = sla.ReadLimit(text)
			}
			runtime.ReadMemStats(&after)
			if b := float64(after.TotalAlloc-before.TotalAlloc) / runs; try == 0 || b < least {
				least = b
			}
		}
		return least
	}
	short := bytesPerRead(benchText + strings.Repeat(benchClause, 20))
	long := bytesPerRead(benchText + strings.Repeat(benchClause, 80))
	if long > 5*short {
		t.Errorf("reading 80 clauses allocates %.0f bytes, 20 clauses %.0f: more than 5 times for 4 times the text", long, short)
	}
}
