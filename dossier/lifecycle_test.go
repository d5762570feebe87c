package dossier_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// The scenario of DESIGN.md: a paper dossier received at 16:40 on the
// Friday before Tết 2026 (holiday 14–22 February) for a "03 ngày làm việc"
// procedure is due on Wednesday 25 February, and is coded with the unit,
// the day and the first number of the day (form 01; Decree 61/2018/NĐ-CP
// Art. 17(3), 26; Circular 01/2018/TT-VPCP Art. 19).
func TestReceiveFridayBeforeTet(t *testing.T) {
	for _, ch := range procedure.Channels() {
		t.Run(ch.String(), func(t *testing.T) {
			now := at(2026, time.February, 13, 16, 40)
			d := received(t, ch, now, threeDays)
			assert.Equal(t, dossier.Received, d.Status())
			assert.Equal(t, dossier.Code("000.00.36.H57-260213-0001"), d.Code())
			assert.Equal(t, day(2026, time.February, 25), d.Due())
			assert.Equal(t, day(2026, time.February, 13), d.Timeline().Deadline().ReceiptDay())
			assert.Equal(t, dossier.Regime2025(), d.Regime())
			assert.Equal(t, sla.OutcomeUnknown, d.Outcome())
			_, _, ok := d.Result()
			assert.False(t, ok)
			assert.Zero(t, d.Supplements())
			assert.Equal(t, dossier.Flags{}, d.Flags())

			ev := d.Events()[len(d.Events())-1]
			assert.Equal(t, dossier.EventReceived, ev.Kind)
			assert.True(t, ev.At.Equal(now))
			assert.Equal(t, testActor, ev.Actor)
			assert.Equal(t, d.Code(), ev.Code)
			assert.Equal(t, threeDays, ev.Limit)
		})
	}
}

// Receipt uses the committed (shortened) limit when the province has one,
// and the procedure's same-day cut-off (Decree 23/2015/NĐ-CP Art. 21).
func TestReceiveCommittedLimitAndCutoff(t *testing.T) {
	spec := procSpec(tenDays)
	for i := range spec.Channels {
		spec.Channels[i].Committed = sla.WorkingDays(7)
	}
	p, err := procedure.New(spec)
	require.NoError(t, err)
	d := open(t, header(directCh, complete(true)))
	got, _, err := d.Receive(at(2026, time.March, 2, 9, 0), testActor, p, &dossier.MemorySequencer{})
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.March, 11), got.Due(), "7 working days after Monday 2 March")

	spec = procSpec(sla.SameDay())
	spec.Cutoff = fifteen
	p, err = procedure.New(spec)
	require.NoError(t, err)
	for _, tt := range []struct {
		now  time.Time
		want time.Time
	}{
		{at(2026, time.March, 2, 14, 59), at(2026, time.March, 2, 0, 0)},
		{at(2026, time.March, 2, 15, 0), at(2026, time.March, 3, 0, 0)}, // from 15:00: the next working day
	} {
		got, _, err := d.Receive(tt.now, testActor, p, &dossier.MemorySequencer{})
		require.NoError(t, err)
		assert.Equal(t, day(tt.want.Date()), got.Due(), "received %s", tt.now)
		assert.Equal(t, tt.now.Format("060102"), string(got.Code())[len(testUnit)+1:len(testUnit)+7], "the code carries the receipt date")
	}
}

// An incomplete dossier is not received: ErrIncomplete, with the Intake
// listing what to add, and no clock runs (Decree 61/2018/NĐ-CP Art.
// 17(1)(a)).
func TestReceiveIncomplete(t *testing.T) {
	filed := []dossier.Filed{{Name: compBirthCert, Originals: 1, Digitised: true}}
	d := open(t, header(directCh, filed))
	got, in, err := d.Receive(at(2026, time.March, 2, 9, 0), testActor, testProc(t, threeDays), &dossier.MemorySequencer{})
	refused(t, d, got, err, dossier.ErrIncomplete)
	assert.False(t, in.Complete())
	assert.Equal(t, []string{compForm, compIDCard}, names(in.Missing))
	assert.Equal(t, []string{compBirthCert}, shortNames(in.Short))
	assert.Len(t, in.ToAdd(), 3)
	assert.False(t, got.Timeline().IsValid(), "no clock runs")
	assert.Empty(t, got.Code())
	assert.Equal(t, dossier.StatusUnknown, got.Status())
}

