package holiday_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// dateIn draws a date in the national span.
func dateIn() *rapid.Generator[date.Date] {
	return rapid.Custom(func(t *rapid.T) date.Date {
		return date.Date(rapid.Int64Range(int64(spanFirst), int64(spanLast)).Draw(t, "day"))
	})
}

// steps draws a working-day count in [-600, 600].
func steps() *rapid.Generator[int] { return rapid.IntRange(-600, 600) }

func TestSpan(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	if !vn.IsValid() {
		t.Fatal("Vietnam().IsValid() = false")
	}
	first, last := vn.Span()
	if first != spanFirst || last != spanLast {
		t.Errorf("Span() = %s..%s, want %s..%s", first, last, spanFirst, spanLast)
	}
	for _, tc := range []struct {
		day  date.Date
		want bool
	}{
		{spanFirst - 1, false}, {spanFirst, true}, {spanLast, true}, {spanLast + 1, false},
		{math.MinInt64, false}, {math.MaxInt64, false}, {0, false},
	} {
		if got := vn.Contains(tc.day); got != tc.want {
			t.Errorf("Contains(%d) = %v, want %v", int64(tc.day), got, tc.want)
		}
	}
	if got, want := vn.WorkingWeekdays(), []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}; !slices.Equal(got, want) {
		t.Errorf("WorkingWeekdays() = %v, want %v", got, want)
	}
	if holiday.Vietnam() != vn {
		t.Error("Vietnam() returned a different calendar on the second call; want the shared one")
	}
}

// TestEveryDayConsistent walks the whole span: a day without a special day
// is a working day iff it is Monday–Friday; a special day decides by kind;
// special days are well formed.
func TestEveryDayConsistent(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	for x := spanFirst; x <= spanLast; x++ {
		got := vn.IsWorkingDay(x)
		s, ok := vn.Special(x)
		want := !isWeekend(x)
		if ok {
			switch {
			case s.Kind.IsDayOff():
				want = false
			case s.Kind == holiday.KindSwapWorkday || s.Kind == holiday.KindWorkday:
				want = true
			}
			if s.Date != x || !s.Kind.IsValid() || s.NameVI == "" || s.NameEN == "" || s.Source == "" {
				t.Errorf("Special(%s) = %+v: want its date, a valid kind, both names and a source", x, s)
			}
			if s.Kind == holiday.KindDayOff || s.Kind == holiday.KindWorkday {
				t.Errorf("Special(%s).Kind = %v: never in the national calendar", x, s.Kind)
			}
			// The English name is English: Vietnamese letters only in the
			// proper names it keeps (Tết, Hùng).
			if en := strings.NewReplacer("Tết", "", "Hùng", "").Replace(s.NameEN); strings.ContainsFunc(en, func(r rune) bool { return r > 0x7F && unicode.IsLetter(r) }) {
				t.Errorf("Special(%s).NameEN = %q: Vietnamese words in the English name", x, s.NameEN)
			}
			if s.IsDayOff() != s.Kind.IsDayOff() {
				t.Errorf("Special(%s).IsDayOff() = %v, Kind.IsDayOff() = %v", x, s.IsDayOff(), s.Kind.IsDayOff())
			}
		}
		if got != want {
			t.Fatalf("IsWorkingDay(%s %s) = %v, want %v (special: %+v, %v)", x, x.Weekday(), got, want, s, ok)
		}
		// WorkingDayOnOrAfter against the oracle.
		wantOn, okOn := x, true
		if !got {
			wantOn, okOn = naiveAdd(vn, x, 1)
		}
		gotOn, err := vn.WorkingDayOnOrAfter(x)
		if okOn != (err == nil) || (okOn && gotOn != wantOn) {
			t.Fatalf("WorkingDayOnOrAfter(%s) = %s, %v; want %s (ok %v)", x, gotOn, err, wantOn, okOn)
		}
	}
}

func TestInverseLaw(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	rapid.Check(t, func(t *rapid.T) {
		x := dateIn().Draw(t, "d")
		n := steps().Draw(t, "n")
		got, err := vn.AddWorkingDays(x, n)
		if err != nil {
			if !errors.Is(err, holiday.ErrOutOfSpan) {
				t.Fatalf("AddWorkingDays(%s, %d) error %v, want ErrOutOfSpan", x, n, err)
			}
			return
		}
		back, err := vn.WorkingDaysBetween(x, got)
		if err != nil || back != n {
			t.Fatalf("WorkingDaysBetween(%s, AddWorkingDays(%s, %d) = %s) = %d, %v; want %d", x, x, n, got, back, err, n)
		}
	})
}

