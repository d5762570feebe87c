// Package reliability holds motcua's own reliability suite; it has no API.
// Its tests use the libraries the way a busy, careless or hostile caller
// would:
//
//   - load_test.go: many goroutines compute deadlines, explanations,
//     timelines, outcome summaries (sla.Summary, Merge), calendar queries,
//     calendar extensions and lunar conversions on shared values (one
//     holiday.Calendar, a few sla.Schedules), and every result is checked
//     against a sequential run. Run it under the race detector.
//   - badinput_test.go: a catalogue of malformed inputs across the packages
//     (holiday, holiday/lunar, sla). Each must fail with the package's
//     sentinel (errors.Is) and, where the package has one, its typed error
//     (errors.As); none may panic; and nothing shared may change: the
//     national calendar and a shared schedule answer identically before and
//     after.
//
// # Running
//
// In CI, the short run takes a second or two:
//
//	go test -race -count=1 ./internal/reliability/
//
// The long load test runs for about a minute with more goroutines and
// cases; ask for it with the -long flag or MOTCUA_LONG=1:
//
//	go test -race -count=1 -run Load ./internal/reliability/ -long
//	MOTCUA_LONG=1 go test -race -count=1 -run Load ./internal/reliability/
//
// Set MOTCUA_LOAD_DURATION (a time.Duration such as 10m) to change how long
// the long run lasts.
package reliability
