package holidaytest

import (
	"github.com/motcua/motcua/internal/tbrecord"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

func TestCheckCalendarVietnam(t *testing.T) {
	CheckCalendar(t, holiday.Vietnam())
}

// An extended calendar: a province that works on Saturdays and has its own
// day off, with a holiday that a future law adds.
func TestCheckCalendarExtended(t *testing.T) {
	cal, err := holiday.Vietnam().Extend(holiday.Spec{
		WorkingWeekdays: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
		Days: []holiday.SpecialDay{{Date: date.New(2027, time.March, 8), Kind: holiday.KindDayOff,
			NameVI: "Ngày nghỉ của tỉnh", Source: "Quyết định 1/2027/QĐ-UBND"}},
		Recurring: []holiday.Recurring{{Month: time.November, Day: 24, From: date.New(2026, time.November, 24),
			NameVI: "Ngày Văn hóa Việt Nam", NameEN: "Vietnamese Culture Day", Source: "Resolution 30/NQ-CP"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	CheckCalendar(t, cal)
}

func TestGeneratorsStayInSpanAndHitHardCases(t *testing.T) {
	cal := holiday.Vietnam()
	first, last := cal.Span()
	days, working, offsets := Date(cal), WorkingDay(cal), Offset()
	var special, tet, negative, large int
	const n = 2000
	for i := 0; i < n; i++ {
		d := days.Example(i)
		if d < first || d > last {
			t.Fatalf("Date drew %s outside %s..%s", d, first, last)
		}
		if _, ok := cal.Special(d); ok {
			special++
		}
		if sp, ok := cal.Special(d); ok && strings.Contains(sp.NameVI, "Tết Nguyên Đán") {
			tet++
		}
		if w := working.Example(i); !cal.IsWorkingDay(w) {
			t.Fatalf("WorkingDay drew %s %s, not a working day", w, w.Weekday())
		}
		switch k := offsets.Example(i); {
		case k < 0:
			negative++
		case k > 60:
			large++
		}
	}
	// Uniform days are special about 4% of the time; the generator must do
	// much better.
	if special < n/5 || tet < n/50 || negative < n/10 || large < n/10 {
		t.Errorf("too few hard cases in %d draws: %d special days, %d Tết days, %d negative and %d large offsets",
			n, special, tet, negative, large)
	}
}

// vietnamNoHolidays counts Monday–Friday only: the bug of a vendor who
// forgot the holidays.
func vietnamNoHolidays(d date.Date, n int) (date.Date, error) {
	step := date.Date(1)
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d += step
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	if !holiday.Vietnam().Contains(d) {
		return 0, holiday.ErrOutOfSpan
	}
	return d, nil
}

// The runner must be able to fail: a function that ignores holidays, one
// that counts the starting day, and one that never reports the end of the
// span are all caught, and the message says what was skipped and why.
func TestRunAddWorkingDaysCatchesBugs(t *testing.T) {
	t.Chdir(t.TempDir()) // rapid saves the failing cases under testdata/rapid
	cal := holiday.Vietnam()
	bugs := map[string]struct {
		f    func(date.Date, int) (date.Date, error)
		want string // in the failure message
	}{
		"ignores holidays": {vietnamNoHolidays, "skipped: "},
		"counts the starting day": {func(d date.Date, n int) (date.Date, error) {
			// Right at the ends of the span, so that counting the starting
			// day is the only fault to find.
			if _, err := cal.AddWorkingDays(d, n); err != nil {
				return 0, err
			}
			if n > 0 && cal.IsWorkingDay(d) {
				n--
			}
			return cal.AddWorkingDays(d, n)
		}, "want 20"},
		"no span check": {func(d date.Date, n int) (date.Date, error) {
			if got, err := cal.AddWorkingDays(d, n); err == nil {
				return got, nil
			}
			return d + date.Date(n), nil
		}, "want an error"},
	}
	for name, bug := range bugs {
		t.Run(name, func(t *testing.T) {
			r := tbrecord.Record(strings.ReplaceAll(name, " ", "_"), func(tb rapid.TB) { runAddWorkingDays(tb, bug.f, cal) })
			if !r.Failed() {
				t.Fatalf("RunAddWorkingDays passed a buggy function; output:\n%s", r.Output())
			}
			if out := r.Output(); !strings.Contains(out, bug.want) {
				t.Errorf("failure message lacks %q:\n%s", bug.want, out)
			}
		})
	}
}

func TestRunAddWorkingDaysPassesCorrectFunction(t *testing.T) {
	cal := holiday.Vietnam()
	RunAddWorkingDays(t, cal.AddWorkingDays, cal)
}

// A calendar with a deliberately broken tables cannot be built from outside,
// so CheckCalendar is proved able to fail on a lying wrapper instead: the
// laws are checked through the recorder against the real calendar, and a
// wrong oracle answer must be reported.
func TestCheckLawsCanFail(t *testing.T) {
	cal := holiday.Vietnam()
	o := newOracle(cal)
	// Pretend 2026-02-17 (Tết, mùng 1) is a working day in the oracle.
	tet := date.New(2026, time.February, 17)
	delete(o.special, tet)
	r := tbrecord.Record("laws", func(tb rapid.TB) { checkLaws(tb, cal, o, tet, tet+3, 1, 2) })
	if !r.Failed() || !strings.Contains(r.Output(), "IsWorkingDay(2026-02-17") {
		t.Fatalf("checkLaws did not catch a disagreement; output:\n%s", r.Output())
	}
}

func TestInvalidCalendar(t *testing.T) {
	r := tbrecord.Record("invalid", func(tb rapid.TB) { CheckCalendar(tb, &holiday.Calendar{}) })
	if !r.Failed() {
		t.Fatal("CheckCalendar accepted the zero Calendar")
	}
	defer func() {
		if recover() == nil {
			t.Error("Date(invalid calendar) did not panic")
		}
	}()
	Date(nil)
}

// Verify reports a broken calendar function's counter-example as an error.
func TestVerifyCatchesAWrongCalendar(t *testing.T) {
	if err := Verify(holiday.Vietnam()); err != nil {
		t.Fatalf("Verify(Vietnam()) = %v", err)
	}
	if err := Verify(nil); err == nil {
		t.Fatal("Verify(nil) = nil, want an error")
	}
}
