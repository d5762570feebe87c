package holiday_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

const csvHead = "announcement,date,kind,name_vi,name_en,source\n"

// announcement2027 is a made-up 2027 schedule: Tết 5–9/2 (Fri–Tue) with two
// compensatory days, and nothing else.
const announcement2027 = csvHead +
	"2027,2027-01-01,holiday,Tết Dương lịch,New Year's Day,Test notice 1/2027\n" +
	"2027,2027-02-05,holiday,Tết Nguyên Đán,Lunar New Year,Test notice 1/2027\n" +
	"2027,2027-02-06,holiday,Tết Nguyên Đán,Lunar New Year,Test notice 1/2027\n" +
	"2027,2027-02-07,holiday,Tết Nguyên Đán,Lunar New Year,Test notice 1/2027\n" +
	"2027,2027-02-08,holiday,Tết Nguyên Đán,Lunar New Year,Test notice 1/2027\n" +
	"2027,2027-02-09,holiday,Tết Nguyên Đán,Lunar New Year,Test notice 1/2027\n" +
	"2027,2027-02-10,compensatory,Nghỉ bù Tết,Compensatory day,Test notice 1/2027\n" +
	"2027,2027-02-11,compensatory,Nghỉ bù Tết,Compensatory day,Test notice 1/2027\n"

// dayStates records IsWorkingDay and Special of some days, to compare a
// calendar before and after an operation.
func dayStates(c *holiday.Calendar, days ...date.Date) string {
	var b strings.Builder
	for _, x := range days {
		s, ok := c.Special(x)
		fmt.Fprintf(&b, "%s working=%v special=%v:%+v\n", x, c.IsWorkingDay(x), ok, s)
	}
	return b.String()
}

// probeDays are days whose state Extend tests watch.
var probeDays = []date.Date{
	iso("2026-01-02"), iso("2026-01-10"), iso("2026-02-16"), iso("2026-03-09"), iso("2026-03-14"),
	iso("2026-11-24"), iso("2027-01-01"), iso("2027-02-04"), iso("2027-02-09"), iso("2027-02-11"),
	iso("2027-04-16"), iso("2027-05-03"), iso("2027-09-02"), iso("2027-11-24"), iso("2029-11-24"),
	iso("2029-11-26"), iso("2100-01-01"),
}

func TestExtendAnnouncementReplacesProjection(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	baseBefore := dayStates(vn, probeDays...)
	c, err := vn.ExtendCSV([]byte(announcement2027))
	require.NoError(t, err)
	require.NotNil(t, c)
	if !c.IsAnnounced(2027) || vn.IsAnnounced(2027) {
		t.Errorf("IsAnnounced(2027): extended %v, base %v; want true, false", c.IsAnnounced(2027), vn.IsAnnounced(2027))
	}
	for _, tc := range []struct {
		day     string
		working bool
		kind    holiday.Kind
		why     string
	}{
		{"2027-01-01", false, holiday.KindHoliday, "announced"},
		{"2027-02-04", true, holiday.KindUnknown, "projected Tết day, not in the announcement"},
		{"2027-02-05", false, holiday.KindHoliday, "announced"},
		{"2027-02-09", false, holiday.KindHoliday, "announced holiday (projected compensatory)"},
		{"2027-02-11", false, holiday.KindCompensatory, "announced"},
		{"2027-02-12", true, holiday.KindUnknown, "ordinary Friday"},
		{"2027-04-16", true, holiday.KindUnknown, "projected Hùng Kings, not in the announcement"},
		{"2027-05-03", true, holiday.KindUnknown, "projected compensatory, not in the announcement"},
		{"2027-09-02", true, holiday.KindUnknown, "projected National Day, not in the announcement"},
		{"2028-01-03", true, holiday.KindUnknown, "2028 still projected: 1/1/2028 is a Saturday → Mon 3/1 compensatory"},
	} {
		x := iso(tc.day)
		if tc.day == "2028-01-03" {
			tc.working = vn.IsWorkingDay(x)
			s, _ := vn.Special(x)
			tc.kind = s.Kind
		}
		if got := c.IsWorkingDay(x); got != tc.working {
			t.Errorf("extended IsWorkingDay(%s) = %v, want %v (%s)", tc.day, got, tc.working, tc.why)
		}
		s, ok := c.Special(x)
		if s.Kind != tc.kind || ok != (tc.kind != holiday.KindUnknown) {
			t.Errorf("extended Special(%s) = %v (%v), want %v (%s)", tc.day, s.Kind, ok, tc.kind, tc.why)
		}
		if ok && tc.day != "2028-01-03" && (s.Projected || s.Source == "") {
			t.Errorf("extended Special(%s) = %+v, want not projected, with the source", tc.day, s)
		}
	}
	if got := c.SpecialDays(iso("2027-01-01"), iso("2028-01-01")); len(got) != 8 {
		t.Errorf("extended 2027 has %d special days, want the 8 announced", len(got))
	}
	// 2026 and 2028 unchanged.
	for _, x := range []date.Date{iso("2026-01-02"), iso("2026-02-16"), iso("2028-01-03"), iso("2028-05-01")} {
		if a, b := dayStates(vn, x), dayStates(c, x); a != b {
			t.Errorf("day outside 2027 changed by the 2027 announcement:\nbase     %sextended %s", a, b)
		}
	}
	if after := dayStates(vn, probeDays...); after != baseBefore {
		t.Errorf("Extend changed the base calendar:\nbefore\n%s\nafter\n%s", baseBefore, after)
	}
	// Announcing a year again on the extended calendar replaces it again.
	c2, err := c.ExtendCSV([]byte(csvHead + "2027,2027-04-16,holiday,Giỗ Tổ Hùng Vương,Hung Kings,Test notice 2/2027\n"))
	require.NoError(t, err)
	if c2.IsWorkingDay(iso("2027-04-16")) || !c2.IsWorkingDay(iso("2027-02-05")) || !c.IsWorkingDay(iso("2027-04-16")) {
		t.Errorf("second 2027 announcement: 16/4 working %v, 5/2 working %v (want false, true); first calendar 16/4 working %v (want true)",
			c2.IsWorkingDay(iso("2027-04-16")), c2.IsWorkingDay(iso("2027-02-05")), c.IsWorkingDay(iso("2027-04-16")))
	}
}

