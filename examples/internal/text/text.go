package text

import (
	"fmt"
	"io"
	"strings"

	"github.com/rickb777/date/v2"
)

// Printer writes either the Vietnamese or the English of each message.
type Printer struct {
	W  io.Writer
	EN bool
}

// F prints vi or en with args.
func (p Printer) F(vi, en string, args ...any) {
	if p.EN {
		fmt.Fprintf(p.W, en, args...)
	} else {
		fmt.Fprintf(p.W, vi, args...)
	}
}

// Pick returns vi or en.
func (p Printer) Pick(vi, en string) string {
	if p.EN {
		return en
	}
	return vi
}

var weekdaysVI = [...]string{"CN", "T2", "T3", "T4", "T5", "T6", "T7"}

// Weekday returns d's short weekday name: "T2" (thứ Hai) or "Mon".
func Weekday(d date.Date, en bool) string {
	if en {
		return d.Weekday().String()[:3]
	}
	return weekdaysVI[d.Weekday()]
}

// Clip shortens s to n characters, with an ellipsis.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Wrap wraps s into lines of at most width characters; continuation lines
// start with indent, which is not counted in width.
func Wrap(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		wl := len([]rune(word))
		if i > 0 && n+1+wl > width {
			b.WriteString("\n" + indent)
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += wl
	}
	return b.String()
}
