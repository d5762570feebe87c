package liaison

import (
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// Decree63Agencies names, by the caller's own agency codes, the three
// agencies of the Decree 63/2024/NĐ-CP inter-agency groups
// ([BirthRegistrationGroup], [DeathRegistrationGroup]). The decree fixes
// the steps and time limits; which codes the agencies carry is the
// caller's registry's business (package liaisonsample has illustrative
// ones). After the 2025 reforms the social-insurance agency sits under the
// Ministry of Finance; the fields name the role, not the ministry.
//
// Every field is required: an empty code is refused with a *[RouteError]
// wrapping [ErrUnknownAgency].
type Decree63Agencies struct {
	// Commune is the commune People's Committee: it receives the group's
	// dossier, registers the birth or death, returns the results, and
	// leads the group.
	Commune string
	// CommunePolice is the police registering or removing permanent
	// residence.
	CommunePolice string
	// SocialInsurance is the social insurance agency (BHXH) issuing the
	// health insurance card or paying the funeral allowance.
	SocialInsurance string
}

const (
	fifteenHundred       = clock.Clock(15) * clock.Hour
	decree63BirthSource  = "Nghị định 63/2024/NĐ-CP ngày 10/6/2024, Điều 5, 7 khoản 2–3, 8 khoản 3; Quyết định 296/QĐ-VPCP năm 2024"
	decree63DeathSource  = "Nghị định 63/2024/NĐ-CP ngày 10/6/2024; Quyết định 296/QĐ-VPCP năm 2024, phần II mục 5"
	verificationResidDay = 5
)

// BirthRegistrationGroup returns the electronic inter-agency group of
// Decree 63/2024/NĐ-CP for a child under six: birth registration,
// permanent residence registration and the health insurance card, filed
// once on the national public service portal or VNeID.
//
//   - Receipt: the provincial system receives the dossier from the
//     inter-agency software (Art. 7(1)); modelled as a same-day step of the
//     commune.
//   - Birth registration: the commune civil-status officer, the same
//     working day (Decision 296/QĐ-VPCP, step 3; Art. 8(1) as recalled).
//   - Permanent residence: the police, at most 2 working days from receipt
//     of the electronic dossier (5 with verification, see
//     [BirthRegistrationGroupVerified]).
//   - Health insurance card: social insurance, at most 2 working days
//     (Art. 8(3)(a)); an incomplete dossier is notified within 1.
//   - Return: the results go back through the portal and VNeID.
//
// The group's total is 3 working days from when the competent agencies
// have the complete dossier, and a dossier received after 15:00 counts from
// the next working day (Art. 7(2)): the route's total and [Route.Cutoff].
// Its critical path (same day + 2 days) leaves one working day of slack,
// so [Route.Validate] warns [WarnSlack]; the decree sets it that way.
//
// Doubts, recorded here: the residence and insurance steps are modelled in
// parallel after birth registration, because both need the personal
// identification number the birth registration creates, and the decree
// counts each "from receipt of the electronic dossier" — which a reader
// could also take as running from the group's receipt. Whether the return
// is a separate step or part of each agency's result is not stated; it is
// modelled as a same-day step. Decree 63/2024 was reportedly amended in
// 2026 to add the citizen identity card for under-sixes; that amendment is
// not confirmed and not encoded.
//
// The agencies carry the caller's codes (a); the error is a *[RouteError]
// wrapping [ErrUnknownAgency] when one of them is empty.
func BirthRegistrationGroup(a Decree63Agencies) (*Route, error) { return birthGroup(a, false) }

// BirthRegistrationGroupVerified is [BirthRegistrationGroup] where the
// residence registration needs verification: that step at most 5 working
// days, the group at most 5 (Decree 63/2024/NĐ-CP Art. 7(2); Decision
// 296/QĐ-VPCP).
func BirthRegistrationGroupVerified(a Decree63Agencies) (*Route, error) { return birthGroup(a, true) }

func birthGroup(a Decree63Agencies, verify bool) (*Route, error) {
	code, name := "ND63-2024-KS-TT-BHYT", "Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"
	total, resid := sla.WorkingDays(3), sla.WorkingDays(2)
	if verify {
		code += "-XM"
		name += " (trường hợp cần xác minh)"
		total, resid = sla.WorkingDays(5), sla.WorkingDays(verificationResidDay)
	}
	return NewRoute(RouteSpec{
		Code: code, Name: name, Lead: a.Commune, Total: total, Cutoff: fifteenHundred,
		Source: decree63BirthSource,
		Steps: []Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận hồ sơ liên thông", Agency: a.Commune, Role: RoleReceive, Budget: sla.SameDay()},
			{ID: "khai-sinh", Name: "Đăng ký khai sinh", Agency: a.Commune, Role: RoleRegister, Budget: sla.SameDay(), After: []string{"tiep-nhan"}},
			{ID: "thuong-tru", Name: "Đăng ký thường trú", Agency: a.CommunePolice, Role: RoleRegister, Budget: resid, After: []string{"khai-sinh"}},
			{ID: "bhyt", Name: "Cấp thẻ bảo hiểm y tế", Agency: a.SocialInsurance, Role: RoleRegister, Budget: sla.WorkingDays(2), After: []string{"khai-sinh"}},
			{ID: "tra-ket-qua", Name: "Trả kết quả", Agency: a.Commune, Role: RoleReturn, Budget: sla.SameDay(), After: []string{"thuong-tru", "bhyt"}},
		},
	})
}

