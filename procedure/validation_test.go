package procedure_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

func TestParseValidBase(t *testing.T) {
	c := mustParse(t, catalogJSON(t, nil))
	p, err := c.Lookup("1.001193", day(2026, 1, 5))
	if err != nil {
		t.Fatal(err)
	}
	tl, ok := p.Limit(procedure.ChannelDirect)
	if !ok || tl.Statutory != sla.WorkingDays(3) || tl.Committed != sla.WorkingDays(2) || tl.Effective() != sla.WorkingDays(2) {
		t.Fatalf("limit = %+v", tl)
	}
	if tl.StatutoryText != "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" {
		t.Errorf("raw text not kept: %q", tl.StatutoryText)
	}
}

func TestParseValidationErrors(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(m map[string]any)
		code    string // expected ValidationError.Procedure
		field   string // expected substring of Field
		wantErr error
	}{
		{"unknown field", func(m map[string]any) { m["colour"] = "red" }, "1.001193", "", procedure.ErrSyntax},
		{"missing name", func(m map[string]any) { delete(m, "name") }, "1.001193", "name", procedure.ErrMissingField},
		{"missing field", func(m map[string]any) { m["field"] = "" }, "1.001193", "field", procedure.ErrMissingField},
		{"missing source", func(m map[string]any) { delete(m, "source") }, "1.001193", "source", procedure.ErrMissingField},
		{"no levels", func(m map[string]any) { m["levels"] = []any{} }, "1.001193", "levels", procedure.ErrMissingField},
		{"no implementing", func(m map[string]any) { delete(m, "implementing") }, "1.001193", "implementing", procedure.ErrMissingField},
		{"no subjects", func(m map[string]any) { m["subjects"] = []any{} }, "1.001193", "subjects", procedure.ErrMissingField},
		{"bad code", func(m map[string]any) { m["code"] = "4.001193" }, "4.001193", "code", procedure.ErrInvalidValue},
		{"bad local suffix", func(m map[string]any) { m["code"] = "1.001193.000.00.00.h37" }, "1.001193.000.00.00.h37", "code", procedure.ErrInvalidValue},
		{"unknown level", func(m map[string]any) { m["levels"] = []any{"ward"} }, "1.001193", "", procedure.ErrInvalidValue},
		{"bad cutoff", func(m map[string]any) { m["cutoff"] = "3pm" }, "1.001193", "cutoff", procedure.ErrInvalidValue},
		{"bad effective", func(m map[string]any) { m["effective"] = "01/07/2025" }, "1.001193", "effective", procedure.ErrInvalidValue},
		{"limit unreadable", func(m map[string]any) {
			m["channels"] = []any{map[string]any{"channel": "direct", "statutory": "2 năm"}}
		}, "1.001193", "channels[0].statutory", procedure.ErrInvalidLimit},
		{"limit ambiguous", func(m map[string]any) {
			m["channels"] = []any{map[string]any{"channel": "direct", "statutory": "Trong ngày; trường hợp cần xác minh không quá 05 ngày làm việc"}}
		}, "1.001193", "channels[0].statutory", procedure.ErrInvalidLimit},
		{"committed longer", func(m map[string]any) {
			m["channels"] = []any{map[string]any{"channel": "direct", "statutory": "02 ngày làm việc", "committed": "03 ngày làm việc"}}
		}, "1.001193", "channels[0].committed", procedure.ErrInvalidLimit},
		{"committed other unit", func(m map[string]any) {
			m["channels"] = []any{map[string]any{"channel": "direct", "statutory": "15 ngày", "committed": "10 ngày làm việc"}}
		}, "1.001193", "channels[0].committed", procedure.ErrInvalidLimit},
		{"committed without statutory", func(m map[string]any) {
			m["channels"] = []any{map[string]any{"channel": "direct", "committed": "03 ngày làm việc"}}
		}, "1.001193", "channels[0].statutory", procedure.ErrMissingField},
		{"duplicate channel", func(m map[string]any) {
			m["channels"] = []any{map[string]any{"channel": "direct"}, map[string]any{"channel": "direct"}}
		}, "1.001193", "channels[1].channel", procedure.ErrDuplicate},
		{"fee not decimal", func(m map[string]any) {
			m["fees"] = []any{map[string]any{"kind": "fee", "name": "x", "amount": "8.000đ"}}
		}, "1.001193", "fees[0].amount", procedure.ErrInvalidFee},
		{"fee negative", func(m map[string]any) {
			m["fees"] = []any{map[string]any{"kind": "fee", "name": "x", "amount": "-5"}}
		}, "1.001193", "fees[0].amount", procedure.ErrInvalidFee},
		{"fee as number", func(m map[string]any) {
			m["fees"] = []any{map[string]any{"kind": "fee", "name": "x", "amount": 8000}}
		}, "1.001193", "amount", procedure.ErrSyntax},
		{"reduction over 100", func(m map[string]any) {
			m["fees"] = []any{map[string]any{"kind": "fee", "name": "x", "amount": "1", "reductions": []any{map[string]any{"code": "a", "percent": "150"}}}}
		}, "1.001193", "fees[0].reductions[0].percent", procedure.ErrInvalidFee},
		{"conditional fee without code", func(m map[string]any) {
			m["fees"] = []any{map[string]any{"kind": "fee", "name": "x", "amount": "1", "condition": "if"}}
		}, "1.001193", "fees[0].code", procedure.ErrMissingField},
		{"zero copies and originals", func(m map[string]any) {
			m["components"] = []any{map[string]any{"name": "Tờ khai", "originals": 0, "copies": 0, "requirement": "required"}}
		}, "1.001193", "components[0]", procedure.ErrNoCopies},
		{"conditional without condition", func(m map[string]any) {
			m["components"] = []any{map[string]any{"name": "Tờ khai", "originals": 1, "copies": 0, "requirement": "conditional"}}
		}, "1.001193", "components[0].condition", procedure.ErrMissingField},
		{"negative copies", func(m map[string]any) {
			m["components"] = []any{map[string]any{"name": "Tờ khai", "originals": 1, "copies": -1, "requirement": "required"}}
		}, "1.001193", "components[0].copies", procedure.ErrInvalidValue},
		{"district after reform", func(m map[string]any) {
			m["levels"] = []any{"district"}
			m["effective"] = "2025-07-01"
		}, "1.001193", "levels", procedure.ErrLevelAbolished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := procedure.Parse(catalogJSON(t, tt.mutate))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			var ve *procedure.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("err %T is not *ValidationError", err)
			}
			if ve.Procedure != tt.code {
				t.Errorf("Procedure = %q, want %q", ve.Procedure, tt.code)
			}
			if !strings.Contains(ve.Field, tt.field) {
				t.Errorf("Field = %q, want it to contain %q", ve.Field, tt.field)
			}
			if !strings.HasPrefix(err.Error(), "procedure") {
				t.Errorf("message %q lacks the package prefix", err)
			}
		})
	}
}

