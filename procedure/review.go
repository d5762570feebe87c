package procedure

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2/clock"
)

// LimitReview is the reading of one procedure's time limit on one channel,
// as [ReviewLimits] gives it.
type LimitReview struct {
	// Code, Name and Channel say which limit this is.
	Code    string  `json:"code"`
	Name    string  `json:"name"`
	Channel Channel `json:"channel"`
	// Text is the catalogue's statutory text; Note the channel's note.
	Text string `json:"text"`
	Note string `json:"note,omitempty"`
	// Reading is what the text says (see [sla.ReadLimit]); NoteReading
	// what the note says about durations, when it states any.
	Reading     sla.Reading  `json:"reading"`
	NoteReading *sla.Reading `json:"note_reading,omitempty"`
	// Decide lists, in Vietnamese and English, what a person must decide
	// before a dossier gets its deadline from this limit; empty when
	// nothing.
	Decide []string `json:"decide,omitempty"`
}

// LimitsReview is a review of every time limit of a catalogue: per
// procedure and channel the reading, and the list a person must decide.
// It is a value; write it with [LimitsReview.String] or
// [LimitsReview.MarshalJSON].
type LimitsReview struct {
	Items []LimitReview `json:"items"`
}

// ReviewLimits reads the time limit of every procedure of c on every
// channel, in the version in force last (abolished codes are skipped), in
// code and channel order.
//
// A limit is listed for a person to decide when the text states only
// alternatives with no ordinary case, counts from another event than
// receipt, has a breakdown that does not add up, a duration the reader
// cannot count, or states a cut-off different from the procedure's; and
// when the channel's note states other durations (conditions, extensions)
// that the statutory text does not.
func ReviewLimits(c *Catalog) LimitsReview {
	var out LimitsReview
	if c == nil {
		return out
	}
	for _, code := range c.Codes() {
		vs := c.Versions(code)
		if len(vs) == 0 || vs[len(vs)-1].Abolished {
			continue
		}
		p := vs[len(vs)-1].Procedure
		cut, hasCut := p.Cutoff()
		if !hasCut {
			cut = 0
		}
		for _, ch := range p.Channels() {
			out.Items = append(out.Items, reviewText(p.Code(), p.Name(), ch, &cut))
		}
	}
	return out
}

// reviewText reads one channel's limit; cut is the procedure's cut-off (nil
// when unknown, zero when it has none).
func reviewText(code, name string, t TimeLimit, cut *clock.Clock) LimitReview {
	it := LimitReview{Code: code, Name: name, Channel: t.Channel, Text: t.StatutoryText, Note: t.Note}
	add := func(vi, en string) { it.Decide = append(it.Decide, vi+" / "+en) }
	if t.StatutoryText == "" {
		add("không có thời hạn", "no time limit stated")
		return it
	}
	r, err := sla.ReadLimit(t.StatutoryText)
	if err != nil {
		add("không đọc được thời hạn", err.Error())
		return it
	}
	it.Reading = r
	for _, c := range r.Concerns {
		switch c.Kind {
		case sla.ConcernNoOrdinary:
			add("không có thời hạn thông thường, chỉ có các trường hợp", "no ordinary limit: "+c.Detail)
		case sla.ConcernOtherEvent:
			add("tính từ sự kiện khác, không từ ngày nhận hồ sơ: "+c.Words, "counted from another event than receipt")
		case sla.ConcernBreakdownMismatch:
			add("thời hạn từng cơ quan không khớp tổng thời hạn", c.Detail)
		case sla.ConcernUnreadable:
			add("không tính được: "+c.Words, c.Detail)
		case sla.ConcernNotALimit:
			add("không phải thời hạn giải quyết (thời hạn tối thiểu, niêm yết hoặc hiệu lực): "+c.Words, c.Detail)
		}
	}
	if r.Ordinary.IsComposite() {
		add("thời hạn gồm nhiều phần, tính nối tiếp: "+r.Ordinary.String(), "a composite limit, counted part after part (sla.Schedule.DueOf)")
	}
	if r.Cutoff != 0 {
		if cut == nil || *cut != r.Cutoff {
			add("văn bản nêu giờ chốt "+r.Cutoff.HhMm()+" khác với thủ tục", "the text states a cut-off at "+r.Cutoff.HhMm()+" that the procedure does not")
		}
	}
	if len(r.Alternatives) > 0 && !r.Ordinary.IsZero() {
		add("có thời hạn khác theo trường hợp", fmt.Sprintf("%d alternative duration(s) beside the ordinary limit", len(r.Alternatives)))
	}
	if t.Note != "" {
		if nr, err := sla.ReadLimit(t.Note); err == nil && len(nr.Alternatives) > 0 {
			it.NoteReading = &nr
			add("ghi chú nêu thời hạn khác theo trường hợp", fmt.Sprintf("the note states %d other duration(s)", len(nr.Alternatives)))
		}
	}
	return it
}

// Decide returns the reviews a person must decide, in order.
func (r LimitsReview) Decide() []LimitReview {
	var out []LimitReview
	for _, it := range r.Items {
		if len(it.Decide) > 0 {
			out = append(out, it)
		}
	}
	return out
}

// String writes the review as text: one line per procedure and channel
// with its reading, then the list to decide, each with its reasons and the
// other durations its text and its note state (kind, duration, case,
// whether counted from another event).
func (r LimitsReview) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Thời hạn giải quyết / Time limits: %d\n", len(r.Items))
	for _, it := range r.Items {
		reading := it.Reading.String()
		if reading == "" {
			reading = "—"
		}
		fmt.Fprintf(&b, "%s %s: %s\n", it.Code, it.Channel, reading)
	}
	d := r.Decide()
	fmt.Fprintf(&b, "\nCần quyết định / To decide: %d\n", len(d))
	for _, it := range d {
		fmt.Fprintf(&b, "%s %s (%s)\n  văn bản / text: %q\n", it.Code, it.Channel, it.Name, it.Text)
		for _, why := range it.Decide {
			fmt.Fprintf(&b, "  - %s\n", why)
		}
		writeAlternatives(&b, "", it.Reading.Alternatives)
		if it.NoteReading != nil {
			fmt.Fprintf(&b, "  ghi chú / note: %q\n", it.Note)
			writeAlternatives(&b, "  ", it.NoteReading.Alternatives)
		}
	}
	return b.String()
}

// writeAlternatives writes a reading's alternatives, one a line, for the
// person deciding: the kind, the duration (a range's both ends), the
// case's words and, when it is so, that it is counted from another event,
// Vietnamese first. "theo trường hợp / conditional: 30 ngày làm việc —
// trường hợp phức tạp".
func writeAlternatives(b *strings.Builder, indent string, alts []sla.Alternative) {
	for _, a := range alts {
		fmt.Fprintf(b, "%s    %s / %s: %s", indent, a.Kind.Vietnamese(), a.Kind, a.Duration())
		if a.Condition != "" {
			fmt.Fprintf(b, " — %s", a.Condition)
		}
		if a.From == sla.FromOtherEvent {
			b.WriteString(" (tính từ sự kiện khác / counted from another event)")
		}
		b.WriteByte('\n')
	}
}

// MarshalJSON writes the review as JSON, indented.
func (r LimitsReview) MarshalJSON() ([]byte, error) {
	type plain LimitsReview
	return json.MarshalIndent(plain(r), "", "  ")
}
