package lunar

import (
	"strconv"

	"github.com/rickb777/date/v2"
)

// This file converts between solar (Gregorian) and lunar dates by indexing
// the precomputed tables. Successful calls do not allocate.

// Span returns the first and last solar days covered: Tết MinYear and the
// day before Tết MaxYear+1.
func Span() (first, last date.Date) {
	t := getTables()
	return t.first, t.end - 1
}

// FromSolar returns the lunar date of the solar (Gregorian) day d. It
// fails with ErrOutOfSpan if d is outside Span.
func FromSolar(d date.Date) (Date, error) {
	t := getTables()
	if d < t.first || d >= t.end {
		return Date{}, errSolarOutOfSpan(d)
	}
	i := t.monthAt(d)
	info := t.info[i]
	return Date{
		Year:  MinYear + int(info>>5),
		Month: int(info>>1) & 15,
		Day:   int(d-date.Date(t.start[i])) + 1,
		Leap:  info&1 != 0,
	}, nil
}

// ToSolar returns the solar (Gregorian) day of the lunar date l. It fails
// with ErrOutOfSpan, ErrNoSuchMonth or ErrNoSuchDay if l is not a valid
// date (see Date.IsValid).
func ToSolar(l Date) (date.Date, error) {
	i, bad := monthIdx(l.Year, l.Month, l.Leap)
	if bad != monthOK {
		return 0, monthErr(l.String(), l.Year, l.Month, l.Leap, bad)
	}
	t := getTables()
	s := date.Date(t.start[i])
	if n := int(date.Date(t.start[i+1]) - s); l.Day < 1 || l.Day > n {
		return 0, errDay(l, n)
	}
	return s + date.Date(l.Day-1), nil
}

// NewYear returns the solar date of Tết Nguyên Đán, the first day of the
// first month of lunar year year.
func NewYear(year int) (date.Date, error) {
	if year < MinYear || year > MaxYear {
		return 0, errYearOutOfSpan(yearInput(year), year)
	}
	t := getTables()
	return date.Date(t.start[t.yearFirst[year-MinYear]]), nil
}

// LeapMonth returns the number of the leap month of lunar year year, or 0
// if the year has 12 months. A leap month numbered N follows month N.
func LeapMonth(year int) (int, error) {
	if year < MinYear || year > MaxYear {
		return 0, errYearOutOfSpan(yearInput(year), year)
	}
	return int(getTables().leap[year-MinYear]), nil
}

// MonthStart returns the solar date of the first day of the given month.
func MonthStart(year, month int, leap bool) (date.Date, error) {
	i, bad := monthIdx(year, month, leap)
	if bad != monthOK {
		return 0, monthErr(monthInput(year, month, leap), year, month, leap, bad)
	}
	return date.Date(getTables().start[i]), nil
}

// MonthLength returns the number of days, 29 or 30, of the given month.
func MonthLength(year, month int, leap bool) (int, error) {
	i, bad := monthIdx(year, month, leap)
	if bad != monthOK {
		return 0, monthErr(monthInput(year, month, leap), year, month, leap, bad)
	}
	t := getTables()
	return int(t.start[i+1] - t.start[i]), nil
}

// Results of monthIdx.
const (
	monthOK = iota
	monthOutOfSpan
	monthMissing
)

// monthIdx returns the table index of a month, or why there is none.
func monthIdx(year, month int, leap bool) (int, int) {
	if year < MinYear || year > MaxYear {
		return 0, monthOutOfSpan
	}
	if month < 1 || month > 12 {
		return 0, monthMissing
	}
	t := getTables()
	i := int(t.yearFirst[year-MinYear]) + month - 1
	lm := int(t.leap[year-MinYear])
	if leap && month != lm {
		return 0, monthMissing
	}
	if lm != 0 && (month > lm || leap) {
		i++
	}
	return i, monthOK
}

// monthErr builds the error for a failed monthIdx.
func monthErr(input string, year, month int, leap bool, bad int) error {
	if bad == monthOutOfSpan {
		return errYearOutOfSpan(input, year)
	}
	return errMonth(input, year, month, leap)
}

// yearInput names a year for error messages.
func yearInput(year int) string { return "year " + strconv.Itoa(year) }
