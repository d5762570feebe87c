package main

import (
	"context"
	"database/sql"
	"net/url"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/sla"

	_ "modernc.org/sqlite" // the driver "sqlite"
)

// openReader opens a second store on the SQLite file at path for the
// server's reads (the tracking page, a dossier by code, the lists and the
// reports). package sqlite begins every transaction IMMEDIATE, taking the
// write lock, so that writers queue instead of failing half-way; that
// also queues each read behind every write. The reader's transactions are
// DEFERRED: in WAL mode a read sees the last committed state and waits
// for no writer. Commands still go through the writing store.
func openReader(ctx context.Context, path string, sched *sla.Schedule) (*store.Store, error) {
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	st, err := store.New(ctx, db, sqlite.Dialect{}, sched, nil)
	if err != nil {
		db.Close()
		return nil, err
	}
	return st, nil
}
