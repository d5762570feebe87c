package sla

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// Deadline is the due date and instant of one time limit counted from one
// receipt: what the appointment slip (Circular 01/2018/TT-VPCP form 01)
// prints.
//
// A Deadline is a small value; it is safe for concurrent use. The zero
// Deadline is invalid ([Deadline.IsValid] reports false): make one with
// [Schedule.Deadline].
//
// Like time.Time, a Deadline holds its schedule's *time.Location, so ==
// compares zones by identity: two deadlines are == when they were counted
// by schedules sharing one zone value (every schedule built with the
// default [VietnamZone] does), and may differ under == when two schedules
// were given equal but distinct zones (two calls of time.FixedZone). Use
// [Deadline.Equal] to compare what the deadlines say; do not use a Deadline
// as a map key across such schedules.
type Deadline struct {
	received time.Time // the receipt instant, in the schedule's zone
	receipt  date.Date // receipt day R
	due      date.Date
	at       time.Time      // for limits counted in hours; else derived from closes
	closes   clock.Clock    // the due day's closing time, for limits in days
	zone     *time.Location // the schedule's zone
	limit    Limit
	late     bool        // received at or after the cut-off of a working day
	cutoff   clock.Clock // the cut-off in force on the receipt's date, if a working day
}

// Equal reports whether d and e say the same: the same receipt instant,
// receipt day, limit, due date, due instant and cut-off, whatever *time.Location
// values hold their zones.
func (d Deadline) Equal(e Deadline) bool {
	return d.received.Equal(e.received) && d.receipt == e.receipt && d.due == e.due &&
		d.At().Equal(e.At()) && d.limit == e.limit && d.late == e.late && d.cutoff == e.cutoff
}

// IsValid reports whether d was computed by [Schedule.Deadline].
func (d Deadline) IsValid() bool { return d.limit.IsValid() && d.due != 0 }

// Due returns the due date: the result must be returned on or before it.
func (d Deadline) Due() date.Date { return d.due }

// At returns the due instant: the close of office hours on the due date for
// limits in days and months; for limits in working hours (and fractional
// working days) the instant the last hour completes. For an office whose
// last session ends at 24:00, that is 00:00 of the day after [Deadline.Due]. The legal end of a
// period in days is 24:00 of its last day (Civil Code 2015 Art. 148(6)); At
// gives the close of office because results are returned in office hours.
func (d Deadline) At() time.Time {
	if !d.at.IsZero() || d.due == 0 {
		return d.at
	}
	return d.due.Time(d.closes, d.zone)
}

// Received returns the receipt instant, in the schedule's zone.
func (d Deadline) Received() time.Time { return d.received }

// ReceiptDay returns the receipt day R the limit is counted from: the
// receipt's date, or the next working day when the receipt came on a day
// off or at or after the cut-off.
func (d Deadline) ReceiptDay() date.Date { return d.receipt }

// AfterCutoff reports whether the receipt came on a working day at or after
// the cut-off, so that R is the next working day.
func (d Deadline) AfterCutoff() bool { return d.late }

// Limit returns the time limit the deadline was computed for.
func (d Deadline) Limit() Limit { return d.limit }

// String returns the due date and instant, e.g. "2026-02-25 17:00 (3 ngày làm việc)".
func (d Deadline) String() string {
	if !d.IsValid() {
		return "Deadline(invalid)"
	}
	return fmt.Sprintf("%s %s (%s)", d.due, d.At().Format("15:04"), d.limit)
}

// ReceiptDay returns the receipt day R for a receipt instant (rule 1 of the
// counting rules): the instant's date in the schedule's zone if that is a
// working day and the instant is before the day's cut-off; otherwise the next
// working day. A receipt before opening on a working day is received that day.
//
// The 15:00 rule for transferring paper dossiers (Decree 61/2018/NĐ-CP
// Art. 18(2)) and the per-procedure same-day cut-offs (e.g. Decree
// 23/2015/NĐ-CP Art. 21) are both a Cutoff option.
func (s *Schedule) ReceiptDay(received time.Time) (date.Date, error) {
	if !s.isValid() {
		return 0, errZeroSchedule
	}
	r, _, err := s.receiptDay(received.In(s.zone))
	if err != nil {
		return 0, &CountError{Op: "ReceiptDay", At: received, Err: err}
	}
	return r, nil
}

func (s *Schedule) receiptDay(local time.Time) (r date.Date, afterCutoff bool, err error) {
	day := s.dayOf(local)
	if s.cal.IsWorkingDay(day) {
		if clock.NewAt(local) < s.cutoffOn(day) {
			return day, false, nil
		}
		afterCutoff = true
	}
	r, err = s.cal.NextWorkingDay(day)
	return r, afterCutoff, below(err)
}

