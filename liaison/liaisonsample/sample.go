package liaisonsample

import (
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// Illustrative agency codes. They are descriptive examples, not codes of
// any national registry: a caller maps them to its own agency registry, or
// builds its routes with its own codes. After the 2025 reforms the
// social-insurance agency sits under the Ministry of Finance and the
// labour–social-affairs functions under the Ministry of Home Affairs; the
// codes name the role, not the ministry.
const (
	AgencyCommune         = "UBND-XA"      // commune People's Committee: one-stop section, civil status
	AgencyCommunePolice   = "CONG-AN-XA"   // commune police: residence registration
	AgencySocialInsurance = "BHXH-TINH"    // provincial social insurance (BHXH)
	AgencyOneStop         = "BP-MOT-CUA"   // one-stop section receiving and returning land dossiers
	AgencyLandRegistry    = "VP-DKDD"      // land registration office (Văn phòng đăng ký đất đai)
	AgencyTax             = "CO-QUAN-THUE" // tax authority
	AgencyOneStopCentre   = "TTPVHCC-XA"   // commune public administration service centre
)

// Decree63 returns the illustrative codes of the agencies of the Decree
// 63/2024/NĐ-CP groups: [AgencyCommune], [AgencyCommunePolice] and
// [AgencySocialInsurance].
func Decree63() liaison.Decree63Agencies {
	return liaison.Decree63Agencies{Commune: AgencyCommune, CommunePolice: AgencyCommunePolice,
		SocialInsurance: AgencySocialInsurance}
}

// Agencies returns a registry that knows every illustrative code, for
// [liaison.Route.Validate].
func Agencies() liaison.AgencySet {
	return liaison.AgencySet{AgencyCommune: true, AgencyCommunePolice: true, AgencySocialInsurance: true,
		AgencyOneStop: true, AgencyLandRegistry: true, AgencyTax: true, AgencyOneStopCentre: true}
}

// BirthRegistrationGroup returns [liaison.BirthRegistrationGroup] with the
// illustrative codes of [Decree63].
func BirthRegistrationGroup() *liaison.Route {
	return must(liaison.BirthRegistrationGroup(Decree63()))
}

// BirthRegistrationGroupVerified returns
// [liaison.BirthRegistrationGroupVerified] with the illustrative codes of
// [Decree63].
func BirthRegistrationGroupVerified() *liaison.Route {
	return must(liaison.BirthRegistrationGroupVerified(Decree63()))
}

// DeathRegistrationGroup returns [liaison.DeathRegistrationGroup] with the
// illustrative codes of [Decree63].
func DeathRegistrationGroup() *liaison.Route {
	return must(liaison.DeathRegistrationGroup(Decree63()))
}

const (
	fifteenHundred     = clock.Clock(15) * clock.Hour
	landTransferSource = "Luật Đất đai 2024 (Luật 31/2024/QH15); Nghị định 101/2024/NĐ-CP (thời hạn đăng ký biến động, không tính thời gian thực hiện nghĩa vụ tài chính; điều khoản chưa đối chiếu); Nghị định 61/2018/NĐ-CP, Điều 19 khoản 6"
	fiveOnSiteSource   = "Thông tư 01/2018/TT-VPCP, Điều 6; Nghị định 23/2015/NĐ-CP, Điều 21; Quyết định 468/QĐ-TTg năm 2021"
)

// must returns r, or panics on an error: the routes of this file are
// valid by construction, so an error is a broken invariant.
func must(r *liaison.Route, err error) *liaison.Route {
	if err != nil {
		panic("liaisonsample: built-in route: " + err.Error())
	}
	return r
}

func mustRoute(spec liaison.RouteSpec) *liaison.Route { return must(liaison.NewRoute(spec)) }

func half() sla.Limit {
	l, _ := sla.LimitFromHundredths(50, sla.UnitWorkingDays)
	return l
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
func LandTransfer() *liaison.Route {
	return mustRoute(liaison.RouteSpec{
		Code: "DD-CHUYEN-NHUONG", Name: "Đăng ký biến động quyền sử dụng đất do chuyển nhượng",
		Lead: AgencyLandRegistry, Total: sla.WorkingDays(10), Source: landTransferSource,
		Steps: []liaison.Step{
			{ID: "tiep-nhan", Name: "Tiếp nhận, chuyển hồ sơ", Agency: AgencyOneStop, Role: liaison.RoleReceive, Budget: half()},
			{ID: "tham-dinh", Name: "Kiểm tra hồ sơ, gửi thông tin địa chính sang cơ quan thuế", Agency: AgencyLandRegistry, Role: liaison.RoleAppraise, Budget: sla.WorkingDays(3), After: []string{"tiep-nhan"}},
			{ID: "xac-dinh-thue", Name: "Xác định nghĩa vụ tài chính, ra thông báo nộp tiền", Agency: AgencyTax, Role: liaison.RolePay, Budget: sla.WorkingDays(3), After: []string{"tham-dinh"}},
			{ID: "nop-tien", Name: "Người sử dụng đất nộp tiền", Agency: AgencyTax, Role: liaison.RolePay, Budget: sla.WorkingDays(5), After: []string{"xac-dinh-thue"}, PausesClock: true},
			{ID: "cap-nhat", Name: "Chỉnh lý hồ sơ địa chính, xác nhận trên Giấy chứng nhận", Agency: AgencyLandRegistry, Role: liaison.RoleRegister, Budget: sla.WorkingDays(3), After: []string{"nop-tien"}},
			{ID: "tra-ket-qua", Name: "Trả kết quả", Agency: AgencyOneStop, Role: liaison.RoleReturn, Budget: half(), After: []string{"cap-nhat"}},
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
func FiveOnSite() *liaison.Route {
	steps := []struct {
		id, name string
		role     liaison.Role
	}{
		{"tiep-nhan", "Tiếp nhận", liaison.RoleReceive},
		{"tham-dinh", "Thẩm định", liaison.RoleAppraise},
		{"phe-duyet", "Phê duyệt", liaison.RoleApprove},
		{"dong-dau", "Ký, đóng dấu", liaison.RoleSign},
		{"tra-ket-qua", "Trả kết quả", liaison.RoleReturn},
	}
	spec := liaison.RouteSpec{Code: "5-TAI-CHO", Name: "Giải quyết “5 tại chỗ” tại Trung tâm Phục vụ hành chính công",
		Lead: AgencyOneStopCentre, Total: sla.SameDay(), Cutoff: fifteenHundred, Source: fiveOnSiteSource}
	for k, s := range steps {
		st := liaison.Step{ID: s.id, Name: s.name, Agency: AgencyOneStopCentre, Role: s.role, Budget: sla.SameDay()}
		if k > 0 {
			st.After = []string{steps[k-1].id}
		}
		spec.Steps = append(spec.Steps, st)
	}
	return mustRoute(spec)
}
