// Command office runs a working day at a one-stop centre on an embedded
// SQLite file: several clerks receive citizens at once, each dossier gets
// its code from the store, the back office moves the earlier dossiers on,
// and at the end of the day the centre prints the dossiers due soon, the
// overdue and paused ones, and the day's and the month's report. Run it
// again with the next day on the same file: the day continues where the
// last one stopped.
//
//	go run ./examples/office -db office.db -day 2026-03-02
//	go run ./examples/office -db office.db -day 2026-03-03
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "office:", err)
		os.Exit(1)
	}
}

// run parses the flags and runs the day.
func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("office", flag.ContinueOnError)
	fs.SetOutput(w)
	path := fs.String("db", "office.db", "the SQLite file of the centre (created if missing)")
	dayFlag := fs.String("day", "", "the working day, YYYY-MM-DD (default: today in Vietnam)")
	clerks := fs.Int("clerks", 4, "clerks at the counters, working at once")
	citizens := fs.Int("citizens", 24, "citizens who come with a dossier")
	if help, err := text.ParseFlags(fs, args); help || err != nil {
		return err // -h: the usage is printed, and asking for help is no failure (issue 12.14)
	}
	day := date.NewAt(now.In(sla.VietnamZone))
	if *dayFlag != "" {
		d, err := date.ParseISO(*dayFlag)
		if err != nil {
			return fmt.Errorf("-day %q: %w", *dayFlag, err)
		}
		day = d
	}
	if *clerks < 1 || *clerks > 64 || *citizens < 0 || *citizens > 5000 {
		return fmt.Errorf("want 1–64 clerks and 0–5000 citizens")
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		return err
	}
	if !sched.Calendar().IsWorkingDay(day) {
		fmt.Fprintf(w, "%s: trung tâm nghỉ / the centre is closed\n", day)
		return nil
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, *path, sched, nil)
	if err != nil {
		return err
	}
	defer s.Close()
	o := &office{s: s, day: day, w: w}
	return o.workDay(ctx, *clerks, *citizens)
}
