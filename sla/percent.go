package sla

import (
	"strings"

	"github.com/shopspring/decimal"
)

// FormatPercentVietnamese formats a percentage the way Vietnamese reports print it:
// two decimals, a decimal comma and a space before the sign, for example
// "73,20 %", "100,00 %" or "0,00 %". p is a number of percent (73.2, not
// 0.732), as returned by [Counts.Percent]; it is rounded half away from
// zero to two decimals. No thousands separator is written. It is safe for
// concurrent use.
func FormatPercentVietnamese(p decimal.Decimal) string {
	return strings.Replace(p.StringFixed(2), ".", ",", 1) + " %"
}

// FormatPercentEnglish formats a percentage the English way: two decimals,
// a decimal point and no space before the sign, for example "73.20%". It
// rounds like [FormatPercentVietnamese] and is safe for concurrent use.
func FormatPercentEnglish(p decimal.Decimal) string {
	return p.StringFixed(2) + "%"
}
