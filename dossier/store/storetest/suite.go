package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/shopspring/decimal"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"math/rand/v2"
	"pgregory.net/rapid"
)

// Open returns a new, empty store for one test; the test's cleanup closes
// it.
type Open func(t *testing.T) *store.Store

// Run runs the conformance suite against the backend open makes.
func Run(t *testing.T, open Open) {
	for _, tc := range []struct {
		name string
		run  func(*testing.T, Open)
	}{
		{"RoundTrip", testRoundTrip},
		{"PortalFacts", testPortalFacts},
		{"Conflict", testConflict},
		{"Idempotency", testIdempotency},
		{"Refused", testRefused},
		{"CreateWith", testCreateWith},
		{"CodesGapless", testCodesGapless},
		{"Queries", testQueries},
		{"Report", testReport},
		{"ReportLaw", testReportLaw},
		{"ReportFor", testReportFor},
		{"Tamper", testTamper},
		{"ProjectionTamper", testProjectionTamper},
		{"ExportImport", testExportImport},
		{"SchemaTooNew", testSchemaTooNew},
		{"CalendarChange", testCalendarChange},
		{"CalendarChangeAfterRestart", testCalendarChangeAfterRestart},
		{"CalendarChangeOnOldStore", testCalendarChangeOnOldStore},
		{"ConcurrentWriters", testConcurrentWriters},
		{"Laws", testLaws},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open) })
	}
}

var ctx = context.Background()

