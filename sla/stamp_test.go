package sla

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// A stamp keeps an instant exactly, shows it in the zone it is asked for,
// and orders as the instants do; the zero stamp is the zero time.Time.
func TestStampRoundTrip(t *testing.T) {
	zone := time.FixedZone("ICT", 7*3600)
	if got := stampOf(time.Time{}); !got.isZero() || !got.in(zone).IsZero() {
		t.Fatalf("zero time: stamp %+v, back %v", got, got.in(zone))
	}
	rapid.Check(t, func(t *rapid.T) {
		// From year 1 to far past any calendar, to the nanosecond, in
		// zones east and west.
		sec := rapid.Int64Range(-62135596800+1, 1<<40).Draw(t, "sec")
		nsec := rapid.Int64Range(0, 999_999_999).Draw(t, "nsec")
		off := rapid.IntRange(-12, 14).Draw(t, "offset")
		in := time.Unix(sec, nsec).In(time.FixedZone("", off*3600))
		s := stampOf(in)
		back := s.in(zone)
		if !back.Equal(in) || back != in.In(zone) || s.isZero() {
			t.Fatalf("%v → %+v → %v", in, s, back)
		}
		other := time.Unix(rapid.Int64Range(-62135596800+1, 1<<40).Draw(t, "sec2"), rapid.Int64Range(0, 999_999_999).Draw(t, "nsec2"))
		if s.before(stampOf(other)) != in.Before(other) {
			t.Fatalf("%v before %v: stamps say %v", in, other, s.before(stampOf(other)))
		}
	})
}
