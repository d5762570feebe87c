package sla

import (
	"strconv"
	"strings"
)

// String returns the canonical Vietnamese text of r: the ordinary limit
// with its breakdown and starting event, the cut-off, then each
// alternative, separated by "; ". [ReadLimit] reads it back to a reading
// [Reading.Equal] to r. For example:
//
//	15 ngày làm việc; trường hợp phải xác minh thì 25 ngày làm việc
//	Trong ngày; trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ
//	7 ngày (Sở Nội vụ: 3 ngày; UBND cấp xã: 4 ngày)
func (r Reading) String() string {
	var clauses []string
	if !r.Ordinary.IsZero() {
		var b strings.Builder
		b.WriteString(r.Ordinary.String())
		if r.From == FromOtherEvent {
			b.WriteString(" ")
			b.WriteString(r.FromWords)
		}
		if len(r.Breakdown) > 0 {
			b.WriteString(" (")
			for i, s := range r.Breakdown {
				if i > 0 {
					b.WriteString("; ")
				}
				b.WriteString(s.Who)
				b.WriteString(": ")
				b.WriteString(s.Period.String())
			}
			b.WriteString(")")
		}
		clauses = append(clauses, b.String())
	}
	if r.Cutoff != 0 {
		c := "trong ngày làm việc tiếp theo nếu tiếp nhận sau " + strconv.Itoa(r.Cutoff.Hour()) + " giờ"
		if m := r.Cutoff.Minute(); m != 0 {
			c += " " + strconv.Itoa(m) + " phút"
		}
		clauses = append(clauses, c)
	}
	for i := 0; i < len(r.Alternatives); i++ {
		a := r.Alternatives[i]
		if a.Kind == AltUnstated && a.Condition == "hoặc" && i+1 < len(r.Alternatives) && r.Alternatives[i+1].Condition == "hoặc" {
			clauses = append(clauses, a.text()+" hoặc "+r.Alternatives[i+1].text())
			i++
			continue
		}
		clauses = append(clauses, a.text())
	}
	for _, c := range r.Concerns {
		if c.Kind == ConcernUnreadable && c.Words != "" {
			clauses = append(clauses, c.Words)
		}
	}
	return strings.Join(clauses, "; ")
}

// text writes one alternative: its condition, then its duration.
func (a Alternative) text() string {
	var d string
	switch a.Kind {
	case AltRange:
		lo, _ := a.Period.Limit()
		hi, _ := a.Upto.Limit()
		d = formatAmount(lo.hundredths, ',') + "-" + hi.String()
	case AltExtension:
		if a.Period.IsZero() {
			return a.Condition
		}
		d = "được kéo dài không quá " + a.Period.String()
	default:
		d = a.Period.String()
	}
	if a.From == FromOtherEvent {
		d += " kể từ ngày khác" // a placeholder event: not receipt
	}
	if a.Condition != "" && a.Condition != "hoặc" {
		return a.Condition + " thì " + d
	}
	return d
}

// MarshalText implements [encoding.TextMarshaler] with [Period.String]; the
// zero Period is an empty text.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: parts in the
// canonical form of [Limit.UnmarshalText] joined by " + ", or an empty text
// for the zero Period. On error *p is unchanged.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	var out Period
	for part := range strings.SplitSeq(string(b), " + ") {
		var l Limit
		if int(out.n) == MaxPeriodParts {
			return &LimitError{Func: "Period.UnmarshalText", Input: string(b), Err: ErrLimitSyntax, detail: "more than " + strconv.Itoa(MaxPeriodParts) + " parts"}
		}
		if err := l.UnmarshalText([]byte(part)); err != nil {
			return &LimitError{Func: "Period.UnmarshalText", Input: string(b), Err: ErrLimitSyntax, detail: "not a canonical period such as \"1 tháng + 15 ngày\""}
		}
		out.parts[out.n] = l
		out.n++
	}
	*p = out
	return nil
}
