package sla_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/sla"
)

func outcomeDay(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }

func TestOutcomeOf(t *testing.T) {
	due := outcomeDay(2024, time.March, 15)
	tests := []struct {
		name       string
		finished   date.Date
		due        date.Date
		apologised bool
		want       sla.Outcome
	}{
		// DVCQG index spec [secondary]; Circular 01/2018/TT-VPCP Art. 13:
		// finished before the due date is early ("trước hạn").
		{"day before due is early", outcomeDay(2024, time.March, 14), due, false, sla.Early},
		{"month before due is early", outcomeDay(2024, time.February, 15), due, false, sla.Early},
		// An apology only matters when late (Decree 61/2018/NĐ-CP Art. 19(9)).
		{"early ignores apology", outcomeDay(2024, time.March, 1), due, true, sla.Early},
		// DVCQG: on or before the appointment date is on time; on the due
		// date itself is "đúng hạn".
		{"on due date is on time", due, due, false, sla.OnTime},
		{"on time ignores apology", due, due, true, sla.OnTime},
		// DVCQG; Circular 01/2018 Art. 13: after the due date is late.
		{"day after due is late", outcomeDay(2024, time.March, 16), due, false, sla.Late},
		{"year after due is late", outcomeDay(2025, time.March, 15), due, false, sla.Late},
		// Decree 61/2018 Art. 19(9): still late against the ORIGINAL due
		// date, reported apart as late with apology.
		{"late with apology", outcomeDay(2024, time.March, 18), due, true, sla.LateApologised},
		// Across a year end: only calendar order matters.
		{"across year end early", outcomeDay(2023, time.December, 31), outcomeDay(2024, time.January, 1), false, sla.Early},
		{"across year end late", outcomeDay(2024, time.January, 1), outcomeDay(2023, time.December, 31), false, sla.Late},
		// Zero dates mean unknown: no outcome can be derived.
		{"zero finished", date.Zero, due, false, sla.OutcomeUnknown},
		{"zero due", outcomeDay(2024, time.March, 14), date.Zero, true, sla.OutcomeUnknown},
		{"both zero", date.Zero, date.Zero, false, sla.OutcomeUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sla.OutcomeOf(tt.finished, tt.due, tt.apologised)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got == sla.Late || got == sla.LateApologised, got.IsLate())
		})
	}
}

func TestOutcomeNames(t *testing.T) {
	tests := []struct {
		o                 sla.Outcome
		str, vi, en, code string
		valid, late       bool
	}{
		{sla.OutcomeUnknown, "unknown", "không xác định", "unknown", "", false, false},
		{sla.Early, "early", "trước hạn", "early", "early", true, false},
		{sla.OnTime, "on time", "đúng hạn", "on time", "on_time", true, false},
		{sla.Late, "late", "quá hạn", "late", "late", true, true},
		{sla.LateApologised, "late with apology", "quá hạn có xin lỗi", "late with apology", "late_apologised", true, true},
		{sla.Outcome(5), "%!Outcome(5)", "%!Outcome(5)", "%!Outcome(5)", "", false, false},
		{sla.Outcome(255), "%!Outcome(255)", "%!Outcome(255)", "%!Outcome(255)", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			assert.Equal(t, tt.str, tt.o.String())
			assert.Equal(t, tt.vi, tt.o.Vietnamese())
			assert.Equal(t, tt.en, tt.o.English())
			assert.Equal(t, tt.valid, tt.o.IsValid())
			assert.Equal(t, tt.late, tt.o.IsLate())

			b, err := tt.o.MarshalText()
			if !tt.valid {
				assert.Error(t, err)
				assert.Nil(t, b)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.code, string(b))

			var back sla.Outcome
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.o, back)
		})
	}
}

func TestOutcomeUnmarshalTextStrict(t *testing.T) {
	bad := []string{"", "Early", "EARLY", " early", "early ", "on time", "ontime",
		"late-apologised", "late_apologized", "unknown", "0", "1", "trước hạn"}
	for _, in := range bad {
		o := sla.OnTime
		err := o.UnmarshalText([]byte(in))
		if assert.Error(t, err, "input %q", in) {
			assert.Contains(t, err.Error(), `"`+strings.ReplaceAll(in, `"`, `\"`)+`"`,
				"error should quote the input")
		}
		assert.Equal(t, sla.OnTime, o, "receiver must be unchanged on error")
	}
}

func TestOutcomeJSON(t *testing.T) {
	type rec struct {
		O sla.Outcome `json:"o"`
	}
	b, err := json.Marshal(rec{sla.LateApologised})
	require.NoError(t, err)
	assert.JSONEq(t, `{"o":"late_apologised"}`, string(b))

	var r rec
	require.NoError(t, json.Unmarshal([]byte(`{"o":"on_time"}`), &r))
	assert.Equal(t, sla.OnTime, r.O)

	assert.Error(t, json.Unmarshal([]byte(`{"o":"soon"}`), &r))
	_, err = json.Marshal(rec{})
	assert.Error(t, err, "zero Outcome must not marshal")
}
