package holidaytest

import (
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/internal/tbrecord"
	"pgregory.net/rapid"
)

// Verify runs [CheckCalendar] outside go test — in a command that validates
// a province's calendar data before it is deployed, say — and returns nil
// when the laws hold, or an error holding the failure report (the
// counter-example with the special days around it).
func Verify(cal *holiday.Calendar) error {
	return tbrecord.Err("holidaytest.Verify", func(t rapid.TB) { CheckCalendar(t, cal) })
}
