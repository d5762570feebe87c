package main

import (
	"context"
	"fmt"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/rickb777/date/v2"
)

// demoUnit is the demo centre: a provincial public administration service
// centre (the shape of Circular 10/2016/TT-BTTTT unit codes).
const demoUnit = "000.00.36.H57"

// demoID is the ID number of the demo dossier's applicant.
const demoID = "001090012345"

// seeded names the demo dossier a citizen can track.
type seeded struct {
	Code dossier.Code
	ID   string
}

// demoProcedures are sample procedures of several fields and agencies
// received at the demo centre: permanent residence (7 working days),
// temporary residence (3), a household business (3), a civil-status
// correction (3), the citizen identity card (7), a driving licence (5),
// the judicial record (10 days).
var demoProcedures = []string{"1.004222", "1.004194", "1.001612", "1.003583.000.00.00.H37", "2.000200", "3.000347", "3.000333"}

// seed fills an empty store with the demo centre's last four weeks: about
// forty dossiers received on the working days before now, most of them
// decided and returned, some late, one apologised for (the tracking demo),
// some still open. A store that has dossiers is left alone.
func seed(ctx context.Context, st *store.Store, now time.Time) (seeded, error) {
	if id, err := anyID(ctx, st); err != nil || id != "" {
		if err != nil {
			return seeded{}, err
		}
		return seeded{}, nil
	}
	cal := st.Schedule().Calendar()
	zone := st.Schedule().Zone()
	today := date.NewAt(now.In(zone))
	var days []date.Date
	for d := today - 1; len(days) < 20; d-- {
		if cal.IsWorkingDay(d) {
			days = append([]date.Date{d}, days...)
		}
	}
	at := func(d date.Date, h, m int) time.Time {
		y, mo, dd := d.Date()
		return time.Date(y, mo, dd, h, m, 0, 0, zone)
	}
	add := func(d date.Date, n int) date.Date {
		out, err := cal.AddWorkingDays(d, n)
		if err != nil {
			return d
		}
		return out
	}
	cat := sample.Catalog()
	var out seeded
	n := 0
	for i, day := range days {
		for k := 0; k < 2; k++ {
			n++
			p, err := cat.Lookup(demoProcedures[n%len(demoProcedures)], day)
			if err != nil {
				return seeded{}, err
			}
			ch := procedure.ChannelDirect
			if n%3 == 0 && p.Offers(procedure.ChannelOnlinePartial) {
				ch = procedure.ChannelOnlinePartial
			}
			h := dossier.HeaderFor(p, ch, day)
			h.ReceivingUnit = demoUnit
			h.Applicant = dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: fmt.Sprintf("Công dân %d", n), ID: fmt.Sprintf("0010900%05d", n)}
			if h.Agency == "" {
				h.Agency = p.Implementing()[0]
			}
			h.Filed = filedAll(p)
			demo := i == len(days)-12 && k == 0
			if demo {
				h.Applicant = dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: demoID}
			}
			received := at(day, 8+k*2, 15)
			steps := []func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error){
				func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error) {
					out, _, err := d.Receive(received, "can-bo-tiep-nhan", p, seq)
					return out, err
				},
				func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
					return d.Transfer(received.Add(time.Hour), "can-bo-tiep-nhan")
				},
			}
			// What happens next, by the dossier's number: decided early
			// or late and returned, apologised for, or still open.
			switch {
			case demo:
				steps = append(steps, func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
					due := d.Due()
					when := add(due, -2)
					if when <= day {
						when = day
					}
					return d.Apologise(at(when, 9, 0), "chuyen-vien", add(due, 5), "Cần xác minh thêm thông tin nơi cư trú với Công an cấp xã")
				})
			case n%4 != 0:
				late := n%7 == 1
				steps = append(steps, func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
					when := add(d.Due(), -1)
					if n%5 == 0 {
						when = d.Due()
					}
					if late {
						when = add(d.Due(), 1)
					}
					if when <= day {
						when = day
					}
					if when >= today {
						return d, nil
					}
					return d.Decide(at(when, 14, 0), "lanh-dao", true, "")
				}, func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
					if d.Status() != dossier.Processed {
						return d, nil
					}
					rt, _, _ := d.Result()
					return d.Return(rt.Add(time.Hour), "can-bo-tra-ket-qua")
				})
			}
			rec, err := st.Create(ctx, h, "")
			if err != nil {
				return seeded{}, err
			}
			for _, step := range steps {
				if rec, err = st.Apply(ctx, rec, "", step); err != nil {
					return seeded{}, fmt.Errorf("seeding dossier %d: %w", n, err)
				}
			}
			if demo {
				out = seeded{Code: rec.Dossier.Code(), ID: demoID}
			}
		}
	}
	return out, nil
}
