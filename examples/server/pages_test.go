package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// track posts the tracking form.
func (f *fixture) track(code, id string) (int, string) {
	f.t.Helper()
	req := httptestRequest("POST", "/tra-cuu", url.Values{"code": {code}, "id": {id}}.Encode(), "")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := serve(f.h, req)
	return rec.Code, rec.Body.String()
}

// The tracking page needs code and ID; an unknown code and a wrong ID give
// the same page.
func TestTrackingPage(t *testing.T) {
	f := newFixture(t, unlimited())
	st, body := f.track(string(f.demo.Code), demoID)
	if st != 200 || !strings.Contains(body, `id="status"`) || !strings.Contains(body, `id="apology"`) {
		t.Fatalf("right code and ID: %d\n%s", st, body)
	}
	if strings.Contains(body, demoID) {
		t.Error("the page echoes the ID number")
	}
	if !strings.Contains(body, "Cơ quan Ủy ban nhân dân cấp xã xin lỗi") {
		t.Error("the apology letter does not name the agency as a citizen knows it")
	}
	// The demo dossier was received in 2026: its letter cites the 2025
	// texts, not Decree 61/2018's.
	if !strings.Contains(body, "Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP; mẫu 04") || strings.Contains(body, "Thông tư 01/2018") {
		t.Error("the apology letter cites the texts of another regime than the dossier's")
	}
	st1, wrongID := f.track(string(f.demo.Code), "001099999999")
	st2, noCode := f.track(demoUnit+"-260101-0099", demoID)
	st3, badCode := f.track("no such thing", demoID)
	if st1 != 404 || st2 != 404 || st3 != 404 {
		t.Errorf("refusals: %d %d %d", st1, st2, st3)
	}
	strip := func(s, code string) string { return strings.ReplaceAll(s, url.QueryEscape(code), "") }
	a := strip(strings.ReplaceAll(wrongID, string(f.demo.Code), "CODE"), "")
	b := strings.ReplaceAll(noCode, demoUnit+"-260101-0099", "CODE")
	c := strings.ReplaceAll(badCode, "no such thing", "CODE")
	if a != b || b != c {
		t.Errorf("wrong ID and unknown code give different pages")
	}
	st, body = f.track("", demoID)
	if st != 400 || !strings.Contains(body, "result-refused") {
		t.Errorf("missing code: %d", st)
	}
	st, _ = f.track(string(f.demo.Code), strings.Repeat("1", 200))
	if st != 400 {
		t.Errorf("overlong ID: %d", st)
	}
	// English.
	req := httptestRequest("GET", "/tra-cuu?lang=en", "", "")
	rec := serve(f.h, req)
	if !strings.Contains(rec.Body.String(), "Dossier code") || !strings.Contains(rec.Body.String(), `lang="en"`) {
		t.Error("no English page")
	}
}

// Lookups are rate-limited per client.
func TestTrackingRateLimit(t *testing.T) {
	f := newFixture(t, config{TrackRate: 0.01, TrackBurst: 3})
	var st int
	for range 4 {
		st, _ = f.track(string(f.demo.Code), "001099999999")
	}
	if st != http.StatusTooManyRequests {
		t.Errorf("fourth lookup in a burst of 3: %d", st)
	}
}

// "No such code" does the work "wrong ID" does: one dossier loaded (the
// decoy when the code names none) and one constant-time comparison.
func TestTrackingSameWork(t *testing.T) {
	f := newFixture(t, unlimited())
	for _, c := range []struct{ code, id string }{
		{string(f.demo.Code), "001099999999"}, // wrong ID
		{demoUnit + "-260101-0099", demoID},   // no such code
		{"not a code at all", demoID},         // malformed code
		{string(f.demo.Code), demoID},         // right
	} {
		before := f.s.trackLoads.Load()
		f.track(c.code, c.id)
		if n := f.s.trackLoads.Load() - before; n != 1 {
			t.Errorf("%s/%s: %d loads", c.code, c.id, n)
		}
	}
}

