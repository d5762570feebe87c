package scorecard_test

import (
	"encoding/json"
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

// FuzzReplayFeedback reads a stored feedback log (JSON) and replays it: no
// panic; an accepted log gives back its own log.
func FuzzReplayFeedback(f *testing.F) {
	f.Add([]byte(`[{"kind":"received","at":"2026-03-02T09:00:00+07:00"},{"kind":"handled","at":"2026-03-10T09:00:00+07:00"}]`))
	f.Add([]byte(`[{"kind":"received","at":"2026-03-02T09:00:00+07:00"},{"kind":"info_requested","at":"2026-03-03T09:00:00+07:00"},{"kind":"info_received","at":"2026-03-04T09:00:00+07:00"},{"kind":"handled","at":"2026-03-05T09:00:00+07:00"},{"kind":"evaluated","at":"2026-03-05T09:00:00+07:00","satisfied":true},{"kind":"published","at":"2026-03-06T09:00:00+07:00"}]`))
	f.Add([]byte(`[{"kind":"evaluated","at":"1900-01-01T00:00:00Z"}]`))
	s := office(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var events []scorecard.FeedbackEvent
		if json.Unmarshal(data, &events) != nil {
			return
		}
		fb, err := scorecard.ReplayFeedback("F", events, s)
		if err != nil {
			return
		}
		again, err := scorecard.ReplayFeedback("F", fb.Events(), s)
		if err != nil || !again.Equal(fb) {
			t.Fatalf("the log of a replayed feedback does not replay to it: %v", err)
		}
	})
}
