//go:build !race

package sla_test

import (
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
