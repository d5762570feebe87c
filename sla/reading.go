package sla

import (
	"strings"

	"github.com/rickb777/date/v2/clock"
)

// MaxPeriodParts is the most parts a composite [Period] has. Real
// composites have two ("01 tháng 15 ngày", "15 ngày + 08 ngày làm việc").
const MaxPeriodParts = 3

// Period is a time limit of one or more parts counted part after part: one
// [Limit] ("15 ngày làm việc"), or a composite such as "01 tháng 15 ngày" or
// "15 ngày + 08 ngày làm việc" (see [Schedule.DueOf] for how it is counted).
//
// Period is a small comparable value, safe for concurrent use. The zero
// Period is empty: no limit stated.
type Period struct {
	parts [MaxPeriodParts]Limit
	n     uint8
}

// PeriodOf returns the period of the given parts, in order. It returns the
// zero Period if there are no parts, more than [MaxPeriodParts], or an
// invalid one.
func PeriodOf(parts ...Limit) Period {
	var p Period
	if len(parts) == 0 || len(parts) > MaxPeriodParts {
		return Period{}
	}
	for i, l := range parts {
		if !l.IsValid() {
			return Period{}
		}
		p.parts[i] = l
	}
	p.n = uint8(len(parts))
	return p
}

// IsZero reports whether p states no limit.
func (p Period) IsZero() bool { return p.n == 0 }

// IsComposite reports whether p has more than one part.
func (p Period) IsComposite() bool { return p.n > 1 }

// Parts returns the parts of p, in counting order.
func (p Period) Parts() []Limit { return append([]Limit(nil), p.parts[:p.n]...) }

// Limit returns the single limit of p, and false when p is empty or
// composite.
func (p Period) Limit() (Limit, bool) {
	if p.n != 1 {
		return Limit{}, false
	}
	return p.parts[0], true
}

// String returns p's parts in canonical form joined by " + ", e.g. "1
// tháng + 15 ngày"; "" for the zero Period.
func (p Period) String() string {
	var b strings.Builder
	for i, l := range p.parts[:p.n] {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(l.String())
	}
	return b.String()
}

// English returns p in English, e.g. "1 month + 15 calendar days".
func (p Period) English() string {
	var b strings.Builder
	for i, l := range p.parts[:p.n] {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(l.English())
	}
	return b.String()
}

// sum returns the total of p in hundredths of its unit when every part has
// the same unit.
func (p Period) sum() (int64, Unit, bool) {
	if p.n == 0 {
		return 0, UnitUnknown, false
	}
	u := p.parts[0].unit
	var h int64
	for _, l := range p.parts[:p.n] {
		if l.unit != u {
			return 0, UnitUnknown, false
		}
		h += int64(l.hundredths)
	}
	return h, u, true
}

// Reading is what a time-limit text says, as [ReadLimit] reads it: the
// ordinary limit, the receipt cut-off it states, every alternative duration
// with the words of its condition, the per-agency breakdown, the event the
// count runs from, the points a person must decide, and the words that
// decided each part.
//
// A Reading is a value; its slices are its own and are not shared with
// other readings. The zero Reading says nothing.
type Reading struct {
	// Ordinary is the limit of the ordinary case; zero when the text states
	// only conditional or alternative durations.
	Ordinary Period `json:"ordinary"`

	// Cutoff is the receipt cut-off the text states ("nếu tiếp nhận sau 15
	// giờ" → 15:00): a dossier received at or after it is received on the
	// next working day ([ScheduleOptions.Cutoff]). Zero: none stated.
	Cutoff clock.Clock `json:"cutoff,omitzero"`

	// From is the event the ordinary limit is counted from; FromWords are
	// the text's words for it ("kể từ ngày nhận đủ hồ sơ hợp lệ"), empty
	// when the text names none. A limit with no words for its start is
	// assumed to run from receipt: right for a catalogue's time cell, far
	// less sure for a sentence of a law or a page, so such readings are the
	// ones to review first (the README gives the measure).
	From      Start  `json:"from,omitzero"`
	FromWords string `json:"from_words,omitempty"`

	// Alternatives are the other durations: conditional cases, ranges,
	// extensions, and durations stated without a condition beside another.
	Alternatives []Alternative `json:"alternatives,omitempty"`

	// Breakdown is the per-agency or per-step division of the ordinary
	// limit, in the text's order; see [Reading.BreakdownMatches].
	Breakdown []Share `json:"breakdown,omitempty"`

	// Concerns are what a person must decide before the text gives a
	// deadline (see [Reading.NeedsDecision]).
	Concerns []Concern `json:"concerns,omitempty"`

	// Why lists the words that decided each part of the reading.
	Why []Because `json:"why,omitempty"`
}

