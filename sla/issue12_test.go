package sla_test

// Regressions of issue 12 (hardening) and issue 18 (the error contract) in
// package sla, each with the story of what was wrong.

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// Item 22: a cut-off before opening (07:00 for an office opening at 08:00)
// was accepted, and then no dossier received in office hours ever counted
// as received that day.
func TestIssue12CutoffBeforeOpeningRefused(t *testing.T) {
	for _, c := range []clock.Clock{clock.New(7, 0, 0, 0), clock.New(8, 0, 0, 0)} {
		_, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Cutoff: c})
		var se *sla.ScheduleError
		if !errors.As(err, &se) || !errors.Is(err, sla.ErrInvalidSchedule) || se.Field != "Cutoff" {
			t.Errorf("NewSchedule with cut-off %s: err = %v", c.HhMm(), err)
		}
		s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
		if _, err := s.WithCutoff(c); !errors.As(err, &se) {
			t.Errorf("WithCutoff(%s): err = %v", c.HhMm(), err)
		}
	}
	// A Friday that opens at 13:30 makes 11:00 a cut-off before opening.
	late := []sla.Session{{Start: clock.New(13, 30, 0, 0), End: clock.New(17, 0, 0, 0)}}
	_, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		Cutoff: clock.New(11, 0, 0, 0), WeekdaySessions: map[time.Weekday][]sla.Session{time.Friday: late}})
	if !errors.Is(err, sla.ErrInvalidSchedule) {
		t.Errorf("cut-off before Friday's opening: err = %v", err)
	}
	if _, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Cutoff: clock.New(8, 1, 0, 0)}); err != nil {
		t.Errorf("cut-off 08:01: %v", err)
	}
}

// Item 13: AddWorkingTime with a huge duration said "2199-12-31 outside
// …2199-12-31"; it now says how much work, from when, ends past which day.
func TestIssue12AddWorkingTimeHugeNamesTheWork(t *testing.T) {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone)
	_, _, err := s.AddWorkingTime(start, math.MaxInt64)
	var ce *sla.CountError
	if !errors.As(err, &ce) || !errors.Is(err, sla.ErrOutOfSpan) || !errors.Is(err, holiday.ErrOutOfSpan) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"2026-03-02 09:00", "after the calendar's last day 2199-12-31"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err = %q, want it to contain %q", err, want)
		}
	}
	if n := strings.Count(err.Error(), "sla:"); n != 1 {
		t.Errorf("err = %q names the package %d times", err, n)
	}
}

// The error contract (issue 18.1): every error is one of the package's
// typed errors, wraps one of its sentinels, and names the package once; an
// error of package holiday behind it stays reachable.
func TestErrorContract(t *testing.T) {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	var zero sla.Schedule
	var tl sla.Timeline
	late := time.Date(2199, 12, 30, 9, 0, 0, 0, sla.VietnamZone)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone)
	started, _ := s.Start(now, sla.WorkingDays(3))
	for _, tc := range []struct {
		name string
		err  error
		is   error
	}{
		{"Deadline past the span", second(s.Deadline(late, sla.WorkingDays(5))), sla.ErrOutOfSpan},
		{"Deadline zero limit", second(s.Deadline(now, sla.Limit{})), sla.ErrInvalidLimit},
		{"Deadline zero schedule", second(zero.Deadline(now, sla.WorkingDays(1))), sla.ErrInvalidSchedule},
		{"ReceiptDay past the span", second(s.ReceiptDay(time.Date(2199, 12, 31, 18, 0, 0, 0, sla.VietnamZone))), sla.ErrOutOfSpan},
		{"AddWorkingTime negative", third(s.AddWorkingTime(now, -time.Hour)), sla.ErrInvalidLimit},
		{"WorkingTimeBetween past the span", second(s.WorkingTimeBetween(now, late.AddDate(1, 0, 0))), sla.ErrOutOfSpan},
		{"AddWork negative", second(s.AddWork(s.MomentOf(now), -1)), sla.ErrInvalidLimit},
		{"Remaining zero timeline", second(tl.Remaining(now)), sla.ErrInvalidTimeline},
		{"Explain zero timeline", second(tl.Explain()), sla.ErrInvalidTimeline},
		{"Explain zero deadline", second(s.Explain(sla.Deadline{})), sla.ErrInvalidLimit},
		{"Resume running", second(started.Resume(now.Add(time.Hour))), sla.ErrNotPaused},
		{"Pause past the span", second(started.Pause(time.Date(2200, 1, 2, 0, 0, 0, 0, time.UTC))), sla.ErrOutOfSpan},
		{"Unit code", new(sla.Unit).UnmarshalText([]byte("days")), sla.ErrUnknownCode},
		{"Unit marshal", second(sla.Unit(9).MarshalText()), sla.ErrUnknownCode},
		{"Outcome code", new(sla.Outcome).UnmarshalText([]byte("Late")), sla.ErrUnknownCode},
		{"SkipReason code", new(sla.SkipReason).UnmarshalText([]byte("holiday")), sla.ErrUnknownCode},
		{"Limit marshal", second(sla.Limit{}.MarshalText()), sla.ErrLimitRange},
		{"Limit unmarshal", new(sla.Limit).UnmarshalText([]byte("3 ngay")), sla.ErrLimitSyntax},
		{"LimitFromHundredths", second(sla.LimitFromHundredths(-1, sla.UnitWorkingDays)), sla.ErrLimitRange},
		{"LimitFromHundredths unit", second(sla.LimitFromHundredths(100, 0)), sla.ErrLimitSyntax},
		{"ParseLimit", second(sla.ParseLimit("mười năm")), sla.ErrLimitSyntax},
		{"WithCutoff", second(s.WithCutoff(-1)), sla.ErrInvalidSchedule},
	} {
		checkContract(t, tc.name, tc.err, tc.is)
	}
}

