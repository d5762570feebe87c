package sqlite_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/dossier/store/storetest"
)

// A reader opened with OpenReader on the writer's file sees what the writer
// committed, and loads while a writer holds the file's write lock.
func TestOpenReaderReadsBesideAWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "motcua.db")
	w, err := sqlite.Open(ctx, path, storetest.Schedule(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	id := storetest.Log100(t, w)
	r, err := sqlite.OpenReader(ctx, path, storetest.Schedule(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	want, err := w.Load(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := w.DB().BeginTx(ctx, nil) // IMMEDIATE: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE dossiers SET version = version WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	got, err := r.Load(short, id)
	if err != nil {
		t.Fatalf("the reader waited for the writer: %v", err)
	}
	a, _ := json.Marshal(want.Dossier)
	b, _ := json.Marshal(got.Dossier)
	if got.Version != want.Version || string(a) != string(b) {
		t.Errorf("the reader sees version %d, the writer %d (or another log)", got.Version, want.Version)
	}
}
