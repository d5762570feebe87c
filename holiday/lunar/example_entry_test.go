package lunar_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday/lunar"
)

func ExampleMonthLength() {
	// Year Ất Tỵ (2025) has a leap sixth month.
	for _, m := range []struct {
		month int
		leap  bool
	}{{6, false}, {6, true}, {7, false}, {12, false}} {
		n, _ := lunar.MonthLength(2025, m.month, m.leap)
		fmt.Println(lunar.MonthNameVietnamese(m.month, m.leap), n)
	}
	_, err := lunar.MonthLength(2026, 6, true)
	fmt.Println(errors.Is(err, lunar.ErrNoSuchMonth), err)
	// Output:
	// tháng 6 30
	// tháng 6 nhuận 29
	// tháng 7 30
	// tháng Chạp 29
	// true lunar: month 2026-06L: year 2026 has no leap month
}

func ExampleMonthStart() {
	for _, m := range []struct {
		month int
		leap  bool
	}{{6, false}, {6, true}, {7, false}, {12, false}} {
		d, _ := lunar.MonthStart(2025, m.month, m.leap)
		fmt.Println(lunar.MonthNameVietnamese(m.month, m.leap), d)
	}
	// Output:
	// tháng 6 2025-06-25
	// tháng 6 nhuận 2025-07-25
	// tháng 7 2025-08-23
	// tháng Chạp 2026-01-19
}

func ExampleSpan() {
	first, last := lunar.Span()
	fmt.Println(first, last)
	tet2200 := last + 1
	fmt.Println("Tết", lunar.MinYear, "to the day before Tết", lunar.MaxYear+1, "("+tet2200.String()+")")

	_, err := lunar.FromSolar(date.New(1900, time.January, 30))
	fmt.Println(errors.Is(err, lunar.ErrOutOfSpan))
	// Output:
	// 1900-01-31 2200-02-14
	// Tết 1900 to the day before Tết 2200 (2200-02-15)
	// true
}

func ExampleMustParseDate() {
	// Rằm tháng Giêng, the full moon of the first month of Bính Ngọ.
	d := lunar.MustParseDate("2026-01-15")
	s, _ := lunar.ToSolar(d)
	fmt.Println(d, "→", s, s.Weekday())
	// Output: 2026-01-15 → 2026-03-03 Tuesday
}

func ExampleYearNameEnglish() {
	for _, y := range []int{2023, 2026, 2027, 2035} {
		fmt.Println(y, lunar.YearNameVietnamese(y), "/", lunar.YearNameEnglish(y))
	}
	// Output:
	// 2023 Quý Mão / Water Cat
	// 2026 Bính Ngọ / Fire Horse
	// 2027 Đinh Mùi / Fire Goat
	// 2035 Ất Mão / Wood Cat
}
