package sla_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

func ExampleReadLimit() {
	r, err := sla.ReadLimit("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, trường hợp phải xác minh thì thời hạn giải quyết không quá 10 ngày làm việc.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ordinary:", r.Ordinary, "from", r.From)
	for _, a := range r.Alternatives {
		fmt.Printf("%s: %s (%s)\n", a.Kind, a.Period, a.Condition)
	}
	_, single := r.Limit()
	fmt.Println("one limit:", single)
	// Output:
	// ordinary: 3 ngày làm việc from receipt
	// conditional: 10 ngày làm việc (trường hợp phải xác minh)
	// one limit: false
}

func ExampleAlternative_Duration() {
	r, _ := sla.ReadLimit("Thời hạn giải quyết: 6-8 ngày làm việc")
	a := r.Alternatives[0]
	fmt.Println(a.Kind, a.Duration())
	fmt.Println(a.DurationEnglish())
	// Output:
	// range 6 ngày làm việc – 8 ngày làm việc
	// 6 working days – 8 working days
}

func ExampleReadLimit_cutoff() {
	r, _ := sla.ReadLimit("Ngay trong ngày tiếp nhận yêu cầu, trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo")
	fmt.Println(r.Ordinary, r.Cutoff.HhMm())
	fmt.Println(r)
	// Output:
	// Trong ngày 15:00
	// Trong ngày; trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ
}

func ExampleReadLimit_otherEvent() {
	r, _ := sla.ReadLimit("Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra")
	fmt.Println(r.Ordinary, "—", r.From, "—", r.FromWords)
	fmt.Println(r.NeedsDecision())
	_, err := sla.ParseLimit("Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra")
	fmt.Println(err)
	// Output:
	// 2 ngày làm việc — other event — kể từ ngày kết thúc kiểm tra
	// true
	// sla: ParseLimit("Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra"): limit counted from another event than receipt: counted kể từ ngày kết thúc kiểm tra
}

func ExampleReadLimit_breakdown() {
	r, _ := sla.ReadLimit("07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 04 ngày)")
	for _, s := range r.Breakdown {
		fmt.Println(s.Who, "—", s.Period)
	}
	fmt.Println(r.BreakdownMatches())
	// Output:
	// Sở Nội vụ — 3 ngày
	// UBND cấp xã — 4 ngày
	// true
}

func ExampleReadLimitWith() {
	r, _ := sla.ReadLimitWith("8 Giờ", nil)
	fmt.Println(r.Ordinary)
	r, _ = sla.ReadLimitWith("8 Giờ", &sla.ReadOptions{ClockHours: true})
	fmt.Println(r.NeedsDecision(), r.Concerns[0].Kind)

	const fee = "Thời hạn giải quyết: 02 ngày làm việc, tính từ khi nhận đủ hồ sơ hợp lệ và chủ xe hoàn thành việc nộp lệ phí."
	r, _ = sla.ReadLimitWith(fee, nil)
	fmt.Println(r.From)
	r, _ = sla.ReadLimitWith(fee, &sla.ReadOptions{FeeAtReceipt: true})
	fmt.Println(r.From, r.Ordinary)
	// Output:
	// 8 giờ làm việc
	// true unreadable duration
	// other event
	// receipt 2 ngày làm việc
}

func ExampleSchedule_DueOf() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	r, _ := sla.ReadLimit("01 tháng 15 ngày")
	d, _ := s.DueOf(time.Date(2026, 9, 10, 9, 0, 0, 0, sla.VietnamZone), r.Ordinary)
	fmt.Println(r.Ordinary, "→", d.PartEnds, d.Due)
	// Output:
	// 1 tháng + 15 ngày → [2026-10-10 2026-10-26] 2026-10-26
}

func ExamplePeriodOf() {
	p := sla.PeriodOf(sla.CalendarDays(15), sla.WorkingDays(8))
	fmt.Println(p, "|", p.English(), "|", p.IsComposite())
	// Output:
	// 15 ngày + 8 ngày làm việc | 15 calendar days + 8 working days | true
}

func ExampleSchedule_DueOfReading() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	r, _ := sla.ReadLimit("Ngay trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo")
	d, _ := s.DueOfReading(time.Date(2026, 3, 2, 15, 20, 0, 0, sla.VietnamZone), r)
	fmt.Println(d.ReceiptDay, d.Due)
	// Output:
	// 2026-03-03 2026-03-03
}

func ExampleBecause_PartVietnamese() {
	r, _ := sla.ReadLimit("07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 04 ngày)")
	for _, b := range r.Why {
		fmt.Printf("%s / %s: %q\n", b.PartVietnamese(), b.PartEnglish(), b.Words)
	}
	// Output:
	// thời hạn thông thường / ordinary limit: "07 ngày"
	// phân chia theo cơ quan / breakdown by agency: "Sở Nội vụ: 03 ngày"
	// phân chia theo cơ quan / breakdown by agency: "UBND cấp xã: 04 ngày"
}