func TestExtendLocalDays(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	spec := holiday.Spec{Days: []holiday.SpecialDay{
		{Date: iso("2026-03-09"), Kind: holiday.KindDayOff, NameVI: "Nghỉ theo quyết định tỉnh", Source: "Quyết định 1/QĐ-UBND"},
		{Date: iso("2026-03-14"), Kind: holiday.KindWorkday, NameVI: "Làm việc thứ Bảy", Source: "Quyết định 2/QĐ-UBND"},
		// A local decision overrides the national calendar: work on a Tết day.
		{Date: iso("2026-02-16"), Kind: holiday.KindSwapDayOff, NameVI: "Nghỉ hoán đổi", Source: "Quyết định 3/QĐ-UBND"},
	}}
	c, err := vn.Extend(spec)
	require.NoError(t, err)
	for _, tc := range []struct {
		day     string
		working bool
		kind    holiday.Kind
	}{
		{"2026-03-09", false, holiday.KindDayOff},
		{"2026-03-14", true, holiday.KindWorkday},
		{"2026-02-16", false, holiday.KindSwapDayOff},
		{"2026-03-10", true, holiday.KindUnknown},
		{"2026-03-15", false, holiday.KindUnknown},
	} {
		x := iso(tc.day)
		s, _ := c.Special(x)
		if got := c.IsWorkingDay(x); got != tc.working || s.Kind != tc.kind {
			t.Errorf("IsWorkingDay(%s) = %v, kind %v; want %v, %v", tc.day, got, s.Kind, tc.working, tc.kind)
		}
	}
	// Friday 6/3 + 1 working day = Saturday 14/3? No: Monday 9/3 is off, so Tue 10/3.
	if got, err := c.AddWorkingDays(iso("2026-03-06"), 1); err != nil || got != iso("2026-03-10") {
		t.Errorf("AddWorkingDays(2026-03-06, 1) = %s, %v; want 2026-03-10", got, err)
	}
	if got, err := c.AddWorkingDays(iso("2026-03-13"), 1); err != nil || got != iso("2026-03-14") {
		t.Errorf("AddWorkingDays(2026-03-13, 1) = %s, %v; want the Saturday worked 2026-03-14", got, err)
	}
	// Name defaults: a Spec entry without NameEN keeps it empty? It is the caller's; the CSV fills it.
	// The spec is the caller's: changing it afterwards does not change c.
	spec.Days[0].Kind = holiday.KindWorkday
	spec.Days[0].Date = iso("2026-03-11")
	if c.IsWorkingDay(iso("2026-03-09")) || !c.IsWorkingDay(iso("2026-03-11")) {
		t.Error("changing the Spec after Extend changed the calendar")
	}
	// Base unchanged.
	if !vn.IsWorkingDay(iso("2026-03-09")) || vn.IsWorkingDay(iso("2026-03-14")) || vn.IsWorkingDay(iso("2026-02-16")) {
		t.Error("Extend with local days changed Vietnam()")
	}
}

func TestExtendAnnouncementSpecIsCopied(t *testing.T) {
	t.Parallel()
	spec := holiday.Spec{Announcements: []holiday.Announcement{{Year: 2027, Source: "Test", Days: []holiday.SpecialDay{
		{Date: iso("2027-03-01"), Kind: holiday.KindSwapDayOff, NameVI: "Nghỉ", Source: "Test"},
	}}}}
	c, err := holiday.Vietnam().Extend(spec)
	require.NoError(t, err)
	spec.Announcements[0].Days[0].Date = iso("2027-03-02")
	spec.Announcements[0].Year = 2028
	if c.IsWorkingDay(iso("2027-03-01")) || !c.IsWorkingDay(iso("2027-03-02")) {
		t.Error("changing the Spec's announcement after Extend changed the calendar")
	}
	// Rebuilding on top re-reads the calendar's own copy.
	c2, err := c.Extend(holiday.Spec{})
	require.NoError(t, err)
	if c2.IsWorkingDay(iso("2027-03-01")) || !c2.IsWorkingDay(iso("2027-03-02")) || !c2.IsAnnounced(2027) || c2.IsAnnounced(2028) {
		t.Error("changing the Spec after Extend changed a calendar built from the extended one")
	}
}