func testRoundTrip(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	r := received(t, s, p, 1, At(Day0, 9, 0))
	r, err := s.Apply(ctx, r, "", Transfer(At(Day0, 10, 0)))
	if err != nil {
		t.Fatal(err)
	}
	if r.Version != 3 { // received, appointment, transferred
		t.Errorf("version %d, want 3", r.Version)
	}
	if want := dossier.Code(Unit + "-260302-0001"); r.Dossier.Code() != want {
		t.Errorf("code %s, want %s", r.Dossier.Code(), want)
	}
	got, err := s.Load(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Dossier.Equal(r.Dossier) || got.Version != r.Version || got.Dossier.Due() != r.Dossier.Due() || got.Dossier.Status() != dossier.Processing {
		t.Errorf("loaded %v v%d, want %v v%d", got.Dossier.Status(), got.Version, r.Dossier.Status(), r.Version)
	}
	byCode, err := s.LoadByCode(ctx, r.Dossier.Code())
	if err != nil || byCode.ID != r.ID {
		t.Errorf("LoadByCode = %v, %v", byCode.ID, err)
	}
	if _, err := s.LoadByCode(ctx, "X-260302-0009"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown code: %v, want ErrNotFound", err)
	}
	if _, err := s.Load(ctx, "nope"); !errors.Is(err, store.ErrNotFound) || !isOp(err) {
		t.Errorf("unknown ID: %v, want an *OpError wrapping ErrNotFound", err)
	}
}

// testPortalFacts: the facts the national portal asks for — a fee
// payment with its lines (Decree 42/2022/NĐ-CP; Law on Fees and Charges
// 97/2015/QH13) and the result documents (Decree 45/2020/NĐ-CP Art. 14) —
// are stored and loaded with the log (the events' fast decoder falls back
// to encoding/json for them).
func testPortalFacts(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	r := received(t, s, p, 1, At(Day0, 9, 0))
	fee := dossier.FeeLine{Name: "Lệ phí", Code: "LP01", Amount: decimal.RequireFromString("8000.5"), Kind: dossier.Charge}
	result := dossier.ResultDocument{Name: "Giấy khai sinh", Code: "KQ-1", Link: "https://dvc.example.vn/kq/1"}
	var err error
	for _, c := range []store.Command{
		func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.PayFee(At(Day0, 9, 30), Actor, dossier.PaidAtDesk, []dossier.FeeLine{fee})
		},
		Transfer(At(Day0, 10, 0)),
		func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.DecideWithResults(At(Day0, 11, 0), Actor, true, "", []dossier.ResultDocument{result})
		},
	} {
		if r, err = s.Apply(ctx, r, "", c); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Load(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Dossier.Equal(r.Dossier) {
		t.Fatalf("loaded dossier differs")
	}
	var paid, decided bool
	for _, e := range got.Dossier.Events() {
		paid = paid || (e.Kind == dossier.EventFeePaid && e.Payment == dossier.PaidAtDesk && len(e.Fees) == 1 && e.Fees[0].Amount.Equal(fee.Amount))
		decided = decided || (e.Kind == dossier.EventProcessed && len(e.Results) == 1 && e.Results[0] == result)
	}
	if !paid || !decided {
		t.Errorf("fee payment kept %v, result documents kept %v", paid, decided)
	}
}

func isOp(err error) bool { var e *store.OpError; return errors.As(err, &e) }

// Two clerks act on the same dossier: one wins, the other gets a typed
// conflict and nothing of its command is written.
func testConflict(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	r := received(t, s, p, 1, At(Day0, 9, 0))
	if _, err := s.Apply(ctx, r, "", Transfer(At(Day0, 10, 0))); err != nil {
		t.Fatal(err)
	}
	_, err := s.Apply(ctx, r, "", Transfer(At(Day0, 10, 5)))
	var ce *store.ConflictError
	if !errors.As(err, &ce) || !errors.Is(err, store.ErrConflict) || ce.Expected != 2 || ce.Actual != 3 || ce.Dossier != r.ID {
		t.Fatalf("second transfer: %v, want a conflict at 2 (actual 3)", err)
	}
	got, err := s.Load(ctx, r.ID)
	if err != nil || got.Version != 3 {
		t.Fatalf("after the conflict: v%d, %v; want v3", got.Version, err)
	}
	// Reload and decide again: the transfer is no longer allowed.
	if _, err := s.Apply(ctx, got, "", Transfer(At(Day0, 10, 6))); !errors.Is(err, store.ErrRefused) || !errors.Is(err, dossier.ErrTransition) {
		t.Errorf("transfer after reload: %v, want refused (illegal transition)", err)
	}
}

// A retried request appends nothing twice.
func testIdempotency(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	h := Header(p, 7)
	a, err := s.Create(ctx, h, "create-7")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Create(ctx, h, "create-7")
	if err != nil || b.ID != a.ID {
		t.Fatalf("retried Create: %s, %v; want %s", b.ID, err, a.ID)
	}
	r1, err := s.Apply(ctx, a, "receive-7", Receive(At(Day0, 9, 0), p))
	if err != nil {
		t.Fatal(err)
	}
	r2, err := s.Apply(ctx, a, "receive-7", Receive(At(Day0, 9, 0), p)) // the same request, resent
	if err != nil {
		t.Fatalf("retried Apply: %v", err)
	}
	if r2.Version != r1.Version || r2.Dossier.Code() != r1.Dossier.Code() {
		t.Errorf("retried Apply: v%d %s, want v%d %s", r2.Version, r2.Dossier.Code(), r1.Version, r1.Dossier.Code())
	}
	// The retried receipt took no second code: the next one is 0002.
	r3 := received(t, s, p, 8, At(Day0, 9, 30))
	if want := dossier.Code(Unit + "-260302-0002"); r3.Dossier.Code() != want {
		t.Errorf("next code %s, want %s", r3.Dossier.Code(), want)
	}
	if _, err := s.Apply(ctx, r3, "receive-7", Transfer(At(Day0, 10, 0))); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("a key reused for another dossier: %v, want ErrInvalid", err)
	}
	if _, err := s.Apply(ctx, a, string(bytes.Repeat([]byte("k"), 200)), Transfer(At(Day0, 10, 0))); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("long key: %v, want ErrInvalid", err)
	}
}

// A refused command writes nothing and its counter increment rolls back.
func testRefused(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	r, err := s.Create(ctx, Header(p, 1), "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Apply(ctx, r, "", Transfer(At(Day0, 9, 0)))
	var ce *dossier.CommandError
	if !errors.Is(err, store.ErrRefused) || !errors.As(err, &ce) || !isOp(err) {
		t.Fatalf("transfer before receipt: %v, want refused with the dossier's CommandError", err)
	}
	// A receipt that loses the race rolls its code back.
	r1, err := s.Apply(ctx, r, "", Receive(At(Day0, 9, 0), p))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(ctx, r, "", Receive(At(Day0, 9, 1), p)); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale receipt: %v, want a conflict", err)
	}
	r2 := received(t, s, p, 2, At(Day0, 9, 2))
	if r1.Dossier.Code() != Unit+"-260302-0001" || r2.Dossier.Code() != Unit+"-260302-0002" {
		t.Errorf("codes %s, %s: want 0001, 0002 (no gap)", r1.Dossier.Code(), r2.Dossier.Code())
	}
	if _, err := s.Verify(ctx); err != nil {
		t.Error(err)
	}
}

