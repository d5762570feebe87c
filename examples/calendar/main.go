// Command calendar prints the working calendar of Vietnamese state agencies
// as a month grid — holidays, compensatory days, swapped days off and
// Saturdays worked marked, lunar dates beside the solar ones — followed by
// the list of the month's special days with their sources.
//
//	go run ./examples/calendar                      # this month (in Vietnam)
//	go run ./examples/calendar -year 2026 -month 2  # Tết Bính Ngọ
//	go run ./examples/calendar -year 2026           # the whole year
//	go run ./examples/calendar -year 2026 -month 9 -lang en
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "calendar:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("calendar", flag.ContinueOnError)
	fs.SetOutput(w)
	today := now.In(sla.VietnamZone)
	year := fs.Int("year", today.Year(), "year")
	var month text.OptionalInt
	fs.Var(&month, "month", "`month` 1–12; 0 for the whole year (default: this month, or the whole year when -year is given)")
	lang := fs.String("lang", "vi", "language: vi or en")
	if help, err := text.ParseFlags(fs, args); help || err != nil {
		return err // -h: the usage is printed, exit 0
	}
	if *lang != "vi" && *lang != "en" {
		return fmt.Errorf("-lang %q: want vi or en", *lang)
	}
	yearGiven := false
	fs.Visit(func(f *flag.Flag) { yearGiven = yearGiven || f.Name == "year" })
	if !month.Given {
		month.V = int(today.Month())
		if yearGiven {
			month.V = 0
		}
	}
	if month.V < 0 || month.V > 12 {
		return fmt.Errorf("-month %d: want 1–12, or 0 for the whole year", month.V)
	}
	cal := holiday.Vietnam()
	if *year < holiday.FirstYear || *year > holiday.LastYear {
		return fmt.Errorf("-year %d: the calendar covers %d–%d", *year, holiday.FirstYear, holiday.LastYear)
	}
	en := *lang == "en"
	from, to := month.V, month.V
	if month.V == 0 {
		from, to = 1, 12
	}
	for m := from; m <= to; m++ {
		if m > from {
			fmt.Fprintln(w)
		}
		if err := printMonth(w, cal, *year, time.Month(m), en); err != nil {
			return err
		}
	}
	return nil
}

var (
	headVI = []string{"T2", "T3", "T4", "T5", "T6", "T7", "CN"}
	headEN = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
)

// marks are the one-letter signs of a day's kind in the grid.
var marks = map[holiday.Kind]string{
	holiday.KindHoliday:      "L", // lễ, Tết
	holiday.KindCompensatory: "B", // nghỉ bù
	holiday.KindSwapDayOff:   "H", // nghỉ hoán đổi
	holiday.KindSwapWorkday:  "D", // đi làm bù
	holiday.KindDayOff:       "N", // nghỉ theo quyết định
	holiday.KindWorkday:      "W", // làm việc theo quyết định
}

func printMonth(w io.Writer, cal *holiday.Calendar, year int, m time.Month, en bool) error {
	first := date.New(year, m, 1)
	next := date.New(year, m+1, 1)
	title := fmt.Sprintf("Tháng %d năm %d", int(m), year)
	if en {
		title = fmt.Sprintf("%s %d", m, year)
	}
	if !cal.IsAnnounced(year) {
		if en {
			title += " (projected: no official announcement)"
		} else {
			title += " (dự kiến: chưa có thông báo chính thức)"
		}
	}
	fmt.Fprintln(w, title)
	head := headVI
	if en {
		head = headEN
	}
	var line strings.Builder
	flush := func() {
		fmt.Fprintln(w, strings.TrimRight(line.String(), " "))
		line.Reset()
	}
	for _, h := range head {
		fmt.Fprintf(&line, "%-11s", h)
	}
	flush()
	col := (int(first.Weekday()) + 6) % 7 // Monday first
	line.WriteString(strings.Repeat(" ", 11*col))
	for d := first; d < next; d++ {
		l, err := lunar.FromSolar(d)
		if err != nil {
			return err
		}
		lu := fmt.Sprint(l.Day)
		if l.Day == 1 {
			lu = fmt.Sprintf("%d/%d", l.Day, l.Month)
			if l.Leap {
				lu += "n"
			}
		}
		mark := " "
		if !cal.IsWorkingDay(d) {
			mark = "."
		}
		if s, ok := cal.Special(d); ok {
			mark = marks[s.Kind]
		}
		fmt.Fprintf(&line, "%2d %-6s%s ", d.Day(), "("+lu+")", mark)
		col++
		if col == 7 {
			flush()
			col = 0
		}
	}
	if col != 0 {
		flush()
	}
	days := cal.SpecialDays(first, next)
	if len(days) == 0 {
		return nil
	}
	if en {
		fmt.Fprintln(w, "L holiday  B compensatory  H swapped day off  D Saturday worked  . rest day  (lunar day)")
	} else {
		fmt.Fprintln(w, "L lễ, Tết  B nghỉ bù  H nghỉ hoán đổi  D đi làm bù  . ngày nghỉ  (ngày âm lịch)")
	}
	for _, s := range days {
		name, src := s.NameVI, "nguồn"
		if en {
			name, src = s.NameEN, "source"
		}
		if s.Projected {
			name += " *"
		}
		fmt.Fprintf(w, "  %s %s: %s (%s: %s)\n", d2(s.Date), marks[s.Kind], name, src, s.Source)
	}
	return nil
}

func d2(d date.Date) string { return d.Format("02/01") }
