// Command lienthong tracks one dossier of the Decree 63/2024/NĐ-CP
// birth-registration group (birth registration, permanent residence and the
// child's health insurance card, filed once online) step by step, with one
// agency late: the plan, the tracking, the slack, the agency responsible
// for the delay, the apology letter (form 04) and the processing control
// slip that records each hand-over.
//
//	go run ./examples/lienthong
//	go run ./examples/lienthong -lang en
//	go run ./examples/lienthong -late bhyt
//	go run ./examples/lienthong -at "2026-03-02 10:00" -late khai-sinh
//	go run ./examples/lienthong -late none
//
// By default the dossier is received on Thursday 12 February 2026 at 14:30,
// the last working day but one before Tết Bính Ngọ (off 14–22 February
// 2026), so the plan crosses Tết; the police finish the residence
// registration late, after the group's deadline. The events are generated:
// each step starts at its predecessors' hand-over and takes half its budget
// (receipt 15 minutes, same-day steps 90 minutes), except the late step,
// which finishes at 10:00 on the working day after the later of its own due
// date and the group's deadline, so that the dossier is overdue. Its agency
// apologises (form 04) on its step's due date, as the law asks only for an
// overdue dossier (Decree 61/2018/NĐ-CP Art. 19(9)); a late step whose delay
// the route's slack absorbs is only scored on the control slip. The whole
// report is computed before it is printed: a receipt the example cannot
// handle (a date past the calendar, a year dossier codes do not number) is
// refused with nothing printed.
// The forms are Vietnamese documents and are printed in Vietnamese whatever
// -lang says.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "lienthong:", err)
		os.Exit(1)
	}
}

// The people and places of the example. The unit code has the shape of
// Circular 10/2016/TT-BTTTT identifiers and is illustrative, as are the
// names; the agency codes are the illustrative ones of liaisonsample.
const (
	receivingUnit = "000.00.36.H57"
	commune       = "xã Tân Lập"
)

var agencyNames = map[string]string{
	liaisonsample.AgencyCommune:         "UBND " + commune,
	liaisonsample.AgencyCommunePolice:   "Công an " + commune,
	liaisonsample.AgencySocialInsurance: "Bảo hiểm xã hội tỉnh Phú Thọ",
}

var agencyEnglish = map[string]string{
	liaisonsample.AgencyCommune:         "commune People's Committee",
	liaisonsample.AgencyCommunePolice:   "commune police",
	liaisonsample.AgencySocialInsurance: "provincial social insurance",
}

var stepEnglish = map[string]string{
	"tiep-nhan":   "Receipt of the group dossier",
	"khai-sinh":   "Birth registration",
	"thuong-tru":  "Permanent residence registration",
	"bhyt":        "Health insurance card",
	"tra-ket-qua": "Return of the results",
}

// offices are what the forms print about each issuing unit: the one-stop
// section issues the control slip, the late agency the apology
// (Decree 61/2018/NĐ-CP Art. 19(9)).
var offices = map[string]form.Office{
	liaisonsample.AgencyCommune: {Parent: "Ủy ban nhân dân " + commune, UnitName: "Bộ phận Một cửa " + commune,
		Place: "Tân Lập", Staff: "Lê Thị Mai", Agencies: agencyNames},
	liaisonsample.AgencyCommunePolice: {Parent: "Công an tỉnh Phú Thọ", UnitName: "Công an " + commune,
		Place: "Tân Lập", Staff: "Trần Văn Hùng", Agencies: agencyNames},
	liaisonsample.AgencySocialInsurance: {Parent: "Bảo hiểm xã hội Việt Nam", UnitName: "Bảo hiểm xã hội tỉnh Phú Thọ",
		Place: "Phú Thọ", Staff: "Phạm Văn Nam", Agencies: agencyNames},
}

var applicant = dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Thị Hoa", ID: "025190001234",
	Phone: "0912345678", Address: "thôn Đồng Xuân, " + commune + ", tỉnh Phú Thọ"}

