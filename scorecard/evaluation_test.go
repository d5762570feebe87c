package scorecard_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
)

// TestBandOf: the unit bands of Circular 01/2018/TT-VPCP Art. 15, each
// lower edge in the higher band ("từ … điểm trở lên"); exactly 15 is
// Xuất sắc.
func TestBandOf(t *testing.T) {
	rows := []struct {
		total string
		want  scorecard.Band
	}{
		{"18", scorecard.Excellent}, {"15", scorecard.Excellent}, {"14.9", scorecard.Good},
		{"12", scorecard.Good}, {"11.9", scorecard.Fair}, {"9", scorecard.Fair},
		{"8.9", scorecard.Average}, {"6", scorecard.Average}, {"5.9", scorecard.Weak}, {"0", scorecard.Weak},
	}
	for _, r := range rows {
		if got := scorecard.BandOf(dec(r.total)); got != r.want {
			t.Errorf("BandOf(%s) = %s, want %s", r.total, got, r.want)
		}
	}
}

// TestEvaluationTally: each index averaged to one decimal (Art. 14), an
// index without a mark left out, the averages summed and banded.
func TestEvaluationTally(t *testing.T) {
	all := func(m scorecard.Mark) scorecard.Evaluation {
		var e scorecard.Evaluation
		for i := range e.Marks {
			e.Marks[i] = m
		}
		return e
	}
	var tl scorecard.EvaluationTally
	// Three evaluations: 2, 2, 1 on every index except index 9, never
	// rated: each average (5/3 = 1.67 →) 1.7, eight of them: 13.6, Tốt.
	for _, m := range []scorecard.Mark{scorecard.Mark2, scorecard.Mark2, scorecard.Mark1} {
		e := all(m)
		e.Marks[scorecard.IndexOnline] = scorecard.Unrated
		if err := tl.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	r := tl.Result()
	if !r.Averages[0].Equal(dec("1.7")) || r.Rated[scorecard.IndexOnline] || !r.Total.Equal(dec("13.6")) || r.Band != scorecard.Good {
		t.Errorf("result %+v, want averages 1.7, index 9 unrated, total 13.6, Tốt", r)
	}
	// Merging shards gives the same result.
	var a, b scorecard.EvaluationTally
	_ = a.Add(all(scorecard.Mark2))
	_ = b.Add(all(scorecard.Mark1))
	_ = b.Add(all(scorecard.Mark0))
	var one scorecard.EvaluationTally
	for _, m := range []scorecard.Mark{scorecard.Mark2, scorecard.Mark1, scorecard.Mark0} {
		_ = one.Add(all(m))
	}
	if err := a.Merge(&b); err != nil {
		t.Fatal(err)
	}
	if !a.Result().Equal(one.Result()) {
		t.Errorf("merged %+v, one pass %+v", a.Result(), one.Result())
	}
	// 1.0 × 9 = 9: Khá.
	if one.Result().Band != scorecard.Fair {
		t.Errorf("band %s, want fair", one.Result().Band)
	}
	var empty scorecard.EvaluationTally
	if empty.Result().Band != scorecard.BandUnknown {
		t.Error("nothing rated has a band")
	}
	bad := all(scorecard.Mark2)
	bad.Marks[3] = scorecard.Mark(9)
	before := tl.Result()
	var ie *scorecard.InputError
	if err := tl.Add(bad); !errors.Is(err, scorecard.ErrInvalid) || !errors.As(err, &ie) {
		t.Errorf("mark 9: %v", err)
	}
	if !tl.Result().Equal(before) {
		t.Error("a refused evaluation was counted")
	}
	if q := scorecard.QuarterOf(day(time.August, 31)); q.String() != "2026-Q3" {
		t.Errorf("quarter %s", q)
	}
}

// TestBandAbove15: the provincial reading puts exactly 15 in Tốt, and
// changes no other edge.
func TestBandAbove15(t *testing.T) {
	for _, c := range []struct {
		total string
		want  scorecard.Band
	}{{"15", scorecard.Good}, {"15.1", scorecard.Excellent}, {"12", scorecard.Good}, {"9", scorecard.Fair}, {"6", scorecard.Average}, {"5.9", scorecard.Weak}} {
		if got := scorecard.BandAbove15.Band(dec(c.total)); got != c.want {
			t.Errorf("BandAbove15.Band(%s) = %s, want %s", c.total, got, c.want)
		}
	}
}

// TestEvaluationBookMerge: books of shards merge to the one-pass book; a
// refused evaluation counts nothing.
func TestEvaluationBookMerge(t *testing.T) {
	var one, a, b scorecard.EvaluationBook
	for i := range 40 {
		var e scorecard.Evaluation
		for k := range e.Marks {
			e.Marks[k] = scorecard.Mark((i + k) % 4)
		}
		unit := []string{"u1", "u2", "u3"}[i%3]
		d := day(time.January, 1) + date.Date(i*9)
		_ = one.Add(unit, d, e)
		if i%2 == 0 {
			_ = a.Add(unit, d, e)
		} else {
			_ = b.Add(unit, d, e)
		}
	}
	if err := a.Merge(&b); err != nil {
		t.Fatal(err)
	}
	for _, k := range one.Keys() {
		x, _ := one.Result(k.Unit, k.Quarter)
		y, ok := a.Result(k.Unit, k.Quarter)
		if !ok || !x.Equal(y) {
			t.Errorf("%v: merged %+v, one pass %+v", k, y, x)
		}
	}
	if err := one.Add("", day(time.March, 2), scorecard.Evaluation{}); !errors.Is(err, scorecard.ErrInvalid) {
		t.Errorf("empty unit: %v", err)
	}
	n := len(one.Keys())
	if err := one.Add("u9", day(time.March, 2), scorecard.Evaluation{Marks: [scorecard.Indices]scorecard.Mark{7}}); err == nil || len(one.Keys()) != n {
		t.Errorf("a bad mark added a key: %v", err)
	}
}

// TestBandRuleEndToEnd: both band readings of Circular 01/2018/TT-VPCP
// Art. 15 reach a unit's result through the tally and the book. One
// evaluation marking six indices 2 and three 1 sums to exactly 15: Xuất
// sắc under BandCircular ("từ 15 điểm trở lên", the default), Tốt under
// BandAbove15 (the provincial "trên 15 điểm"); 15.1 is Xuất sắc under
// both. Before the fix only BandCircular could be had from a tally.
func TestBandRuleEndToEnd(t *testing.T) {
	var fifteen, above scorecard.Evaluation
	for i := range fifteen.Marks {
		fifteen.Marks[i] = scorecard.Mark2
		above.Marks[i] = scorecard.Mark2
		if i >= 6 {
			fifteen.Marks[i] = scorecard.Mark1
		}
	}
	// Nine as fifteen and one all 2: indices 7–9 average (9 + 2) / 10 =
	// 1.1, the total 12 + 3.3 = 15.3.
	for _, c := range []struct {
		name     string
		evals    []scorecard.Evaluation
		total    string
		circular scorecard.Band
		above15  scorecard.Band
	}{
		{"exactly 15", []scorecard.Evaluation{fifteen}, "15", scorecard.Excellent, scorecard.Good},
		{"15.3", append(slices.Repeat([]scorecard.Evaluation{fifteen}, 9), above), "15.3", scorecard.Excellent, scorecard.Excellent},
	} {
		var tl scorecard.EvaluationTally
		var book scorecard.EvaluationBook
		for _, e := range c.evals {
			if err := tl.Add(e); err != nil {
				t.Fatal(err)
			}
			if err := book.Add("ubnd-xa", day(time.March, 2), e); err != nil {
				t.Fatal(err)
			}
		}
		q := scorecard.QuarterOf(day(time.March, 2))
		bc, _ := book.Result("ubnd-xa", q)
		ba, ok := book.ResultWith("ubnd-xa", q, scorecard.BandAbove15)
		for _, r := range []struct {
			how  string
			got  scorecard.EvaluationResult
			want scorecard.Band
		}{
			{"tally Result", tl.Result(), c.circular},
			{"tally ResultWith(BandCircular)", tl.ResultWith(scorecard.BandCircular), c.circular},
			{"tally ResultWith(BandAbove15)", tl.ResultWith(scorecard.BandAbove15), c.above15},
			{"book Result", bc, c.circular},
			{"book ResultWith(BandAbove15)", ba, c.above15},
		} {
			if !r.got.Total.Equal(dec(c.total)) || r.got.Band != r.want {
				t.Errorf("%s: %s: total %s band %s, want %s %s", c.name, r.how, r.got.Total, r.got.Band, c.total, r.want)
			}
		}
		if !ok {
			t.Errorf("%s: the book has no result", c.name)
		}
	}
}
