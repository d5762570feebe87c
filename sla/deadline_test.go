package sla_test

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// dlLimit returns hundredths/100 units of u or fails the test.
func dlLimit(tb testing.TB, hundredths int64, u sla.Unit) sla.Limit {
	tb.Helper()
	l, err := sla.LimitFromHundredths(hundredths, u)
	if err != nil {
		tb.Fatalf("LimitFromHundredths(%d, %s): %v", hundredths, u, err)
	}
	return l
}

func TestDeadlineContract(t *testing.T) {
	def := dlSchedule(t, nil)
	c15 := dlSchedule(t, dlOptsCutoff15)
	sat := dlSchedule(t, dlOptsSaturday)
	fri := dlSchedule(t, dlOptsShortFriday)
	half := dlLimit(t, 50, sla.UnitWorkingDays)
	oneHalf := dlLimit(t, 150, sla.UnitWorkingDays)

	cases := []struct {
		name     string
		s        *sla.Schedule
		received time.Time
		limit    sla.Limit
		receipt  date.Date // R
		late     bool      // AfterCutoff
		due      date.Date
		at       time.Time
		source   string
	}{
		// The two examples of the issue.
		{"Tết 2026, 3 working days", def, dlAt(2026, 2, 13, 16, 40, 0), sla.WorkingDays(3),
			dlDay(2026, 2, 13), false, dlDay(2026, 2, 25), dlAt(2026, 2, 25, 17, 0, 0),
			"Civil Code 2015 Art. 147(2); Tết 14–22/02/2026 off, Notice 9441/TB-BNV"},
		{"Tết 2021, 16 working hours after close", def, dlAt(2021, 2, 9, 18, 0, 0), sla.WorkingHours(16),
			dlDay(2021, 2, 17), true, dlDay(2021, 2, 18), dlAt(2021, 2, 18, 17, 0, 0),
			"Civil Code 2015 Art. 147(1); Tết 2021 off 10–16/02 (PM approval, data/vietnam.csv)"},

		// Receipt day R.
		{"before opening, working days", def, dlAt(2026, 3, 3, 7, 0, 0), sla.WorkingDays(2),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 5), dlAt(2026, 3, 5, 17, 0, 0),
			"ReceiptDay: a receipt before opening is received that day; Art. 147(2)"},
		{"before opening, hours start at opening", def, dlAt(2026, 3, 3, 7, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 12, 0, 0),
			"Art. 147(1); counting starts at the next session"},
		{"lunch break, hours start at 13:00", def, dlAt(2026, 3, 3, 12, 30, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 17, 0, 0),
			"Art. 147(1); counting starts at the next session"},
		{"lunch break, hours into the next day", def, dlAt(2026, 3, 3, 12, 0, 0), sla.WorkingHours(5),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 9, 0, 0),
			"Art. 147(1)"},
		{"hours from 10:00 over lunch", def, dlAt(2026, 3, 3, 10, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 15, 0, 0),
			"Art. 147(1)"},
		{"hours ending at 12:00 stay at 12:00", def, dlAt(2026, 3, 3, 8, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 12, 0, 0),
			"Deadline.At doc: may equal a session's close"},
		{"exactly at the cut-off", def, dlAt(2026, 3, 3, 17, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 3, 4), true, dlDay(2026, 3, 5), dlAt(2026, 3, 5, 17, 0, 0),
			"cut-off = close of office; Decree 61/2018 Art. 18(2) rule as an option"},
		{"one second before the cut-off", def, dlAt(2026, 3, 3, 16, 59, 59), sla.WorkingDays(1),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 17, 0, 0),
			"Art. 147(2)"},
		{"one second before the cut-off, 1 hour", def, dlAt(2026, 3, 3, 16, 59, 59), sla.WorkingHours(1),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 8, 59, 59),
			"Art. 147(1): from the stated moment"},
		{"Friday after close", def, dlAt(2026, 3, 6, 17, 30, 0), sla.WorkingDays(1),
			dlDay(2026, 3, 9), true, dlDay(2026, 3, 10), dlAt(2026, 3, 10, 17, 0, 0),
			"next working day"},
		{"Saturday", def, dlAt(2026, 3, 7, 10, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 10), dlAt(2026, 3, 10, 17, 0, 0),
			"Decision 188/1999/QĐ-TTg: Saturday is a rest day"},
		{"Sunday night", def, dlAt(2026, 3, 8, 23, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 10), dlAt(2026, 3, 10, 17, 0, 0),
			"Decision 188/1999/QĐ-TTg"},
		{"Sunday, hours from Monday's opening", def, dlAt(2026, 3, 8, 10, 0, 0), sla.WorkingHours(2),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 9), dlAt(2026, 3, 9, 10, 0, 0),
			"Deadline rule 4: from the opening of R"},
		{"Reunification Day", def, dlAt(2026, 4, 30, 9, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 5, 4), false, dlDay(2026, 5, 5), dlAt(2026, 5, 5, 17, 0, 0),
			"Labour Code 2019 Art. 112(1): 30/4 and 1/5"},
		{"swapped day off", def, dlAt(2025, 12, 31, 10, 0, 0), sla.WorkingDays(1),
			dlDay(2025, 12, 31), false, dlDay(2026, 1, 5), dlAt(2026, 1, 5, 17, 0, 0),
			"VPCP letter 12729/VPCP-KGVX: 1/1 holiday, 2/1 swapped day off"},

		// Same day and fractions.
		{"same day", def, dlAt(2026, 3, 3, 10, 0, 0), sla.SameDay(),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 17, 0, 0),
			"\"Trong ngày\": due on R"},
		{"same day received on Saturday", def, dlAt(2026, 3, 7, 10, 0, 0), sla.SameDay(),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 9), dlAt(2026, 3, 9, 17, 0, 0),
			"\"Trong ngày\": due on R"},
		{"same day after the cut-off", def, dlAt(2026, 3, 3, 17, 30, 0), sla.SameDay(),
			dlDay(2026, 3, 4), true, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 17, 0, 0),
			"\"Trong ngày\": due on R"},
		{"0,5 working day = 4 h", def, dlAt(2026, 3, 3, 10, 0, 0), half,
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 15, 0, 0),
			"Deadline rule 4: 0.5 day is half of DayLength"},
		{"0,5 working day from 15:00", def, dlAt(2026, 3, 3, 15, 0, 0), half,
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 10, 0, 0),
			"Deadline rule 4"},
		{"1,5 working days = 12 h", def, dlAt(2026, 3, 3, 8, 0, 0), oneHalf,
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 12, 0, 0),
			"Deadline rule 4"},

		// Calendar days and months.
		{"30 calendar days ending on Sunday", def, dlAt(2026, 3, 6, 10, 0, 0), sla.CalendarDays(30),
			dlDay(2026, 3, 6), false, dlDay(2026, 4, 6), dlAt(2026, 4, 6, 17, 0, 0),
			"Civil Code 2015 Art. 147(2), 148(5)"},
		{"10 calendar days on a working day", def, dlAt(2026, 3, 2, 10, 0, 0), sla.CalendarDays(10),
			dlDay(2026, 3, 2), false, dlDay(2026, 3, 12), dlAt(2026, 3, 12, 17, 0, 0),
			"Civil Code 2015 Art. 147(2)"},
		{"calendar days across Tết", def, dlAt(2026, 2, 9, 10, 0, 0), sla.CalendarDays(7),
			dlDay(2026, 2, 9), false, dlDay(2026, 2, 23), dlAt(2026, 2, 23, 17, 0, 0),
			"Art. 148(5); Notice 9441/TB-BNV"},
		{"calendar days received on Saturday count from Monday", def, dlAt(2026, 3, 7, 10, 0, 0), sla.CalendarDays(3),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 12), dlAt(2026, 3, 12, 17, 0, 0),
			"Deadline rule 3: R + N"},
		{"1 month from 31 Jan, leap year", def, dlAt(2024, 1, 31, 10, 0, 0), sla.Months(1),
			dlDay(2024, 1, 31), false, dlDay(2024, 2, 29), dlAt(2024, 2, 29, 17, 0, 0),
			"Civil Code 2015 Art. 148(2): the month's last day"},
		{"1 month from 31 Jan, common year", def, dlAt(2023, 1, 31, 10, 0, 0), sla.Months(1),
			dlDay(2023, 1, 31), false, dlDay(2023, 2, 28), dlAt(2023, 2, 28, 17, 0, 0),
			"Civil Code 2015 Art. 148(2)"},
		{"1 month from 30 Jan to Saturday 28 Feb", def, dlAt(2026, 1, 30, 10, 0, 0), sla.Months(1),
			dlDay(2026, 1, 30), false, dlDay(2026, 3, 2), dlAt(2026, 3, 2, 17, 0, 0),
			"Civil Code 2015 Art. 148(2), 148(5)"},
		{"1 month from 31 Mar to the 30/4–1/5 holidays", def, dlAt(2026, 3, 31, 10, 0, 0), sla.Months(1),
			dlDay(2026, 3, 31), false, dlDay(2026, 5, 4), dlAt(2026, 5, 4, 17, 0, 0),
			"Art. 148(2), 148(5); Labour Code 2019 Art. 112(1)"},
		{"2 months from a 30th to a Saturday", def, dlAt(2026, 3, 30, 10, 0, 0), sla.Months(2),
			dlDay(2026, 3, 30), false, dlDay(2026, 6, 1), dlAt(2026, 6, 1, 17, 0, 0),
			"Art. 148(2), 148(5)"},
		{"1 month from a 30th", def, dlAt(2026, 4, 29, 16, 0, 0), sla.Months(1),
			dlDay(2026, 4, 29), false, dlDay(2026, 5, 29), dlAt(2026, 5, 29, 17, 0, 0),
			"Art. 148(2)"},
		{"12 months across a year", def, dlAt(2025, 3, 3, 10, 0, 0), sla.Months(12),
			dlDay(2025, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 17, 0, 0),
			"Art. 148(2)"},

		// A 15:00 cut-off.
		{"15:00 cut-off at 15:00", c15, dlAt(2026, 3, 3, 15, 0, 0), sla.SameDay(),
			dlDay(2026, 3, 4), true, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 17, 0, 0),
			"Decree 23/2015/NĐ-CP Art. 21; Decree 61/2018 Art. 18(2)"},
		{"15:00 cut-off at 14:59", c15, dlAt(2026, 3, 3, 14, 59, 0), sla.SameDay(),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 17, 0, 0),
			"Decree 23/2015/NĐ-CP Art. 21"},
		{"15:00 cut-off, working days", c15, dlAt(2026, 3, 3, 15, 30, 0), sla.WorkingDays(2),
			dlDay(2026, 3, 4), true, dlDay(2026, 3, 6), dlAt(2026, 3, 6, 17, 0, 0),
			"Decree 61/2018 Art. 18(2)"},
		{"15:00 cut-off, hours from the next opening", c15, dlAt(2026, 3, 3, 15, 30, 0), sla.WorkingHours(3),
			dlDay(2026, 3, 4), true, dlDay(2026, 3, 4), dlAt(2026, 3, 4, 11, 0, 0),
			"Deadline rule 4: from the opening of R"},

		// Zones: the instant counts, not the zone it is written in.
		{"UTC instant of the Tết case", def, time.Date(2026, 2, 13, 9, 40, 0, 0, time.UTC), sla.WorkingDays(3),
			dlDay(2026, 2, 13), false, dlDay(2026, 2, 25), dlAt(2026, 2, 25, 17, 0, 0),
			"Deadline doc: only the instant matters"},
		{"UTC Monday 23:30 is Tuesday 06:30 in Vietnam", def, time.Date(2026, 3, 2, 23, 30, 0, 0, time.UTC), sla.WorkingHours(2),
			dlDay(2026, 3, 3), false, dlDay(2026, 3, 3), dlAt(2026, 3, 3, 10, 0, 0),
			"Deadline doc: the receipt is read in the schedule's zone"},
		{"UTC Friday 17:30 is Saturday 00:30 in Vietnam", def, time.Date(2026, 3, 6, 17, 30, 0, 0, time.UTC), sla.WorkingDays(1),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 10), dlAt(2026, 3, 10, 17, 0, 0),
			"Deadline doc"},

		// Swapped working Saturday.
		{"to a swapped working Saturday", def, dlAt(2026, 1, 9, 10, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 1, 9), false, dlDay(2026, 1, 10), dlAt(2026, 1, 10, 17, 0, 0),
			"VPCP letter 12729/VPCP-KGVX: Sat 10/01/2026 worked"},
		{"received on a swapped working Saturday", def, dlAt(2026, 1, 10, 10, 0, 0), sla.SameDay(),
			dlDay(2026, 1, 10), false, dlDay(2026, 1, 10), dlAt(2026, 1, 10, 17, 0, 0),
			"VPCP letter 12729/VPCP-KGVX"},
		{"hours on a swapped working Saturday", def, dlAt(2026, 1, 10, 14, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 1, 10), false, dlDay(2026, 1, 12), dlAt(2026, 1, 12, 9, 0, 0),
			"VPCP letter 12729/VPCP-KGVX; default sessions"},
		{"swapped working Saturday in a Saturday-morning centre", sat, dlAt(2026, 1, 10, 14, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 1, 10), false, dlDay(2026, 1, 12), dlAt(2026, 1, 12, 9, 0, 0),
			"WeekdaySessions doc: a swapped working day uses Sessions"},
		{"to a swapped working Saturday in a Saturday-morning centre", sat, dlAt(2026, 1, 9, 10, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 1, 9), false, dlDay(2026, 1, 10), dlAt(2026, 1, 10, 17, 0, 0),
			"WeekdaySessions doc"},

		// Saturday-morning receiving.
		{"Saturday-morning receipt counts from Monday", sat, dlAt(2026, 3, 7, 9, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 10), dlAt(2026, 3, 10, 17, 0, 0),
			"WeekdaySessions doc; Decision 188/1999/QĐ-TTg"},
		{"Saturday-morning receipt, hours from Monday", sat, dlAt(2026, 3, 7, 9, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 9), false, dlDay(2026, 3, 9), dlAt(2026, 3, 9, 12, 0, 0),
			"WeekdaySessions doc: no time counted on Saturday"},
		{"hours do not run on receiving Saturdays", sat, dlAt(2026, 3, 6, 15, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 6), false, dlDay(2026, 3, 9), dlAt(2026, 3, 9, 10, 0, 0),
			"WeekdaySessions doc"},

		// A shorter Friday.
		{"due on a short Friday closes at 16:00", fri, dlAt(2026, 3, 4, 10, 0, 0), sla.WorkingDays(2),
			dlDay(2026, 3, 4), false, dlDay(2026, 3, 6), dlAt(2026, 3, 6, 16, 0, 0),
			"WeekdaySessions[Friday]"},
		{"short Friday cut-off at 16:00", fri, dlAt(2026, 3, 6, 16, 0, 0), sla.WorkingDays(1),
			dlDay(2026, 3, 9), true, dlDay(2026, 3, 10), dlAt(2026, 3, 10, 17, 0, 0),
			"Cutoff doc: the close of the day's last session"},
		{"short Friday hours", fri, dlAt(2026, 3, 6, 14, 0, 0), sla.WorkingHours(4),
			dlDay(2026, 3, 6), false, dlDay(2026, 3, 9), dlAt(2026, 3, 9, 10, 0, 0),
			"WeekdaySessions[Friday]: 2 h left on Friday"},
		{"hours across a short Friday", fri, dlAt(2026, 3, 5, 8, 0, 0), sla.WorkingHours(16),
			dlDay(2026, 3, 5), false, dlDay(2026, 3, 9), dlAt(2026, 3, 9, 9, 0, 0),
			"8 h Thursday + 7 h Friday + 1 h Monday"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := c.s.Deadline(c.received, c.limit)
			require.NoError(t, err, c.source)
			assert.True(t, d.IsValid())
			assert.Equal(t, c.receipt, d.ReceiptDay(), "ReceiptDay (%s)", c.source)
			assert.Equal(t, c.late, d.AfterCutoff(), "AfterCutoff (%s)", c.source)
			assert.Equal(t, c.due, d.Due(), "Due (%s)", c.source)
			assert.True(t, c.at.Equal(d.At()), "At = %s, want %s (%s)", d.At(), c.at, c.source)
			assert.Equal(t, c.s.Zone(), d.At().Location(), "At is in the schedule's zone")
			assert.True(t, c.received.Equal(d.Received()), "Received = %s, want %s", d.Received(), c.received)
			assert.Equal(t, c.s.Zone(), d.Received().Location(), "Received is in the schedule's zone")
			assert.Equal(t, c.limit, d.Limit())

			r, err := c.s.ReceiptDay(c.received)
			require.NoError(t, err)
			assert.Equal(t, c.receipt, r, "Schedule.ReceiptDay agrees with Deadline.ReceiptDay")

			// The same instant in another zone gives the same Deadline.
			for _, loc := range []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("+0845", 8*3600+45*60)} {
				d2, err := c.s.Deadline(c.received.In(loc), c.limit)
				require.NoError(t, err)
				assert.Equal(t, d, d2, "in zone %s", loc)
			}
		})
	}
}

