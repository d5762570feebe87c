package main

import (
	"context"
	"html/template"
	"net/http"
	"strconv"
	"time"

	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
)

// cellView is one day of the year's calendar.
type cellView struct {
	Day      int
	Date     date.Date
	Blank    bool
	Class    string
	Lunar    string
	Label    string // for screen readers: the full date and what it is
	SpecialV string
	SpecialE string
}

type monthView struct {
	Month int
	Weeks [][]cellView
}

type calendarView struct {
	Year, Prev, Next int
	Months           []monthView
	Specials         []specJSON
	SpecialDates     []date.Date
	Projected        bool
}

// pageCalendar is the calendar of a year: working days, holidays,
// compensatory days, swapped days and lunar dates.
func (s *server) pageCalendar(w http.ResponseWriter, r *http.Request) {
	y, _, _ := s.today().Date()
	year, ae := intParam(r, "year", y, 1900, 2199)
	if ae != nil {
		year = y
	}
	first, last := s.cal.Span()
	fy, _, _ := first.Date()
	ly, _, _ := last.Date()
	year = max(min(year, ly), fy)
	en := r.FormValue("lang") == "en"
	v := calendarView{Year: year, Prev: year - 1, Next: year + 1}
	for m := 1; m <= 12; m++ {
		mv := monthView{Month: m}
		start := date.New(year, time.Month(m), 1)
		end := date.New(year, time.Month(m)+1, 1)
		week := make([]cellView, 0, 7)
		for i := 0; i < (int(start.Weekday())+6)%7; i++ {
			week = append(week, cellView{Blank: true})
		}
		for d := start; d < end; d++ {
			c := cellView{Day: d.Day(), Date: d, Class: "work"}
			dj, err := s.dayOf(d)
			if err == nil {
				if !dj.Working {
					c.Class = "rest"
				}
				if sp := dj.Special; sp != nil {
					c.Class = sp.Kind.String()
					if code, err := sp.Kind.MarshalText(); err == nil {
						c.Class = string(code)
					}
					c.SpecialV, c.SpecialE = sp.NameVI, sp.NameEN
					if sp.Projected {
						v.Projected = true
					}
				}
				if dj.LunarDay == 1 {
					c.Lunar = strconv.Itoa(dj.LunarDay) + "/" + strconv.Itoa(dj.LunarMon)
					if dj.LunarLeap {
						c.Lunar += "n"
					}
				} else if dj.LunarDay > 0 {
					c.Lunar = strconv.Itoa(dj.LunarDay)
				}
				c.Label = labelOf(d, dj, en)
			}
			week = append(week, c)
			if len(week) == 7 {
				mv.Weeks = append(mv.Weeks, week)
				week = make([]cellView, 0, 7)
			}
		}
		if len(week) > 0 {
			for len(week) < 7 {
				week = append(week, cellView{Blank: true})
			}
			mv.Weeks = append(mv.Weeks, week)
		}
		v.Months = append(v.Months, mv)
	}
	for _, sp := range s.cal.SpecialDays(date.New(year, 1, 1), date.New(year+1, 1, 1)) {
		v.Specials = append(v.Specials, specJSON{Kind: sp.Kind, NameVI: sp.NameVI, NameEN: sp.NameEN, Source: sp.Source, Projected: sp.Projected, DayOff: sp.IsDayOff()})
		v.SpecialDates = append(v.SpecialDates, sp.Date)
	}
	s.render(w, http.StatusOK, "calendar", newPage(r, "Lịch năm "+strconv.Itoa(year), "Calendar of "+strconv.Itoa(year), v), false)
}

// labelOf is what a screen reader says of a day.
func labelOf(d date.Date, dj dayJSON, en bool) string {
	if en {
		s := d.Format("Monday 2 January 2006")
		if dj.Lunar != "" {
			s += ", lunar " + dj.Lunar
		}
		if dj.Special != nil {
			s += ", " + dj.Special.NameEN
		}
		if !dj.Working {
			s += ", day off"
		}
		return s
	}
	s := weekdaysVI[d.Weekday()] + " " + d.Format("02/01/2006")
	if dj.Lunar != "" {
		s += ", âm lịch " + dj.Lunar
	}
	if dj.Special != nil {
		s += ", " + dj.Special.NameVI
	}
	if !dj.Working {
		s += ", ngày nghỉ"
	}
	return s
}

