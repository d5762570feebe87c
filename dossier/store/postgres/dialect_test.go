package postgres_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/postgres"
)

// Serialization failures and deadlocks are retried, wherever they are
// wrapped; a constraint violation is not.
func TestRetryable(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&pgconn.PgError{Code: "40001"}, true}, // serialization_failure
		{&pgconn.PgError{Code: "40P01"}, true}, // deadlock_detected
		{&store.OpError{Op: "apply", Kind: store.ErrRefused, Err: fmt.Errorf("sequencer: %w", &pgconn.PgError{Code: "40001"})}, true},
		{&pgconn.PgError{Code: "23505"}, false}, // unique_violation
		{errors.New("other"), false},
	} {
		if got := (postgres.Dialect{}).Retryable(tc.err); got != tc.want {
			t.Errorf("Retryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
