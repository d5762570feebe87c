package sla

import (
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
)

// PeriodDeadline is the due date of a [Period] counted from one receipt by
// [Schedule.DueOf].
//
// It is a value; its slice is its own. The zero PeriodDeadline is invalid.
type PeriodDeadline struct {
	// Period is the period counted.
	Period Period
	// Received is the receipt instant, in the schedule's zone.
	Received time.Time
	// ReceiptDay is the day R the first part is counted from (see
	// [Schedule.ReceiptDay]).
	ReceiptDay date.Date
	// PartEnds is the last day of each part, in order; the last is Due.
	// Only Due is moved off a day off.
	PartEnds []date.Date
	// Due is the due date, and At the due instant (the close of office
	// hours on Due, or the instant the last working hour completes).
	Due date.Date
	At  time.Time
}

// IsValid reports whether d was computed by [Schedule.DueOf].
func (d PeriodDeadline) IsValid() bool { return d.Due != 0 && !d.Period.IsZero() }

// DueOf computes the due date of period p for a dossier received at
// received. A single-part period is counted exactly as [Schedule.Deadline]
// counts its limit. A composite is counted part after part: the first part
// from the receipt day R by the rules of Deadline, each next part from the
// last day of the one before, as if that day were the event (Civil Code
// 2015 Art. 147(2): a period in days starts on the day after its event;
// working hours and fractional working days start at the next working
// day's opening). Only the last day of the whole period is moved to the
// next working day when it is not one (Art. 148(5) concerns the period's
// last day); "01 tháng 15 ngày" received on 10 January (R) runs to 10
// February, then 15 days to 25 February.
//
// Every error is a *[CountError]: an empty period wraps [ErrInvalidLimit];
// a date outside the calendar's span wraps [ErrOutOfSpan] (and
// holiday.ErrOutOfSpan beneath it).
func (s *Schedule) DueOf(received time.Time, p Period) (PeriodDeadline, error) {
	if !s.isValid() {
		return PeriodDeadline{}, errZeroSchedule
	}
	if p.IsZero() {
		return PeriodDeadline{}, &CountError{Op: "DueOf", At: received, Err: fmt.Errorf("%w: empty period", ErrInvalidLimit)}
	}
	first := p.parts[0]
	d, err := s.Deadline(received, first)
	if err != nil {
		return PeriodDeadline{}, err // already a *CountError
	}
	fail := func(err error) (PeriodDeadline, error) {
		if ce := (*CountError)(nil); errors.As(err, &ce) {
			return PeriodDeadline{}, err // AddWorkingTime's own
		}
		return PeriodDeadline{}, &CountError{Op: "DueOf", At: received, Err: below(err)}
	}
	out := PeriodDeadline{Period: p, Received: d.Received(), ReceiptDay: d.ReceiptDay(), PartEnds: make([]date.Date, 0, p.n)}
	if p.n == 1 {
		out.PartEnds = append(out.PartEnds, d.Due())
		out.Due, out.At = d.Due(), d.At()
		return out, nil
	}
	// The end of the first part, not moved off a day off.
	end, at := d.Due(), time.Time{}
	switch {
	case first.countsHours():
		at = d.At()
	case first.unit == UnitCalendarDays:
		end = d.ReceiptDay() + date.Date(first.hundredths/100)
	case first.unit == UnitMonths:
		end = addMonths(d.ReceiptDay(), int(first.hundredths/100))
	}
	out.PartEnds = append(out.PartEnds, end)
	for _, l := range p.parts[1:p.n] {
		at0 := at
		at = time.Time{}
		switch {
		case l.countsHours():
			start := at0
			if start.IsZero() {
				start = (end + 1).Time(0, s.zone)
			}
			at, end, err = s.AddWorkingTime(start, s.hoursOf(l))
		case l.unit == UnitWorkingDays:
			end, err = s.cal.AddWorkingDays(end, int(l.hundredths/100))
		case l.unit == UnitCalendarDays:
			end += date.Date(l.hundredths / 100)
		case l.unit == UnitMonths:
			end = addMonths(end, int(l.hundredths/100))
		}
		if err != nil {
			return fail(err)
		}
		out.PartEnds = append(out.PartEnds, end)
	}
	if !at.IsZero() {
		out.Due, out.At = end, at
		return out, nil
	}
	out.Due, err = s.cal.WorkingDayOnOrAfter(end)
	if err != nil {
		return fail(err)
	}
	out.PartEnds[len(out.PartEnds)-1] = out.Due
	out.At = out.Due.Time(s.closeClock(out.Due), s.zone)
	return out, nil
}

// DueOfReading counts the ordinary limit of what a text says for a dossier
// received at received: with the cut-off the text states, if any ("nếu
// tiếp nhận sau 15 giờ" → 15:00, [Schedule.WithCutoff]), part after part
// for a composite ([Schedule.DueOf]). The alternatives are other cases and
// are not counted.
//
// A reading with no ordinary limit, one counted from another event, or one
// with a concern a person must decide (an unreadable duration, a breakdown
// that does not add up) gives no deadline: a [*LimitError] wrapping
// [ErrLimitAmbiguous], [ErrLimitOtherEvent], [ErrLimitRange] or
// [ErrLimitSyntax], quoting the reading's canonical text.
func (s *Schedule) DueOfReading(received time.Time, r Reading) (PeriodDeadline, error) {
	if !s.isValid() {
		return PeriodDeadline{}, errZeroSchedule
	}
	if r.NeedsDecision() {
		sentinel, detail := r.refusal()
		return PeriodDeadline{}, &LimitError{Func: "Schedule.DueOfReading", Input: r.String(), Err: sentinel, detail: detail}
	}
	sched := s
	if r.Cutoff != 0 {
		c, err := s.WithCutoff(r.Cutoff)
		if err != nil {
			return PeriodDeadline{}, err
		}
		sched = c
	}
	return sched.DueOf(received, r.Ordinary)
}
