package sla_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
)

// layoutVariants are ways pages, exports and clipboards lay the same text
// out: cells parted by two spaces or a tab, no-break spaces from a browser,
// Windows line ends, list items indented, a clause quoted whole by a legal
// page, a line wrapped after a comma. None of them changes what the text
// says.
var layoutVariants = []struct {
	name string
	f    func(string) string
}{
	{"two spaces for one", func(s string) string { return strings.ReplaceAll(s, " ", "  ") }},
	{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
	{"tabs for spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\t") }},
	{"Windows line ends", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"indented lines", func(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }},
	{"quotation marks around it", func(s string) string { return "“" + s + "”" }},
	{"a line wrapped after its first comma", wrapAfterFirstComma},
}

// wrapAfterFirstComma breaks the line at the first comma that a word
// follows, as a page or a PDF wraps a long line: "… khu vực Thành
// phố,\nThị xã, Thị Trấn: Không quá 03 ngày làm việc." (A comma before a
// list's bullet, number or letter, "- ", "2.", "b)", is left: a new line
// there starts an item.)
func wrapAfterFirstComma(s string) string {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == ',' && s[i+1] == ' ' {
			c := s[i+2]
			if c == '-' || c == '+' || c == '*' || '0' <= c && c <= '9' || strings.HasPrefix(s[i+2:], "•") || strings.HasPrefix(s[i+2:], "–") ||
				i+3 < len(s) && (s[i+3] == ')' || s[i+3] == '.') {
				return s
			}
			return s[:i+1] + "\n" + s[i+2:]
		}
	}
	return s
}

// readingJSON is the reading of s as JSON, or its error's text: what the
// tests that compare two readings of one text compare.
func readingJSON(t *testing.T, s string) string {
	t.Helper()
	r, err := sla.ReadLimit(s)
	if err != nil {
		return "error: " + err.Error()
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// foldSpaces folds every run of white space (no-break spaces too) in the
// strings of a decoded JSON value to one space, so that readings compare by
// what they say, not by the layout of the words they quote.
func foldSpaces(v any) any {
	switch v := v.(type) {
	case string:
		return strings.Join(strings.Fields(strings.ReplaceAll(v, "\u00a0", " ")), " ")
	case []any:
		for i := range v {
			v[i] = foldSpaces(v[i])
		}
	case map[string]any:
		for k := range v {
			v[k] = foldSpaces(v[k])
		}
	}
	return v
}

// TestReadLimitLayoutDoesNotChangeReading reads every text of
// testdata/limits (tuning and held out) as written and in each of
// layoutVariants, and wants the same reading: the same limit, alternatives,
// breakdown, concerns and words, once the words' white space is folded.
// A failure names the file and line only, since held-out rows are read too.
func TestReadLimitLayoutDoesNotChangeReading(t *testing.T) {
	tuning, heldOut := corpusFiles(t)
	rows := loadCorpusFiles(t, append(tuning, heldOut...)...)
	show := func(s string) string {
		j := readingJSON(t, s)
		if strings.HasPrefix(j, "error: ") {
			return j
		}
		var v any
		if err := json.Unmarshal([]byte(j), &v); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(foldSpaces(v))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	step := 1
	if testing.Short() || raceDetector {
		step = 10 // every tenth row: one goroutine, nothing for the race detector to find
	}
	checked, differ := 0, make([]int, len(layoutVariants))
	for i := 0; i < len(rows); i += step {
		r := rows[i]
		if len(r.text)*2 > sla.MaxLimitTextBytes {
			continue // a variant may double the text's length
		}
		checked++
		want := show(r.text)
		for k, v := range layoutVariants {
			if show(v.f(r.text)) != want {
				differ[k]++
				if differ[k] <= 5 {
					t.Errorf("%s:%d: the text with %s reads otherwise", r.file, r.line, v.name)
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d texts checked", checked)
	}
	for k, v := range layoutVariants {
		if differ[k] > 0 {
			t.Errorf("%s: %d of %d texts read otherwise", v.name, differ[k], checked)
		}
	}
}

// TestReadLimitDaysOffAsideReadsAlike: an aside after "ngày làm việc" that
// only says days off do not count, "(không kể thứ Bảy, Chủ nhật)", "(không
// kể ngày nghỉ, lễ, tết)", "(trừ ngày nghỉ lễ, tết)", as catalogues add it,
// changes nothing the text says: every text of testdata/limits (tuning and
// held out) with each aside after its first "ngày làm việc" reads as
// without it (the words quoted may hold the aside). Before the weekend's
// days counted as days off in such an aside, 324 tuning texts read
// otherwise with the first ("Không quá 20 ngày làm việc (không kể thứ Bảy,
// Chủ nhật) đối với trường hợp …" lost its case). A failure names the file
// and line only, since held-out rows are read too.
func TestReadLimitDaysOffAsideReadsAlike(t *testing.T) {
	tuning, heldOut := corpusFiles(t)
	rows := loadCorpusFiles(t, append(tuning, heldOut...)...)
	asides := []string{"(không kể thứ Bảy, Chủ nhật)", "(không kể ngày nghỉ, lễ, tết)", "(trừ ngày nghỉ lễ, tết)", "(không tính thứ bảy, chủ nhật và ngày lễ)"}
	step := 1
	if testing.Short() || raceDetector {
		step = 10
	}
	checked, differ := 0, 0
	for i := 0; i < len(rows); i += step {
		r := rows[i]
		at := strings.Index(r.text, "ngày làm việc")
		if at < 0 || len(r.text)+64 > sla.MaxLimitTextBytes || strings.HasPrefix(r.text[at+len("ngày làm việc"):], " (") {
			continue
		}
		checked++
		a, errA := sla.ReadLimit(r.text)
		for _, aside := range asides {
			end := at + len("ngày làm việc")
			b, errB := sla.ReadLimit(r.text[:end] + " " + aside + r.text[end:])
			if (errA == nil) != (errB == nil) || readingShape(a) != readingShape(b) {
				differ++
				if differ <= 5 {
					t.Errorf("%s:%d: the text with %q after its first \"ngày làm việc\" reads otherwise", r.file, r.line, aside)
				}
			}
		}
	}
	if checked < 1000/step {
		t.Errorf("only %d texts checked", checked)
	}
	if differ > 0 {
		t.Errorf("%d readings of %d texts differ with an aside on days off", differ, checked)
	}
}
