package procedure

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

var subjectText = enumText{
	typ:   "Subject",
	codes: []string{"", "individual", "organisation"},
	names: []string{"unknown", "individual", "organisation"},
	vi:    []string{"", "Cá nhân", "Tổ chức"},
}

// Vietnamese returns the subject's Vietnamese name, e.g. "Cá nhân".
func (s Subject) Vietnamese() string { return subjectText.vietnamese(int(s)) }

// String returns an English name, or "%!Subject(n)".
func (s Subject) String() string { return subjectText.name(int(s)) }

// IsValid reports whether s is one of the defined subjects.
func (s Subject) IsValid() bool { return subjectText.valid(int(s)) }

// MarshalText implements [encoding.TextMarshaler] with the stable code.
func (s Subject) MarshalText() ([]byte, error) { return subjectText.marshal(int(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler]. On error *s is unchanged.
func (s *Subject) UnmarshalText(b []byte) error {
	v, err := subjectText.unmarshal(b)
	if err == nil {
		*s = Subject(v)
	}
	return err
}