func TestPages(t *testing.T) {
	f := newFixture(t, unlimited())
	for _, c := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"Tra cứu hồ sơ"}},
		{"/?lang=en", 200, []string{"Track a dossier"}},
		{"/han", 200, []string{`id="limit"`, `id="procedure"`}},
		{"/han?limit=" + url.QueryEscape("05 ngày làm việc") + "&received=2026-02-12T09:00", 200, []string{`id="due">26/02/2026`, "Tết Nguyên Đán", `id="reading"`}},
		{"/han?procedure=1.004222&channel=direct&received=2026-03-16T09:00", 200, []string{`id="due"`}},
		{"/han?limit=abc", 422, []string{`id="error"`}},
		{"/lich?year=2026", 200, []string{"Tháng 2", "Tết Nguyên Đán", `class="holiday"`}},
		{"/lich?year=2026&lang=en", 200, []string{"February", "Lunar New Year"}},
		{"/bang-tin?from=2026-02-01&to=2026-03-17", 200, []string{"<svg", `id="score"`, `id="totals"`, `id="score-limits"`, "chưa phải điểm thật"}},
		{"/bang-tin?from=2026-02-01&to=2026-03-17&lang=en", 200, []string{"real score", "not supplied"}},
		{"/bang-tin?from=bad", 400, []string{"alert"}},
		{"/static/style.css", 200, []string{"--accent"}},
	} {
		rec := serve(f.h, httptestRequest("GET", c.path, "", ""))
		if rec.Code != c.status {
			t.Errorf("%s: %d, want %d", c.path, rec.Code, c.status)
		}
		for _, w := range c.want {
			if !strings.Contains(rec.Body.String(), w) {
				t.Errorf("%s: no %q", c.path, w)
			}
		}
	}
}

func TestFlags(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), &out, []string{"-h"})
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out.String(), "-db") {
		t.Errorf("-h: %v\n%s", err, out.String())
	}
	if err := run(context.Background(), &out, []string{"-nope"}); err == nil {
		t.Error("an unknown flag is accepted")
	}
}

