package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/dossier/store/sqlite"
	"github.com/motcua/motcua/dossier/store/storetest"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
)

// office opens a store on a new SQLite file; done removes it.
func office() (s *store.Store, done func()) {
	dir, err := os.MkdirTemp("", "motcua-example-")
	if err != nil {
		panic(err)
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		panic(err)
	}
	s, err = sqlite.Open(context.Background(), filepath.Join(dir, "office.db"), sched, nil)
	if err != nil {
		panic(err)
	}
	return s, func() { s.Close(); os.RemoveAll(dir) }
}

// A clerk receives a dossier: the store gives its code, keeps the
// appointment, and a second clerk acting on the same version gets a
// conflict.
func Example() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcLong)

	r, err := s.Create(ctx, storetest.Header(p, 1), "counter-1/create")
	if err != nil {
		panic(err)
	}
	r, err = s.Apply(ctx, r, "counter-1/receive", func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error) {
		out, _, err := d.Receive(storetest.At(storetest.Day0, 9, 0), "can-bo-1", p, seq)
		return out, err
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Dossier.Code(), "hẹn trả / due", r.Dossier.Due())

	transfer := func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
		return d.Transfer(storetest.At(storetest.Day0, 10, 0), "can-bo-1")
	}
	if _, err := s.Apply(ctx, r, "", transfer); err != nil {
		panic(err)
	}
	_, err = s.Apply(ctx, r, "", transfer) // r is now stale
	fmt.Println(errors.Is(err, store.ErrConflict))
	// Output:
	// 000.00.36.H57-260302-0001 hẹn trả / due 2026-03-11
	// true
}

// The end-of-day list: open dossiers due within two working days.
func ExampleStore_DueWithin() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	if _, err := s.Apply(ctx, r, "", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)); err != nil {
		panic(err)
	}
	due, err := s.DueWithin(ctx, storetest.Day0+1, 2, store.Filter{Unit: storetest.Unit})
	if err != nil {
		panic(err)
	}
	for _, d := range due {
		fmt.Println(d.Code, d.Due, d.Left)
	}
	// Output:
	// 000.00.36.H57-260302-0001 2026-03-05 2
}

// A month's figures, streamed from the projection and merged across
// stores.
func ExampleStore_Report() {
	a, doneA := office()
	defer doneA()
	b, doneB := office()
	defer doneB()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	for _, s := range []*store.Store{a, b} {
		r, _ := s.Create(ctx, storetest.Header(p, 1), "")
		if _, err := s.Apply(ctx, r, "", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)); err != nil {
			panic(err)
		}
	}
	march := dossier.Period{From: storetest.Day0 - 1, To: storetest.Day0 + 30}
	ra, _ := a.Report(ctx, march, store.GroupAgency)
	rb, _ := b.Report(ctx, march, store.GroupAgency)
	if err := ra.Merge(rb); err != nil {
		panic(err)
	}
	for k, f := range ra.All() {
		fmt.Println(k, "received", f.Received, "pending", f.Pending)
	}
	// Output:
	// cong-an-cap-xa received 2 pending 2
}

// Backup and move: every dossier's log as JSON lines.
func ExampleStore_Export() {
	s, done := office()
	defer done()
	dst, doneDst := office()
	defer doneDst()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcLong)
	if _, err := s.Create(ctx, storetest.Header(p, 1), ""); err != nil {
		panic(err)
	}
	var lines bytes.Buffer
	n, err := s.Export(ctx, &lines)
	if err != nil {
		panic(err)
	}
	m, err := dst.Import(ctx, &lines)
	fmt.Println(n, m, err)
	// Output:
	// 1 1 <nil>
}

// A provincial day off moves a due date: list, record, notify.
func ExampleStore_DueChanges() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	if _, err := s.Apply(ctx, r, "", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)); err != nil {
		panic(err)
	}
	cal, _ := holiday.Vietnam().Extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: storetest.Day0 + 2, Kind: holiday.KindDayOff,
		NameVI: "Nghỉ theo quyết định của tỉnh", NameEN: "Provincial day off", Source: "example"}}})
	next, _ := sla.NewSchedule(cal, nil)
	changes, err := s.DueChanges(ctx, next)
	if err != nil {
		panic(err)
	}
	for _, c := range changes {
		if _, err := s.WithSchedule(next).RecordDueChange(ctx, c, storetest.At(storetest.Day0+1, 8, 0), "van-thu"); err != nil {
			panic(err)
		}
		fmt.Println(c.Notice())
	}
	// Output:
	// Hồ sơ 000.00.36.H57-260302-0001: ngày hẹn trả kết quả đổi từ 05/03/2026 sang 06/03/2026 do lịch làm việc thay đổi (04/03/2026: Nghỉ theo quyết định của tỉnh).
	// Dossier 000.00.36.H57-260302-0001: the result is now due on 06/03/2026 instead of 05/03/2026, because the working calendar changed (04/03/2026: Provincial day off).
}

