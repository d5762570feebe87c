package reliability

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

var long = flag.Bool("long", false, "run the reliability load test for long (or set MOTCUA_LONG=1)")

func isLong() bool { return *long || os.Getenv("MOTCUA_LONG") == "1" }

// loadCase is one unit of work.
type loadCase struct {
	received time.Time
	limit    sla.Limit
	sched    int // index into the shared schedules
	finish   int // days after the due date the result is returned (may be negative)
	k        int // working-day offset for calendar queries
}

// loadResult is everything computed for a case; comparable with ==.
type loadResult struct {
	due, receipt date.Date
	at           int64
	err          string
	vi, en       string
	outcome      sla.Outcome
	tlDue        date.Date
	tlErr        string
	add          date.Date
	addErr       string
	between      int
	specials     int
	working      bool
	lunar        lunar.Date
}

type shared struct {
	cal    *holiday.Calendar
	scheds []*sla.Schedule
}

func newShared(t testing.TB) shared {
	cal := holiday.Vietnam()
	plain, err := sla.NewSchedule(cal, nil)
	if err != nil {
		t.Fatal(err)
	}
	cutoff, err := sla.NewSchedule(cal, &sla.ScheduleOptions{
		Sessions: []sla.Session{{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)},
			{Start: clock.New(13, 30, 0, 0), End: clock.New(17, 0, 0, 0)}},
		WeekdaySessions: map[time.Weekday][]sla.Session{time.Saturday: {{Start: clock.New(7, 30, 0, 0), End: clock.New(11, 30, 0, 0)}}},
		Cutoff:          clock.New(15, 0, 0, 0),
	})
	if err != nil {
		t.Fatal(err)
	}
	return shared{cal: cal, scheds: []*sla.Schedule{plain, cutoff, mustCutoff(t, plain, clock.New(15, 0, 0, 0))}}
}

