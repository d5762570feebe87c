package liaison

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/motcua/motcua/internal/strictjson"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// The JSON shape of a route. Limits are their canonical Vietnamese text
// ([sla.Limit.MarshalText]), roles their wire codes, the cut-off "HH:MM".
type wireRoute struct {
	Code   string     `json:"code"`
	Name   string     `json:"name"`
	Lead   string     `json:"lead,omitempty"`
	Total  string     `json:"total"`
	Cutoff string     `json:"cutoff,omitempty"`
	Source string     `json:"source,omitempty"`
	Steps  []wireStep `json:"steps"`
}

type wireStep struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Agency      string   `json:"agency,omitempty"`
	Role        string   `json:"role"`
	Budget      string   `json:"budget"`
	After       []string `json:"after,omitempty"`
	PausesClock bool     `json:"pausesClock,omitempty"`
}

// MarshalJSON implements [json.Marshaler]. The output is accepted by
// [ParseRoute], which rebuilds an equal route ([Route.Equal]): the format is
// lossless. Example:
//
//	{"code":"R1","name":"…","total":"3 ngày làm việc","cutoff":"15:00",
//	 "steps":[{"id":"tiep-nhan","name":"Tiếp nhận","agency":"UBND-XA",
//	 "role":"receive","budget":"Trong ngày"}, …]}
func (r *Route) MarshalJSON() ([]byte, error) {
	if r == nil || len(r.steps) == 0 {
		return nil, &OpError{Op: "Route.MarshalJSON", Err: fmt.Errorf("%w: a zero Route", ErrInvalid)}
	}
	w := wireRoute{Code: r.code, Name: r.name, Lead: r.lead, Total: r.total.String(),
		Source: r.source, Steps: make([]wireStep, len(r.steps))}
	if r.cutoff != 0 {
		w.Cutoff = formatCutoff(r.cutoff)
	}
	for i, s := range r.steps {
		w.Steps[i] = wireStep{ID: s.ID, Name: s.Name, Agency: s.Agency, Role: roles.Code(s.Role),
			Budget: s.Budget.String(), After: s.After, PausesClock: s.PausesClock}
	}
	return json.Marshal(w)
}

// UnmarshalJSON implements [json.Unmarshaler] with [ParseRoute]. On error r
// is unchanged. Like time.Time's, it is meant for decoding into a fresh
// variable: a Route already shared between goroutines must not be decoded
// into.
func (r *Route) UnmarshalJSON(data []byte) error {
	got, err := ParseRoute(data)
	if err != nil {
		return err
	}
	*r = *got
	return nil
}

// ParseRoute reads a route from the JSON produced by [Route.MarshalJSON]
// and checks it as [NewRoute] does. It follows the module's one strict
// decoding policy (the same for dossiers, catalogues and calendars):
// unknown fields, keys in another case than the documented one, duplicate
// keys, trailing data, invalid UTF-8 (which encoding/json would silently
// replace) or an escaped lone surrogate, a value of the wrong JSON type,
// nesting deeper than 16 levels, a
// limit not in the canonical form of [sla.Limit.MarshalText] (use
// [sla.ParseLimit] on catalogue texts before building a route), a role
// other than its code, or a cut-off other than "HH:MM" are errors. Every
// error is a *[RouteError]; malformed JSON wraps [ErrSyntax], and data
// longer than [MaxRouteJSON] bytes is refused unread with [ErrTooLarge].
// The cost is linear in len(data).
func ParseRoute(data []byte) (*Route, error) {
	var w wireRoute
	if err := strictjson.Decode(data, &w, strictjson.Limits{MaxBytes: MaxRouteJSON, MaxDepth: maxDepth}); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) && se.Problem == strictjson.ProblemTooLarge {
			return nil, &RouteError{Field: "json", Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, len(data), MaxRouteJSON)}
		}
		return nil, &RouteError{Field: "json", Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	spec := RouteSpec{Code: w.Code, Name: w.Name, Lead: w.Lead, Source: w.Source,
		Steps: make([]Step, len(w.Steps))}
	fail := func(step, field, value string, err error) (*Route, error) {
		return nil, &RouteError{Route: w.Code, Step: step, Field: field, Value: value, Err: err}
	}
	if err := spec.Total.UnmarshalText([]byte(w.Total)); err != nil {
		return fail("", "total", w.Total, fmt.Errorf("%w: %w", ErrBadBudget, err))
	}
	if w.Cutoff != "" {
		c, ok := parseCutoff(w.Cutoff)
		if !ok {
			return fail("", "cutoff", w.Cutoff, fmt.Errorf("%w: want HH:MM", ErrBadCutoff))
		}
		spec.Cutoff = c
	}
	for i, ws := range w.Steps {
		role, err := roles.Parse([]byte(ws.Role))
		if err != nil {
			return fail(ws.ID, "role", ws.Role, fmt.Errorf("%w: unknown role code", ErrBadStep))
		}
		var budget sla.Limit
		if err := budget.UnmarshalText([]byte(ws.Budget)); err != nil {
			return fail(ws.ID, "budget", ws.Budget, fmt.Errorf("%w: %w", ErrBadBudget, err))
		}
		spec.Steps[i] = Step{ID: ws.ID, Name: ws.Name, Agency: ws.Agency, Role: role, Budget: budget,
			After: ws.After, PausesClock: ws.PausesClock}
	}
	return NewRoute(spec)
}

// formatCutoff writes a whole-minute time of day as "HH:MM" ("24:00" for
// the end of the day).
func formatCutoff(c clock.Clock) string {
	m := int64(c / clock.Minute)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}

// parseCutoff reads exactly "HH:MM", 00:01 to 24:00.
func parseCutoff(s string) (clock.Clock, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	if m > 59 || h > 24 || (h == 24 && m != 0) || (h == 0 && m == 0) {
		return 0, false
	}
	return clock.Clock(h)*clock.Hour + clock.Clock(m)*clock.Minute, true
}
