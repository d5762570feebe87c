package sla_test

import (
	"errors"
	"fmt"

	"github.com/motcua/motcua/sla"
)

func ExampleParseLimit() {
	for _, s := range []string{
		"03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
		"Ngay trong ngày",
		"Không quá 45 ngày",
		"0,5 ngày làm việc",
		"03 ngày làm việc, trường hợp phải xác minh thì thời hạn giải quyết không quá 10 ngày làm việc.",
	} {
		l, err := sla.ParseLimit(s)
		if errors.Is(err, sla.ErrLimitAmbiguous) {
			fmt.Println("ambiguous: store each case separately")
			continue
		}
		fmt.Printf("%s = %s\n", l, l.English())
	}
	// Output:
	// 3 ngày làm việc = 3 working days
	// Trong ngày = same day
	// 45 ngày = 45 calendar days
	// 0,5 ngày làm việc = 0.5 working days
	// ambiguous: store each case separately
}

func ExampleLimit_String() {
	fmt.Println(sla.WorkingDays(15))
	fmt.Println(sla.SameDay())
	fmt.Println(sla.WorkingHours(4))
	fmt.Println(sla.CalendarDays(30))
	fmt.Println(sla.Months(2))
	fmt.Println(sla.Limit{})
	// Output:
	// 15 ngày làm việc
	// Trong ngày
	// 4 giờ làm việc
	// 30 ngày
	// 2 tháng
	// Limit(invalid)
}

func ExampleWorkingDays() {
	fmt.Println(sla.WorkingDays(5), sla.WorkingDays(5).IsValid())
	fmt.Println(sla.WorkingDays(0), sla.WorkingDays(0).IsSameDay())
	fmt.Println(sla.WorkingDays(-1).IsValid())
	// Output:
	// 5 ngày làm việc true
	// Trong ngày true
	// false
}

func ExampleLimitFromHundredths() {
	half, err := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	fmt.Println(half, half.Amount(), err)

	_, err = sla.LimitFromHundredths(1550, sla.UnitCalendarDays)
	fmt.Println(errors.Is(err, sla.ErrLimitRange))
	// Output:
	// 0,5 ngày làm việc 0.5 <nil>
	// true
}

func ExampleLimit_MarshalText() {
	b, err := sla.MustParseLimit("Tối đa 10 ngày làm việc").MarshalText()
	fmt.Printf("%s %v\n", b, err)

	var l sla.Limit
	fmt.Println(l.UnmarshalText([]byte("10 ngày làm việc")), l)
	fmt.Println(l.UnmarshalText([]byte("10 ngay lam viec")) != nil, l)
	// Output:
	// 10 ngày làm việc <nil>
	// <nil> 10 ngày làm việc
	// true 10 ngày làm việc
}
