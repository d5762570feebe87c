package procedure_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

// history builds a catalogue where 1.000001 has versions on 2020-01-01
// (15 working days) and 2025-07-01 (10 working days) and is abolished on
// 2026-01-01.
func history(t testing.TB) *procedure.Catalog {
	t.Helper()
	return historyJSON(t, `, "abolitions": [{"code": "1.000001", "decision": "3/QĐ-A", "effective": "2026-01-01"}]`)
}

// openHistory is history without the abolition.
func openHistory(t testing.TB) *procedure.Catalog { return historyJSON(t, "") }

func historyJSON(t testing.TB, tail string) *procedure.Catalog {
	t.Helper()
	c, err := procedure.Parse([]byte(`{"procedures": [
	  {"code": "1.000001", "decision": "1/QĐ-A", "effective": "2020-01-01", "name": "Thủ tục A", "field": "F",
	   "levels": ["district"], "implementing": ["ubnd-cap-huyen"], "subjects": ["individual"],
	   "channels": [{"channel": "direct", "statutory": "15 ngày làm việc"}], "source": "test"},
	  {"code": "1.000001", "decision": "2/QĐ-A", "effective": "2025-07-01", "name": "Thủ tục A", "field": "F",
	   "levels": ["commune"], "implementing": ["ubnd-cap-xa"], "subjects": ["individual"],
	   "channels": [{"channel": "direct", "statutory": "10 ngày làm việc"}], "source": "test"}
	]` + tail + `}`))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLookupAcrossVersions(t *testing.T) {
	c := history(t)
	tests := []struct {
		on      time.Time
		want    sla.Limit
		wantErr error
	}{
		{time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC), sla.Limit{}, procedure.ErrNotYetEffective},
		{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), sla.WorkingDays(15), nil},
		{time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC), sla.WorkingDays(15), nil},
		{time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), sla.WorkingDays(10), nil},
		{time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), sla.WorkingDays(10), nil},
		{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), sla.Limit{}, procedure.ErrAbolished},
	}
	for _, tt := range tests {
		on := day(tt.on.Year(), tt.on.Month(), tt.on.Day())
		p, err := c.Lookup("1.000001", on)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: err = %v, want %v", on, err, tt.wantErr)
			continue
		}
		if err != nil {
			var le *procedure.LookupError
			if !errors.As(err, &le) || le.Code != "1.000001" || le.On != on.String() || !strings.Contains(err.Error(), on.String()) {
				t.Errorf("%s: error does not quote code and date: %v", on, err)
			}
			continue
		}
		if tl, _ := p.Limit(procedure.ChannelDirect); tl.Statutory != tt.want {
			t.Errorf("%s: limit %v, want %v", on, tl.Statutory, tt.want)
		}
	}
	if _, err := c.Lookup("9.999999", day(2025, 1, 1)); !errors.Is(err, procedure.ErrUnknownCode) {
		t.Errorf("unknown: %v", err)
	}
	if n := len(c.Versions("1.000001")); n != 3 {
		t.Errorf("versions = %d", n)
	}
}

