package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// unitCode is the identifier of the simulated provincial public
// administration service centre (the shape of Circular 10/2016/TT-BTTTT
// codes; Circular 01/2018/TT-VPCP Art. 19 gives the dossier code's shape,
// e.g. "000.00.36.H57-250703-0012").
const unitCode = "000.00.36.H57"

// tally counts what happens at the counter and in processing beyond what a
// dossier.Report counts.
type tally struct {
	incomplete   int // sent back at the counter with form 02
	cameBack     int // of those, came back complete
	refused      int // refused at intake, form 03
	supplements  int // supplement requests during appraisal
	obligations  int // financial obligations requested
	apologies    int // apology letters, form 04
	lateTransfer int // paper transferred late (Decree 61/2018 Art. 18(2))
	withdrawn    int
	regimes      map[string]int
	liaison      int                 // inter-agency birth groups tracked
	responsible  map[string]int      // late groups, by the agency responsible
	steps        sla.Summary[string] // inter-agency steps by agency
}

// world is the simulated year's fixed inputs.
type world struct {
	rng      *rand.Rand
	cal      *holiday.Calendar
	sched    *sla.Schedule
	catalog  *procedure.Catalog
	codes    []string
	year     int
	perDay   int
	lateRisk map[string]float64             // by field: the share of dossiers an agency finishes late
	assumed  map[string]procedure.Procedure // procedures given a limit by the example, by code
	seq      dossier.MemorySequencer
}

// handled is what the simulation knows of a dossier beside the dossier
// itself: the procedure version it was handled under (the one in force at
// receipt, or the example's assumed limit for land) and, for a dossier
// refused at intake, which never receives a code, the code the desk
// registered the refusal under.
type handled struct {
	procedure procedure.Procedure
	refusal   dossier.Code
}

// simulate generates the year's dossiers and returns them with what the
// simulation knows of each (hs[i] is ds[i]'s) and the tally. Everything is
// drawn from w.rng, so a seed gives the same year every time.
func (w *world) simulate() (ds []dossier.Dossier, hs []handled, _ *tally, _ error) {
	t := &tally{regimes: map[string]int{}, responsible: map[string]int{}}
	first := date.New(w.year, time.January, 1)
	end := date.New(w.year+1, time.January, 1)
	for day := first; day < end; day++ {
		n := w.arrivals(day)
		for i := 0; i < n; i++ {
			d, h, ok, err := w.one(day, t)
			if err != nil {
				return nil, nil, nil, err
			}
			if ok {
				ds, hs = append(ds, d), append(hs, h)
			}
		}
	}
	return ds, hs, t, nil
}

// arrivals draws the number of dossiers arriving on day: paper on working
// days only, online every day (fewer at weekends and holidays).
func (w *world) arrivals(day date.Date) int {
	base := w.perDay
	if !w.cal.IsWorkingDay(day) {
		base = w.perDay / 8
	}
	return base/2 + w.rng.IntN(base+1)
}