func TestExtendSaturdayWeek(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	c, err := vn.ExtendJSON([]byte(`{"working_weekdays": ["monday","tuesday","wednesday","thursday","friday","saturday"]}`))
	require.NoError(t, err)
	want := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday}
	if got := c.WorkingWeekdays(); !slices.Equal(got, want) {
		t.Errorf("WorkingWeekdays() = %v, want %v", got, want)
	}
	for _, tc := range []struct {
		day     string
		working bool
		why     string
	}{
		{"2026-03-07", true, "an ordinary Saturday"},
		{"2026-03-08", false, "Sunday"},
		{"2026-02-14", true, "Saturday inside the national Tết break: not a holiday, and the centre works Saturdays"},
		{"2026-02-16", false, "Tết holiday"},
		// Projected 2027 with a six-day week: Tết 4–8/2, Sat 6/2 is a working
		// weekday so gives nothing, Sun 7/2 gives the next free day, Tue 9/2.
		{"2027-02-06", false, "Tết holiday on a Saturday"},
		{"2027-02-09", false, "compensatory for Sun 7/2"},
		{"2027-02-10", true, "no compensatory for Sat 6/2 on a six-day week"},
		{"2027-05-01", false, "Labour Day on a Saturday"},
		{"2027-05-03", true, "no compensatory for a Saturday holiday on a six-day week"},
	} {
		if got := c.IsWorkingDay(iso(tc.day)); got != tc.working {
			t.Errorf("six-day week: IsWorkingDay(%s) = %v, want %v (%s)", tc.day, got, tc.working, tc.why)
		}
	}
	// Fri 13/3/2026 + 1 = Sat 14/3.
	if got, err := c.AddWorkingDays(iso("2026-03-13"), 1); err != nil || got != iso("2026-03-14") {
		t.Errorf("six-day week: AddWorkingDays(2026-03-13, 1) = %s, %v; want 2026-03-14", got, err)
	}
	// A Saturday workday is now a contradiction: Saturday already works.
	_, err = c.Extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: iso("2026-03-14"), Kind: holiday.KindWorkday, NameVI: "x", Source: "y"}}})
	if !errors.Is(err, holiday.ErrContradiction) {
		t.Errorf("workday on a Saturday of a six-day week: error %v, want ErrContradiction", err)
	}
	if got := vn.WorkingWeekdays(); len(got) != 5 {
		t.Errorf("base WorkingWeekdays() = %v after Extend", got)
	}
	if vn.IsWorkingDay(iso("2026-03-07")) {
		t.Error("base calendar works Saturday 2026-03-07 after Extend")
	}
}

func TestExtendRecurringCultureDay(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	spec := holiday.Spec{Recurring: []holiday.Recurring{{
		Month: time.November, Day: 24, From: iso("2026-11-24"),
		NameVI: "Ngày Văn hóa Việt Nam", NameEN: "Vietnamese Culture Day",
		Source: "Resolution 80-NQ/TW; Government Resolution 30/NQ-CP",
	}}}
	c, err := vn.Extend(spec)
	require.NoError(t, err)
	for _, tc := range []struct {
		day     string
		working bool
		kind    holiday.Kind
		why     string
	}{
		{"2025-11-24", true, holiday.KindUnknown, "before the effective date"},
		{"2026-11-24", false, holiday.KindHoliday, "Tuesday"},
		{"2026-11-25", true, holiday.KindUnknown, "no compensatory for a weekday holiday"},
		{"2027-11-24", false, holiday.KindHoliday, "Wednesday"},
		{"2029-11-24", false, holiday.KindHoliday, "Saturday"},
		{"2029-11-25", false, holiday.KindUnknown, "Sunday"},
		{"2029-11-26", false, holiday.KindCompensatory, "Labour Code 2019 Art. 111(3): Monday after Sat 24/11/2029"},
		{"2029-11-27", true, holiday.KindUnknown, "Tuesday"},
		{"2030-11-24", false, holiday.KindHoliday, "Sunday"},
		{"2030-11-25", false, holiday.KindCompensatory, "Monday after Sun 24/11/2030"},
		{"2199-11-24", false, holiday.KindHoliday, "last year of the span"},
	} {
		x := iso(tc.day)
		s, ok := c.Special(x)
		if got := c.IsWorkingDay(x); got != tc.working || s.Kind != tc.kind || ok != (tc.kind != holiday.KindUnknown) {
			t.Errorf("Culture Day: %s %s working %v kind %v, want working %v kind %v (%s)", tc.day, x.Weekday(), got, s.Kind, tc.working, tc.kind, tc.why)
		}
		if ok && (!strings.Contains(s.Source, "30/NQ-CP") || !strings.Contains(s.NameEN, "Culture Day")) {
			t.Errorf("Culture Day: Special(%s) = %+v, want the rule's name and source", tc.day, s)
		}
	}
	if n, err := c.WorkingDaysBetween(iso("2029-11-23"), iso("2029-11-27")); err != nil || n != 1 {
		t.Errorf("WorkingDaysBetween(2029-11-23, 2029-11-27) = %d, %v; want 1", n, err)
	}
	if !vn.IsWorkingDay(iso("2026-11-24")) || !vn.IsWorkingDay(iso("2029-11-26")) {
		t.Error("Extend with a recurring holiday changed Vietnam()")
	}
	// With an end date.
	spec.Recurring[0].Until = iso("2027-12-31")
	c2, err := vn.Extend(spec)
	require.NoError(t, err)
	if c2.IsWorkingDay(iso("2027-11-24")) || !c2.IsWorkingDay(iso("2028-11-24")) {
		t.Errorf("Until 2027-12-31: 2027-11-24 working %v, 2028-11-24 working %v; want false, true",
			c2.IsWorkingDay(iso("2027-11-24")), c2.IsWorkingDay(iso("2028-11-24")))
	}
}

