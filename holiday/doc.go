// Package holiday is the Vietnamese working-day calendar that motcua counts
// statutory time limits over: which days state agencies work, and why the
// others are off.
//
// # Model
//
// A [Calendar] covers whole years (the national one [Vietnam] covers
// [FirstYear]–[LastYear]). Each day is a working day or not. A day differs
// from the working week (Monday–Friday) only through a [SpecialDay], which has
// a [Kind] (holiday, compensatory day, swapped day off, swapped working day,
// or a day off or working day set by a local decision), a Vietnamese and an
// English name, and its source. Years with an official announcement
// (2015–2026 are embedded) follow it exactly; other years are projected from
// the Labour Code in force and their special days are marked Projected.
//
// Working-day arithmetic follows the Civil Code: the starting day is never
// counted ([Calendar.AddWorkingDays]), and [Calendar.WorkingDaysBetween] is its
// exact inverse. Both are O(1) and do not allocate.
//
// # Extending the calendar as data
//
// A new year's announcement, a province's own day off, a one-stop centre that
// works on Saturdays, or a holiday that a future law adds (Vietnamese Culture
// Day, 24 November, once the Labour Code is amended) are data, not code: build
// a [Spec], or read one with [ParseCSV] or [ParseJSON], and call
// [Calendar.Extend] (or [Calendar.ExtendCSV], [Calendar.ExtendJSON]). The
// result is a new Calendar; the national one is never changed.
//
// # Zero values and concurrency
//
// The zero Calendar is invalid ([Calendar.IsValid] reports false and queries
// report [ErrInvalidCalendar]): a silent Monday–Friday default would give
// wrong legal deadlines. A built Calendar is immutable and safe for concurrent
// use by multiple goroutines.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of its
// exported typed errors — *[SpanError], *[EntryError], *[CalendarError] —
// and errors.Is for one of its exported sentinels (listed in errors.go):
// [ErrOutOfSpan], [ErrInvalidCalendar], [ErrNoWorkingDay], [ErrSyntax],
// [ErrContradiction], [ErrTooLarge]. A message starts with "holiday: " once; wrapped errors
// of the package do not repeat it. Dates outside the span, and counts of
// working days whose result falls outside it, are *[SpanError]s naming the
// date asked for or the count; unusable entries are *[EntryError]s that name
// the entry (and its CSV line) and quote at most a short, rune-safe prefix
// of its text. Nothing panics on bad input.
//
// # Limits
//
// Calendar data (CSV or JSON) is at most [MaxDataBytes] (1 MiB; the
// national data is about 40 KB), refused unread beyond it; the CSV reader
// checks line by line and stops at the first bad line. Reading and
// extending cost time linear in the data, plus the calendar's build, linear
// in its span.
//
// # String, Vietnamese and English
//
// String is for programs and logs: [Kind.String] is the English name, as
// time.Month's is, or "%!Kind(n)"; text for people comes from
// [Kind.Vietnamese] and [Kind.English] (and the NameVI and NameEN of a
// [SpecialDay]); the wire code comes only from [Kind.MarshalText].
//
// # References
//
//   - Labour Code 2019 (Law 45/2019/QH14) Art. 112(1): the eleven paid public
//     holidays; Art. 112(3): the Prime Minister fixes the Tết days and the
//     National Day's second day each year; Art. 111(3): a holiday on a weekly
//     rest day gives the next working day off. In force from 1 January 2021.
//   - Labour Code 2012 (Law 10/2012/QH13) Art. 115: ten holidays, five for
//     Tết, in force from 1 May 2013.
//   - Labour Code 1994 Art. 73, as amended by Law 84/2007/QH11 (Hùng Kings'
//     Commemoration Day from 2007): four days for Tết.
//   - Decision 188/1999/QĐ-TTg: the 40-hour, Monday–Friday week of state
//     agencies.
//   - Civil Code 2015 (Law 91/2015/QH13) Art. 147(2): a period in days starts
//     on the day after the starting event; Art. 148(5): a period whose last
//     day is a rest day ends on the next working day.
//   - The yearly schedules: the Prime Minister's approvals and the Ministry's
//     notices for each year, cited row by row in data/vietnam.csv (for 2026:
//     VPCP letter 12729/VPCP-KGVX, Notice 9441/TB-BNV).
//   - Vietnamese Culture Day, 24 November: Politburo Resolution 80-NQ/TW and
//     Government Resolution 30/NQ-CP (2026) direct a Labour Code amendment;
//     not law when this package was written, so it is not in [Vietnam] —
//     add it with a [Recurring] entry from its effective date.
package holiday
