package national

import (
	"strconv"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/internal/enum"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// stampLayout is the portal's date format, yyyyMMddHHmmss, read and written
// in UTC+7 [confirmed: OpenCPS formats dates so in Asia/Ho_Chi_Minh].
const stampLayout = "20060102150405"

// Stamp writes t as the portal writes dates: yyyyMMddHHmmss in UTC+7,
// seconds truncated; the zero time is "".
func Stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	var b [len(stampLayout)]byte
	return string(appendStamp(b[:0], t))
}

// appendStamp appends t as Stamp writes it (t not zero).
func appendStamp(b []byte, t time.Time) []byte {
	t = t.In(sla.VietnamZone)
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, stampLayout) // not a portal date; Import refuses it
	}
	for _, f := range [...]struct{ v, n int }{{y, 4}, {int(mo), 2}, {d, 2}, {h, 2}, {mi, 2}, {s, 2}} {
		for div := pow10[f.n-1]; div > 0; div /= 10 {
			b = append(b, byte('0'+f.v/div%10))
		}
	}
	return b
}

var pow10 = [...]int{1, 10, 100, 1000}

// ParseStamp reads a portal date: exactly 14 digits, a real date and time
// of 2000–2099, in UTC+7. "" is the zero time. The error is a *FieldError
// naming field.
func ParseStamp(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	bad := func(detail string) (time.Time, error) {
		return time.Time{}, &FieldError{Field: field, Value: clipQuote(s), Err: ErrMalformed, Detail: detail}
	}
	if len(s) != len(stampLayout) || !digits(s) {
		return bad("want yyyyMMddHHmmss")
	}
	t, err := time.ParseInLocation(stampLayout, s, sla.VietnamZone)
	if err != nil {
		return bad("no such date or time")
	}
	if y := t.Year(); y < 2000 || y > 2099 {
		return bad("want a year of 2000–2099")
	}
	return t, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// StatusCode returns the national status code, "1" to "10", of a dossier
// status. The mapping is one to one: "supplement requested" (5),
// "financial obligation" (6) and "stopped" (8) are never folded into
// "processed" (9) — one provincial integration does so and falsifies the
// portal's on-time index (Decision 766/QĐ-TTg index). StatusUnknown is an
// error.
func StatusCode(s dossier.Status) (string, error) {
	if int(s) < len(statusCodes) && statusCodes[s] != "" {
		return statusCodes[s], nil
	}
	return "", &FieldError{Field: "TrangThaiHoSo", Value: s.String(), Err: ErrMalformed, Detail: "not a dossier status"}
}

// StatusFromCode reads a national status code "1" to "10".
func StatusFromCode(code string) (dossier.Status, error) {
	for s, c := range statusCodes {
		if c != "" && c == code {
			return dossier.Status(s), nil
		}
	}
	return dossier.StatusUnknown, &FieldError{Field: "TrangThaiHoSo", Value: clipQuote(code), Err: ErrMalformed, Detail: "want 1–10"}
}

// statusCodes is the DVCQG status list (Circular 22/2019/TT-BTTTT Art. 4
// asks for each step's status; the codes 1–10 are the portal's list, as the
// dossier package defines them).
var statusCodes = [...]string{
	dossier.Registered:          "1",
	dossier.Received:            "2",
	dossier.NotReceived:         "3",
	dossier.Processing:          "4",
	dossier.SupplementRequested: "5",
	dossier.FinancialObligation: "6",
	dossier.WithdrawalRequested: "7",
	dossier.Stopped:             "8",
	dossier.Processed:           "9",
	dossier.Returned:            "10",
}

// channelCode is KenhThucHien: 1 in person, 2 online, 3 through the public
// postal service [codes: the reconstruction; one source shows the
// field]. Full and partial online services are both 2.
func channelCode(c procedure.Channel) string {
	switch c {
	case procedure.ChannelDirect:
		return "1"
	case procedure.ChannelOnlineFull, procedure.ChannelOnlinePartial:
		return "2"
	case procedure.ChannelPostal:
		return "3"
	}
	return ""
}

func channelFromCode(s string) (procedure.Channel, bool) {
	switch s {
	case "1":
		return procedure.ChannelDirect, true
	case "2":
		return procedure.ChannelOnlineFull, true
	case "3":
		return procedure.ChannelPostal, true
	}
	return procedure.ChannelUnknown, false
}

// SubjectCoding is how LoaiDoiTuong codes the kind of applicant. The
// sources differ, so it is an option ([Options.Subjects]):
//
//   - [SubjectsOneToFour], the default: 1 citizen, 2 business, 3 state
//     agency, 4 other organisation (the .NET provincial system); an
//     organisation is written 2 unless [Extras.SubjectCode] says otherwise.
//   - [SubjectsOneToTwo]: 1 citizen, 2 business (OpenCPS). It agrees with
//     the default on the two codes it has, which is why the default is the
//     four-code list: it is the superset that both confirmed sources read.
//   - [SubjectsZeroToTwo]: 0 citizen, 1 organisation, 2 other — a third
//     coding reported for one system and not confirmed in any source read;
//     its meaning of 1 and 2 is a guess.
//
// The zero value is the default.
type SubjectCoding uint8

const (
	// SubjectsOneToFour: 1 citizen, 2 business, 3 state agency, 4 other.
	SubjectsOneToFour SubjectCoding = iota
	// SubjectsOneToTwo: 1 citizen, 2 business or organisation.
	SubjectsOneToTwo
	// SubjectsZeroToTwo: 0 citizen, 1 organisation, 2 other (unconfirmed).
	SubjectsZeroToTwo
)

var subjectCodings = enum.Table[SubjectCoding]{
	Type:  "SubjectCoding",
	Names: []string{"1–4", "1–2", "0–2"},
	Codes: []string{"1-4", "1-2", "0-2"},
	Fail:  enumFail,
}

// String returns "1–4", "1–2" or "0–2".
func (c SubjectCoding) String() string { return subjectCodings.String(c) }

// IsValid reports whether c is one of the three codings.
func (c SubjectCoding) IsValid() bool { return subjectCodings.IsValid(c) }

// MarshalText returns "1-4", "1-2" or "0-2".
func (c SubjectCoding) MarshalText() ([]byte, error) { return subjectCodings.MarshalText(c) }

// UnmarshalText reads "1-4", "1-2" or "0-2"; on error c is unchanged.
func (c *SubjectCoding) UnmarshalText(b []byte) error { return subjectCodings.UnmarshalText(c, b) }

// code returns the applicant kind's code under c.
func (c SubjectCoding) code(k dossier.ApplicantKind) string {
	switch {
	case c == SubjectsZeroToTwo && k == dossier.ApplicantIndividual:
		return "0"
	case c == SubjectsZeroToTwo:
		return "1"
	case k == dossier.ApplicantIndividual:
		return "1"
	}
	return "2"
}

// kind reads a code under c.
func (c SubjectCoding) kind(s string) (dossier.ApplicantKind, bool) {
	switch c {
	case SubjectsOneToTwo:
		switch s {
		case "1":
			return dossier.ApplicantIndividual, true
		case "2":
			return dossier.ApplicantOrganisation, true
		}
	case SubjectsZeroToTwo:
		switch s {
		case "0":
			return dossier.ApplicantIndividual, true
		case "1", "2":
			return dossier.ApplicantOrganisation, true
		}
	default:
		switch s {
		case "1":
			return dossier.ApplicantIndividual, true
		case "2", "3", "4":
			return dossier.ApplicantOrganisation, true
		}
	}
	return dossier.ApplicantUnknown, false
}

// Payment is how the fee was paid, DuocThanhToanTrucTuyen. Fees and charges
// are paid online through the portal's payment platform or a local
// gateway; payment through the portal's platform is one condition of a
// fully online dossier (Decree 42/2022/NĐ-CP on online public services, and
// Decree 45/2020/NĐ-CP on electronic procedures; articles not checked).
//
// Codes: 1 paid on the national portal and 2 through a local gateway (the
// issue's reconstruction of the portal's list); 3 paid otherwise — at the
// desk, by transfer — which one source writes for fees not paid online, and
// 0 no payment to report, which the same source writes when it sends none
// [one source each]. The zero value is PaymentNone.
type Payment uint8

const (
	// PaymentNone: no payment to report (0).
	PaymentNone Payment = iota
	// PaymentPortal: paid online on the national portal (1).
	PaymentPortal
	// PaymentLocalGateway: paid online through a local payment gateway (2).
	PaymentLocalGateway
	// PaymentOffline: paid otherwise — at the desk, by transfer (3).
	PaymentOffline
)

var payments = enum.Table[Payment]{
	Type:  "Payment",
	Names: []string{"none", "portal", "local gateway", "offline"},
	Codes: []string{"0", "1", "2", "3"},
	Fail:  enumFail,
}

// String returns the payment's English name.
func (p Payment) String() string { return payments.String(p) }

// IsValid reports whether p is one of the four codes.
func (p Payment) IsValid() bool { return payments.IsValid(p) }

// Code returns the portal's code "0"–"3" ("" when p is invalid).
func (p Payment) Code() string { return payments.Code(p) }

// MarshalText returns the portal's code.
func (p Payment) MarshalText() ([]byte, error) { return payments.MarshalText(p) }

// UnmarshalText reads the portal's code; on error p is unchanged.
func (p *Payment) UnmarshalText(b []byte) error { return payments.UnmarshalText(p, b) }

// IsOnline reports whether the fee was paid online (1 or 2).
func (p Payment) IsOnline() bool { return p == PaymentPortal || p == PaymentLocalGateway }

// enumFail is the enumerations' decoding error: a *FieldError wrapping
// ErrMalformed.
func enumFail(typ, code string, value int, valid string) error {
	if code == "" && value >= 0 {
		code = strconv.Itoa(value)
	}
	return &FieldError{Field: typ, Value: code, Err: ErrMalformed, Detail: "want one of " + valid}
}
