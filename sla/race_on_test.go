//go:build race

package sla_test

// raceDetector reports whether the tests run with the race detector, which
// slows the reader tenfold: tests that read the whole corpus once more for
// a property of one goroutine read a sample then.
const raceDetector = true
