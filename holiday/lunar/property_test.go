package lunar_test

import (
	"testing"

	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"

	"github.com/motcua/motcua/holiday/lunar"
)

// genSolar draws a solar day in the covered span.
func genSolar() *rapid.Generator[date.Date] {
	first, last := lunar.Span()
	return rapid.Custom(func(t *rapid.T) date.Date {
		return first + date.Date(rapid.IntRange(0, int(last-first)).Draw(t, "offset"))
	})
}

// genLunar draws a valid lunar date, built field by field and filtered
// through LeapMonth and MonthLength.
func genLunar() *rapid.Generator[lunar.Date] {
	return rapid.Custom(func(t *rapid.T) lunar.Date {
		y := rapid.IntRange(lunar.MinYear, lunar.MaxYear).Draw(t, "year")
		m := rapid.IntRange(1, 12).Draw(t, "month")
		leap := rapid.Bool().Draw(t, "leap")
		if lm, _ := lunar.LeapMonth(y); lm != m {
			leap = false
		}
		n, err := lunar.MonthLength(y, m, leap)
		if err != nil {
			t.Fatalf("MonthLength(%d, %d, %v): %v", y, m, leap, err)
		}
		d := rapid.IntRange(1, n).Draw(t, "day")
		return lunar.Date{Year: y, Month: m, Day: d, Leap: leap}
	})
}

func TestPropLunarRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := genLunar().Draw(t, "lunar")
		if !l.IsValid() {
			t.Fatalf("%v not valid", l)
		}
		s, err := lunar.ToSolar(l)
		if err != nil {
			t.Fatalf("ToSolar(%v): %v", l, err)
		}
		back, err := lunar.FromSolar(s)
		if err != nil || back != l {
			t.Fatalf("FromSolar(ToSolar(%v)) = %v, %v", l, back, err)
		}
		p, err := lunar.ParseDate(l.String())
		if err != nil || p != l {
			t.Fatalf("ParseDate(%q) = %v, %v", l.String(), p, err)
		}
	})
}

func TestPropSolarRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSolar().Draw(t, "solar")
		l, err := lunar.FromSolar(s)
		if err != nil {
			t.Fatalf("FromSolar(%v): %v", s, err)
		}
		if !l.IsValid() {
			t.Fatalf("FromSolar(%v) = %v, not valid", s, l)
		}
		back, err := lunar.ToSolar(l)
		if err != nil || back != s {
			t.Fatalf("ToSolar(FromSolar(%v)) = %v, %v", s, back, err)
		}
	})
}

// nextDay returns the lunar day after l, computed from the calendar's
// structure only (month lengths and leap months).
func nextDay(l lunar.Date) lunar.Date {
	n, _ := lunar.MonthLength(l.Year, l.Month, l.Leap)
	if l.Day < n {
		l.Day++
		return l
	}
	lm, _ := lunar.LeapMonth(l.Year)
	switch {
	case !l.Leap && lm == l.Month:
		return lunar.Date{Year: l.Year, Month: l.Month, Day: 1, Leap: true}
	case l.Month == 12:
		return lunar.Date{Year: l.Year + 1, Month: 1, Day: 1}
	default:
		return lunar.Date{Year: l.Year, Month: l.Month + 1, Day: 1}
	}
}

func TestPropConsecutiveDays(t *testing.T) {
	_, last := lunar.Span()
	rapid.Check(t, func(t *rapid.T) {
		s := genSolar().Filter(func(d date.Date) bool { return d < last }).Draw(t, "solar")
		a, err1 := lunar.FromSolar(s)
		b, err2 := lunar.FromSolar(s + 1)
		if err1 != nil || err2 != nil {
			t.Fatalf("FromSolar errors: %v, %v", err1, err2)
		}
		if want := nextDay(a); b != want {
			t.Fatalf("day after %v (%v) is %v, want %v", a, s, b, want)
		}
		if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
			t.Fatalf("Compare(%v, %v) not chronological", a, b)
		}
	})
}