func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("lienthong", flag.ContinueOnError)
	fs.SetOutput(w)
	at := fs.String("at", "2026-02-12 14:30", `receipt of the group dossier in Vietnam, "2006-01-02 15:04"`)
	late := fs.String("late", "thuong-tru", "the step finished one working day late, or none: "+
		"tiep-nhan, khai-sinh, thuong-tru, bhyt, tra-ket-qua")
	lang := fs.String("lang", "vi", "language: vi or en")
	if help, err := text.ParseFlags(fs, args); help || err != nil {
		return err // -h: the usage is printed, exit 0
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *lang != "vi" && *lang != "en" {
		return fmt.Errorf("-lang %q: want vi or en", *lang)
	}
	received, err := time.ParseInLocation("2006-01-02 15:04", *at, sla.VietnamZone)
	if err != nil {
		return fmt.Errorf(`-at %q: want "YYYY-MM-DD HH:MM"`, *at)
	}
	route := liaisonsample.BirthRegistrationGroup()
	if _, ok := route.Step(*late); !ok && *late != "none" {
		var ids []string
		for st := range route.Steps() {
			ids = append(ids, st.ID)
		}
		return fmt.Errorf("-late %q: want none or one of %s", *late, strings.Join(ids, ", "))
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		return err
	}

	// Everything is computed before anything is printed, and the report is
	// written only when complete: a receipt whose dossier cannot be built
	// (a date past the calendar, a year dossier codes do not cover) is
	// refused up front instead of half printed.
	plan, err := route.Plan(received, sched)
	if err != nil {
		return fmt.Errorf("-at %q: %w", *at, err)
	}
	legal, err := plan.Deadline()
	if err != nil {
		return fmt.Errorf("-at %q: %w", *at, err)
	}
	tr, err := track(route, sched, received, legal, *late)
	if err != nil {
		return fmt.Errorf("-at %q: %w", *at, err)
	}
	d, refusal, err := dossierOf(route, sched, tr, *late)
	if err != nil {
		return fmt.Errorf("-at %q: %w", *at, err)
	}

	var buf bytes.Buffer
	p := printer{text.Printer{W: &buf, EN: *lang == "en"}}
	if err := p.header(route, received, legal, sched); err != nil {
		return err
	}
	if err := p.plan(plan); err != nil {
		return err
	}
	if err := p.tracking(tr, d, refusal); err != nil {
		return err
	}
	if err := p.forms(route, tr, d, *late); err != nil {
		return err
	}
	_, err = buf.WriteTo(w)
	return err
}

// track records the generated hand-overs of the dossier: each step starts
// when its last predecessor hands over and takes half its budget (at most
// up to its due instant), except the late one, which finishes at 10:00 on
// the working day after the later of its own due date and the group's
// legal deadline: late enough that the route's slack cannot absorb it and
// the dossier is overdue.
func track(route *liaison.Route, sched *sla.Schedule, received time.Time, legal sla.Deadline, late string) (liaison.Tracking, error) {
	tr, err := route.Track(received, sched)
	if err != nil {
		return tr, err
	}
	finished := map[string]time.Time{}
	for st := range route.Steps() {
		start := received
		for _, q := range st.After {
			start = later(start, finished[q])
		}
		if tr, err = tr.Apply(liaison.Event{Step: st.ID, Kind: liaison.Started, At: start, Agency: st.Agency}); err != nil {
			return tr, err
		}
		status, err := tr.Step(st.ID)
		if err != nil {
			return tr, err
		}
		var end time.Time
		if st.ID == late {
			next, err := sched.Calendar().NextWorkingDay(max(status.DueDate, legal.Due()))
			if err != nil {
				return tr, err
			}
			end = next.Time(0, sched.Zone()).Add(10 * time.Hour)
		} else {
			if end, _, err = sched.AddWorkingTime(start, work(st)); err != nil {
				return tr, err
			}
			if end.After(status.Due) { // a step on time never overruns its budget
				end = status.Due
			}
		}
		if tr, err = tr.Apply(liaison.Event{Step: st.ID, Kind: liaison.Finished, At: end, Agency: st.Agency}); err != nil {
			return tr, err
		}
		finished[st.ID] = end
	}
	return tr, nil
}

