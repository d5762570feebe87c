package lunar

import (
	"cmp"
	"fmt"
	"github.com/motcua/motcua/internal/clip"
	"strconv"
)

// Date is a day of the Vietnamese lunisolar calendar.
//
// Months are numbered 1 (tháng Giêng) to 12 (tháng Chạp); a leap month
// (tháng nhuận) repeats the number of the month before it and has Leap
// set. The zero value (Year 0) is not a valid date.
//
// Date is a small comparable value; == compares dates exactly.
type Date struct {
	Year  int  // lunar year, e.g. 2026 for Bính Ngọ; it starts at Tết
	Month int  // 1..12
	Day   int  // 1..30
	Leap  bool // true in a leap (nhuận) month
}

// IsValid reports whether d is a day that exists in the covered span:
// MinYear <= Year <= MaxYear, the month exists in that year (a leap month
// only if the year has one with that number) and the day is within the
// month's 29 or 30 days.
func (d Date) IsValid() bool {
	i, bad := monthIdx(d.Year, d.Month, d.Leap)
	if bad != monthOK || d.Day < 1 {
		return false
	}
	t := getTables()
	return d.Day <= int(t.start[i+1]-t.start[i])
}

// String returns the date as "YYYY-MM-DD", with an "L" after the month
// of a leap month: "2026-01-01" is Tết 2026 and "2033-11L-05" is the fifth
// day of the leap 11th month of 2033. Fields are zero-padded to 4, 2 and 2
// digits. ParseDate reverses String for every valid date.
func (d Date) String() string {
	var buf [24]byte
	b := buf[:0]
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, d.Month, 2)
	if d.Leap {
		b = append(b, 'L')
	}
	b = append(b, '-')
	b = appendPadded(b, d.Day, 2)
	return string(b)
}

// appendPadded appends n in decimal, zero-padded to width digits.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		width--
		// Negative numbers only arise for invalid dates; the minimum int
		// is handled by strconv.
		s := strconv.Itoa(n)[1:]
		for i := len(s); i < width; i++ {
			b = append(b, '0')
		}
		return append(b, s...)
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Compare returns -1, 0 or +1 as d is before, the same day as, or after o.
// Dates are ordered chronologically: by year, then month, with leap month
// N after month N and before month N+1, then day. For invalid dates the
// order is still total and consistent with ==.
func (d Date) Compare(o Date) int {
	if c := cmp.Compare(d.Year, o.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, o.Month); c != 0 {
		return c
	}
	if d.Leap != o.Leap {
		if d.Leap {
			return 1
		}
		return -1
	}
	return cmp.Compare(d.Day, o.Day)
}

// ParseDate parses a date in the format written by String: "YYYY-MM-DD"
// or, for a day of a leap month, "YYYY-MML-DD" (e.g. "2033-11L-05"). It is
// strict: the year must have exactly four digits, month and day exactly
// two, and nothing else may surround them. The date must also exist in the
// covered span.
//
// Errors are *DateError values that quote the input and wrap ErrSyntax,
// ErrOutOfSpan, ErrNoSuchMonth or ErrNoSuchDay.
func ParseDate(s string) (Date, error) {
	var d Date
	ok := len(s) == 10 || len(s) == 11
	if ok {
		rest := s[7:]
		d.Year, ok = digits(s[0:4])
		var ok2, ok3 bool
		d.Month, ok2 = digits(s[5:7])
		if len(s) == 11 {
			ok = ok && rest[0] == 'L'
			d.Leap = true
			rest = rest[1:]
		}
		d.Day, ok3 = digits(rest[1:])
		ok = ok && ok2 && ok3 && s[4] == '-' && rest[0] == '-'
	}
	if !ok {
		return Date{}, &DateError{
			Input:  strconv.Quote(clip.String(s, 40)),
			Reason: `want "YYYY-MM-DD" or "YYYY-MML-DD"`,
			Err:    ErrSyntax,
		}
	}
	if err := d.check(); err != nil {
		e := err.(*DateError)
		e.Input = strconv.Quote(s)
		return Date{}, e
	}
	return d, nil
}

// digits parses a fixed-width run of ASCII decimal digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// MustParseDate is like ParseDate but panics if s cannot be parsed.
// It is intended for use in tests with hard-coded strings.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(fmt.Sprint(err))
	}
	return d
}

// check returns nil if d is valid, or the *DateError explaining why not.
func (d Date) check() error {
	i, bad := monthIdx(d.Year, d.Month, d.Leap)
	if bad != monthOK {
		return monthErr(d.String(), d.Year, d.Month, d.Leap, bad)
	}
	t := getTables()
	if n := int(t.start[i+1] - t.start[i]); d.Day < 1 || d.Day > n {
		return errDay(d, n)
	}
	return nil
}
