package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// unit is the receiving unit: a provincial public administration service
// centre (the shape of Circular 10/2016/TT-BTTTT unit codes).
const unit = "000.00.36.H57"

// The procedures the centre receives in the example, from the sample
// catalogue: permanent residence (7 working days), temporary residence
// (3), extension of temporary residence (3).
var codes = []string{"1.004222", "1.004194", "1.002755"}

type office struct {
	s   *store.Store
	day date.Date
	w   io.Writer
}

// at is the instant h:m of the day in Vietnam.
func (o *office) at(h, m int) time.Time {
	y, mo, d := o.day.Date()
	return time.Date(y, mo, d, h, m, 0, 0, sla.VietnamZone)
}

func (o *office) workDay(ctx context.Context, clerks, citizens int) error {
	fmt.Fprintf(o.w, "Ngày làm việc / working day %s\n", o.day.Format("02/01/2006"))
	if err := o.backOffice(ctx); err != nil {
		return err
	}
	if err := o.counters(ctx, clerks, citizens); err != nil {
		return err
	}
	return o.endOfDay(ctx)
}

// backOffice moves the dossiers of earlier days on, in the morning: the
// received ones go to the competent agency, those being processed get
// their result. Each is loaded, decided and appended; a conflict (another
// clerk was quicker) is reloaded and decided again.
func (o *office) backOffice(ctx context.Context) error {
	open, err := o.s.DueWithin(ctx, o.day, store.MaxWithin, store.Filter{Limit: store.MaxLimit})
	if err != nil {
		return err
	}
	late, err := o.s.Overdue(ctx, o.day, store.Filter{Limit: store.MaxLimit})
	if err != nil {
		return err
	}
	moved, decided := 0, 0
	for i, d := range append(late, open...) {
		if !d.Received.Before(o.at(0, 0)) {
			continue
		}
		now := o.at(8, 0).Add(time.Duration(i) * time.Minute)
		for {
			r, err := o.s.Load(ctx, d.ID)
			if err != nil {
				return err
			}
			var cmd store.Command
			switch r.Dossier.Status() {
			case dossier.Received:
				cmd = func(x dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
					return x.Transfer(now, "van-thu")
				}
				moved++
			case dossier.Processing:
				cmd = func(x dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
					return x.Decide(now, "lanh-dao", true, "")
				}
				decided++
			}
			if cmd == nil {
				break
			}
			if _, err = o.s.Apply(ctx, r, "", cmd); errors.Is(err, store.ErrConflict) {
				continue // reload and decide again
			}
			if err != nil {
				return err
			}
			break
		}
	}
	fmt.Fprintf(o.w, "Buổi sáng / morning: %d hồ sơ chuyển cơ quan giải quyết / transferred, %d có kết quả / decided\n", moved, decided)
	return nil
}

// counters runs the reception: clerks take the citizens in turn, each at
// the counter of whoever is free, and receive their dossiers concurrently.
func (o *office) counters(ctx context.Context, clerks, citizens int) error {
	cat := sample.Catalog()
	rng := rand.New(rand.NewPCG(uint64(o.day), 2026))
	type citizen struct {
		n      int
		arrive time.Time
		proc   procedure.Procedure
	}
	queue := make(chan citizen, citizens)
	for i := 0; i < citizens; i++ {
		p, err := cat.Lookup(codes[rng.IntN(len(codes))], o.day)
		if err != nil {
			return err
		}
		minute := 8*60 + i*(8*60)/max(citizens, 1)
		queue <- citizen{n: i + 1, arrive: o.at(minute/60, minute%60), proc: p}
	}
	close(queue)
	var received, transferred atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, clerks)
	for c := 1; c <= clerks; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			actor := fmt.Sprintf("can-bo-%d", c)
			for z := range queue {
				key := fmt.Sprintf("%s/%d", o.day, z.n) // a resent request appends nothing twice
				r, err := o.s.Create(ctx, header(z.proc, int(o.day)*1000+z.n), key+"/create")
				if err == nil {
					r, err = o.s.Apply(ctx, r, key+"/receive", func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error) {
						out, _, err := d.Receive(z.arrive, actor, z.proc, seq)
						return out, err
					})
				}
				if err != nil {
					errs <- err
					return
				}
				received.Add(1)
				if z.n%3 == 0 { // paper dossiers of the morning go to the agency the same day
					later := z.arrive.Add(30 * time.Minute)
					if _, err := o.s.Apply(ctx, r, key+"/transfer", func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
						return d.Transfer(later, actor)
					}); err != nil {
						errs <- err
						return
					}
					transferred.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	fmt.Fprintf(o.w, "Quầy tiếp nhận / counters: %d cán bộ / clerks, %d hồ sơ tiếp nhận / received, %d chuyển trong ngày / transferred the same day\n",
		clerks, received.Load(), transferred.Load())
	return nil
}

