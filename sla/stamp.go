package sla

import "time"

// stamp is an instant without its time zone: nanoseconds since the Unix
// epoch, ordered as the instants are and exact from 1678 to 2262 — wider
// than any calendar's span (2000–2199), which every Timeline checks its
// instants against. A value made of stamps holds no pointer, so a slice of
// them is not scanned by the garbage collector, and a Timeline copies
// cheaply. The zero stamp means "none": it is 1970-01-01 UTC, outside every
// calendar. [stamp.in] shows a stamp in a zone again.
type stamp int64

// stampOf returns the stamp of t, which must lie in a calendar's span (or
// be the zero time.Time, whose stamp is zero).
func stampOf(t time.Time) stamp {
	if t.IsZero() {
		return 0
	}
	return stamp(t.UnixNano())
}

func (s stamp) isZero() bool { return s == 0 }

// in returns the instant in the zone; the zero stamp is the zero time.Time.
func (s stamp) in(zone *time.Location) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(0, int64(s)).In(zone)
}

// pauseSpan is a closed [Pause] as two stamps.
type pauseSpan struct {
	from, to stamp
}
