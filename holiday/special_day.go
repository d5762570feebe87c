package holiday

import "github.com/rickb777/date/v2"

// SpecialDay is a day on which a [Calendar] departs from its working week: a
// holiday, a compensatory day, a swapped day off or working day, or a day set
// by a local decision. It is a plain value; the zero SpecialDay (KindUnknown)
// means "no special day".
//
// A holiday that falls on a weekly rest day is a SpecialDay too, so that its
// compensatory day can be explained; such a day is off either way.
type SpecialDay struct {
	Date   date.Date
	Kind   Kind
	NameVI string // Vietnamese name, e.g. "Nghỉ bù Tết Nguyên Đán"
	NameEN string // English name, e.g. "Compensatory day off for Lunar New Year (Tết)"
	Source string // the announcement, decision or rule the day comes from
	// Projected is true for a day derived from the statutory rules for a year
	// that has no announcement embedded or added; the actual schedule of that
	// year may differ (the Prime Minister fixes the Tết days, the National
	// Day's second day and any swaps each year, Labour Code 2019 Art. 112(3)).
	Projected bool
}

// IsDayOff reports whether the special day is not a working day.
func (s SpecialDay) IsDayOff() bool { return s.Kind.IsDayOff() }
