package scorecard

import "github.com/motcua/motcua/internal/enum"

// Mark is a citizen's score on one of the nine indices of Circular
// 01/2018/TT-VPCP Art. 13: 0, 1 or 2 points. Its zero value, Unrated, is a
// valid "not rated" (an index without data is left out of the total,
// Circular 01/2018/TT-VPCP Art. 14), so a zero Evaluation rates nothing.
// Wire codes ("unrated", "0", "1", "2") are stable.
type Mark uint8

const (
	// Unrated: the index was not rated.
	Unrated Mark = iota
	// Mark0 is 0 points.
	Mark0
	// Mark1 is 1 point.
	Mark1
	// Mark2 is 2 points.
	Mark2
)

var markTable = enum.Table[Mark]{
	Type:  "Mark",
	Names: []string{"unrated", "0", "1", "2"},
	Codes: []string{"unrated", "0", "1", "2"},
	Fail:  enumError,
}

// IsValid reports whether m is Unrated or a mark of 0–2 points.
func (m Mark) IsValid() bool { return markTable.IsValid(m) }

// IsRated reports whether m is a mark of 0–2 points.
func (m Mark) IsRated() bool { return m >= Mark0 && m <= Mark2 }

// Points returns the mark's points, 0 for Unrated or an invalid mark.
func (m Mark) Points() int {
	if !m.IsRated() {
		return 0
	}
	return int(m - Mark0)
}

// String returns the English name, which is the wire code ("unrated",
// "0", "1", "2"), or "%!Mark(n)".
func (m Mark) String() string { return markTable.String(m) }

// MarshalText returns the wire code; an invalid mark is an *[InputError]
// wrapping [ErrInvalid].
func (m Mark) MarshalText() ([]byte, error) { return markTable.MarshalText(m) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error m is unchanged and the error is an *[InputError] wrapping
// [ErrInvalid].
func (m *Mark) UnmarshalText(b []byte) error { return markTable.UnmarshalText(m, b) }

// Band is a unit's classification from the sum of its nine index averages
// (Circular 01/2018/TT-VPCP Art. 15): Xuất sắc, Tốt, Khá, Trung bình, Yếu.
// Its zero value, BandUnknown, is not valid (no index was rated).
type Band uint8

const (
	// BandUnknown is the zero Band: nothing was rated.
	BandUnknown Band = iota
	// Excellent: Xuất sắc, a total of 15 points or more.
	Excellent
	// Good: Tốt, from 12 to under 15.
	Good
	// Fair: Khá, from 9 to under 12.
	Fair
	// Average: Trung bình, from 6 to under 9.
	Average
	// Weak: Yếu, under 6.
	Weak
)

var bandTable = enum.Table[Band]{
	Type:  "Band",
	Names: []string{"", "excellent", "good", "fair", "average", "weak"},
	Codes: []string{"", "excellent", "good", "fair", "average", "weak"},
	Fail:  enumError,
}

var bandNames = [...][2]string{
	Excellent: {"Xuất sắc", "Excellent"},
	Good:      {"Tốt", "Good"},
	Fair:      {"Khá", "Fair"},
	Average:   {"Trung bình", "Average"},
	Weak:      {"Yếu", "Weak"},
}

// IsValid reports whether b is one of the five bands.
func (b Band) IsValid() bool { return bandTable.IsValid(b) }

// String returns the English name, which is the wire code (e.g.
// "excellent"), or "%!Band(n)".
func (b Band) String() string { return bandTable.String(b) }

// Vietnamese returns the band's Vietnamese name, e.g. "Xuất sắc".
func (b Band) Vietnamese() string {
	if !b.IsValid() {
		return b.String()
	}
	return bandNames[b][0]
}

// English returns the band's English name.
func (b Band) English() string {
	if !b.IsValid() {
		return b.String()
	}
	return bandNames[b][1]
}

// MarshalText returns the wire code; an invalid band is an *[InputError]
// wrapping [ErrInvalid].
func (b Band) MarshalText() ([]byte, error) { return bandTable.MarshalText(b) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error b is unchanged and the error is an *[InputError] wrapping
// [ErrInvalid].
func (b *Band) UnmarshalText(data []byte) error { return bandTable.UnmarshalText(b, data) }
