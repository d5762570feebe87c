package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/examples/server/internal/load"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// child is the server running as a separate process.
type child struct {
	cmd  *exec.Cmd
	url  string
	code string // the demo dossier, when the run seeded one
}

// startChild runs the server binary on dir and port and waits until it
// prints its URL.
func startChild(t *testing.T, bin, dir, port string) *child {
	t.Helper()
	cmd := exec.Command(bin, "-addr", "127.0.0.1:"+port, "-dir", dir, "-token", "crash", "-track-rate", "0", "-api-rate", "0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd}
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		l := lines.Text()
		if u, ok := strings.CutPrefix(l, "motcua: "); ok && strings.HasPrefix(u, "http") {
			c.url = u
		}
		if strings.Contains(l, "demo dossier: ") {
			c.code = strings.TrimSuffix(strings.Fields(strings.SplitN(l, "demo dossier: ", 2)[1])[0], ",")
		}
		if strings.Contains(l, "clerk token (report") {
			break // the last line before serving
		}
	}
	go io.Copy(io.Discard, out)
	if c.url == "" {
		cmd.Process.Kill()
		t.Fatal("the server printed no URL")
	}
	return c
}

// TestCrash kills the server with SIGKILL in the middle of the load and
// starts it again on the same file: every acknowledged command is still in
// its dossier's history and no dossier code was issued twice. Then SIGTERM
// stops the second run gracefully.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "server")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strings.TrimPrefix(ln.Addr().String(), "127.0.0.1:")
	ln.Close()

	first := startChild(t, bin, dir, port)
	cfg := load.Config{
		Base: first.url, Clients: 32, Duration: 4 * time.Second, Mix: "mixed", TrackCode: first.code, TrackID: demoID, Tolerant: true,
		Tokens: map[string]string{"receive": "crash-receive", "process": "crash-process", "report": "crash-report"},
	}
	if cfg.TrackCode == "" {
		cfg.TrackCode = demoUnit + "-260101-0001" // refused lookups still load a dossier
	}
	done := make(chan *load.Result, 1)
	go func() { done <- load.Run(context.Background(), cfg) }()
	time.Sleep(1500 * time.Millisecond)
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.cmd.Wait()
	time.Sleep(200 * time.Millisecond)
	second := startChild(t, bin, dir, port)
	res := <-done
	t.Logf("crash load: %s", res.Summary())
	if len(res.Errors) > 0 {
		t.Errorf("%d errors; first: %s", len(res.Errors), res.Errors[0])
	}
	if res.Failed == 0 {
		t.Error("no request failed: the kill did not land mid-load")
	}
	if err := res.Verify(context.Background(), cfg, false); err != nil {
		t.Error(err)
	}
	if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := second.cmd.Wait(); err != nil {
		t.Errorf("graceful shutdown: %v", err)
	}
	// Every code in the file, once; and each unit's day numbered 1…n.
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "centre.db"), sched, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	seen := map[string]bool{}
	perDay := map[string]int{}
	n := 0
	if err := st.All(context.Background(), func(r storeRecord) error {
		c := string(r.Dossier.Code())
		if c == "" {
			return nil
		}
		if seen[c] {
			t.Errorf("code %s twice", c)
		}
		seen[c] = true
		perDay[c[:len(c)-5]]++
		n++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for c := range seen {
		var seq int
		for _, ch := range c[len(c)-4:] {
			seq = seq*10 + int(ch-'0')
		}
		if seq > perDay[c[:len(c)-5]] {
			t.Errorf("code %s beyond the %d codes of its day: a gap", c, perDay[c[:len(c)-5]])
		}
	}
	t.Logf("%d dossiers with codes after the crash, each once, gapless", n)
}

type storeRecord = store.Record
