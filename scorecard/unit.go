package scorecard

import (
	"strconv"

	"github.com/rickb777/date/v2"
)

// Publication is one publication decision (quyết định công bố) of a
// procedure, for the transparency group: when it was signed, when the
// legal basis it publishes takes effect, when the procedure was made public
// on the national procedure database, and whether the published text has
// all the components Decree 63/2010/NĐ-CP Art. 8(2) requires of a
// procedure (seven in the portal's reading).
type Publication struct {
	Procedure string    `json:"procedure"`
	Decided   date.Date `json:"decided"`
	Effective date.Date `json:"effective"`
	// Public is the day it was made public on the national database (0:
	// not yet).
	Public      date.Date `json:"public,omitzero"`
	FullContent bool      `json:"full_content,omitempty"`
}

// UnitFacts are what a vendor knows about the unit (or province) for the
// period beyond its dossiers: its catalogue, its publications, and the
// counts of the national reporting system. The zero UnitFacts is a unit
// with nothing to judge on these rows (they score full points, see
// [Score]).
type UnitFacts struct {
	// Ministry: the unit is a ministry, whose publication limits are 20
	// and 10 working days instead of 5 and 5.
	Ministry bool `json:"ministry,omitempty"`
	// Publications are the publication decisions signed in the period.
	Publications []Publication `json:"publications,omitempty"`
	// Procedures counts the procedures the unit handles; OnlineProcedures
	// lists the codes of those offered as online public services.
	Procedures       int      `json:"procedures"`
	OnlineProcedures []string `json:"online_procedures,omitempty"`
	// FeeProcedures counts the procedures with a fee or charge;
	// OnlinePaymentProcedures those of them payable online.
	FeeProcedures           int `json:"fee_procedures"`
	OnlinePaymentProcedures int `json:"online_payment_procedures"`
	// CertifiedCopies counts the certified copies made in the period;
	// ElectronicCertifiedCopies those made electronically (chứng thực bản
	// sao điện tử từ bản chính).
	CertifiedCopies           int `json:"certified_copies"`
	ElectronicCertifiedCopies int `json:"electronic_certified_copies"`
	// PopulationProcedures counts the procedures that need identity data;
	// PopulationIntegrated those connected to the national population
	// database.
	PopulationProcedures int `json:"population_procedures"`
	PopulationIntegrated int `json:"population_integrated"`
	// NationalCount and PortalCount are the dossiers received in the
	// period as the national reporting system and the portal count them;
	// LastYearTotal is last year's total, the fallback when both are zero.
	NationalCount int64 `json:"national_count"`
	PortalCount   int64 `json:"portal_count"`
	LastYearTotal int64 `json:"last_year_total"`
}

// Validate checks the facts: counts not negative, parts within their
// wholes, publications with their days in order, at most [MaxProcedures]
// publications and online procedures, codes of at most [MaxText] bytes.
// The error is an *[InputError] wrapping [ErrInvalid] or [ErrTooLarge].
func (u UnitFacts) Validate() error {
	switch {
	case len(u.Publications) > MaxProcedures:
		return tooLarge("unit publications", len(u.Publications), MaxProcedures)
	case len(u.OnlineProcedures) > MaxProcedures:
		return tooLarge("unit online procedures", len(u.OnlineProcedures), MaxProcedures)
	case u.Procedures > MaxProcedures:
		return tooLarge("unit procedures", u.Procedures, MaxProcedures)
	}
	pairs := []struct {
		name        string
		part, whole int64
	}{
		{"online procedures", int64(len(u.OnlineProcedures)), int64(u.Procedures)},
		{"online payment procedures", int64(u.OnlinePaymentProcedures), int64(u.FeeProcedures)},
		{"electronic certified copies", int64(u.ElectronicCertifiedCopies), int64(u.CertifiedCopies)},
		{"population integrated", int64(u.PopulationIntegrated), int64(u.PopulationProcedures)},
	}
	for _, p := range pairs {
		if p.part < 0 || p.whole < 0 || p.part > p.whole {
			return invalid("unit "+p.name, strconv.FormatInt(p.part, 10)+" of "+strconv.FormatInt(p.whole, 10), "want 0 ≤ part ≤ whole")
		}
	}
	if u.NationalCount < 0 || u.PortalCount < 0 || u.LastYearTotal < 0 {
		return invalid("unit dossier counts", strconv.FormatInt(min(u.NationalCount, u.PortalCount, u.LastYearTotal), 10), "a negative count")
	}
	for _, c := range u.OnlineProcedures {
		if c == "" || len(c) > MaxText {
			return invalid("unit online procedure", c, "want a code of 1 to MaxText bytes")
		}
	}
	for _, p := range u.Publications {
		switch {
		case len(p.Procedure) > MaxText:
			return tooLarge("publication procedure code length", len(p.Procedure), MaxText)
		case p.Decided == 0 || p.Effective == 0:
			return invalid("publication "+p.Procedure, p.Decided.String(), "want the decision and effective days")
		case p.Public != 0 && p.Public < p.Decided:
			return invalid("publication "+p.Procedure, p.Public.String(), "made public before the decision")
		}
	}
	return nil
}
