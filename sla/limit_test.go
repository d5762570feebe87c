package sla_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
	"pgregory.net/rapid"
)

func mustHundredths(t testing.TB, h int64, u sla.Unit) sla.Limit {
	t.Helper()
	l, err := sla.LimitFromHundredths(h, u)
	if err != nil {
		t.Fatalf("LimitFromHundredths(%d, %v): %v", h, u, err)
	}
	return l
}

func TestUnitString(t *testing.T) {
	tests := []struct {
		u    sla.Unit
		want string
	}{
		{sla.UnitUnknown, "unknown"},
		{sla.UnitWorkingHours, "working hours"},
		{sla.UnitWorkingDays, "working days"},
		{sla.UnitCalendarDays, "calendar days"},
		{sla.UnitMonths, "months"},
		{sla.Unit(9), "%!Unit(9)"},
	}
	for _, tt := range tests {
		if got := tt.u.String(); got != tt.want {
			t.Errorf("Unit(%d).String() = %q, want %q", uint8(tt.u), got, tt.want)
		}
	}
}

func TestUnitIsValid(t *testing.T) {
	for u := 0; u < 256; u++ {
		want := u >= 1 && u <= 4
		if got := sla.Unit(u).IsValid(); got != want {
			t.Errorf("Unit(%d).IsValid() = %v, want %v", u, got, want)
		}
	}
}

