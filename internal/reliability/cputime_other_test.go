//go:build !unix

package reliability

import "time"

// cpuTime is unavailable here: the resource test falls back to the wall
// clock (see cputime_unix_test.go).
func cpuTime() time.Duration { return 0 }