// one simulates one dossier arriving on day; ok is false when it was never
// received.
func (w *world) one(day date.Date, t *tally) (dossier.Dossier, handled, bool, error) {
	code := w.codes[w.rng.IntN(len(w.codes))]
	p, err := w.catalog.Lookup(code, day)
	if err != nil {
		return dossier.Dossier{}, handled{}, false, nil // not in force that day
	}
	if a, ok := w.assumed[code]; ok {
		p = a
	}
	channels := offered(p)
	if len(channels) == 0 {
		return dossier.Dossier{}, handled{}, false, nil
	}
	ch := channels[w.rng.IntN(len(channels))]
	working := w.cal.IsWorkingDay(day)
	if !working && !ch.IsOnline() {
		if ch = onlineOf(channels); ch == procedure.ChannelUnknown {
			return dossier.Dossier{}, handled{}, false, nil // offices are closed
		}
	}
	var arrive time.Time
	if ch.IsOnline() {
		arrive = at(day, w.rng.IntN(24), w.rng.IntN(60))
	} else {
		arrive = at(day, 7+w.rng.IntN(10), w.rng.IntN(60))
		if arrive.Hour() == 7 {
			arrive = arrive.Add(30 * time.Minute)
		}
	}
	h := w.header(p, ch, day)
	missing := w.rng.Float64() < 0.06 && len(h.Filed) > 1
	if missing {
		h.Filed = h.Filed[1:] // a required paper left at home
	}
	d, err := dossier.Open(h, w.sched)
	if err != nil {
		return dossier.Dossier{}, handled{}, false, fmt.Errorf("opening a %s dossier: %w", p.Code(), err)
	}
	now := arrive
	if ch.IsOnline() {
		if d, err = d.Submit(now, "cong-dvcqg"); err != nil {
			return d, handled{}, false, err
		}
		now = w.nextOpening(now)
	}
	if w.rng.Float64() < 0.01 {
		d, err = d.Refuse(now, "can-bo-mot-cua", []string{"Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan"})
		if err != nil {
			return d, handled{}, false, err
		}
		t.refused++
		// The refusal is registered under the day's next number, so that
		// the portal can count it (form 03 still needs a code there).
		n, err := w.seq.Next(unitCode, date.NewAt(now))
		if err != nil {
			return d, handled{}, false, err
		}
		code, err := dossier.NewCode(unitCode, date.NewAt(now), n)
		if err != nil {
			return d, handled{}, false, err
		}
		return d, handled{procedure: p, refusal: code}, true, nil
	}
	received, intake, err := d.Receive(now, "can-bo-mot-cua", p, &w.seq)
	if errors.Is(err, dossier.ErrIncomplete) {
		t.incomplete++
		_ = intake.ToAdd() // what form 02 lists
		if w.rng.Float64() > 0.7 {
			return dossier.Dossier{}, handled{}, false, nil
		}
		// The applicant comes back with everything a few days later.
		t.cameBack++
		later, _ := w.cal.AddWorkingDays(date.NewAt(now), 1+w.rng.IntN(4))
		if later >= date.New(w.year+1, time.January, 1) {
			return dossier.Dossier{}, handled{}, false, nil
		}
		h = w.header(p, ch, later)
		if d, err = dossier.Open(h, w.sched); err != nil {
			return d, handled{}, false, err
		}
		now = at(later, 8+w.rng.IntN(8), w.rng.IntN(60))
		received, _, err = d.Receive(now, "can-bo-mot-cua", p, &w.seq)
	}
	if err != nil {
		return d, handled{}, false, fmt.Errorf("receiving a %s dossier at %s: %w", p.Code(), now.Format(time.DateTime), err)
	}
	d = received
	t.regimes[d.Regime().Name]++
	if d, err = w.process(d, p, now, t); err != nil {
		return d, handled{}, false, fmt.Errorf("processing %s: %w", d.Code(), err)
	}
	if p.Code() == "1.001193" && w.rng.Float64() < 0.3 {
		if err := w.birthGroup(now, t); err != nil {
			return d, handled{}, false, err
		}
	}
	return d, handled{procedure: p}, true, nil
}

