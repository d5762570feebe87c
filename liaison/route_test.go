package liaison_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// base returns a valid three-step sequential route spec.
func base() liaison.RouteSpec {
	return liaison.RouteSpec{Code: "R", Name: "Tuyến", Total: sla.WorkingDays(5), Steps: []liaison.Step{
		{ID: "in", Name: "Tiếp nhận", Agency: "A", Role: liaison.RoleReceive, Budget: half()},
		{ID: "work", Name: "Thẩm định", Agency: "B", Role: liaison.RoleAppraise, Budget: sla.WorkingDays(3), After: []string{"in"}},
		{ID: "out", Name: "Trả kết quả", Agency: "A", Role: liaison.RoleReturn, Budget: half(), After: []string{"work"}},
	}}
}

func TestNewRouteErrors(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*liaison.RouteSpec)
		want   error
		step   string
		field  string
		substr string
	}{
		{"no code", func(s *liaison.RouteSpec) { s.Code = "" }, liaison.ErrEmptyRoute, "", "code", ""},
		{"no steps", func(s *liaison.RouteSpec) { s.Steps = nil }, liaison.ErrEmptyRoute, "", "steps", ""},
		{"invalid total", func(s *liaison.RouteSpec) { s.Total = sla.Limit{} }, liaison.ErrBadBudget, "", "total", ""},
		{"calendar-day total", func(s *liaison.RouteSpec) { s.Total = sla.CalendarDays(30) }, liaison.ErrBadBudget, "", "total", "calendar days"},
		{"bad cutoff", func(s *liaison.RouteSpec) { s.Cutoff = clock.Day + clock.Minute }, liaison.ErrBadCutoff, "", "cutoff", ""},
		{"cutoff not a minute", func(s *liaison.RouteSpec) { s.Cutoff = clock.New(15, 0, 30, 0) }, liaison.ErrBadCutoff, "", "cutoff", ""},
		{"no id", func(s *liaison.RouteSpec) { s.Steps[1].ID = "" }, liaison.ErrBadStep, "", "steps[1].id", ""},
		{"duplicate id", func(s *liaison.RouteSpec) { s.Steps[2].ID = "in" }, liaison.ErrDuplicateStep, "in", "id", ""},
		{"no name", func(s *liaison.RouteSpec) { s.Steps[1].Name = "" }, liaison.ErrBadStep, "work", "name", ""},
		{"bad role", func(s *liaison.RouteSpec) { s.Steps[1].Role = 99 }, liaison.ErrBadStep, "work", "role", "%!Role(99)"},
		{"empty agency", func(s *liaison.RouteSpec) { s.Steps[1].Agency = "" }, liaison.ErrUnknownAgency, "work", "agency", ""},
		{"invalid budget", func(s *liaison.RouteSpec) { s.Steps[1].Budget = sla.Limit{} }, liaison.ErrBadBudget, "work", "budget", ""},
		{"month budget", func(s *liaison.RouteSpec) { s.Steps[1].Budget = sla.Months(1) }, liaison.ErrBadBudget, "work", "budget", "months"},
		{"unknown predecessor", func(s *liaison.RouteSpec) { s.Steps[1].After = []string{"nope"} }, liaison.ErrUnknownStep, "work", "after", "nope"},
		{"self loop", func(s *liaison.RouteSpec) { s.Steps[1].After = []string{"work"} }, liaison.ErrCycle, "work", "after", ""},
		{"predecessor twice", func(s *liaison.RouteSpec) { s.Steps[1].After = []string{"in", "in"} }, liaison.ErrDuplicateStep, "work", "after", ""},
		{"no receive", func(s *liaison.RouteSpec) { s.Steps[0].Role = liaison.RoleAppraise }, liaison.ErrNoReceive, "", "steps", ""},
		{"no return", func(s *liaison.RouteSpec) { s.Steps[2].Role = liaison.RoleSign }, liaison.ErrNoReturn, "", "steps", ""},
		{"unreachable", func(s *liaison.RouteSpec) { s.Steps[1].After = nil }, liaison.ErrUnreachable, "work", "after", ""},
		{"cycle", func(s *liaison.RouteSpec) {
			s.Steps = append(s.Steps, liaison.Step{ID: "x", Name: "X", Agency: "C", Role: liaison.RoleConsult, Budget: half(), After: []string{"y"}},
				liaison.Step{ID: "y", Name: "Y", Agency: "C", Role: liaison.RoleConsult, Budget: half(), After: []string{"x", "in"}})
			s.Steps[2].After = append(s.Steps[2].After, "y")
		}, liaison.ErrCycle, "y", "after", "y → x → y"},
		{"dead end", func(s *liaison.RouteSpec) {
			s.Steps = append(s.Steps, liaison.Step{ID: "x", Name: "X", Agency: "C", Role: liaison.RoleConsult, Budget: half(), After: []string{"in"}})
		}, liaison.ErrDeadEnd, "x", "after", ""},
		{"unknown lead", func(s *liaison.RouteSpec) { s.Lead = "Z" }, liaison.ErrUnknownAgency, "", "lead", "Z"},
		{"over budget", func(s *liaison.RouteSpec) { s.Total = sla.WorkingDays(3) }, liaison.ErrOverBudget, "out", "total", "by 1 working day"},
		{"over budget in hours", func(s *liaison.RouteSpec) { s.Total = sla.WorkingHours(24) }, liaison.ErrOverBudget, "out", "total", "in → work → out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := base()
			tt.edit(&spec)
			r, err := liaison.NewRoute(spec)
			if r != nil || !errors.Is(err, tt.want) {
				t.Fatalf("got %v, %v; want %v", r, err, tt.want)
			}
			var re *liaison.RouteError
			if !errors.As(err, &re) {
				t.Fatalf("%T is not a *RouteError", err)
			}
			if re.Step != tt.step || re.Field != tt.field {
				t.Errorf("step %q field %q, want %q %q", re.Step, re.Field, tt.step, tt.field)
			}
			if !strings.Contains(err.Error(), tt.substr) || !strings.HasPrefix(err.Error(), "liaison: ") {
				t.Errorf("message %q, want it to contain %q", err, tt.substr)
			}
		})
	}
}

