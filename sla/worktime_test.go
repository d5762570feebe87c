package sla_test

import (
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
	"pgregory.net/rapid"
)

// AddWorkingTime and WorkingTimeBetween are inverses over office hours.
func TestWorkingTimeInverse(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, sla.VietnamZone).
			Add(time.Duration(rapid.IntRange(0, 365*24*60).Draw(t, "minute")) * time.Minute)
		w := time.Duration(rapid.IntRange(1, 200*60).Draw(t, "work minutes")) * time.Minute
		end, _, err := s.AddWorkingTime(start, w)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.WorkingTimeBetween(start, end)
		if err != nil || got != w {
			t.Fatalf("WorkingTimeBetween(%s, AddWorkingTime(%s, %s) = %s) = %s, %v", start, start, w, end, got, err)
		}
	})
}

func TestWorkingTimeErrors(t *testing.T) {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone)
	if _, _, err := s.AddWorkingTime(now, -time.Hour); !errors.Is(err, sla.ErrInvalidLimit) {
		t.Errorf("negative work: err = %v, want ErrInvalidLimit", err)
	}
	if d, err := s.WorkingTimeBetween(now, now.Add(-time.Hour)); d != 0 || err != nil {
		t.Errorf("backwards interval = %s, %v; want 0, nil", d, err)
	}
	var zero sla.Schedule
	if _, _, err := zero.AddWorkingTime(now, time.Hour); !errors.Is(err, sla.ErrInvalidSchedule) {
		t.Errorf("zero Schedule: err = %v, want ErrInvalidSchedule", err)
	}
	if _, err := s.WorkingTimeBetween(now, time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)); !errors.Is(err, holiday.ErrOutOfSpan) {
		t.Errorf("beyond the span: err = %v, want ErrOutOfSpan", err)
	}
}

// AddWork and WorkBetween, the one office-hours engine, agree with a
// minute-by-minute count of office time over schedules with a shorter
// Friday and a Saturday receiving session, from any zone.
func TestWorkMatchesMinuteCount(t *testing.T) {
	short := []sla.Session{{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)}}
	s, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		WeekdaySessions: map[time.Weekday][]sla.Session{time.Friday: short, time.Saturday: short},
	})
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		a := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC).
			Add(time.Duration(rapid.IntRange(0, 20*24*60).Draw(t, "minute")) * time.Minute)
		w := time.Duration(rapid.IntRange(0, 40*60).Draw(t, "work minutes")) * time.Minute
		m := s.MomentOf(a)
		end, err := s.AddWork(m, w)
		if err != nil {
			t.Fatal(err)
		}
		// The oracle: walk minute by minute, counting minutes in office hours.
		var got time.Duration
		at := s.TimeOf(m)
		for got < w {
			mm := s.MomentOf(at)
			if open, close, ok := s.OfficeHours(mm.Day); ok && mm.Time >= open && mm.Time < close && inSession(s, mm) {
				got += time.Minute
			}
			at = at.Add(time.Minute)
		}
		if w > 0 && !s.TimeOf(end).Equal(at) {
			t.Fatalf("AddWork(%v, %s) = %s, minute count ends at %s", m, w, s.TimeOf(end), at)
		}
		back, err := s.WorkBetween(m, end)
		if err != nil || back != w {
			t.Fatalf("WorkBetween(m, AddWork(m, %s)) = %s, %v", w, back, err)
		}
		if neg, _ := s.WorkBetween(end, m); neg != -w {
			t.Fatalf("WorkBetween backwards = %s, want %s", neg, -w)
		}
	})
}

func inSession(s *sla.Schedule, m sla.Moment) bool {
	for _, x := range s.SessionsOn(m.Day) {
		if m.Time >= x.Start && m.Time < x.End {
			return true
		}
	}
	return false
}

// Regression (issue 18.2): liaison's copy of WorkBetween stopped silently
// at the end of the calendar; the one engine reports it.
func TestWorkBetweenOutOfSpan(t *testing.T) {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	_, last := s.Calendar().Span()
	a := sla.Moment{Day: last - 3, Time: clock.New(9, 0, 0, 0)}
	if _, err := s.WorkBetween(a, sla.Moment{Day: last + 1}); !errors.Is(err, holiday.ErrOutOfSpan) {
		t.Errorf("WorkBetween past the span: err = %v, want ErrOutOfSpan", err)
	}
	if _, err := s.AddWork(a, 100*time.Hour); !errors.Is(err, holiday.ErrOutOfSpan) {
		t.Errorf("AddWork past the span: err = %v, want ErrOutOfSpan", err)
	}
	if _, err := s.AddWork(a, -time.Hour); !errors.Is(err, sla.ErrInvalidLimit) {
		t.Errorf("AddWork negative: err = %v, want ErrInvalidLimit", err)
	}
}

// The engine does not allocate.
func TestWorkAllocs(t *testing.T) {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	m := s.MomentOf(time.Date(2026, 2, 13, 15, 0, 0, 0, sla.VietnamZone))
	if n := testing.AllocsPerRun(100, func() {
		e, _ := s.AddWork(m, 30*time.Hour)
		_, _ = s.WorkBetween(m, e)
		_, _, _ = s.OfficeHours(e.Day)
	}); n != 0 {
		t.Errorf("allocations = %v, want 0", n)
	}
}
