// Command onestop is motcua's main demo. For now it prints the working
// calendar of state agencies around Tết of a year, with lunar dates, and the
// due dates of a few limits for dossiers received just before the break.
//
//	go run ./examples/onestop            # the current year (in Vietnam)
//	go run ./examples/onestop -year 2027 # a projected year
//	go run ./examples/onestop -lang en
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "onestop:", err)
		os.Exit(1)
	}
}

var weekdaysVI = [...]string{"CN", "T2", "T3", "T4", "T5", "T6", "T7"}

func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("onestop", flag.ContinueOnError)
	fs.SetOutput(w)
	year := fs.Int("year", now.In(sla.VietnamZone).Year(), "the year whose Tết to show")
	lang := fs.String("lang", "vi", "language: vi or en")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *lang != "vi" && *lang != "en" {
		return fmt.Errorf("-lang %q: want vi or en", *lang)
	}
	en := *lang == "en"
	cal := holiday.Vietnam()
	tet, err := lunar.NewYear(*year)
	if err != nil {
		return err
	}
	if !cal.Contains(tet-10) || !cal.Contains(tet+60) {
		return fmt.Errorf("-year %d: outside the calendar's years %d–%d", *year, holiday.FirstYear, holiday.LastYear)
	}
	status := "theo thông báo chính thức"
	if en {
		status = "from the official announcement"
	}
	if !cal.IsAnnounced(*year) {
		status = "dự kiến theo Bộ luật Lao động (chưa có thông báo)"
		if en {
			status = "projected from the Labour Code (no announcement yet)"
		}
	}
	if en {
		fmt.Fprintf(w, "Working calendar around Lunar New Year %s (%d), %s\n\n", lunar.YearName(*year), *year, status)
	} else {
		fmt.Fprintf(w, "Lịch làm việc dịp Tết %s (%d), %s\n\n", lunar.YearName(*year), *year, status)
	}
	for d := tet - 10; d <= tet+12; d++ {
		l, err := lunar.FromSolar(d)
		if err != nil {
			return err
		}
		mark := "làm việc"
		if en {
			mark = "working day"
		}
		if !cal.IsWorkingDay(d) {
			mark = "nghỉ cuối tuần"
			if en {
				mark = "weekend"
			}
		}
		if s, ok := cal.Special(d); ok {
			mark = s.NameVI
			if en {
				mark = s.NameEN
			}
			if s.Projected {
				mark += " *"
			}
		}
		wd := weekdaysVI[d.Weekday()]
		if en {
			wd = d.Weekday().String()[:3]
		}
		leap := " "
		if l.Leap {
			leap = "n" // tháng nhuận, a leap month
		}
		fmt.Fprintf(w, "  %s %s  âm lịch %02d/%02d%s %s\n", wd, d.Format("02/01/2006"), l.Day, l.Month, leap, mark)
	}

	sched, err := sla.NewSchedule(cal, nil)
	if err != nil {
		return err
	}
	// The last working day before Tết, late in the afternoon.
	last, err := cal.PreviousWorkingDay(tet - 2)
	if err != nil {
		return err
	}
	received := last.Time(0, sla.VietnamZone).Add(16*time.Hour + 40*time.Minute)
	if en {
		fmt.Fprintf(w, "\nDossier received %s at 16:40:\n", last.Format("Mon 02/01/2006"))
	} else {
		fmt.Fprintf(w, "\nHồ sơ tiếp nhận lúc 16:40 ngày %s %s:\n", weekdaysVI[last.Weekday()], last.Format("02/01/2006"))
	}
	for _, l := range []sla.Limit{sla.SameDay(), sla.WorkingDays(1), sla.WorkingDays(3), sla.WorkingDays(5),
		sla.WorkingDays(15), sla.WorkingHours(4), sla.CalendarDays(30)} {
		d, err := sched.Deadline(received, l)
		if err != nil {
			return err
		}
		name := l.String()
		if en {
			name = l.English()
		}
		fmt.Fprintf(w, "  %-22s → %s %s %s\n", name, weekdayOf(d.Due(), en), d.Due().Format("02/01/2006"), d.At().Format("15:04"))
	}
	if !cal.IsAnnounced(*year) {
		if en {
			fmt.Fprintln(w, "\n* projected day: the Prime Minister fixes each year's Tết days (Labour Code 2019 Art. 112(3)).")
		} else {
			fmt.Fprintln(w, "\n* ngày dự kiến: Thủ tướng quyết định cụ thể ngày nghỉ Tết hằng năm (Bộ luật Lao động 2019, Điều 112(3)).")
		}
	}
	return nil
}

func weekdayOf(d date.Date, en bool) string {
	if en {
		return d.Weekday().String()[:3]
	}
	return weekdaysVI[d.Weekday()]
}
