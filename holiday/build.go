package holiday

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/rickb777/date/v2"
)

// weekMask is a set of weekdays, bit i for time.Weekday(i).
type weekMask uint8

func (m weekMask) has(wd time.Weekday) bool { return m&(1<<wd) != 0 }

// mondayToFriday is the working week of state agencies: 40 hours, Monday to
// Friday (Decision 188/1999/QĐ-TTg).
const mondayToFriday weekMask = 1<<time.Monday | 1<<time.Tuesday | 1<<time.Wednesday | 1<<time.Thursday | 1<<time.Friday

// projector yields the special days of a year that has no announcement.
type projector func(year int, week weekMask) ([]SpecialDay, error)

// inputs is everything a Calendar is built from; Extend merges a Spec into a
// copy and rebuilds.
type inputs struct {
	firstYear, lastYear int
	week                weekMask
	project             projector
	announcements       map[int]Announcement
	recurring           []Recurring
	local               map[date.Date]SpecialDay
}

// Extend returns a new calendar: c with the spec's working week,
// announcements, recurring holidays and local days added. An announcement
// replaces the schedule of its year; a local day replaces whatever c had on
// that date. c itself is not changed, and on error nothing is built.
//
// Entries that cannot be used are errors of type *[EntryError] that name the
// entry and wrap [ErrSyntax] or [ErrContradiction]; an announcement for a
// year outside the span wraps [ErrOutOfSpan].
func (c *Calendar) Extend(s Spec) (*Calendar, error) {
	if !c.IsValid() {
		return nil, &CalendarError{Op: "Extend", Err: ErrInvalidCalendar}
	}
	in := c.in
	in.announcements = maps.Clone(c.in.announcements)
	in.recurring = slices.Clone(c.in.recurring)
	in.local = maps.Clone(c.in.local)
	if in.local == nil {
		in.local = map[date.Date]SpecialDay{}
	}
	if s.WorkingWeekdays != nil {
		week, err := weekOf(s.WorkingWeekdays)
		if err != nil {
			return nil, err
		}
		in.week = week
	}
	if err := in.add(s); err != nil {
		return nil, err
	}
	return build(in)
}

// at records in an *EntryError which entry of a Spec it is about, so that
// ExtendCSV can name the line: announcement index a (-1 for Spec.Days) and
// day index d.
func at(err error, a, d int) error {
	if e, ok := err.(*EntryError); ok {
		e.pos = entryPos{announcement: a, day: d, set: true}
	}
	return err
}

func weekOf(days []time.Weekday) (weekMask, error) {
	var m weekMask
	for i, wd := range days {
		if wd < time.Sunday || wd > time.Saturday || m.has(wd) {
			return 0, &EntryError{Field: fmt.Sprintf("working_weekdays[%d]", i), Value: wd.String(),
				Err: fmt.Errorf("%w: weekday invalid or named twice", ErrSyntax)}
		}
		m |= 1 << wd
	}
	if m == 0 {
		return 0, &CalendarError{Op: "Extend", Err: fmt.Errorf("%w: the working week is empty", ErrNoWorkingDay)}
	}
	return m, nil
}