// Under the 2025 regime paper is digitised at receipt (Decree
// 118/2025/NĐ-CP Art. 17(1)(c)); not under 2018; online dossiers are
// already electronic (Circular 03/2025/TT-VPCP Art. 5(2)).
func TestReceiveDigitisation(t *testing.T) {
	p := testProc(t, threeDays)
	tests := []struct {
		name string
		ch   procedure.Channel
		now  time.Time
		ok   bool
	}{
		{"2025 direct", directCh, at(2025, time.July, 1, 8, 0), false},
		{"2025 postal", postalCh, at(2026, time.March, 2, 9, 0), false},
		{"2018 direct, last day", directCh, at(2025, time.June, 30, 16, 0), true},
		{"2025 online", onlineCh, at(2026, time.March, 2, 9, 0), true},
		{"2025 online partial", procedure.ChannelOnlinePartial, at(2026, time.March, 2, 9, 0), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := open(t, header(tt.ch, complete(false)))
			got, in, err := d.Receive(tt.now, testActor, p, &dossier.MemorySequencer{})
			assert.True(t, in.Complete() || err != nil)
			if tt.ok {
				require.NoError(t, err)
				assert.Equal(t, dossier.Received, got.Status())
				return
			}
			refused(t, d, got, err, dossier.ErrRule)
			assert.Contains(t, err.Error(), "118/2025")
		})
	}
}

// BUG pin: documents only shown at the counter (xuất trình) need no
// electronic copy (Circular 03/2025/TT-VPCP Art. 5(2)): a 2025 paper dossier whose only undigitised document is the
// identity card shown is received.
func TestReceivePresentOnlyNeedsNoDigitisation(t *testing.T) {
	filed := complete(true)
	filed[2].Digitised = false // the identity card, present only
	d := open(t, header(directCh, filed))
	got, _, err := d.Receive(at(2026, time.March, 2, 9, 0), testActor, testProc(t, threeDays), &dossier.MemorySequencer{})
	require.NoError(t, err)
	assert.Equal(t, dossier.Received, got.Status())
}

func TestReceiveRefused(t *testing.T) {
	now := at(2026, time.March, 2, 9, 0)
	p := testProc(t, threeDays)
	d := open(t, header(directCh, complete(true)))

	// A procedure other than the dossier's.
	spec := procSpec(threeDays)
	spec.Code = "1.000001"
	other, err := procedure.New(spec)
	require.NoError(t, err)
	got, _, err := d.Receive(now, testActor, other, &dossier.MemorySequencer{})
	refused(t, d, got, err, dossier.ErrInvalid)
	got, _, err = d.Receive(now, testActor, procedure.Procedure{}, &dossier.MemorySequencer{})
	refused(t, d, got, err, dossier.ErrInvalid)

	// A channel the procedure does not offer.
	spec = procSpec(threeDays)
	spec.Channels = spec.Channels[2:] // online only
	onlineOnly, err := procedure.New(spec)
	require.NoError(t, err)
	got, _, err = d.Receive(now, testActor, onlineOnly, &dossier.MemorySequencer{})
	refused(t, d, got, err, dossier.ErrRule)

	// No sequencer.
	got, _, err = d.Receive(now, testActor, p, nil)
	refused(t, d, got, err, dossier.ErrInvalid)

	// Received twice.
	r := must(t)(func() (dossier.Dossier, error) {
		x, _, err := d.Receive(now, testActor, p, &dossier.MemorySequencer{})
		return x, err
	}())
	got, _, err = r.Receive(now.Add(time.Minute), testActor, p, &dossier.MemorySequencer{})
	refused(t, r, got, err, dossier.ErrTransition)
}

// Submit is for online dossiers only (Decree 61/2018/NĐ-CP Art. 16, 17(2)).
func TestSubmit(t *testing.T) {
	now := at(2026, time.March, 2, 21, 0)
	d := open(t, header(onlineCh, complete(false)))
	s := must(t)(d.Submit(now, "cong-dvcqg"))
	assert.Equal(t, dossier.Registered, s.Status())
	assert.Equal(t, dossier.Regime2025(), s.Regime())
	assert.Empty(t, s.Code())
	assert.False(t, s.Timeline().IsValid())
	got, err := s.Submit(now, "cong-dvcqg")
	refused(t, s, got, err, dossier.ErrTransition)

	p := open(t, header(directCh, complete(true)))
	got, err = p.Submit(now, "x")
	refused(t, p, got, err, dossier.ErrRule)

	// Received the next morning: R is the receipt day, not the filing day.
	r, _, err := s.Receive(at(2026, time.March, 3, 8, 0), testActor, testProc(t, threeDays), &dossier.MemorySequencer{})
	require.NoError(t, err)
	assert.Equal(t, dossier.Code("000.00.36.H57-260303-0001"), r.Code())
	assert.Equal(t, day(2026, time.March, 6), r.Due())
}

// BUG pin: the regime is chosen by the receipt date (Decree 118/2025/NĐ-CP
// Art. 1 and RegimeOn's doc): an online dossier filed on 30
// June 2025 and received on 1 July 2025 is governed by Decree 118/2025.
func TestRegimeChosenAtReceipt(t *testing.T) {
	d := open(t, header(onlineCh, complete(false)))
	d = must(t)(d.Submit(at(2025, time.June, 30, 22, 0), "cong-dvcqg"))
	r, _, err := d.Receive(at(2025, time.July, 1, 8, 0), testActor, testProc(t, threeDays), &dossier.MemorySequencer{})
	require.NoError(t, err)
	assert.Equal(t, dossier.Regime2025(), r.Regime())
}

