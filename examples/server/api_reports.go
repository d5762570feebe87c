package main

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
)

// maxList is the most rows a list endpoint returns.
const maxList = 500

// dueJSON is a dossier of the due-soon or overdue list.
type dueJSON struct {
	Code      dossier.Code `json:"code"`
	Procedure string       `json:"procedure"`
	Agency    string       `json:"agency"`
	Status    statusJSON   `json:"status"`
	Received  time.Time    `json:"received"`
	Due       date.Date    `json:"due"`
	Left      int          `json:"left"`
}

func dueView(ds []store.Due) []dueJSON {
	out := make([]dueJSON, 0, len(ds))
	for _, d := range ds {
		out = append(out, dueJSON{Code: d.Code, Procedure: d.Procedure, Agency: d.Agency, Status: statusOf(d.Status), Received: d.Received, Due: d.Due, Left: d.Left})
	}
	return out
}

// GET /api/v1/due-soon?days=n — the unit's open dossiers due within n
// working days.
func (s *server) apiDueSoon(w http.ResponseWriter, r *http.Request) {
	c, ae := s.authorize(r, roleProcess, roleReport)
	if ae != nil {
		writeError(w, ae, "")
		return
	}
	n, ae := intParam(r, "days", 2, 0, store.MaxWithin)
	if ae != nil {
		writeError(w, ae, "days")
		return
	}
	limit, ae := intParam(r, "limit", 100, 1, maxList)
	if ae != nil {
		writeError(w, ae, "limit")
		return
	}
	ds, err := s.read.DueWithin(r.Context(), s.today(), n, store.Filter{Unit: c.Unit, Limit: limit})
	if err != nil {
		writeError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"today": s.today(), "days": n, "dossiers": dueView(ds)})
}

// GET /api/v1/overdue — the unit's open dossiers past their due date.
func (s *server) apiOverdue(w http.ResponseWriter, r *http.Request) {
	c, ae := s.authorize(r, roleProcess, roleReport)
	if ae != nil {
		writeError(w, ae, "")
		return
	}
	limit, ae := intParam(r, "limit", 100, 1, maxList)
	if ae != nil {
		writeError(w, ae, "limit")
		return
	}
	ds, err := s.read.Overdue(r.Context(), s.today(), store.Filter{Unit: c.Unit, Limit: limit})
	if err != nil {
		writeError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"today": s.today(), "dossiers": dueView(ds)})
}

// period reads from and to (ISO dates, to exclusive); the current month
// when both are absent.
func (s *server) period(r *http.Request) (dossier.Period, *apiError) {
	t := s.today()
	y, m, _ := t.Date()
	return s.periodOr(r, date.New(y, m, 1), date.New(y, m+1, 1))
}

// periodOr reads from and to, defaulting to [from, to).
func (s *server) periodOr(r *http.Request, defFrom, defTo date.Date) (dossier.Period, *apiError) {
	from, ae := dateParam(r, "from", defFrom)
	if ae != nil {
		return dossier.Period{}, ae
	}
	to, ae := dateParam(r, "to", defTo)
	if ae != nil {
		return dossier.Period{}, ae
	}
	if from >= to || to-from > 3660 {
		return dossier.Period{}, badRequest("to", "", "Kỳ báo cáo không hợp lệ (từ < đến, tối đa 10 năm)", "Invalid period (from < to, at most ten years)")
	}
	return dossier.Period{From: from, To: to}, nil
}

var groupings = map[string]store.GroupBy{
	"": store.GroupNone, "none": store.GroupNone, "agency": store.GroupAgency, "procedure": store.GroupProcedure,
	"field": store.GroupField, "channel": store.GroupChannel,
}

// figuresJSON are a group's figures.
type figuresJSON struct {
	Key            string `json:"key"`
	Received       int64  `json:"received"`
	Online         int64  `json:"online"`
	CarriedOver    int64  `json:"carried_over"`
	Early          int64  `json:"early"`
	OnTime         int64  `json:"on_time"`
	Late           int64  `json:"late"`
	Pending        int64  `json:"pending"`
	PendingOverdue int64  `json:"pending_overdue"`
	Stopped        int64  `json:"stopped"`
	Refused        int64  `json:"refused"`
}

func figuresOf(k string, f dossier.Figures) figuresJSON {
	return figuresJSON{Key: k, Received: f.Received, Online: f.Online, CarriedOver: f.CarriedOver,
		Early: f.Resolved.Early, OnTime: f.Resolved.OnTime, Late: f.Resolved.Late,
		Pending: f.Pending, PendingOverdue: f.PendingOverdue, Stopped: f.Stopped, Refused: f.Refused}
}

// reportJSON is a period's report by one grouping.
type reportJSON struct {
	From   date.Date     `json:"from"`
	To     date.Date     `json:"to"`
	By     string        `json:"by"`
	Total  figuresJSON   `json:"total"`
	Groups []figuresJSON `json:"groups"`
}

// report is the report of p by g over the dossiers received by unit, or
// over the whole centre when unit is empty (the public dashboard). A
// clerk's report is always of the clerk's unit: a token never reads
// another unit's figures.
func (s *server) report(ctx context.Context, p dossier.Period, by, unit string) (reportJSON, error) {
	g := groupings[by]
	rep, err := s.read.ReportFor(ctx, p, g, store.Filter{Unit: unit})
	if err != nil {
		return reportJSON{}, err
	}
	out := reportJSON{From: p.From, To: p.To, By: by, Total: figuresOf("", rep.Total()), Groups: []figuresJSON{}}
	for k, f := range rep.All() {
		if g == store.GroupChannel {
			k = channelWords(k)
		}
		out.Groups = append(out.Groups, figuresOf(k, f))
	}
	return out, nil
}

