package reliability

import (
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// domainShared are the domain values a vendor's server shares between its
// request goroutines: the sample catalogue, one inter-agency route, and one
// replayed dossier.
type domainShared struct {
	catalog *procedure.Catalog
	codes   []string
	route   *liaison.Route
	dossier dossier.Dossier
	json    []byte // the dossier's document before the load
	sched   *sla.Schedule
}

// newDomainShared receives, transfers and replays a birth registration of
// the sample catalogue (Monday 2 March 2026, 09:00).
func newDomainShared(t testing.TB, sh shared) domainShared {
	sched := sh.scheds[0]
	catalog := sample.Catalog()
	at := time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone)
	p, err := catalog.Lookup("1.001193", date.NewAt(at))
	if err != nil {
		t.Fatal(err)
	}
	ch := p.Channels()[0].Channel
	h := dossier.HeaderFor(p, ch, date.NewAt(at))
	h.Applicant = dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"}
	h.ReceivingUnit, h.Agency = "000.00.36.H57", p.Implementing()[0]
	sets := max(p.Sets(), 1)
	for _, c := range p.Components() { // every paper asked for, as the onestop example files them
		if c.Requirement != procedure.Required && c.Requirement != procedure.PresentOnly {
			continue
		}
		o, cp := c.Originals*sets, c.Copies*sets
		if c.Requirement == procedure.PresentOnly || o+cp == 0 {
			o = max(o, 1)
		}
		h.Filed = append(h.Filed, dossier.Filed{Name: c.Name, Originals: o, Copies: cp, Digitised: true})
	}
	d, err := dossier.Open(h, sched)
	if err != nil {
		t.Fatal(err)
	}
	if d, _, err = d.Receive(at, "can-bo", p, &dossier.MemorySequencer{}); err != nil {
		t.Fatal(err)
	}
	if d, err = d.Transfer(at.Add(time.Hour), "can-bo"); err != nil {
		t.Fatal(err)
	}
	data, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	replayed, err := dossier.Unmarshal(data, sched)
	if err != nil {
		t.Fatal(err)
	}
	return domainShared{catalog: catalog, codes: catalog.Codes(), route: liaisonsample.BirthRegistrationGroup(),
		dossier: replayed, json: data, sched: sched}
}

// domainCase is one unit of shared-domain work.
type domainCase struct {
	code     string    // looked up in the catalogue
	day      date.Date // on this day
	received time.Time // the route planned and tracked from this instant
	late     int       // steps finished this many working days after their due date
	decideIn time.Duration
}

func makeDomainCases(ds domainShared, n int) []domainCase {
	out := make([]domainCase, n)
	first := date.New(2024, time.January, 1)
	for i := range out {
		day := first + date.Date(i*7%1100)
		out[i] = domainCase{code: ds.codes[i%len(ds.codes)], day: day,
			received: day.Time(0, sla.VietnamZone).Add(time.Duration(7*60+i*37%(10*60)) * time.Minute),
			late:     i % 3, decideIn: time.Duration(1+i%200) * time.Hour}
	}
	return out
}

