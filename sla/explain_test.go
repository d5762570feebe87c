package sla_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// dlSkip is a skipped day in a compact form for comparisons.
type dlSkip struct {
	Date   date.Date
	Reason sla.SkipReason
	Kind   holiday.Kind
}

func dlSkips(e sla.Explanation) []dlSkip {
	out := make([]dlSkip, 0, len(e.Skipped))
	for _, s := range e.Skipped {
		out = append(out, dlSkip{s.Date, s.Reason, s.Special.Kind})
	}
	return out
}

func dlExplain(tb testing.TB, s *sla.Schedule, at time.Time, l sla.Limit) sla.Explanation {
	tb.Helper()
	d, err := s.Deadline(at, l)
	if err != nil {
		tb.Fatalf("Deadline(%s, %s): %v", at, l, err)
	}
	e, err := s.Explain(d)
	if err != nil {
		tb.Fatalf("Explain(%s): %v", d, err)
	}
	return e
}

func TestExplainTet2026(t *testing.T) {
	s := dlSchedule(t, nil)
	e := dlExplain(t, s, dlAt(2026, 2, 13, 16, 40, 0), sla.WorkingDays(3))

	want := []dlSkip{
		{dlDay(2026, 2, 14), sla.SkipWeekend, 0},
		{dlDay(2026, 2, 15), sla.SkipWeekend, 0},
		{dlDay(2026, 2, 16), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2026, 2, 17), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2026, 2, 18), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2026, 2, 19), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2026, 2, 20), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2026, 2, 21), sla.SkipWeekend, 0},
		{dlDay(2026, 2, 22), sla.SkipWeekend, 0},
	}
	assert.Equal(t, want, dlSkips(e), "Tết 14–22/02/2026 (Notice 9441/TB-BNV)")
	for _, sk := range e.Skipped {
		if sk.Reason == sla.SkipSpecial {
			assert.Equal(t, sk.Date, sk.Special.Date)
			assert.Equal(t, "Tết Nguyên Đán", sk.Special.NameVI)
			assert.Contains(t, sk.Special.Source, "9441/TB-BNV")
			assert.False(t, sk.Special.Projected)
		}
	}
	assert.Equal(t, dlDay(2026, 2, 13), e.ReceiptDay)
	assert.False(t, e.AfterCutoff)
	assert.True(t, dlAt(2026, 2, 13, 17, 0, 0).Equal(e.Cutoff), "Cutoff = %s", e.Cutoff)
	assert.Equal(t, dlDay(2026, 2, 25), e.Due)
	assert.True(t, dlAt(2026, 2, 25, 17, 0, 0).Equal(e.At))
	assert.Equal(t, sla.WorkingDays(3), e.Limit)
	assert.Empty(t, e.Pauses)
	assert.Zero(t, e.Reappointed)

	vi := e.Vietnamese()
	assert.Contains(t, vi, "Tiếp nhận: 16:40 thứ Sáu 13/02/2026.")
	assert.Contains(t, vi, "Thời hạn: 3 ngày làm việc.")
	assert.Contains(t, vi, "Điều 147 khoản 2")
	assert.Contains(t, vi, "thứ Bảy 14/02/2026: nghỉ cuối tuần")
	assert.Contains(t, vi, "thứ Hai 16/02/2026: Tết Nguyên Đán (ngày lễ, Tết)\n")
	// Issue 12.18: each source once, after the days, in Vietnamese words.
	assert.Equal(t, 1, strings.Count(vi, "9441/TB-BNV"), vi)
	assert.Contains(t, vi, "\nNguồn: ")
	assert.Contains(t, vi, "(Thông báo 9441/TB-BNV)")
	assert.NotContains(t, vi, "Notice")
	assert.Contains(t, vi, "Hẹn trả kết quả: 17:00 thứ Tư 25/02/2026.")
	assert.NotContains(t, vi, "dự kiến", "2026 is announced")
	assert.NotContains(t, vi, "trở đi", "not after the cut-off")

	en := e.English()
	assert.Contains(t, en, "Received: 16:40 Friday 13/02/2026.")
	assert.Contains(t, en, "Time limit: 3 working days.")
	assert.Contains(t, en, "Art. 147(2)")
	assert.Contains(t, en, "Saturday 14/02/2026: weekend")
	assert.Contains(t, en, "Monday 16/02/2026: Lunar New Year (Tết)")
	assert.Contains(t, en, "(public holiday)\n")
	assert.Equal(t, 1, strings.Count(en, "9441/TB-BNV"), en)
	assert.Contains(t, en, "\nSources: ")
	assert.Contains(t, en, "Due: 17:00 Wednesday 25/02/2026.")
	assert.Equal(t, strings.Count(vi, "\n  - "), 9)
	assert.Equal(t, strings.Count(en, "\n  - "), 9)
}

