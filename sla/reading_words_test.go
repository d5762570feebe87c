package sla

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// isNumberWord is a switch for speed; numberWords is the definition of the
// digit words. They must agree.
func TestIsNumberWordCoversNumberWords(t *testing.T) {
	for w := range numberWords {
		if !isNumberWord(w) {
			t.Errorf("isNumberWord(%q) = false, but numberWords has it", w)
		}
	}
	for _, w := range []string{"muoi", "tram", "linh", "le", "moi"} {
		if !isNumberWord(w) {
			t.Errorf("isNumberWord(%q) = false", w)
		}
	}
	for _, w := range []string{"ngay", "thang", "gio", "trong", "han", ""} {
		if isNumberWord(w) {
			t.Errorf("isNumberWord(%q) = true", w)
		}
	}
}

// decodeVietnamese must agree with the standard decoder on every input,
// valid or not.
func TestDecodeVietnameseMatchesUTF8(t *testing.T) {
	var inputs []string
	for r := rune(0x80); r < 0x2100; r++ {
		inputs = append(inputs, string(r)+"x")
	}
	for c := 0x80; c < 0x100; c++ {
		for _, tail := range []string{"", "\x80", "\xbf", "\xc0", "a", "\x80\x80", "\xbf\xbf", "\x80a", "\x80\xc0"} {
			inputs = append(inputs, string([]byte{byte(c)})+tail)
		}
	}
	for _, s := range inputs {
		gr, gn := decodeVietnamese(s, 0)
		wr, wn := utf8.DecodeRuneInString(s)
		if gr != wr || gn != wn {
			t.Fatalf("decodeVietnamese(%q) = %U, %d; utf8 says %U, %d", s, gr, gn, wr, wn)
		}
	}
}

func FuzzDecodeVietnamese(f *testing.F) {
	f.Add("ệờđ\xe1\x80")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] < utf8.RuneSelf {
				continue
			}
			gr, gn := decodeVietnamese(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if gr != wr || gn != wn {
				t.Fatalf("decodeVietnamese(%q, %d) = %U, %d; utf8 says %U, %d", s, i, gr, gn, wr, wn)
			}
		}
	})
}

// TestGluedCuts splits words whose syllables lost their spaces in a crawl
// (rows of testdata/limits: "nhậnđủhồ", "thờihạn", "sơđề", "nghịmiễn",
// "kểtừ", "hạngiải"), and leaves single syllables and other words whole.
func TestGluedCuts(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"nhanduho", "nhan du ho"},
		{"thoihan", "thoi han"},
		{"sode", "so de"},
		{"nghimien", "nghi mien"},
		{"ketu", "ke tu"},
		{"hangiai", "han giai"},
		{"thithoi", "thi thoi"},
		{"ngaylam", "ngay lam"},
		{"kiennghi", "kien nghi"},
		{"lapquy", "lap quy"},
		{"vecac", "ve cac"},
		{"nghieng", "nghieng"}, // one syllable, seven letters
		{"quyen", "quyen"},
		{"giai", "giai"},
		{"khuyu", "khuyu"},
		{"tthc", "tthc"},       // no vowel: left whole
		{"strasse", "strasse"}, // "str" is no initial: left whole
	} {
		cuts, n := gluedCuts(tc.in)
		var parts []string
		at := 0
		for k := 0; k < n; k++ {
			parts = append(parts, tc.in[at:cuts[k]])
			at = cuts[k]
		}
		parts = append(parts, tc.in[at:])
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("gluedCuts(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzGluedCuts: the cuts are increasing, inside the word, and every piece
// of a word that is cut has a vowel.
func FuzzGluedCuts(f *testing.F) {
	for _, s := range []string{"nhanduho", "hangiai", "aaaaaaaaaaaaaaaaaaaa", "qu", "giiiiai", "bababababababababa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		cuts, n := gluedCuts(w)
		if n == 0 {
			return // left whole
		}
		at := 0
		for k := 0; k <= n; k++ {
			end := len(w)
			if k < n {
				end = cuts[k]
			}
			if end <= at || end > len(w) {
				t.Fatalf("gluedCuts(%q): cuts %v", w, cuts[:n])
			}
			if strings.IndexAny(w[at:end], "aeiouy") < 0 {
				t.Fatalf("gluedCuts(%q): piece %q has no vowel", w, w[at:end])
			}
			at = end
		}
	})
}

// isVowelByte reads a table: it must hold the vowels a, e, i, o, u, y and
// nothing else.
func TestIsVowelByte(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		if got, want := isVowelByte(b), strings.IndexByte("aeiouy", b) >= 0; got != want {
			t.Errorf("isVowelByte(%q) = %v, want %v", b, got, want)
		}
	}
}

// asciiSeparator is a table for speed; isSeparator is the definition of a
// separator. They must agree on every ASCII byte.
func TestASCIISeparatorTableMatchesIsSeparator(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if asciiSeparator[c] != isSeparator(rune(c)) {
			t.Errorf("%q: table %v, isSeparator %v", rune(c), asciiSeparator[c], isSeparator(rune(c)))
		}
	}
}

// wordAt and words2 … words6 compare texts without the tokens' kinds: their
// words are letters only, which no number's or punctuation's text is. Every
// text of testdata/limits (held-out files included: only the tokens are
// looked at) is tokenized to check that, and that words2 … words6 agree with
// wordsAt, the definition, at every place, the text's edges included.
func TestWordsCompareWithoutKinds(t *testing.T) {
	files, err := filepath.Glob("testdata/limits/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	letters := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return false
			}
		}
		return s != ""
	}
	rows := 0
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			text, _, _ := strings.Cut(line, "\t")
			if text == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "text\t") || len(text) > MaxLimitTextBytes {
				continue
			}
			rows++
			f, _ := foldIndexed(text, nil, nil)
			toks := tokenize(&f, nil)
			for i, tk := range toks {
				if tk.kind != tokWord && letters(tk.text) {
					t.Fatalf("%s: token %d %q of kind %d is letters only", filepath.Base(name), i, tk.text, tk.kind) // (one token, no row)
				}
			}
			for i := -1; i <= len(toks); i++ {
				w := func(k int) string { // the text at i+k, or a letter word no token has
					if j := i + k; j >= 0 && j < len(toks) && letters(toks[j].text) {
						return toks[j].text
					}
					return "zz"
				}
				a, b, c, d, e, g := w(0), w(1), w(2), w(3), w(4), w(5)
				if words2(toks, i, a, b) != wordsAt(toks, i, a, b) || words3(toks, i, a, b, c) != wordsAt(toks, i, a, b, c) ||
					words4(toks, i, a, b, c, d) != wordsAt(toks, i, a, b, c, d) || words5(toks, i, a, b, c, d, e) != wordsAt(toks, i, a, b, c, d, e) ||
					words6(toks, i, a, b, c, d, e, g) != wordsAt(toks, i, a, b, c, d, e, g) || wordAt(toks, i, a) != wordsAt(toks, i, a) {
					t.Fatalf("%s: words2 … words6 disagree with wordsAt at token %d of a row", filepath.Base(name), i) // (no text: held-out rows are read too)
				}
			}
		}
	}
	if rows < 10000 {
		t.Fatalf("read %d rows, want the whole corpus", rows)
	}
}