// domainResult computes everything for one case from the shared values,
// as text comparable with ==.
func domainResult(ds domainShared, c domainCase) string {
	var b strings.Builder
	// The catalogue.
	if p, err := ds.catalog.Lookup(c.code, c.day); err != nil {
		fmt.Fprintf(&b, "lookup: %v\n", err)
	} else {
		fmt.Fprintf(&b, "lookup: %s %s %v %v\n", p.Code(), p.Name(), p.Channels(), p.FeeFor(procedure.ChannelDirect, c.day))
	}
	// The route: plan, then track every step, some late.
	if plan, err := ds.route.Plan(c.received, ds.sched); err != nil {
		fmt.Fprintf(&b, "plan: %v\n", err)
	} else {
		fmt.Fprintf(&b, "plan: %v %v %v\n", plan.Due(), plan.At(), plan.CriticalPath())
		tr, err := ds.route.Track(c.received, ds.sched)
		finished := map[string]time.Time{}
		for s := range plan.Steps() {
			if err != nil {
				break
			}
			start := s.Start
			step, _ := ds.route.Step(s.ID)
			for _, before := range step.After {
				if f := finished[before]; f.After(start) {
					start = f
				}
			}
			start = start.Add(time.Minute)
			finish := s.Due.Add(-time.Minute)
			if c.late > 0 {
				if next, e := ds.sched.Calendar().AddWorkingDays(s.DueDate, c.late); e == nil {
					finish = next.Time(0, sla.VietnamZone).Add(10 * time.Hour)
				}
			}
			if !finish.After(start) {
				finish = start.Add(time.Minute)
			}
			if tr, err = tr.Apply(liaison.Event{Step: s.ID, Kind: liaison.Started, At: start, Agency: s.Agency}); err == nil {
				tr, err = tr.Apply(liaison.Event{Step: s.ID, Kind: liaison.Finished, At: finish, Agency: s.Agency})
			}
			finished[s.ID] = finish
		}
		out, oerr := tr.Outcome()
		step, agency, ok := tr.Responsible()
		fmt.Fprintf(&b, "track: %v %v %v %s %s %v\n", err, out, oerr, step, agency, ok)
	}
	// The dossier: reads, and a command that returns a new value.
	d := ds.dossier
	data, err := d.MarshalJSON()
	fmt.Fprintf(&b, "dossier: %v %v %d %v %x\n", d.Status(), d.Due(), len(d.Events()), err, data)
	decided, err := d.Decide(d.Received().Add(c.decideIn), "chu-tich", c.late != 1, "Không đủ điều kiện")
	fmt.Fprintf(&b, "decide: %v %v %v %d\n", err, decided.Status(), decided.Outcome(), len(decided.Events()))
	return b.String()
}

// Issue 12 ("Done when"): the concurrent load also shares catalogues,
// routes and dossiers. Many goroutines look procedures up in the sample
// catalogue, plan and track the sample birth-registration route, and read
// one replayed dossier (Status, Due, Events, Marshal) and run a command on
// it, each result checked against a sequential run; the shared dossier
// stays as it was. Run it under the race detector.
func TestLoadSharedDomain(t *testing.T) {
	sh := newShared(t)
	ds := newDomainShared(t, sh)
	n, workers, rounds := 200, max(8, 2*runtime.GOMAXPROCS(0)), 2
	if isLong() {
		n, workers, rounds = 2000, max(32, 4*runtime.GOMAXPROCS(0)), 10
	} else if testing.Short() {
		n, rounds = 40, 1
	}
	cases := makeDomainCases(ds, n)
	want := make([]string, n)
	for i, c := range cases {
		want[i] = domainResult(ds, c)
	}
	for _, part := range []string{"lookup: 1.", "\ntrack: <nil> on time", "\ntrack: <nil> late", "\ndecide: <nil> processed"} {
		if !slices.ContainsFunc(want, func(s string) bool { return strings.Contains(s, part) }) {
			t.Fatalf("no case gives %q: the cases do not exercise the shared values", part)
		}
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for j := range cases {
					i := (j + w*n/workers) % n
					if got := domainResult(ds, cases[i]); got != want[i] {
						t.Errorf("worker %d, case %d: concurrent result differs from the sequential one:\n got %s\nwant %s", w, i, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	after, err := ds.dossier.MarshalJSON()
	if err != nil || !bytes.Equal(after, ds.json) || ds.dossier.Status() != dossier.Processing {
		t.Errorf("the shared dossier changed under load (%v, %v):\n%s\nwant\n%s", err, ds.dossier.Status(), after, ds.json)
	}
	t.Logf("%d workers × %d cases × %d rounds over the catalogue, a route and a dossier", workers, n, rounds)
}
