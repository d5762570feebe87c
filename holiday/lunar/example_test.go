package lunar_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday/lunar"
)

func ExampleFromSolar() {
	l, err := lunar.FromSolar(date.New(2026, time.February, 17))
	if err != nil {
		panic(err)
	}
	fmt.Println(l, lunar.YearNameVietnamese(l.Year))
	// Output: 2026-01-01 Bính Ngọ
}

func ExampleToSolar() {
	// Giỗ Tổ Hùng Vương, the Hùng Kings' commemoration, is on 10/3.
	d, err := lunar.ToSolar(lunar.Date{Year: 2025, Month: 3, Day: 10})
	if err != nil {
		panic(err)
	}
	fmt.Println(d)
	// Output: 2025-04-07
}

func ExampleNewYear() {
	for _, y := range []int{1985, 2007, 2026, 2030} {
		tet, _ := lunar.NewYear(y)
		fmt.Println(y, tet)
	}
	// Output:
	// 1985 1985-01-21
	// 2007 2007-02-17
	// 2026 2026-02-17
	// 2030 2030-02-02
}

func ExampleLeapMonth() {
	for _, y := range []int{2025, 2026, 2033} {
		m, _ := lunar.LeapMonth(y)
		fmt.Println(y, m)
	}
	// Output:
	// 2025 6
	// 2026 0
	// 2033 11
}

func ExampleYearNameVietnamese() {
	for _, y := range []int{1985, 2024, 2025, 2026} {
		fmt.Println(y, lunar.YearNameVietnamese(y), "/", lunar.YearNameEnglish(y))
	}
	// Output:
	// 1985 Ất Sửu / Wood Buffalo
	// 2024 Giáp Thìn / Wood Dragon
	// 2025 Ất Tỵ / Wood Snake
	// 2026 Bính Ngọ / Fire Horse
}

func ExampleParseDate() {
	d, err := lunar.ParseDate("2033-11L-01")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Year, d.Month, d.Day, d.Leap, lunar.MonthNameVietnamese(d.Month, d.Leap))
	_, err = lunar.ParseDate("2025-12-30")
	fmt.Println(err)
	// Output:
	// 2033 11 1 true tháng 11 nhuận
	// lunar: "2025-12-30": month has 29 days
}

func ExampleMonthNameVietnamese() {
	fmt.Println(lunar.MonthNameVietnamese(1, false))
	fmt.Println(lunar.MonthNameVietnamese(12, false))
	fmt.Println(lunar.MonthNameVietnamese(6, true))
	// Output:
	// tháng Giêng
	// tháng Chạp
	// tháng 6 nhuận
}
