// Command quickstart is the README's quick start: calendar → limit →
// deadline → explanation.
package main

import (
	"fmt"
	"log"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

func main() {
	cal := holiday.Vietnam()                // the national calendar, built once, shared
	sched, err := sla.NewSchedule(cal, nil) // 08:00–12:00, 13:00–17:00, UTC+7
	if err != nil {
		log.Fatal(err)
	}
	limit, err := sla.ParseLimit("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")
	if err != nil {
		log.Fatal(err)
	}
	received := time.Date(2026, 2, 13, 16, 40, 0, 0, sla.VietnamZone) // Friday before Tết
	d, err := sched.Deadline(received, limit)
	if err != nil {
		log.Fatal(err)
	}
	// One language per rendering: the Vietnamese explanation ends with the
	// due date ("Hẹn trả kết quả: 17:00 thứ Tư 25/02/2026": Tết is off
	// 14–22 February); e.English() is the same in English.
	e, err := sched.Explain(d)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(e.Vietnamese())
}
