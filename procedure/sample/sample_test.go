package sample_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

func TestSample(t *testing.T) {
	c := sample.Catalog()
	if c != sample.Catalog() {
		t.Error("the sample is parsed more than once")
	}
	if c.Len() < 17 {
		t.Fatalf("sample has %d procedures", c.Len())
	}
	r := sample.Registry()
	on := day(2026, 1, 5)
	fields := map[string]bool{}
	for _, code := range c.Codes() {
		p, err := c.Lookup(code, on)
		if err != nil {
			t.Fatal(err)
		}
		fields[p.Field()] = true
		if !strings.Contains(p.Source(), "http") && !strings.Contains(p.Source(), "Thông tư") && !strings.Contains(p.Source(), "ChiTietTTHC") {
			t.Errorf("%s: source %q names no document", code, p.Source())
		}
		for _, list := range [][]string{p.Implementing(), p.Authorised(), p.Coordinating()} {
			for _, a := range list {
				if !r.KnowsAgency(a, on) {
					t.Errorf("%s: agency %q unknown to the sample registry", code, a)
				}
			}
		}
		if p.HasLevel(procedure.LevelDistrict) {
			t.Errorf("%s: district level in 2026", code)
		}
	}
	if len(fields) < 6 {
		t.Errorf("only %d fields", len(fields))
	}
	// 2.000908: "Trong ngày… sau 15 giờ thì … ngày làm việc tiếp theo" = SameDay + 15:00.
	p, _ := c.Lookup("2.000908", on)
	tl, ok := p.Limit(procedure.ChannelDirect)
	cut, hasCut := p.Cutoff()
	if !ok || !tl.Statutory.IsSameDay() || !hasCut || cut != clock.New(15, 0, 0, 0) {
		t.Errorf("2.000908: %+v cutoff %v", tl, cut)
	}
	p, _ = c.Lookup("1.003677", on)
	if tl, _ := p.Limit(procedure.ChannelDirect); tl.Statutory != sla.CalendarDays(1) {
		t.Errorf("1.003677 limit %v", tl.Statutory)
	}
	// Statutory limits filled from the laws (Luật Cư trú 2020 Art. 22, 28;
	// Nghị định 154/2024 Art. 10; Luật Căn cước 2023 Art. 26; Luật Xây dựng
	// Art. 102) and a provincial catalogue (1.001612, 1.002755).
	for code, want := range map[string]sla.Limit{
		"1.004222": sla.WorkingDays(7),
		"1.004194": sla.WorkingDays(3),
		"1.002755": sla.WorkingDays(3),
		"1.010028": sla.WorkingDays(3),
		"2.000200": sla.WorkingDays(7),
		"1.001612": sla.WorkingDays(3),
		"1.013225": sla.CalendarDays(15),
	} {
		p, err := c.Lookup(code, on)
		if err != nil {
			t.Fatal(err)
		}
		if tl, ok := p.Limit(procedure.ChannelDirect); !ok || tl.Statutory != want || tl.StatutoryText == "" {
			t.Errorf("%s: direct limit %v (%q), want %v", code, tl.Statutory, tl.StatutoryText, want)
		}
	}
	// 1.013225: 75.000 đ per permit (Hải Phòng), 0 đ online from 2026-08-08.
	p, _ = c.Lookup("1.013225", on)
	for _, tc := range []struct {
		ch   procedure.Channel
		on   date.Date
		want string
	}{
		{procedure.ChannelDirect, day(2026, 9, 1), "75000"},
		{procedure.ChannelOnlinePartial, day(2026, 8, 7), "75000"},
		{procedure.ChannelOnlinePartial, day(2026, 8, 8), "0"},
	} {
		if got := p.FeeFor(tc.ch, tc.on); got.String() != tc.want {
			t.Errorf("1.013225 fee %v on %v = %v, want %s", tc.ch, tc.on, got, tc.want)
		}
	}
	if got := p.FeeFor(procedure.ChannelDirect, day(2026, 9, 1), "poor_household"); !got.IsZero() {
		t.Errorf("1.013225 poor household fee = %v", got)
	}
	// 1.001612 is published by a decision with an effective date.
	if _, err := c.Lookup("1.001612", day(2025, 7, 9)); !errors.Is(err, procedure.ErrNotYetEffective) {
		t.Errorf("1.001612 before its decision: %v", err)
	}
}

// AllComponents yields what Components returns, in order, for every version
// of every sample procedure, and stops when asked to.
func TestAllComponents(t *testing.T) {
	c := sample.Catalog()
	for _, code := range c.Codes() {
		for _, v := range c.Versions(code) {
			if v.Abolished {
				continue
			}
			var got []procedure.Component
			for comp := range v.Procedure.AllComponents() {
				got = append(got, comp)
			}
			if want := v.Procedure.Components(); !slices.Equal(got, want) {
				t.Errorf("%s: AllComponents = %v, want %v", code, got, want)
			}
			n := 0
			for range v.Procedure.AllComponents() {
				n++
				break
			}
			if want := min(1, len(got)); n != want {
				t.Errorf("%s: %d components seen before the break, want %d", code, n, want)
			}
		}
	}
}

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }
