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
	From, To   date.Date
	Total      figuresJSON
	ByField    template.HTML
	ByAgency   template.HTML
	ByChannel  template.HTML
	DueSoon    []dueJSON
	Overdue    int
	Score      *scorecard.Scorecard
	ScoreChart template.HTML
	Error      string
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
	v.From, v.To = p.From, p.To
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

func (s *server) fillDashboard(ctx context.Context, v *dashboardView, p dossierPeriod, en bool) error {
	for _, g := range []struct {
		by  string
		out *template.HTML
		vi  string
		en  string
	}{{"field", &v.ByField, "Theo lĩnh vực", "By field"}, {"agency", &v.ByAgency, "Theo cơ quan", "By agency"}, {"channel", &v.ByChannel, "Theo kênh", "By channel"}} {
		rep, err := s.report(ctx, p, g.by, "")
		if err != nil {
			return err
		}
		v.Total = rep.Total
		title := g.vi
		if en {
			title = g.en
		}
		*g.out = outcomeChart(title, rep.Groups, en)
	}
	due, err := s.read.DueWithin(ctx, s.today(), 2, storeFilter(20))
	if err != nil {
		return err
	}
	v.DueSoon = dueView(due)
	late, err := s.read.Overdue(ctx, s.today(), storeFilter(maxList))
	if err != nil {
		return err
	}
	v.Overdue = len(late)
	sc, err := s.scorecard(ctx, p, "")
	if err != nil {
		return err
	}
	v.Score = &sc
	v.ScoreChart = scoreChart(sc, en)
	return nil
}