func TestExplainAfterCutoff(t *testing.T) {
	s := dlSchedule(t, nil)
	e := dlExplain(t, s, dlAt(2026, 3, 6, 17, 30, 0), sla.WorkingDays(1))
	assert.True(t, e.AfterCutoff)
	assert.Equal(t, dlDay(2026, 3, 9), e.ReceiptDay)
	assert.True(t, dlAt(2026, 3, 6, 17, 0, 0).Equal(e.Cutoff))
	assert.Contains(t, e.Vietnamese(), "Tiếp nhận từ 17:00 trở đi nên tính là tiếp nhận ngày làm việc tiếp theo, thứ Hai 09/03/2026.")
	assert.Contains(t, e.English(), "Received at or after the 17:00 cut-off, so counted as received on the next working day, Monday 09/03/2026.")
	assert.Equal(t, []dlSkip{{dlDay(2026, 3, 7), sla.SkipWeekend, 0}, {dlDay(2026, 3, 8), sla.SkipWeekend, 0}}, dlSkips(e))

	c15 := dlSchedule(t, dlOptsCutoff15)
	e = dlExplain(t, c15, dlAt(2026, 3, 3, 15, 0, 0), sla.SameDay())
	assert.True(t, e.AfterCutoff)
	assert.Contains(t, e.Vietnamese(), "Tiếp nhận từ 15:00 trở đi")
	assert.Contains(t, e.Vietnamese(), "Trả kết quả trong ngày tiếp nhận.")
	assert.Contains(t, e.English(), "the 15:00 cut-off")
	assert.Contains(t, e.English(), "Time limit: same day.")
	assert.Contains(t, e.English(), "Due: 17:00 Wednesday 04/03/2026.")
}

func TestExplainDayOff(t *testing.T) {
	s := dlSchedule(t, nil)
	e := dlExplain(t, s, dlAt(2026, 3, 7, 10, 0, 0), sla.WorkingDays(1))
	assert.False(t, e.AfterCutoff)
	assert.True(t, e.Cutoff.IsZero(), "no cut-off on a day off")
	assert.Contains(t, e.Vietnamese(), "Ngày tiếp nhận là ngày nghỉ nên tính là tiếp nhận ngày làm việc tiếp theo, thứ Hai 09/03/2026.")
	assert.Contains(t, e.English(), "Received on a day off, so counted as received on the next working day, Monday 09/03/2026.")
	assert.Equal(t, []dlSkip{{dlDay(2026, 3, 7), sla.SkipWeekend, 0}, {dlDay(2026, 3, 8), sla.SkipWeekend, 0}}, dlSkips(e))
}

func TestExplainCalendarDays(t *testing.T) {
	s := dlSchedule(t, nil)
	cases := []struct {
		name string
		at   time.Time
		l    sla.Limit
		want []dlSkip
	}{
		{"ending on a working day lists nothing", dlAt(2026, 3, 2, 10, 0, 0), sla.CalendarDays(10), []dlSkip{}},
		{"ending on Sunday lists the Sunday", dlAt(2026, 3, 6, 10, 0, 0), sla.CalendarDays(30),
			[]dlSkip{{dlDay(2026, 4, 5), sla.SkipWeekend, 0}}},
		{"received on Saturday lists the weekend before R", dlAt(2026, 3, 7, 10, 0, 0), sla.CalendarDays(30),
			[]dlSkip{{dlDay(2026, 3, 7), sla.SkipWeekend, 0}, {dlDay(2026, 3, 8), sla.SkipWeekend, 0}}},
		{"received after the cut-off on Friday", dlAt(2026, 3, 6, 17, 30, 0), sla.CalendarDays(3),
			[]dlSkip{{dlDay(2026, 3, 7), sla.SkipWeekend, 0}, {dlDay(2026, 3, 8), sla.SkipWeekend, 0}}},
		{"across Tết lists only the days after the nominal end", dlAt(2026, 2, 9, 10, 0, 0), sla.CalendarDays(7),
			[]dlSkip{
				{dlDay(2026, 2, 16), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2026, 2, 17), sla.SkipSpecial, holiday.KindHoliday},
				{dlDay(2026, 2, 18), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2026, 2, 19), sla.SkipSpecial, holiday.KindHoliday},
				{dlDay(2026, 2, 20), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2026, 2, 21), sla.SkipWeekend, 0},
				{dlDay(2026, 2, 22), sla.SkipWeekend, 0},
			}},
		{"month to the 30/4 holidays", dlAt(2026, 3, 31, 10, 0, 0), sla.Months(1),
			[]dlSkip{
				{dlDay(2026, 4, 30), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2026, 5, 1), sla.SkipSpecial, holiday.KindHoliday},
				{dlDay(2026, 5, 2), sla.SkipWeekend, 0}, {dlDay(2026, 5, 3), sla.SkipWeekend, 0},
			}},
		{"month from 30 Jan to Saturday 28 Feb", dlAt(2026, 1, 30, 10, 0, 0), sla.Months(1),
			[]dlSkip{{dlDay(2026, 2, 28), sla.SkipWeekend, 0}, {dlDay(2026, 3, 1), sla.SkipWeekend, 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := dlExplain(t, s, c.at, c.l)
			assert.Equal(t, c.want, dlSkips(e))
			assert.Contains(t, e.Vietnamese(), "Điều 148 khoản 5")
			assert.Contains(t, e.English(), "148(5)")
			if len(c.want) == 0 {
				assert.NotContains(t, e.Vietnamese(), "Ngày không tính")
				assert.NotContains(t, e.English(), "Days not counted")
			}
		})
	}
}

