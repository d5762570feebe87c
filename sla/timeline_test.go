package sla_test

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// dlStart starts a timeline or fails the test.
func dlStart(tb testing.TB, s *sla.Schedule, at time.Time, l sla.Limit) sla.Timeline {
	tb.Helper()
	tl, err := s.Start(at, l)
	if err != nil {
		tb.Fatalf("Start(%s, %s): %v", at, l, err)
	}
	return tl
}

// dlState is what a refused operation must leave unchanged.
type dlState struct {
	Due, OriginalDue date.Date
	Deadline         sla.Deadline
	Paused           bool
	Pauses           []sla.Pause
	Restarts         int
	Reappointed      date.Date
}

func dlStateOf(tl sla.Timeline) dlState {
	re, _ := tl.Reappointed()
	return dlState{tl.Due(), tl.OriginalDue(), tl.Deadline(), tl.IsPaused(), tl.Pauses(), tl.Restarts(), re}
}

// dlRefused checks that op was refused with want, wrapped in a
// *TimelineError naming the operation, and that both the receiver and the
// returned timeline are unchanged.
func dlRefused(t *testing.T, tl sla.Timeline, opName string, op func(sla.Timeline) (sla.Timeline, error), want error) {
	t.Helper()
	before := dlStateOf(tl)
	got, err := op(tl)
	require.Error(t, err)
	assert.ErrorIs(t, err, want)
	var te *sla.TimelineError
	if assert.True(t, errors.As(err, &te), "%T is not a *sla.TimelineError", err) {
		assert.Equal(t, opName, te.Op)
	}
	assert.Contains(t, err.Error(), opName)
	assert.Equal(t, before, dlStateOf(tl), "the receiver changed")
	assert.Equal(t, before, dlStateOf(got), "the returned timeline differs from the receiver")
}

// Received Monday 2 March 2026 10:00 with 5 working days: due Monday 9 March.
var (
	dlTLReceived = dlAt(2026, 3, 2, 10, 0, 0)
	dlTLDue      = dlDay(2026, 3, 9)
)

func TestTimelineStart(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5))
	assert.True(t, tl.IsValid())
	assert.Equal(t, dlTLDue, tl.Due())
	assert.Equal(t, dlTLDue, tl.OriginalDue())
	d, err := s.Deadline(dlTLReceived, sla.WorkingDays(5))
	require.NoError(t, err)
	assert.Equal(t, d, tl.Deadline())
	assert.False(t, tl.IsPaused())
	assert.Empty(t, tl.Pauses())
	assert.Zero(t, tl.Restarts())
	re, ok := tl.Reappointed()
	assert.False(t, ok)
	assert.Zero(t, re)

	_, err = s.Start(dlTLReceived, sla.Limit{})
	assert.ErrorIs(t, err, sla.ErrInvalidLimit)
}

func TestTimelinePauseResumeDays(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5))

	p, err := tl.Pause(dlAt(2026, 3, 3, 10, 0, 0))
	require.NoError(t, err)
	assert.True(t, p.IsPaused())
	assert.False(t, tl.IsPaused(), "Pause returns a new timeline")
	assert.Equal(t, dlTLDue, p.Due(), "the due date moves on Resume")
	require.Len(t, p.Pauses(), 1)
	assert.True(t, p.Pauses()[0].To.IsZero(), "an open pause")

	// Resume on Thursday: Tuesday and Wednesday, the working days in
	// [pause day, resume day), extend the due date (Resume doc).
	r, err := p.Resume(dlAt(2026, 3, 5, 9, 0, 0))
	require.NoError(t, err)
	assert.False(t, r.IsPaused())
	assert.Equal(t, dlDay(2026, 3, 11), r.Due())
	assert.Equal(t, dlDay(2026, 3, 11), r.OriginalDue())
	assert.True(t, dlAt(2026, 3, 11, 17, 0, 0).Equal(r.Deadline().At()))
	require.Len(t, r.Pauses(), 1)
	assert.True(t, dlAt(2026, 3, 3, 10, 0, 0).Equal(r.Pauses()[0].From))
	assert.True(t, dlAt(2026, 3, 5, 9, 0, 0).Equal(r.Pauses()[0].To))
	assert.True(t, p.Pauses()[0].To.IsZero(), "Resume left the paused timeline as it was")

	// A pause over a weekend moves nothing but the working days in it.
	p2, err := r.Pause(dlAt(2026, 3, 6, 16, 0, 0)) // Friday
	require.NoError(t, err)
	r2, err := p2.Resume(dlAt(2026, 3, 9, 8, 0, 0)) // Monday
	require.NoError(t, err)
	assert.Equal(t, dlDay(2026, 3, 12), r2.Due(), "one working day (Friday) paused")
	assert.Len(t, r2.Pauses(), 2)

	// A pause over Tết moves by working days only.
	tet := dlStart(t, s, dlAt(2026, 2, 11, 9, 0, 0), sla.WorkingDays(5)) // 12, 13, 23, 24, 25
	require.Equal(t, dlDay(2026, 2, 25), tet.Due())
	tp, err := tet.Pause(dlAt(2026, 2, 13, 9, 0, 0))
	require.NoError(t, err)
	tr, err := tp.Resume(dlAt(2026, 2, 24, 9, 0, 0))
	require.NoError(t, err)
	assert.Equal(t, dlDay(2026, 2, 27), tr.Due(), "Fri 13 and Mon 23 paused: two working days")

	// The pauses slice is the caller's.
	ps := r2.Pauses()
	ps[0].From = time.Time{}
	assert.False(t, r2.Pauses()[0].From.IsZero())

	// Branching from one timeline does not share state.
	a, err := r.Pause(dlAt(2026, 3, 6, 9, 0, 0))
	require.NoError(t, err)
	b, err := r.Pause(dlAt(2026, 3, 10, 9, 0, 0))
	require.NoError(t, err)
	assert.True(t, dlAt(2026, 3, 6, 9, 0, 0).Equal(a.Pauses()[1].From))
	assert.True(t, dlAt(2026, 3, 10, 9, 0, 0).Equal(b.Pauses()[1].From))
	ar, err := a.Resume(dlAt(2026, 3, 9, 9, 0, 0))
	require.NoError(t, err)
	assert.True(t, b.IsPaused(), "resuming a branch resumed another")
	assert.False(t, ar.IsPaused())
}

