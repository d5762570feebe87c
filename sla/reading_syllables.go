package sla

// Glued syllables. Texts copied from crawled pages sometimes lose the
// spaces between words ("kể từ ngày nhậnđủhồ sơ hợp lệ", "thờihạn",
// "hồ sơđề nghịmiễn"); every phrase the reader looks for is then missed.
// A Vietnamese syllable has one vowel group, so a folded word with two or
// more is several syllables glued together (or a foreign word: only words
// with a Vietnamese letter in the original are split). Between two vowel
// groups the consonants are the first syllable's final (c, ch, m, n, ng,
// nh, p, t or none) and the next one's initial; the split chosen is the
// first, from the shortest final, whose initial and next vowel group are
// valid ("hạngiải" is "hạn giải", since "iai" is no vowel group while
// "gi" + "ai" is). Where two splits are valid the shorter final wins
// ("thìthời" is "thì thời"); "chínhảnh" reads as "chí nhảnh", which no
// rule can tell from the letters alone.

// maxGluedSyllables bounds the pieces of one word: longer words are left
// whole.
const maxGluedSyllables = 8

// isVowelByte reports whether the folded letter c is a vowel. One load
// from a table, not a chain of comparisons: it is asked of every letter of
// most words (severalVowelGroups).
func isVowelByte(c byte) bool { return vowelBytes[c] }

var vowelBytes = [256]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}

func isFinalConsonants(s string) bool {
	switch s {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

func isInitialConsonants(s string) bool {
	switch s {
	case "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q",
		"r", "s", "t", "th", "tr", "v", "x":
		return true
	}
	return false
}

// isVowelGroup reports whether v (folded) is the vowel group of a syllable.
func isVowelGroup(v string) bool {
	switch v {
	case "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi",
		"ua", "ue", "ui", "uo", "uu", "uy", "ya", "ye", "ieu", "oai", "oao", "oay", "oeo", "uay", "uoi", "uou",
		"uya", "uye", "uyu", "yeu":
		return true
	}
	return false
}

// syllableOK reports whether the initial ini and the vowel group v can
// start a syllable: "qu" and "gi" take the group's first letter.
func syllableOK(ini, v string) bool {
	switch {
	case ini == "q":
		return len(v) > 1 && v[0] == 'u' && isVowelGroup(v[1:])
	case ini == "g" && len(v) > 1 && v[0] == 'i':
		return isVowelGroup(v[1:]) || isVowelGroup(v)
	case ini == "" || isInitialConsonants(ini):
		return isVowelGroup(v)
	}
	return false
}

// gluedCuts returns where the folded word w splits into syllables (the
// offsets of the second piece on), and how many cuts; 0 when w is one
// syllable or cannot be read as several.
func gluedCuts(w string) (cuts [maxGluedSyllables - 1]int, n int) {
	// The vowel groups, at most maxGluedSyllables of them.
	var gs, ge [maxGluedSyllables]int
	groups := 0
	for i := 0; i < len(w); {
		if !isVowelByte(w[i]) {
			i++
			continue
		}
		if groups == maxGluedSyllables {
			return cuts, 0
		}
		j := i
		for j < len(w) && isVowelByte(w[j]) {
			j++
		}
		gs[groups], ge[groups] = i, j
		groups++
		i = j
	}
	if groups < 2 || !syllableOK(w[:gs[0]], w[gs[0]:ge[0]]) || !isFinalConsonants(w[ge[groups-1]:]) {
		return cuts, 0
	}
	for g := 0; g+1 < groups; g++ {
		c := w[ge[g]:gs[g+1]] // the consonants between two groups
		next := w[gs[g+1]:ge[g+1]]
		k := 0
		for ; k <= len(c); k++ {
			if isFinalConsonants(c[:k]) && c[k:] != "" && syllableOK(c[k:], next) {
				break
			}
		}
		if k > len(c) {
			return cuts, 0
		}
		cuts[n] = ge[g] + k
		n++
	}
	return cuts, n
}

// severalVowelGroups reports whether the folded word w has two vowel
// groups or more: the cheap test before gluedCuts, which most words fail.
func severalVowelGroups(w string) bool {
	groups, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowelByte(w[i])
		if v && !in {
			groups++
		}
		in = v
	}
	return groups > 1
}
