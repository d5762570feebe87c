package postgres_test

import (
	"context"
	"fmt"
	"os"

	"github.com/motcua/motcua/dossier/store/postgres"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// A province's store on PostgreSQL; the URL comes from the environment.
func ExampleOpen() {
	url := os.Getenv("MOTCUA_POSTGRES_URL")
	if url == "" {
		return
	}
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	s, err := postgres.Open(context.Background(), url, sched, nil)
	if err != nil {
		panic(err)
	}
	defer s.Close()
	fmt.Println(s.Dialect().Name())
}