// entryErr asserts that err is an *EntryError wrapping sentinel, with line
// and a message quoting value.
func entryErr(t *testing.T, what string, err error, sentinel error, line int, value string) {
	t.Helper()
	var ee *holiday.EntryError
	if !errors.As(err, &ee) {
		t.Errorf("%s: error %T %v, want *holiday.EntryError", what, err, err)
		return
	}
	if !errors.Is(err, sentinel) {
		t.Errorf("%s: error %v, want errors.Is %v", what, err, sentinel)
	}
	if line >= 0 && ee.Line != line {
		t.Errorf("%s: Line = %d, want %d (%v)", what, ee.Line, line, err)
	}
	if value != "" && !strings.Contains(err.Error(), fmt.Sprintf("%q", value)) {
		t.Errorf("%s: message %q does not quote %q", what, err.Error(), value)
	}
}

func TestCSVSyntaxErrors(t *testing.T) {
	t.Parallel()
	row := func(s string) string {
		return csvHead + "2027,2027-01-01,holiday,Tết Dương lịch,New Year,Test\n" + s + "\n"
	}
	for _, tc := range []struct {
		name  string
		data  string
		line  int
		value string
	}{
		{"too few fields", row("2027,2027-03-01,swap_off,Nghỉ,Test"), 3, ""},
		{"too many fields", row("2027,2027-03-01,swap_off,Nghỉ,Off,Test,extra"), 3, ""},
		{"no such date", row("2027,2027-02-30,swap_off,Nghỉ,Off,Test"), 3, "2027-02-30"},
		{"not ISO", row("2027,1/3/2027,swap_off,Nghỉ,Off,Test"), 3, "1/3/2027"},
		{"short date", row("2027,2027-3-1,swap_off,Nghỉ,Off,Test"), 3, "2027-3-1"},
		{"unknown kind", row("2027,2027-03-01,holyday,Nghỉ,Off,Test"), 3, "holyday"},
		{"kind in capitals", row("2027,2027-03-01,Holiday,Nghỉ,Off,Test"), 3, "Holiday"},
		{"missing name_vi", row("2027,2027-03-01,swap_off,,Off,Test"), 3, ""},
		{"blank name_vi", row("2027,2027-03-01,swap_off,  ,Off,Test"), 3, "  "},
		{"missing source", row("2027,2027-03-01,swap_off,Nghỉ,Off,"), 3, ""},
		{"bad announcement year", row("27,2027-03-01,swap_off,Nghỉ,Off,Test"), 3, "27"},
		{"non-numeric year", row("20x7,2027-03-01,swap_off,Nghỉ,Off,Test"), 3, "20x7"},
		{"bad header", "date,kind,name_vi,name_en,source,announcement\n", 1, "date,kind,name_vi,name_en,source,announcement"},
		{"header only five fields", "announcement,date,kind,name_vi,name_en\n", 1, ""},
		{"empty input", "", 1, ""},
		{"bad quote in a later field", row(`2027,"2027-03-01"x,swap_off,Nghỉ,Off,Test`), 3, ""},
		{"multi-line quoted name, then an error", csvHead + "2027,2027-01-01,holiday,\"Tết\nDương lịch\",New Year,Test\n2027,2027-13-01,holiday,x,y,z\n", 4, "2027-13-01"},
	} {
		for _, api := range []string{"ParseCSV", "ExtendCSV"} {
			var err error
			noPanic(t, api+" "+tc.name, func() {
				if api == "ParseCSV" {
					_, err = holiday.ParseCSV([]byte(tc.data))
				} else {
					var c *holiday.Calendar
					c, err = holiday.Vietnam().ExtendCSV([]byte(tc.data))
					if c != nil {
						t.Errorf("%s %s: returned a calendar with error %v", api, tc.name, err)
					}
				}
			})
			entryErr(t, api+" "+tc.name, err, holiday.ErrSyntax, tc.line, tc.value)
		}
	}
}

