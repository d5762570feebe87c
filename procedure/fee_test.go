package procedure_test

import (
	"testing"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/shopspring/decimal"
)

func TestFeeFor(t *testing.T) {
	c := sample.Catalog()
	on := day(2026, 3, 2)
	tests := []struct {
		code   string
		ch     procedure.Channel
		on     int // 0 = on; otherwise a year
		claims []string
		want   string
	}{
		{"1.004222", procedure.ChannelDirect, 0, nil, "20000"},
		{"1.004222", procedure.ChannelOnlinePartial, 0, nil, "10000"},    // TT 75/2022: 50 % online
		{"1.004222", procedure.ChannelOnlinePartial, 2022, nil, "20000"}, // before 2023-02-05
		{"1.004194", procedure.ChannelDirect, 0, nil, "15000"},
		{"1.004194", procedure.ChannelOnlinePartial, 0, nil, "7000"},
		{"1.001193", procedure.ChannelDirect, 0, nil, "8000"},
		{"1.001193", procedure.ChannelDirect, 0, []string{"on_time"}, "0"},
		{"1.001193", procedure.ChannelDirect, 0, []string{"copy"}, "16000"},
		{"1.001193", procedure.ChannelOnlinePartial, 2023, nil, "5600"}, // 30 % until 2023-12-31
		{"1.001193", procedure.ChannelOnlinePartial, 0, nil, "8000"},
		{"1.001193", procedure.ChannelOnlinePartial, 2023, []string{"poor_household"}, "0"}, // largest reduction, not stacked
		{"1.012753", procedure.ChannelDirect, 0, []string{"land_only"}, "1260000"},
		{"1.012753", procedure.ChannelOnlinePartial, 0, []string{"land_only"}, "1197000"},
		{"1.012753", procedure.ChannelOnlinePartial, 0, []string{"land_and_asset"}, "1985500"},
		{"1.012753", procedure.ChannelOnlinePartial, 0, nil, "0"},
		{"2.000815", procedure.ChannelDirect, 0, []string{"page_3_plus"}, "3000"},
		{"2.001263", procedure.ChannelDirect, 0, []string{"relative"}, "0"},
		{"2.001263", procedure.ChannelDirect, 0, []string{"unknown-claim"}, "400000"},
	}
	for _, tt := range tests {
		d := on
		if tt.on != 0 {
			d = day(tt.on, 6, 1)
		}
		p, err := c.Lookup(tt.code, d)
		if err != nil {
			t.Fatal(err)
		}
		got := p.FeeFor(tt.ch, d, tt.claims...)
		if !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("%s %v %s %v = %s, want %s", tt.code, tt.ch, d, tt.claims, got, tt.want)
		}
	}
}

func TestFeeExactDecimal(t *testing.T) {
	s := baseSpec("1.000001")
	s.Fees = []procedure.Fee{{Kind: procedure.FeeKindFee, Name: "x", Amount: decimal.RequireFromString("0.1"),
		Reductions: []procedure.Reduction{{Code: "r", Percent: decimal.RequireFromString("33.3"), Automatic: true}}}}
	p := procedure.MustNew(s)
	// 0.1 × (100 − 33.3) / 100 = 0.0667 exactly; a float would give 0.06670000000000001.
	if got := p.FeeFor(procedure.ChannelDirect, day(2026, 1, 1)); got.String() != "0.0667" {
		t.Errorf("got %s", got)
	}
	// Ten times 0.1 is exactly 1.
	sum := decimal.Zero
	for range 10 {
		sum = sum.Add(procedure.MustNew(baseSpec("1.000001")).FeeFor(procedure.ChannelDirect, 0).Shift(-5))
	}
	if !sum.Equal(decimal.RequireFromString("0.8")) {
		t.Errorf("sum %s", sum)
	}
}
