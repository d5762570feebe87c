package liaison_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

func schedule(t testing.TB, opts *sla.ScheduleOptions) *sla.Schedule {
	t.Helper()
	s, err := sla.NewSchedule(holiday.Vietnam(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, sla.VietnamZone)
}

func half() sla.Limit {
	l, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	return l
}

// budgetKind selects the budgets a generated route uses.
type budgetKind int

const (
	wholeDays  budgetKind = iota // 0..3 working days, "Trong ngày" included
	fractional                   // quarter days that are not whole, or 1..8 hours
)

var agencies = []string{"A", "B", "C", "D"}

// genSpec draws a well-formed route spec: step 0 receives, the last step
// returns, every other step has at least one earlier predecessor and one
// later successor. The total is left at the largest budget, [liaison.MaxBudget].
func genSpec(t *rapid.T, kind budgetKind) liaison.RouteSpec {
	n := rapid.IntRange(2, 12).Draw(t, "steps")
	steps := make([]liaison.Step, n)
	hasSucc := make([]bool, n)
	for i := range steps {
		s := liaison.Step{ID: fmt.Sprintf("s%d", i), Name: fmt.Sprintf("Bước %d", i),
			Agency: rapid.SampledFrom(agencies).Draw(t, "agency")}
		switch {
		case i == 0:
			s.Role = liaison.RoleReceive
		case i == n-1:
			s.Role = liaison.RoleReturn
		default:
			s.Role = liaison.Role(rapid.IntRange(int(liaison.RoleAppraise), int(liaison.RoleRegister)).Draw(t, "role"))
		}
		s.Budget = genBudget(t, kind)
		if i > 0 {
			k := rapid.IntRange(1, min(i, 3)).Draw(t, "preds")
			seen := map[int]bool{}
			for j := 0; j < k; j++ {
				p := rapid.IntRange(0, i-1).Draw(t, "pred")
				if !seen[p] {
					seen[p] = true
					s.After = append(s.After, steps[p].ID)
					hasSucc[p] = true
				}
			}
		}
		steps[i] = s
	}
	for j := 0; j < n-1; j++ {
		if !hasSucc[j] {
			steps[n-1].After = append(steps[n-1].After, steps[j].ID)
		}
	}
	total := sla.WorkingDays(int(liaison.MaxBudget / liaison.StandardDay))
	return liaison.RouteSpec{Code: "R", Name: "Tuyến thử", Total: total, Steps: steps}
}

func genBudget(t *rapid.T, kind budgetKind) sla.Limit {
	if kind == wholeDays {
		return sla.WorkingDays(rapid.IntRange(0, 3).Draw(t, "days"))
	}
	if rapid.Bool().Draw(t, "hours") {
		return sla.WorkingHours(rapid.IntRange(1, 8).Draw(t, "h"))
	}
	q := rapid.IntRange(1, 11).Filter(func(q int) bool { return q%4 != 0 }).Draw(t, "quarters")
	l, _ := sla.LimitFromHundredths(int64(q*25), sla.UnitWorkingDays)
	return l
}

// exactRoute builds spec with its total set to the critical path's sum.
func exactRoute(t *rapid.T, spec liaison.RouteSpec) *liaison.Route {
	r, err := liaison.NewRoute(spec)
	if err != nil {
		t.Fatalf("generated route: %v", err)
	}
	w := r.CriticalWork()
	if w%liaison.StandardDay == 0 {
		spec.Total = sla.WorkingDays(int(w / liaison.StandardDay))
	} else {
		spec.Total, err = sla.LimitFromHundredths(int64(w*100/time.Hour), sla.UnitWorkingHours)
		if err != nil {
			t.Fatal(err)
		}
	}
	if r, err = liaison.NewRoute(spec); err != nil {
		t.Fatalf("exact route: %v", err)
	}
	return r
}

// roomyRoute builds spec with its total the critical sum rounded up to
// whole working days.
func roomyRoute(t *rapid.T, spec liaison.RouteSpec) *liaison.Route {
	r, err := liaison.NewRoute(spec)
	if err != nil {
		t.Fatalf("generated route: %v", err)
	}
	days := int((r.CriticalWork() + liaison.StandardDay - 1) / liaison.StandardDay)
	spec.Total = sla.WorkingDays(max(days, 0))
	if r, err = liaison.NewRoute(spec); err != nil {
		t.Fatalf("roomy route: %v", err)
	}
	return r
}

func genInstant(t *rapid.T) time.Time {
	d := date.New(2024, 1, 1) + date.Date(rapid.IntRange(0, 4*365).Draw(t, "day"))
	minute := rapid.IntRange(0, 24*60-1).Draw(t, "minute")
	return d.Time(0, sla.VietnamZone).Add(time.Duration(minute) * time.Minute)
}

// topo returns the route's step IDs with every step after its predecessors.
func topo(r *liaison.Route) []liaison.Step {
	var out []liaison.Step
	done := map[string]bool{}
	for len(out) < r.Len() {
		for s := range r.Steps() {
			if done[s.ID] {
				continue
			}
			ready := true
			for _, a := range s.After {
				ready = ready && done[a]
			}
			if ready {
				done[s.ID] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// runOnTime tracks a dossier through r in which every step starts at its
// hand-over and finishes within its budget, except the step delayed (if
// not ""), which finishes 1–3 days after its due date.
func runOnTime(t *rapid.T, r *liaison.Route, s *sla.Schedule, received time.Time, delayed string) liaison.Tracking {
	tr, err := r.Track(received, s)
	if err != nil {
		t.Fatal(err)
	}
	finish := map[string]time.Time{}
	for _, st := range topo(r) {
		start := received
		for _, a := range st.After {
			if finish[a].After(start) {
				start = finish[a]
			}
		}
		if tr, err = tr.Apply(liaison.Event{Step: st.ID, Kind: liaison.Started, At: start, Agency: st.Agency}); err != nil {
			t.Fatal(err)
		}
		status, err := tr.Step(st.ID)
		if err != nil {
			t.Fatal(err)
		}
		span := status.Due.Sub(start)
		end := start.Add(time.Duration(rapid.Float64Range(0, 1).Draw(t, "progress") * float64(span)))
		if end.After(status.Due) {
			end = status.Due
		}
		if st.ID == delayed {
			end = status.Due.Add(time.Duration(rapid.IntRange(1, 3).Draw(t, "late days")) * 24 * time.Hour)
		}
		finish[st.ID] = end
		if tr, err = tr.Apply(liaison.Event{Step: st.ID, Kind: liaison.Finished, At: end, Agency: st.Agency}); err != nil {
			t.Fatal(err)
		}
	}
	return tr
}
