package holiday_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/rickb777/date/v2"
)

// projectedYears are the years of the national calendar without an embedded
// announcement.
func projectedYears() []int {
	var ys []int
	for y := holiday.FirstYear; y <= holiday.LastYear; y++ {
		if y < 2015 || y > 2026 {
			ys = append(ys, y)
		}
	}
	return ys
}

// TestProjectedYears checks each projected year against the statutory rules,
// computed independently here from holiday/lunar:
//
//   - 1/1, 30/4, 1/5, 2/9 (and from 2021 a second National Day holiday) and,
//     from 2007, Hùng Kings (10/3 lunar) are holidays;
//   - Tết: 4 days (the last day of the old lunar year and the first three of
//     the new) before the Labour Code 2012 took effect on 1 May 2013, 5 days
//     (the last two and the first three) after;
//   - every holiday on a Saturday or Sunday gives a compensatory day: the
//     next weekday that is neither a holiday nor already a compensatory day;
//   - nothing else is special, every special day is Projected with a source.
func TestProjectedYears(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	official := map[date.Date]bool{}
	for _, r := range readOfficial(t) {
		official[r.Date] = true
	}
	lc2012 := date.New(2013, time.May, 1)

	for _, y := range projectedYears() {
		if vn.IsAnnounced(y) {
			t.Errorf("%d: IsAnnounced = true, want a projected year", y)
		}
		tet, err := lunar.NewYear(y)
		if err != nil {
			t.Fatalf("lunar.NewYear(%d): %v", y, err)
		}
		hol := map[date.Date]string{} // date -> what
		addHol := func(x date.Date, what string) {
			if prev, ok := hol[x]; ok {
				t.Logf("%d: %s and %s fall on the same day %s", y, prev, what, x)
			}
			hol[x] = what
		}
		addHol(date.New(y, time.January, 1), "1/1")
		tetFrom := tet - 1
		if tet >= lc2012 {
			tetFrom = tet - 2
		}
		for x := tetFrom; x <= tet+2; x++ {
			addHol(x, "Tết")
		}
		if y >= 2007 {
			hk, err := lunar.ToSolar(lunar.Date{Year: y, Month: 3, Day: 10})
			if err != nil {
				t.Fatalf("lunar.ToSolar(10/3/%d): %v", y, err)
			}
			addHol(hk, "Hùng Kings")
		}
		addHol(date.New(y, time.April, 30), "30/4")
		addHol(date.New(y, time.May, 1), "1/5")
		nd := date.New(y, time.September, 2)
		addHol(nd, "2/9")
		if y >= 2021 {
			switch nd.Weekday() {
			case time.Monday, time.Thursday, time.Sunday:
				addHol(nd+1, "3/9")
			default:
				addHol(nd-1, "1/9")
			}
		}
		// Compensatory days, in date order.
		comp := map[date.Date]bool{}
		holDates := slices.Sorted(func(yield func(date.Date) bool) {
			for x := range hol {
				if !yield(x) {
					return
				}
			}
		})
		for _, h := range holDates {
			if !isWeekend(h) {
				continue
			}
			c := h + 1
			for isWeekend(c) || hol[c] != "" || comp[c] {
				c++
			}
			comp[c] = true
		}

		from, to := date.New(y, time.January, 1), date.New(y+1, time.January, 1)
		got := map[date.Date]holiday.SpecialDay{}
		for _, s := range vn.SpecialDays(from, to) {
			if official[s.Date] {
				// 2014-12-27 belongs to the 2015 announcement.
				if s.Projected {
					t.Errorf("%s: announced day is Projected", s.Date)
				}
				continue
			}
			got[s.Date] = s
			if !s.Projected {
				t.Errorf("%d: special day %s (%v %q) not Projected", y, s.Date, s.Kind, s.NameVI)
			}
			if !strings.HasPrefix(s.Source, "projected: ") || len(s.Source) <= len("projected: ") {
				t.Errorf("%d: special day %s source %q, want \"projected: <rule>\"", y, s.Date, s.Source)
			}
			if s.NameVI == "" || s.NameEN == "" {
				t.Errorf("%d: special day %s without a name: %+v", y, s.Date, s)
			}
		}
		for x, what := range hol {
			s, ok := got[x]
			if !ok || s.Kind != holiday.KindHoliday {
				t.Errorf("%d: %s (%s %s) = %v (found %v), want a projected holiday", y, what, x, x.Weekday(), s.Kind, ok)
			}
			if vn.IsWorkingDay(x) {
				t.Errorf("%d: %s (%s) is a working day", y, what, x)
			}
		}
		for x := range comp {
			s, ok := got[x]
			if !ok || s.Kind != holiday.KindCompensatory {
				t.Errorf("%d: %s %s = %v (found %v), want a compensatory day", y, x, x.Weekday(), s.Kind, ok)
			}
			if vn.IsWorkingDay(x) {
				t.Errorf("%d: compensatory %s is a working day", y, x)
			}
		}
		if want := len(hol) + len(comp); len(got) != want {
			var list []string
			for _, s := range vn.SpecialDays(from, to) {
				list = append(list, s.Date.String()+" "+s.Kind.String())
			}
			t.Errorf("%d: %d special days, want %d (%d holidays, %d compensatory): %v", y, len(got), want, len(hol), len(comp), list)
		}

		// Named checks, for clearer failures.
		nTet := 0
		nND := 0
		for _, s := range got {
			if s.Kind == holiday.KindHoliday && strings.Contains(s.NameEN, "Tết") {
				nTet++
			}
			if s.Kind == holiday.KindHoliday && strings.Contains(s.NameEN, "National Day") {
				nND++
			}
		}
		wantTet := 5
		if tet < lc2012 {
			wantTet = 4
		}
		if nTet != wantTet {
			t.Errorf("%d: %d Tết holidays, want %d (Tết %s)", y, nTet, wantTet, tet)
		}
		wantND := 1
		if y >= 2021 {
			wantND = 2
		}
		if nND != wantND {
			t.Errorf("%d: %d National Day holidays, want %d", y, nND, wantND)
		}
	}
}

