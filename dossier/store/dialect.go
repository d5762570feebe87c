package store

import (
	"strconv"
	"strings"
)

// Dialect is what differs between the databases behind a [Store]: how
// placeholders are written and which errors are worth a retry. The SQL
// itself is the same for all. The backends (packages store/sqlite and
// store/postgres) provide one; a vendor may write another for a compatible
// database.
type Dialect interface {
	// Name names the database, e.g. "sqlite" or "postgres".
	Name() string
	// Numbered reports whether placeholders are written $1, $2… (true) or ?.
	Numbered() bool
	// Retryable reports whether err is transient: a serialization failure
	// (SQLSTATE 40001), a deadlock, or a busy database. The store retries
	// the whole transaction with bounded backoff.
	Retryable(err error) bool
	// MigrationLock is an extra statement run at the start of each
	// migration step's transaction, or "" (the store's own backends). The
	// store already serializes concurrent migrations portably, by updating
	// the one row of its motcua_schema_lock table first in each step (a row
	// lock held to commit); a dialect needs this only for a database where
	// a row lock does not make a second writer wait or fail.
	MigrationLock() string
}

// rebind rewrites the ? placeholders of q as $1, $2… for a numbered
// dialect. The store's SQL holds no ? in literals.
func rebind(d Dialect, q string) string {
	if !d.Numbered() || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