// Refusal at intake states its reasons (form 03; Decree 61/2018/NĐ-CP Art.
// 17(1)(b)).
func TestRefuse(t *testing.T) {
	now := at(2026, time.March, 2, 9, 0)
	d := open(t, header(directCh, nil))
	got, err := d.Refuse(now, testActor, nil)
	refused(t, d, got, err, dossier.ErrInvalid)
	got, err = d.Refuse(now, testActor, []string{})
	refused(t, d, got, err, dossier.ErrInvalid)

	r := must(t)(d.Refuse(now, testActor, []string{"Không thuộc thẩm quyền"}))
	assert.Equal(t, dossier.NotReceived, r.Status())
	assert.True(t, r.Status().IsFinal())
	assert.Empty(t, r.Code())
	got, err = r.Refuse(now, testActor, []string{"x"})
	refused(t, r, got, err, dossier.ErrTransition)

	// An online filing is refused too; a received dossier is not.
	o := must(t)(open(t, header(onlineCh, nil)).Submit(now, "cong"))
	assert.Equal(t, dossier.NotReceived, must(t)(o.Refuse(now, testActor, []string{"Sai thẩm quyền"})).Status())
	rc := received(t, directCh, now, threeDays)
	got, err = rc.Refuse(now, testActor, []string{"x"})
	refused(t, rc, got, err, dossier.ErrTransition)
}

// Transfer to the competent agency: paper the same working day, or at the
// start of the next one when received from 15:00; online at once (Decree
// 61/2018/NĐ-CP Art. 18; 118/2025 Art. 18 repeats it).
func TestTransferLateFlag(t *testing.T) {
	tests := []struct {
		name     string
		ch       procedure.Channel
		received time.Time
		transfer time.Time
		late     bool
	}{
		{"paper before 15:00, same day", directCh, at(2026, time.February, 12, 10, 0), at(2026, time.February, 12, 16, 30), false},
		{"paper before 15:00, next day", directCh, at(2026, time.February, 12, 10, 0), at(2026, time.February, 13, 8, 0), true},
		{"postal at 14:59, next day", postalCh, at(2026, time.February, 12, 14, 59), at(2026, time.February, 13, 8, 0), true},
		{"paper at 15:00, next day", directCh, at(2026, time.February, 12, 15, 0), at(2026, time.February, 13, 8, 0), false},
		{"paper after 15:00, next day", directCh, at(2026, time.February, 12, 15, 30), at(2026, time.February, 13, 10, 0), false},
		{"paper after 15:00, same day", directCh, at(2026, time.February, 12, 15, 30), at(2026, time.February, 12, 16, 0), false},
		{"paper after 15:00, two days later", directCh, at(2026, time.February, 12, 15, 30), at(2026, time.February, 23, 8, 0), true},
		{"paper Friday before Tết 16:40, first day after Tết", directCh, at(2026, time.February, 13, 16, 40), at(2026, time.February, 23, 8, 0), false},
		{"paper Friday before Tết 16:40, second day after Tết", directCh, at(2026, time.February, 13, 16, 40), at(2026, time.February, 24, 8, 0), true},
		{"online, same day", onlineCh, at(2026, time.February, 13, 16, 40), at(2026, time.February, 13, 16, 45), false},
		{"online, after R", onlineCh, at(2026, time.February, 13, 16, 40), at(2026, time.February, 23, 8, 0), true},
		{"online on Saturday, R is Monday", onlineCh, at(2026, time.February, 14, 10, 0), at(2026, time.February, 23, 9, 0), false},
		{"2018 paper after 15:00, next day", directCh, at(2025, time.June, 26, 15, 10), at(2025, time.June, 27, 8, 0), false},
		{"2018 paper after 15:00, after the weekend", directCh, at(2025, time.June, 26, 15, 10), at(2025, time.June, 30, 8, 0), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := received(t, tt.ch, tt.received, threeDays)
			d, err := r.Transfer(tt.transfer, testActor)
			require.NoError(t, err)
			assert.Equal(t, dossier.Processing, d.Status())
			assert.Equal(t, tt.late, d.Flags().LateTransfer)
			assert.Equal(t, r.Due(), d.Due(), "a transfer does not move the due date")
			ev := d.Events()[len(d.Events())-1]
			assert.Equal(t, dossier.EventTransferred, ev.Kind)
			assert.Equal(t, testAgency, ev.Agency)
		})
	}
}

func TestTransferRefused(t *testing.T) {
	now := at(2026, time.March, 2, 9, 0)
	d := open(t, header(directCh, complete(true)))
	got, err := d.Transfer(now, testActor)
	refused(t, d, got, err, dossier.ErrTransition)
	p := transferred(t, directCh, now, now.Add(time.Hour), threeDays)
	got, err = p.Transfer(now.Add(2*time.Hour), testActor)
	refused(t, p, got, err, dossier.ErrTransition)
	// Before the receipt: events are in order.
	r := received(t, directCh, now, threeDays)
	got, err = r.Transfer(now.Add(-time.Minute), testActor)
	refused(t, r, got, err, dossier.ErrRule)
}

