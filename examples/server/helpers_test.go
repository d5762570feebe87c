package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

// testNow is the tests' clock: Monday 16 March 2026, 10:00 in Vietnam.
var testNow = time.Date(2026, time.March, 16, 10, 0, 0, 0, sla.VietnamZone)

// fixture is a server over a seeded SQLite store with a token per role of
// the demo unit, one of another unit, and the demo dossier.
type fixture struct {
	t     *testing.T
	s     *server
	st    *store.Store
	h     http.Handler
	tok   map[role]string
	other string // a process token of another unit
	// otherReport is a report token of another unit, which received no
	// dossier of the seeded centre.
	otherReport string
	demo        seeded
}

func newFixture(t testing.TB, cfg config) *fixture {
	t.Helper()
	ctx := context.Background()
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "centre.db")
	st, err := sqlite.Open(ctx, path, sched, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	reader, err := sqlite.OpenReader(ctx, path, sched, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { reader.Close() })
	demo, err := seed(ctx, st, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Decoy, err = anyID(ctx, st); err != nil {
		t.Fatal(err)
	}
	tk := newTokens()
	f := &fixture{st: st, tok: map[role]string{}, demo: demo}
	for _, rl := range []role{roleReceive, roleProcess, roleReport} {
		f.tok[rl] = tk.Issue(clerk{Unit: demoUnit, Role: rl, Actor: "test-" + string(rl)})
	}
	f.other = tk.Issue(clerk{Unit: "000.00.01.H01", Role: roleProcess, Actor: "other"})
	f.otherReport = tk.Issue(clerk{Unit: "000.00.01.H01", Role: roleReport, Actor: "other-report"})
	s, err := newServer(st, sample.Catalog(), tk, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return testNow }
	s.read = reader
	f.s, f.h = s, s.handler()
	if tt, ok := t.(*testing.T); ok {
		f.t = tt
	}
	return f
}

// unlimited is a configuration without rate limits.
func unlimited() config { return config{} }

// do sends a request and returns the status and the decoded JSON body.
func (f *fixture) do(method, path, token string, body any) (int, map[string]any) {
	f.t.Helper()
	code, raw := f.raw(method, path, token, body)
	var out map[string]any
	if len(raw) > 0 && raw[0] == '{' {
		if err := json.Unmarshal(raw, &out); err != nil {
			f.t.Fatalf("%s %s: %v in %s", method, path, err, raw)
		}
	}
	return code, out
}

func (f *fixture) raw(method, path, token string, body any) (int, []byte) {
	f.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = bytes.NewBufferString(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	req := httptest.NewRequest(method, path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes()
}

// want checks the status, and the error code when the status is an error.
func (f *fixture) want(status int, code string, gotStatus int, body map[string]any) {
	f.t.Helper()
	if gotStatus != status {
		f.t.Fatalf("status %d, want %d: %v", gotStatus, status, body)
	}
	if code != "" && body["code"] != code {
		f.t.Fatalf("error code %v, want %s: %v", body["code"], code, body)
	}
	if status >= 400 {
		for _, k := range []string{"code", "message_vi", "message_en"} {
			if s, _ := body[k].(string); s == "" {
				f.t.Fatalf("error without %s: %v", k, body)
			}
		}
	}
}

func httptestRequest(method, path, body, token string) *http.Request {
	req := httptest.NewRequest(method, path, bytes.NewBufferString(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return req
}

func serve(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func jsonField(b []byte, k string) string {
	var m map[string]any
	json.Unmarshal(b, &m)
	s, _ := m[k].(string)
	return s
}
