package liaison

import "github.com/motcua/motcua/internal/enum"

// Mode is how a route distributes the dossier between agencies (Decree
// 61/2018/NĐ-CP Art. 19(6)): sequentially, in the order the one-stop unit
// fixes (paper dossiers), or in parallel, sent to all participating
// agencies at once with a lead agency that joins their results (electronic
// dossiers), or a mix of both.
//
// A route's Mode is derived from its graph ([Route.Mode]), never stated, so
// it cannot contradict the steps. Mode is a small comparable value; its
// zero value [ModeUnknown] is invalid. Wire codes are stable.
type Mode uint8

const (
	// ModeUnknown is the zero Mode. It is invalid.
	ModeUnknown Mode = iota
	// Sequential: the steps form a single chain.
	Sequential
	// Parallel: a single stage where several steps run at once, all fed by
	// the previous stage and all feeding the next; otherwise a chain.
	Parallel
	// Mixed: any other graph — several parallel stages, or branches of
	// different lengths.
	Mixed
)

var modes = enum.Table[Mode]{
	Type:  "Mode",
	Names: []string{ModeUnknown: "unknown", Sequential: "sequential", Parallel: "parallel", Mixed: "mixed"},
	Codes: []string{Sequential: "sequential", Parallel: "parallel", Mixed: "mixed"},
	Fail:  codeFail,
}

var modeVietnamese = []string{ModeUnknown: "không xác định", Sequential: "tuần tự", Parallel: "song song", Mixed: "kết hợp"}

// String returns the mode's English name ("parallel", the same as its
// wire code), "unknown", or "%!Mode(n)". It is the same as [Mode.English].
func (m Mode) String() string { return modes.String(m) }

// English returns the English name of m, as [Mode.String] does.
func (m Mode) English() string { return modes.String(m) }

// Vietnamese returns "tuần tự", "song song", "kết hợp" or "không xác định",
// or the String fallback for a value outside the constants.
func (m Mode) Vietnamese() string { return vietnamese(modeVietnamese, modes.String, m) }

// IsValid reports whether m is Sequential, Parallel or Mixed.
func (m Mode) IsValid() bool { return modes.IsValid(m) }

// MarshalText implements [encoding.TextMarshaler] with the stable codes
// "sequential", "parallel" and "mixed"; an invalid Mode is a *[CodeError].
func (m Mode) MarshalText() ([]byte, error) { return modes.MarshalText(m) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly
// the codes of [Mode.MarshalText], anything else being a *[CodeError]
// wrapping [ErrCode]. On error *m is unchanged.
func (m *Mode) UnmarshalText(b []byte) error { return modes.UnmarshalText(m, b) }

// deriveMode classifies the graph of r (preds, succs and order set).
func deriveMode(r *Route) Mode {
	chain := true
	for i := range r.steps {
		if len(r.preds[i]) > 1 || len(r.succs[i]) > 1 {
			chain = false
			break
		}
	}
	if chain && len(r.order) > 0 {
		sources := 0
		for i := range r.steps {
			if len(r.preds[i]) == 0 {
				sources++
			}
		}
		if sources == 1 {
			return Sequential
		}
	}
	// Levels: the longest distance in edges from a source.
	level := make([]int, len(r.steps))
	maxLevel := 0
	for _, i := range r.order {
		for _, p := range r.preds[i] {
			level[i] = max(level[i], level[p]+1)
		}
		maxLevel = max(maxLevel, level[i])
	}
	width := make([]int, maxLevel+1)
	for _, l := range level {
		width[l]++
	}
	wide := 0
	for _, w := range width {
		if w > 1 {
			wide++
		}
	}
	for i := range r.steps {
		for _, p := range r.preds[i] {
			if level[i] != level[p]+1 {
				return Mixed
			}
		}
	}
	if wide == 1 {
		// Every step of the wide stage must be fed by all of the previous
		// stage and feed all of the next (a stage of width 1 on each side,
		// since only one stage is wide).
		return Parallel
	}
	return Mixed
}
