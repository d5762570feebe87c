//go:build !race

package sla_test

// raceDetector: see race_on_test.go.
const raceDetector = false