// Received Monday 2 March 2026 09:00 with 10 working days: due Monday 16
// March; transferred at once.
var (
	mar2     = at(2026, time.March, 2, 9, 0)
	mar2Due  = day(2026, time.March, 16)
	tenOnMar = func(t testing.TB) dossier.Dossier {
		return transferred(t, directCh, mar2, mar2.Add(time.Hour), tenDays)
	}
)

// A supplement during appraisal is requested within 3 working days of
// receipt (Decree 61/2018/NĐ-CP Art. 19(4)).
func TestRequestSupplementNotice(t *testing.T) {
	d := tenOnMar(t)
	require.Equal(t, mar2Due, d.Due())
	items := []string{"Giấy chứng sinh: bản sao có chứng thực"}
	for _, now := range []time.Time{at(2026, time.March, 2, 16, 0), at(2026, time.March, 5, 16, 59)} {
		s, err := d.RequestSupplement(now, testActor, items, testReason)
		require.NoError(t, err, "%s", now)
		assert.Equal(t, dossier.SupplementRequested, s.Status())
		assert.Equal(t, 1, s.Supplements())
		assert.True(t, s.Timeline().IsPaused())
		ev := s.Events()[len(s.Events())-1]
		assert.Equal(t, items, ev.Items)
		assert.Equal(t, testReason, ev.Reason)
	}
	// The fourth working day is too late.
	got, err := d.RequestSupplement(at(2026, time.March, 6, 8, 0), testActor, items, testReason)
	refused(t, d, got, err, dossier.ErrRule)
	assert.Contains(t, err.Error(), "61/2018")
	// A 2026 dossier is under Decree 118/2025, which keeps the window
	// without saying so: the message says the rule is kept, not its own.
	assert.Contains(t, err.Error(), "kept under the 2025 regime")
	assert.Contains(t, err.Error(), "not confirmed")
	// Form 02 lists what to add.
	got, err = d.RequestSupplement(at(2026, time.March, 3, 8, 0), testActor, nil, testReason)
	refused(t, d, got, err, dossier.ErrInvalid)
	// Not before the transfer.
	r := received(t, directCh, mar2, tenDays)
	got, err = r.RequestSupplement(at(2026, time.March, 3, 8, 0), testActor, items, testReason)
	refused(t, r, got, err, dossier.ErrTransition)
}

// The limit restarts in full from the complete dossier ("Thời hạn giải
// quyết được tính lại từ đầu", Decree 61/2018/NĐ-CP Art. 19(4)).
func TestSupplementRestartsTheLimit(t *testing.T) {
	d := must(t)(tenOnMar(t).RequestSupplement(at(2026, time.March, 4, 10, 0), testActor, []string{"Tờ khai"}, testReason))
	got, err := d.Decide(at(2026, time.March, 5, 10, 0), testActor, true, "")
	refused(t, d, got, err, dossier.ErrTransition)

	s := must(t)(d.Supplement(at(2026, time.March, 10, 10, 0), "cong-dan"))
	assert.Equal(t, dossier.Processing, s.Status())
	assert.Equal(t, day(2026, time.March, 24), s.Due(), "10 working days from Tuesday 10 March")
	assert.Equal(t, s.Due(), s.Timeline().OriginalDue(), "the restarted due date is the one statistics judge by")
	assert.Equal(t, 1, s.Timeline().Restarts())
	assert.False(t, s.Timeline().IsPaused())

	got, err = s.Supplement(at(2026, time.March, 11, 10, 0), "cong-dan")
	refused(t, s, got, err, dossier.ErrTransition)

	// Finished on the restarted due date: on time.
	done := must(t)(s.Decide(at(2026, time.March, 24, 16, 0), testActor, true, ""))
	assert.Equal(t, sla.OnTime, done.Outcome())
}

