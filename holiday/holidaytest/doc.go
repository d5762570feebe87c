// Package holidaytest checks working-day calendars and code built on them
// with property-based tests, the way [testing/slogtest] checks a
// [log/slog.Handler].
//
// It offers three things:
//
//   - Generators ([Date], [WorkingDay], [Offset]) for [pgregory.net/rapid]
//     that find the hard cases rather than random ones: the days around Tết,
//     the 30/4–1/5 and 2/9 breaks, swapped Saturdays and compensatory days,
//     and year boundaries, besides uniform days of the whole span.
//   - The laws of working-day arithmetic as a reusable check
//     ([CheckCalendar]): AddWorkingDays and WorkingDaysBetween are inverse,
//     monotone and composable, and agree with a naive day-by-day oracle
//     built from the calendar's own special days.
//   - A conformance runner ([RunAddWorkingDays]) for a vendor's own
//     working-day function (one backed by a database table or a cache, say):
//     it compares the function with a [holiday.Calendar] on generated cases
//     and shrinks any disagreement to a minimal example.
//
// Failure messages print the counter-example with the days around it that
// were skipped and why: the special day's names, kind and legal source.
//
// # Usage
//
//	func TestMyWorkingDays(t *testing.T) {
//		cal := holiday.Vietnam()
//		holidaytest.RunAddWorkingDays(t, myCache.AddWorkingDays, cal)
//	}
//
// The number of generated cases is rapid's: 100 by default, set with
// -rapid.checks=N (and divided by 5 under -short). A failing case is saved
// by rapid under testdata/rapid and replayed first on the next run.
//
// # Cost
//
// The generators precompute the special days of the calendar when they are
// built (a few thousand entries for [holiday.Vietnam]): build them once,
// outside the property, and draw from them inside it.
package holidaytest