func TestOverBudgetDetails(t *testing.T) {
	spec := base()
	spec.Total = sla.WorkingDays(3)
	_, err := liaison.NewRoute(spec)
	var ob *liaison.OverBudgetError
	if !errors.As(err, &ob) {
		t.Fatalf("%v is not an *OverBudgetError", err)
	}
	if strings.Join(ob.Path, ",") != "in,work,out" || ob.Excess != liaison.StandardDay {
		t.Fatalf("path %v excess %s", ob.Path, ob.Excess)
	}
}

func TestValidate(t *testing.T) {
	r, err := liaison.NewRoute(base())
	if err != nil {
		t.Fatal(err)
	}
	on := date.New(2026, 1, 5)
	ws, err := r.Validate(liaison.AgencySet{"A": true}, on)
	var re *liaison.RouteError
	if !errors.Is(err, liaison.ErrUnknownAgency) || !errors.As(err, &re) || re.Step != "work" || re.Value != "B" {
		t.Fatalf("Validate: %v", err)
	}
	if len(ws) != 1 || ws[0].Kind != liaison.WarnSlack || ws[0].Slack != liaison.StandardDay {
		t.Fatalf("warnings %v", ws)
	}
	if _, err := r.Validate(nil, on); err != nil {
		t.Fatalf("nil registry: %v", err)
	}
	ws, err = liaisonsample.BirthRegistrationGroup().Validate(nil, on)
	if err != nil || len(ws) != 1 || ws[0].Kind != liaison.WarnSlack {
		t.Fatalf("birth group: %v %v", ws, err)
	}
	spec := liaisonsample.BirthRegistrationGroup().Spec()
	spec.Lead = ""
	noLead, _ := liaison.NewRoute(spec)
	ws, _ = noLead.Validate(nil, on)
	if len(ws) != 2 || ws[1].Kind != liaison.WarnNoLead {
		t.Fatalf("no lead: %v", ws)
	}
}

