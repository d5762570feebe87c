package scorecard_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/scorecard"
)

// TestProgressRules judges one dossier at a time for March 2026 (last day
// Tuesday 31 March) by the rules of the portal's index specification
// (secondary; Decision 766/QĐ-TTg group 2).
func TestProgressRules(t *testing.T) {
	rcv := day(time.March, 2) // Monday
	rows := []struct {
		name            string
		r               scorecard.Record
		handled, onTime bool
	}{
		{"finished before the appointment: early counts on time",
			scorecard.Record{Received: rcv, Due: day(time.March, 5), End: day(time.March, 4)}, true, true},
		{"finished on the appointment day: on time",
			scorecard.Record{Received: rcv, Due: day(time.March, 5), End: day(time.March, 5)}, true, true},
		{"finished the day after: late",
			scorecard.Record{Received: rcv, Due: day(time.March, 5), End: day(time.March, 6)}, true, false},
		{"one supplement request, finished in time: on time (supplement time already moves the appointment)",
			scorecard.Record{Received: rcv, Due: day(time.March, 20), End: day(time.March, 19), Supplements: 1, SupplementDays: 4}, true, true},
		{"more than one supplement request: late even when early",
			scorecard.Record{Received: rcv, Due: day(time.March, 20), End: day(time.March, 4), Supplements: 2}, true, false},
		{"unfinished, due after the period: in progress within the deadline",
			scorecard.Record{Received: rcv, Due: day(time.April, 2)}, true, true},
		{"unfinished, due on the period's last day: ends on it, on time",
			scorecard.Record{Received: rcv, Due: day(time.March, 31)}, true, true},
		{"unfinished, due the day before the last: late",
			scorecard.Record{Received: rcv, Due: day(time.March, 30)}, true, false},
		{"waiting for a supplement requested before the due date: ends at the request, on time",
			scorecard.Record{Received: rcv, Due: day(time.March, 12), Waiting: day(time.March, 10), Supplements: 1}, true, true},
		{"waiting for a supplement requested after the due date: late",
			scorecard.Record{Received: rcv, Due: day(time.March, 12), Waiting: day(time.March, 13), Supplements: 1}, true, false},
		{"no appointment: 5 working days (3–9 March) − 2 waiting = 3 ≤ 3: on time",
			scorecard.Record{Received: rcv, LimitDays: 3, End: day(time.March, 9), SupplementDays: 2}, true, true},
		{"no appointment: 5 − 2 = 3 > 2: late",
			scorecard.Record{Received: rcv, LimitDays: 2, End: day(time.March, 9), SupplementDays: 2}, true, false},
		{"no appointment, same-day limit finished the same day: on time",
			scorecard.Record{Received: rcv, End: rcv}, true, true},
		{"carried over from February, finished in March on time: counted",
			scorecard.Record{Received: day(time.February, 25), Due: day(time.March, 3), End: day(time.March, 2)}, true, true},
		{"carried over, unfinished and overdue: counted late",
			scorecard.Record{Received: day(time.February, 25), Due: day(time.March, 3)}, true, false},
		{"finished in February: not handled in March",
			scorecard.Record{Received: day(time.February, 20), Due: day(time.February, 27), End: day(time.February, 27)}, false, false},
		{"received in April: not counted",
			scorecard.Record{Received: day(time.April, 1), Due: day(time.April, 3)}, false, false},
		{"never received: not counted", scorecard.Record{Procedure: "P"}, false, false},
	}
	for _, row := range rows {
		tl := newTally(t)
		if err := tl.Add(row.r); err != nil {
			t.Fatalf("%s: %v", row.name, err)
		}
		s, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		p := find(t, s, "2.1")
		onTime, late, handled := p.Inputs[0].Value, p.Inputs[1].Value, p.Inputs[2].Value
		if (handled == 1) != row.handled || (onTime == 1) != (row.handled && row.onTime) || onTime+late != handled {
			t.Errorf("%s: handled %d on time %d late %d; want handled %v on time %v", row.name, handled, onTime, late, row.handled, row.onTime)
		}
	}
}

// TestAverageProcessingTime: shown, not scored: (end − receipt − supplement
// time) in working days over the dossiers finished in the period.
func TestAverageProcessingTime(t *testing.T) {
	tl := newTally(t)
	for _, r := range []scorecard.Record{
		{Received: day(time.March, 2), Due: day(time.March, 20), End: day(time.March, 9), SupplementDays: 1}, // 5 − 1 = 4
		{Received: day(time.March, 2), Due: day(time.March, 20), End: day(time.March, 4)},                    // 2
		{Received: day(time.March, 2), Due: day(time.April, 20)},                                             // unfinished, within the deadline
	} {
		if err := tl.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	s, err := scorecard.Score(tl, scorecard.UnitFacts{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !s.AverageDays.Equal(dec("3")) || s.Finished != 2 {
		t.Errorf("average %s over %d, want 3 over 2", s.AverageDays, s.Finished)
	}
	if !find(t, s, "2.1").Points.Equal(dec("20")) {
		t.Errorf("the average is not scored")
	}
}
