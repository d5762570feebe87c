package holidaytest

import (
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

// oracle answers working-day questions the slow, obvious way: a day is a
// working day when its special day says so, or else when its weekday is in
// the working week. It uses only the calendar's published special days and
// working week, not its precomputed tables.
type oracle struct {
	first, last date.Date
	week        [7]bool
	special     map[date.Date]holiday.SpecialDay
}

func newOracle(cal *holiday.Calendar) *oracle {
	o := &oracle{special: map[date.Date]holiday.SpecialDay{}}
	o.first, o.last = cal.Span()
	for _, wd := range cal.WorkingWeekdays() {
		o.week[wd] = true
	}
	for _, s := range cal.SpecialDays(o.first, o.last+1) {
		o.special[s.Date] = s
	}
	return o
}

func (o *oracle) contains(d date.Date) bool { return d >= o.first && d <= o.last }

func (o *oracle) working(d date.Date) bool {
	if s, ok := o.special[d]; ok {
		return !s.IsDayOff()
	}
	return o.week[d.Weekday()]
}

// add steps day by day to the n-th working day after d (before d for n < 0);
// ok is false when that day is outside the span.
func (o *oracle) add(d date.Date, n int) (date.Date, bool) {
	if !o.contains(d) {
		return 0, false
	}
	step := date.Date(1)
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d += step
		if !o.contains(d) {
			return 0, false
		}
		if o.working(d) {
			n--
		}
	}
	return d, true
}

// reason says why d is not a working day, or "" if it is one.
func (o *oracle) reason(d date.Date) string {
	if s, ok := o.special[d]; ok {
		if !s.IsDayOff() {
			return ""
		}
		return describeSpecial(s)
	}
	if !o.week[d.Weekday()] {
		return "weekly rest day"
	}
	return ""
}

func describeSpecial(s holiday.SpecialDay) string {
	txt := fmt.Sprintf("%s / %s (%s; source: %s)", s.NameVI, s.NameEN, s.Kind.English(), s.Source)
	if s.Projected {
		txt += ", projected"
	}
	return txt
}

// maxLines bounds the day listings in failure messages.
const maxLines = 60

// skipped lists the days of [from, to] (in either order) that are not
// working days and why, with the special working days (swapped Saturdays)
// marked too, so that a failure shows what a count should have skipped.
func (o *oracle) skipped(from, to date.Date) string {
	if from > to {
		from, to = to, from
	}
	var b strings.Builder
	lines, more := 0, 0
	for d := from; d <= to; d++ {
		if !o.contains(d) {
			continue
		}
		var line string
		if r := o.reason(d); r != "" {
			line = "skipped: " + r
		} else if s, ok := o.special[d]; ok {
			line = "WORKING: " + describeSpecial(s)
		} else {
			continue
		}
		if lines == maxLines {
			more++
			continue
		}
		lines++
		fmt.Fprintf(&b, "  %s %-9s %s\n", d, d.Weekday(), line)
	}
	if more > 0 {
		fmt.Fprintf(&b, "  … and %d more\n", more)
	}
	if lines == 0 {
		b.WriteString("  (every day is an ordinary working day)\n")
	}
	return b.String()
}

// around lists the special days within a week of [from, to].
func (o *oracle) around(from, to date.Date) string {
	if from > to {
		from, to = to, from
	}
	var b strings.Builder
	lines := 0
	for d := from - 7; d <= to+7 && lines < maxLines; d++ {
		if s, ok := o.special[d]; ok {
			lines++
			fmt.Fprintf(&b, "  %s %-9s %s %s\n", d, d.Weekday(), s.Kind, describeSpecial(s))
		}
	}
	if lines == 0 {
		b.WriteString("  (no special day)\n")
	}
	return b.String()
}

// weekday names d's day of the week in messages.
func weekday(d date.Date) time.Weekday { return d.Weekday() }
