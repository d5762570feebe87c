package holiday

import (
	"fmt"
	"strconv"

	"github.com/motcua/motcua/internal/enum"
)

// Kind classifies a special day of a [Calendar]: why it differs from the
// ordinary working week. Its zero value KindUnknown is not a valid kind.
//
// The wire codes returned by [Kind.MarshalText] are stable and do not depend on
// the order of the constants.
type Kind uint8

const (
	// KindUnknown is the zero Kind; it is not valid.
	KindUnknown Kind = iota
	// KindHoliday is a public holiday of Labour Code 2019 Art. 112(1)
	// (2012 Art. 115; 1994 Art. 73), or one that a caller adds as data.
	KindHoliday
	// KindCompensatory is the working day given off because a holiday fell on
	// a weekly rest day (Labour Code 2019 Art. 111(3)).
	KindCompensatory
	// KindSwapDayOff is a working day declared a day off in exchange for a
	// Saturday worked (the yearly swap approved by the Prime Minister).
	KindSwapDayOff
	// KindSwapWorkday is a rest day (a Saturday) declared a working day to
	// make up for a swapped day off.
	KindSwapWorkday
	// KindDayOff is any other day off declared by a decision, e.g. a
	// province's own day off. It is never in the national calendar.
	KindDayOff
	// KindWorkday is any other rest day declared a working day by a
	// decision. It is never in the national calendar.
	KindWorkday
)

// kindTable holds the English names String and English return and the
// stable wire codes of MarshalText, UnmarshalText and ParseKind. The codes
// must never change: they are stored by callers.
var kindTable = enum.Table[Kind]{
	Type:  "Kind",
	Names: []string{"", "public holiday", "compensatory day off", "swapped day off", "swapped working day", "day off by decision", "working day by decision"},
	Codes: []string{"", "holiday", "compensatory", "swap_off", "swap_workday", "day_off", "workday"},
	Fail:  kindError,
}

var kindNamesVI = [...]string{
	KindHoliday:      "ngày lễ, Tết",
	KindCompensatory: "nghỉ bù",
	KindSwapDayOff:   "nghỉ hoán đổi",
	KindSwapWorkday:  "làm bù",
	KindDayOff:       "ngày nghỉ theo quyết định",
	KindWorkday:      "ngày làm việc theo quyết định",
}

// kindError is the typed error of an unknown kind code or of marshalling an
// invalid Kind.
func kindError(typ, code string, value int, valid string) error {
	if value >= 0 {
		return &EntryError{Field: "kind", Value: "%!Kind(" + strconv.Itoa(value) + ")", Err: fmt.Errorf("%w: not a valid kind", ErrSyntax)}
	}
	return &EntryError{Field: "kind", Value: code, Err: fmt.Errorf("%w: unknown kind, want one of %s", ErrSyntax, valid)}
}

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return kindTable.IsValid(k) }

// IsDayOff reports whether a day of kind k is not a working day.
func (k Kind) IsDayOff() bool {
	return k == KindHoliday || k == KindCompensatory || k == KindSwapDayOff || k == KindDayOff
}

// String returns the kind's English name, e.g. "compensatory day off" (the
// same as [Kind.English]), or "%!Kind(n)" for KindUnknown and values
// outside the constants. The wire code is [Kind.MarshalText]'s.
func (k Kind) String() string { return kindTable.String(k) }

// Vietnamese returns the kind's Vietnamese name, e.g. "nghỉ bù".
func (k Kind) Vietnamese() string {
	if !k.IsValid() {
		return k.String()
	}
	return kindNamesVI[k]
}

// English returns the kind's English name, e.g. "compensatory day off".
func (k Kind) English() string { return k.String() }

// MarshalText returns the wire code, e.g. "swap_workday". An invalid Kind
// is an *[EntryError] wrapping [ErrSyntax].
func (k Kind) MarshalText() ([]byte, error) { return kindTable.MarshalText(k) }

// UnmarshalText reads a wire code exactly as [Kind.MarshalText] writes it.
// On error k is unchanged.
func (k *Kind) UnmarshalText(b []byte) error { return kindTable.UnmarshalText(k, b) }

// ParseKind reads a wire code such as "holiday" or "swap_off"; anything
// else is an *[EntryError] wrapping [ErrSyntax].
func ParseKind(s string) (Kind, error) { return kindTable.Parse([]byte(s)) }