func TestAddWorkingDaysProperties(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	add := func(t *rapid.T, x date.Date, n int) (date.Date, bool) {
		got, err := vn.AddWorkingDays(x, n)
		if err != nil && !errors.Is(err, holiday.ErrOutOfSpan) {
			t.Fatalf("AddWorkingDays(%s, %d): error %v, want nil or ErrOutOfSpan", x, n, err)
		}
		return got, err == nil
	}

	t.Run("result is a working day", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := dateIn().Draw(t, "d")
			n := steps().Filter(func(n int) bool { return n != 0 }).Draw(t, "n")
			if got, ok := add(t, x, n); ok && !vn.IsWorkingDay(got) {
				t.Fatalf("AddWorkingDays(%s, %d) = %s %s, not a working day", x, n, got, got.Weekday())
			}
		})
	})
	t.Run("zero is identity", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := dateIn().Draw(t, "d")
			if got, ok := add(t, x, 0); !ok || got != x {
				t.Fatalf("AddWorkingDays(%s, 0) = %s, %v; want %s", x, got, ok, x)
			}
		})
	})
	t.Run("strictly increasing in n", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := dateIn().Draw(t, "d")
			n1 := steps().Draw(t, "n1")
			n2 := steps().Draw(t, "n2")
			if n1 > n2 {
				n1, n2 = n2, n1
			}
			r1, ok1 := add(t, x, n1)
			r2, ok2 := add(t, x, n2)
			if ok1 && ok2 && n1 < n2 && !(r1 < r2) {
				t.Fatalf("AddWorkingDays(%s, %d) = %s, AddWorkingDays(%s, %d) = %s: want strictly increasing", x, n1, r1, x, n2, r2)
			}
			if ok1 && ok2 && n1 == n2 && r1 != r2 {
				t.Fatalf("AddWorkingDays(%s, %d) not deterministic: %s, %s", x, n1, r1, r2)
			}
		})
	})
	t.Run("non-decreasing in d", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := dateIn().Draw(t, "d")
			y := x + date.Date(rapid.IntRange(0, 40).Draw(t, "gap"))
			n := rapid.IntRange(1, 600).Draw(t, "n")
			rx, okx := add(t, x, n)
			ry, oky := add(t, y, n)
			if okx && oky && rx > ry {
				t.Fatalf("AddWorkingDays(%s, %d) = %s > AddWorkingDays(%s, %d) = %s", x, n, rx, y, n, ry)
			}
			// The same for n < 0.
			rx, okx = add(t, x, -n)
			ry, oky = add(t, y, -n)
			if okx && oky && rx > ry {
				t.Fatalf("AddWorkingDays(%s, %d) = %s > AddWorkingDays(%s, %d) = %s", x, -n, rx, y, -n, ry)
			}
		})
	})
	t.Run("composition", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := dateIn().Draw(t, "d")
			a := rapid.IntRange(0, 300).Draw(t, "a")
			b := rapid.IntRange(0, 300).Draw(t, "b")
			if rapid.Bool().Draw(t, "backwards") {
				a, b = -a, -b
			}
			whole, okW := add(t, x, a+b)
			mid, okM := add(t, x, a)
			if !okM {
				if okW {
					t.Fatalf("AddWorkingDays(%s, %d) out of span but AddWorkingDays(%s, %d) = %s", x, a, x, a+b, whole)
				}
				return
			}
			parts, okP := add(t, mid, b)
			if okW != okP || (okW && whole != parts) {
				t.Fatalf("AddWorkingDays(%s, %d) = %s (%v), AddWorkingDays(AddWorkingDays(%s, %d) = %s, %d) = %s (%v)",
					x, a+b, whole, okW, x, a, mid, b, parts, okP)
			}
		})
	})
	t.Run("composition from a working day, any signs", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x, err := vn.WorkingDayOnOrAfter(dateIn().Draw(t, "d"))
			if err != nil {
				t.Skip("no working day after")
			}
			a := steps().Draw(t, "a")
			b := steps().Draw(t, "b")
			whole, okW := add(t, x, a+b)
			mid, okM := add(t, x, a)
			if !okM {
				return
			}
			parts, okP := add(t, mid, b)
			if okW != okP || (okW && whole != parts) {
				t.Fatalf("working day %s: AddWorkingDays(%s, %d) = %s (%v), via %s then %d: %s (%v)",
					x, x, a+b, whole, okW, mid, b, parts, okP)
			}
		})
	})
}

