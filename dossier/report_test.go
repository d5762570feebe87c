package dossier_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// march2026 is the period of the report tests.
var march2026 = dossier.Period{From: day(2026, time.March, 1), To: day(2026, time.April, 1)}

// reportDossiers are dossiers around March 2026, each with what it must
// count for in March (comments); the totals are in TestReport.
func reportDossiers(t testing.TB) map[string]dossier.Dossier {
	decide := func(d dossier.Dossier, now time.Time) dossier.Dossier {
		return must(t)(d.Decide(now, testActor, true, ""))
	}
	feb24 := at(2026, time.February, 24, 9, 0) // 10 working days: due 10 March
	mar2 := at(2026, time.March, 2, 9, 0)      // 3 working days: due 5 March
	out := map[string]dossier.Dossier{
		// Received before, resolved early in March: carried over, early.
		"A": decide(transferred(t, directCh, feb24, feb24, tenDays), at(2026, time.March, 3, 10, 0)),
		// Received in March, resolved on the due date: on time.
		"B": decide(transferred(t, directCh, mar2, mar2, threeDays), at(2026, time.March, 5, 10, 0)),
		// Online, resolved late.
		"C": decide(transferred(t, onlineCh, mar2, mar2, threeDays), at(2026, time.March, 9, 10, 0)),
		// Apologised, resolved after the original due date: late with apology.
		"D": decide(must(t)(transferred(t, directCh, mar2, mar2, threeDays).
			Apologise(at(2026, time.March, 4, 9, 0), testActor, day(2026, time.March, 10), testReason)), at(2026, time.March, 9, 10, 0)),
		// Pending at the end, due 25 March: overdue.
		"E": transferred(t, directCh, at(2026, time.March, 20, 9, 0), at(2026, time.March, 20, 9, 0), threeDays),
		// Online, pending at the end, due 2 April: not overdue.
		"F": received(t, onlineCh, at(2026, time.March, 30, 9, 0), threeDays),
		// Withdrawn and stopped in March.
		"G": must(t)(must(t)(transferred(t, directCh, at(2026, time.March, 3, 9, 0), at(2026, time.March, 3, 9, 0), tenDays).
			RequestWithdrawal(at(2026, time.March, 4, 9, 0), "cong-dan", "")).Stop(at(2026, time.March, 5, 9, 0), testActor, "")),
		// Refused at intake in March.
		"H": must(t)(open(t, header(directCh, nil)).Refuse(at(2026, time.March, 6, 9, 0), testActor, []string{"Sai thẩm quyền"})),
		// Received and resolved in February: nowhere.
		"I": decide(transferred(t, directCh, at(2026, time.February, 2, 9, 0), at(2026, time.February, 2, 9, 0), threeDays), at(2026, time.February, 5, 9, 0)),
		// Received in March, resolved in April: pending at the end, not overdue (due 8 April).
		"J": decide(transferred(t, directCh, at(2026, time.March, 25, 9, 0), at(2026, time.March, 25, 9, 0), tenDays), at(2026, time.April, 3, 9, 0)),
		// Received before, still open, due 10 March: carried over, pending, overdue.
		"K": transferred(t, directCh, feb24, feb24, tenDays),
		// Received before, resolved in April: carried over, pending, overdue.
		"L": decide(transferred(t, directCh, feb24, feb24, tenDays), at(2026, time.April, 2, 9, 0)),
		// Stopped in February: nowhere.
		"M": must(t)(must(t)(received(t, directCh, at(2026, time.February, 2, 9, 0), tenDays).
			RequestWithdrawal(at(2026, time.February, 3, 9, 0), "cong-dan", "")).Stop(at(2026, time.February, 4, 9, 0), testActor, "")),
		// Never received: nowhere.
		"N": open(t, header(directCh, nil)),
		// Filed online in March, not yet received: nowhere.
		"O": must(t)(open(t, header(onlineCh, nil)).Submit(at(2026, time.March, 3, 9, 0), "cong")),
		// Received after the period: nowhere.
		"P": received(t, directCh, at(2026, time.April, 6, 9, 0), threeDays),
	}
	return out
}

// The figures a province publishes for a period (Circular 01/2018/TT-VPCP
// Art. 13; Decision 766/QĐ-TTg).
func TestReport(t *testing.T) {
	ds := reportDossiers(t)
	r := rep(dossier.NewReport(march2026, dossier.ByChannel))
	for _, k := range []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"} {
		r.Add(ds[k])
	}
	want := dossier.Figures{
		Received:       7, // B C D E F G J
		Online:         2, // C F
		CarriedOver:    3, // A K L
		Resolved:       sla.Counts{Early: 1, OnTime: 1, Late: 1, LateApologised: 1},
		Pending:        5, // E F J K L
		PendingOverdue: 3, // E K L
		Stopped:        1, // G
		Refused:        1, // H
	}
	assert.Equal(t, want, r.Total())
	assert.Equal(t, march2026, r.Period())
	assert.Equal(t, "28.57", r.Total().OnlineShare().StringFixed(2))

	online := dossier.Figures{Received: 2, Online: 2, Resolved: sla.Counts{Late: 1}, Pending: 1}
	assert.Equal(t, online, r.Get(procedure.ChannelOnlineFull))
	direct := r.Get(procedure.ChannelDirect)
	assert.Equal(t, want.Received-2, direct.Received)
	assert.Equal(t, want.Pending-1, direct.Pending)
	assert.Equal(t, want, direct.Merge(online))
	assert.Equal(t, dossier.Figures{}, r.Get(procedure.ChannelPostal))
	assert.ElementsMatch(t, []procedure.Channel{procedure.ChannelDirect, procedure.ChannelOnlineFull}, r.Keys())
	n := 0
	for k, f := range r.All() {
		assert.Equal(t, r.Get(k), f)
		n++
	}
	assert.Equal(t, 2, n)
	for range r.All() {
		break // stopping early is allowed
	}
}

