// Command loadgen drives a running motcua server (examples/server) over
// HTTP with keep-alive connections and prints the rate and the p50/p99
// latency of each kind of request: the deadline endpoint alone, each
// request from a new receipt instant so that the server's answer cache
// rarely holds it (-mix deadline), or over 108 requests it soon holds all
// of (-mix deadline-cached), or the mixed load of the load test (-mix mixed:
// deadlines, the tracking page, receipts and racing commands), then checks
// that every acknowledged command is in its dossier's history.
//
//	go run ./examples/server -addr 127.0.0.1:8080 -token demo -track-rate 0 -api-rate 0
//	go run ./examples/server/loadgen -url http://127.0.0.1:8080 -token demo -mix deadline -d 10s
//	go run ./examples/server/loadgen -url http://127.0.0.1:8080 -token demo -mix mixed -code CODE -id ID
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/motcua/motcua/examples/server/internal/load"
)

func main() {
	err := run(os.Stdout, os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(w)
	base := fs.String("url", "http://127.0.0.1:8080", "the server")
	token := fs.String("token", "demo", "the server's -token prefix (tokens PREFIX-receive, PREFIX-process, PREFIX-report)")
	clients := fs.Int("c", 64, "concurrent clients (1–1024)")
	dur := fs.Duration("d", 10*time.Second, "duration (at most 10m)")
	mix := fs.String("mix", "deadline", "deadline (uncached instants), deadline-cached or mixed")
	code := fs.String("code", "", "a dossier code for the tracking page (mixed)")
	id := fs.String("id", "001090012345", "its applicant's ID number")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *clients < 1 || *clients > 1024 || *dur <= 0 || *dur > 10*time.Minute || (*mix != "deadline" && *mix != "deadline-cached" && *mix != "mixed") {
		return fmt.Errorf("want -c 1–1024, -d up to 10m, -mix deadline|deadline-cached|mixed")
	}
	if *mix == "mixed" && *code == "" {
		return fmt.Errorf("-mix mixed needs -code (the demo dossier the server printed)")
	}
	cfg := load.Config{
		Base: *base, Clients: *clients, Duration: *dur, Mix: *mix, TrackCode: *code, TrackID: *id,
		Tokens: map[string]string{"receive": *token + "-receive", "process": *token + "-process", "report": *token + "-report"},
	}
	res := load.Run(context.Background(), cfg)
	fmt.Fprint(w, res.Summary())
	for i, e := range res.Errors {
		if i == 5 {
			break
		}
		fmt.Fprintln(w, "error:", e)
	}
	if *mix == "mixed" {
		if err := res.Verify(context.Background(), cfg, true); err != nil {
			return err
		}
		fmt.Fprintln(w, "every acknowledged command is in its dossier's history; no code issued twice")
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("%d errors", len(res.Errors))
	}
	return nil
}
