package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/dossier/store/storetest"
)

// open returns a store in a new file of the test's temporary directory.
func open(t *testing.T) *store.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "motcua.db"), storetest.Schedule(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

// A child writer killed with SIGKILL mid-transaction loses nothing it
// committed and leaves nothing half-written.
func TestCrash(t *testing.T) {
	if storetest.IsChild() {
		s, err := sqlite.Open(context.Background(), os.Getenv("MOTCUA_STORE_CRASH_FILE"), storetest.Schedule(), nil)
		if err != nil {
			t.Fatal(err)
		}
		storetest.Child(s)
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	s, err := sqlite.Open(context.Background(), path, storetest.Schedule(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.Crash(t, s, "TestCrash", 300, "MOTCUA_STORE_CRASH_FILE="+path)
}

func BenchmarkAppend(b *testing.B)   { storetest.BenchAppend(b, openB(b)) }
func BenchmarkParallel(b *testing.B) { storetest.BenchParallel(b, openB(b)) }
func BenchmarkLoad100(b *testing.B)  { storetest.BenchLoad(b, openB(b)) }

func openB(b *testing.B) *store.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), storetest.Schedule(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}