// Dossiers that count nowhere are not grouped.
func TestReportCountsNothing(t *testing.T) {
	ds := reportDossiers(t)
	r := rep(dossier.NewReport(march2026, dossier.ByAgency))
	for _, k := range []string{"I", "M", "N", "O", "P"} {
		r.Add(ds[k])
	}
	assert.Equal(t, dossier.Figures{}, r.Total())
	assert.Empty(t, r.Keys())
}

// Reports of shards merge into the report of the whole (the reduction is
// exact).
func TestReportMerge(t *testing.T) {
	ds := reportDossiers(t)
	whole := rep(dossier.NewReport[string](march2026, dossier.ByReceiptMonth))
	a := rep(dossier.NewReport[string](march2026, dossier.ByReceiptMonth))
	b := rep(dossier.NewReport[string](march2026, dossier.ByReceiptMonth))
	i := 0
	for _, d := range ds {
		whole.Add(d)
		if i%2 == 0 {
			a.Add(d)
		} else {
			b.Add(d)
		}
		i++
	}
	require.NoError(t, a.Merge(b))
	assert.Equal(t, whole.Total(), a.Total())
	assert.ElementsMatch(t, whole.Keys(), a.Keys())
	for _, k := range whole.Keys() {
		assert.Equal(t, whole.Get(k), a.Get(k), k)
	}
	assert.Equal(t, dossier.Figures{CarriedOver: 3, Resolved: sla.Counts{Early: 1}, Pending: 2, PendingOverdue: 2}, whole.Get("2026-02"))
	assert.Equal(t, dossier.Figures{Refused: 1}, whole.Get(""))

	// Merging an empty report changes nothing; b is unchanged.
	bTotal := b.Total()
	require.NoError(t, a.Merge(rep(dossier.NewReport[string](march2026, nil))))
	assert.Equal(t, whole.Total(), a.Total())
	assert.Equal(t, bTotal, b.Total())

	// Different periods do not merge.
	other := rep(dossier.NewReport[string](dossier.Period{From: march2026.From, To: march2026.To + 1}, dossier.ByReceiptMonth))
	assert.ErrorIs(t, a.Merge(other), dossier.ErrInvalid)
	assert.Equal(t, whole.Total(), a.Total())
}

func TestReportKeys(t *testing.T) {
	d := received(t, directCh, at(2026, time.March, 2, 9, 0), threeDays)
	assert.Equal(t, testAgency, dossier.ByAgency(d))
	assert.Equal(t, testField, dossier.ByField(d))
	assert.Equal(t, procedure.ChannelDirect, dossier.ByChannel(d))
	assert.Equal(t, procedure.LevelCommune, dossier.ByLevel(d))
	assert.Equal(t, "2026-03", dossier.ByReceiptMonth(d))
	assert.Equal(t, "", dossier.ByReceiptMonth(open(t, header(directCh, nil))))

	// A nil key puts everything in one group.
	r := rep(dossier.NewReport[struct{}](march2026, nil))
	r.Add(d)
	assert.Equal(t, []struct{}{{}}, r.Keys())
	assert.Equal(t, int64(1), r.Total().Received)
}

func TestOnlineShare(t *testing.T) {
	tests := []struct {
		received, online int64
		want             string
	}{
		{0, 0, "0.00"},
		{3, 1, "33.33"},
		{3, 2, "66.67"},
		{8, 1, "12.50"},
		{10000, 7320, "73.20"},
		{7, 7, "100.00"},
		{200000, 1, "0.00"},    // 0.0005 % rounds down
		{200000, 1001, "0.50"}, // 0.5005 % rounds half up
	}
	for _, tt := range tests {
		f := dossier.Figures{Received: tt.received, Online: tt.online}
		assert.Equal(t, tt.want, f.OnlineShare().StringFixed(2), "%d of %d", tt.online, tt.received)
	}
	assert.Equal(t, "33,33 %", sla.FormatPercentVietnamese(dossier.Figures{Received: 3, Online: 1}.OnlineShare()))
	assert.True(t, dossier.Figures{}.OnlineShare().Equal(decimal.Zero))
}

func TestPeriodContains(t *testing.T) {
	assert.True(t, march2026.Contains(day(2026, time.March, 1)))
	assert.True(t, march2026.Contains(day(2026, time.March, 31)))
	assert.False(t, march2026.Contains(day(2026, time.April, 1)), "half open")
	assert.False(t, march2026.Contains(day(2026, time.February, 28)))
}

