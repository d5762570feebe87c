package national

import (
	"github.com/shopspring/decimal"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Steps writes one step record (tiến trình) for each event of the
// dossier's log, in order: who acted (NguoiXuLy, with ChucDanh and
// PhongBanXuLy from x.Officers), when (ThoiDiemXuLy), what was done
// (NoiDungXuLy, in Vietnamese), the national status after it (TrangThai),
// when the step began (NgayBatDau: the previous hand-over, or an
// inter-agency step's start) and the step's legal deadline
// (NgayKetThucTheoQuyDinh, "" where the law sets none):
//
//   - transfer to the competent agency: for a paper dossier received on a
//     working day before the regime's transfer cut-off (15:00), the close
//     of office that day; received from the cut-off on (or on a day off),
//     the opening of office on the next working day — "chuyển ngay hồ sơ
//     tiếp nhận trực tiếp trong ngày hoặc chuyển vào đầu giờ ngày làm việc
//     tiếp theo đối với trường hợp tiếp nhận sau 15 giờ" (Decree
//     61/2018/NĐ-CP Art. 18(2); dossier.Regime.TransferCutoff; provincial
//     schedules under Decree 118/2025/NĐ-CP Art. 18 repeat it); an online
//     dossier, passed on at once (Art. 18(1)), by the close of its receipt
//     day;
//   - first supplement request: within 3 working days of the receipt day
//     (Decree 61/2018/NĐ-CP Art. 19(4)); a later one: the counted deadline;
//   - apology and re-appointment: at the latest one working day before the
//     counted due date (Decree 61/2018/NĐ-CP Art. 19(9));
//   - an inter-agency step started or finished: that step's own deadline,
//     counted from its start (Decree 61/2018/NĐ-CP Art. 19(6));
//   - financial obligation requested, result made: the counted deadline of
//     the dossier, as the last pause or restart left it;
//   - result returned: the appointment in force.
//
// Deadlines are instants in UTC+7 at the close of office of their day, or
// the instant an hour limit runs out. The dossier needs a code (or
// Extras.Code); the error is an *[ExportError].
func (e *Exporter) Steps(d dossier.Dossier, x *Extras) ([]StepRecord, error) {
	if e == nil || e.sched == nil {
		return nil, &ExportError{Err: ErrNotExportable, Detail: "the zero Exporter"}
	}
	if !d.IsValid() {
		return nil, &ExportError{Err: ErrNotExportable, Detail: "the zero Dossier"}
	}
	if x == nil {
		x = &noExtras
	}
	code := string(d.Code())
	if code == "" {
		code = string(x.Code)
	}
	if code == "" {
		return nil, &ExportError{Err: ErrNotExportable, Detail: "no dossier code (give Extras.Code for a dossier refused or not yet received)"}
	}
	events := d.Events()
	out := make([]StepRecord, len(events))
	regime := d.Regime()
	tracking := d.Tracking()
	status := dossier.StatusUnknown
	supplements := 0
	cal := e.sched.Calendar()
	online := d.Header().Channel.IsOnline()
	_, err := e.walk(d, events, func(i int, before sla.Timeline) error {
		ev := &events[i]
		if next := statusAfter[ev.Kind]; next != dossier.StatusUnknown {
			status = next
		}
		s := StepRecord{MaHoSo: code, NguoiXuLy: ev.Actor, ThoiDiemXuLy: Stamp(ev.At), NoiDungXuLy: stepText(ev)}
		s.TrangThai, _ = StatusCode(status)
		if o, ok := x.Officers[ev.Actor]; ok {
			s.ChucDanh, s.PhongBanXuLy = o.Title, o.Department
		}
		if s.PhongBanXuLy == "" {
			s.PhongBanXuLy = ev.Agency
		}
		start := ev.At
		if i > 0 {
			start = events[i-1].At
		}
		var deadline time.Time
		switch ev.Kind {
		case dossier.EventTransferred:
			if !before.IsValid() {
				break
			}
			deadline = e.closeOf(before.Deadline().ReceiptDay())
			if !online {
				received := d.Received().In(e.sched.Zone())
				rday := date.NewAt(received)
				if cal.IsWorkingDay(rday) && received.Sub(rday.Time(0, received.Location())) < time.Duration(regime.TransferCutoff) {
					deadline = e.closeOf(rday)
				} else if next, err := cal.NextWorkingDay(rday); err == nil {
					deadline = e.openOf(next)
				}
			}
		case dossier.EventSupplementRequested:
			supplements++
			if supplements == 1 && regime.SupplementNoticeDays > 0 && before.IsValid() {
				if day, err := cal.AddWorkingDays(before.Deadline().ReceiptDay(), regime.SupplementNoticeDays); err == nil {
					deadline = e.closeOf(day)
				}
			} else if before.IsValid() {
				deadline = before.Deadline().At()
			}
		case dossier.EventApologised:
			if before.IsValid() {
				day := before.Deadline().Due()
				for range max(regime.ApologyWorkingDaysBefore, 0) {
					prev, err := cal.PreviousWorkingDay(day)
					if err != nil {
						break
					}
					day = prev
				}
				deadline = e.closeOf(day)
			}
		case dossier.EventStepStarted, dossier.EventStepFinished:
			if tracking.IsValid() {
				if st, err := tracking.Step(ev.Step); err == nil {
					deadline = st.Due
					if ev.Kind == dossier.EventStepFinished && !st.Started.IsZero() {
						start = st.Started
					}
				}
			}
			if ev.Kind == dossier.EventStepStarted {
				start = ev.At
			}
		case dossier.EventObligationRequested, dossier.EventProcessed:
			if before.IsValid() {
				deadline = before.Deadline().At()
			}
		case dossier.EventReturned:
			deadline = dueAt(before)
		}
		s.NgayBatDau, s.NgayKetThucTheoQuyDinh = Stamp(start), Stamp(deadline)
		out[i] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// closeOf is the close of office on day (24:00 when the office keeps no
// hours that day).
func (e *Exporter) closeOf(day date.Date) time.Time {
	zone := e.sched.Zone()
	if s := e.sched.SessionsOn(day); len(s) > 0 {
		return day.Time(s[len(s)-1].End, zone)
	}
	return (day + 1).Time(0, zone)
}

// openOf is the opening of office on working day day (its close when the
// schedule keeps no hours that day).
func (e *Exporter) openOf(day date.Date) time.Time {
	if open, _, ok := e.sched.OfficeHours(day); ok {
		return day.Time(open, e.sched.Zone())
	}
	return e.closeOf(day)
}

// statusAfter is the status each kind of event leaves the dossier in
// (the dossier package's transition table); apologies, inter-agency
// steps and fee payments keep it.
var statusAfter = [...]dossier.Status{
	dossier.EventSubmitted:           dossier.Registered,
	dossier.EventReceived:            dossier.Received,
	dossier.EventRefused:             dossier.NotReceived,
	dossier.EventTransferred:         dossier.Processing,
	dossier.EventSupplementRequested: dossier.SupplementRequested,
	dossier.EventSupplemented:        dossier.Processing,
	dossier.EventObligationRequested: dossier.FinancialObligation,
	dossier.EventObligationPaid:      dossier.Processing,
	dossier.EventProcessed:           dossier.Processed,
	dossier.EventReturned:            dossier.Returned,
	dossier.EventWithdrawalRequested: dossier.WithdrawalRequested,
	dossier.EventStopped:             dossier.Stopped,
	dossier.EventStepStarted:         dossier.StatusUnknown,
	dossier.EventStepFinished:        dossier.StatusUnknown,
	dossier.EventFeePaid:             dossier.StatusUnknown,
}

// stepText is NoiDungXuLy: what the step did, in Vietnamese.
func stepText(ev *dossier.Event) string {
	var b strings.Builder
	switch ev.Kind {
	case dossier.EventSubmitted:
		b.WriteString("Nộp hồ sơ trực tuyến")
	case dossier.EventReceived:
		b.WriteString("Tiếp nhận hồ sơ")
	case dossier.EventRefused:
		b.WriteString("Từ chối tiếp nhận hồ sơ")
	case dossier.EventTransferred:
		b.WriteString("Chuyển hồ sơ đến cơ quan có thẩm quyền")
	case dossier.EventSupplementRequested:
		b.WriteString("Yêu cầu bổ sung hồ sơ")
	case dossier.EventSupplemented:
		b.WriteString("Tiếp nhận hồ sơ bổ sung")
	case dossier.EventObligationRequested:
		b.WriteString("Yêu cầu thực hiện nghĩa vụ tài chính")
		if !ev.Amount.IsZero() {
			b.WriteString(": ")
			b.WriteString(ev.Amount.String())
			b.WriteString(" đồng")
		}
	case dossier.EventObligationPaid:
		b.WriteString("Đã thực hiện nghĩa vụ tài chính")
	case dossier.EventApologised:
		b.WriteString("Xin lỗi và hẹn lại ngày trả kết quả: ")
		b.WriteString(ev.NewDue.Format("02/01/2006"))
	case dossier.EventProcessed:
		if ev.Granted {
			b.WriteString("Đã có kết quả giải quyết")
		} else {
			b.WriteString("Từ chối giải quyết")
		}
	case dossier.EventReturned:
		b.WriteString("Trả kết quả")
	case dossier.EventWithdrawalRequested:
		b.WriteString("Công dân yêu cầu rút hồ sơ")
	case dossier.EventStopped:
		b.WriteString("Dừng xử lý hồ sơ")
	case dossier.EventStepStarted:
		b.WriteString("Bắt đầu bước ")
		b.WriteString(ev.Step)
	case dossier.EventStepFinished:
		b.WriteString("Hoàn thành bước ")
		b.WriteString(ev.Step)
	case dossier.EventFeePaid:
		b.WriteString("Thanh toán phí, lệ phí")
		total := decimal.Zero
		for _, l := range ev.Fees {
			total = total.Add(l.Amount)
		}
		b.WriteString(": ")
		b.WriteString(total.String())
		b.WriteString(" đồng")
	}
	if t := supplementText(ev); t != "" {
		b.WriteString(": ")
		b.WriteString(t)
	}
	return clip.String(b.String(), MaxText)
}
