// Package postgres opens a dossier store ([store.Store]) on PostgreSQL
// through pgx (database/sql with github.com/jackc/pgx/v5/stdlib), for a
// province. The SQL is the store's portable SQL; serialization failures
// (SQLSTATE 40001), deadlocks (40P01) and requests that never reached the
// server are retried with bounded backoff, so the same code runs on
// PostgreSQL-compatible distributed databases.
//
// Transactions run at the server's default isolation (READ COMMITTED on
// PostgreSQL): an append's conditional UPDATE of the dossier's row takes
// its row lock, and a second writer's UPDATE waits, then re-reads the row
// and finds the version moved on (a conflict); the code counter's upsert
// likewise waits for the counter row and reads its committed value.
//
// Every error Open returns satisfies errors.As for *[store.OpError] or
// *[store.InputError] and errors.Is for [store.ErrDatabase] or
// [store.ErrInvalid].
package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/sla"
)

// Open connects to the database at url (postgres://user@host:port/db) and
// returns the store, migrating its schema, with dossiers counted over
// sched.
func Open(ctx context.Context, url string, sched *sla.Schedule, opts *store.Options) (*store.Store, error) {
	if url == "" || len(url) > 4096 {
		return nil, &store.InputError{Field: "url", Value: clip.String(url, 60), Reason: "want a postgres:// URL"}
	}
	return store.Open(ctx, "pgx", url, 32, Dialect{}, sched, opts)
}

// Dialect is PostgreSQL's [store.Dialect].
type Dialect struct{}

// Name returns "postgres".
func (Dialect) Name() string { return "postgres" }

// Numbered returns true: PostgreSQL takes $1, $2… placeholders.
func (Dialect) Numbered() bool { return true }

// Retryable reports serialization failures, deadlocks, a server shutting
// down or starting, and errors pgx knows happened before the request was
// sent.
func (Dialect) Retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "57P01", "57P03":
			return true
		}
		return false
	}
	return pgconn.SafeToRetry(err)
}

// MigrationLock returns "": the store serializes migrations with a row
// lock on its motcua_schema_lock table, which PostgreSQL and the
// distributed databases compatible with it (CockroachDB, YugabyteDB, which
// refuse LOCK TABLE … IN EXCLUSIVE MODE) all take.
func (Dialect) MigrationLock() string { return "" }