func TestDeadlineString(t *testing.T) {
	s := dlSchedule(t, nil)
	d, err := s.Deadline(dlAt(2026, 2, 13, 16, 40, 0), sla.WorkingDays(3))
	require.NoError(t, err)
	assert.Equal(t, "2026-02-25 17:00 (3 ngày làm việc)", d.String())

	d, err = s.Deadline(dlAt(2026, 3, 3, 10, 0, 0), dlLimit(t, 50, sla.UnitWorkingDays))
	require.NoError(t, err)
	assert.Equal(t, "2026-03-03 15:00 (0,5 ngày làm việc)", d.String())

	var zero sla.Deadline
	assert.False(t, zero.IsValid())
	assert.Equal(t, "Deadline(invalid)", zero.String())
	assert.Equal(t, date.Date(0), zero.Due())
}

func TestDeadlineComparable(t *testing.T) {
	s := dlSchedule(t, nil)
	a, err := s.Deadline(dlAt(2026, 3, 3, 10, 0, 0), sla.WorkingDays(3))
	require.NoError(t, err)
	b, err := s.Deadline(dlAt(2026, 3, 3, 10, 0, 0), sla.WorkingDays(3))
	require.NoError(t, err)
	assert.True(t, a == b)
	m := map[sla.Deadline]int{a: 1}
	assert.Equal(t, 1, m[b])
}

