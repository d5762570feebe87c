package liaison_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
)

func ExampleParseRoute() {
	r, err := liaison.ParseRoute([]byte(`{
	  "code": "CT-01", "name": "Cấp giấy phép (liên thông)", "lead": "SO-XD", "total": "5 ngày làm việc",
	  "steps": [
	    {"id": "tiep-nhan", "name": "Tiếp nhận", "agency": "BP-MOT-CUA", "role": "receive", "budget": "0,5 ngày làm việc"},
	    {"id": "tham-dinh", "name": "Thẩm định", "agency": "SO-XD", "role": "appraise", "budget": "3 ngày làm việc", "after": ["tiep-nhan"]},
	    {"id": "y-kien", "name": "Lấy ý kiến", "agency": "SO-TC", "role": "consult", "budget": "2 ngày làm việc", "after": ["tiep-nhan"]},
	    {"id": "tra", "name": "Trả kết quả", "agency": "BP-MOT-CUA", "role": "return", "budget": "4 giờ làm việc", "after": ["tham-dinh", "y-kien"]}
	  ]}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Code(), r.Total(), r.Mode(), r.CriticalPath())

	// Budgets must be in the canonical form of sla.Limit.
	_, err = liaison.ParseRoute([]byte(`{"code": "CT-02", "name": "x", "total": "03 ngày làm việc", "steps": []}`))
	fmt.Println(errors.Is(err, liaison.ErrBadBudget))
	// Output:
	// CT-01 5 ngày làm việc parallel [tiep-nhan tham-dinh tra]
	// true
}

func ExampleRoute_Validate() {
	route := liaisonsample.BirthRegistrationGroup()
	// A registry that does not know the provincial social insurance.
	reg := liaison.AgencySet{"UBND-XA": true, "CONG-AN-XA": true}
	warnings, err := route.Validate(reg, date.New(2026, time.March, 2))
	fmt.Println(errors.Is(err, liaison.ErrUnknownAgency))
	fmt.Println(err)
	for _, w := range warnings {
		fmt.Println(w.Kind, w.Slack)
	}
	// Output:
	// true
	// liaison: route "ND63-2024-KS-TT-BHYT" step "bhyt" agency "BHXH-TINH": unknown agency on 2026-03-02
	// slack 8h0m0s
}

// The sequential land-transfer route, planned from a receipt on Monday
// 2 March 2026: the applicant's payment step pauses the clock, so the
// legal deadline moves by its planned five working days.
func ExampleRoute_Plan() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	plan, err := liaisonsample.LandTransfer().Plan(time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone), s)
	if err != nil {
		panic(err)
	}
	for st := range plan.Steps() {
		fmt.Printf("%-14s %-13s %s → %s\n", st.ID, st.Agency, st.Start.Format("Mon 02/01 15:04"), st.Due.Format("Mon 02/01 15:04"))
	}
	d, _ := plan.Deadline()
	slack, _ := plan.Slack()
	fmt.Println("planned:", plan.Due(), "| legal deadline:", d.Due(), "| slack:", slack)
	// Output:
	// tiep-nhan      BP-MOT-CUA    Mon 02/03 17:00 → Tue 03/03 12:00
	// tham-dinh      VP-DKDD       Tue 03/03 12:00 → Fri 06/03 12:00
	// xac-dinh-thue  CO-QUAN-THUE  Fri 06/03 12:00 → Wed 11/03 12:00
	// nop-tien       CO-QUAN-THUE  Wed 11/03 12:00 → Wed 18/03 12:00
	// cap-nhat       VP-DKDD       Wed 18/03 12:00 → Mon 23/03 12:00
	// tra-ket-qua    BP-MOT-CUA    Mon 23/03 12:00 → Mon 23/03 17:00
	// planned: 2026-03-23 | legal deadline: 2026-03-23 | slack: 0s
}

// A "5 tại chỗ" dossier received at 15:30 on Friday 13 February 2026,
// after the route's 15:00 cut-off and before Tết: it is due on the first
// working day after the break.
func ExampleRoute_Track() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	t, err := liaisonsample.FiveOnSite().Track(time.Date(2026, time.February, 13, 15, 30, 0, 0, sla.VietnamZone), s)
	if err != nil {
		panic(err)
	}
	d, _ := t.Deadline()
	fmt.Println(d.Due(), d.Due().Weekday())
	o, _ := t.Outcome()
	_, finished := t.Finished()
	fmt.Println(o, finished)
	// Output:
	// 2026-02-23 Monday
	// unknown false
}

// landEvents are the hand-overs of a land-transfer dossier received on
// Monday 2 March 2026 at 09:00. The tax authority starts on Thursday
// 5 March with three working days, due Monday 9 March, and finishes on
// Wednesday 11 March.
func landEvents() []liaison.Event {
	at := func(d, hh int) time.Time { return time.Date(2026, time.March, d, hh, 0, 0, 0, sla.VietnamZone) }
	ev := func(step string, k liaison.EventKind, t time.Time, agency string) liaison.Event {
		return liaison.Event{Step: step, Kind: k, At: t, Agency: agency}
	}
	return []liaison.Event{
		ev("tiep-nhan", liaison.Started, at(2, 9), "BP-MOT-CUA"),
		ev("tiep-nhan", liaison.Finished, at(2, 11), "BP-MOT-CUA"),
		ev("tham-dinh", liaison.Started, at(2, 14), "VP-DKDD"),
		ev("tham-dinh", liaison.Finished, at(4, 16), "VP-DKDD"),
		ev("xac-dinh-thue", liaison.Started, at(5, 8), "CO-QUAN-THUE"),
		ev("xac-dinh-thue", liaison.Finished, at(11, 10), "CO-QUAN-THUE"),
		ev("nop-tien", liaison.Started, at(11, 10), ""),
		ev("nop-tien", liaison.Finished, at(13, 15), ""),
		ev("cap-nhat", liaison.Started, at(16, 8), "VP-DKDD"),
		ev("cap-nhat", liaison.Finished, at(18, 16), "VP-DKDD"),
		ev("tra-ket-qua", liaison.Started, at(19, 8), "BP-MOT-CUA"),
		ev("tra-ket-qua", liaison.Finished, at(19, 9), "BP-MOT-CUA"),
	}
}

func trackLand() liaison.Tracking {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	t, _ := liaisonsample.LandTransfer().Track(time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone), s)
	for _, e := range landEvents() {
		var err error
		if t, err = t.Apply(e); err != nil {
			panic(err)
		}
	}
	return t
}

func ExampleTracking_Apply() {
	t := trackLand()
	for st := range t.Steps() {
		fmt.Printf("%-14s %-13s due %s: %s\n", st.ID, st.Agency, st.DueDate, st.Outcome)
	}
	d, _ := t.Deadline()
	o, _ := t.Outcome()
	fmt.Println("legal deadline:", d.Due(), "| dossier:", o)
	step, agency, ok := t.Responsible()
	fmt.Println("responsible:", step, agency, ok)

	// A hand-over reported by the wrong agency is refused.
	_, err := t.Apply(liaison.Event{Step: "cap-nhat", Kind: liaison.Started,
		At: time.Date(2026, time.March, 16, 8, 0, 0, 0, sla.VietnamZone), Agency: "CO-QUAN-THUE"})
	fmt.Println(errors.Is(err, liaison.ErrWrongAgency))
	// Output:
	// tiep-nhan      BP-MOT-CUA    due 2026-03-02: on time
	// tham-dinh      VP-DKDD       due 2026-03-05: early
	// xac-dinh-thue  CO-QUAN-THUE  due 2026-03-09: late
	// nop-tien       CO-QUAN-THUE  due 2026-03-18: early
	// cap-nhat       VP-DKDD       due 2026-03-18: on time
	// tra-ket-qua    BP-MOT-CUA    due 2026-03-19: on time
	// legal deadline: 2026-03-18 | dossier: late
	// responsible: xac-dinh-thue CO-QUAN-THUE true
	// true
}

// On Tuesday 10 March the tax authority still holds the dossier it started
// on Thursday 5 March: the remaining steps are re-planned from its due time.
func ExampleTracking_Replan() {
	s, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	t, _ := liaisonsample.LandTransfer().Track(time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone), s)
	for _, e := range landEvents()[:5] {
		t, _ = t.Apply(e)
	}
	p, err := t.Replan(time.Date(2026, time.March, 10, 9, 0, 0, 0, sla.VietnamZone))
	if err != nil {
		panic(err)
	}
	for st := range p.Steps() {
		fmt.Printf("%-14s done=%-5v due %s\n", st.ID, st.Done, st.Due.Format("Mon 02/01 15:04"))
	}
	d, _ := p.Deadline()
	fmt.Println("planned:", p.Due(), "| legal deadline:", d.Due())
	// Output:
	// tiep-nhan      done=true  due Mon 02/03 11:00
	// tham-dinh      done=true  due Wed 04/03 16:00
	// xac-dinh-thue  done=false due Tue 10/03 09:00
	// nop-tien       done=false due Tue 17/03 09:00
	// cap-nhat       done=false due Fri 20/03 09:00
	// tra-ket-qua    done=false due Fri 20/03 14:00
	// planned: 2026-03-20 | legal deadline: 2026-03-23
}

func ExampleCountByAgency() {
	var sum sla.Summary[string]
	n := liaison.CountByAgency(&sum, trackLand())
	fmt.Println("steps counted:", n) // the applicant's payment is left out
	for _, agency := range sum.SortedKeys(strings.Compare) {
		c := sum.Get(agency)
		fmt.Printf("%-13s %d steps, %d late\n", agency, c.Total(), c.Late+c.LateApologised)
	}
	// Output:
	// steps counted: 5
	// BP-MOT-CUA    2 steps, 0 late
	// CO-QUAN-THUE  1 steps, 1 late
	// VP-DKDD       2 steps, 0 late
}

func ExampleDeathRegistrationGroup() {
	r, err := liaison.DeathRegistrationGroup(liaison.Decree63Agencies{
		Commune: "UBND-XA", CommunePolice: "CONG-AN-XA", SocialInsurance: "BHXH-TINH"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Code(), "|", r.Total(), "| cut-off", r.Cutoff().HhMm(), "|", r.Mode())
	for st := range r.Steps() {
		fmt.Printf("%-17s %-11s %-14s %s pauses=%v\n", st.ID, st.Agency, st.Role, st.Budget, st.PausesClock)
	}
	fmt.Println(r.CriticalPath())
	// Output:
	// ND63-2024-KT-XTT-MTP | 9 ngày làm việc | cut-off 15:00 | parallel
	// tiep-nhan         UBND-XA     receive        Trong ngày pauses=false
	// xac-nhan                      consult        5 ngày làm việc pauses=true
	// khai-tu           UBND-XA     register       Trong ngày pauses=false
	// xoa-thuong-tru    CONG-AN-XA  register       Trong ngày pauses=false
	// mai-tang-tu-tuat  BHXH-TINH   approve        8 ngày làm việc pauses=false
	// tra-ket-qua       UBND-XA     return result  Trong ngày pauses=false
	// [tiep-nhan xac-nhan khai-tu mai-tang-tu-tuat tra-ket-qua]
}

func ExampleBirthRegistrationGroupVerified() {
	for _, r := range []*liaison.Route{liaisonsample.BirthRegistrationGroup(), liaisonsample.BirthRegistrationGroupVerified()} {
		st, _ := r.Step("thuong-tru")
		fmt.Println(r.Code(), "| total", r.Total(), "| residence", st.Budget)
	}
	// Output:
	// ND63-2024-KS-TT-BHYT | total 3 ngày làm việc | residence 2 ngày làm việc
	// ND63-2024-KS-TT-BHYT-XM | total 5 ngày làm việc | residence 5 ngày làm việc
}

func ExampleAgencySet() {
	reg := liaison.AgencySet{"UBND-XA": true, "CONG-AN-XA": true, "BHXH-TINH": true}
	on := date.New(2026, time.March, 2)
	fmt.Println(reg.KnowsAgency("BHXH-TINH", on), reg.KnowsAgency("UBND-HUYEN", on))
	_, err := liaisonsample.DeathRegistrationGroup().Validate(reg, on)
	fmt.Println(err == nil)
	// Output:
	// true false
	// true
}