// TestCSVBareQuoteNoPanic: a malformed quote in the first field of a data
// line must be an *EntryError, not a panic.
func TestCSVBareQuoteNoPanic(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		data string
		line int
	}{
		{"bare quote in the first field", csvHead + "20\"27,2027-03-01,swap_off,Nghỉ,Off,Test\n", 2},
		{"unterminated quote at the end", csvHead + "\"2027", 2},
		{"quoted first field followed by text", csvHead + "\"2027\"x,2027-03-01,swap_off,Nghỉ,Off,Test\n", 2},
	} {
		var err error
		noPanic(t, "ParseCSV "+tc.name, func() { _, err = holiday.ParseCSV([]byte(tc.data)) })
		if err != nil {
			entryErr(t, "ParseCSV "+tc.name, err, holiday.ErrSyntax, tc.line, "")
		}
		noPanic(t, "ExtendCSV "+tc.name, func() { _, err = holiday.Vietnam().ExtendCSV([]byte(tc.data)) })
	}
}

func TestCSVContradictions(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	ok := "2027,2027-01-01,holiday,Tết Dương lịch,New Year,Test\n"
	for _, tc := range []struct {
		name     string
		data     string
		sentinel error
		line     int
		value    string
	}{
		{"swap_workday on a Wednesday", csvHead + ok + "2027,2027-03-03,swap_workday,Làm bù,Work,Test\n", holiday.ErrContradiction, 3, "2027-03-03"},
		{"workday on a Monday", csvHead + ok + ",2027-03-01,workday,Làm việc,Work,Test\n", holiday.ErrContradiction, 3, "2027-03-01"},
		{"compensatory on a Sunday", csvHead + ok + "2027,2027-03-07,compensatory,Nghỉ bù,Off,Test\n", holiday.ErrContradiction, 3, "2027-03-07"},
		{"swap_off on a Saturday", csvHead + ok + "2027,2027-03-06,swap_off,Nghỉ,Off,Test\n", holiday.ErrContradiction, 3, "2027-03-06"},
		{"local day_off on a Sunday", csvHead + ok + ",2027-03-07,day_off,Nghỉ,Off,Test\n", holiday.ErrContradiction, 3, "2027-03-07"},
		{"duplicate date in one announcement", csvHead + ok + "2027,2027-03-01,swap_off,Nghỉ,Off,Test\n2027,2027-03-01,holiday,Lễ,Holiday,Test\n", holiday.ErrContradiction, 4, "2027-03-01"},
		// Lines are checked in order (issue 12.8): line 3 (2028) claims the
		// date first, line 4 (2027) is reported.
		{"duplicate date across announcements", csvHead + ok + "2028,2027-03-01,swap_off,Nghỉ,Off,Test\n2027,2027-03-01,swap_off,Nghỉ,Off,Test\n", holiday.ErrContradiction, 4, "2027-03-01"},
		{"duplicate local date", csvHead + ok + ",2027-03-01,day_off,Nghỉ,Off,Test\n,2027-03-01,day_off,Nghỉ,Off,Test\n", holiday.ErrContradiction, 4, "2027-03-01"},
		{"announcement day two years away", csvHead + ok + "2027,2029-03-01,swap_off,Nghỉ,Off,Test\n", holiday.ErrContradiction, 3, "2029-03-01"},
		{"announcement day two years before", csvHead + ok + "2027,2025-03-03,swap_off,Nghỉ,Off,Test\n", holiday.ErrContradiction, 3, "2025-03-03"},
		{"day outside the span", csvHead + ok + "2199,2200-01-01,holiday,Lễ,Holiday,Test\n", holiday.ErrOutOfSpan, 3, "2200-01-01"},
		{"local day before the span", csvHead + ok + ",1999-12-31,day_off,Nghỉ,Off,Test\n", holiday.ErrOutOfSpan, 3, "1999-12-31"},
		// ExtendCSV documents that every error about an entry names its line.
		{"announcement year after the span", csvHead + ok + "2200,2199-12-30,holiday,Lễ,Holiday,Test\n", holiday.ErrOutOfSpan, 3, "2200"},
		{"announcement year before the span", csvHead + "1999,2000-01-03,swap_off,Nghỉ,Off,Test\n", holiday.ErrOutOfSpan, 2, "1999"},
	} {
		before := dayStates(vn, probeDays...)
		c, err := vn.ExtendCSV([]byte(tc.data))
		if c != nil {
			t.Errorf("%s: ExtendCSV returned a calendar with error %v", tc.name, err)
		}
		entryErr(t, "ExtendCSV "+tc.name, err, tc.sentinel, tc.line, tc.value)
		if after := dayStates(vn, probeDays...); after != before {
			t.Errorf("%s: failed ExtendCSV changed the receiver", tc.name)
		}
		// ParseCSV checks the text and duplicate dates only.
		if strings.HasPrefix(tc.name, "duplicate") {
			_, err := holiday.ParseCSV([]byte(tc.data))
			entryErr(t, "ParseCSV "+tc.name, err, tc.sentinel, tc.line, tc.value)
		} else if _, err := holiday.ParseCSV([]byte(tc.data)); err != nil {
			t.Errorf("%s: ParseCSV error %v, want none (text is well formed)", tc.name, err)
		}
	}
}

