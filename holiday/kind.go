package holiday

import "fmt"

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

var kindCodes = [...]string{
	KindHoliday:      "holiday",
	KindCompensatory: "compensatory",
	KindSwapDayOff:   "swap_off",
	KindSwapWorkday:  "swap_workday",
	KindDayOff:       "day_off",
	KindWorkday:      "workday",
}

var kindNamesVI = [...]string{
	KindHoliday:      "ngày lễ, Tết",
	KindCompensatory: "nghỉ bù",
	KindSwapDayOff:   "nghỉ hoán đổi",
	KindSwapWorkday:  "làm bù",
	KindDayOff:       "ngày nghỉ theo quyết định",
	KindWorkday:      "ngày làm việc theo quyết định",
}

var kindNamesEN = [...]string{
	KindHoliday:      "public holiday",
	KindCompensatory: "compensatory day off",
	KindSwapDayOff:   "swapped day off",
	KindSwapWorkday:  "swapped working day",
	KindDayOff:       "day off by decision",
	KindWorkday:      "working day by decision",
}

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return k > KindUnknown && int(k) < len(kindCodes) }

// IsDayOff reports whether a day of kind k is not a working day.
func (k Kind) IsDayOff() bool {
	return k == KindHoliday || k == KindCompensatory || k == KindSwapDayOff || k == KindDayOff
}

// String returns the wire code, e.g. "swap_workday", or "%!Kind(9)".
func (k Kind) String() string {
	if !k.IsValid() {
		return fmt.Sprintf("%%!Kind(%d)", uint8(k))
	}
	return kindCodes[k]
}

// Vietnamese returns the kind's Vietnamese name, e.g. "nghỉ bù".
func (k Kind) Vietnamese() string {
	if !k.IsValid() {
		return k.String()
	}
	return kindNamesVI[k]
}

// English returns the kind's English name, e.g. "compensatory day off".
func (k Kind) English() string {
	if !k.IsValid() {
		return k.String()
	}
	return kindNamesEN[k]
}

// MarshalText returns the wire code. The zero Kind is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("holiday: cannot marshal invalid kind %d", uint8(k))
	}
	return []byte(kindCodes[k]), nil
}

// UnmarshalText reads a wire code exactly as [Kind.MarshalText] writes it.
// On error k is unchanged.
func (k *Kind) UnmarshalText(b []byte) error {
	got, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = got
	return nil
}

// ParseKind reads a wire code such as "holiday" or "swap_off".
func ParseKind(s string) (Kind, error) {
	for i, code := range kindCodes {
		if code != "" && code == s {
			return Kind(i), nil
		}
	}
	return KindUnknown, &EntryError{Field: "kind", Value: s, Err: fmt.Errorf("%w: unknown kind", ErrSyntax)}
}
