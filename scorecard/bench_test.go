package scorecard_test

import (
	"strconv"
	"testing"
	"time"

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
// pass of Tally.Add, then Score (target ≤ 300 ms, issue 16).
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