// process takes a received dossier through transfer, appraisal, perhaps a
// supplement or a financial obligation, perhaps an apology, the result and
// its return; it stops where the year ends.
func (w *world) process(d dossier.Dossier, p procedure.Procedure, now time.Time, t *tally) (dossier.Dossier, error) {
	yearEnd := at(date.New(w.year+1, time.January, 1), 0, 0)
	var err error
	// The fees and charges are paid at receipt (Law on Fees and Charges
	// 97/2015/QH13): online dossiers on the portal's payment platform, one
	// in three through the province's gateway (Decree 42/2022/NĐ-CP); paper
	// ones at the desk. The choice comes from the dossier's number, not the
	// random stream, so that every other figure of the year is unchanged.
	_, _, seq, _ := dossier.ParseCode(string(d.Code()))
	if pay := now.Add(time.Minute); d.Header().FeesDue.IsPositive() && !pay.After(yearEnd) {
		if d, err = d.PayFee(pay, "can-bo-mot-cua", payMethod(d.Header().Channel, seq), feeLines(p, d.Header().FeesDue)); err != nil {
			return d, err
		}
	}
	// Transfer: at once online; paper the same day before 15:00, else the
	// next morning — sometimes a day late.
	transfer := now.Add(10 * time.Minute)
	if !d.Header().Channel.IsOnline() {
		if now.Hour() >= 15 {
			transfer = w.nextOpening(now)
		}
		if w.rng.Float64() < 0.03 {
			transfer = w.nextOpening(w.nextOpening(transfer))
		}
	}
	if transfer.After(yearEnd) {
		return d, nil
	}
	if d, err = d.Transfer(transfer, "can-bo-mot-cua"); err != nil {
		return d, err
	}
	if d.Flags().LateTransfer {
		t.lateTransfer++
	}
	now = transfer
	multiDay := d.Due() > date.NewAt(now)
	// A supplement during appraisal, within the regime's 3 working days.
	if multiDay && w.rng.Float64() < 0.06 {
		ask := w.workingInstant(d.Timeline().Deadline().ReceiptDay(), 1+w.rng.IntN(2), now)
		if d, err = d.RequestSupplement(ask, "chuyen-vien", []string{"Bản sao giấy tờ chứng minh chỗ ở hợp pháp"}, "Thiếu giấy tờ"); err != nil {
			return d, err
		}
		t.supplements++
		back := w.workingInstant(date.NewAt(ask), 1+w.rng.IntN(5), ask)
		if back.After(yearEnd) {
			return d, nil
		}
		if d, err = d.Supplement(back, "can-bo-mot-cua"); err != nil {
			return d, err
		}
		now = back
	}
	// A financial obligation (land levy, registration fee) pauses the clock.
	if multiDay && p.Field() == "Đất đai" && w.rng.Float64() < 0.5 {
		ask := w.workingInstant(date.NewAt(now), 1, now)
		if d, err = d.RequestObligation(ask, "chuyen-vien", decimal.NewFromInt(int64(500+w.rng.IntN(5000))*1000)); err != nil {
			return d, err
		}
		t.obligations++
		paid := w.workingInstant(date.NewAt(ask), 1+w.rng.IntN(4), ask)
		if paid.After(yearEnd) {
			return d, nil
		}
		if d, err = d.PayObligation(paid, "can-bo-mot-cua"); err != nil {
			return d, err
		}
		now = paid
	}
	if w.rng.Float64() < 0.005 {
		if d, err = d.RequestWithdrawal(now.Add(time.Hour), "cong-dan", "Công dân đề nghị rút hồ sơ"); err == nil {
			d, err = d.Stop(now.Add(2*time.Hour), "can-bo-mot-cua", "Rút hồ sơ theo đề nghị của công dân")
		}
		t.withdrawn++
		return d, err
	}
	// When the agency finishes: mostly early or on the due date; a share
	// of each field's dossiers late by one to five working days.
	due := d.Due()
	var finish time.Time
	if w.rng.Float64() < w.lateRisk[p.Field()] {
		late, err := w.cal.AddWorkingDays(due, 1+w.rng.IntN(5))
		if err != nil {
			return d, err
		}
		finish = at(late, 9+w.rng.IntN(7), w.rng.IntN(60))
		// Most agencies apologise in time, with the new date (form 04).
		if before, err := w.cal.PreviousWorkingDay(due); err == nil && w.rng.Float64() < 0.6 {
			if apology := at(before, 16, 0); apology.After(now) {
				if d, err = d.Apologise(apology, "lanh-dao-co-quan", late, "Hồ sơ cần xác minh thêm"); err != nil {
					return d, err
				}
				t.apologies++
			}
		}
	} else {
		span, err := w.cal.WorkingDaysBetween(date.NewAt(now), due)
		if err != nil {
			return d, err
		}
		day := date.NewAt(now)
		if span > 0 {
			day, _ = w.cal.AddWorkingDays(day, w.rng.IntN(span+1))
		}
		finish = at(day, 9+w.rng.IntN(7), w.rng.IntN(60))
	}
	if !finish.After(now) {
		finish = now.Add(time.Duration(10+w.rng.IntN(50)) * time.Minute)
	}
	if finish.After(yearEnd) {
		return d, nil
	}
	// A granted dossier comes with its result documents, issued
	// electronically with a code and a link (Decree 45/2020/NĐ-CP Art. 14;
	// Decree 118/2025/NĐ-CP Art. 22).
	granted := w.rng.Float64() > 0.02
	var results []dossier.ResultDocument
	if granted {
		results = resultDocuments(p, d.Code())
	}
	if d, err = d.DecideWithResults(finish, "lanh-dao-co-quan", granted, "Không đủ điều kiện theo quy định", results); err != nil {
		return d, err
	}
	back := finish.Add(time.Duration(1+w.rng.IntN(90)) * time.Minute)
	if back.After(yearEnd) {
		return d, nil
	}
	return d.Return(back, "can-bo-mot-cua")
}

