package liaison

import (
	"strconv"
	"strings"
)

// Mermaid renders the route as a Mermaid flowchart, for documentation:
// one node per step labelled with its name, agency and budget (a step that
// pauses the clock is drawn as a stadium and marked "dừng đếm"), an edge per
// predecessor, and the critical path in the class "critical". Node names are
// n0, n1… in step order, so arbitrary step IDs are safe; quotes and angle
// brackets in labels are escaped. The output ends with a newline and is
// deterministic.
func (r *Route) Mermaid() string {
	if r == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString("%% ")
	b.WriteString(mermaidComment(r.code))
	if r.name != "" {
		b.WriteString(" — ")
		b.WriteString(mermaidComment(r.name))
	}
	b.WriteString(" (")
	b.WriteString(r.total.String())
	b.WriteString(")\nflowchart LR\n")
	for i, s := range r.steps {
		b.WriteString("    n")
		b.WriteString(strconv.Itoa(i))
		open, close := `["`, `"]`
		if s.PausesClock {
			open, close = `(["`, `"])`
		}
		b.WriteString(open)
		b.WriteString(mermaidText(s.Name))
		b.WriteString("<br/>")
		agency := s.Agency
		if agency == "" {
			agency = "người nộp"
		}
		b.WriteString(mermaidText(agency))
		b.WriteString(" · ")
		b.WriteString(s.Budget.String())
		if s.PausesClock {
			b.WriteString(" · dừng đếm")
		}
		b.WriteString(close)
		b.WriteString("\n")
	}
	for i := range r.steps {
		for _, p := range r.preds[i] {
			b.WriteString("    n")
			b.WriteString(strconv.Itoa(p))
			b.WriteString(" --> n")
			b.WriteString(strconv.Itoa(i))
			b.WriteString("\n")
		}
	}
	b.WriteString("    classDef critical stroke-width:3px\n    class ")
	for k, i := range r.crit {
		if k > 0 {
			b.WriteString(",")
		}
		b.WriteString("n")
		b.WriteString(strconv.Itoa(i))
	}
	b.WriteString(" critical\n")
	return b.String()
}

var mermaidEscaper = strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;", "\n", " ", "\r", " ")

func mermaidText(s string) string { return mermaidEscaper.Replace(s) }

func mermaidComment(s string) string { return strings.NewReplacer("\n", " ", "\r", " ").Replace(s) }
