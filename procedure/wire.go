package procedure

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/strictjson"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
)

// The wire structs are the strict JSON form. Struct tags of
// go-playground/validator/v10 state the structural rules (required fields,
// code shape, non-empty lists); domain rules live in checkSpec and the
// catalogue checks.

type wireCatalog struct {
	Procedures []wireProcedure `json:"procedures" validate:"-"`
	Abolitions []wireAbolition `json:"abolitions,omitempty" validate:"-"`
}

type wireAbolition struct {
	Code      string `json:"code" validate:"required,tthc_code"`
	Decision  string `json:"decision,omitempty"`
	Effective string `json:"effective" validate:"required,isodate"`
}

type wireProcedure struct {
	Code         string          `json:"code" validate:"required,tthc_code"`
	Decision     string          `json:"decision,omitempty"`
	Effective    string          `json:"effective,omitempty" validate:"omitempty,isodate"`
	Name         string          `json:"name" validate:"required"`
	Field        string          `json:"field" validate:"required"`
	Levels       []Level         `json:"levels" validate:"required,min=1"`
	Implementing []string        `json:"implementing" validate:"required,min=1,dive,required"`
	Authorised   []string        `json:"authorised,omitempty" validate:"dive,required"`
	Coordinating []string        `json:"coordinating,omitempty" validate:"dive,required"`
	Subjects     []Subject       `json:"subjects" validate:"required,min=1"`
	Results      []string        `json:"results,omitempty" validate:"dive,required"`
	LegalBasis   []string        `json:"legal_basis,omitempty" validate:"dive,required"`
	Requirements []string        `json:"requirements,omitempty" validate:"dive,required"`
	Channels     []wireChannel   `json:"channels,omitempty" validate:"dive"`
	Cutoff       string          `json:"cutoff,omitempty" validate:"omitempty,hhmm"`
	Fees         []wireFee       `json:"fees,omitempty" validate:"dive"`
	Components   []wireComponent `json:"components,omitempty" validate:"dive"`
	Sets         int             `json:"sets,omitempty" validate:"gte=0"`
	Source       string          `json:"source" validate:"required"`
	Notes        string          `json:"notes,omitempty"`
	Route        *routeJSON      `json:"route,omitempty"`
}

// routeJSON is a procedure's route on the wire. Decoding keeps the route's
// JSON and toSpec parses it with liaison.ParseRoute, once, so that a bad
// route is a *ValidationError naming its procedure (the catalogue is not
// decoded a second time to find it); encoding writes the route.
type routeJSON struct {
	route *liaison.Route
	raw   []byte
}

// MarshalJSON writes the route with liaison's encoding.
func (r *routeJSON) MarshalJSON() ([]byte, error) { return r.route.MarshalJSON() }

// UnmarshalJSON keeps a copy of the route's JSON for toSpec.
func (r *routeJSON) UnmarshalJSON(b []byte) error {
	r.raw = slices.Clone(b)
	return nil
}

type wireChannel struct {
	Channel   Channel `json:"channel" validate:"required"`
	Statutory string  `json:"statutory,omitempty" validate:"required_with=Committed"`
	Committed string  `json:"committed,omitempty"`
	Note      string  `json:"note,omitempty"`
}

type wireFee struct {
	Kind       FeeKind         `json:"kind" validate:"required"`
	Code       string          `json:"code,omitempty" validate:"required_with=Condition"`
	Name       string          `json:"name" validate:"required"`
	Amount     string          `json:"amount" validate:"required,vnd"`
	Unit       string          `json:"unit,omitempty"`
	Channels   []Channel       `json:"channels,omitempty" validate:"dive,required"`
	Condition  string          `json:"condition,omitempty"`
	Reductions []wireReduction `json:"reductions,omitempty" validate:"dive"`
}

type wireReduction struct {
	Code        string    `json:"code" validate:"required"`
	Description string    `json:"description,omitempty"`
	Percent     string    `json:"percent" validate:"required,vnd"`
	Channels    []Channel `json:"channels,omitempty" validate:"dive,required"`
	Automatic   bool      `json:"automatic,omitempty"`
	From        string    `json:"from,omitempty" validate:"omitempty,isodate"`
	Until       string    `json:"until,omitempty" validate:"omitempty,isodate"`
}

