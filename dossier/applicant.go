package dossier

import (
	"fmt"
	"strings"

	"github.com/motcua/motcua/internal/enum"
)

// ApplicantKind says whether the applicant is a person or an organisation.
// The zero ApplicantKind, ApplicantUnknown, is not valid.
type ApplicantKind uint8

const (
	// ApplicantUnknown is the zero kind; it is not valid.
	ApplicantUnknown ApplicantKind = iota
	// ApplicantIndividual: a person, identified by a 12-digit personal
	// identification number (số định danh cá nhân, printed on the citizen
	// identity card).
	ApplicantIndividual
	// ApplicantOrganisation: identified by its tax code (mã số thuế), 10
	// digits, or 13 for a dependent unit ("0100109106-001").
	ApplicantOrganisation
)

var applicantKinds = enum.Table[ApplicantKind]{
	Type:  "ApplicantKind",
	Names: []string{"", "individual", "organisation"},
	Codes: []string{"", "individual", "organisation"},
	Fail:  enumError,
}

// IsValid reports whether k is ApplicantIndividual or ApplicantOrganisation.
func (k ApplicantKind) IsValid() bool { return applicantKinds.IsValid(k) }

// String returns "individual" or "organisation", or "%!ApplicantKind(n)".
func (k ApplicantKind) String() string { return applicantKinds.String(k) }

// MarshalText returns the wire code; an invalid kind is an *[InputError]
// wrapping [ErrInvalid].
func (k ApplicantKind) MarshalText() ([]byte, error) { return applicantKinds.MarshalText(k) }

// UnmarshalText reads a wire code exactly as MarshalText writes it; on
// error k is unchanged and the error is an *[InputError] wrapping
// [ErrSyntax].
func (k *ApplicantKind) UnmarshalText(b []byte) error { return applicantKinds.UnmarshalText(k, b) }

// Applicant is the person or organisation filing a dossier.
type Applicant struct {
	Kind ApplicantKind `json:"kind"`
	Name string        `json:"name"`
	// ID is the 12-digit personal identification number of an individual, or
	// the tax code of an organisation.
	ID      string `json:"id"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`
}

// isTaxCode reports whether s has the shape of a tax code: 10 digits, or 13
// with or without a hyphen after the tenth.
func isTaxCode(s string) bool {
	switch len(s) {
	case 10, 13:
		return digitsOnly(s)
	case 14:
		return s[10] == '-' && digitsOnly(s[:10]) && digitsOnly(s[11:])
	}
	return false
}

// birthProvinceCodes are the first three digits of a personal identification
// number: the code of the province where the birth was registered, as listed
// in the annex of Circular 07/2016/TT-BCA (recalled [R], not read: the list is
// the 63 provinces' codes before the 2025 mergers, which numbers already
// issued keep).
var birthProvinceCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027
		030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067
		068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096`) {
		birthProvinceCodes[c] = true
	}
}

// Validate checks the applicant: a name, and an ID of the right shape — 12
// digits starting with a province code for an individual (Law on
// Identification 2023, Art. 12; Decree 137/2015/NĐ-CP Art. 13), 10 or 13
// digits for an organisation's tax code (Law on Tax Administration 2019
// Art. 30; the 13-digit form, with or without the hyphen, numbers a
// dependent unit).
func (a Applicant) Validate() error {
	if strings.TrimSpace(a.Name) == "" {
		return &InputError{Field: "applicant name", Value: a.Name, Err: fmt.Errorf("%w: a name is required", ErrInvalid)}
	}
	switch a.Kind {
	case ApplicantIndividual:
		if len(a.ID) != 12 || !digitsOnly(a.ID) {
			return &InputError{Field: "personal identification number", Value: a.ID, Err: fmt.Errorf("%w: want 12 digits", ErrSyntax)}
		}
		if !birthProvinceCodes[a.ID[:3]] {
			return &InputError{Field: "personal identification number", Value: a.ID, Err: fmt.Errorf("%w: %s is not a province code", ErrInvalid, a.ID[:3])}
		}
	case ApplicantOrganisation:
		if !isTaxCode(a.ID) {
			return &InputError{Field: "tax code", Value: a.ID, Err: fmt.Errorf("%w: want 10 or 13 digits", ErrSyntax)}
		}
	default:
		return &InputError{Field: "applicant kind", Value: a.Kind.String(), Err: fmt.Errorf("%w: individual or organisation", ErrInvalid)}
	}
	return nil
}