// work is the office time a step takes in the example when it is not late.
func work(st liaison.Step) time.Duration {
	switch {
	case st.Role == liaison.RoleReceive:
		return 15 * time.Minute
	case st.Role == liaison.RoleReturn:
		return 30 * time.Minute
	case st.Budget.IsSameDay():
		return 90 * time.Minute
	case st.Budget.Unit() == sla.UnitWorkingHours:
		return time.Duration(st.Budget.Hundredths()) * time.Hour / 200
	default: // working days of eight hours
		return time.Duration(st.Budget.Hundredths()) * 8 * time.Hour / 200
	}
}

// dossierOf builds the one-stop dossier of the group from its tracking:
// received under the group's total and cut-off, transferred when the
// receipt step hands over, apologised for by the late agency, decided when
// the return step takes the results, returned when it finishes. The
// apology is made at 09:00 on the late step's due date (or just after the
// step started), with a new date one working day after the due date; when
// the rules refuse it, the dossier is built without it and refusal says why.
//
// The dossier package receives a dossier under a procedure of the
// catalogue (dossier.Dossier.Receive); the group is a liaison route, not a
// procedure, and its code in the national database is not known to this
// example. So the dossier is replayed from its event log with the route's
// total and cut-off, under the code of the lead procedure, birth
// registration (1.001193 in the sample catalogue).
func dossierOf(route *liaison.Route, sched *sla.Schedule, tr liaison.Tracking, late string) (d dossier.Dossier, refusal string, err error) {
	h := dossier.Header{
		Procedure: dossier.ProcedureRef{Code: "1.001193", Field: "Hộ tịch",
			Name: "Đăng ký khai sinh, liên thông đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"},
		// Filed on the national public service portal or VNeID.
		Applicant: applicant, Channel: procedure.ChannelOnlineFull, ReceivingUnit: receivingUnit, Agency: route.Lead(),
	}
	received := tr.Received()
	code, err := dossier.NewCode(receivingUnit, date.NewAt(received), 1)
	if err != nil {
		return dossier.Dossier{}, "", err
	}
	total := route.Total()
	events := []dossier.Event{{Kind: dossier.EventReceived, At: received, Actor: "Bộ phận Một cửa",
		Code: code, Limit: total, Cutoff: route.Cutoff()}}
	var returnStep liaison.StepStatus
	for st := range tr.Steps() {
		switch {
		case st.Role == liaison.RoleReceive:
			events = append(events, dossier.Event{Kind: dossier.EventTransferred, At: st.Finished,
				Actor: "Bộ phận Một cửa", Agency: route.Lead()})
		case st.Role == liaison.RoleReturn:
			returnStep = st
			events = append(events,
				dossier.Event{Kind: dossier.EventProcessed, At: st.Started, Actor: agencyNames[route.Lead()], Granted: true},
				dossier.Event{Kind: dossier.EventReturned, At: st.Finished, Actor: "Bộ phận Một cửa"})
		}
	}
	if returnStep.ID == "" {
		return dossier.Dossier{}, "", errors.New("the route has no return step")
	}
	base := slices.Clone(events)
	if late != "none" {
		st, err := tr.Step(late)
		if err != nil {
			return dossier.Dossier{}, "", err
		}
		at := st.DueDate.Time(0, sched.Zone()).Add(9 * time.Hour)
		at = later(at, st.Started.Add(5*time.Minute))
		// A late step calls for an apology only when the dossier itself
		// will be overdue (Decree 61/2018/NĐ-CP Art. 19(9)); a delay the
		// route's slack absorbs does not.
		overdue, err := tr.Overdue(at)
		if err != nil {
			return dossier.Dossier{}, "", err
		}
		if !overdue {
			late = "none"
		}
	}
	if late != "none" {
		st, err := tr.Step(late)
		if err != nil {
			return dossier.Dossier{}, "", err
		}
		at := st.DueDate.Time(0, sched.Zone()).Add(9 * time.Hour)
		at = later(at, st.Started.Add(5*time.Minute))
		legal, err := tr.Deadline()
		if err != nil {
			return dossier.Dossier{}, "", err
		}
		newDue, err := sched.Calendar().AddWorkingDays(legal.Due(), 1)
		if err != nil {
			return dossier.Dossier{}, "", err
		}
		step, _ := route.Step(late)
		reason := fmt.Sprintf("bước “%s” do %s thực hiện không hoàn thành trong thời hạn %s được giao",
			step.Name, agencyNames[step.Agency], step.Budget)
		events = append(events, dossier.Event{Kind: dossier.EventApologised, At: at,
			Actor: agencyNames[step.Agency], NewDue: newDue, Reason: reason})
	}
	slices.SortStableFunc(events, func(a, b dossier.Event) int { return a.At.Compare(b.At) })
	if d, err = dossier.Replay(h, events, sched); err != nil && late != "none" {
		refusal = err.Error()
		d, err = dossier.Replay(h, base, sched)
	}
	return d, refusal, err
}