func TestDeadlineInvalidInputs(t *testing.T) {
	s := dlSchedule(t, nil)
	cases := []struct {
		name     string
		received time.Time
		limit    sla.Limit
		want     error
	}{
		{"zero limit", dlAt(2026, 3, 3, 10, 0, 0), sla.Limit{}, sla.ErrInvalidLimit},
		{"negative working days", dlAt(2026, 3, 3, 10, 0, 0), sla.WorkingDays(-1), sla.ErrInvalidLimit},
		{"zero hours", dlAt(2026, 3, 3, 10, 0, 0), sla.WorkingHours(0), sla.ErrInvalidLimit},
		{"receipt in 1999", dlAt(1999, 6, 1, 10, 0, 0), sla.WorkingDays(3), holiday.ErrOutOfSpan},
		{"receipt on 31/12/1999", dlAt(1999, 12, 31, 23, 0, 0), sla.WorkingDays(3), holiday.ErrOutOfSpan},
		{"receipt in 2200", dlAt(2200, 1, 2, 10, 0, 0), sla.WorkingDays(3), holiday.ErrOutOfSpan},
		{"receipt in 2200, hours", dlAt(2200, 1, 2, 10, 0, 0), sla.WorkingHours(3), holiday.ErrOutOfSpan},
		{"receipt in 2200, calendar days", dlAt(2200, 1, 2, 10, 0, 0), sla.CalendarDays(3), holiday.ErrOutOfSpan},
		{"receipt in 1999, months", dlAt(1999, 1, 2, 10, 0, 0), sla.Months(3), holiday.ErrOutOfSpan},
		{"due beyond the span, working days", dlAt(2199, 12, 30, 10, 0, 0), sla.WorkingDays(30), holiday.ErrOutOfSpan},
		{"due beyond the span, calendar days", dlAt(2199, 12, 15, 10, 0, 0), sla.CalendarDays(30), holiday.ErrOutOfSpan},
		{"due beyond the span, months", dlAt(2199, 11, 15, 10, 0, 0), sla.Months(3), holiday.ErrOutOfSpan},
		{"due beyond the span, hours", dlAt(2199, 12, 30, 10, 0, 0), sla.WorkingHours(100), holiday.ErrOutOfSpan},
		{"due beyond the span, half days", dlAt(2199, 12, 30, 10, 0, 0), dlLimit(t, 2050, sla.UnitWorkingDays), holiday.ErrOutOfSpan},
		{"last receipt hour of the span", dlAt(2199, 12, 31, 18, 0, 0), sla.SameDay(), holiday.ErrOutOfSpan},
		{"largest limits near the end", dlAt(2190, 1, 2, 10, 0, 0), sla.WorkingDays(sla.MaxLimitWorkingDays), holiday.ErrOutOfSpan},
		{"largest months near the end", dlAt(2195, 1, 2, 10, 0, 0), sla.Months(sla.MaxLimitMonths), holiday.ErrOutOfSpan},
		// BUG (reported, fails): the hour count overflows (see
		// TestDeadlineLargeLimits) and the result lands before the receipt.
		{"largest hours near the end", dlAt(2195, 1, 2, 10, 0, 0), sla.WorkingHours(sla.MaxLimitWorkingHours), holiday.ErrOutOfSpan},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var (
				d   sla.Deadline
				err error
			)
			require.NotPanics(t, func() { d, err = s.Deadline(c.received, c.limit) })
			require.Error(t, err)
			assert.ErrorIs(t, err, c.want)
			assert.False(t, d.IsValid(), "a refused deadline is the zero Deadline")
			if errors.Is(c.want, holiday.ErrOutOfSpan) {
				var se *holiday.SpanError
				assert.True(t, errors.As(err, &se), "%T is not a *holiday.SpanError", err)
			}
			var tl sla.Timeline
			require.NotPanics(t, func() { tl, err = s.Start(c.received, c.limit) })
			assert.ErrorIs(t, err, c.want)
			assert.False(t, tl.IsValid())
		})
	}

	// The edges of the span that still work.
	d, err := s.Deadline(dlAt(2000, 1, 1, 0, 0, 0), sla.WorkingDays(1))
	require.NoError(t, err)
	assert.Equal(t, dlDay(2000, 1, 5), d.Due(), "1/1/2000 a Saturday holiday, Mon 3/1 compensatory (Labour Code 1994 Art. 73), R = Tue 4/1")
	d, err = s.Deadline(dlAt(2199, 12, 1, 10, 0, 0), sla.WorkingDays(10))
	require.NoError(t, err)
	assert.True(t, d.Due() <= dlDay(2199, 12, 31))
}

