package form

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/dossier"
	"github.com/rickb777/date/v2"
)

// The plain-text page: the two-column heading of Vietnamese administrative
// forms (the unit on the left; the national title, motto and place and date
// on the right), centred titles, and signature blocks side by side. Widths
// count characters, not bytes; combining marks (text not in NFC) count for
// nothing.
const pageWidth = 88

const (
	nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	nationalMotto = "Độc lập - Tự do - Hạnh phúc"
)

type page struct{ b strings.Builder }

func width(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}

func (p *page) line(s string) {
	p.b.WriteString(strings.TrimRight(s, " "))
	p.b.WriteByte('\n')
}

func (p *page) linef(format string, args ...any) { p.line(fmt.Sprintf(format, args...)) }

func (p *page) blank() { p.b.WriteByte('\n') }

func (p *page) center(s string) {
	pad := (pageWidth - width(s)) / 2
	p.line(strings.Repeat(" ", max(pad, 0)) + s)
}

// columns writes left and right side by side, each line of right centred
// in the right half and each line of left centred in the left half.
func (p *page) columns(left, right []string) {
	half := pageWidth / 2
	for i := range max(len(left), len(right)) {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		cell := func(s string) string {
			pad := max((half-width(s))/2, 0)
			return strings.Repeat(" ", pad) + s + strings.Repeat(" ", max(half-pad-width(s), 1))
		}
		out := ""
		if l != "" {
			out = cell(l)
		} else {
			out = strings.Repeat(" ", half)
		}
		if r != "" {
			out += strings.TrimRight(cell(r), " ")
		}
		p.line(out)
	}
}

// item writes a labelled line, wrapped at the page width with a hanging
// indent.
func (p *page) item(label, value string) { p.wrap(label+value, "    ") }

// wrap writes s wrapped at the page width; continuation lines start with
// indent. A date or a time ("ngày 05 tháng 02 năm 2026", "16 giờ 40 phút")
// is never split.
func (p *page) wrap(s, indent string) {
	words := units(strings.Fields(s))
	lead := leadingSpaces(s)
	cur := lead
	n := width(cur)
	for i, w := range words {
		if i > 0 && n+1+width(w) > pageWidth {
			p.line(cur)
			cur, n = indent+lead+w, width(indent)+width(lead)+width(w)
			continue
		}
		if i > 0 {
			cur += " "
			n++
		}
		cur += w
		n += width(w)
	}
	p.line(cur)
}

// units glues the words of dates and times into unbreakable units.
func units(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if k := len(out) - 1; k >= 0 && glues(out[k], w) {
			out[k] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// glues reports whether word w continues the date or time ending unit u:
// a number after "ngày", "tháng", "năm" or "giờ", or "tháng", "năm", "giờ"
// or "phút" after a number.
func glues(u, w string) bool {
	last := u[strings.LastIndexByte(u, ' ')+1:]
	bare := strings.TrimRight(w, ",.;:)")
	switch {
	case last == "ngày" || last == "tháng" || last == "năm" || last == "giờ":
		return isNumber(bare)
	case last == "phút,":
		return bare == "ngày"
	case isNumber(last):
		return bare == "tháng" || bare == "năm" || bare == "giờ" || bare == "phút"
	}
	return false
}

func isNumber(s string) bool {
	if s == "…" {
		return true
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func leadingSpaces(s string) string {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return s[:i]
}

func (p *page) String() string { return p.b.String() }

// heading writes the form number, the two-column heading and the title.
func (p *page) heading(k Kind, r dossier.Regime, o Office, on time.Time, title string) {
	if n, ok := k.Number(r); ok {
		p.line(strings.Repeat(" ", pageWidth-utf8.RuneCountInString("Mẫu số "+n)) + "Mẫu số " + n)
		p.line(strings.Repeat(" ", max(pageWidth-width("("+regimeText(r)+")"), 0)) + "(" + regimeText(r) + ")")
		p.blank()
	}
	var left []string
	if o.Parent != "" {
		left = append(left, strings.ToUpper(o.Parent))
	}
	left = append(left, strings.ToUpper(o.UnitName), "-------")
	d := date.Zero
	if !on.IsZero() {
		d = date.NewAt(on)
	}
	right := []string{nationalTitle, nationalMotto, "---------------", o.Place + ", " + DateVI(d)}
	p.columns(left, right)
	p.blank()
	p.center(strings.ToUpper(title))
}

// signatures writes signature blocks side by side: a title, the
// instruction in brackets, room to sign, and the name.
func (p *page) signatures(blocks ...signature) {
	p.blank()
	switch len(blocks) {
	case 1:
		b := blocks[0]
		p.columns(nil, []string{b.title, b.note, "", b.name})
	case 2:
		l, r := blocks[0], blocks[1]
		p.columns([]string{l.title, l.note, "", l.name}, []string{r.title, r.note, "", r.name})
	}
}

type signature struct{ title, note, name string }

const signNote = "(Ký và ghi rõ họ tên)"

// letterHead writes the top of a letter to the applicant: the heading, the
// dossier code, "Kính gửi", and the applicant's identification number (on
// the 2025 forms) and address.
func (p *page) letterHead(k Kind, r dossier.Regime, o Office, issued time.Time, code dossier.Code, a dossier.Applicant) {
	p.heading(k, r, o, issued, k.Title(r))
	p.center("Mã hồ sơ: " + string(code))
	p.blank()
	p.center("Kính gửi: " + addressee(a))
	p.blank()
	if r.FormsWithTime {
		p.item(idLabel(a), a.ID)
	}
	if a.Address != "" {
		p.item("Địa chỉ: ", a.Address)
	}
}

// slipHead writes the top of a slip the one-stop unit hands over (forms 02
// and 03): the heading, the dossier code if there is one, the unit, the
// applicant and the procedure asked for.
func (p *page) slipHead(k Kind, r dossier.Regime, o Office, issued time.Time, code dossier.Code, a dossier.Applicant, proc dossier.ProcedureRef) {
	p.heading(k, r, o, issued, k.Title(r))
	if code != "" {
		p.center("Mã hồ sơ: " + string(code))
	}
	p.blank()
	p.item("Bộ phận tiếp nhận và trả kết quả: ", o.UnitName)
	p.applicantLines(r, "Tiếp nhận hồ sơ của: ", a)
	p.item("Nội dung yêu cầu giải quyết: ", procedureText(proc))
}
