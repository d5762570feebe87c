package holiday_test

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

var (
	sinkDate date.Date
	sinkInt  int
	sinkBool bool
	sinkCal  *holiday.Calendar
)

// BenchmarkVietnamBuild measures building a whole calendar: Vietnam() is
// cached, so it extends it with an empty Spec, which rebuilds every table.
func BenchmarkVietnamBuild(b *testing.B) {
	vn := holiday.Vietnam()
	b.ReportAllocs()
	for b.Loop() {
		c, err := vn.Extend(holiday.Spec{})
		if err != nil {
			b.Fatal(err)
		}
		sinkCal = c
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	vn := holiday.Vietnam()
	start := date.New(2026, time.January, 1)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkBool = vn.IsWorkingDay(start + date.Date(i&1023))
		i++
	}
}

func BenchmarkAddWorkingDays(b *testing.B) {
	vn := holiday.Vietnam()
	start := date.New(2026, time.January, 1)
	for _, n := range []int{1, 30, 250, 1000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				d, err := vn.AddWorkingDays(start+date.Date(i&255), n)
				if err != nil {
					b.Fatal(err)
				}
				sinkDate = d
				i++
			}
		})
	}
}

func BenchmarkWorkingDaysBetween(b *testing.B) {
	vn := holiday.Vietnam()
	start := date.New(2026, time.January, 1)
	const tenYears = 3653
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := start + date.Date(i&255)
		n, err := vn.WorkingDaysBetween(a, a+tenYears)
		if err != nil {
			b.Fatal(err)
		}
		sinkInt = n
		i++
	}
}

// TestCalendarMemory estimates the heap a built calendar keeps alive.
func TestCalendarMemory(t *testing.T) {
	vn := holiday.Vietnam()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, err := vn.Extend(holiday.Spec{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(c)
	used := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("a built calendar keeps about %d KiB on the heap (%d special days)", used/1024, len(c.SpecialDays(spanFirst, spanLast+1)))
	const limit = 1 << 20
	if used > limit {
		t.Errorf("a built calendar keeps %d bytes on the heap, want at most %d (1 MiB)", used, limit)
	}
}
