package liaison

import "github.com/motcua/motcua/sla"

// CountByAgency adds the outcome of every finished step of t to sum, under
// the step's agency code, and returns how many it added: the per-agency
// statistics of which agencies cause delays (Circular 01/2018/TT-VPCP
// Art. 13 index 2 scores each participating agency's time). Steps that
// pause the clock are the applicant's time and are left out, as are steps
// not finished yet. Summing many trackings gives, per agency, the counts
// and shares of early, on-time and late steps; combine shards with
// [sla.Summary.Merge].
func CountByAgency(sum *sla.Summary[string], t Tracking) int {
	if t.route == nil || sum == nil {
		return 0
	}
	o := newOffice(t.sched)
	n := 0
	for i, s := range t.route.steps {
		if s.PausesClock || t.state.at(i).finished == 0 {
			continue
		}
		st, _ := t.status(&o, i) // out of the calendar's span: OutcomeUnknown, counted as Unknown
		sum.Add(s.Agency, st.Outcome)
		n++
	}
	return n
}
