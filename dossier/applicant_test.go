package dossier_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/motcua/motcua/dossier"
)

// Applicant.Validate: a 12-digit personal identification number starting
// with a birth-province code (Law on Identification 2023 Art. 12; Decree
// 137/2015/NĐ-CP Art. 13; Circular 07/2016/TT-BCA annex), a 10- or
// 13-digit tax code (Law on Tax Administration 2019 Art. 30), and a name.
func TestApplicantValidate(t *testing.T) {
	ind := func(id string) dossier.Applicant {
		return dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: testApplicant, ID: id}
	}
	org := func(id string) dossier.Applicant {
		return dossier.Applicant{Kind: dossier.ApplicantOrganisation, Name: "Công ty TNHH Một Cửa", ID: id}
	}
	tests := []struct {
		name  string
		a     dossier.Applicant
		field string // "" when valid
		want  error
	}{
		{"ID Hà Nội 001", ind("001090012345"), "", nil},
		{"ID TP HCM 079", ind("079203001234"), "", nil},
		{"ID Cà Mau 096", ind("096185000001"), "", nil},
		{"ID province 003 does not exist", ind("003090012345"), "personal identification number", dossier.ErrInvalid},
		{"ID province 000", ind("000090012345"), "personal identification number", dossier.ErrInvalid},
		{"ID province 097", ind("097090012345"), "personal identification number", dossier.ErrInvalid},
		{"ID 11 digits", ind("00109001234"), "personal identification number", dossier.ErrSyntax},
		{"ID 13 digits", ind("0010900123456"), "personal identification number", dossier.ErrSyntax},
		{"ID with letters", ind("00109001234A"), "personal identification number", dossier.ErrSyntax},
		{"ID with spaces", ind("001 090 012 345"), "personal identification number", dossier.ErrSyntax},
		{"ID empty", ind(""), "personal identification number", dossier.ErrSyntax},
		{"9-digit old CMND", ind("012345678"), "personal identification number", dossier.ErrSyntax},
		{"tax code 10 digits", org("0100109106"), "", nil},
		{"tax code dependent unit with hyphen", org("0100109106-001"), "", nil},
		{"tax code 13 digits without hyphen", org("0100109106001"), "", nil},
		{"tax code 9 digits", org("010010910"), "tax code", dossier.ErrSyntax},
		{"tax code 11 digits", org("01001091060"), "tax code", dossier.ErrSyntax},
		{"tax code 14 digits", org("01001091060012"), "tax code", dossier.ErrSyntax},
		{"tax code bad hyphen", org("0100109106-01"), "tax code", dossier.ErrSyntax},
		{"tax code letters", org("01001091O6"), "tax code", dossier.ErrSyntax},
		{"tax code hyphen after the ninth digit", org("010010910-6001"), "tax code", dossier.ErrSyntax},
		{"tax code two hyphens", org("0100109106--01"), "tax code", dossier.ErrSyntax},
		{"ID in Arabic-Indic digits", ind("٠٠١٠٩٠٠١٢٣٤٥"), "personal identification number", dossier.ErrSyntax},
		{"missing name", dossier.Applicant{Kind: dossier.ApplicantIndividual, ID: testPID}, "applicant name", dossier.ErrInvalid},
		{"blank name", dossier.Applicant{Kind: dossier.ApplicantOrganisation, Name: " \t", ID: "0100109106"}, "applicant name", dossier.ErrInvalid},
		{"no kind", dossier.Applicant{Name: testApplicant, ID: testPID}, "applicant kind", dossier.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.a.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			var ie *dossier.InputError
			if assert.True(t, errors.As(err, &ie), "%v", err) {
				assert.Equal(t, tt.field, ie.Field)
			}
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestApplicantKindText(t *testing.T) {
	for k, code := range map[dossier.ApplicantKind]string{dossier.ApplicantIndividual: "individual", dossier.ApplicantOrganisation: "organisation"} {
		assert.Equal(t, code, k.String())
		b, err := k.MarshalText()
		assert.NoError(t, err)
		assert.Equal(t, code, string(b))
		var back dossier.ApplicantKind
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := dossier.ApplicantUnknown.MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "%!ApplicantKind(0)", dossier.ApplicantUnknown.String())
	k := dossier.ApplicantIndividual
	assert.ErrorIs(t, k.UnmarshalText([]byte("Individual")), dossier.ErrSyntax)
	assert.Equal(t, dossier.ApplicantIndividual, k)
}
