package sla

import (
	"iter"
	"slices"

	"github.com/shopspring/decimal"
)

// Counts holds how many dossiers of one group (an agency, a field, a month,
// or the whole province) were resolved with each [Outcome]. Reports print
// them as percentages, for example "73,20 % trước hạn, 15,87 % đúng hạn".
//
// The grades are those of Circular 01/2018/TT-VPCP Art. 13 and the DVCQG
// index specification (secondary source); see [Outcome]. LateApologised
// counts dossiers that were late against the original due date although an
// apology letter and re-appointment were sent (form 04, Decree
// 61/2018/NĐ-CP Art. 19(9)); they are late for statistics and are kept
// apart only so reports can show them separately. The late share of a
// group is Late + LateApologised.
//
// Unknown counts invalid outcomes that were added (usually
// [OutcomeUnknown]: a dossier without a finishing or due date), so that
// nothing is silently dropped. Unknown is not part of [Counts.Total] and has
// no share in the percentages.
//
// Counts is a plain comparable value: copy it freely and compare it with
// ==. Its methods never modify the receiver and are safe for concurrent
// use. The zero Counts is an empty group. The fields are never negative
// when built with [Counts.Add] and [Counts.Merge]; results for hand-made
// negative counts are meaningless.
type Counts struct {
	// Early is the number of dossiers finished before the due date.
	Early int64
	// OnTime is the number of dossiers finished on the due date.
	OnTime int64
	// Late is the number of dossiers finished after the due date, without
	// an apology letter.
	Late int64
	// LateApologised is the number of dossiers finished after the original
	// due date, with an apology letter and re-appointment.
	LateApologised int64
	// Unknown is the number of invalid outcomes added; it is excluded from
	// Total and from the percentages.
	Unknown int64
}

// inc adds one dossier of outcome o to c in place.
func (c *Counts) inc(o Outcome) {
	switch o {
	case Early:
		c.Early++
	case OnTime:
		c.OnTime++
	case Late:
		c.Late++
	case LateApologised:
		c.LateApologised++
	default:
		c.Unknown++
	}
}

// Add returns c with one more dossier of outcome o. An invalid outcome
// (OutcomeUnknown or out of range) increments Unknown. c is unchanged.
func (c Counts) Add(o Outcome) Counts {
	c.inc(o)
	return c
}

// Merge returns the field-by-field sum of c and o. Merge is associative and
// commutative, with the zero Counts as identity.
func (c Counts) Merge(o Counts) Counts {
	return Counts{
		Early:          c.Early + o.Early,
		OnTime:         c.OnTime + o.OnTime,
		Late:           c.Late + o.Late,
		LateApologised: c.LateApologised + o.LateApologised,
		Unknown:        c.Unknown + o.Unknown,
	}
}

// Total returns the number of resolved dossiers counted: Early + OnTime +
// Late + LateApologised. Unknown is excluded.
func (c Counts) Total() int64 {
	return c.Early + c.OnTime + c.Late + c.LateApologised
}

// Count returns the number of dossiers counted with outcome o. For an
// invalid o (OutcomeUnknown or out of range) it returns Unknown, the field
// that [Counts.Add] increments for such outcomes.
func (c Counts) Count(o Outcome) int64 {
	switch o {
	case Early:
		return c.Early
	case OnTime:
		return c.OnTime
	case Late:
		return c.Late
	case LateApologised:
		return c.LateApologised
	default:
		return c.Unknown
	}
}

// Percent returns the share of outcome o in [Counts.Total], in percent,
// rounded half up to two decimals: 7320 early of 10000 gives 73.20, 1 of 3
// gives 33.33 and 2 of 3 gives 66.67. It is computed exactly in integer
// arithmetic, never through float64.
//
// Percent returns zero when Total is zero, and for an invalid o: unknown
// outcomes are outside Total and have no share of it. Because each share
// is rounded on its own, the four shares may add up to 100 ± 0.02 rather
// than exactly 100. Format the result with [FormatPercent].
func (c Counts) Percent(o Outcome) decimal.Decimal {
	if !o.IsValid() {
		return decimal.Zero
	}
	return percentOf(c.Count(o), c.Total())
}

// OnTimeOrEarlyPercent returns the on-time rate ("tỷ lệ đúng hạn") as
// reports give it: (Early + OnTime) / Total, in percent, rounded half up to
// two decimals like [Counts.Percent]. It is zero when Total is zero.
func (c Counts) OnTimeOrEarlyPercent() decimal.Decimal {
	return percentOf(c.Early+c.OnTime, c.Total())
}

// percentSmall bounds the operands of the int64 fast path of percentOf so
// that 2*n*10000 + total cannot overflow.
const percentSmall = 1 << 40

// percentOf returns 100*n/total rounded half up (away from zero) to two
// decimals, or zero if total <= 0.
func percentOf(n, total int64) decimal.Decimal {
	if total <= 0 {
		return decimal.Zero
	}
	if n >= 0 && n < percentSmall && total < percentSmall {
		// Hundredths of a percent: n*10000/total, rounded half up.
		return decimal.New((2*n*10000+total)/(2*total), -2)
	}
	return decimal.NewFromInt(n).Shift(2).DivRound(decimal.NewFromInt(total), 2)
}