func TestExtendSpecErrors(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	day := func(s string, k holiday.Kind) holiday.SpecialDay {
		return holiday.SpecialDay{Date: iso(s), Kind: k, NameVI: "Tên", NameEN: "Name", Source: "Test"}
	}
	ann := func(y int, days ...holiday.SpecialDay) holiday.Announcement {
		return holiday.Announcement{Year: y, Source: "Test", Days: days}
	}
	culture := holiday.Recurring{Month: time.November, Day: 24, From: iso("2026-11-24"), NameVI: "Ngày Văn hóa Việt Nam", Source: "Test"}
	with := func(f func(*holiday.Recurring)) holiday.Recurring { r := culture; f(&r); return r }
	for _, tc := range []struct {
		name     string
		spec     holiday.Spec
		sentinel error
		entry    bool // *EntryError expected
	}{
		{"same year announced twice", holiday.Spec{Announcements: []holiday.Announcement{
			ann(2027, day("2027-03-01", holiday.KindSwapDayOff)), ann(2027, day("2027-03-02", holiday.KindSwapDayOff))}}, holiday.ErrContradiction, true},
		{"year after the span", holiday.Spec{Announcements: []holiday.Announcement{ann(2200)}}, holiday.ErrOutOfSpan, true},
		{"year before the span", holiday.Spec{Announcements: []holiday.Announcement{ann(1999)}}, holiday.ErrOutOfSpan, true},
		{"year zero", holiday.Spec{Announcements: []holiday.Announcement{{}}}, holiday.ErrOutOfSpan, true},
		{"kind unknown", holiday.Spec{Days: []holiday.SpecialDay{day("2027-03-01", holiday.KindUnknown)}}, holiday.ErrSyntax, true},
		{"kind out of range", holiday.Spec{Days: []holiday.SpecialDay{day("2027-03-01", 42)}}, holiday.ErrSyntax, true},
		{"no name", holiday.Spec{Days: []holiday.SpecialDay{{Date: iso("2027-03-01"), Kind: holiday.KindDayOff, Source: "x"}}}, holiday.ErrSyntax, true},
		{"no source", holiday.Spec{Days: []holiday.SpecialDay{{Date: iso("2027-03-01"), Kind: holiday.KindDayOff, NameVI: "x"}}}, holiday.ErrSyntax, true},
		{"zero date", holiday.Spec{Days: []holiday.SpecialDay{{Kind: holiday.KindDayOff, NameVI: "x", Source: "y"}}}, holiday.ErrOutOfSpan, true},
		{"empty working week", holiday.Spec{WorkingWeekdays: []time.Weekday{}}, holiday.ErrNoWorkingDay, false},
		{"weekday twice", holiday.Spec{WorkingWeekdays: []time.Weekday{time.Monday, time.Monday}}, holiday.ErrSyntax, true},
		{"weekday out of range", holiday.Spec{WorkingWeekdays: []time.Weekday{time.Monday, 7}}, holiday.ErrSyntax, true},
		{"negative weekday", holiday.Spec{WorkingWeekdays: []time.Weekday{-1}}, holiday.ErrSyntax, true},
		{"recurring 31/11", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.Day = 31 })}}, holiday.ErrSyntax, true},
		{"recurring month 13", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.Month = 13 })}}, holiday.ErrSyntax, true},
		{"recurring day 0", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.Day = 0 })}}, holiday.ErrSyntax, true},
		{"recurring 29/2", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.Month, r.Day = 2, 29 })}}, holiday.ErrSyntax, true},
		{"recurring without From", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.From = 0 })}}, holiday.ErrSyntax, true},
		{"recurring Until before From", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.Until = iso("2026-01-01") })}}, holiday.ErrContradiction, true},
		{"recurring without name", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.NameVI = "" })}}, holiday.ErrSyntax, true},
		{"recurring without source", holiday.Spec{Recurring: []holiday.Recurring{with(func(r *holiday.Recurring) { r.Source = "" })}}, holiday.ErrSyntax, true},
	} {
		before := dayStates(vn, probeDays...)
		var c *holiday.Calendar
		var err error
		noPanic(t, tc.name, func() { c, err = vn.Extend(tc.spec) })
		if c != nil {
			t.Errorf("%s: Extend returned a calendar with error %v", tc.name, err)
		}
		if !errors.Is(err, tc.sentinel) {
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.sentinel)
		}
		var ee *holiday.EntryError
		if got := errors.As(err, &ee); got != tc.entry {
			t.Errorf("%s: error %T %v: *EntryError %v, want %v", tc.name, err, err, got, tc.entry)
		} else if got && (ee.Line != 0 || ee.Field == "") {
			t.Errorf("%s: EntryError %+v, want Line 0 (not CSV) and a Field", tc.name, ee)
		}
		if after := dayStates(vn, probeDays...); after != before {
			t.Errorf("%s: failed Extend changed the receiver", tc.name)
		}
	}
	// An empty Spec rebuilds an identical calendar.
	c, err := vn.Extend(holiday.Spec{})
	require.NoError(t, err)
	if c == vn {
		t.Error("Extend(Spec{}) returned the receiver, want a new calendar")
	}
	if a, b := vn.SpecialDays(spanFirst, spanLast+1), c.SpecialDays(spanFirst, spanLast+1); !slices.Equal(a, b) {
		t.Errorf("Extend(Spec{}) changed the special days: %d vs %d", len(a), len(b))
	}
}

