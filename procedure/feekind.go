package procedure

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

var feeKindText = enumText{
	typ:   "FeeKind",
	codes: []string{"", "fee", "charge"},
	names: []string{"unknown", "fee (phí)", "charge (lệ phí)"},
	vi:    []string{"", "Phí", "Lệ phí"},
}

// Vietnamese returns "Phí" or "Lệ phí".
func (k FeeKind) Vietnamese() string { return feeKindText.vietnamese(int(k)) }

// String returns an English name, or "%!FeeKind(n)".
func (k FeeKind) String() string { return feeKindText.name(int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k FeeKind) IsValid() bool { return feeKindText.valid(int(k)) }

// MarshalText implements [encoding.TextMarshaler] with the stable code.
func (k FeeKind) MarshalText() ([]byte, error) { return feeKindText.marshal(int(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler]. On error *k is unchanged.
func (k *FeeKind) UnmarshalText(b []byte) error {
	v, err := feeKindText.unmarshal(b)
	if err == nil {
		*k = FeeKind(v)
	}
	return err
}
