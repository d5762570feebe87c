package scorecard_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/scorecard"
)

// TestFeedbackDeadlines: working days over the calendar, the day of receipt
// not counted (Civil Code 2015 Art. 147(2)); limits of Decree 20/2008/NĐ-CP
// as amended (15 to handle, 2 to refuse, 5 to ask, 2 to publish).
func TestFeedbackDeadlines(t *testing.T) {
	s := office(t)
	rows := []struct {
		name                               string
		received                           time.Time
		handle, refuse, info, publishAfter string
	}{
		// Monday 2 March 2026: 15 working days → Monday 23 March.
		{"a plain month", at(time.March, 2, 9), "2026-03-23", "2026-03-04", "2026-03-09", "2026-03-12"},
		// Friday 13 February 2026 before Tết (off 14–22 February): the
		// limits run from Monday 23 February.
		{"before Tết 2026", time.Date(2026, time.February, 13, 9, 0, 0, 0, time.UTC).In(s.Zone()), "2026-03-13", "2026-02-24", "2026-02-27", ""},
	}
	for _, r := range rows {
		f, err := scorecard.ReceiveFeedback("F", r.received, s)
		if err != nil {
			t.Fatal(err)
		}
		if f.HandleDue().String() != r.handle || f.RefuseDue().String() != r.refuse || f.InfoDue().String() != r.info {
			t.Errorf("%s: handle %s refuse %s info %s; want %s %s %s", r.name, f.HandleDue(), f.RefuseDue(), f.InfoDue(), r.handle, r.refuse, r.info)
		}
		if r.publishAfter != "" {
			h, err := f.Handle(at(time.March, 10, 9)) // Tuesday → publish by Thursday 12
			if err != nil {
				t.Fatal(err)
			}
			if h.PublishDue().String() != r.publishAfter {
				t.Errorf("%s: publish due %s, want %s", r.name, h.PublishDue(), r.publishAfter)
			}
		}
	}
}

// TestFeedbackInfoRestarts: the handling limit runs again from the
// complete information.
func TestFeedbackInfoRestarts(t *testing.T) {
	f, err := scorecard.ReceiveFeedback("F", at(time.March, 2, 9), office(t))
	if err != nil {
		t.Fatal(err)
	}
	f, err = f.RequestInfo(at(time.March, 4, 9))
	if err != nil {
		t.Fatal(err)
	}
	f, err = f.ReceiveInfo(at(time.March, 9, 9)) // Monday → 15 working days: Monday 30 March
	if err != nil {
		t.Fatal(err)
	}
	if f.HandleDue().String() != "2026-03-30" || f.Status() != scorecard.FeedbackReceived {
		t.Errorf("after the information: due %s status %s, want 2026-03-30 received", f.HandleDue(), f.Status())
	}
}

