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
// transaction with the version row, and refuses a newer schema.
func (s *Store) migrate(ctx context.Context) error {
	steps, err := migrations()
	if err != nil {
		return &OpError{Op: "migrate", Kind: ErrSchema, Err: err}
	}
	if len(steps) != SchemaVersion {
		return &OpError{Op: "migrate", Kind: ErrSchema, Err: fmt.Errorf("%d migrations embedded, want %d", len(steps), SchemaVersion)}
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS motcua_schema (version BIGINT NOT NULL)`)
		return err
	})
	if err != nil {
		return dbErr("migrate", "", err)
	}
	for _, m := range steps {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
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
