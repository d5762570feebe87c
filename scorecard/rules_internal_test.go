package scorecard

import (
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// TestRulesProperty: each scoring rule gives points in [0, max], monotone
// in the ratio (the laws issue 16 asks of every indicator).
func TestRulesProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		maxPoints := rapid.SampledFrom([]int64{2, 4, 6, 12, 20}).Draw(t, "max")
		den := rapid.Int64Range(1, 1_000_000).Draw(t, "den")
		a := rapid.Int64Range(0, den).Draw(t, "a")
		b := rapid.Int64Range(a, den).Draw(t, "b")
		ra, _ := ratioOf(a, den)
		rb, _ := ratioOf(b, den)
		if ra.GreaterThan(rb) {
			t.Fatalf("ratio not monotone: %s > %s", ra, rb)
		}
		m := decimal.NewFromInt(maxPoints)
		rules := map[string]func(decimal.Decimal) decimal.Decimal{
			"linear":  func(r decimal.Decimal) decimal.Decimal { return linear(maxPoints, r) },
			"80 %":    func(r decimal.Decimal) decimal.Decimal { return fullAt(maxPoints, r, eighty) },
			"50 %":    func(r decimal.Decimal) decimal.Decimal { return fullAt(maxPoints, r, half) },
			"90 %":    func(r decimal.Decimal) decimal.Decimal { return fullAt(maxPoints, r, ninety) },
			"2.5 × r": func(r decimal.Decimal) decimal.Decimal { return clampPoints(twoHalf.Mul(r), 2) },
		}
		for name, rule := range rules {
			pa, pb := rule(ra), rule(rb)
			if pa.IsNegative() || pb.GreaterThan(m) || (name == "2.5 × r" && pb.GreaterThan(decimal.NewFromInt(2))) {
				t.Fatalf("%s: points %s, %s outside [0, %d]", name, pa, pb, maxPoints)
			}
			if pa.GreaterThan(pb) {
				t.Fatalf("%s: not monotone: ratio %s → %s, ratio %s → %s", name, ra, pa, rb, pb)
			}
		}
		if full, _ := ratioOf(den, den); !linear(maxPoints, full).Equal(m) {
			t.Fatalf("ratio 1 does not score the maximum")
		}
	})
}
