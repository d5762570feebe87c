package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/storetest"
)

// RestartVar names the environment variable with a shell command that
// restarts the PostgreSQL server of MOTCUA_POSTGRES_URL (.ci/run sets it).
const RestartVar = "MOTCUA_POSTGRES_RESTART"

// The server stopped and restarted in the middle of the load: clerks resend
// each request whose answer they did not get, with its idempotency key, until
// it is answered. Afterwards every answered append is there, none twice,
// and the store verifies.
func TestServerRestart(t *testing.T) {
	restart := os.Getenv(RestartVar)
	if restart == "" {
		serverURL(t)
		t.Skipf("skipping the server restart test: %s is not set (.ci/run sets it for the server it starts)", RestartVar)
	}
	s := open(t)
	ctx := context.Background()
	p := storetest.Procedure(t, storetest.ProcLong)
	var stop atomic.Bool
	var answered, resent atomic.Int64
	committed := sync.Map{} // ID → version answered
	// send runs a request until it is answered.
	send := func(f func() (store.Record, error)) (store.Record, error) {
		for {
			r, err := f()
			if err == nil || errors.Is(err, store.ErrRefused) || errors.Is(err, store.ErrConflict) {
				return r, err
			}
			resent.Add(1)
			time.Sleep(50 * time.Millisecond)
		}
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stop.Load(); i++ {
				key := fmt.Sprintf("w%d-%d", w, i)
				r, err := send(func() (store.Record, error) { return s.Create(ctx, storetest.Header(p, i), key+"/create") })
				if err != nil {
					t.Error(err)
					return
				}
				now := storetest.At(storetest.Day0, 9, 0)
				for j, cmd := range []store.Command{storetest.Receive(now, p), storetest.Transfer(now.Add(time.Hour)), storetest.Decide(now.Add(2 * time.Hour))} {
					if r, err = send(func() (store.Record, error) { return s.Apply(ctx, r, fmt.Sprintf("%s/%d", key, j), cmd) }); err != nil {
						t.Error(err)
						return
					}
					committed.Store(r.ID, r.Version)
					answered.Add(1)
				}
			}
		}()
	}
	time.Sleep(time.Second)
	out, err := exec.Command("sh", "-c", restart).CombinedOutput()
	if err != nil {
		stop.Store(true)
		wg.Wait()
		t.Fatalf("restart: %v: %s", err, out)
	}
	time.Sleep(time.Second)
	stop.Store(true)
	wg.Wait()
	n := 0
	committed.Range(func(id, v any) bool {
		r, err := s.Load(ctx, id.(string))
		if err != nil || r.Version != v.(int) {
			t.Errorf("dossier %s: version %d, %v; answered %d", id, r.Version, err, v)
		}
		n++
		return true
	})
	c, err := s.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if resent.Load() == 0 {
		t.Log("no request had to be resent: the restart was quicker than the writers")
	}
	t.Logf("%d appends answered over %d dossiers, %d requests resent during the restart; the store holds %d dossiers, %d rows, all sound",
		answered.Load(), n, resent.Load(), c.Dossiers, c.Rows)
}
