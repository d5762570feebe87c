package sla

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The key-word flag is an optimisation: scan and attach pass over words
// that start none of their phrases. Every real text of the tuning corpus
// must read exactly the same when every word is treated as a key word, so
// that a phrase added later with a first word missing from isKeyWord fails
// here rather than being silently skipped.
func TestKeyWordsOnlySaveWork(t *testing.T) {
	readsAlikeWithout(t, "the key-word flag", func(on bool) { everyWordKey = !on })
}

// readsAlikeWithout reads every text of the tuning corpus (the held-out
// files are not even opened) with an optimisation on and off (set turns it
// on or off) and fails on any reading that differs: the slow path is the
// oracle the fast one must agree with.
func readsAlikeWithout(t *testing.T, what string, set func(on bool)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "limits", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	n := 0
	for _, name := range files {
		if strings.HasPrefix(filepath.Base(name), "heldout") {
			continue // held out: not even read here
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 64<<10)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "text\t") {
				continue
			}
			text, _, _ := strings.Cut(line, "\t")
			text = strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`).Replace(text)
			fast, err1 := ReadLimit(text)
			set(false)
			slow, err2 := ReadLimit(text)
			set(true)
			if fmt.Sprintf("%+v %v", fast, err1) != fmt.Sprintf("%+v %v", slow, err2) {
				t.Errorf("%s: %.60q reads differently without %s:\n with %+v\n  all %+v", name, text, what, fast, slow)
			}
			n++
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if n < 1000 {
		t.Fatalf("read %d texts, want the whole tuning corpus", n)
	}
}

// isKeyWord lists the number words in its own switch rather than asking
// isNumberWord: every number word must be a key word.
func TestNumberWordsAreKeyWords(t *testing.T) {
	words := []string{"muoi", "tram", "linh", "le", "moi"} // the words between numberWords' digits
	for w := range numberWords {
		words = append(words, w)
	}
	for _, w := range words {
		if !isNumberWord(w) {
			t.Errorf("%q: no number word", w)
		}
		if !isKeyWord(w) {
			t.Errorf("number word %q is no key word", w)
		}
	}
}