func TestRouteImmutable(t *testing.T) {
	spec := base()
	r, _ := liaison.NewRoute(spec)
	spec.Steps[1].After[0] = "changed"
	for s := range r.Steps() {
		if s.ID == "work" {
			s.After[0] = "changed too"
		}
	}
	s, _ := r.Step("work")
	if s.After[0] != "in" {
		t.Fatalf("route changed through a shared slice: %v", s.After)
	}
	again, _ := liaison.NewRoute(base())
	if !r.Equal(again) || r.Equal(liaisonsample.LandTransfer()) {
		t.Fatal("Equal")
	}
}

func TestModes(t *testing.T) {
	tests := []struct {
		r    *liaison.Route
		want liaison.Mode
	}{
		{liaisonsample.LandTransfer(), liaison.Sequential},
		{liaisonsample.FiveOnSite(), liaison.Sequential},
		{liaisonsample.BirthRegistrationGroup(), liaison.Parallel},
		{liaisonsample.DeathRegistrationGroup(), liaison.Parallel},
	}
	for _, tt := range tests {
		if got := tt.r.Mode(); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.r.Code(), got, tt.want)
		}
	}
	spec := liaisonsample.BirthRegistrationGroup().Spec()
	// A branch of two steps beside a branch of one: mixed.
	spec.Steps = append(spec.Steps, liaison.Step{ID: "extra", Name: "Thêm", Agency: "BHXH-TINH",
		Role: liaison.RoleSign, Budget: sla.SameDay(), After: []string{"bhyt"}})
	spec.Steps[4].After = []string{"thuong-tru", "extra"}
	r, err := liaison.NewRoute(spec)
	if err != nil || r.Mode() != liaison.Mixed {
		t.Fatalf("mixed: %v %v", r.Mode(), err)
	}
}

func TestRoleCodes(t *testing.T) {
	for r := liaison.RoleReceive; r <= liaison.RoleReturn; r++ {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got liaison.Role
		if err := got.UnmarshalText(b); err != nil || got != r {
			t.Fatalf("%s: %q → %v %v", r, b, got, err)
		}
	}
	if _, err := liaison.RoleUnknown.MarshalText(); err == nil {
		t.Fatal("RoleUnknown marshalled")
	}
	var r liaison.Role
	if err := r.UnmarshalText([]byte("Receive")); err == nil || r != liaison.RoleUnknown {
		t.Fatal("case-insensitive role accepted")
	}
	if liaison.RoleSign.Vietnamese() != "ký, đóng dấu" || liaison.Role(42).String() != "%!Role(42)" {
		t.Fatal("names")
	}
}

func TestBuiltinsValid(t *testing.T) {
	reg := liaison.AgencySet{}
	for _, a := range []string{liaisonsample.AgencyCommune, liaisonsample.AgencyCommunePolice, liaisonsample.AgencySocialInsurance,
		liaisonsample.AgencyOneStop, liaisonsample.AgencyLandRegistry, liaisonsample.AgencyTax, liaisonsample.AgencyOneStopCentre} {
		reg[a] = true
	}
	for _, r := range []*liaison.Route{liaisonsample.BirthRegistrationGroup(), liaisonsample.BirthRegistrationGroupVerified(),
		liaisonsample.DeathRegistrationGroup(), liaisonsample.LandTransfer(), liaisonsample.FiveOnSite()} {
		if _, err := r.Validate(reg, date.New(2026, 1, 5)); err != nil {
			t.Errorf("%s: %v", r.Code(), err)
		}
		if r.Source() == "" {
			t.Errorf("%s has no source", r.Code())
		}
	}
	if a, b := liaisonsample.BirthRegistrationGroup(), liaisonsample.BirthRegistrationGroup(); a == b {
		t.Error("built-in routes must be fresh values")
	}
}