// dashboardView is the centre's dashboard.
type dashboardView struct {
	From, To   date.Date // the period, To exclusive (the form's fields)
	Last       date.Date // the period's last day, as the heading says it
	Total      figuresJSON
	ByField    template.HTML
	ByAgency   template.HTML
	ByChannel  template.HTML
	DueSoon    []dueJSON
	Overdue    int
	Score      *scorecard.Scorecard
	ScoreChart template.HTML
	// FactsFile and CentreFacts: the scorecard's facts beyond the dossiers
	// came from a file (-facts), and it gave the centre's own facts.
	FactsFile, CentreFacts bool
	Error                  string
}

// pageDashboard is the centre's dashboard for the month (or from/to):
// received, early, on time and late by field, agency and channel; the
// due-soon list; the scorecard.
func (s *server) pageDashboard(w http.ResponseWriter, r *http.Request) {
	en := r.FormValue("lang") == "en"
	p, ae := s.periodOr(r, s.today()-30, s.today()+1) // the last 30 days by default
	v := dashboardView{}
	if ae != nil {
		v.Error = ae.MessageVI
		if en {
			v.Error = ae.MessageEN
		}
		s.render(w, ae.Status, "dashboard", newPage(r, "Bảng tin trung tâm", "Centre dashboard", v), false)
		return
	}
	v.From, v.To, v.Last = p.From, p.To, p.To-1
	_, v.CentreFacts = s.cfg.Facts.unit("")
	v.FactsFile = s.cfg.Facts != nil
	ctx := r.Context()
	if err := s.fillDashboard(ctx, &v, p, en); err != nil {
		e := classify(err, "")
		v.Error = e.MessageVI
		if en {
			v.Error = e.MessageEN
		}
	}
	s.render(w, http.StatusOK, "dashboard", newPage(r, "Bảng tin trung tâm", "Centre dashboard", v), false)
}

// dashboardData are the dashboard's figures, cached by period and day.
type dashboardData struct {
	reports [3]reportJSON // by field, agency, channel
	due     []dueJSON
	overdue int
	score   scorecard.Scorecard
}

// maxDashboardDays bounds the dashboard's period: the page is public.
const maxDashboardDays = 366

// dashboardGroupings are the dashboard's charts.
var dashboardGroupings = [3]struct{ by, vi, en string }{
	{"field", "Theo lĩnh vực", "By field"}, {"agency", "Theo cơ quan", "By agency"}, {"channel", "Theo kênh", "By channel"},
}

// dashboard returns the figures of the public dashboard for p: from the
// cache when younger than dashboardStale, or when no write came since they
// were computed (and younger than figuresTTL), so that an anonymous
// request costs a map look-up, not a scan of the period and a replay of
// its dossiers.
func (s *server) dashboard(ctx context.Context, p dossierPeriod) (*dashboardData, error) {
	today := s.today()
	key := "dash/" + p.From.String() + "/" + p.To.String() + "/" + today.String()
	v, err := s.figures.get(ctx, key, s.generation, s.now(), dashboardStale, func() (any, error) {
		var out dashboardData
		for i, g := range dashboardGroupings {
			rep, err := s.report(ctx, p, g.by, "")
			if err != nil {
				return nil, err
			}
			out.reports[i] = rep
		}
		due, err := s.read.DueWithin(ctx, today, 2, storeFilter(20))
		if err != nil {
			return nil, err
		}
		out.due = dueView(due)
		late, err := s.read.Overdue(ctx, today, storeFilter(maxList))
		if err != nil {
			return nil, err
		}
		out.overdue = len(late)
		if out.score, err = s.computeScorecard(ctx, p, ""); err != nil {
			return nil, err
		}
		return &out, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*dashboardData), nil
}

func (s *server) fillDashboard(ctx context.Context, v *dashboardView, p dossierPeriod, en bool) error {
	if p.To-p.From > maxDashboardDays {
		return badRequest("to", "", "Kỳ của bảng tin tối đa 366 ngày", "The dashboard's period is at most 366 days")
	}
	d, err := s.dashboard(ctx, p)
	if err != nil {
		return err
	}
	for i, g := range dashboardGroupings {
		title := g.vi
		if en {
			title = g.en
		}
		chart := outcomeChart(title, d.reports[i].Groups, en)
		switch i {
		case 0:
			v.ByField = chart
		case 1:
			v.ByAgency = chart
		case 2:
			v.ByChannel = chart
		}
		v.Total = d.reports[i].Total
	}
	v.DueSoon = d.due
	v.Overdue = d.overdue
	sc := d.score
	v.Score = &sc
	v.ScoreChart = scoreChart(sc, en)
	return nil
}
