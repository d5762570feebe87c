package form

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// BookRow is one entry of the tracking book (Sổ theo dõi hồ sơ, form 06 in
// 2018, 07 in 2025): one received dossier, from receipt to the return of
// the result.
type BookRow struct {
	// No is the entry number, continuous from 1 through the book
	// (Circular 01/2018/TT-VPCP Art. 10).
	No        int
	Regime    dossier.Regime
	Code      dossier.Code
	Procedure dossier.ProcedureRef
	Sets      int
	Applicant dossier.Applicant
	Agency    string // the competent agency's code
	// Received is the receipt instant; Due the appointment in force (after
	// any re-appointment); Transferred, Resulted and Returned the instants
	// of the transfer to the agency, of the result, and of its return to
	// the applicant, zero until they happen.
	Received, Due, Transferred, Resulted, Returned time.Time
	// Outcome is early, on time, late or late with apology once a result
	// exists ([dossier.Dossier.Outcome]).
	Outcome sla.Outcome
	Status  dossier.Status
	Note    string
}

// TrackingBookRows returns one row per dossier, ordered by receipt instant
// (then code) and numbered from 1. Every dossier must have been received: a
// dossier never received is a *[StateError] naming its index.
func TrackingBookRows(ds []dossier.Dossier) ([]BookRow, error) {
	rows := make([]BookRow, 0, len(ds))
	for i, d := range ds {
		if !d.IsValid() {
			return nil, &InputError{Field: fmt.Sprintf("dossiers[%d]", i), Value: "<zero Dossier>",
				Err: fmt.Errorf("%w: make dossiers with dossier.Open or dossier.Unmarshal", ErrInvalid)}
		}
		if d.Code() == "" || !d.Timeline().IsValid() {
			return nil, stateErr(KindTrackingBook, d, "dossiers[%d] was never received", i)
		}
		rows = append(rows, bookRow(d))
	}
	slices.SortStableFunc(rows, func(a, b BookRow) int {
		return cmp.Or(a.Received.Compare(b.Received), cmp.Compare(a.Code, b.Code))
	})
	for i := range rows {
		rows[i].No = i + 1
	}
	return rows, nil
}

func bookRow(d dossier.Dossier) BookRow {
	h := d.Header()
	events := d.Events()
	r := BookRow{
		Regime:    d.Regime(),
		Code:      d.Code(),
		Procedure: h.Procedure,
		Sets:      1,
		Applicant: h.Applicant,
		Agency:    h.Agency,
		Received:  d.Received(),
		Outcome:   d.Outcome(),
		Status:    d.Status(),
	}
	tl := d.Timeline()
	r.Due = tl.Deadline().At()
	if nd, ok := tl.Reappointed(); ok {
		r.Due = nd.Time(clock.NewAt(r.Due), r.Due.Location())
	}
	for _, e := range events {
		switch e.Kind {
		case dossier.EventTransferred:
			if r.Transferred.IsZero() {
				r.Transferred = e.At
			}
		case dossier.EventProcessed:
			r.Resulted = e.At
			if !e.Granted {
				r.Note = "Từ chối giải quyết: " + e.Reason
			}
		case dossier.EventReturned:
			r.Returned = e.At
		case dossier.EventApologised:
			r.Note = "Đã xin lỗi, hẹn lại ngày trả kết quả: " + DateVI(e.NewDue)
		case dossier.EventWithdrawalRequested:
			r.Note = withReason("Người nộp hồ sơ đề nghị dừng giải quyết", e.Reason)
		case dossier.EventStopped:
			if e.Reason != "" || r.Note == "" {
				r.Note = withReason("Dừng giải quyết hồ sơ", e.Reason)
			}
		}
	}
	return r
}

// TrackingBook is the tracking book of a one-stop unit (Sổ theo dõi hồ
// sơ): its rows, one per received dossier. Where the electronic system
// keeps it, the book is a view of the system (Circular 01/2018/TT-VPCP
// Art. 10); a paper book is kept per year.
type TrackingBook struct {
	// Regime chooses the form number of the heading: the regime of the
	// latest receipt. Each row prints its instants in its own regime's
	// style.
	Regime dossier.Regime
	Office Office
	// Issued is the date of the heading: the latest receipt.
	Issued time.Time
	Rows   []BookRow
}

// TrackingBookOf builds the tracking book of the dossiers (see
// [TrackingBookRows]). An empty list is a book without rows under the
// 2025 regime with no date.
func TrackingBookOf(ds []dossier.Dossier, o Office) (TrackingBook, error) {
	if err := o.validate(); err != nil {
		return TrackingBook{}, err
	}
	rows, err := TrackingBookRows(ds)
	if err != nil {
		return TrackingBook{}, err
	}
	b := TrackingBook{Regime: dossier.Regime2025(), Office: o, Rows: rows}
	if n := len(rows); n > 0 {
		b.Regime, b.Issued = rows[n-1].Regime, rows[n-1].Received
	}
	return b, nil
}

// Kind returns KindTrackingBook.
func (TrackingBook) Kind() Kind { return KindTrackingBook }

// Text renders the book in Vietnamese plain text. The paper book is an A4
// table whose columns are the entry number, the dossier code, the
// procedure, the number of sets, the applicant with address and phone, the
// competent agency, the dates of receipt, appointment, transfer to the
// agency, result from the agency and return to the applicant, the
// applicant's signature and notes (column names recalled, not read in the
// circular); plain text writes each row as a block.
func (b TrackingBook) Text() string {
	var p page
	p.heading(KindTrackingBook, b.Regime, b.Office, b.Issued, KindTrackingBook.Title(b.Regime))
	p.center(b.Office.UnitName)
	when := func(r BookRow, t time.Time) string {
		if t.IsZero() {
			return "……"
		}
		return instantVI(r.Regime, t)
	}
	for _, r := range b.Rows {
		p.blank()
		p.linef("Số thứ tự: %02d", r.No)
		p.item("Mã hồ sơ: ", string(r.Code))
		p.item("Tên thủ tục hành chính: ", procedureText(r.Procedure))
		p.linef("Số lượng hồ sơ: %02d (bộ)", max(r.Sets, 1))
		applicant := r.Applicant.Name
		if r.Applicant.Address != "" {
			applicant += ", " + r.Applicant.Address
		}
		if r.Applicant.Phone != "" {
			applicant += ", " + r.Applicant.Phone
		}
		p.item("Tên cá nhân, tổ chức: ", applicant)
		p.item("Cơ quan chủ trì giải quyết: ", b.Office.agency(r.Agency))
		p.item("Nhận hồ sơ: ", when(r, r.Received))
		p.item("Hẹn trả kết quả: ", when(r, r.Due))
		p.item("Chuyển hồ sơ đến cơ quan giải quyết: ", when(r, r.Transferred))
		p.item("Nhận kết quả từ cơ quan giải quyết: ", when(r, r.Resulted))
		p.item("Trả kết quả cho cá nhân, tổ chức: ", when(r, r.Returned))
		if r.Outcome.IsValid() {
			p.item("Kết quả: ", r.Outcome.Vietnamese())
		}
		p.item("Trạng thái: ", r.Status.Vietnamese())
		if r.Note != "" {
			p.item("Ghi chú: ", r.Note)
		}
	}
	return p.String()
}
