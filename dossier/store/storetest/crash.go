package storetest

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store"
)

// ChildVar is set in the environment of a crash test's child process.
const ChildVar = "MOTCUA_STORE_CRASH_CHILD"

// IsChild reports whether this process is a crash test's child writer.
func IsChild() bool { return os.Getenv(ChildVar) == "1" }

// Child writes to s until it is killed, from 4 goroutines: new dossiers
// and mixed commands, printing "ID VERSION" on standard output after each
// committed append. It exits with status 3 on an error.
func Child(s *store.Store) {
	long, short := Procedure(nil, ProcLong), Procedure(nil, ProcShort)
	var mu sync.Mutex
	out := bufio.NewWriter(os.Stdout)
	report := func(r store.Record) {
		mu.Lock()
		fmt.Fprintf(out, "%s %d\n", r.ID, r.Version)
		out.Flush()
		mu.Unlock()
	}
	var clock sync.Mutex
	tick := 0
	now := func() time.Time {
		clock.Lock()
		defer clock.Unlock()
		tick++
		return At(Day0, 8, 0).Add(time.Duration(tick) * time.Second)
	}
	for g := 0; g < 4; g++ {
		go func() {
			rng := rand.New(rand.NewPCG(uint64(g), uint64(os.Getpid())))
			for i := 0; ; i++ {
				p := short
				if i%2 == 0 {
					p = long
				}
				r, err := s.Create(ctx, Header(p, i), "")
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(3)
				}
				report(r)
				for {
					cmd := Mixed(rng, r, now(), p)
					if cmd == nil {
						break
					}
					next, err := s.Apply(ctx, r, "", cmd)
					if err != nil {
						break // refused by the rules: next dossier
					}
					r = next
					report(r)
				}
			}
		}()
	}
	select {}
}

// Crash starts this test binary again as a child writer (running the test
// named test, which must call [Child] when [IsChild]), with env added to
// its environment; it kills the child with SIGKILL after it reported
// commits commits, then checks s: every append the child reported is
// there, and the whole store verifies (nothing half-written).
func Crash(t *testing.T, s *store.Store, test string, commits int, env ...string) {
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
	cmd.Env = append(append(os.Environ(), ChildVar+"=1"), env...)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := map[string]int{}
	sc := bufio.NewScanner(stdout)
	n := 0
	for sc.Scan() && n < commits {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		v, _ := strconv.Atoi(f[1])
		committed[f[0]] = max(committed[f[0]], v)
		n++
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	if n < commits {
		t.Fatalf("the child reported %d commits before it ended, want %d", n, commits)
	}
	for id, v := range committed {
		r, err := s.Load(ctx, id)
		if err != nil {
			t.Fatalf("dossier %s the child committed: %v", id, err)
		}
		if r.Version < v {
			t.Errorf("dossier %s at version %d, the child committed %d", id, r.Version, v)
		}
	}
	c, err := s.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d commits over %d dossiers; the store holds %d dossiers, %d rows, %d codes, all sound", n, len(committed), c.Dossiers, c.Rows, c.Codes)
}
