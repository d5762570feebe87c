package scorecard_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/scorecard"
	"github.com/motcua/motcua/sla"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// scoreMarch scores March 2026 from records and feedback, with no unit
// facts.
func scoreMarch(t testing.TB, records []scorecard.Record, feedback []scorecard.Feedback) scorecard.Scorecard {
	t.Helper()
	tl := newTally(t)
	for _, r := range records {
		if err := tl.Add(r); err != nil {
			t.Fatalf("add %+v: %v", r, err)
		}
	}
	for _, f := range feedback {
		if err := tl.AddFeedback(f); err != nil {
			t.Fatal(err)
		}
	}
	s, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestFeedbackJudgedAsOfEnd: a feedback is judged as it stood at the
// period's end, so handling it late in April does not improve March (the
// audit's case: received Monday 2 March, handling due Monday 23 March,
// Decree 20/2008/NĐ-CP's 15 working days). Before the fix, March scored
// 0/6 while the feedback was open and 6/6 once it was handled in April.
func TestFeedbackJudgedAsOfEnd(t *testing.T) {
	s := office(t)
	open, err := scorecard.ReceiveFeedback("PAKN-1", at(time.March, 2, 9), s)
	if err != nil {
		t.Fatal(err)
	}
	handled, err := open.Handle(at(time.April, 15, 9))
	if err != nil {
		t.Fatal(err)
	}
	refused, err := open.Refuse(at(time.April, 1, 9))
	if err != nil {
		t.Fatal(err)
	}
	// Information asked in April: at March's end the feedback was open with
	// its first due date (23 March), so late.
	askedLater, err := open.RequestInfo(at(time.April, 2, 9))
	if err != nil {
		t.Fatal(err)
	}
	if askedLater, err = askedLater.ReceiveInfo(at(time.April, 3, 9)); err != nil {
		t.Fatal(err)
	}
	// Information asked in March, received in April: waiting at the end,
	// not counted.
	waiting, err := open.RequestInfo(at(time.March, 4, 9))
	if err != nil {
		t.Fatal(err)
	}
	if waiting, err = waiting.ReceiveInfo(at(time.April, 2, 9)); err != nil {
		t.Fatal(err)
	}
	// Due on the period's last day (received Monday 9 March: due Monday
	// 30 March, not the last day; received Wednesday 11 March: due
	// Wednesday 1 April): neither is late at the end when still open then.
	dueApril, err := scorecard.ReceiveFeedback("PAKN-2", at(time.March, 11, 9), s)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name        string
		f           scorecard.Feedback
		due, onTime int64
	}{
		{"open", open, 1, 0},
		{"handled in April", handled, 1, 0},
		{"refused in April", refused, 1, 0},
		{"information asked in April", askedLater, 1, 0},
		{"waiting for information at the end", waiting, 0, 0},
		{"due 1 April, open", dueApril, 0, 0},
	} {
		r := find(t, scoreMarch(t, nil, []scorecard.Feedback{c.f}), "5.1")
		if r.Inputs[0].Value != c.onTime || r.Inputs[1].Value != c.due {
			t.Errorf("%s: on time %d of %d, want %d of %d", c.name, r.Inputs[0].Value, r.Inputs[1].Value, c.onTime, c.due)
		}
		if c.due == 1 && !r.Points.IsZero() {
			t.Errorf("%s: %s points, want 0", c.name, r.Points)
		}
	}
	// April counts the late handling in April.
	april := dossier.Period{From: day(time.April, 1), To: day(time.May, 1)}
	tl, err := scorecard.NewTally(april, s.Calendar())
	if err != nil {
		t.Fatal(err)
	}
	if err := tl.AddFeedback(handled); err != nil {
		t.Fatal(err)
	}
	sc, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := find(t, sc, "5.1"); r.Inputs[0].Value != 0 || r.Inputs[1].Value != 1 {
		t.Errorf("April: on time %d of %d, want 0 of 1", r.Inputs[0].Value, r.Inputs[1].Value)
	}
}

