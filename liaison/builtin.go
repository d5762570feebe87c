package liaison

import (
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// Example agency codes of the built-in routes. They are descriptive
// examples, not codes of any national registry: a caller maps them to its
// own agency registry (or builds its own routes with its codes). After the
// 2025 reforms the social-insurance agency sits under the Ministry of
// Finance and the labour–social-affairs functions under the Ministry of
// Home Affairs; the codes name the role, not the ministry.
const (
	AgencyCommune         = "UBND-XA"      // commune People's Committee: one-stop section, civil status
	AgencyCommunePolice   = "CONG-AN-XA"   // commune police: residence registration
	AgencySocialInsurance = "BHXH-TINH"    // provincial social insurance (BHXH)
	AgencyOneStop         = "BP-MOT-CUA"   // one-stop section receiving and returning land dossiers
	AgencyLandRegistry    = "VP-DKDD"      // land registration office (Văn phòng đăng ký đất đai)
	AgencyTax             = "CO-QUAN-THUE" // tax authority
	AgencyOneStopCentre   = "TTPVHCC-XA"   // commune public administration service centre
)

const (
	fifteenHundred       = clock.Clock(15) * clock.Hour
	decree63BirthSource  = "Nghị định 63/2024/NĐ-CP ngày 10/6/2024, Điều 5, 7 khoản 2–3, 8 khoản 3; Quyết định 296/QĐ-VPCP năm 2024"
	decree63DeathSource  = "Nghị định 63/2024/NĐ-CP ngày 10/6/2024; Quyết định 296/QĐ-VPCP năm 2024, phần II mục 5"
	landTransferSource   = "Luật Đất đai 2024 (Luật 31/2024/QH15); Nghị định 101/2024/NĐ-CP (thời hạn đăng ký biến động, không tính thời gian thực hiện nghĩa vụ tài chính; điều khoản chưa đối chiếu); Nghị định 61/2018/NĐ-CP, Điều 19 khoản 6"
	fiveOnSiteSource     = "Thông tư 01/2018/TT-VPCP, Điều 6; Nghị định 23/2015/NĐ-CP, Điều 21; Quyết định 468/QĐ-TTg năm 2021"
	verificationResidDay = 5
)

func mustRoute(spec RouteSpec) *Route {
	r, err := NewRoute(spec)
	if err != nil {
		panic("liaison: built-in route " + spec.Code + ": " + err.Error()) // a broken invariant of this file
	}
	return r
}

func half() sla.Limit {
	l, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	return l
}

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
func BirthRegistrationGroup() *Route { return birthGroup(false) }

// BirthRegistrationGroupVerified is [BirthRegistrationGroup] where the
// residence registration needs verification: that step at most 5 working
// days, the group at most 5 (Decree 63/2024/NĐ-CP Art. 7(2); Decision
// 296/QĐ-VPCP).
func BirthRegistrationGroupVerified() *Route { return birthGroup(true) }

func birthGroup(verify bool) *Route {
	code, name := "ND63-2024-KS-TT-BHYT", "Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"
	total, resid := sla.WorkingDays(3), sla.WorkingDays(2)
	if verify {
		code += "-XM"
		name += " (trường hợp cần xác minh)"
		total, resid = sla.WorkingDays(5), sla.WorkingDays(verificationResidDay)
	}
	return mustRoute(RouteSpec{
		Code: code, Name: name, Lead: AgencyCommune, Total: total, Cutoff: fifteenHundred,
		Source: decree63BirthSource,
		Steps: []Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận hồ sơ liên thông", Agency: AgencyCommune, Role: RoleReceive, Budget: sla.SameDay()},
			{ID: "khai-sinh", Name: "Đăng ký khai sinh", Agency: AgencyCommune, Role: RoleRegister, Budget: sla.SameDay(), After: []string{"tiep-nhan"}},
			{ID: "thuong-tru", Name: "Đăng ký thường trú", Agency: AgencyCommunePolice, Role: RoleRegister, Budget: resid, After: []string{"khai-sinh"}},
			{ID: "bhyt", Name: "Cấp thẻ bảo hiểm y tế", Agency: AgencySocialInsurance, Role: RoleRegister, Budget: sla.WorkingDays(2), After: []string{"khai-sinh"}},
			{ID: "tra-ket-qua", Name: "Trả kết quả", Agency: AgencyCommune, Role: RoleReturn, Budget: sla.SameDay(), After: []string{"thuong-tru", "bhyt"}},
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
func DeathRegistrationGroup() *Route {
	return mustRoute(RouteSpec{
		Code: "ND63-2024-KT-XTT-MTP", Name: "Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất",
		Lead: AgencyCommune, Total: sla.WorkingDays(9), Cutoff: fifteenHundred, Source: decree63DeathSource,
		Steps: []Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận hồ sơ liên thông", Agency: AgencyCommune, Role: RoleReceive, Budget: sla.SameDay()},
			{ID: "xac-nhan", Name: "Thân nhân xác nhận trên VNeID", Role: RoleConsult, Budget: sla.WorkingDays(5), After: []string{"tiep-nhan"}, PausesClock: true},
			{ID: "khai-tu", Name: "Đăng ký khai tử", Agency: AgencyCommune, Role: RoleRegister, Budget: sla.SameDay(), After: []string{"xac-nhan"}},
			{ID: "xoa-thuong-tru", Name: "Xóa đăng ký thường trú", Agency: AgencyCommunePolice, Role: RoleRegister, Budget: sla.SameDay(), After: []string{"khai-tu"}},
			{ID: "mai-tang-tu-tuat", Name: "Giải quyết mai táng phí, tử tuất", Agency: AgencySocialInsurance, Role: RoleApprove, Budget: sla.WorkingDays(8), After: []string{"khai-tu"}},
			{ID: "tra-ket-qua", Name: "Trả kết quả", Agency: AgencyCommune, Role: RoleReturn, Budget: sla.SameDay(), After: []string{"xoa-thuong-tru", "mai-tang-tu-tuat"}},
		},
	})
}

// LandTransfer returns a sequential (paper) route for registering the
// transfer of a land use right: the one-stop section receives (half a
// working day, within the one-working-day transfer of Decree 61/2018/NĐ-CP
// Art. 18), the land registration office appraises and sends the
// information to the tax authority (3 days), the tax authority determines
// the financial obligation and issues the payment notice (3 days), the
// applicant pays (a pause: the time of the financial obligation is not
// counted), the land registration office updates the register and the
// certificate (3 days), and the one-stop section returns the result (half a
// day). Total: 10 working days.
//
// The split between agencies is an example of what a province fixes on
// the transfer slip (Decree 61/2018/NĐ-CP Art. 19(6)); the 10-day total
// "not counting the time of the financial obligation" is how published
// catalogues state the limit under the Land Law 2024 and Decree
// 101/2024/NĐ-CP (secondary sources; the article is not confirmed here).
// Provinces commit to shorter totals. The payment step's 5 working days
// are a planning estimate only: the applicant's time is never counted.
func LandTransfer() *Route {
	return mustRoute(RouteSpec{
		Code: "DD-CHUYEN-NHUONG", Name: "Đăng ký biến động quyền sử dụng đất do chuyển nhượng",
		Lead: AgencyLandRegistry, Total: sla.WorkingDays(10), Source: landTransferSource,
		Steps: []Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận, chuyển hồ sơ", Agency: AgencyOneStop, Role: RoleReceive, Budget: half()},
			{ID: "tham-dinh", Name: "Kiểm tra hồ sơ, gửi thông tin địa chính sang cơ quan thuế", Agency: AgencyLandRegistry, Role: RoleAppraise, Budget: sla.WorkingDays(3), After: []string{"tiep-nhan"}},
			{ID: "xac-dinh-thue", Name: "Xác định nghĩa vụ tài chính, ra thông báo nộp tiền", Agency: AgencyTax, Role: RolePay, Budget: sla.WorkingDays(3), After: []string{"tham-dinh"}},
			{ID: "nop-tien", Name: "Người sử dụng đất nộp tiền", Agency: AgencyTax, Role: RolePay, Budget: sla.WorkingDays(5), After: []string{"xac-dinh-thue"}, PausesClock: true},
			{ID: "cap-nhat", Name: "Chỉnh lý hồ sơ địa chính, xác nhận trên Giấy chứng nhận", Agency: AgencyLandRegistry, Role: RoleRegister, Budget: sla.WorkingDays(3), After: []string{"nop-tien"}},
			{ID: "tra-ket-qua", Name: "Trả kết quả", Agency: AgencyOneStop, Role: RoleReturn, Budget: half(), After: []string{"cap-nhat"}},
		},
	})
}

// FiveOnSite returns a "5 tại chỗ" route: receive, appraise, approve,
// stamp and return the result all at the one-stop centre, the same working
// day, a dossier received after 15:00 being returned the next working day.
//
// Circular 01/2018/TT-VPCP Art. 6 allows the whole process at the one-stop
// unit when the decision can be delegated to it; "5 tại chỗ" is the
// programme slogan (Decision 468/QĐ-TTg of 2021, as recalled) and sets no
// time limit of its own. The same-day limit and 15:00 cut-off are those of
// certifying copies (Decree 23/2015/NĐ-CP Art. 21), the usual example.
// Every step is "Trong ngày": within the day, each by the close of office.
func FiveOnSite() *Route {
	steps := []struct {
		id, name string
		role     Role
	}{
		{"tiep-nhan", "Tiếp nhận", RoleReceive},
		{"tham-dinh", "Thẩm định", RoleAppraise},
		{"phe-duyet", "Phê duyệt", RoleApprove},
		{"dong-dau", "Ký, đóng dấu", RoleSign},
		{"tra-ket-qua", "Trả kết quả", RoleReturn},
	}
	spec := RouteSpec{Code: "5-TAI-CHO", Name: "Giải quyết “5 tại chỗ” tại Trung tâm Phục vụ hành chính công",
		Lead: AgencyOneStopCentre, Total: sla.SameDay(), Cutoff: fifteenHundred, Source: fiveOnSiteSource}
	for k, s := range steps {
		st := Step{ID: s.id, Name: s.name, Agency: AgencyOneStopCentre, Role: s.role, Budget: sla.SameDay()}
		if k > 0 {
			st.After = []string{steps[k-1].id}
		}
		spec.Steps = append(spec.Steps, st)
	}
	return mustRoute(spec)
}
