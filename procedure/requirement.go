package procedure

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

var requirementText = enumText{
	typ:   "Requirement",
	codes: []string{"", "required", "conditional", "present_only", "from_database"},
	names: []string{"unknown", "required", "conditional", "present only", "from a database"},
	vi:    []string{"", "Bắt buộc", "Theo trường hợp", "Xuất trình", "Khai thác từ cơ sở dữ liệu"},
}

// Vietnamese returns the requirement's Vietnamese name, e.g. "Xuất trình".
func (r Requirement) Vietnamese() string { return requirementText.vietnamese(int(r)) }

// String returns an English name, or "%!Requirement(n)".
func (r Requirement) String() string { return requirementText.name(int(r)) }

// IsValid reports whether r is one of the defined requirement kinds.
func (r Requirement) IsValid() bool { return requirementText.valid(int(r)) }

// MarshalText implements [encoding.TextMarshaler] with the stable code.
func (r Requirement) MarshalText() ([]byte, error) { return requirementText.marshal(int(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler]. On error *r is unchanged.
func (r *Requirement) UnmarshalText(b []byte) error {
	v, err := requirementText.unmarshal(b)
	if err == nil {
		*r = Requirement(v)
	}
	return err
}
