package scorecard

import "github.com/motcua/motcua/internal/enum"

// Group is one of the five index groups of the national service index
// (Decision 766/QĐ-TTg of 23/06/2022): transparency (18 points), progress
// (20), online service and payment (22), digitisation (22) and
// satisfaction (18). Its zero value, GroupUnknown, is not valid; wire codes
// are stable.
type Group uint8

const (
	// GroupUnknown is the zero Group; it is not valid.
	GroupUnknown Group = iota
	// Transparency: Công khai, minh bạch (18 points).
	Transparency
	// Progress: Tiến độ, kết quả giải quyết (20 points).
	Progress
	// Online: Cung cấp dịch vụ trực tuyến, with online payment (22 points).
	Online
	// Digitisation: Số hóa hồ sơ, kết quả (22 points).
	Digitisation
	// Satisfaction: Mức độ hài lòng (18 points).
	Satisfaction
)

var groupTable = enum.Table[Group]{
	Type:  "Group",
	Names: []string{"", "transparency", "progress", "online", "digitisation", "satisfaction"},
	Codes: []string{"", "transparency", "progress", "online", "digitisation", "satisfaction"},
	Fail:  enumError,
}

var groupNames = [...][2]string{
	Transparency: {"Công khai, minh bạch", "Transparency"},
	Progress:     {"Tiến độ, kết quả giải quyết", "Progress and results"},
	Online:       {"Cung cấp dịch vụ trực tuyến, thanh toán trực tuyến", "Online service and payment"},
	Digitisation: {"Số hóa hồ sơ, kết quả", "Digitisation"},
	Satisfaction: {"Mức độ hài lòng", "Satisfaction"},
}

// Groups lists the valid groups in order.
func Groups() []Group { return []Group{Transparency, Progress, Online, Digitisation, Satisfaction} }

// IsValid reports whether g is one of the five groups.
func (g Group) IsValid() bool { return groupTable.IsValid(g) }

// String returns the English name, which is the wire code (e.g.
// "progress"), or "%!Group(n)".
func (g Group) String() string { return groupTable.String(g) }

// Vietnamese returns the group's Vietnamese name.
func (g Group) Vietnamese() string {
	if !g.IsValid() {
		return g.String()
	}
	return groupNames[g][0]
}

// English returns the group's English name.
func (g Group) English() string {
	if !g.IsValid() {
		return g.String()
	}
	return groupNames[g][1]
}

// MarshalText returns the wire code; an invalid group is an *[InputError]
// wrapping [ErrInvalid].
func (g Group) MarshalText() ([]byte, error) { return groupTable.MarshalText(g) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error g is unchanged and the error is an *[InputError] wrapping
// [ErrInvalid].
func (g *Group) UnmarshalText(b []byte) error { return groupTable.UnmarshalText(g, b) }