// add validates the spec's entries against in (as modified so far) and
// merges them. It changes only in's own maps and slices, which Extend has
// copied.
func (in *inputs) add(s Spec) error {
	seenYear := map[int]bool{}
	owner := map[date.Date]int{} // date -> announcement year, across this spec
	for ai, a := range s.Announcements {
		field := fmt.Sprintf("announcements[%d]", ai)
		if a.Year < in.firstYear || a.Year > in.lastYear {
			return at(&EntryError{Field: field + ".year", Value: fmt.Sprint(a.Year),
				Err: fmt.Errorf("%w: year outside %d..%d", ErrOutOfSpan, in.firstYear, in.lastYear)}, ai, 0)
		}
		if seenYear[a.Year] {
			return &EntryError{Field: field + ".year", Value: fmt.Sprint(a.Year),
				Err: fmt.Errorf("%w: year announced twice", ErrContradiction)}
		}
		seenYear[a.Year] = true
		for di, d := range a.Days {
			dfield := fmt.Sprintf("%s.days[%d]", field, di)
			if err := in.checkDay(dfield, d); err != nil {
				return at(err, ai, di)
			}
			if y := d.Date.Year(); y < a.Year-1 || y > a.Year+1 {
				return at(&EntryError{Field: dfield + ".date", Value: d.Date.String(),
					Err: fmt.Errorf("%w: not within a year of the announced year %d", ErrContradiction, a.Year)}, ai, di)
			}
			if prev, dup := owner[d.Date]; dup {
				return at(&EntryError{Field: dfield + ".date", Value: d.Date.String(),
					Err: fmt.Errorf("%w: date already set by the announcement of %d", ErrContradiction, prev)}, ai, di)
			}
			owner[d.Date] = a.Year
		}
	}
	for ri, r := range s.Recurring {
		if err := in.checkRecurring(fmt.Sprintf("recurring[%d]", ri), r); err != nil {
			return err
		}
	}
	seenDay := map[date.Date]bool{}
	for di, d := range s.Days {
		field := fmt.Sprintf("days[%d]", di)
		if err := in.checkDay(field, d); err != nil {
			return at(err, -1, di)
		}
		if seenDay[d.Date] {
			return at(&EntryError{Field: field + ".date", Value: d.Date.String(),
				Err: fmt.Errorf("%w: date given twice", ErrContradiction)}, -1, di)
		}
		seenDay[d.Date] = true
	}
	// Everything is valid: merge.
	for _, a := range s.Announcements {
		a.Days = slices.Clone(a.Days)
		in.announcements[a.Year] = a
	}
	// A rule already in force is not added again: 2,000 chained Extend
	// calls with the same rule keep one copy of it.
	for _, r := range s.Recurring {
		if !slices.Contains(in.recurring, r) {
			in.recurring = append(in.recurring, r)
		}
	}
	for _, d := range s.Days {
		in.local[d.Date] = d
	}
	return nil
}

// checkDay validates one special day against the working week: a working
// day can only be declared on a rest day, a compensatory or swapped day off
// only on a day of the working week.
func (in *inputs) checkDay(field string, d SpecialDay) error {
	if !d.Kind.IsValid() {
		return &EntryError{Field: field + ".kind", Value: d.Kind.String(), Err: fmt.Errorf("%w: unknown kind", ErrSyntax)}
	}
	first := date.New(in.firstYear, time.January, 1)
	last := date.New(in.lastYear, time.December, 31)
	if d.Date < first || d.Date > last {
		return &EntryError{Field: field + ".date", Value: d.Date.String(),
			Err: fmt.Errorf("%w: outside %s..%s", ErrOutOfSpan, first, last)}
	}
	if d.NameVI == "" {
		return &EntryError{Field: field + ".name_vi", Value: "", Err: fmt.Errorf("%w: a Vietnamese name is required", ErrSyntax)}
	}
	if d.Source == "" {
		return &EntryError{Field: field + ".source", Value: "", Err: fmt.Errorf("%w: a source is required", ErrSyntax)}
	}
	rest := !in.week.has(d.Date.Weekday())
	switch d.Kind {
	case KindSwapWorkday, KindWorkday:
		if !rest {
			return &EntryError{Field: field + ".date", Value: d.Date.String(),
				Err: fmt.Errorf("%w: %s declared on %s, already a working weekday", ErrContradiction, d.Kind, d.Date.Weekday())}
		}
	case KindCompensatory, KindSwapDayOff, KindDayOff:
		if rest {
			return &EntryError{Field: field + ".date", Value: d.Date.String(),
				Err: fmt.Errorf("%w: %s declared on %s, already a rest day", ErrContradiction, d.Kind, d.Date.Weekday())}
		}
	}
	return nil
}

func (in *inputs) checkRecurring(field string, r Recurring) error {
	if r.Month < time.January || r.Month > time.December || r.Day < 1 || r.Day > daysIn(r.Month) {
		return &EntryError{Field: field, Value: fmt.Sprintf("%02d-%02d", int(r.Month), r.Day),
			Err: fmt.Errorf("%w: no such day of the year", ErrSyntax)}
	}
	if r.Month == time.February && r.Day == 29 {
		return &EntryError{Field: field, Value: "02-29", Err: fmt.Errorf("%w: 29 February recurs only in leap years", ErrSyntax)}
	}
	if r.From == 0 {
		return &EntryError{Field: field + ".from", Value: r.From.String(),
			Err: fmt.Errorf("%w: an effective date is required (the zero date %s is none)", ErrSyntax, r.From)}
	}
	if r.Until != 0 && r.Until < r.From {
		return &EntryError{Field: field + ".until", Value: r.Until.String(), Err: fmt.Errorf("%w: ends before it starts", ErrContradiction)}
	}
	if r.NameVI == "" || r.Source == "" {
		return &EntryError{Field: field, Value: r.NameVI, Err: fmt.Errorf("%w: a Vietnamese name and a source are required", ErrSyntax)}
	}
	return nil
}