// printer writes the report in Vietnamese or English.
type printer struct{ text.Printer }

// stamp writes an instant compactly: "T5 12/02 14:30" or "Thu 12/02 14:30".
func (p printer) stamp(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	t = t.In(sla.VietnamZone)
	return p.day(date.NewAt(t)) + " " + t.Format("15:04")
}

// day writes a date compactly: "T2 23/02" or "Mon 23/02".
func (p printer) day(d date.Date) string {
	if d == date.Zero {
		return "—"
	}
	if p.EN {
		return d.Format("Mon 02/01")
	}
	return text.Weekday(d, false) + " " + d.Format("02/01")
}

// full writes an instant with its year: "14:30 T5 12/02/2026".
func (p printer) full(t time.Time) string {
	t = t.In(sla.VietnamZone)
	return t.Format("15:04") + " " + p.day(date.NewAt(t)) + t.Format("/2006")
}

func (p printer) limit(l sla.Limit) string { return p.Pick(l.String(), l.English()) }

func (p printer) outcome(o sla.Outcome) string {
	if o == sla.OutcomeUnknown {
		return "—"
	}
	return p.Pick(o.Vietnamese(), o.English())
}

func (p printer) stepName(id, vi string) string {
	if p.EN && stepEnglish[id] != "" {
		return stepEnglish[id]
	}
	return vi
}

// nameWidth is the width of the step-name column.
func (p printer) nameWidth(r *liaison.Route) int {
	n := 4
	for st := range r.Steps() {
		n = max(n, len([]rune(p.stepName(st.ID, st.Name))))
	}
	return n + 1
}

func (p printer) agency(code string) string {
	if p.EN {
		return code + " (" + agencyEnglish[code] + ")"
	}
	return code + " (" + agencyNames[code] + ")"
}

