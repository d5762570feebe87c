package liaison_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
)

// route20 is a 20-step mixed route: receipt, then three parallel branches
// of six steps each, joined by the return.
func route20(tb testing.TB) *liaison.Route {
	spec := liaison.RouteSpec{Code: "R20", Name: "20 bước", Total: sla.WorkingDays(20), Lead: "A0"}
	spec.Steps = append(spec.Steps, liaison.Step{ID: "in", Name: "Tiếp nhận", Agency: "A0", Role: liaison.RoleReceive, Budget: half()})
	var ends []string
	for b := 0; b < 3; b++ {
		prev := "in"
		for k := 0; k < 6; k++ {
			id := fmt.Sprintf("b%d-%d", b, k)
			budget := sla.WorkingDays(k % 3)
			if k == 5 {
				budget = half()
			}
			spec.Steps = append(spec.Steps, liaison.Step{ID: id, Name: id, Agency: fmt.Sprintf("A%d", b+1),
				Role: liaison.RoleAppraise, Budget: budget, After: []string{prev}})
			prev = id
		}
		ends = append(ends, prev)
	}
	spec.Steps = append(spec.Steps, liaison.Step{ID: "out", Name: "Trả kết quả", Agency: "A0", Role: liaison.RoleReturn, Budget: half(), After: ends})
	r, err := liaison.NewRoute(spec)
	if err != nil {
		tb.Fatal(err)
	}
	if r.Len() != 20 {
		tb.Fatalf("%d steps", r.Len())
	}
	return r
}

func BenchmarkPlan20(b *testing.B) {
	r := route20(b)
	s := schedule(b, nil)
	received := at(2026, 3, 2, 10, 0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Plan(received, s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkApply(b *testing.B) {
	r := route20(b)
	s := schedule(b, nil)
	received := at(2026, 3, 2, 10, 0)
	tr, _ := r.Track(received, s)
	tr, _ = tr.Apply(liaison.Event{Step: "in", Kind: liaison.Started, At: received, Agency: "A0"})
	e := liaison.Event{Step: "in", Kind: liaison.Finished, At: received.Add(time.Hour), Agency: "A0"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tr.Apply(e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRoute(b *testing.B) {
	data, _ := route20(b).MarshalJSON()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := liaison.ParseRoute(data); err != nil {
			b.Fatal(err)
		}
	}
}
