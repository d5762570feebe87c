package procedure_test

import (
	"strings"
	"testing"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

func TestSample(t *testing.T) {
	c := procedure.Sample()
	if c != procedure.Sample() {
		t.Error("Sample is parsed more than once")
	}
	if c.Len() < 15 {
		t.Fatalf("sample has %d procedures", c.Len())
	}
	r := procedure.SampleRegistry()
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
}