func TestTimelinePauseResumeSameDay(t *testing.T) {
	s := dlSchedule(t, nil)
	for _, l := range []sla.Limit{sla.WorkingDays(5), sla.SameDay(), sla.CalendarDays(30), sla.Months(1)} {
		tl := dlStart(t, s, dlTLReceived, l)
		p, err := tl.Pause(dlAt(2026, 3, 3, 9, 0, 0))
		require.NoError(t, err)
		r, err := p.Resume(dlAt(2026, 3, 3, 16, 0, 0))
		require.NoError(t, err)
		assert.Equal(t, tl.Deadline(), r.Deadline(), "%s: a pause within one day changes nothing", l)
	}
}

func TestTimelinePauseResumeHours(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingHours(8))
	require.True(t, dlAt(2026, 3, 3, 10, 0, 0).Equal(tl.Deadline().At()))

	// 11:00–14:00 holds two office hours (11–12, 13–14).
	p, err := tl.Pause(dlAt(2026, 3, 2, 11, 0, 0))
	require.NoError(t, err)
	r, err := p.Resume(dlAt(2026, 3, 2, 14, 0, 0))
	require.NoError(t, err)
	assert.True(t, dlAt(2026, 3, 3, 12, 0, 0).Equal(r.Deadline().At()), "At = %s", r.Deadline().At())
	assert.Equal(t, dlDay(2026, 3, 3), r.Due())

	// Tuesday 11:30 to Wednesday 08:30 holds 0.5 + 4 + 0.5 office hours.
	p, err = r.Pause(dlAt(2026, 3, 3, 11, 30, 0))
	require.NoError(t, err)
	r, err = p.Resume(dlAt(2026, 3, 4, 8, 30, 0))
	require.NoError(t, err)
	assert.True(t, dlAt(2026, 3, 4, 9, 0, 0).Equal(r.Deadline().At()), "At = %s", r.Deadline().At())
	assert.Equal(t, dlDay(2026, 3, 4), r.Due())

	// The counted instant, not the re-appointed date, is what moves.
	assert.Equal(t, 2, len(r.Pauses()))
}

func TestTimelineHoursOutsideOfficeHours(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlAt(2026, 3, 2, 9, 0, 0), sla.WorkingHours(16)) // Wed 04/03 09:00
	want := dlAt(2026, 3, 4, 9, 0, 0)
	require.True(t, want.Equal(tl.Deadline().At()))
	for _, c := range []struct{ from, to time.Time }{
		{dlAt(2026, 3, 2, 12, 0, 0), dlAt(2026, 3, 2, 13, 0, 0)}, // lunch
		{dlAt(2026, 3, 2, 17, 0, 0), dlAt(2026, 3, 3, 8, 0, 0)},  // night
		{dlAt(2026, 3, 2, 10, 0, 0), dlAt(2026, 3, 2, 10, 0, 0)}, // empty
	} {
		p, err := tl.Pause(c.from)
		require.NoError(t, err)
		r, err := p.Resume(c.to)
		require.NoError(t, err)
		assert.Equal(t, tl.Deadline(), r.Deadline(), "pause %s–%s", c.from, c.to)
	}
	// A pause over a weekend counts only Friday's and Monday's hours.
	fri := dlStart(t, s, dlAt(2026, 3, 6, 9, 0, 0), sla.WorkingHours(8)) // Mon 09/03 09:00
	p, err := fri.Pause(dlAt(2026, 3, 6, 16, 0, 0))
	require.NoError(t, err)
	r, err := p.Resume(dlAt(2026, 3, 9, 9, 0, 0))
	require.NoError(t, err)
	assert.True(t, dlAt(2026, 3, 9, 11, 0, 0).Equal(r.Deadline().At()), "At = %s; 2 h paused", r.Deadline().At())
}

