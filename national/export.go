package national

import (
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Exporter writes dossiers as the portal's records. It holds the office
// schedule the dossiers are counted over — the one they were opened with —
// because the step records and the supplement list need the appointment in
// force at each step, which the dossier keeps only for its last state.
//
// An Exporter is immutable and safe for concurrent use. The zero Exporter
// is not usable: make one with [NewExporter].
type Exporter struct {
	sched *sla.Schedule
	opts  Options
	// budget is the most bytes of records, or of step records, one
	// envelope of a Batch may carry (envelopeBudget; smaller in tests).
	budget int
}

// NewExporter returns an exporter for dossiers counted over sched, with the
// options (nil: the defaults).
func NewExporter(sched *sla.Schedule, opts *Options) (*Exporter, error) {
	if sched == nil {
		return nil, &ExportError{Err: ErrNotExportable, Detail: "no schedule"}
	}
	e := &Exporter{sched: sched}
	if opts != nil {
		e.opts = *opts
	}
	if !e.opts.Subjects.IsValid() {
		return nil, &ExportError{Err: ErrNotExportable, Detail: "unknown LoaiDoiTuong coding " + e.opts.Subjects.String()}
	}
	return e, nil
}

// Record writes the portal's record of dossier d, handled under procedure p
// (the version in force at receipt), with the extras x (nil: none). It is
// [Compose] of the dossier's header and of the [Facts] its log shows.
//
// The error is an *[ExportError]: the zero Dossier, a procedure that is not
// the dossier's, a dossier with neither a code nor Extras.Code, a dossier
// counted over another schedule than the exporter's, or text and lists over
// the limits.
func (e *Exporter) Record(d dossier.Dossier, p procedure.Procedure, x *Extras) (Record, error) {
	h, f, err := e.facts(d, p, x)
	if err != nil {
		return Record{}, err
	}
	return Compose(h, f, x, &e.opts)
}

// Facts returns the header and the facts the record of d is written from.
func (e *Exporter) Facts(d dossier.Dossier, p procedure.Procedure, x *Extras) (dossier.Header, Facts, error) {
	return e.facts(d, p, x)
}

func (e *Exporter) facts(d dossier.Dossier, p procedure.Procedure, x *Extras) (dossier.Header, Facts, error) {
	if e == nil || e.sched == nil {
		return dossier.Header{}, Facts{}, &ExportError{Err: ErrNotExportable, Detail: "the zero Exporter"}
	}
	if !d.IsValid() {
		return dossier.Header{}, Facts{}, &ExportError{Err: ErrNotExportable, Detail: "the zero Dossier"}
	}
	h := d.Header()
	code := d.Code()
	if code == "" && x != nil {
		code = x.Code
	}
	if !p.IsValid() || p.Code() != h.Procedure.Code {
		return dossier.Header{}, Facts{}, &ExportError{Dossier: string(code), Err: ErrNotExportable,
			Detail: "procedure " + clipQuote(p.Code()) + " is not the dossier's " + h.Procedure.Code}
	}
	if h.Procedure.Field == "" {
		h.Procedure.Field = p.Field()
	}
	if code == "" {
		return dossier.Header{}, Facts{}, &ExportError{Err: ErrNotExportable, Detail: "no dossier code (give Extras.Code for a dossier refused or not yet received)"}
	}
	if d.Code() == "" {
		unit, _, _, err := dossier.ParseCode(string(code))
		if err != nil || unit != h.ReceivingUnit {
			return dossier.Header{}, Facts{}, &ExportError{Dossier: string(code), Err: ErrNotExportable,
				Detail: "Extras.Code is not a code of the receiving unit " + h.ReceivingUnit, Cause: err}
		}
	}
	f := Facts{Code: code, Status: d.Status(), Received: d.Received(), Due: dueAt(d.Timeline())}
	if at, _, ok := d.Result(); ok {
		f.Finished = at
	}
	supplements := 0
	for _, ev := range d.AllEvents() {
		switch ev.Kind {
		case dossier.EventSubmitted:
			if f.Filed.IsZero() {
				f.Filed = ev.At
			}
		case dossier.EventReceived:
			if f.Filed.IsZero() {
				f.Filed = ev.At
			}
		case dossier.EventRefused:
			f.Refused = ev.At
			if f.Filed.IsZero() {
				f.Filed = ev.At
			}
		case dossier.EventReturned:
			f.Returned = ev.At
		case dossier.EventSupplementRequested:
			supplements++
		case dossier.EventFeePaid:
			f.Payment = paymentOf(ev.Payment)
			for _, l := range ev.Fees {
				f.Fees = append(f.Fees, FeeLine{Name: l.Name, Code: l.Code, Amount: l.Amount})
			}
		case dossier.EventProcessed:
			for _, g := range ev.Results {
				f.Results = append(f.Results, ResultDocument{Name: g.Name, Code: g.Code, Link: g.Link})
			}
		}
	}
	// The walk recounts the log over the exporter's schedule: it gives the
	// appointments of the supplement list, and refuses a dossier counted
	// over another schedule — whose step deadlines would be wrong — even
	// when it has no supplement, so that Record and Steps agree.
	w, err := e.walkLog(d)
	if err != nil {
		return dossier.Header{}, Facts{}, err
	}
	if supplements > 0 {
		f.Supplements = w.supplements
	}
	return h, f, nil
}

// paymentOf is the portal's code of how a fee was paid: on the portal (1),
// through a local gateway (2), otherwise — at the desk — (3).
func paymentOf(m dossier.PaymentMethod) Payment {
	switch m {
	case dossier.PaidOnPortal:
		return PaymentPortal
	case dossier.PaidThroughLocalGateway:
		return PaymentLocalGateway
	case dossier.PaidAtDesk:
		return PaymentOffline
	}
	return PaymentNone
}

// dueAt is the appointment in force as an instant: the due date at the hour
// the counted deadline falls (the close of office for limits in days).
func dueAt(tl sla.Timeline) time.Time {
	if !tl.IsValid() {
		return time.Time{}
	}
	at := tl.Deadline().At().In(sla.VietnamZone)
	due := tl.Due()
	if date.NewAt(at) == due {
		return at
	}
	y, m, d := due.Date()
	return time.Date(y, m, d, at.Hour(), at.Minute(), at.Second(), 0, sla.VietnamZone)
}

// walk is one pass over a dossier's log that keeps the processing clock as
// each event leaves it — the same operations the dossier applies (Decree
// 61/2018/NĐ-CP Art. 19(4): a supplement pauses the clock and restarts it in
// full, or resumes it where the regime says so; a financial obligation
// pauses it; the apology re-appoints once) — and calls step, if not nil,
// with each event and the clock just before it.
type walked struct {
	supplements []Supplement
}

// walker holds a walk's state between events, so that a walk over the
// dossier's own log (dossier.AllEvents, no copy) and one over a copied
// slice (Steps, which needs each event's index) share one step.
type walker struct {
	e      *Exporter
	regime dossier.Regime
	code   string
	tl     sla.Timeline
	w      walked
}

func (e *Exporter) newWalker(d dossier.Dossier) walker {
	return walker{e: e, regime: d.Regime(), code: string(d.Code())}
}

func (e *Exporter) walk(d dossier.Dossier, events []dossier.Event, step func(i int, before sla.Timeline) error) (walked, error) {
	k := e.newWalker(d)
	for i := range events {
		if step != nil {
			if err := step(i, k.tl); err != nil {
				return walked{}, err
			}
		}
		if err := k.apply(&events[i]); err != nil {
			return walked{}, err
		}
	}
	return k.finish(d)
}

// walkLog is walk over the dossier's own log, without copying it.
func (e *Exporter) walkLog(d dossier.Dossier) (walked, error) {
	k := e.newWalker(d)
	for _, ev := range d.AllEvents() {
		if err := k.apply(&ev); err != nil {
			return walked{}, err
		}
	}
	return k.finish(d)
}

// apply moves the clock over event ev, as the dossier did.
func (k *walker) apply(ev *dossier.Event) error {
	var err error
	switch ev.Kind {
	case dossier.EventReceived:
		var s *sla.Schedule
		if s, err = k.e.sched.WithCutoff(ev.Cutoff); err == nil {
			k.tl, err = s.Start(ev.At, ev.Limit)
		}
	case dossier.EventSupplementRequested:
		k.w.supplements = append(k.w.supplements, Supplement{RequestedBy: ev.Actor, Content: supplementText(ev), Requested: ev.At, DueBefore: dueAt(k.tl)})
		k.tl, err = k.tl.Pause(ev.At)
	case dossier.EventSupplemented:
		if k.regime.SupplementRestarts {
			k.tl, err = k.tl.Restart(ev.At)
		} else {
			k.tl, err = k.tl.Resume(ev.At)
		}
		if n := len(k.w.supplements); err == nil && n > 0 {
			s := &k.w.supplements[n-1]
			s.ReceivedBy, s.Received, s.DueAfter = ev.Actor, ev.At, dueAt(k.tl)
		}
	case dossier.EventObligationRequested:
		k.tl, err = k.tl.Pause(ev.At)
	case dossier.EventObligationPaid:
		k.tl, err = k.tl.Resume(ev.At)
	case dossier.EventApologised:
		k.tl, err = k.tl.Reappoint(ev.At, ev.NewDue)
	}
	if err != nil {
		return &ExportError{Dossier: k.code, Err: ErrNotExportable, Detail: "the log does not replay over the exporter's schedule", Cause: err}
	}
	return nil
}

// finish refuses a dossier whose clock, counted over the exporter's
// schedule, does not give the dossier's own due dates.
func (k *walker) finish(d dossier.Dossier) (walked, error) {
	tl := k.tl
	if tl.IsValid() != d.Timeline().IsValid() || (tl.IsValid() && (tl.Due() != d.Due() || tl.OriginalDue() != d.Timeline().OriginalDue())) {
		return walked{}, &ExportError{Dossier: k.code, Err: ErrNotExportable, Detail: "the dossier was counted over another schedule than the exporter's"}
	}
	return k.w, nil
}

// supplementText is NoiDungBoSung: the items to add and the reason.
func supplementText(ev *dossier.Event) string {
	var b []byte
	for i, it := range ev.Items {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = append(b, it...)
	}
	if ev.Reason != "" {
		if len(b) > 0 {
			b = append(b, ". "...)
		}
		b = append(b, ev.Reason...)
	}
	return string(b)
}