// DeathRegistrationGroup returns the electronic inter-agency group of
// Decree 63/2024/NĐ-CP for a death: death registration, removal of
// permanent residence, and the funeral allowance and survivor benefits paid
// by social insurance (BHXH), the bundle of four procedures.
//
//   - Receipt, then the relatives' confirmation through VNeID: at most 5
//     working days, not counted in the time limit — a step that pauses the
//     clock, done by the applicant's side (no agency).
//   - Death registration: the commune, the same working day (at most 3
//     with verification).
//   - Removal of permanent residence: the police, the same working day,
//     after the electronic death extract is passed on.
//   - Funeral allowance and survivor benefits: social insurance, at most 8
//     working days.
//   - Return.
//
// Total: 9 working days for the social-insurance bundle; received after
// 15:00, from the next working day (Decision 296/QĐ-VPCP, section II item
// 5, as quoted; the decree's own articles for this group, about Arts. 9–11,
// were not read). The critical path (8 days) leaves one day of slack.
//
// Doubts: the other bundles (social-protection funeral support, at most 5
// working days, group total 6 or 11; benefits for people with meritorious
// services, 17 and 18) are not built in; the order of the relatives'
// confirmation (modelled before death registration) follows the quoted
// flow, not the decree's text.
//
// The agencies carry the caller's codes (a); the error is a *[RouteError]
// wrapping [ErrUnknownAgency] when one of them is empty.
func DeathRegistrationGroup(a Decree63Agencies) (*Route, error) {
	return NewRoute(RouteSpec{
		Code: "ND63-2024-KT-XTT-MTP", Name: "Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất",
		Lead: a.Commune, Total: sla.WorkingDays(9), Cutoff: fifteenHundred, Source: decree63DeathSource,
		Steps: []Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận hồ sơ liên thông", Agency: a.Commune, Role: RoleReceive, Budget: sla.SameDay()},
			{ID: "xac-nhan", Name: "Thân nhân xác nhận trên VNeID", Role: RoleConsult, Budget: sla.WorkingDays(5), After: []string{"tiep-nhan"}, PausesClock: true},
			{ID: "khai-tu", Name: "Đăng ký khai tử", Agency: a.Commune, Role: RoleRegister, Budget: sla.SameDay(), After: []string{"xac-nhan"}},
			{ID: "xoa-thuong-tru", Name: "Xóa đăng ký thường trú", Agency: a.CommunePolice, Role: RoleRegister, Budget: sla.SameDay(), After: []string{"khai-tu"}},
			{ID: "mai-tang-tu-tuat", Name: "Giải quyết mai táng phí, tử tuất", Agency: a.SocialInsurance, Role: RoleApprove, Budget: sla.WorkingDays(8), After: []string{"khai-tu"}},
			{ID: "tra-ket-qua", Name: "Trả kết quả", Agency: a.Commune, Role: RoleReturn, Budget: sla.SameDay(), After: []string{"xoa-thuong-tru", "mai-tang-tu-tuat"}},
		},
	})
}