// TestProjectionTetLength pins the switch between the 1994 and 2012 Codes.
func TestProjectionTetLength(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	for _, tc := range []struct {
		year     int
		tet      string
		from, to string
		source   string
	}{
		{2013, "2013-02-10", "2013-02-09", "2013-02-12", "Labour Code 1994 Art. 73: 4 days (2012 Code in force from 1/5/2013)"},
		{2014, "2014-01-31", "2014-01-29", "2014-02-02", "Labour Code 2012 Art. 115: 5 days"},
		{2006, "2006-01-29", "2006-01-28", "2006-01-31", "Labour Code 1994 Art. 73: 4 days"},
	} {
		tet, err := lunar.NewYear(tc.year)
		if err != nil || tet != iso(tc.tet) {
			t.Errorf("lunar.NewYear(%d) = %s, %v; want %s", tc.year, tet, err, tc.tet)
			continue
		}
		from, to := iso(tc.from), iso(tc.to)
		for x := from - 3; x <= to+3; x++ {
			s, ok := vn.Special(x)
			isTet := ok && s.Kind == holiday.KindHoliday && strings.Contains(s.NameEN, "Tết")
			if want := x >= from && x <= to; isTet != want {
				t.Errorf("%s: Tết holiday %v, want %v (%s)", x, isTet, want, tc.source)
			}
		}
	}
	// Hùng Kings only from 2007 (Law 84/2007/QH11).
	for _, y := range []int{2005, 2006, 2007, 2008} {
		hk, _ := lunar.ToSolar(lunar.Date{Year: y, Month: 3, Day: 10})
		s, ok := vn.Special(hk)
		isHK := ok && strings.Contains(s.NameEN, "Hùng")
		if want := y >= 2007; isHK != want {
			t.Errorf("%d: Hùng Kings %s special %v, want %v", y, hk, isHK, want)
		}
	}
}