// Alternative is a duration other than the ordinary limit.
type Alternative struct {
	Kind AltKind `json:"kind"`
	// Period is the duration; for a range, its lower end.
	Period Period `json:"period"`
	// Upto is the upper end of a range ("6-8 ngày làm việc"); zero otherwise.
	Upto Period `json:"upto,omitzero"`
	// Condition is the text's words for when the alternative applies
	// ("trường hợp phức tạp", "đối với phương tiện thủy nội địa"); empty
	// for an alternative stated without one.
	Condition string `json:"condition,omitempty"`
	// From is the event this duration is counted from.
	From Start `json:"from,omitzero"`
}

// Duration writes the alternative's duration: its Period, or a range's
// both ends, "6 ngày làm việc – 8 ngày làm việc", for a person to read
// beside the case (Condition).
func (a Alternative) Duration() string { return a.duration(Period.String) }

// DurationEnglish is [Alternative.Duration] in English: "6 working days –
// 8 working days".
func (a Alternative) DurationEnglish() string { return a.duration(Period.English) }

func (a Alternative) duration(say func(Period) string) string {
	d := say(a.Period)
	if !a.Upto.IsZero() {
		d += " – " + say(a.Upto)
	}
	return d
}

// Share is one agency's or step's part of the ordinary limit.
type Share struct {
	// Who is the text's words for the agency or step ("Sở Nội vụ").
	Who    string `json:"who"`
	Period Period `json:"period"`
}

// Because records the words of the text that decided one part of a
// reading: Part names the part ("ordinary", "cutoff", "from",
// "alternative", "same", "breakdown", "excluded", "step", "concern"), Words
// quotes the text. "same" is a case that gives the ordinary limit again,
// counted from the same event ("Trường hợp không chấp nhận …, trong thời
// hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ, … có văn bản trả
// lời"): it changes no due date, so it is no alternative. "step" is one
// step's time named inside the ordinary limit ("10 ngày làm việc …, trong
// đó thời gian xác minh tại cơ sở không quá 05 ngày làm việc"): part of
// that time, not a breakdown that must add up, and no due date of its own.
type Because struct {
	Part  string `json:"part"`
	Words string `json:"words"`
}

// partNames names the parts of a reading in Vietnamese and English.
var partNames = map[string][2]string{
	"ordinary":    {"thời hạn thông thường", "ordinary limit"},
	"cutoff":      {"giờ chốt tiếp nhận", "receipt cut-off"},
	"from":        {"tính từ", "counted from"},
	"alternative": {"trường hợp khác", "alternative"},
	"same":        {"trường hợp cùng thời hạn", "case with the same limit"},
	"breakdown":   {"phân chia theo cơ quan", "breakdown by agency"},
	"excluded":    {"không tính", "not counted"},
	"step":        {"thời gian một bước trong thời hạn", "one step's time within the limit"},
	"concern":     {"cần quyết định", "to decide"},
}

// PartVietnamese names the part in Vietnamese ("thời hạn thông thường"),
// so that a Vietnamese rendering of a reading stays in one language; an
// unknown part is returned as it is.
func (b Because) PartVietnamese() string {
	if n, ok := partNames[b.Part]; ok {
		return n[0]
	}
	return b.Part
}