func TestExplainHoursAndKinds(t *testing.T) {
	s := dlSchedule(t, nil)
	e := dlExplain(t, s, dlAt(2021, 2, 9, 18, 0, 0), sla.WorkingHours(16))
	want := []dlSkip{
		{dlDay(2021, 2, 10), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2021, 2, 11), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2021, 2, 12), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2021, 2, 13), sla.SkipSpecial, holiday.KindHoliday},
		{dlDay(2021, 2, 14), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2021, 2, 15), sla.SkipSpecial, holiday.KindCompensatory},
		{dlDay(2021, 2, 16), sla.SkipSpecial, holiday.KindCompensatory},
	}
	assert.Equal(t, want, dlSkips(e), "a holiday on a weekend is SkipSpecial; its compensatory days too")
	assert.Contains(t, e.Vietnamese(), "Bộ luật Dân sự 2015, Điều 147 khoản 1")
	assert.Contains(t, e.Vietnamese(), "nghỉ bù")
	assert.Contains(t, e.English(), "16 working hours")
	assert.Contains(t, e.English(), "compensatory day off")
	assert.Contains(t, e.English(), "Due: 17:00 Thursday 18/02/2021.")

	// A swapped day off.
	e = dlExplain(t, s, dlAt(2025, 12, 31, 10, 0, 0), sla.WorkingDays(1))
	assert.Equal(t, []dlSkip{
		{dlDay(2026, 1, 1), sla.SkipSpecial, holiday.KindHoliday}, {dlDay(2026, 1, 2), sla.SkipSpecial, holiday.KindSwapDayOff},
		{dlDay(2026, 1, 3), sla.SkipWeekend, 0}, {dlDay(2026, 1, 4), sla.SkipWeekend, 0},
	}, dlSkips(e))
	assert.Contains(t, e.Vietnamese(), "nghỉ hoán đổi")
	assert.Contains(t, e.Vietnamese(), "12729/VPCP-KGVX")

	// A swapped working Saturday is not skipped.
	e = dlExplain(t, s, dlAt(2026, 1, 9, 10, 0, 0), sla.WorkingDays(2))
	assert.Equal(t, []dlSkip{{dlDay(2026, 1, 11), sla.SkipWeekend, 0}}, dlSkips(e))

	// A projected year says so.
	e = dlExplain(t, s, dlAt(2031, 4, 28, 10, 0, 0), sla.WorkingDays(5))
	var projected bool
	for _, sk := range e.Skipped {
		projected = projected || sk.Special.Projected
	}
	if projected {
		assert.Contains(t, e.Vietnamese(), "dự kiến")
		assert.Contains(t, e.English(), "projected")
	}
}

