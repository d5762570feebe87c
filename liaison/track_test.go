package liaison_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
)

func TestApplyErrors(t *testing.T) {
	s := schedule(t, nil)
	r, _ := liaison.NewRoute(base())
	received := at(2026, 3, 2, 9, 0)
	tr, _ := r.Track(received, s)
	tr, err := tr.Apply(liaison.Event{Step: "in", Kind: liaison.Started, At: received, Agency: "A"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		e    liaison.Event
		want error
	}{
		{"no instant", liaison.Event{Step: "in", Kind: liaison.Finished, Agency: "A"}, liaison.ErrBadEvent},
		{"bad kind", liaison.Event{Step: "in", At: received, Agency: "A"}, liaison.ErrBadEvent},
		{"unknown step", liaison.Event{Step: "x", Kind: liaison.Started, At: received, Agency: "A"}, liaison.ErrUnknownStep},
		{"wrong agency", liaison.Event{Step: "in", Kind: liaison.Finished, At: received, Agency: "B"}, liaison.ErrWrongAgency},
		{"started twice", liaison.Event{Step: "in", Kind: liaison.Started, At: received, Agency: "A"}, liaison.ErrDuplicateEvent},
		{"finish before start", liaison.Event{Step: "in", Kind: liaison.Finished, At: received.Add(-time.Minute), Agency: "A"}, liaison.ErrOutOfOrder},
		{"predecessor not finished", liaison.Event{Step: "work", Kind: liaison.Started, At: received, Agency: "B"}, liaison.ErrOutOfOrder},
		{"finish without start", liaison.Event{Step: "work", Kind: liaison.Finished, At: received, Agency: "B"}, liaison.ErrOutOfOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tr.Apply(tt.e)
			var ee *liaison.EventError
			if !errors.Is(err, tt.want) || !errors.As(err, &ee) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			st, _ := got.Step("in")
			if !st.Finished.IsZero() || !st.Started.Equal(received) {
				t.Fatal("a refused event changed the tracking")
			}
		})
	}
	done, err := tr.Apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: received.Add(time.Hour), Agency: "A"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := done.Apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: received.Add(2 * time.Hour), Agency: "A"}); !errors.Is(err, liaison.ErrDuplicateEvent) {
		t.Fatalf("finished twice: %v", err)
	}
	if _, err := done.Apply(liaison.Event{Step: "work", Kind: liaison.Started, At: received.Add(30 * time.Minute), Agency: "B"}); !errors.Is(err, liaison.ErrOutOfOrder) {
		t.Fatalf("start before the predecessor finished: %v", err)
	}
	// The receiver of the successful Apply is unchanged too.
	if st, _ := tr.Step("in"); !st.Finished.IsZero() {
		t.Fatal("Apply modified its receiver")
	}
	if _, err := (liaison.Tracking{}).Apply(liaison.Event{}); !errors.Is(err, liaison.ErrInvalid) {
		t.Fatalf("zero tracking: %v", err)
	}
	before := at(2026, 3, 1, 9, 0)
	tr2, _ := r.Track(received, s)
	if _, err := tr2.Apply(liaison.Event{Step: "in", Kind: liaison.Started, At: before, Agency: "A"}); !errors.Is(err, liaison.ErrOutOfOrder) {
		t.Fatalf("start before receipt: %v", err)
	}
}

