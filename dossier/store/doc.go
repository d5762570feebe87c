// Package store keeps one-stop dossiers ([dossier.Dossier]) durably in a
// SQL database: an embedded SQLite file by default (package store/sqlite,
// pure Go, a file path is the whole set-up) or PostgreSQL for a province
// (package store/postgres, pgx). Both run the same portable SQL; only a
// small [Dialect] differs. The pure packages below (dossier, procedure,
// sla, holiday) import no driver.
//
// # Model
//
// Each dossier has a row in the dossiers table — its header (with the
// procedure version it is handled under), its version and the head of its
// hash chain, and a projection of its state (code, status, due date,
// pause, result) — and a log in the events table: the dossier's events,
// and the store's own facts (the appointment written on form 01 at
// receipt, a header the receipt changed, a due date moved by a calendar
// change). [Store.Load] reads both in one statement, checks the chain and
// folds the events over the office's schedule ([dossier.Replay]).
//
// A [Command] runs on a loaded [Record] and [Store.Apply] appends the events
// it adds, in one transaction with the new projection row, if the dossier
// is still at the record's version: optimistic concurrency. Two clerks
// acting on one dossier: one wins, the other gets a *[ConflictError],
// reloads and decides again. An idempotency key makes a request sent twice
// append once. Queries ([Store.DueWithin], [Store.Overdue], [Store.Paused],
// [Store.LoadByCode]) and the period's report ([Store.Report]) read the
// projection; [Fold] streams whole dossiers into a [dossier.Report]. Both
// reports give the same figures, judged as of the period's end: the
// projection keeps when a dossier's due date last could move (a pause,
// its end, a restart, a re-appointment), and a dossier pending at the end
// whose due date could move from the end on is replayed.
//
// # Dossier codes
//
// A code is UNIT-YYMMDD-NNNN, NNNN counting the dossiers a unit receives in
// a day from 0001 without a gap (Decree 61/2018/NĐ-CP Art. 26; Circular
// 01/2018/TT-VPCP Art. 19). The store keeps a counter row per unit and day
// and increments it with an upsert (INSERT … ON CONFLICT DO UPDATE …
// RETURNING) inside the transaction that appends the receipt. This holds
// under concurrency, across processes and restarts, because:
//
//   - the increment takes the counter row's write lock (PostgreSQL: a row
//     lock held to commit; a second receipt's upsert waits and then reads
//     the committed value; SQLite: the database write lock every writing
//     transaction takes at BEGIN IMMEDIATE), so two receipts never read
//     the same value;
//   - the counter and the receipt commit or roll back together: a receipt
//     refused, in conflict or interrupted (even by SIGKILL) returns its
//     number, so the numbers committed are exactly 1…n (gapless);
//   - the counter lives in the database, not in a process, so a restart
//     or a second process continues it; a unique index on the code is the
//     last guard.
//
// A receipt holds the counter lock until it commits, so the receipts of
// one unit and day are serialized; other units and days, and every other
// command, are not.
//
// # Integrity
//
// Each row's hash covers the previous hash, its sequence number, kind and
// body; the first covers the dossier's ID and header, and the dossier's
// row keeps the last (its head) and the number of rows. A row edited,
// deleted or reordered behind the store's back is an *[IntegrityError] on
// load naming the dossier and the event; [Store.Verify] checks a whole
// store. [Options.Key] turns the hashes into HMACs, so a chain cannot be
// recomputed without the key.
//
// What the chain does not detect: the chain of a dossier is anchored only
// in its own row of the dossiers table, which the store updates on every
// append. Someone with write access to the database who deletes a
// dossier's last rows and sets its row back to the earlier version and
// head (the stored hash of the last row kept) rolls the dossier back to an
// earlier state that loads and verifies, with or without [Options.Key]
// (no hash is forged); so does restoring an older copy of the whole
// database, or of a dossier's rows. Verify still finds a receipt rolled
// back or a dossier deleted after receipt, as a gap in its day's codes,
// and the projection of a dossier whose row was not rebuilt to match.
// A deployment that must detect rollbacks keeps the heads elsewhere: it
// runs [Store.Export] regularly and keeps each line's id, version and head
// (or the whole export) where the database's writers cannot change it
// (write-once storage, another administrator); a dossier rolled back
// shows up in a later export with a lower version, or without the kept
// head as the hash of row number version-as-kept. The store never updates
// or deletes a row of the events table, so a PostgreSQL deployment can
// also grant the store's role only SELECT and INSERT on it: a rollback
// then needs another role, whose statements the server can log.
//
// # Calendar changes
//
// When a new announcement or a local day off changes the calendar,
// [Store.DueChanges] lists every open dossier whose due date changes (old
// date, new date, the days that cause it) and [Store.RecordDueChange]
// records each as a fact, from which the notice to the applicant is
// written ([DueChange.Notice]). The appointment of form 01 is kept in the
// log, and the due date in force after the dossier's last event (moved
// since receipt by a restart or a pause) in its projection row, written in
// the same transaction: loading a dossier over a calendar that gives
// another appointment or another due date is a *[CalendarError], never a
// due date changed silently. A change is recorded on a store over the new
// calendar ([Store.WithSchedule]); recorded on one over another calendar it
// is refused with a *[CalendarError].
//
// # Migrations and backup
//
// The schema's migrations are embedded and numbered; [New] applies the
// missing ones, each in a transaction, and refuses a database whose schema
// is newer than [SchemaVersion] (*[SchemaError]). [Store.Export] writes
// every dossier's log as JSON lines and [Store.Import] reads them back, on
// the same or another backend.
//
// # Transactions and retries
//
// Every write is one transaction. A transient failure — a serialization
// failure (SQLSTATE 40001), a deadlock, a busy SQLite file — runs the
// transaction again, at most [Options.Retries] times, with backoff from 1 ms
// doubling to 100 ms with jitter. Commands are pure, so running one again
// is safe.
//
// # Limits
//
// Refused beyond them with an *[InputError] wrapping [ErrInvalid]: an
// idempotency key of [MaxKey] bytes; a header or event of [MaxRow] bytes
// encoded; a log of [MaxEvents] rows; IDs and codes of 64 bytes; filters
// of 128 bytes; queries of [MaxLimit] rows (default [DefaultLimit]); a
// due-soon horizon of [MaxWithin] working days; a report period of ten
// years; an import line of [MaxLine] bytes. Loading costs linear time in
// the log; queries use the projection's indexes; reports and exports
// stream, one dossier in memory at a time.
//
// # Errors
//
// Every error the package returns satisfies errors.As for one of the
// package's exported typed errors (*[OpError], *[ConflictError],
// *[IntegrityError], *[SchemaError], *[InputError], *[CalendarError]) and
// errors.Is for one of its exported sentinels ([ErrNotFound],
// [ErrConflict], [ErrIntegrity], [ErrSchema], [ErrRefused], [ErrInvalid],
// [ErrCalendar], [ErrDatabase], listed in errors.go). A message starts
// with the package's name once ("store: …"); wrapped errors from the same
// package do not repeat it; an error from a package below (a
// *dossier.CommandError inside a refused command, a driver's error) stays
// reachable with errors.Is/As.
//
// # Concurrency
//
// A *Store is safe for concurrent use by many goroutines and many
// processes on one database. A [Record] is a value; a [Report] is for one
// goroutine.
//
// # References
//
//   - Decree 61/2018/NĐ-CP Art. 17 (receipt, form 01 with the appointment),
//     19(9) (re-appointment and apology), 26 (the dossier code); Circular
//     01/2018/TT-VPCP Art. 19 (the code format UNIT-YYMMDD-NNNN).
package store
