package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx"
)

// TestPostgres runs the server with -db postgres://… on a database of its
// own (on the server of MOTCUA_POSTGRES_URL; skipped without one, failed
// in CI): seeded, a receipt, a command, the tracking page, a graceful stop.
func TestPostgres(t *testing.T) {
	base := os.Getenv("MOTCUA_POSTGRES_URL")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("MOTCUA_POSTGRES_URL is not set: CI must run the PostgreSQL tests (.ci/run starts a server)")
		}
		t.Skip("skipping the PostgreSQL test: MOTCUA_POSTGRES_URL is not set")
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var b [6]byte
	rand.Read(b[:])
	name := "motcua_server_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	defer admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	u, _ := url.Parse(base)
	u.Path = "/" + name

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(runCtx, &out, []string{"-db", u.String(), "-addr", "127.0.0.1:0", "-token", "pg", "-track-rate", "0"})
	}()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "clerk token (report") {
		select {
		case err := <-done:
			t.Fatalf("the server stopped: %v\n%s", err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no start: %s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	text := out.String()
	srv := strings.TrimPrefix(strings.SplitN(text, "\n", 2)[0], "motcua: ")
	code := strings.TrimSuffix(strings.Fields(strings.SplitN(text, "demo dossier: ", 2)[1])[0], ",")
	call := func(method, path, token, body string) (int, map[string]any) {
		req, _ := http.NewRequest(method, srv+path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		if strings.HasPrefix(body, "code=") {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	st, m := call("POST", "/api/v1/dossiers", "pg-receive", `{"procedure":"1.004194","channel":"direct","applicant":{"kind":"individual","name":"Phạm Thị D","id":"001200000077"}}`)
	if st != 201 {
		t.Fatalf("receive on PostgreSQL: %d %v", st, m)
	}
	st, m = call("POST", "/api/v1/dossiers/"+m["code"].(string)+"/transfer", "pg-process", `{"version":`+jsonNumber(m["version"])+`}`)
	if st != 200 {
		t.Fatalf("transfer on PostgreSQL: %d %v", st, m)
	}
	st, _ = call("POST", "/tra-cuu", "", url.Values{"code": {code}, "id": {demoID}}.Encode())
	if st != 200 {
		t.Errorf("tracking on PostgreSQL: %d", st)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func jsonNumber(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