// PartEnglish names the part in English ("ordinary limit").
func (b Because) PartEnglish() string {
	if n, ok := partNames[b.Part]; ok {
		return n[1]
	}
	return b.Part
}

// Concern is a point a person must decide before a text gives a deadline.
type Concern struct {
	Kind ConcernKind `json:"kind"`
	// Words quotes the text, Detail explains.
	Words  string `json:"words,omitempty"`
	Detail string `json:"detail,omitempty"`
	err    error  // the ParseLimit sentinel
}

// Equal reports whether r and o say the same: the same ordinary limit,
// cut-off, starting event (kind), alternatives (kind, durations and
// condition), breakdown and concern kinds. The words quoted in FromWords,
// Why and concerns are not compared.
func (r Reading) Equal(o Reading) bool {
	if r.Ordinary != o.Ordinary || r.Cutoff != o.Cutoff || r.From != o.From ||
		len(r.Alternatives) != len(o.Alternatives) || len(r.Breakdown) != len(o.Breakdown) ||
		len(r.Concerns) != len(o.Concerns) {
		return false
	}
	for i := range r.Alternatives {
		if r.Alternatives[i] != o.Alternatives[i] {
			return false
		}
	}
	for i := range r.Breakdown {
		if r.Breakdown[i] != o.Breakdown[i] {
			return false
		}
	}
	for i := range r.Concerns {
		if r.Concerns[i].Kind != o.Concerns[i].Kind {
			return false
		}
	}
	return true
}

// BreakdownMatches reports whether the breakdown adds up to the ordinary
// limit: every share in the ordinary limit's unit and their sum equal to
// it, or, for a composite of parts in different units ("02 tháng và 15
// ngày làm việc, trong đó: a) … 02 tháng …; b) … 15 ngày làm việc …"), the
// shares are its parts in order. It is true when there is no breakdown.
func (r Reading) BreakdownMatches() bool {
	if len(r.Breakdown) == 0 {
		return true
	}
	total, u, ok := r.Ordinary.sum()
	if !ok {
		return r.sharesAreParts()
	}
	var h int64
	for _, s := range r.Breakdown {
		x, su, ok := s.Period.sum()
		if !ok || su != u {
			return false
		}
		h += x
	}
	return h == total
}

// NeedsDecision reports whether a person must decide before the text
// gives a deadline counted from receipt: it has concerns, or no ordinary
// limit, or an ordinary limit counted from another event. A duration the
// reader found to be no time limit ([ConcernNotALimit]: a minimum, a
// threshold, a posting or validity period) is reported beside an ordinary
// limit but asks nothing of a person: "Trong thời hạn 10 ngày …, Ngân hàng
// Nhà nước có văn bản chấp thuận tạm ngừng giao dịch từ 05 ngày làm việc"
// has the limit 10 days.
func (r Reading) NeedsDecision() bool {
	if r.Ordinary.IsZero() || r.From != FromReceipt {
		return true
	}
	for _, c := range r.Concerns {
		if c.Kind != ConcernNotALimit {
			return true
		}
	}
	return false
}

// Limit returns the ordinary limit when the text states exactly one limit
// counted from receipt, with nothing for a person to decide: a single
// part, no alternatives, no cut-off, no concern.
func (r Reading) Limit() (Limit, bool) {
	l, ok := r.Ordinary.Limit()
	if !ok || r.NeedsDecision() || len(r.Alternatives) > 0 || r.Cutoff != 0 {
		return Limit{}, false
	}
	return l, true
}

// sharesAreParts reports whether the breakdown's shares, one part each,
// are the ordinary composite's parts in order.
func (r Reading) sharesAreParts() bool {
	if !r.Ordinary.IsComposite() || len(r.Breakdown) != int(r.Ordinary.n) {
		return false
	}
	for i, s := range r.Breakdown {
		if s.Period.n != 1 || s.Period.parts[0] != r.Ordinary.parts[i] {
			return false
		}
	}
	return true
}
