// Command deadline is the command-line face of motcua: given when a dossier
// was received and its time limit (as the catalogue writes it, or a
// procedure of the sample catalogue), it prints what the text says (the
// reading: ordinary limit, cut-off, alternatives, the event counted from),
// then the due date and why — which days were skipped, with the source of
// each holiday. A text that gives no deadline from receipt (only
// alternatives, another event) is read and explained, then refused.
//
//	go run ./examples/deadline -read -limit "03 ngày làm việc, trường hợp phải xác minh thì không quá 10 ngày làm việc"
//	go run ./examples/deadline -at "2026-09-10 09:00" -limit "01 tháng 15 ngày"
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

	"github.com/motcua/motcua/examples/internal/text"
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
	readOnly := fs.Bool("read", false, "with -limit: print only what the text says (the reading), no deadline")
	if help, err := text.ParseFlags(fs, args); help || err != nil {
		return err // -h: the usage is printed, and asking for help is no failure (issue 12.14)
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
	var (
		limit sla.Limit
		cut   clock.Clock
		title string
	)
	if *limitText != "" && *code == "" {
		r, err := sla.ReadLimit(*limitText)
		if err != nil {
			return err
		}
		printReading(w, r, *lang == "en")
		if *readOnly {
			return nil
		}
		if r.Ordinary.IsZero() || r.From != sla.FromReceipt {
			return fmt.Errorf("%q gives no deadline from receipt: %s", *limitText, concerns(r))
		}
		cut = r.Cutoff
		if c, err := cutoffOf(*cutoff); err != nil {
			return err
		} else if c != 0 {
			cut = c
		}
		l, ok := r.Ordinary.Limit()
		if !ok {
			return printComposite(w, r.Ordinary, received, cut)
		}
		limit = l
	} else {
		var err error
		limit, cut, title, err = limitOf(*limitText, *code, *channel, received)
		if err != nil {
			return err
		}
		if c, err := cutoffOf(*cutoff); err != nil {
			return err
		} else if c != 0 {
			cut = c
		}
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

// cutoffOf reads the -cutoff flag; zero when not given.
func cutoffOf(s string) (clock.Clock, error) {
	if s == "" {
		return 0, nil
	}
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, fmt.Errorf(`-cutoff %q: want "HH:MM"`, s)
	}
	return clock.New(t.Hour(), t.Minute(), 0, 0), nil
}

// printReading writes what a time-limit text says and which words decided
// each part.
func printReading(w io.Writer, r sla.Reading, en bool) {
	label := func(vi, eng string) string {
		if en {
			return eng
		}
		return vi
	}
	ord := r.Ordinary.String()
	if en {
		ord = r.Ordinary.English()
	}
	if ord == "" {
		ord = "—"
	}
	fmt.Fprintf(w, "%s: %s\n", label("Thời hạn thông thường", "Ordinary limit"), ord)
	if r.From == sla.FromOtherEvent {
		fmt.Fprintf(w, "%s: %s\n", label("Tính từ sự kiện khác", "Counted from another event"), r.FromWords)
	}
	if r.Cutoff != 0 {
		fmt.Fprintf(w, "%s: %s\n", label("Giờ chốt tiếp nhận", "Receipt cut-off"), r.Cutoff.HhMm())
	}
	period := func(p sla.Period) string {
		if en {
			return p.English()
		}
		return p.String()
	}
	for _, s := range r.Breakdown {
		fmt.Fprintf(w, "  %s: %s\n", s.Who, period(s.Period))
	}
	for _, a := range r.Alternatives {
		fmt.Fprintf(w, "%s (%s): %s", label("Trường hợp khác", "Alternative"), label(a.Kind.Vietnamese(), a.Kind.String()), label(a.Duration(), a.DurationEnglish()))
		if a.Condition != "" {
			fmt.Fprintf(w, " — %s", a.Condition)
		}
		if a.From == sla.FromOtherEvent {
			fmt.Fprintf(w, " (%s)", label("tính từ sự kiện khác", "counted from another event"))
		}
		fmt.Fprintln(w)
	}
	for _, c := range r.Concerns {
		fmt.Fprintf(w, "%s: %s", label("Cần quyết định", "To decide"), label(c.Kind.Vietnamese(), c.Kind.String()))
		if c.Words != "" {
			fmt.Fprintf(w, " (%s)", c.Words)
		}
		fmt.Fprintln(w)
	}
	for _, b := range r.Why {
		part := b.PartVietnamese()
		if en {
			part = b.PartEnglish()
		}
		fmt.Fprintf(w, "  %s (%s): %q\n", label("căn cứ", "because"), part, b.Words)
	}
}

// concerns lists a reading's concerns for an error message.
func concerns(r sla.Reading) string {
	var s []string
	for _, c := range r.Concerns {
		s = append(s, c.Kind.String())
	}
	return strings.Join(s, "; ")
}

// printComposite counts a composite limit part after part.
func printComposite(w io.Writer, p sla.Period, received time.Time, cut clock.Clock) error {
	sched, err := sla.NewSchedule(holiday.Vietnam(), &sla.ScheduleOptions{Cutoff: cut})
	if err != nil {
		return err
	}
	d, err := sched.DueOf(received, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Tiếp nhận / received: %s (R = %s)\n", d.Received.Format("15:04 02/01/2006"), d.ReceiptDay.Format("02/01/2006"))
	for i, l := range p.Parts() {
		fmt.Fprintf(w, "  + %s → %s\n", l, d.PartEnds[i].Format("02/01/2006"))
	}
	fmt.Fprintf(w, "Hẹn trả kết quả / due: %s\n", d.At.Format("15:04 02/01/2006"))
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
