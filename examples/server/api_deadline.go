package main

import (
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// skippedJSON is a day between receipt and due date that was not counted,
// with its reason in words.
type skippedJSON struct {
	Date     date.Date      `json:"date"`
	Reason   sla.SkipReason `json:"reason"`
	ReasonVI string         `json:"reason_vi"`
	ReasonEN string         `json:"reason_en"`
}

// deadlineJSON is the answer of the deadline endpoint.
type deadlineJSON struct {
	Received      time.Time     `json:"received"`
	Text          string        `json:"text,omitempty"`
	Procedure     string        `json:"procedure,omitempty"`
	Channel       string        `json:"channel,omitempty"`
	ReceiptDay    date.Date     `json:"receipt_day"`
	Due           date.Date     `json:"due"`
	At            time.Time     `json:"at"`
	AfterCutoff   bool          `json:"after_cutoff"`
	Skipped       []skippedJSON `json:"skipped"`
	ExplanationVI string        `json:"explanation_vi,omitempty"`
	ExplanationEN string        `json:"explanation_en,omitempty"`
	Reading       *sla.Reading  `json:"reading,omitempty"`
}

// deadlineInput is what the calculator and the endpoint take: a limit text,
// or a procedure and a channel; and the receipt instant.
type deadlineInput struct {
	Text, Procedure, Channel, Received string
}

// deadline counts the due date of in: the reading of the text (the
// procedure's committed text, else its statutory text), the due date, and
// each day not counted with its reason. The field of the error names the
// offending input.
func (s *server) deadline(in deadlineInput) (deadlineJSON, string, error) {
	received, ae := instantParam(in.Received, "received", s.now())
	if ae != nil {
		return deadlineJSON{}, "received", ae
	}
	out := deadlineJSON{Received: received.In(s.sched.Zone()), Text: in.Text}
	field := "limit"
	switch {
	case in.Text != "" && in.Procedure != "":
		return out, "limit", badRequest("limit", "", "Nhập thời hạn hoặc thủ tục, không cả hai", "Give a limit text or a procedure, not both")
	case in.Procedure != "":
		field = "procedure"
		if len(in.Procedure) > 64 {
			return out, field, badRequest("procedure", in.Procedure, "Mã thủ tục quá dài", "Procedure code too long")
		}
		var ch procedure.Channel
		if err := ch.UnmarshalText([]byte(in.Channel)); err != nil {
			return out, "channel", badRequest("channel", in.Channel, "Kênh không hợp lệ (direct, postal, online_full, online_partial)",
				"Unknown channel (direct, postal, online_full, online_partial)")
		}
		p, err := s.cat.Lookup(in.Procedure, date.NewAt(out.Received))
		if err != nil {
			return out, field, err
		}
		tl, ok := p.Limit(ch)
		if !ok {
			return out, "channel", &apiError{Status: http.StatusUnprocessableEntity, Code: "channel_not_offered", Field: "channel",
				MessageVI: "Thủ tục không thực hiện qua kênh này", MessageEN: "The procedure is not offered on this channel"}
		}
		out.Procedure, out.Channel = p.Code(), in.Channel
		out.Text = tl.CommittedText
		if out.Text == "" {
			out.Text = tl.StatutoryText
		}
		if out.Text == "" {
			return out, field, &apiError{Status: http.StatusUnprocessableEntity, Code: "no_limit", Field: field,
				MessageVI: "Thủ tục không quy định thời hạn cho kênh này", MessageEN: "The procedure states no time limit for this channel"}
		}
	case in.Text == "":
		return out, "limit", badRequest("limit", "", "Nhập thời hạn hoặc chọn thủ tục", "Give a limit text or a procedure")
	}
	reading, err := sla.ReadLimit(out.Text)
	if err != nil {
		return out, field, err
	}
	out.Reading = &reading
	if l, ok := reading.Limit(); ok {
		d, err := s.sched.Deadline(received, l)
		if err != nil {
			return out, "received", err
		}
		e, err := s.sched.Explain(d)
		if err != nil {
			return out, "received", err
		}
		out.ReceiptDay, out.Due, out.At, out.AfterCutoff = d.ReceiptDay(), d.Due(), d.At(), d.AfterCutoff()
		out.ExplanationVI, out.ExplanationEN = e.Vietnamese(), e.English()
		out.Skipped = make([]skippedJSON, 0, len(e.Skipped))
		for _, sk := range e.Skipped {
			out.Skipped = append(out.Skipped, skipped(sk.Date, sk.Reason, sk.Special))
		}
		return out, "", nil
	}
	pd, err := s.sched.DueOfReading(received, reading)
	if err != nil {
		return out, field, err
	}
	out.ReceiptDay, out.Due, out.At = pd.ReceiptDay, pd.Due, pd.At
	out.AfterCutoff = reading.Cutoff != 0 && out.ReceiptDay != date.NewAt(out.Received)
	out.Skipped = []skippedJSON{}
	for d := pd.ReceiptDay + 1; d <= pd.Due; d++ {
		if s.cal.IsWorkingDay(d) {
			continue
		}
		if sp, ok := s.cal.Special(d); ok && sp.IsDayOff() {
			out.Skipped = append(out.Skipped, skipped(d, sla.SkipSpecial, sp))
		} else {
			out.Skipped = append(out.Skipped, skipped(d, sla.SkipWeekend, holiday.SpecialDay{}))
		}
	}
	return out, "", nil
}

// skipped is a skipped day with its reason in words.
func skipped(d date.Date, why sla.SkipReason, sp holiday.SpecialDay) skippedJSON {
	out := skippedJSON{Date: d, Reason: why}
	switch why {
	case sla.SkipSpecial:
		out.ReasonVI, out.ReasonEN = sp.NameVI, sp.NameEN
	case sla.SkipWeekend:
		out.ReasonVI, out.ReasonEN = "Ngày nghỉ hằng tuần ("+weekdaysVI[d.Weekday()]+")", "Weekly rest day ("+d.Weekday().String()+")"
	default:
		out.ReasonVI, out.ReasonEN = "Thời gian tạm dừng", "Paused"
	}
	return out
}

// GET /api/v1/deadline?limit=…|procedure=…&channel=…&received=…
func (s *server) apiDeadline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	in := deadlineInput{Text: q.Get("limit"), Procedure: q.Get("procedure"), Channel: q.Get("channel"), Received: q.Get("received")}
	// A deadline from a given instant is a pure function of the inputs
	// over the server's fixed calendar: answers are kept and resent.
	key := ""
	if in.Received != "" && len(in.Text)+len(in.Procedure)+len(in.Channel)+len(in.Received) < 512 {
		key = in.Text + "\x00" + in.Procedure + "\x00" + in.Channel + "\x00" + in.Received
		if b, ok := s.answers.get(key); ok {
			writeRaw(w, http.StatusOK, b)
			return
		}
	}
	out, field, err := s.deadline(in)
	if err != nil {
		writeError(w, err, field)
		return
	}
	b, err := json.Marshal(out)
	if err != nil {
		writeError(w, err, "")
		return
	}
	b = append(b, '\n')
	if key != "" {
		s.answers.put(key, b)
	}
	writeRaw(w, http.StatusOK, b)
}

