package tbrecord

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"pgregory.net/rapid"
)

// Recorder is a rapid.TB that records failures instead of failing the
// test. Run checks with [Record].
type Recorder struct {
	mu     sync.Mutex
	name   string
	failed bool
	out    strings.Builder
}

var _ rapid.TB = (*Recorder)(nil)

func (r *Recorder) Helper()      {}
func (r *Recorder) Name() string { return r.name }
func (r *Recorder) log(args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Fprintln(&r.out, args...)
}
func (r *Recorder) Logf(format string, args ...any) { r.log(fmt.Sprintf(format, args...)) }
func (r *Recorder) Log(args ...any)                 { r.log(args...) }
func (r *Recorder) Skipf(format string, args ...any) {
	r.Logf(format, args...)
	runtime.Goexit()
}
func (r *Recorder) Skip(args ...any) { r.Log(args...); runtime.Goexit() }
func (r *Recorder) SkipNow()         { runtime.Goexit() }
func (r *Recorder) Errorf(format string, args ...any) {
	r.Logf(format, args...)
	r.Fail()
}
func (r *Recorder) Error(args ...any) { r.Log(args...); r.Fail() }
func (r *Recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}
func (r *Recorder) Fatal(args ...any) { r.Error(args...); runtime.Goexit() }
func (r *Recorder) FailNow()          { r.Fail(); runtime.Goexit() }
func (r *Recorder) Fail() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed = true
}
func (r *Recorder) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

// Output returns what the checks logged.
func (r *Recorder) Output() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.out.String()
}

// Record runs check against a fresh Recorder named name, on its own
// goroutine (FailNow ends it), and returns the Recorder.
func Record(name string, check func(rapid.TB)) *Recorder {
	r := &Recorder{name: name}
	done := make(chan struct{})
	go func() {
		defer close(done)
		check(r)
	}()
	<-done
	return r
}

// Err runs check like [Record] and returns nil when it passed, or an error
// holding what it logged.
func Err(name string, check func(rapid.TB)) error {
	r := Record(name, check)
	if !r.Failed() {
		return nil
	}
	return errors.New(strings.TrimSpace(r.Output()))
}
