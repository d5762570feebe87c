package liaison_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
)

// The land-transfer dossier: the tax authority is late, and the dossier is
// returned a day after its legal deadline, so it is overdue. As of 4 March,
// with the appraisal done early, it was not.
func ExampleTracking_Overdue() {
	t := trackLand()
	overdue, err := t.Overdue(time.Date(2026, time.March, 19, 12, 0, 0, 0, sla.VietnamZone))
	fmt.Println("returned on 19 March:", overdue, err)

	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	early, _ := liaisonsample.LandTransfer().Track(time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone), s)
	for _, e := range landEvents()[:4] {
		early, _ = early.Apply(e)
	}
	overdue, _ = early.Overdue(time.Date(2026, time.March, 4, 17, 0, 0, 0, sla.VietnamZone))
	fmt.Println("on 4 March:", overdue)
	// Output:
	// returned on 19 March: true <nil>
	// on 4 March: false
}

func ExamplePlan_Equal() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	r := liaisonsample.LandTransfer()
	received := time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone)
	a, _ := r.Plan(received, s)
	b, _ := liaisonsample.LandTransfer().Plan(received.UTC(), s) // the same instant, another zone
	c, _ := r.Plan(received.Add(time.Hour), s)
	fmt.Println(a.Equal(b), a.Equal(c))
	// Output:
	// true false
}

// Two trackings that recorded the same hand-overs are equal, whatever
// order the events of parallel steps came in.
func ExampleTracking_Equal() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	r := liaisonsample.BirthRegistrationGroup()
	received := time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone)
	ev := func(step string, k liaison.EventKind, h int, agency string) liaison.Event {
		return liaison.Event{Step: step, Kind: k, At: received.Add(time.Duration(h) * time.Hour), Agency: agency}
	}
	t, _ := r.Track(received, s)
	for _, e := range []liaison.Event{ev("tiep-nhan", liaison.Started, 0, "UBND-XA"), ev("tiep-nhan", liaison.Finished, 1, "UBND-XA"),
		ev("khai-sinh", liaison.Started, 1, "UBND-XA"), ev("khai-sinh", liaison.Finished, 2, "UBND-XA")} {
		t, _ = t.Apply(e)
	}
	police, insurance := ev("thuong-tru", liaison.Started, 3, "CONG-AN-XA"), ev("bhyt", liaison.Started, 3, "BHXH-TINH")
	a, _ := t.Apply(police)
	a, _ = a.Apply(insurance)
	b, _ := t.Apply(insurance)
	b, _ = b.Apply(police)
	fmt.Println(a.Equal(b), a.Equal(t))
	// Output:
	// true false
}

// The Decree 63/2024 groups carry the caller's own agency codes.
func ExampleDecree63Agencies() {
	r, err := liaison.BirthRegistrationGroup(liaison.Decree63Agencies{
		Commune: "H57.01", CommunePolice: "CA.H57.01", SocialInsurance: "BHXH.H57"})
	fmt.Println(r.Lead(), err)
	st, _ := r.Step("thuong-tru")
	fmt.Println(st.Agency, st.Budget)

	_, err = liaison.DeathRegistrationGroup(liaison.Decree63Agencies{Commune: "H57.01"})
	fmt.Println(errors.Is(err, liaison.ErrUnknownAgency))
	// Output:
	// H57.01 <nil>
	// CA.H57.01 2 ngày làm việc
	// true
}

// Every error is one of the package's typed errors wrapping a sentinel; an
// error from the calendar below stays reachable.
func ExampleOpError() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	_, err := liaisonsample.LandTransfer().Plan(time.Date(2199, time.December, 30, 9, 0, 0, 0, sla.VietnamZone), s)
	var oe *liaison.OpError
	fmt.Println(errors.As(err, &oe), oe.Op, errors.Is(err, liaison.ErrSchedule), errors.Is(err, holiday.ErrOutOfSpan))
	// Output:
	// true Route.Plan true true
}

func ExampleCodeError() {
	var r liaison.Role
	err := r.UnmarshalText([]byte("thẩm định"))
	var ce *liaison.CodeError
	fmt.Println(errors.As(err, &ce), ce.Type, errors.Is(err, liaison.ErrCode))
	fmt.Println(err)
	// Output:
	// true Role true
	// liaison: Role "thẩm định": unknown code, want one of receive, appraise, consult, approve, sign, pay, register, return
}
