// Command onestop is motcua's main demo: a year at a provincial public
// administration service centre. It prints the working calendar around Tết
// with lunar dates and the due dates of dossiers received just before the
// break; then it simulates the year — a seeded, reproducible stream of
// dossiers over the embedded sample catalogue, through every channel, with
// papers missing at the counter, refusals, supplements, financial
// obligations, late agencies and apology letters, and inter-agency birth
// registrations (Decree 63/2024/NĐ-CP) — and prints the year's report the way
// a province publishes it, with the agencies that caused delays, and the
// province's service index (Decision 766/QĐ-TTg) computed from those
// dossiers, with where points were lost. With -records FILE it also writes
// the year's dossiers as the national public service portal's records, one
// JSON object a line. The
// sample's land procedure states its time only in a note, so the example
// assumes 20 working days for it (the note's upper bound): its dossiers are
// the ones with financial obligations. A year after 2099 is refused up front
// unless -per-day is 0: dossier codes number the days of 2000–2099 only.
//
//	go run ./examples/onestop                 # this year (in Vietnam)
//	go run ./examples/onestop -year 2025      # across the 1 July 2025 reform
//	go run ./examples/onestop -year 2027      # a projected calendar year
//	go run ./examples/onestop -seed 7 -per-day 80 -lang en
//	go run ./examples/onestop -records year.jsonl   # and the portal's records
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "onestop:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("onestop", flag.ContinueOnError)
	fs.SetOutput(w)
	year := fs.Int("year", now.In(sla.VietnamZone).Year(), "the year whose Tết to show")
	lang := fs.String("lang", "vi", "language: vi or en")
	seed := fs.Uint64("seed", 1, "seed of the simulated year")
	perDay := fs.Int("per-day", 40, "average dossiers a working day (0: no simulation)")
	records := fs.String("records", "", "also write the year's dossiers to this file as the national portal's records (JSON lines)")
	if help, err := text.ParseFlags(fs, args); help || err != nil {
		return err // -h: the usage is printed, exit 0
	}
	if *perDay < 0 || *perDay > 10000 {
		return fmt.Errorf("-per-day %d: want 0–10000", *perDay)
	}
	if *lang != "vi" && *lang != "en" {
		return fmt.Errorf("-lang %q: want vi or en", *lang)
	}
	en := *lang == "en"
	// Everything is checked before anything is printed: a dossier code
	// numbers the days of 2000–2099 only (Circular 01/2018/TT-VPCP Art. 19
	// writes the year in two digits), although the calendar runs to 2199.
	if *perDay > 0 && !dossier.CodeCovers(date.New(*year, time.January, 1)) {
		return fmt.Errorf("-year %d: dossier codes number the days of %d–%d only; use -per-day 0 to show the calendar alone",
			*year, dossier.FirstCodeYear, dossier.LastCodeYear)
	}
	if *records != "" && *perDay == 0 {
		return fmt.Errorf("-records %s: there are no dossiers to write with -per-day 0", *records)
	}
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
		fmt.Fprintf(w, "Working calendar around the Lunar New Year of the %s (%d), %s\n\n", lunar.YearNameEnglish(*year), *year, status)
	} else {
		fmt.Fprintf(w, "Lịch làm việc dịp Tết %s (%d), %s\n\n", lunar.YearNameVietnamese(*year), *year, status)
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
		wd := text.Weekday(d, en)
		leap, lunarLabel := " ", "âm lịch"
		if en {
			lunarLabel = "lunar"
		}
		if l.Leap {
			leap = "n" // tháng nhuận, a leap month
			if en {
				leap = "L"
			}
		}
		fmt.Fprintf(w, "  %s %s  %s %02d/%02d%s %s\n", wd, d.Format("02/01/2006"), lunarLabel, l.Day, l.Month, leap, mark)
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
		fmt.Fprintf(w, "\nHồ sơ tiếp nhận lúc 16:40 ngày %s %s:\n", text.Weekday(last, false), last.Format("02/01/2006"))
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
		fmt.Fprintf(w, "  %-22s → %s %s %s\n", name, text.Weekday(d.Due(), en), d.Due().Format("02/01/2006"), d.At().Format("15:04"))
	}
	if !cal.IsAnnounced(*year) {
		if en {
			fmt.Fprintln(w, "\n* projected day: the Prime Minister fixes each year's Tết days (Labour Code 2019 Art. 112(3)).")
		} else {
			fmt.Fprintln(w, "\n* ngày dự kiến: Thủ tướng quyết định cụ thể ngày nghỉ Tết hằng năm (Bộ luật Lao động 2019, Điều 112(3)).")
		}
	}
	if *perDay == 0 {
		return nil
	}
	return simulateYear(w, cal, sched, *year, *seed, *perDay, en, *records)
}

// simulateYear runs the year's simulation, prints its report and its
// scorecard, and writes the portal's records to the file named records
// (none when empty).
func simulateYear(w io.Writer, cal *holiday.Calendar, sched *sla.Schedule, year int, seed uint64, perDay int, en bool, records string) error {
	catalog := sample.Catalog()
	assumed, err := assumedLimits(catalog, year)
	if err != nil {
		return err
	}
	wd := &world{
		rng: rand.New(rand.NewPCG(seed, uint64(year))), cal: cal, sched: sched, catalog: catalog,
		codes: catalog.Codes(), year: year, perDay: perDay, assumed: assumed,
		// The share of each field's dossiers finished late: the example's
		// assumption, not data.
		lateRisk: map[string]float64{"Hộ tịch": 0.01, "Chứng thực": 0.005, "Đăng ký, quản lý cư trú": 0.04,
			"Đất đai": 0.15, "Căn cước": 0.03},
	}
	ds, hs, t, err := wd.simulate()
	if err != nil {
		return err
	}
	card, err := scoreYear(sched, year, ds, catalog, assumed)
	if err != nil {
		return err
	}
	printYear(w, year, ds, t, en)
	printScorecard(w, year, card, en)
	if records == "" {
		return nil
	}
	f, err := os.Create(records)
	if err != nil {
		return err
	}
	n, err := writeRecords(f, sched, ds, hs)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("-records %s: %w", records, err)
	}
	refused := 0
	for _, h := range hs {
		if h.refusal != "" {
			refused++
		}
	}
	num := numFormat(en)
	if en {
		fmt.Fprintf(w, "\nWrote %s records for the national public service portal (every dossier of the simulation, the %s refused at intake included) to %s, one JSON object a line.\n",
			num(int64(n)), num(int64(refused)), records)
	} else {
		fmt.Fprintf(w, "\nĐã ghi %s bản ghi hồ sơ gửi Cổng Dịch vụ công quốc gia (mọi hồ sơ của năm mô phỏng, kể cả %s hồ sơ từ chối tiếp nhận) vào %s, mỗi dòng một đối tượng JSON.\n",
			num(int64(n)), num(int64(refused)), records)
	}
	return nil
}
