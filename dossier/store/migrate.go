package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one embedded schema step, numbered from 1 by its file name
// (0001_init.sql).
type migration struct {
	version    int
	statements []string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []migration
	for i, name := range names {
		var v int
		if _, err := fmt.Sscanf(name, "migrations/%04d_", &v); err != nil || v != i+1 {
			return nil, fmt.Errorf("migration %s out of sequence", name)
		}
		data, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var stmts []string
		for _, st := range strings.Split(string(data), ";\n") {
			var lines []string
			for _, l := range strings.Split(st, "\n") {
				if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
					lines = append(lines, l)
				}
			}
			if len(lines) > 0 {
				stmts = append(stmts, strings.Join(lines, "\n"))
			}
		}
		out = append(out, migration{version: v, statements: stmts})
	}
	return out, nil
}

// SchemaVersion is the newest schema this program knows.
const SchemaVersion = 2

// migrate brings the schema to SchemaVersion, each step in its own
// transaction with the version row, and refuses a newer schema. Programs
// opening the same database at once take turns (see below) with portable
// SQL only.
func (s *Store) migrate(ctx context.Context) error {
	steps, err := migrations()
	if err != nil {
		return &OpError{Op: "migrate", Kind: ErrSchema, Err: err}
	}
	if len(steps) != SchemaVersion {
		return &OpError{Op: "migrate", Kind: ErrSchema, Err: fmt.Errorf("%d migrations embedded, want %d", len(steps), SchemaVersion)}
	}
	// Concurrent migrations take turns on the one row of
	// motcua_schema_lock: each step first updates it, which holds its row
	// lock until the step commits (PostgreSQL and the distributed databases
	// compatible with it, which refuse LOCK TABLE; a serialization failure
	// there, SQLSTATE 40001, runs the step again), and on SQLite the
	// database write lock every writing transaction takes.
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		for _, st := range []string{
			`CREATE TABLE IF NOT EXISTS motcua_schema (version BIGINT NOT NULL)`,
			`CREATE TABLE IF NOT EXISTS motcua_schema_lock (id INTEGER PRIMARY KEY, turns BIGINT NOT NULL)`,
			`INSERT INTO motcua_schema_lock (id, turns) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
		} {
			if _, err := tx.ExecContext(ctx, st); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return dbErr("migrate", "", err)
	}
	for _, m := range steps {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, `UPDATE motcua_schema_lock SET turns = turns + 1 WHERE id = 1`); err != nil {
				return err
			}
			if lock := s.dialect.MigrationLock(); lock != "" {
				if _, err := tx.ExecContext(ctx, lock); err != nil {
					return err
				}
			}
			var current sql.NullInt64
			if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM motcua_schema`).Scan(&current); err != nil {
				return err
			}
			if int(current.Int64) > SchemaVersion {
				return &SchemaError{Found: int(current.Int64), Known: SchemaVersion}
			}
			if int(current.Int64) >= m.version {
				return nil
			}
			for _, st := range m.statements {
				if _, err := tx.ExecContext(ctx, st); err != nil {
					return fmt.Errorf("migration %d: %w", m.version, err)
				}
			}
			_, err := tx.ExecContext(ctx, s.q(`INSERT INTO motcua_schema (version) VALUES (?)`), m.version)
			return err
		})
		if err != nil {
			var se *SchemaError
			if errors.As(err, &se) {
				return err
			}
			return dbErr("migrate", "", err)
		}
	}
	return nil
}
