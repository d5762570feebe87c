package dossier

import (
	"fmt"
	"regexp"
	"strconv"
	"sync"

	"github.com/rickb777/date/v2"
)

// Code is a dossier code (mã số hồ sơ), "<unit code>-YYMMDD-NNNN": the
// receiving unit's identifier (Circular 10/2016/TT-BTTTT standard), the
// receipt date and a four-digit sequence number within that day (Decree
// 61/2018/NĐ-CP Art. 26; Circular 01/2018/TT-VPCP Art. 19). For example
// "000.00.36.H57-250703-0012". Circular 03/2025/TT-VPCP also regulates the
// code; its format was not confirmed to change, so the same format is used
// under both regimes.
type Code string

var (
	unitCodePattern = regexp.MustCompile(`^[0-9A-Z]+(\.[0-9A-Z]+)*$`)
	codePattern     = regexp.MustCompile(`^([0-9A-Z]+(?:\.[0-9A-Z]+)*)-([0-9]{6})-([0-9]{4})$`)
)

// NewCode builds the code of the seq-th dossier received at unit on day d.
func NewCode(unit string, d date.Date, seq int) (Code, error) {
	if !unitCodePattern.MatchString(unit) {
		return "", &InputError{Field: "unit code", Value: unit, Err: fmt.Errorf("%w: want dot-separated upper-case letters and digits", ErrSyntax)}
	}
	if seq < 1 || seq > 9999 {
		return "", &InputError{Field: "sequence", Value: fmt.Sprint(seq), Err: fmt.Errorf("%w: want 1–9999", ErrSequenceExhausted)}
	}
	return Code(fmt.Sprintf("%s-%s-%04d", unit, d.Format("060102"), seq)), nil
}

// ParseCode reads a dossier code and returns its parts.
func ParseCode(s string) (unit string, d date.Date, seq int, err error) {
	m := codePattern.FindStringSubmatch(s)
	if m == nil {
		return "", 0, 0, &InputError{Field: "dossier code", Value: s, Err: fmt.Errorf("%w: want UNIT-YYMMDD-NNNN", ErrSyntax)}
	}
	d, err = date.Parse("060102", m[2])
	if err != nil || d.Format("060102") != m[2] {
		return "", 0, 0, &InputError{Field: "dossier code", Value: s, Err: fmt.Errorf("%w: no such date %s", ErrSyntax, m[2])}
	}
	seq, _ = strconv.Atoi(m[3]) // four digits: cannot fail
	if seq == 0 {
		return "", 0, 0, &InputError{Field: "dossier code", Value: s, Err: fmt.Errorf("%w: sequence 0000", ErrSyntax)}
	}
	return m[1], d, seq, nil
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
