package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/postgres"
	"github.com/motcua/motcua/dossier/store/storetest"
)

// URLVar names the environment variable with the URL of a PostgreSQL
// server the tests may create databases on (.ci/run starts one).
const URLVar = "MOTCUA_POSTGRES_URL"

// serverURL returns the server's URL; without one the test is skipped,
// except in CI (CI=true), where it fails.
func serverURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(URLVar)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the PostgreSQL tests (.ci/run starts a server)", URLVar)
		}
		t.Skipf("skipping the PostgreSQL tests: %s is not set (e.g. postgres://user@127.0.0.1:5432/postgres); .ci/run starts a throwaway server", URLVar)
	}
	return u
}

// open creates a database of its own for one test and drops it afterwards.
func open(t *testing.T) *store.Store {
	t.Helper()
	return openTB(t)
}

func openTB(t testing.TB) *store.Store {
	t.Helper()
	s, _ := openURL(t)
	return s
}

// openURL is open, returning the new database's URL too.
func openURL(t testing.TB) (*store.Store, string) {
	t.Helper()
	base := serverURL(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "motcua_test_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	s, err := postgres.Open(ctx, u.String(), storetest.Schedule(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		_, _ = admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close()
	})
	return s, u.String()
}

func TestConformance(t *testing.T) {
	serverURL(t) // skip (or fail in CI) once, not in every subtest
	storetest.Run(t, open)
}

// A child writer killed with SIGKILL mid-transaction loses nothing it
// committed and leaves nothing half-written.
func TestCrash(t *testing.T) {
	if storetest.IsChild() {
		s, err := postgres.Open(context.Background(), os.Getenv("MOTCUA_STORE_CRASH_URL"), storetest.Schedule(), nil)
		if err != nil {
			t.Fatal(err)
		}
		storetest.Child(s)
	}
	s, u := openURL(t)
	storetest.Crash(t, s, "TestCrash", 300, "MOTCUA_STORE_CRASH_URL="+u)
}

func BenchmarkAppend(b *testing.B)   { storetest.BenchAppend(b, openTB(b)) }
func BenchmarkParallel(b *testing.B) { storetest.BenchParallel(b, openTB(b)) }
func BenchmarkLoad100(b *testing.B)  { storetest.BenchLoad(b, openTB(b)) }
