package procedure

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
)

// Spec holds the fields of a procedure as the national procedure database
// (Cơ sở dữ liệu quốc gia về TTHC) publishes them (Decree 63/2010/NĐ-CP
// Art. 8(2), as amended by Decree 92/2017/NĐ-CP). It is the plain, mutable input of [New] and the
// output of [Procedure.Spec]; a [Procedure] is its validated, immutable form.
type Spec struct {
	// Code is the procedure code, e.g. "1.001193" or the local variant
	// "1.003583.000.00.00.H37"; see [ValidCode] and [BaseCode].
	Code string
	// Name is the procedure's Vietnamese name.
	Name string
	// Field is the sector (lĩnh vực), e.g. "Hộ tịch".
	Field string
	// Levels are the implementation levels (at least one).
	Levels []Level
	// Implementing, Authorised and Coordinating are agency codes (see
	// [Registry]): the agency that decides, the one it authorises, and the
	// ones that take part. Implementing needs at least one.
	Implementing, Authorised, Coordinating []string
	// Subjects are the kinds of applicant (at least one).
	Subjects []Subject
	// Results are the result documents (kết quả thực hiện).
	Results []string
	// LegalBasis lists the legal texts (căn cứ pháp lý).
	LegalBasis []string
	// Requirements lists requirements and conditions (yêu cầu, điều kiện).
	Requirements []string
	// Channels are the channels offered, each with its time limits; at most
	// one entry per channel.
	Channels []TimeLimit
	// Cutoff is the receipt cut-off of a same-day procedure (e.g. 15:00:
	// received later, the day counts from the next working day; Decree
	// 23/2015/NĐ-CP Art. 21 for certification); zero when none is stated.
	// It feeds [sla.ScheduleOptions.Cutoff].
	Cutoff clock.Clock
	// Fees lists fees and charges; empty when none is due or none is known.
	Fees []Fee
	// Components lists the dossier components.
	Components []Component
	// Sets is the number of sets of the dossier (số bộ hồ sơ); 0 when not stated.
	Sets int
	// Source names where the data was taken from (URL or document).
	Source string
	// Notes records gaps and caveats of the data.
	Notes string
	// Route is the inter-agency route (một cửa liên thông) of a procedure
	// handled by several agencies, with each agency's step and budget
	// (package liaison; Decree 61/2018/NĐ-CP Art. 19(6)–(7)); nil for a
	// procedure of one agency. Its total may not exceed the statutory limit
	// of any channel counted in the same unit.
	Route *liaison.Route
}

// Procedure is one version of an administrative procedure (thủ tục hành
// chính) with the national database's fields.
//
// A Procedure is an immutable value: it is built by [New] or [Parse], is
// safe for concurrent use, and never hands out its internal slices (every
// accessor returns a copy). It is not comparable with ==, on purpose; use
// [Procedure.Equal]. The zero Procedure is invalid ([Procedure.IsValid]).
// Its JSON form is the "procedures" element of the catalogue format (see
// [Parse]).
type Procedure struct {
	_ [0]func()
	p *procData
}

type procData struct {
	s    Spec
	fold string // Fold(Name), for search
}

// New validates s and returns the Procedure it describes. It never
// normalises silently: a malformed code, a missing name, field, level,
// implementing agency, subject or source, a duplicate channel, a limit text
// that does not read as the given limit, a committed limit longer than (or
// in another unit than) the statutory one, a negative or non-VND fee, a
// reduction outside (0, 100] %, a component without originals and copies
// are all errors of type [*ValidationError]. The only completion is a
// TimeLimit text left empty, which becomes the limit's canonical text.
func New(s Spec) (Procedure, error) { return newProcedure(s, false) }

