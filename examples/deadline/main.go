// Command deadline is the command-line face of motcua: given when a dossier
// was received and its time limit (as the catalogue writes it, or a
// procedure of the sample catalogue), it prints the due date and why —
// which days were skipped, with the source of each holiday.
//
//	go run ./examples/deadline -at "2026-02-13 16:40" -limit "03 ngày làm việc"
//	go run ./examples/deadline -at "2026-02-13 15:20" -procedure 2.000908
//	go run ./examples/deadline -at "2026-02-13 15:20" -procedure 2.000908 -channel online
//	go run ./examples/deadline -at "2026-04-29 10:00" -limit "16 giờ làm việc" -lang en
//	go run ./examples/deadline -at "2026-03-02 14:00" -limit "Trong ngày" -cutoff 15:00
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "deadline:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("deadline", flag.ContinueOnError)
	fs.SetOutput(w)
	at := fs.String("at", "", `receipt instant in Vietnam, "2006-01-02 15:04" (default: now)`)
	limitText := fs.String("limit", "", `time limit as the catalogue writes it, e.g. "03 ngày làm việc"`)
	code := fs.String("procedure", "", "a procedure code of the sample catalogue, e.g. 2.000908 (instead of -limit)")
	channel := fs.String("channel", "direct", "with -procedure: direct, postal, online (full or partial, as offered), online_full or online_partial")
	cutoff := fs.String("cutoff", "", `receipt cut-off "15:04" (default: the close of office hours, or the procedure's)`)
	lang := fs.String("lang", "vi", "language: vi or en")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *lang != "vi" && *lang != "en" {
		return fmt.Errorf("-lang %q: want vi or en", *lang)
	}
	received := now.In(sla.VietnamZone)
	if *at != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *at, sla.VietnamZone)
		if err != nil {
			return fmt.Errorf(`-at %q: want "YYYY-MM-DD HH:MM"`, *at)
		}
		received = t
	}
	limit, cut, title, err := limitOf(*limitText, *code, *channel, received)
	if err != nil {
		return err
	}
	if *cutoff != "" {
		t, err := time.Parse("15:04", *cutoff)
		if err != nil {
			return fmt.Errorf(`-cutoff %q: want "HH:MM"`, *cutoff)
		}
		cut = clock.New(t.Hour(), t.Minute(), 0, 0)
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Cutoff: cut})
	if err != nil {
		return err
	}
	d, err := sched.Deadline(received, limit)
	if err != nil {
		return err
	}
	e, err := sched.Explain(d)
	if err != nil {
		return err
	}
	if title != "" {
		fmt.Fprintln(w, title)
	}
	if *lang == "en" {
		fmt.Fprint(w, e.English())
	} else {
		fmt.Fprint(w, e.Vietnamese())
	}
	return nil
}

// limitOf returns the limit and cut-off to count: from -limit, or from the
// sample catalogue's procedure for the channel.
func limitOf(text, code, channel string, received time.Time) (sla.Limit, clock.Clock, string, error) {
	switch {
	case text != "" && code != "":
		return sla.Limit{}, 0, "", errors.New("give -limit or -procedure, not both")
	case text != "":
		l, err := sla.ParseLimit(text)
		return l, 0, "", err
	case code == "":
		return sla.Limit{}, 0, "", errors.New("give -limit or -procedure")
	}
	p, err := sample.Catalog().Lookup(code, date.NewAt(received))
	if err != nil {
		return sla.Limit{}, 0, "", err
	}
	var ch procedure.Channel
	if channel == "online" { // whichever online service the procedure offers
		for _, c := range []procedure.Channel{procedure.ChannelOnlineFull, procedure.ChannelOnlinePartial} {
			if p.Offers(c) {
				ch = c
				break
			}
		}
	} else if err := ch.UnmarshalText([]byte(channel)); err != nil {
		return sla.Limit{}, 0, "", fmt.Errorf("-channel %q: want online or one of %s", channel, channelNames())
	}
	tl, ok := p.Limit(ch)
	if !ok || !tl.Effective().IsValid() {
		return sla.Limit{}, 0, "", fmt.Errorf("procedure %s states no time limit for channel %s", code, channel)
	}
	cut, _ := p.Cutoff()
	title := fmt.Sprintf("%s — %s (%s)", p.Code(), p.Name(), tl.StatutoryText)
	return tl.Effective(), cut, title, nil
}

func channelNames() string {
	var names []string
	for _, c := range procedure.Channels() {
		b, _ := c.MarshalText()
		names = append(names, string(b))
	}
	return strings.Join(names, ", ")
}
