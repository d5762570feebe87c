package dossier

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/rickb777/date/v2"
)

// Code is a dossier code (mã số hồ sơ), "<unit code>-YYMMDD-NNNN": the
// receiving unit's identifier (Circular 10/2016/TT-BTTTT standard), the
// receipt date and a four-digit sequence number within that day (Decree
// 61/2018/NĐ-CP Art. 26; Circular 01/2018/TT-VPCP Art. 19). For example
// "000.00.36.H57-250703-0012". Circular 03/2025/TT-VPCP also regulates the
// code; its format was not confirmed to change, so the same format is used
// under both regimes.
//
// The code writes the year in two digits, so it can number the days of
// [FirstCodeYear]–[LastCodeYear] only, although the calendar runs to 2199.
// A code formed after 2099 the same way would repeat one of the 2000s
// (unit, YYMMDD and sequence alike) and read back as the wrong receipt date,
// and no regulation says how a code is formed after 2099: the library
// refuses such a day (an *[InputError] wrapping [ErrInvalid]) rather than
// invent a format. Check a year up front with [CodeCovers].
type Code string

// The years whose days a dossier code can number (Circular 01/2018/TT-VPCP
// Art. 19: YYMMDD, read as 20YY).
const (
	FirstCodeYear = 2000
	LastCodeYear  = 2099
)

// CodeCovers reports whether a dossier code can number day d: whether d
// falls in [FirstCodeYear]–[LastCodeYear]. A receipt on another day is
// refused.
func CodeCovers(d date.Date) bool {
	y := d.Year()
	return y >= FirstCodeYear && y <= LastCodeYear
}

// validUnit reports whether s has the shape of a unit identifier: groups of
// upper-case letters and digits separated by dots ("000.00.36.H57").
func validUnit(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
		case c == '.' && s[i-1] != '.':
		default:
			return false
		}
	}
	return true
}

// NewCode builds the code of the seq-th dossier received at unit on day d
// (a day of 2000–2099, [CodeCovers]: the code writes the year in two
// digits).
func NewCode(unit string, d date.Date, seq int) (Code, error) {
	if !validUnit(unit) {
		return "", &InputError{Field: "unit code", Value: unit, Err: fmt.Errorf("%w: want dot-separated upper-case letters and digits", ErrSyntax)}
	}
	if seq < 1 || seq > 9999 {
		return "", &InputError{Field: "sequence", Value: strconv.Itoa(seq), Err: fmt.Errorf("%w: want 1–9999", ErrSequenceExhausted)}
	}
	if !CodeCovers(d) {
		return "", &InputError{Field: "receipt date", Value: d.String(),
			Err: fmt.Errorf("%w: a dossier code writes the year in two digits (Circular 01/2018/TT-VPCP Art. 19) and numbers the days of %d–%d only", ErrInvalid, FirstCodeYear, LastCodeYear)}
	}
	y, m, day := d.Date()
	b := make([]byte, 0, len(unit)+12)
	b = append(b, unit...)
	b = append(b, '-')
	b = append2(b, y%100)
	b = append2(b, int(m))
	b = append2(b, day)
	b = append(b, '-')
	b = append2(b, seq/100)
	b = append2(b, seq%100)
	return Code(b), nil
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// ParseCode reads a dossier code and returns its parts; the two-digit year
// is read as 20YY.
func ParseCode(s string) (unit string, d date.Date, seq int, err error) {
	bad := func(why string) (string, date.Date, int, error) {
		return "", 0, 0, &InputError{Field: "dossier code", Value: s, Err: fmt.Errorf("%w: %s", ErrSyntax, why)}
	}
	n := len(s)
	if n < 13 || s[n-5] != '-' || s[n-12] != '-' || !digitsOnly(s[n-11:n-5]) || !digitsOnly(s[n-4:]) || !validUnit(s[:n-12]) {
		return bad("want UNIT-YYMMDD-NNNN")
	}
	num := func(t string) int { v, _ := strconv.Atoi(t); return v }
	y, m, day := 2000+num(s[n-11:n-9]), num(s[n-9:n-7]), num(s[n-7:n-5])
	d = date.New(y, time.Month(m), day)
	if m < 1 || m > 12 || day < 1 || d.Day() != day {
		return bad("no such date " + s[n-11:n-5])
	}
	if seq = num(s[n-4:]); seq == 0 {
		return bad("sequence 0000")
	}
	return s[:n-12], d, seq, nil
}

// digitsOnly reports whether s holds only ASCII digits (true for "": callers
// check the length).
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Sequencer hands out the daily sequence numbers of dossier codes, per
// receiving unit and day, starting at 1. A vendor backs it with its
// database; [MemorySequencer] is an in-memory one.
type Sequencer interface {
	Next(unit string, day date.Date) (int, error)
}

// MemorySequencer is an in-memory [Sequencer], safe for concurrent use. Its
// zero value is ready to use. It must not be copied after first use.
type MemorySequencer struct {
	mu   sync.Mutex
	next map[seqKey]int
}

type seqKey struct {
	unit string
	day  date.Date
}

// Next returns the next sequence number of unit on day, or an error wrapping
// [ErrSequenceExhausted] after 9,999.
func (m *MemorySequencer) Next(unit string, day date.Date) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.next == nil {
		m.next = map[seqKey]int{}
	}
	k := seqKey{unit, day}
	if m.next[k] >= 9999 {
		return 0, fmt.Errorf("%w: unit %q on %s", ErrSequenceExhausted, unit, day)
	}
	m.next[k]++
	return m.next[k], nil
}
