package sla

import (
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