func daysIn(m time.Month) int {
	return date.New(2000, m+1, 0).Day() // 2000 is a leap year: February has 29
}

// build computes the day tables from the inputs.
func build(in inputs) (*Calendar, error) {
	first := date.New(in.firstYear, time.January, 1)
	end := date.New(in.lastYear+1, time.January, 1)
	n := int(end - first)
	byDate := make(map[date.Date]SpecialDay, 16*(in.lastYear-in.firstYear+1))
	for y := in.firstYear; y <= in.lastYear; y++ {
		if _, ok := in.announcements[y]; ok {
			continue
		}
		days, err := in.project(y, in.week)
		if err != nil {
			return nil, err
		}
		for _, d := range days {
			byDate[d.Date] = d
		}
	}
	// Announcements after projections: a swap in late December belongs to
	// the next year's announcement and replaces the projection there.
	for _, y := range slices.Sorted(maps.Keys(in.announcements)) {
		for _, d := range in.announcements[y].Days {
			byDate[d.Date] = d
		}
	}
	isOff := func(d date.Date) bool {
		if s, ok := byDate[d]; ok {
			return s.Kind.IsDayOff() || (!in.week.has(d.Weekday()) && s.Kind != KindSwapWorkday && s.Kind != KindWorkday)
		}
		return !in.week.has(d.Weekday())
	}
	for _, r := range in.recurring {
		for y := max(in.firstYear, r.From.Year()); y <= in.lastYear; y++ {
			d := date.New(y, r.Month, r.Day)
			if d < r.From || (r.Until != 0 && d > r.Until) {
				continue
			}
			if s, ok := byDate[d]; ok && s.Kind.IsDayOff() {
				continue // already off: a holiday on a holiday gives nothing more
			}
			rest := isOff(d)
			byDate[d] = SpecialDay{Date: d, Kind: KindHoliday, NameVI: r.NameVI, NameEN: r.NameEN, Source: r.Source}
			if rest {
				c := d + 1
				for c < end && isOff(c) {
					c++
				}
				if c < end {
					byDate[c] = SpecialDay{Date: c, Kind: KindCompensatory,
						NameVI: "Nghỉ bù " + r.NameVI, NameEN: "Compensatory day off for " + r.NameEN,
						Source: r.Source + " ; Labour Code 2019 Art. 111(3)"}
				}
			}
		}
	}
	for d, s := range in.local {
		byDate[d] = s
	}

	c := &Calendar{first: first, in: in}
	c.before = make([]int32, n+1)
	c.working = make([]int32, 0, n*5/7)
	for i := 0; i < n; i++ {
		d := first + date.Date(i)
		working := in.week.has(time.Weekday((int(d) + int(date.ZeroDay)) % 7))
		if s, ok := byDate[d]; ok {
			switch {
			case s.Kind.IsDayOff():
				working = false
			case s.Kind == KindSwapWorkday || s.Kind == KindWorkday:
				working = true
			}
		}
		c.before[i+1] = c.before[i]
		if working {
			c.before[i+1]++
			c.working = append(c.working, int32(i))
		}
	}
	if len(c.working) == 0 {
		return nil, &CalendarError{Op: "Extend", Err: ErrNoWorkingDay}
	}
	c.working = slices.Clip(c.working)
	// Names and sources repeat across years: keep one copy of each text.
	texts := map[string]string{}
	intern := func(t string) string {
		if u, ok := texts[t]; ok {
			return u
		}
		texts[t] = t
		return t
	}
	c.special = make([]SpecialDay, 0, len(byDate))
	for _, s := range byDate {
		s.NameVI, s.NameEN, s.Source = intern(s.NameVI), intern(s.NameEN), intern(s.Source)
		c.special = append(c.special, s)
	}
	slices.SortFunc(c.special, func(a, b SpecialDay) int { return int(a.Date - b.Date) })
	return c, nil
}