func TestTimelineRefusals(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5))
	paused, err := tl.Pause(dlAt(2026, 3, 3, 10, 0, 0))
	require.NoError(t, err)
	reap, err := tl.Reappoint(dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 3, 13))
	require.NoError(t, err)

	t.Run("Pause twice", func(t *testing.T) {
		dlRefused(t, paused, "Pause", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Pause(dlAt(2026, 3, 4, 10, 0, 0))
		}, sla.ErrPaused)
	})
	t.Run("Resume while running", func(t *testing.T) {
		dlRefused(t, tl, "Resume", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Resume(dlAt(2026, 3, 4, 10, 0, 0))
		}, sla.ErrNotPaused)
	})
	t.Run("Pause before the receipt", func(t *testing.T) {
		dlRefused(t, tl, "Pause", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Pause(dlAt(2026, 3, 2, 9, 59, 59))
		}, sla.ErrOutOfOrder)
	})
	t.Run("Resume before the pause", func(t *testing.T) {
		dlRefused(t, paused, "Resume", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Resume(dlAt(2026, 3, 3, 9, 0, 0))
		}, sla.ErrOutOfOrder)
	})
	t.Run("Restart before the pause", func(t *testing.T) {
		dlRefused(t, paused, "Restart", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Restart(dlAt(2026, 3, 2, 11, 0, 0))
		}, sla.ErrOutOfOrder)
	})
	t.Run("Reappoint before the last event", func(t *testing.T) {
		dlRefused(t, paused, "Reappoint", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Reappoint(dlAt(2026, 3, 2, 11, 0, 0), dlDay(2026, 3, 13))
		}, sla.ErrOutOfOrder)
	})
	t.Run("Pause before the re-appointment", func(t *testing.T) {
		dlRefused(t, reap, "Pause", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Pause(dlAt(2026, 3, 3, 10, 0, 0))
		}, sla.ErrOutOfOrder)
	})
	t.Run("Reappoint twice", func(t *testing.T) {
		dlRefused(t, reap, "Reappoint", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Reappoint(dlAt(2026, 3, 5, 10, 0, 0), dlDay(2026, 3, 16))
		}, sla.ErrAlreadyReappointed)
	})
	t.Run("an instant in another zone is compared as an instant", func(t *testing.T) {
		// 02:59 UTC on 2 March is 09:59 in Vietnam, before the receipt.
		dlRefused(t, tl, "Pause", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Pause(time.Date(2026, 3, 2, 2, 59, 0, 0, time.UTC))
		}, sla.ErrOutOfOrder)
		_, err := tl.Pause(time.Date(2026, 3, 2, 3, 0, 0, 0, time.UTC))
		assert.NoError(t, err, "the receipt instant itself is not before the last event")
	})
	t.Run("Resume beyond the span", func(t *testing.T) {
		end := dlStart(t, s, dlAt(2199, 12, 2, 10, 0, 0), sla.WorkingDays(15))
		ep, err := end.Pause(dlAt(2199, 12, 3, 10, 0, 0))
		require.NoError(t, err)
		dlRefused(t, ep, "Resume", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Resume(dlAt(2199, 12, 20, 10, 0, 0))
		}, holiday.ErrOutOfSpan)
		hours := dlStart(t, s, dlAt(2199, 12, 2, 10, 0, 0), sla.WorkingHours(100))
		hp, err := hours.Pause(dlAt(2199, 12, 3, 10, 0, 0))
		require.NoError(t, err)
		dlRefused(t, hp, "Resume", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Resume(dlAt(2199, 12, 20, 10, 0, 0))
		}, holiday.ErrOutOfSpan)
		dlRefused(t, hp, "Resume", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Resume(dlAt(2200, 1, 20, 10, 0, 0))
		}, holiday.ErrOutOfSpan)
	})
	t.Run("instants past the calendar", func(t *testing.T) {
		// Far past 2199: no operation accepts them, whatever the year
		// (nanosecond counts overflow after 2262).
		for _, far := range []time.Time{dlAt(2200, 1, 1, 0, 0, 0), dlAt(2263, 1, 1, 9, 0, 0), dlAt(9999, 12, 31, 9, 0, 0)} {
			dlRefused(t, tl, "Pause", func(x sla.Timeline) (sla.Timeline, error) { return x.Pause(far) }, holiday.ErrOutOfSpan)
			dlRefused(t, paused, "Resume", func(x sla.Timeline) (sla.Timeline, error) { return x.Resume(far) }, holiday.ErrOutOfSpan)
			dlRefused(t, tl, "Reappoint", func(x sla.Timeline) (sla.Timeline, error) {
				return x.Reappoint(far, dlDay(2026, 3, 13))
			}, holiday.ErrOutOfSpan)
		}
		last, err := tl.Pause(dlAt(2199, 12, 31, 23, 59, 59))
		require.NoError(t, err, "the calendar's last day is in")
		assert.True(t, last.Pauses()[0].From.Equal(dlAt(2199, 12, 31, 23, 59, 59)))
	})
	t.Run("Restart beyond the span", func(t *testing.T) {
		dlRefused(t, tl, "Restart", func(x sla.Timeline) (sla.Timeline, error) {
			return x.Restart(dlAt(2200, 1, 2, 10, 0, 0))
		}, holiday.ErrOutOfSpan)
	})
}