// newProcedure is New; textsRead says the limit texts were just read with
// sla.ParseLimit (by Parse) and need no second reading.
func newProcedure(s Spec, textsRead bool) (Procedure, error) {
	s = s.clone()
	for i := range s.Channels {
		t := &s.Channels[i]
		if t.StatutoryText == "" && t.Statutory.IsValid() {
			t.StatutoryText = t.Statutory.String()
		}
		if t.CommittedText == "" && t.Committed.IsValid() {
			t.CommittedText = t.Committed.String()
		}
	}
	if err := checkSpec(&s, textsRead); err != nil {
		return Procedure{}, err
	}
	return Procedure{p: &procData{s: s, fold: Fold(s.Name)}}, nil
}

// MustNew is like [New] but panics on error. It is intended for tests and
// examples with hard-coded values.
func MustNew(s Spec) Procedure {
	p, err := New(s)
	if err != nil {
		panic(err)
	}
	return p
}

func (s Spec) clone() Spec {
	s.Levels = slices.Clone(s.Levels)
	s.Implementing = slices.Clone(s.Implementing)
	s.Authorised = slices.Clone(s.Authorised)
	s.Coordinating = slices.Clone(s.Coordinating)
	s.Subjects = slices.Clone(s.Subjects)
	s.Results = slices.Clone(s.Results)
	s.LegalBasis = slices.Clone(s.LegalBasis)
	s.Requirements = slices.Clone(s.Requirements)
	s.Channels = slices.Clone(s.Channels)
	s.Components = slices.Clone(s.Components)
	if s.Fees != nil {
		fees := make([]Fee, len(s.Fees))
		for i, f := range s.Fees {
			fees[i] = f.clone()
		}
		s.Fees = fees
	}
	return s
}

