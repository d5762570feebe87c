package national_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// Incremental sync: only dossiers whose log grew since the stored cursor
// are sent, with the step records of their new events; a failed send (the
// cursor not stored) sends the same again; nothing is sent twice once the
// cursor is stored.
func TestChangesIncremental(t *testing.T) {
	e := exporter(t)
	p := proc(t, sla.WorkingDays(10))
	seq := &dossier.MemorySequencer{}
	d := open(t, header(procedureDirect, dossier.ApplicantIndividual))
	d, _, err := d.Receive(mar2, testActor, p, seq)
	if err != nil {
		t.Fatal(err)
	}
	d = run(t, d, transfer(mar2.Add(time.Hour)))
	online := open(t, header(procedureOnline, dossier.ApplicantIndividual))
	online = run(t, online, func(d dossier.Dossier) (dossier.Dossier, error) { return d.Submit(mar2, "cong-dvcqg") })
	sources := func(ds ...dossier.Dossier) func(func(national.Source) bool) {
		return func(yield func(national.Source) bool) {
			for _, d := range ds {
				if !yield(national.Source{Dossier: d, Procedure: p}) {
					return
				}
			}
		}
	}

	var stored national.Cursor
	b1 := e.Changes(sources(d, online), stored)
	if len(b1.Changes) != 1 || len(b1.Skipped) != 0 {
		t.Fatalf("first sync: %d changes, skipped %v (an online filing without a code waits)", len(b1.Changes), b1.Skipped)
	}
	c := b1.Changes[0]
	if c.Updating || c.From != 0 || c.To != 2 || len(c.Steps) != 2 {
		t.Fatalf("first change: %+v", c)
	}
	created, updated, steps := b1.Envelopes()
	if len(created.Data) != 1 || created.IsUpdating || len(updated.Data) != 0 || !updated.IsUpdating || len(steps.Data) != 2 ||
		created.Service != national.ServiceRecords || steps.Service != national.ServiceSteps {
		t.Fatalf("envelopes: %+v %+v %+v", created, updated, steps)
	}

	// The send failed: the cursor is not stored, the same change comes again.
	again := e.Changes(sources(d), stored)
	if len(again.Changes) != 1 || !slices.Equal(again.Changes[0].Steps, c.Steps) {
		t.Fatalf("retry: %+v", again.Changes)
	}
	// Sent: store the cursor (as text, the way a vendor keeps it).
	text, err := b1.Next.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	if err := stored.UnmarshalText(text); err != nil {
		t.Fatal(err)
	}
	if got := e.Changes(sources(d, online), stored); len(got.Changes) != 0 {
		t.Fatalf("nothing changed, yet %d changes", len(got.Changes))
	}
	// Two more events: an update with their two step records only.
	d = run(t, d, decide(at(2026, 3, 12, 10, 0), true), giveBack(at(2026, 3, 13, 9, 0)))
	b2 := e.Changes(sources(d), stored)
	if len(b2.Changes) != 1 {
		t.Fatalf("%d changes", len(b2.Changes))
	}
	c2 := b2.Changes[0]
	if !c2.Updating || c2.From != 2 || c2.To != 4 || len(c2.Steps) != 2 || c2.Steps[0].TrangThai != "9" || c2.Steps[1].TrangThai != "10" {
		t.Fatalf("update: %+v", c2)
	}
	if c2.Record.TrangThaiHoSo != "10" {
		t.Fatalf("record status %s", c2.Record.TrangThaiHoSo)
	}
	if b2.Next.Version(string(d.Code())) != 4 || stored.Version(string(d.Code())) != 2 {
		t.Fatal("Next is a new cursor; the stored one is unchanged")
	}
}

// A dossier that cannot be exported is skipped with its error and comes
// again: the cursor does not move for it.
func TestChangesSkipped(t *testing.T) {
	e := exporter(t)
	d := run(t, open(t, header(procedureDirect, dossier.ApplicantIndividual)), receive(mar2, proc(t, sla.WorkingDays(10))))
	other := procSpec(sla.WorkingDays(10), nil)
	other.Code = "1.000001"
	wrong := mustProc(t, other)
	b := e.Changes(func(yield func(national.Source) bool) { yield(national.Source{Dossier: d, Procedure: wrong}) }, national.Cursor{})
	if len(b.Changes) != 0 || len(b.Skipped) != 1 || b.Next.Len() != 0 {
		t.Fatalf("%+v", b)
	}
	var ee *national.ExportError
	if !errors.As(b.Skipped[0], &ee) || !errors.Is(b.Skipped[0], national.ErrNotExportable) || ee.Dossier != string(d.Code()) {
		t.Fatalf("%v", b.Skipped[0])
	}
}

