package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// A file path is the whole set-up.
func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "motcua-")
	defer os.RemoveAll(dir)
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	s, err := sqlite.Open(context.Background(), filepath.Join(dir, "office.db"), sched, nil)
	if err != nil {
		panic(err)
	}
	defer s.Close()
	fmt.Println(s.Dialect().Name())
	// Output:
	// sqlite
}

// Reads beside the writer: a tracking page loads through the reader, the
// clerks' commands go through the store Open returned.
func ExampleOpenReader() {
	dir, _ := os.MkdirTemp("", "motcua-")
	defer os.RemoveAll(dir)
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	path := filepath.Join(dir, "office.db")
	w, err := sqlite.Open(context.Background(), path, sched, nil)
	if err != nil {
		panic(err)
	}
	defer w.Close()
	r, err := sqlite.OpenReader(context.Background(), path, sched, nil)
	if err != nil {
		panic(err)
	}
	defer r.Close()
	_, err = r.LoadByCode(context.Background(), "000.00.36.H57-260302-0001")
	fmt.Println(err != nil) // an empty centre: not found
	// Output:
	// true
}
