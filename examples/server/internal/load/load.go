// Package load drives a running motcua server over HTTP with many
// concurrent clients, mixing reads (deadlines, the tracking page, dossiers)
// and commands (receipts, transfers, decisions, returns that race on shared
// dossiers), and checks afterwards that every acknowledged command is in
// the dossier's history and that no dossier code was issued twice. It
// serves the load test, the crash test and the load generator
// (examples/server/loadgen).
package load

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config is a run: where, who, how many clients for how long, and which
// mix of requests.
type Config struct {
	Base     string            // e.g. http://127.0.0.1:8080
	Tokens   map[string]string // a clerk token per role: receive, process, report
	Clients  int
	Duration time.Duration
	// Mix is "deadline" (only the deadline endpoint, each request with a
	// receipt instant drawn from a year of minutes, so that the server's
	// answer cache rarely holds it), "deadline-cached" (only the deadline
	// endpoint, over 108 distinct requests that the server's cache soon
	// holds: its cached rate) or "mixed".
	Mix string
	// TrackCode and TrackID are a dossier a citizen tracks.
	TrackCode, TrackID string
	// Tolerant counts transport errors (a server killed mid-run) as
	// unacknowledged requests instead of errors.
	Tolerant bool
	Client   *http.Client
}

// Result is what a run measured.
type Result struct {
	Elapsed   time.Duration
	Requests  int64
	Conflicts int64 // 409: expected when two clients race on a dossier
	Failed    int64 // transport errors under Tolerant
	Errors    []string
	Latency   map[string][]time.Duration // per kind of request, sorted

	mu    sync.Mutex
	acked map[string]int // dossier code → commands acknowledged (receipt included)
	codes []string       // every code a receipt returned
	pool  []string       // dossiers shared by the clients
}

// NewClient is an HTTP client with keep-alive connections for n clients.
func NewClient(n int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost, tr.MaxConnsPerHost = n*2, n*2, 0
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}

