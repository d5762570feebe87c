package dossier_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
)

// The national status list 1–10 used to synchronise with the Cổng DVCQG
// (Circular 22/2019/TT-BTTTT Art. 4; the list used by provincial systems): code, wire code, Vietnamese and English names.
func TestStatusTable(t *testing.T) {
	tests := []struct {
		s          dossier.Status
		national   int
		wire       string
		vietnamese string
		english    string
		final      bool
	}{
		{dossier.Registered, 1, "registered", "Mới đăng ký", "Registered", false},
		{dossier.Received, 2, "received", "Được tiếp nhận", "Received", false},
		{dossier.NotReceived, 3, "not_received", "Không được tiếp nhận", "Not received", true},
		{dossier.Processing, 4, "processing", "Đang xử lý", "Processing", false},
		{dossier.SupplementRequested, 5, "supplement_requested", "Yêu cầu bổ sung giấy tờ", "Supplement requested", false},
		{dossier.FinancialObligation, 6, "financial_obligation", "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested", false},
		{dossier.WithdrawalRequested, 7, "withdrawal_requested", "Công dân yêu cầu rút hồ sơ", "Withdrawal requested", false},
		{dossier.Stopped, 8, "stopped", "Dừng xử lý", "Stopped", true},
		{dossier.Processed, 9, "processed", "Đã xử lý xong", "Processed", false},
		{dossier.Returned, 10, "returned", "Đã trả kết quả", "Result returned", true},
	}
	require.Len(t, tests, 10, "the national status list has ten statuses")
	for _, tt := range tests {
		t.Run(tt.wire, func(t *testing.T) {
			assert.True(t, tt.s.IsValid())
			assert.Equal(t, tt.national, tt.s.NationalCode())
			assert.Equal(t, strings.ToLower(tt.english), tt.s.String(), "String is the English name")
			assert.Equal(t, tt.vietnamese, tt.s.Vietnamese())
			assert.Equal(t, tt.english, tt.s.English())
			assert.Equal(t, tt.final, tt.s.IsFinal())
			assert.Equal(t, tt.final, len(tt.s.Next()) == 0, "final statuses have no transition")

			got, err := dossier.StatusFromNationalCode(tt.national)
			require.NoError(t, err)
			assert.Equal(t, tt.s, got)

			b, err := tt.s.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.wire, string(b))
			var back dossier.Status
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.s, back)
		})
	}
}

// Invalid statuses: the zero value and values past Returned (STYLE.md §4.4:
// a %!Type(n) fallback, not valid, not marshalled).
func TestStatusInvalid(t *testing.T) {
	for _, s := range []dossier.Status{dossier.StatusUnknown, dossier.Returned + 1, 255} {
		assert.False(t, s.IsValid(), "%d", s)
		assert.Equal(t, fmt.Sprintf("%%!Status(%d)", uint8(s)), s.String())
		assert.Equal(t, s.String(), s.Vietnamese())
		assert.Equal(t, s.String(), s.English())
		assert.Zero(t, s.NationalCode())
		assert.Nil(t, s.Next())
		for n := dossier.Registered; n <= dossier.Returned; n++ {
			assert.False(t, s.CanMove(n))
		}
		_, err := s.MarshalText()
		assert.Error(t, err)
	}
	for _, n := range []int{0, -1, 11, 100} {
		_, err := dossier.StatusFromNationalCode(n)
		assert.ErrorIs(t, err, dossier.ErrSyntax, "national code %d", n)
	}
}

// UnmarshalText is strict (STYLE.md §4.15): exactly the wire codes, no case
// folding, spaces, numbers or Vietnamese names; on error the value is kept.
func TestStatusUnmarshalTextStrict(t *testing.T) {
	for _, in := range []string{"", "Received", "RECEIVED", " received", "received ", "2", "Được tiếp nhận",
		"not received", "not-received", "unknown", "received\x00"} {
		s := dossier.Processing
		err := s.UnmarshalText([]byte(in))
		assert.ErrorIs(t, err, dossier.ErrSyntax, "%q", in)
		assert.Contains(t, err.Error(), fmt.Sprintf("%q", in), "the error quotes the input")
		assert.Equal(t, dossier.Processing, s, "%q changed the status", in)
	}
}

