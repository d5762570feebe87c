// Package lunar implements the Vietnamese lunisolar calendar (âm lịch):
// conversion between solar (Gregorian) dates and lunar dates, the date of
// Tết Nguyên Đán, leap months (tháng nhuận), month lengths and the
// sexagenary (can chi) names of years.
//
// # Rules
//
// The calendar is computed, not looked up, following the rules set out by
// Hồ Ngọc Đức in "Thuật toán tính âm lịch" (after the Explanatory
// Supplement to the Astronomical Almanac):
//
//  1. A month begins on the civil day that contains the new moon (sóc).
//  2. An ordinary year has 12 months, a leap year 13.
//  3. The winter solstice (đông chí, the sun at 270°) always falls in
//     month 11.
//  4. When 13 months separate one month 11 from the next, the first of
//     them that contains no major solar term (trung khí, the sun at a
//     multiple of 30°) is the leap month; it takes the number of the month
//     before it.
//  5. Days are civil days at the meridian 105° E, that is UTC+7.
//
// The instants of new moons come from Jean Meeus, "Astronomical
// Algorithms" (2nd ed., 1998), chapter 49, with all periodic and planetary
// terms; the sun's apparent longitude from chapter 25 (low-accuracy
// method, about 0.01°); ΔT from the Espenak–Meeus polynomials. The code
// was written from these published descriptions.
//
// Because Vietnam uses UTC+7 and China UTC+8, the two calendars sometimes
// differ: Tết 2007 is 17 February in Vietnam and 18 February in China;
// Tết 1985 is 21 January in Vietnam and 20 February in China.
//
// # Time zone caveat
//
// North Vietnam adopted UTC+7 for the lunar calendar in August 1967 (so
// from Tết 1968), and the South followed after reunification (1975–76).
// Before that the calendar in use was computed for UTC+8 (or, in earlier
// centuries, by other methods). This package applies the modern rules and
// UTC+7 to the whole span, so for years before 1968 it gives the proleptic
// modern calendar, which can differ by a day, or in the leap month, from
// calendars printed at the time.
//
// Astronomical instants near midnight are decided by the formulas above;
// an instant within a few minutes of midnight could be placed on the other
// side by a more precise ephemeris. The tables have been checked against
// the published dates listed in the tests.
//
// # Span
//
// Lunar years MinYear (1900) to MaxYear (2199) are covered: solar dates
// from Tết 1900 (1900-01-31) to the day before Tết 2200 (see Span).
// Inputs outside the span are rejected with ErrOutOfSpan.
//
// # Dates and errors
//
// A Date holds a lunar year, month, day and leap flag; its zero value is
// invalid. Dates print as "2026-01-01", with an "L" after the month of a
// leap month: "2033-11L-05".
//
// # Errors
//
// Every error the package returns satisfies errors.As for its exported
// typed error *[DateError] and errors.Is for one of its exported sentinels
// (listed in errors.go): [ErrOutOfSpan], [ErrNoSuchMonth], [ErrNoSuchDay],
// [ErrSyntax]. A message starts with "lunar: " once and names the rejected
// input, quoting at most a short, rune-safe prefix of a string given to
// [ParseDate]. No function panics on bad input, except [MustParseDate],
// which is meant for tests.
//
// # Performance and concurrency
//
// The calendar is computed once, on first use, into immutable tables of
// month starts and labels (a few milliseconds, about 30 KB). After that,
// FromSolar and ToSolar index the tables in constant time without
// allocating. All functions are safe for concurrent use. Building the
// tables panics only if the computed calendar breaks its own invariants
// (every month of 29 or 30 days, every year of 12 or 13 months), which
// would be a bug in this package.
//
// # References
//
//   - Hồ Ngọc Đức, "Thuật toán tính âm lịch",
//     https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html
//     (English: "Computing the Vietnamese lunar calendar",
//     https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html).
//   - Jean Meeus, "Astronomical Algorithms", 2nd ed., Willmann-Bell, 1998:
//     chapter 49 (phases of the moon) and chapter 25 (solar coordinates).
//   - F. Espenak and J. Meeus, "Five Millennium Canon of Solar Eclipses",
//     NASA TP-2006-214141, section on ΔT polynomial expressions.
//   - H. Aslaksen, "The Mathematics of the Chinese Calendar" (on the
//     Vietnamese calendar and the 1967 change of time zone).
package lunar