func TestTimelineReappoint(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5)) // due Mon 09/03

	r, err := tl.Reappoint(dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 3, 13))
	require.NoError(t, err)
	assert.Equal(t, dlDay(2026, 3, 13), r.Due(), "Due is the new date")
	assert.Equal(t, dlTLDue, r.OriginalDue(), "OriginalDue is kept for statistics")
	assert.Equal(t, dlTLDue, r.Deadline().Due())
	nd, ok := r.Reappointed()
	assert.True(t, ok)
	assert.Equal(t, dlDay(2026, 3, 13), nd)
	_, ok = tl.Reappointed()
	assert.False(t, ok, "the receiver is unchanged")

	// Outcomes are judged against the original due date (Circular
	// 01/2018/TT-VPCP Art. 13); late after an apology is LateApologised
	// up to the re-appointed date (13 March), and plain Late after it: the
	// apology's own promise is broken too (Timeline.Outcome).
	assert.Equal(t, sla.Early, r.Outcome(dlAt(2026, 3, 6, 10, 0, 0)))
	assert.Equal(t, sla.OnTime, r.Outcome(dlAt(2026, 3, 9, 16, 59, 0)))
	assert.Equal(t, sla.OnTime, r.Outcome(dlAt(2026, 3, 9, 23, 0, 0)))
	assert.Equal(t, sla.LateApologised, r.Outcome(dlAt(2026, 3, 11, 10, 0, 0)))
	assert.Equal(t, sla.LateApologised, r.Outcome(dlAt(2026, 3, 13, 16, 0, 0)), "on the new date")
	assert.Equal(t, sla.Late, r.Outcome(dlAt(2026, 3, 16, 10, 0, 0)), "after the new date: the apology covers no more")
	assert.Equal(t, sla.Late, tl.Outcome(dlAt(2026, 3, 11, 10, 0, 0)))
	// The finish instant is read in the schedule's zone: 18:00 UTC on
	// Monday 9 March is Tuesday 01:00 in Vietnam.
	assert.Equal(t, sla.Late, tl.Outcome(time.Date(2026, 3, 9, 18, 0, 0, 0, time.UTC)))
	assert.Equal(t, sla.OnTime, tl.Outcome(time.Date(2026, 3, 9, 16, 59, 0, 0, time.UTC)))

	// A pause after the re-appointment moves both dates (days).
	p, err := r.Pause(dlAt(2026, 3, 5, 9, 0, 0))
	require.NoError(t, err)
	pr, err := p.Resume(dlAt(2026, 3, 6, 9, 0, 0))
	require.NoError(t, err)
	assert.Equal(t, dlDay(2026, 3, 10), pr.OriginalDue())
	assert.Equal(t, dlDay(2026, 3, 16), pr.Due())

	// Restart drops the re-appointment: the new deadline replaces it.
	rs, err := r.Restart(dlAt(2026, 3, 5, 9, 0, 0))
	require.NoError(t, err)
	_, ok = rs.Reappointed()
	assert.False(t, ok)
	assert.Equal(t, dlDay(2026, 3, 12), rs.Due())
	assert.Equal(t, 1, rs.Restarts())
	_, err = rs.Reappoint(dlAt(2026, 3, 6, 9, 0, 0), dlDay(2026, 3, 20))
	assert.NoError(t, err, "one re-appointment per deadline")

	cases := []struct {
		name  string
		at    time.Time
		newD  date.Date
		want  error
		basis string
	}{
		{"on the due date", dlAt(2026, 3, 9, 8, 0, 0), dlDay(2026, 3, 13), sla.ErrApologyTooLate, "Decree 61/2018 Art. 19(9): at the latest one day before"},
		{"after the due date", dlAt(2026, 3, 10, 8, 0, 0), dlDay(2026, 3, 13), sla.ErrApologyTooLate, "Art. 19(9)"},
		{"new date on the due date", dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 3, 9), sla.ErrBadReappointment, "Reappoint doc: after the due date"},
		{"new date before the due date", dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 3, 6), sla.ErrBadReappointment, "Reappoint doc"},
		{"new date on a Saturday", dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 3, 14), sla.ErrBadReappointment, "Reappoint doc: a working day"},
		{"new date on a holiday", dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 4, 30), sla.ErrBadReappointment, "Labour Code 2019 Art. 112(1)"},
		{"new date zero", dlAt(2026, 3, 4, 10, 0, 0), 0, sla.ErrBadReappointment, "Reappoint doc"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dlRefused(t, tl, "Reappoint", func(x sla.Timeline) (sla.Timeline, error) {
				return x.Reappoint(c.at, c.newD)
			}, c.want)
		})
	}

	// The last working day before the due date is in time: one working day
	// is left (Friday for a Monday due date).
	_, err = tl.Reappoint(dlAt(2026, 3, 6, 16, 59, 0), dlDay(2026, 3, 13))
	assert.NoError(t, err, "Friday for a Monday due date")
	mid := dlStart(t, s, dlAt(2026, 3, 3, 10, 0, 0), sla.WorkingDays(5)) // due Tue 10/03
	_, err = mid.Reappoint(dlAt(2026, 3, 9, 10, 0, 0), dlDay(2026, 3, 13))
	assert.NoError(t, err, "Monday for a Tuesday due date")
}

