package storetest

import (
	"errors"
	"math/rand/v2"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/procedure"
	"github.com/shopspring/decimal"
)

// Scale returns the reliability test's size: dossiers and commands. The
// default (1,000 dossiers, 2,000 commands by 16 writers) runs in seconds;
// MOTCUA_STORE_DOSSIERS raises it (the commands are twice the dossiers).
func Scale() (dossiers, commands int) {
	dossiers = 1000
	if n, err := strconv.Atoi(os.Getenv("MOTCUA_STORE_DOSSIERS")); err == nil && n > 0 {
		dossiers = n
	}
	return dossiers, 2 * dossiers
}

// Mixed returns the next command for r at now, by its status (nil when
// the dossier is finished); p is the dossier's procedure.
func Mixed(rng *rand.Rand, r store.Record, now time.Time, p procedure.Procedure) store.Command {
	switch r.Dossier.Status() {
	case dossier.StatusUnknown:
		if rng.IntN(20) == 0 {
			return Refuse(now)
		}
		return Receive(now, p)
	case dossier.Received:
		return Transfer(now)
	case dossier.Processing:
		switch rng.IntN(4) {
		case 0:
			return RequestSupplement(now)
		case 1:
			return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
				return d.RequestObligation(now, Actor, decimal.NewFromInt(50_000))
			}
		}
		return Decide(now)
	case dossier.SupplementRequested:
		return Supplement(now)
	case dossier.FinancialObligation:
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.PayObligation(now, Actor)
		}
	case dossier.Processed:
		return Return(now)
	}
	return nil
}

// testConcurrentWriters runs 16 writers over the dossiers with mixed
// commands, conflicts and resent requests; afterwards no event is lost or
// duplicated, no code given twice or skipped, and every replay equals its
// projection row.
func testConcurrentWriters(t *testing.T, open Open) {
	s := open(t)
	nDossiers, nCommands := Scale()
	if testing.Short() {
		nDossiers, nCommands = 100, 200
	}
	long, short := Procedure(t, ProcLong), Procedure(t, ProcShort)
	ids := make([]string, nDossiers)
	const writers = 16
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < nDossiers; i += writers {
				p := short
				if i%2 == 0 {
					p = long
				}
				r, err := s.Create(ctx, Header(p, i), "create-"+strconv.Itoa(i))
				if err != nil {
					errs <- err
					return
				}
				ids[i] = r.ID
			}
		}()
	}
	wg.Wait()
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
	var (
		clock                                 atomic.Int64
		left                                  atomic.Int64
		appended, receipts, conflicts, resent atomic.Int64
		refused                               atomic.Int64
	)
	start := At(Day0, 8, 0)
	left.Store(int64(nCommands))
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for n := 0; left.Add(-1) >= 0; n++ {
				id := ids[rng.IntN(len(ids))]
				r, err := s.Load(ctx, id)
				if err != nil {
					errs <- err
					return
				}
				now := start.Add(time.Duration(clock.Add(1)) * time.Second)
				p := short
				if r.Dossier.Header().Procedure.Code == long.Code() {
					p = long
				}
				cmd := Mixed(rng, r, now, p)
				if cmd == nil {
					continue
				}
				key := "w" + strconv.Itoa(w) + "-" + strconv.Itoa(n)
				out, err := s.Apply(ctx, r, key, cmd)
				switch {
				case errors.Is(err, store.ErrConflict):
					conflicts.Add(1)
					continue
				case errors.Is(err, store.ErrRefused):
					refused.Add(1)
					continue
				case err != nil:
					errs <- err
					return
				}
				appended.Add(int64(out.Version - r.Version))
				if out.Dossier.Code() != "" && r.Dossier.Code() == "" {
					receipts.Add(1)
				}
				if rng.IntN(10) == 0 { // the clerk's browser sends the request again
					again, err := s.Apply(ctx, r, key, cmd)
					if err != nil || again.Version < out.Version {
						errs <- errors.Join(errors.New("a resent request failed"), err)
						return
					}
					resent.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	c, err := s.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rows int64
	if err := s.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM events`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != appended.Load() || int64(c.Rows) != rows || c.Dossiers != nDossiers || int64(c.Codes) != receipts.Load() {
		t.Errorf("%d rows stored, %d appended, %d verified; %d dossiers; %d codes for %d receipts", rows, appended.Load(), c.Rows, c.Dossiers, c.Codes, receipts.Load())
	}
	t.Logf("%d dossiers, %d commands: %d rows appended, %d receipts, %d conflicts, %d refused, %d resent", nDossiers, nCommands, rows, receipts.Load(), conflicts.Load(), refused.Load(), resent.Load())
}
