package main

import (
	"fmt"
	"html"
	"html/template"
	"strings"

	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/scorecard"
	"github.com/shopspring/decimal"
)

// Colours of the charts, readable by people with red-green colour
// blindness (the Okabe–Ito palette).
const (
	colourEarly   = "#009E73"
	colourOnTime  = "#0072B2"
	colourLate    = "#D55E00"
	colourPending = "#999999"
)

// outcomeChart is a horizontal stacked bar per group: results early, on
// time and late, and the dossiers pending; rendered on the server as SVG,
// with a title and each bar's figures for screen readers.
func outcomeChart(title string, groups []figuresJSON, en bool) template.HTML {
	words := [4]string{"Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết"}
	if en {
		words = [4]string{"Early", "On time", "Late", "Pending"}
	}
	const labelW, barW, rowH, top = 210.0, 360.0, 26.0, 34.0
	var most int64 = 1
	for _, g := range groups {
		most = max(most, g.Early+g.OnTime+g.Late+g.Pending)
	}
	h := top + rowH*float64(max(len(groups), 1)) + 10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="t-%s" xmlns="http://www.w3.org/2000/svg">`, labelW+barW+60, h, idOf(title))
	fmt.Fprintf(&b, `<title id="t-%s">%s</title>`, idOf(title), html.EscapeString(title))
	x := labelW
	for i, c := range []string{colourEarly, colourOnTime, colourLate, colourPending} {
		fmt.Fprintf(&b, `<rect x="%.0f" y="6" width="12" height="12" fill="%s"/><text x="%.0f" y="16" font-size="12">%s</text>`, x, c, x+16, words[i])
		x += 90
	}
	if len(groups) == 0 {
		none := "Chưa có hồ sơ"
		if en {
			none = "No dossiers yet"
		}
		fmt.Fprintf(&b, `<text x="0" y="%.0f" font-size="13">%s</text>`, top+16, none)
	}
	for i, g := range groups {
		y := top + rowH*float64(i)
		key := g.Key
		if key == "" {
			key = "—"
		}
		fmt.Fprintf(&b, `<g><title>%s: %s %d, %s %d, %s %d, %s %d</title>`, html.EscapeString(key),
			words[0], g.Early, words[1], g.OnTime, words[2], g.Late, words[3], g.Pending)
		fmt.Fprintf(&b, `<text x="0" y="%.0f" font-size="13">%s</text>`, y+15, html.EscapeString(clip.String(key, 30)))
		x := labelW
		for j, n := range []int64{g.Early, g.OnTime, g.Late, g.Pending} {
			w := barW * float64(n) / float64(most)
			if w > 0 {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.0f" width="%.1f" height="18" fill="%s"/>`, x, y+2, w, []string{colourEarly, colourOnTime, colourLate, colourPending}[j])
			}
			x += w
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" font-size="12">%d</text></g>`, x+6, y+15, g.Early+g.OnTime+g.Late+g.Pending)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // every text above is escaped
}

// scoreChart is a bar per group of the scorecard: the points against the
// maximum.
func scoreChart(sc scorecard.Scorecard, en bool) template.HTML {
	const labelW, barW, rowH = 340.0, 300.0, 26.0
	h := rowH*float64(len(sc.Groups)) + 10
	title := "Điểm theo nhóm chỉ số"
	if en {
		title = "Points by group"
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="t-score" xmlns="http://www.w3.org/2000/svg"><title id="t-score">%s</title>`, labelW+barW+90, h, title)
	for i, g := range sc.Groups {
		y := rowH * float64(i)
		name := g.Group.Vietnamese()
		if en {
			name = g.Group.English()
		}
		pts, _ := g.Points.Float64()
		mx, _ := g.Max.Float64()
		w := 0.0
		if mx > 0 {
			w = barW * pts / mx
		}
		pv, mv := number(g.Points, en), number(g.Max, en)
		fmt.Fprintf(&b, `<g><title>%s: %s / %s</title><text x="0" y="%.0f" font-size="13">%s</text>`, html.EscapeString(name), pv, mv, y+15, html.EscapeString(clip.String(name, 42)))
		fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="%.0f" height="18" fill="#eeeeee"/><rect x="%.0f" y="%.0f" width="%.1f" height="18" fill="%s"/>`, labelW, y+2, barW, labelW, y+2, w, colourOnTime)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="12">%s / %s</text></g>`, labelW+barW+6, y+15, pv, mv)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// number writes d with the decimal separator of the page's language: a
// comma in Vietnamese ("69,82"), a point in English ("69.82"). The
// scorecard's points are below 1,000, so no grouping is needed.
func number(d decimal.Decimal, en bool) string {
	s := d.String()
	if en {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}

// idOf is an element ID made of the ASCII letters of s.
func idOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	return b.String()
}
