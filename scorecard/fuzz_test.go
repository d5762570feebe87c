package scorecard_test

import (
	"testing"

	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
)

// FuzzTallyAdd feeds arbitrary records (a vendor's import) to a tally: no
// panic; a refused record changes nothing; an accepted one keeps every
// row's points within [0, max].
func FuzzTallyAdd(f *testing.F) {
	f.Add("P", int64(20514), int64(20517), int64(20516), int64(0), 0, 0, 0, 2, 2, 1, 0, true, true)
	f.Add("", int64(-5), int64(0), int64(1<<40), int64(3), -1, 1000, 5, 1001, 2, 3, 4, false, false)
	f.Fuzz(func(t *testing.T, code string, rcv, due, end, waiting int64, limit, supps, suppDays, filed, digitised, reused, store int, online, fee bool) {
		r := scorecard.Record{Procedure: code, Received: date.Date(rcv), Due: date.Date(due), End: date.Date(end), Waiting: date.Date(waiting),
			LimitDays: limit, Supplements: supps, SupplementDays: suppDays, Filed: filed, Digitised: digitised, Online: online, FeeDue: fee,
			Facts: scorecard.Facts{Reused: reused, FromDataStore: store, PaidOnline: fee}}
		tl := newTally(t)
		before, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := tl.Add(r); err != nil {
			after, err2 := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
			if err2 != nil || !after.Points.Equal(before.Points) || after.Finished != before.Finished {
				t.Fatalf("a refused record changed the tally: %v", err)
			}
			return
		}
		s, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range s.Indicators {
			if i.Points.IsNegative() || i.Points.GreaterThan(i.Max) {
				t.Fatalf("row %s: %s of %s", i.ID, i.Points, i.Max)
			}
		}
	})
}