// TestDeadlineLargeLimits: the largest limits compute well inside the span,
// and more time is never less.
//
// BUG (reported, fails): Schedule.hoursOf (deadline.go) computes
// time.Duration(hundredths) * time.Hour / 100 and
// time.Duration(hundredths) * dayLen / 100; the products overflow int64
// above 25 620 working hours (2 562 047 hundredths) and above about 3 202
// working days with 8-hour days, so 87 600 working hours from 03/03/2026 are
// due in 2024, before the receipt.
func TestDeadlineLargeLimits(t *testing.T) {
	s := dlSchedule(t, nil)
	at := dlAt(2026, 3, 3, 10, 0, 0)
	for _, l := range []sla.Limit{
		sla.WorkingDays(sla.MaxLimitWorkingDays), sla.WorkingHours(sla.MaxLimitWorkingHours),
		sla.WorkingHours(25620), sla.WorkingHours(25621), sla.WorkingHours(30000),
		dlLimit(t, sla.MaxLimitWorkingDays*100-50, sla.UnitWorkingDays),
		dlLimit(t, 320050, sla.UnitWorkingDays), dlLimit(t, 330050, sla.UnitWorkingDays),
		sla.CalendarDays(sla.MaxLimitCalendarDays), sla.Months(sla.MaxLimitMonths),
	} {
		d, err := s.Deadline(at, l)
		require.NoError(t, err, "%s", l)
		assert.True(t, s.Calendar().IsWorkingDay(d.Due()), "%s: Due %s", l, d.Due())
		assert.True(t, d.Due() > dlDay(2030, 1, 1), "%s: Due %s, want years after the receipt %s", l, d.Due(), at)
	}
	// 25 621 working hours are 3 202 working days and 5 hours.
	d, err := s.Deadline(dlAt(2026, 3, 2, 8, 0, 0), sla.WorkingHours(25621))
	require.NoError(t, err)
	want, err := s.Deadline(dlAt(2026, 3, 2, 8, 0, 0), sla.WorkingDays(3202))
	require.NoError(t, err)
	assert.Equal(t, want.Due(), d.Due(), "25 621 h from Monday 08:00 end at 14:00 on the 3 202nd working day after R")
}

