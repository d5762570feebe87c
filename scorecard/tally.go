package scorecard

import (
	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/rickb777/date/v2"
)

// counts are the integer figures a Tally accumulates; they add up exactly
// across shards.
type counts struct {
	// progress (group 2)
	Handled, OnTime, Late, Finished, ElapsedDays int64
	// received in the period
	Received, Online, OnlineCounted, Synchronised int64
	FeeDossiers, PaidOnline, PaidNational         int64
	Filed, Digitised, Reused, FromDataStore       int64
	Population, Complaints                        int64
	// results made in the period
	ElectronicResults int64
	// feedback (group 5)
	FeedbackDue, FeedbackOnTime, FeedbackEvaluated, FeedbackSatisfied int64
	FeedbackPublishDue, FeedbackPublishedOnTime                       int64
}

func (c *counts) add(o *counts) {
	c.Handled += o.Handled
	c.OnTime += o.OnTime
	c.Late += o.Late
	c.Finished += o.Finished
	c.ElapsedDays += o.ElapsedDays
	c.Received += o.Received
	c.Online += o.Online
	c.OnlineCounted += o.OnlineCounted
	c.Synchronised += o.Synchronised
	c.FeeDossiers += o.FeeDossiers
	c.PaidOnline += o.PaidOnline
	c.PaidNational += o.PaidNational
	c.Filed += o.Filed
	c.Digitised += o.Digitised
	c.Reused += o.Reused
	c.FromDataStore += o.FromDataStore
	c.Population += o.Population
	c.Complaints += o.Complaints
	c.ElectronicResults += o.ElectronicResults
	c.FeedbackDue += o.FeedbackDue
	c.FeedbackOnTime += o.FeedbackOnTime
	c.FeedbackEvaluated += o.FeedbackEvaluated
	c.FeedbackSatisfied += o.FeedbackSatisfied
	c.FeedbackPublishDue += o.FeedbackPublishDue
	c.FeedbackPublishedOnTime += o.FeedbackPublishedOnTime
}

// Tally accumulates, in one pass, what the scorecard of one unit (or a
// province) needs for a period: dossier [Record] values ([Tally.Add]) and
// feedback ([Tally.AddFeedback]). Tallies of shards of the same period
// merge exactly ([Tally.Merge]): merging and then scoring gives the same
// scorecard as one pass over all the dossiers.
//
// A Tally is an accumulator for one goroutine; use it by pointer and make
// it with [NewTally]. The zero Tally is invalid. A failed Add changes
// nothing.
type Tally struct {
	period dossier.Period
	cal    *holiday.Calendar
	c      counts
	// onlineProcs are the procedures that received an online dossier in
	// the period.
	onlineProcs map[string]struct{}
}

// NewTally returns an empty tally for period p (the half-open range of days
// [From, To)), counting working days over cal. A period that ends before it
// starts and a nil or invalid calendar are *[InputError] values wrapping
// [ErrInvalid].
func NewTally(p dossier.Period, cal *holiday.Calendar) (*Tally, error) {
	if err := p.Validate(); err != nil || p.From == p.To {
		return nil, invalid("period", p.From.String()+"–"+p.To.String(), "want From < To, both set")
	}
	if cal == nil || !cal.IsValid() {
		return nil, invalid("calendar", "nil", "want a valid holiday.Calendar")
	}
	return &Tally{period: p, cal: cal, onlineProcs: map[string]struct{}{}}, nil
}

// Period returns the tally's period (zero for a nil Tally).
func (t *Tally) Period() dossier.Period {
	if t == nil {
		return dossier.Period{}
	}
	return t.period
}

func (t *Tally) ok() bool { return t != nil && t.onlineProcs != nil }

func errNoTally(op string) error {
	return invalid("tally", op, "a nil or zero Tally; make one with NewTally")
}

