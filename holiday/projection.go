package holiday

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday/lunar"
	"github.com/rickb777/date/v2"
)

// Labour Code versions in force for the projection of years without an
// announcement.
var (
	// labourCode2012From: Labour Code 2012 (Law 10/2012/QH13) took effect on
	// 1 May 2013 (Art. 242); its Art. 115 gives five Tết days.
	labourCode2012From = date.New(2013, time.May, 1)
	// labourCode2019From: Labour Code 2019 (Law 45/2019/QH14) took effect on
	// 1 January 2021 (Art. 220); its Art. 112(1) adds a day next to 2/9.
	labourCode2019From = date.New(2021, time.January, 1)
)

// hungKingsFromYear: the Hùng Kings' Commemoration Day (10/3 lunar) became a
// paid holiday by Law 84/2007/QH11 amending Labour Code 1994 Art. 73, first
// observed on 26 April 2007.
const hungKingsFromYear = 2007

// Names of the statutory holidays, Vietnamese and English.
const (
	nameNewYearVI       = "Tết Dương lịch"
	nameNewYearEN       = "New Year's Day"
	nameTetVI           = "Tết Nguyên Đán"
	nameTetEN           = "Lunar New Year (Tết)"
	nameHungKingsVI     = "Giỗ Tổ Hùng Vương"
	nameHungKingsEN     = "Hùng Kings' Commemoration Day"
	nameReunificationVI = "Ngày Chiến thắng (30/4)"
	nameReunificationEN = "Reunification Day (30 April)"
	nameLabourDayVI     = "Ngày Quốc tế Lao động (1/5)"
	nameLabourDayEN     = "International Labour Day (1 May)"
	nameNationalDayVI   = "Quốc khánh (2/9)"
	nameNationalDayEN   = "National Day (2 September)"
)

// codeInForce names the Labour Code article that lists the holidays on day d.
func codeInForce(d date.Date) string {
	switch {
	case d >= labourCode2019From:
		return "Labour Code 2019 Art. 112(1)"
	case d >= labourCode2012From:
		return "Labour Code 2012 Art. 115(1)"
	default:
		return "Labour Code 1994 Art. 73 (as amended by Law 84/2007/QH11)"
	}
}

// compensatorySource names the rule giving a day off for a holiday on a rest day.
func compensatorySource(d date.Date) string {
	switch {
	case d >= labourCode2019From:
		return "Labour Code 2019 Art. 111(3)"
	case d >= labourCode2012From:
		return "Labour Code 2012 Art. 115(3)"
	default:
		return "Labour Code 1994 Art. 73"
	}
}

// projectVietnam derives a year's holidays and compensatory days from the
// Labour Code in force, for a year without an announcement:
//
//   - 1 January; 30 April; 1 May; 2 September.
//   - Tết: four days (1994 Code) — the last day of the lunar year and the
//     first three of the new one — or five days (from 1 May 2013) — the last
//     two days of the old year and the first three of the new one, the
//     arrangement the Prime Minister chose in 2015, 2017, 2018, 2020, 2021,
//     2023, 2024 and 2025 (embedded announcements).
//   - Hùng Kings, 10/3 lunar, from 2007.
//   - From 2021, the National Day's second day (Art. 112(1)(đ)), chosen as the
//     announcements of 2021–2026 did: the day that makes the longest break
//     with the weekend: 3/9 when 2/9 is a Monday, Thursday or Sunday,
//     otherwise 1/9.
//   - A holiday on a rest day gives the next working day off, skipping other
//     holidays and compensatory days (Labour Code 2019 Art. 111(3); 2012
//     Art. 115(3)).
//
// No swap is projected: swaps are decided yearly and cannot be predicted.
func projectVietnam(year int, week weekMask) ([]SpecialDay, error) {
	var hol []SpecialDay
	add := func(d date.Date, vi, en string) {
		hol = append(hol, SpecialDay{Date: d, Kind: KindHoliday, NameVI: vi, NameEN: en,
			Source: "projected: " + codeInForce(d), Projected: true})
	}
	add(date.New(year, time.January, 1), nameNewYearVI, nameNewYearEN)

	tet, err := lunar.NewYear(year)
	if err != nil {
		return nil, &CalendarError{Op: fmt.Sprintf("projecting %d", year), Err: fmt.Errorf("%w: %w", ErrOutOfSpan, err)}
	}
	from, to := tet-1, tet+2
	if tet >= labourCode2012From {
		from = tet - 2
	}
	for d := from; d <= to; d++ {
		add(d, nameTetVI, nameTetEN)
	}
	if year >= hungKingsFromYear {
		hk, err := lunar.ToSolar(lunar.Date{Year: year, Month: 3, Day: 10})
		if err != nil {
			return nil, &CalendarError{Op: fmt.Sprintf("projecting %d", year), Err: fmt.Errorf("%w: %w", ErrOutOfSpan, err)}
		}
		add(hk, nameHungKingsVI, nameHungKingsEN)
	}
	add(date.New(year, time.April, 30), nameReunificationVI, nameReunificationEN)
	add(date.New(year, time.May, 1), nameLabourDayVI, nameLabourDayEN)
	national := date.New(year, time.September, 2)
	if national >= labourCode2019From {
		switch national.Weekday() {
		case time.Monday, time.Thursday, time.Sunday:
			add(national, nameNationalDayVI, nameNationalDayEN)
			add(national+1, nameNationalDayVI, nameNationalDayEN)
		default:
			add(national-1, nameNationalDayVI, nameNationalDayEN)
			add(national, nameNationalDayVI, nameNationalDayEN)
		}
	} else {
		add(national, nameNationalDayVI, nameNationalDayEN)
	}

	taken := make(map[date.Date]bool, len(hol)+4)
	for _, h := range hol {
		taken[h.Date] = true
	}
	out := hol
	for _, h := range hol {
		if week.has(h.Date.Weekday()) {
			continue
		}
		c := h.Date + 1
		for !week.has(c.Weekday()) || taken[c] {
			c++
		}
		taken[c] = true
		out = append(out, SpecialDay{Date: c, Kind: KindCompensatory,
			NameVI: "Nghỉ bù " + h.NameVI, NameEN: "Compensatory day off for " + h.NameEN,
			Source: "projected: " + compensatorySource(h.Date), Projected: true})
	}
	return out, nil
}
