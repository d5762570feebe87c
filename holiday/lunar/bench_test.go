package lunar_test

import (
	"testing"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday/lunar"
)

// benchDays returns solar days spread over the span, and their lunar dates.
func benchDays() ([]date.Date, []lunar.Date) {
	first, last := lunar.Span()
	var ss []date.Date
	var ls []lunar.Date
	for s := first; s <= last; s += 37 {
		l, _ := lunar.FromSolar(s)
		ss = append(ss, s)
		ls = append(ls, l)
	}
	return ss, ls
}

func BenchmarkFromSolar(b *testing.B) {
	ss, _ := benchDays()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := lunar.FromSolar(ss[i%len(ss)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkToSolar(b *testing.B) {
	_, ls := benchDays()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := lunar.ToSolar(ls[i%len(ls)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildTables(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lunar.BuildTables()
	}
}

func TestZeroAllocs(t *testing.T) {
	ss, ls := benchDays()
	i := 0
	if n := testing.AllocsPerRun(1000, func() {
		_, _ = lunar.FromSolar(ss[i%len(ss)])
		i++
	}); n != 0 {
		t.Errorf("FromSolar: %v allocs per call, want 0", n)
	}
	if n := testing.AllocsPerRun(1000, func() {
		_, _ = lunar.ToSolar(ls[i%len(ls)])
		i++
	}); n != 0 {
		t.Errorf("ToSolar: %v allocs per call, want 0", n)
	}
	if n := testing.AllocsPerRun(1000, func() {
		_ = ls[i%len(ls)].IsValid()
		i++
	}); n != 0 {
		t.Errorf("IsValid: %v allocs per call, want 0", n)
	}
}
