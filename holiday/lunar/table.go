package lunar

import (
	"fmt"
	"sync"

	"github.com/rickb777/date/v2"
)

// This file builds, once, the immutable tables that the fast conversions
// index: the first day of every lunar month in the covered span, the label
// (year, month, leap) of every month, and the leap month of every year.

const (
	// MinYear is the first lunar year covered: the span starts at Tết MinYear.
	MinYear = 1900
	// MaxYear is the last lunar year covered: the span ends on the day
	// before Tết MaxYear+1.
	MaxYear = 2199

	numYears = MaxYear - MinYear + 1

	// bucketShift sets the size of the FromSolar index buckets (32 days).
	// A bucket is at most 32 days long and a month at least 29, so a
	// bucket meets at most three months.
	bucketShift = 5
)

// tables is the precomputed calendar. It is built once and never modified,
// so it may be read from any number of goroutines.
type tables struct {
	first date.Date // Tết MinYear
	end   date.Date // Tết MaxYear+1, the first day after the span

	// start[i] is the first day (a date.Date) of month i of the span;
	// start[len(start)-1] is Tết MaxYear+1, a sentinel.
	start []int32
	// info[i] labels month i: (year-MinYear)<<5 | month<<1 | leap.
	info []uint16
	// yearFirst[y-MinYear] is the index of month 1 of lunar year y; it has
	// an extra final entry for MaxYear+1 (the sentinel month).
	yearFirst []uint16
	// leap[y-MinYear] is the leap month of lunar year y, or 0.
	leap []uint8
	// bucket[j] is the index of the month containing the day
	// first + j<<bucketShift.
	bucket []uint16
}

var (
	tablesOnce sync.Once
	tbl        *tables
)

// getTables returns the calendar tables, building them on first use.
func getTables() *tables {
	tablesOnce.Do(func() { tbl = buildTables() })
	return tbl
}

// monthLabel is the name of one lunar month while the tables are built.
type monthLabel struct {
	year, month int
	leap        bool
}

// buildTables computes the calendar from the astronomical functions.
//
// It lists the new moons (month starts, as civil days at UTC+7) from
// autumn 1899 to early 2201, and for each month start the sun's sector
// (a twelfth of the ecliptic between two major solar terms) at the start of
// that day. Month i contains a major term if and only if the sector changes
// between the start of month i and the start of month i+1. The month that
// contains the winter solstice (the sun reaching 270°) is month 11. When 13
// months, not 12, separate one month 11 from the next, the first of them
// without a major term is the leap month, and takes the number of the month
// before it.
//
// It panics if the result breaks the calendar's invariants (every month has
// 29 or 30 days, every year 12 or 13 months); that would be a bug in this
// package, not a condition callers can cause.
func buildTables() *tables {
	kFirst := lunationNear(int(date.New(1899, 10, 1)) + jdnOffset)
	kLast := lunationNear(int(date.New(2201, 3, 1))+jdnOffset) + 1
	n := kLast - kFirst + 1

	days := make([]int, n)  // JDN of the first day of each month
	terms := make([]int, n) // unwrapped count of major terms passed at that day's start
	for i := range n {
		days[i] = newMoonDay(kFirst + i)
		s := sunSectorAtDayStart(days[i])
		if i == 0 {
			terms[i] = s
			continue
		}
		prev := terms[i-1] % 12
		terms[i] = terms[i-1] + (s-prev+12)%12
	}

	// Months that contain the winter solstice (major term 270°, sector 9).
	var month11 []int
	for i := 0; i+1 < n; i++ {
		for t := terms[i] + 1; t <= terms[i+1]; t++ {
			if t%12 == 9 {
				month11 = append(month11, i)
			}
		}
	}
	if len(month11) < numYears+2 {
		panic("lunar: internal error: too few winter solstices found")
	}
	if y, m, _ := date.Date(days[month11[0]] - jdnOffset).Date(); y != MinYear-1 || m < 11 {
		panic(fmt.Sprintf("lunar: internal error: first month 11 starts in %d-%02d", y, m))
	}

	// Label every month from month 11 of MinYear-1 to the month before
	// month 11 of MaxYear+1.
	labels := make([]monthLabel, n)
	for p := 0; p < numYears+1; p++ {
		a, b := month11[p], month11[p+1]
		leapAt := -1
		switch b - a {
		case 12:
		case 13:
			for i := a + 1; i < b; i++ {
				if terms[i+1] == terms[i] {
					leapAt = i
					break
				}
			}
			if leapAt < 0 {
				panic("lunar: internal error: leap year without a month lacking a major term")
			}
		default:
			panic(fmt.Sprintf("lunar: internal error: %d months between winter solstices", b-a))
		}
		l := monthLabel{year: MinYear - 1 + p, month: 11}
		for i := a; i < b; i++ {
			if i > a {
				if i == leapAt {
					l.leap = true
				} else {
					l.leap = false
					l.month++
					if l.month == 13 {
						l.month, l.year = 1, l.year+1
					}
				}
			}
			labels[i] = l
		}
	}

	t := &tables{
		yearFirst: make([]uint16, numYears+1),
		leap:      make([]uint8, numYears),
	}
	firstIdx, endIdx := -1, -1
	for i := month11[0]; i < month11[numYears+1]; i++ {
		l := labels[i]
		if l.month == 1 && !l.leap {
			switch l.year {
			case MinYear:
				firstIdx = i
			case MaxYear + 1:
				endIdx = i
			}
		}
	}
	if firstIdx < 0 || endIdx < 0 {
		panic("lunar: internal error: span ends not found")
	}
	nm := endIdx - firstIdx
	t.start = make([]int32, nm+1)
	t.info = make([]uint16, nm)
	for j := 0; j <= nm; j++ {
		i := firstIdx + j
		t.start[j] = int32(days[i] - jdnOffset)
		if j == nm {
			break
		}
		l := labels[i]
		if ln := days[i+1] - days[i]; ln != 29 && ln != 30 {
			panic(fmt.Sprintf("lunar: internal error: month of %d days", ln))
		}
		var lp uint16
		if l.leap {
			lp = 1
			t.leap[l.year-MinYear] = uint8(l.month)
		}
		t.info[j] = uint16(l.year-MinYear)<<5 | uint16(l.month)<<1 | lp
		if l.month == 1 && !l.leap {
			t.yearFirst[l.year-MinYear] = uint16(j)
		}
	}
	t.yearFirst[numYears] = uint16(nm)
	for y := range numYears {
		count := int(t.yearFirst[y+1]) - int(t.yearFirst[y])
		want := 12
		if t.leap[y] != 0 {
			want = 13
		}
		if count != want {
			panic(fmt.Sprintf("lunar: internal error: year %d has %d months", MinYear+y, count))
		}
	}
	t.first = date.Date(t.start[0])
	t.end = date.Date(t.start[nm])

	spanDays := int(t.end - t.first)
	t.bucket = make([]uint16, (spanDays>>bucketShift)+1)
	m := 0
	for j := range t.bucket {
		d := int32(t.first) + int32(j<<bucketShift)
		for m+1 < nm && t.start[m+1] <= d {
			m++
		}
		t.bucket[j] = uint16(m)
	}
	return t
}

// monthAt returns the index of the month containing day d, which must lie
// in the span.
func (t *tables) monthAt(d date.Date) int {
	i := int(t.bucket[int(d-t.first)>>bucketShift])
	for date.Date(t.start[i+1]) <= d {
		i++
	}
	return i
}
