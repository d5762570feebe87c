package national

import (
	"errors"
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/clip"
)

// sentinel is an error of the package's list; its message carries the
// package's name, and the typed errors quote only its short text so that a
// message names the package once.
type sentinel struct{ text string }

func (s *sentinel) Error() string { return "national: " + s.text }

// Sentinel errors. Every error the package returns wraps one of them.
var (
	// ErrMissing: a field the record needs is absent or empty.
	ErrMissing error = &sentinel{"missing"}
	// ErrMalformed: a value that cannot be read (a date that is not
	// yyyyMMddHHmmss, an unknown code, JSON that is not strict).
	ErrMalformed error = &sentinel{"malformed"}
	// ErrContradiction: fields that cannot all be true (an appointment before
	// the receipt, status 10 without a return date).
	ErrContradiction error = &sentinel{"contradicts the record"}
	// ErrTooLarge: an input over one of the documented limits.
	ErrTooLarge error = &sentinel{"over the limit"}
	// ErrNotExportable: a dossier the portal cannot receive as it is (the
	// zero Dossier, no dossier code, a procedure that is not the dossier's).
	ErrNotExportable error = &sentinel{"cannot export"}
)

// short returns the text of one of the package's sentinels without the
// package's name, or the error's whole message otherwise.
func short(err error) string {
	var s *sentinel
	if errors.As(err, &s) {
		return s.text
	}
	return err.Error()
}

// maxQuote is how many bytes of a bad value an error quotes.
const maxQuote = 60

// FieldError names one field of a record that is missing, malformed, over
// a limit or contradicts other fields. Field is the portal's name of the
// field, with its place in an array ("TaiLieuNop[2].DuocSoHoa"), or "json"
// for input that is not a strict record; Value quotes a short, rune-safe
// prefix of the bad value.
type FieldError struct {
	Field  string
	Value  string
	Err    error  // one of the package's sentinels
	Detail string // what is wrong, for people
	Cause  error  // an error from a package below (dossier, procedure), or nil
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("national: ")
	e.write(&b)
	return b.String()
}

func (e *FieldError) write(b *strings.Builder) {
	b.WriteString(e.Field)
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Value))
	b.WriteString(": ")
	b.WriteString(short(e.Err))
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Cause != nil {
		b.WriteString(" (")
		b.WriteString(e.Cause.Error())
		b.WriteByte(')')
	}
}

// Unwrap returns the sentinel and, when there is one, the cause from a
// package below, so that errors.Is and errors.As reach both.
func (e *FieldError) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Err, e.Cause}
	}
	return []error{e.Err}
}

// RecordError reports every field of one record that is wrong, at once, so
// that a vendor mends the record in one pass. Record is the record's MaHoSo
// (possibly empty or clipped); Index is its place in the envelope's data, or
// -1 for a record read alone.
type RecordError struct {
	Record   string
	Index    int
	Problems []*FieldError
}

func (e *RecordError) Error() string {
	var b strings.Builder
	b.WriteString("national: record ")
	if e.Index >= 0 {
		b.WriteString("data[")
		b.WriteString(strconv.Itoa(e.Index))
		b.WriteString("] ")
	}
	b.WriteString(strconv.Quote(e.Record))
	b.WriteString(": ")
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		p.write(&b)
	}
	return b.String()
}

// Unwrap returns the field errors.
func (e *RecordError) Unwrap() []error {
	out := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p
	}
	return out
}

// Fields returns the names of the fields at fault, in the order found.
func (e *RecordError) Fields() []string {
	out := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p.Field
	}
	return out
}

// ExportError reports a dossier that could not be exported; Dossier is its
// code, if it has one.
type ExportError struct {
	Dossier string
	Err     error // one of the package's sentinels
	Detail  string
	Cause   error // an error from a package below, or nil
}

func (e *ExportError) Error() string {
	var b strings.Builder
	b.WriteString("national: export ")
	if e.Dossier == "" {
		b.WriteString("(no code)")
	} else {
		b.WriteString(e.Dossier)
	}
	b.WriteString(": ")
	b.WriteString(short(e.Err))
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Cause != nil {
		b.WriteString(" (")
		b.WriteString(e.Cause.Error())
		b.WriteByte(')')
	}
	return b.String()
}

// Unwrap returns the sentinel and the cause, if any.
func (e *ExportError) Unwrap() []error {
	if e.Cause != nil {
		return []error{e.Err, e.Cause}
	}
	return []error{e.Err}
}

// problems collects the field errors of one record.
type problems struct{ list []*FieldError }

func (p *problems) add(field, value string, err error, detail string) {
	p.list = append(p.list, &FieldError{Field: field, Value: clip.String(value, maxQuote), Err: err, Detail: detail})
}

func (p *problems) addCause(field, value string, err error, detail string, cause error) {
	p.list = append(p.list, &FieldError{Field: field, Value: clip.String(value, maxQuote), Err: err, Detail: detail, Cause: cause})
}

// clipQuote shortens a bad value for an error message, rune-safe.
func clipQuote(s string) string { return clip.String(s, maxQuote) }
