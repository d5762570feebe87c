package holiday_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

// TestOfficialDaysOff checks every row of the research file
// testdata/official_days_off.csv against the national calendar.
func TestOfficialDaysOff(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	rows := readOfficial(t)
	for _, r := range rows {
		want, ok := wantKind(r.Kind)
		if !ok {
			t.Errorf("official line %d: %s: unknown kind %q (%s; source %s)", r.Line, r.Date, r.Kind, r.Name, r.Source)
			continue
		}
		where := func() string {
			return r.Date.String() + " " + r.Date.Weekday().String() + " (" + r.Name + "; source: " + r.Source + ")"
		}
		wantWorking := want == holiday.KindSwapWorkday
		if got := vn.IsWorkingDay(r.Date); got != wantWorking {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", where(), got, wantWorking)
		}
		s, ok := vn.Special(r.Date)
		switch {
		case !ok:
			t.Errorf("Special(%s): no special day, want kind %v", where(), want)
		default:
			if s.Kind != want {
				t.Errorf("Special(%s).Kind = %v, want %v", where(), s.Kind, want)
			}
			if s.Projected {
				t.Errorf("Special(%s).Projected = true, want false (announced year)", where())
			}
			if s.Source == "" || s.NameVI == "" || s.NameEN == "" {
				t.Errorf("Special(%s) = %+v: want a source and both names", where(), s)
			}
		}
	}
}

// TestOfficialNoExtraDays checks the converse for 2015–2026: a weekday not
// in the research file is a working day, and a Saturday or Sunday not listed
// as swap_workday is a rest day; and the calendar has no special day there
// that the research file does not list.
func TestOfficialNoExtraDays(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	listed := map[date.Date]officialRow{}
	for _, r := range readOfficial(t) {
		if prev, dup := listed[r.Date]; dup {
			t.Errorf("official data lists %s twice (lines %d and %d)", r.Date, prev.Line, r.Line)
		}
		listed[r.Date] = r
	}
	from, to := date.New(2015, time.January, 1), date.New(2027, time.January, 1)
	for x := from; x < to; x++ {
		r, inCSV := listed[x]
		var want bool
		switch {
		case inCSV:
			want = r.Kind == "swap_workday"
		default:
			want = !isWeekend(x)
		}
		if got := vn.IsWorkingDay(x); got != want {
			if inCSV {
				t.Errorf("IsWorkingDay(%s %s) = %v, want %v (listed %s: %s; source %s)", x, x.Weekday(), got, want, r.Kind, r.Name, r.Source)
			} else {
				t.Errorf("IsWorkingDay(%s %s) = %v, want %v (not in the official data)", x, x.Weekday(), got, want)
			}
		}
	}
	for _, s := range vn.SpecialDays(from, to) {
		if _, ok := listed[s.Date]; !ok {
			t.Errorf("special day %s %s (%v, %q, source %q) is not in the official data", s.Date, s.Date.Weekday(), s.Kind, s.NameVI, s.Source)
		}
		if s.Projected {
			t.Errorf("special day %s (%v %q) is Projected in an announced year", s.Date, s.Kind, s.NameVI)
		}
	}
	for y := 2015; y <= 2026; y++ {
		if !vn.IsAnnounced(y) {
			t.Errorf("IsAnnounced(%d) = false, want true (embedded announcement)", y)
		}
	}
	for _, y := range []int{holiday.FirstYear, 2014, 2027, holiday.LastYear} {
		if vn.IsAnnounced(y) {
			t.Errorf("IsAnnounced(%d) = true, want false (projected year)", y)
		}
	}
}

