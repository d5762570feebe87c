package dossier_test

import (
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

var (
	benchSinkDossier dossier.Dossier
	benchSinkFigures dossier.Figures
)

// BenchmarkReceive receives a complete paper dossier: the intake check, the
// code and the deadline (target ≤ 2 µs, DESIGN.md / issue 6).
func BenchmarkReceive(b *testing.B) {
	p := testProc(b, threeDays)
	d := open(b, header(directCh, complete(true)))
	seq := &countingSequencer{} // 1…9999 and round again: a MemorySequencer would run out
	instants := make([]time.Time, 256)
	for i := range instants { // 2026 working and rest days, all hours
		instants[i] = at(2026, time.January, 5, 8, 0).Add(time.Duration(i) * 7 * time.Hour)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		out, _, err := d.Receive(instants[i&255], testActor, p, seq)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDossier = out
	}
}

// BenchmarkReceiveMemorySequencer is BenchmarkReceive with the in-memory
// sequencer (a mutex and a map).
func BenchmarkReceiveMemorySequencer(b *testing.B) {
	p := testProc(b, threeDays)
	d := open(b, header(directCh, complete(true)))
	var seq *dossier.MemorySequencer
	start := at(2026, time.January, 1, 9, 0)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		// 9,999 receipts a day over 2026; a fresh sequencer for each pass.
		if i%(9999*365) == 0 {
			seq = &dossier.MemorySequencer{}
		}
		now := start.Add(time.Duration(i/9999%365) * 24 * time.Hour)
		out, _, err := d.Receive(now, testActor, p, seq)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDossier = out
	}
}

// replay100 is a realistic log of 100 events: receipt, transfer, 48
// obligation pause/resume pairs over the following weeks, a decision and
// the return.
func replay100(tb testing.TB) (dossier.Header, []dossier.Event) {
	now := at(2026, time.March, 2, 8, 0)
	d := transferred(tb, directCh, now, now.Add(time.Minute), sla.WorkingDays(15))
	for i := range 48 {
		now = now.Add(3 * time.Hour)
		d = must(tb)(d.RequestObligation(now, testActor, decimal.NewFromInt(int64(1000*(i+1)))))
		now = now.Add(5 * time.Hour)
		d = must(tb)(d.PayObligation(now, "cong-dan"))
	}
	d = must(tb)(d.Decide(now.Add(time.Hour), testActor, true, ""))
	d = must(tb)(d.Return(now.Add(2*time.Hour), testActor))
	if len(d.Events()) != 100 {
		tb.Fatalf("%d events", len(d.Events()))
	}
	return d.Header(), d.Events()
}

// BenchmarkReplay100 folds 100 events (target ≤ 10 µs). Replay owns the
// slice it is given; handing it the same events again is sound here only
// because a successful Replay leaves them as they were (their instants
// already in the schedule's zone) and the dossiers are thrown away.
func BenchmarkReplay100(b *testing.B) {
	benchReplay(b, func(e []dossier.Event) []dossier.Event { return e })
}

// BenchmarkReplay100Copy is BenchmarkReplay100 for a caller that keeps its
// events: it pays for slices.Clone (100 events of about 180 bytes, and the
// garbage collector's share of them).
func BenchmarkReplay100Copy(b *testing.B) { benchReplay(b, slices.Clone[[]dossier.Event]) }

func benchReplay(b *testing.B, hand func([]dossier.Event) []dossier.Event) {
	h, events := replay100(b)
	s := sched()
	b.ReportAllocs()
	for b.Loop() {
		d, err := dossier.Replay(h, hand(events), s)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDossier = d
	}
}

// reportPool builds n dossiers over 2025–2026 in every state a report
// distinguishes, on every channel, at ten agencies.
func reportPool(tb testing.TB, n int) []dossier.Dossier {
	procs := map[sla.Limit]procedure.Procedure{}
	limits := []sla.Limit{threeDays, tenDays, sla.WorkingDays(5), sla.CalendarDays(30)}
	for _, l := range limits {
		procs[l] = testProc(tb, l)
	}
	agencies := []string{"so-tu-phap", "so-xay-dung", "cong-an-tinh", "ubnd-xa-1", "ubnd-xa-2", "ubnd-xa-3", "so-tnmt", "so-gddt", "so-yte", "so-ldtbxh"}
	seq := &countingSequencer{}
	out := make([]dossier.Dossier, 0, n)
	base := at(2025, time.November, 3, 8, 0)
	for i := range n {
		ch := procedure.Channels()[i%4]
		h := header(ch, complete(true))
		h.Agency = agencies[i%len(agencies)]
		d := open(tb, h)
		recv := base.Add(time.Duration(i%(120*24)) * time.Hour).Add(time.Duration(i%7) * time.Minute)
		if i%23 == 0 {
			out = append(out, must(tb)(d.Refuse(recv, testActor, []string{"Sai thẩm quyền"})))
			continue
		}
		l := limits[i%len(limits)]
		d, _, err := d.Receive(recv, testActor, procs[l], seq)
		if err != nil {
			tb.Fatal(err)
		}
		d = must(tb)(d.Transfer(recv.Add(time.Minute), testActor))
		switch i % 6 {
		case 0, 1, 2: // resolved, early to late
			d = must(tb)(d.Decide(recv.Add(time.Hour+time.Duration(i%13)*24*time.Hour), testActor, i%5 != 0, "Không đủ điều kiện"))
		case 3:
			d = must(tb)(d.RequestWithdrawal(recv.Add(48*time.Hour), "cong-dan", ""))
			d = must(tb)(d.Stop(recv.Add(50*time.Hour), testActor, ""))
		default: // pending
		}
		out = append(out, d)
	}
	return out
}

// BenchmarkReportMillion adds one million dossiers (a pool of 10,000) to a
// report by agency (target ≤ 300 ms per op, one core).
func BenchmarkReportMillion(b *testing.B) {
	pool := reportPool(b, 10_000)
	period := dossier.Period{From: day(2026, time.January, 1), To: day(2026, time.February, 1)}
	b.ReportAllocs()
	for b.Loop() {
		r := rep(dossier.NewReport(period, dossier.ByAgency))
		for i := range 1_000_000 {
			r.Add(pool[i%len(pool)])
		}
		benchSinkFigures = r.Total()
	}
}

// BenchmarkCommandOnLongLog runs a command on a replayed log of MaxEvents-2
// events: it appends without copying the log.
func BenchmarkCommandOnLongLog(b *testing.B) {
	d := longLog(b, dossier.MaxEvents-2)
	now := d.Events()[dossier.MaxEvents-3].At.Add(time.Minute)
	b.ReportAllocs()
	for b.Loop() {
		out, err := d.Decide(now, testActor, true, "")
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDossier = out
	}
}
