package store

import (
	"context"
	crand "crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Limits; beyond them the store refuses with an *[InputError].
const (
	// MaxEvents is the most rows (events and facts) one dossier's log holds.
	MaxEvents = 10_000
	// MaxKey is the longest idempotency key, in bytes.
	MaxKey = 128
	// MaxRow is the largest header or event, encoded, in bytes.
	MaxRow = 64 << 10
)

// Options configure a [Store]. A nil *Options means the defaults.
type Options struct {
	// Key, if set, makes the hash chain an HMAC-SHA-256 under this key, so
	// that someone with write access to the database cannot forge a chain:
	// a row edited, inserted, deleted in the middle or reordered, even with
	// the hashes recomputed, is detected on load. Nil: plain SHA-256, which
	// detects edits made behind the store's back but not a chain
	// recomputed on purpose. With or without a key, a dossier rolled back
	// to an earlier head — its last rows deleted and its dossiers row set
	// back to the version and hash of the last row kept — is not detected,
	// since no hash needs forging; see "Integrity" in the package
	// documentation for what a deployment can do (keep exported heads
	// elsewhere, restrict the events table to INSERT).
	Key []byte
	// Retries is how many times a transaction that failed transiently
	// (serialization failure, deadlock, busy database) is tried again, with
	// backoff from 1 ms doubling to 100 ms. Zero means 12.
	Retries int
}

// Store keeps dossiers durably in a SQL database: each dossier's log of
// events, hash-chained, and a projection row the queries read. Open one
// with a backend (packages store/sqlite and store/postgres) or [New].
//
// A *Store is safe for concurrent use by multiple goroutines and by
// several processes sharing the database. The zero Store is not usable.
type Store struct {
	db      *sql.DB
	dialect Dialect
	sched   *sla.Schedule
	key     []byte
	retries int
	// loadStmt reads a dossier's row and log (prepared once; database/sql
	// prepares it again on each connection as needed).
	loadStmt *sql.Stmt
	headers  *headerCache
}

// loadQuery reads a dossier's row (seq 0: version, head and header), the
// due date its projection keeps (seq -1, in the version column: a row of
// its own rather than a column of every row, which would cost an
// allocation per row) and its log.
const loadQuery = `SELECT 0, version, head_hash, header FROM dossiers WHERE id = ?
UNION ALL SELECT -1, COALESCE(due_day, 0), '', '' FROM dossiers WHERE id = ?
UNION ALL SELECT seq, 0, kind, body FROM events WHERE dossier_id = ?`

// Record is a dossier as stored: its ID, its version (the number of rows of
// its log: events and the store's facts) and its state. Pass it back to
// [Store.Apply]: its version is the one the append expects. A Record is a
// value; the zero Record is not a stored dossier.
type Record struct {
	ID      string
	Version int
	Dossier dossier.Dossier
	head    link // the hash of the last row
	events  int  // dossier events in the log (facts excluded)
	// appointment is the appointment recorded at receipt or at the last
	// calendar change (0 before receipt).
	appointment date.Date
	// dueChanges are the calendar changes recorded in the log.
	dueChanges []DueChange
}

// Command is a change to a dossier: it returns the dossier with new events,
// or a refusal. seq hands out the dossier codes of the store, inside the
// transaction that appends the receipt. A command must be pure: it may run
// again when a transaction is retried.
type Command func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error)