// ---- rapid properties (issue 3) ----

// dlBoundaryClocks are the times of day where the rules change.
var dlBoundaryClocks = []clock.Clock{
	0, clock.New(7, 0, 0, 0), clock.New(8, 0, 0, 0), clock.New(8, 0, 0, 1),
	clock.New(11, 59, 59, 0), clock.New(12, 0, 0, 0), clock.New(12, 30, 0, 0),
	clock.New(13, 0, 0, 0), clock.New(14, 59, 59, 0), clock.New(15, 0, 0, 0),
	clock.New(16, 59, 59, 0), clock.New(17, 0, 0, 0), clock.New(23, 59, 59, 0),
}

// dlSpecials are the special days of 2001–2198, to draw receipts near
// holidays.
var dlSpecials = holiday.Vietnam().SpecialDays(dlDay(2001, 1, 1), dlDay(2199, 1, 1))

// dlGenDay draws a date in 2001–2198, often near a special day.
func dlGenDay(t *rapid.T, label string) date.Date {
	if rapid.Bool().Draw(t, label+"NearSpecial") {
		sp := rapid.SampledFrom(dlSpecials).Draw(t, label+"Special")
		return sp.Date + date.Date(rapid.IntRange(-4, 4).Draw(t, label+"Offset"))
	}
	return date.Date(rapid.Int64Range(int64(dlDay(2001, 1, 1)), int64(dlDay(2198, 12, 31))).Draw(t, label))
}

// dlGenClock draws a time of day, often a boundary.
func dlGenClock(t *rapid.T, label string) clock.Clock {
	if rapid.Bool().Draw(t, label+"Boundary") {
		return rapid.SampledFrom(dlBoundaryClocks).Draw(t, label+"B")
	}
	return clock.Clock(rapid.Int64Range(0, int64(clock.Day)-1).Draw(t, label+"Ns"))
}

