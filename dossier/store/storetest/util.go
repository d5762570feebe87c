package storetest

import (
	"runtime"
	"syscall"
	"time"
)

func runtimeProcs() int { return runtime.GOMAXPROCS(0) }

// cpuTime is the CPU time the process has used (user and system): on a
// shared machine it tells the cost of an operation better than the wall
// clock. For an embedded database it includes the database's own work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
