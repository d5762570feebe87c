package sla

import (
	"testing"
	"time"
	_ "time/tzdata" // America/New_York wherever the tests run

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
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
		if s < stampOf(other) != in.Before(other) {
			t.Fatalf("%v before %v: stamps say %v", in, other, s < stampOf(other))
		}
	})
}

// dayOf and dayOfStamp agree with date.NewAt in the schedule's zone: with
// Vietnam's fixed offset (arithmetic), a fixed offset west of Greenwich,
// Asia/Ho_Chi_Minh (UTC+8 until 1975: arithmetic only from then on) and a
// zone with daylight saving (looked up), inside the calendar's span and
// far outside it.
func TestDayOf(t *testing.T) {
	load := func(name string) *time.Location {
		z, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		return z
	}
	zones := []*time.Location{VietnamZone, time.FixedZone("", -11*3600), load("Asia/Ho_Chi_Minh"), load("America/New_York")}
	fixed := []bool{true, true, true, false}
	scheds := make([]*Schedule, len(zones))
	for i, z := range zones {
		s, err := NewSchedule(holiday.Vietnam(), &ScheduleOptions{Zone: z})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.fixedFrom < s.endUnix; got != fixed[i] {
			t.Fatalf("zone %v: fixed offset = %v, want %v", z, got, fixed[i])
		}
		scheds[i] = s
	}
	// Asia/Ho_Chi_Minh was UTC+8 until 13 June 1975 (IANA time zone
	// database): 16:30 UTC was already the next day there.
	hcm := scheds[2]
	for _, tc := range []struct {
		utc  time.Time
		want date.Date
	}{
		{time.Date(1970, 1, 1, 16, 30, 0, 0, time.UTC), date.New(1970, 1, 2)},
		{time.Date(1975, 6, 1, 16, 30, 0, 0, time.UTC), date.New(1975, 6, 2)},
		{time.Date(1980, 6, 1, 16, 30, 0, 0, time.UTC), date.New(1980, 6, 1)},
		{time.Date(2026, 2, 16, 16, 59, 59, 0, time.UTC), date.New(2026, 2, 16)},
		{time.Date(2026, 2, 16, 17, 0, 0, 0, time.UTC), date.New(2026, 2, 17)},
	} {
		if got := hcm.dayOf(tc.utc); got != tc.want {
			t.Errorf("dayOf(%v) in Asia/Ho_Chi_Minh = %s, want %s", tc.utc, got, tc.want)
		}
		if got := hcm.dayOfStamp(stampOf(tc.utc)); got != tc.want {
			t.Errorf("dayOfStamp(%v) in Asia/Ho_Chi_Minh = %s, want %s", tc.utc, got, tc.want)
		}
	}
	lo := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2250, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	rapid.Check(t, func(t *rapid.T) {
		lo, hi := lo, hi
		if rapid.Bool().Draw(t, "inSpan") {
			lo, hi = time.Date(1999, 12, 30, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2200, 1, 2, 0, 0, 0, 0, time.UTC).Unix()
		}
		i := rapid.IntRange(0, len(zones)-1).Draw(t, "zone")
		// Instants near midnight are the interesting ones.
		sec := rapid.Int64Range(lo, hi).Draw(t, "sec")
		if rapid.Bool().Draw(t, "nearMidnight") { // UTC midnight ± a few hours and a second
			sec = sec/86400*86400 + rapid.Int64Range(-14, 14).Draw(t, "hours")*3600 + rapid.Int64Range(-1, 1).Draw(t, "second")
		}
		in := time.Unix(sec, rapid.Int64Range(0, 999_999_999).Draw(t, "nsec"))
		s := scheds[i]
		want := date.NewAt(in.In(s.zone))
		if got := s.dayOf(in); got != want {
			t.Fatalf("%v in %v: dayOf = %s, want %s", in, s.zone, got, want)
		}
		// The zero stamp, 1970-01-01 00:00 UTC exactly, means "none" and
		// lies outside every calendar (stamp.go): it has no day.
		if got := s.dayOfStamp(stampOf(in)); got != want && !stampOf(in).isZero() {
			t.Fatalf("%v in %v: dayOfStamp = %s, want %s", in, s.zone, got, want)
		}
	})
}