// header names the group, the receipt and the legal deadline with the days
// it skipped.
func (p printer) header(route *liaison.Route, received time.Time, legal sla.Deadline, sched *sla.Schedule) error {
	p.F("Nhóm thủ tục liên thông %s (%s)\n", "Inter-agency group %s (%s mode)\n", route.Code(), p.Pick(route.Mode().Vietnamese(), route.Mode().String()))
	p.F("  %s\n", "  %s\n", text.Wrap(route.Name(), 96-len("  "), "  "))
	p.F("  Căn cứ: %s\n", "  Source: %s\n", text.Wrap(route.Source(), 96-len("    "), "    "))
	p.F("Tiếp nhận: %s. Thời hạn của nhóm: %s, không tính ngày tiếp nhận;\n"+
		"  hồ sơ nhận từ %s trở đi được tính từ ngày làm việc tiếp theo.\n",
		"Received: %s. The group's limit: %s, the receipt day not counted;\n"+
			"  a dossier received from %s on counts from the next working day.\n",
		p.full(received), p.limit(route.Total()), route.Cutoff().HhMm())
	// The group's legal deadline names the receipt itself, so its
	// explanation lists the days off before the receipt day too.
	e, err := sched.Explain(legal)
	if err != nil {
		return err
	}
	if e.ReceiptDay != date.NewAt(received) {
		p.F("Ngày tiếp nhận được tính: %s.\n", "Counted as received on: %s.\n", p.day(e.ReceiptDay)+e.ReceiptDay.Format("/2006"))
	}
	if spans := skippedSpans(e.Skipped, p.EN); len(spans) > 0 {
		p.F("%s\n", "%s\n", text.Wrap(p.Pick("Ngày không tính: ", "Days not counted: ")+strings.Join(spans, "; ")+".", 98-len("  "), "  "))
	}
	p.F("Hạn trả kết quả theo quy định: %s.\n", "Legal deadline: %s.\n", p.full(legal.At()))
	return nil
}

// skippedSpans groups consecutive skipped days: "14/02–22/02/2026 (Tết
// Nguyên Đán, nghỉ cuối tuần)".
func skippedSpans(days []sla.SkippedDay, en bool) []string {
	var out []string
	for i := 0; i < len(days); {
		j := i
		for j+1 < len(days) && days[j+1].Date == days[j].Date+1 {
			j++
		}
		var why []string
		for _, s := range days[i : j+1] {
			r := map[bool]string{false: "nghỉ cuối tuần", true: "weekend"}[en]
			if s.Reason == sla.SkipSpecial {
				r = s.Special.NameVI
				if en {
					r, _, _ = strings.Cut(s.Special.NameEN, " — ")
				}
			}
			switch {
			case slices.Contains(why, r):
			case s.Reason == sla.SkipSpecial:
				why = slices.Insert(why, 0, r) // holidays before weekends
			default:
				why = append(why, r)
			}
		}
		span := days[i].Date.Format("02/01/2006")
		if j > i {
			span = days[i].Date.Format("02/01") + "–" + days[j].Date.Format("02/01/2006")
		}
		out = append(out, span+" ("+strings.Join(why, ", ")+")")
		i = j + 1
	}
	return out
}

// plan prints each step's agency, budget, planned start and due, the
// critical path and the slack.
func (p printer) plan(plan liaison.Plan) error {
	p.F("\nKẾ HOẠCH (* đường găng)\n", "\nPLAN (* critical path)\n")
	nw := p.nameWidth(plan.Route())
	p.F("  %-*s %-11s %-16s %-15s %s\n", "  %-*s %-11s %-16s %-15s %s\n", nw,
		p.Pick("Bước", "Step"), p.Pick("Cơ quan", "Agency"), p.Pick("Thời hạn", "Budget"),
		p.Pick("Bắt đầu", "Starts"), p.Pick("Hạn xử lý", "Due"))
	for st := range plan.Steps() {
		step, _ := plan.Route().Step(st.ID)
		mark := ""
		if st.Critical {
			mark = " *"
		}
		p.F("  %-*s %-11s %-16s %-15s %s%s\n", "  %-*s %-11s %-16s %-15s %s%s\n", nw,
			p.stepName(st.ID, st.Name), st.Agency, p.limit(step.Budget), p.stamp(st.Start), p.stamp(st.Due), mark)
	}
	slack, err := plan.Slack()
	if err != nil {
		return err
	}
	p.F("  (các bước tính từ cuối ngày tiếp nhận, như thời hạn của nhóm)\n",
		"  (budgets run from the close of the receipt day, as the group's limit does)\n")
	p.F("Kế hoạch trả kết quả: %s; dự phòng đến hạn: %s.\n", "Planned return: %s; slack before the deadline: %s.\n",
		p.full(plan.At()), p.duration(slack))
	return nil
}

