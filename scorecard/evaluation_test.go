package scorecard_test

import (
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/scorecard"
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
