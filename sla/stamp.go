package sla

import "time"

// stamp is an instant without its time zone, exact to the nanosecond: the
// seconds since the zero time.Time (so that the zero stamp is the zero
// instant) and the nanoseconds. A value made of stamps holds no pointer, so
// a slice of them is not scanned by the garbage collector, and a Timeline
// copies cheaply. [stamp.in] shows it in a zone again.
type stamp struct {
	sec  int64
	nsec int32
}

// zeroUnix is the Unix time of the zero time.Time (0001-01-01 UTC).
const zeroUnix = -62135596800

func stampOf(t time.Time) stamp {
	if t.IsZero() {
		return stamp{}
	}
	return stamp{sec: t.Unix() - zeroUnix, nsec: int32(t.Nanosecond())}
}

func (s stamp) isZero() bool { return s == stamp{} }

// in returns the instant in the zone; the zero stamp is the zero time.Time.
func (s stamp) in(zone *time.Location) time.Time {
	if s.isZero() {
		return time.Time{}
	}
	return time.Unix(s.sec+zeroUnix, int64(s.nsec)).In(zone)
}

func (s stamp) before(o stamp) bool {
	return s.sec < o.sec || s.sec == o.sec && s.nsec < o.nsec
}

// pauseSpan is a closed [Pause] as two stamps.
type pauseSpan struct {
	from, to stamp
}