// TestTimelineReappointWeekendBeforeDue: an apology made on the weekend
// before a Monday due date leaves no working day before it.
//
// BUG (reported, fails): Reappoint (timeline.go) counts
// WorkingDaysBetween(day(at), due), the working days in (day(at), due],
// which counts the due date itself; on Saturday or Sunday before a Monday
// due date that is 1 and the apology is accepted. Its doc and
// ErrApologyTooLate require a working day left before the due date, i.e.
// in [day(at), due).
func TestTimelineReappointWeekendBeforeDue(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5)) // due Mon 09/03
	for _, at := range []time.Time{dlAt(2026, 3, 8, 10, 0, 0), dlAt(2026, 3, 7, 10, 0, 0)} {
		t.Run(at.Weekday().String(), func(t *testing.T) {
			_, err := tl.Reappoint(at, dlDay(2026, 3, 13))
			assert.ErrorIs(t, err, sla.ErrApologyTooLate, "apology on %s for a Monday due date (Decree 61/2018 Art. 19(9))", at.Weekday())
		})
	}
	// The same after Tết: due Monday 23/02/2026, apology during the break.
	tet := dlStart(t, s, dlAt(2026, 2, 12, 10, 0, 0), sla.WorkingDays(2)) // Fri 13, Mon 23
	require.Equal(t, dlDay(2026, 2, 23), tet.Due())
	_, err := tet.Reappoint(dlAt(2026, 2, 18, 10, 0, 0), dlDay(2026, 2, 27))
	assert.ErrorIs(t, err, sla.ErrApologyTooLate, "apology during Tết for the first day after it")
}

// TestTimelineReappointHoursPause: with a limit in hours, a pause after a
// re-appointment moves the counted due date but not the re-appointed one.
//
// BUG (reported, fails): Resume (timeline.go) moves newDue only for day
// limits (shiftDays); for hour limits the re-appointed date stays, so Due()
// (the re-appointed date) ends before OriginalDue() after a long pause.
func TestTimelineReappointHoursPause(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingHours(16)) // Wed 04/03 10:00
	require.Equal(t, dlDay(2026, 3, 4), tl.Due())
	r, err := tl.Reappoint(dlAt(2026, 3, 2, 11, 0, 0), dlDay(2026, 3, 6))
	require.NoError(t, err)
	p, err := r.Pause(dlAt(2026, 3, 3, 9, 0, 0))
	require.NoError(t, err)
	pr, err := p.Resume(dlAt(2026, 3, 10, 9, 0, 0)) // 5 working days
	require.NoError(t, err)
	assert.Equal(t, dlDay(2026, 3, 11), pr.OriginalDue(), "40 office hours later")
	assert.GreaterOrEqual(t, pr.Due(), pr.OriginalDue(), "the re-appointed date (%s) is before the counted due date (%s)", pr.Due(), pr.OriginalDue())
}

