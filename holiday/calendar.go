package holiday

import (
	"sort"
	"time"

	"github.com/rickb777/date/v2"
)

// Calendar is a precomputed set of working and non-working days over a
// covered span of whole years.
//
// A Calendar is immutable once built and is safe for concurrent use by
// multiple goroutines. Use it by pointer: [Vietnam] returns the shared national
// calendar, and [Calendar.Extend] builds a new one.
//
// The zero Calendar is not a usable calendar: its queries report
// [ErrInvalidCalendar] (IsWorkingDay reports false). [Calendar.IsValid]
// tells a built calendar from a zero one.
//
// Working-day arithmetic is O(1) and does not allocate: the constructor stores
// for every day of the span the number of working days before it, and the list
// of working days in order.
type Calendar struct {
	first date.Date // first day covered (1 January of the first year)
	// before[i] is the number of working days in [first, first+i);
	// len(before) == days+1, so day i is a working day iff before[i+1] > before[i].
	before []int32
	// working[k] is the offset from first of the k-th working day (0-based).
	working []int32
	// special holds the special days of the span in date order.
	special []SpecialDay
	in      inputs
}

// IsValid reports whether c is a built calendar (not nil, not the zero value).
func (c *Calendar) IsValid() bool { return c != nil && len(c.before) > 1 }

// Span returns the first and the last day the calendar covers.
func (c *Calendar) Span() (first, last date.Date) {
	if !c.IsValid() {
		return 0, 0
	}
	return c.first, c.first + date.Date(len(c.before)-2)
}

// Contains reports whether d is inside the calendar's span.
func (c *Calendar) Contains(d date.Date) bool {
	return c.IsValid() && d >= c.first && int64(d-c.first) < int64(len(c.before)-1)
}

// index returns d's offset in the span, or an error naming op.
func (c *Calendar) index(op string, d date.Date) (int, error) {
	if !c.IsValid() {
		return 0, &CalendarError{Op: op, Err: ErrInvalidCalendar}
	}
	i := int64(d - c.first)
	if i < 0 || i >= int64(len(c.before)-1) {
		return 0, c.spanError(op, d)
	}
	return int(i), nil
}

func (c *Calendar) spanError(op string, d date.Date) error {
	first, last := c.Span()
	return &SpanError{Op: op, Date: d, First: first, Last: last}
}

// IsWorkingDay reports whether d is a working day. It reports false for a
// date outside the span and on an invalid calendar; use [Calendar.Contains]
// to tell those apart.
func (c *Calendar) IsWorkingDay(d date.Date) bool {
	if c == nil {
		return false
	}
	i := int64(d - c.first)
	if i < 0 || i >= int64(len(c.before)-1) {
		return false
	}
	return c.before[i+1] > c.before[i]
}

// AddWorkingDays returns the n-th working day after d, or for n < 0 the
// |n|-th working day before d. The day d itself is never counted, whether or
// not it is a working day (Civil Code 2015 Art. 147(2): a period counted in
// days starts on the day after the starting event); n == 0 returns d.
//
// The law WorkingDaysBetween(d, AddWorkingDays(d, n)) == n holds for every d
// in the span and every n whose result is in the span. A result outside the
// span is an error wrapping [ErrOutOfSpan].
func (c *Calendar) AddWorkingDays(d date.Date, n int) (date.Date, error) {
	i, err := c.index("AddWorkingDays", d)
	if err != nil {
		return 0, err
	}
	var k int64
	switch {
	case n > 0:
		k = int64(c.before[i+1]) + int64(n) - 1
	case n < 0:
		k = int64(c.before[i]) + int64(n)
	default:
		return d, nil
	}
	if k < 0 || k >= int64(len(c.working)) {
		return 0, &SpanError{Op: "AddWorkingDays", Date: d, Count: n, Result: true, First: c.first, Last: c.first + date.Date(len(c.before)-2)}
	}
	return c.first + date.Date(c.working[k]), nil
}

// WorkingDaysBetween counts working days from a to b:
//
//   - for b ≥ a, the number of working days d with a < d ≤ b;
//   - for b < a, minus the number of working days d with b ≤ d < a.
//
// So WorkingDaysBetween(d, AddWorkingDays(d, n)) == n for every n, positive or
// negative, and for a past due date b the result is how many working days it
// is overdue. Both days must be in the span.
func (c *Calendar) WorkingDaysBetween(a, b date.Date) (int, error) {
	i, err := c.index("WorkingDaysBetween", a)
	if err != nil {
		return 0, err
	}
	j, err := c.index("WorkingDaysBetween", b)
	if err != nil {
		return 0, err
	}
	if j >= i {
		return int(c.before[j+1] - c.before[i+1]), nil
	}
	return int(c.before[j] - c.before[i]), nil
}

// NextWorkingDay returns the first working day after d.
func (c *Calendar) NextWorkingDay(d date.Date) (date.Date, error) {
	return c.AddWorkingDays(d, 1)
}

// PreviousWorkingDay returns the last working day before d.
func (c *Calendar) PreviousWorkingDay(d date.Date) (date.Date, error) {
	return c.AddWorkingDays(d, -1)
}

// WorkingDayOnOrAfter returns d if it is a working day, else the next one.
func (c *Calendar) WorkingDayOnOrAfter(d date.Date) (date.Date, error) {
	i, err := c.index("WorkingDayOnOrAfter", d)
	if err != nil {
		return 0, err
	}
	if c.before[i+1] > c.before[i] {
		return d, nil
	}
	return c.AddWorkingDays(d, 1)
}

// Special returns the special day on d, if there is one.
func (c *Calendar) Special(d date.Date) (SpecialDay, bool) {
	if !c.IsValid() {
		return SpecialDay{}, false
	}
	k := sort.Search(len(c.special), func(k int) bool { return c.special[k].Date >= d })
	if k < len(c.special) && c.special[k].Date == d {
		return c.special[k], true
	}
	return SpecialDay{}, false
}

// SpecialDays returns the special days in the half-open range [from, to), in
// date order. The slice is a copy the caller may keep or change.
func (c *Calendar) SpecialDays(from, to date.Date) []SpecialDay {
	if !c.IsValid() || to <= from {
		return nil
	}
	lo := sort.Search(len(c.special), func(k int) bool { return c.special[k].Date >= from })
	hi := sort.Search(len(c.special), func(k int) bool { return c.special[k].Date >= to })
	if lo >= hi {
		return nil
	}
	out := make([]SpecialDay, hi-lo)
	copy(out, c.special[lo:hi])
	return out
}

// IsAnnounced reports whether the year's schedule comes from an official
// announcement (embedded, or added with [Calendar.Extend]) rather than from
// the projection of the statutory rules.
func (c *Calendar) IsAnnounced(year int) bool {
	if !c.IsValid() {
		return false
	}
	_, ok := c.in.announcements[year]
	return ok
}

// WorkingWeekdays returns the calendar's working week in weekday order.
func (c *Calendar) WorkingWeekdays() []time.Weekday {
	if !c.IsValid() {
		return nil
	}
	var out []time.Weekday
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if c.in.week.has(wd) {
			out = append(out, wd)
		}
	}
	return out
}
