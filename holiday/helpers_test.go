package holiday_test

import (
	"encoding/csv"
	"os"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

// Span of the national calendar, as the tests expect it.
var (
	spanFirst = date.New(holiday.FirstYear, time.January, 1)
	spanLast  = date.New(holiday.LastYear, time.December, 31)
)

// iso parses a strict ISO date for test tables; it panics on a typo in a table.
func iso(s string) date.Date {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic("bad test date " + s + ": " + err.Error())
	}
	return date.NewAt(t)
}

// officialRow is one row of testdata/official_days_off.csv, the research
// file the embedded data was derived from.
type officialRow struct {
	Line   int
	Date   date.Date
	Kind   string
	Name   string
	Source string
}

// readOfficial reads testdata/official_days_off.csv with encoding/csv.
func readOfficial(t testing.TB) []officialRow {
	t.Helper()
	f, err := os.Open("testdata/official_days_off.csv")
	if err != nil {
		t.Fatalf("open official data: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 4
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read official data: %v", err)
	}
	if len(recs) < 2 {
		t.Fatalf("official data: %d records, want a header and rows", len(recs))
	}
	if h := recs[0]; h[0] != "date" || h[1] != "kind" || h[2] != "name" || h[3] != "source" {
		t.Fatalf("official data header = %q, want date,kind,name,source", h)
	}
	var rows []officialRow
	for i, rec := range recs[1:] {
		tm, err := time.Parse(time.DateOnly, rec[0])
		if err != nil {
			t.Fatalf("official data line %d: bad date %q: %v", i+2, rec[0], err)
		}
		rows = append(rows, officialRow{Line: i + 2, Date: date.NewAt(tm), Kind: rec[1], Name: rec[2], Source: rec[3]})
	}
	return rows
}

// wantKind maps a kind of the research file to the package's Kind.
func wantKind(s string) (holiday.Kind, bool) {
	switch s {
	case "holiday":
		return holiday.KindHoliday, true
	case "compensatory":
		return holiday.KindCompensatory, true
	case "swap_off":
		return holiday.KindSwapDayOff, true
	case "swap_workday":
		return holiday.KindSwapWorkday, true
	}
	return holiday.KindUnknown, false
}

// isWeekend reports whether d is a Saturday or a Sunday.
func isWeekend(d date.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// naiveAdd is the oracle for AddWorkingDays: it steps day by day using only
// IsWorkingDay and Contains. ok is false when the walk leaves the span.
func naiveAdd(c *holiday.Calendar, from date.Date, n int) (got date.Date, ok bool) {
	step := date.Date(1)
	if n < 0 {
		step, n = -1, -n
	}
	x := from
	for n > 0 {
		x += step
		if !c.Contains(x) {
			return 0, false
		}
		if c.IsWorkingDay(x) {
			n--
		}
	}
	return x, true
}

// naiveBetween is the oracle for WorkingDaysBetween, by its documented
// definition: for b ≥ a the working days in (a, b]; for b < a minus the
// working days in [b, a).
func naiveBetween(c *holiday.Calendar, a, b date.Date) int {
	n := 0
	if b >= a {
		for x := a + 1; x <= b; x++ {
			if c.IsWorkingDay(x) {
				n++
			}
		}
		return n
	}
	for x := b; x < a; x++ {
		if c.IsWorkingDay(x) {
			n--
		}
	}
	return n
}

// noPanic runs f and turns a panic into a test failure, so that one bad
// input does not abort the whole test binary.
func noPanic(t testing.TB, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v", what, r)
		}
	}()
	f()
}
