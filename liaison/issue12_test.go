package liaison_test

// Regressions of issue 12 (hardening) for liaison: items 6 (hour budgets
// overflowing the route's work arithmetic) and 8 (no size limits: a cycle
// of 10,000 steps built its error with +=, a dense route of 2,000 steps
// parsed in seconds, Tracking.Apply on a 10,000-step route allocated
// 164 KB a call).

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
)

// hoursRoute is base() with the work step's budget and the total in
// working hours, as JSON for ParseRoute (the path procedure.Parse and
// dossier headers take).
func hoursRoute(t *testing.T, step, total int) []byte {
	t.Helper()
	spec := base()
	spec.Steps[0].Budget, spec.Steps[2].Budget = sla.SameDay(), sla.SameDay()
	spec.Steps[1].Budget = sla.WorkingHours(step)
	spec.Total = sla.WorkingHours(total)
	return specJSON(t, spec)
}

func TestHourBudgetsDoNotOverflow(t *testing.T) {
	// Before: a 30,000-hour step under a 1-hour total was accepted, with a
	// negative critical path, and Plan put its due date years before the
	// receipt; totals of 25,621–87,600 h were refused with a nonsense
	// excess.
	for _, c := range []struct {
		name        string
		step, total int
	}{
		{"30000 h step under a 1 h total", 30000, 1},
		{"87600 h step under an 87600 h total", 87600, 87600},
		{"25621 h step and total", 25621, 25621},
		{"2001 h step under a 2001 h total", 2001, 2001},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := liaison.ParseRoute(hoursRoute(t, c.step, c.total))
			var re *liaison.RouteError
			if r != nil || !errors.Is(err, liaison.ErrBadBudget) || !errors.As(err, &re) {
				t.Fatalf("got %v, %v; want a *RouteError wrapping ErrBadBudget", r, err)
			}
			if !strings.Contains(err.Error(), "maximum of 250 working days") {
				t.Errorf("message %q does not name the maximum", err)
			}
		})
	}
	// At the maximum: accepted, counted exactly, planned forwards.
	r, err := liaison.ParseRoute(hoursRoute(t, 2000, 2000))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.CriticalWork(); got != liaison.MaxBudget {
		t.Errorf("CriticalWork = %v, want %v", got, liaison.MaxBudget)
	}
	received := at(2026, 3, 2, 10, 0)
	p, err := r.Plan(received, schedule(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	for st := range p.Steps() {
		if st.Due.Before(st.Start) || st.Start.Before(received) {
			t.Errorf("step %s planned %v → %v, before its start or the receipt", st.ID, st.Start, st.Due)
		}
	}
	if y := p.At().Year(); y != 2027 {
		t.Errorf("2,000 working hours from March 2026 end in %d, want 2027", y)
	}
	// Over the total by a large amount: the excess is right.
	spec := base()
	spec.Total = sla.WorkingHours(1)
	spec.Steps[1].Budget = sla.WorkingHours(2000)
	_, err = liaison.NewRoute(spec)
	var ob *liaison.OverBudgetError
	if !errors.As(err, &ob) || ob.Excess != ob.Sum-time.Hour || ob.Sum != 2000*time.Hour+liaison.StandardDay {
		t.Errorf("over budget: %v (%+v)", err, ob)
	}
}

func TestSizeLimits(t *testing.T) {
	tests := []struct {
		name  string
		run   func() error
		field string
	}{
		{"too many steps", func() error { _, err := liaison.NewRoute(chainSpec(liaison.MaxSteps + 1)); return err }, "steps"},
		{"too many predecessors", func() error {
			_, err := liaison.NewRoute(denseSpec(liaison.MaxPredecessors+2, liaison.MaxPredecessors+1))
			return err
		}, "after"},
		{"a dense route of 2,000 steps (3 s before)", func() error { _, err := liaison.NewRoute(denseSpec(2000, 2000)); return err }, "after"},
		{"JSON too long", func() error {
			_, err := liaison.ParseRoute([]byte(`{"code":"` + strings.Repeat("x", liaison.MaxRouteJSON) + `"}`))
			return err
		}, "json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			var re *liaison.RouteError
			if !errors.Is(err, liaison.ErrTooLarge) || !errors.As(err, &re) || re.Field != tt.field {
				t.Fatalf("got %v; want a *RouteError on %q wrapping ErrTooLarge", err, tt.field)
			}
			if len(err.Error()) > 300 {
				t.Errorf("message of %d bytes", len(err.Error()))
			}
		})
	}
	// At the limits: accepted.
	if _, err := liaison.NewRoute(chainSpec(liaison.MaxSteps)); err != nil {
		t.Errorf("MaxSteps steps: %v", err)
	}
	if _, err := liaison.NewRoute(denseSpec(liaison.MaxPredecessors+1, liaison.MaxPredecessors)); err != nil {
		t.Errorf("MaxPredecessors predecessors: %v", err)
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestLongCycleErrorIsBounded(t *testing.T) {
	// Before: the cycle was joined with +=, 1 GB for 10,000 steps.
	var err error
	n := allocated(func() { _, err = liaison.NewRoute(cycleSpec(10000)) })
	var re *liaison.RouteError
	if !errors.Is(err, liaison.ErrCycle) || !errors.As(err, &re) {
		t.Fatalf("got %v; want ErrCycle", err)
	}
	if len(err.Error()) > 512 || !strings.Contains(re.Value, "(9998 steps)") || !strings.HasPrefix(re.Value, "s1 → s2 → ") {
		t.Errorf("cycle quoted as %q (%d bytes)", re.Value, len(err.Error()))
	}
	if n > 32<<20 {
		t.Errorf("a 10,000-step cycle allocated %d MB", n>>20)
	}
}

func TestDenseRouteIsLinear(t *testing.T) {
	// Before: each step's predecessors were checked for duplicates in
	// O(k²) and the steps sorted in O(n²); a dense route of 2,000 steps
	// took 3 s. The allocation of a route twice as long is at most about
	// twice as much (measured by allocation, not time).
	small := specJSON(t, denseSpec(1000, liaison.MaxPredecessors))
	large := specJSON(t, denseSpec(2000, liaison.MaxPredecessors))
	parse := func(data []byte) func() {
		return func() {
			if _, err := liaison.ParseRoute(data); err != nil {
				t.Fatal(err)
			}
		}
	}
	a, b := allocated(parse(small)), allocated(parse(large))
	if ratio := float64(b) / float64(a) * float64(len(small)) / float64(len(large)); ratio > 1.5 {
		t.Errorf("allocation per input byte grows %.2f× from %d to %d bytes", ratio, len(small), len(large))
	}
}

func TestApplyDoesNotCopyEveryStep(t *testing.T) {
	// Before: Apply cloned the state of every step, 164 KB a call on a
	// 10,000-step route.
	r, err := liaison.NewRoute(chainSpec(liaison.MaxSteps))
	if err != nil {
		t.Fatal(err)
	}
	received := at(2026, 3, 2, 10, 0)
	tr, _ := r.Track(received, schedule(t, nil))
	const calls = 200
	n := allocated(func() {
		for k := range calls {
			var err error
			tr, err = tr.Apply(liaison.Event{Step: "s" + itoa(k), Kind: liaison.Started, At: received, Agency: "A"})
			if err != nil {
				t.Fatal(err)
			}
			if tr, err = tr.Apply(liaison.Event{Step: "s" + itoa(k), Kind: liaison.Finished, At: received, Agency: "A"}); err != nil {
				t.Fatal(err)
			}
		}
	})
	if per := n / (2 * calls); per > 4<<10 {
		t.Errorf("Apply allocates %d bytes a call on a %d-step route", per, liaison.MaxSteps)
	}
	st, err := tr.Step("s199")
	if err != nil || st.Finished.IsZero() {
		t.Errorf("s199: %+v, %v", st, err)
	}
}

func itoa(k int) string { return strconv.Itoa(k) }

func TestParseRouteAtTheSizeLimit(t *testing.T) {
	// The worst shapes at MaxRouteJSON: the most steps (short names), and
	// a dense graph. Everything allocated while parsing bounds the peak heap.
	chain := specJSON(t, chainSpec(liaison.MaxSteps))
	dense := specJSON(t, denseSpec(4000, liaison.MaxPredecessors))
	for _, data := range [][]byte{chain, dense} {
		if len(data) > liaison.MaxRouteJSON {
			t.Fatalf("%d bytes over the limit", len(data))
		}
		var err error
		n := allocated(func() { _, err = liaison.ParseRoute(data) })
		if err != nil {
			t.Fatal(err)
		}
		if n > 64<<20 {
			t.Errorf("parsing %d bytes allocated %d MB", len(data), n>>20)
		}
		t.Logf("%d bytes: %.1f MB allocated", len(data), float64(n)/(1<<20))
	}
}

// Issue 12.22: lienthong printed "early" and "apologised with a new date"
// for the same dossier, because it apologised for any late step. A late
// step whose delay the route's slack absorbs is scored (Responsible names
// it) but the dossier is not overdue, so no apology is due.
func TestLateStepAbsorbedIsNotOverdue(t *testing.T) {
	s := schedule(t, nil)
	r := liaisonsample.BirthRegistrationGroup()
	tr, _ := r.Track(at(2026, 3, 2, 9, 0), s) // deadline Thursday 5 March
	for _, e := range []liaison.Event{
		{Step: "tiep-nhan", Kind: liaison.Started, At: at(2026, 3, 2, 9, 0), Agency: "UBND-XA"},
		{Step: "tiep-nhan", Kind: liaison.Finished, At: at(2026, 3, 2, 9, 30), Agency: "UBND-XA"},
		{Step: "khai-sinh", Kind: liaison.Started, At: at(2026, 3, 2, 9, 30), Agency: "UBND-XA"},
		{Step: "khai-sinh", Kind: liaison.Finished, At: at(2026, 3, 2, 11, 0), Agency: "UBND-XA"},
		{Step: "thuong-tru", Kind: liaison.Started, At: at(2026, 3, 2, 11, 0), Agency: "CONG-AN-XA"},
		{Step: "bhyt", Kind: liaison.Started, At: at(2026, 3, 2, 11, 0), Agency: "BHXH-TINH"},
		{Step: "bhyt", Kind: liaison.Finished, At: at(2026, 3, 3, 11, 0), Agency: "BHXH-TINH"},
		{Step: "thuong-tru", Kind: liaison.Finished, At: at(2026, 3, 5, 10, 0), Agency: "CONG-AN-XA"}, // due 4 March
		{Step: "tra-ket-qua", Kind: liaison.Started, At: at(2026, 3, 5, 10, 0), Agency: "UBND-XA"},
	} {
		var err error
		if tr, err = tr.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	if overdue, err := tr.Overdue(at(2026, 3, 5, 10, 0)); overdue || err != nil {
		t.Errorf("before the return: overdue %v, %v", overdue, err)
	}
	tr, _ = tr.Apply(liaison.Event{Step: "tra-ket-qua", Kind: liaison.Finished, At: at(2026, 3, 5, 10, 30), Agency: "UBND-XA"})
	step, _, ok := tr.Responsible()
	overdue, err := tr.Overdue(at(2026, 3, 5, 11, 0))
	if o, _ := tr.Outcome(); step != "thuong-tru" || !ok || overdue || err != nil || o != sla.OnTime {
		t.Errorf("Responsible %q %v, Overdue %v %v, Outcome %v", step, ok, overdue, err, o)
	}
}

// Issue 12.9 for routes: a receipt or an event on a day outside the
// calendar was accepted, and the tracking could then not be judged. Both
// are refused, and the holiday error stays reachable.
func TestInstantsOutsideTheCalendar(t *testing.T) {
	s := schedule(t, nil)
	r, _ := liaison.NewRoute(base())
	if _, err := r.Track(at(1899, 12, 31, 9, 0), s); !errors.Is(err, liaison.ErrSchedule) || !errors.Is(err, holiday.ErrOutOfSpan) {
		t.Errorf("Track in 1899: %v", err)
	}
	tr, _ := r.Track(at(2026, 3, 2, 9, 0), s)
	tr, _ = tr.Apply(liaison.Event{Step: "in", Kind: liaison.Started, At: at(2026, 3, 2, 9, 0), Agency: "A"})
	got, err := tr.Apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: at(2250, 1, 1, 9, 0), Agency: "A"})
	var ee *liaison.EventError
	if !errors.As(err, &ee) || !errors.Is(err, liaison.ErrBadEvent) || !errors.Is(err, holiday.ErrOutOfSpan) || !got.Equal(tr) {
		t.Errorf("Apply in 2250: %v", err)
	}
}

// A path of thousands of year-long budgets goes past the range of a
// Duration: the sum saturates, it never wraps to a negative critical path.
func TestCriticalSumSaturates(t *testing.T) {
	spec := chainSpec(liaison.MaxSteps)
	for i := 1; i < len(spec.Steps)-1; i++ {
		spec.Steps[i].Budget = sla.WorkingDays(250)
	}
	_, err := liaison.NewRoute(spec)
	var ob *liaison.OverBudgetError
	if !errors.As(err, &ob) || ob.Sum != time.Duration(1<<63-1) || ob.Excess <= 0 || len(err.Error()) > 1024 {
		t.Fatalf("got %v (%+v)", err, ob)
	}
	if !strings.Contains(err.Error(), "(10000 steps)") {
		t.Errorf("path not elided: %v", err)
	}
}