// GET /api/v1/limit-reading?text=…
func (s *server) apiReading(w http.ResponseWriter, r *http.Request) {
	text := r.URL.Query().Get("text")
	if text == "" {
		writeError(w, badRequest("text", "", "Thiếu văn bản thời hạn", "Missing limit text"), "text")
		return
	}
	rd, err := sla.ReadLimit(text)
	if err != nil {
		writeError(w, err, "text")
		return
	}
	l, simple := rd.Limit()
	out := map[string]any{"text": text, "reading": rd, "summary": rd.String(), "needs_decision": rd.NeedsDecision(), "simple": simple}
	if simple {
		out["limit"] = l
	}
	writeJSON(w, http.StatusOK, out)
}

// answerCache keeps up to maxAnswers encoded answers; when full it starts
// again empty, so its memory is bounded. Safe for concurrent use.
type answerCache struct {
	mu sync.RWMutex
	m  map[string][]byte
}

const maxAnswers = 4096

func (c *answerCache) get(k string) ([]byte, bool) {
	c.mu.RLock()
	b, ok := c.m[k]
	c.mu.RUnlock()
	return b, ok
}

func (c *answerCache) put(k string, b []byte) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxAnswers {
		c.m = make(map[string][]byte, 256)
	}
	c.m[k] = b
	c.mu.Unlock()
}