// TestAgainstOracle compares every arithmetic operation with the naive
// day-by-day oracle built on IsWorkingDay only.
func TestAgainstOracle(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	nearEdge := rapid.Custom(func(t *rapid.T) date.Date {
		// Half the draws near an edge of the span, where results leave it.
		off := date.Date(rapid.IntRange(-30, 900).Draw(t, "off"))
		if rapid.Bool().Draw(t, "end") {
			return spanLast - off
		}
		return spanFirst + off
	})
	anyDay := rapid.OneOf(dateIn(), nearEdge)

	rapid.Check(t, func(t *rapid.T) {
		x := anyDay.Draw(t, "d")
		n := steps().Draw(t, "n")

		got, err := vn.AddWorkingDays(x, n)
		want, ok := naiveAdd(vn, x, n)
		if !vn.Contains(x) {
			ok = false
		}
		if ok != (err == nil) || (ok && got != want) {
			t.Fatalf("AddWorkingDays(%s, %d) = %s, %v; oracle %s (in span %v)", x, n, got, err, want, ok)
		}
		if err != nil && !errors.Is(err, holiday.ErrOutOfSpan) {
			t.Fatalf("AddWorkingDays(%s, %d) error %v, want ErrOutOfSpan", x, n, err)
		}

		next, err := vn.NextWorkingDay(x)
		want, ok = naiveAdd(vn, x, 1)
		ok = ok && vn.Contains(x)
		if ok != (err == nil) || (ok && next != want) {
			t.Fatalf("NextWorkingDay(%s) = %s, %v; oracle %s (%v)", x, next, err, want, ok)
		}
		prev, err := vn.PreviousWorkingDay(x)
		want, ok = naiveAdd(vn, x, -1)
		ok = ok && vn.Contains(x)
		if ok != (err == nil) || (ok && prev != want) {
			t.Fatalf("PreviousWorkingDay(%s) = %s, %v; oracle %s (%v)", x, prev, err, want, ok)
		}
		on, err := vn.WorkingDayOnOrAfter(x)
		want, ok = x, vn.Contains(x)
		if ok && !vn.IsWorkingDay(x) {
			want, ok = naiveAdd(vn, x, 1)
		}
		if ok != (err == nil) || (ok && on != want) {
			t.Fatalf("WorkingDayOnOrAfter(%s) = %s, %v; oracle %s (%v)", x, on, err, want, ok)
		}

		y := x + date.Date(rapid.IntRange(-1500, 1500).Draw(t, "offset"))
		between, err := vn.WorkingDaysBetween(x, y)
		if !vn.Contains(x) || !vn.Contains(y) {
			if !errors.Is(err, holiday.ErrOutOfSpan) {
				t.Fatalf("WorkingDaysBetween(%s, %s) error %v, want ErrOutOfSpan", x, y, err)
			}
			return
		}
		if w := naiveBetween(vn, x, y); err != nil || between != w {
			t.Fatalf("WorkingDaysBetween(%s, %s) = %d, %v; oracle %d", x, y, between, err, w)
		}
		rev, err := vn.WorkingDaysBetween(y, x)
		if w := naiveBetween(vn, y, x); err != nil || rev != w {
			t.Fatalf("WorkingDaysBetween(%s, %s) = %d, %v; oracle %d", y, x, rev, err, w)
		}
	})
}