// CreateWith stores a dossier with its first step in one transaction: a
// refused step stores nothing (Create then Apply would leave the created
// dossier behind), a retried call with the same key returns the first
// one's dossier, and the codes stay gapless.
func testCreateWith(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	_, err := s.CreateWith(ctx, Header(p, 1), "intake-1", Transfer(At(Day0, 9, 0)))
	var ce *dossier.CommandError
	if !errors.Is(err, store.ErrRefused) || !errors.As(err, &ce) || !isOp(err) {
		t.Fatalf("transfer as the first step: %v, want refused with the dossier's CommandError", err)
	}
	if c, err := s.Verify(ctx); err != nil || c.Dossiers != 0 {
		t.Fatalf("after a refused CreateWith: %d dossiers stored, %v; want none", c.Dossiers, err)
	}
	a, err := s.CreateWith(ctx, Header(p, 1), "intake-1", Receive(At(Day0, 9, 0), p))
	if err != nil {
		t.Fatal(err)
	}
	if a.Version == 0 || a.Dossier.Code() != Unit+"-260302-0001" {
		t.Fatalf("CreateWith receipt: v%d code %q, want the receipt stored with code 0001", a.Version, a.Dossier.Code())
	}
	b, err := s.CreateWith(ctx, Header(p, 1), "intake-1", Receive(At(Day0, 9, 5), p)) // the same request, resent
	if err != nil || b.ID != a.ID || b.Version != a.Version || b.Dossier.Code() != a.Dossier.Code() {
		t.Fatalf("retried CreateWith: %s v%d %s, %v; want %s v%d %s", b.ID, b.Version, b.Dossier.Code(), err, a.ID, a.Version, a.Dossier.Code())
	}
	loaded, err := s.Load(ctx, a.ID)
	if err != nil || loaded.Version != a.Version || loaded.Dossier.Code() != a.Dossier.Code() {
		t.Fatalf("Load after CreateWith: v%d %s, %v", loaded.Version, loaded.Dossier.Code(), err)
	}
	r := received(t, s, p, 2, At(Day0, 9, 30))
	if want := dossier.Code(Unit + "-260302-0002"); r.Dossier.Code() != want {
		t.Errorf("next code %s, want %s (no gap, no second code for the retry)", r.Dossier.Code(), want)
	}
	if _, err := s.CreateWith(ctx, Header(p, 3), "", nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("nil command: %v, want ErrInvalid", err)
	}
	if c, err := s.Verify(ctx); err != nil || c.Dossiers != 2 {
		t.Errorf("Verify: %d dossiers, %v; want 2", c.Dossiers, err)
	}
}

