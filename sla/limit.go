package sla

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Caps on the size of a Limit, in whole units. No statutory processing time
// limit comes anywhere near them (the longest ones are a few hundred days);
// they exist to reject typing errors such as "15000 ngày" and to keep every
// amount well inside an int32 of hundredths.
const (
	// MaxLimitWorkingHours is the largest accepted number of working hours.
	MaxLimitWorkingHours = 87600
	// MaxLimitWorkingDays is the largest accepted number of working days.
	MaxLimitWorkingDays = 3650
	// MaxLimitCalendarDays is the largest accepted number of calendar days.
	MaxLimitCalendarDays = 3650
	// MaxLimitMonths is the largest accepted number of months.
	MaxLimitMonths = 120
)

// Limit is a statutory processing time limit ("thời hạn giải quyết"): an
// amount and a [Unit], for example 15 working days or 4 working hours.
//
// Decree 63/2010/NĐ-CP Art. 8(2)(đ) requires each administrative procedure
// to state its time limit; the national procedure database stores it as an
// amount with a unit (field DonViTinh: giờ, ngày, ngày làm việc, tháng), and
// Civil Code 2015 Art. 144 defines these units of periods. A Limit never
// assumes a unit: it always carries the one the catalogue states.
//
// The amount is stored exactly, in hundredths of the unit, so half a
// working day (0,5 ngày làm việc) and a quarter (0,25) are exact. Working
// days and working hours may be fractional; calendar days and months are
// always whole. Working days may be zero, which means "Trong ngày" (the same
// day, see [SameDay]); every other unit needs a positive amount.
//
// Limit is an immutable value type: copy it freely, compare it with ==,
// use it as a map key. It is safe for concurrent use.
//
// The zero Limit is invalid ([Limit.IsValid] reports false): it stands for
// "no limit known" and cannot be marshalled.
type Limit struct {
	hundredths int32
	unit       Unit
}

// maxHundredths returns the cap of u in hundredths.
func maxHundredths(u Unit) int64 {
	switch u {
	case UnitWorkingHours:
		return MaxLimitWorkingHours * 100
	case UnitWorkingDays:
		return MaxLimitWorkingDays * 100
	case UnitCalendarDays:
		return MaxLimitCalendarDays * 100
	case UnitMonths:
		return MaxLimitMonths * 100
	}
	return 0
}

// mustBeWhole ends the reason a fraction of a whole unit is refused
// ("months must be whole"); the reader tells that refusal by it.
const mustBeWhole = " must be whole"

// checkHundredths returns a human-readable reason why h is not a valid
// amount for u, or "" when it is.
func checkHundredths(h int64, u Unit) string {
	if !u.IsValid() {
		return fmt.Sprintf("invalid unit %s", u)
	}
	if h < 0 {
		return "negative amount"
	}
	if h == 0 && u != UnitWorkingDays {
		return "amount must be positive for " + u.String()
	}
	if h > maxHundredths(u) {
		return fmt.Sprintf("amount exceeds the cap of %d %s", maxHundredths(u)/100, u)
	}
	if (u == UnitCalendarDays || u == UnitMonths) && h%100 != 0 {
		return u.String() + mustBeWhole
	}
	return ""
}

// LimitFromHundredths returns the Limit of hundredths/100 units of u; for
// example (50, UnitWorkingDays) is half a working day. It is the only
// constructor for fractional amounts.
//
// It returns an error wrapping [ErrLimitRange] if hundredths is negative,
// is zero for a unit other than working days, exceeds the MaxLimit… cap of
// the unit, or is not a multiple of 100 for calendar days and months. It
// returns an error wrapping [ErrLimitSyntax] if u is not a valid unit.
func LimitFromHundredths(hundredths int64, u Unit) (Limit, error) {
	if !u.IsValid() {
		return Limit{}, &ValueError{Func: "LimitFromHundredths", Value: strconv.FormatInt(hundredths, 10) + " " + u.String(), Err: fmt.Errorf("%w: not a valid unit", ErrLimitSyntax)}
	}
	if reason := checkHundredths(hundredths, u); reason != "" {
		return Limit{}, &ValueError{Func: "LimitFromHundredths", Value: strconv.FormatInt(hundredths, 10) + " " + u.String(), Err: fmt.Errorf("%w: %s", ErrLimitRange, reason)}
	}
	return Limit{hundredths: int32(hundredths), unit: u}, nil
}

