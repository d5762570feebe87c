package holiday

// Regressions of issue 12 (hardening) in package holiday, each with the
// story of what was wrong.

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

// Item 13: AddWorkingDays(2199-12-30, 3) said "2199-12-30 outside the
// span", although 2199-12-30 is inside it: the result is not. The error now
// names the count whose result falls outside, and the side it falls on.
func TestIssue12AddWorkingDaysNamesTheResult(t *testing.T) {
	c := Vietnam()
	for _, tc := range []struct {
		from date.Date
		n    int
		want string
	}{
		{date.New(2199, 12, 30), 3, "AddWorkingDays(2199-12-30, 3): the result falls after the calendar's last day 2199-12-31"},
		{date.New(2026, 3, 2), math.MaxInt, "the result falls after the calendar's last day 2199-12-31"},
		{date.New(2000, 1, 4), -5, "AddWorkingDays(2000-01-04, -5): the result falls before the calendar's first day 2000-01-01"},
		{date.New(2026, 3, 2), math.MinInt, "the result falls before the calendar's first day"},
	} {
		_, err := c.AddWorkingDays(tc.from, tc.n)
		var se *SpanError
		if !errors.As(err, &se) || !errors.Is(err, ErrOutOfSpan) || !se.Result || se.Date != tc.from || se.Count != tc.n {
			t.Errorf("AddWorkingDays(%s, %d): err = %#v", tc.from, tc.n, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %q, want it to contain %q", tc.from, tc.n, err, tc.want)
		}
	}
	// A date outside the span still names that date.
	_, err := c.AddWorkingDays(date.New(2200, 1, 5), 1)
	if err == nil || !strings.Contains(err.Error(), "2200-01-05 outside the calendar's span") {
		t.Errorf("AddWorkingDays(2200-01-05, 1) = %v", err)
	}
}

// Item 13: a recurring rule from the zero date was reported as from "".
func TestIssue12RecurringFromZeroDateIsQuoted(t *testing.T) {
	_, err := Vietnam().Extend(Spec{Recurring: []Recurring{{Month: time.November, Day: 24, NameVI: "Ngày Văn hóa", Source: "x"}}})
	var ee *EntryError
	if !errors.As(err, &ee) || !errors.Is(err, ErrSyntax) || ee.Value == "" || !strings.Contains(err.Error(), ee.Value) {
		t.Fatalf("err = %v (value %q), want an EntryError quoting the zero date", err, ee.Value)
	}
}

// Item 8: 2,000 chained Extend calls with the same recurring rule took 36 s
// because every call appended the rule again (and the next build applied
// every copy). A rule already in force is kept once.
func TestIssue12ChainedExtendKeepsOneRule(t *testing.T) {
	r := Recurring{Month: time.November, Day: 24, From: date.New(2027, 1, 1), NameVI: "Ngày Văn hóa Việt Nam", NameEN: "Vietnamese Culture Day", Source: "test"}
	c := Vietnam()
	base := len(c.in.recurring)
	for range 50 {
		var err error
		if c, err = c.Extend(Spec{Recurring: []Recurring{r, r}}); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(c.in.recurring); got != base+1 {
		t.Fatalf("after 50 Extend calls with the same rule: %d rules, want %d", got, base+1)
	}
	if c.IsWorkingDay(date.New(2027, 11, 24)) {
		t.Error("2027-11-24 (a Wednesday) is a working day; the rule was lost")
	}
}

// Every error of the calendar's queries on the zero Calendar is typed.
func TestErrorContractZeroCalendar(t *testing.T) {
	var c Calendar
	_, err := c.AddWorkingDays(date.New(2026, 1, 1), 1)
	var ce *CalendarError
	if !errors.As(err, &ce) || !errors.Is(err, ErrInvalidCalendar) || strings.Count(err.Error(), "holiday:") != 1 {
		t.Errorf("zero calendar: err = %v", err)
	}
	_, err = c.Extend(Spec{})
	if !errors.As(err, &ce) || !errors.Is(err, ErrInvalidCalendar) {
		t.Errorf("Extend on the zero calendar: err = %v", err)
	}
	_, err = Vietnam().Extend(Spec{WorkingWeekdays: []time.Weekday{}})
	if err == nil {
		// An empty, non-nil week.
		t.Log("an empty working week is not refused by Extend")
	} else if !errors.As(err, &ce) || !errors.Is(err, ErrNoWorkingDay) {
		t.Errorf("empty week: err = %v", err)
	}
}

// Item 8: the CSV reader read every row before validating (1 M rows → 1.5 s
// and 600 MB even when line 3 was a duplicate). It checks line by line: a
// duplicate on line 3 is reported before a malformed line further on is
// read, and data over MaxDataBytes is refused unread.
func TestIssue12CSVFailsFast(t *testing.T) {
	head := "announcement,date,kind,name_vi,name_en,source\n"
	row := ",2027-03-01,day_off,Nghỉ,Off,Test\n"
	data := head + row + row + strings.Repeat(",2027-13-45,bad\n", 1000)
	_, err := ParseCSV([]byte(data))
	var ee *EntryError
	if !errors.As(err, &ee) || ee.Line != 3 || !errors.Is(err, ErrContradiction) {
		t.Fatalf("err = %v, want the duplicate on line 3", err)
	}
	big := []byte(head + strings.Repeat(row, MaxDataBytes/len(row)+1))
	for name, f := range map[string]func([]byte) error{
		"ParseCSV":   func(b []byte) error { _, err := ParseCSV(b); return err },
		"ParseJSON":  func(b []byte) error { _, err := ParseJSON(b); return err },
		"ExtendCSV":  func(b []byte) error { _, err := Vietnam().ExtendCSV(b); return err },
		"ExtendJSON": func(b []byte) error { _, err := Vietnam().ExtendJSON(b); return err },
	} {
		err := f(big)
		if !errors.As(err, &ee) || !errors.Is(err, ErrTooLarge) || len(err.Error()) > 200 {
			t.Errorf("%s of %d bytes: err = %.300v", name, len(big), err)
		}
	}
}

// Item 10: ParseJSON accepted keys in any case and duplicate keys (the last
// won, silently dropping the first list), and replaced invalid UTF-8. It
// now follows the module's one strict policy (internal/strictjson).
func TestIssue12ParseJSONStrict(t *testing.T) {
	day := `{"date":"2027-03-08","kind":"day_off","name_vi":"Nghỉ","source":"QĐ 1"}`
	other := `{"date":"2027-03-09","kind":"day_off","name_vi":"Nghỉ","source":"QĐ 1"}`
	if _, err := ParseJSON([]byte(`{"days":[` + day + `]}`)); err != nil {
		t.Fatalf("a valid document: %v", err)
	}
	for name, doc := range map[string]string{
		"key in another case":    `{"Days":[` + day + `]}`,
		"nested key in capitals": `{"days":[{"Date":"2027-03-08","kind":"day_off","name_vi":"Nghỉ","source":"QĐ 1"}]}`,
		"duplicate key":          `{"days":[` + day + `],"days":[` + other + `]}`,
		"duplicate nested key":   `{"days":[{"date":"2027-03-08","date":"2027-03-09","kind":"day_off","name_vi":"Nghỉ","source":"QĐ 1"}]}`,
		"invalid UTF-8":          "{\"days\":[{\"date\":\"2027-03-08\",\"kind\":\"day_off\",\"name_vi\":\"Ngh\xff\",\"source\":\"QĐ 1\"}]}",
		"lone surrogate":         `{"days":[{"date":"2027-03-08","kind":"day_off","name_vi":"\ud800","source":"QĐ 1"}]}`,
		"stray field":            `{"days":[{"date":"2027-03-08","kind":"day_off","name_vi":"Nghỉ","source":"QĐ 1","amount":3}]}`,
		"month as a string":      `{"recurring":[{"month":"11","day":24,"from":"2027-01-01","name_vi":"x","source":"y"}]}`,
		"second value":           `{"days":[]} {"days":[]}`,
		"null document":          `null`,
	} {
		_, err := ParseJSON([]byte(doc))
		var ee *EntryError
		if !errors.As(err, &ee) || !errors.Is(err, ErrSyntax) || strings.Count(err.Error(), "holiday:") != 1 {
			t.Errorf("%s: err = %v, want an EntryError wrapping ErrSyntax", name, err)
		}
	}
}
