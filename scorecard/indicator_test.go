package scorecard_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/motcua/motcua/scorecard"
)

// TestIndicators checks each row of the scenario (helpers_test.go) against
// points computed by hand.
func TestIndicators(t *testing.T) {
	s := scoreScenario(t, nil, true)
	rows := []struct {
		id, points, why string
	}{
		// Decision 766/QĐ-TTg group 1 (portal's formula description, secondary).
		{"1.1", "4.00", "P1 5 and P3 10 working days before the effect, P2 4: 2/3 → 6 × 0.6667"},
		{"1.2", "2.67", "P1 and P2 public on the 5th working day, P3 on the 6th: 2/3 → 4 × 0.6667"},
		{"1.3", "1.33", "P1, P2 full (Decree 63/2010 Art. 8(2)): 2/3 → 2 × 0.6667"},
		{"1.4", "3.60", "3 synchronised ÷ max(4, 5) → 6 × 0.6"},
		// Group 2: r9 late at the month's end, the rest on time.
		{"2.1", "18.00", "9/10 → 20 × 0.9"},
		// Group 3.
		{"3.1", "2.00", "A = 4/5 = 0.8 → min(2, 2 × 0.8 / 0.8)"},
		{"3.2", "2.00", "B = P1, P2 of 4 online services → 4 × 0.5"},
		{"3.3", "2.40", "C = 2/10 (r2's paper result not electronic) → min(6, 6 × 0.2 / 0.5)"},
		{"3.4", "4.50", "3 paid online of 4 fee dossiers → 6 × 0.75"},
		{"3.5", "1.00", "2 of 5 fee procedures payable online → min(2, 2.5 × 0.4)"},
		{"3.6", "1.67", "2 of 3 online payments on the portal → min(2, 2.5 × 0.6667)"},
		// Group 4.
		{"4.1", "1.50", "1 electronic result of 4 finished → 6 × 0.25"},
		{"4.2", "3.00", "15 of 20 documents digitised → 4 × 0.75"},
		{"4.3", "0.60", "3 of 10 certified copies electronic → 2 × 0.3"},
		{"4.4", "0.75", "6 of 20 reused → min(2, 2 × 0.3 / 0.8)"},
		{"4.5", "1.00", "4 of 20 from the data store → min(4, 4 × 0.2 / 0.8)"},
		{"4.6", "1.00", "5 of 10 dossiers used the population database → 2 × 0.5"},
		{"4.7", "1.50", "3 of 4 procedures connected → 2 × 0.75"},
		// Group 5.
		{"5.1", "4.50", "3 of 4 feedback on time (the 4th handled on 24 March, due 23) → 6 × 0.75"},
		{"5.2", "3.00", "1 of 2 evaluations satisfied → 6 × 0.5"},
		{"5.3", "5.33", "100 % − (10 % late + 10 % complaints) = 80 % → min(6, 6 × 0.8 / 0.9)"},
	}
	for _, r := range rows {
		got := find(t, s, r.id)
		if !got.Points.Equal(dec(r.points)) {
			t.Errorf("row %s: points %s, want %s (%s)", r.id, got.Points, r.points, r.why)
		}
	}
	if !s.Points.Equal(dec("65.35")) || !s.Max.Equal(dec("100")) {
		t.Errorf("total %s/%s, want 65.35/100", s.Points, s.Max)
	}
	if !s.AverageDays.Equal(dec("3")) || s.Finished != 4 {
		t.Errorf("average %s days over %d, want 3 over 4 (2 → 5 March)", s.AverageDays, s.Finished)
	}
	wantMax := map[scorecard.Group]string{scorecard.Transparency: "18", scorecard.Progress: "20", scorecard.Online: "22", scorecard.Digitisation: "22", scorecard.Satisfaction: "18"}
	for _, g := range s.Groups {
		if !g.Max.Equal(dec(wantMax[g.Group])) {
			t.Errorf("group %s max %s, want %s (Decision 766/QĐ-TTg)", g.Group, g.Max, wantMax[g.Group])
		}
	}
}