// Verify reads the whole store: chains, replays, projections and codes.
func ExampleStore_Verify() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	if _, err := s.Apply(ctx, r, "", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)); err != nil {
		panic(err)
	}
	c, err := s.Verify(ctx)
	fmt.Printf("%+v %v\n", c, err)
	// Output:
	// {Dossiers:1 Rows:2 Codes:1} <nil>
}

// Apply runs a command on a loaded record and appends its events if the
// dossier is still at the record's version; an idempotency key makes a
// resent request append nothing twice.
func ExampleStore_Apply() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	receive := storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)
	r, err := s.Apply(ctx, r, "quay-1/tiep-nhan-1", receive)
	if err != nil {
		panic(err)
	}
	again, err := s.Apply(ctx, r, "quay-1/tiep-nhan-1", receive) // resent
	fmt.Println(r.Version, again.Version, err)
	// Output:
	// 2 2 <nil>
}

// Load reads a dossier's log, checks its hash chain and replays it over
// the store's calendar.
func ExampleStore_Load() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	if _, err := s.Apply(ctx, r, "", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)); err != nil {
		panic(err)
	}
	got, err := s.Load(ctx, r.ID)
	if err != nil {
		panic(err)
	}
	fmt.Println(got.Dossier.Code(), got.Dossier.Status(), "hẹn trả / due", got.Dossier.Due())
	_, err = s.Load(ctx, "khong-co")
	fmt.Println(errors.Is(err, store.ErrNotFound))
	// Output:
	// 000.00.36.H57-260302-0001 received hẹn trả / due 2026-03-05
	// true
}

// Overdue lists the open dossiers whose due date has passed, by unit,
// agency, procedure or status.
func ExampleStore_Overdue() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	if _, err := s.Apply(ctx, r, "", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p)); err != nil {
		panic(err)
	}
	late, err := s.Overdue(ctx, storetest.Day0+7, store.Filter{Unit: storetest.Unit})
	if err != nil {
		panic(err)
	}
	for _, d := range late {
		fmt.Println(d.Code, d.Due, d.Left)
	}
	// Output:
	// 000.00.36.H57-260302-0001 2026-03-05 -2
}

// Paused lists the dossiers waiting on the applicant, and for how long.
func ExampleStore_Paused() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)
	r, _ := s.Create(ctx, storetest.Header(p, 1), "")
	var err error
	for _, cmd := range []store.Command{
		storetest.Receive(storetest.At(storetest.Day0, 9, 0), p),
		storetest.Transfer(storetest.At(storetest.Day0, 10, 0)),
		storetest.RequestSupplement(storetest.At(storetest.Day0, 11, 0)),
	} {
		if r, err = s.Apply(ctx, r, "", cmd); err != nil {
			panic(err)
		}
	}
	paused, err := s.Paused(ctx, storetest.At(storetest.Day0+2, 11, 0), store.Filter{})
	if err != nil {
		panic(err)
	}
	for _, d := range paused {
		fmt.Println(d.Code, d.For, d.WorkingDays)
	}
	// Output:
	// 000.00.36.H57-260302-0001 48h0m0s 2
}

// CreateWith stores a dossier with its first step, or nothing: a receipt
// the dossier refuses leaves no empty dossier behind.
func ExampleStore_CreateWith() {
	s, done := office()
	defer done()
	ctx := context.Background()
	p := storetest.Procedure(nil, storetest.ProcShort)

	transferFirst := storetest.Transfer(storetest.At(storetest.Day0, 9, 0)) // no receipt yet: refused
	_, err := s.CreateWith(ctx, storetest.Header(p, 1), "quay-1/1", transferFirst)
	fmt.Println(errors.Is(err, store.ErrRefused))

	r, err := s.CreateWith(ctx, storetest.Header(p, 1), "quay-1/1", storetest.Receive(storetest.At(storetest.Day0, 9, 0), p))
	if err != nil {
		panic(err)
	}
	c, _ := s.Verify(ctx)
	fmt.Println(r.Dossier.Code(), c.Dossiers)
	// Output:
	// true
	// 000.00.36.H57-260302-0001 1
}
