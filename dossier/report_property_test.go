package dossier_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// A report over [from, to) is identical whatever events happen after to
// (issue 12.4; published figures do not change, Circular 01/2018/TT-VPCP
// Art. 13): the report of a dossier equals the report of the same dossier
// replayed without its events from to on.
func TestReportIgnoresEventsAfterPeriod(t *testing.T) {
	p3 := testProc(t, threeDays)
	rapid.Check(t, func(t *rapid.T) {
		ch := rapid.SampledFrom([]procedure.Channel{procedure.ChannelDirect, procedure.ChannelOnlineFull}).Draw(t, "channel")
		now := time.Date(2026, time.February, 16, 8, 0, 0, 0, sla.VietnamZone).
			Add(time.Duration(rapid.IntRange(0, 40*24*60).Draw(t, "start")) * time.Minute)
		d, err := dossier.Open(header(ch, complete(true)), sched())
		if err != nil {
			t.Fatal(err)
		}
		if ch.IsOnline() {
			if d, err = d.Submit(now, testActor); err != nil {
				t.Fatal(err)
			}
		}
		if d, _, err = d.Receive(now, testActor, p3, &dossier.MemorySequencer{}); err != nil {
			t.Fatal(err)
		}
		if d, err = d.Transfer(now, testActor); err != nil {
			t.Fatal(err)
		}
		cmds := []func(time.Time) (dossier.Dossier, error){
			func(at time.Time) (dossier.Dossier, error) {
				return d.RequestSupplement(at, testActor, []string{compBirthCert}, "")
			},
			func(at time.Time) (dossier.Dossier, error) { return d.Supplement(at, "cong-dan") },
			func(at time.Time) (dossier.Dossier, error) {
				return d.RequestObligation(at, testActor, decimal.NewFromInt(1000))
			},
			func(at time.Time) (dossier.Dossier, error) { return d.PayObligation(at, "cong-dan") },
			func(at time.Time) (dossier.Dossier, error) { return d.Apologise(at, testActor, d.Due()+7, testReason) },
			func(at time.Time) (dossier.Dossier, error) { return d.Decide(at, testActor, true, "") },
			func(at time.Time) (dossier.Dossier, error) { return d.Return(at, testActor) },
			func(at time.Time) (dossier.Dossier, error) { return d.RequestWithdrawal(at, "cong-dan", testReason) },
			func(at time.Time) (dossier.Dossier, error) { return d.Stop(at, testActor, testReason) },
		}
		// rapid draws small numbers most often; the gaps and commands come
		// from a seeded generator so that pauses straddle periods' ends.
		rnd := rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 0))
		for range rapid.IntRange(0, 12).Draw(t, "steps") {
			now = now.Add(time.Duration(rnd.IntN(4*24*60)) * time.Minute)
			if got, err := cmds[rnd.IntN(len(cmds))](now); err == nil {
				d = got
			}
		}
		// The period ends around one of the events, starts up to 45 days
		// before.
		events := d.Events()
		to := date.NewAt(events[rnd.IntN(len(events))].At) + date.Date(rnd.IntN(9))
		period := dossier.Period{From: to - date.Date(rnd.IntN(46)), To: to}
		end := period.To.Time(0, sla.VietnamZone)
		var before []dossier.Event
		for _, e := range events {
			if e.At.Before(end) {
				before = append(before, e)
			}
		}
		cut, err := dossier.Replay(d.Header(), before, sched())
		if err != nil {
			t.Fatal(err)
		}
		whole, past := rep(dossier.NewReport(period, dossier.ByAgency)), rep(dossier.NewReport(period, dossier.ByAgency))
		if err := whole.Add(d); err != nil {
			t.Fatal(err)
		}
		if err := past.Add(cut); err != nil {
			t.Fatal(err)
		}
		if whole.Total() != past.Total() {
			t.Fatalf("report over [%s, %s) with later events %+v, without %+v", period.From, period.To, whole.Total(), past.Total())
		}
	})
}