// TestConsecutiveDaysExhaustive walks the whole span once: the rapid
// property above samples it, this checks every day.
func TestConsecutiveDaysExhaustive(t *testing.T) {
	first, last := lunar.Span()
	prev, err := lunar.FromSolar(first)
	if err != nil || prev != (lunar.Date{Year: lunar.MinYear, Month: 1, Day: 1}) {
		t.Fatalf("FromSolar(first) = %v, %v", prev, err)
	}
	for s := first + 1; s <= last; s++ {
		cur, err := lunar.FromSolar(s)
		if err != nil {
			t.Fatalf("FromSolar(%v): %v", s, err)
		}
		if want := nextDay(prev); cur != want {
			t.Fatalf("FromSolar(%v) = %v, want %v", s, cur, want)
		}
		prev = cur
	}
	if n, _ := lunar.MonthLength(lunar.MaxYear, 12, false); prev.Month != 12 || prev.Day != n || prev.Year != lunar.MaxYear {
		t.Fatalf("last day %v is not the end of %d", prev, lunar.MaxYear)
	}
}

func TestPropYearStructure(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(lunar.MinYear, lunar.MaxYear).Draw(t, "year")
		lm, err := lunar.LeapMonth(y)
		if err != nil || lm < 0 || lm > 12 {
			t.Fatalf("LeapMonth(%d) = %d, %v", y, lm, err)
		}
		tet, _ := lunar.NewYear(y)
		days, months := 0, 0
		for m := 1; m <= 12; m++ {
			for _, leap := range []bool{false, true} {
				n, err := lunar.MonthLength(y, m, leap)
				if leap && m != lm {
					if err == nil {
						t.Fatalf("year %d has leap month %d, but MonthLength(%d, true) succeeded", y, lm, m)
					}
					continue
				}
				if err != nil || (n != 29 && n != 30) {
					t.Fatalf("MonthLength(%d, %d, %v) = %d, %v", y, m, leap, n, err)
				}
				start, err := lunar.MonthStart(y, m, leap)
				if err != nil || start != tet+date.Date(days) {
					t.Fatalf("MonthStart(%d, %d, %v) = %v, %v; want %v", y, m, leap, start, err, tet+date.Date(days))
				}
				days += n
				months++
			}
		}
		want := 12
		if lm != 0 {
			want = 13
		}
		if months != want {
			t.Fatalf("year %d has %d months, want %d", y, months, want)
		}
		if y < lunar.MaxYear {
			next, _ := lunar.NewYear(y + 1)
			if int(next-tet) != days {
				t.Fatalf("year %d: %d days by months, %d by Tết", y, days, next-tet)
			}
		}
		if days < 353 || days > 385 {
			t.Fatalf("year %d has %d days", y, days)
		}
	})
}

func TestLeapMonthsOnlyWhereTableSays(t *testing.T) {
	first, last := lunar.Span()
	seen := map[int]int{}
	for s := first; s <= last; s++ {
		l, _ := lunar.FromSolar(s)
		if l.Leap {
			if lm, _ := lunar.LeapMonth(l.Year); lm != l.Month {
				t.Fatalf("%v is in a leap month, LeapMonth(%d) = %d", l, l.Year, lm)
			}
			seen[l.Year] = l.Month
		}
	}
	leapYears := 0
	for y := lunar.MinYear; y <= lunar.MaxYear; y++ {
		lm, _ := lunar.LeapMonth(y)
		if lm != seen[y] {
			t.Errorf("LeapMonth(%d) = %d, but the days show %d", y, lm, seen[y])
		}
		if lm != 0 {
			leapYears++
		}
	}
	// 7 leap months every 19 years: about 110 in 300 years.
	if leapYears < 105 || leapYears > 115 {
		t.Errorf("%d leap years in the span", leapYears)
	}
}
