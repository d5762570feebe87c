// Command server runs motcua as a service: a JSON API (with its OpenAPI 3
// document at /api/v1/openapi.json, checked in as openapi.json) and the
// pages of a one-stop centre — the citizen's tracking page (/tra-cuu), the
// clerk's deadline calculator (/han), the calendar of a year (/lich) and
// the centre's dashboard (/bang-tin) — over a dossier store on an embedded
// SQLite file or on PostgreSQL.
//
//	go run ./examples/server                      # a demo centre in a temp dir
//	go run ./examples/server -dir ./centre        # kept in ./centre/centre.db
//	go run ./examples/server -db postgres://…     # on PostgreSQL
//	go run ./examples/server/loadgen -mix deadline  # measure a running server
//
// On start it prints the URL, a demo dossier's code and ID number for the
// tracking page, and a demo clerk token per role. SIGTERM or SIGINT shut
// it down gracefully: requests in flight finish, new ones are refused.
//
// # The API
//
// Calendar (a working day, adding working days, a month with lunar dates),
// deadlines (from a limit text, or a procedure and channel, and a receipt
// instant; with every day not counted and the explanation), the reading of
// a limit text, the catalogue, the refusal at intake (form 03, no code
// issued), the dossier commands (receive, transfer, supplement,
// obligation, apology, decide, return, withdraw, and stop, which closes a
// withdrawn dossier or one whose supplement never came; each with the
// version the clerk saw: 409 when the dossier moved on), a dossier by code,
// the due-soon and overdue lists, period reports, the scorecard and the
// national portal's record. Every error is JSON {code, message_vi,
// message_en, field} with its HTTP status; an error the server does not
// expect is logged and answered "internal" without detail.
//
// # Security
//
//   - Clerk actions need "Authorization: Bearer TOKEN". A token is bound to
//     a unit and a role (receive, process, report), kept only as its
//     SHA-256, revocable (DELETE /api/v1/tokens/self), and never acts on a
//     dossier of another receiving unit (403 wrong_unit); its reports,
//     scorecard and due-soon and overdue lists are of its unit only. The
//     public dashboard (/bang-tin) shows the whole centre's figures.
//   - The tracking page needs the code AND the applicant's ID number; "no
//     such code" and "wrong ID" give the same page after the same work (a
//     decoy dossier is loaded, the IDs' hashes compared in constant time),
//     and lookups are rate-limited per client (-track-rate), on top of the
//     whole API's limit (-api-rate). The page never echoes the ID.
//   - Bodies are limited to 64 KiB, headers to 32 KiB; every request has a
//     15-second deadline (its context) and the http.Server read, write and
//     idle timeouts; SQL is the store's, parameterised.
//   - Every answer has a Content-Security-Policy without scripts, nosniff,
//     no referrer and no framing; the citizen's page is Cache-Control:
//     no-store.
//
// # Limits
//
// A request body of 64 KiB; a dossier code of 64 bytes, an idempotency key
// of 128, a procedure code of 64, a search term of 200; a tracking ID of
// 20 bytes; 50 supplement items and a reason of 2,000 bytes; lists of 500
// rows; a report period of ten years; a limit text of sla.MaxLimitTextBytes.
// Beyond them a request is refused with a 400 or 413 error naming the field.
//
// # The scorecard's facts
//
// The server holds only the dossiers. What the index needs beyond them
// (scorecard.Facts per dossier, scorecard.UnitFacts per unit) comes from a
// JSON file given with -facts, read once at start and refused, naming the
// field, when it is not strict JSON of at most 256 MiB with valid facts:
//
//	{
//	  "centre":   {"procedures": 120, "fee_procedures": 40, "online_payment_procedures": 35, …},
//	  "units":    {"000.00.36.H57": {"procedures": 80, …}},
//	  "dossiers": {"000.00.36.H57-260302-0001": {"synchronised": true, "paid_online": true, …}}
//	}
//
// "centre" are the facts of the public dashboard's scorecard, "units" those
// of a report token's unit, "dossiers" those of each dossier by its code.
// A dossier the file does not list is taken as synchronised to the
// national portal with no other fact; a unit it does not list (and every
// unit when no file is given) gets zero unit facts, whose rows score full
// points as scorecard.Score does for a unit with nothing to judge, with the
// procedures and online procedures counted from the dossiers received.
// Unit facts count a period's events, so they apply to whatever period is
// asked: write them for the period the centre reports on. The dashboard
// says under the score which of these applies.
//
// # Cached figures
//
// The scorecard replays dossiers (only those its period can count, of the
// token's unit), and the public dashboard also scans the period's rows:
// both are cached by their inputs (unit, period; the day for the
// dashboard), one computation at a time. A clerk's scorecard is recomputed
// after any write through this server; the public dashboard serves its
// figures for up to 5 seconds after a write, so that a flood of anonymous
// requests costs a map look-up each, and its period is at most 366 days.
// No entry is older than 30 seconds (another server may write the same
// PostgreSQL store).
//
// # SQLite
//
// Commands run one at a time on SQLite (the file takes one writer anyway),
// and reads go through a second connection pool whose transactions are
// deferred, so that the tracking page never waits for a writer (see
// sqlite.OpenReader).
package main
