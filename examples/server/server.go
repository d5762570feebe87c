package main

import (
	"context"
	"html/template"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// Limits of the server: every request body, every request's duration.
const (
	maxBody        = 64 << 10 // bytes of a request body
	handlerTimeout = 15 * time.Second
)

// config is what the server is started with.
type config struct {
	// TrackRate and TrackBurst limit the tracking lookups of one client
	// (per second, and at once); APIRate and APIBurst every request.
	TrackRate, TrackBurst float64
	APIRate, APIBurst     float64
	// Writers is how many commands run at once (0: 1); the others wait
	// their turn, until their timeout. SQLite takes one writer at a time
	// anyway: more only burn the CPU that the citizens' reads need.
	Writers int
	// Decoy is the ID of a stored dossier loaded when a tracking lookup
	// names no dossier, so that "no such code" costs what "wrong ID" does.
	Decoy string
	// Facts are the scorecard's facts beyond the dossiers (-facts); nil:
	// none supplied.
	Facts *scorecardFacts
}

func defaultConfig() config {
	return config{TrackRate: 1, TrackBurst: 10, APIRate: 200, APIBurst: 400}
}

// server serves the API and the pages over one store.
type server struct {
	store    *store.Store // commands
	read     *store.Store // reads: the same store, or a reader (see sqlite.OpenReader)
	sched    *sla.Schedule
	cal      *holiday.Calendar
	cat      *procedure.Catalog
	exporter *national.Exporter
	tokens   *tokens
	cfg      config
	track    *limiter
	api      *limiter
	pages    map[string]*template.Template
	now      func() time.Time
	answers  answerCache   // deadline answers by their inputs
	writers  chan struct{} // admits cfg.Writers commands at once

	figures *figureCache  // scorecards and dashboards by their inputs
	gen     atomic.Uint64 // the store's writes through this server (see wrote)

	trackLoads atomic.Int64 // whole dossiers the tracking page loaded (for the tests)
	replays    atomic.Int64 // whole dossiers the scorecard replayed (for the tests)
}

// admitWriter waits for a writer's turn; release it with the returned func.
func (s *server) admitWriter(ctx context.Context) (func(), error) {
	select {
	case s.writers <- struct{}{}:
		return func() { <-s.writers }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func newServer(st *store.Store, cat *procedure.Catalog, tk *tokens, cfg config) (*server, error) {
	ex, err := national.NewExporter(st.Schedule(), nil)
	if err != nil {
		return nil, err
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	return &server{
		store: st, read: st, sched: st.Schedule(), cal: st.Schedule().Calendar(), cat: cat, exporter: ex, tokens: tk, cfg: cfg,
		track: newLimiter(cfg.TrackRate, cfg.TrackBurst), api: newLimiter(cfg.APIRate, cfg.APIBurst),
		pages: pages, now: time.Now, writers: make(chan struct{}, max(cfg.Writers, 1)), figures: newFigureCache(),
	}, nil
}

// routes are every route of the server; the OpenAPI test reads the API's
// from here.
func (s *server) routes() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"GET /api/v1/calendar/working-day":             s.apiWorkingDay,
		"GET /api/v1/calendar/add-working-days":        s.apiAddWorkingDays,
		"GET /api/v1/calendar/month":                   s.apiMonth,
		"GET /api/v1/deadline":                         s.apiDeadline,
		"GET /api/v1/limit-reading":                    s.apiReading,
		"GET /api/v1/procedures":                       s.apiSearch,
		"GET /api/v1/procedures/{code}":                s.apiProcedure,
		"POST /api/v1/dossiers":                        s.apiReceive,
		"GET /api/v1/dossiers/{code}":                  s.apiDossier,
		"POST /api/v1/dossiers/{code}/transfer":        s.command("transfer"),
		"POST /api/v1/dossiers/{code}/supplement":      s.command("supplement"),
		"POST /api/v1/dossiers/{code}/supplemented":    s.command("supplemented"),
		"POST /api/v1/dossiers/{code}/obligation":      s.command("obligation"),
		"POST /api/v1/dossiers/{code}/obligation-paid": s.command("obligation-paid"),
		"POST /api/v1/dossiers/{code}/apology":         s.command("apology"),
		"POST /api/v1/dossiers/{code}/decide":          s.command("decide"),
		"POST /api/v1/dossiers/{code}/return":          s.command("return"),
		"POST /api/v1/dossiers/{code}/withdraw":        s.command("withdraw"),
		"POST /api/v1/dossiers/{code}/stop":            s.command("stop"),
		"POST /api/v1/refusals":                        s.apiRefuse,
		"GET /api/v1/dossiers/{code}/national":         s.apiNational,
		"GET /api/v1/due-soon":                         s.apiDueSoon,
		"GET /api/v1/overdue":                          s.apiOverdue,
		"GET /api/v1/reports":                          s.apiReport,
		"GET /api/v1/scorecard":                        s.apiScorecard,
		"DELETE /api/v1/tokens/self":                   s.apiRevokeSelf,
		"GET /api/v1/openapi.json":                     s.apiOpenAPI,

		"GET /{$}":      s.pageHome,
		"GET /tra-cuu":  s.pageTrack,
		"POST /tra-cuu": s.pageTrack,
		"GET /han":      s.pageDeadline,
		"GET /lich":     s.pageCalendar,
		"GET /bang-tin": s.pageDashboard,
		"GET /static/":  s.static,
	}
}

// handler is the whole server: the routes behind the rate limit, the body
// limit, the security headers and the per-request timeout.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	for p, h := range s.routes() {
		mux.HandleFunc(p, h)
	}
	return s.guard(mux)
}

// guard sets the security headers, limits the body and the client's rate.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if !s.api.Allow(clientOf(r)) {
			writeError(w, errRateLimited, "")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		// The handler's timeout: every store call and every wait takes
		// the request's context, so a slow request ends at the deadline
		// (the http.Server's WriteTimeout ends the connection after it).
		ctx, cancel := context.WithTimeout(r.Context(), handlerTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// clientOf is the client's address without the port.
func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter is a token bucket per client. It forgets every client when it
// holds too many, so its memory is bounded.
type limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	clients map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

const maxClients = 100_000

func newLimiter(rate, burst float64) *limiter {
	return &limiter{rate: rate, burst: burst, clients: map[string]*bucket{}}
}

// Allow takes one token from the client's bucket.
func (l *limiter) Allow(client string) bool {
	if l.rate <= 0 {
		return true
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.clients[client]
	if !ok {
		if len(l.clients) >= maxClients {
			clear(l.clients)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.clients[client] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}