// checkSpec applies the domain rules to s.
func checkSpec(s *Spec, textsRead bool) error {
	code := s.Code
	bad := func(field, value string, err error) error {
		return &ValidationError{Procedure: code, Field: field, Value: value, Err: err}
	}
	switch {
	case s.Code == "":
		return bad("code", "", ErrMissingField)
	case !validCode(s.Code):
		return bad("code", s.Code, ErrInvalidValue)
	case strings.TrimSpace(s.Name) == "":
		return bad("name", s.Name, ErrMissingField)
	case strings.TrimSpace(s.Field) == "":
		return bad("field", s.Field, ErrMissingField)
	case len(s.Levels) == 0:
		return bad("levels", "", ErrMissingField)
	case len(s.Implementing) == 0:
		return bad("implementing", "", ErrMissingField)
	case len(s.Subjects) == 0:
		return bad("subjects", "", ErrMissingField)
	case strings.TrimSpace(s.Source) == "":
		return bad("source", s.Source, ErrMissingField)
	case s.Sets < 0:
		return bad("sets", fmt.Sprint(s.Sets), ErrInvalidValue)
	case s.Cutoff < 0 || s.Cutoff > clock.Day || (s.Cutoff != 0 && s.Cutoff%clock.Minute != 0):
		return bad("cutoff", s.Cutoff.String(), ErrInvalidValue)
	}
	for i, l := range s.Levels {
		if !l.IsValid() {
			return bad(fmt.Sprintf("levels[%d]", i), l.String(), ErrInvalidValue)
		}
		if slices.Index(s.Levels, l) != i {
			return bad(fmt.Sprintf("levels[%d]", i), l.String(), ErrDuplicate)
		}
	}
	for i, sub := range s.Subjects {
		if !sub.IsValid() {
			return bad(fmt.Sprintf("subjects[%d]", i), sub.String(), ErrInvalidValue)
		}
		if slices.Index(s.Subjects, sub) != i {
			return bad(fmt.Sprintf("subjects[%d]", i), sub.String(), ErrDuplicate)
		}
	}
	for _, list := range []struct {
		name string
		v    []string
	}{{"implementing", s.Implementing}, {"authorised", s.Authorised}, {"coordinating", s.Coordinating},
		{"results", s.Results}, {"legal_basis", s.LegalBasis}, {"requirements", s.Requirements}} {
		for i, v := range list.v {
			if strings.TrimSpace(v) == "" {
				return bad(fmt.Sprintf("%s[%d]", list.name, i), v, ErrMissingField)
			}
		}
	}
	for i, t := range s.Channels {
		f := fmt.Sprintf("channels[%d]", i)
		if !t.Channel.IsValid() {
			return bad(f+".channel", t.Channel.String(), ErrInvalidValue)
		}
		if slices.IndexFunc(s.Channels, func(o TimeLimit) bool { return o.Channel == t.Channel }) != i {
			return bad(f+".channel", t.Channel.String(), ErrDuplicate)
		}
		if !textsRead {
			if err := checkLimitText(t.Statutory, t.StatutoryText); err != nil {
				return bad(f+".statutory", t.StatutoryText, err)
			}
			if err := checkLimitText(t.Committed, t.CommittedText); err != nil {
				return bad(f+".committed", t.CommittedText, err)
			}
		}
		if t.Committed.IsValid() {
			if !t.Statutory.IsValid() || t.Committed.Unit() != t.Statutory.Unit() || t.Committed.Compare(t.Statutory) > 0 {
				return bad(f+".committed", t.CommittedText, fmt.Errorf("committed limit must be in the unit of the statutory limit and not longer: %w", ErrInvalidLimit))
			}
		}
	}
	for i, fee := range s.Fees {
		if err := checkFee(fee, fmt.Sprintf("fees[%d]", i), bad); err != nil {
			return err
		}
	}
	for i, c := range s.Components {
		f := fmt.Sprintf("components[%d]", i)
		switch {
		case strings.TrimSpace(c.Name) == "":
			return bad(f+".name", c.Name, ErrMissingField)
		case !c.Requirement.IsValid():
			return bad(f+".requirement", c.Requirement.String(), ErrInvalidValue)
		case c.Originals < 0:
			return bad(f+".originals", fmt.Sprint(c.Originals), ErrInvalidValue)
		case c.Copies < 0:
			return bad(f+".copies", fmt.Sprint(c.Copies), ErrInvalidValue)
		case c.Requirement == Conditional && strings.TrimSpace(c.Condition) == "":
			return bad(f+".condition", "", ErrMissingField)
		case c.Requirement == PresentOnly && c.Originals == 0:
			return bad(f+".originals", "0", ErrNoCopies)
		case c.Requirement != FromDatabase && c.Originals == 0 && c.Copies == 0:
			return bad(f, c.Name, ErrNoCopies)
		}
	}
	if r := s.Route; r != nil {
		// One dossier, one deadline: the route's receipt cut-off (Decree
		// 63/2024/NĐ-CP Art. 7(2)) and the procedure's must not differ.
		if r.Cutoff() != 0 && s.Cutoff != 0 && r.Cutoff() != s.Cutoff {
			return bad("cutoff", s.Cutoff.String(),
				fmt.Errorf("%w: the route's receipt cut-off is %s", ErrInvalidValue, r.Cutoff()))
		}
		for i, t := range s.Channels {
			if t.Statutory.IsValid() && t.Statutory.Unit() == r.Total().Unit() && r.Total().Compare(t.Statutory) > 0 {
				return bad(fmt.Sprintf("route.total (channels[%d])", i), r.Total().String(),
					fmt.Errorf("%w: the route's total exceeds the statutory %s", ErrInvalidLimit, t.Statutory))
			}
		}
	}
	return nil
}

// checkLimitText checks that text (when given) reads as l through
// sla.ParseLimit, and that a text is given when l is.
func checkLimitText(l sla.Limit, text string) error {
	if text == "" {
		if l != (sla.Limit{}) {
			return ErrInvalidLimit
		}
		return nil
	}
	got, err := sla.ParseLimit(text)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidLimit, err)
	}
	if got != l {
		return fmt.Errorf("text reads as %s, not %s: %w", got, l, ErrInvalidLimit)
	}
	return nil
}