func TestTimelineRestart(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5))
	p, err := tl.Pause(dlAt(2026, 3, 3, 10, 0, 0))
	require.NoError(t, err)
	at := dlAt(2026, 3, 12, 9, 0, 0)
	r, err := p.Restart(at)
	require.NoError(t, err)
	fresh := dlStart(t, s, at, sla.WorkingDays(5))
	assert.Equal(t, fresh.Deadline(), r.Deadline(), "Decree 61/2018 Art. 19(4): the limit runs again from the start")
	assert.Equal(t, dlDay(2026, 3, 19), r.Due())
	assert.False(t, r.IsPaused(), "Restart closes an open pause")
	assert.Empty(t, r.Pauses())
	assert.Equal(t, 1, r.Restarts())
	assert.True(t, p.IsPaused(), "the receiver is unchanged")

	r2, err := r.Restart(dlAt(2026, 3, 13, 17, 30, 0)) // after the cut-off
	require.NoError(t, err)
	assert.Equal(t, 2, r2.Restarts())
	assert.Equal(t, dlDay(2026, 3, 23), r2.Due(), "R = Mon 16/03")
	// The last event is the restart instant.
	_, err = r2.Pause(dlAt(2026, 3, 13, 17, 0, 0))
	assert.ErrorIs(t, err, sla.ErrOutOfOrder)
}

func TestTimelineRemaining(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5)) // due Mon 09/03
	cases := []struct {
		now  time.Time
		want int
	}{
		{dlAt(2026, 3, 2, 10, 0, 0), 5},
		{dlAt(2026, 3, 4, 10, 0, 0), 3},
		{dlAt(2026, 3, 6, 16, 0, 0), 1},
		{dlAt(2026, 3, 7, 10, 0, 0), 1},
		{dlAt(2026, 3, 9, 8, 0, 0), 0},
		{dlAt(2026, 3, 9, 23, 59, 0), 0},
		{dlAt(2026, 3, 10, 9, 0, 0), -1},
		{dlAt(2026, 3, 11, 9, 0, 0), -2},
		{dlAt(2026, 3, 14, 9, 0, 0), -5},                   // Saturday: 9..13 overdue
		{time.Date(2026, 3, 8, 17, 30, 0, 0, time.UTC), 0}, // Monday 00:30 in Vietnam
	}
	for _, c := range cases {
		got, err := tl.Remaining(c.now)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "Remaining(%s)", c.now)
	}

	// Frozen while paused: counted from the pause.
	p, err := tl.Pause(dlAt(2026, 3, 4, 10, 0, 0))
	require.NoError(t, err)
	for _, now := range []time.Time{dlAt(2026, 3, 4, 11, 0, 0), dlAt(2026, 3, 9, 10, 0, 0), dlAt(2026, 3, 20, 10, 0, 0)} {
		got, err := p.Remaining(now)
		require.NoError(t, err)
		assert.Equal(t, 3, got, "Remaining(%s) while paused", now)
	}
	r, err := p.Resume(dlAt(2026, 3, 6, 10, 0, 0))
	require.NoError(t, err)
	got, err := r.Remaining(dlAt(2026, 3, 6, 10, 0, 0))
	require.NoError(t, err)
	assert.Equal(t, 3, got, "after resuming, the paused days were added back")

	// With a re-appointment, Remaining counts to the new date.
	re, err := tl.Reappoint(dlAt(2026, 3, 4, 10, 0, 0), dlDay(2026, 3, 13))
	require.NoError(t, err)
	got, err = re.Remaining(dlAt(2026, 3, 10, 9, 0, 0))
	require.NoError(t, err)
	assert.Equal(t, 3, got)

	_, err = tl.Remaining(dlAt(2200, 1, 5, 9, 0, 0))
	assert.ErrorIs(t, err, holiday.ErrOutOfSpan)
}

func TestTimelineDueSoon(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5)) // due Mon 09/03
	cases := []struct {
		now       time.Time
		threshold int
		want      bool
	}{
		{dlAt(2026, 3, 4, 10, 0, 0), 2, false}, // 3 left
		{dlAt(2026, 3, 4, 10, 0, 0), 3, true},
		{dlAt(2026, 3, 6, 10, 0, 0), 1, true},
		{dlAt(2026, 3, 9, 10, 0, 0), 0, true},   // due today
		{dlAt(2026, 3, 10, 10, 0, 0), 5, false}, // overdue
		{dlAt(2026, 3, 2, 10, 0, 0), 4, false},
		{dlAt(2026, 3, 2, 10, 0, 0), 5, true},
		{dlAt(2026, 3, 6, 10, 0, 0), -1, false},
		{dlAt(2200, 1, 5, 9, 0, 0), 5, false}, // out of span
	}
	for _, c := range cases {
		assert.Equal(t, c.want, tl.DueSoon(c.now, c.threshold), "DueSoon(%s, %d)", c.now, c.threshold)
	}
	p, err := tl.Pause(dlAt(2026, 3, 6, 9, 0, 0))
	require.NoError(t, err)
	assert.False(t, p.DueSoon(dlAt(2026, 3, 6, 10, 0, 0), 3), "a paused clock is not due soon")
}