// allowed is the transition table of Decree 61/2018/NĐ-CP Arts. 17–20 and
// Decree 118/2025/NĐ-CP Art. 21 / Circular 03/2025/TT-VPCP Art. 7, written
// out from the law independently of the package's table.
var allowed = map[dossier.Status][]dossier.Status{
	// Online filing: received (Art. 17(2)), refused (17(1)(b)), or withdrawn.
	dossier.Registered: {dossier.Received, dossier.NotReceived, dossier.WithdrawalRequested},
	// Received: transferred to the agency (Art. 18) or withdrawn.
	dossier.Received: {dossier.Processing, dossier.WithdrawalRequested},
	// Processing: supplement (19(4)), financial obligation, result (19(8)),
	// withdrawal while no result exists.
	dossier.Processing: {dossier.SupplementRequested, dossier.FinancialObligation, dossier.Processed, dossier.WithdrawalRequested},
	// Waiting for a supplement: it comes back, is withdrawn, or never comes.
	dossier.SupplementRequested: {dossier.Processing, dossier.WithdrawalRequested, dossier.Stopped},
	// Waiting for payment.
	dossier.FinancialObligation: {dossier.Processing, dossier.WithdrawalRequested},
	// Withdrawal: the stop notice (118/2025 Art. 21).
	dossier.WithdrawalRequested: {dossier.Stopped},
	// A result is returned (61/2018 Art. 20).
	dossier.Processed: {dossier.Returned},
}

func TestTransitionTable(t *testing.T) {
	for from := dossier.Registered; from <= dossier.Returned; from++ {
		assert.Equal(t, allowed[from], from.Next(), "Next(%s)", from)
		for to := dossier.StatusUnknown; to <= dossier.Returned+1; to++ {
			want := slices.Contains(allowed[from], to)
			assert.Equal(t, want, from.CanMove(to), "%s → %s", from, to)
		}
	}
	// Next returns the caller's slice.
	n := dossier.Processing.Next()
	n[0] = dossier.Returned
	assert.Equal(t, dossier.SupplementRequested, dossier.Processing.Next()[0])
}

// A sample of refused transitions, each with the rule that forbids it.
func TestTransitionRefused(t *testing.T) {
	tests := []struct {
		from, to dossier.Status
		why      string
	}{
		{dossier.Processed, dossier.WithdrawalRequested, "no withdrawal once a result exists (TT 03/2025 Art. 7)"},
		{dossier.Processed, dossier.Stopped, "no stop once a result exists (118/2025 Art. 21)"},
		{dossier.Returned, dossier.Processing, "Returned is final"},
		{dossier.NotReceived, dossier.Received, "a refused dossier is final (form 03)"},
		{dossier.Stopped, dossier.Processing, "Stopped is final"},
		{dossier.Received, dossier.Processed, "a result needs processing by the agency (Art. 18, 19)"},
		{dossier.Received, dossier.SupplementRequested, "supplement is asked during appraisal (Art. 19(4))"},
		{dossier.Registered, dossier.Processing, "an online dossier is received first (Art. 17(2))"},
		{dossier.SupplementRequested, dossier.Processed, "no result while waiting for the supplement"},
		{dossier.FinancialObligation, dossier.Processed, "no result before the obligation is paid"},
		{dossier.FinancialObligation, dossier.Stopped, "stopping needs a withdrawal request first"},
		{dossier.WithdrawalRequested, dossier.Processing, "a withdrawal is not undone"},
		{dossier.Processing, dossier.Returned, "return needs a result (Art. 20)"},
		{dossier.Processing, dossier.Processing, "no self loop"},
	}
	for _, tt := range tests {
		assert.False(t, tt.from.CanMove(tt.to), "%s → %s: %s", tt.from, tt.to, tt.why)
	}
}