func TestParseJSON(t *testing.T) {
	t.Parallel()
	data := `{
	  "working_weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
	  "announcements": [{"year": 2027, "source": "Test notice 1/2027", "days": [
	    {"date": "2027-02-05", "kind": "holiday", "name_vi": "Tết Nguyên Đán", "name_en": "Lunar New Year"},
	    {"date": "2027-02-08", "kind": "holiday", "name_vi": "Tết Nguyên Đán", "source": "Own source"}]}],
	  "days": [{"date": "2027-03-08", "kind": "day_off", "name_vi": "Nghỉ", "source": "Quyết định 1"}],
	  "recurring": [{"month": 11, "day": 24, "from": "2026-11-24", "until": "2030-12-31", "name_vi": "Ngày Văn hóa Việt Nam",
	    "name_en": "Vietnamese Culture Day", "source": "Resolution 30/NQ-CP"}]
	}`
	spec, err := holiday.ParseJSON([]byte(data))
	require.NoError(t, err)
	want := holiday.Spec{
		WorkingWeekdays: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
		Announcements: []holiday.Announcement{{Year: 2027, Source: "Test notice 1/2027", Days: []holiday.SpecialDay{
			{Date: iso("2027-02-05"), Kind: holiday.KindHoliday, NameVI: "Tết Nguyên Đán", NameEN: "Lunar New Year", Source: "Test notice 1/2027"},
			{Date: iso("2027-02-08"), Kind: holiday.KindHoliday, NameVI: "Tết Nguyên Đán", NameEN: "Tết Nguyên Đán", Source: "Own source"},
		}}},
		Days: []holiday.SpecialDay{{Date: iso("2027-03-08"), Kind: holiday.KindDayOff, NameVI: "Nghỉ", NameEN: "Nghỉ", Source: "Quyết định 1"}},
		Recurring: []holiday.Recurring{{Month: time.November, Day: 24, From: iso("2026-11-24"), Until: iso("2030-12-31"),
			NameVI: "Ngày Văn hóa Việt Nam", NameEN: "Vietnamese Culture Day", Source: "Resolution 30/NQ-CP"}},
	}
	require.Equal(t, want, spec)

	c, err := holiday.Vietnam().Extend(spec)
	require.NoError(t, err)
	for _, tc := range []struct {
		day     string
		working bool
	}{
		{"2027-02-05", false}, {"2027-02-08", false}, {"2027-02-04", true}, {"2027-02-06", true},
		{"2027-03-08", false}, {"2027-03-13", true}, {"2027-11-24", false}, {"2031-11-24", true},
	} {
		if got := c.IsWorkingDay(iso(tc.day)); got != tc.working {
			t.Errorf("JSON calendar: IsWorkingDay(%s) = %v, want %v", tc.day, got, tc.working)
		}
	}
	// The empty object is the empty Spec.
	spec, err = holiday.ParseJSON([]byte(" {}\n"))
	require.NoError(t, err)
	require.Equal(t, holiday.Spec{}, spec)
}

