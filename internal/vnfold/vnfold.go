package vnfold

import "unicode"

// letters maps precomposed Vietnamese lower-case letters to their base
// letter. The Icelandic eth 'ð' (U+00F0, capital 'Ð' U+00D0) folds as 'đ':
// it looks the same as the capital 'Đ' (U+0110), and texts decoded from
// Windows-1258 as if Latin-1, or typed with the wrong one, write "ÐIỀU",
// "Ðơn" with it (byte 0xD0 is 'Đ' in Windows-1258 and 'Ð' in Latin-1).
// No Vietnamese word uses the eth.
var letters = func() map[rune]rune {
	m := make(map[rune]rune, 80)
	for base, ls := range map[rune]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậ",
		'e': "èéẻẽẹêềếểễệ",
		'i': "ìíỉĩị",
		'o': "òóỏõọôồốổỗộơờớởỡợ",
		'u': "ùúủũụưừứửữự",
		'y': "ỳýỷỹỵ",
		'd': "đð",
	} {
		for _, r := range ls {
			m[r] = base
		}
	}
	return m
}()

// Rune folds one rune: lower-cased, and a Vietnamese letter with
// diacritics replaced by its base letter ('Ệ' → 'e', 'Đ' → 'd'). Other runes
// are only lower-cased.
func Rune(r rune) rune {
	r = unicode.ToLower(r)
	if b, ok := letters[r]; ok {
		return b
	}
	return r
}

// Ignorable reports whether r is dropped when folding: a combining mark
// (the diacritics of NFD text) or an invisible format character.
func Ignorable(r rune) bool {
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r)
}
