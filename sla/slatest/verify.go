package slatest

import (
	"time"

	"github.com/motcua/motcua/internal/tbrecord"
	"github.com/motcua/motcua/sla"
	"pgregory.net/rapid"
)

// Verify runs [CheckDeadlines] outside go test — in a command that checks an
// office's schedule before it is deployed, say — and returns nil when the
// laws hold, or an error holding the failure report (the counter-example
// with its explanation).
func Verify(s *sla.Schedule) error {
	return tbrecord.Err("slatest.Verify", func(t rapid.TB) { CheckDeadlines(t, s) })
}

// VerifyDeadline runs [CheckDeadline] for one receipt and limit outside go
// test and returns nil when the laws hold, or an error holding the report.
func VerifyDeadline(s *sla.Schedule, received time.Time, l sla.Limit) error {
	return tbrecord.Err("slatest.VerifyDeadline", func(t rapid.TB) { CheckDeadline(t, s, received, l) })
}