func TestTimelineZero(t *testing.T) {
	var tl sla.Timeline
	at := dlAt(2026, 3, 2, 10, 0, 0)
	assert.False(t, tl.IsValid())
	assert.False(t, tl.IsPaused())
	assert.Zero(t, tl.Due())
	assert.Zero(t, tl.OriginalDue())
	assert.False(t, tl.Deadline().IsValid())
	assert.Empty(t, tl.Pauses())
	assert.Equal(t, sla.OutcomeUnknown, tl.Outcome(at))
	assert.False(t, tl.DueSoon(at, 5))
	_, err := tl.Remaining(at)
	assert.ErrorIs(t, err, sla.ErrInvalidTimeline)
	_, err = tl.Explain()
	assert.ErrorIs(t, err, sla.ErrInvalidTimeline)

	ops := map[string]func(sla.Timeline) (sla.Timeline, error){
		"Pause":     func(x sla.Timeline) (sla.Timeline, error) { return x.Pause(at) },
		"Resume":    func(x sla.Timeline) (sla.Timeline, error) { return x.Resume(at) },
		"Restart":   func(x sla.Timeline) (sla.Timeline, error) { return x.Restart(at) },
		"Reappoint": func(x sla.Timeline) (sla.Timeline, error) { return x.Reappoint(at, dlDay(2026, 3, 13)) },
	}
	for name, op := range ops {
		t.Run(name, func(t *testing.T) {
			require.NotPanics(t, func() { dlRefused(t, tl, name, op, sla.ErrInvalidTimeline) })
		})
	}
}

func TestTimelineErrorMessage(t *testing.T) {
	s := dlSchedule(t, nil)
	tl := dlStart(t, s, dlTLReceived, sla.WorkingDays(5))
	_, err := tl.Resume(dlAt(2026, 3, 4, 10, 30, 0))
	require.Error(t, err)
	assert.Equal(t, "sla: Resume at 2026-03-04 10:30: the clock is not paused", err.Error())
	_, err = tl.Pause(dlAt(2026, 3, 1, 10, 30, 0))
	assert.Contains(t, err.Error(), "2026-03-02 10:00", "the message names the last event")
}

// ---- rapid properties ----

