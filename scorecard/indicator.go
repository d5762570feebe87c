package scorecard

import "github.com/shopspring/decimal"

// Input is one figure an indicator was computed from, named in Vietnamese
// and English.
type Input struct {
	Vietnamese string `json:"vi"`
	English    string `json:"en"`
	Value      int64  `json:"value"`
}

// Indicator is one row of the scorecard, explaining itself: its inputs, the
// ratio they give, the formula that turns the ratio into points, the
// points, the row's maximum and its source.
//
// Applicable is false when the row had nothing to judge (a zero
// denominator): it then scores its maximum (see [Score]). An Indicator is
// a plain value; the zero Indicator is empty.
type Indicator struct {
	// ID numbers the row within its group, e.g. "2.1".
	ID         string          `json:"id"`
	Group      Group           `json:"group"`
	Vietnamese string          `json:"vi"`
	English    string          `json:"en"`
	Inputs     []Input         `json:"inputs"`
	Ratio      decimal.Decimal `json:"ratio"`
	Applicable bool            `json:"applicable"`
	// Formula is the rule from ratio to points in a language-neutral
	// notation, e.g. "min(6, 6 × ratio / 0.5)"; the Vietnamese rendering
	// writes it with "tỷ lệ" and decimal commas.
	Formula string          `json:"formula"`
	Points  decimal.Decimal `json:"points"`
	Max     decimal.Decimal `json:"max"`
	Source  string          `json:"source"`
}

// Lost returns the points the row lost: Max − Points.
func (i Indicator) Lost() decimal.Decimal { return i.Max.Sub(i.Points) }

var (
	one     = decimal.NewFromInt(1)
	eighty  = decimal.NewFromFloat(0.8)
	ninety  = decimal.NewFromFloat(0.9)
	half    = decimal.NewFromFloat(0.5)
	twoHalf = decimal.NewFromFloat(2.5)
)

// ratioOf returns num/den in [0, 1], rounded half up to four decimals, and
// whether there was anything to judge; a zero denominator gives 1.
func ratioOf(num, den int64) (decimal.Decimal, bool) {
	if den <= 0 {
		return one, false
	}
	if num <= 0 {
		return decimal.Zero, true
	}
	if num >= den {
		return one, true
	}
	return decimal.NewFromInt(num).DivRound(decimal.NewFromInt(den), 4), true
}

// linear is max × ratio, rounded to two decimals.
func linear(maxPoints int64, ratio decimal.Decimal) decimal.Decimal {
	return clampPoints(decimal.NewFromInt(maxPoints).Mul(ratio), maxPoints)
}

// fullAt is min(max, max × ratio / at): full points from the share at.
func fullAt(maxPoints int64, ratio, at decimal.Decimal) decimal.Decimal {
	return clampPoints(decimal.NewFromInt(maxPoints).Mul(ratio).DivRound(at, 6), maxPoints)
}

// clampPoints rounds p half up to two decimals within [0, max].
func clampPoints(p decimal.Decimal, maxPoints int64) decimal.Decimal {
	m := decimal.NewFromInt(maxPoints)
	switch {
	case p.IsNegative():
		return decimal.Zero
	case p.GreaterThan(m):
		return m
	}
	return p.Round(2)
}