func TestJSONErrors(t *testing.T) {
	t.Parallel()
	vn := holiday.Vietnam()
	for _, tc := range []struct {
		name     string
		data     string
		sentinel error
		value    string // quoted in the message
	}{
		{"unknown field", `{"holidays": []}`, holiday.ErrSyntax, ""},
		{"unknown field in a day", `{"days": [{"date": "2027-03-08", "kind": "day_off", "name_vi": "x", "source": "y", "extra": 1}]}`, holiday.ErrSyntax, ""},
		{"trailing data", `{} x`, holiday.ErrSyntax, ""},
		{"two objects", `{}{}`, holiday.ErrSyntax, ""},
		{"not an object", `[]`, holiday.ErrSyntax, ""},
		{"empty", ``, holiday.ErrSyntax, ""},
		{"truncated", `{"days": [`, holiday.ErrSyntax, ""},
		{"bad weekday name", `{"working_weekdays": ["Monday"]}`, holiday.ErrSyntax, "Monday"},
		{"abbreviated weekday", `{"working_weekdays": ["mon"]}`, holiday.ErrSyntax, "mon"},
		{"bad date", `{"days": [{"date": "2027-02-30", "kind": "day_off", "name_vi": "x", "source": "y"}]}`, holiday.ErrSyntax, "2027-02-30"},
		{"bad kind", `{"days": [{"date": "2027-03-08", "kind": "off", "name_vi": "x", "source": "y"}]}`, holiday.ErrSyntax, "off"},
		{"day without source", `{"days": [{"date": "2027-03-08", "kind": "day_off", "name_vi": "x"}]}`, holiday.ErrSyntax, ""},
		{"announcement day without any source", `{"announcements": [{"year": 2027, "days": [{"date": "2027-03-08", "kind": "swap_off", "name_vi": "x"}]}]}`, holiday.ErrSyntax, ""},
		{"recurring bad from", `{"recurring": [{"month": 11, "day": 24, "from": "24/11/2026", "name_vi": "x", "source": "y"}]}`, holiday.ErrSyntax, "24/11/2026"},
		{"recurring bad until", `{"recurring": [{"month": 11, "day": 24, "from": "2026-11-24", "until": "2026-13-01", "name_vi": "x", "source": "y"}]}`, holiday.ErrSyntax, "2026-13-01"},
		{"wrong type", `{"announcements": [{"year": "2027"}]}`, holiday.ErrSyntax, ""},
	} {
		_, err := holiday.ParseJSON([]byte(tc.data))
		entryErr(t, "ParseJSON "+tc.name, err, tc.sentinel, 0, tc.value)
		c, err := vn.ExtendJSON([]byte(tc.data))
		if c != nil || !errors.Is(err, tc.sentinel) {
			t.Errorf("ExtendJSON %s: %v, %v; want nil and %v", tc.name, c, err, tc.sentinel)
		}
	}
	// Well-formed JSON that Extend rejects.
	for _, tc := range []struct {
		name     string
		data     string
		sentinel error
	}{
		{"empty working week", `{"working_weekdays": []}`, holiday.ErrNoWorkingDay},
		{"weekday twice", `{"working_weekdays": ["monday", "monday"]}`, holiday.ErrSyntax},
		{"year out of span", `{"announcements": [{"year": 2200, "source": "x", "days": []}]}`, holiday.ErrOutOfSpan},
		{"swap_workday on a Monday", `{"announcements": [{"year": 2027, "source": "x", "days": [{"date": "2027-03-01", "kind": "swap_workday", "name_vi": "x"}]}]}`, holiday.ErrContradiction},
		{"recurring 30/2", `{"recurring": [{"month": 2, "day": 30, "from": "2026-11-24", "name_vi": "x", "source": "y"}]}`, holiday.ErrSyntax},
	} {
		if _, err := holiday.ParseJSON([]byte(tc.data)); err != nil {
			t.Errorf("ParseJSON %s: %v, want no error (checked by Extend)", tc.name, err)
		}
		before := dayStates(vn, probeDays...)
		c, err := vn.ExtendJSON([]byte(tc.data))
		if c != nil || !errors.Is(err, tc.sentinel) {
			t.Errorf("ExtendJSON %s: %v, %v; want nil and %v", tc.name, c, err, tc.sentinel)
		}
		if after := dayStates(vn, probeDays...); after != before {
			t.Errorf("%s: failed ExtendJSON changed the receiver", tc.name)
		}
	}
	// A null working week leaves the week alone.
	c, err := vn.ExtendJSON([]byte(`{"working_weekdays": null}`))
	require.NoError(t, err)
	if got := c.WorkingWeekdays(); len(got) != 5 {
		t.Errorf(`{"working_weekdays": null}: WorkingWeekdays() = %v, want Monday–Friday`, got)
	}
}

// TestExtendedCalendarArithmetic checks the O(1) arithmetic of an extended
// calendar against the day-by-day oracle over 2026–2030.
func TestExtendedCalendarArithmetic(t *testing.T) {
	t.Parallel()
	c, err := holiday.Vietnam().ExtendCSV([]byte(announcement2027 +
		",2027-03-08,day_off,Nghỉ,Off,QĐ 1\n,2027-03-13,workday,Làm,Work,QĐ 2\n"))
	require.NoError(t, err)
	for x := iso("2026-01-01"); x < iso("2031-01-01"); x += 3 {
		for _, n := range []int{-40, -7, -1, 1, 2, 5, 30} {
			got, err := c.AddWorkingDays(x, n)
			want, ok := naiveAdd(c, x, n)
			if err != nil || !ok || got != want {
				t.Fatalf("extended AddWorkingDays(%s, %d) = %s, %v; oracle %s", x, n, got, err, want)
			}
			if back, err := c.WorkingDaysBetween(x, got); err != nil || back != n {
				t.Fatalf("extended WorkingDaysBetween(%s, %s) = %d, %v; want %d", x, got, back, err, n)
			}
		}
	}
}