func checkFee(fee Fee, f string, bad func(string, string, error) error) error {
	switch {
	case !fee.Kind.IsValid():
		return bad(f+".kind", fee.Kind.String(), ErrInvalidValue)
	case strings.TrimSpace(fee.Name) == "":
		return bad(f+".name", fee.Name, ErrMissingField)
	case fee.Amount.IsNegative():
		return bad(f+".amount", fee.Amount.String(), ErrInvalidFee)
	case fee.Condition != "" && fee.Code == "":
		return bad(f+".code", "", ErrMissingField)
	}
	for j, ch := range fee.Channels {
		if !ch.IsValid() || slices.Index(fee.Channels, ch) != j {
			return bad(fmt.Sprintf("%s.channels[%d]", f, j), ch.String(), ErrInvalidValue)
		}
	}
	for j, r := range fee.Reductions {
		rf := fmt.Sprintf("%s.reductions[%d]", f, j)
		switch {
		case r.Code == "":
			return bad(rf+".code", "", ErrMissingField)
		case slices.IndexFunc(fee.Reductions, func(o Reduction) bool { return o.Code == r.Code }) != j:
			return bad(rf+".code", r.Code, ErrDuplicate)
		case !r.Percent.IsPositive() || r.Percent.GreaterThan(hundred):
			return bad(rf+".percent", r.Percent.String(), ErrInvalidFee)
		case r.From != 0 && r.Until != 0 && r.Until <= r.From:
			return bad(rf+".until", r.Until.String(), ErrInvalidValue)
		}
		for k, ch := range r.Channels {
			if !ch.IsValid() || slices.Index(r.Channels, ch) != k {
				return bad(fmt.Sprintf("%s.channels[%d]", rf, k), ch.String(), ErrInvalidValue)
			}
		}
	}
	return nil
}

// IsValid reports whether p was built by [New] or [Parse]; the zero
// Procedure is invalid.
func (p Procedure) IsValid() bool { return p.p != nil }

func (p Procedure) d() *procData {
	if p.p == nil {
		return &procData{}
	}
	return p.p
}

// Code returns the procedure code as published.
func (p Procedure) Code() string { return p.d().s.Code }

// BaseCode returns the national base code: local variants keep their base
// ("1.003583.000.00.00.H37" → "1.003583").
func (p Procedure) BaseCode() string { return BaseCode(p.d().s.Code) }

// Name returns the Vietnamese name.
func (p Procedure) Name() string { return p.d().s.Name }

// Field returns the sector (lĩnh vực).
func (p Procedure) Field() string { return p.d().s.Field }

// Levels returns a copy of the implementation levels.
func (p Procedure) Levels() []Level { return slices.Clone(p.d().s.Levels) }

// HasLevel reports whether p is implemented at level l.
func (p Procedure) HasLevel(l Level) bool { return slices.Contains(p.d().s.Levels, l) }

// Implementing returns a copy of the implementing agency codes.
func (p Procedure) Implementing() []string { return slices.Clone(p.d().s.Implementing) }

// Authorised returns a copy of the authorised agency codes.
func (p Procedure) Authorised() []string { return slices.Clone(p.d().s.Authorised) }

// Coordinating returns a copy of the coordinating agency codes.
func (p Procedure) Coordinating() []string { return slices.Clone(p.d().s.Coordinating) }

// InvolvesAgency reports whether code is an implementing, authorised or
// coordinating agency of p.
func (p Procedure) InvolvesAgency(code string) bool {
	s := &p.d().s
	return slices.Contains(s.Implementing, code) || slices.Contains(s.Authorised, code) || slices.Contains(s.Coordinating, code)
}

// Subjects returns a copy of the applicant kinds.
func (p Procedure) Subjects() []Subject { return slices.Clone(p.d().s.Subjects) }

// Results returns a copy of the result documents.
func (p Procedure) Results() []string { return slices.Clone(p.d().s.Results) }

// LegalBasis returns a copy of the legal basis.
func (p Procedure) LegalBasis() []string { return slices.Clone(p.d().s.LegalBasis) }

// Requirements returns a copy of the requirements and conditions.
func (p Procedure) Requirements() []string { return slices.Clone(p.d().s.Requirements) }

// Channels returns a copy of the offered channels with their limits.
func (p Procedure) Channels() []TimeLimit { return slices.Clone(p.d().s.Channels) }