// One supplement request under Decree 118/2025/NĐ-CP Art. 11(2); under 2018
// a second is allowed and flagged, since the national index counts it late
// (the national service index, Decision 766/QĐ-TTg, as
// the portal computes it).
func TestSecondSupplement(t *testing.T) {
	items := []string{"Giấy chứng sinh"}
	t.Run("2025 refused", func(t *testing.T) {
		d := must(t)(tenOnMar(t).RequestSupplement(at(2026, time.March, 3, 10, 0), testActor, items, testReason))
		d = must(t)(d.Supplement(at(2026, time.March, 4, 10, 0), "cong-dan"))
		got, err := d.RequestSupplement(at(2026, time.March, 5, 10, 0), testActor, items, testReason)
		refused(t, d, got, err, dossier.ErrRule)
		assert.Contains(t, err.Error(), "118/2025")
		assert.False(t, got.Flags().RepeatedSupplement)
	})
	t.Run("2018 allowed within the window and flagged", func(t *testing.T) {
		recv := at(2025, time.June, 2, 9, 0) // a Monday: R = 2 June, the window ends with 5 June
		d := transferred(t, directCh, recv, recv.Add(time.Hour), tenDays)
		assert.Equal(t, dossier.Regime2018(), d.Regime())
		d = must(t)(d.RequestSupplement(at(2025, time.June, 3, 10, 0), testActor, items, testReason))
		d = must(t)(d.Supplement(at(2025, time.June, 4, 10, 0), "cong-dan"))
		assert.False(t, d.Flags().RepeatedSupplement)
		d = must(t)(d.RequestSupplement(at(2025, time.June, 5, 16, 0), testActor, items, testReason))
		assert.True(t, d.Flags().RepeatedSupplement)
		assert.Equal(t, 2, d.Supplements())
		d = must(t)(d.Supplement(at(2025, time.June, 9, 10, 0), "cong-dan"))
		assert.Equal(t, day(2025, time.June, 23), d.Due())
		assert.Equal(t, 2, d.Timeline().Restarts())
	})
	// Issue 12.3: the window binds every request, counted from the first
	// receipt; a restart does not reopen it. A second request outside it is
	// refused and does not restart the clock (Decree 61/2018/NĐ-CP
	// Art. 19(4)).
	t.Run("2018 second request outside the window refused", func(t *testing.T) {
		recv := at(2025, time.June, 2, 9, 0)
		d := transferred(t, directCh, recv, recv.Add(time.Hour), tenDays)
		d = must(t)(d.RequestSupplement(at(2025, time.June, 4, 10, 0), testActor, items, testReason))
		d = must(t)(d.Supplement(at(2025, time.June, 9, 10, 0), "cong-dan"))
		due := d.Due()
		got, err := d.RequestSupplement(at(2025, time.June, 16, 10, 0), testActor, items, testReason)
		refused(t, d, got, err, dossier.ErrRule)
		assert.Contains(t, err.Error(), "19(4)")
		assert.Equal(t, due, got.Due())
	})
	// Received after the cut-off on a Friday: R is the next Monday, and the
	// window runs to the Thursday.
	t.Run("window counted from the receipt day R", func(t *testing.T) {
		recv := at(2025, time.June, 6, 17, 30) // Friday, after office hours: R = Monday 9 June
		d := transferred(t, directCh, recv, at(2025, time.June, 9, 8, 0), tenDays)
		_, err := d.RequestSupplement(at(2025, time.June, 12, 16, 0), testActor, items, testReason)
		require.NoError(t, err, "Thursday 12 June is the third working day after R")
		got, err := d.RequestSupplement(at(2025, time.June, 13, 8, 0), testActor, items, testReason)
		refused(t, d, got, err, dossier.ErrRule)
	})
}

// A financial obligation pauses the clock until it is paid (status 6); the
// due date moves by the working days paused.
func TestFinancialObligation(t *testing.T) {
	d := tenOnMar(t)
	o := must(t)(d.RequestObligation(at(2026, time.March, 4, 10, 0), testActor, decimal.NewFromInt(500000)))
	assert.Equal(t, dossier.FinancialObligation, o.Status())
	assert.True(t, o.Timeline().IsPaused())
	assert.Equal(t, mar2Due, o.Due(), "the due date moves on resumption")
	ev := o.Events()[len(o.Events())-1]
	assert.True(t, ev.Amount.Equal(decimal.NewFromInt(500000)))

	got, err := o.RequestObligation(at(2026, time.March, 4, 11, 0), testActor, decimal.NewFromInt(1))
	refused(t, o, got, err, dossier.ErrTransition)
	got, err = o.Decide(at(2026, time.March, 4, 11, 0), testActor, true, "")
	refused(t, o, got, err, dossier.ErrTransition)
	got, err = o.Apologise(at(2026, time.March, 4, 11, 0), testActor, day(2026, time.March, 20), testReason)
	refused(t, o, got, err, dossier.ErrTransition)

	// Paid Monday 9 March: 4, 5 and 6 March were paused.
	p := must(t)(o.PayObligation(at(2026, time.March, 9, 10, 0), "cong-dan"))
	assert.Equal(t, dossier.Processing, p.Status())
	assert.Equal(t, day(2026, time.March, 19), p.Due())
	got, err = p.PayObligation(at(2026, time.March, 9, 11, 0), "cong-dan")
	refused(t, p, got, err, dossier.ErrTransition)

	// A second pause, Tuesday 10 to Thursday 12 March: two more days.
	p = must(t)(p.RequestObligation(at(2026, time.March, 10, 10, 0), testActor, decimal.Zero))
	p = must(t)(p.PayObligation(at(2026, time.March, 12, 10, 0), "cong-dan"))
	assert.Equal(t, day(2026, time.March, 23), p.Due())
	assert.Len(t, p.Timeline().Pauses(), 2)

	// Paid the same day: nothing moves.
	q := must(t)(d.RequestObligation(at(2026, time.March, 4, 10, 0), testActor, decimal.NewFromInt(1)))
	q = must(t)(q.PayObligation(at(2026, time.March, 4, 15, 0), "cong-dan"))
	assert.Equal(t, mar2Due, q.Due())

	got, err = d.RequestObligation(at(2026, time.March, 4, 10, 0), testActor, decimal.NewFromInt(-1))
	refused(t, d, got, err, dossier.ErrInvalid)
}

