package sla_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/sla"
)

// corpusRow is one real text of testdata/limits with its hand label.
type corpusRow struct {
	file, text, kind, value, source string
	line                            int
}

// unescape undoes the TSV escapes \n, \t and \\.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case 't':
				b.WriteByte('\t')
				i++
				continue
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func loadCorpus(t testing.TB) []corpusRow {
	t.Helper()
	files, err := filepath.Glob("testdata/limits/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var rows []corpusRow
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64*1024), 64*1024)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "text\t") || line == "" {
				continue
			}
			c := strings.Split(line, "\t")
			if len(c) != 4 || c[3] == "" {
				t.Fatalf("%s:%d: want text, kind, value and a source", name, n)
			}
			rows = append(rows, corpusRow{file: filepath.Base(name), line: n, text: unescape(c[0]), kind: c[1], value: c[2], source: c[3]})
		}
		f.Close()
	}
	return rows
}

// TestReadLimitCorpus measures the reader on the real texts of
// testdata/limits (national portal, provincial portals, legal texts):
// at least 98 % of texts with one ordinary limit give the right due date,
// every text with alternatives is reported with alternatives and never as
// one limit, every text counted from another event is reported so, and
// composites and cut-offs read whole.
func TestReadLimitCorpus(t *testing.T) {
	rows := loadCorpus(t)
	if len(rows) < 300 {
		t.Fatalf("corpus has %d rows, want at least 300", len(rows))
	}
	s := vnSchedule(t)
	received := time.Date(2026, 9, 14, 16, 30, 0, 0, sla.VietnamZone)
	var single, singleOK int
	kinds := map[string]int{}
	for _, row := range rows {
		kinds[row.kind]++
		r, err := sla.ReadLimit(row.text)
		where := row.file + ":" + itoa(row.line)
		if err != nil {
			t.Errorf("%s: ReadLimit: %v", where, err)
			continue
		}
		switch row.kind {
		case "limit":
			single++
			want, err := sla.ParseLimit(row.value)
			if err != nil {
				t.Fatalf("%s: label %q: %v", where, row.value, err)
			}
			got, ok := r.Limit()
			if !ok {
				t.Logf("%s: want the limit %v, got %q (source %s)", where, want, r.String(), row.source)
				continue
			}
			dw, err1 := s.Deadline(received, want)
			dg, err2 := s.Deadline(received, got)
			if err1 == nil && err2 == nil && dw.Due() == dg.Due() {
				singleOK++
			} else {
				t.Logf("%s: due %v, want %v", where, dg.Due(), dw.Due())
			}
		case "alternatives":
			if len(r.Alternatives) == 0 {
				t.Errorf("%s: alternatives not reported: %q (source %s)", where, r.String(), row.source)
			}
			if _, ok := r.Limit(); ok {
				t.Errorf("%s: alternatives read as one limit", where)
			}
		case "event":
			other := r.From == sla.FromOtherEvent
			for _, a := range r.Alternatives {
				other = other || a.From == sla.FromOtherEvent
			}
			if !other {
				t.Errorf("%s: another event not reported: %q (source %s)", where, r.String(), row.source)
			}
			if _, ok := r.Limit(); ok {
				t.Errorf("%s: another event read as a limit from receipt", where)
			}
		case "composite":
			if r.Ordinary.String() != row.value || !r.Ordinary.IsComposite() {
				t.Errorf("%s: composite %q, want %q", where, r.Ordinary, row.value)
			}
		case "cutoff":
			ord, at, _ := strings.Cut(row.value, "@")
			if r.Ordinary.String() != ord || r.Cutoff.HhMm() != at {
				t.Errorf("%s: %q cut-off %v, want %s", where, r.Ordinary, r.Cutoff, row.value)
			}
		case "mismatch":
			if r.BreakdownMatches() || !r.NeedsDecision() {
				t.Errorf("%s: breakdown mismatch not reported", where)
			}
		case "none":
			if !r.Ordinary.IsZero() || !r.NeedsDecision() {
				t.Errorf("%s: %q, want nothing readable", where, r.String())
			}
		default:
			t.Fatalf("%s: unknown kind %q", where, row.kind)
		}
	}
	rate := float64(singleOK) / float64(single)
	t.Logf("corpus: %d rows %v; single limits right: %d/%d (%.1f %%)", len(rows), kinds, singleOK, single, 100*rate)
	if rate < 0.98 {
		t.Errorf("single-limit due dates right for %.1f %% of %d texts, want at least 98 %%", 100*rate, single)
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