// Limit returns the time limits of channel ch and whether p offers ch.
func (p Procedure) Limit(ch Channel) (TimeLimit, bool) {
	for _, t := range p.d().s.Channels {
		if t.Channel == ch {
			return t, true
		}
	}
	return TimeLimit{}, false
}

// Offers reports whether p can be filed through ch.
func (p Procedure) Offers(ch Channel) bool {
	_, ok := p.Limit(ch)
	return ok
}

// Cutoff returns the same-day receipt cut-off and whether one is stated.
func (p Procedure) Cutoff() (clock.Clock, bool) {
	c := p.d().s.Cutoff
	return c, c != 0
}

// Fees returns a deep copy of the fees and charges.
func (p Procedure) Fees() []Fee { return p.d().s.clone().Fees }

// FeeFor returns the total due, in VND, for a dossier of p filed on channel
// ch on day on: every unconditional fee of that channel plus each
// conditional fee whose Code is among claims, each lowered by its largest
// reduction in force that day (automatic ones, and those whose Code is
// claimed). Reductions do not stack. Amounts per unit (per page, per copy)
// are counted once: multiply by the quantity yourself. Unknown claims are
// ignored. The arithmetic is exact decimal; nothing is rounded.
func (p Procedure) FeeFor(ch Channel, on date.Date, claims ...string) decimal.Decimal {
	total := decimal.Zero
	for _, f := range p.d().s.Fees {
		if a, ok := f.amountFor(ch, on, claims); ok {
			total = total.Add(a)
		}
	}
	return total
}

// Components returns a copy of the dossier components.
func (p Procedure) Components() []Component { return slices.Clone(p.d().s.Components) }

// AllComponents returns an iterator over the dossier components, in order,
// without copying the list (an intake check runs at every counter).
func (p Procedure) AllComponents() iter.Seq[Component] {
	return func(yield func(Component) bool) {
		for _, c := range p.d().s.Components {
			if !yield(c) {
				return
			}
		}
	}
}

// Sets returns the number of sets of the dossier (0: not stated).
func (p Procedure) Sets() int { return p.d().s.Sets }

// Source returns where the data was taken from.
func (p Procedure) Source() string { return p.d().s.Source }

// Notes returns the recorded gaps and caveats.
func (p Procedure) Notes() string { return p.d().s.Notes }

// Spec returns a deep copy of p's fields.
func (p Procedure) Spec() Spec { return p.d().s.clone() }

// String returns "code name".
func (p Procedure) String() string {
	if p.p == nil {
		return "Procedure(invalid)"
	}
	return p.p.s.Code + " " + p.p.s.Name
}

// Equal reports whether p and o have the same fields (fees compared by
// decimal value).
func (p Procedure) Equal(o Procedure) bool {
	if p.p == o.p {
		return true
	}
	if p.p == nil || o.p == nil {
		return false
	}
	a, b := &p.p.s, &o.p.s
	return a.Code == b.Code && a.Name == b.Name && a.Field == b.Field &&
		slices.Equal(a.Levels, b.Levels) && slices.Equal(a.Implementing, b.Implementing) &&
		slices.Equal(a.Authorised, b.Authorised) && slices.Equal(a.Coordinating, b.Coordinating) &&
		slices.Equal(a.Subjects, b.Subjects) && slices.Equal(a.Results, b.Results) &&
		slices.Equal(a.LegalBasis, b.LegalBasis) && slices.Equal(a.Requirements, b.Requirements) &&
		slices.Equal(a.Channels, b.Channels) && a.Cutoff == b.Cutoff &&
		slices.EqualFunc(a.Fees, b.Fees, Fee.Equal) && slices.Equal(a.Components, b.Components) &&
		a.Sets == b.Sets && a.Source == b.Source && a.Notes == b.Notes &&
		(a.Route == b.Route || (a.Route != nil && b.Route != nil && a.Route.Equal(b.Route)))
}

// Route returns the procedure's inter-agency route, or nil. A route is
// immutable and may be shared.
func (p Procedure) Route() *liaison.Route { return p.d().s.Route }
