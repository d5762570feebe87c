package scorecard_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
)

// benchRecords are a million dossier summaries of March 2026, built once:
// a mix of finished, open, waiting, carried over, online and fee-bearing
// dossiers over 50 procedures, a tenth without an appointment.
var benchRecords = func() []scorecard.Record {
	codes := make([]string, 50)
	for i := range codes {
		codes[i] = "1.00" + strconv.Itoa(1000+i)
	}
	rs := make([]scorecard.Record, 1_000_000)
	for i := range rs {
		rcv := date.New(2026, time.February, 20) + date.Date(i%40)
		r := scorecard.Record{
			Procedure: codes[i%len(codes)], Received: rcv, Due: rcv + date.Date(3+i%11),
			Online: i%3 == 0, FeeDue: i%4 == 0, Filed: 1 + i%5, Supplements: i % 3 / 2,
			Facts: scorecard.Facts{Synchronised: i%10 != 0, ElectronicResult: i%2 == 0, PaidOnline: i%8 == 0, PopulationDatabase: i%5 != 0, Complaint: i%97 == 0},
		}
		r.Digitised = r.Filed - i%2
		switch i % 5 {
		case 0, 1, 2:
			r.End = rcv + date.Date(i%15)
		case 3:
			r.Waiting = rcv + date.Date(i%4)
		}
		if i%10 == 7 {
			r.Due, r.LimitDays, r.SupplementDays = 0, 5, i%3
		}
		rs[i] = r
	}
	return rs
}()

// BenchmarkScorecardMillion is the scorecard over 1,000,000 dossiers: one
// pass of Tally.Add, then Score (target ≤ 300 ms, issue 16). It starts from
// ready-made Records, as a vendor importing them would: the conversion
// from dossiers is not included (BenchmarkScorecardMillionFromDossiers
// includes it).
func BenchmarkScorecardMillion(b *testing.B) {
	u := scenarioUnit()
	b.ReportAllocs()
	for b.Loop() {
		t := newTally(b)
		for _, r := range benchRecords {
			if err := t.Add(r); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := scorecard.Score(t, u, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScore is Score alone, on the scenario's tally.
func BenchmarkScore(b *testing.B) {
	t := newTally(b)
	for _, r := range scenario() {
		_ = t.Add(r)
	}
	u := scenarioUnit()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scorecard.Score(t, u, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// benchDossiers are 1,000 birth registrations of March 2026, received
// over the month on both channels: a third decided and returned, a fifth
// waiting for a supplement, the rest in progress; one in ten has an event
// after March (an April decision), so FromDossierAsOf replays it up to the
// end.
func benchDossiers(b *testing.B) []dossier.Dossier {
	b.Helper()
	s := office(b)
	ds := make([]dossier.Dossier, 1000)
	for i := range ds {
		ch := procedure.ChannelDirect
		if i%3 == 0 {
			ch = procedure.ChannelOnlineFull
		}
		rcv := at(time.March, 2+i%26, 8+i%8)
		d := receivedDossier(b, s, ch, rcv, int64(i%4)*10000)
		d, err := d.Transfer(rcv.Add(time.Hour), "can-bo")
		if err != nil {
			b.Fatal(err)
		}
		switch {
		case i%10 == 9:
			d, err = d.Decide(at(time.April, 2, 9), "lanh-dao", true, "")
		case i%3 == 0:
			if d, err = d.Decide(rcv.Add(30*time.Hour), "lanh-dao", true, ""); err == nil {
				d, err = d.Return(rcv.Add(50*time.Hour), "can-bo")
			}
		case i%5 == 1:
			d, err = d.RequestSupplement(rcv.Add(2*time.Hour), "chuyen-vien", []string{"Giấy chứng sinh"}, "")
		}
		if err != nil {
			b.Fatal(err)
		}
		ds[i] = d
	}
	return ds
}

// BenchmarkScorecardMillionFromDossiers is the scorecard of 1,000,000
// dossiers from the dossiers themselves: each summarised as of the
// period's end (FromDossierAsOf), counted (Tally.Add), then Score. The
// million is the 1,000 dossiers of benchDossiers converted 1,000 times
// each (holding a million dossiers would take gigabytes), so their data
// stay warmer in the caches than a million distinct dossiers would;
// loading the dossiers from a store is not included.
func BenchmarkScorecardMillionFromDossiers(b *testing.B) {
	ds := benchDossiers(b)
	s := office(b)
	u := scenarioUnit()
	facts := scorecard.Facts{Synchronised: true}
	b.ReportAllocs()
	for b.Loop() {
		t := newTally(b)
		for range 1000 {
			for _, d := range ds {
				r, err := scorecard.FromDossierAsOf(d, s, facts, march.To)
				if err != nil {
					b.Fatal(err)
				}
				if err := t.Add(r); err != nil {
					b.Fatal(err)
				}
			}
		}
		if _, err := scorecard.Score(t, u, nil); err != nil {
			b.Fatal(err)
		}
	}
}