// RegimeOn chooses by the receipt date (Decree 118/2025/NĐ-CP
// Art. 1): Decree 118/2025/NĐ-CP from 1 July 2025.
func TestRegimeOn(t *testing.T) {
	tests := []struct {
		d    string
		want dossier.Regime
	}{
		{"2010-01-01", dossier.Regime2018()}, // before 61/2018 took effect: not modelled apart
		{"2018-06-21", dossier.Regime2018()}, // Decree 61/2018/NĐ-CP in force (recalled)
		{"2025-06-30", dossier.Regime2018()},
		{"2025-07-01", dossier.Regime2025()},
		{"2026-02-13", dossier.Regime2025()},
		{"2199-12-31", dossier.Regime2025()},
	}
	for _, tt := range tests {
		d := mustDate(t, tt.d)
		assert.Equal(t, tt.want, dossier.RegimeOn(d), tt.d)
		assert.True(t, dossier.RegimeOn(d).IsValid())
	}
	assert.False(t, dossier.Regime{}.IsValid())
	assert.True(t, dossier.Regime2018().Covers(mustDate(t, "2025-06-30")))
	assert.False(t, dossier.Regime2018().Covers(mustDate(t, "2025-07-01")))
	assert.False(t, dossier.Regime2018().Covers(mustDate(t, "2018-06-20")))
	assert.True(t, dossier.Regime2025().Covers(mustDate(t, "2025-07-01")))
	assert.True(t, dossier.Regime2025().Covers(mustDate(t, "2199-01-01")))
	assert.False(t, dossier.Regime2025().Covers(mustDate(t, "2025-06-30")))
}

// The differences between the regimes, each with its source.
func TestRegimeRules(t *testing.T) {
	r18, r25 := dossier.Regime2018(), dossier.Regime2025()
	assert.Equal(t, "2018", r18.Name)
	assert.Equal(t, "2025", r25.Name)
	assert.Contains(t, r18.Texts, "61/2018/NĐ-CP")
	assert.Contains(t, r25.Texts, "118/2025/NĐ-CP")
	// 61/2018 Art. 19(4): restart, notice within 3 working days; kept in 2025
	// (the 2025 text could not be confirmed: the 2018 rule is kept).
	assert.True(t, r18.SupplementRestarts)
	assert.True(t, r25.SupplementRestarts)
	assert.Equal(t, 3, r18.SupplementNoticeDays)
	assert.Equal(t, 3, r25.SupplementNoticeDays)
	// 118/2025 Art. 11(2): one request; 2018: no limit (flagged, rule 19).
	assert.Equal(t, 0, r18.MaxSupplementRequests)
	assert.Equal(t, 1, r25.MaxSupplementRequests)
	// 61/2018 Art. 18(2): 15:00.
	assert.Equal(t, "15:00", r18.TransferCutoff.HhMm())
	assert.Equal(t, "15:00", r25.TransferCutoff.HhMm())
	// 61/2018 Art. 19(9): at least one day before.
	assert.Equal(t, 1, r18.ApologyWorkingDaysBefore)
	assert.Equal(t, 1, r25.ApologyWorkingDaysBefore)
	// 2025 only: phi địa giới, digitisation (118/2025 Art. 17(1)(c)), forms
	// with hour and minute, the stop notice (Art. 21).
	assert.False(t, r18.SeparateReceivingUnit || r18.DigitiseAtReceipt || r18.FormsWithTime || r18.StopNotice)
	assert.True(t, r25.SeparateReceivingUnit && r25.DigitiseAtReceipt && r25.FormsWithTime && r25.StopNotice)
}

// Event kinds: stable wire codes, strict decoding.
func TestEventKindText(t *testing.T) {
	codes := []string{"submitted", "received", "refused", "transferred", "supplement_requested", "supplemented",
		"obligation_requested", "obligation_paid", "apologised", "processed", "returned", "withdrawal_requested", "stopped",
		"step_started", "step_finished", "fee_paid"}
	for i, c := range codes {
		k := dossier.EventKind(i + 1)
		assert.True(t, k.IsValid())
		assert.Equal(t, strings.ReplaceAll(c, "_", " "), k.String(), "String is the English name")
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c, string(b))
		var back dossier.EventKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	for _, k := range []dossier.EventKind{dossier.EventUnknown, dossier.EventKind(len(codes) + 1)} {
		assert.False(t, k.IsValid())
		assert.Equal(t, fmt.Sprintf("%%!EventKind(%d)", uint8(k)), k.String())
		_, err := k.MarshalText()
		assert.Error(t, err)
	}
	k := dossier.EventStopped
	err := k.UnmarshalText([]byte("Stopped"))
	var ie *dossier.InputError
	assert.True(t, errors.As(err, &ie))
	assert.ErrorIs(t, err, dossier.ErrSyntax)
	assert.Equal(t, dossier.EventStopped, k)
}
