package liaison_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
)

// chainSpec is a route of n steps in a single chain, every budget "Trong
// ngày": the longest route the limits allow is of this shape.
func chainSpec(n int) liaison.RouteSpec {
	spec := liaison.RouteSpec{Code: "CHAIN", Name: "Chuỗi", Total: sla.WorkingDays(1), Steps: make([]liaison.Step, n)}
	for i := range spec.Steps {
		s := liaison.Step{ID: "s" + strconv.Itoa(i), Name: "Bước", Agency: "A", Role: liaison.RoleAppraise, Budget: sla.SameDay()}
		switch i {
		case 0:
			s.Role = liaison.RoleReceive
		case n - 1:
			s.Role = liaison.RoleReturn
		}
		if i > 0 {
			s.After = []string{spec.Steps[i-1].ID}
		}
		spec.Steps[i] = s
	}
	return spec
}

// denseSpec is a route of n steps where each step follows the k steps
// before it (all of them when k ≥ n): the densest graph of n steps.
func denseSpec(n, k int) liaison.RouteSpec {
	spec := chainSpec(n)
	for i := range spec.Steps {
		spec.Steps[i].After = nil
		for j := max(0, i-k); j < i; j++ {
			spec.Steps[i].After = append(spec.Steps[i].After, spec.Steps[j].ID)
		}
	}
	return spec
}

// cycleSpec is chainSpec(n) with its first appraisal step made to follow
// the step before the return: a cycle of n-2 steps.
func cycleSpec(n int) liaison.RouteSpec {
	spec := chainSpec(n)
	spec.Steps[1].After = append(spec.Steps[1].After, spec.Steps[n-2].ID)
	return spec
}

func specJSON(tb testing.TB, spec liaison.RouteSpec) []byte {
	type step struct {
		ID     string   `json:"id"`
		Name   string   `json:"name"`
		Agency string   `json:"agency"`
		Role   string   `json:"role"`
		Budget string   `json:"budget"`
		After  []string `json:"after,omitempty"`
	}
	w := struct {
		Code  string `json:"code"`
		Name  string `json:"name"`
		Total string `json:"total"`
		Steps []step `json:"steps"`
	}{Code: spec.Code, Name: spec.Name, Total: spec.Total.String()}
	for _, s := range spec.Steps {
		role, _ := s.Role.MarshalText()
		w.Steps = append(w.Steps, step{s.ID, s.Name, s.Agency, string(role), s.Budget.String(), s.After})
	}
	data, err := json.Marshal(w)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func BenchmarkApply10000(b *testing.B) {
	r, err := liaison.NewRoute(chainSpec(10000))
	if err != nil {
		b.Fatal(err)
	}
	received := at(2026, 3, 2, 10, 0)
	tr, _ := r.Track(received, schedule(b, nil))
	tr, _ = tr.Apply(liaison.Event{Step: "s0", Kind: liaison.Started, At: received, Agency: "A"})
	e := liaison.Event{Step: "s0", Kind: liaison.Finished, At: received.Add(time.Hour), Agency: "A"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tr.Apply(e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRouteDense(b *testing.B) {
	for _, c := range []struct{ n, k int }{{2000, 100}, {2000, 2000}} {
		data := specJSON(b, denseSpec(c.n, c.k))
		b.Run(fmt.Sprintf("steps=%d/after=%d/bytes=%d", c.n, c.k, len(data)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				liaison.ParseRoute(data)
			}
		})
	}
}

func BenchmarkNewRouteCycle(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		spec := cycleSpec(n)
		b.Run(fmt.Sprintf("steps=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := liaison.NewRoute(spec); err == nil {
					b.Fatal("cycle accepted")
				}
			}
		})
	}
}
