package liaison

import "slices"

// stateBlock is the number of steps per block of a [stateVec].
const stateBlock = 64

// stateVec is the per-step state of a [Tracking]: a persistent array, so
// that [Tracking.Apply] returns a new Tracking without copying the state of
// every step. A route of at most stateBlock steps keeps one flat slice,
// copied whole on each change (a few hundred bytes, one allocation); a
// longer route keeps blocks of stateBlock steps, and a change copies the
// index of blocks and the one block it touches: for [MaxSteps] steps about
// 2.3 KB instead of 160 KB. Blocks are never written once shared.
type stateVec struct {
	flat   []stepState
	blocks []*[stateBlock]stepState
	n      int
}

func newStateVec(n int) stateVec {
	if n <= stateBlock {
		return stateVec{flat: make([]stepState, n), n: n}
	}
	all := make([][stateBlock]stepState, (n+stateBlock-1)/stateBlock)
	v := stateVec{blocks: make([]*[stateBlock]stepState, len(all)), n: n}
	for k := range all {
		v.blocks[k] = &all[k]
	}
	return v
}

// at returns the state of step i.
func (v stateVec) at(i int) stepState {
	if v.blocks == nil {
		return v.flat[i]
	}
	return v.blocks[i/stateBlock][i%stateBlock]
}

// with returns v with the state of step i set to s; v is unchanged.
func (v stateVec) with(i int, s stepState) stateVec {
	if v.blocks == nil {
		v.flat = slices.Clone(v.flat)
		v.flat[i] = s
		return v
	}
	v.blocks = slices.Clone(v.blocks)
	b := *v.blocks[i/stateBlock]
	b[i%stateBlock] = s
	v.blocks[i/stateBlock] = &b
	return v
}

// equal reports whether v and o hold the same states.
func (v stateVec) equal(o stateVec) bool {
	if v.n != o.n {
		return false
	}
	for i := range v.n {
		if v.at(i) != o.at(i) {
			return false
		}
	}
	return true
}
