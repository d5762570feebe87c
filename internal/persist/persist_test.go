package persist_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/motcua/motcua/internal/persist"
)

// Two values derived from the same one never see each other's elements.
func TestBranchesDoNotShare(t *testing.T) {
	var base []int
	var o *persist.Owner
	for i := range 5 {
		base, o = persist.Append(base, o, i)
	}
	a, _ := persist.Append(base, o, 100) // in place
	b, _ := persist.Append(base, o, 200) // must copy
	if !slices.Equal(a, []int{0, 1, 2, 3, 4, 100}) || !slices.Equal(b, []int{0, 1, 2, 3, 4, 200}) {
		t.Fatalf("a = %v, b = %v", a, b)
	}
	if !slices.Equal(base, []int{0, 1, 2, 3, 4}) {
		t.Fatalf("base changed: %v", base)
	}
}

// Concurrent appends to one value each get their own element (run with -race).
func TestConcurrentAppends(t *testing.T) {
	var base []int
	var o *persist.Owner
	for i := range 3 {
		base, o = persist.Append(base, o, i)
	}
	var wg sync.WaitGroup
	results := make([][]int, 16)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[g], _ = persist.Append(base, o, g)
		}()
	}
	wg.Wait()
	for g, r := range results {
		if !slices.Equal(r, []int{0, 1, 2, g}) {
			t.Errorf("goroutine %d got %v", g, r)
		}
	}
}

func BenchmarkAppend100(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var s []int
		var o *persist.Owner
		for i := range 100 {
			s, o = persist.Append(s, o, i)
		}
	}
}

// A slice handed to Own is appended in place while it has room; a second
// value derived from the same one copies.
func TestOwn(t *testing.T) {
	s := make([]int, 3, 5)
	o := persist.Own(s)
	a, oa := persist.Append(s, o, 7)
	if &a[0] != &s[0] || oa != o {
		t.Fatal("Append after Own copied instead of using the spare room")
	}
	b, _ := persist.Append(s, o, 8)
	if &b[0] == &s[0] || !slices.Equal(a, []int{0, 0, 0, 7}) || !slices.Equal(b, []int{0, 0, 0, 8}) {
		t.Fatalf("a = %v, b = %v (b must be a copy)", a, b)
	}
}