// TestWorkingDaysBetweenLaws checks the documented definition for b < a:
// WorkingDaysBetween(a, b) + WorkingDaysBetween(b, a) equals
// [a is a working day] − [b is a working day], so it is antisymmetric between
// working days; and counts add up over consecutive intervals.
func TestWorkingDaysBetweenLaws(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	ind := func(x date.Date) int {
		if vn.IsWorkingDay(x) {
			return 1
		}
		return 0
	}
	rapid.Check(t, func(t *rapid.T) {
		a := dateIn().Draw(t, "a")
		b := dateIn().Draw(t, "b")
		ab, err1 := vn.WorkingDaysBetween(a, b)
		ba, err2 := vn.WorkingDaysBetween(b, a)
		if err1 != nil || err2 != nil {
			t.Fatalf("WorkingDaysBetween(%s, %s): %v, %v", a, b, err1, err2)
		}
		if a == b && ab != 0 {
			t.Fatalf("WorkingDaysBetween(%s, %s) = %d, want 0", a, a, ab)
		}
		var want int
		if a < b {
			want = ind(b) - ind(a)
		} else {
			want = ind(a) - ind(b)
		}
		if ab+ba != want {
			t.Fatalf("WorkingDaysBetween(%s, %s) + WorkingDaysBetween(%s, %s) = %d + %d, want %d", a, b, b, a, ab, ba, want)
		}
		if a < b && ab < 0 || a > b && ab > 0 {
			t.Fatalf("WorkingDaysBetween(%s, %s) = %d has the wrong sign", a, b, ab)
		}
		c := dateIn().Draw(t, "c")
		lo, mid, hi := a, b, c
		s := []date.Date{lo, mid, hi}
		slices.Sort(s)
		lo, mid, hi = s[0], s[1], s[2]
		x, _ := vn.WorkingDaysBetween(lo, mid)
		y, _ := vn.WorkingDaysBetween(mid, hi)
		z, _ := vn.WorkingDaysBetween(lo, hi)
		if x+y != z {
			t.Fatalf("WorkingDaysBetween: %s..%s = %d plus %s..%s = %d, but %s..%s = %d", lo, mid, x, mid, hi, y, lo, hi, z)
		}
		// Backwards from a working day: the overdue count.
		if vn.IsWorkingDay(a) && vn.IsWorkingDay(b) && ab != -ba {
			t.Fatalf("between working days %s and %s: %d and %d, want opposite", a, b, ab, ba)
		}
	})
	// Whole span: the total number of working days.
	total, err := vn.WorkingDaysBetween(spanFirst, spanLast)
	if want := naiveBetween(vn, spanFirst, spanLast); err != nil || total != want {
		t.Errorf("WorkingDaysBetween(%s, %s) = %d, %v; oracle %d", spanFirst, spanLast, total, err, want)
	}
	if total < 200*240 || total > 200*262 {
		t.Errorf("WorkingDaysBetween(%s, %s) = %d, want about 200 × 250", spanFirst, spanLast, total)
	}
}