// The apology with a new appointment (form 04) comes at the latest one
// working day before the due date, once only (Decree 61/2018/NĐ-CP Art.
// 19(9)); a late result is then late with apology.
func TestApologise(t *testing.T) {
	d := tenOnMar(t)
	newDue := day(2026, time.March, 20)

	a := must(t)(d.Apologise(at(2026, time.March, 13, 16, 0), testActor, newDue, testReason))
	assert.Equal(t, dossier.Processing, a.Status(), "an apology keeps the status")
	assert.Equal(t, newDue, a.Due())
	assert.Equal(t, mar2Due, a.Timeline().OriginalDue())
	ev := a.Events()[len(a.Events())-1]
	assert.Equal(t, dossier.EventApologised, ev.Kind)
	assert.Equal(t, newDue, ev.NewDue)

	late := must(t)(a.Decide(at(2026, time.March, 18, 10, 0), testActor, true, ""))
	assert.Equal(t, sla.LateApologised, late.Outcome())
	assert.True(t, late.Outcome().IsLate())
	onTime := must(t)(a.Decide(at(2026, time.March, 16, 10, 0), testActor, true, ""))
	assert.Equal(t, sla.OnTime, onTime.Outcome(), "judged against the original due date")

	// Once only.
	// Once only: a second apology is refused by the rule, as a late one is
	// (issue 12.19), and the sla reason stays reachable.
	got, err := a.Apologise(at(2026, time.March, 16, 9, 0), testActor, day(2026, time.March, 25), testReason)
	refused(t, a, got, err, dossier.ErrRule)
	assert.ErrorIs(t, err, sla.ErrAlreadyReappointed)
	got, err = a.Apologise(at(2026, time.March, 13, 16, 30), testActor, day(2026, time.March, 25), testReason)
	refused(t, a, got, err, dossier.ErrRule)

	// On the due date, or after it: too late.
	for _, now := range []time.Time{at(2026, time.March, 16, 8, 0), at(2026, time.March, 17, 8, 0)} {
		got, err = d.Apologise(now, testActor, newDue, testReason)
		refused(t, d, got, err, dossier.ErrRule)
	}
	// Without a reason; a new date not after the due date, or not a
	// working day.
	got, err = d.Apologise(at(2026, time.March, 12, 8, 0), testActor, newDue, "")
	refused(t, d, got, err, dossier.ErrInvalid)
	for _, bad := range []string{"2026-03-16", "2026-03-13", "2026-03-21"} {
		got, err = d.Apologise(at(2026, time.March, 12, 8, 0), testActor, mustDate(t, bad), testReason)
		refused(t, d, got, err, sla.ErrBadReappointment)
	}
	// Before the transfer it is allowed; not once a result exists.
	r := received(t, directCh, mar2, tenDays)
	assert.Equal(t, newDue, must(t)(r.Apologise(at(2026, time.March, 3, 8, 0), testActor, newDue, testReason)).Due())
	done := must(t)(d.Decide(at(2026, time.March, 5, 8, 0), testActor, true, ""))
	got, err = done.Apologise(at(2026, time.March, 6, 8, 0), testActor, newDue, testReason)
	refused(t, done, got, err, dossier.ErrTransition)
}

// The result: granted, or refused after appraisal with reasons (Decree
// 61/2018/NĐ-CP Art. 19(8)); early, on time or late from the due date.
func TestDecide(t *testing.T) {
	d := tenOnMar(t)
	tests := []struct {
		now     time.Time
		granted bool
		reason  string
		want    sla.Outcome
	}{
		{at(2026, time.March, 12, 10, 0), true, "", sla.Early},
		{at(2026, time.March, 16, 16, 59), true, "", sla.OnTime},
		{at(2026, time.March, 16, 23, 0), false, "Không đủ điều kiện", sla.OnTime},
		{at(2026, time.March, 17, 8, 0), true, "", sla.Late},
		{at(2026, time.March, 2, 10, 30), false, "Không đủ điều kiện", sla.Early},
	}
	for _, tt := range tests {
		got := must(t)(d.Decide(tt.now, testActor, tt.granted, tt.reason))
		assert.Equal(t, dossier.Processed, got.Status())
		assert.Equal(t, tt.want, got.Outcome(), "%s", tt.now)
		when, granted, ok := got.Result()
		assert.True(t, ok)
		assert.Equal(t, tt.granted, granted)
		assert.True(t, when.Equal(tt.now))
	}
	got, err := d.Decide(at(2026, time.March, 12, 10, 0), testActor, false, "")
	refused(t, d, got, err, dossier.ErrInvalid)
	r := received(t, directCh, mar2, tenDays)
	got, err = r.Decide(at(2026, time.March, 12, 10, 0), testActor, true, "")
	refused(t, r, got, err, dossier.ErrTransition)
}

