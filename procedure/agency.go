package procedure

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rickb777/date/v2"
)

// Agency is a state agency or administrative unit with the interval in
// which it exists, [ValidFrom, ValidUntil) (zero dates are open ends), and
// the code of the agency that took over its duties (Successor), if any.
//
// The two-tier reform ended every district-level agency on 2025-07-01
// (Resolution 203/2025/QH15) and merged 63 provinces into 34 (Resolution
// 202/2025/QH15), so an agency valid on a dossier's date may no longer
// exist today; [Registry.Current] follows successors. Agency is a
// comparable value.
type Agency struct {
	Code       string
	Name       string
	Level      Level
	ValidFrom  date.Date
	ValidUntil date.Date
	Successor  string
	Source     string
}

// ValidOn reports whether a exists on day d.
func (a Agency) ValidOn(d date.Date) bool {
	return (a.ValidFrom == 0 || d >= a.ValidFrom) && (a.ValidUntil == 0 || d < a.ValidUntil)
}

// Registry is an immutable set of agencies keyed by code, safe for
// concurrent use. Its method KnowsAgency is the interface the liaison
// package uses to validate routes. The zero Registry is empty.
type Registry struct {
	m     map[string]Agency
	codes []string
}

// NewRegistry validates agencies and returns a registry. Each agency needs
// a code, a name and a valid level; codes are unique; ValidUntil is after
// ValidFrom; a district agency ends on or before 2025-07-01; a successor
// exists and successor links have no cycle. Failures are [*ValidationError]
// values (Field "agencies[i]…", Value the agency code).
func NewRegistry(agencies ...Agency) (*Registry, error) {
	r := &Registry{m: make(map[string]Agency, len(agencies))}
	for i, a := range agencies {
		bad := func(field string, err error) error {
			return &ValidationError{Field: fmt.Sprintf("agencies[%d].%s", i, field), Value: a.Code, Err: err}
		}
		switch {
		case strings.TrimSpace(a.Code) == "":
			return nil, bad("code", ErrMissingField)
		case strings.TrimSpace(a.Name) == "":
			return nil, bad("name", ErrMissingField)
		case !a.Level.IsValid():
			return nil, bad("level", ErrInvalidValue)
		case a.ValidFrom != 0 && a.ValidUntil != 0 && a.ValidUntil <= a.ValidFrom:
			return nil, bad("valid_until", ErrInvalidValue)
		case a.Level == LevelDistrict && (a.ValidUntil == 0 || a.ValidUntil > reformDate):
			return nil, bad("valid_until", ErrLevelAbolished)
		case a.Successor == a.Code:
			return nil, bad("successor", ErrSuccessorCycle)
		}
		if _, dup := r.m[a.Code]; dup {
			return nil, bad("code", ErrDuplicate)
		}
		r.m[a.Code] = a
		r.codes = append(r.codes, a.Code)
	}
	for i, a := range agencies {
		if a.Successor == "" {
			continue
		}
		if _, ok := r.m[a.Successor]; !ok {
			return nil, &ValidationError{Field: fmt.Sprintf("agencies[%d].successor", i), Value: a.Successor, Err: ErrUnknownAgency}
		}
		// Walk the chain: more steps than agencies means a cycle.
		cur := a
		for n := 0; cur.Successor != ""; n++ {
			if n > len(r.m) {
				return nil, &ValidationError{Field: fmt.Sprintf("agencies[%d].successor", i), Value: a.Code, Err: ErrSuccessorCycle}
			}
			cur = r.m[cur.Successor]
		}
	}
	slices.Sort(r.codes)
	return r, nil
}

type wireRegistry struct {
	Agencies []wireAgency `json:"agencies"`
}

type wireAgency struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	Level      Level  `json:"level"`
	ValidFrom  string `json:"valid_from,omitempty"`
	ValidUntil string `json:"valid_until,omitempty"`
	Successor  string `json:"successor,omitempty"`
	Source     string `json:"source,omitempty"`
}

