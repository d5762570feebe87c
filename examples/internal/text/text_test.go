package text

import (
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
)

func TestHelpers(t *testing.T) {
	d := date.New(2026, time.February, 17) // a Tuesday
	if Weekday(d, false) != "T3" || Weekday(d, true) != "Tue" {
		t.Errorf("Weekday = %q, %q", Weekday(d, false), Weekday(d, true))
	}
	if got := Clip("Ủy ban nhân dân cấp xã", 8); got != "Ủy ban …" {
		t.Errorf("Clip = %q", got)
	}
	got := Wrap("một hai ba bốn năm", 7, "  ")
	if got != "một hai\n  ba bốn\n  năm" {
		t.Errorf("Wrap = %q", got)
	}
	var b strings.Builder
	Printer{W: &b, EN: true}.F("xin chào %d", "hello %d", 1)
	if b.String() != "hello 1" {
		t.Errorf("Printer.F = %q", b.String())
	}
}
