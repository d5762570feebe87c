package sla_test

import (
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
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
