package dossier

import (
	"fmt"
	"iter"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Period is the half-open range of days [From, To) a report covers, e.g. a
// month or a year.
type Period struct {
	From, To date.Date
}

// Contains reports whether day d is in the period.
func (p Period) Contains(d date.Date) bool { return d >= p.From && d < p.To }

// Validate refuses a period that ends before it starts, or has an unset
// bound, with an *[InputError] wrapping [ErrInvalid]. An empty period
// (From == To) is allowed: it counts what is pending at its start.
func (p Period) Validate() error {
	if p.From == 0 || p.To == 0 || p.To < p.From {
		return &InputError{Field: "period", Value: fmt.Sprintf("[%s, %s)", p.From, p.To),
			Err: fmt.Errorf("%w: want From ≤ To, both set", ErrInvalid)}
	}
	return nil
}

// Figures are the numbers a one-stop unit or a province publishes for a
// period: dossiers received (in the period and carried over), results by
// outcome, what is still pending, and the online share (the indices of
// Circular 01/2018/TT-VPCP Art. 13 and the national index of Decision
// 766/QĐ-TTg). A Figures is a plain comparable value; the zero value is
// empty.
type Figures struct {
	// Received counts dossiers received in the period.
	Received int64
	// Online counts those of them received online.
	Online int64
	// CarriedOver counts dossiers received before the period and without a
	// result, refusal or stop at its start.
	CarriedOver int64
	// Resolved counts the results made in the period, by outcome against
	// the original due date.
	Resolved sla.Counts
	// Pending counts dossiers received by the end of the period that have
	// no result, and are not stopped, at its end; PendingOverdue those of
	// them already past their due date.
	Pending, PendingOverdue int64
	// Stopped counts dossiers stopped or withdrawn in the period; Refused
	// dossiers refused at intake in the period.
	Stopped, Refused int64
}

// Merge returns the sum of f and o.
func (f Figures) Merge(o Figures) Figures {
	return Figures{
		Received: f.Received + o.Received, Online: f.Online + o.Online, CarriedOver: f.CarriedOver + o.CarriedOver,
		Resolved: f.Resolved.Merge(o.Resolved), Pending: f.Pending + o.Pending, PendingOverdue: f.PendingOverdue + o.PendingOverdue,
		Stopped: f.Stopped + o.Stopped, Refused: f.Refused + o.Refused,
	}
}

// OnlineShare returns the percentage of the period's dossiers received
// online, rounded half up to two decimals (0 when none was received).
func (f Figures) OnlineShare() decimal.Decimal {
	if f.Received == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(f.Online*100).DivRound(decimal.NewFromInt(f.Received), 2)
}

// Report accumulates [Figures] for a period, grouped by a key computed from
// each dossier — the agency, the field, the level, the channel, or any
// comparable combination — in one pass.
//
// A Report is an accumulator for one goroutine: build one per shard and
// [Report.Merge] them (the reduction is exact). Use it by pointer; make it
// with [NewReport].
type Report[K comparable] struct {
	period Period
	key    func(Dossier) K
	index  map[K]int
	keys   []K
	groups []Figures
	total  Figures
}

// NewReport returns an empty report for period p, grouping by key; a nil
// key puts every dossier in one group (the zero K). A period that ends
// before it starts is refused ([Period.Validate]).
//
// The key should depend on the dossier's header (agency, field, channel,
// level, receipt month): the figures are judged as of the period's end,
// and a key reading the dossier's current state would not be.
func NewReport[K comparable](p Period, key func(Dossier) K) (*Report[K], error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if key == nil {
		key = func(Dossier) K { var zero K; return zero }
	}
	return &Report[K]{period: p, key: key, index: map[K]int{}}, nil
}

// errNoReport is the error of a method called on a nil or zero Report.
func errNoReport(op string) error {
	return &InputError{Field: "report", Value: op, Err: fmt.Errorf("%w: a nil or zero Report; make one with NewReport", ErrInvalid)}
}

// Add counts dossier d, judged as of the period's end: the figures of a
// closed period do not change whatever happens to the dossier afterwards
// (a pause, an apology or a restart after the period does not move the
// due date the period's pending overdue count was judged on). A dossier
// that was never received nor refused counts nowhere. Add on a nil or
// zero Report, or of the zero Dossier, is an *[InputError] wrapping
// [ErrInvalid] and counts nothing.
func (r *Report[K]) Add(d Dossier) error {
	if r == nil || r.index == nil {
		return errNoReport("Add")
	}
	if !d.IsValid() {
		return &InputError{Field: "dossier", Value: "Dossier{}", Err: fmt.Errorf("%w: the zero Dossier; make one with Open or Unmarshal", ErrInvalid)}
	}
	var f Figures
	start, end := r.period.From, r.period.To
	if !d.refusedAt.IsZero() {
		if r.period.Contains(date.NewAt(d.refusedAt)) {
			f.Refused = 1
		}
	}
	if d.timeline.IsValid() {
		received := date.NewAt(d.receivedAt)
		closed, closedAt := d.closedOn()
		if r.period.Contains(received) {
			f.Received = 1
			if d.head().Channel.IsOnline() {
				f.Online = 1
			}
		}
		if received < start && (!closed || closedAt >= start) {
			f.CarriedOver = 1
		}
		if !d.finished.IsZero() && r.period.Contains(date.NewAt(d.finished)) {
			f.Resolved = f.Resolved.Add(d.Outcome())
		}
		if !d.stoppedAt.IsZero() && r.period.Contains(date.NewAt(d.stoppedAt)) {
			f.Stopped = 1
		}
		if received < end && (!closed || closedAt >= end) {
			f.Pending = 1
			if d.dueAsOf(end) < end { // due by the period's last day, still open at its end
				f.PendingOverdue = 1
			}
		}
	}
	if f == (Figures{}) {
		return nil
	}
	r.total = r.total.Merge(f)
	i := r.group(r.key(d))
	r.groups[i] = r.groups[i].Merge(f)
	return nil
}

// dueAsOf returns the date the result was due at the start of day end (in
// the schedule's zone): the fold of the events before that instant. Only
// a dossier with events from end on is folded again.
func (d Dossier) dueAsOf(end date.Date) date.Date {
	n := d.numEvents()
	limit := end.Time(0, d.sched.Zone())
	moved := false // whether an event from end on moved the due date
	for i := n - 1; i >= 0 && !moved && !d.event(i).At.Before(limit); i-- {
		moved = movesDue[d.event(i).Kind]
	}
	if !moved {
		return d.timeline.Due()
	}
	log := d.fullLog()
	past := Dossier{header: d.header, sched: d.sched}
	for i, e := range log {
		if !e.At.Before(limit) {
			break
		}
		if err := past.fold(&e, false); err != nil {
			break // cannot happen: the log was folded once already
		}
		past.events = log[: i+1 : i+1]
	}
	if !past.timeline.IsValid() {
		return d.timeline.Due()
	}
	return past.timeline.Due()
}

// movesDue marks the kinds of event that can move a dossier's due date:
// pauses, resumptions and restarts of the clock, and the re-appointment.
var movesDue = [lastEventKind + 1]bool{
	EventSupplementRequested: true, EventSupplemented: true,
	EventObligationRequested: true, EventObligationPaid: true, EventApologised: true,
}

// group returns the index of key k's figures, adding k in order of first
// appearance.
func (r *Report[K]) group(k K) int {
	i, ok := r.index[k]
	if !ok {
		i = len(r.keys)
		r.index[k] = i
		r.keys = append(r.keys, k)
		r.groups = append(r.groups, Figures{})
	}
	return i
}

// Merge adds the counts of o, a report of the same period; o is unchanged.
// A nil or zero receiver or o is an *[InputError] wrapping [ErrInvalid],
// as are reports of different periods; r is then unchanged.
func (r *Report[K]) Merge(o *Report[K]) error {
	if r == nil || r.index == nil || o == nil || o.index == nil {
		return errNoReport("Merge")
	}
	if o.period != r.period {
		return &InputError{Field: "report period", Value: fmt.Sprintf("[%s, %s)", o.period.From, o.period.To),
			Err: fmt.Errorf("%w: merging reports of different periods", ErrInvalid)}
	}
	for i, k := range o.keys {
		j := r.group(k)
		r.groups[j] = r.groups[j].Merge(o.groups[i])
	}
	r.total = r.total.Merge(o.total)
	return nil
}

// Period returns the report's period (zero for a nil Report).
func (r *Report[K]) Period() Period {
	if r == nil {
		return Period{}
	}
	return r.period
}

// Total returns the figures of all groups together (zero for a nil
// Report).
func (r *Report[K]) Total() Figures {
	if r == nil {
		return Figures{}
	}
	return r.total
}

// Get returns the figures of group k (zero if none, or for a nil Report).
func (r *Report[K]) Get(k K) Figures {
	if r == nil {
		return Figures{}
	}
	if i, ok := r.index[k]; ok {
		return r.groups[i]
	}
	return Figures{}
}

// Keys returns the groups in the order they were first seen (none for a
// nil Report).
func (r *Report[K]) Keys() []K {
	if r == nil {
		return nil
	}
	return append([]K(nil), r.keys...)
}

// All yields each group and its figures, in the order of Keys.
func (r *Report[K]) All() iter.Seq2[K, Figures] {
	return func(yield func(K, Figures) bool) {
		if r == nil {
			return
		}
		for i, k := range r.keys {
			if !yield(k, r.groups[i]) {
				return
			}
		}
	}
}

// Keys for reports.

// ByAgency groups by the competent agency's code.
func ByAgency(d Dossier) string { return d.head().Agency }

// ByField groups by the procedure's field (lĩnh vực).
func ByField(d Dossier) string { return d.head().Procedure.Field }

// ByChannel groups by channel.
func ByChannel(d Dossier) procedure.Channel { return d.head().Channel }

// ByLevel groups by implementation level.
func ByLevel(d Dossier) procedure.Level { return d.head().Level }

// ByReceiptMonth groups by the year and month of receipt, "2026-02" (empty
// for a dossier never received).
func ByReceiptMonth(d Dossier) string {
	if !d.timeline.IsValid() {
		return ""
	}
	return d.receivedAt.Format("2006-01")
}

// closedOn returns whether and when the dossier's case was closed: a result
// made, or processing stopped.
func (d Dossier) closedOn() (bool, date.Date) {
	switch {
	case !d.finished.IsZero():
		return true, date.NewAt(d.finished)
	case !d.stoppedAt.IsZero():
		return true, date.NewAt(d.stoppedAt)
	}
	return false, 0
}
