package holiday_test

import (
	"errors"
	"testing"

	"github.com/motcua/motcua/holiday"
)

// checkExtendErr accepts the errors Extend documents: an *EntryError (which
// wraps ErrSyntax, ErrContradiction or ErrOutOfSpan), ErrOutOfSpan, or
// ErrNoWorkingDay.
func checkExtendErr(t *testing.T, api string, c *holiday.Calendar, err error) {
	t.Helper()
	if err == nil {
		if !c.IsValid() {
			t.Fatalf("%s: no error but an invalid calendar", api)
		}
		return
	}
	if c != nil {
		t.Fatalf("%s: error %v with a calendar", api, err)
	}
	var ee *holiday.EntryError
	switch {
	case errors.As(err, &ee):
		if !errors.Is(err, holiday.ErrSyntax) && !errors.Is(err, holiday.ErrContradiction) && !errors.Is(err, holiday.ErrOutOfSpan) {
			t.Fatalf("%s: *EntryError %v wraps no documented sentinel", api, err)
		}
	case errors.Is(err, holiday.ErrOutOfSpan), errors.Is(err, holiday.ErrNoWorkingDay):
	default:
		t.Fatalf("%s: unexpected error %T %v", api, err, err)
	}
}

// checkParseErr accepts only an *EntryError wrapping ErrSyntax, or
// ErrContradiction for a date given twice: ParseCSV checks that line by
// line (its doc comment), so a file with a date twice before a malformed
// line is refused for the date.
func checkParseErr(t *testing.T, api string, err error) {
	t.Helper()
	var ee *holiday.EntryError
	if !errors.As(err, &ee) || !errors.Is(err, holiday.ErrSyntax) && !errors.Is(err, holiday.ErrContradiction) {
		t.Fatalf("%s: error %T %v, want *EntryError wrapping ErrSyntax or ErrContradiction", api, err, err)
	}
	if ee.Error() == "" {
		t.Fatalf("%s: empty error message", api)
	}
}

// guard turns a panic into a failure that names the input.
func guard(t *testing.T, data []byte) {
	if r := recover(); r != nil {
		t.Fatalf("panic on input %q: %v", data, r)
	}
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{
		csvHead,
		announcement2027,
		csvHead + ",2027-03-08,day_off,Nghỉ,Off,QĐ 1\n,2027-03-13,workday,Làm,Work,QĐ 2\n",
		csvHead + "2027,2027-02-30,holiday,x,y,z\n",
		csvHead + "2027,2027-03-03,swap_workday,x,y,z\n",
		csvHead + "2200,2200-01-01,holiday,x,y,z\n",
		csvHead + "2027,2027-03-01,holiday,\"Tết\nmới\",y,z\n",
		csvHead + "20\"27,2027-03-01,holiday,x,y,z\n",
		csvHead + "\"2027",
		"",
		"announcement,date\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer guard(t, data)
		spec, err := holiday.ParseCSV(data)
		if err != nil {
			checkParseErr(t, "ParseCSV", err)
		} else {
			c, err := holiday.Vietnam().Extend(spec)
			checkExtendErr(t, "Extend", c, err)
		}
		c, err := holiday.Vietnam().ExtendCSV(data)
		checkExtendErr(t, "ExtendCSV", c, err)
	})
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"working_weekdays": ["monday","tuesday","wednesday","thursday","friday","saturday"]}`,
		`{"working_weekdays": []}`,
		`{"working_weekdays": ["sunday"]}`,
		`{"announcements": [{"year": 2027, "source": "x", "days": [{"date": "2027-02-05", "kind": "holiday", "name_vi": "Tết"}]}]}`,
		`{"announcements": [{"year": 2200, "source": "x", "days": []}]}`,
		`{"days": [{"date": "2027-03-08", "kind": "day_off", "name_vi": "x", "source": "y"}]}`,
		`{"recurring": [{"month": 11, "day": 24, "from": "2026-11-24", "name_vi": "Ngày Văn hóa Việt Nam", "source": "30/NQ-CP"}]}`,
		`{"recurring": [{"month": 2, "day": 29, "from": "2026-11-24", "name_vi": "x", "source": "y"}]}`,
		`{"holidays": []} x`,
		`[`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer guard(t, data)
		spec, err := holiday.ParseJSON(data)
		if err != nil {
			checkParseErr(t, "ParseJSON", err)
			return
		}
		c, err := holiday.Vietnam().Extend(spec)
		checkExtendErr(t, "Extend", c, err)
		c2, err2 := holiday.Vietnam().ExtendJSON(data)
		checkExtendErr(t, "ExtendJSON", c2, err2)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Extend(ParseJSON) error %v but ExtendJSON error %v", err, err2)
		}
	})
}
