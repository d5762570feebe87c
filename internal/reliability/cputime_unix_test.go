//go:build unix

package reliability

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used (user and system),
// which a busy machine does not inflate as it does the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