// Open opens a database/sql pool with the named driver and dsn, keeps at
// most conns connections, and returns the store over it as [New] does,
// closing the pool when New fails. The backends' Open functions call it
// with their driver and dialect.
func Open(ctx context.Context, driver, dsn string, conns int, d Dialect, sched *sla.Schedule, opts *Options) (*Store, error) {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, &OpError{Op: "open", Kind: ErrDatabase, Err: err}
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	s, err := New(ctx, db, d, sched, opts)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// New returns a store over db, migrating its schema to the newest version
// this program knows (a database with a newer schema is refused with a
// *[SchemaError]). Dossiers are counted over sched.
func New(ctx context.Context, db *sql.DB, d Dialect, sched *sla.Schedule, opts *Options) (*Store, error) {
	if db == nil || d == nil || sched == nil {
		return nil, &OpError{Op: "open", Kind: ErrInvalid, Err: errors.New("a database, a dialect and a schedule are required")}
	}
	s := &Store{db: db, dialect: d, sched: sched, retries: 12, headers: &headerCache{}}
	if opts != nil {
		s.key = append([]byte(nil), opts.Key...)
		if opts.Retries > 0 {
			s.retries = opts.Retries
		}
	}
	// Two programs creating the schema of a new database at once: the one
	// that loses the race finds the schema there when it tries again.
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var se *SchemaError
		if err = s.migrate(ctx); err == nil || errors.As(err, &se) {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	if s.loadStmt, err = db.PrepareContext(ctx, s.q(loadQuery)); err != nil {
		return nil, dbErr("open", "", err)
	}
	return s, nil
}

// WithSchedule returns a store over the same database that counts over
// sched, e.g. after a calendar change ([Store.DueChanges]).
func (s *Store) WithSchedule(sched *sla.Schedule) *Store {
	c := *s
	c.sched = sched
	return &c
}

// Schedule returns the office schedule the store counts over.
func (s *Store) Schedule() *sla.Schedule { return s.sched }

// Dialect returns the store's dialect.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB returns the database handle.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database handle; stores made by [Store.WithSchedule]
// share it.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) q(query string) string { return rebind(s.dialect, query) }

// inTx runs fn in a transaction, committing if it returns nil, and runs it
// again (bounded, with backoff and jitter) when the database reports a
// transient failure.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	backoff := time.Millisecond
	for attempt := 0; ; attempt++ {
		err := s.once(ctx, fn)
		if err == nil || attempt >= s.retries || !s.dialect.Retryable(err) {
			return err
		}
		wait := backoff/2 + time.Duration(rand.Int64N(int64(backoff)))
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		backoff = min(backoff*2, 100*time.Millisecond)
	}
}

func (s *Store) once(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// dbErr wraps a driver error for operation op on dossier id.
func dbErr(op, id string, err error) error {
	var oe *OpError
	var ce *ConflictError
	var ie *IntegrityError
	var in *InputError
	var cal *CalendarError
	if errors.As(err, &oe) || errors.As(err, &ce) || errors.As(err, &ie) || errors.As(err, &in) || errors.As(err, &cal) {
		return err
	}
	return &OpError{Op: op, Dossier: id, Kind: ErrDatabase, Err: err}
}

func newID() string {
	var b [16]byte
	_, _ = crand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func checkKey(key string) error {
	if len(key) > MaxKey {
		return &InputError{Field: "idempotency key", Value: clip.String(key, 40), Reason: "longer than 128 bytes"}
	}
	return nil
}

// Create stores a new dossier for header h, before submission or receipt,
// and returns it at version 0. With a non-empty idempotency key, a retried
// Create returns the dossier the first one stored.
func (s *Store) Create(ctx context.Context, h dossier.Header, key string) (Record, error) {
	if err := checkKey(key); err != nil {
		return Record{}, err
	}
	d, header, err := s.newHeader(h)
	if err != nil {
		return Record{}, err
	}
	id := newID()
	head := newChain(s.key).genesis(id, header)
	p := project(d, 0)
	var existing string
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if existing, err = s.keyed(ctx, tx, key); err != nil || existing != "" {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(insertDossier), append([]any{id, 0, head.String(), string(header)}, p.args()...)...); err != nil {
			return err
		}
		if key != "" {
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO idempotency (idem_key, dossier_id, version) VALUES (?, ?, ?)`), key, id, 0); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		if id, ok := s.seen(ctx, key); ok {
			return s.Load(ctx, id)
		}
		return Record{}, dbErr("create", "", err)
	}
	if existing != "" {
		return s.Load(ctx, existing)
	}
	return Record{ID: id, Dossier: d, head: head}, nil
}

// newHeader opens a dossier for h and encodes its header row.
func (s *Store) newHeader(h dossier.Header) (dossier.Dossier, []byte, error) {
	d, err := openDossier(h, s.sched)
	if err != nil {
		return dossier.Dossier{}, nil, &OpError{Op: "create", Kind: ErrRefused, Err: err}
	}
	header, err := json.Marshal(d.Header())
	if err != nil {
		return dossier.Dossier{}, nil, &OpError{Op: "create", Kind: ErrInvalid, Err: err}
	}
	if len(header) > MaxRow {
		return dossier.Dossier{}, nil, &InputError{Field: "header", Value: clip.String(string(header), 40), Reason: "larger than 64 KiB"}
	}
	return d, header, nil
}

// keyed returns, inside tx, the dossier idempotency key was recorded for,
// or "" when the key is empty or new.
func (s *Store) keyed(ctx context.Context, tx *sql.Tx, key string) (string, error) {
	if key == "" {
		return "", nil
	}
	var id string
	var v int
	err := tx.QueryRowContext(ctx, s.q(`SELECT dossier_id, version FROM idempotency WHERE idem_key = ?`), key).Scan(&id, &v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// seen reports whether idempotency key was recorded, and for which dossier.
func (s *Store) seen(ctx context.Context, key string) (string, bool) {
	if key == "" {
		return "", false
	}
	var id string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT dossier_id FROM idempotency WHERE idem_key = ?`), key).Scan(&id)
	return id, err == nil
}

// pending is a row about to be appended.
type pending struct {
	kind string
	body []byte
}

// Apply runs cmd on the dossier of r and appends the events it adds, in one
// transaction with the dossier's new projection row, provided the dossier
// is still at r.Version: otherwise nothing is written and the error is a
// *[ConflictError] (reload with [Store.Load] and decide again). A refused
// command writes nothing and returns an *[OpError] wrapping [ErrRefused]
// and the dossier's error. With a non-empty idempotency key, a request
// retried after it succeeded appends nothing and returns the dossier as it
// stands.
//
// A receipt also records the appointment it gives (form 01) as a fact of
// the log, and takes its code from the store's counter for the unit and
// day in the same transaction (see the package documentation).
func (s *Store) Apply(ctx context.Context, r Record, key string, cmd Command) (Record, error) {
	if err := checkKey(key); err != nil {
		return Record{}, err
	}
	if r.ID == "" || !r.Dossier.IsValid() {
		return Record{}, &InputError{Field: "record", Value: r.ID, Reason: "not a stored dossier"}
	}
	if cmd == nil {
		return Record{}, &InputError{Field: "command", Value: "<nil>", Reason: "a command is required"}
	}
	var out Record
	var replayed string
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if replayed, err = s.keyed(ctx, tx, key); err != nil || replayed != "" {
			return err
		}
		return s.applyIn(ctx, tx, r, key, cmd, &out)
	})
	if err != nil {
		var refused *OpError
		if errors.As(err, &refused) && refused.Kind == ErrRefused {
			return Record{}, err
		}
		if _, ok := s.seen(ctx, key); ok {
			return s.Load(ctx, r.ID)
		}
		return Record{}, dbErr("apply", r.ID, err)
	}
	if replayed != "" {
		if replayed != r.ID {
			return Record{}, &InputError{Field: "idempotency key", Value: clip.String(key, 40), Reason: "used for another dossier"}
		}
		return s.Load(ctx, replayed)
	}
	return out, nil
}