// dlGenInstant draws a receipt instant in Vietnam.
func dlGenInstant(t *rapid.T, label string) time.Time {
	return dlGenDay(t, label+"Day").Time(dlGenClock(t, label+"Clock"), sla.VietnamZone)
}

// dlGenLimit draws a limit of unit u with the amount in hundredths drawn
// from the range allowed for that unit in the properties (small enough to
// stay inside the span from 2198).
func dlGenHundredths(t *rapid.T, u sla.Unit, label string) int64 {
	switch u {
	case sla.UnitWorkingDays:
		switch rapid.IntRange(0, 3).Draw(t, label+"Kind") {
		case 0:
			return 0 // trong ngày
		case 1:
			return int64(rapid.IntRange(0, 60).Draw(t, label)) * 100
		case 2:
			return int64(rapid.IntRange(0, 20).Draw(t, label))*100 + 50
		default:
			return int64(rapid.IntRange(1, 2000).Draw(t, label))
		}
	case sla.UnitWorkingHours:
		if rapid.Bool().Draw(t, label+"Frac") {
			return int64(rapid.IntRange(1, 20000).Draw(t, label))
		}
		return int64(rapid.IntRange(1, 200).Draw(t, label)) * 100
	case sla.UnitCalendarDays:
		return int64(rapid.IntRange(1, 365).Draw(t, label)) * 100
	default:
		return int64(rapid.IntRange(1, 12).Draw(t, label)) * 100
	}
}

var dlUnits = []sla.Unit{sla.UnitWorkingHours, sla.UnitWorkingDays, sla.UnitCalendarDays, sla.UnitMonths}

func dlGenLimit(t *rapid.T, label string) sla.Limit {
	u := rapid.SampledFrom(dlUnits).Draw(t, label+"Unit")
	l, err := sla.LimitFromHundredths(dlGenHundredths(t, u, label), u)
	if err != nil {
		t.Fatalf("generator: %v", err)
	}
	return l
}

// dlSched is a schedule of the properties with its explicit cut-off (zero:
// the close of the day's last session), which the oracle needs.
type dlSched struct {
	name   string
	s      *sla.Schedule
	cutoff clock.Clock
}

// dlSchedules are the schedules the properties run over; the first two
// have eight-hour days with the default sessions.
func dlSchedules(tb testing.TB) []dlSched {
	return []dlSched{
		{"default", dlSchedule(tb, nil), 0},
		{"cut-off 15:00", dlSchedule(tb, dlOptsCutoff15), clock.New(15, 0, 0, 0)},
		{"Saturday mornings", dlSchedule(tb, dlOptsSaturday), 0},
		{"short Friday", dlSchedule(tb, dlOptsShortFriday), 0},
		{"07:30–11:30, 13:30–17:00", dlSchedule(tb, &sla.ScheduleOptions{Sessions: []sla.Session{dlSess(7, 30, 11, 30), dlSess(13, 30, 17, 0)}}), 0},
	}
}

// dlCountsHours reports whether l is counted through office hours.
func dlCountsHours(l sla.Limit) bool {
	return l.Unit() == sla.UnitWorkingHours || l.Unit() == sla.UnitWorkingDays && !l.IsWhole()
}

func dlGenSched(t *rapid.T, scheds []dlSched) dlSched {
	return scheds[rapid.IntRange(0, len(scheds)-1).Draw(t, "schedule")]
}

// dlDeadline computes a deadline in a property; an error is allowed only
// as ErrOutOfSpan from a receipt in the last year covered.
func dlDeadline(t *rapid.T, s *sla.Schedule, at time.Time, l sla.Limit) (sla.Deadline, bool) {
	d, err := s.Deadline(at, l)
	if err != nil {
		if errors.Is(err, holiday.ErrOutOfSpan) && at.Year() >= 2198 {
			return d, false
		}
		t.Fatalf("Deadline(%s, %s): %v", at, l, err)
	}
	return d, true
}

