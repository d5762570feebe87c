package sla_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

func ExampleNewSchedule() {
	// A one-stop section open 07:30–11:30 and 13:30–17:00, that also
	// receives on Saturday mornings, for a procedure with a 15:00 cut-off.
	s, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		Sessions: []sla.Session{
			{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)},
			{Start: clock.New(13, 30, 0, 0), End: clock.New(17, 0, 0, 0)},
		},
		WeekdaySessions: map[time.Weekday][]sla.Session{
			time.Saturday: {{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)}},
		},
		Cutoff: clock.New(15, 0, 0, 0),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("day length:", s.DayLength())
	fmt.Println("Saturday:", s.SessionsOn(date.New(2026, time.March, 7)))

	// Overlapping sessions are an error that names the option.
	_, err = sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{
		Sessions: []sla.Session{
			{Start: clock.New(8, 0, 0, 0), End: clock.New(12, 0, 0, 0)},
			{Start: clock.New(11, 0, 0, 0), End: clock.New(17, 0, 0, 0)},
		},
	})
	fmt.Println(errors.Is(err, sla.ErrInvalidSchedule))
	fmt.Println(err)
	// Output:
	// day length: 7h30m0s
	// Saturday: [07:30–11:30]
	// true
	// sla: schedule Sessions[1] "11:00–17:00": sessions must be in order and must not overlap
}

func ExampleSchedule_Deadline() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	// Received on Friday 13 February 2026 at 16:40, the last working day
	// before Tết Bính Ngọ (off 14–22 February, Notice 9441/TB-BNV).
	received := time.Date(2026, time.February, 13, 16, 40, 0, 0, sla.VietnamZone)
	d, err := s.Deadline(received, sla.WorkingDays(3))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("due:", d.Due(), d.Due().Weekday())
	fmt.Println("at: ", d.At().Format("2006-01-02 15:04 -07:00"))

	// 16 working hours from after the close on 9 February 2021, before the
	// Tết break of 10–16 February 2021.
	h, _ := s.Deadline(time.Date(2021, time.February, 9, 18, 0, 0, 0, sla.VietnamZone), sla.WorkingHours(16))
	fmt.Println("hours:", h.At().Format("2006-01-02 15:04"))
	// Output:
	// due: 2026-02-25 Wednesday
	// at:  2026-02-25 17:00 +07:00
	// hours: 2021-02-18 17:00
}

func ExampleSchedule_ReceiptDay() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	for _, at := range []time.Time{
		time.Date(2026, time.March, 3, 7, 0, 0, 0, sla.VietnamZone),    // before opening
		time.Date(2026, time.March, 3, 16, 59, 0, 0, sla.VietnamZone),  // before the close
		time.Date(2026, time.March, 3, 17, 0, 0, 0, sla.VietnamZone),   // at the close
		time.Date(2026, time.March, 7, 9, 0, 0, 0, sla.VietnamZone),    // Saturday
		time.Date(2026, time.January, 10, 9, 0, 0, 0, sla.VietnamZone), // a Saturday worked
	} {
		r, _ := s.ReceiptDay(at)
		fmt.Printf("%s %s → %s %s\n", at.Weekday().String()[:3], at.Format("02/01 15:04"), r.Weekday().String()[:3], r.Format("02/01"))
	}
	// Output:
	// Tue 03/03 07:00 → Tue 03/03
	// Tue 03/03 16:59 → Tue 03/03
	// Tue 03/03 17:00 → Wed 04/03
	// Sat 07/03 09:00 → Mon 09/03
	// Sat 10/01 09:00 → Sat 10/01
}

