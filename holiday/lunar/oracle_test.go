package lunar

import (
	"math"

	"github.com/rickb777/date/v2"
)

// This file is a slow, table-free reference implementation used only by
// the tests. It follows the published rules directly, one date at a time,
// working with lunation numbers instead of the precomputed month list:
// find the new moon that starts the month of the date, find the months 11
// around it from the winter solstices, and look for the leap month when
// 13 months separate them.

// oracleDayStartLongitude returns the sun's apparent longitude, in
// degrees, at local midnight (UTC+7) starting the day jdn.
func oracleDayStartLongitude(jdn int) float64 {
	ut := float64(jdn) - 0.5 - float64(timeZone)/24
	return sunLongitude(ut + deltaT(jdYear(ut))/86400)
}

// oracleMonth11 returns the lunation number of month 11 of Gregorian year
// y: the last new moon on or before 31 December whose day starts before
// the sun reaches 270°.
func oracleMonth11(y int) int {
	dec31 := int(date.New(y, 12, 31)) + jdnOffset
	k := lunationNear(dec31)
	for newMoonDay(k+1) <= dec31 {
		k++
	}
	for newMoonDay(k) > dec31 {
		k--
	}
	if oracleDayStartLongitude(newMoonDay(k)) >= 270 {
		k--
	}
	return k
}

// oracleLeapOffset returns the offset from month 11 (lunation k11) of the
// first following month that contains no major solar term.
func oracleLeapOffset(k11 int) int {
	sector := func(k int) int { return int(math.Floor(oracleDayStartLongitude(newMoonDay(k)) / 30)) }
	prev := sector(k11 + 1)
	for i := 1; i <= 13; i++ {
		next := sector(k11 + i + 1)
		if next == prev {
			return i
		}
		prev = next
	}
	return -1
}

// oracleFromSolar converts a solar date to a lunar date without tables.
func oracleFromSolar(d date.Date) Date {
	jdn := int(d) + jdnOffset
	k := lunationNear(jdn)
	for newMoonDay(k+1) <= jdn {
		k++
	}
	for newMoonDay(k) > jdn {
		k--
	}
	y := d.Year()
	a, ya := oracleMonth11(y), y
	var b int
	if k >= a {
		b = oracleMonth11(y + 1)
	} else {
		b = a
		a, ya = oracleMonth11(y-1), y-1
	}
	diff := k - a
	month, leap := 11+diff, false
	if b-a == 13 {
		if lo := oracleLeapOffset(a); diff >= lo {
			month--
			leap = diff == lo
		}
	}
	year := ya
	if month > 12 {
		month -= 12
		year++
	}
	return Date{Year: year, Month: month, Day: jdn - newMoonDay(k) + 1, Leap: leap}
}
