package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// parsePages parses each page with the layout.
func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"monthEN": func(m int) string { return time.Month(m).String() },
		"vndate": func(d date.Date) string {
			if d == 0 {
				return ""
			}
			return d.Format("02/01/2006")
		},
		"vntime": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(vietnam()).Format("15:04 02/01/2006")
		},
		"iso": func(d date.Date) string { return d.String() },
	}
	out := map[string]*template.Template{}
	layout, err := templateFS.ReadFile("templates/layout.html")
	if err != nil {
		return nil, err
	}
	for _, name := range []string{"home", "track", "deadline", "calendar", "dashboard"} {
		body, err := templateFS.ReadFile("templates/" + name + ".html")
		if err != nil {
			return nil, err
		}
		for i, lang := range []string{"vi", "en"} {
			t := template.New("layout.html").Funcs(funcs)
			if _, err := t.Parse(translate(string(layout), i)); err != nil {
				return nil, err
			}
			if _, err := t.New(name + ".html").Parse(translate(string(body), i)); err != nil {
				return nil, err
			}
			out[name+"/"+lang] = t
		}
	}
	return out, nil
}

// textPair is a {{.T "Vietnamese" "English"}} action of a template.
var textPair = regexp.MustCompile(`\{\{\$?\.T ("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*")\}\}`)

// translate writes each {{.T "vi" "en"}} of a template as the literal text
// of language i (0: Vietnamese, 1: English), so that a page's fixed words
// cost nothing when it is rendered. The texts are the templates' own:
// trusted, and without quotes or markup.
func translate(src string, i int) string {
	return textPair.ReplaceAllStringFunc(src, func(m string) string {
		g := textPair.FindStringSubmatch(m)
		s, err := strconv.Unquote(g[1+i])
		if err != nil {
			return m
		}
		return s
	})
}

// page is what every page's template gets: the language, the title, the
// link that switches language, and the page's own data.
type page struct {
	Lang   string
	Title  string
	Path   string
	Toggle string
	Data   any
}

// T picks the text of the page's language.
func (p page) T(vi, en string) string {
	if p.Lang == "en" {
		return en
	}
	return vi
}

// Num writes d with the decimal separator of the page's language (see
// number).
func (p page) Num(d decimal.Decimal) string { return number(d, p.Lang == "en") }

// EN reports whether the page is in English.
func (p page) EN() bool { return p.Lang == "en" }

// newPage reads the language of r (Vietnamese unless lang=en) and builds
// the link to the other language.
func newPage(r *http.Request, titleVI, titleEN string, data any) page {
	lang := r.FormValue("lang")
	if lang != "en" {
		lang = "vi"
	}
	q := url.Values{}
	for k, v := range r.URL.Query() {
		if k != "lang" && len(v) > 0 {
			q.Set(k, v[0])
		}
	}
	other := "en"
	if lang == "en" {
		other = "vi"
	}
	q.Set("lang", other)
	p := page{Lang: lang, Path: r.URL.Path, Toggle: r.URL.Path + "?" + q.Encode(), Data: data}
	p.Title = p.T(titleVI, titleEN)
	return p
}

