package scorecard_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// genRecord draws a valid record received around March 2026.
func genRecord(t *rapid.T) scorecard.Record {
	if rapid.IntRange(0, 9).Draw(t, "never received") == 0 {
		return scorecard.Record{Procedure: "P0"}
	}
	rcv := date.New(2026, time.February, 1) + date.Date(rapid.IntRange(0, 88).Draw(t, "received"))
	r := scorecard.Record{
		Procedure:   rapid.SampledFrom([]string{"P1", "P2", "P3", "P4"}).Draw(t, "procedure"),
		Received:    rcv,
		Online:      rapid.Bool().Draw(t, "online"),
		FeeDue:      rapid.Bool().Draw(t, "fee"),
		Supplements: rapid.IntRange(0, 3).Draw(t, "supplements"),
		Filed:       rapid.IntRange(0, 6).Draw(t, "filed"),
	}
	if rapid.Bool().Draw(t, "appointment") {
		r.Due = rcv + date.Date(rapid.IntRange(0, 40).Draw(t, "due"))
	} else {
		r.LimitDays = rapid.IntRange(0, 20).Draw(t, "limit")
	}
	switch rapid.IntRange(0, 2).Draw(t, "state") {
	case 0:
		r.End = rcv + date.Date(rapid.IntRange(0, 60).Draw(t, "end"))
	case 1:
		r.Waiting = rcv + date.Date(rapid.IntRange(0, 30).Draw(t, "waiting"))
	}
	r.SupplementDays = rapid.IntRange(0, 10).Draw(t, "supplement days")
	r.Digitised = rapid.IntRange(0, r.Filed).Draw(t, "digitised")
	r.Facts = scorecard.Facts{
		Synchronised: rapid.Bool().Draw(t, "sync"), PaperResult: rapid.Bool().Draw(t, "paper"),
		ElectronicResult: rapid.Bool().Draw(t, "electronic"), PaidOnline: rapid.Bool().Draw(t, "paid"),
		PaidOnNationalPlatform: rapid.Bool().Draw(t, "national"), Reused: rapid.IntRange(0, r.Filed).Draw(t, "reused"),
		FromDataStore: rapid.IntRange(0, r.Filed).Draw(t, "store"), PopulationDatabase: rapid.Bool().Draw(t, "population"),
		Complaint: rapid.Bool().Draw(t, "complaint"),
	}
	return r
}

func genUnit(t *rapid.T) scorecard.UnitFacts {
	u := scorecard.UnitFacts{Procedures: rapid.IntRange(0, 6).Draw(t, "procedures")}
	for _, p := range []string{"P1", "P2", "P3", "P5"}[:rapid.IntRange(0, min(4, u.Procedures)).Draw(t, "online procedures")] {
		u.OnlineProcedures = append(u.OnlineProcedures, p)
	}
	u.FeeProcedures = rapid.IntRange(0, 6).Draw(t, "fee procedures")
	u.OnlinePaymentProcedures = rapid.IntRange(0, u.FeeProcedures).Draw(t, "payable")
	u.CertifiedCopies = rapid.IntRange(0, 50).Draw(t, "copies")
	u.ElectronicCertifiedCopies = rapid.IntRange(0, u.CertifiedCopies).Draw(t, "e-copies")
	u.NationalCount = rapid.Int64Range(0, 50).Draw(t, "national")
	u.PortalCount = rapid.Int64Range(0, 50).Draw(t, "portal")
	u.LastYearTotal = rapid.Int64Range(0, 500).Draw(t, "last year")
	for i := range rapid.IntRange(0, 3).Draw(t, "publications") {
		dec := date.New(2026, time.March, 2) + date.Date(rapid.IntRange(0, 20).Draw(t, "decided"))
		p := scorecard.Publication{Procedure: "P" + string(rune('1'+i)), Decided: dec,
			Effective: dec + date.Date(rapid.IntRange(-5, 40).Draw(t, "effective")), FullContent: rapid.Bool().Draw(t, "full")}
		if rapid.Bool().Draw(t, "public") {
			p.Public = dec + date.Date(rapid.IntRange(0, 20).Draw(t, "public day"))
		}
		u.Publications = append(u.Publications, p)
	}
	return u
}

func genOptions(t *rapid.T) *scorecard.Options {
	return &scorecard.Options{
		Months: rapid.IntRange(0, 12).Draw(t, "months"), OnlineSingleRow: rapid.Bool().Draw(t, "single row"),
		Linear80: rapid.Bool().Draw(t, "linear80"), NoFeedback: scorecard.NoFeedbackRule(rapid.IntRange(0, 1).Draw(t, "no feedback")),
	}
}