// TestFeedbackRefusedCommands: a refused command is a *FeedbackError and
// changes nothing.
func TestFeedbackRefusedCommands(t *testing.T) {
	s := office(t)
	f, err := scorecard.ReceiveFeedback("F", at(time.March, 2, 9), s)
	if err != nil {
		t.Fatal(err)
	}
	handled, err := f.Handle(at(time.March, 5, 9))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		run  func() (scorecard.Feedback, error)
		is   error
		from scorecard.Feedback
	}{
		{"publish before handling", func() (scorecard.Feedback, error) { return f.Publish(at(time.March, 3, 9)) }, scorecard.ErrTransition, f},
		{"handle twice", func() (scorecard.Feedback, error) { return handled.Handle(at(time.March, 6, 9)) }, scorecard.ErrTransition, handled},
		{"refuse after handling", func() (scorecard.Feedback, error) { return handled.Refuse(at(time.March, 6, 9)) }, scorecard.ErrTransition, handled},
		{"evaluate before handling", func() (scorecard.Feedback, error) { return f.Evaluate(at(time.March, 3, 9), true) }, scorecard.ErrTransition, f},
		{"publish before the handling instant", func() (scorecard.Feedback, error) { return handled.Publish(at(time.March, 4, 9)) }, scorecard.ErrOutOfOrder, handled},
		{"outside the calendar", func() (scorecard.Feedback, error) {
			return handled.Publish(time.Date(2300, 1, 1, 0, 0, 0, 0, s.Zone()))
		}, scorecard.ErrInvalid, handled},
		{"zero feedback", func() (scorecard.Feedback, error) { return scorecard.Feedback{}.Handle(at(time.March, 3, 9)) }, scorecard.ErrInvalid, scorecard.Feedback{}},
	}
	for _, c := range cases {
		got, err := c.run()
		var fe *scorecard.FeedbackError
		if !errors.Is(err, c.is) || !errors.As(err, &fe) {
			t.Errorf("%s: %v, want a *FeedbackError wrapping %v", c.name, err, c.is)
		}
		if got != c.from {
			t.Errorf("%s: the feedback changed", c.name)
		}
	}
	evaluated, err := handled.Evaluate(at(time.March, 6, 9), true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := evaluated.Evaluate(at(time.March, 7, 9), false); !errors.Is(err, scorecard.ErrTransition) {
		t.Errorf("a second evaluation: %v, want ErrTransition", err)
	}
	// Receipt outside the calendar's span: holiday's error stays reachable.
	_, err = scorecard.ReceiveFeedback("F", time.Date(2300, 1, 1, 9, 0, 0, 0, s.Zone()), s)
	if !errors.Is(err, holiday.ErrOutOfSpan) {
		t.Errorf("receipt out of span: %v, want holiday.ErrOutOfSpan reachable", err)
	}
	for _, id := range []string{"", string(make([]byte, scorecard.MaxText+1))} {
		if _, err := scorecard.ReceiveFeedback(id, at(time.March, 2, 9), s); err == nil {
			t.Errorf("id of %d bytes accepted", len(id))
		}
	}
}

// TestFeedbackTally: how feedback counts in a period.
func TestFeedbackTally(t *testing.T) {
	s := office(t)
	open, err := scorecard.ReceiveFeedback("open", at(time.March, 2, 9), s) // due 23 March, never handled: late at 31 March
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := scorecard.ReceiveFeedback("fresh", at(time.March, 25, 9), s) // due in April: not yet counted
	if err != nil {
		t.Fatal(err)
	}
	tl := newTally(t)
	for _, f := range append(scenarioFeedback(t), open, fresh) {
		if err := tl.AddFeedback(f); err != nil {
			t.Fatal(err)
		}
	}
	sc, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := find(t, sc, "5.1")
	if r.Inputs[0].Value != 3 || r.Inputs[1].Value != 5 {
		t.Errorf("feedback on time %d of %d, want 3 of 5", r.Inputs[0].Value, r.Inputs[1].Value)
	}
	if err := tl.AddFeedback(scorecard.Feedback{}); !errors.Is(err, scorecard.ErrInvalid) {
		t.Errorf("zero feedback: %v", err)
	}
}

// TestFeedbackReplay: the log rebuilds the same feedback, also through
// JSON; a log the commands refuse names its event.
func TestFeedbackReplay(t *testing.T) {
	s := office(t)
	f, _ := scorecard.ReceiveFeedback("F", at(time.March, 2, 9), s)
	f, _ = f.RequestInfo(at(time.March, 3, 9))
	f, _ = f.ReceiveInfo(at(time.March, 5, 9))
	f, _ = f.Handle(at(time.March, 20, 9))
	f, _ = f.Evaluate(at(time.March, 20, 10), true)
	f, err := f.Publish(at(time.March, 23, 9))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range append(scenarioFeedback(t), f) {
		back, err := scorecard.ReplayFeedback(g.ID(), g.Events(), s)
		if err != nil || !back.Equal(g) {
			t.Errorf("%s: replay %v (%v)", g.ID(), back.Events(), err)
		}
		b, err := json.Marshal(g.Events())
		if err != nil {
			t.Fatal(err)
		}
		var events []scorecard.FeedbackEvent
		if err := json.Unmarshal(b, &events); err != nil {
			t.Fatal(err)
		}
		back, err = scorecard.ReplayFeedback(g.ID(), events, s)
		if err != nil || back.Status() != g.Status() || back.HandleDue() != g.HandleDue() || back.PublishDue() != g.PublishDue() {
			t.Errorf("%s: from JSON %v (%v)", g.ID(), back.Events(), err)
		}
		b2, _ := json.Marshal(back.Events())
		if string(b2) != string(b) {
			t.Errorf("%s: JSON %s, then %s", g.ID(), b, b2)
		}
	}
	if _, err := f.RequestInfo(at(time.March, 24, 9)); !errors.Is(err, scorecard.ErrTransition) {
		t.Errorf("a second request for information: %v", err)
	}
	bad := [][]scorecard.FeedbackEvent{
		nil,
		{{Kind: scorecard.FeedbackEventHandled, At: at(time.March, 2, 9)}},
		{{Kind: scorecard.FeedbackEventReceived, At: at(time.March, 2, 9)}, {Kind: scorecard.FeedbackEventPublished, At: at(time.March, 3, 9)}},
		{{Kind: scorecard.FeedbackEventReceived, At: at(time.March, 2, 9)}, {Kind: scorecard.FeedbackEventKind(42), At: at(time.March, 3, 9)}},
		make([]scorecard.FeedbackEvent, scorecard.MaxFeedbackEvents+1),
	}
	for i, events := range bad {
		var fe *scorecard.FeedbackError
		if _, err := scorecard.ReplayFeedback("F", events, s); !errors.As(err, &fe) {
			t.Errorf("bad log %d: %v", i, err)
		}
	}
}

