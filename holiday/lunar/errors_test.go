package lunar_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday/lunar"
)

func TestErrors(t *testing.T) {
	first, last := lunar.Span()
	toSolar := func(d lunar.Date) func() error {
		return func() error { _, err := lunar.ToSolar(d); return err }
	}
	tests := []struct {
		name  string
		call  func() error
		want  error
		quote string // must appear in the message
	}{
		{"month 13", toSolar(lunar.Date{Year: 2025, Month: 13, Day: 1}), lunar.ErrNoSuchMonth, "2025-13-01"},
		{"month 0", toSolar(lunar.Date{Year: 2025, Month: 0, Day: 1}), lunar.ErrNoSuchMonth, "2025-00-01"},
		{"day 0", toSolar(lunar.Date{Year: 2025, Month: 1, Day: 0}), lunar.ErrNoSuchDay, "2025-01-00"},
		{"day 31", toSolar(lunar.Date{Year: 2025, Month: 1, Day: 31}), lunar.ErrNoSuchDay, "2025-01-31"},
		// Month 12 of 2025 (Ất Tỵ) has 29 days: Tết 2026 is 2026-02-17.
		{"day 30 of 29-day month", toSolar(lunar.Date{Year: 2025, Month: 12, Day: 30}), lunar.ErrNoSuchDay, "2025-12-30: month has 29 days"},
		{"leap month absent", toSolar(lunar.Date{Year: 2026, Month: 6, Day: 1, Leap: true}), lunar.ErrNoSuchMonth, "2026-06L-01"},
		{"wrong leap month", toSolar(lunar.Date{Year: 2025, Month: 5, Day: 1, Leap: true}), lunar.ErrNoSuchMonth, "leap month 6, not 5"},
		{"year 1899", toSolar(lunar.Date{Year: 1899, Month: 1, Day: 1}), lunar.ErrOutOfSpan, "1899-01-01"},
		{"year 2200", toSolar(lunar.Date{Year: 2200, Month: 1, Day: 1}), lunar.ErrOutOfSpan, "2200-01-01"},
		{"zero Date", toSolar(lunar.Date{}), lunar.ErrOutOfSpan, "0000-00-00"},
		{"NewYear 1899", func() error { _, err := lunar.NewYear(1899); return err }, lunar.ErrOutOfSpan, "year 1899"},
		{"NewYear 2200", func() error { _, err := lunar.NewYear(2200); return err }, lunar.ErrOutOfSpan, "year 2200"},
		{"LeapMonth 1899", func() error { _, err := lunar.LeapMonth(1899); return err }, lunar.ErrOutOfSpan, "year 1899"},
		{"LeapMonth 2200", func() error { _, err := lunar.LeapMonth(2200); return err }, lunar.ErrOutOfSpan, "year 2200"},
		{"MonthLength month 13", func() error { _, err := lunar.MonthLength(2025, 13, false); return err }, lunar.ErrNoSuchMonth, "month 2025-13"},
		{"MonthLength absent leap", func() error { _, err := lunar.MonthLength(2024, 4, true); return err }, lunar.ErrNoSuchMonth, "month 2024-04L"},
		{"MonthLength 2200", func() error { _, err := lunar.MonthLength(2200, 1, false); return err }, lunar.ErrOutOfSpan, "month 2200-01"},
		{"MonthStart 1899", func() error { _, err := lunar.MonthStart(1899, 12, false); return err }, lunar.ErrOutOfSpan, "month 1899-12"},
		{"solar before span", func() error { _, err := lunar.FromSolar(first - 1); return err }, lunar.ErrOutOfSpan, "solar " + (first - 1).String()},
		{"solar after span", func() error { _, err := lunar.FromSolar(last + 1); return err }, lunar.ErrOutOfSpan, "solar " + (last + 1).String()},
		{"solar 1800", func() error { _, err := lunar.FromSolar(date.New(1800, time.January, 1)); return err }, lunar.ErrOutOfSpan, "solar 1800-01-01"},
		{"parse syntax", func() error { _, err := lunar.ParseDate("2025-1-01"); return err }, lunar.ErrSyntax, `"2025-1-01"`},
		{"parse month 13", func() error { _, err := lunar.ParseDate("2025-13-01"); return err }, lunar.ErrNoSuchMonth, `"2025-13-01"`},
		{"parse day 30", func() error { _, err := lunar.ParseDate("2025-12-30"); return err }, lunar.ErrNoSuchDay, `"2025-12-30"`},
		{"parse out of span", func() error { _, err := lunar.ParseDate("1899-01-01"); return err }, lunar.ErrOutOfSpan, `"1899-01-01"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v; want errors.Is(err, %v)", err, tt.want)
			}
			var de *lunar.DateError
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *lunar.DateError", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "lunar: ") || !strings.Contains(msg, tt.quote) {
				t.Errorf("message %q: want prefix %q and to contain %q", msg, "lunar: ", tt.quote)
			}
		})
	}
}

func TestErrorMessageExample(t *testing.T) {
	_, err := lunar.ToSolar(lunar.Date{Year: 2025, Month: 12, Day: 30})
	if got, want := err.Error(), "lunar: 2025-12-30: month has 29 days"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate did not panic on bad input")
		}
	}()
	lunar.MustParseDate("not a date")
}
