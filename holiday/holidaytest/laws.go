package holidaytest

import (
	"errors"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// CheckCalendar checks the laws of working-day arithmetic on cal with
// rapid, on days drawn by [Date] and offsets drawn by [Offset]:
//
//   - agreement with a naive oracle that steps day by day over the
//     calendar's special days ([holiday.Calendar.SpecialDays]) and working
//     week: IsWorkingDay, AddWorkingDays (including which results fall
//     outside the span, which must be errors wrapping
//     [holiday.ErrOutOfSpan] of type *[holiday.SpanError]) and Special;
//   - the inverse law WorkingDaysBetween(d, AddWorkingDays(d, n)) == n;
//   - AddWorkingDays(d, 0) == d, and for n ≠ 0 a working day strictly after
//     (n > 0) or before (n < 0) d;
//   - monotonicity: n < m implies AddWorkingDays(d, n) < AddWorkingDays(d, m),
//     and d ≤ e implies AddWorkingDays(d, n) ≤ AddWorkingDays(e, n);
//   - composition: AddWorkingDays(AddWorkingDays(d, n), m) ==
//     AddWorkingDays(d, n+m) when n and m have the same sign, or d is a
//     working day, or n+m ≠ 0 with n+m of the sign of n;
//   - NextWorkingDay, PreviousWorkingDay and WorkingDayOnOrAfter agree with
//     AddWorkingDays.
//
// A failure is shrunk to a minimal case and printed with the special days
// around it (names, kinds and sources). t is usually a *testing.T.
func CheckCalendar(t rapid.TB, cal *holiday.Calendar) {
	t.Helper()
	if !cal.IsValid() {
		t.Fatalf("holidaytest: CheckCalendar: the calendar is not valid")
		return
	}
	o := newOracle(cal)
	days, offsets := Date(cal), Offset()
	rapid.Check(t, func(t *rapid.T) {
		d := days.Draw(t, "d")
		n := offsets.Draw(t, "n")
		m := offsets.Draw(t, "m")
		e := o.clampDay(d + date.Date(rapid.IntRange(0, 40).Draw(t, "e-d")))
		checkLaws(t, cal, o, d, e, n, m)
	})
}

func (o *oracle) clampDay(d date.Date) date.Date { return min(max(d, o.first), o.last) }

// add is AddWorkingDays checked against the oracle: it reports ok == false
// for a result outside the span, after checking the error.
func add(t rapid.TB, cal *holiday.Calendar, o *oracle, d date.Date, n int) (date.Date, bool) {
	t.Helper()
	got, err := cal.AddWorkingDays(d, n)
	want, ok := o.add(d, n)
	if !ok {
		var se *holiday.SpanError
		if err == nil || !errors.Is(err, holiday.ErrOutOfSpan) || !errors.As(err, &se) {
			t.Fatalf("AddWorkingDays(%s %s, %d) = %s, %v; want an error wrapping holiday.ErrOutOfSpan of type *holiday.SpanError (the result is outside the span)\nspecial days around:\n%s",
				d, weekday(d), n, got, err, o.around(d, d))
		}
		return 0, false
	}
	if err != nil || got != want {
		t.Fatalf("AddWorkingDays(%s %s, %d) = %s, %v; the day-by-day oracle says %s %s\ndays not counted between them:\n%sspecial days around:\n%s",
			d, weekday(d), n, got, err, want, weekday(want), o.skipped(d, want), o.around(d, want))
	}
	return got, true
}

func checkLaws(t rapid.TB, cal *holiday.Calendar, o *oracle, d, e date.Date, n, m int) {
	t.Helper()
	if got, want := cal.IsWorkingDay(d), o.working(d); got != want {
		t.Fatalf("IsWorkingDay(%s %s) = %v; the oracle says %v (%s)\nspecial days around:\n%s",
			d, weekday(d), got, want, o.reason(d), o.around(d, d))
	}
	sp, ok := cal.Special(d)
	if wantSp, wantOk := o.special[d]; ok != wantOk || sp != wantSp {
		t.Fatalf("Special(%s) = %+v, %v; SpecialDays says %+v, %v", d, sp, ok, wantSp, wantOk)
	}

	r, ok := add(t, cal, o, d, n)
	if ok {
		between, err := cal.WorkingDaysBetween(d, r)
		if err != nil || between != n {
			t.Fatalf("inverse law: WorkingDaysBetween(%s, AddWorkingDays(%s, %d) = %s) = %d, %v; want %d\ndays not counted:\n%s",
				d, d, n, r, between, err, n, o.skipped(d, r))
		}
		switch {
		case n == 0 && r != d:
			t.Fatalf("AddWorkingDays(%s, 0) = %s; want %s", d, r, d)
		case n > 0 && (r <= d || !cal.IsWorkingDay(r)):
			t.Fatalf("AddWorkingDays(%s, %d) = %s %s; want a working day after %s", d, n, r, weekday(r), d)
		case n < 0 && (r >= d || !cal.IsWorkingDay(r)):
			t.Fatalf("AddWorkingDays(%s, %d) = %s %s; want a working day before %s", d, n, r, weekday(r), d)
		}
	}

	// Strictly monotone in n.
	rm, okm := add(t, cal, o, d, m)
	if ok && okm && ((n < m && r >= rm) || (n > m && r <= rm)) {
		t.Fatalf("monotonicity in n: AddWorkingDays(%s, %d) = %s but AddWorkingDays(%s, %d) = %s\nspecial days around:\n%s",
			d, n, r, d, m, rm, o.around(r, rm))
	}
	// Monotone in d.
	if re, oke := add(t, cal, o, e, n); ok && oke && re < r {
		t.Fatalf("monotonicity in d: %s ≤ %s but AddWorkingDays(%s, %d) = %s > AddWorkingDays(%s, %d) = %s\nspecial days around:\n%s",
			d, e, d, n, r, e, n, re, o.around(d, re))
	}
	// Composition.
	sameSign := (n >= 0 && m >= 0) || (n <= 0 && m <= 0)
	keepsSign := n+m != 0 && (n > 0) == (n+m > 0)
	if ok && (sameSign || keepsSign || cal.IsWorkingDay(d)) {
		rr, ok2 := add(t, cal, o, r, m)
		want, ok3 := add(t, cal, o, d, n+m)
		if ok2 && ok3 && rr != want {
			t.Fatalf("composition: AddWorkingDays(AddWorkingDays(%s, %d) = %s, %d) = %s; AddWorkingDays(%s, %d) = %s\nspecial days around:\n%s",
				d, n, r, m, rr, d, n+m, want, o.around(d, want))
		}
	}
	// The named helpers.
	if next, err := cal.NextWorkingDay(d); err == nil {
		if want, _ := o.add(d, 1); next != want {
			t.Fatalf("NextWorkingDay(%s) = %s; want %s", d, next, want)
		}
	}
	if prev, err := cal.PreviousWorkingDay(d); err == nil {
		if want, _ := o.add(d, -1); prev != want {
			t.Fatalf("PreviousWorkingDay(%s) = %s; want %s", d, prev, want)
		}
	}
	if on, err := cal.WorkingDayOnOrAfter(d); err == nil {
		want := d
		if !o.working(d) {
			want, _ = o.add(d, 1)
		}
		if on != want {
			t.Fatalf("WorkingDayOnOrAfter(%s %s) = %s; want %s", d, weekday(d), on, want)
		}
	}
}
