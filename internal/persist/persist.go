package persist

import "sync/atomic"

// Owner records how many elements of one backing array have been claimed.
// A nil *Owner owns nothing: the first Append allocates.
type Owner struct {
	used atomic.Int64
}

// Append returns s with v appended, and the owner of the result's backing
// array. s and owner must come from earlier calls (or be nil). It is safe
// to call concurrently on the same s: one caller appends in place, the
// others copy.
func Append[T any](s []T, owner *Owner, v T) ([]T, *Owner) {
	n := len(s)
	if owner != nil && n < cap(s) && owner.used.CompareAndSwap(int64(n), int64(n+1)) {
		s = s[:n+1]
		s[n] = v
		return s, owner
	}
	out := make([]T, n+1, max(4, 2*(n+1)))
	copy(out, s)
	out[n] = v
	o := &Owner{}
	o.used.Store(int64(n + 1))
	return out, o
}

// Own returns the owner of s, a slice that no other value refers to (just
// made and filled by the caller): appends through it reuse the spare
// capacity of s in place.
func Own[T any](s []T) *Owner {
	o := &Owner{}
	o.used.Store(int64(len(s)))
	return o
}