func TestLookupAllocs(t *testing.T) {
	c := sample.Catalog()
	on := day(2026, 3, 2)
	allocs := testing.AllocsPerRun(1000, func() {
		if _, err := c.Lookup("2.000908", on); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("Lookup allocates %v times per call", allocs)
	}
}

func TestApply(t *testing.T) {
	c := openHistory(t)
	before, _ := c.Marshal()
	eff := day(2025, 9, 1)
	amended := baseSpec("1.000001")
	amended.Name = "Thủ tục A (sửa đổi)"
	d := procedure.Decision{
		Number:    "100/QĐ-UBND",
		Effective: eff,
		New:       []procedure.Procedure{procedure.MustNew(baseSpec("1.000002")), procedure.MustNew(baseSpec("1.000003"))},
		Amended:   []procedure.Procedure{procedure.MustNew(amended)},
	}
	next, rep, err := c.Apply(d)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 || rep.Amended != 1 || rep.Replaced != 0 || rep.Abolished != 0 {
		t.Errorf("report %+v", rep)
	}
	if got := rep.String(); got != "100/QĐ-UBND: 2 new, 1 amended, 0 replaced, 0 abolished" {
		t.Errorf("report string %q", got)
	}
	after, _ := c.Marshal()
	if string(before) != string(after) {
		t.Fatal("Apply changed the receiver")
	}
	if p, err := next.Lookup("1.000001", eff); err != nil || p.Name() != "Thủ tục A (sửa đổi)" {
		t.Errorf("amended lookup %v %v", p, err)
	}
	if p, err := next.Lookup("1.000001", eff-1); err != nil || p.Name() != "Thủ tục A" {
		t.Errorf("old version lookup %v %v", p, err)
	}

	d2 := procedure.Decision{Number: "200/QĐ-UBND", Effective: day(2025, 10, 1),
		Replaced:  []procedure.Replacement{{Old: "1.000002", New: procedure.MustNew(baseSpec("1.000004"))}},
		Abolished: []string{"1.000003"}}
	next2, rep2, err := next.Apply(d2)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Replaced != 1 || rep2.Abolished != 1 || rep2.Added != 0 {
		t.Errorf("report %+v", rep2)
	}
	if _, err := next2.Lookup("1.000002", day(2025, 10, 1)); !errors.Is(err, procedure.ErrAbolished) {
		t.Errorf("replaced code still in force: %v", err)
	}
	if _, err := next2.Lookup("1.000004", day(2025, 10, 1)); err != nil {
		t.Errorf("replacement missing: %v", err)
	}
}

func TestApplyErrors(t *testing.T) {
	c := openHistory(t)
	eff := day(2025, 9, 1)
	p := func(code string) procedure.Procedure { return procedure.MustNew(baseSpec(code)) }
	tests := []struct {
		name string
		d    procedure.Decision
		code string
		want error
	}{
		{"no number", procedure.Decision{Effective: eff}, "", procedure.ErrMissingField},
		{"no date", procedure.Decision{Number: "x"}, "", procedure.ErrMissingField},
		{"add existing", procedure.Decision{Number: "x", Effective: eff, New: []procedure.Procedure{p("1.000001")}}, "1.000001", procedure.ErrExists},
		{"amend unknown", procedure.Decision{Number: "x", Effective: eff, Amended: []procedure.Procedure{p("1.000009")}}, "1.000009", procedure.ErrUnknownCode},
		{"abolish unknown", procedure.Decision{Number: "x", Effective: eff, Abolished: []string{"1.000009"}}, "1.000009", procedure.ErrUnknownCode},
		{"out of order", procedure.Decision{Number: "x", Effective: day(2025, 1, 1), Amended: []procedure.Procedure{p("1.000001")}}, "1.000001", procedure.ErrOutOfOrder},
		{"twice in one decision", procedure.Decision{Number: "x", Effective: eff, Amended: []procedure.Procedure{p("1.000001")}, Abolished: []string{"1.000001"}}, "1.000001", procedure.ErrDuplicate},
		{"zero procedure", procedure.Decision{Number: "x", Effective: eff, New: []procedure.Procedure{{}}}, "", procedure.ErrMissingField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := c.Apply(tt.d)
			var de *procedure.DecisionError
			if got != nil || !errors.Is(err, tt.want) || !errors.As(err, &de) || de.Code != tt.code {
				t.Fatalf("Apply = %v, %v; want %v for %q", got, err, tt.want, tt.code)
			}
		})
	}
	// Abolishing twice: once abolished (2026-01-01), again later.
	_, _, err := history(t).Apply(procedure.Decision{Number: "x", Effective: day(2026, 2, 1), Abolished: []string{"1.000001"}})
	if !errors.Is(err, procedure.ErrAbolished) {
		t.Errorf("abolish twice: %v", err)
	}
	// District level carried past the reform.
	s := baseSpec("1.000001")
	s.Levels = []procedure.Level{procedure.LevelDistrict}
	_, _, err = c.Apply(procedure.Decision{Number: "x", Effective: day(2025, 9, 1), Amended: []procedure.Procedure{procedure.MustNew(s)}})
	if !errors.Is(err, procedure.ErrLevelAbolished) {
		t.Errorf("district after reform: %v", err)
	}
}

func TestMarshalRoundTripSample(t *testing.T) {
	c := sample.Catalog()
	b, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back := mustParse(t, b)
	if !back.Equal(c) {
		t.Fatal("Parse(Marshal(sample)) differs")
	}
	b2, _ := back.Marshal()
	if string(b) != string(b2) {
		t.Fatal("Marshal is not stable")
	}
}