func TestDeadlineProperties(t *testing.T) {
	scheds := dlSchedules(t)
	cal := holiday.Vietnam()

	t.Run("due is a working day on or after R, At on Due", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := dlGenSched(t, scheds).s
			at, l := dlGenInstant(t, "at"), dlGenLimit(t, "limit")
			d, ok := dlDeadline(t, s, at, l)
			if !ok {
				return
			}
			if !cal.IsWorkingDay(d.Due()) {
				t.Fatalf("Due %s (%s) is not a working day", d.Due(), d.Due().Weekday())
			}
			if !cal.IsWorkingDay(d.ReceiptDay()) {
				t.Fatalf("ReceiptDay %s is not a working day", d.ReceiptDay())
			}
			if d.Due() < d.ReceiptDay() {
				t.Fatalf("Due %s before ReceiptDay %s", d.Due(), d.ReceiptDay())
			}
			if d.ReceiptDay() < date.NewAt(at) {
				t.Fatalf("ReceiptDay %s before the receipt %s", d.ReceiptDay(), at)
			}
			if got := date.NewAt(d.At()); got != d.Due() {
				t.Fatalf("At %s is not on Due %s", d.At(), d.Due())
			}
			if d.At().Before(at) {
				t.Fatalf("At %s before the receipt %s", d.At(), at)
			}
			if !dlCountsHours(l) {
				ss := s.SessionsOn(d.Due())
				want := d.Due().Time(ss[len(ss)-1].End, s.Zone())
				if !d.At().Equal(want) {
					t.Fatalf("At %s, want the close of office %s", d.At(), want)
				}
			}
			// At lies in office hours (or at a session's close).
			ss := s.SessionsOn(d.Due())
			c := clock.NewAt(d.At())
			in := false
			for _, x := range ss {
				if c > x.Start && c <= x.End {
					in = true
				}
			}
			if !in {
				t.Fatalf("At %s is not within the office hours %v of %s", d.At(), ss, d.Due())
			}
		})
	})

	t.Run("more time never gives an earlier Due", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := dlGenSched(t, scheds).s
			at := dlGenInstant(t, "at")
			u := rapid.SampledFrom(dlUnits).Draw(t, "unit")
			a, b := dlGenHundredths(t, u, "a"), dlGenHundredths(t, u, "b")
			if a > b {
				a, b = b, a
			}
			la, _ := sla.LimitFromHundredths(a, u)
			lb, _ := sla.LimitFromHundredths(b, u)
			da, ok1 := dlDeadline(t, s, at, la)
			db, ok2 := dlDeadline(t, s, at, lb)
			if !ok1 || !ok2 {
				return
			}
			if db.Due() < da.Due() {
				t.Fatalf("%s → %s but more time %s → %s", la, da.Due(), lb, db.Due())
			}
			if (la.IsWhole() == lb.IsWhole() || u != sla.UnitWorkingDays) && db.At().Before(da.At()) {
				t.Fatalf("%s → %s but more time %s → %s", la, da.At(), lb, db.At())
			}
		})
	})

	t.Run("a later receipt never gives an earlier Due", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := dlGenSched(t, scheds).s
			at := dlGenInstant(t, "at")
			later := at.Add(time.Duration(rapid.Int64Range(0, int64(40*24*time.Hour)).Draw(t, "after")))
			if rapid.Bool().Draw(t, "sameDay") {
				later = date.NewAt(at).Time(dlGenClock(t, "laterClock"), sla.VietnamZone)
				if later.Before(at) {
					at, later = later, at
				}
			}
			l := dlGenLimit(t, "limit")
			d1, ok1 := dlDeadline(t, s, at, l)
			d2, ok2 := dlDeadline(t, s, later, l)
			if !ok1 || !ok2 {
				return
			}
			if d2.ReceiptDay() < d1.ReceiptDay() {
				t.Fatalf("receipt %s → R %s, later %s → R %s", at, d1.ReceiptDay(), later, d2.ReceiptDay())
			}
			if d2.Due() < d1.Due() || d2.At().Before(d1.At()) {
				t.Fatalf("%s: receipt %s → %s, later %s → %s", l, at, d1, later, d2)
			}
		})
	})

	t.Run("N working days and 8N working hours agree", func(t *testing.T) {
		// For a receipt on a working day strictly after opening and before
		// the cut-off (issue 3), with eight-hour days.
		rapid.Check(t, func(t *rapid.T) {
			sc := dlGenSched(t, scheds[:2]) // eight-hour days: default, 15:00 cut-off
			s := sc.s
			day := dlGenDay(t, "day")
			if !cal.IsWorkingDay(day) {
				day, _ = cal.NextWorkingDay(day)
			}
			cut := clock.New(17, 0, 0, 0)
			if sc.cutoff != 0 {
				cut = sc.cutoff
			}
			c := clock.Clock(rapid.Int64Range(int64(clock.New(8, 0, 0, 0))+1, int64(cut)-1).Draw(t, "clock"))
			if rapid.Bool().Draw(t, "boundary") {
				c = rapid.SampledFrom([]clock.Clock{clock.New(8, 0, 0, 1), clock.New(12, 0, 0, 0), clock.New(12, 30, 0, 0), clock.New(13, 0, 0, 0), cut - clock.Second}).Draw(t, "b")
			}
			at := day.Time(c, sla.VietnamZone)
			n := rapid.IntRange(0, 60).Draw(t, "n")
			dd, ok1 := dlDeadline(t, s, at, sla.WorkingDays(n))
			if n == 0 {
				if ok1 && dd.Due() != day {
					t.Fatalf("same day from %s → %s", at, dd.Due())
				}
				return
			}
			dh, ok2 := dlDeadline(t, s, at, sla.WorkingHours(8*n))
			if !ok1 || !ok2 {
				return
			}
			if dd.Due() != dh.Due() {
				t.Fatalf("received %s: %d working days → %s, %d working hours → %s", at, n, dd.Due(), 8*n, dh.At())
			}
		})
	})

	t.Run("agrees with a naive oracle", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			sc := dlGenSched(t, scheds)
			s := sc.s
			at := dlGenInstant(t, "at")
			l := dlGenLimit(t, "limit")
			if l.Unit() == sla.UnitWorkingHours || (l.Unit() == sla.UnitWorkingDays && !l.IsWhole()) {
				// The oracle steps through minutes: keep it short and
				// minute-aligned.
				at = at.Truncate(time.Minute)
				if l.Unit() == sla.UnitWorkingHours {
					l = sla.WorkingHours(rapid.IntRange(1, 40).Draw(t, "hours"))
				} else {
					l, _ = sla.LimitFromHundredths(int64(rapid.IntRange(0, 4).Draw(t, "days"))*100+50, sla.UnitWorkingDays)
				}
			}
			d, ok := dlDeadline(t, s, at, l)
			if !ok {
				return
			}
			r := dlOracleReceipt(sc, at)
			if d.ReceiptDay() != r {
				t.Fatalf("received %s: ReceiptDay %s, oracle %s", at, d.ReceiptDay(), r)
			}
			switch n := int(l.Hundredths() / 100); {
			case l.Unit() == sla.UnitWorkingDays && l.IsWhole():
				due := r
				for k := 0; k < n; {
					due++
					if cal.IsWorkingDay(due) {
						k++
					}
				}
				if d.Due() != due {
					t.Fatalf("received %s (R %s), %s: Due %s, oracle %s", at, r, l, d.Due(), due)
				}
			case l.Unit() == sla.UnitCalendarDays:
				due := r + date.Date(n)
				for !cal.IsWorkingDay(due) {
					due++
				}
				if d.Due() != due {
					t.Fatalf("received %s (R %s), %s: Due %s, oracle %s", at, r, l, d.Due(), due)
				}
			case l.Unit() == sla.UnitMonths:
				y, m, dd := r.Date()
				// The last day of month m+n: day 0 of the month after.
				last := time.Date(y, m+time.Month(n)+1, 0, 12, 0, 0, 0, time.UTC).Day()
				due := date.New(y, m+time.Month(n), min(dd, last))
				for !cal.IsWorkingDay(due) {
					due++
				}
				if d.Due() != due {
					t.Fatalf("received %s (R %s), %s: Due %s, oracle %s", at, r, l, d.Due(), due)
				}
			default:
				var work time.Duration
				if l.Unit() == sla.UnitWorkingHours {
					work = time.Duration(l.Hundredths()) * time.Hour / 100
				} else {
					work = time.Duration(l.Hundredths()) * s.DayLength() / 100
				}
				want := dlOracleHours(s, at, r, work)
				if !d.At().Equal(want) {
					t.Fatalf("received %s (R %s), %s: At %s, oracle %s", at, r, l, d.At(), want)
				}
			}
		})
	})
}