// TestDossierJudgedAsOfEnd: a dossier received Monday 2 March, due 16
// March (10 working days), whose clock paused on 10 March for a financial
// obligation paid on 6 April: the closed pause then moves its due date
// into April. At March's end the pause was still open and the due date
// 16 March had passed: March judges it late. Summarised as it is now
// (FromDossier, before the fix the only way), March judged it on time — a
// later payment improving a closed month; FromDossierAsOf gives March's
// state.
func TestDossierJudgedAsOfEnd(t *testing.T) {
	s := office(t)
	d := receivedDossier(t, s, procedure.ChannelDirect, at(time.March, 2, 9), 0)
	d, err := d.Transfer(at(time.March, 2, 10), "can-bo")
	if err != nil {
		t.Fatal(err)
	}
	if d, err = d.RequestObligation(at(time.March, 10, 9), "chuyen-vien", dec("500000")); err != nil {
		t.Fatal(err)
	}
	if d, err = d.PayObligation(at(time.April, 6, 9), "cong-dan"); err != nil {
		t.Fatal(err)
	}
	now, err := scorecard.FromDossier(d, s.Calendar(), scorecard.Facts{})
	if err != nil {
		t.Fatal(err)
	}
	if r := find(t, scoreMarch(t, []scorecard.Record{now}, nil), "2.1"); r.Inputs[0].Value != 1 {
		t.Fatalf("the present state (due %s) is on time in March: %+v", now.Due, r.Inputs)
	}
	then, err := scorecard.FromDossierAsOf(d, s, scorecard.Facts{}, march.To)
	if err != nil {
		t.Fatal(err)
	}
	if then.Due != day(time.March, 16) {
		t.Fatalf("as of March's end: %+v, want due 16 March", then)
	}
	if r := find(t, scoreMarch(t, []scorecard.Record{then}, nil), "2.1"); r.Inputs[1].Value != 1 || !r.Points.IsZero() {
		t.Errorf("March as of its end: %+v %s, want late, 0 points", r.Inputs, r.Points)
	}
	if later, err := scorecard.FromDossierAsOf(d, s, scorecard.Facts{}, day(time.May, 1)); err != nil || later != now {
		t.Errorf("as of a day after the last event %+v (%v), want FromDossier's %+v", later, err, now)
	}
	if _, err := scorecard.FromDossierAsOf(d, nil, scorecard.Facts{}, march.To); !errors.Is(err, scorecard.ErrInvalid) {
		t.Errorf("nil schedule: %v", err)
	}
}

// dossierAction is one command a random dossier history tries; a refused
// command is skipped.
var dossierActions = []func(d dossier.Dossier, now time.Time) (dossier.Dossier, error){
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) {
		return d.RequestSupplement(now, "chuyen-vien", []string{"Giấy chứng sinh"}, "")
	},
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) { return d.Supplement(now, "cong-dan") },
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) { return d.Transfer(now, "can-bo") },
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) {
		return d.Decide(now, "lanh-dao", true, "")
	},
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) { return d.Return(now, "can-bo") },
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) {
		return d.Stop(now, "can-bo", "rút hồ sơ")
	},
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) {
		return d.RequestObligation(now, "chuyen-vien", decimal.NewFromInt(500000))
	},
	func(d dossier.Dossier, now time.Time) (dossier.Dossier, error) {
		return d.PayObligation(now, "cong-dan")
	},
}

var feedbackActions = []func(f scorecard.Feedback, now time.Time, ok bool) (scorecard.Feedback, error){
	func(f scorecard.Feedback, now time.Time, _ bool) (scorecard.Feedback, error) {
		return f.RequestInfo(now)
	},
	func(f scorecard.Feedback, now time.Time, _ bool) (scorecard.Feedback, error) {
		return f.ReceiveInfo(now)
	},
	func(f scorecard.Feedback, now time.Time, _ bool) (scorecard.Feedback, error) { return f.Refuse(now) },
	func(f scorecard.Feedback, now time.Time, _ bool) (scorecard.Feedback, error) { return f.Handle(now) },
	func(f scorecard.Feedback, now time.Time, _ bool) (scorecard.Feedback, error) { return f.Publish(now) },
	func(f scorecard.Feedback, now time.Time, ok bool) (scorecard.Feedback, error) {
		return f.Evaluate(now, ok)
	},
}