// applyIn runs cmd on r inside tx and appends what it adds, setting *out
// to the dossier after it; a refused command is an *OpError wrapping
// [ErrRefused].
func (s *Store) applyIn(ctx context.Context, tx *sql.Tx, r Record, key string, cmd Command, out *Record) error {
	next, err := cmd(r.Dossier, &txSequencer{ctx: ctx, tx: tx, s: s})
	if err != nil {
		return &OpError{Op: "apply", Dossier: r.ID, Kind: ErrRefused, Err: err}
	}
	rows, received, err := newEvents(next, r.events)
	if err != nil {
		return &OpError{Op: "apply", Dossier: r.ID, Kind: ErrInvalid, Err: err}
	}
	*out = r
	out.Dossier = next
	if len(rows) == 0 {
		return nil
	}
	out.events += len(rows)
	if received {
		rows, out.appointment, err = s.receiptFacts(r.Dossier, next, rows)
		if err != nil {
			return &OpError{Op: "apply", Dossier: r.ID, Kind: ErrRefused, Err: err}
		}
	}
	if r.Version+len(rows) > MaxEvents {
		return &InputError{Field: "log", Value: r.ID, Reason: "more than 10,000 rows"}
	}
	return s.append(ctx, tx, out, rows, project(next, out.appointment), key)
}