// Deadline computes the deadline of limit l for a dossier received at the
// instant received, by the default counting rules:
//
//  1. Receipt day R: see [Schedule.ReceiptDay].
//  2. N working days, N ≥ 1: due on the N-th working day after R, R itself not
//     counted (Civil Code 2015 Art. 147(2)). "Trong ngày" (N = 0): due on R.
//  3. N calendar days: R + N; N months: the same day of the month N months
//     after R, or that month's last day (Art. 148(2)); either moved to the
//     next working day if it is not one (Art. 148(5)).
//  4. Working hours and fractional working days (0.5 day is half of
//     [Schedule.DayLength]): counted through office hours from the receipt
//     instant when R is the receipt's date (from the next session when it
//     came before opening or in a break), otherwise from the opening of R.
//     A fractional working-day limit is never due before its whole working
//     days (N,5 days no earlier than N days), which matters only where
//     weekdays have office hours of different lengths.
//
// An error is a *[CountError]: an invalid limit wraps [ErrInvalidLimit]; a
// receipt or due date outside the calendar's span wraps [ErrOutOfSpan] (and
// holiday.ErrOutOfSpan). The result does not depend on the zone of
// received, only on the instant.
func (s *Schedule) Deadline(received time.Time, l Limit) (Deadline, error) {
	if !s.isValid() {
		return Deadline{}, errZeroSchedule
	}
	var d Deadline
	if err := s.deadline(&d, received, l); err != nil {
		return Deadline{}, &CountError{Op: "Deadline", At: received, Err: err}
	}
	return d, nil
}

// deadline is [Schedule.Deadline] on a valid schedule, into *d (written in
// place: a Deadline is too large to copy twice on the hot path); its errors
// wrap a sentinel and are not typed.
func (s *Schedule) deadline(d *Deadline, received time.Time, l Limit) error {
	if !l.IsValid() {
		return fmt.Errorf("%w: %v", ErrInvalidLimit, l)
	}
	local := received.In(s.zone)
	r, late, err := s.receiptDay(local)
	if err != nil {
		return err
	}
	*d = Deadline{received: local, receipt: r, limit: l, late: late}
	if day := s.dayOf(local); s.cal.IsWorkingDay(day) {
		d.cutoff = s.cutoffOn(day)
	}
	switch {
	case l.countsHours():
		start := Moment{Day: r, Time: s.workSessions(r)[0].Start}
		if m := s.MomentOf(local); m.Day == r && start.Before(m) {
			start = m
		}
		end, err := s.addWork(start, s.hoursOf(l))
		if err != nil {
			return err
		}
		d.at, d.due = s.TimeOf(end), end.Day
		if l.unit == UnitWorkingDays {
			// More time is never due earlier: with weekdays of different
			// lengths, a fraction counted in hours could end before the
			// whole days it exceeds.
			whole, err := s.cal.AddWorkingDays(r, int(l.hundredths/100))
			if err != nil {
				return below(err)
			}
			if whole > d.due {
				d.due = whole
				d.at, d.closes, d.zone = time.Time{}, s.closeClock(whole), s.zone
			}
		}
		return nil
	case l.unit == UnitWorkingDays:
		d.due, err = s.cal.AddWorkingDays(r, int(l.hundredths/100))
	case l.unit == UnitCalendarDays:
		d.due, err = s.cal.WorkingDayOnOrAfter(r + date.Date(l.hundredths/100))
	case l.unit == UnitMonths:
		d.due, err = s.cal.WorkingDayOnOrAfter(addMonths(r, int(l.hundredths/100)))
	}
	if err != nil {
		return below(err)
	}
	d.closes, d.zone = s.closeClock(d.due), s.zone
	return nil
}

// hoursOf converts an hour limit, or a fractional working-day limit, to
// working time.
func (s *Schedule) hoursOf(l Limit) time.Duration {
	unit := s.dayLen
	if l.unit == UnitWorkingHours {
		unit = time.Hour
	}
	// Whole units and hundredths apart, so that the largest limits do not
	// overflow a Duration.
	h := time.Duration(l.hundredths)
	return h/100*unit + h%100*unit/100
}

// addMonths returns the same day of the month n months after d, or the last
// day of that month if it has no such day (Civil Code 2015 Art. 148(2)).
func addMonths(d date.Date, n int) date.Date {
	y, m, day := d.Date()
	first := date.New(y, m+time.Month(n), 1)
	if last := first.LastDayOfMonth(); day > last {
		day = last
	}
	return first + date.Date(day-1)
}
