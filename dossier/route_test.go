package dossier_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// An inter-agency birth-registration group (Decree 63/2024/NĐ-CP) whose
// residence step, at the commune police, overruns its 2 working days: the
// dossier names the police as responsible (first late step on the critical
// path, Circular 01/2018/TT-VPCP Art. 13 index 2), and the route and its
// steps survive a JSON round trip.
func TestRouteTrackingAndResponsibility(t *testing.T) {
	p, err := sample.Catalog().Lookup("1.001193", date.New(2026, time.March, 2))
	if err != nil {
		t.Fatal(err)
	}
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	h := dossier.Header{Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "x"},
		Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "A", ID: "001090001234"},
		Channel:   procedure.ChannelOnlinePartial, ReceivingUnit: "H57", Agency: "UBND-XA", Route: liaisonsample.BirthRegistrationGroup()}
	for _, c := range p.Components() {
		if c.Requirement == procedure.Required || c.Requirement == procedure.PresentOnly {
			h.Filed = append(h.Filed, dossier.Filed{Name: c.Name, Originals: max(1, c.Originals), Copies: c.Copies, Digitised: true})
		}
	}
	d, err := dossier.Open(h, sched)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone)
	d, _, err = d.Receive(at, "x", p, &dossier.MemorySequencer{})
	if err != nil {
		t.Fatal(err)
	}
	if d, err = d.Transfer(at.Add(time.Minute), "x"); err != nil {
		t.Fatal(err)
	}
	type ev struct {
		start  bool
		id, ag string
		off    time.Duration
	}
	for _, e := range []ev{{true, "tiep-nhan", "UBND-XA", 2 * time.Minute}, {false, "tiep-nhan", "UBND-XA", 3 * time.Minute},
		{true, "khai-sinh", "UBND-XA", 4 * time.Minute}, {false, "khai-sinh", "UBND-XA", 5 * time.Minute},
		{true, "thuong-tru", "CONG-AN-XA", 6 * time.Minute}, {true, "bhyt", "BHXH-TINH", 7 * time.Minute},
		{false, "bhyt", "BHXH-TINH", 8 * time.Minute}, {false, "thuong-tru", "CONG-AN-XA", 5 * 24 * time.Hour}} {
		if e.start {
			d, err = d.StartStep(at.Add(e.off), "x", e.id, e.ag)
		} else {
			d, err = d.FinishStep(at.Add(e.off), "x", e.id, e.ag)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	step, agency, ok := d.Responsible()
	if !ok || step != "thuong-tru" || agency != liaisonsample.AgencyCommunePolice {
		t.Errorf("Responsible() = %q, %q, %v; want thuong-tru, %s, true", step, agency, ok, liaisonsample.AgencyCommunePolice)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	d2, err := dossier.Unmarshal(b, sched)
	if err != nil {
		t.Fatal(err)
	}
	if !d2.Equal(d) {
		t.Error("the JSON round trip changed the dossier")
	}
	if _, a2, _ := d2.Responsible(); a2 != agency {
		t.Errorf("after the round trip Responsible agency = %q, want %q", a2, agency)
	}
	// A dossier without a route refuses route steps.
	h.Route = nil
	plain, _ := dossier.Open(h, sched)
	plain, _, _ = plain.Receive(at, "x", p, &dossier.MemorySequencer{})
	plain, _ = plain.Transfer(at.Add(time.Minute), "x")
	if _, err := plain.StartStep(at.Add(time.Hour), "x", "khai-sinh", "UBND-XA"); !errors.Is(err, dossier.ErrRule) {
		t.Errorf("StartStep without a route: err = %v, want ErrRule", err)
	}
}

// A procedure that carries an inter-agency route gives it to the dossiers
// received under it.
func TestReceiveTakesTheProcedureRoute(t *testing.T) {
	p, h, sched := birthGroupDossier(t)
	d, err := dossier.Open(h, sched)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err = d.Receive(time.Date(2026, 3, 2, 9, 0, 0, 0, sla.VietnamZone), "x", p, &dossier.MemorySequencer{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Header().Route == nil || !d.Tracking().IsValid() {
		t.Fatal("the dossier did not take the procedure's route")
	}
}

// One dossier, one legal deadline (issue 12.2): a Decree 63/2024/NĐ-CP
// group received after the route's 15:00 cut-off counts from the next
// working day (Art. 7(2)) for its appointment, Due, Outcome and reports
// alike, as its route tracking does; a result on the route's due date is
// on time.
func TestRouteCutoffGivesOneDeadline(t *testing.T) {
	p, h, sched := birthGroupDossier(t)
	d, _ := dossier.Open(h, sched)
	recv := time.Date(2026, 3, 2, 16, 0, 0, 0, sla.VietnamZone) // Monday, after 15:00
	d, _, err := d.Receive(recv, "x", p, &dossier.MemorySequencer{})
	if err != nil {
		t.Fatal(err)
	}
	route, err := d.Tracking().Deadline()
	if err != nil {
		t.Fatal(err)
	}
	want := date.New(2026, time.March, 6) // R = Tuesday 3 March, + 3 working days
	if d.Due() != want || route.Due() != want || d.Timeline().Deadline().ReceiptDay() != date.New(2026, time.March, 3) {
		t.Fatalf("Due %s, route due %s, receipt day %s; want %s, %s, 2026-03-03", d.Due(), route.Due(), d.Timeline().Deadline().ReceiptDay(), want, want)
	}
	d, _ = d.Transfer(recv.Add(time.Minute), "x")
	done, err := d.Decide(time.Date(2026, 3, 6, 10, 0, 0, 0, sla.VietnamZone), "x", true, "")
	if err != nil {
		t.Fatal(err)
	}
	if done.Outcome() != sla.OnTime {
		t.Errorf("a result on the route's due date: %s, want on time", done.Outcome())
	}
	r, _ := dossier.NewReport[string](dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}, nil)
	_ = r.Add(done)
	if r.Total().Resolved.OnTime != 1 {
		t.Errorf("report: %+v, want one on time", r.Total().Resolved)
	}
	// The receipt event records the cut-off the deadline counts with.
	if ev := done.Events()[0]; ev.Cutoff != liaisonsample.BirthRegistrationGroup().Cutoff() {
		t.Errorf("receipt event cut-off %s, want the route's", ev.Cutoff)
	}

	// A procedure whose cut-off contradicts its route's is refused.
	spec := p.Spec()
	spec.Cutoff = liaisonsample.BirthRegistrationGroup().Cutoff() + clock.Hour
	if _, err := procedure.New(spec); !errors.Is(err, procedure.ErrInvalidValue) {
		t.Errorf("procedure.New with a contradicting cut-off: %v", err)
	}
	spec.Cutoff = liaisonsample.BirthRegistrationGroup().Cutoff()
	if _, err := procedure.New(spec); err != nil {
		t.Errorf("procedure.New with the route's own cut-off: %v", err)
	}
}

// birthGroupDossier is a birth registration carrying the Decree 63/2024
// group's route (three working days online), and the header of a dossier
// filed under it at commune H57.
func birthGroupDossier(t *testing.T) (procedure.Procedure, dossier.Header, *sla.Schedule) {
	t.Helper()
	p, err := procedure.New(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"UBND-XA"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual},
		Channels: []procedure.TimeLimit{{Channel: procedure.ChannelOnlineFull, Statutory: sla.WorkingDays(3)}},
		Source:   "Nghị định 63/2024/NĐ-CP", Route: liaisonsample.BirthRegistrationGroup(),
	})
	if err != nil {
		t.Fatal(err)
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	h := dossier.Header{Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh"},
		Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "A", ID: "001090001234"},
		Channel:   procedure.ChannelOnlineFull, ReceivingUnit: "H57", Agency: "UBND-XA"}
	return p, h, sched
}