// A batch stops at MaxRecords changes so that its envelopes stay within
// the limit; the next call goes on from Next.
func TestChangesBatchLimit(t *testing.T) {
	e := exporter(t)
	p := proc(t, sla.WorkingDays(10))
	seq := &dossier.MemorySequencer{}
	var ds []dossier.Dossier
	for range national.MaxRecords + 5 {
		d, _, err := open(t, header(procedureDirect, dossier.ApplicantIndividual)).Receive(mar2, testActor, p, seq)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	src := func(yield func(national.Source) bool) {
		for _, d := range ds {
			if !yield(national.Source{Dossier: d, Procedure: p}) {
				return
			}
		}
	}
	b := e.Changes(src, national.Cursor{})
	if !b.More || len(b.Changes) != national.MaxRecords {
		t.Fatalf("first batch: %d changes, more %v", len(b.Changes), b.More)
	}
	b = e.Changes(src, b.Next)
	if b.More || len(b.Changes) != 5 || b.Next.Len() != national.MaxRecords+5 {
		t.Fatalf("second batch: %d changes, more %v, cursor %d", len(b.Changes), b.More, b.Next.Len())
	}
}

func TestCursorText(t *testing.T) {
	var c national.Cursor
	for _, bad := range []string{"x", "000.00.36.H57-260302-0001", "000.00.36.H57-260302-0001 0", "000.00.36.H57-260302-0001 01",
		"000.00.36.H57-260302-0001 2\n000.00.36.H57-260302-0001 3", "BAD 2"} {
		if err := c.UnmarshalText([]byte(bad)); !errors.Is(err, national.ErrMalformed) {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if c.Len() != 0 {
		t.Error("a refused cursor changed")
	}
	in := "000.00.36.H57-260302-0001 4\n000.00.36.H57-260302-0002 1\n"
	if err := c.UnmarshalText([]byte(in)); err != nil {
		t.Fatal(err)
	}
	out, _ := c.MarshalText()
	if string(out) != in || c.Version("000.00.36.H57-260302-0001") != 4 {
		t.Fatalf("%q", out)
	}
}

// interAgency builds the golden inter-agency dossier (11 events: receipt,
// transfer, eight inter-agency step events, the result) with codes from
// seq; events cuts its log to the first n events (n ≥ 2).
func interAgency(tb testing.TB, seq dossier.Sequencer, n int) (dossier.Dossier, procedure.Procedure) {
	tb.Helper()
	p := mustProc(tb, procSpec(sla.WorkingDays(5), liaisonsample.BirthRegistrationGroup()))
	d, _, err := open(tb, header(procedure.ChannelOnlinePartial, dossier.ApplicantIndividual)).Receive(mar2, testActor, p, seq)
	if err != nil {
		tb.Fatal(err)
	}
	steps := []step{transfer(mar2.Add(time.Minute))}
	for _, e := range []struct {
		start  bool
		id, ag string
		off    time.Duration
	}{{true, "tiep-nhan", "UBND-XA", 2 * time.Minute}, {false, "tiep-nhan", "UBND-XA", 3 * time.Minute},
		{true, "khai-sinh", "UBND-XA", 4 * time.Minute}, {false, "khai-sinh", "UBND-XA", 5 * time.Minute},
		{true, "thuong-tru", "CONG-AN-XA", 6 * time.Minute}, {true, "bhyt", "BHXH-TINH", 7 * time.Minute},
		{false, "bhyt", "BHXH-TINH", 8 * time.Minute}, {false, "thuong-tru", "CONG-AN-XA", 5 * 24 * time.Hour}} {
		steps = append(steps, func(d dossier.Dossier) (dossier.Dossier, error) {
			if e.start {
				return d.StartStep(mar2.Add(e.off), testActor, e.id, e.ag)
			}
			return d.FinishStep(mar2.Add(e.off), testActor, e.id, e.ag)
		})
	}
	steps = append(steps, decide(at(2026, time.March, 9, 10, 0), true))
	return run(tb, d, steps[:n-1]...), p
}

// A batch stops before its step records would pass MaxStepRecords, so that
// its step envelope is one ParseStepEnvelope takes; the dossier left out
// comes whole in the next batch. At the boundary: 1,000 dossiers of 10
// events fill the step envelope exactly (10,000) in one batch; 1,000 of 11
// events do not (909 × 11 = 9,999; the 910th would make 10,010). Failed
// before the fix: one batch of 1,000 changes, More false, 11,000 steps.
func TestChangesStepLimit(t *testing.T) {
	e := exporter(t)
	for _, tt := range []struct {
		events  int
		batches []int // changes per batch
	}{{10, []int{1000}}, {11, []int{909, 91}}} {
		seq := &dossier.MemorySequencer{}
		var srcs []national.Source
		for range national.MaxRecords {
			d, p := interAgency(t, seq, tt.events)
			if d.NumEvents() != tt.events {
				t.Fatalf("%d events, want %d", d.NumEvents(), tt.events)
			}
			srcs = append(srcs, national.Source{Dossier: d, Procedure: p})
		}
		var cursor national.Cursor
		for i, want := range tt.batches {
			b := e.Changes(slices.Values(srcs), cursor)
			if len(b.Skipped) > 0 {
				t.Fatal(b.Skipped[0])
			}
			last := i == len(tt.batches)-1
			if len(b.Changes) != want || b.More == last {
				t.Fatalf("%d events, batch %d: %d changes, more %v; want %d, more %v", tt.events, i, len(b.Changes), b.More, want, !last)
			}
			created, _, steps := b.Envelopes()
			if len(steps.Data) != want*tt.events || len(steps.Data) > national.MaxStepRecords {
				t.Fatalf("batch %d: %d step records", i, len(steps.Data))
			}
			for _, env := range []any{created, steps} {
				raw, err := json.Marshal(env)
				if err != nil {
					t.Fatal(err)
				}
				if _, ok := env.(national.StepEnvelope); ok {
					_, err = national.ParseStepEnvelope(raw)
				} else {
					_, err = national.ParseEnvelope(raw)
				}
				if err != nil {
					t.Fatalf("%d events, batch %d: %v", tt.events, i, err)
				}
			}
			cursor = b.Next
		}
		if cursor.Len() != national.MaxRecords {
			t.Fatalf("%d dossiers sent, want all %d", cursor.Len(), national.MaxRecords)
		}
		if b := e.Changes(slices.Values(srcs), cursor); len(b.Changes) != 0 || b.More {
			t.Fatalf("after the last batch: %d changes, more %v", len(b.Changes), b.More)
		}
	}
}

// A batch also stops before an envelope would pass MaxEnvelopeBytes
// encoded: a thousand records with every text at its limit would. With the
// budget set to fit about five records, every envelope of every batch stays
// within it, and the dossiers all go, once each.
func TestChangesByteLimit(t *testing.T) {
	e := exporter(t)
	seq := &dossier.MemorySequencer{}
	var srcs []national.Source
	for range 23 {
		d, p := interAgency(t, seq, 6)
		srcs = append(srcs, national.Source{Dossier: d, Procedure: p})
	}
	one := national.Batch{}
	first := e.Changes(slices.Values(srcs[:1]), national.Cursor{})
	one.Changes = first.Changes
	created, _, steps := one.Envelopes()
	recordBytes, stepBytes := encoded(t, created.Data[0]), encoded(t, steps.Data)
	budget := 5*(recordBytes+1) + recordBytes/2
	if b := 5*stepBytes + stepBytes/2; b > budget {
		budget = b
	}
	national.SetEnvelopeBudget(e, budget)
	var cursor national.Cursor
	sent := 0
	for batch := 0; ; batch++ {
		b := e.Changes(slices.Values(srcs), cursor)
		if len(b.Changes) == 0 {
			break
		}
		if len(b.Changes) > 5 {
			t.Fatalf("batch %d: %d changes, want at most 5 within %d bytes", batch, len(b.Changes), budget)
		}
		created, updated, steps := b.Envelopes()
		for _, data := range []any{created.Data, updated.Data, steps.Data} {
			if n := encoded(t, data); n > budget+2 {
				t.Fatalf("batch %d: an envelope's data is %d bytes, over the budget %d", batch, n, budget)
			}
		}
		if sent += len(b.Changes); b.More != (sent < len(srcs)) {
			t.Fatalf("batch %d: more %v with %d of %d sent", batch, b.More, sent, len(srcs))
		}
		cursor = b.Next
	}
	if sent != len(srcs) || cursor.Len() != len(srcs) {
		t.Fatalf("%d sent, cursor %d; want %d", sent, cursor.Len(), len(srcs))
	}
}

func encoded(t *testing.T, v any) int {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return len(b)
}
