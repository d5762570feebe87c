package main

import (
	"net/http"

	"github.com/motcua/motcua/procedure"
)

// procedureJSON is a procedure as the API writes it.
type procedureJSON struct {
	Code         string            `json:"code"`
	Name         string            `json:"name"`
	Field        string            `json:"field"`
	Levels       []procedure.Level `json:"levels,omitempty"`
	Implementing []string          `json:"implementing,omitempty"`
	Channels     []channelJSON     `json:"channels"`
	Components   []componentJSON   `json:"components,omitempty"`
	LegalBasis   []string          `json:"legal_basis,omitempty"`
	Results      []string          `json:"results,omitempty"`
	Notes        string            `json:"notes,omitempty"`
}

type channelJSON struct {
	Channel   procedure.Channel `json:"channel"`
	NameVI    string            `json:"name_vi"`
	Statutory string            `json:"statutory,omitempty"`
	Committed string            `json:"committed,omitempty"`
	Note      string            `json:"note,omitempty"`
}

type componentJSON struct {
	Name        string                `json:"name"`
	Originals   int                   `json:"originals"`
	Copies      int                   `json:"copies"`
	Requirement procedure.Requirement `json:"requirement"`
}

func procedureView(p procedure.Procedure, full bool) procedureJSON {
	out := procedureJSON{Code: p.Code(), Name: p.Name(), Field: p.Field(), Levels: p.Levels(), Implementing: p.Implementing()}
	for _, tl := range p.Channels() {
		out.Channels = append(out.Channels, channelJSON{Channel: tl.Channel, NameVI: tl.Channel.Vietnamese(),
			Statutory: tl.StatutoryText, Committed: tl.CommittedText, Note: tl.Note})
	}
	if full {
		for _, c := range p.Components() {
			out.Components = append(out.Components, componentJSON{Name: c.Name, Originals: c.Originals, Copies: c.Copies, Requirement: c.Requirement})
		}
		out.LegalBasis, out.Results, out.Notes = p.LegalBasis(), p.Results(), p.Notes()
	}
	return out
}

// GET /api/v1/procedures?q=…&field=…&channel=…
func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	query := procedure.Query{Name: q.Get("q"), Field: q.Get("field")}
	if len(query.Name) > 200 || len(query.Field) > 200 {
		writeError(w, badRequest("q", query.Name, "Từ khoá quá dài", "Query too long"), "q")
		return
	}
	if ch := q.Get("channel"); ch != "" {
		if err := query.Channel.UnmarshalText([]byte(ch)); err != nil {
			writeError(w, badRequest("channel", ch, "Kênh không hợp lệ", "Unknown channel"), "channel")
			return
		}
	}
	on, ae := dateParam(r, "on", s.today())
	if ae != nil {
		writeError(w, ae, "on")
		return
	}
	query.On = on
	out := []procedureJSON{}
	for _, p := range s.cat.Search(query) {
		out = append(out, procedureView(p, false))
	}
	writeJSON(w, http.StatusOK, map[string]any{"procedures": out})
}

// GET /api/v1/procedures/{code}?on=…
func (s *server) apiProcedure(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	if !procedure.ValidCode(code) {
		writeError(w, badRequest("code", code, "Mã thủ tục không hợp lệ", "Malformed procedure code"), "code")
		return
	}
	on, ae := dateParam(r, "on", s.today())
	if ae != nil {
		writeError(w, ae, "on")
		return
	}
	p, err := s.cat.Lookup(code, on)
	if err != nil {
		writeError(w, err, "code")
		return
	}
	writeJSON(w, http.StatusOK, procedureView(p, true))
}
