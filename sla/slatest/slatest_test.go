package slatest

import (
	"github.com/motcua/motcua/internal/tbrecord"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/holidaytest"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"pgregory.net/rapid"
)

func defaultSchedule(t testing.TB) *sla.Schedule {
	t.Helper()
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCheckDeadlinesDefault(t *testing.T) {
	CheckDeadlines(t, defaultSchedule(t))
}

func TestCheckDeadlinesCutoff1500(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		Sessions:        []sla.Session{{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)}, {Start: clock.New(13, 30, 0, 0), End: clock.New(17, 0, 0, 0)}},
		WeekdaySessions: map[time.Weekday][]sla.Session{time.Saturday: {{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)}}},
		Cutoff:          clock.New(15, 0, 0, 0),
	})
	if err != nil {
		t.Fatal(err)
	}
	CheckDeadlines(t, s)
}

// The laws hold for every generated schedule that closes before midnight.
// Schedules whose last session ends at 24:00 are left out here and pinned
// by TestSessionEndingAtMidnight (a bug in sla, see that test).
func TestCheckDeadlinesGeneratedSchedules(t *testing.T) {
	cal := holiday.Vietnam()
	schedules, limits, days, co := Schedule(cal), Limit(), holidaytest.Date(cal), newCalOracle(cal)
	rapid.Check(t, func(t *rapid.T) {
		s := schedules.Draw(t, "schedule")
		for d := date.New(2026, time.January, 5); d < date.New(2026, time.January, 12); d++ {
			if ss := s.SessionsOn(d); len(ss) > 0 && ss[len(ss)-1].End == clock.Day {
				t.Skip("closes at 24:00: see TestSessionEndingAtMidnight")
			}
		}
		received := drawInstant(t, s, days)
		checkDeadline(t, s, &oracle{s: s, calOracle: co}, received, limits.Draw(t, "limit"))
	})
}