// CreateWith stores a new dossier for header h and applies cmd to it (a
// receipt, a refusal at intake) in one transaction: when cmd is refused or
// anything fails, nothing is stored. [Store.Create] followed by
// [Store.Apply] leaves the created dossier behind when the command is
// refused; an intake desk wants the dossier stored only with its first
// step. With a non-empty idempotency key, a retried call returns the
// dossier the first one stored and runs cmd no second time.
func (s *Store) CreateWith(ctx context.Context, h dossier.Header, key string, cmd Command) (Record, error) {
	if err := checkKey(key); err != nil {
		return Record{}, err
	}
	if cmd == nil {
		return Record{}, &InputError{Field: "command", Value: "<nil>", Reason: "a command is required"}
	}
	d, header, err := s.newHeader(h)
	if err != nil {
		return Record{}, err
	}
	id := newID()
	head := newChain(s.key).genesis(id, header)
	var out Record
	var existing string
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if existing, err = s.keyed(ctx, tx, key); err != nil || existing != "" {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(insertDossier), append([]any{id, 0, head.String(), string(header)}, project(d, 0).args()...)...); err != nil {
			return err
		}
		if err := s.applyIn(ctx, tx, Record{ID: id, Dossier: d, head: head}, key, cmd, &out); err != nil {
			return err
		}
		if out.Version == 0 && key != "" { // cmd added nothing: the key still names the dossier
			_, err := tx.ExecContext(ctx, s.q(`INSERT INTO idempotency (idem_key, dossier_id, version) VALUES (?, ?, ?)`), key, id, 0)
			return err
		}
		return nil
	})
	if err != nil {
		var refused *OpError
		if errors.As(err, &refused) && refused.Kind == ErrRefused {
			refused.Op, refused.Dossier = "create", ""
			return Record{}, err
		}
		if id, ok := s.seen(ctx, key); ok {
			return s.Load(ctx, id)
		}
		return Record{}, dbErr("create", "", err)
	}
	if existing != "" {
		return s.Load(ctx, existing)
	}
	return out, nil
}

// append writes rows after out's head, checking the expected version.
func (s *Store) append(ctx context.Context, tx *sql.Tx, out *Record, rows []pending, p projection, key string) error {
	c := newChain(s.key)
	expected := out.Version
	head := out.head
	hashes := make([]string, len(rows))
	for i, row := range rows {
		if len(row.body) > MaxRow {
			return &InputError{Field: "event", Value: clip.String(string(row.body), 40), Reason: "larger than 64 KiB"}
		}
		head = c.next(head, expected+i+1, row.kind, row.body)
		hashes[i] = head.String()
	}
	version := expected + len(rows)
	res, err := tx.ExecContext(ctx, s.q(updateDossier), append([]any{version, head.String()}, append(p.args(), out.ID, expected)...)...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		var actual int
		err := tx.QueryRowContext(ctx, s.q(`SELECT version FROM dossiers WHERE id = ?`), out.ID).Scan(&actual)
		if errors.Is(err, sql.ErrNoRows) {
			return &OpError{Op: "apply", Dossier: out.ID, Kind: ErrNotFound}
		}
		if err != nil {
			return err
		}
		return &ConflictError{Dossier: out.ID, Expected: expected, Actual: actual}
	}
	// One statement for the rows (a receipt writes two or three): one round
	// trip to the server.
	var q strings.Builder
	q.WriteString(`INSERT INTO events (dossier_id, seq, kind, body, hash) VALUES `)
	args := make([]any, 0, 5*len(rows))
	for i, row := range rows {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?, ?, ?)")
		args = append(args, out.ID, expected+i+1, row.kind, string(row.body), hashes[i])
	}
	if _, err := tx.ExecContext(ctx, s.q(q.String()), args...); err != nil {
		return err
	}
	if key != "" {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO idempotency (idem_key, dossier_id, version) VALUES (?, ?, ?)`), key, out.ID, version); err != nil {
			return err
		}
	}
	out.Version, out.head = version, head
	return nil
}

// txSequencer hands out dossier codes from the code_counters table, inside
// the transaction that appends the receipt.
type txSequencer struct {
	ctx context.Context
	tx  *sql.Tx
	s   *Store
}

// Next increments the counter of unit and day and returns its new value;
// the increment commits or rolls back with the receipt.
func (t *txSequencer) Next(unit string, day date.Date) (int, error) {
	var n int
	err := t.tx.QueryRowContext(t.ctx, t.s.q(`INSERT INTO code_counters (unit, day, last_seq) VALUES (?, ?, 1)
ON CONFLICT (unit, day) DO UPDATE SET last_seq = code_counters.last_seq + 1 RETURNING last_seq`), unit, int64(day)).Scan(&n)
	if err != nil {
		return 0, err
	}
	if n > 9999 {
		return 0, dossier.ErrSequenceExhausted
	}
	return n, nil
}