// birthGroup tracks one Decree 63/2024 birth-registration group received at
// now, with each agency sometimes slow, and counts which agency caused a
// late group.
func (w *world) birthGroup(now time.Time, t *tally) error {
	route := liaisonsample.BirthRegistrationGroup()
	plan, err := route.Plan(now, w.sched)
	if err != nil {
		return err
	}
	tr, err := route.Track(now, w.sched)
	if err != nil {
		return err
	}
	finished := map[string]time.Time{}
	for s := range plan.Steps() {
		start := s.Start
		step, _ := route.Step(s.ID)
		for _, before := range step.After {
			if f := finished[before]; f.After(start) {
				start = f
			}
		}
		start = start.Add(time.Minute)
		finish := s.Due.Add(-time.Duration(w.rng.IntN(120)) * time.Minute)
		if w.rng.Float64() < slowness[s.Agency] {
			next, err := w.cal.AddWorkingDays(date.NewAt(s.Due), 1+w.rng.IntN(2))
			if err != nil {
				return err
			}
			finish = at(next, 10, 0)
		}
		if !finish.After(start) {
			finish = start.Add(time.Minute)
		}
		if tr, err = tr.Apply(liaison.Event{Step: s.ID, Kind: liaison.Started, At: start, Agency: s.Agency}); err != nil {
			return err
		}
		if tr, err = tr.Apply(liaison.Event{Step: s.ID, Kind: liaison.Finished, At: finish, Agency: s.Agency}); err != nil {
			return err
		}
		finished[s.ID] = finish
	}
	t.liaison++
	liaison.CountByAgency(&t.steps, tr)
	if _, agency, ok := tr.Responsible(); ok {
		t.responsible[agency]++
	}
	return nil
}

// slowness is the chance that an agency of the birth group overruns its
// step: the example's assumption, not data.
var slowness = map[string]float64{
	liaisonsample.AgencyCommune:         0.02,
	liaisonsample.AgencyCommunePolice:   0.08,
	liaisonsample.AgencySocialInsurance: 0.05,
}

// header builds a complete dossier header for procedure p and channel ch:
// every paper the procedure asks for, digitised at receipt.
func (w *world) header(p procedure.Procedure, ch procedure.Channel, day date.Date) dossier.Header {
	var filed []dossier.Filed
	sets := max(p.Sets(), 1)
	for _, c := range p.Components() {
		if c.Requirement != procedure.Required && c.Requirement != procedure.PresentOnly {
			continue
		}
		o, cp := c.Originals*sets, c.Copies*sets
		if c.Requirement == procedure.PresentOnly {
			o = max(o, 1)
		}
		if o+cp == 0 {
			o = 1
		}
		filed = append(filed, dossier.Filed{Name: c.Name, Originals: o, Copies: cp, Digitised: true})
	}
	agency := "ubnd-cap-xa"
	if impl := p.Implementing(); len(impl) > 0 {
		agency = impl[0]
	}
	level := procedure.LevelUnknown
	if lv := p.Levels(); len(lv) > 0 {
		level = lv[len(lv)-1]
	}
	h := dossier.HeaderFor(p, ch, day)
	h.Applicant = dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Công dân mô phỏng", ID: fmt.Sprintf("001%09d", w.rng.IntN(1e9))}
	h.ReceivingUnit, h.Agency, h.Level, h.Filed = unitCode, agency, level, filed
	return h
}

// landCode is the sample's land procedure (first registration and
// certificate for an organisation), the one that brings financial
// obligations (land levy, registration fee) into the simulation.
const landCode = "1.012753"

