package holidaytest

import (
	"errors"
	"strings"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/internal/tbrecord"
	"pgregory.net/rapid"
)

// Verify runs [CheckCalendar] outside go test — in a command that validates
// a province's calendar data before it is deployed, say — and returns nil
// when the laws hold, or an error holding the failure report (the
// counter-example with the special days around it).
func Verify(cal *holiday.Calendar) error {
	r := tbrecord.Record("holidaytest.Verify", func(t rapid.TB) { CheckCalendar(t, cal) })
	if !r.Failed() {
		return nil
	}
	return errors.New(strings.TrimSpace(r.Output()))
}