func ExampleSchedule_Explain() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	d, _ := s.Deadline(time.Date(2026, time.February, 13, 16, 40, 0, 0, sla.VietnamZone), sla.WorkingDays(3))
	e, _ := s.Explain(d)
	fmt.Print(e.Vietnamese())
	// Output:
	// Tiếp nhận: 16:40 thứ Sáu 13/02/2026.
	// Thời hạn: 3 ngày làm việc. Không tính ngày tiếp nhận (Bộ luật Dân sự 2015, Điều 147 khoản 2).
	// Ngày không tính:
	//   - thứ Bảy 14/02/2026: nghỉ cuối tuần
	//   - Chủ nhật 15/02/2026: nghỉ cuối tuần
	//   - thứ Hai 16/02/2026: Tết Nguyên Đán (ngày lễ, Tết)
	//   - thứ Ba 17/02/2026: Tết Nguyên Đán (ngày lễ, Tết)
	//   - thứ Tư 18/02/2026: Tết Nguyên Đán (ngày lễ, Tết)
	//   - thứ Năm 19/02/2026: Tết Nguyên Đán (ngày lễ, Tết)
	//   - thứ Sáu 20/02/2026: Tết Nguyên Đán (ngày lễ, Tết)
	//   - thứ Bảy 21/02/2026: nghỉ cuối tuần
	//   - Chủ nhật 22/02/2026: nghỉ cuối tuần
	// Nguồn: https://en.baochinhphu.vn/prime-minister-approves-9-day-lunar-new-year-holiday-in-2026-111251014090102864.htm ; https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay (Thông báo 9441/TB-BNV).
	// Hẹn trả kết quả: 17:00 thứ Tư 25/02/2026.
}

func ExampleSchedule_Start() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	vn := func(m time.Month, d, hh, mm int) time.Time {
		return time.Date(2026, m, d, hh, mm, 0, 0, sla.VietnamZone)
	}

	tl, _ := s.Start(vn(time.March, 2, 10, 0), sla.WorkingDays(5))
	fmt.Println("due:", tl.Due())

	// Waiting for a financial obligation from Tuesday to Thursday: the
	// working days in [pause day, resume day) are added.
	tl, _ = tl.Pause(vn(time.March, 3, 10, 0))
	tl, _ = tl.Resume(vn(time.March, 5, 9, 0))
	fmt.Println("after the pause:", tl.Due())

	// Apology and a new appointment (form 04), once only.
	tl, _ = tl.Reappoint(vn(time.March, 9, 9, 0), date.New(2026, time.March, 16))
	fmt.Println("re-appointed:", tl.Due(), "original:", tl.OriginalDue())
	_, err := tl.Reappoint(vn(time.March, 10, 9, 0), date.New(2026, time.March, 18))
	fmt.Println(errors.Is(err, sla.ErrAlreadyReappointed))
	// Output:
	// due: 2026-03-09
	// after the pause: 2026-03-11
	// re-appointed: 2026-03-16 original: 2026-03-11
	// true
}

func ExampleTimeline_Remaining() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	tl, _ := s.Start(time.Date(2026, time.March, 2, 10, 0, 0, 0, sla.VietnamZone), sla.WorkingDays(5))
	for _, day := range []int{4, 6, 9, 11} {
		now := time.Date(2026, time.March, day, 9, 0, 0, 0, sla.VietnamZone)
		left, _ := tl.Remaining(now)
		fmt.Printf("%02d/03: %d, due soon: %v\n", day, left, tl.DueSoon(now, 1))
	}
	// Output:
	// 04/03: 3, due soon: false
	// 06/03: 1, due soon: true
	// 09/03: 0, due soon: true
	// 11/03: -2, due soon: false
}

func ExampleTimeline_Outcome() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	vn := func(d int) time.Time { return time.Date(2026, time.March, d, 15, 0, 0, 0, sla.VietnamZone) }
	tl, _ := s.Start(vn(2), sla.WorkingDays(5)) // due 9 March
	fmt.Println(tl.Outcome(vn(6)), "|", tl.Outcome(vn(9)), "|", tl.Outcome(vn(10)))

	re, _ := tl.Reappoint(vn(5), date.New(2026, time.March, 12))
	fmt.Println(re.Outcome(vn(11)), "|", re.Outcome(vn(11)).Vietnamese())
	// Output:
	// early | on time | late
	// late with apology | quá hạn có xin lỗi
}

func ExampleDeadline_String() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	half, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	at := time.Date(2026, time.March, 3, 10, 0, 0, 0, sla.VietnamZone)
	for _, l := range []sla.Limit{sla.SameDay(), half, sla.WorkingDays(3), sla.CalendarDays(30), sla.Months(1)} {
		d, _ := s.Deadline(at, l)
		fmt.Println(d)
	}
	fmt.Println(sla.Deadline{})
	// Output:
	// 2026-03-03 17:00 (Trong ngày)
	// 2026-03-03 15:00 (0,5 ngày làm việc)
	// 2026-03-06 17:00 (3 ngày làm việc)
	// 2026-04-02 17:00 (30 ngày)
	// 2026-04-03 17:00 (1 tháng)
	// Deadline(invalid)
}
