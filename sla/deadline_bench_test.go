package sla_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/sla"
)

// dlBenchReceipts are receipt instants over 2026 every 7 h 13 min, so that
// they fall on working days, weekends, holidays, before and after the
// cut-off.
var dlBenchReceipts = func() []time.Time {
	out := make([]time.Time, 1024)
	t := dlAt(2026, 1, 1, 0, 0, 0)
	for i := range out {
		out[i] = t
		t = t.Add(7*time.Hour + 13*time.Minute)
	}
	return out
}()

var (
	dlSinkDeadline sla.Deadline
	dlSinkInt      int
	dlSinkExpl     sla.Explanation
)

func dlBenchDeadline(b *testing.B, l sla.Limit) {
	s := dlSchedule(b, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d, err := s.Deadline(dlBenchReceipts[i&1023], l)
		if err != nil {
			b.Fatal(err)
		}
		dlSinkDeadline = d
	}
}

func BenchmarkDeadlineWorkingDays(b *testing.B)  { dlBenchDeadline(b, sla.WorkingDays(15)) }
func BenchmarkDeadlineWorkingHours(b *testing.B) { dlBenchDeadline(b, sla.WorkingHours(16)) }
func BenchmarkDeadlineCalendarDays(b *testing.B) { dlBenchDeadline(b, sla.CalendarDays(30)) }
func BenchmarkDeadlineMonths(b *testing.B)       { dlBenchDeadline(b, sla.Months(2)) }
func BenchmarkDeadlineHalfDay(b *testing.B) {
	half, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	dlBenchDeadline(b, half)
}

func BenchmarkTimelinePauseResume(b *testing.B) {
	s := dlSchedule(b, nil)
	tl := dlStart(b, s, dlAt(2026, 3, 2, 10, 0, 0), sla.WorkingDays(15))
	from, to := dlAt(2026, 3, 3, 10, 0, 0), dlAt(2026, 3, 5, 9, 0, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p, err := tl.Pause(from)
		if err != nil {
			b.Fatal(err)
		}
		r, err := p.Resume(to)
		if err != nil {
			b.Fatal(err)
		}
		dlSinkDeadline = r.Deadline()
	}
}

func BenchmarkTimelinePauseResumeHours(b *testing.B) {
	s := dlSchedule(b, nil)
	tl := dlStart(b, s, dlAt(2026, 3, 2, 10, 0, 0), sla.WorkingHours(40))
	from, to := dlAt(2026, 3, 3, 10, 0, 0), dlAt(2026, 3, 5, 9, 0, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p, _ := tl.Pause(from)
		r, err := p.Resume(to)
		if err != nil {
			b.Fatal(err)
		}
		dlSinkDeadline = r.Deadline()
	}
}

func BenchmarkTimelineRemaining(b *testing.B) {
	s := dlSchedule(b, nil)
	tl := dlStart(b, s, dlAt(2026, 2, 13, 16, 40, 0), sla.WorkingDays(3))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		n, err := tl.Remaining(dlBenchReceipts[i&63])
		if err != nil {
			b.Fatal(err)
		}
		dlSinkInt = n
	}
}

func BenchmarkExplain(b *testing.B) {
	s := dlSchedule(b, nil)
	d, err := s.Deadline(dlAt(2026, 2, 13, 16, 40, 0), sla.WorkingDays(3))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e, err := s.Explain(d)
		if err != nil {
			b.Fatal(err)
		}
		dlSinkExpl = e
	}
}

func BenchmarkExplainVietnamese(b *testing.B) {
	s := dlSchedule(b, nil)
	d, _ := s.Deadline(dlAt(2026, 2, 13, 16, 40, 0), sla.WorkingDays(3))
	e, err := s.Explain(d)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dlSinkInt += len(e.Vietnamese())
	}
}