func TestOutOfSpanErrors(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	before, after := spanFirst-1, spanLast+1
	type call struct {
		name string
		f    func() error
		date date.Date // the SpanError's Date
	}
	e := func(_ date.Date, err error) error { return err }
	ei := func(_ int, err error) error { return err }
	calls := []call{
		{"AddWorkingDays(before, 1)", func() error { return e(vn.AddWorkingDays(before, 1)) }, before},
		{"AddWorkingDays(after, -1)", func() error { return e(vn.AddWorkingDays(after, -1)) }, after},
		{"AddWorkingDays(before, 0)", func() error { return e(vn.AddWorkingDays(before, 0)) }, before},
		{"AddWorkingDays(last, 1)", func() error { return e(vn.AddWorkingDays(spanLast, 1)) }, spanLast},
		{"AddWorkingDays(first, -1)", func() error { return e(vn.AddWorkingDays(spanFirst, -1)) }, spanFirst},
		{"AddWorkingDays(first, MaxInt)", func() error { return e(vn.AddWorkingDays(spanFirst, math.MaxInt)) }, spanFirst},
		{"AddWorkingDays(last, MinInt)", func() error { return e(vn.AddWorkingDays(spanLast, math.MinInt)) }, spanLast},
		{"AddWorkingDays(mid, MaxInt)", func() error { return e(vn.AddWorkingDays(iso("2100-06-15"), math.MaxInt)) }, iso("2100-06-15")},
		{"AddWorkingDays(mid, MinInt)", func() error { return e(vn.AddWorkingDays(iso("2100-06-15"), math.MinInt)) }, iso("2100-06-15")},
		{"AddWorkingDays(MinInt64, 1)", func() error { return e(vn.AddWorkingDays(math.MinInt64, 1)) }, math.MinInt64},
		{"AddWorkingDays(MaxInt64, -1)", func() error { return e(vn.AddWorkingDays(math.MaxInt64, -1)) }, math.MaxInt64},
		{"NextWorkingDay(last)", func() error { return e(vn.NextWorkingDay(spanLast)) }, spanLast},
		{"PreviousWorkingDay(first)", func() error { return e(vn.PreviousWorkingDay(spanFirst)) }, spanFirst},
		{"WorkingDayOnOrAfter(after)", func() error { return e(vn.WorkingDayOnOrAfter(after)) }, after},
		{"WorkingDaysBetween(before, last)", func() error { return ei(vn.WorkingDaysBetween(before, spanLast)) }, before},
		{"WorkingDaysBetween(first, after)", func() error { return ei(vn.WorkingDaysBetween(spanFirst, after)) }, after},
		{"WorkingDaysBetween(MinInt64, MaxInt64)", func() error { return ei(vn.WorkingDaysBetween(math.MinInt64, math.MaxInt64)) }, math.MinInt64},
	}
	// 2199-12-31 is a Saturday: WorkingDayOnOrAfter has no answer.
	if spanLast.Weekday() == time.Saturday {
		calls = append(calls, call{"WorkingDayOnOrAfter(last Saturday)", func() error { return e(vn.WorkingDayOnOrAfter(spanLast)) }, spanLast})
	}
	for _, tc := range calls {
		var err error
		noPanic(t, tc.name, func() { err = tc.f() })
		if !errors.Is(err, holiday.ErrOutOfSpan) {
			t.Errorf("%s: error %v, want ErrOutOfSpan", tc.name, err)
			continue
		}
		var se *holiday.SpanError
		if !errors.As(err, &se) {
			t.Errorf("%s: error %T %v, want *holiday.SpanError", tc.name, err, err)
			continue
		}
		if se.Date != tc.date || se.First != spanFirst || se.Last != spanLast || se.Op == "" {
			t.Errorf("%s: SpanError %+v, want Date %s, First %s, Last %s and an Op", tc.name, *se, tc.date, spanFirst, spanLast)
		}
		if se.Error() == "" {
			t.Errorf("%s: empty message", tc.name)
		}
	}
	for _, x := range []date.Date{before, after, math.MinInt64, math.MaxInt64} {
		if vn.IsWorkingDay(x) {
			t.Errorf("IsWorkingDay(%d) = true outside the span", int64(x))
		}
		if s, ok := vn.Special(x); ok {
			t.Errorf("Special(%d) = %+v outside the span", int64(x), s)
		}
	}
}

func TestInvalidCalendar(t *testing.T) {
	t.Parallel()
	var zero holiday.Calendar
	var nilCal *holiday.Calendar
	for _, tc := range []struct {
		name string
		c    *holiday.Calendar
	}{{"zero Calendar", &zero}, {"nil *Calendar", nilCal}} {
		c := tc.c
		x := iso("2026-03-02")
		noPanic(t, tc.name, func() {
			if c.IsValid() {
				t.Errorf("%s: IsValid() = true", tc.name)
			}
			if c.IsWorkingDay(x) {
				t.Errorf("%s: IsWorkingDay = true", tc.name)
			}
			if c.Contains(x) {
				t.Errorf("%s: Contains = true", tc.name)
			}
			if f, l := c.Span(); f != 0 || l != 0 {
				t.Errorf("%s: Span() = %s, %s; want zero", tc.name, f, l)
			}
			check := func(op string, err error) {
				if !errors.Is(err, holiday.ErrInvalidCalendar) {
					t.Errorf("%s: %s error %v, want ErrInvalidCalendar", tc.name, op, err)
				}
			}
			_, err := c.AddWorkingDays(x, 1)
			check("AddWorkingDays", err)
			_, err = c.AddWorkingDays(x, 0)
			check("AddWorkingDays(0)", err)
			_, err = c.WorkingDaysBetween(x, x+5)
			check("WorkingDaysBetween", err)
			_, err = c.NextWorkingDay(x)
			check("NextWorkingDay", err)
			_, err = c.PreviousWorkingDay(x)
			check("PreviousWorkingDay", err)
			_, err = c.WorkingDayOnOrAfter(x)
			check("WorkingDayOnOrAfter", err)
			ext, err := c.Extend(holiday.Spec{})
			check("Extend", err)
			if ext != nil {
				t.Errorf("%s: Extend returned a calendar", tc.name)
			}
			_, err = c.ExtendCSV([]byte("announcement,date,kind,name_vi,name_en,source\n"))
			check("ExtendCSV", err)
			_, err = c.ExtendJSON([]byte(`{}`))
			check("ExtendJSON", err)
			if s, ok := c.Special(x); ok {
				t.Errorf("%s: Special = %+v", tc.name, s)
			}
			if s := c.SpecialDays(spanFirst, spanLast); s != nil {
				t.Errorf("%s: SpecialDays = %v, want nil", tc.name, s)
			}
			if c.IsAnnounced(2026) {
				t.Errorf("%s: IsAnnounced = true", tc.name)
			}
			if w := c.WorkingWeekdays(); w != nil {
				t.Errorf("%s: WorkingWeekdays = %v, want nil", tc.name, w)
			}
		})
	}
}