// TestFeedbackWaitingForInfo: a feedback waiting for the sender's
// information is not counted late.
func TestFeedbackWaitingForInfo(t *testing.T) {
	f, err := scorecard.ReceiveFeedback("F", at(time.March, 2, 9), office(t))
	if err != nil {
		t.Fatal(err)
	}
	if f, err = f.RequestInfo(at(time.March, 4, 9)); err != nil {
		t.Fatal(err)
	}
	tl := newTally(t)
	if err := tl.AddFeedback(f); err != nil {
		t.Fatal(err)
	}
	s, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := find(t, s, "5.1"); r.Applicable {
		t.Errorf("a feedback waiting for information was counted: %+v", r.Inputs)
	}
}

// TestFeedbackPublication: the publication of handling results, within
// FeedbackPublishDays (2) working days of the handling, is counted and
// shown, not scored. The scenario: handled 10 March and published 11 March
// (due 12): on time; handled 23 March (due 25) and 24 March (due 26),
// never published: late at the end; refused: nothing to publish. A result
// handled on 30 March (due 1 April) and published on 1 April counts in
// April, on time, not in March.
func TestFeedbackPublication(t *testing.T) {
	s := scoreScenario(t, nil, true)
	if s.FeedbackPublishDue != 3 || s.FeedbackPublishedOnTime != 1 {
		t.Errorf("published on time %d of %d, want 1 of 3", s.FeedbackPublishedOnTime, s.FeedbackPublishDue)
	}
	if !strings.Contains(s.Vietnamese(), "đúng hạn (không tính điểm): 1/3") || !strings.Contains(s.English(), "published on time (not scored): 1 of 3") {
		t.Errorf("the text does not show the publication figures:\n%s", s.English())
	}
	f, err := scorecard.ReceiveFeedback("F", at(time.March, 2, 9), office(t))
	if err != nil {
		t.Fatal(err)
	}
	if f, err = f.Handle(at(time.March, 30, 9)); err != nil {
		t.Fatal(err)
	}
	if f, err = f.Publish(at(time.April, 1, 9)); err != nil {
		t.Fatal(err)
	}
	if m := scoreMarch(t, nil, []scorecard.Feedback{f}); m.FeedbackPublishDue != 0 {
		t.Errorf("March: %d publications due, want 0 (due 1 April)", m.FeedbackPublishDue)
	}
	april := dossier.Period{From: day(time.April, 1), To: day(time.May, 1)}
	tl, err := scorecard.NewTally(april, holiday.Vietnam())
	if err != nil {
		t.Fatal(err)
	}
	if err := tl.AddFeedback(f); err != nil {
		t.Fatal(err)
	}
	a, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.FeedbackPublishDue != 1 || a.FeedbackPublishedOnTime != 1 {
		t.Errorf("April: %d of %d published on time, want 1 of 1", a.FeedbackPublishedOnTime, a.FeedbackPublishDue)
	}
}
