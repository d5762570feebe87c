package lunar

import "math"

// This file holds the astronomy: Julian day arithmetic, ΔT, the instant of
// a new moon (Meeus, "Astronomical Algorithms", 2nd ed., chapter 49) and the
// apparent longitude of the sun (Meeus, chapter 25, low-accuracy method).
// Everything here is a pure function of its arguments.

const (
	// timeZone is the offset of the calendar's meridian (105° E) from UT, in hours.
	timeZone = 7

	// jdnOffset converts a date.Date (days since 0001-01-01, proleptic
	// Gregorian) to a Julian Day Number: JDN = int(d) + jdnOffset.
	jdnOffset = 1721426

	// synodicMonth is the mean length of a lunation in days (Meeus eq. 49.1).
	synodicMonth = 29.530588861

	// jde2000 is JDE 2000 January 1.5 TT (J2000.0).
	jde2000 = 2451545.0

	deg = math.Pi / 180
)

// sinDeg returns the sine of an angle given in degrees.
func sinDeg(x float64) float64 { return math.Sin((x - 360*math.Floor(x/360)) * deg) }

// deltaT returns ΔT = TT − UT in seconds for a (fractional) Gregorian year,
// using the polynomial expressions of Espenak and Meeus (2006), as published
// in NASA's "Five Millennium Canon of Solar Eclipses". Outside the observed
// era the values are extrapolations; they shift an instant by a few minutes
// at most within the covered span.
func deltaT(y float64) float64 {
	switch {
	case y < 1860:
		// Not needed for the covered span; a rough parabola keeps the
		// function total.
		u := (y - 1820) / 100
		return -20 + 32*u*u
	case y < 1900:
		t := y - 1860
		return 7.62 + 0.5737*t - 0.251754*t*t + 0.01680668*t*t*t -
			0.0004473624*t*t*t*t + t*t*t*t*t/233174
	case y < 1920:
		t := y - 1900
		return -2.79 + 1.494119*t - 0.0598939*t*t + 0.0061966*t*t*t - 0.000197*t*t*t*t
	case y < 1941:
		t := y - 1920
		return 21.20 + 0.84493*t - 0.076100*t*t + 0.0020936*t*t*t
	case y < 1961:
		t := y - 1950
		return 29.07 + 0.407*t - t*t/233 + t*t*t/2547
	case y < 1986:
		t := y - 1975
		return 45.45 + 1.067*t - t*t/260 - t*t*t/718
	case y < 2005:
		t := y - 2000
		return 63.86 + 0.3345*t - 0.060374*t*t + 0.0017275*t*t*t +
			0.000651814*t*t*t*t + 0.00002373599*t*t*t*t*t
	case y < 2050:
		t := y - 2000
		return 62.92 + 0.32217*t + 0.005589*t*t
	case y < 2150:
		u := (y - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-y)
	default:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	}
}

// jdYear returns the approximate fractional Gregorian year of a Julian date,
// precise enough to evaluate ΔT.
func jdYear(jd float64) float64 { return 2000 + (jd-jde2000)/365.2425 }

