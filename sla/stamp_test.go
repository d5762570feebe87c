package sla

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// A stamp keeps an instant of the calendar's years exactly, shows it in
// the zone it is asked for, and orders as the instants do; the zero stamp
// is the zero time.Time.
func TestStampRoundTrip(t *testing.T) {
	zone := time.FixedZone("ICT", 7*3600)
	if got := stampOf(time.Time{}); !got.isZero() || !got.in(zone).IsZero() {
		t.Fatalf("zero time: stamp %d, back %v", got, got.in(zone))
	}
	lo := time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC).Unix() // a day of margin around 2000–2199
	hi := time.Date(2201, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	instant := func(t *rapid.T, label string) time.Time {
		sec := rapid.Int64Range(lo, hi).Draw(t, label+"Sec")
		nsec := rapid.Int64Range(0, 999_999_999).Draw(t, label+"Nsec")
		off := rapid.IntRange(-12, 14).Draw(t, label+"Offset")
		return time.Unix(sec, nsec).In(time.FixedZone("", off*3600))
	}
	rapid.Check(t, func(t *rapid.T) {
		in, other := instant(t, "a"), instant(t, "b")
		s := stampOf(in)
		back := s.in(zone)
		if !back.Equal(in) || back != in.In(zone) || s.isZero() {
			t.Fatalf("%v → %d → %v", in, s, back)
		}
		if s.before(stampOf(other)) != in.Before(other) {
			t.Fatalf("%v before %v: stamps say %v", in, other, s.before(stampOf(other)))
		}
	})
}
