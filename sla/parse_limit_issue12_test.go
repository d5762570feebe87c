package sla_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
)

// Issue 12.1: ParseLimit read "01 tháng 15 ngày" as one month, "3 ngày 4 giờ
// làm việc" as 3 calendar days and "10 tháng 3 ngày" as 10 months: the
// number after "tháng"/"ngày" was taken for a day of a date. A composite is
// never returned in part.
func TestParseLimitNeverPartOfComposite(t *testing.T) {
	for _, in := range []string{
		"01 tháng 15 ngày",
		"3 ngày 4 giờ làm việc",
		"10 tháng 3 ngày",
		"15 ngày + 08 ngày làm việc",
		"01 tháng 15 ngày kể từ ngày 15 tháng 6 năm 2024",
	} {
		l, err := sla.ParseLimit(in)
		if err == nil || !errors.Is(err, sla.ErrLimitAmbiguous) {
			t.Errorf("ParseLimit(%q) = %v, %v; want an error wrapping ErrLimitAmbiguous", in, l, err)
		}
	}
	// A date in words is still not a limit.
	if l, err := sla.ParseLimit("05 ngày làm việc theo Quyết định ngày 15 tháng 6 năm 2024"); err != nil || l != sla.WorkingDays(5) {
		t.Errorf("date in words: got %v, %v", l, err)
	}
}

// Issue 12.22: "0 ngày làm việc" silently became "Trong ngày". It is
// refused: a same-day limit is written in words, a 0 is an empty field.
func TestParseLimitZeroWorkingDaysRefused(t *testing.T) {
	for _, in := range []string{"0 ngày làm việc", "00 ngày làm việc", "0,00 ngày làm việc"} {
		l, err := sla.ParseLimit(in)
		if !errors.Is(err, sla.ErrLimitRange) {
			t.Errorf("ParseLimit(%q) = %v, %v; want ErrLimitRange", in, l, err)
		}
	}
	if l, err := sla.ParseLimit("Trong ngày"); err != nil || !l.IsSameDay() {
		t.Errorf("Trong ngày: %v, %v", l, err)
	}
}

// Issue 12.8: no size limit; a 5 MB text cost 1 GB. Beyond
// MaxLimitTextBytes the text is refused before any work, with a short quote.
func TestParseLimitTooLong(t *testing.T) {
	ok := strings.Repeat(" ", sla.MaxLimitTextBytes-len("15 ngày làm việc")) + "15 ngày làm việc"
	if l, err := sla.ParseLimit(ok); err != nil || l != sla.WorkingDays(15) {
		t.Errorf("text of exactly MaxLimitTextBytes: %v, %v", l, err)
	}
	long := "15 ngày làm việc" + strings.Repeat("ệ", 2*sla.MaxLimitTextBytes)
	_, err := sla.ParseLimit(long)
	var le *sla.LimitError
	if !errors.Is(err, sla.ErrLimitTooLong) || !errors.As(err, &le) {
		t.Fatalf("long text: %v, want a *LimitError wrapping ErrLimitTooLong", err)
	}
	if n := len(err.Error()); n > 300 {
		t.Errorf("error message is %d bytes, want a short prefix", n)
	}
	if allocs := testing.AllocsPerRun(10, func() { _, _ = sla.ParseLimit(long) }); allocs > 6 {
		t.Errorf("refusing a long text allocates %v times, want no work", allocs)
	}
}
