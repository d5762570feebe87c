package dossier

import (
	"slices"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
)

// Regime is the set of one-stop rules in force for a dossier, chosen by its
// receipt date ([RegimeOn]). Every difference between the rule sets lives in
// a field here, so the rest of the package asks the regime instead of
// testing dates.
//
// A Regime is a plain comparable value, handed out as a copy: the rules
// themselves live in the package and no importer can change them. The zero
// Regime is not valid; use [Regime2018], [Regime2025] or [RegimeOn].
type Regime struct {
	// Name is "2018" or "2025".
	Name string
	// Texts names the governing texts, Vietnamese citation style.
	Texts string
	// From and Until bound the receipt dates the regime governs, [From, Until);
	// a zero Until means no end.
	From, Until date.Date

	// SupplementRestarts: after a supplement requested during appraisal, the
	// time limit runs again in full from the complete dossier (Decree
	// 61/2018/NĐ-CP Art. 19(4)). Not confirmed for Decree 118/2025
	// (Decree 118/2025 Art. 11 does not say); Regime2025 keeps the 2018 rule.
	SupplementRestarts bool
	// SupplementNoticeDays: every supplement request during appraisal must
	// be made by the end of this many working days after the receipt day
	// of the dossier's first receipt, not counting that day (Decree 61/2018
	// Art. 19(4): 3; a restart does not open a new window;
	// [Dossier.RequestSupplement]). Not confirmed for 118/2025;
	// Regime2025 keeps 3.
	SupplementNoticeDays int
	// SupplementNoticeSource cites the text the window comes from, as a
	// refusal quotes it: the 2018 decree's own rule, or that rule kept,
	// unconfirmed, under 118/2025.
	SupplementNoticeSource string
	// MaxSupplementRequests: how many supplement requests the regime allows;
	// 0 means no limit. Decree 118/2025 Art. 11(2) asks for one request,
	// complete and in writing. Under 2018 a second request is possible but
	// counts the dossier late in the national index (Decision 766/QĐ-TTg
	// index, secondary), which [Dossier.Flags] records.
	MaxSupplementRequests int
	// TransferCutoff: paper dossiers received from this time on are
	// transferred to the competent agency at the start of the next working
	// day (Decree 61/2018 Art. 18(2); provincial schedules under 118/2025
	// Art. 18 repeat it).
	TransferCutoff clock.Clock
	// ApologyWorkingDaysBefore: the apology and re-appointment (form 04) are
	// due at the latest this many days before the due date (61/2018
	// Art. 19(9): 1; applied alike under 118/2025).
	ApologyWorkingDaysBefore int
	// SeparateReceivingUnit: the receiving centre is recorded apart from the
	// competent agency — receipt regardless of administrative boundary within
	// the province (Decree 118/2025, "phi địa giới").
	SeparateReceivingUnit bool
	// DigitiseAtReceipt: paper documents are copied to electronic form at
	// receipt (118/2025 Art. 17(1)(c); exceptions in Circular 03/2025 Art. 5(2)).
	DigitiseAtReceipt bool
	// FormsWithTime: forms carry the hour and minute of receipt and of the
	// appointment (the 2025 forms, e.g. Decision 3621/QĐ-BYT BM.01).
	FormsWithTime bool
	// StopNotice: a "Thông báo dừng giải quyết hồ sơ" is issued when the
	// applicant stops a dossier (118/2025 Art. 21; Circular 03/2025 Art. 7).
	StopNotice bool
}

// regimes holds the rule sets, oldest first. It is never changed after
// package initialisation: nobody outside the package can reach it, and the
// functions below return copies, so no importer can change which rules a
// dossier is counted under (a legal rule is not global state).
var regimes = [...]Regime{
	{
		Name:                     "2018",
		Texts:                    "Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP); Thông tư 01/2018/TT-VPCP",
		From:                     date.New(2018, time.June, 21), // Decree 61/2018/NĐ-CP in force (recalled [R]: signed 23/4/2018, in force 21/6/2018)
		Until:                    date.New(2025, time.July, 1),
		SupplementRestarts:       true,
		SupplementNoticeDays:     3,
		SupplementNoticeSource:   "Nghị định 61/2018/NĐ-CP Điều 19(4)",
		MaxSupplementRequests:    0,
		TransferCutoff:           clock.New(15, 0, 0, 0),
		ApologyWorkingDaysBefore: 1,
	},
	{
		Name:                     "2025",
		Texts:                    "Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP",
		From:                     date.New(2025, time.July, 1),
		SupplementRestarts:       true,
		SupplementNoticeDays:     3,
		SupplementNoticeSource:   "Nghị định 61/2018/NĐ-CP Điều 19(4), kept under the 2025 regime (Nghị định 118/2025/NĐ-CP does not say; not confirmed)",
		MaxSupplementRequests:    1,
		TransferCutoff:           clock.New(15, 0, 0, 0),
		ApologyWorkingDaysBefore: 1,
		SeparateReceivingUnit:    true,
		DigitiseAtReceipt:        true,
		FormsWithTime:            true,
		StopNotice:               true,
	},
}

// Regime2018 returns the rules of Decree 61/2018/NĐ-CP as amended by Decree
// 107/2021/NĐ-CP and Circular 01/2018/TT-VPCP, which govern dossiers
// received before 1 July 2025. Each call returns a new copy: changing it
// changes nothing else.
func Regime2018() Regime { return regimes[0] }

// Regime2025 returns the rules of Decree 118/2025/NĐ-CP and Circular
// 03/2025/TT-VPCP, in force from 1 July 2025 together with the two-tier
// local government. Each call returns a new copy.
func Regime2025() Regime { return regimes[1] }

// Regimes returns every regime, oldest first; the slice is the caller's.
func Regimes() []Regime { return slices.Clone(regimes[:]) }

// RegimeOn returns the regime governing a dossier received on day d: 2018
// before 1 July 2025 (also for receipts before Decree 61/2018 took effect on
// 21 June 2018, which the library does not model separately), 2025 from
// then on.
func RegimeOn(d date.Date) Regime { return *regimeOn(d) }

// regimeOn is RegimeOn as a pointer to the package's table, which dossiers
// keep.
func regimeOn(d date.Date) *Regime {
	if d < regimes[1].From {
		return &regimes[0]
	}
	return &regimes[1]
}

// IsValid reports whether r is one of the defined regimes, rule for rule.
func (r Regime) IsValid() bool {
	for _, o := range regimes {
		if r == o {
			return true
		}
	}
	return false
}

// Covers reports whether the regime governs receipts on day d.
func (r Regime) Covers(d date.Date) bool {
	return d >= r.From && (r.Until == 0 || d < r.Until)
}