// TestTimelineProperties: the laws of pauses and restarts (issue 3), over
// random receipts, limits of every unit and schedules.
func TestTimelineProperties(t *testing.T) {
	scheds := dlSchedules(t)
	cal := holiday.Vietnam()

	// draw a receipt well inside the span and a limit.
	start := func(t *rapid.T) (*sla.Schedule, sla.Timeline) {
		s := dlGenSched(t, scheds).s
		at := dlGenInstant(t, "at")
		if at.Year() >= 2198 {
			at = at.AddDate(-10, 0, 0)
		}
		l := dlGenLimit(t, "limit")
		tl, err := s.Start(at, l)
		if err != nil {
			t.Fatalf("Start(%s, %s): %v", at, l, err)
		}
		return s, tl
	}
	after := func(t *rapid.T, from time.Time, label string) time.Time {
		if rapid.Bool().Draw(t, label+"SameDay") {
			d := date.NewAt(from.In(sla.VietnamZone))
			x := d.Time(dlGenClock(t, label+"Clock"), sla.VietnamZone)
			if x.Before(from) {
				return from
			}
			return x
		}
		return from.Add(time.Duration(rapid.Int64Range(0, int64(40*24*time.Hour)).Draw(t, label)))
	}

	t.Run("pauses only move due dates later", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			_, tl := start(t)
			cur := tl.Deadline().Received()
			for range rapid.IntRange(1, 4).Draw(t, "pauses") {
				p := after(t, cur, "pause")
				r := after(t, p, "resume")
				pt, err := tl.Pause(p)
				if err != nil {
					t.Fatalf("Pause(%s): %v", p, err)
				}
				rt, err := pt.Resume(r)
				if err != nil {
					t.Fatalf("Resume(%s): %v", r, err)
				}
				if rt.Due() < tl.Due() || rt.Deadline().At().Before(tl.Deadline().At()) {
					t.Fatalf("pause %s–%s moved %s earlier to %s", p, r, tl.Deadline(), rt.Deadline())
				}
				if !cal.IsWorkingDay(rt.Due()) {
					t.Fatalf("Due %s after a pause is not a working day", rt.Due())
				}
				if date.NewAt(rt.Deadline().At()) != rt.Due() {
					t.Fatalf("At %s not on Due %s", rt.Deadline().At(), rt.Due())
				}
				tl, cur = rt, r
			}
		})
	})

	t.Run("a pause within one day changes nothing for day limits", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			_, tl := start(t)
			if dlCountsHours(tl.Deadline().Limit()) {
				return
			}
			recv := tl.Deadline().Received()
			day := date.NewAt(recv) + date.Date(rapid.IntRange(0, 30).Draw(t, "days"))
			a, b := dlGenClock(t, "a"), dlGenClock(t, "b")
			if a > b {
				a, b = b, a
			}
			p, r := day.Time(a, sla.VietnamZone), day.Time(b, sla.VietnamZone)
			if p.Before(recv) {
				p = recv
			}
			if r.Before(p) {
				r = p
			}
			pt, err := tl.Pause(p)
			if err != nil {
				t.Fatalf("Pause: %v", err)
			}
			rt, err := pt.Resume(r)
			if err != nil {
				t.Fatalf("Resume: %v", err)
			}
			if rt.Deadline() != tl.Deadline() {
				t.Fatalf("pause %s–%s moved %s to %s", p, r, tl.Deadline(), rt.Deadline())
			}
		})
	})

	t.Run("a pause of k working days moves a day limit by k", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			_, tl := start(t)
			if dlCountsHours(tl.Deadline().Limit()) {
				return
			}
			p := after(t, tl.Deadline().Received(), "pause")
			r := after(t, p, "resume")
			k := 0 // naive: the working days in [pause day, resume day)
			for d := date.NewAt(p.In(sla.VietnamZone)); d < date.NewAt(r.In(sla.VietnamZone)); d++ {
				if cal.IsWorkingDay(d) {
					k++
				}
			}
			pt, err := tl.Pause(p)
			if err != nil {
				t.Fatalf("Pause: %v", err)
			}
			rt, err := pt.Resume(r)
			if err != nil {
				t.Fatalf("Resume: %v", err)
			}
			moved := 0 // naive: working days in (old due, new due]
			for d := tl.Due() + 1; d <= rt.Due(); d++ {
				if cal.IsWorkingDay(d) {
					moved++
				}
			}
			if moved != k {
				t.Fatalf("pause %s–%s holds %d working days; Due moved %s → %s, %d working days", p, r, k, tl.Due(), rt.Due(), moved)
			}
		})
	})

	t.Run("Restart at x equals a fresh Start at x", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s, tl := start(t)
			cur := tl.Deadline().Received()
			if rapid.Bool().Draw(t, "paused") {
				p := after(t, cur, "pause")
				var err error
				if tl, err = tl.Pause(p); err != nil {
					t.Fatalf("Pause: %v", err)
				}
				cur = p
			}
			x := after(t, cur, "restart")
			r, err := tl.Restart(x)
			if err != nil {
				t.Fatalf("Restart(%s): %v", x, err)
			}
			fresh, err := s.Start(x, tl.Deadline().Limit())
			if err != nil {
				t.Fatalf("Start(%s): %v", x, err)
			}
			if r.Deadline() != fresh.Deadline() || r.Due() != fresh.Due() || r.IsPaused() || len(r.Pauses()) != 0 {
				t.Fatalf("Restart(%s) = %s paused=%v, fresh Start = %s", x, r.Deadline(), r.IsPaused(), fresh.Deadline())
			}
			if r.Restarts() != tl.Restarts()+1 {
				t.Fatalf("Restarts = %d", r.Restarts())
			}
		})
	})

	t.Run("Remaining is WorkingDaysBetween and frozen while paused", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			_, tl := start(t)
			now := after(t, tl.Deadline().Received(), "now")
			got, err := tl.Remaining(now)
			if err != nil {
				t.Fatalf("Remaining: %v", err)
			}
			// naive count
			want, from, to := 0, date.NewAt(now.In(sla.VietnamZone)), tl.Due()
			for d := min(from, to) + 1; d <= max(from, to); d++ {
				if cal.IsWorkingDay(d) {
					want++
				}
			}
			if from > to {
				want = 0
				for d := to; d < from; d++ {
					if cal.IsWorkingDay(d) {
						want--
					}
				}
			}
			if got != want {
				t.Fatalf("Remaining(%s) with Due %s = %d, want %d", now, tl.Due(), got, want)
			}
			pt, err := tl.Pause(now)
			if err != nil {
				t.Fatalf("Pause: %v", err)
			}
			later := after(t, now, "later")
			if g2, _ := pt.Remaining(later); g2 != got {
				t.Fatalf("Remaining while paused moved from %d to %d", got, g2)
			}
		})
	})
}