// render writes page name with status; a citizen's page is never cached.
func (s *server) render(w http.ResponseWriter, status int, name string, p page, private bool) {
	var buf bytes.Buffer
	if err := s.pages[name+"/"+p.Lang].Execute(&buf, p); err != nil {
		log.Printf("server: rendering %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if private {
		h.Set("Cache-Control", "no-store")
		h.Set("Pragma", "no-cache")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// static serves the embedded style sheet.
func (s *server) static(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(staticFS, "static")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.StripPrefix("/static/", http.FileServerFS(sub)).ServeHTTP(w, r)
}

func (s *server) pageHome(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "home", newPage(r, "Trung tâm Phục vụ hành chính công", "Public administration service centre", nil), false)
}

// trackView is what the tracking page shows.
type trackView struct {
	Code, ID string
	Asked    bool
	Refused  bool
	Limited  bool
	Invalid  string
	Dossier  *dossierJSON
	Apology  *apologyView
}

// apologyView is the apology letter (form 04) as the tracking page shows
// it, with the texts of the dossier's own regime: Decree 61/2018/NĐ-CP Art.
// 19(9) and Circular 01/2018/TT-VPCP for a dossier received before 1 July
// 2025, Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP after.
type apologyView struct {
	At      time.Time
	Reason  string
	OldDue  date.Date
	NewDue  date.Date
	Agency  string
	Late    bool
	BasisVI string // the legal basis, e.g. "Điều 19 khoản 9 Nghị định 61/2018/NĐ-CP; mẫu 04 Thông tư 01/2018/TT-VPCP"
	BasisEN string
}

// Maximum lengths of the tracking form's fields.
const (
	maxTrackCode = 64
	maxTrackID   = 20
)

// pageTrack is the citizen's tracking page: GET shows the form, POST looks
// the dossier up. Code and ID must both match; an unknown code and a wrong
// ID give the same page after the same work (a decoy dossier is loaded
// and compared when the code names none).
func (s *server) pageTrack(w http.ResponseWriter, r *http.Request) {
	v := trackView{}
	status := http.StatusOK
	if r.Method == http.MethodPost {
		v.Asked = true
		v.Code = strings.TrimSpace(r.PostFormValue("code"))
		v.ID = strings.TrimSpace(r.PostFormValue("id"))
		switch {
		case !s.track.Allow(clientOf(r)):
			v.Limited, status = true, http.StatusTooManyRequests
		case v.Code == "" || v.ID == "" || len(v.Code) > maxTrackCode || len(v.ID) > maxTrackID:
			v.Invalid, status = "missing", http.StatusBadRequest
		default:
			d, ok := s.lookupTracked(r.Context(), v.Code, v.ID)
			if !ok {
				v.Refused, status = true, http.StatusNotFound
			} else {
				view := s.dossierView(d)
				v.Dossier = &view
				v.Apology = apologyOf(d.Dossier, view.Late)
			}
		}
		v.ID = "" // never echo the ID back into the page
	}
	s.render(w, status, "track", newPage(r, "Tra cứu hồ sơ", "Track a dossier", v), true)
}

// lookupTracked loads the dossier of code if id is its applicant's. Both
// failures do the same work: a whole dossier loaded (the decoy when the
// code names none; a miss on the code's index costs little beside it) and
// a constant-time comparison of the IDs' hashes.
func (s *server) lookupTracked(ctx context.Context, code, id string) (store.Record, bool) {
	var rec store.Record
	var err error
	if _, _, _, perr := dossier.ParseCode(code); perr == nil {
		rec, err = s.read.LoadByCode(ctx, dossier.Code(code))
	} else {
		err = perr
	}
	found := err == nil
	if !found && s.cfg.Decoy != "" {
		var derr error
		if rec, derr = s.read.Load(ctx, s.cfg.Decoy); derr == nil {
			s.trackLoads.Add(1)
		}
	} else if found {
		s.trackLoads.Add(1)
	}
	want := sha256.Sum256([]byte(rec.Dossier.Header().Applicant.ID))
	got := sha256.Sum256([]byte(id))
	match := subtle.ConstantTimeCompare(want[:], got[:]) == 1
	if !found || !match {
		return store.Record{}, false
	}
	return rec, true
}

// apologyOf is the apology letter of d, if it has one.
func apologyOf(d dossier.Dossier, late bool) *apologyView {
	for _, e := range d.Events() {
		if e.Kind == dossier.EventApologised {
			v := &apologyView{At: e.At, Reason: e.Reason, OldDue: d.Timeline().OriginalDue(), NewDue: e.NewDue, Agency: agencyName(d.Header().Agency, e.At), Late: late}
			// The regime names its texts; the form's number is form's.
			rg := d.Regime()
			n, _ := form.KindApology.Number(rg)
			v.BasisVI = rg.Texts + "; mẫu " + n
			v.BasisEN = rg.Texts + "; form " + n
			return v
		}
	}
	return nil
}

// deadlineView is what the calculator shows.
type deadlineView struct {
	In         deadlineInput
	Procedures []procedure.Procedure
	Channels   []procedure.Channel
	Result     *deadlineJSON
	Error      *apiError
}

// pageDeadline is the clerk's deadline calculator.
func (s *server) pageDeadline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := deadlineView{
		In:         deadlineInput{Text: q.Get("limit"), Procedure: q.Get("procedure"), Channel: q.Get("channel"), Received: q.Get("received")},
		Procedures: s.cat.Search(procedure.Query{On: s.today()}),
		Channels:   procedure.Channels(),
	}
	status := http.StatusOK
	if v.In.Text != "" || v.In.Procedure != "" {
		if v.In.Text != "" {
			v.In.Procedure = "" // the text wins when both are given
		}
		out, field, err := s.deadline(v.In)
		if err != nil {
			v.Error = classify(err, field)
			status = v.Error.Status
		} else {
			v.Result = &out
		}
	}
	if v.In.Received == "" {
		v.In.Received = s.now().In(vietnam()).Format("2006-01-02T15:04")
	}
	s.render(w, status, "deadline", newPage(r, "Tính hạn giải quyết", "Deadline calculator", v), false)
}

// agencyName is the agency's name in the sample registry on the day, for a
// citizen's page; its code when the registry does not know it.
func agencyName(code string, at time.Time) string {
	if a, err := sample.Registry().Lookup(code, date.NewAt(at.In(vietnam()))); err == nil && a.Name != "" {
		return a.Name
	}
	return code
}