// BUG pin: a dossier is received when it is received. After a supplement
// the clock restarts (Decree 61/2018/NĐ-CP Art. 19(4)), but the dossier was
// still received in February: in March it is carried over, not received
// again, and it is grouped under February.
func TestReportReceiptDateSurvivesSupplement(t *testing.T) {
	feb24 := at(2026, time.February, 24, 9, 0)
	d := transferred(t, directCh, feb24, feb24, tenDays)
	d = must(t)(d.RequestSupplement(at(2026, time.February, 25, 9, 0), testActor, []string{"Giấy chứng sinh"}, ""))
	d = must(t)(d.Supplement(at(2026, time.March, 3, 9, 0), "cong-dan"))

	feb := rep(dossier.NewReport[string](dossier.Period{From: day(2026, time.February, 1), To: day(2026, time.March, 1)}, nil))
	feb.Add(d)
	assert.Equal(t, int64(1), feb.Total().Received, "received in February")
	assert.Equal(t, int64(1), feb.Total().Pending, "pending at the end of February")

	mar := rep(dossier.NewReport[string](march2026, nil))
	mar.Add(d)
	assert.Equal(t, int64(0), mar.Total().Received, "not received again in March")
	assert.Equal(t, int64(1), mar.Total().CarriedOver, "carried over into March")
	assert.Equal(t, "2026-02", dossier.ByReceiptMonth(d))
}

// BUG pin: at the end of the period a pending dossier whose due date was
// the period's last day is overdue: it was not resolved by its due date
// (rule 19: on time means finished ≤ the appointment date).
func TestReportPendingDueOnLastDay(t *testing.T) {
	d := transferred(t, directCh, at(2026, time.March, 26, 9, 0), at(2026, time.March, 26, 9, 0), threeDays)
	require.Equal(t, day(2026, time.March, 31), d.Due())
	r := rep(dossier.NewReport[string](march2026, nil))
	r.Add(d)
	assert.Equal(t, int64(1), r.Total().Pending)
	assert.Equal(t, int64(1), r.Total().PendingOverdue)
}

// Report misuse is an error, not a panic (issue 12.11): Add on a nil or
// zero Report, Merge with nil, a period that ends before it starts.
func TestReportMisuse(t *testing.T) {
	d := received(t, directCh, at(2026, time.March, 2, 9, 0), threeDays)
	var nilRep *dossier.Report[string]
	for _, err := range []error{
		nilRep.Add(d),
		new(dossier.Report[string]).Add(d),
		rep(dossier.NewReport[string](march2026, nil)).Merge(nil),
		nilRep.Merge(rep(dossier.NewReport[string](march2026, nil))),
	} {
		require.ErrorIs(t, err, dossier.ErrInvalid)
		assertContract(t, err)
	}
	assert.Equal(t, dossier.Figures{}, nilRep.Total())
	assert.Empty(t, nilRep.Keys())
	_, err := dossier.NewReport[string](dossier.Period{From: day(2026, time.April, 1), To: day(2026, time.March, 1)}, nil)
	require.ErrorIs(t, err, dossier.ErrInvalid)
	assertContract(t, err)
	_, err = dossier.NewReport[string](dossier.Period{}, nil)
	require.ErrorIs(t, err, dossier.ErrInvalid)
	_, err = dossier.NewReport[string](dossier.Period{From: day(2026, time.March, 1), To: day(2026, time.March, 1)}, nil)
	require.NoError(t, err, "an empty period counts what is pending at its start")
}

// A report over [from, to) is judged as of the period's end (issue 12.4):
// a dossier overdue at the end of March stays pending overdue in the March
// report when an obligation pause in April moves its current due date.
func TestReportJudgedAtPeriodEnd(t *testing.T) {
	d := transferred(t, directCh, at(2026, time.March, 26, 9, 0), at(2026, time.March, 26, 9, 0), threeDays)
	require.Equal(t, day(2026, time.March, 31), d.Due())
	r := rep(dossier.NewReport[string](march2026, nil))
	require.NoError(t, r.Add(d))
	want := r.Total()
	require.Equal(t, int64(1), want.PendingOverdue)

	later := must(t)(d.RequestObligation(at(2026, time.March, 31, 9, 0), testActor, decimal.NewFromInt(5000)))
	later = must(t)(later.PayObligation(at(2026, time.April, 6, 9, 0), "cong-dan"))
	require.Greater(t, later.Due(), day(2026, time.March, 31), "the pause moved the current due date")
	r2 := rep(dossier.NewReport[string](march2026, nil))
	require.NoError(t, r2.Add(later))
	assert.Equal(t, want, r2.Total())

	// A pause that starts after the period.
	after := must(t)(d.RequestObligation(at(2026, time.April, 1, 9, 0), testActor, decimal.NewFromInt(5000)))
	r3 := rep(dossier.NewReport[string](march2026, nil))
	require.NoError(t, r3.Add(after))
	assert.Equal(t, want, r3.Total())
}
