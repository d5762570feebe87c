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
