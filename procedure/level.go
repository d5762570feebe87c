package procedure

import "github.com/motcua/motcua/internal/enum"

// Level is an implementation level (cấp thực hiện) of a procedure.
//
// Level is a small comparable value. Its zero value is [LevelUnknown], which is
// invalid. The numeric values are not part of the wire format: use
// [Level.MarshalText], whose codes ("central", "province", "district",
// "commune") are stable.
//
// [LevelDistrict] exists only for history: the district level was abolished
// on 2025-07-01 (Resolution 203/2025/QH15, transitional clause), so a
// procedure version in force on or after that day must not carry it.
type Level uint8

const (
	// LevelUnknown is the zero Level; it is invalid.
	LevelUnknown Level = iota
	// LevelCentral is the ministry / central level (cấp trung ương, cấp bộ).
	LevelCentral
	// LevelProvince is the provincial level (cấp tỉnh).
	LevelProvince
	// LevelDistrict is the district level (cấp huyện), valid only before
	// 2025-07-01.
	LevelDistrict
	// LevelCommune is the commune level (cấp xã).
	LevelCommune
)

// levelTable holds the stable wire codes and English names of Level.
var levelTable = enum.Table[Level]{
	Type:  "Level",
	Codes: []string{"", "central", "province", "district", "commune"},
	Names: []string{"unknown", "central", "province", "district", "commune"},
	Fail:  enumError,
}

// levelVI holds the Vietnamese names of Level, by value.
var levelVI = []string{"", "Cấp trung ương", "Cấp tỉnh", "Cấp huyện", "Cấp xã"}

// Vietnamese returns the level's Vietnamese name, e.g. "Cấp xã".
func (l Level) Vietnamese() string { return vietnamese(levelVI, &levelTable, l) }

// String returns an English name such as "province", or "%!Level(n)".
func (l Level) String() string { return levelTable.String(l) }

// IsValid reports whether l is one of the defined levels.
func (l Level) IsValid() bool { return levelTable.IsValid(l) }

// MarshalText implements [encoding.TextMarshaler] with the stable code; an
// invalid value is a *[ValidationError] wrapping [ErrInvalidValue].
func (l Level) MarshalText() ([]byte, error) { return levelTable.MarshalText(l) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly the
// codes of [Level.MarshalText]. On error *l is unchanged.
func (l *Level) UnmarshalText(b []byte) error { return levelTable.UnmarshalText(l, b) }