// Run runs the load until cfg.Duration has passed or ctx ends.
func Run(ctx context.Context, cfg Config) *Result {
	if cfg.Client == nil {
		cfg.Client = NewClient(cfg.Clients)
	}
	r := &Result{Latency: map[string][]time.Duration{}, acked: map[string]int{}}
	// The run stops taking new steps at end; requests in flight then
	// finish, so that every command the server applied is acknowledged.
	end := time.Now().Add(cfg.Duration)
	var wg sync.WaitGroup
	lat := make([]map[string][]time.Duration, cfg.Clients)
	errs := make(chan string, 100)
	var req, conf, failed atomic.Int64
	start := time.Now()
	for i := range cfg.Clients {
		lat[i] = map[string][]time.Duration{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &client{cfg: &cfg, r: r, n: i, rng: rand.New(rand.NewPCG(uint64(i), 17)), lat: lat[i]}
			for ctx.Err() == nil && time.Now().Before(end) {
				err := c.step(ctx)
				req.Add(1)
				var st *statusError
				switch {
				case err == nil:
				case errors.As(err, &st) && st.code == http.StatusConflict:
					conf.Add(1)
				case ctx.Err() != nil:
				case cfg.Tolerant && errors.As(err, new(*transportError)):
					failed.Add(1)
					time.Sleep(20 * time.Millisecond)
				default:
					select {
					case errs <- err.Error():
					default:
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	r.Elapsed = time.Since(start)
	r.Requests, r.Conflicts, r.Failed = req.Load(), conf.Load(), failed.Load()
	for e := range errs {
		r.Errors = append(r.Errors, e)
	}
	for _, m := range lat {
		for k, v := range m {
			r.Latency[k] = append(r.Latency[k], v...)
		}
	}
	for k := range r.Latency {
		slices.Sort(r.Latency[k])
	}
	return r
}

// Percentile is the p-th percentile (0–100) of kind's latencies; all
// kinds when kind is "".
func (r *Result) Percentile(kind string, p float64) time.Duration {
	var v []time.Duration
	if kind == "" {
		for _, l := range r.Latency {
			v = append(v, l...)
		}
		slices.Sort(v)
	} else {
		v = r.Latency[kind]
	}
	if len(v) == 0 {
		return 0
	}
	i := int(float64(len(v)-1) * p / 100)
	return v[i]
}

// Summary is one line per kind: count, rate, p50 and p99.
func (r *Result) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests in %v (%.0f/s), %d version conflicts, %d unacknowledged, %d errors\n",
		r.Requests, r.Elapsed.Round(time.Millisecond), float64(r.Requests)/r.Elapsed.Seconds(), r.Conflicts, r.Failed, len(r.Errors))
	kinds := make([]string, 0, len(r.Latency))
	for k := range r.Latency {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "  %-10s %7d  %8.0f/s  p50 %-10v p99 %v\n", k, len(r.Latency[k]), float64(len(r.Latency[k]))/r.Elapsed.Seconds(),
			r.Percentile(k, 50).Round(time.Microsecond), r.Percentile(k, 99).Round(time.Microsecond))
	}
	return b.String()
}

// Acked returns the acknowledged commands per dossier code and every code
// the receipts returned.
func (r *Result) Acked() (map[string]int, []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return maps(r.acked), slices.Clone(r.codes)
}

func maps(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Verify reads every acknowledged dossier back over the API: its history
// must hold at least the receipt and each acknowledged command (exactly
// that many when exact), and no code may have been returned twice.
func (r *Result) Verify(ctx context.Context, cfg Config, exact bool) error {
	if cfg.Client == nil {
		cfg.Client = NewClient(4)
	}
	acked, codes := r.Acked()
	seen := map[string]bool{}
	for _, c := range codes {
		if seen[c] {
			return fmt.Errorf("code %s issued twice", c)
		}
		seen[c] = true
	}
	c := &client{cfg: &cfg, r: r, lat: map[string][]time.Duration{}}
	lost := 0
	var first error
	for code, n := range acked {
		var d dossierJSON
		if err := c.call(ctx, "verify", "GET", "/api/v1/dossiers/"+code, cfg.Tokens["report"], nil, &d); err != nil {
			return fmt.Errorf("reading %s back: %w", code, err)
		}
		if len(d.History) < n || exact && len(d.History) != n {
			lost++
			if first == nil {
				first = fmt.Errorf("dossier %s: %d events, %d commands acknowledged", code, len(d.History), n)
			}
		}
	}
	if lost > 0 {
		return fmt.Errorf("%d dossiers lost events; first: %w", lost, first)
	}
	return nil
}

type dossierJSON struct {
	Code    string `json:"code"`
	Version int    `json:"version"`
	Status  struct {
		Code string `json:"code"`
	} `json:"status"`
	History []json.RawMessage `json:"history"`
}

// client is one simulated user.
type client struct {
	cfg *Config
	r   *Result
	n   int
	rng *rand.Rand
	lat map[string][]time.Duration
	seq int
}

type statusError struct {
	code int
	body string
}

func (e *statusError) Error() string { return fmt.Sprintf("status %d: %s", e.code, e.body) }

type transportError struct{ err error }

func (e *transportError) Error() string { return e.err.Error() }

// step does one request of the mix.
func (c *client) step(ctx context.Context) error {
	switch c.cfg.Mix {
	case "deadline":
		return c.deadline(ctx)
	case "deadline-cached":
		return c.call(ctx, "deadline", "GET", c.deadlinePath(true), "", nil, nil)
	}
	switch x := c.rng.IntN(100); {
	case x < 40:
		return c.deadline(ctx)
	case x < 60:
		return c.track(ctx)
	case x < 70:
		return c.receive(ctx)
	case x < 95:
		return c.advance(ctx)
	default:
		return c.call(ctx, "calendar", "GET", "/api/v1/calendar/month?year=2026&month=2", "", nil, nil)
	}
}

var limits = []string{"05 ngày làm việc", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "10 ngày", "07 ngày làm việc"}

func (c *client) deadline(ctx context.Context) error {
	return c.call(ctx, "deadline", "GET", c.deadlinePath(false), "", nil, nil)
}

// deadlinePath is a deadline request: one of 4 limit texts from a receipt
// instant. Cached: at 09:30 on one of 27 days of February 2026 (108
// distinct requests, all soon in the server's answer cache). Otherwise at
// a minute of office hours (07:00–17:59) on any day of 2026: 963,600
// distinct requests, so that almost every one misses the cache (it keeps
// 4,096 answers) and the run measures the count itself.
func (c *client) deadlinePath(cached bool) string {
	var received string
	if cached {
		received = fmt.Sprintf("2026-02-%02dT09:30", 2+c.rng.IntN(27))
	} else {
		d := time.Date(2026, time.January, 1+c.rng.IntN(365), 7+c.rng.IntN(11), c.rng.IntN(60), 0, 0, time.UTC)
		received = d.Format("2006-01-02T15:04")
	}
	q := url.Values{"limit": {limits[c.rng.IntN(len(limits))]}, "received": {received}}
	return "/api/v1/deadline?" + q.Encode()
}

// track posts the tracking form and times the first byte of the answer.
func (c *client) track(ctx context.Context) error {
	form := url.Values{"code": {c.cfg.TrackCode}, "id": {c.cfg.TrackID}}.Encode()
	t0 := time.Now()
	req, _ := http.NewRequestWithContext(ctx, "POST", c.cfg.Base+"/tra-cuu", strings.NewReader(form))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.cfg.Client.Do(req)
	if err != nil {
		return &transportError{err}
	}
	c.lat["track"] = append(c.lat["track"], time.Since(t0)) // headers: the first byte
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != 200 {
		return &statusError{resp.StatusCode, "tracking"}
	}
	return nil
}

// receive receives a new dossier, with an idempotency key, and shares it.
func (c *client) receive(ctx context.Context) error {
	c.seq++
	body := map[string]any{"procedure": "1.004194", "channel": "direct",
		"applicant": map[string]any{"kind": "individual", "name": "Khách tải", "id": fmt.Sprintf("0019%02d%06d", c.n%100, c.seq%1_000_000)}}
	var d dossierJSON
	if err := c.callKey(ctx, "receive", "POST", "/api/v1/dossiers", c.cfg.Tokens["receive"], body, &d, fmt.Sprintf("load-%d-%d-%d", c.n, c.seq, time.Now().UnixNano())); err != nil {
		return err
	}
	c.r.mu.Lock()
	c.r.acked[d.Code] = len(d.History)
	c.r.codes = append(c.r.codes, d.Code)
	c.r.pool = append(c.r.pool, d.Code)
	c.r.mu.Unlock()
	return nil
}

// next is the command that moves a dossier on from a status.
var next = map[string]string{"received": "transfer", "processing": "decide", "processed": "return"}

// advance reads a shared dossier and moves it on at the version read; two
// clients on one dossier race, and the loser gets 409.
func (c *client) advance(ctx context.Context) error {
	c.r.mu.Lock()
	if len(c.r.pool) == 0 {
		c.r.mu.Unlock()
		return c.receive(ctx)
	}
	// Recent dossiers are the likeliest to be moved on: pick among the last 32.
	code := c.r.pool[max(0, len(c.r.pool)-1-c.rng.IntN(32))]
	c.r.mu.Unlock()
	var d dossierJSON
	if err := c.call(ctx, "dossier", "GET", "/api/v1/dossiers/"+code, c.cfg.Tokens["process"], nil, &d); err != nil {
		return err
	}
	cmd, ok := next[d.Status.Code]
	if !ok {
		return nil
	}
	body := map[string]any{"version": d.Version}
	if cmd == "decide" {
		body["granted"] = true
	}
	var out dossierJSON
	if err := c.call(ctx, "command", "POST", "/api/v1/dossiers/"+code+"/"+cmd, c.cfg.Tokens["process"], body, &out); err != nil {
		return err
	}
	c.r.mu.Lock()
	c.r.acked[code]++
	c.r.mu.Unlock()
	return nil
}

func (c *client) call(ctx context.Context, kind, method, path, token string, body, out any) error {
	return c.callKey(ctx, kind, method, path, token, body, out, "")
}

// callKey sends one request and decodes a 2xx answer into out.
func (c *client) callKey(ctx context.Context, kind, method, path, token string, body, out any, key string) error {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.cfg.Base+path, rd)
	if err != nil {
		return err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	t0 := time.Now()
	resp, err := c.cfg.Client.Do(req)
	if err != nil {
		return &transportError{err}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	c.lat[kind] = append(c.lat[kind], time.Since(t0))
	if err != nil {
		return &transportError{err}
	}
	if resp.StatusCode/100 != 2 {
		return &statusError{resp.StatusCode, kind + " " + path + ": " + string(b[:min(len(b), 200)])}
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}
