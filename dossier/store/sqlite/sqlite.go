// Package sqlite opens a dossier store ([store.Store]) on an embedded
// SQLite file: a file path is the whole set-up. It uses modernc.org/sqlite,
// a pure-Go SQLite (no cgo).
//
// The database runs in WAL mode, so that readers (the queries, loads and
// reports) never wait for the writer; each transaction that writes takes
// the write lock when it begins (BEGIN IMMEDIATE), so that writers queue
// instead of failing half-way, and a busy database is retried (a 10-second
// busy timeout, then the store's bounded backoff). With synchronous=NORMAL
// a committed transaction survives the process being killed (it is in the
// WAL file); only a power loss or an operating-system crash may lose the
// last transactions, never leave one half-written.
//
// Several processes may open the same file; they share the write lock.
// Every error Open returns satisfies errors.As for *[store.OpError] or
// *[store.InputError] and errors.Is for [store.ErrDatabase] or
// [store.ErrInvalid].
package sqlite

import (
	"context"
	"errors"
	"strings"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/sla"
	"modernc.org/sqlite"
)

// Open opens (creating if needed) the store in the SQLite file at path,
// migrating its schema, with dossiers counted over sched.
//
// Every transaction begins IMMEDIATE, taking the file's write lock, so that
// concurrent writers queue instead of failing half-way. A program that
// reads much while it writes (a citizens' tracking page) opens a second
// store on the same file with [OpenReader] for its reads, so that reads
// never wait for one of the writers' connections.
func Open(ctx context.Context, path string, sched *sla.Schedule, opts *store.Options) (*store.Store, error) {
	return open(ctx, path, "&_txlock=immediate", sched, opts)
}

// OpenReader opens a second store on the SQLite file at path, made by
// [Open], for reads only: loads, queries, reports and exports, over a
// connection pool of its own whose transactions are DEFERRED (in WAL mode
// a read sees the last committed state). Commands must go through the
// store Open returned, never through this one.
func OpenReader(ctx context.Context, path string, sched *sla.Schedule, opts *store.Options) (*store.Store, error) {
	return open(ctx, path, "", sched, opts)
}

func open(ctx context.Context, path, txlock string, sched *sla.Schedule, opts *store.Options) (*store.Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") || len(path) > 4096 {
		return nil, &store.InputError{Field: "path", Value: clip.String(path, 60), Reason: "want a file path without ? or #"}
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" + txlock
	return store.Open(ctx, "sqlite", dsn, 8, Dialect{}, sched, opts)
}

// Dialect is SQLite's [store.Dialect].
type Dialect struct{}

// Name returns "sqlite".
func (Dialect) Name() string { return "sqlite" }

// Numbered returns false: SQLite takes ? placeholders.
func (Dialect) Numbered() bool { return false }

// Retryable reports SQLITE_BUSY and SQLITE_LOCKED (with their extended
// codes).
func (Dialect) Retryable(err error) bool {
	var e *sqlite.Error
	if errors.As(err, &e) {
		switch e.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return true
		}
	}
	return false
}

// MigrationLock returns "": BEGIN IMMEDIATE already serializes writers.
func (Dialect) MigrationLock() string { return "" }