// Return of the result, early allowed (Decree 61/2018/NĐ-CP Art. 20(4)).
func TestReturn(t *testing.T) {
	d := tenOnMar(t)
	got, err := d.Return(at(2026, time.March, 5, 8, 0), testActor)
	refused(t, d, got, err, dossier.ErrTransition)
	done := must(t)(d.Decide(at(2026, time.March, 5, 8, 0), testActor, true, ""))
	ret := must(t)(done.Return(at(2026, time.March, 5, 9, 0), testActor))
	assert.Equal(t, dossier.Returned, ret.Status())
	assert.True(t, ret.Status().IsFinal())
	assert.Equal(t, sla.Early, ret.Outcome(), "the outcome is the result's, not the return's")
	got, err = ret.Return(at(2026, time.March, 5, 10, 0), testActor)
	refused(t, ret, got, err, dossier.ErrTransition)
}

// Withdrawal and stop at the applicant's request, only while no result
// exists (Decree 118/2025/NĐ-CP Art. 21; Circular 03/2025/TT-VPCP Art. 7).
func TestWithdrawal(t *testing.T) {
	now := at(2026, time.March, 5, 9, 0)
	d := tenOnMar(t)
	before := map[string]dossier.Dossier{
		"registered":           must(t)(open(t, header(onlineCh, nil)).Submit(mar2, "cong")),
		"received":             received(t, directCh, mar2, tenDays),
		"processing":           d,
		"supplement requested": must(t)(d.RequestSupplement(at(2026, time.March, 3, 9, 0), testActor, []string{"x"}, "")),
		"financial obligation": must(t)(d.RequestObligation(at(2026, time.March, 3, 9, 0), testActor, decimal.NewFromInt(1))),
	}
	for name, b := range before {
		t.Run(name, func(t *testing.T) {
			w := must(t)(b.RequestWithdrawal(now, "cong-dan", "Không có nhu cầu"))
			assert.Equal(t, dossier.WithdrawalRequested, w.Status())
			got, err := w.Decide(now, testActor, true, "")
			refused(t, w, got, err, dossier.ErrTransition)
			s := must(t)(w.Stop(now.Add(time.Hour), testActor, ""))
			assert.Equal(t, dossier.Stopped, s.Status())
			assert.True(t, s.Status().IsFinal())
			got, err = s.RequestWithdrawal(now.Add(2*time.Hour), "cong-dan", "")
			refused(t, s, got, err, dossier.ErrTransition)
		})
	}
	done := must(t)(d.Decide(now, testActor, true, ""))
	got, err := done.RequestWithdrawal(now.Add(time.Hour), "cong-dan", "")
	refused(t, done, got, err, dossier.ErrTransition)
	ret := must(t)(done.Return(now.Add(time.Hour), testActor))
	got, err = ret.RequestWithdrawal(now.Add(2*time.Hour), "cong-dan", "")
	refused(t, ret, got, err, dossier.ErrTransition)
	got, err = done.Stop(now.Add(time.Hour), testActor, "x")
	refused(t, done, got, err, dossier.ErrTransition)
	got, err = d.Stop(now, testActor, "x")
	refused(t, d, got, err, dossier.ErrTransition)
}

// A dossier whose supplement never comes is stopped, with a reason.
func TestStopWaitingForSupplement(t *testing.T) {
	s := must(t)(tenOnMar(t).RequestSupplement(at(2026, time.March, 3, 9, 0), testActor, []string{"x"}, ""))
	got, err := s.Stop(at(2026, time.April, 3, 9, 0), testActor, "")
	refused(t, s, got, err, dossier.ErrInvalid)
	st := must(t)(s.Stop(at(2026, time.April, 3, 9, 0), testActor, "Quá hạn bổ sung"))
	assert.Equal(t, dossier.Stopped, st.Status())
}

// Commands return a new value; the receiver is unchanged.
func TestCommandsDoNotChangeTheReceiver(t *testing.T) {
	r := received(t, directCh, mar2, tenDays)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	p := must(t)(r.Transfer(mar2.Add(time.Hour), testActor))
	_ = must(t)(p.Decide(mar2.Add(2*time.Hour), testActor, true, ""))
	_ = must(t)(r.Transfer(mar2.Add(3*time.Hour), testActor)) // a branch from r
	assert.Equal(t, dossier.Received, r.Status())
	assert.Len(t, r.Events(), 1)
	after, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(after))
	assert.Equal(t, dossier.Processing, p.Status())
	assert.Len(t, p.Events(), 2)
}

// BUG pin: a Dossier never shares its log with the caller (STYLE.md §4.5:
// "never hands out its internal slices"): neither the items passed to a
// command nor the events handed out by Events may change the dossier.
func TestLogIsNotShared(t *testing.T) {
	d := tenOnMar(t)
	items := []string{"Giấy chứng sinh"}
	s := must(t)(d.RequestSupplement(at(2026, time.March, 3, 9, 0), testActor, items, ""))
	items[0] = "changed by the caller"
	assert.Equal(t, []string{"Giấy chứng sinh"}, s.Events()[2].Items, "the command's argument is shared")

	s2 := must(t)(d.RequestSupplement(at(2026, time.March, 3, 9, 0), testActor, []string{"Tờ khai"}, ""))
	evs := s2.Events()
	evs[2].Items[0] = "changed through Events"
	evs[0].Limit = sla.WorkingDays(99)
	assert.Equal(t, []string{"Tờ khai"}, s2.Events()[2].Items, "Events shares the items")
	assert.Equal(t, tenDays, s2.Events()[0].Limit, "Events shares the limit")
}

