package scorecard

import (
	"github.com/rickb777/date/v2"
)

// MaxUnitQuarters bounds the units × quarters an [EvaluationBook] keeps.
const MaxUnitQuarters = 100_000

// EvaluationKey names one unit's quarter.
type EvaluationKey struct {
	Unit    string  `json:"unit"`
	Quarter Quarter `json:"quarter"`
}

// EvaluationBook keeps the citizen evaluations of many units, averaged per
// unit per quarter (Circular 01/2018/TT-VPCP Art. 14): one
// [EvaluationTally] per [EvaluationKey]. Books of shards merge exactly.
//
// An EvaluationBook is an accumulator for one goroutine; use it by
// pointer. The zero EvaluationBook is empty and ready to use.
type EvaluationBook struct {
	tallies map[EvaluationKey]*EvaluationTally
	keys    []EvaluationKey
}

// Add counts evaluation e of unit, made on day, in the unit's quarter. An
// empty or too long unit code (over [MaxText] bytes), an unset day, an
// invalid mark or more than [MaxUnitQuarters] keys is an *[InputError],
// and nothing is counted.
func (b *EvaluationBook) Add(unit string, day date.Date, e Evaluation) error {
	if b == nil {
		return invalid("evaluation book", "Add", "a nil EvaluationBook")
	}
	switch {
	case unit == "" || len(unit) > MaxText:
		return invalid("evaluation unit", unit, "want a code of 1 to MaxText bytes")
	case day == 0:
		return invalid("evaluation day", unit, "an unset day")
	}
	var probe EvaluationTally
	if err := probe.Add(e); err != nil {
		return err
	}
	t, err := b.tally(EvaluationKey{Unit: unit, Quarter: QuarterOf(day)})
	if err != nil {
		return err
	}
	return t.Merge(&probe)
}

// tally returns k's tally, adding k in order of first appearance.
func (b *EvaluationBook) tally(k EvaluationKey) (*EvaluationTally, error) {
	if t, ok := b.tallies[k]; ok {
		return t, nil
	}
	if len(b.keys) >= MaxUnitQuarters {
		return nil, tooLarge("evaluation units × quarters", len(b.keys)+1, MaxUnitQuarters)
	}
	if b.tallies == nil {
		b.tallies = map[EvaluationKey]*EvaluationTally{}
	}
	t := &EvaluationTally{}
	b.tallies[k] = t
	b.keys = append(b.keys, k)
	return t, nil
}

// Merge adds the evaluations of o; o is unchanged. A nil receiver or o,
// or a merge that would exceed [MaxUnitQuarters] keys, is an
// *[InputError], and b is then unchanged.
func (b *EvaluationBook) Merge(o *EvaluationBook) error {
	if b == nil || o == nil {
		return invalid("evaluation book", "Merge", "a nil EvaluationBook")
	}
	n := len(b.keys)
	for _, k := range o.keys {
		if _, ok := b.tallies[k]; !ok {
			n++
		}
	}
	if n > MaxUnitQuarters {
		return tooLarge("evaluation units × quarters", n, MaxUnitQuarters)
	}
	for _, k := range o.keys {
		t, _ := b.tally(k)
		_ = t.Merge(o.tallies[k])
	}
	return nil
}

// Result returns the result of unit in quarter q under the Circular's band
// reading ([BandCircular]), and whether any evaluation was counted there.
func (b *EvaluationBook) Result(unit string, q Quarter) (EvaluationResult, bool) {
	return b.ResultWith(unit, q, BandCircular)
}

// ResultWith returns the result of unit in quarter q banded under rule
// ([EvaluationTally.ResultWith]), and whether any evaluation was counted
// there.
func (b *EvaluationBook) ResultWith(unit string, q Quarter, rule BandRule) (EvaluationResult, bool) {
	if b == nil {
		return EvaluationResult{}, false
	}
	t, ok := b.tallies[EvaluationKey{Unit: unit, Quarter: q}]
	if !ok {
		return EvaluationResult{}, false
	}
	return t.ResultWith(rule), true
}

// Keys returns the units' quarters in the order they were first seen.
func (b *EvaluationBook) Keys() []EvaluationKey {
	if b == nil {
		return nil
	}
	return append([]EvaluationKey(nil), b.keys...)
}