// TestProjection2027 lists the projected days of 2027 worked out by hand from
// the rules in projection.go: Tết Đinh Mùi is Sat 6/2/2027; Hùng Kings 10/3
// Đinh Mùi is Fri 16/4/2027; 1/5 is a Saturday; 2/9 a Thursday.
func TestProjection2027(t *testing.T) {
	t.Parallel()
	// The projection function is unexported and the embedded 2021–2026
	// announcements cannot be removed with Extend, so the rules are checked
	// on a year without an announcement instead.
	vn := holiday.Vietnam()
	want := []struct {
		day  string
		kind holiday.Kind
		name string // English name contains
		why  string
	}{
		{"2027-01-01", holiday.KindHoliday, "New Year", "Fri 1/1"},
		{"2027-02-04", holiday.KindHoliday, "Tết", "28 Chạp (month 12 of Bính Ngọ has 29 days)"},
		{"2027-02-05", holiday.KindHoliday, "Tết", "29 Chạp, last day of the year"},
		{"2027-02-06", holiday.KindHoliday, "Tết", "mùng 1, Saturday"},
		{"2027-02-07", holiday.KindHoliday, "Tết", "mùng 2, Sunday"},
		{"2027-02-08", holiday.KindHoliday, "Tết", "mùng 3, Monday"},
		{"2027-02-09", holiday.KindCompensatory, "Tết", "for Sat 6/2: Mon 8/2 is taken, so Tue 9/2"},
		{"2027-02-10", holiday.KindCompensatory, "Tết", "for Sun 7/2: Wed 10/2"},
		{"2027-04-16", holiday.KindHoliday, "Hùng Kings", "10/3 lunar, Friday"},
		{"2027-04-30", holiday.KindHoliday, "Reunification", "Friday"},
		{"2027-05-01", holiday.KindHoliday, "Labour Day", "Saturday"},
		{"2027-05-03", holiday.KindCompensatory, "Labour Day", "for Sat 1/5: Mon 3/5"},
		{"2027-09-02", holiday.KindHoliday, "National Day", "Thursday"},
		{"2027-09-03", holiday.KindHoliday, "National Day", "2/9 on a Thursday: the second day is Fri 3/9"},
	}
	got := vn.SpecialDays(iso("2027-01-01"), iso("2028-01-01"))
	if len(got) != len(want) {
		var list []string
		for _, s := range got {
			list = append(list, s.Date.String()+" "+s.Kind.String())
		}
		t.Errorf("2027: %d special days, want %d: %v", len(got), len(want), list)
	}
	for i, w := range want {
		if i >= len(got) {
			break
		}
		s := got[i]
		if s.Date != iso(w.day) || s.Kind != w.kind || !strings.Contains(s.NameEN, w.name) || !s.Projected {
			t.Errorf("2027 special day %d = %s %v %q (projected %v), want %s %v %q (%s)",
				i, s.Date, s.Kind, s.NameEN, s.Projected, w.day, w.kind, w.name, w.why)
		}
	}
	for _, tc := range []struct {
		day     string
		working bool
	}{
		{"2027-02-03", true}, {"2027-02-11", true}, {"2027-05-04", true}, {"2027-08-31", true},
		{"2027-09-01", true}, {"2027-09-06", true}, {"2027-04-15", true},
	} {
		if got := vn.IsWorkingDay(iso(tc.day)); got != tc.working {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tc.day, got, tc.working)
		}
	}
	if n, err := vn.AddWorkingDays(iso("2027-02-03"), 1); err != nil || n != iso("2027-02-11") {
		t.Errorf("AddWorkingDays(2027-02-03, 1) = %s, %v; want 2027-02-11 (Tết break 4–10/2/2027)", n, err)
	}
}
