package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/postgres"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	err := run(ctx, os.Stdout, os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	addr, db, dir, token, facts string
	seed                        bool
	trackRate, apiRate          float64
}

func parseFlags(w io.Writer, args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	fs.StringVar(&o.db, "db", "", "the database: a SQLite file path or a postgres:// URL (default: centre.db in -dir)")
	fs.StringVar(&o.dir, "dir", "", "directory of the default SQLite file (default: a new temporary directory)")
	fs.StringVar(&o.token, "token", "", "a fixed demo token prefix: the role tokens are PREFIX-receive, PREFIX-process, PREFIX-report (default: random)")
	fs.BoolVar(&o.seed, "seed", true, "seed an empty database with a demo centre")
	fs.StringVar(&o.facts, "facts", "", "a JSON file of the scorecard's facts beyond the dossiers: centre, units and dossiers (see the package doc)")
	fs.Float64Var(&o.trackRate, "track-rate", 1, "tracking lookups per second per client (burst 10); 0: unlimited")
	fs.Float64Var(&o.apiRate, "api-rate", 200, "requests per second per client (burst 2×); 0: unlimited")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	return o, nil
}

// run starts the server and serves until ctx ends, then shuts down,
// letting requests in flight finish.
func run(ctx context.Context, w io.Writer, args []string) error {
	o, err := parseFlags(w, args)
	if err != nil {
		return err
	}
	st, where, err := openStore(ctx, o)
	if err != nil {
		return err
	}
	defer st.Close()
	reader := st
	if !isPostgres(o.db) {
		if reader, err = sqlite.OpenReader(ctx, where, st.Schedule(), nil); err != nil {
			return err
		}
		defer reader.Close()
	}
	tk := newTokens()
	demo := map[role]string{}
	for _, rl := range []role{roleReceive, roleProcess, roleReport} {
		c := clerk{Unit: demoUnit, Role: rl, Actor: "demo-" + string(rl)}
		if o.token != "" {
			demo[rl] = o.token + "-" + string(rl)
			tk.Add(demo[rl], c)
		} else {
			demo[rl] = tk.Issue(c)
		}
	}
	cfg := defaultConfig()
	cfg.TrackRate, cfg.APIRate, cfg.APIBurst = o.trackRate, o.apiRate, 2*o.apiRate
	if o.facts != "" {
		if cfg.Facts, err = loadFacts(o.facts); err != nil {
			return err
		}
	}
	cfg.Writers = 1 // SQLite: one writer at a time
	if isPostgres(o.db) {
		cfg.Writers = 16
	}
	var tracked seeded
	if o.seed {
		if tracked, err = seed(ctx, st, time.Now()); err != nil {
			return err
		}
	}
	if cfg.Decoy, err = anyID(ctx, st); err != nil {
		return err
	}
	s, err := newServer(st, sample.Catalog(), tk, cfg)
	if err != nil {
		return err
	}
	s.read = reader
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           s.handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      handlerTimeout + 5*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(w, "motcua: %s\n", url)
	fmt.Fprintf(w, "cơ sở dữ liệu / database: %s\n", where)
	if tracked.Code != "" {
		fmt.Fprintf(w, "hồ sơ mẫu / demo dossier: %s, số định danh / ID %s\n", tracked.Code, tracked.ID)
	}
	for _, rl := range []role{roleReceive, roleProcess, roleReport} {
		fmt.Fprintf(w, "mã cán bộ / clerk token (%s, %s): %s\n", rl, demoUnit, demo[rl])
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	fmt.Fprintln(w, "motcua: dừng / shutting down")
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	return nil
}

// openStore opens the store named by the flags.
func openStore(ctx context.Context, o options) (*store.Store, string, error) {
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		return nil, "", err
	}
	if isPostgres(o.db) {
		st, err := postgres.Open(ctx, o.db, sched, nil)
		return st, redact(o.db), err
	}
	path := o.db
	if path == "" {
		dir := o.dir
		if dir == "" {
			if dir, err = os.MkdirTemp("", "motcua-server-"); err != nil {
				return nil, "", err
			}
		}
		path = filepath.Join(dir, "centre.db")
	}
	st, err := sqlite.Open(ctx, path, sched, nil)
	return st, path, err
}

// redact hides a password in a database URL.
func redact(db string) string {
	if i := strings.Index(db, "@"); i > 0 && strings.Contains(db[:i], "://") {
		if j := strings.LastIndex(db[:i], ":"); j > strings.Index(db, "://")+2 {
			return db[:j] + ":***" + db[i:]
		}
	}
	return db
}

// errStop ends a walk of the store early.
var errStop = errors.New("stop")

// anyID is the ID of some stored dossier ("" in an empty store).
func anyID(ctx context.Context, st *store.Store) (string, error) {
	id := ""
	err := st.All(ctx, func(r store.Record) error {
		id = r.ID
		return errStop
	})
	if err != nil && !errors.Is(err, errStop) {
		return "", err
	}
	return id, nil
}

// isPostgres reports whether db is a PostgreSQL URL.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}
