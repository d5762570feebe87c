package dossier_test

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Event instants outside the calendar's span are refused by every command
// and by Replay, as the clock already refuses them (issue 12.9): a dossier
// with such an event could not be marshalled any more.
func TestInstantsOutsideTheSpan(t *testing.T) {
	far := []time.Time{
		time.Date(10000, 1, 1, 9, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 9, 0, 0, 0, time.UTC),
		time.Date(1899, 12, 31, 9, 0, 0, 0, time.UTC),
		time.Date(2200, 1, 1, 9, 0, 0, 0, time.UTC),
	}
	opened := open(t, header(directCh, complete(true)))
	online := open(t, header(onlineCh, complete(true)))
	d := transferred(t, directCh, mar2, mar2.Add(time.Hour), tenDays)
	r := received(t, directCh, mar2, tenDays)
	done := must(t)(d.Decide(mar2.Add(2*time.Hour), testActor, true, ""))
	for _, now := range far {
		cmds := map[string]func() (dossier.Dossier, dossier.Dossier, error){
			"Submit": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := online.Submit(now, testActor)
				return online, g, err
			},
			"Receive": func() (dossier.Dossier, dossier.Dossier, error) {
				g, _, err := opened.Receive(now, testActor, testProc(t, tenDays), &dossier.MemorySequencer{})
				return opened, g, err
			},
			"Refuse": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := opened.Refuse(now, testActor, []string{"x"})
				return opened, g, err
			},
			"Transfer": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := r.Transfer(now, testActor)
				return r, g, err
			},
			"RequestSupplement": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := d.RequestSupplement(now, testActor, []string{"x"}, "")
				return d, g, err
			},
			"RequestObligation": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := d.RequestObligation(now, testActor, decimal.NewFromInt(1000))
				return d, g, err
			},
			"Apologise": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := d.Apologise(now, testActor, d.Due()+3, testReason)
				return d, g, err
			},
			"Decide": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := d.Decide(now, testActor, true, "")
				return d, g, err
			},
			"Return": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := done.Return(now, testActor)
				return done, g, err
			},
			"RequestWithdrawal": func() (dossier.Dossier, dossier.Dossier, error) {
				g, err := d.RequestWithdrawal(now, testActor, testReason)
				return d, g, err
			},
		}
		for name, cmd := range cmds {
			before, after, err := cmd()
			if now.Year() > 2025 || name == "Submit" || name == "Receive" || name == "Refuse" {
				refused(t, before, after, err, dossier.ErrInvalid)
				assert.ErrorIs(t, err, holiday.ErrOutOfSpan, "%s at %s", name, now)
			} else {
				// Before the last event: refused too, whatever the reason.
				refused(t, before, after, err, err)
			}
		}
		// Replay of a log with a forged instant.
		events := d.Events()
		events[len(events)-1].At = now
		_, err := dossier.Replay(d.Header(), events, sched())
		var re *dossier.ReplayError
		require.ErrorAs(t, err, &re, "%s", now)
		assert.Equal(t, len(events)-1, re.Index)
		assertContract(t, err)
	}
}

// Every command with an empty actor is refused (issue 12.22): the log
// records who acted (the control slip, form 05, names each official).
func TestEmptyActorRefused(t *testing.T) {
	d := transferred(t, directCh, mar2, mar2.Add(time.Hour), tenDays)
	for _, actor := range []string{"", "  ", "\t"} {
		got, err := d.Decide(mar2.Add(2*time.Hour), actor, true, "")
		refused(t, d, got, err, dossier.ErrInvalid)
		got, err = d.RequestSupplement(mar2.Add(2*time.Hour), actor, []string{"x"}, "")
		refused(t, d, got, err, dossier.ErrInvalid)
	}
	o := open(t, header(directCh, complete(true)))
	got, _, err := o.Receive(mar2, "", testProc(t, tenDays), &dossier.MemorySequencer{})
	refused(t, o, got, err, dossier.ErrInvalid)
	got, err = d.Decide(mar2.Add(2*time.Hour), strings.Repeat("x", dossier.MaxText+1), true, "")
	refused(t, d, got, err, dossier.ErrTooLarge)
}

// longLog returns a received, transferred dossier whose log holds n events
// (n even, at least 2): obligations requested and paid.
func longLog(t testing.TB, n int) dossier.Dossier {
	d := transferred(t, directCh, mar2, mar2.Add(time.Minute), tenDays)
	now := mar2.Add(time.Minute)
	events := d.Events()
	for len(events) < n {
		now = now.Add(time.Second)
		events = append(events, dossier.Event{Kind: dossier.EventObligationRequested, At: now, Actor: testActor, Amount: decimal.NewFromInt(1000)})
		now = now.Add(time.Second)
		events = append(events, dossier.Event{Kind: dossier.EventObligationPaid, At: now, Actor: testActor})
	}
	out, err := dossier.Replay(d.Header(), events[:n], sched())
	require.NoError(t, err)
	return out
}

// A dossier's log holds at most MaxEvents events: commands and Replay
// refuse more with ErrTooLarge (issue 12.8).
func TestMaxEvents(t *testing.T) {
	full := longLog(t, dossier.MaxEvents)
	last := full.Events()[dossier.MaxEvents-1].At
	got, err := full.RequestObligation(last.Add(time.Minute), testActor, decimal.NewFromInt(5))
	refused(t, full, got, err, dossier.ErrTooLarge)

	events := append(full.Events(), dossier.Event{Kind: dossier.EventObligationRequested, At: last.Add(time.Minute), Actor: testActor, Amount: decimal.NewFromInt(5)})
	_, err = dossier.Replay(full.Header(), events, sched())
	require.ErrorIs(t, err, dossier.ErrTooLarge)
	var re *dossier.ReplayError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, dossier.MaxEvents, re.Index)
	assertContract(t, err)

	// One below the limit, a command is accepted.
	short := longLog(t, dossier.MaxEvents-2)
	_, err = short.RequestObligation(last.Add(time.Minute), testActor, decimal.NewFromInt(5))
	require.NoError(t, err)
}

var _ = errors.Is

// A command on a long loaded log appends without copying the log (issue
// 12.8: the first command on a 1 M-event log copied 368 MB).
func TestCommandOnLongLogDoesNotCopyIt(t *testing.T) {
	d := longLog(t, dossier.MaxEvents-2)
	now := d.Events()[dossier.MaxEvents-3].At.Add(time.Minute)
	var before, after runtime.MemStats
	const runs = 20
	runtime.ReadMemStats(&before)
	for range runs {
		if _, err := d.Decide(now, testActor, true, ""); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	perOp := int64(after.TotalAlloc-before.TotalAlloc) / runs
	logBytes := int64(dossier.MaxEvents) * int64(unsafe.Sizeof(dossier.Event{}))
	assert.Less(t, perOp, logBytes/4, "a command allocates %d bytes on a log of %d events (%d bytes)", perOp, dossier.MaxEvents-2, logBytes)
}

// A refused command names itself by its method, whether refused by the
// command or, for the same event, by Replay.
func TestCommandErrorNamesTheMethod(t *testing.T) {
	d := transferred(t, directCh, mar2, mar2.Add(time.Hour), tenDays)
	_, err := d.Return(mar2.Add(2*time.Hour), testActor)
	var ce *dossier.CommandError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "Return", ce.Command)
	_, err = d.RequestObligation(mar2.Add(-time.Hour), testActor, decimal.NewFromInt(5))
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "RequestObligation", ce.Command)
}