func TestSpecialDays(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()

	// Half-open: [16/2, 20/2) holds 16–19 but not 20.
	got := vn.SpecialDays(iso("2026-02-16"), iso("2026-02-20"))
	var dates []string
	for _, s := range got {
		dates = append(dates, s.Date.String())
	}
	if want := []string{"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"}; !slices.Equal(dates, want) {
		t.Errorf("SpecialDays(2026-02-16, 2026-02-20) = %v, want %v", dates, want)
	}
	for _, tc := range []struct{ from, to date.Date }{
		{iso("2026-02-20"), iso("2026-02-20")},
		{iso("2026-02-21"), iso("2026-02-16")},
		{iso("2026-03-02"), iso("2026-03-03")}, // an ordinary day
		{spanLast + 1, spanLast + 1000},
		{math.MinInt64, spanFirst},
	} {
		if s := vn.SpecialDays(tc.from, tc.to); len(s) != 0 {
			t.Errorf("SpecialDays(%d, %d) = %v, want none", int64(tc.from), int64(tc.to), s)
		}
	}

	// The whole span: sorted, unique, consistent with Special.
	all := vn.SpecialDays(math.MinInt64, math.MaxInt64)
	if len(all) < 200*10 {
		t.Fatalf("SpecialDays(whole span) has %d days, want at least 10 a year", len(all))
	}
	if got := vn.SpecialDays(spanFirst, spanLast+1); len(got) != len(all) {
		t.Errorf("SpecialDays(span) = %d days, SpecialDays(all) = %d", len(got), len(all))
	}
	for i, s := range all {
		if i > 0 && !(all[i-1].Date < s.Date) {
			t.Fatalf("SpecialDays not strictly sorted at %d: %s then %s", i, all[i-1].Date, s.Date)
		}
		if s.Date < spanFirst || s.Date > spanLast {
			t.Errorf("special day %s outside the span", s.Date)
		}
		if sp, ok := vn.Special(s.Date); !ok || sp != s {
			t.Errorf("Special(%s) = %+v, %v; SpecialDays has %+v", s.Date, sp, ok, s)
		}
	}

	// A copy: changing it does not change the calendar.
	x := iso("2026-02-16")
	orig, _ := vn.Special(x)
	cp := vn.SpecialDays(x, x+1)
	cp[0].Kind = holiday.KindSwapWorkday
	cp[0].NameVI = "changed"
	cp = append(cp[:0], holiday.SpecialDay{})
	if s, _ := vn.Special(x); s != orig || s.Kind != holiday.KindHoliday {
		t.Errorf("Special(%s) = %+v after changing the SpecialDays result; want %+v", x, s, orig)
	}
	if vn.IsWorkingDay(x) {
		t.Errorf("IsWorkingDay(%s) = true after changing the SpecialDays result", x)
	}
	if again := vn.SpecialDays(x, x+1); len(again) != 1 || again[0] != orig {
		t.Errorf("SpecialDays(%s) = %+v after change, want [%+v]", x, again, orig)
	}
	_ = cp
}

func TestZeroAllocs(t *testing.T) {
	vn := holiday.Vietnam()
	x := iso("2026-02-13")
	var sink int
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"IsWorkingDay", func() {
			if vn.IsWorkingDay(x) {
				sink++
			}
		}},
		{"AddWorkingDays", func() {
			r, _ := vn.AddWorkingDays(x, 250)
			sink += int(r)
		}},
		{"AddWorkingDays negative", func() {
			r, _ := vn.AddWorkingDays(x, -250)
			sink += int(r)
		}},
		{"WorkingDaysBetween", func() {
			n, _ := vn.WorkingDaysBetween(x, x+3650)
			sink += n
		}},
		{"WorkingDayOnOrAfter", func() {
			r, _ := vn.WorkingDayOnOrAfter(x + 1)
			sink += int(r)
		}},
		{"Special", func() {
			s, _ := vn.Special(x + 3)
			sink += int(s.Kind)
		}},
	} {
		if a := testing.AllocsPerRun(200, tc.f); a != 0 {
			t.Errorf("%s: %v allocations per run, want 0", tc.name, a)
		}
	}
	_ = sink
}

