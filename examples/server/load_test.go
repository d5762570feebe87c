package main

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/motcua/motcua/examples/server/internal/load"
)

// loadDuration is the load test's length: 30 s with MOTCUA_LONG=1 (the
// issue's figure), a few seconds otherwise so that CI stays short.
func loadDuration() time.Duration {
	if os.Getenv("MOTCUA_LONG") == "1" {
		return 30 * time.Second
	}
	return 3 * time.Second
}

// TestLoad runs 64 clients on loopback, mixing deadlines, tracking
// lookups, receipts and commands racing on shared dossiers: no error but
// the expected version conflicts, and every acknowledged command is in
// its dossier's history (exactly: nothing lost, nothing doubled).
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	f := newFixture(t, unlimited())
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	cfg := load.Config{
		Base: ts.URL, Tokens: map[string]string{"receive": f.tok[roleReceive], "process": f.tok[roleProcess], "report": f.tok[roleReport]},
		Clients: 64, Duration: loadDuration(), Mix: "mixed", TrackCode: string(f.demo.Code), TrackID: demoID,
	}
	res := load.Run(context.Background(), cfg)
	t.Logf("load: %s", res.Summary())
	t.Logf("p50 %v, p99 %v; tracking page first byte p99 %v", res.Percentile("", 50), res.Percentile("", 99), res.Percentile("track", 99))
	if len(res.Errors) > 0 {
		t.Errorf("%d errors; first: %s", len(res.Errors), res.Errors[0])
	}
	if err := res.Verify(context.Background(), cfg, true); err != nil {
		t.Error(err)
	}
	if acked, _ := res.Acked(); len(acked) == 0 {
		t.Error("no dossier was received under load")
	}
}