func checkContract(t *testing.T, name string, err, is error) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", name)
		return
	}
	var (
		se *sla.ScheduleError
		ce *sla.CountError
		te *sla.TimelineError
		le *sla.LimitError
		ve *sla.ValueError
	)
	if !errors.As(err, &se) && !errors.As(err, &ce) && !errors.As(err, &te) && !errors.As(err, &le) && !errors.As(err, &ve) {
		t.Errorf("%s: %T %v is none of the package's typed errors", name, err, err)
	}
	if !errors.Is(err, is) {
		t.Errorf("%s: %v does not wrap %v", name, err, is)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "sla: ") || strings.Count(msg, "sla:") != 1 {
		t.Errorf("%s: %q does not name the package once, first", name, msg)
	}
}

func second[T any](_ T, err error) error        { return err }
func third[T, U any](_ T, _ U, err error) error { return err }

// Issue 18.5: Timeline had a non-comparable marker and no Equal; Deadline
// was documented comparable, yet deadlines from two schedules with equal
// zones differed under ==.
func TestEqual(t *testing.T) {
	zone := func() *time.Location { return time.FixedZone("ICT", 7*60*60) }
	a, _ := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Zone: zone()})
	b, _ := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Zone: zone()})
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	da, _ := a.Deadline(at, sla.WorkingDays(5))
	db, _ := b.Deadline(at, sla.WorkingDays(5))
	if !da.Equal(db) {
		t.Errorf("deadlines of schedules with equal zones: Equal false (%v, %v)", da, db)
	}
	if dc, _ := a.Deadline(at, sla.WorkingDays(6)); da.Equal(dc) {
		t.Error("deadlines of 5 and 6 working days are Equal")
	}
	t1, _ := a.Start(at, sla.WorkingHours(16))
	t2, _ := a.Start(at, sla.WorkingHours(16))
	if !t1.Equal(t2) {
		t.Error("two timelines started alike are not Equal")
	}
	p1, _ := t1.Pause(at.Add(time.Hour))
	if p1.Equal(t1) {
		t.Error("a paused timeline is Equal to the running one")
	}
	r1, _ := p1.Resume(at.Add(26 * time.Hour))
	p2, _ := t2.Pause(at.Add(time.Hour))
	r2, _ := p2.Resume(at.Add(26 * time.Hour))
	if !r1.Equal(r2) {
		t.Error("timelines paused and resumed alike are not Equal")
	}
	if r1.Equal(sla.Timeline{}) || !(sla.Timeline{}).Equal(sla.Timeline{}) {
		t.Error("Equal on zero timelines")
	}
}

// Item 5: after a supplement restart (Decree 61/2018/NĐ-CP Art. 19(4)) the
// explanation named the restart instant as "received" and said nothing of
// the restart. It now explains the receipt, each pause and restart, and
// the resulting date, in one language per rendering.
func TestIssue12ExplainRestart(t *testing.T) {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	at := func(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, sla.VietnamZone) }
	tl, _ := s.Start(at(2, 10), sla.WorkingDays(5))
	tl, _ = tl.Pause(at(3, 14))
	tl, err := tl.Restart(at(5, 9))
	if err != nil {
		t.Fatal(err)
	}
	e, err := tl.Explain()
	if err != nil {
		t.Fatal(err)
	}
	if !e.FirstReceived.Equal(at(2, 10)) || len(e.Restarts) != 1 || !e.Restarts[0].At.Equal(at(5, 9)) ||
		len(e.Restarts[0].Pauses) != 1 || !e.Restarts[0].Pauses[0].To.Equal(at(5, 9)) {
		t.Fatalf("explanation = %+v", e)
	}
	vi := e.Vietnamese()
	for _, want := range []string{
		"Tiếp nhận: 10:00 thứ Hai 02/03/2026.",
		"Tạm dừng tính thời hạn từ 14:00 thứ Ba 03/03/2026 đến 09:00 thứ Năm 05/03/2026.",
		"Nhận đủ hồ sơ lúc 09:00 thứ Năm 05/03/2026: thời hạn được tính lại từ đầu (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4).",
		"Hẹn trả kết quả: 17:00 thứ Năm 12/03/2026.",
	} {
		if !strings.Contains(vi, want) {
			t.Errorf("Vietnamese explanation lacks %q:\n%s", want, vi)
		}
	}
	en := e.English()
	for _, want := range []string{"Received: 10:00 Monday 02/03/2026.", "Complete dossier received at 09:00 Thursday 05/03/2026", "Due: 17:00 Thursday 12/03/2026."} {
		if !strings.Contains(en, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, en)
		}
	}
	if strings.Contains(vi, "Received") || strings.Contains(en, "Tiếp nhận") {
		t.Error("a rendering mixes languages")
	}
	// The history is the caller's copy.
	h := tl.History()
	h[0].Pauses[0].From = time.Time{}
	if tl.History()[0].Pauses[0].From.IsZero() {
		t.Error("History shares its pauses")
	}
}
