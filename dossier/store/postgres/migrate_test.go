package postgres_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/postgres"
	"github.com/motcua/motcua/dossier/store/storetest"
)

// noLockDriver is pgx refusing LOCK TABLE as CockroachDB and YugabyteDB
// do (SQLSTATE 0A000, feature_not_supported): a stand-in for a
// PostgreSQL-compatible distributed database.
type noLockDriver struct{}

func (noLockDriver) Open(name string) (driver.Conn, error) {
	c, err := stdlib.GetDefaultDriver().Open(name)
	if err != nil {
		return nil, err
	}
	return noLockConn{c.(*stdlib.Conn)}, nil
}

type noLockConn struct{ *stdlib.Conn }

func refused(query string) error {
	if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(query)), "LOCK ") {
		return &pgconn.PgError{Code: "0A000", Message: "LOCK TABLE is not supported"}
	}
	return nil
}

func (c noLockConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if err := refused(query); err != nil {
		return nil, err
	}
	return c.Conn.ExecContext(ctx, query, args)
}

func (c noLockConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if err := refused(query); err != nil {
		return nil, err
	}
	return c.Conn.PrepareContext(ctx, query)
}

var registerNoLock sync.Once

// Eight programs open a new database at once, on a server that refuses
// LOCK TABLE: every one opens, and each migration ran exactly once.
func TestConcurrentOpensWithoutLockTable(t *testing.T) {
	registerNoLock.Do(func() { sql.Register("pgx-nolock", noLockDriver{}) })
	s, u := openURL(t) // a fresh database, its schema made
	ctx := context.Background()
	// Start again from an empty database.
	for _, st := range []string{"DROP TABLE dossiers", "DROP TABLE events", "DROP TABLE code_counters", "DROP TABLE idempotency", "DROP TABLE motcua_schema", "DROP TABLE IF EXISTS motcua_schema_lock"} {
		if _, err := s.DB().ExecContext(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	const programs = 8
	errs := make(chan error, programs)
	var start sync.WaitGroup
	start.Add(1)
	for i := 0; i < programs; i++ {
		go func() {
			start.Wait()
			o, err := store.Open(ctx, "pgx-nolock", u, 4, postgres.Dialect{}, storetest.Schedule(), nil)
			if err == nil {
				o.Close()
			}
			errs <- err
		}()
	}
	start.Done()
	for i := 0; i < programs; i++ {
		if err := <-errs; err != nil {
			t.Errorf("open: %v", err)
		}
	}
	rows, err := s.DB().QueryContext(ctx, `SELECT version FROM motcua_schema ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if len(got) != store.SchemaVersion {
		t.Fatalf("schema versions recorded %v, want 1…%d once each", got, store.SchemaVersion)
	}
	for i, v := range got {
		if v != i+1 {
			t.Fatalf("schema versions recorded %v, want 1…%d once each", got, store.SchemaVersion)
		}
	}
}
