package dossier_test

import (
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// The lifecycle walk-through of the package documentation, step by step:
// the procedure from the catalogue, a header built from it, receipt with a
// sequencer, the commands, and Replay of the saved log.
func Example_lifecycle() {
	// 1. The office's schedule and the procedure version in force today.
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	now := time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone)
	p, err := sample.Catalog().Lookup("1.001193", date.NewAt(now))
	if err != nil {
		panic(err)
	}

	// 2. The header: what the procedure says, then what the counter sees.
	h := dossier.HeaderFor(p, procedure.ChannelDirect, date.NewAt(now))
	h.Applicant = dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"}
	h.ReceivingUnit = "000.00.36.H57"
	for c := range p.AllComponents() {
		if c.Requirement == procedure.Required || c.Requirement == procedure.PresentOnly {
			h.Filed = append(h.Filed, dossier.Filed{Name: c.Name, Originals: c.Originals, Copies: c.Copies, Digitised: true})
		}
	}

	// 3. Open, then receive: intake check, code from the sequencer, appointment.
	d, err := dossier.Open(h, sched)
	if err != nil {
		panic(err)
	}
	seq := &dossier.MemorySequencer{} // a vendor keeps the sequence in its database
	d, _, err = d.Receive(now, "can-bo-mot-cua", p, seq)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Code(), d.Status(), "due", d.Due())

	// 4. The commands, each returning a new Dossier.
	d, err = d.Transfer(now.Add(30*time.Minute), "can-bo-mot-cua")
	if err != nil {
		panic(err)
	}
	d, err = d.Decide(now.Add(3*time.Hour), "chu-tich-ubnd-xa", true, "")
	if err != nil {
		panic(err)
	}
	d, err = d.Return(now.Add(6*time.Hour), "can-bo-mot-cua")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Status(), d.Outcome())

	// 5. Save the header and the log; Replay gives the same dossier back.
	again, err := dossier.Replay(d.Header(), d.Events(), sched)
	if err != nil {
		panic(err)
	}
	fmt.Println(again.Equal(d), len(again.Events()), "events")
	// Output:
	// 000.00.36.H57-260302-0001 received due 2026-03-02
	// result returned on time
	// true 4 events
}
