package holiday

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Spec is what a caller adds to a calendar with [Calendar.Extend]: the
// announcements of years not embedded in motcua, local decisions, recurring
// holidays that a future law adds, and a different working week. The zero
// Spec adds nothing.
type Spec struct {
	// WorkingWeekdays, if not nil, replaces the working week (Monday–Friday
	// for state agencies, Decision 188/1999/QĐ-TTg). It must name at least
	// one day and no day twice.
	WorkingWeekdays []time.Weekday

	// Announcements are official yearly schedules. An announcement replaces
	// its year's schedule as a whole: the embedded announcement or the
	// projection from the statutory rules. Its days may fall in the year
	// before or after (a Saturday in late December worked for New Year).
	Announcements []Announcement

	// Days are single days set by local decisions, applied on top of
	// everything else: a province's extra day off, a Saturday worked.
	Days []SpecialDay

	// Recurring are holidays on a fixed solar date each year from an
	// effective date, e.g. Vietnamese Culture Day on 24 November once the
	// Labour Code amendment directed by Government Resolution 30/NQ-CP
	// takes effect. When one falls on a rest day the next working day is
	// given off (Labour Code 2019 Art. 111(3)).
	Recurring []Recurring
}

// Announcement is the official day-off schedule of one year for state
// agencies: the Tết days and the National Day's second day chosen by the
// Prime Minister (Labour Code 2019 Art. 112(3)), compensatory days, and the
// swaps of a weekday off for a Saturday worked.
type Announcement struct {
	Year   int
	Source string
	Days   []SpecialDay
}

// Recurring is a holiday on the same solar day every year from From (and up
// to Until, inclusive, if Until is not zero).
type Recurring struct {
	Month  time.Month
	Day    int
	From   date.Date
	Until  date.Date // zero: no end
	NameVI string
	NameEN string
	Source string
}