// ParseRegistry reads a registry from strict JSON
// {"agencies": [{"code", "name", "level", "valid_from", "valid_until",
// "successor", "source"}]} with dates as YYYY-MM-DD, then applies
// [NewRegistry]'s rules. The JSON is read with the module's strict policy
// (see the package doc, "Wire format"), at most [MaxRegistryBytes].
func ParseRegistry(data []byte) (*Registry, error) {
	var w wireRegistry
	if err := decodeStrict(data, &w, MaxRegistryBytes); err != nil {
		return nil, err
	}
	as := make([]Agency, 0, len(w.Agencies))
	for i, wa := range w.Agencies {
		a := Agency{Code: wa.Code, Name: wa.Name, Level: wa.Level, Successor: wa.Successor, Source: wa.Source}
		var ok bool
		if wa.ValidFrom != "" {
			if a.ValidFrom, ok = parseISODate(wa.ValidFrom); !ok {
				return nil, &ValidationError{Field: fmt.Sprintf("agencies[%d].valid_from", i), Value: wa.ValidFrom, Err: ErrInvalidValue}
			}
		}
		if wa.ValidUntil != "" {
			if a.ValidUntil, ok = parseISODate(wa.ValidUntil); !ok {
				return nil, &ValidationError{Field: fmt.Sprintf("agencies[%d].valid_until", i), Value: wa.ValidUntil, Err: ErrInvalidValue}
			}
		}
		as = append(as, a)
	}
	return NewRegistry(as...)
}

// Marshal returns r as JSON in the format of [ParseRegistry], by code.
func (r *Registry) Marshal() ([]byte, error) {
	w := wireRegistry{Agencies: []wireAgency{}}
	for _, code := range r.codes {
		a := r.m[code]
		w.Agencies = append(w.Agencies, wireAgency{Code: a.Code, Name: a.Name, Level: a.Level,
			ValidFrom: formatDate(a.ValidFrom), ValidUntil: formatDate(a.ValidUntil), Successor: a.Successor, Source: a.Source})
	}
	return marshalIndented(w)
}

// Agencies returns all agencies, by code.
func (r *Registry) Agencies() []Agency {
	out := make([]Agency, 0, len(r.codes))
	for _, c := range r.codes {
		out = append(out, r.m[c])
	}
	return out
}

// Lookup returns the agency code as it was on day on. It returns a
// [*LookupError] wrapping [ErrUnknownAgency] or, when the agency did not
// exist that day, [ErrAgencyNotValid].
func (r *Registry) Lookup(code string, on date.Date) (Agency, error) {
	a, ok := r.m[code]
	if !ok {
		return Agency{}, &LookupError{Code: code, On: on.String(), Err: ErrUnknownAgency}
	}
	if !a.ValidOn(on) {
		return a, &LookupError{Code: code, On: on.String(), Err: ErrAgencyNotValid}
	}
	return a, nil
}

// KnowsAgency reports whether code is an agency valid on day on.
func (r *Registry) KnowsAgency(code string, on date.Date) bool {
	a, ok := r.m[code]
	return ok && a.ValidOn(on)
}

// Current returns the agency that holds code's duties on day on: code
// itself if valid that day, otherwise the first valid agency along the
// successor chain. The walk is bounded by the registry size (cycles are
// also rejected at construction). Errors are [*LookupError] values wrapping
// [ErrUnknownAgency], [ErrAgencyNotValid] (the chain ends without a valid
// agency) or [ErrSuccessorCycle].
func (r *Registry) Current(code string, on date.Date) (Agency, error) {
	a, ok := r.m[code]
	if !ok {
		return Agency{}, &LookupError{Code: code, On: on.String(), Err: ErrUnknownAgency}
	}
	for n := 0; ; n++ {
		if a.ValidOn(on) {
			return a, nil
		}
		if a.Successor == "" {
			return a, &LookupError{Code: code, On: on.String(), Err: ErrAgencyNotValid}
		}
		if n >= len(r.m) {
			return Agency{}, &LookupError{Code: code, On: on.String(), Err: ErrSuccessorCycle}
		}
		a = r.m[a.Successor]
	}
}
