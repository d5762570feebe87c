// Package storetest is the conformance suite of dossier stores: [Run]
// runs the same tests against any backend of package store, so that SQLite,
// PostgreSQL and a vendor's own dialect are held to one behaviour.
package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Unit is the receiving unit of the suite's dossiers.
const Unit = "000.00.36.H57"

// Actor is the clerk of the suite's commands.
const Actor = "can-bo-mot-cua"

// Schedule is the office schedule of the suite: the national calendar,
// default office hours.
var Schedule = sync.OnceValue(func() *sla.Schedule {
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	return s
})

// Procedures of the suite, from the sample catalogue: permanent residence
// registration (7 working days) and extension of temporary residence (3).
const (
	ProcLong  = "1.004222"
	ProcShort = "1.002755"
)

// Day0 is the suite's first day, a Monday.
var Day0 = date.New(2026, time.March, 2)

// At returns the instant h:m on day d in Vietnam.
func At(d date.Date, h, m int) time.Time {
	y, mo, dd := d.Date()
	return time.Date(y, mo, dd, h, m, 0, 0, sla.VietnamZone)
}

// Procedure looks code up in the sample catalogue on Day0 (a nil tb
// panics on error).
func Procedure(tb testing.TB, code string) procedure.Procedure {
	p, err := sample.Catalog().Lookup(code, Day0)
	if err != nil {
		if tb == nil {
			panic(err)
		}
		tb.Fatal(err)
	}
	return p
}

// Header is a complete direct (paper) dossier of procedure p, applicant n.
func Header(p procedure.Procedure, n int) dossier.Header {
	var filed []dossier.Filed
	for _, c := range p.Components() {
		if c.Requirement != procedure.Required && c.Requirement != procedure.PresentOnly {
			continue
		}
		o, cp := c.Originals, c.Copies
		if o+cp == 0 {
			o = 1
		}
		filed = append(filed, dossier.Filed{Name: c.Name, Originals: o, Copies: cp, Digitised: true})
	}
	return dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: p.Code(), Name: p.Name(), Field: p.Field()},
		Applicant:     dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: fmt.Sprintf("001%09d", n%1_000_000_000)},
		Channel:       procedure.ChannelDirect,
		ReceivingUnit: Unit,
		Agency:        p.Implementing()[0],
		Level:         procedure.LevelCommune,
		Filed:         filed,
	}
}

// Receive is the receipt command at now under p.
func Receive(now time.Time, p procedure.Procedure) store.Command {
	return func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error) {
		out, _, err := d.Receive(now, Actor, p, seq)
		return out, err
	}
}

// Transfer is the transfer command at now.
func Transfer(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) { return d.Transfer(now, Actor) }
}

// Decide is the decision command at now.
func Decide(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
		return d.Decide(now, Actor, true, "")
	}
}

// RequestSupplement asks for a supplement at now.
func RequestSupplement(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
		return d.RequestSupplement(now, Actor, []string{"Bản sao sổ hộ khẩu"}, "Thiếu giấy tờ")
	}
}

// Supplement records the supplement at now.
func Supplement(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) { return d.Supplement(now, Actor) }
}

// RequestObligation asks for a financial obligation (a fee or charge to
// pay before processing goes on) at now.
func RequestObligation(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
		return d.RequestObligation(now, Actor, decimal.NewFromInt(50_000))
	}
}

// PayObligation records the obligation paid at now.
func PayObligation(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
		return d.PayObligation(now, Actor)
	}
}

// Return returns the result at now.
func Return(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) { return d.Return(now, Actor) }
}

// Refuse refuses the dossier at intake at now.
func Refuse(now time.Time) store.Command {
	return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
		return d.Refuse(now, Actor, []string{"Không thuộc thẩm quyền"})
	}
}

// received creates and receives a dossier of p at now.
func received(tb testing.TB, s *store.Store, p procedure.Procedure, n int, now time.Time) store.Record {
	tb.Helper()
	ctx := context.Background()
	r, err := s.Create(ctx, Header(p, n), "")
	if err != nil {
		tb.Fatal(err)
	}
	r, err = s.Apply(ctx, r, "", Receive(now, p))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}
