package vnfold

import "unicode"

// letters maps precomposed Vietnamese lower-case letters to their base
// letter.
var letters = func() map[rune]rune {
	m := make(map[rune]rune, 80)
	for base, ls := range map[rune]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậ",
		'e': "èéẻẽẹêềếểễệ",
		'i': "ìíỉĩị",
		'o': "òóỏõọôồốổỗộơờớởỡợ",
		'u': "ùúủũụưừứửữự",
		'y': "ỳýỷỹỵ",
		'd': "đ",
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
