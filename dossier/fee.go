package dossier

import (
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/enum"
	"github.com/shopspring/decimal"
)

// PaymentMethod says how the fees and charges of a dossier were paid. Its
// zero value is not valid.
//
// Fees and charges may be paid online — through the payment platform of
// the National Public Service Portal or a payment gateway of the province —
// or at the one-stop unit (Decree 42/2022/NĐ-CP on online public services,
// online payment — the article was not checked against the decree's text;
// Law on Fees and Charges 97/2015/QH13 for what is collected). Payment on
// the portal's platform is one condition of a fully online dossier.
type PaymentMethod uint8

const (
	// PaymentUnknown is the zero method; it is not valid.
	PaymentUnknown PaymentMethod = iota
	// PaidOnPortal: paid online on the national portal's payment platform.
	PaidOnPortal
	// PaidThroughLocalGateway: paid online through a payment gateway of
	// the province's one-stop system.
	PaidThroughLocalGateway
	// PaidAtDesk: paid at the one-stop unit (cash, card or transfer there).
	PaidAtDesk
)

var paymentMethods = enum.Table[PaymentMethod]{
	Type:  "PaymentMethod",
	Names: []string{"", "portal", "local gateway", "desk"},
	Codes: []string{"", "portal", "local_gateway", "desk"},
	Fail:  enumError,
}

// IsValid reports whether m is one of the three methods.
func (m PaymentMethod) IsValid() bool { return paymentMethods.IsValid(m) }

// String returns the English name, e.g. "local gateway", or
// "%!PaymentMethod(n)"; MarshalText gives the wire code.
func (m PaymentMethod) String() string { return paymentMethods.String(m) }

// IsOnline reports whether the fee was paid online (on the portal or
// through a local gateway).
func (m PaymentMethod) IsOnline() bool { return m == PaidOnPortal || m == PaidThroughLocalGateway }

// MarshalText returns the wire code; an invalid method is an
// *[InputError] wrapping [ErrInvalid].
func (m PaymentMethod) MarshalText() ([]byte, error) { return paymentMethods.MarshalText(m) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error m is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax].
func (m *PaymentMethod) UnmarshalText(b []byte) error { return paymentMethods.UnmarshalText(m, b) }

// FeeKind says whether a fee line is a fee (phí: the price of a public
// service) or a charge (lệ phí: collected for an administrative act),
// the two kinds of the Law on Fees and Charges 97/2015/QH13 (Art. 3, its
// definitions; the article number is recalled, not checked against the
// law's text). Its zero value is not valid.
type FeeKind uint8

const (
	// FeeKindUnknown is the zero kind; it is not valid.
	FeeKindUnknown FeeKind = iota
	// Fee is a phí.
	Fee
	// Charge is a lệ phí.
	Charge
)

var feeKinds = enum.Table[FeeKind]{
	Type:  "FeeKind",
	Names: []string{"", "fee", "charge"},
	Codes: []string{"", "fee", "charge"},
	Fail:  enumError,
}

// IsValid reports whether k is a fee or a charge.
func (k FeeKind) IsValid() bool { return feeKinds.IsValid(k) }

// String returns the English name, which is the wire code ("fee",
// "charge"), or "%!FeeKind(n)".
func (k FeeKind) String() string { return feeKinds.String(k) }

// MarshalText returns the wire code; an invalid kind is an *[InputError]
// wrapping [ErrInvalid].
func (k FeeKind) MarshalText() ([]byte, error) { return feeKinds.MarshalText(k) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error k is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax].
func (k *FeeKind) UnmarshalText(b []byte) error { return feeKinds.UnmarshalText(k, b) }

// FeeLine is one fee or charge paid (Law on Fees and Charges 97/2015/QH13;
// the fee schedule is the procedure's, [Header.FeesDue] its total due).
type FeeLine struct {
	// Name is the fee's name as the fee schedule writes it.
	Name string `json:"name"`
	// Code is the fee's code in the vendor's or the portal's fee list;
	// empty when it has none.
	Code string `json:"code,omitempty"`
	// Amount is what was paid, in VND: 0 to 10^15 with at most 4 decimals
	// (0 for an exempted line).
	Amount decimal.Decimal `json:"amount"`
	// Kind says whether the line is a fee or a charge.
	Kind FeeKind `json:"kind"`
}

// PayFee records that fees and charges of the dossier were paid, how and
// which (Decree 42/2022/NĐ-CP, online payment; Law on Fees and Charges
// 97/2015/QH13). A payment changes no status: it is recorded while the
// dossier is registered, received, being processed, waiting for a
// supplement or a financial obligation, or processed and not yet
// returned. A financial obligation (tax, land levy) is not a fee: it is
// [Dossier.RequestObligation] and [Dossier.PayObligation].
//
// method must be valid and lines hold one to [MaxItems] lines, each with a
// name, a valid kind, texts within [MaxText] bytes and an amount of 0 to
// 10^15 đồng with at most 4 decimals; otherwise the error is a
// *[CommandError] wrapping an *[InputError] and d is unchanged. The
// dossier keeps its own copy of lines.
func (d Dossier) PayFee(now time.Time, actor string, method PaymentMethod, lines []FeeLine) (Dossier, error) {
	return d.apply(Event{Kind: EventFeePaid, At: now, Actor: actor, Payment: method, Fees: lines})
}

// checkFees refuses a payment event without a valid method or with fee
// lines missing, beyond the limits or malformed.
func checkFees(e *Event) error {
	if !e.Payment.IsValid() {
		return &InputError{Field: "payment", Value: e.Payment.String(), Err: fmt.Errorf("%w: want portal, local_gateway or desk", ErrInvalid)}
	}
	switch {
	case len(e.Fees) == 0:
		return &InputError{Field: "fees", Err: fmt.Errorf("%w: a payment lists the fees paid", ErrInvalid)}
	case len(e.Fees) > MaxItems:
		return &InputError{Field: "fees", Value: e.Fees[0].Name, Err: fmt.Errorf("%w: %d fee lines, at most %d", ErrTooLarge, len(e.Fees), MaxItems)}
	}
	for i, l := range e.Fees {
		field := fmt.Sprintf("fees[%d]", i)
		if len(l.Name) > MaxText || len(l.Code) > MaxText {
			return &InputError{Field: field, Value: l.Name, Err: fmt.Errorf("%w: a name and code of at most %d bytes", ErrTooLarge, MaxText)}
		}
		if strings.TrimSpace(l.Name) == "" {
			return &InputError{Field: field + ".name", Value: l.Name, Err: fmt.Errorf("%w: a fee line names the fee", ErrInvalid)}
		}
		if !l.Kind.IsValid() {
			return &InputError{Field: field + ".kind", Value: l.Kind.String(), Err: fmt.Errorf("%w: want fee or charge", ErrInvalid)}
		}
		if err := checkAmount(l.Amount); err != nil {
			err.(*InputError).Field = field + ".amount"
			return err
		}
	}
	return nil
}