// TestScoreProperties: every row's points lie in [0, max]; the groups keep
// their maxima and the total is 100; merging shards gives the same
// scorecard, to the byte, as one pass.
func TestScoreProperties(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		records := rapid.SliceOfN(rapid.Custom(genRecord), 0, 60).Draw(rt, "records")
		u, opts := genUnit(rt), genOptions(rt)
		shards := rapid.IntRange(1, 4).Draw(rt, "shards")
		one := newTally(t)
		parts := make([]*scorecard.Tally, shards)
		for i := range parts {
			parts[i] = newTally(t)
		}
		for i, r := range records {
			if err := one.Add(r); err != nil {
				rt.Fatalf("add %+v: %v", r, err)
			}
			if err := parts[(i*7+3)%shards].Add(r); err != nil {
				rt.Fatal(err)
			}
		}
		for _, p := range parts[1:] {
			if err := parts[0].Merge(p); err != nil {
				rt.Fatal(err)
			}
		}
		a, err := scorecard.Score(one, u, opts)
		if err != nil {
			rt.Fatal(err)
		}
		b, err := scorecard.Score(parts[0], u, opts)
		if err != nil {
			rt.Fatal(err)
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			rt.Fatalf("merged shards differ from one pass:\n%s\n%s", ja, jb)
		}
		for _, i := range a.Indicators {
			if i.Points.IsNegative() || i.Points.GreaterThan(i.Max) {
				rt.Fatalf("row %s: %s outside [0, %s]", i.ID, i.Points, i.Max)
			}
			if i.Ratio.IsNegative() || i.Ratio.GreaterThan(dec("1")) {
				rt.Fatalf("row %s: ratio %s outside [0, 1]", i.ID, i.Ratio)
			}
		}
		if !a.Max.Equal(dec("100")) || a.Points.GreaterThan(a.Max) {
			rt.Fatalf("total %s/%s", a.Points, a.Max)
		}
	})
}

// TestMonotoneInOnTime: one more dossier on time, in place of a late one,
// never lowers a row or the total (monotone in the progress ratio).
func TestMonotoneInOnTime(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		records := rapid.SliceOfN(rapid.Custom(genRecord), 1, 40).Draw(rt, "records")
		late := scorecard.Record{Procedure: "P1", Received: day(time.March, 2), Due: day(time.March, 3), End: day(time.March, 9)}
		onTime := late
		onTime.End = day(time.March, 3)
		score := func(extra scorecard.Record) scorecard.Scorecard {
			tl := newTally(t)
			for _, r := range append(records, extra) {
				if err := tl.Add(r); err != nil {
					rt.Fatal(err)
				}
			}
			s, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
			if err != nil {
				rt.Fatal(err)
			}
			return s
		}
		a, b := score(late), score(onTime)
		for k := range a.Indicators {
			if a.Indicators[k].Points.GreaterThan(b.Indicators[k].Points) {
				rt.Fatalf("row %s fell from %s to %s", a.Indicators[k].ID, a.Indicators[k].Points, b.Indicators[k].Points)
			}
		}
	})
}

// TestRowsMonotoneInRatio: each row's points are monotone in its ratio.
// Two unrelated months are drawn and scored under the same options; every
// row that both score by the same formula gives at least as many points to
// the month with the larger (or equal) ratio, and equal points to equal
// ratios.
func TestRowsMonotoneInRatio(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		opts := genOptions(rt)
		month := func(label string) scorecard.Scorecard {
			tl := newTally(t)
			for _, r := range rapid.SliceOfN(rapid.Custom(genRecord), 0, 30).Draw(rt, label+" records") {
				if err := tl.Add(r); err != nil {
					rt.Fatal(err)
				}
			}
			s, err := scorecard.Score(tl, genUnit(rt), opts)
			if err != nil {
				rt.Fatal(err)
			}
			return s
		}
		a, b := month("a"), month("b")
		for k, x := range a.Indicators {
			y := b.Indicators[k]
			if x.ID != y.ID || x.Formula != y.Formula {
				continue
			}
			if x.Ratio.GreaterThan(y.Ratio) {
				x, y = y, x
			}
			if x.Points.GreaterThan(y.Points) || (x.Ratio.Equal(y.Ratio) && !x.Points.Equal(y.Points)) {
				rt.Fatalf("row %s (%s): ratio %s scores %s, ratio %s scores %s", x.ID, x.Formula, x.Ratio, x.Points, y.Ratio, y.Points)
			}
		}
	})
}