// Regression (found by this kit): a session may end at 24:00, and a
// deadline completing at that close was placed on the next day, a
// Saturday. Due is now the day the work completes; At is the midnight that
// ends it.
func TestSessionEndingAtMidnight(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		Sessions: []sla.Session{{Start: clock.New(13, 0, 0, 0), End: clock.Day}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// Friday 6 March 2026, 14:00: 10 working hours end at the close, 24:00 Friday.
	received := date.New(2026, time.March, 6).Time(clock.New(14, 0, 0, 0), sla.VietnamZone)
	CheckDeadline(t, s, received, sla.WorkingHours(10))
	CheckDeadline(t, s, received, sla.WorkingDays(1))
}

// Regression (found by this kit): fractional working days are counted as
// hours of Schedule.DayLength through each day's own sessions, so on a
// weekday whose sessions are longer than the ordinary day, more time could
// be due earlier — now clamped to the whole days:
// with Fridays of 07:00–12:00 and 13:00–19:00 (11 h) and a receipt on
// Friday 6 March 2026 at 07:00, 1 working day is due on Monday 9 March but
// 1,25 working days (10 h) on Friday 6 March, the receipt day.
func TestFractionalDaysOnLongerWeekday(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		WeekdaySessions: map[time.Weekday][]sla.Session{time.Friday: {
			{Start: clock.New(7, 0, 0, 0), End: clock.New(12, 0, 0, 0)},
			{Start: clock.New(13, 0, 0, 0), End: clock.New(19, 0, 0, 0)}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	received := date.New(2026, time.March, 6).Time(clock.New(7, 0, 0, 0), sla.VietnamZone)
	whole, err := s.Deadline(received, sla.WorkingDays(1))
	if err != nil {
		t.Fatal(err)
	}
	more, err := s.Deadline(received, sla.MustParseLimit("1,25 ngày làm việc"))
	if err != nil {
		t.Fatal(err)
	}
	if more.Due() < whole.Due() {
		t.Errorf("1,25 working days are due on %s, before 1 working day (%s)\nexplanation:\n%s",
			more.Due(), whole.Due(), explain(s, more))
	}
}

func TestGeneratorsHitHardCases(t *testing.T) {
	s := defaultSchedule(t)
	instants, limits, schedules := Instant(s), Limit(), Schedule(holiday.Vietnam())
	var atCutoff, atOpening, inLunch, offDay, sameDay, half, hours, months int
	const n = 2000
	for i := 0; i < n; i++ {
		at := instants.Example(i).In(sla.VietnamZone)
		c := clock.NewAt(at)
		switch {
		case c == clock.New(17, 0, 0, 0):
			atCutoff++
		case c == clock.New(8, 0, 0, 0):
			atOpening++
		case c >= clock.New(12, 0, 0, 0) && c <= clock.New(13, 0, 0, 0):
			inLunch++
		}
		if !s.Calendar().IsWorkingDay(date.NewAt(at)) {
			offDay++
		}
		switch l := limits.Example(i); {
		case l.IsSameDay():
			sameDay++
		case l.Unit() == sla.UnitWorkingDays && l.Hundredths()%100 == 50:
			half++
		case l.Unit() == sla.UnitWorkingHours:
			hours++
		case l.Unit() == sla.UnitMonths:
			months++
		}
		if i < 200 {
			if sc := schedules.Example(i); sc == nil {
				t.Fatal("Schedule drew nil")
			}
		}
	}
	if atCutoff < n/40 || atOpening < n/40 || inLunch < n/40 || offDay < n/5 ||
		sameDay < n/40 || half < n/40 || hours < n/40 || months < n/40 {
		t.Errorf("too few hard cases in %d draws: cut-off %d, opening %d, lunch %d, days off %d; same day %d, halves %d, hours %d, months %d",
			n, atCutoff, atOpening, inLunch, offDay, sameDay, half, hours, months)
	}
}

func TestRunDeadlinePassesCorrectFunction(t *testing.T) {
	s := defaultSchedule(t)
	RunDeadline(t, func(received time.Time, l sla.Limit) (date.Date, error) {
		d, err := s.Deadline(received, l)
		return d.Due(), err
	}, s)
}

// The runner must be able to fail.
func TestRunDeadlineCatchesBugs(t *testing.T) {
	t.Chdir(t.TempDir()) // rapid saves the failing cases under testdata/rapid
	s := defaultSchedule(t)
	cal := s.Calendar()
	bugs := map[string]func(time.Time, sla.Limit) (date.Date, error){
		// Counts the receipt day as the first working day.
		"counts the receipt day": func(received time.Time, l sla.Limit) (date.Date, error) {
			d, err := s.Deadline(received, l)
			if err != nil || l.Unit() != sla.UnitWorkingDays || !l.IsWhole() || l.IsSameDay() {
				return d.Due(), err
			}
			return cal.AddWorkingDays(d.ReceiptDay(), int(l.Hundredths()/100)-1)
		},
		// Ignores the cut-off: a receipt after closing counts that day.
		"ignores the cut-off": func(received time.Time, l sla.Limit) (date.Date, error) {
			d, err := s.Deadline(received, l)
			day := date.NewAt(received.In(s.Zone()))
			if err != nil || !d.AfterCutoff() || l.Unit() != sla.UnitWorkingDays || !l.IsWhole() {
				return d.Due(), err
			}
			return cal.AddWorkingDays(day, int(l.Hundredths()/100))
		},
		// Reads the receipt in UTC.
		"reads the receipt in UTC": func(received time.Time, l sla.Limit) (date.Date, error) {
			s2, _ := sla.NewSchedule(cal, &sla.ScheduleOptions{Zone: time.UTC})
			d, err := s2.Deadline(received, l)
			return d.Due(), err
		},
	}
	for name, f := range bugs {
		t.Run(name, func(t *testing.T) {
			r := tbrecord.Record(strings.ReplaceAll(name, " ", "_"), func(tb rapid.TB) { runDeadline(tb, f, s) })
			if !r.Failed() {
				t.Fatalf("RunDeadline passed a buggy function; output:\n%s", r.Output())
			}
			if out := r.Output(); !strings.Contains(out, "Received: ") || !strings.Contains(out, "Due: ") {
				t.Errorf("failure message lacks the explanation:\n%s", out)
			}
		})
	}
}

// The laws must be able to fail: a schedule whose calendar disagrees with
// the oracle is reported.
func TestCheckDeadlineCanFail(t *testing.T) {
	s := defaultSchedule(t)
	o := newOracle(s)
	tet := date.New(2026, time.February, 17)
	delete(o.special, tet) // the oracle now thinks mùng 1 Tết is a working day
	received := date.New(2026, time.February, 13).Time(clock.New(10, 0, 0, 0), sla.VietnamZone)
	r := tbrecord.Record("laws", func(tb rapid.TB) { checkDeadline(tb, s, o, received, sla.WorkingDays(1)) })
	if !r.Failed() || !strings.Contains(r.Output(), "Tết") {
		t.Fatalf("checkDeadline did not catch a disagreement; output:\n%s", r.Output())
	}
}

func TestVerify(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(s); err != nil {
		t.Fatalf("Verify = %v", err)
	}
	if err := VerifyDeadline(&sla.Schedule{}, time.Now(), sla.WorkingDays(1)); err == nil {
		t.Fatal("VerifyDeadline on the zero Schedule = nil, want an error")
	}
}