// dlOracleReceipt is rule 1, written out: the receipt's date if it is a
// working day and the time is before the cut-off (the close of the day's
// last session unless set), else the next working day, stepping day by day.
func dlOracleReceipt(sc dlSched, at time.Time) date.Date {
	cal := sc.s.Calendar()
	local := at.In(sc.s.Zone())
	day := date.NewAt(local)
	if cal.IsWorkingDay(day) {
		cut := sc.cutoff
		if cut == 0 {
			ss := sc.s.SessionsOn(day)
			cut = ss[len(ss)-1].End
		}
		if clock.NewAt(local) < cut {
			return day
		}
	}
	for day++; !cal.IsWorkingDay(day); day++ {
	}
	return day
}

// dlOracleHours steps minute by minute from the start of counting (the
// receipt if R is its date, else R's midnight) and returns the end of the
// minute that completes the work. Office minutes are those inside a session
// of a working day.
func dlOracleHours(s *sla.Schedule, at time.Time, r date.Date, work time.Duration) time.Time {
	cal := s.Calendar()
	t := at.In(s.Zone())
	if date.NewAt(t) != r {
		t = r.Time(0, s.Zone())
	}
	for left := work; ; t = t.Add(time.Minute) {
		day := date.NewAt(t)
		if !cal.IsWorkingDay(day) {
			t = (day + 1).Time(0, s.Zone()).Add(-time.Minute)
			continue
		}
		c := clock.NewAt(t)
		for _, x := range s.SessionsOn(day) {
			if c >= x.Start && c+clock.Minute <= x.End {
				left -= time.Minute
				break
			}
		}
		if left <= 0 {
			return t.Add(time.Minute)
		}
	}
}

// TestDeadlineNoAllocs: a working-day deadline and Timeline.Remaining do not
// allocate (issue 3 target).
func TestDeadlineNoAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts")
	}
	s := dlSchedule(t, nil)
	at := dlAt(2026, 2, 13, 16, 40, 0)
	cases := []struct {
		name string
		at   time.Time
		l    sla.Limit
	}{
		{"working days", at, sla.WorkingDays(3)},
		{"working days received on Saturday", dlAt(2026, 3, 7, 10, 0, 0), sla.WorkingDays(15)},
		{"working days after the cut-off", dlAt(2026, 3, 6, 17, 30, 0), sla.WorkingDays(15)},
		{"working days received in UTC", at.UTC(), sla.WorkingDays(3)},
		{"same day", at, sla.SameDay()},
		{"calendar days", at, sla.CalendarDays(30)},
		{"months", at, sla.Months(2)},
		{"working hours", dlAt(2021, 2, 9, 18, 0, 0), sla.WorkingHours(16)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var err error
			n := testing.AllocsPerRun(100, func() {
				_, err = s.Deadline(c.at, c.l)
			})
			require.NoError(t, err)
			assert.Zero(t, n, "Schedule.Deadline(%s) allocates", c.l)
		})
	}

	tl, err := s.Start(at, sla.WorkingDays(3))
	require.NoError(t, err)
	now := dlAt(2026, 2, 24, 9, 0, 0)
	n := testing.AllocsPerRun(100, func() { _, err = tl.Remaining(now) })
	require.NoError(t, err)
	assert.Zero(t, n, "Timeline.Remaining allocates")

	paused, err := tl.Pause(dlAt(2026, 2, 23, 9, 0, 0))
	require.NoError(t, err)
	n = testing.AllocsPerRun(100, func() { _, err = paused.Remaining(now) })
	require.NoError(t, err)
	assert.Zero(t, n, "Timeline.Remaining while paused allocates")

	n = testing.AllocsPerRun(100, func() { _ = tl.DueSoon(now, 2) })
	assert.Zero(t, n, "Timeline.DueSoon allocates")
}
