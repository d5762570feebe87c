package liaison_test

import (
	"encoding/json"
	"testing"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
	"pgregory.net/rapid"
)

// A plan whose critical budgets add up exactly to the total is due when sla
// says the procedure is due — for whole working days, and for hours and
// fractional days counted through office hours; with and without the
// route's own 15:00 cut-off (compared with a schedule cut at 15:00).
func TestPlanDueEqualsDeadline(t *testing.T) {
	plain := schedule(t, nil)
	cut := schedule(t, &sla.ScheduleOptions{Cutoff: clock.New(15, 0, 0, 0)})
	rapid.Check(t, func(t *rapid.T) {
		kind := rapid.SampledFrom([]budgetKind{wholeDays, fractional}).Draw(t, "kind")
		spec := genSpec(t, kind)
		ref := plain
		if rapid.Bool().Draw(t, "cutoff") {
			spec.Cutoff = clock.New(15, 0, 0, 0)
			ref = cut
		}
		r := exactRoute(t, spec)
		received := genInstant(t)
		p, err := r.Plan(received, plain)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ref.Deadline(received, r.Total())
		if err != nil {
			t.Fatal(err)
		}
		if p.Due() != want.Due() || !p.At().Equal(want.At()) {
			t.Fatalf("received %s, total %s: plan due %s %s, sla %s %s",
				received, r.Total(), p.Due(), p.At(), want.Due(), want.At())
		}
		legal, err := p.Deadline()
		if err != nil {
			t.Fatal(err)
		}
		if legal.Due() != want.Due() {
			t.Fatalf("Plan.Deadline %s, sla %s", legal.Due(), want.Due())
		}
		if slack, _ := p.Slack(); slack != 0 {
			t.Fatalf("slack %s, want 0", slack)
		}
	})
}

// Finishing every step within its own budget, each starting at its
// hand-over, never makes the dossier late, and no agency is responsible.
func TestOnTimeStepsNeverLate(t *testing.T) {
	s := schedule(t, nil)
	rapid.Check(t, func(t *rapid.T) {
		kind := rapid.SampledFrom([]budgetKind{wholeDays, fractional}).Draw(t, "kind")
		r := roomyRoute(t, genSpec(t, kind))
		tr := runOnTime(t, r, s, genInstant(t), "")
		for st := range tr.Steps() {
			if st.Outcome.IsLate() || !st.Outcome.IsValid() {
				t.Fatalf("step %s: %s", st.ID, st.Outcome)
			}
		}
		o, err := tr.Outcome()
		if err != nil {
			t.Fatal(err)
		}
		if o.IsLate() || !o.IsValid() {
			d, _ := tr.Deadline()
			fin, _ := tr.Finished()
			t.Fatalf("dossier %s: finished %s, deadline %s", o, fin, d)
		}
		if step, _, ok := tr.Responsible(); ok {
			t.Fatalf("responsible %s for an on-time dossier", step)
		}
	})
}

// Delaying one step never makes another agency responsible; when the
// delay makes the dossier late, that step is responsible.
func TestDelayBlamesOnlyTheDelayedStep(t *testing.T) {
	s := schedule(t, nil)
	rapid.Check(t, func(t *rapid.T) {
		r := roomyRoute(t, genSpec(t, wholeDays))
		ids := r.CriticalPath()
		for st := range r.Steps() {
			ids = append(ids, st.ID)
		}
		delayed := rapid.SampledFrom(ids).Draw(t, "delayed")
		tr := runOnTime(t, r, s, genInstant(t), delayed)
		step, agency, ok := tr.Responsible()
		want, _ := r.Step(delayed)
		if ok && (step != delayed || agency != want.Agency) {
			t.Fatalf("delayed %s (%s), responsible %s (%s)", delayed, want.Agency, step, agency)
		}
		if o, _ := tr.Outcome(); o.IsLate() && !ok {
			t.Fatalf("late dossier, delayed %s, nobody responsible", delayed)
		}
	})
}

// JSON is lossless: ParseRoute(Marshal(r)) equals r, and marshals to the
// same bytes.
func TestJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		spec := genSpec(t, rapid.SampledFrom([]budgetKind{wholeDays, fractional}).Draw(t, "kind"))
		spec.Name = rapid.String().Draw(t, "name")
		spec.Source = rapid.String().Draw(t, "source")
		if rapid.Bool().Draw(t, "lead") {
			spec.Lead = spec.Steps[0].Agency
		}
		if rapid.Bool().Draw(t, "cutoff") {
			spec.Cutoff = clock.Clock(rapid.IntRange(1, 24*60).Draw(t, "cutoff")) * clock.Minute
		}
		for i := range spec.Steps {
			spec.Steps[i].Name = rapid.StringN(1, 20, -1).Draw(t, "step name")
			if i > 0 && rapid.Bool().Draw(t, "pause") {
				spec.Steps[i].PausesClock = true
			}
		}
		r := roomyRoute(t, spec)
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := liaison.ParseRoute(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !got.Equal(r) {
			t.Fatalf("round trip changed the route:\n%s", b)
		}
		b2, _ := json.Marshal(got)
		if string(b2) != string(b) {
			t.Fatalf("second marshal differs:\n%s\n%s", b, b2)
		}
	})
}