// duration writes office time in working days of eight hours and hours.
func (p printer) duration(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	days, rest := d/(8*time.Hour), d%(8*time.Hour)
	var parts []string
	if days > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", days, p.Pick("ngày làm việc", plural(int(days), "working day"))))
	}
	if rest > 0 || days == 0 {
		parts = append(parts, fmt.Sprintf("%dh%02d", rest/time.Hour, rest%time.Hour/time.Minute))
	}
	return sign + strings.Join(parts, " ")
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// tracking prints the actual hand-overs, each step judged against its own
// budget from its actual start, the dossier's outcome, the slack left and
// the agency responsible for the delay.
func (p printer) tracking(tr liaison.Tracking, d dossier.Dossier, refusal string) error {
	p.F("\nTHEO DÕI (mỗi bước tính từ lúc thực nhận)\n", "\nTRACKING (each step counted from its actual start)\n")
	nw := p.nameWidth(tr.Route())
	p.F("  %-*s %-15s %-15s %-9s %s\n", "  %-*s %-15s %-15s %-9s %s\n", nw,
		p.Pick("Bước", "Step"), p.Pick("Nhận", "Started"), p.Pick("Xong", "Finished"), p.Pick("Hạn", "Due"), p.Pick("Kết quả", "Outcome"))
	for st := range tr.Steps() {
		step, _ := tr.Route().Step(st.ID)
		p.F("  %-*s %-15s %-15s %-9s %s\n", "  %-*s %-15s %-15s %-9s %s\n", nw,
			p.stepName(st.ID, step.Name), p.stamp(st.Started), p.stamp(st.Finished), p.day(st.DueDate), p.outcome(st.Outcome))
	}
	fin, _ := tr.Finished()
	legal, err := tr.Deadline()
	if err != nil {
		return err
	}
	slack, err := tr.Slack(fin)
	if err != nil {
		return err
	}
	p.F("Trả kết quả: %s; hạn %s; còn dư: %s.\n", "Returned: %s; deadline %s; slack left: %s.\n",
		p.full(fin), p.full(legal.At()), p.duration(slack))
	o, err := tr.Outcome() // the return against the legal deadline
	if err != nil {
		return err
	}
	due, apologised := d.Timeline().Reappointed()
	if o.IsLate() && apologised {
		o = sla.LateApologised
	}
	p.F("Kết quả của hồ sơ (theo ngày trả): %s", "The dossier's outcome (by its return): %s", p.outcome(o))
	if apologised {
		p.F(" (đã xin lỗi, hẹn lại %s)", " (apologised, new date %s)", p.day(due)+due.Format("/2006"))
	}
	p.F(".\n", ".\n")
	if refusal != "" {
		p.F("Không ghi nhận được phiếu xin lỗi:\n  %s\n", "No apology could be recorded:\n  %s\n",
			text.Wrap(refusal, 96-len("  "), "  "))
	}
	overdue, err := tr.Overdue(fin)
	if err != nil {
		return err
	}
	if step, agency, ok := tr.Responsible(); ok && !overdue {
		s, _ := tr.Route().Step(step)
		p.F("Bước quá hạn: “%s” (%s), chấm riêng trên phiếu kiểm soát; hồ sơ không quá hạn nên không phải xin lỗi.\n",
			"Late step: %q (%s), scored apart on the control slip; the dossier is not overdue, so no apology is due.\n",
			p.stepName(step, s.Name), p.agency(agency))
	} else if ok {
		s, _ := tr.Route().Step(step)
		p.F("Cơ quan chịu trách nhiệm về chậm trễ: %s\n", "Agency responsible for the delay: %s\n", p.agency(agency))
		p.F("  bước “%s”: bước quá hạn đầu tiên trên đường găng thực tế\n",
			"  step %q: the first late step on the actual critical path\n", p.stepName(step, s.Name))
		p.F("  (Nghị định 61/2018/NĐ-CP Điều 19 khoản 9; Nghị định 63/2024/NĐ-CP Điều 7 khoản 3;\n"+
			"  Thông tư 01/2018/TT-VPCP Điều 13: thời gian của từng cơ quan được chấm riêng).\n",
			"  (Decree 61/2018/NĐ-CP Art. 19(9); Decree 63/2024/NĐ-CP Art. 7(3); Circular\n"+
				"  01/2018/TT-VPCP Art. 13: each agency's time is scored apart).\n")
	} else {
		p.F("Không có cơ quan nào làm chậm hồ sơ.\n", "No agency delayed the dossier.\n")
	}
	var sum sla.Summary[string]
	liaison.CountByAgency(&sum, tr)
	var parts []string
	for _, k := range sum.SortedKeys(strings.Compare) {
		c := sum.Get(k)
		var os []string
		for _, o := range []sla.Outcome{sla.Early, sla.OnTime, sla.Late} {
			if n := c.Count(o); n > 0 {
				os = append(os, fmt.Sprintf("%d %s", n, p.outcome(o)))
			}
		}
		parts = append(parts, k+": "+strings.Join(os, ", "))
	}
	p.F("Theo cơ quan: %s.\n", "By agency: %s.\n", strings.Join(parts, "; "))
	return nil
}