// Replay takes ownership of the events it is given (as bytes.NewBuffer
// does): it keeps them as the log without copying, but never writes into
// the spare room of the caller's array, and a refused log is left exactly
// as it was.
func TestReplayOwnership(t *testing.T) {
	d := tenOnMar(t) // received and transferred
	n := len(d.Events())

	// Spare room in the caller's array stays the caller's.
	evs := append(make([]dossier.Event, 0, n+4), d.Events()...)
	r, err := dossier.Replay(d.Header(), evs, sched())
	require.NoError(t, err)
	next := must(t)(r.Decide(mar2.Add(2*time.Hour), testActor, true, ""))
	assert.Len(t, next.Events(), n+1)
	assert.Equal(t, dossier.Event{}, evs[:n+1][n], "the dossier appended into the caller's spare room")
	assert.Len(t, r.Events(), n, "the replayed dossier changed")

	// On success the instants are in the schedule's zone (the same instants).
	utc := d.Events()
	for i := range utc {
		utc[i].At = utc[i].At.UTC()
	}
	r, err = dossier.Replay(d.Header(), utc, sched())
	require.NoError(t, err)
	assert.Equal(t, sched().Zone(), utc[0].At.Location())
	assert.True(t, r.Equal(d))

	// A refused log is not touched, not even the zones of its instants.
	bad := d.Events()
	for i := range bad {
		bad[i].At = bad[i].At.UTC()
	}
	bad[0], bad[1] = bad[1], bad[0]
	before := append([]dossier.Event(nil), bad...)
	_, err = dossier.Replay(d.Header(), bad, sched())
	require.ErrorIs(t, err, dossier.ErrTransition)
	assert.Equal(t, before, bad)
}

// Operations on the zero Dossier fail, never panic.
func TestZeroDossier(t *testing.T) {
	var d dossier.Dossier
	now := mar2
	assert.False(t, d.IsValid())
	assert.Equal(t, dossier.StatusUnknown, d.Status())
	assert.Zero(t, d.Due())
	assert.Equal(t, sla.OutcomeUnknown, d.Outcome())
	_, err := json.Marshal(d)
	assert.ErrorIs(t, err, dossier.ErrInvalid)
	for name, op := range map[string]func() (dossier.Dossier, error){
		"Submit":   func() (dossier.Dossier, error) { return d.Submit(now, "x") },
		"Refuse":   func() (dossier.Dossier, error) { return d.Refuse(now, "x", []string{"x"}) },
		"Transfer": func() (dossier.Dossier, error) { return d.Transfer(now, "x") },
		"Stop":     func() (dossier.Dossier, error) { return d.Stop(now, "x", "x") },
		"Receive": func() (dossier.Dossier, error) {
			x, _, err := d.Receive(now, "x", testProc(t, threeDays), &dossier.MemorySequencer{})
			return x, err
		},
	} {
		got, err := op()
		var ce *dossier.CommandError
		assert.True(t, errors.As(err, &ce), "%s: %v", name, err)
		assert.False(t, got.IsValid(), name)
	}
}

// Open validates the header.
func TestOpen(t *testing.T) {
	_, err := dossier.Open(header(directCh, nil), nil)
	assert.ErrorIs(t, err, dossier.ErrInvalid)
	bad := []func(*dossier.Header){
		func(h *dossier.Header) { h.Procedure.Code = "1.0011" },
		func(h *dossier.Header) { h.Procedure.Name = " " },
		func(h *dossier.Header) { h.Applicant.ID = "003090012345" },
		func(h *dossier.Header) { h.Channel = 0 },
		func(h *dossier.Header) { h.ReceivingUnit = "h57" },
		func(h *dossier.Header) { h.Agency = "" },
		func(h *dossier.Header) { h.Level = 9 },
		func(h *dossier.Header) { h.Filed = []dossier.Filed{{Name: "x"}} },
		func(h *dossier.Header) { h.Filed = []dossier.Filed{{Name: "", Originals: 1}} },
		func(h *dossier.Header) { h.Filed = []dossier.Filed{{Name: "x", Originals: -1, Copies: 2}} },
		func(h *dossier.Header) { h.FeesDue = decimal.NewFromInt(-1) },
	}
	for i, f := range bad {
		h := header(directCh, complete(true))
		f(&h)
		_, err := dossier.Open(h, sched())
		var ie *dossier.InputError
		assert.True(t, errors.As(err, &ie), "case %d: %v", i, err)
	}
	// The header is copied in and out.
	h := header(directCh, complete(true))
	d := open(t, h)
	h.Filed[0].Name = "changed"
	assert.Equal(t, compForm, d.Header().Filed[0].Name)
	d.Header().Filed[0].Name = "changed"
	assert.Equal(t, compForm, d.Header().Filed[0].Name)
}
