// Package slatest checks deadline computations with property-based tests,
// the way [testing/slogtest] checks a [log/slog.Handler]: generators of the
// hard cases, the laws of [sla.Schedule.Deadline] as reusable checks, and a
// conformance runner for a vendor's own deadline function.
//
// # Generators
//
// [Instant] draws receipt instants weighted on the cut-off minute, exactly
// at opening and closing, in the lunch break, before opening and after
// closing, on weekends and holidays and around Tết; [Limit] draws limits of
// every unit, including halves and quarters of working days, fractional
// working hours and "Trong ngày"; [Schedule] draws valid schedules with odd
// office hours, Saturday receiving sessions, a shorter Friday, custom
// cut-offs and other zones.
//
// # Laws
//
// [CheckDeadline] checks one receipt and limit; [CheckDeadlines] checks
// generated ones. A failure prints the counter-example with
// [sla.Schedule.Explain] in English: which days were not counted and why.
//
// # Conformance
//
// [RunDeadline] compares a vendor's due dates (from a database cache, a
// stored procedure, a port to another language) with motcua's on generated
// cases and shrinks any disagreement to a minimal one:
//
//	func TestDueDates(t *testing.T) {
//		s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
//		slatest.RunDeadline(t, myService.DueDate, s)
//	}
//
// The number of cases is rapid's (-rapid.checks, 100 by default).
package slatest
