package scorecard

import (
	"strconv"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// TestRowBoundaries scores each row of the index at the edges of its
// formula — nothing, below, at and above its threshold (80 %, 50 % or
// 90 %), everything — with the counts set directly, num of den (10 for
// the publication rows, 100 for the others). The points are computed by
// hand from the formulas of Decision 766/QĐ-TTg as the portal's formula
// description gives them (secondary): 6 × 0.79 / 0.8 = 5.925 → 5.93 and
// so on, rounded half up to two decimals.
func TestRowBoundaries(t *testing.T) {
	type setter func(tl *Tally, u *UnitFacts, num, den int64)
	count := func(f func(c *counts) (*int64, *int64)) setter {
		return func(tl *Tally, _ *UnitFacts, num, den int64) {
			n, d := f(&tl.c)
			*d += den
			*n += num
		}
	}
	names := func(n int64, prefix string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = prefix + strconv.Itoa(i)
		}
		return out
	}
	publications := func(onTime, public, full bool) setter {
		return func(_ *Tally, u *UnitFacts, num, den int64) {
			for i := range den {
				ok := i < num
				p := Publication{Procedure: "P", Decided: date.New(2026, time.March, 2), Effective: date.New(2026, time.March, 3), Public: date.New(2026, time.March, 16)}
				if ok && onTime {
					p.Effective = date.New(2026, time.March, 16) // 10 working days before the effect
				}
				if ok && public {
					p.Public = date.New(2026, time.March, 3) // public the next working day
				}
				p.FullContent = ok && full
				u.Publications = append(u.Publications, p)
			}
		}
	}
	type edge struct {
		num    int64
		points string
	}
	linear6 := []edge{{0, "0"}, {1, "0.06"}, {50, "3"}, {80, "4.8"}, {90, "5.4"}, {99, "5.94"}, {100, "6"}}
	rows := []struct {
		id    string
		den   int64
		set   setter
		edges []edge
	}{
		{"1.1", 10, publications(true, false, false), []edge{{0, "0"}, {5, "3"}, {8, "4.8"}, {10, "6"}}},
		{"1.2", 10, publications(false, true, false), []edge{{0, "0"}, {5, "2"}, {8, "3.2"}, {10, "4"}}},
		{"1.3", 10, publications(false, false, true), []edge{{0, "0"}, {5, "1"}, {8, "1.6"}, {10, "2"}}},
		{"1.4", 100, func(tl *Tally, u *UnitFacts, num, den int64) { tl.c.Synchronised, u.NationalCount = num, den }, linear6},
		{"2.1", 100, count(func(c *counts) (*int64, *int64) { return &c.OnTime, &c.Handled }),
			[]edge{{0, "0"}, {50, "10"}, {80, "16"}, {90, "18"}, {99, "19.8"}, {100, "20"}}},
		// min(2, 2A/0.8): full from 80 %.
		{"3.1", 100, func(_ *Tally, u *UnitFacts, num, den int64) {
			u.Procedures, u.OnlineProcedures = int(den), names(num, "P")
		}, []edge{{0, "0"}, {40, "1"}, {79, "1.98"}, {80, "2"}, {81, "2"}, {100, "2"}}},
		{"3.2", 100, func(tl *Tally, u *UnitFacts, num, den int64) {
			u.Procedures, u.OnlineProcedures = int(den), names(den, "P")
			for _, p := range names(num, "P") {
				tl.onlineProcs[p] = struct{}{}
			}
		}, []edge{{0, "0"}, {50, "2"}, {80, "3.2"}, {100, "4"}}},
		// min(6, 6C/0.5): full from 50 %.
		{"3.3", 100, count(func(c *counts) (*int64, *int64) { return &c.OnlineCounted, &c.Received }),
			[]edge{{0, "0"}, {25, "3"}, {49, "5.88"}, {50, "6"}, {51, "6"}, {100, "6"}}},
		{"3.4", 100, count(func(c *counts) (*int64, *int64) { return &c.PaidOnline, &c.FeeDossiers }), linear6},
		// min(2, 2.5B): full from 80 %.
		{"3.5", 100, func(_ *Tally, u *UnitFacts, num, den int64) {
			u.OnlinePaymentProcedures, u.FeeProcedures = int(num), int(den)
		}, []edge{{0, "0"}, {40, "1"}, {79, "1.98"}, {80, "2"}, {81, "2"}, {100, "2"}}},
		{"3.6", 100, count(func(c *counts) (*int64, *int64) { return &c.PaidNational, &c.PaidOnline }),
			[]edge{{0, "0"}, {40, "1"}, {79, "1.98"}, {80, "2"}, {81, "2"}, {100, "2"}}},
		{"4.1", 100, count(func(c *counts) (*int64, *int64) { return &c.ElectronicResults, &c.Finished }), linear6},
		{"4.2", 100, count(func(c *counts) (*int64, *int64) { return &c.Digitised, &c.Filed }),
			[]edge{{0, "0"}, {50, "2"}, {80, "3.2"}, {90, "3.6"}, {100, "4"}}},
		{"4.3", 100, func(_ *Tally, u *UnitFacts, num, den int64) {
			u.ElectronicCertifiedCopies, u.CertifiedCopies = int(num), int(den)
		}, []edge{{0, "0"}, {50, "1"}, {80, "1.6"}, {100, "2"}}},
		// min(2, 2 × ratio / 0.8) and min(4, 4 × ratio / 0.8): full from 80 %.
		{"4.4", 100, count(func(c *counts) (*int64, *int64) { return &c.Reused, &c.Filed }),
			[]edge{{0, "0"}, {40, "1"}, {79, "1.98"}, {80, "2"}, {81, "2"}, {100, "2"}}},
		{"4.5", 100, count(func(c *counts) (*int64, *int64) { return &c.FromDataStore, &c.Filed }),
			[]edge{{0, "0"}, {40, "2"}, {79, "3.95"}, {80, "4"}, {81, "4"}, {100, "4"}}},
		{"4.6", 100, count(func(c *counts) (*int64, *int64) { return &c.Population, &c.Received }),
			[]edge{{0, "0"}, {50, "1"}, {80, "1.6"}, {100, "2"}}},
		{"4.7", 100, func(_ *Tally, u *UnitFacts, num, den int64) {
			u.PopulationIntegrated, u.PopulationProcedures = int(num), int(den)
		}, []edge{{0, "0"}, {50, "1"}, {80, "1.6"}, {100, "2"}}},
		{"5.1", 100, count(func(c *counts) (*int64, *int64) { return &c.FeedbackOnTime, &c.FeedbackDue }), linear6},
		{"5.2", 100, count(func(c *counts) (*int64, *int64) { return &c.FeedbackSatisfied, &c.FeedbackEvaluated }), linear6},
		// 100 % − (late % + complaint %), min(6, 6 × ratio / 0.9): full from
		// 90 %; num dossiers on time of den handled, none complained of.
		{"5.3", 100, func(tl *Tally, _ *UnitFacts, num, den int64) {
			tl.c.Handled, tl.c.OnTime, tl.c.Late, tl.c.Received = den, num, den-num, den
		}, []edge{{0, "0"}, {45, "3"}, {89, "5.93"}, {90, "6"}, {91, "6"}, {100, "6"}}},
	}
	period := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	for _, r := range rows {
		for _, e := range r.edges {
			tl, err := NewTally(period, holiday.Vietnam())
			if err != nil {
				t.Fatal(err)
			}
			var u UnitFacts
			r.set(tl, &u, e.num, r.den)
			s, err := Score(tl, u, nil)
			if err != nil {
				t.Fatalf("row %s, %d of %d: %v", r.id, e.num, r.den, err)
			}
			found := false
			for _, i := range s.Indicators {
				if i.ID != r.id {
					continue
				}
				found = true
				if !i.Points.Equal(decimal.RequireFromString(e.points)) || !i.Applicable {
					t.Errorf("row %s, %d of %d: %s points (applicable %v), want %s", r.id, e.num, r.den, i.Points, i.Applicable, e.points)
				}
			}
			if !found {
				t.Errorf("no row %s", r.id)
			}
		}
	}
}
