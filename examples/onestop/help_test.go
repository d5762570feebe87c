package main

import (
	"testing"

	"github.com/motcua/motcua/examples/internal/texttest"
)

// Issue 12.14: -h printed the usage and exited 1.
func TestHelpExitsZero(t *testing.T) { texttest.Help(t, "onestop", run) }