// whole returns n whole units of u, or the zero (invalid) Limit if n is
// out of range for u.
func whole(n int, u Unit) Limit {
	if n < 0 || int64(n) > maxHundredths(u)/100 {
		return Limit{}
	}
	l, err := LimitFromHundredths(int64(n)*100, u)
	if err != nil {
		return Limit{}
	}
	return l
}

// WorkingDays returns a limit of n working days ("n ngày làm việc").
// n == 0 means the same day ("Trong ngày"), as [SameDay]. A negative n or
// one above [MaxLimitWorkingDays] yields the zero (invalid) Limit.
func WorkingDays(n int) Limit { return whole(n, UnitWorkingDays) }

// WorkingHours returns a limit of n working hours ("n giờ làm việc"). n must
// be at least 1 and at most [MaxLimitWorkingHours]; otherwise the result is
// the zero (invalid) Limit.
func WorkingHours(n int) Limit { return whole(n, UnitWorkingHours) }

// CalendarDays returns a limit of n calendar days ("n ngày"). n must be at
// least 1 and at most [MaxLimitCalendarDays]; otherwise the result is the
// zero (invalid) Limit.
func CalendarDays(n int) Limit { return whole(n, UnitCalendarDays) }

// Months returns a limit of n months ("n tháng"). n must be at least 1 and
// at most [MaxLimitMonths]; otherwise the result is the zero (invalid)
// Limit.
func Months(n int) Limit { return whole(n, UnitMonths) }

// SameDay returns the limit "Trong ngày": the result is due on the working
// day the complete file is received. It equals WorkingDays(0).
func SameDay() Limit { return Limit{hundredths: 0, unit: UnitWorkingDays} }

// Unit returns the unit of l; UnitUnknown for the zero Limit.
func (l Limit) Unit() Unit { return l.unit }

// Hundredths returns the amount of l multiplied by 100 (300 for 3 working
// days, 50 for half a working day).
func (l Limit) Hundredths() int64 { return int64(l.hundredths) }

// Amount returns the amount of l as an exact decimal (3, 0.5, 0.25).
func (l Limit) Amount() decimal.Decimal { return decimal.New(int64(l.hundredths), -2) }

// IsWhole reports whether the amount of l is a whole number of units.
func (l Limit) IsWhole() bool { return l.hundredths%100 == 0 }

// IsSameDay reports whether l is the same-day limit "Trong ngày"
// (zero working days).
func (l Limit) IsSameDay() bool { return l.unit == UnitWorkingDays && l.hundredths == 0 }

// IsValid reports whether l is a usable limit. The zero Limit is invalid.
func (l Limit) IsValid() bool {
	return l.unit.IsValid() && checkHundredths(int64(l.hundredths), l.unit) == ""
}

// formatAmount writes hundredths h as a decimal number with sep as the
// decimal separator and no trailing zeros ("3", "0,5", "1,25").
func formatAmount(h int32, sep byte) string {
	ip, fp := h/100, h%100
	s := strconv.FormatInt(int64(ip), 10)
	if fp == 0 {
		return s
	}
	frac := []byte{byte('0' + fp/10), byte('0' + fp%10)}
	if frac[1] == '0' {
		frac = frac[:1]
	}
	return s + string(sep) + string(frac)
}

// Vietnamese unit words of the canonical form.
const (
	viWorkingDays  = "ngày làm việc"
	viWorkingHours = "giờ làm việc"
	viCalendarDays = "ngày"
	viMonths       = "tháng"
	viSameDay      = "Trong ngày"
)

// String returns the canonical Vietnamese form of l, as used in procedure
// catalogues: "3 ngày làm việc", "0,5 ngày làm việc", "Trong ngày",
// "4 giờ làm việc", "30 ngày", "2 tháng". Numbers have no leading zeros and
// use a decimal comma. The zero Limit gives "Limit(invalid)". The result is
// accepted by [ParseLimit] and, exactly, by [Limit.UnmarshalText].
func (l Limit) String() string {
	if !l.IsValid() {
		return "Limit(invalid)"
	}
	if l.IsSameDay() {
		return viSameDay
	}
	amt := formatAmount(l.hundredths, ',')
	switch l.unit {
	case UnitWorkingDays:
		return amt + " " + viWorkingDays
	case UnitWorkingHours:
		return amt + " " + viWorkingHours
	case UnitCalendarDays:
		return amt + " " + viCalendarDays
	default: // UnitMonths
		return amt + " " + viMonths
	}
}

