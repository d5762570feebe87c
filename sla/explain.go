package sla

import (
	"fmt"
	"github.com/motcua/motcua/internal/enum"
	"slices"
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

// skipTable holds the names and the stable wire codes of SkipReason.
var skipTable = enum.Table[SkipReason]{
	Type:  "SkipReason",
	Names: []string{"", "weekend", "special", "pause"},
	Codes: []string{"", "weekend", "special", "pause"},
	Fail:  codeError,
}

// String returns "weekend", "special" or "pause" (the English name, which
// is also the wire code), or "%!SkipReason(n)" for SkipUnknown and values
// outside the constants.
func (r SkipReason) String() string { return skipTable.String(r) }

// IsValid reports whether r is one of the defined reasons.
func (r SkipReason) IsValid() bool { return skipTable.IsValid(r) }

// MarshalText returns the stable code "weekend", "special" or "pause"; an
// invalid SkipReason is a *[ValueError] wrapping [ErrUnknownCode].
func (r SkipReason) MarshalText() ([]byte, error) { return skipTable.MarshalText(r) }

// UnmarshalText reads a code exactly as [SkipReason.MarshalText] writes
// it; anything else is a *[ValueError] wrapping [ErrUnknownCode]. On error
// *r is unchanged.
func (r *SkipReason) UnmarshalText(b []byte) error { return skipTable.UnmarshalText(r, b) }

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
//
// After a restart (Decree 61/2018/NĐ-CP Art. 19(4)) Received is the
// restart, FirstReceived the first receipt and Restarts each restart with
// the pauses before it; the rendering explains the receipt, each pause and
// restart, and the resulting date.
type Explanation struct {
	FirstReceived time.Time // the first receipt; equal to Received when the clock never restarted
	Restarts      []Restart // the restarts, in order
	Received      time.Time
	ReceiptDay    date.Date
	AfterCutoff   bool      // received on a working day at or after the cut-off
	Cutoff        time.Time // the cut-off on the receipt's date, if it was a working day
	Limit         Limit
	Skipped       []SkippedDay
	Pauses        []Pause
	Reappointed   date.Date // the date set by an apology letter, if any
	Due           date.Date
	At            time.Time
}

// Explain explains deadline d, which must have been computed by s.
func (s *Schedule) Explain(d Deadline) (Explanation, error) {
	return s.explain(d, nil, 0)
}

// Explain explains the timeline's current due date, with its pauses and any
// re-appointment.
func (t Timeline) Explain() (Explanation, error) {
	if !t.IsValid() {
		return Explanation{}, &TimelineError{Op: "Explain", Err: ErrInvalidTimeline}
	}
	e, err := t.start.sched.explain(t.Deadline(), t.Pauses(), t.newDue)
	if err != nil {
		return Explanation{}, err
	}
	e.FirstReceived, e.Restarts = t.start.first, t.History()
	return e, nil
}

func (s *Schedule) explain(d Deadline, pauses []Pause, newDue date.Date) (Explanation, error) {
	if !d.IsValid() {
		return Explanation{}, &CountError{Op: "Explain", At: d.received, Err: fmt.Errorf("%w: explaining the zero Deadline", ErrInvalidLimit)}
	}
	e := Explanation{FirstReceived: d.received, Received: d.received, ReceiptDay: d.receipt, AfterCutoff: d.late, Limit: d.limit,
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

// explainWords are the phrases of an explanation in one language.
type explainWords struct {
	day                                             func(date.Date) string
	limit                                           func(Limit) string
	received, afterCutoff, onDayOff, timeLimit      string
	pause, restart, sources                         string
	source                                          func(string) string
	notCounted, weekend, paused, special, projected string
	due, reappointed                                string
	name                                            func(holiday.SpecialDay) string
	kind                                            func(holiday.Kind) string
	rules                                           [4]string // hours, same day, working days, other days
}

var (
	wordsVI = explainWords{
		day:         func(d date.Date) string { return weekdayVI[d.Weekday()] + " " + d.Format("02/01/2006") },
		limit:       Limit.String,
		received:    "Tiếp nhận: %s %s.\n",
		pause:       "Tạm dừng tính thời hạn từ %s %s đến %s %s.\n",
		restart:     "Nhận đủ hồ sơ lúc %s %s: thời hạn được tính lại từ đầu (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4).\n",
		sources:     "Nguồn: ",
		source:      sourceVietnamese,
		afterCutoff: "Tiếp nhận từ %s trở đi nên tính là tiếp nhận ngày làm việc tiếp theo, %s.\n",
		onDayOff:    "Ngày tiếp nhận là ngày nghỉ nên tính là tiếp nhận ngày làm việc tiếp theo, %s.\n",
		timeLimit:   "Thời hạn: %s. %s\n",
		notCounted:  "Ngày không tính:\n",
		weekend:     "nghỉ cuối tuần",
		paused:      "tạm dừng tính thời hạn",
		special:     "%s (%s)",
		projected:   ", dự kiến",
		due:         "Hẹn trả kết quả: %s %s.\n",
		reappointed: "Đã xin lỗi và hẹn lại ngày trả kết quả: %s.\n",
		name:        func(s holiday.SpecialDay) string { return s.NameVI },
		kind:        holiday.Kind.Vietnamese,
		rules: [4]string{
			"Tính theo giờ làm việc từ thời điểm tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 1).",
			"Trả kết quả trong ngày tiếp nhận.",
			"Không tính ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 2).",
			"Không tính ngày tiếp nhận; nếu ngày cuối cùng là ngày nghỉ thì thời hạn kết thúc vào ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 147 khoản 2, Điều 148 khoản 5).",
		},
	}
	wordsEN = explainWords{
		day:         func(d date.Date) string { return d.Format("Monday 02/01/2006") },
		limit:       Limit.English,
		received:    "Received: %s %s.\n",
		pause:       "Clock paused from %s %s to %s %s.\n",
		restart:     "Complete dossier received at %s %s: the time limit runs again in full (Decree 61/2018/NĐ-CP Art. 19(4)).\n",
		sources:     "Sources: ",
		source:      func(s string) string { return s },
		afterCutoff: "Received at or after the %s cut-off, so counted as received on the next working day, %s.\n",
		onDayOff:    "Received on a day off, so counted as received on the next working day, %s.\n",
		timeLimit:   "Time limit: %s. %s\n",
		notCounted:  "Days not counted:\n",
		weekend:     "weekend",
		paused:      "clock paused",
		special:     "%s (%s)",
		projected:   ", projected",
		due:         "Due: %s %s.\n",
		reappointed: "Apologised and re-appointed to %s.\n",
		name:        func(s holiday.SpecialDay) string { return s.NameEN },
		kind:        holiday.Kind.English,
		rules: [4]string{
			"Counted in office hours from the receipt (Civil Code 2015 Art. 147(1)).",
			"The result is due on the receipt day.",
			"The receipt day is not counted (Civil Code 2015 Art. 147(2)).",
			"The receipt day is not counted; a period ending on a day off ends on the next working day (Civil Code 2015 Art. 147(2), 148(5)).",
		},
	}
)

// Vietnamese renders the explanation for a citizen, in Vietnamese.
func (e Explanation) Vietnamese() string { return e.render(&wordsVI) }

// English renders the explanation in English.
func (e Explanation) English() string { return e.render(&wordsEN) }

func (e Explanation) render(w *explainWords) string {
	var b strings.Builder
	first := e.FirstReceived
	if first.IsZero() {
		first = e.Received
	}
	fmt.Fprintf(&b, w.received, first.Format("15:04"), w.day(date.NewAt(first)))
	for _, r := range e.Restarts {
		for _, p := range r.Pauses {
			fmt.Fprintf(&b, w.pause, p.From.Format("15:04"), w.day(date.NewAt(p.From)), p.To.Format("15:04"), w.day(date.NewAt(p.To)))
		}
		fmt.Fprintf(&b, w.restart, r.At.Format("15:04"), w.day(date.NewAt(r.At)))
	}
	switch {
	case e.AfterCutoff:
		fmt.Fprintf(&b, w.afterCutoff, e.Cutoff.Format("15:04"), w.day(e.ReceiptDay))
	case e.ReceiptDay != date.NewAt(e.Received):
		fmt.Fprintf(&b, w.onDayOff, w.day(e.ReceiptDay))
	}
	fmt.Fprintf(&b, w.timeLimit, w.limit(e.Limit), w.rules[ruleOf(e.Limit)])
	if len(e.Skipped) > 0 {
		var sources []string
		b.WriteString(w.notCounted)
		for _, s := range e.Skipped {
			fmt.Fprintf(&b, "  - %s: ", w.day(s.Date))
			switch s.Reason {
			case SkipWeekend:
				b.WriteString(w.weekend)
			case SkipPause:
				b.WriteString(w.paused)
			default:
				fmt.Fprintf(&b, w.special, w.name(s.Special), w.kind(s.Special.Kind))
				if s.Special.Projected {
					b.WriteString(w.projected)
				}
				if src := w.source(s.Special.Source); src != "" && !slices.Contains(sources, src) {
					sources = append(sources, src)
				}
			}
			b.WriteByte('\n')
		}
		// Each source once, after the days it stands for.
		if len(sources) > 0 {
			b.WriteString(w.sources)
			b.WriteString(strings.Join(sources, "; "))
			b.WriteString(".\n")
		}
	}
	fmt.Fprintf(&b, w.due, dueClock(e.At, e.Due), w.day(e.Due))
	if e.Reappointed != 0 {
		fmt.Fprintf(&b, w.reappointed, w.day(e.Reappointed))
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

// ruleOf picks the counting rule an explanation quotes: hours (Civil Code
// 2015 Art. 147(1)), the same day, working days (Art. 147(2)), or calendar
// days and months (Art. 147(2), 148(5)).
func ruleOf(l Limit) int {
	switch {
	case l.countsHours():
		return 0
	case l.IsSameDay():
		return 1
	case l.unit == UnitWorkingDays:
		return 2
	}
	return 3
}

// sourceVietnamese renders a special day's source for a Vietnamese text: the
// kinds of documents and the projection rule, which the calendar's data
// write in English, are named in Vietnamese; numbers, symbols and addresses
// stay as they are.
func sourceVietnamese(s string) string { return sourceVI.Replace(s) }

var sourceVI = strings.NewReplacer(
	"projected: ", "dự kiến theo ",
	"Labour Code", "Bộ luật Lao động",
	"Art. ", "Điều ",
	"Art.", "Điều ",
	"Notice ", "Thông báo ",
	"Decision ", "Quyết định ",
	"Official Letter ", "Công văn ",
	"letter ", "công văn ",
	" as amended by ", " sửa đổi bởi ",
	"Law ", "Luật ",
	"derived: ", "suy ra: ",
)