// history draws a receipt instant between 16 February and 31 March 2026 and
// a list of steps of a few hours to ten days, reaching into April and May.
func history(rt *rapid.T, label string, actions int) (time.Time, [][2]int) {
	start := at(time.February, 16, 8).Add(time.Duration(rapid.IntRange(0, 44*24).Draw(rt, label+" receipt hour")) * time.Hour)
	var steps [][2]int
	for range rapid.IntRange(0, 8).Draw(rt, label+" steps") {
		steps = append(steps, [2]int{rapid.IntRange(0, actions-1).Draw(rt, label+" action"), rapid.IntRange(1, 240).Draw(rt, label+" hours")})
	}
	return start, steps
}

// TestClosedPeriodDoesNotChange: a period's score does not change with
// anything that happens after its end. For random dossier and feedback
// histories reaching past March, March's scorecard from the whole
// histories (FromDossierAsOf, AddFeedback) is the scorecard, to the byte,
// of the histories cut at March's end.
func TestClosedPeriodDoesNotChange(t *testing.T) {
	s := office(t)
	limit := march.To.Time(0, sla.VietnamZone)
	rapid.Check(t, func(rt *rapid.T) {
		var whole, cut []scorecard.Record
		var fWhole, fCut []scorecard.Feedback
		for i := range rapid.IntRange(0, 6).Draw(rt, "dossiers") {
			received, steps := history(rt, "dossier", len(dossierActions))
			ch := procedure.ChannelDirect
			if i%2 == 1 {
				ch = procedure.ChannelOnlineFull
			}
			d := receivedDossier(t, s, ch, received, 0)
			now := received
			for _, st := range steps {
				now = now.Add(time.Duration(st[1]) * time.Hour)
				if next, err := dossierActions[st[0]](d, now); err == nil {
					d = next
				}
			}
			facts := scorecard.Facts{Synchronised: i%3 == 0, Complaint: i%4 == 1}
			r, err := scorecard.FromDossierAsOf(d, s, facts, march.To)
			if err != nil {
				rt.Fatal(err)
			}
			whole = append(whole, r)
			var before []dossier.Event
			for _, e := range d.Events() {
				if e.At.Before(limit) {
					before = append(before, e)
				}
			}
			past, err := dossier.Replay(d.Header(), before, s)
			if err != nil {
				rt.Fatal(err)
			}
			r2, err := scorecard.FromDossier(past, s.Calendar(), facts)
			if err != nil {
				rt.Fatal(err)
			}
			if r != r2 {
				rt.Fatalf("as of the end %+v, cut at the end %+v", r, r2)
			}
			cut = append(cut, r2)
		}
		for i := range rapid.IntRange(0, 6).Draw(rt, "feedback") {
			received, steps := history(rt, "feedback", len(feedbackActions))
			f, err := scorecard.ReceiveFeedback("PAKN-"+string(rune('a'+i)), received, s)
			if err != nil {
				rt.Fatal(err)
			}
			now := received
			for k, st := range steps {
				now = now.Add(time.Duration(st[1]) * time.Hour)
				if next, err := feedbackActions[st[0]](f, now, k%2 == 0); err == nil {
					f = next
				}
			}
			fWhole = append(fWhole, f)
			var before []scorecard.FeedbackEvent
			for _, e := range f.Events() {
				if e.At.Before(limit) {
					before = append(before, e)
				}
			}
			if len(before) == 0 {
				continue // received after the end: nothing in March
			}
			past, err := scorecard.ReplayFeedback(f.ID(), before, s)
			if err != nil {
				rt.Fatal(err)
			}
			fCut = append(fCut, past)
		}
		a, _ := json.Marshal(scoreMarch(t, whole, fWhole))
		b, _ := json.Marshal(scoreMarch(t, cut, fCut))
		if string(a) != string(b) {
			rt.Fatalf("March changed with what happened after it:\nwhole histories %s\ncut at the end  %s", a, b)
		}
	})
}