// English returns l in English: "3 working days", "1 working day",
// "0.5 working days", "same day", "4 working hours", "30 calendar days",
// "2 months". The singular is used only for an amount of exactly 1. The
// zero Limit gives "invalid limit".
func (l Limit) English() string {
	if !l.IsValid() {
		return "invalid limit"
	}
	if l.IsSameDay() {
		return "same day"
	}
	var noun string
	switch l.unit {
	case UnitWorkingDays:
		noun = "working day"
	case UnitWorkingHours:
		noun = "working hour"
	case UnitCalendarDays:
		noun = "calendar day"
	default:
		noun = "month"
	}
	if l.hundredths != 100 {
		noun += "s"
	}
	return formatAmount(l.hundredths, '.') + " " + noun
}

// Compare returns -1, 0 or +1 ordering l before, equal to or after o. Limits
// are ordered by unit first (in the order of the Unit constants) and then by
// amount. Only the order within one unit is meaningful: 1 month and 30
// calendar days, or 1 working day and 8 working hours, cannot be compared
// without a calendar, and this method does not try.
func (l Limit) Compare(o Limit) int {
	switch {
	case l.unit < o.unit:
		return -1
	case l.unit > o.unit:
		return 1
	case l.hundredths < o.hundredths:
		return -1
	case l.hundredths > o.hundredths:
		return 1
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler] with the canonical
// [Limit.String] form, so a Limit is a JSON string such as
// "3 ngày làm việc". An invalid Limit is an error.
func (l Limit) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, &ValueError{Func: "Limit.MarshalText", Value: l.String(), Err: fmt.Errorf("%w: cannot marshal an invalid Limit", ErrLimitRange)}
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It is strict: it
// accepts exactly the canonical forms produced by [Limit.MarshalText] (no
// leading zeros, decimal comma, NFC spelling, "Trong ngày" for the same
// day) and nothing else; use [ParseLimit] for catalogue texts. The error
// quotes the input and wraps [ErrLimitSyntax]. On error *l is unchanged.
func (l *Limit) UnmarshalText(b []byte) error {
	got, ok := parseCanonical(b)
	if !ok {
		return &ValueError{Func: "Limit.UnmarshalText", Value: string(b), Err: fmt.Errorf("%w: not a canonical limit such as \"3 ngày làm việc\"", ErrLimitSyntax)}
	}
	*l = got
	return nil
}

// parseCanonical parses the exact output of Limit.String.
func parseCanonical(b []byte) (Limit, bool) {
	if string(b) == viSameDay {
		return SameDay(), true
	}
	sp := bytes.IndexByte(b, ' ')
	if sp <= 0 {
		return Limit{}, false
	}
	num, word := string(b[:sp]), string(b[sp+1:])
	var u Unit
	switch word {
	case viWorkingDays:
		u = UnitWorkingDays
	case viWorkingHours:
		u = UnitWorkingHours
	case viCalendarDays:
		u = UnitCalendarDays
	case viMonths:
		u = UnitMonths
	default:
		return Limit{}, false
	}
	ip, fp, _ := strings.Cut(num, ",")
	if len(ip) == 0 || len(ip) > 7 || len(fp) > 2 {
		return Limit{}, false
	}
	h := int64(0)
	for _, c := range []byte(ip) {
		if c < '0' || c > '9' {
			return Limit{}, false
		}
		h = h*10 + int64(c-'0')
	}
	h *= 100
	for i, c := range []byte(fp) {
		if c < '0' || c > '9' {
			return Limit{}, false
		}
		if i == 0 {
			h += int64(c-'0') * 10
		} else {
			h += int64(c - '0')
		}
	}
	l, err := LimitFromHundredths(h, u)
	if err != nil || l.String() != string(b) {
		return Limit{}, false
	}
	return l, true
}
