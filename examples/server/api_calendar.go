package main

import (
	"net/http"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func vietnam() *time.Location { return sla.VietnamZone }

// today is the day in Vietnam.
func (s *server) today() date.Date { return date.NewAt(s.now().In(s.sched.Zone())) }

// dayJSON is one day of the calendar as the API writes it.
type dayJSON struct {
	Date      date.Date `json:"date"`
	Weekday   string    `json:"weekday"`
	WeekdayVI string    `json:"weekday_vi"`
	Working   bool      `json:"working"`
	Special   *specJSON `json:"special,omitempty"`
	Lunar     string    `json:"lunar,omitempty"`
	LunarDay  int       `json:"lunar_day,omitempty"`
	LunarMon  int       `json:"lunar_month,omitempty"`
	LunarLeap bool      `json:"lunar_leap,omitempty"`
}

type specJSON struct {
	Kind      holiday.Kind `json:"kind"`
	NameVI    string       `json:"name_vi"`
	NameEN    string       `json:"name_en"`
	Source    string       `json:"source,omitempty"`
	Projected bool         `json:"projected,omitempty"`
	DayOff    bool         `json:"day_off"`
}

var weekdaysVI = [...]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// dayOf describes day d: working or not, its special day, its lunar date.
func (s *server) dayOf(d date.Date) (dayJSON, error) {
	if !s.cal.Contains(d) {
		return dayJSON{}, holiday.ErrOutOfSpan
	}
	out := dayJSON{Date: d, Weekday: d.Weekday().String(), WeekdayVI: weekdaysVI[d.Weekday()], Working: s.cal.IsWorkingDay(d)}
	if sp, ok := s.cal.Special(d); ok {
		out.Special = &specJSON{Kind: sp.Kind, NameVI: sp.NameVI, NameEN: sp.NameEN, Source: sp.Source, Projected: sp.Projected, DayOff: sp.IsDayOff()}
	}
	if l, err := lunar.FromSolar(d); err == nil {
		out.Lunar, out.LunarDay, out.LunarMon, out.LunarLeap = l.String(), l.Day, l.Month, l.Leap
	}
	return out, nil
}

// GET /api/v1/calendar/working-day?date=2026-02-16
func (s *server) apiWorkingDay(w http.ResponseWriter, r *http.Request) {
	d, ae := dateParam(r, "date", 0)
	if ae != nil {
		writeError(w, ae, "date")
		return
	}
	out, err := s.dayOf(d)
	if err != nil {
		writeError(w, err, "date")
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// GET /api/v1/calendar/add-working-days?date=…&days=n
func (s *server) apiAddWorkingDays(w http.ResponseWriter, r *http.Request) {
	d, ae := dateParam(r, "date", 0)
	if ae != nil {
		writeError(w, ae, "date")
		return
	}
	n, ae := requiredInt(r, "days", -3660, 3660)
	if ae != nil {
		writeError(w, ae, "days")
		return
	}
	res, err := s.cal.AddWorkingDays(d, n)
	if err != nil {
		writeError(w, err, "date")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"date": d, "days": n, "result": res})
}

// monthJSON is a month's grid: its days, Monday first, with the days of
// the weeks around it left out.
type monthJSON struct {
	Year  int       `json:"year"`
	Month int       `json:"month"`
	Days  []dayJSON `json:"days"`
}

func (s *server) month(y, m int) (monthJSON, error) {
	first := date.New(y, time.Month(m), 1)
	last := date.New(y, time.Month(m)+1, 1)
	out := monthJSON{Year: y, Month: m, Days: make([]dayJSON, 0, 31)}
	for d := first; d < last; d++ {
		dj, err := s.dayOf(d)
		if err != nil {
			return monthJSON{}, err
		}
		out.Days = append(out.Days, dj)
	}
	return out, nil
}

// GET /api/v1/calendar/month?year=2026&month=2
func (s *server) apiMonth(w http.ResponseWriter, r *http.Request) {
	y, ae := requiredInt(r, "year", 1900, 2199)
	if ae != nil {
		writeError(w, ae, "year")
		return
	}
	m, ae := requiredInt(r, "month", 1, 12)
	if ae != nil {
		writeError(w, ae, "month")
		return
	}
	out, err := s.month(y, m)
	if err != nil {
		writeError(w, err, "year")
		return
	}
	writeJSON(w, http.StatusOK, out)
}
