package reliability

import (
	"fmt"
	"hash/fnv"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// fingerprint summarises what the shared values answer: the national
// calendar (working days over the whole span, its special days and a hash
// of them) and a few deadlines of each shared schedule. Two fingerprints
// differ if anything shared was changed.
func fingerprint(sh shared) string {
	cal := holiday.Vietnam()
	first, last := cal.Span()
	n, err := cal.WorkingDaysBetween(first, last)
	specials := cal.SpecialDays(first, last+1)
	h := fnv.New64a()
	for _, s := range specials {
		fmt.Fprintf(h, "%d|%s|%s|%s|%s|%v\n", s.Date, s.Kind, s.NameVI, s.NameEN, s.Source, s.Projected)
	}
	out := fmt.Sprintf("vietnam %p: %s..%s, %d working days (%v), %d special days, hash %x, week %v",
		cal, first, last, n, err, len(specials), h.Sum64(), cal.WorkingWeekdays())
	if sh.cal != nil && sh.cal != cal {
		out += " (shared calendar is not Vietnam())"
	}
	received := date.New(2026, time.February, 13).Time(clock.New(16, 0, 0, 0), time.FixedZone("ICT", 7*3600))
	for i, s := range sh.scheds {
		for _, l := range loadLimits {
			d, err := s.Deadline(received, l)
			out += fmt.Sprintf("\n  schedule %d %s: %s %v", i, l, d, err)
		}
		out += fmt.Sprintf(" cut-off %s, day %s, zone %s", s.Cutoff(), s.DayLength(), s.Zone())
	}
	return out
}