// Add counts dossier r, a record of the dossier as it stood at the period's
// end ([FromDossierAsOf]), judged as of that end by the rules of the
// national index (Decision 766/QĐ-TTg; the portal's formula description,
// secondary):
//
//   - a dossier counts in group 2 when it was received before the period's
//     end and was not finished before its start;
//   - its end is the first of processed, returned or stopped; a dossier
//     still waiting for a supplement ends at the request; an unfinished one
//     ends on the period's last day;
//   - it is on time when its end is on or before the appointment, which
//     already leaves the supplement time out; without an appointment, when
//     (end − receipt − supplement time) in working days is within the
//     statutory maximum;
//   - more than one supplement request makes it late.
//
// So an unfinished dossier due on the period's last day is on time here,
// while dossier.Figures counts it in PendingOverdue (due by that day and
// still open at its end): the index judges the end day against the due
// day, the report the instant.
//
// The other groups count the dossiers received in the period (results: the
// dossiers finished in it). A record that fails [Record.Validate], or whose
// days fall outside the calendar's span, is an error and counts nothing.
func (t *Tally) Add(r Record) error {
	if !t.ok() {
		return errNoTally("Add")
	}
	if err := r.Validate(); err != nil {
		return err
	}
	var c counts
	if err := t.judge(&r, &c); err != nil {
		return err
	}
	if r.Online && t.period.Contains(r.Received) {
		if _, seen := t.onlineProcs[r.Procedure]; !seen {
			if len(t.onlineProcs) >= MaxProcedures {
				return tooLarge("procedures with an online dossier", len(t.onlineProcs)+1, MaxProcedures)
			}
			t.onlineProcs[r.Procedure] = struct{}{}
		}
	}
	t.c.add(&c)
	return nil
}

// judge fills c with the counts of r.
func (t *Tally) judge(r *Record, c *counts) error {
	from, to := t.period.From, t.period.To
	if r.Received == 0 || r.Received >= to || (r.End != 0 && r.End < from) {
		return nil
	}
	last := to - 1
	c.Handled = 1
	end := r.End
	finished := end != 0 && end < to
	switch {
	case finished:
	case r.Waiting != 0 && r.Waiting < to:
		end = r.Waiting
	default:
		end = last
	}
	onTime := r.Supplements <= 1
	if onTime {
		if r.Due != 0 {
			onTime = end <= r.Due
		} else {
			n, err := t.cal.WorkingDaysBetween(r.Received, end)
			if err != nil {
				return &InputError{Field: "record " + r.Procedure, Value: end.String(), Err: err}
			}
			onTime = n-r.SupplementDays <= r.LimitDays
		}
	}
	if onTime {
		c.OnTime = 1
	} else {
		c.Late = 1
	}
	if finished && end >= from {
		n, err := t.cal.WorkingDaysBetween(r.Received, end)
		if err != nil {
			return &InputError{Field: "record " + r.Procedure, Value: end.String(), Err: err}
		}
		c.Finished = 1
		c.ElapsedDays = int64(max(0, n-r.SupplementDays))
		if r.Facts.ElectronicResult {
			c.ElectronicResults = 1
		}
	}
	if !t.period.Contains(r.Received) {
		return nil
	}
	f := &r.Facts
	c.Received = 1
	c.Online = b2i(r.Online)
	c.OnlineCounted = b2i(r.Online && (!f.PaperResult || f.ElectronicResult))
	c.Synchronised = b2i(f.Synchronised)
	if r.FeeDue {
		c.FeeDossiers = 1
		c.PaidOnline = b2i(f.PaidOnline)
		c.PaidNational = b2i(f.PaidOnline && f.PaidOnNationalPlatform)
	}
	c.Filed = int64(r.Filed)
	c.Digitised = int64(r.Digitised)
	c.Reused = int64(f.Reused)
	c.FromDataStore = int64(f.FromDataStore)
	c.Population = b2i(f.PopulationDatabase)
	c.Complaints = b2i(f.Complaint)
	return nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// Merge adds the counts of o, a tally of the same period; o is unchanged.
// A nil or zero receiver or o, or tallies of different periods, is an
// *[InputError] wrapping [ErrInvalid], and t is then unchanged.
func (t *Tally) Merge(o *Tally) error {
	if !t.ok() || !o.ok() {
		return errNoTally("Merge")
	}
	if o.period != t.period {
		return invalid("tally period", o.period.From.String()+"–"+o.period.To.String(), "merging tallies of different periods")
	}
	n := len(t.onlineProcs)
	for p := range o.onlineProcs {
		if _, ok := t.onlineProcs[p]; !ok {
			n++
		}
	}
	if n > MaxProcedures {
		return tooLarge("procedures with an online dossier", n, MaxProcedures)
	}
	for p := range o.onlineProcs {
		t.onlineProcs[p] = struct{}{}
	}
	t.c.add(&o.c)
	return nil
}

// contains reports whether day d is in the tally's period.
func (t *Tally) contains(d date.Date) bool { return d != 0 && t.period.Contains(d) }