// Summary holds the [Counts] of dossiers grouped by a key of any
// comparable type K: an agency code, a field, a month, or a struct of
// those. It also keeps the grand total over all keys.
//
// Summary is an accumulator and is NOT safe for concurrent use: while one
// goroutine adds to a Summary, no other goroutine may use it. Concurrent
// reads (Get, Total, Len, Keys, SortedKeys, All) without a writer are safe.
// To summarise in parallel, build one Summary per goroutine or shard and
// combine them with [Summary.Merge]: because Merge is associative and
// commutative, merging the shards in any order gives the same result as
// adding every dossier to a single Summary.
//
// The zero Summary is empty and ready to use, like [bytes.Buffer]; it
// allocates on the first Add. Use it through a pointer and do not copy a
// non-empty Summary: copies would share storage. Keys are kept in the order
// they were first added (or first merged in), which makes Keys and All
// deterministic.
//
// A key is present once something was counted under it: adding an invalid
// outcome records the key with Unknown = 1, but adding the zero Counts
// records nothing.
type Summary[K comparable] struct {
	index  map[K]int // key -> position in keys and counts
	keys   []K       // keys in first-added order
	counts []Counts  // counts[i] belongs to keys[i]
	total  Counts
}

// slot returns the position of key, adding the key with zero Counts if it
// is new.
func (s *Summary[K]) slot(key K) int {
	if i, ok := s.index[key]; ok {
		return i
	}
	if s.index == nil {
		s.index = make(map[K]int)
	}
	i := len(s.keys)
	s.index[key] = i
	s.keys = append(s.keys, key)
	s.counts = append(s.counts, Counts{})
	return i
}

// Add counts one dossier with outcome o under key. An invalid outcome is
// counted in Unknown. Adding to an existing key does not allocate.
func (s *Summary[K]) Add(key K, o Outcome) {
	i := s.slot(key)
	s.counts[i].inc(o)
	s.total.inc(o)
}

// AddCounts adds the counts c under key, for example counts read from a
// report of a lower level. Adding the zero Counts does nothing.
func (s *Summary[K]) AddCounts(key K, c Counts) {
	if c == (Counts{}) {
		return
	}
	i := s.slot(key)
	s.counts[i] = s.counts[i].Merge(c)
	s.total = s.total.Merge(c)
}

// Merge adds every key and count of other into s; other is unchanged and
// shares no storage with s afterwards. Keys new to s are appended in
// other's order. A nil other is a no-op; s.Merge(s) doubles every count.
// Merge must not run concurrently with any use of s, nor with writes to
// other.
func (s *Summary[K]) Merge(other *Summary[K]) {
	if other == nil {
		return
	}
	n := len(other.keys) // other may be s: fix the bounds first.
	for i := 0; i < n; i++ {
		s.AddCounts(other.keys[i], other.counts[i])
	}
}

// Get returns the counts of key, or the zero Counts if nothing was counted
// under it. It works on a nil *Summary.
func (s *Summary[K]) Get(key K) Counts {
	if s == nil {
		return Counts{}
	}
	if i, ok := s.index[key]; ok {
		return s.counts[i]
	}
	return Counts{}
}

// Total returns the sum of the counts of all keys. It works on a nil
// *Summary.
func (s *Summary[K]) Total() Counts {
	if s == nil {
		return Counts{}
	}
	return s.total
}

// Len returns the number of keys. It works on a nil *Summary.
func (s *Summary[K]) Len() int {
	if s == nil {
		return 0
	}
	return len(s.keys)
}

// Keys returns a new slice of the keys. Callers must not rely on the
// order; it is currently the order in which keys were first added. Use
// [Summary.SortedKeys] for reports.
func (s *Summary[K]) Keys() []K {
	if s == nil {
		return nil
	}
	return slices.Clone(s.keys)
}

// SortedKeys returns a new slice of the keys sorted by cmp, which must be
// a strict weak ordering as for [slices.SortFunc] (for example
// [strings.Compare] or [cmp.Compare]). Keys that compare equal keep the
// order in which they were first added.
func (s *Summary[K]) SortedKeys(cmp func(a, b K) int) []K {
	keys := s.Keys()
	slices.SortStableFunc(keys, cmp)
	return keys
}

// All returns an iterator over the keys and their counts, in the same
// order as [Summary.Keys]. The Summary must not be modified during the
// iteration. It works on a nil *Summary.
func (s *Summary[K]) All() iter.Seq2[K, Counts] {
	return func(yield func(K, Counts) bool) {
		if s == nil {
			return
		}
		for i := 0; i < len(s.keys); i++ {
			if !yield(s.keys[i], s.counts[i]) {
				return
			}
		}
	}
}

// Reset empties s but keeps its storage, so that summarising again with
// the same keys does not allocate.
func (s *Summary[K]) Reset() {
	clear(s.index)
	clear(s.keys) // drop references held by K for the garbage collector
	s.keys = s.keys[:0]
	s.counts = s.counts[:0]
	s.total = Counts{}
}
