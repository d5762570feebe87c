package procedure

import "github.com/motcua/motcua/internal/enum"

// Requirement says how a dossier component must be supplied. Its zero value
// is [RequirementUnknown], which is invalid; the wire codes "required",
// "conditional", "present_only" and "from_database" are stable.
type Requirement uint8

const (
	// RequirementUnknown is the zero Requirement; it is invalid.
	RequirementUnknown Requirement = iota
	// Required components must always be filed.
	Required
	// Conditional components are filed only in the case their Condition
	// text states ("trường hợp …").
	Conditional
	// PresentOnly components are shown for checking and not kept (xuất trình).
	PresentOnly
	// FromDatabase components are taken by the agency from a national or
	// specialised database; the applicant files no paper (được khai thác từ
	// CSDL).
	FromDatabase
)

// requirementTable holds the stable wire codes and English names of Requirement.
var requirementTable = enum.Table[Requirement]{
	Type:  "Requirement",
	Codes: []string{"", "required", "conditional", "present_only", "from_database"},
	Names: []string{"unknown", "required", "conditional", "present only", "from a database"},
	Fail:  enumError,
}

// requirementVI holds the Vietnamese names of Requirement, by value.
var requirementVI = []string{"", "Bắt buộc", "Theo trường hợp", "Xuất trình", "Khai thác từ cơ sở dữ liệu"}

// Vietnamese returns the requirement's Vietnamese name, e.g. "Xuất trình".
func (r Requirement) Vietnamese() string { return vietnamese(requirementVI, &requirementTable, r) }

// String returns an English name, or "%!Requirement(n)".
func (r Requirement) String() string { return requirementTable.String(r) }

// IsValid reports whether r is one of the defined requirement kinds.
func (r Requirement) IsValid() bool { return requirementTable.IsValid(r) }

// MarshalText implements [encoding.TextMarshaler] with the stable code; an
// invalid value is a *[ValidationError] wrapping [ErrInvalidValue].
func (r Requirement) MarshalText() ([]byte, error) { return requirementTable.MarshalText(r) }

// UnmarshalText implements [encoding.TextUnmarshaler]. On error *r is unchanged.
func (r *Requirement) UnmarshalText(b []byte) error { return requirementTable.UnmarshalText(r, b) }