// GET /api/v1/reports?from=…&to=…&by=agency|procedure|field|channel — the
// figures of the token's unit.
func (s *server) apiReport(w http.ResponseWriter, r *http.Request) {
	c, ae := s.authorize(r, roleReport)
	if ae != nil {
		writeError(w, ae, "")
		return
	}
	p, ae := s.period(r)
	if ae != nil {
		writeError(w, ae, ae.Field)
		return
	}
	by := r.URL.Query().Get("by")
	if _, ok := groupings[by]; !ok {
		writeError(w, badRequest("by", by, "Cách nhóm không hợp lệ (agency, procedure, field, channel)", "Unknown grouping (agency, procedure, field, channel)"), "by")
		return
	}
	out, err := s.report(r.Context(), p, by, c.Unit)
	if err != nil {
		writeError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// scorecard scores the dossiers of unit (every unit when empty) for p,
// from the cache when no write came since it was computed (or, with
// stale > 0, when it is younger than stale).
func (s *server) scorecard(ctx context.Context, p dossier.Period, unit string, stale time.Duration) (scorecard.Scorecard, error) {
	key := "score/" + unit + "/" + p.From.String() + "/" + p.To.String()
	v, err := s.figures.get(ctx, key, s.generation, s.now(), stale, func() (any, error) {
		return s.computeScorecard(ctx, p, unit)
	})
	if err != nil {
		return scorecard.Scorecard{}, err
	}
	return v.(scorecard.Scorecard), nil
}

// computeScorecard replays the dossiers of unit that p can count (not the
// whole store) and scores them.
func (s *server) computeScorecard(ctx context.Context, p dossier.Period, unit string) (scorecard.Scorecard, error) {
	t, err := scorecard.NewTally(p, s.cal)
	if err != nil {
		return scorecard.Scorecard{}, err
	}
	procs := map[string]bool{}
	online := map[string]bool{}
	err = s.read.EachInPeriod(ctx, p, store.Filter{Unit: unit}, func(rec store.Record) error {
		s.replays.Add(1)
		d := rec.Dossier
		h := d.Header()
		if unit != "" && h.ReceivingUnit != unit || d.Received().IsZero() {
			return nil
		}
		rd := date.NewAt(d.Received().In(s.sched.Zone()))
		if rd >= p.To {
			return nil
		}
		procs[h.Procedure.Code] = true
		if h.Channel.IsOnline() {
			online[h.Procedure.Code] = true
		}
		// As the dossier stood at the period's end: a closed month's score
		// does not change with what happened after it.
		sr, err := scorecard.FromDossierAsOf(d, s.sched, s.cfg.Facts.dossier(string(d.Code())), p.To)
		if err != nil {
			return err
		}
		return t.Add(sr)
	})
	if err != nil {
		return scorecard.Scorecard{}, err
	}
	u, ok := s.cfg.Facts.unit(unit)
	if !ok { // not supplied: what the dossiers show
		u = scorecard.UnitFacts{Procedures: len(procs)}
		for c := range online {
			u.OnlineProcedures = append(u.OnlineProcedures, c)
		}
		slices.Sort(u.OnlineProcedures)
	}
	return scorecard.Score(t, u, nil)
}

// GET /api/v1/scorecard?from=…&to=…
func (s *server) apiScorecard(w http.ResponseWriter, r *http.Request) {
	c, ae := s.authorize(r, roleReport)
	if ae != nil {
		writeError(w, ae, "")
		return
	}
	p, ae := s.period(r)
	if ae != nil {
		writeError(w, ae, ae.Field)
		return
	}
	sc, err := s.scorecard(r.Context(), p, c.Unit, 0)
	if err != nil {
		writeError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, sc)
}

// GET /api/v1/dossiers/{code}/national — the dossier as the national
// portal's synchronisation record (DongBoHoSoMC).
func (s *server) apiNational(w http.ResponseWriter, r *http.Request) {
	c, ae := s.authorize(r, roleProcess, roleReport)
	if ae != nil {
		writeError(w, ae, "")
		return
	}
	rec, err := s.loadForClerk(r.Context(), s.read, r, c)
	if err != nil {
		writeError(w, err, "code")
		return
	}
	d := rec.Dossier
	p, err := s.cat.Lookup(d.Header().Procedure.Code, date.NewAt(d.Received().In(s.sched.Zone())))
	if err != nil {
		writeError(w, err, "procedure")
		return
	}
	nr, err := s.exporter.Record(d, p, nil)
	if err != nil {
		writeError(w, err, "")
		return
	}
	writeJSON(w, http.StatusOK, nr)
}

// dossierPeriod is the period of a report.
type dossierPeriod = dossier.Period

// storeFilter is a filter of every unit with a row limit.
func storeFilter(limit int) store.Filter { return store.Filter{Limit: limit} }

// channelWords is the Vietnamese name of a channel as the store's report
// keys it (its wire code or its name).
func channelWords(k string) string {
	for _, ch := range procedure.Channels() {
		if b, _ := ch.MarshalText(); string(b) == k || ch.String() == k {
			return ch.Vietnamese()
		}
	}
	return k
}