// newMoonJDE returns the instant (Julian Ephemeris Day, TT) of the new moon
// with lunation number k, where k = 0 is the new moon of 2000 January 6
// (Meeus chapter 49: mean phase, periodic terms for the new moon and the
// additional planetary corrections).
func newMoonJDE(k int) float64 {
	kf := float64(k)
	t := kf / 1236.85
	t2, t3, t4 := t*t, t*t*t, t*t*t*t

	jde := 2451550.09766 + synodicMonth*kf + 0.00015437*t2 - 0.000000150*t3 + 0.00000000073*t4

	e := 1 - 0.002516*t - 0.0000074*t2
	m := 2.5534 + 29.10535670*kf - 0.0000014*t2 - 0.00000011*t3                      // sun's mean anomaly
	mp := 201.5643 + 385.81693528*kf + 0.0107582*t2 + 0.00001238*t3 - 0.000000058*t4 // moon's mean anomaly
	f := 160.7108 + 390.67050284*kf - 0.0016118*t2 - 0.00000227*t3 + 0.000000011*t4  // moon's argument of latitude
	om := 124.7746 - 1.56375588*kf + 0.0020672*t2 + 0.00000215*t3                    // longitude of the ascending node

	c := -0.40720*sinDeg(mp) +
		0.17241*e*sinDeg(m) +
		0.01608*sinDeg(2*mp) +
		0.01039*sinDeg(2*f) +
		0.00739*e*sinDeg(mp-m) -
		0.00514*e*sinDeg(mp+m) +
		0.00208*e*e*sinDeg(2*m) -
		0.00111*sinDeg(mp-2*f) -
		0.00057*sinDeg(mp+2*f) +
		0.00056*e*sinDeg(2*mp+m) -
		0.00042*sinDeg(3*mp) +
		0.00042*e*sinDeg(m+2*f) +
		0.00038*e*sinDeg(m-2*f) -
		0.00024*e*sinDeg(2*mp-m) -
		0.00017*sinDeg(om) -
		0.00007*sinDeg(mp+2*m) +
		0.00004*sinDeg(2*mp-2*f) +
		0.00004*sinDeg(3*m) +
		0.00003*sinDeg(mp+m-2*f) +
		0.00003*sinDeg(2*mp+2*f) -
		0.00003*sinDeg(mp+m+2*f) +
		0.00003*sinDeg(mp-m+2*f) -
		0.00002*sinDeg(mp-m-2*f) -
		0.00002*sinDeg(3*mp+m) +
		0.00002*sinDeg(4*mp)

	// Additional corrections (planetary arguments A1..A14).
	a := 0.000325*sinDeg(299.77+0.107408*kf-0.009173*t2) +
		0.000165*sinDeg(251.88+0.016321*kf) +
		0.000164*sinDeg(251.83+26.651886*kf) +
		0.000126*sinDeg(349.42+36.412478*kf) +
		0.000110*sinDeg(84.66+18.206239*kf) +
		0.000062*sinDeg(141.74+53.303771*kf) +
		0.000060*sinDeg(207.14+2.453732*kf) +
		0.000056*sinDeg(154.84+7.306860*kf) +
		0.000047*sinDeg(34.52+27.261239*kf) +
		0.000042*sinDeg(207.19+0.121824*kf) +
		0.000040*sinDeg(291.34+1.844379*kf) +
		0.000037*sinDeg(161.72+24.198154*kf) +
		0.000035*sinDeg(239.56+25.513099*kf) +
		0.000023*sinDeg(331.55+3.592518*kf)

	return jde + c + a
}

// sunLongitude returns the apparent geocentric longitude of the sun, in
// degrees in [0, 360), at the instant jde (Julian Ephemeris Day, TT), by
// Meeus' low-accuracy method (chapter 25), good to about 0.01°.
func sunLongitude(jde float64) float64 {
	t := (jde - jde2000) / 36525
	t2 := t * t
	l0 := 280.46646 + 36000.76983*t + 0.0003032*t2 // geometric mean longitude
	m := 357.52911 + 35999.05029*t - 0.0001537*t2  // mean anomaly
	c := (1.914602-0.004817*t-0.000014*t2)*sinDeg(m) +
		(0.019993-0.000101*t)*sinDeg(2*m) +
		0.000289*sinDeg(3*m) // equation of the centre
	om := 125.04 - 1934.136*t
	lambda := l0 + c - 0.00569 - 0.00478*sinDeg(om)
	lambda = math.Mod(lambda, 360)
	if lambda < 0 {
		lambda += 360
	}
	return lambda
}

// newMoonDay returns the Julian Day Number of the civil day, at UTC+7,
// that contains new moon number k.
func newMoonDay(k int) int {
	jde := newMoonJDE(k)
	ut := jde - deltaT(jdYear(jde))/86400
	return int(math.Floor(ut + 0.5 + timeZone/24.0))
}

// sunSectorAtDayStart returns which twelfth of the ecliptic (0 = 0°..30°,
// …, 9 = 270°..300°) the sun occupies at the first instant (local midnight,
// UTC+7) of the civil day with Julian Day Number jdn. The sector changes
// exactly when the sun passes a major solar term (trung khí).
func sunSectorAtDayStart(jdn int) int {
	ut := float64(jdn) - 0.5 - timeZone/24.0
	jde := ut + deltaT(jdYear(ut))/86400
	s := int(sunLongitude(jde) / 30)
	if s > 11 { // guard against rounding at exactly 360°
		s = 11
	}
	return s
}

// lunationNear returns a lunation number k whose new moon is within a
// couple of lunations of the day jdn.
func lunationNear(jdn int) int {
	return int(math.Floor((float64(jdn) - 2451550.1) / synodicMonth))
}