func TestKind(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		k            holiday.Kind
		code, vi, en string
		off          bool
	}{
		{holiday.KindHoliday, "holiday", "ngày lễ, Tết", "public holiday", true},
		{holiday.KindCompensatory, "compensatory", "nghỉ bù", "compensatory day off", true},
		{holiday.KindSwapDayOff, "swap_off", "nghỉ hoán đổi", "swapped day off", true},
		{holiday.KindSwapWorkday, "swap_workday", "làm bù", "swapped working day", false},
		{holiday.KindDayOff, "day_off", "ngày nghỉ theo quyết định", "day off by decision", true},
		{holiday.KindWorkday, "workday", "ngày làm việc theo quyết định", "working day by decision", false},
	} {
		if !tc.k.IsValid() || tc.k.String() != tc.en || tc.k.Vietnamese() != tc.vi || tc.k.English() != tc.en || tc.k.IsDayOff() != tc.off {
			t.Errorf("Kind %d: valid %v, %q, %q, %q, off %v; want %q, %q, %q, off %v",
				uint8(tc.k), tc.k.IsValid(), tc.k.String(), tc.k.Vietnamese(), tc.k.English(), tc.k.IsDayOff(), tc.code, tc.vi, tc.en, tc.off)
		}
		b, err := tc.k.MarshalText()
		if err != nil || string(b) != tc.code {
			t.Errorf("%v.MarshalText() = %q, %v", tc.k, b, err)
		}
		var back holiday.Kind
		if err := back.UnmarshalText(b); err != nil || back != tc.k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, tc.k)
		}
		if p, err := holiday.ParseKind(tc.code); err != nil || p != tc.k {
			t.Errorf("ParseKind(%q) = %v, %v", tc.code, p, err)
		}
	}
	for _, k := range []holiday.Kind{holiday.KindUnknown, 7, 255} {
		if k.IsValid() || k.IsDayOff() {
			t.Errorf("Kind(%d): IsValid %v, IsDayOff %v; want false", uint8(k), k.IsValid(), k.IsDayOff())
		}
		if _, err := k.MarshalText(); err == nil {
			t.Errorf("Kind(%d).MarshalText: no error", uint8(k))
		}
		if got, want := k.String(), "%!Kind("; len(got) < len(want) || got[:len(want)] != want {
			t.Errorf("Kind(%d).String() = %q", uint8(k), got)
		}
	}
	for _, s := range []string{"", "Holiday", "swap-off", "holiday ", "unknown"} {
		k := holiday.KindHoliday
		err := k.UnmarshalText([]byte(s))
		var ee *holiday.EntryError
		if !errors.Is(err, holiday.ErrSyntax) || !errors.As(err, &ee) || k != holiday.KindHoliday {
			t.Errorf("UnmarshalText(%q): %v, kind %v; want ErrSyntax *EntryError and kind unchanged", s, err, k)
		}
	}
}

// TestConcurrentUse runs queries and Extend from several goroutines; run it
// with -race.
func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	const workers = 8
	done := make(chan error, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			vn := holiday.Vietnam()
			x := iso("2026-02-13") + date.Date(w)
			for i := 0; i < 200; i++ {
				if _, err := vn.AddWorkingDays(x, i); err != nil {
					done <- err
					return
				}
				vn.IsWorkingDay(x + date.Date(i))
				vn.Special(x + date.Date(i))
				_ = vn.SpecialDays(x, x+30)
			}
			c, err := vn.Extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: iso("2026-03-09") + date.Date(w%5),
				Kind: holiday.KindDayOff, NameVI: "Nghỉ", Source: "QĐ"}}})
			if err == nil && c.IsWorkingDay(iso("2026-03-09")+date.Date(w%5)) {
				err = errors.New("local day off is a working day")
			}
			done <- err
		}(w)
	}
	for w := 0; w < workers; w++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	if !holiday.Vietnam().IsWorkingDay(iso("2026-03-09")) {
		t.Error("concurrent Extend changed Vietnam()")
	}
}