func TestParseCatalogueLevelErrors(t *testing.T) {
	dup := []byte(`{"procedures": [` + baseJSON + `,` + baseJSON + `]}`)
	_, err := procedure.Parse(dup)
	var ve *procedure.ValidationError
	if !errors.Is(err, procedure.ErrDuplicate) || !errors.As(err, &ve) || ve.Procedure != "1.001193" {
		t.Fatalf("duplicate codes: %v", err)
	}
	twice := []byte(`{"procedures": [` + baseJSON + `], "abolitions": [
		{"code": "1.001193", "decision": "A", "effective": "2025-01-01"},
		{"code": "1.001193", "decision": "B", "effective": "2025-02-01"}]}`)
	if _, err := procedure.Parse(twice); !errors.Is(err, procedure.ErrDuplicate) {
		t.Fatalf("abolished twice: %v", err)
	}
	for _, in := range []string{``, `{`, `[]`, `{"procedures": []} {}`, `{"procedure": []}`, `{}`} {
		_, err := procedure.Parse([]byte(in))
		if !errors.As(err, &ve) {
			t.Errorf("Parse(%q) = %v, want *ValidationError", in, err)
		}
	}
}

func TestNewValidation(t *testing.T) {
	s := baseSpec("1.001193")
	s.Channels[0].StatutoryText = "15 ngày làm việc" // disagrees with SameDay
	_, err := procedure.New(s)
	if !errors.Is(err, procedure.ErrInvalidLimit) {
		t.Fatalf("inconsistent text: %v", err)
	}
	s = baseSpec("1.001193")
	s.Components = []procedure.Component{{Name: "CSDL", Requirement: procedure.FromDatabase}}
	if _, err := procedure.New(s); err != nil {
		t.Fatalf("from-database component with no paper must be accepted: %v", err)
	}
	s.Components = []procedure.Component{{Name: "CCCD", Requirement: procedure.PresentOnly}}
	if _, err := procedure.New(s); !errors.Is(err, procedure.ErrNoCopies) {
		t.Fatalf("present-only without original: %v", err)
	}
}

func TestEnumWireCodes(t *testing.T) {
	for _, tc := range []struct {
		v    interface{ MarshalText() ([]byte, error) }
		want string
	}{
		{procedure.LevelCentral, "central"}, {procedure.LevelProvince, "province"},
		{procedure.LevelDistrict, "district"}, {procedure.LevelCommune, "commune"},
		{procedure.ChannelDirect, "direct"}, {procedure.ChannelPostal, "postal"},
		{procedure.ChannelOnlineFull, "online_full"}, {procedure.ChannelOnlinePartial, "online_partial"},
		{procedure.Required, "required"}, {procedure.Conditional, "conditional"},
		{procedure.PresentOnly, "present_only"}, {procedure.FromDatabase, "from_database"},
		{procedure.SubjectIndividual, "individual"}, {procedure.SubjectOrganisation, "organisation"},
		{procedure.FeeKindFee, "fee"}, {procedure.FeeKindCharge, "charge"},
	} {
		b, err := tc.v.MarshalText()
		if err != nil || string(b) != tc.want {
			t.Errorf("%v: %q, %v; want %q", tc.v, b, err, tc.want)
		}
	}
	if _, err := procedure.LevelUnknown.MarshalText(); err == nil {
		t.Error("LevelUnknown marshalled")
	}
	if got := procedure.Level(9).String(); got != "%!Level(9)" {
		t.Errorf("String = %q", got)
	}
}

func TestBaseCode(t *testing.T) {
	for in, want := range map[string]string{
		"2.000908": "2.000908", "2.000908.000.00.00.H61": "2.000908", "2.00908": "", "2.000908.H61": "",
	} {
		if got := procedure.BaseCode(in); got != want {
			t.Errorf("BaseCode(%q) = %q, want %q", in, got, want)
		}
	}
	p := procedure.MustNew(baseSpec("1.003583.000.00.00.H37"))
	if p.BaseCode() != "1.003583" || p.Code() != "1.003583.000.00.00.H37" {
		t.Errorf("codes %q %q", p.Code(), p.BaseCode())
	}
}
