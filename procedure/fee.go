package procedure

import (
	"slices"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Fee is a fee (phí) or charge (lệ phí) of a procedure under the Law on
// Fees and Charges 2015 (Law 97/2015/QH13): an exact amount in VND per unit
// ("lần", "bản", "trang"), the channels it applies to, an optional
// condition, and the reductions and exemptions that can lower it.
//
// Amounts are [decimal.Decimal]; no arithmetic in this package goes through
// float64. A Fee holds slices: [Procedure] copies it in and out, so a Fee
// obtained from a Procedure can be changed freely. Compare with [Fee.Equal].
type Fee struct {
	Kind FeeKind
	// Code identifies a conditional fee for [Procedure.FeeFor] claims
	// (e.g. "late_registration", "copy"); required when Condition is set.
	Code string
	// Name is the catalogue wording ("Lệ phí đăng ký khai sinh").
	Name string
	// Amount is the amount in VND per Unit, ≥ 0.
	Amount decimal.Decimal
	// Unit is what the amount is counted per ("lần", "bản", "trang");
	// empty means per dossier.
	Unit string
	// Channels limits the fee to these channels; empty means every channel.
	Channels []Channel
	// Condition states when the fee is due; empty means always.
	Condition string
	// Reductions lists reductions and exemptions (100 %) of this fee.
	Reductions []Reduction
}

// Reduction lowers a fee by a percentage: 100 is an exemption (miễn),
// 50 a halving. It applies on the channels listed (empty: all) between From
// (inclusive) and Until (exclusive; zero dates are open), either
// automatically (online filing reductions) or when the applicant claims its
// Code (on-time registration, poor household, student).
type Reduction struct {
	Code        string
	Description string
	Percent     decimal.Decimal
	Channels    []Channel
	Automatic   bool
	From, Until date.Date
}

// appliesOn reports whether a reduction or fee restricted to chans applies on ch.
func appliesOn(chans []Channel, ch Channel) bool {
	return len(chans) == 0 || slices.Contains(chans, ch)
}

// validOn reports whether r is in force on day d.
func (r Reduction) validOn(d date.Date) bool {
	return (r.From == 0 || d >= r.From) && (r.Until == 0 || d < r.Until)
}

var hundred = decimal.NewFromInt(100)

// amountFor returns the amount of f on channel ch and day on, with the
// largest applicable reduction (reductions do not stack), and whether f is
// due at all.
func (f Fee) amountFor(ch Channel, on date.Date, claims []string) (decimal.Decimal, bool) {
	if !appliesOn(f.Channels, ch) {
		return decimal.Decimal{}, false
	}
	if f.Condition != "" && !slices.Contains(claims, f.Code) {
		return decimal.Decimal{}, false
	}
	best := decimal.Zero
	for _, r := range f.Reductions {
		if !r.validOn(on) || !appliesOn(r.Channels, ch) {
			continue
		}
		if !r.Automatic && !slices.Contains(claims, r.Code) {
			continue
		}
		if r.Percent.GreaterThan(best) {
			best = r.Percent
		}
	}
	// amount × (100 − p) / 100; Shift is exact, no division.
	return f.Amount.Mul(hundred.Sub(best)).Shift(-2), true
}

// Equal reports whether f and o are the same fee (decimal amounts compared
// by value: 8000 equals 8000.00).
func (f Fee) Equal(o Fee) bool {
	return f.Kind == o.Kind && f.Code == o.Code && f.Name == o.Name &&
		f.Amount.Equal(o.Amount) && f.Unit == o.Unit && slices.Equal(f.Channels, o.Channels) &&
		f.Condition == o.Condition && slices.EqualFunc(f.Reductions, o.Reductions, Reduction.Equal)
}

// Equal reports whether r and o are the same reduction.
func (r Reduction) Equal(o Reduction) bool {
	return r.Code == o.Code && r.Description == o.Description && r.Percent.Equal(o.Percent) &&
		slices.Equal(r.Channels, o.Channels) && r.Automatic == o.Automatic && r.From == o.From && r.Until == o.Until
}

func (f Fee) clone() Fee {
	f.Channels = slices.Clone(f.Channels)
	f.Reductions = slices.Clone(f.Reductions)
	for i := range f.Reductions {
		f.Reductions[i].Channels = slices.Clone(f.Reductions[i].Channels)
	}
	return f
}
