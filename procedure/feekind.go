package procedure

import "github.com/motcua/motcua/internal/enum"

// FeeKind distinguishes a fee (phí) from a charge (lệ phí), the two kinds of
// the Law on Fees and Charges 2015 (Law 97/2015/QH13). Its zero value is
// [FeeKindUnknown], which is invalid; wire codes "fee" and "charge" are stable.
type FeeKind uint8

const (
	// FeeKindUnknown is the zero FeeKind; it is invalid.
	FeeKindUnknown FeeKind = iota
	// FeeKindFee is a fee (phí), which recovers the cost of a service.
	FeeKindFee
	// FeeKindCharge is a charge (lệ phí), collected for a state management act.
	FeeKindCharge
)

// feeKindTable holds the stable wire codes and English names of FeeKind.
var feeKindTable = enum.Table[FeeKind]{
	Type:  "FeeKind",
	Codes: []string{"", "fee", "charge"},
	Names: []string{"unknown", "fee (phí)", "charge (lệ phí)"},
	Fail:  enumError,
}

// feeKindVI holds the Vietnamese names of FeeKind, by value.
var feeKindVI = []string{"", "Phí", "Lệ phí"}

// Vietnamese returns "Phí" or "Lệ phí".
func (k FeeKind) Vietnamese() string { return vietnamese(feeKindVI, &feeKindTable, k) }

// String returns an English name, or "%!FeeKind(n)".
func (k FeeKind) String() string { return feeKindTable.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k FeeKind) IsValid() bool { return feeKindTable.IsValid(k) }

// MarshalText implements [encoding.TextMarshaler] with the stable code; an
// invalid value is a *[ValidationError] wrapping [ErrInvalidValue].
func (k FeeKind) MarshalText() ([]byte, error) { return feeKindTable.MarshalText(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]. On error *k is unchanged.
func (k *FeeKind) UnmarshalText(b []byte) error { return feeKindTable.UnmarshalText(k, b) }
