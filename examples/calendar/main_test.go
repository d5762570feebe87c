package main

import (
	"strings"
	"testing"
	"time"
)

// February 2026: Tết Bính Ngọ, off 14–22 February (Notice 9441/TB-BNV).
func TestFebruary2026(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2026", "-month", "2"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Tháng 2 năm 2026\n",
		"17 (1/1) L",          // Tết, 1 tháng Giêng
		"\n23 (7)     24 (8)", // back to work
		"  16/02 L: Tết Nguyên Đán (nguồn:",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q; got:\n%s", want, out.String())
		}
	}
}

// January 2026: Friday 2 January swapped with Saturday 10 January (VPCP
// letter 12729/VPCP-KGVX).
func TestSwapJanuary2026English(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2026", "-month", "1", "-lang", "en"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{" 2 (14)  H", "10 (22)  D", "Swapped working day"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q; got:\n%s", want, out.String())
		}
	}
}

func TestWholeYearAndErrors(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2027"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "(dự kiến"); got != 12 {
		t.Errorf("2027 should be 12 projected months, got %d", got)
	}
	for _, args := range [][]string{{"-year", "1999"}, {"-month", "13"}, {"-lang", "de"}} {
		if err := run(&strings.Builder{}, args, time.Now()); err == nil {
			t.Errorf("run(%q): want an error", args)
		}
	}
}