func TestUnitTextStableCodes(t *testing.T) {
	codes := map[sla.Unit]string{
		sla.UnitWorkingHours: "working_hours",
		sla.UnitWorkingDays:  "working_days",
		sla.UnitCalendarDays: "calendar_days",
		sla.UnitMonths:       "months",
	}
	for u, code := range codes {
		b, err := u.MarshalText()
		if err != nil || string(b) != code {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", u, b, err, code)
		}
		var got sla.Unit
		if err := got.UnmarshalText([]byte(code)); err != nil || got != u {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", code, got, err, u)
		}
	}
	for _, u := range []sla.Unit{sla.UnitUnknown, sla.Unit(7)} {
		if _, err := u.MarshalText(); err == nil {
			t.Errorf("%v.MarshalText(): want error", u)
		}
	}
	for _, bad := range []string{"", "unknown", "Working_Days", "working days", "days"} {
		got := sla.UnitMonths
		err := got.UnmarshalText([]byte(bad))
		if err == nil {
			t.Errorf("UnmarshalText(%q): want error", bad)
			continue
		}
		if got != sla.UnitMonths {
			t.Errorf("UnmarshalText(%q) changed the receiver to %v", bad, got)
		}
		if !strings.Contains(err.Error(), `"`+bad+`"`) {
			t.Errorf("UnmarshalText(%q) error %q does not quote the input", bad, err)
		}
	}
	// JSON uses the text codes.
	b, err := json.Marshal(struct{ U sla.Unit }{sla.UnitWorkingDays})
	if err != nil || string(b) != `{"U":"working_days"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
}

func TestConstructors(t *testing.T) {
	tests := []struct {
		name  string
		got   sla.Limit
		valid bool
		unit  sla.Unit
		h     int64
	}{
		{"WorkingDays(3)", sla.WorkingDays(3), true, sla.UnitWorkingDays, 300},
		{"WorkingDays(0)", sla.WorkingDays(0), true, sla.UnitWorkingDays, 0},
		{"WorkingDays(-1)", sla.WorkingDays(-1), false, sla.UnitUnknown, 0},
		{"WorkingDays(max)", sla.WorkingDays(sla.MaxLimitWorkingDays), true, sla.UnitWorkingDays, sla.MaxLimitWorkingDays * 100},
		{"WorkingDays(max+1)", sla.WorkingDays(sla.MaxLimitWorkingDays + 1), false, sla.UnitUnknown, 0},
		{"WorkingHours(4)", sla.WorkingHours(4), true, sla.UnitWorkingHours, 400},
		{"WorkingHours(0)", sla.WorkingHours(0), false, sla.UnitUnknown, 0},
		{"WorkingHours(-2)", sla.WorkingHours(-2), false, sla.UnitUnknown, 0},
		{"WorkingHours(max+1)", sla.WorkingHours(sla.MaxLimitWorkingHours + 1), false, sla.UnitUnknown, 0},
		{"CalendarDays(30)", sla.CalendarDays(30), true, sla.UnitCalendarDays, 3000},
		{"CalendarDays(0)", sla.CalendarDays(0), false, sla.UnitUnknown, 0},
		{"Months(2)", sla.Months(2), true, sla.UnitMonths, 200},
		{"Months(0)", sla.Months(0), false, sla.UnitUnknown, 0},
		{"Months(121)", sla.Months(121), false, sla.UnitUnknown, 0},
		{"SameDay()", sla.SameDay(), true, sla.UnitWorkingDays, 0},
		{"zero", sla.Limit{}, false, sla.UnitUnknown, 0},
	}
	for _, tt := range tests {
		if tt.got.IsValid() != tt.valid || tt.got.Unit() != tt.unit || tt.got.Hundredths() != tt.h {
			t.Errorf("%s = {valid %v unit %v h %d}, want {valid %v unit %v h %d}", tt.name,
				tt.got.IsValid(), tt.got.Unit(), tt.got.Hundredths(), tt.valid, tt.unit, tt.h)
		}
		if !tt.valid && tt.got != (sla.Limit{}) {
			t.Errorf("%s: invalid result is not the zero Limit", tt.name)
		}
	}
	if sla.SameDay() != sla.WorkingDays(0) {
		t.Error("SameDay() != WorkingDays(0)")
	}
}

func TestLimitFromHundredths(t *testing.T) {
	ok := []struct {
		h int64
		u sla.Unit
	}{
		{50, sla.UnitWorkingDays},
		{25, sla.UnitWorkingDays},
		{0, sla.UnitWorkingDays},
		{150, sla.UnitWorkingHours},
		{1, sla.UnitWorkingHours},
		{100, sla.UnitCalendarDays},
		{sla.MaxLimitCalendarDays * 100, sla.UnitCalendarDays},
		{sla.MaxLimitWorkingHours * 100, sla.UnitWorkingHours},
		{sla.MaxLimitMonths * 100, sla.UnitMonths},
	}
	for _, tt := range ok {
		l, err := sla.LimitFromHundredths(tt.h, tt.u)
		if err != nil || l.Hundredths() != tt.h || l.Unit() != tt.u || !l.IsValid() {
			t.Errorf("LimitFromHundredths(%d, %v) = %v, %v", tt.h, tt.u, l, err)
		}
	}
	bad := []struct {
		h    int64
		u    sla.Unit
		want error
	}{
		{-1, sla.UnitWorkingDays, sla.ErrLimitRange},
		{0, sla.UnitWorkingHours, sla.ErrLimitRange},
		{0, sla.UnitCalendarDays, sla.ErrLimitRange},
		{0, sla.UnitMonths, sla.ErrLimitRange},
		{150, sla.UnitCalendarDays, sla.ErrLimitRange},
		{50, sla.UnitMonths, sla.ErrLimitRange},
		{sla.MaxLimitWorkingDays*100 + 1, sla.UnitWorkingDays, sla.ErrLimitRange},
		{1500000, sla.UnitCalendarDays, sla.ErrLimitRange},
		{1 << 40, sla.UnitWorkingHours, sla.ErrLimitRange},
		{100, sla.UnitUnknown, sla.ErrLimitSyntax},
		{100, sla.Unit(42), sla.ErrLimitSyntax},
	}
	for _, tt := range bad {
		l, err := sla.LimitFromHundredths(tt.h, tt.u)
		if !errors.Is(err, tt.want) {
			t.Errorf("LimitFromHundredths(%d, %v) error = %v, want %v", tt.h, tt.u, err, tt.want)
		}
		if l != (sla.Limit{}) {
			t.Errorf("LimitFromHundredths(%d, %v) = %v on error, want zero Limit", tt.h, tt.u, l)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "sla: ") {
			t.Errorf("error %q lacks the sla: prefix", err)
		}
	}
}

func TestLimitAccessors(t *testing.T) {
	half := mustHundredths(t, 50, sla.UnitWorkingDays)
	if half.Amount().String() != "0.5" || half.IsWhole() || half.IsSameDay() {
		t.Errorf("half day: Amount %s IsWhole %v IsSameDay %v", half.Amount(), half.IsWhole(), half.IsSameDay())
	}
	q := mustHundredths(t, 125, sla.UnitWorkingHours)
	if q.Amount().String() != "1.25" {
		t.Errorf("Amount() = %s, want 1.25", q.Amount())
	}
	if !sla.WorkingDays(3).IsWhole() || sla.WorkingDays(3).Amount().String() != "3" {
		t.Error("WorkingDays(3) should be whole with amount 3")
	}
	if !sla.SameDay().IsSameDay() || sla.CalendarDays(1).IsSameDay() {
		t.Error("IsSameDay is wrong")
	}
}

func TestLimitStringAndEnglish(t *testing.T) {
	tests := []struct {
		l       sla.Limit
		vi, eng string
	}{
		{sla.WorkingDays(3), "3 ngày làm việc", "3 working days"},
		{sla.WorkingDays(1), "1 ngày làm việc", "1 working day"},
		{mustHundredths(t, 50, sla.UnitWorkingDays), "0,5 ngày làm việc", "0.5 working days"},
		{mustHundredths(t, 25, sla.UnitWorkingDays), "0,25 ngày làm việc", "0.25 working days"},
		{mustHundredths(t, 1510, sla.UnitWorkingDays), "15,1 ngày làm việc", "15.1 working days"},
		{sla.SameDay(), "Trong ngày", "same day"},
		{sla.WorkingHours(4), "4 giờ làm việc", "4 working hours"},
		{sla.WorkingHours(1), "1 giờ làm việc", "1 working hour"},
		{mustHundredths(t, 150, sla.UnitWorkingHours), "1,5 giờ làm việc", "1.5 working hours"},
		{sla.CalendarDays(30), "30 ngày", "30 calendar days"},
		{sla.CalendarDays(1), "1 ngày", "1 calendar day"},
		{sla.Months(2), "2 tháng", "2 months"},
		{sla.Months(1), "1 tháng", "1 month"},
		{sla.Limit{}, "Limit(invalid)", "invalid limit"},
	}
	for _, tt := range tests {
		if got := tt.l.String(); got != tt.vi {
			t.Errorf("String() = %q, want %q", got, tt.vi)
		}
		if got := tt.l.English(); got != tt.eng {
			t.Errorf("English() = %q, want %q", got, tt.eng)
		}
	}
}

func TestLimitCompare(t *testing.T) {
	ordered := []sla.Limit{
		{},
		sla.WorkingHours(1),
		sla.WorkingHours(8),
		sla.SameDay(),
		mustHundredths(t, 50, sla.UnitWorkingDays),
		sla.WorkingDays(1),
		sla.WorkingDays(15),
		sla.CalendarDays(1),
		sla.CalendarDays(45),
		sla.Months(1),
	}
	for i, a := range ordered {
		for j, b := range ordered {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestLimitMarshalText(t *testing.T) {
	b, err := sla.WorkingDays(15).MarshalText()
	if err != nil || string(b) != "15 ngày làm việc" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	if _, err := (sla.Limit{}).MarshalText(); err == nil {
		t.Error("MarshalText of the zero Limit: want error")
	}
	if _, err := json.Marshal(struct{ L sla.Limit }{}); err == nil {
		t.Error("json.Marshal of a zero Limit field: want error")
	}
}

func TestLimitUnmarshalTextStrict(t *testing.T) {
	good := map[string]sla.Limit{
		"Trong ngày":        sla.SameDay(),
		"3 ngày làm việc":   sla.WorkingDays(3),
		"0,5 ngày làm việc": mustHundredths(t, 50, sla.UnitWorkingDays),
		"4 giờ làm việc":    sla.WorkingHours(4),
		"30 ngày":           sla.CalendarDays(30),
		"2 tháng":           sla.Months(2),
	}
	for in, want := range good {
		var got sla.Limit
		if err := got.UnmarshalText([]byte(in)); err != nil || got != want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	// Liberal ParseLimit forms are not canonical.
	bad := []string{
		"", "03 ngày làm việc", "0.5 ngày làm việc", "0,50 ngày làm việc", "trong ngày",
		"Ngay trong ngày", "0 ngày làm việc", "15 ngày làm việc.", "15  ngày làm việc",
		"15 NGÀY LÀM VIỆC", "15 ngay lam viec", "Không quá 5 ngày làm việc", " 3 ngày",
		"3 ngày ", "15,5 ngày", "0 ngày", "Limit(invalid)", "3 nga\u0300y", "+3 ngày", "-3 ngày",
		"1,5 tháng", "99999999 ngày", "3,ngày", ",5 ngày làm việc", "5, ngày làm việc",
	}
	for _, in := range bad {
		got := sla.Months(7)
		err := got.UnmarshalText([]byte(in))
		if err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want error", in, got)
			continue
		}
		if !errors.Is(err, sla.ErrLimitSyntax) {
			t.Errorf("UnmarshalText(%q) error %v does not wrap ErrLimitSyntax", in, err)
		}
		if got != sla.Months(7) {
			t.Errorf("UnmarshalText(%q) changed the receiver to %v", in, got)
		}
		if !strings.Contains(err.Error(), strconv.Quote(in)) {
			t.Errorf("UnmarshalText(%q) error %q does not quote the input", in, err)
		}
	}
}

type procedure struct {
	Code  string    `json:"code"`
	Limit sla.Limit `json:"limit"`
}

func TestLimitJSONInStruct(t *testing.T) {
	in := procedure{Code: "1.001193", Limit: mustHundredths(t, 50, sla.UnitWorkingDays)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"code":"1.001193","limit":"0,5 ngày làm việc"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out procedure
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json round trip = %+v, %v; want %+v", out, err, in)
	}
	if err := json.Unmarshal([]byte(`{"limit":"15 ngay lam viec"}`), &out); err == nil {
		t.Error("json.Unmarshal of a non-canonical limit: want error")
	}
}

// genLimit draws an arbitrary valid Limit.
func genLimit() *rapid.Generator[sla.Limit] {
	return rapid.Custom(func(t *rapid.T) sla.Limit {
		u := rapid.SampledFrom([]sla.Unit{sla.UnitWorkingHours, sla.UnitWorkingDays, sla.UnitCalendarDays, sla.UnitMonths}).Draw(t, "unit")
		var h int64
		switch u {
		case sla.UnitWorkingHours:
			h = rapid.Int64Range(1, sla.MaxLimitWorkingHours*100).Draw(t, "h")
		case sla.UnitWorkingDays:
			h = rapid.Int64Range(0, sla.MaxLimitWorkingDays*100).Draw(t, "h")
		case sla.UnitCalendarDays:
			h = 100 * rapid.Int64Range(1, sla.MaxLimitCalendarDays).Draw(t, "n")
		default:
			h = 100 * rapid.Int64Range(1, sla.MaxLimitMonths).Draw(t, "n")
		}
		l, err := sla.LimitFromHundredths(h, u)
		if err != nil {
			t.Fatalf("LimitFromHundredths(%d, %v): %v", h, u, err)
		}
		return l
	})
}

func TestLimitProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := genLimit().Draw(t, "limit")
		if !l.IsValid() {
			t.Fatalf("generated invalid limit %#v", l)
		}
		s := l.String()
		if s == "" || l.English() == "" {
			t.Fatalf("empty String/English for %#v", l)
		}
		p, err := sla.ParseLimit(s)
		if err != nil || p != l {
			t.Fatalf("ParseLimit(%q) = %v, %v; want %v", s, p, err, l)
		}
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText: %v", err)
		}
		var u sla.Limit
		if err := u.UnmarshalText(b); err != nil || u != l {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, u, err, l)
		}
		j, err := json.Marshal(procedure{Code: "x", Limit: l})
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		var back procedure
		if err := json.Unmarshal(j, &back); err != nil || back.Limit != l {
			t.Fatalf("json round trip of %s = %v, %v", j, back.Limit, err)
		}
		if l.Compare(l) != 0 || l.Amount().Shift(2).IntPart() != l.Hundredths() {
			t.Fatalf("Compare/Amount inconsistent for %v", l)
		}
	})
}
