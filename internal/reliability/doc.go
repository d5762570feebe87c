// Package reliability holds motcua's own reliability suite; it has no API.
// Its tests use the libraries the way a busy, careless or hostile caller
// would:
//
//   - load_test.go: many goroutines compute deadlines, explanations,
//     timelines, outcome summaries (sla.Summary, Merge), calendar queries,
//     calendar extensions and lunar conversions on shared values (one
//     holiday.Calendar, a few sla.Schedules), and every result is checked
//     against a sequential run. Run it under the race detector.
//   - load_domain_test.go: the same for the domain values a vendor's server
//     shares between requests: lookups in the sample catalogue
//     (procedure/sample), the plan and tracking of an inter-agency route
//     (liaison/liaisonsample), and one replayed dossier read by every
//     goroutine (Status, Due, Events, Marshal) and given a command that
//     returns a new value; the shared dossier must stay as it was.
//   - badinput_test.go and badinput_<part>_test.go: a catalogue of malformed
//     inputs across every package (holiday, holiday/lunar, sla, procedure,
//     liaison, dossier, dossier/form, dossier/store, national, scorecard),
//     one part a file, registered in the catalogues map. Each row must fail
//     with the package's sentinel (errors.Is) and its typed error
//     (errors.As; a row without one fails): the error contract every
//     package states in its doc. Its message must start with the package's
//     name, name each package once per line (errors.Join puts one error a
//     line) and stay under 1 KiB. None may panic, and nothing shared may
//     change: the national calendar and a shared schedule answer
//     identically before and after. The catalogue holds at least 300 rows,
//     40 or more each for procedure, liaison and dossier (counted by the
//     package of the sentinel a row expects).
//   - resource_test.go: every parser (holiday.ParseCSV and ParseJSON,
//     lunar.ParseDate, sla.ParseLimit and ReadLimit, procedure.Parse,
//     ParseRegistry and ReviewLimitsJSON, liaison.ParseRoute,
//     dossier.Unmarshal, national.ParseEnvelope and ParseRecord, and
//     store.Import's lines) gets its worst-shaped inputs at 1 MiB and at
//     4 MiB: allocation grows at most linearly, the peak heap while parsing
//     4 MiB (sampled with runtime/metrics) stays under 64 MiB, and an error
//     stays under 1 KiB. Time is compared only as a generous ratio between
//     the two sizes, never as an absolute figure. Input over a parser's
//     documented byte limit must be refused unread: under 64 KiB allocated.
//     Both are skipped with -short.
//
// # Running
//
// In CI, the short run takes a second or two (the resource test is
// skipped); the default run about fifteen seconds:
//
//	go test -race -short -count=1 ./internal/reliability/
//	go test -count=1 ./internal/reliability/
//
// The long load tests run for about a minute with more goroutines and
// cases; ask for them with the -long flag or MOTCUA_LONG=1:
//
//	go test -race -count=1 -run Load ./internal/reliability/ -long
//	MOTCUA_LONG=1 go test -race -count=1 -run Load ./internal/reliability/
//
// Set MOTCUA_LOAD_DURATION (a time.Duration such as 10m) to change how long
// the long run of load_test.go lasts.
package reliability
