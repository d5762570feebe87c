package liaison

import (
	"errors"
	"fmt"
	"time"

	"github.com/motcua/motcua/internal/enum"
	"github.com/rickb777/date/v2"
)

// AgencyRegistry tells whether an agency code exists on a date. The
// registry of agencies, with their validity intervals and successors (the
// districts abolished on 1 July 2025, merged provinces and communes), lives
// above this package (in procedure); liaison only asks this one question.
type AgencyRegistry interface {
	KnowsAgency(code string, on date.Date) bool
}

// AgencySet is an [AgencyRegistry] that knows a fixed set of codes on every
// date; handy in tests (liaisonsample.Agencies is one with its illustrative
// codes).
type AgencySet map[string]bool

// KnowsAgency reports whether code is in the set.
func (s AgencySet) KnowsAgency(code string, _ date.Date) bool { return s[code] }

// maxAgencyErrors is how many unknown agencies Validate names one by one.
const maxAgencyErrors = 8

// WarningKind classifies a [Warning].
type WarningKind uint8

const (
	// WarningUnknown is the zero WarningKind.
	WarningUnknown WarningKind = iota
	// WarnSlack: the critical path's budgets add up to less than the total
	// limit; the difference is time no agency is accountable for.
	WarnSlack
	// WarnNoLead: the route runs steps in parallel but names no lead agency
	// to join their results (Decree 61/2018/NĐ-CP Art. 19(6)).
	WarnNoLead
)

var warningKinds = enum.Table[WarningKind]{
	Type:  "WarningKind",
	Names: []string{WarningUnknown: "unknown", WarnSlack: "slack", WarnNoLead: "no lead"},
	Codes: []string{WarnSlack: "slack", WarnNoLead: "no-lead"},
	Fail:  codeFail,
}

var warningKindVietnamese = []string{WarningUnknown: "không xác định",
	WarnSlack: "thời gian chưa phân bổ", WarnNoLead: "không có cơ quan chủ trì"}

// String returns the English name of k: "slack", "no lead", "unknown" or
// "%!WarningKind(n)". It is the same as [WarningKind.English].
func (k WarningKind) String() string { return warningKinds.String(k) }

// English returns the English name of k, as [WarningKind.String] does.
func (k WarningKind) English() string { return warningKinds.String(k) }

// Vietnamese returns the Vietnamese name of k ("thời gian chưa phân bổ").
func (k WarningKind) Vietnamese() string {
	return vietnamese(warningKindVietnamese, warningKinds.String, k)
}

// IsValid reports whether k is WarnSlack or WarnNoLead.
func (k WarningKind) IsValid() bool { return warningKinds.IsValid(k) }

// MarshalText implements [encoding.TextMarshaler] with the stable codes
// "slack" and "no-lead"; an invalid WarningKind is a *[CodeError].
func (k WarningKind) MarshalText() ([]byte, error) { return warningKinds.MarshalText(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts exactly
// the codes of [WarningKind.MarshalText], anything else being a
// *[CodeError] wrapping [ErrCode]. On error *k is unchanged.
func (k *WarningKind) UnmarshalText(b []byte) error { return warningKinds.UnmarshalText(k, b) }

// Warning is a remark about a valid route: something worth a look that
// does not make the route wrong.
type Warning struct {
	Kind  WarningKind
	Route string
	// Slack is the unallotted working time, for WarnSlack (a working day
	// counted as [StandardDay]).
	Slack   time.Duration
	Message string
}

func (w Warning) String() string { return w.Message }

// Validate checks the route's agencies against reg on the date on, and
// returns the warnings about the route. A nil reg skips the registry check
// (every non-empty code is accepted); structural problems cannot occur, as
// a built Route is always well formed.
//
// Each unknown agency is a *[RouteError] wrapping [ErrUnknownAgency] and
// naming the step (or the field "lead"); several are joined with
// [errors.Join], in step order, the first eight by name and
// the rest counted in one more error. A nil or zero route is an
// *[OpError] wrapping [ErrInvalid]. The warnings are returned even when the
// agencies fail: [WarnSlack] when the critical path leaves part of
// [Route.Total] unallotted, [WarnNoLead] when steps run in parallel and no
// lead agency is named.
func (r *Route) Validate(reg AgencyRegistry, on date.Date) ([]Warning, error) {
	if r == nil || len(r.steps) == 0 {
		return nil, &OpError{Op: "Route.Validate", Err: fmt.Errorf("%w: a nil or zero Route", ErrInvalid)}
	}
	var errs []error
	if reg != nil {
		more := 0
		for _, s := range r.steps {
			if s.Agency == "" || reg.KnowsAgency(s.Agency, on) {
				continue
			}
			if len(errs) == maxAgencyErrors {
				more++
				continue
			}
			errs = append(errs, &RouteError{Route: r.code, Step: s.ID, Field: "agency", Value: s.Agency,
				Err: fmt.Errorf("%w on %s", ErrUnknownAgency, on)})
		}
		if more > 0 {
			errs = append(errs, &RouteError{Route: r.code, Field: "agency",
				Err: fmt.Errorf("%w on %s: %d more steps", ErrUnknownAgency, on, more)})
		}
		if r.lead != "" && !reg.KnowsAgency(r.lead, on) {
			errs = append(errs, &RouteError{Route: r.code, Field: "lead", Value: r.lead,
				Err: fmt.Errorf("%w on %s", ErrUnknownAgency, on)})
		}
	}
	var ws []Warning
	if total := work(r.total, StandardDay); r.sum < total {
		slack := total - r.sum
		ws = append(ws, Warning{Kind: WarnSlack, Route: r.code, Slack: slack,
			Message: fmt.Sprintf("liaison: route %q: the critical path's budgets leave %s of %s unallotted",
				r.code, formatWork(slack), r.total)})
	}
	if r.mode != Sequential && r.lead == "" {
		ws = append(ws, Warning{Kind: WarnNoLead, Route: r.code,
			Message: fmt.Sprintf("liaison: route %q runs steps in parallel but names no lead agency", r.code)})
	}
	return ws, errors.Join(errs...)
}
