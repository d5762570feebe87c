package procedure_test

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

func birthSpec(limit sla.Limit) procedure.Spec {
	return procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"UBND-XA"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual},
		Channels: []procedure.TimeLimit{{Channel: procedure.ChannelOnlineFull, Statutory: limit}},
		Source:   "Nghị định 63/2024/NĐ-CP",
		Route:    liaisonsample.BirthRegistrationGroup(),
	}
}

// A procedure carries its inter-agency route through New, Marshal and
// Parse; a route whose total exceeds the statutory limit is refused.
func TestProcedureRoute(t *testing.T) {
	p, err := procedure.New(birthSpec(sla.WorkingDays(3))) // Decree 63/2024: at most 3 working days
	if err != nil {
		t.Fatal(err)
	}
	if p.Route() == nil || p.Route().Code() != liaisonsample.BirthRegistrationGroup().Code() {
		t.Fatalf("Route() = %v, want the birth-registration group", p.Route())
	}
	c, err := procedure.Parse([]byte(`{"procedures":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err = c.Apply(procedure.Decision{Number: "test", Effective: date.New(2024, time.July, 1), New: []procedure.Procedure{p}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := procedure.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Equal(c) {
		t.Errorf("the route did not survive Marshal/Parse:\n%s", b)
	}
	_, err = procedure.New(birthSpec(sla.WorkingDays(2)))
	if !errors.Is(err, procedure.ErrInvalidLimit) {
		t.Errorf("route total 3 working days over a 2-day limit: err = %v, want ErrInvalidLimit", err)
	}
}
