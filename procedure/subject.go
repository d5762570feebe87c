package procedure

import "github.com/motcua/motcua/internal/enum"

// Subject is a kind of applicant (đối tượng thực hiện). Its zero value is
// [SubjectUnknown], which is invalid; wire codes "individual" and
// "organisation" are stable.
type Subject uint8

const (
	// SubjectUnknown is the zero Subject; it is invalid.
	SubjectUnknown Subject = iota
	// SubjectIndividual is a natural person (cá nhân).
	SubjectIndividual
	// SubjectOrganisation is an organisation or enterprise (tổ chức).
	SubjectOrganisation
)

// subjectTable holds the stable wire codes and English names of Subject.
var subjectTable = enum.Table[Subject]{
	Type:  "Subject",
	Codes: []string{"", "individual", "organisation"},
	Names: []string{"unknown", "individual", "organisation"},
	Fail:  enumError,
}

// subjectVI holds the Vietnamese names of Subject, by value.
var subjectVI = []string{"", "Cá nhân", "Tổ chức"}

// Vietnamese returns the subject's Vietnamese name, e.g. "Cá nhân".
func (s Subject) Vietnamese() string { return vietnamese(subjectVI, &subjectTable, s) }

// String returns an English name, or "%!Subject(n)".
func (s Subject) String() string { return subjectTable.String(s) }

// IsValid reports whether s is one of the defined subjects.
func (s Subject) IsValid() bool { return subjectTable.IsValid(s) }

// MarshalText implements [encoding.TextMarshaler] with the stable code; an
// invalid value is a *[ValidationError] wrapping [ErrInvalidValue].
func (s Subject) MarshalText() ([]byte, error) { return subjectTable.MarshalText(s) }

// UnmarshalText implements [encoding.TextUnmarshaler]. On error *s is unchanged.
func (s *Subject) UnmarshalText(b []byte) error { return subjectTable.UnmarshalText(s, b) }
