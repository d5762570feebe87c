package holidaytest

import (
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// hardDays is what the generators precompute about a calendar.
type hardDays struct {
	first, last date.Date
	years       []int       // every year of the span
	announced   []int       // years with an official announcement
	swaps       []date.Date // swapped days and compensatory days
	specials    []date.Date // every special day
}

func newHardDays(cal *holiday.Calendar) *hardDays {
	if !cal.IsValid() {
		panic("holidaytest: the calendar is not a built holiday.Calendar")
	}
	h := &hardDays{}
	h.first, h.last = cal.Span()
	for y := h.first.Year(); y <= h.last.Year(); y++ {
		h.years = append(h.years, y)
		if cal.IsAnnounced(y) {
			h.announced = append(h.announced, y)
		}
	}
	for _, s := range cal.SpecialDays(h.first, h.last+1) {
		h.specials = append(h.specials, s.Date)
		switch s.Kind {
		case holiday.KindCompensatory, holiday.KindSwapDayOff, holiday.KindSwapWorkday,
			holiday.KindDayOff, holiday.KindWorkday:
			h.swaps = append(h.swaps, s.Date)
		}
	}
	return h
}

// clamp keeps d inside the span.
func (h *hardDays) clamp(d date.Date) date.Date {
	return min(max(d, h.first), h.last)
}

// year draws a year of the span, half the time an announced one (whose
// schedule is the real, irregular one) when there are any.
func (h *hardDays) year(t *rapid.T) int {
	if len(h.announced) > 0 && rapid.Bool().Draw(t, "announced") {
		return rapid.SampledFrom(h.announced).Draw(t, "year")
	}
	return rapid.SampledFrom(h.years).Draw(t, "year")
}

// Kinds of days drawn by Date, in the order rapid shrinks towards.
const (
	pickUniform = iota
	pickTet
	pickApril
	pickSeptember
	pickSwap
	pickSpecial
	pickYearEnd
	pickUniform2
	picks
)

func (h *hardDays) draw(t *rapid.T) date.Date {
	switch rapid.IntRange(0, picks-1).Draw(t, "kind") {
	case pickTet:
		y := h.year(t)
		tet, err := lunar.NewYear(y)
		if err != nil { // a calendar that reaches outside the lunar tables
			tet = date.New(y, time.February, 1)
		}
		return h.clamp(tet + date.Date(rapid.IntRange(-10, 10).Draw(t, "tet±")))
	case pickApril: // 25 April – 6 May: 30/4, 1/5 and their swaps
		y := h.year(t)
		return h.clamp(date.New(y, time.April, 30) + date.Date(rapid.IntRange(-5, 6).Draw(t, "30/4±")))
	case pickSeptember: // 28 August – 7 September: 2/9 and its second day
		y := h.year(t)
		return h.clamp(date.New(y, time.September, 2) + date.Date(rapid.IntRange(-5, 5).Draw(t, "2/9±")))
	case pickSwap:
		if len(h.swaps) > 0 {
			d := rapid.SampledFrom(h.swaps).Draw(t, "swap")
			return h.clamp(d + date.Date(rapid.IntRange(-3, 3).Draw(t, "swap±")))
		}
	case pickSpecial:
		if len(h.specials) > 0 {
			d := rapid.SampledFrom(h.specials).Draw(t, "special")
			return h.clamp(d + date.Date(rapid.IntRange(-2, 2).Draw(t, "special±")))
		}
	case pickYearEnd: // 28 December – 4 January
		y := h.year(t)
		return h.clamp(date.New(y, time.December, 28) + date.Date(rapid.IntRange(0, 7).Draw(t, "28/12+")))
	}
	return h.first + date.Date(rapid.IntRange(0, int(h.last-h.first)).Draw(t, "offset in span"))
}

// Date returns a generator of days in cal's span. About a quarter are
// uniform over the span; the rest are hard cases: the days around Tết
// (lunar.NewYear ± 10), 25 April – 6 May, 28 August – 7 September, around
// the calendar's swapped and compensatory days and other special days, and
// 28 December – 4 January. Years with an official announcement are drawn
// as often as all the others together. Failing cases shrink towards uniform
// days.
//
// Date panics if cal is not a valid calendar. Build the generator once,
// outside the property: it precomputes the calendar's special days.
func Date(cal *holiday.Calendar) *rapid.Generator[date.Date] {
	h := newHardDays(cal)
	return rapid.Custom(h.draw)
}

// WorkingDay returns a generator of working days of cal, drawn like [Date]
// and moved to the next working day (the previous one at the very end of
// the span).
func WorkingDay(cal *holiday.Calendar) *rapid.Generator[date.Date] {
	h := newHardDays(cal)
	return rapid.Custom(func(t *rapid.T) date.Date {
		d := h.draw(t)
		w, err := cal.WorkingDayOnOrAfter(d)
		if err != nil {
			w, err = cal.PreviousWorkingDay(d)
		}
		if err != nil {
			t.Fatalf("holidaytest: no working day near %s: %v", d, err)
		}
		return w
	})
}

// Offset returns a generator of working-day offsets: small (0–5, where
// off-by-one errors live), medium (6–60, a few holiday breaks), large
// (61–3650, the longest statutory limits) and negative (−400 to −1, for
// counting back from a due date). Failing cases shrink towards 0.
func Offset() *rapid.Generator[int] {
	return rapid.Custom(func(t *rapid.T) int {
		switch rapid.IntRange(0, 3).Draw(t, "size") {
		case 1:
			return rapid.IntRange(6, 60).Draw(t, "medium")
		case 2:
			return rapid.IntRange(61, 3650).Draw(t, "large")
		case 3:
			return -rapid.IntRange(1, 400).Draw(t, "negative")
		}
		return rapid.IntRange(0, 5).Draw(t, "small")
	})
}