// The land transfer: the tax authority's step is late, the applicant's
// payment pauses the clock and extends the deadline.
func TestLandTransferPause(t *testing.T) {
	s := schedule(t, nil)
	r := liaisonsample.LandTransfer()
	received := at(2026, 3, 2, 9, 0) // Monday
	tr, _ := r.Track(received, s)
	ev := func(step string, k liaison.EventKind, when time.Time, agency string) {
		t.Helper()
		var err error
		if tr, err = tr.Apply(liaison.Event{Step: step, Kind: k, At: when, Agency: agency}); err != nil {
			t.Fatal(err)
		}
	}
	ev("tiep-nhan", liaison.Started, received, "BP-MOT-CUA")
	ev("tiep-nhan", liaison.Finished, at(2026, 3, 2, 11, 0), "BP-MOT-CUA")
	ev("tham-dinh", liaison.Started, at(2026, 3, 2, 11, 0), "VP-DKDD")
	ev("tham-dinh", liaison.Finished, at(2026, 3, 4, 16, 0), "VP-DKDD")
	ev("xac-dinh-thue", liaison.Started, at(2026, 3, 4, 16, 0), "CO-QUAN-THUE")
	ev("xac-dinh-thue", liaison.Finished, at(2026, 3, 11, 10, 0), "CO-QUAN-THUE") // due 9/3: late
	ev("nop-tien", liaison.Started, at(2026, 3, 11, 10, 0), "")
	ev("nop-tien", liaison.Finished, at(2026, 3, 18, 10, 0), "") // a week paying: not counted
	ev("cap-nhat", liaison.Started, at(2026, 3, 18, 10, 0), "VP-DKDD")
	ev("cap-nhat", liaison.Finished, at(2026, 3, 20, 15, 0), "VP-DKDD")
	ev("tra-ket-qua", liaison.Started, at(2026, 3, 20, 15, 0), "BP-MOT-CUA")
	ev("tra-ket-qua", liaison.Finished, at(2026, 3, 23, 9, 0), "BP-MOT-CUA")

	d, err := tr.Deadline()
	if err != nil {
		t.Fatal(err)
	}
	// 10 working days from Monday 2/3 → Monday 16/3, plus the five working
	// days of the pause [11/3, 18/3) → Monday 23/3.
	if got := d.Due().String(); got != "2026-03-23" {
		t.Fatalf("deadline %s", got)
	}
	if o, _ := tr.Outcome(); o != sla.OnTime {
		t.Fatalf("dossier %s", o)
	}
	step, agency, ok := tr.Responsible()
	if !ok || step != "xac-dinh-thue" || agency != "CO-QUAN-THUE" {
		t.Fatalf("responsible %s %s %v", step, agency, ok)
	}
	var sum sla.Summary[string]
	if n := liaison.CountByAgency(&sum, tr); n != 5 {
		t.Fatalf("counted %d steps", n)
	}
	if c := sum.Get("CO-QUAN-THUE"); c.Late != 1 {
		t.Fatalf("tax counts %+v", c)
	}
	if c := sum.Get("VP-DKDD"); c.Late != 0 || c.Total() != 2 {
		t.Fatalf("land office counts %+v", c)
	}
}

func TestReplanAndSlack(t *testing.T) {
	s := schedule(t, nil)
	r := liaisonsample.BirthRegistrationGroup()
	received := at(2026, 3, 2, 10, 0)
	tr, _ := r.Track(received, s)
	tr, _ = tr.Apply(liaison.Event{Step: "tiep-nhan", Kind: liaison.Started, At: received, Agency: "UBND-XA"})
	// Nothing more happens until Wednesday at 9:00.
	now := at(2026, 3, 4, 9, 0)
	p, err := tr.Replan(now)
	if err != nil {
		t.Fatal(err)
	}
	ks, _ := p.Step("khai-sinh")
	if !ks.Start.Equal(now) || ks.DueDate.String() != "2026-03-04" {
		t.Fatalf("khai-sinh replanned %s → %s", ks.Start, ks.Due)
	}
	if p.Due().String() != "2026-03-06" {
		t.Fatalf("replanned due %s", p.Due())
	}
	slack, err := tr.Slack(now)
	if err != nil || slack != -liaison.StandardDay {
		t.Fatalf("slack %s %v", slack, err)
	}
}

// After the route's 15:00 cut-off, the legal deadline still names the real
// receipt instant, so that its explanation lists the days off between the
// receipt and the next working day (received Friday 28 August 2026 at
// 15:30, before the 29/8–2/9 National Day break, 9441/TB-BNV).
func TestPlanDeadlineKeepsTheReceipt(t *testing.T) {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	received := time.Date(2026, 8, 28, 15, 30, 0, 0, sla.VietnamZone)
	plan, err := liaisonsample.BirthRegistrationGroup().Plan(received, s)
	if err != nil {
		t.Fatal(err)
	}
	d, err := plan.Deadline()
	if err != nil {
		t.Fatal(err)
	}
	if !d.Received().Equal(received) || !d.AfterCutoff() {
		t.Errorf("deadline received %s (after cut-off %v), want %s after the cut-off", d.Received(), d.AfterCutoff(), received)
	}
	e, err := s.Explain(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.English(), "the 15:00 cut-off") {
		t.Errorf("the explanation misses the route's cut-off:\n%s", e.English())
	}
	if !strings.Contains(e.English(), "Tuesday 01/09/2026: National Day") {
		t.Errorf("the explanation misses the break:\n%s", e.English())
	}
}
