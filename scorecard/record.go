package scorecard

import (
	"strconv"

	"github.com/rickb777/date/v2"
)

// Limits of the inputs (see the package documentation, # Limits).
const (
	// MaxDocuments is the most documents one dossier may count
	// (Record.Filed and the counts of Facts); dossier.MaxFiled bounds a
	// real dossier far below it.
	MaxDocuments = 1000
	// MaxSupplements is the most supplement requests a Record may count.
	MaxSupplements = 100
	// MaxProcedures bounds the procedures of one tally or [UnitFacts]: the
	// publications, the online procedures and the distinct procedure codes
	// that received an online dossier.
	MaxProcedures = 100_000
	// MaxText bounds a procedure code, a feedback ID or a reason, in bytes.
	MaxText = 1000
	// MaxLimitDays bounds Record.LimitDays, in working days (ten years).
	MaxLimitDays = 2500
)

// Facts are what a vendor knows about one dossier that the dossier model
// does not hold: the national exchange, electronic results, reuse of
// digitised data, payment, and the applicant's reaction. The zero Facts
// says "none of these happened". The lead of the national exchange
// (package national) will fill them from its records; until then the
// vendor's one-stop system supplies them.
type Facts struct {
	// Synchronised: the dossier was synchronised to the National Public
	// Service Portal (Cổng DVCQG).
	Synchronised bool `json:"synchronised,omitempty"`
	// PaperResult: the procedure's result is a paper document by law, so
	// an online dossier counts as online only when its result was also
	// issued electronically.
	PaperResult bool `json:"paper_result,omitempty"`
	// ElectronicResult: the result was issued electronically (kết quả điện
	// tử).
	ElectronicResult bool `json:"electronic_result,omitempty"`
	// PaidOnline: the fee was paid online; PaidOnNationalPlatform: through
	// the portal's payment platform.
	PaidOnline             bool `json:"paid_online,omitempty"`
	PaidOnNationalPlatform bool `json:"paid_on_national_platform,omitempty"`
	// Reused counts documents taken from already digitised data (kết quả
	// số hóa được tái sử dụng); FromDataStore those taken from the national
	// data store (kho dữ liệu). Both count among the documents filed.
	Reused        int `json:"reused,omitempty"`
	FromDataStore int `json:"from_data_store,omitempty"`
	// PopulationDatabase: the applicant's identity was checked in the
	// national population database instead of a paper copy.
	PopulationDatabase bool `json:"population_database,omitempty"`
	// Complaint: the applicant complained about the dossier's receipt or
	// handling, or rated it "dislike" (không hài lòng).
	Complaint bool `json:"complaint,omitempty"`
}

// Record is one dossier as the scorecard counts it: what the dossier knows
// (from [FromDossier]) and the vendor's [Facts]. Days are the days of the
// instants in the office's zone; 0 means "none".
//
// A Record is the dossier as it stood at one instant. A [Tally] judges a
// period as of its end, so the Record it counts must describe the dossier
// as it stood at that end ([FromDossierAsOf]): a record of the present
// state would let a later pause, supplement or restart change a closed
// period's score. For the period still running, the present state is the
// state at its end so far, and [FromDossier] suffices.
//
// A Record is a small comparable value; the zero Record is a dossier never
// received, which counts nowhere. Vendors importing dossiers from another
// system may fill a Record themselves; [Record.Validate] says what is
// allowed.
type Record struct {
	// Procedure is the procedure's code in the national database.
	Procedure string `json:"procedure"`
	// Received is the day the dossier was received (0: never received).
	Received date.Date `json:"received"`
	// Due is the appointment day (the original due date, kept for
	// statistics after a re-appointment; supplement time already moves
	// it); 0 when there is none, and then LimitDays is used.
	Due date.Date `json:"due,omitzero"`
	// LimitDays is the statutory maximum in working days, compared with
	// (end − receipt − supplement time) when there is no appointment.
	LimitDays int `json:"limit_days,omitempty"`
	// End is the day of the first of processed, returned, or stopped (0:
	// none yet).
	End date.Date `json:"end,omitzero"`
	// Waiting is the day of a supplement request still open (0: none).
	Waiting date.Date `json:"waiting,omitzero"`
	// Supplements counts supplement requests; SupplementDays the working
	// days spent waiting for them (closed waits).
	Supplements    int `json:"supplements,omitempty"`
	SupplementDays int `json:"supplement_days,omitempty"`
	// Online: filed online (full or partial online public service).
	Online bool `json:"online,omitempty"`
	// FeeDue: a fee or charge is due (dossiers without one are left out of
	// the payment indicators).
	FeeDue bool `json:"fee_due,omitempty"`
	// Filed counts the documents filed; Digitised those of them copied to
	// electronic form at receipt.
	Filed     int `json:"filed,omitempty"`
	Digitised int `json:"digitised,omitempty"`
	// Facts are what the vendor knows beyond the dossier.
	Facts Facts `json:"facts"`
}

// Validate checks the record: days in order (end, waiting and due not
// before the receipt), counts not negative and within [MaxDocuments] and
// [MaxSupplements], document counts within Filed, a procedure code of at
// most [MaxText] bytes. The error is an *[InputError] wrapping
// [ErrInvalid] or [ErrTooLarge].
func (r Record) Validate() error {
	switch {
	case len(r.Procedure) > MaxText:
		return tooLarge("record procedure code length", len(r.Procedure), MaxText)
	case r.Filed > MaxDocuments:
		return tooLarge("record filed documents", r.Filed, MaxDocuments)
	case r.Supplements > MaxSupplements:
		return tooLarge("record supplements", r.Supplements, MaxSupplements)
	case r.LimitDays > MaxLimitDays:
		return tooLarge("record limit days", r.LimitDays, MaxLimitDays)
	case r.Filed < 0 || r.Digitised < 0 || r.Facts.Reused < 0 || r.Facts.FromDataStore < 0 ||
		r.Supplements < 0 || r.SupplementDays < 0 || r.LimitDays < 0:
		return invalid("record "+r.Procedure, r.Received.String(), "a negative count")
	case r.Digitised > r.Filed || r.Facts.Reused > r.Filed || r.Facts.FromDataStore > r.Filed:
		return invalid("record "+r.Procedure, strconv.Itoa(r.Filed), "more documents digitised, reused or taken from the data store than filed")
	case r.Received == 0 && (r.End != 0 || r.Waiting != 0 || r.Due != 0):
		return invalid("record "+r.Procedure, r.End.String(), "an end, wait or due date without a receipt")
	case r.End != 0 && r.End < r.Received, r.Waiting != 0 && r.Waiting < r.Received, r.Due != 0 && r.Due < r.Received:
		return invalid("record "+r.Procedure, r.Received.String(), "an end, wait or due date before the receipt")
	}
	return nil
}