// Codes are unique and gapless per unit and day under concurrent receipts.
func testCodesGapless(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	const writers, each = 8, 10
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		go func() {
			for i := 0; i < each; i++ {
				r, err := s.Create(ctx, Header(p, w*100+i), "")
				if err == nil {
					_, err = s.Apply(ctx, r, "", Receive(At(Day0, 9, w), p))
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for w := 0; w < writers; w++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Codes != writers*each {
		t.Errorf("%d codes, want %d", c.Codes, writers*each)
	}
	last, err := s.LoadByCode(ctx, dossier.Code(fmt.Sprintf("%s-260302-%04d", Unit, writers*each)))
	if err != nil {
		t.Errorf("the last code: %v", err)
	} else if last.Dossier.Status() != dossier.Received {
		t.Errorf("the last code's dossier is %v", last.Dossier.Status())
	}
}

func testQueries(t *testing.T, open Open) {
	s := open(t)
	long, short := Procedure(t, ProcLong), Procedure(t, ProcShort)
	a := received(t, s, short, 1, At(Day0, 9, 0))            // due Thu 5 March
	b := received(t, s, long, 2, At(Day0, 9, 5))             // due Wed 11 March
	c := received(t, s, short, 3, At(Day0-7, 9, 0))          // due Thu 26 Feb: overdue
	d := received(t, s, short, 4, At(Day0, 9, 10))           // paused below
	d, err := s.Apply(ctx, d, "", Transfer(At(Day0, 9, 20))) //
	if err == nil {                                          //
		d, err = s.Apply(ctx, d, "", RequestSupplement(At(Day0, 11, 0))) //
	}
	if err != nil {
		t.Fatal(err)
	}
	today := Day0 + 1
	due, err := s.DueWithin(ctx, today, 3, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 1 || due[0].ID != a.ID || due[0].Left != 2 {
		t.Errorf("due within 3 working days: %+v; want only %s, 2 days left", due, a.Dossier.Code())
	}
	due, _ = s.DueWithin(ctx, today, 10, store.Filter{Procedure: ProcLong})
	if len(due) != 1 || due[0].ID != b.ID {
		t.Errorf("due within 10 days, procedure %s: %+v", ProcLong, due)
	}
	due, _ = s.DueWithin(ctx, today, 10, store.Filter{Agency: "nobody"})
	if len(due) != 0 {
		t.Errorf("agency filter: %+v", due)
	}
	late, err := s.Overdue(ctx, today, store.Filter{Unit: Unit, Status: dossier.Received})
	if err != nil || len(late) != 1 || late[0].ID != c.ID || late[0].Left >= 0 {
		t.Errorf("overdue: %+v, %v; want %s", late, err, c.Dossier.Code())
	}
	paused, err := s.Paused(ctx, At(Day0+2, 11, 0), store.Filter{})
	if err != nil || len(paused) != 1 || paused[0].ID != d.ID || paused[0].For != 48*time.Hour || paused[0].WorkingDays != 2 {
		t.Errorf("paused: %+v, %v; want %s paused 48h, 2 working days", paused, err, d.Dossier.Code())
	}
	if _, err := s.DueWithin(ctx, today, 400, store.Filter{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("400 days: %v, want ErrInvalid", err)
	}
	if _, err := s.Overdue(ctx, today, store.Filter{Limit: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("limit -1: %v, want ErrInvalid", err)
	}
}

// The projection's report equals dossier.Report over the replayed dossiers.
func testReport(t *testing.T, open Open) {
	s := open(t)
	long, short := Procedure(t, ProcLong), Procedure(t, ProcShort)
	for i := 0; i < 30; i++ {
		p := short
		if i%3 == 0 {
			p = long
		}
		day := Day0 - 20 + date.Date(i)
		for !Schedule().Calendar().IsWorkingDay(day) {
			day++
		}
		r, err := s.Create(ctx, Header(p, i), "")
		if err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			if _, err := s.Apply(ctx, r, "", Refuse(At(day, 8, 30))); err != nil {
				t.Fatal(err)
			}
			continue
		}
		steps := []store.Command{Receive(At(day, 9, 0), p)}
		if i%2 == 0 {
			steps = append(steps, Transfer(At(day, 10, 0)), Decide(At(day+date.Date(i%9), 11, 0)))
		}
		if i%4 == 0 {
			steps = append(steps, Return(At(day+date.Date(i%9), 15, 0)))
		}
		for _, cmd := range steps {
			if r, err = s.Apply(ctx, r, "", cmd); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Pauses and restarts after a period's end (Fri 6 March: the period
	// [Day0-20, Day0+4)) must not change its figures (dossier.Report judges
	// them as of the end): a dossier due Thu 5 March and open at the end is
	// pending overdue even after an obligation requested on Mon 9 and paid
	// on Mon 16 March; supplements requested before the end are returned
	// after it (the clock restarts, Decree 61/2018/NĐ-CP Art. 19(4)).
	short2 := Procedure(t, ProcShort)
	late := received(t, s, short2, 100, At(Day0, 9, 0))        // due Thu 5 March
	restarted := received(t, s, short2, 101, At(Day0-3, 9, 0)) // Fri 27 February
	pausedAfter := received(t, s, short2, 102, At(Day0, 9, 30))
	for _, step := range []struct {
		r   *store.Record
		cmd store.Command
	}{
		{&late, Transfer(At(Day0, 10, 0))},
		{&late, RequestObligation(At(Day0+7, 9, 0))},
		{&late, PayObligation(At(Day0+14, 9, 0))},
		{&restarted, Transfer(At(Day0-3, 10, 0))},
		{&restarted, RequestSupplement(At(Day0+1, 9, 0))},
		{&restarted, Supplement(At(Day0+8, 9, 0))},
		{&pausedAfter, Transfer(At(Day0, 10, 0))},
		{&pausedAfter, RequestSupplement(At(Day0+2, 9, 0))},
		{&pausedAfter, Supplement(At(Day0+7, 9, 0))},
	} {
		r, err := s.Apply(ctx, *step.r, "", step.cmd)
		if err != nil {
			t.Fatal(err)
		}
		*step.r = r
	}
	end := dossier.Period{From: Day0 - 20, To: Day0 + 4}
	if want := foldReport(t, s, end); want.Total().PendingOverdue == 0 {
		t.Fatalf("%v: replay %+v; want the dossier due Thu 5 March pending overdue", end, want.Total())
	}
	for _, period := range []dossier.Period{{From: Day0 - 20, To: Day0}, end, {From: Day0 - 7, To: Day0 + 7}, {From: Day0 + 1, To: Day0 + 9}, {From: Day0 - 60, To: Day0 + 60}} {
		got, err := s.Report(ctx, period, store.GroupAgency)
		if err != nil {
			t.Fatal(err)
		}
		want := foldReport(t, s, period)
		if got.Total() != want.Total() {
			t.Errorf("%v: projection %+v, replay %+v", period, got.Total(), want.Total())
		}
		for k, f := range want.All() {
			if got.Get(k) != f {
				t.Errorf("%v %s: projection %+v, replay %+v", period, k, got.Get(k), f)
			}
		}
		for _, g := range []store.GroupBy{store.GroupNone, store.GroupUnit, store.GroupProcedure, store.GroupField, store.GroupChannel} {
			other, err := s.Report(ctx, period, g)
			if err != nil || other.Total() != got.Total() {
				t.Errorf("%v grouped by %d: %+v, %v; want the same total %+v", period, g, other.Total(), err, got.Total())
			}
		}
		twice, _ := s.Report(ctx, period, store.GroupAgency)
		if err := twice.Merge(got); err != nil || twice.Total() != got.Total().Merge(got.Total()) {
			t.Errorf("merge: %v", err)
		}
	}
	if _, err := s.Report(ctx, dossier.Period{From: Day0, To: Day0}, store.GroupNone); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty period: %v", err)
	}
	// Rows written before schema version 2 have due_moved_at unknown (the
	// migration's value): they are replayed, and they verify.
	if _, err := s.DB().ExecContext(ctx, `UPDATE dossiers SET due_moved_at = 9223372036854775807 WHERE received_day IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Report(ctx, end, store.GroupAgency); err != nil || got.Total() != foldReport(t, s, end).Total() {
		t.Errorf("rows of schema version 1: %+v, %v; want the replay's figures", got.Total(), err)
	}
	if _, err := s.Verify(ctx); err != nil {
		t.Errorf("rows of schema version 1: %v", err)
	}
}

// Rows edited, deleted or reordered behind the store's back are detected on
// load, naming the dossier and the event.
func testTamper(t *testing.T, open Open) {
	for _, tc := range []struct {
		name  string
		sql   string // %s is the dossier ID
		event int
	}{
		{"edited", `UPDATE events SET body = REPLACE(body, 'can-bo', 'ke-gian') WHERE dossier_id = '%s' AND seq = 3`, 3},
		{"deleted", `DELETE FROM events WHERE dossier_id = '%s' AND seq = 2`, 2},
		{"deleted last", `DELETE FROM events WHERE dossier_id = '%s' AND seq = 4`, 4},
		{"reordered", `UPDATE events SET seq = seq + 100 WHERE dossier_id = '%[1]s' AND seq IN (3, 4);
UPDATE events SET seq = 107 - seq WHERE dossier_id = '%[1]s' AND seq > 100`, 3},
		{"header edited", `UPDATE dossiers SET header = REPLACE(header, 'Nguyễn', 'Trần') WHERE id = '%s'`, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			p := Procedure(t, ProcLong)
			r := received(t, s, p, 1, At(Day0, 9, 0))
			var err error
			for _, cmd := range []store.Command{Transfer(At(Day0, 10, 0)), Decide(At(Day0+1, 10, 0))} {
				if r, err = s.Apply(ctx, r, "", cmd); err != nil {
					t.Fatal(err)
				}
			}
			for _, q := range strings.Split(fmt.Sprintf(tc.sql, r.ID), ";\n") {
				if _, err := s.DB().ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			_, err = s.Load(ctx, r.ID)
			var ie *store.IntegrityError
			if !errors.As(err, &ie) || !errors.Is(err, store.ErrIntegrity) || ie.Dossier != r.ID || ie.Event != tc.event {
				t.Fatalf("load: %v; want an IntegrityError naming %s event %d", err, r.ID, tc.event)
			}
			if _, err := s.Verify(ctx); !errors.Is(err, store.ErrIntegrity) {
				t.Errorf("verify: %v", err)
			}
		})
	}
}

// Export to JSON lines and import into another store gives the same
// dossiers; a second import stores nothing.
func testExportImport(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	var ids []string
	for i := 0; i < 5; i++ {
		r := received(t, s, p, i, At(Day0, 9, i))
		if i%2 == 0 {
			var err error
			if r, err = s.Apply(ctx, r, "", Transfer(At(Day0, 10, 0))); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, r.ID)
	}
	if _, err := s.Create(ctx, Header(p, 99), ""); err != nil { // not yet received
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := s.Export(ctx, &buf)
	if err != nil || n != 6 {
		t.Fatalf("export: %d, %v", n, err)
	}
	lines := buf.String()
	dst := open(t)
	if n, err := dst.Import(ctx, bytes.NewBufferString(lines)); err != nil || n != 6 {
		t.Fatalf("import: %d, %v", n, err)
	}
	if n, err := dst.Import(ctx, bytes.NewBufferString(lines)); err != nil || n != 0 {
		t.Fatalf("second import: %d, %v", n, err)
	}
	for _, id := range ids {
		a, _ := s.Load(ctx, id)
		b, err := dst.Load(ctx, id)
		if err != nil || !a.Dossier.Equal(b.Dossier) || a.Version != b.Version {
			t.Errorf("%s after import: %v", id, err)
		}
	}
	if _, err := dst.Verify(ctx); err != nil {
		t.Error(err)
	}
	// The counters came along: the next code follows the imported ones.
	r := received(t, dst, p, 50, At(Day0, 11, 0))
	if r.Dossier.Code() != Unit+"-260302-0006" {
		t.Errorf("next code after import: %s", r.Dossier.Code())
	}
	bad := bytes.Replace([]byte(lines), []byte(`Nguy`), []byte(`Ngui`), 1)
	if _, err := open(t).Import(ctx, bytes.NewReader(bad)); !errors.Is(err, store.ErrIntegrity) {
		t.Errorf("tampered line: %v, want ErrIntegrity", err)
	}
	if _, err := open(t).Import(ctx, bytes.NewBufferString("{\"id\":1}\n")); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("malformed line: %v, want ErrInvalid", err)
	}
}

// A database whose schema is newer than the program is refused.
func testSchemaTooNew(t *testing.T, open Open) {
	s := open(t)
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO motcua_schema (version) VALUES (99)`); err != nil {
		t.Fatal(err)
	}
	_, err := store.New(ctx, s.DB(), s.Dialect(), Schedule(), nil)
	var se *store.SchemaError
	if !errors.As(err, &se) || se.Found != 99 || se.Known != store.SchemaVersion || !errors.Is(err, store.ErrSchema) {
		t.Fatalf("newer schema: %v", err)
	}
	// The current schema opens again (migrations are idempotent).
	if _, err := s.DB().ExecContext(ctx, `DELETE FROM motcua_schema WHERE version = 99`); err != nil {
		t.Fatal(err)
	}
	if _, err := store.New(ctx, s.DB(), s.Dialect(), Schedule(), nil); err != nil {
		t.Fatal(err)
	}
}

// A local day off moves the due dates of open dossiers: the store lists
// them with the day that caused it, records the change, and refuses to load
// a dossier whose appointment would change silently.
func testCalendarChange(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	a := received(t, s, p, 1, At(Day0, 9, 0)) // due Thu 5 March
	dayOff := Day0 + 2                        // Wed 4 March, a provincial day off
	cal, err := holiday.Vietnam().Extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: dayOff, Kind: holiday.KindDayOff,
		NameVI: "Nghỉ theo quyết định của tỉnh", NameEN: "Provincial day off", Source: "test"}}})
	if err != nil {
		t.Fatal(err)
	}
	next, err := sla.NewSchedule(cal, nil)
	if err != nil {
		t.Fatal(err)
	}
	changes, err := s.DueChanges(ctx, next)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || changes[0].ID != a.ID || changes[0].New != changes[0].Old+1 || len(changes[0].Days) != 1 || changes[0].Days[0].Date != dayOff {
		t.Fatalf("changes: %+v; want %s one day later because of %s", changes, a.Dossier.Code(), dayOff)
	}
	moved := s.WithSchedule(next)
	if _, err := moved.Load(ctx, a.ID); !errors.Is(err, store.ErrCalendar) {
		t.Fatalf("load over the new calendar before recording: %v, want ErrCalendar", err)
	}
	r, err := moved.RecordDueChange(ctx, changes[0], At(Day0+1, 8, 0), Actor)
	if err != nil {
		t.Fatal(err)
	}
	got, err := moved.Load(ctx, a.ID)
	if err != nil || got.Dossier.Due() != changes[0].New || got.Version != r.Version {
		t.Fatalf("load after recording: %v, %v", got.Dossier.Due(), err)
	}
	var ce *store.CalendarError
	if _, err := s.Load(ctx, a.ID); !errors.As(err, &ce) {
		t.Errorf("load over the old calendar: %v, want a CalendarError", err)
	}
	if _, err := moved.Verify(ctx); err != nil {
		t.Error(err)
	}
	if n := changes[0].Notice(); !bytes.Contains([]byte(n), []byte("Nghỉ theo quyết định của tỉnh")) {
		t.Errorf("notice: %s", n)
	}
	// The change is a fact of the log: the notice can be written from it.
	recorded := got.DueChanges()
	if len(recorded) != 1 || recorded[0].Actor != Actor || !recorded[0].At.Equal(At(Day0+1, 8, 0)) || recorded[0].Old != changes[0].Old ||
		recorded[0].New != changes[0].New || recorded[0].Version != changes[0].Version || recorded[0].Notice() != changes[0].Notice() {
		t.Errorf("recorded changes: %+v; want the change listed, by %s at 08:00 on %s", recorded, Actor, Day0+1)
	}
	if rc := r.DueChanges(); len(rc) != 1 || rc[0].Notice() != changes[0].Notice() {
		t.Errorf("RecordDueChange's record: %+v", rc)
	}
}

// dayOffSchedule is the suite's schedule with a provincial day off on d.
func dayOffSchedule(t *testing.T, d date.Date) *sla.Schedule {
	t.Helper()
	cal, err := holiday.Vietnam().Extend(holiday.Spec{Days: []holiday.SpecialDay{{Date: d, Kind: holiday.KindDayOff,
		NameVI: "Nghỉ theo quyết định của tỉnh", NameEN: "Provincial day off", Source: "test"}}})
	if err != nil {
		t.Fatal(err)
	}
	next, err := sla.NewSchedule(cal, nil)
	if err != nil {
		t.Fatal(err)
	}
	return next
}

// A due date that moved after receipt — the clock restarted when the
// applicant returned the supplement (Decree 61/2018/NĐ-CP Art. 15(2)(c)
// as amended by Decree 107/2021/NĐ-CP) — is not changed silently by a
// later calendar either: received Mon 2 March (3 working days, appointment
// Thu 5), supplement requested and returned Wed 4, so due Mon 9; a day off
// on Fri 6 makes it Tue 10, and loading over that calendar before the
// change is recorded is a *CalendarError about the due date.
func testCalendarChangeAfterRestart(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	r := received(t, s, p, 1, At(Day0, 9, 0))
	var err error
	for _, cmd := range []store.Command{Transfer(At(Day0, 10, 0)), RequestSupplement(At(Day0+2, 9, 0)), Supplement(At(Day0+2, 14, 0))} {
		if r, err = s.Apply(ctx, r, "", cmd); err != nil {
			t.Fatal(err)
		}
	}
	if r.Dossier.Due() != Day0+7 {
		t.Fatalf("due %s after the supplement, want %s", r.Dossier.Due(), Day0+7)
	}
	moved := s.WithSchedule(dayOffSchedule(t, Day0+4))
	_, err = moved.Load(ctx, r.ID)
	var ce *store.CalendarError
	if !errors.As(err, &ce) || !errors.Is(err, store.ErrCalendar) || ce.Dossier != r.ID || ce.Recorded != Day0+7 || ce.Computed != Day0+8 {
		t.Fatalf("load over the new calendar before recording: %v; want a CalendarError: due %s recorded, %s computed", err, Day0+7, Day0+8)
	}
	changes, err := s.DueChanges(ctx, moved.Schedule())
	if err != nil || len(changes) != 1 || changes[0].Old != Day0+7 || changes[0].New != Day0+8 {
		t.Fatalf("changes: %+v, %v", changes, err)
	}
	if _, err := moved.RecordDueChange(ctx, changes[0], At(Day0+3, 8, 0), Actor); err != nil {
		t.Fatal(err)
	}
	got, err := moved.Load(ctx, r.ID)
	if err != nil || got.Dossier.Due() != Day0+8 {
		t.Fatalf("load after recording: due %s, %v; want %s", got.Dossier.Due(), err, Day0+8)
	}
	if _, err := moved.Verify(ctx); err != nil {
		t.Error(err)
	}
}

// A change recorded on a store over another calendar than the one it was
// listed for (here the old one) is refused: nothing is written, and the
// dossier still loads over the old calendar.
func testCalendarChangeOnOldStore(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	a := received(t, s, p, 1, At(Day0, 9, 0)) // due Thu 5 March
	next := dayOffSchedule(t, Day0+2)
	changes, err := s.DueChanges(ctx, next)
	if err != nil || len(changes) != 1 {
		t.Fatalf("changes: %+v, %v", changes, err)
	}
	_, err = s.RecordDueChange(ctx, changes[0], At(Day0+1, 8, 0), Actor)
	var ce *store.CalendarError
	if !errors.As(err, &ce) || !errors.Is(err, store.ErrCalendar) || ce.Dossier != a.ID {
		t.Fatalf("recorded on the old store: %v; want a CalendarError", err)
	}
	got, err := s.Load(ctx, a.ID)
	if err != nil || got.Version != a.Version || got.Dossier.Due() != a.Dossier.Due() {
		t.Fatalf("after the refusal: v%d due %s, %v; want v%d due %s", got.Version, got.Dossier.Due(), err, a.Version, a.Dossier.Due())
	}
	if _, err := s.Verify(ctx); err != nil {
		t.Error(err)
	}
}

// foldReport is dossier.Report by agency over every dossier of s that
// counts for period p, replayed.
func foldReport(tb interface {
	Helper()
	Fatal(...any)
}, s *store.Store, p dossier.Period) *dossier.Report[string] {
	tb.Helper()
	want, err := dossier.NewReport(p, dossier.ByAgency)
	if err != nil {
		tb.Fatal(err)
	}
	if err := store.Fold(ctx, s, want); err != nil {
		tb.Fatal(err)
	}
	return want
}

// testReportLaw: for random dossiers moved by random commands at random
// instants (pauses, restarts, results and refusals falling before, on and
// after a period's end), Store.Report, read from the projection, equals
// dossier.Report over the same dossiers replayed, for random periods.
func testReportLaw(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	n := 0
	rapid.Check(t, func(rt *rapid.T) {
		rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(rt, "seed"), 2))
		for i := rapid.IntRange(1, 3).Draw(rt, "dossiers"); i > 0; i-- {
			n++
			r, err := s.Create(ctx, Header(p, 1000+n), "")
			if err != nil {
				rt.Fatal(err)
			}
			now := At(Day0-date.Date(rapid.IntRange(0, 20).Draw(rt, "first")), 8, 0)
			for step := rapid.IntRange(0, 8).Draw(rt, "steps"); step > 0; step-- {
				now = now.Add(time.Duration(rapid.IntRange(30, 5*24*60).Draw(rt, "minutes")) * time.Minute)
				cmd := Mixed(rng, r, now, p)
				if cmd == nil {
					break
				}
				next, err := s.Apply(ctx, r, "", cmd)
				if err != nil {
					if errors.Is(err, store.ErrRefused) {
						continue
					}
					rt.Fatal(err)
				}
				r = next
			}
		}
		from := Day0 - date.Date(rapid.IntRange(-10, 30).Draw(rt, "from"))
		period := dossier.Period{From: from, To: from + date.Date(rapid.IntRange(1, 30).Draw(rt, "days"))}
		got, err := s.Report(ctx, period, store.GroupAgency)
		if err != nil {
			rt.Fatal(err)
		}
		want := foldReport(rt, s, period)
		if got.Total() != want.Total() {
			rt.Fatalf("%v: projection %+v, replay %+v", period, got.Total(), want.Total())
		}
	})
}

// A projection row edited behind the store's back is named by Verify with
// the column and both values, briefly.
func testProjectionTamper(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcLong)
	r := received(t, s, p, 1, At(Day0, 9, 0))
	if _, err := s.DB().ExecContext(ctx, fmt.Sprintf(`UPDATE dossiers SET agency = 'khac' WHERE id = '%s'`, r.ID)); err != nil {
		t.Fatal(err)
	}
	_, err := s.Verify(ctx)
	var ie *store.IntegrityError
	if !errors.As(err, &ie) || !errors.Is(err, store.ErrIntegrity) || ie.Dossier != r.ID || ie.Column != "agency" {
		t.Fatalf("verify: %v; want an IntegrityError naming %s's column agency", err, r.ID)
	}
	if msg := err.Error(); len(msg) > 160 || !strings.Contains(msg, "projection agency") || !strings.Contains(msg, "khac") || strings.Contains(msg, "{") {
		t.Errorf("message %q: want a short one naming the column and both values", msg)
	}
}