// run starts, prints the URL and the tokens, and stops when its context
// ends (SIGTERM in main).
func TestRunAndShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, &out, []string{"-addr", "127.0.0.1:0", "-dir", t.TempDir()}) }()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "clerk token (report") {
		if time.Now().After(deadline) {
			t.Fatalf("no start: %s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	line := strings.SplitN(out.String(), "\n", 2)[0]
	base := strings.TrimPrefix(line, "motcua: ")
	resp, err := http.Get(base + "/api/v1/calendar/working-day?date=2026-03-16")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("%v %v", err, resp)
	}
	resp.Body.Close()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is a buffer written by one goroutine and read by another.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Every {{.T "vi" "en"}} of the templates is written out at parse time.
func TestTemplatesTranslated(t *testing.T) {
	pages, err := parsePages()
	if err != nil {
		t.Fatal(err)
	}
	for name, tp := range pages {
		for _, x := range tp.Templates() {
			if x.Tree != nil && strings.Contains(x.Tree.Root.String(), ".T ") {
				t.Errorf("%s: %s keeps a .T call", name, x.Name())
			}
		}
	}
	if got := translate(`<a title="{{.T "Lịch" "Calendar"}}">{{$.T "Năm \"x\"" "Year"}}</a>`, 1); got != `<a title="Calendar">Year</a>` {
		t.Errorf("translate: %s", got)
	}
}

// The public dashboard and the scorecard replay the store's dossiers once,
// not on every request: an anonymous request after the first costs a cache
// look-up. A write makes the API's scorecard recompute at once and the
// public page within dashboardStale. (Before the cache every request
// replayed every dossier: 0.34–3.5 s at 4,000 dossiers.)
func TestDashboardDoesNotReplayEachRequest(t *testing.T) {
	f := newFixture(t, unlimited())
	page := func(q string) {
		t.Helper()
		st, b := f.raw("GET", "/bang-tin?from=2026-02-15&to=2026-03-17"+q, "", nil)
		if st != 200 || !strings.Contains(string(b), `id="score"`) {
			t.Fatalf("dashboard: %d", st)
		}
	}
	page("")
	first := f.s.replays.Load()
	if first == 0 {
		t.Fatal("the first request replayed nothing: the test counts nothing")
	}
	for range 5 {
		page("")
		page("&lang=en")
	}
	if got := f.s.replays.Load(); got != first {
		t.Errorf("10 more requests replayed %d dossiers, want 0", got-first)
	}
	// A command: the page may serve its figures for dashboardStale more,
	// then recomputes.
	f.receive("001200000041")
	page("")
	if got := f.s.replays.Load(); got != first {
		t.Errorf("a request right after a write replayed %d dossiers, want 0 (stale for at most %v)", got-first, dashboardStale)
	}
	f.s.now = func() time.Time { return testNow.Add(dashboardStale) }
	page("")
	if got := f.s.replays.Load(); got == first {
		t.Errorf("the page did not recompute %v after a write", dashboardStale)
	}
	// The public page refuses a period over a year before any work.
	before := f.s.replays.Load()
	st, b := f.raw("GET", "/bang-tin?from=2020-01-01&to=2026-03-17", "", nil)
	if st != 200 || !strings.Contains(string(b), "366") || f.s.replays.Load() != before {
		t.Errorf("a six-year dashboard: %d, %d replays", st, f.s.replays.Load()-before)
	}

	// The API's scorecard: cached per unit and period, recomputed after
	// any write.
	score := func() int64 {
		t.Helper()
		before := f.s.replays.Load()
		st, m := f.do("GET", "/api/v1/scorecard?from=2026-02-01&to=2026-03-17", f.tok[roleReport], nil)
		f.want(200, "", st, m)
		return f.s.replays.Load() - before
	}
	if n := score(); n == 0 {
		t.Errorf("first scorecard replayed nothing")
	}
	if n := score(); n != 0 {
		t.Errorf("second scorecard replayed %d dossiers", n)
	}
	f.receive("001200000042")
	if n := score(); n == 0 {
		t.Errorf("the scorecard after a write was served from the cache")
	}
}

// The dashboard's heading names the period's last day, not the exclusive
// end the form takes; Vietnamese numbers use the decimal comma, English
// the point.
func TestDashboardWords(t *testing.T) {
	f := newFixture(t, unlimited())
	score := regexp.MustCompile(`id="score">([^<]*)<`)
	for _, c := range []struct {
		lang, heading, sep, notSep string
	}{
		{"", "01/02/2026 – 16/03/2026</h2>", ",", "."},
		{"&lang=en", "01/02/2026 – 16/03/2026</h2>", ".", ","},
	} {
		_, raw := f.raw("GET", "/bang-tin?from=2026-02-01&to=2026-03-17"+c.lang, "", nil)
		b := string(raw)
		if !strings.Contains(b, c.heading) || strings.Contains(b, "17/03/2026</h2>") {
			t.Errorf("lang %q: the heading does not end on the last day included (16/03/2026)", c.lang)
		}
		m := score.FindStringSubmatch(b)
		if m == nil || !strings.Contains(m[1], c.sep) || strings.Contains(m[1], c.notSep) {
			t.Errorf("lang %q: score %q, want the decimal separator %q", c.lang, m, c.sep)
		}
		// The chart's figures too.
		if strings.Contains(b, "/ 18"+c.notSep) || regexp.MustCompile(`\d`+regexp.QuoteMeta(c.notSep)+`\d+ / \d`).MatchString(b) {
			t.Errorf("lang %q: a chart number with %q", c.lang, c.notSep)
		}
	}
}
