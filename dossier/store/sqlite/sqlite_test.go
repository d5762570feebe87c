package sqlite_test

import (
	"context"
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