// endOfDay prints the due-soon list, the overdue and paused dossiers, and
// the reports of the day and of the month so far.
func (o *office) endOfDay(ctx context.Context) error {
	due, err := o.s.DueWithin(ctx, o.day, 2, store.Filter{Limit: 20})
	if err != nil {
		return err
	}
	sort.SliceStable(due, func(i, j int) bool { return due[i].Code < due[j].Code })
	fmt.Fprintf(o.w, "Cuối ngày / end of day — sắp đến hạn (≤ 2 ngày làm việc) / due within 2 working days: %d\n", len(due))
	for _, d := range due {
		fmt.Fprintf(o.w, "  %s  %-10s hạn / due %s  còn / left %d\n", d.Code, d.Procedure, d.Due.Format("02/01/2006"), d.Left)
	}
	late, err := o.s.Overdue(ctx, o.day, store.Filter{})
	if err != nil {
		return err
	}
	paused, err := o.s.Paused(ctx, o.at(17, 0), store.Filter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(o.w, "Quá hạn / overdue: %d; tạm dừng / paused: %d\n", len(late), len(paused))
	today, err := o.s.Report(ctx, dossier.Period{From: o.day, To: o.day + 1}, store.GroupProcedure)
	if err != nil {
		return err
	}
	y, m, _ := o.day.Date()
	first := date.New(y, m, 1)
	month, err := o.s.Report(ctx, dossier.Period{From: first, To: date.New(y, m+1, 1)}, store.GroupNone)
	if err != nil {
		return err
	}
	t := today.Total()
	fmt.Fprintf(o.w, "Báo cáo ngày / day's report: tiếp nhận / received %d, đang giải quyết / pending %d\n", t.Received, t.Pending)
	keys := today.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(o.w, "  %-10s tiếp nhận / received %d\n", k, today.Get(k).Received)
	}
	mt := month.Total()
	fmt.Fprintf(o.w, "Báo cáo tháng %02d/%d đến nay / month to date: tiếp nhận / received %d, đã giải quyết / resolved %d (trước hạn / early %d, đúng hạn / on time %d, quá hạn / late %d)\n",
		int(m), y, mt.Received, mt.Resolved.Total(), mt.Resolved.Early, mt.Resolved.OnTime, mt.Resolved.Late)
	return nil
}

// header is a complete paper dossier of procedure p.
func header(p procedure.Procedure, n int) dossier.Header {
	var filed []dossier.Filed
	for _, c := range p.Components() {
		if c.Requirement != procedure.Required && c.Requirement != procedure.PresentOnly {
			continue
		}
		filed = append(filed, dossier.Filed{Name: c.Name, Originals: max(c.Originals, 1), Copies: c.Copies, Digitised: true})
	}
	return dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: p.Code(), Name: p.Name(), Field: p.Field()},
		Applicant:     dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Công dân", ID: fmt.Sprintf("001%09d", n%1_000_000_000)},
		Channel:       procedure.ChannelDirect,
		ReceivingUnit: unit,
		Agency:        p.Implementing()[0],
		Level:         procedure.LevelCommune,
		Filed:         filed,
	}
}