// forms prints the apology letter of the late agency and the control slip
// with one row per hand-over, each judged against the step's own budget.
func (p printer) forms(route *liaison.Route, tr liaison.Tracking, d dossier.Dossier, late string) error {
	_, apologised := d.Timeline().Reappointed()
	lateAgency := ""
	if apologised {
		step, _ := route.Step(late)
		lateAgency = step.Agency
		a, err := form.ApologyOf(d, offices[step.Agency])
		if err != nil {
			return err
		}
		p.F("\n%s\n", "\n%s\n", rule(p.Pick("PHIẾU XIN LỖI (mẫu 04)", "APOLOGY LETTER (form 04, in Vietnamese)")))
		fmt.Fprint(p.W, a.Text())
	}
	slip, err := form.ControlSlipOf(d, offices[route.Lead()])
	if err != nil {
		return err
	}
	slip.Steps = nil
	for st := range tr.Steps() {
		step, _ := route.Step(st.ID)
		from := agencyNames[st.Agency] + " — " + step.Name
		var tos []string
		for next := range route.Steps() {
			if slices.Contains(next.After, st.ID) {
				tos = append(tos, agencyNames[next.Agency]+" — "+next.Name)
			}
		}
		if len(tos) == 0 {
			tos = []string{applicant.Name + " (qua Cổng Dịch vụ công quốc gia, VNeID)"}
		}
		note := "Thời hạn của bước: " + step.Budget.String()
		for _, to := range tos {
			s := form.NewStep(from, to, st.Finished, st.DueDate, apologised && st.Agency == lateAgency && st.ID == late, note)
			slip.Steps = append(slip.Steps, s)
		}
	}
	n, _ := form.KindControlSlip.Number(d.Regime())
	p.F("\n%s\n", "\n%s\n", rule(p.Pick("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ (mẫu "+n+")",
		"PROCESSING CONTROL SLIP (form "+n+", in Vietnamese)")))
	if n != "05" {
		p.F("(Mẫu 05 theo Thông tư 01/2018/TT-VPCP; mẫu %s theo danh mục của Thông tư 03/2025/TT-VPCP.)\n",
			"(Form 05 of Circular 01/2018/TT-VPCP; form %s in the list of Circular 03/2025/TT-VPCP.)\n", n)
	}
	fmt.Fprint(p.W, slip.Text())
	return nil
}

func rule(title string) string {
	return "── " + title + " " + strings.Repeat("─", max(0, 74-len([]rune(title))))
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
