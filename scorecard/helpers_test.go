package scorecard_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/scorecard"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// march is the period of March 2026 (no holiday in it).
var march = dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}

func day(m time.Month, d int) date.Date { return date.New(2026, m, d) }

func at(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, sla.VietnamZone) }

func office(t testing.TB) *sla.Schedule {
	t.Helper()
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newTally(t testing.TB) *scorecard.Tally {
	t.Helper()
	tl, err := scorecard.NewTally(march, holiday.Vietnam())
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// find returns the row with id.
func find(t testing.TB, s scorecard.Scorecard, id string) scorecard.Indicator {
	t.Helper()
	for _, i := range s.Indicators {
		if i.ID == id {
			return i
		}
	}
	t.Fatalf("no row %s", id)
	return scorecard.Indicator{}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// scenario is the hand-computed month of the indicator tables: ten dossiers
// received on Monday 2 March 2026, due Tuesday 10 March (r4–r8: 10
// April), two documents each.
//
//	r0 P1 online, electronic result, synchronised, reused 2, population, finished 5/3
//	r1 P2 online, synchronised, reused 2, population, finished 5/3
//	r2 P1 online but a paper result not issued electronically (not counted
//	   in C), synchronised, reused 2, population, finished 5/3
//	r3 fee, paid online on the national platform, data store 2, population, finished 5/3
//	r4 fee, paid online on the national platform, data store 2, population
//	r5 fee, paid online elsewhere
//	r6 fee, not paid online
//	r7 one document digitised
//	r8 nothing digitised
//	r9 nothing digitised, a complaint; unfinished and past its due date at
//	   the month's end (late)
//
// r4–r8 are unfinished and due on 10 April: in progress within the
// deadline. Documents digitised: r0–r6 two each, r7 one: 15 of 20.
func scenario() []scorecard.Record {
	var rs []scorecard.Record
	for i := range 10 {
		r := scorecard.Record{Procedure: "P3", Received: day(time.March, 2), Due: day(time.March, 10), Filed: 2, Digitised: 2}
		switch i {
		case 0:
			r.Procedure, r.Online = "P1", true
			r.Facts = scorecard.Facts{ElectronicResult: true, Synchronised: true, Reused: 2, PopulationDatabase: true}
		case 1:
			r.Procedure, r.Online = "P2", true
			r.Facts = scorecard.Facts{Synchronised: true, Reused: 2, PopulationDatabase: true}
		case 2:
			r.Procedure, r.Online = "P1", true
			r.Facts = scorecard.Facts{PaperResult: true, Synchronised: true, Reused: 2, PopulationDatabase: true}
		case 3, 4:
			r.FeeDue = true
			r.Facts = scorecard.Facts{PaidOnline: true, PaidOnNationalPlatform: true, FromDataStore: 2, PopulationDatabase: true}
		case 5:
			r.FeeDue = true
			r.Facts = scorecard.Facts{PaidOnline: true}
		case 6:
			r.FeeDue = true
		case 7:
			r.Digitised = 1
		case 8:
			r.Digitised = 0
		case 9:
			r.Digitised = 0
			r.Facts = scorecard.Facts{Complaint: true}
		}
		switch {
		case i <= 3:
			r.End = day(time.March, 5)
		case i <= 8:
			r.Due = day(time.April, 10) // in progress within the deadline
		}
		rs = append(rs, r)
	}
	return rs
}

// scenarioUnit are the unit's facts of the scenario.
func scenarioUnit() scorecard.UnitFacts {
	return scorecard.UnitFacts{
		Publications: []scorecard.Publication{
			// 5 working days to the effect (3,4,5,6,9 March), public on the 5th: on time.
			{Procedure: "P1", Decided: day(time.March, 2), Effective: day(time.March, 9), Public: day(time.March, 9), FullContent: true},
			// 4 working days: late; public on the 5th working day (10 March): on time.
			{Procedure: "P2", Decided: day(time.March, 3), Effective: day(time.March, 9), Public: day(time.March, 10), FullContent: true},
			// public on the 6th working day: late; not full.
			{Procedure: "P3", Decided: day(time.March, 2), Effective: day(time.March, 16), Public: day(time.March, 10)},
		},
		Procedures: 5, OnlineProcedures: []string{"P1", "P2", "P4", "P5"},
		FeeProcedures: 5, OnlinePaymentProcedures: 2,
		CertifiedCopies: 10, ElectronicCertifiedCopies: 3,
		PopulationProcedures: 4, PopulationIntegrated: 3,
		NationalCount: 4, PortalCount: 5,
	}
}

// scenarioFeedback: four feedback received Monday 2 March 09:00 (handling
// due Monday 23 March, refusal due Wednesday 4 March): handled on 10
// March (published 11 March, evaluated satisfied), handled on 23 March
// (evaluated not satisfied), refused on 4 March, handled on 24 March
// (late).
func scenarioFeedback(t testing.TB) []scorecard.Feedback {
	t.Helper()
	s := office(t)
	var out []scorecard.Feedback
	steps := []func(f scorecard.Feedback) (scorecard.Feedback, error){
		func(f scorecard.Feedback) (scorecard.Feedback, error) {
			f, _ = f.Handle(at(time.March, 10, 9))
			f, _ = f.Publish(at(time.March, 11, 9))
			return f.Evaluate(at(time.March, 12, 9), true)
		},
		func(f scorecard.Feedback) (scorecard.Feedback, error) {
			f, _ = f.Handle(at(time.March, 23, 9))
			return f.Evaluate(at(time.March, 24, 9), false)
		},
		func(f scorecard.Feedback) (scorecard.Feedback, error) { return f.Refuse(at(time.March, 4, 9)) },
		func(f scorecard.Feedback) (scorecard.Feedback, error) { return f.Handle(at(time.March, 24, 9)) },
	}
	for i, step := range steps {
		f, err := scorecard.ReceiveFeedback("PAKN-"+string(rune('1'+i)), at(time.March, 2, 9), s)
		if err != nil {
			t.Fatal(err)
		}
		if f, err = step(f); err != nil {
			t.Fatal(err)
		}
		out = append(out, f)
	}
	return out
}

func scoreScenario(t testing.TB, opts *scorecard.Options, feedback bool) scorecard.Scorecard {
	t.Helper()
	tl := newTally(t)
	for _, r := range scenario() {
		if err := tl.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	if feedback {
		for _, f := range scenarioFeedback(t) {
			if err := tl.AddFeedback(f); err != nil {
				t.Fatal(err)
			}
		}
	}
	s, err := scorecard.Score(tl, scenarioUnit(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