func mustCutoff(t testing.TB, s *sla.Schedule, c clock.Clock) *sla.Schedule {
	out, err := s.WithCutoff(c)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var loadLimits = []sla.Limit{
	sla.SameDay(), sla.WorkingDays(1), sla.WorkingDays(3), sla.WorkingDays(15), sla.WorkingDays(60),
	sla.MustParseLimit("0,5 ngày làm việc"), sla.MustParseLimit("2,25 ngày làm việc"),
	sla.WorkingHours(4), sla.WorkingHours(40), sla.CalendarDays(30), sla.Months(1), sla.Months(3),
}

func makeCases(seed uint64, n int, nSched int) []loadCase {
	rng := rand.New(rand.NewPCG(seed, 0x6d6f74637561))
	first := date.New(2000, time.January, 1)
	span := int(date.New(2199, time.January, 1) - first)
	hours := []clock.Clock{clock.New(8, 0, 0, 0), clock.New(12, 30, 0, 0), clock.New(14, 59, 0, 0),
		clock.New(15, 0, 0, 0), clock.New(16, 59, 59, 0), clock.New(17, 0, 0, 0), clock.New(23, 0, 0, 0)}
	out := make([]loadCase, n)
	for i := range out {
		d := first + date.Date(rng.IntN(span))
		if i%3 == 0 { // around Tết of a recent year
			tet, _ := lunar.NewYear(2015 + rng.IntN(15))
			d = tet + date.Date(rng.IntN(21)-10)
		}
		c := clock.Clock(rng.Int64N(int64(clock.Day)))
		if i%2 == 0 {
			c = hours[rng.IntN(len(hours))]
		}
		out[i] = loadCase{received: d.Time(c, sla.VietnamZone), limit: loadLimits[rng.IntN(len(loadLimits))],
			sched: rng.IntN(nSched), finish: rng.IntN(11) - 5, k: rng.IntN(801) - 400}
	}
	return out
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func compute(sh shared, c loadCase) loadResult {
	s := sh.scheds[c.sched]
	var r loadResult
	d, err := s.Deadline(c.received, c.limit)
	r.err = errText(err)
	if err == nil {
		r.due, r.receipt, r.at = d.Due(), d.ReceiptDay(), d.At().UnixNano()
		if e, err := s.Explain(d); err == nil {
			r.vi, r.en = e.Vietnamese(), e.English()
		} else {
			r.err = errText(err)
		}
		r.outcome = sla.OutcomeOf(d.Due()+date.Date(c.finish), d.Due(), false)
		// A timeline: pause for a week at receipt + 1 day, resume.
		tl, err := s.Start(c.received, c.limit)
		if err == nil {
			tl, err = tl.Pause(c.received.Add(24 * time.Hour))
		}
		if err == nil {
			tl, err = tl.Resume(c.received.Add(8 * 24 * time.Hour))
		}
		r.tlErr = errText(err)
		if err == nil {
			r.tlDue = tl.Due()
		}
	}
	day := date.NewAt(c.received.In(sla.VietnamZone))
	add, err := sh.cal.AddWorkingDays(day, c.k)
	r.add, r.addErr = add, errText(err)
	r.between, _ = sh.cal.WorkingDaysBetween(day, day+date.Date(c.k))
	r.specials = len(sh.cal.SpecialDays(day-30, day+30))
	r.working = sh.cal.IsWorkingDay(day)
	r.lunar, _ = lunar.FromSolar(day)
	return r
}

func TestLoad(t *testing.T) {
	sh := newShared(t)
	n, workers, duration := 500, max(8, 2*runtime.GOMAXPROCS(0)), time.Second
	if isLong() {
		n, workers, duration = 5000, max(32, 4*runtime.GOMAXPROCS(0)), time.Minute
		if v, err := time.ParseDuration(os.Getenv("MOTCUA_LOAD_DURATION")); err == nil {
			duration = v
		}
	} else if testing.Short() {
		n, duration = 100, 0
	}
	cases := makeCases(20260217, n, len(sh.scheds))

	// The sequential run.
	want := make([]loadResult, n)
	var wantSum sla.Summary[sla.Unit]
	for i, c := range cases {
		want[i] = compute(sh, c)
		wantSum.Add(c.limit.Unit(), want[i].outcome)
	}
	ext := holiday.Spec{Days: []holiday.SpecialDay{{Date: date.New(2027, time.March, 8), Kind: holiday.KindDayOff,
		NameVI: "Ngày nghỉ của tỉnh", Source: "Quyết định 1/2027/QĐ-UBND"}}}
	wantExt := extendFingerprint(t, sh.cal, ext)
	before := fingerprint(sh)

	// The concurrent runs: every worker does every case, from its own
	// starting point, round after round until the deadline.
	start := time.Now()
	var (
		mu     sync.Mutex
		total  sla.Summary[sla.Unit]
		rounds int
		wg     sync.WaitGroup
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; ; round++ {
				var sum sla.Summary[sla.Unit]
				for j := range cases {
					i := (j + w*n/workers) % n
					got := compute(sh, cases[i])
					if got != want[i] {
						t.Errorf("worker %d, case %d (%s, %s): concurrent result differs from the sequential one:\n got %+v\nwant %+v",
							w, i, cases[i].received, cases[i].limit, got, want[i])
						return
					}
					sum.Add(cases[i].limit.Unit(), got.outcome)
				}
				if w%4 == 0 { // extend the shared calendar meanwhile
					if got := extendFingerprint(t, sh.cal, ext); got != wantExt {
						t.Errorf("worker %d: Extend gave %s, want %s", w, got, wantExt)
					}
				}
				mu.Lock()
				total.Merge(&sum)
				rounds++
				mu.Unlock()
				if time.Since(start) >= duration {
					return
				}
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	for u, c := range wantSum.All() {
		g := total.Get(u)
		r := int64(rounds)
		if g != (sla.Counts{Early: c.Early * r, OnTime: c.OnTime * r, Late: c.Late * r, LateApologised: c.LateApologised * r, Unknown: c.Unknown * r}) {
			t.Errorf("merged summary of %s: %+v; want %d × %+v", u, g, rounds, c)
		}
	}
	if after := fingerprint(sh); after != before {
		t.Errorf("shared values changed under load:\nbefore %s\nafter  %s", before, after)
	}
	t.Logf("%d workers × %d cases, %d rounds in %s", workers, n, rounds, time.Since(start).Round(time.Millisecond))
}

func extendFingerprint(t *testing.T, cal *holiday.Calendar, spec holiday.Spec) string {
	ext, err := cal.Extend(spec)
	if err != nil {
		return "error: " + err.Error()
	}
	first, last := ext.Span()
	n, err := ext.WorkingDaysBetween(first, last)
	return fmt.Sprintf("%d %v %d", n, err, len(ext.SpecialDays(first, last+1)))
}
