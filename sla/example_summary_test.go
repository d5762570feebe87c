package sla_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/sla"
)

func ExampleOutcomeOf() {
	due := date.New(2024, time.March, 15)
	fmt.Println(sla.OutcomeOf(date.New(2024, time.March, 14), due, false).Vietnamese())
	fmt.Println(sla.OutcomeOf(date.New(2024, time.March, 15), due, false).Vietnamese())
	fmt.Println(sla.OutcomeOf(date.New(2024, time.March, 18), due, false).Vietnamese())
	// Re-appointed with an apology letter: still late against the original
	// due date, reported apart.
	o := sla.OutcomeOf(date.New(2024, time.March, 18), due, true)
	fmt.Println(o.Vietnamese(), o.IsLate())
	// Output:
	// trước hạn
	// đúng hạn
	// quá hạn
	// quá hạn có xin lỗi true
}

func ExampleSummary() {
	type dossier struct {
		agency        string
		finished, due date.Date
		apologised    bool
	}
	day := func(d int) date.Date { return date.New(2024, time.March, d) }
	dossiers := []dossier{
		{"Sở Tư pháp", day(4), day(8), false},
		{"Sở Tư pháp", day(8), day(8), false},
		{"Sở Tư pháp", day(5), day(8), false},
		{"Sở Xây dựng", day(20), day(15), true},
		{"Sở Xây dựng", day(12), day(15), false},
		{"Sở Xây dựng", day(18), day(15), false},
		{"Sở Xây dựng", day(15), day(15), false},
		{"Sở Xây dựng", date.Zero, day(15), false}, // not finished: unknown
	}

	var s sla.Summary[string] // the zero Summary is ready to use
	for _, d := range dossiers {
		s.Add(d.agency, sla.OutcomeOf(d.finished, d.due, d.apologised))
	}

	for _, agency := range s.SortedKeys(strings.Compare) {
		c := s.Get(agency)
		fmt.Printf("%s: %d hồ sơ, %s trước hạn, %s đúng hạn, %s quá hạn (%s có xin lỗi)\n",
			agency, c.Total(),
			sla.FormatPercentVietnamese(c.Percent(sla.Early)),
			sla.FormatPercentVietnamese(c.Percent(sla.OnTime)),
			sla.FormatPercentVietnamese(c.Percent(sla.Late)),
			sla.FormatPercentVietnamese(c.Percent(sla.LateApologised)))
	}
	t := s.Total()
	fmt.Printf("Toàn tỉnh: %d hồ sơ, tỷ lệ đúng hạn %s, chưa xác định %d\n",
		t.Total(), sla.FormatPercentVietnamese(t.OnTimeOrEarlyPercent()), t.Unknown)
	// Output:
	// Sở Tư pháp: 3 hồ sơ, 66,67 % trước hạn, 33,33 % đúng hạn, 0,00 % quá hạn (0,00 % có xin lỗi)
	// Sở Xây dựng: 4 hồ sơ, 25,00 % trước hạn, 25,00 % đúng hạn, 25,00 % quá hạn (25,00 % có xin lỗi)
	// Toàn tỉnh: 7 hồ sơ, tỷ lệ đúng hạn 71,43 %, chưa xác định 1
}

func ExampleCounts_Percent() {
	c := sla.Counts{Early: 7320, OnTime: 1587, Late: 1000, LateApologised: 93}
	fmt.Println(c.Total())
	fmt.Println(c.Percent(sla.Early).StringFixed(2))
	fmt.Println(sla.FormatPercentVietnamese(c.Percent(sla.OnTime)))
	fmt.Println(sla.FormatPercentEnglish(c.OnTimeOrEarlyPercent()))
	// Output:
	// 10000
	// 73.20
	// 15,87 %
	// 89.07%
}

func ExampleFormatPercentVietnamese() {
	fmt.Println(sla.FormatPercentVietnamese(decimal.RequireFromString("73.2")))
	fmt.Println(sla.FormatPercentVietnamese(decimal.NewFromInt(100)))
	fmt.Println(sla.FormatPercentVietnamese(decimal.Zero))
	fmt.Println(sla.FormatPercentEnglish(decimal.RequireFromString("73.2")))
	// Output:
	// 73,20 %
	// 100,00 %
	// 0,00 %
	// 73.20%
}
