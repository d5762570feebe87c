package holiday

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/rickb777/date/v2"
)

// The official day-off schedules of 2015–2026 for state agencies, with
// their sources; see data/README.md.
//
//go:embed data/vietnam.csv
var vietnamCSV []byte

// The years the national calendar covers.
const (
	FirstYear = 2000
	LastYear  = 2199
)

var vietnam = sync.OnceValue(func() *Calendar {
	spec, lines, err := parseCSV(vietnamCSV)
	if err != nil {
		panic(fmt.Sprintf("holiday: embedded data/vietnam.csv: %v", err))
	}
	in := inputs{firstYear: FirstYear, lastYear: LastYear, week: mondayToFriday, project: projectVietnam,
		announcements: map[int]Announcement{}, local: map[date.Date]SpecialDay{}}
	if err := in.add(spec); err != nil {
		panic(fmt.Sprintf("holiday: embedded data/vietnam.csv: %v (%v)", err, lines))
	}
	c, err := build(in)
	if err != nil {
		panic(fmt.Sprintf("holiday: building the national calendar: %v", err))
	}
	return c
})

// Vietnam returns the national working calendar of state agencies, the
// calendar one-stop sections count statutory time limits over:
//
//   - a Monday–Friday working week (Decision 188/1999/QĐ-TTg);
//   - the public holidays of the Labour Code in force each year (2019
//     Art. 112(1) from 2021; 2012 Art. 115 from 1 May 2013; 1994 Art. 73 as
//     amended by Law 84/2007/QH11 before), with Tết and the Hùng Kings'
//     Commemoration Day from the lunar calendar;
//   - compensatory days for holidays on a weekend (2019 Art. 111(3));
//   - the official yearly schedules of 2015–2026 (Tết ranges, swapped days
//     off and Saturdays worked), embedded with their sources;
//   - for other years, a projection from the statutory rules, whose days are
//     marked [SpecialDay.Projected].
//
// It covers 1 January [FirstYear] to 31 December [LastYear]. The calendar is
// built on first use (in well under 50 ms) and shared: it is immutable and
// safe for concurrent use. Add a new year's announcement or local decisions
// with [Calendar.Extend].
//
// Vietnam panics only if the data embedded in the package is broken, which
// the package's tests rule out.
func Vietnam() *Calendar { return vietnam() }