// assumedLimit is the limit the example assumes for the land procedure,
// whose source states its time only in a note ("17-20 ngày (khu vực
// thường)"): the note's upper bound, counted in working days. It is the
// example's assumption, not data, and is never written into the catalogue.
var assumedLimit = sla.WorkingDays(20)

// assumedLimits returns the land procedure in force at the start of year
// with the assumed limit on each channel the source lists, so that the
// simulation receives land dossiers and requests their financial
// obligations (status 6, "Yêu cầu thực hiện nghĩa vụ tài chính").
func assumedLimits(c *procedure.Catalog, year int) (map[string]procedure.Procedure, error) {
	p, err := c.Lookup(landCode, date.New(year, time.January, 1))
	if err != nil {
		return nil, nil // not in force that year: no land dossiers
	}
	s := p.Spec()
	for i := range s.Channels {
		if !s.Channels[i].Statutory.IsValid() {
			s.Channels[i].Statutory, s.Channels[i].StatutoryText = assumedLimit, ""
		}
	}
	a, err := procedure.New(s)
	if err != nil {
		return nil, fmt.Errorf("the land procedure with the assumed limit: %w", err)
	}
	return map[string]procedure.Procedure{landCode: a}, nil
}

// offered lists the channels on which p states a usable limit.
func offered(p procedure.Procedure) []procedure.Channel {
	var out []procedure.Channel
	for _, tl := range p.Channels() {
		if tl.Effective().IsValid() {
			out = append(out, tl.Channel)
		}
	}
	return out
}

func onlineOf(chs []procedure.Channel) procedure.Channel {
	for _, c := range chs {
		if c.IsOnline() {
			return c
		}
	}
	return procedure.ChannelUnknown
}

func at(d date.Date, h, m int) time.Time {
	y, mo, dd := d.Date()
	return time.Date(y, mo, dd, h, m, 0, 0, sla.VietnamZone)
}

// nextOpening returns 08:00 of the first working day after t's day.
func (w *world) nextOpening(t time.Time) time.Time {
	next, err := w.cal.NextWorkingDay(date.NewAt(t))
	if err != nil {
		return t
	}
	return at(next, 8, 0)
}

// workingInstant returns a time of day on the n-th working day after day,
// and never before floor.
func (w *world) workingInstant(day date.Date, n int, floor time.Time) time.Time {
	d, err := w.cal.AddWorkingDays(day, n)
	if err != nil {
		return floor.Add(time.Hour)
	}
	t := at(d, 8+w.rng.IntN(8), w.rng.IntN(60))
	if !t.After(floor) {
		t = floor.Add(time.Duration(1+w.rng.IntN(60)) * time.Minute)
	}
	return t
}

// payMethod is how the simulated applicant pays: at the desk for a paper
// dossier; online on the portal, or one in three (by the dossier's number)
// through the province's gateway.
func payMethod(ch procedure.Channel, seq int) dossier.PaymentMethod {
	switch {
	case !ch.IsOnline():
		return dossier.PaidAtDesk
	case seq%3 == 0:
		return dossier.PaidThroughLocalGateway
	}
	return dossier.PaidOnPortal
}

// feeLines is the one line paid: the procedure's first fee by name and
// kind, for the total due.
func feeLines(p procedure.Procedure, due decimal.Decimal) []dossier.FeeLine {
	line := dossier.FeeLine{Name: "Phí, lệ phí", Amount: due, Kind: dossier.Charge}
	if fees := p.Fees(); len(fees) > 0 {
		line.Name, line.Code = fees[0].Name, fees[0].Code
		if fees[0].Kind == procedure.FeeKindFee {
			line.Kind = dossier.Fee
		}
	}
	return []dossier.FeeLine{line}
}

// resultDocuments are the procedure's results, each with a code made from
// the dossier's and a link to the electronic copy.
func resultDocuments(p procedure.Procedure, code dossier.Code) []dossier.ResultDocument {
	var out []dossier.ResultDocument
	for i, name := range p.Results() {
		id := fmt.Sprintf("KQ-%s-%d", code, i+1)
		out = append(out, dossier.ResultDocument{Name: name, Code: id, Link: "https://dichvucong.example.vn/ket-qua/" + id})
	}
	return out
}