// TestOptions checks the readings where the sources disagree.
func TestOptions(t *testing.T) {
	single := scoreScenario(t, &scorecard.Options{OnlineSingleRow: true}, true)
	if got := find(t, single, "3.1"); !got.Points.Equal(dec("4.8")) || !got.Max.Equal(dec("12")) {
		t.Errorf("single online row: %s/%s, want 4.80/12 (12 × 0.2 / 0.5)", got.Points, got.Max)
	}
	if len(single.Indicators) != 19 || !single.Max.Equal(dec("100")) {
		t.Errorf("single online row: %d rows, max %s; want 19 rows, 100", len(single.Indicators), single.Max)
	}
	linear := scoreScenario(t, &scorecard.Options{Linear80: true}, true)
	if a, b := find(t, linear, "4.4").Points, find(t, linear, "4.5").Points; !a.Equal(dec("0.6")) || !b.Equal(dec("0.8")) {
		t.Errorf("linear digitisation: reuse %s, data store %s; want 0.60 (2 × 0.3), 0.80 (4 × 0.2)", a, b)
	}
	full := scoreScenario(t, nil, false)
	for _, id := range []string{"5.1", "5.2"} {
		if got := find(t, full, id); !got.Points.Equal(dec("6")) || got.Applicable {
			t.Errorf("no feedback, default: row %s %s (applicable %v), want 6 not applicable", id, got.Points, got.Applicable)
		}
	}
	rescale := scoreScenario(t, &scorecard.Options{NoFeedback: scorecard.NoFeedbackRescale}, false)
	for _, id := range []string{"5.1", "5.2"} {
		if got := find(t, rescale, id); !got.Points.Equal(dec("5.33")) {
			t.Errorf("no feedback, rescaled: row %s %s, want 5.33 (row 5.3's share)", id, got.Points)
		}
	}
	// Synchronisation fallback: both counts zero → last year's total 120
	// × months ÷ 12: 10 a month, 30 a quarter, 120 a year; 3 synchronised.
	for _, c := range []struct {
		months int
		want   string
	}{{0, "1.8"}, {1, "1.8"}, {3, "0.6"}, {12, "0.15"}} {
		tl := newTally(t)
		for _, r := range scenario() {
			_ = tl.Add(r)
		}
		u := scenarioUnit()
		u.NationalCount, u.PortalCount, u.LastYearTotal = 0, 0, 120
		s, err := scorecard.Score(tl, u, &scorecard.Options{Months: c.months})
		if err != nil {
			t.Fatal(err)
		}
		if got := find(t, s, "1.4"); !got.Points.Equal(dec(c.want)) {
			t.Errorf("fallback over %d months: %s, want %s", c.months, got.Points, c.want)
		}
	}
	ministry := scenarioUnit()
	ministry.Ministry = true
	tl := newTally(t)
	s, err := scorecard.Score(tl, ministry, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 20 working days before the effect: none; public within 10: all three.
	if a, b := find(t, s, "1.1").Points, find(t, s, "1.2").Points; !a.IsZero() || !b.Equal(dec("4")) {
		t.Errorf("ministry: on time %s, public %s; want 0 and 4", a, b)
	}
}

// TestEmptyTally: nothing to judge scores full points on every row.
func TestEmptyTally(t *testing.T) {
	s, err := scorecard.Score(newTally(t), scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Points.Equal(dec("100")) || len(s.Lost()) != 0 {
		t.Errorf("empty: %s points, %d rows lost; want 100, 0", s.Points, len(s.Lost()))
	}
}

// TestScorecardJSON: the JSON reads back to the same scorecard.
func TestScorecardJSON(t *testing.T) {
	s := scoreScenario(t, &scorecard.Options{Months: 3, NoFeedback: scorecard.NoFeedbackRescale}, true)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back scorecard.Scorecard
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(b2) || back.Vietnamese() != s.Vietnamese() {
		t.Errorf("round trip differs:\n%s\n%s", b, b2)
	}
}

// TestSyncFallback: row 1.4's denominator when the national and portal
// counts are both zero is last year's total × months ÷ 12 (÷ 12 a month,
// ÷ 4 a quarter: the reading of the portal's formula description,
// secondary), divided exactly; with no last year's total either, the
// dossiers received. Before the fix the fallback was truncated to a whole
// count: a total of 11 gave a denominator of 0 and 6/6 with nothing
// synchronised.
func TestSyncFallback(t *testing.T) {
	for _, c := range []struct {
		name        string
		sync, total int64
		months      int
		received    int
		points      string
		applicable  bool
	}{
		{"audit: total 11, a month, none synchronised", 0, 11, 1, 0, "0", true},
		{"total 11, a month, one synchronised: 12/11 ≥ 1", 1, 11, 1, 1, "6", true},
		{"total 5, a quarter (15/12), one synchronised: 0.8", 1, 5, 3, 1, "4.8", true},
		{"total 120, a month (10), 3 synchronised: 0.3", 3, 120, 0, 3, "1.8", true},
		{"total 120, a year, 3 synchronised: 0.025", 3, 120, 12, 3, "0.15", true},
		{"no total: 3 synchronised of 10 received", 3, 0, 1, 10, "1.8", true},
		{"no total: none synchronised of 10 received", 0, 0, 1, 10, "0", true},
		{"nothing received: nothing to judge", 0, 0, 1, 0, "6", false},
	} {
		tl := newTally(t)
		for i := range c.received {
			r := scorecard.Record{Procedure: "P1", Received: day(time.March, 2), Due: day(time.March, 10)}
			r.Facts.Synchronised = int64(i) < c.sync
			if err := tl.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		s, err := scorecard.Score(tl, scorecard.UnitFacts{LastYearTotal: c.total}, &scorecard.Options{Months: c.months})
		if err != nil {
			t.Fatal(err)
		}
		if got := find(t, s, "1.4"); !got.Points.Equal(dec(c.points)) || got.Applicable != c.applicable {
			t.Errorf("%s: %s points (applicable %v), want %s (%v)", c.name, got.Points, got.Applicable, c.points, c.applicable)
		}
	}
}