type wireComponent struct {
	Name        string      `json:"name" validate:"required"`
	Originals   int         `json:"originals" validate:"gte=0"`
	Copies      int         `json:"copies" validate:"gte=0"`
	Template    string      `json:"template,omitempty"`
	Requirement Requirement `json:"requirement" validate:"required"`
	Condition   string      `json:"condition,omitempty" validate:"required_if=Requirement 2"`
}

// MaxCatalogBytes is the largest catalogue [Parse] reads: 16 MiB. A
// procedure of the national database takes 2–3 KB in this format (the
// embedded sample: 19 procedures in 52 KB), so a province's whole catalogue
// of about 2,000 procedures at every level is about 6 MB; a larger import
// (the national database has some 6,000 procedures) is split by province or
// field. Larger input is refused unread with a *[ValidationError] wrapping
// [ErrTooLarge].
const MaxCatalogBytes = 16 << 20

// MaxRegistryBytes is the largest agency registry [ParseRegistry] reads:
// 4 MiB. An agency takes about 200 bytes (the sample: 17 agencies in 4 KB);
// the country's 34 provinces and about 3,300 communes with their
// departments and the history of the 2025 mergers stay under 2 MB.
const MaxRegistryBytes = 4 << 20

// decodeStrict decodes data into v under the module's one strict policy
// (internal/strictjson; see the package doc, "Wire format"), refusing
// documents over max bytes. Every error is a *ValidationError: ErrTooLarge
// for the size, the enumerations' own errors (ErrInvalidValue), ErrSyntax
// for the rest. (A route is parsed later, by toSpec.)
func decodeStrict(data []byte, v any, max int) error {
	err := strictjson.Decode(data, v, strictjson.Limits{MaxBytes: max})
	if err == nil {
		return nil
	}
	var je *strictjson.Error
	if !errors.As(err, &je) {
		return &ValidationError{Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	if je.Problem == strictjson.ProblemTooLarge && je.Path == "" {
		return &ValidationError{Field: "json", Err: fmt.Errorf("%w: %w", ErrTooLarge, je)}
	}
	if je.Problem == strictjson.ProblemValue {
		var ve *ValidationError
		if errors.As(je.Err, &ve) {
			return ve
		}
	}
	short := *je // the path is the Field: said once
	short.Path = ""
	return &ValidationError{Field: je.Path, Err: fmt.Errorf("%w: %w", ErrSyntax, &short)}
}

// parseISODate reads exactly YYYY-MM-DD.
func parseISODate(s string) (date.Date, bool) {
	if len(s) != 10 {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Format(time.DateOnly) != s {
		return 0, false
	}
	return date.NewAt(t), true
}

func formatDate(d date.Date) string {
	if d == 0 {
		return ""
	}
	return d.Format(time.DateOnly)
}

// parseHHMM reads exactly HH:MM in (00:00, 24:00].
func parseHHMM(s string) (clock.Clock, bool) {
	if len(s) != 5 || s[2] != ':' || !digits(s[:2]) || !digits(s[3:]) {
		return 0, false
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	if m > 59 || h > 24 || (h == 24 && m != 0) || (h == 0 && m == 0) {
		return 0, false
	}
	return clock.New(h, m, 0, 0), true
}

func formatHHMM(c clock.Clock) string {
	if c == 0 {
		return ""
	}
	if c == clock.Day {
		return "24:00"
	}
	return c.HhMm()
}

// parseVND reads a non-negative decimal written with ASCII digits and at
// most one decimal point ("8000", "0.5"); no sign, exponent or separators.
func parseVND(s string) (decimal.Decimal, bool) {
	ip, fp, dot := strings.Cut(s, ".")
	if ip == "" || !digits(ip) || (dot && (fp == "" || !digits(fp))) || len(s) > 40 {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// toSpec converts a validated wire procedure into a Spec, parsing texts.
func (w *wireProcedure) toSpec() (Spec, error) {
	s := Spec{
		Code: w.Code, Name: w.Name, Field: w.Field, Levels: w.Levels,
		Implementing: w.Implementing, Authorised: w.Authorised, Coordinating: w.Coordinating,
		Subjects: w.Subjects, Results: w.Results, LegalBasis: w.LegalBasis, Requirements: w.Requirements,
		Sets: w.Sets, Source: w.Source, Notes: w.Notes,
	}
	bad := func(field, value string, err error) (Spec, error) {
		return Spec{}, &ValidationError{Procedure: w.Code, Field: field, Value: value, Err: err}
	}
	if w.Cutoff != "" {
		s.Cutoff, _ = parseHHMM(w.Cutoff) // shape checked by the validator
	}
	if w.Route != nil {
		r, err := liaison.ParseRoute(w.Route.raw)
		if err != nil {
			return bad("route", "", fmt.Errorf("%w: %w", ErrInvalidValue, err))
		}
		s.Route = r
	}
	for i, c := range w.Channels {
		t := TimeLimit{Channel: c.Channel, StatutoryText: c.Statutory, CommittedText: c.Committed, Note: c.Note}
		if c.Statutory != "" {
			l, err := sla.ParseLimit(c.Statutory)
			if err != nil {
				return bad(fmt.Sprintf("channels[%d].statutory", i), c.Statutory, fmt.Errorf("%w: %w", ErrInvalidLimit, err))
			}
			t.Statutory = l
		}
		if c.Committed != "" {
			l, err := sla.ParseLimit(c.Committed)
			if err != nil {
				return bad(fmt.Sprintf("channels[%d].committed", i), c.Committed, fmt.Errorf("%w: %w", ErrInvalidLimit, err))
			}
			t.Committed = l
		}
		s.Channels = append(s.Channels, t)
	}
	for i, f := range w.Fees {
		amt, _ := parseVND(f.Amount)
		fee := Fee{Kind: f.Kind, Code: f.Code, Name: f.Name, Amount: amt, Unit: f.Unit, Channels: f.Channels, Condition: f.Condition}
		for j, r := range f.Reductions {
			pct, _ := parseVND(r.Percent)
			red := Reduction{Code: r.Code, Description: r.Description, Percent: pct, Channels: r.Channels, Automatic: r.Automatic}
			red.From, _ = parseISODate(r.From)
			red.Until, _ = parseISODate(r.Until)
			if !pct.IsPositive() || pct.GreaterThan(hundred) {
				return bad(fmt.Sprintf("fees[%d].reductions[%d].percent", i, j), r.Percent, ErrInvalidFee)
			}
			fee.Reductions = append(fee.Reductions, red)
		}
		s.Fees = append(s.Fees, fee)
	}
	for _, c := range w.Components {
		s.Components = append(s.Components, Component{Name: c.Name, Originals: c.Originals, Copies: c.Copies,
			Template: c.Template, Requirement: c.Requirement, Condition: c.Condition})
	}
	return s, nil
}

// toWire converts a Procedure with its version data into the wire form.
func toWire(p Procedure, decision string, effective date.Date) wireProcedure {
	s := &p.d().s
	w := wireProcedure{
		Code: s.Code, Decision: decision, Effective: formatDate(effective), Name: s.Name, Field: s.Field,
		Levels: s.Levels, Implementing: s.Implementing, Authorised: s.Authorised, Coordinating: s.Coordinating,
		Subjects: s.Subjects, Results: s.Results, LegalBasis: s.LegalBasis, Requirements: s.Requirements,
		Cutoff: formatHHMM(s.Cutoff), Sets: s.Sets, Source: s.Source, Notes: s.Notes,
	}
	if s.Route != nil {
		w.Route = &routeJSON{route: s.Route}
	}
	for _, t := range s.Channels {
		w.Channels = append(w.Channels, wireChannel{Channel: t.Channel, Statutory: t.StatutoryText, Committed: t.CommittedText, Note: t.Note})
	}
	for _, f := range s.Fees {
		wf := wireFee{Kind: f.Kind, Code: f.Code, Name: f.Name, Amount: f.Amount.String(), Unit: f.Unit, Channels: f.Channels, Condition: f.Condition}
		for _, r := range f.Reductions {
			wf.Reductions = append(wf.Reductions, wireReduction{Code: r.Code, Description: r.Description, Percent: r.Percent.String(),
				Channels: r.Channels, Automatic: r.Automatic, From: formatDate(r.From), Until: formatDate(r.Until)})
		}
		w.Fees = append(w.Fees, wf)
	}
	for _, c := range s.Components {
		w.Components = append(w.Components, wireComponent{Name: c.Name, Originals: c.Originals, Copies: c.Copies,
			Template: c.Template, Requirement: c.Requirement, Condition: c.Condition})
	}
	return w
}