// TestHandCheckedFacts lists facts checked by hand against the sources.
func TestHandCheckedFacts(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()

	days := []struct {
		day     string
		working bool
		kind    holiday.Kind // KindUnknown: no special day expected
		source  string
	}{
		{"2026-01-01", false, holiday.KindHoliday, "Labour Code 2019 Art. 112(1)(a)"},
		{"2026-01-02", false, holiday.KindSwapDayOff, "VPCP letter 12729/VPCP-KGVX: Fri 2/1 off, swapped with Sat 10/1"},
		{"2026-01-10", true, holiday.KindSwapWorkday, "VPCP letter 12729/VPCP-KGVX: Sat 10/1 worked"},
		{"2026-01-05", true, holiday.KindUnknown, "ordinary Monday after the New Year break 1–4/1/2026"},
		{"2026-02-13", true, holiday.KindUnknown, "Notice 9441/TB-BNV: the Tết break starts Sat 14/2"},
		{"2026-02-14", false, holiday.KindUnknown, "Sat inside the Tết break 14–22/2/2026"},
		{"2026-02-16", false, holiday.KindHoliday, "Notice 9441/TB-BNV: 16–20/2 statutory Tết days"},
		{"2026-02-20", false, holiday.KindHoliday, "Notice 9441/TB-BNV"},
		{"2026-02-23", true, holiday.KindUnknown, "Notice 9441/TB-BNV: back to work Mon 23/2"},
		{"2026-04-26", false, holiday.KindHoliday, "Hùng Kings 10/3 Bính Ngọ = Sun 26/4/2026"},
		{"2026-04-27", false, holiday.KindCompensatory, "Labour Code 2019 Art. 111(3): compensatory for Sun 26/4"},
		{"2026-08-22", true, holiday.KindSwapWorkday, "Notice 9441/TB-BNV: Sat 22/8 worked for Mon 31/8"},
		{"2026-08-31", false, holiday.KindSwapDayOff, "Notice 9441/TB-BNV"},
		{"2026-09-01", false, holiday.KindHoliday, "Notice 9441/TB-BNV: 1–2/9/2026"},
		{"2026-09-02", false, holiday.KindHoliday, "Labour Code 2019 Art. 112(1)(đ)"},
		{"2026-09-03", true, holiday.KindUnknown, "Thu 3/9/2026 is worked"},
		{"2026-11-24", true, holiday.KindUnknown, "Vietnamese Culture Day is not law yet (not in Vietnam())"},
		// 2023: the year with a holiday on a weekend at every break.
		{"2023-01-01", false, holiday.KindHoliday, "Sun 1/1/2023"},
		{"2023-01-02", false, holiday.KindCompensatory, "for Sun 1/1/2023"},
		{"2023-01-25", false, holiday.KindCompensatory, "Tết 20–26/1/2023 (vietnamplus 1/12/2022)"},
		{"2023-01-26", false, holiday.KindCompensatory, "Tết 20–26/1/2023 (vietnamplus 1/12/2022)"},
		{"2023-01-27", true, holiday.KindUnknown, "back to work Fri 27/1/2023"},
		{"2023-04-29", false, holiday.KindHoliday, "Hùng Kings on Sat 29/4/2023"},
		{"2023-05-02", false, holiday.KindCompensatory, "29/4–3/5/2023 (vietnamplus 30/1/2023)"},
		{"2023-05-03", false, holiday.KindCompensatory, "29/4–3/5/2023 (vietnamplus 30/1/2023)"},
		{"2023-05-04", true, holiday.KindUnknown, "back to work Thu 4/5/2023"},
		{"2023-09-04", false, holiday.KindCompensatory, "2/9/2023 was a Saturday (vietnamplus 1/12/2022)"},
		{"2023-09-05", true, holiday.KindUnknown, "back to work Tue 5/9/2023"},
		// Other swaps.
		{"2019-05-04", true, holiday.KindSwapWorkday, "VPCP 6519: Sat 4/5/2019 worked for Mon 29/4"},
		{"2024-05-04", true, holiday.KindSwapWorkday, "Dispatch 2450/VPCP-KGVX: Sat 4/5/2024 worked for Mon 29/4"},
		{"2024-04-29", false, holiday.KindSwapDayOff, "Dispatch 2450/VPCP-KGVX"},
		{"2025-04-26", true, holiday.KindSwapWorkday, "Sat 26/4/2025 worked for Fri 2/5"},
		{"2025-05-02", false, holiday.KindSwapDayOff, "30/4–4/5/2025"},
		{"2014-12-27", true, holiday.KindSwapWorkday, "2015 New Year swap: Sat 27/12/2014 worked for Fri 2/1/2015"},
		{"2018-12-31", false, holiday.KindSwapDayOff, "2019 New Year swap: Mon 31/12/2018 off for Sat 5/1/2019"},
		{"2019-01-05", true, holiday.KindSwapWorkday, "2019 New Year swap"},
	}
	for _, tc := range days {
		x := iso(tc.day)
		if got := vn.IsWorkingDay(x); got != tc.working {
			t.Errorf("IsWorkingDay(%s %s) = %v, want %v (%s)", tc.day, x.Weekday(), got, tc.working, tc.source)
		}
		s, ok := vn.Special(x)
		switch {
		case tc.kind == holiday.KindUnknown && ok && !isWeekend(x):
			t.Errorf("Special(%s) = %v %q, want none (%s)", tc.day, s.Kind, s.NameVI, tc.source)
		case tc.kind != holiday.KindUnknown && (!ok || s.Kind != tc.kind):
			t.Errorf("Special(%s) = %v (found %v), want %v (%s)", tc.day, s.Kind, ok, tc.kind, tc.source)
		}
	}

	sums := []struct {
		from   string
		n      int
		want   string
		source string
	}{
		{"2026-02-13", 3, "2026-02-25", "Tết Bính Ngọ off 14–22/2/2026 (Notice 9441/TB-BNV): 23, 24, 25"},
		{"2026-02-13", 1, "2026-02-23", "Notice 9441/TB-BNV"},
		{"2026-02-14", 1, "2026-02-23", "the start day is not counted even when it is off (Civil Code Art. 147(2))"},
		{"2026-02-23", -1, "2026-02-13", "previous working day before the Tết break"},
		{"2025-12-31", 1, "2026-01-05", "New Year 1–4/1/2026 (VPCP 12729/VPCP-KGVX)"},
		{"2026-01-09", 1, "2026-01-10", "Sat 10/1/2026 is worked (VPCP 12729/VPCP-KGVX)"},
		{"2023-01-19", 1, "2023-01-27", "Tết 20–26/1/2023"},
		{"2023-04-28", 1, "2023-05-04", "29/4–3/5/2023"},
		{"2026-04-24", 1, "2026-04-28", "Fri 24/4 → Tue 28/4: Mon 27/4 compensatory for Hùng Kings"},
		{"2026-08-28", 1, "2026-09-03", "Fri 28/8 → Thu 3/9: Mon 31/8, Tue 1/9, Wed 2/9 off (9441/TB-BNV)"},
	}
	for _, tc := range sums {
		got, err := vn.AddWorkingDays(iso(tc.from), tc.n)
		if err != nil || got != iso(tc.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %s, %v; want %s (%s)", tc.from, tc.n, got, err, tc.want, tc.source)
			continue
		}
		if back, err := vn.WorkingDaysBetween(iso(tc.from), got); err != nil || back != tc.n {
			t.Errorf("WorkingDaysBetween(%s, %s) = %d, %v; want %d (%s)", tc.from, got, back, err, tc.n, tc.source)
		}
	}
}
