package slatest

import (
	"testing"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"pgregory.net/rapid"
)

// The oracle fuzz targets (issue 18.4): a wrong deadline is silent, so the
// fuzzer drives Schedule.Deadline against the slow oracle of this package
// (the laws of CheckDeadline: the receipt day, each counting rule, the
// explanation, monotonicity). scripts/fuzz.sh runs them in CI.

// FuzzDeadlineOracle checks Deadline on the default schedule.
func FuzzDeadlineOracle(f *testing.F) {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		f.Fatal(err)
	}
	o := newOracle(s)
	instants, limits := Instant(s), Limit()
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0})
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		checkDeadline(t, s, o, instants.Draw(t, "received"), limits.Draw(t, "limit"))
	}))
}

// FuzzDeadlineOracleSchedules checks Deadline on generated schedules: odd
// office hours, Saturday receiving sessions, shorter Fridays, cut-offs and
// other zones.
func FuzzDeadlineOracleSchedules(f *testing.F) {
	schedules := Schedule(holiday.Vietnam())
	f.Add([]byte{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0})
	f.Fuzz(rapid.MakeFuzz(func(t *rapid.T) {
		s := schedules.Draw(t, "schedule")
		checkDeadline(t, s, newOracle(s), Instant(s).Draw(t, "received"), Limit().Draw(t, "limit"))
	}))
}
