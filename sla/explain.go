package sla

import (
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

// SkipReason says why a day did not count towards a time limit.
type SkipReason uint8

const (
	// SkipUnknown is the zero SkipReason; it is not valid.
	SkipUnknown SkipReason = iota
	// SkipWeekend: a weekly rest day (Saturday, Sunday).
	SkipWeekend
	// SkipSpecial: a holiday, compensatory day, swapped day off or a day off
	// by decision; see [SkippedDay.Special].
	SkipSpecial
	// SkipPause: a working day on which the clock was paused.
	SkipPause
)

var skipCodes = [...]string{SkipWeekend: "weekend", SkipSpecial: "special", SkipPause: "pause"}

// String returns "weekend", "special" or "pause", or "%!SkipReason(n)".
func (r SkipReason) String() string {
	if r == SkipUnknown || int(r) >= len(skipCodes) {
		return fmt.Sprintf("%%!SkipReason(%d)", uint8(r))
	}
	return skipCodes[r]
}

// SkippedDay is a day between receipt and due date that was not counted.
type SkippedDay struct {
	Date    date.Date
	Reason  SkipReason
	Special holiday.SpecialDay // the special day, for SkipSpecial
}

// Explanation says how a due date was reached, so that an official can tell
// a citizen why: the receipt, the receipt day counted from, the days not
// counted and why, and the due date. Render it with
// [Explanation.Vietnamese] or [Explanation.English].
type Explanation struct {
	Received    time.Time
	ReceiptDay  date.Date
	AfterCutoff bool      // received on a working day at or after the cut-off
	Cutoff      time.Time // the cut-off on the receipt's date, if it was a working day
	Limit       Limit
	Skipped     []SkippedDay
	Pauses      []Pause
	Reappointed date.Date // the date set by an apology letter, if any
	Due         date.Date
	At          time.Time
}

// Explain explains deadline d, which must have been computed by s.
func (s *Schedule) Explain(d Deadline) (Explanation, error) {
	return s.explain(d, nil, 0)
}

// Explain explains the timeline's current due date, with its pauses and any
// re-appointment.
func (t Timeline) Explain() (Explanation, error) {
	if !t.IsValid() {
		return Explanation{}, ErrInvalidTimeline
	}
	return t.sched.explain(t.deadline, t.Pauses(), t.newDue)
}

func (s *Schedule) explain(d Deadline, pauses []Pause, newDue date.Date) (Explanation, error) {
	if !d.IsValid() {
		return Explanation{}, fmt.Errorf("%w: explaining the zero Deadline", ErrInvalidLimit)
	}
	e := Explanation{Received: d.received, ReceiptDay: d.receipt, AfterCutoff: d.late, Limit: d.limit,
		Pauses: append([]Pause(nil), pauses...), Reappointed: newDue, Due: d.due, At: d.At()}
	receivedOn := date.NewAt(d.received)
	if d.cutoff != 0 { // the cut-off the deadline was counted with
		e.Cutoff = receivedOn.Time(d.cutoff, d.received.Location())
	}
	paused := map[date.Date]bool{}
	for _, p := range pauses {
		to := p.To
		if to.IsZero() {
			continue
		}
		for day := date.NewAt(p.From); day < date.NewAt(to); day++ {
			paused[day] = true
		}
	}
	// The days that could have counted but did not: for limits in days
	// counted on the calendar, only those between the nominal end and the
	// due date it moved to.
	from := receivedOn
	if u := d.limit.unit; u == UnitCalendarDays || u == UnitMonths {
		from = d.receipt + date.Date(d.limit.hundredths/100)
		if u == UnitMonths {
			from = addMonths(d.receipt, int(d.limit.hundredths/100))
		}
		if receivedOn < d.receipt {
			e.Skipped = s.skipped(receivedOn, d.receipt, paused)
		}
	}
	e.Skipped = append(e.Skipped, s.skipped(from, d.due, paused)...)
	return e, nil
}

// skipped lists the uncounted days in [from, to).
func (s *Schedule) skipped(from, to date.Date, paused map[date.Date]bool) []SkippedDay {
	var out []SkippedDay
	for day := from; day < to; day++ {
		sp, special := s.cal.Special(day)
		switch {
		case special && sp.IsDayOff():
			out = append(out, SkippedDay{Date: day, Reason: SkipSpecial, Special: sp})
		case !s.cal.IsWorkingDay(day):
			out = append(out, SkippedDay{Date: day, Reason: SkipWeekend})
		case paused[day]:
			out = append(out, SkippedDay{Date: day, Reason: SkipPause})
		}
	}
	return out
}

var weekdayVI = [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

func dayVI(d date.Date) string { return weekdayVI[d.Weekday()] + " " + d.Format("02/01/2006") }
func dayEN(d date.Date) string { return d.Format("Monday 02/01/2006") }

// Vietnamese renders the explanation for a citizen, in Vietnamese.
func (e Explanation) Vietnamese() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Tiếp nhận: %s %s.\n", e.Received.Format("15:04"), dayVI(date.NewAt(e.Received)))
	switch {
	case e.AfterCutoff:
		fmt.Fprintf(&b, "Tiếp nhận từ %s trở đi nên tính là tiếp nhận ngày làm việc tiếp theo, %s.\n", e.Cutoff.Format("15:04"), dayVI(e.ReceiptDay))
	case e.ReceiptDay != date.NewAt(e.Received):
		fmt.Fprintf(&b, "Ngày tiếp nhận là ngày nghỉ nên tính là tiếp nhận ngày làm việc tiếp theo, %s.\n", dayVI(e.ReceiptDay))
	}
	fmt.Fprintf(&b, "Thời hạn: %s. %s\n", e.Limit, ruleVI(e.Limit))
	if len(e.Skipped) > 0 {
		b.WriteString("Ngày không tính:\n")
		for _, s := range e.Skipped {
			fmt.Fprintf(&b, "  - %s: ", dayVI(s.Date))
			switch s.Reason {
			case SkipWeekend:
				b.WriteString("nghỉ cuối tuần")
			case SkipPause:
				b.WriteString("tạm dừng tính thời hạn")
			default:
				fmt.Fprintf(&b, "%s (%s; nguồn: %s)", s.Special.NameVI, s.Special.Kind.Vietnamese(), s.Special.Source)
				if s.Special.Projected {
					b.WriteString(", dự kiến")
				}
			}
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "Hẹn trả kết quả: %s %s.\n", dueClock(e.At, e.Due), dayVI(e.Due))
	if e.Reappointed != 0 {
		fmt.Fprintf(&b, "Đã xin lỗi và hẹn lại ngày trả kết quả: %s.\n", dayVI(e.Reappointed))
	}
	return b.String()
}

// English renders the explanation in English.
func (e Explanation) English() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Received: %s %s.\n", e.Received.Format("15:04"), dayEN(date.NewAt(e.Received)))
	switch {
	case e.AfterCutoff:
		fmt.Fprintf(&b, "Received at or after the %s cut-off, so counted as received on the next working day, %s.\n", e.Cutoff.Format("15:04"), dayEN(e.ReceiptDay))
	case e.ReceiptDay != date.NewAt(e.Received):
		fmt.Fprintf(&b, "Received on a day off, so counted as received on the next working day, %s.\n", dayEN(e.ReceiptDay))
	}
	fmt.Fprintf(&b, "Time limit: %s. %s\n", e.Limit.English(), ruleEN(e.Limit))
	if len(e.Skipped) > 0 {
		b.WriteString("Days not counted:\n")
		for _, s := range e.Skipped {
			fmt.Fprintf(&b, "  - %s: ", dayEN(s.Date))
			switch s.Reason {
			case SkipWeekend:
				b.WriteString("weekend")
			case SkipPause:
				b.WriteString("clock paused")
			default:
				fmt.Fprintf(&b, "%s (%s; source: %s)", s.Special.NameEN, s.Special.Kind.English(), s.Special.Source)
				if s.Special.Projected {
					b.WriteString(", projected")
				}
			}
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "Due: %s %s.\n", dueClock(e.At, e.Due), dayEN(e.Due))
	if e.Reappointed != 0 {
		fmt.Fprintf(&b, "Apologised and re-appointed to %s.\n", dayEN(e.Reappointed))
	}
	return b.String()
}

// dueClock writes the time of the due instant, "24:00" when it is the
// midnight that ends the due date.
func dueClock(at time.Time, due date.Date) string {
	if date.NewAt(at) > due {
		return "24:00"
	}
	return at.Format("15:04")
}

func ruleVI(l Limit) string {
	switch {
	case l.countsHours():
		return "Tính theo giờ làm việc từ thời điểm tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 1)."
	case l.IsSameDay():
		return "Trả kết quả trong ngày tiếp nhận."
	case l.unit == UnitWorkingDays:
		return "Không tính ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 2)."
	default:
		return "Không tính ngày tiếp nhận; nếu ngày cuối cùng là ngày nghỉ thì thời hạn kết thúc vào ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 147 khoản 2, Điều 148 khoản 5)."
	}
}

func ruleEN(l Limit) string {
	switch {
	case l.countsHours():
		return "Counted in office hours from the receipt (Civil Code 2015 Art. 147(1))."
	case l.IsSameDay():
		return "The result is due on the receipt day."
	case l.unit == UnitWorkingDays:
		return "The receipt day is not counted (Civil Code 2015 Art. 147(2))."
	default:
		return "The receipt day is not counted; a period ending on a day off ends on the next working day (Civil Code 2015 Art. 147(2), 148(5))."
	}
}
