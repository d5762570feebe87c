package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/dossier/store/storetest"
	"github.com/rickb777/date/v2"
)

// BigVar enables the benchmarks over 1,000,000 stored dossiers (seeded
// once into a file of the temporary directory, kept for the next run).
const BigVar = "MOTCUA_STORE_BIG"

const bigN = 1_000_000

// bigStore returns a store of 1,000,000 dossiers' projection rows received
// over two years up to storetest.Day0 at 10 units: those received more than
// 30 days before are closed, the others open, one in ten paused.
func bigStore(b *testing.B) *store.Store {
	if os.Getenv(BigVar) == "" {
		b.Skipf("set %s=1 to run the benchmarks over 1,000,000 stored dossiers", BigVar)
	}
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), "motcua-bench-1m.db")
	s, err := sqlite.Open(ctx, path, storetest.Schedule(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var n int
	if err := s.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM dossiers`).Scan(&n); err != nil {
		b.Fatal(err)
	}
	if n == bigN {
		return s
	}
	if n != 0 {
		b.Fatalf("%s holds %d dossiers; remove it", path, n)
	}
	start := time.Now()
	first := storetest.Day0 - 730
	const batch = 50_000
	for i := 0; i < bigN; i += batch {
		tx, err := s.DB().BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		st, err := tx.PrepareContext(ctx, `INSERT INTO dossiers (id, version, head_hash, header, unit, agency, procedure_code, procedure_decision, field, channel, online, code, status, is_open,
received_at, received_day, due_day, appointment_day, paused_since, finished_day, outcome, stopped_day, refused_day, closed_day)
VALUES (?, 2, '', '{}', ?, ?, ?, '', ?, 'direct', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`)
		if err != nil {
			b.Fatal(err)
		}
		for j := i; j < i+batch; j++ {
			received := first + date.Date(j*730/bigN)
			due := received + date.Date(3+j%12)
			unit := fmt.Sprintf("000.00.%02d.H57", j%10)
			code := fmt.Sprintf("%s-%06d-%04d", unit, j/10%1_000_000, j%10000)
			open := received > storetest.Day0-30
			var paused, finished, closed, refused sql.NullInt64
			status, outcome := int(dossier.Processing), 0
			switch {
			case j%97 == 0:
				status, refused = int(dossier.NotReceived), sql.NullInt64{Int64: int64(received), Valid: true}
			case open && j%10 == 0:
				status, paused = int(dossier.SupplementRequested), sql.NullInt64{Int64: storetest.At(received+1, 9, 0).UnixMilli(), Valid: true}
			case !open:
				done := received + date.Date(j%15)
				status, outcome = int(dossier.Returned), 1+j%3
				finished, closed = sql.NullInt64{Int64: int64(done), Valid: true}, sql.NullInt64{Int64: int64(done), Valid: true}
			}
			isOpen := 0
			var recvAt, recvDay, dueDay any
			if !refused.Valid {
				recvAt, recvDay, dueDay = storetest.At(received, 9, 0).UnixMilli(), int64(received), int64(due)
				if !closed.Valid {
					isOpen = 1
				}
			}
			if _, err := st.ExecContext(ctx, fmt.Sprintf("big-%07d", j), unit, fmt.Sprintf("agency-%02d", j%20), storetest.ProcLong, "Cư trú",
				code, status, isOpen, recvAt, recvDay, dueDay, dueDay, paused, finished, outcome, refused, closed); err != nil {
				b.Fatal(err)
			}
		}
		st.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.DB().ExecContext(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d dossiers in %v", bigN, time.Since(start))
	return s
}

// The end-of-day due-soon list of one unit over 1,000,000 stored dossiers.
func BenchmarkDueSoon1M(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	for i := 0; i < b.N; i++ {
		due, err := s.DueWithin(ctx, storetest.Day0, 2, store.Filter{Unit: "000.00.03.H57"})
		if err != nil {
			b.Fatal(err)
		}
		rows = len(due)
	}
	b.ReportMetric(float64(rows), "rows")
}

// A month's report streamed over 1,000,000 stored dossiers.
func BenchmarkMonthReport1M(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	feb := dossier.Period{From: date.New(2026, time.February, 1), To: date.New(2026, time.March, 1)}
	b.ReportAllocs()
	b.ResetTimer()
	var f dossier.Figures
	for i := 0; i < b.N; i++ {
		r, err := s.Report(ctx, feb, store.GroupAgency)
		if err != nil {
			b.Fatal(err)
		}
		f = r.Total()
	}
	b.ReportMetric(float64(f.Received), "received")
	b.ReportMetric(float64(f.Pending), "pending")
}