func TestTimelineExplain(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5)) // due Mon 09/03
	p, err := tl.Pause(dlAt(2026, 3, 3, 10, 0, 0))
	require.NoError(t, err)

	// An open pause is not (yet) a skipped day.
	e, err := p.Explain()
	require.NoError(t, err)
	assert.Len(t, e.Pauses, 1)
	for _, sk := range e.Skipped {
		assert.NotEqual(t, sla.SkipPause, sk.Reason)
	}

	r, err := p.Resume(dlAt(2026, 3, 5, 9, 0, 0))
	require.NoError(t, err)
	r, err = r.Reappoint(dlAt(2026, 3, 6, 9, 0, 0), dlDay(2026, 3, 16))
	require.NoError(t, err)
	e, err = r.Explain()
	require.NoError(t, err)
	assert.Equal(t, []dlSkip{
		{dlDay(2026, 3, 3), sla.SkipPause, 0}, {dlDay(2026, 3, 4), sla.SkipPause, 0},
		{dlDay(2026, 3, 7), sla.SkipWeekend, 0}, {dlDay(2026, 3, 8), sla.SkipWeekend, 0},
	}, dlSkips(e))
	assert.Equal(t, dlDay(2026, 3, 11), e.Due)
	assert.Equal(t, dlDay(2026, 3, 16), e.Reappointed)
	require.Len(t, e.Pauses, 1)
	assert.Contains(t, e.Vietnamese(), "thứ Ba 03/03/2026: tạm dừng tính thời hạn")
	assert.Contains(t, e.Vietnamese(), "Đã xin lỗi và hẹn lại ngày trả kết quả: thứ Hai 16/03/2026.")
	assert.Contains(t, e.English(), "Tuesday 03/03/2026: clock paused")
	assert.Contains(t, e.English(), "Apologised and re-appointed to Monday 16/03/2026.")

	// A paused day that is also a weekend day is explained as the weekend.
	w, err := tl.Pause(dlAt(2026, 3, 6, 10, 0, 0))
	require.NoError(t, err)
	w, err = w.Resume(dlAt(2026, 3, 10, 10, 0, 0))
	require.NoError(t, err)
	e, err = w.Explain()
	require.NoError(t, err)
	assert.Equal(t, []dlSkip{
		{dlDay(2026, 3, 6), sla.SkipPause, 0}, {dlDay(2026, 3, 7), sla.SkipWeekend, 0},
		{dlDay(2026, 3, 8), sla.SkipWeekend, 0}, {dlDay(2026, 3, 9), sla.SkipPause, 0},
	}, dlSkips(e))

	// The explanation's pauses are a copy.
	e.Pauses[0].From = time.Time{}
	assert.False(t, w.Pauses()[0].From.IsZero())
}

func TestExplainZeroDeadline(t *testing.T) {
	s := dlSchedule(t, nil)
	_, err := s.Explain(sla.Deadline{})
	assert.ErrorIs(t, err, sla.ErrInvalidLimit)
}

func TestSkipReasonString(t *testing.T) {
	assert.Equal(t, "weekend", sla.SkipWeekend.String())
	assert.Equal(t, "special", sla.SkipSpecial.String())
	assert.Equal(t, "pause", sla.SkipPause.String())
	assert.Equal(t, "%!SkipReason(0)", sla.SkipUnknown.String())
	assert.Equal(t, "%!SkipReason(9)", sla.SkipReason(9).String())
}

// TestExplainProperties: for working-day limits, the days counted between
// R (exclusive) and the due date (inclusive) plus the skipped days after R
// cover every day, and no skipped day is a working day.
func TestExplainProperties(t *testing.T) {
	scheds := dlSchedules(t)
	cal := holiday.Vietnam()
	rapid.Check(t, func(t *rapid.T) {
		s := dlGenSched(t, scheds).s
		at, l := dlGenInstant(t, "at"), dlGenLimit(t, "limit")
		d, ok := dlDeadline(t, s, at, l)
		if !ok {
			return
		}
		e, err := s.Explain(d)
		if err != nil {
			t.Fatalf("Explain(%s): %v", d, err)
		}
		if e.Due != d.Due() || !e.At.Equal(d.At()) || e.ReceiptDay != d.ReceiptDay() || e.AfterCutoff != d.AfterCutoff() {
			t.Fatalf("explanation %+v does not match %s", e, d)
		}
		for i, sk := range e.Skipped {
			if cal.IsWorkingDay(sk.Date) {
				t.Fatalf("skipped %s is a working day", sk.Date)
			}
			if sk.Date >= d.Due() || sk.Date < date.NewAt(d.Received()) {
				t.Fatalf("skipped %s outside [receipt %s, due %s)", sk.Date, d.Received(), d.Due())
			}
			if i > 0 && sk.Date <= e.Skipped[i-1].Date {
				t.Fatalf("skipped days out of order: %v", e.Skipped)
			}
			if (sk.Reason == sla.SkipSpecial) != (sk.Special.Kind != 0) {
				t.Fatalf("skipped %s: reason %s with special %+v", sk.Date, sk.Reason, sk.Special)
			}
		}
		if l.Unit() == sla.UnitWorkingDays && l.IsWhole() {
			// Every day in [receipt date, due) is a working day or skipped.
			skipped := map[date.Date]bool{}
			for _, sk := range e.Skipped {
				skipped[sk.Date] = true
			}
			for day := date.NewAt(d.Received()); day < d.Due(); day++ {
				if !cal.IsWorkingDay(day) && !skipped[day] {
					t.Fatalf("%s: day off %s not explained", d, day)
				}
			}
		}
		want := fmt.Sprintf("%s %s.", d.At().Format("15:04"), d.Due().Format("02/01/2006"))
		if en := e.English(); !strings.Contains(en, want[:6]) || !strings.Contains(en, d.Due().Format("02/01/2006")) {
			t.Fatalf("English() does not give the due instant %q:\n%s", want, en)
		}
	})
}
