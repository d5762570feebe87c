package sla

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vnfold"
)

// tokKind classifies a token of folded text.
type tokKind uint8

const (
	tokWord  tokKind = iota // run of letters
	tokNum                  // run of digits, optionally with one decimal part
	tokPunct                // any other single rune; a line break is "\n"
)

// token is one lexical unit of folded (lower-case, diacritic-free) text.
//
// Offsets fit in 16 bits: the reader refuses texts over MaxLimitTextBytes,
// and folding never makes a text more than half as long again.
type token struct {
	text  string // folded word or raw number text; the rune for punctuation
	at    uint16 // byte offset of the token in the folded text
	end   uint16 // byte offset just after it
	sent  uint16 // sentence number (reader.sentences)
	stop  uint16 // index of the next sentence end or "(" at or after it
	thi   uint16 // index of the next "thì" of its sentence at or after it, or 0xFFFF
	kind  tokKind
	space bool // whitespace (or the start of the text) precedes it
	date  bool // a number that is part of a date in words (markDateParts)
	key   bool // a word that starts a phrase the reader looks for (isKeyWord), or a number word
	ends  bool // punctuation that ends a sentence (reader.isSentenceEnd; set by tokenize)
}

// everyWordKey marks every word a key word: the reader then compares every
// word against every phrase, as it did before the flag. Tests set it to
// check that the flag only saves work (TestKeyWordsOnlySaveWork).
var everyWordKey = false

// isKeyWord reports whether a folded word can start a phrase that scan,
// attach or a condition look for ("trong ngày", "kể từ", "trường hợp",
// "hoặc", "thì", …) or is a number word. Most words of a text are none of
// these; scan and attach pass over them on this one flag instead of
// comparing each against every phrase.
func isKeyWord(w string) bool { return wordClassOf(w)&classKey != 0 }

// wordClass marks what tokenize must know of a word, read in one search:
// a key word (isKeyWord), a word sameWords looks at, or both ("khi").
type wordClass uint8

const (
	classKey  wordClass = 1 << iota // isKeyWord
	classSame                       // sameWords may write it in another form
	classHalf                       // a half in words, "rưỡi" or "nửa" (readHalves)
	classCue                        // a word of a count's cue said in more words: "tính", "được", "sau", "thời gian", "mà" (countCueWords), or "với" (caseWithWords)
)

// wordClassOf returns the classes of the folded word w. Every word of a
// text asks it, so it must stay inlined: a word joins an existing case
// rather than a case of its own (a new case took it to cost 82 of the
// compiler's budget of 80 and cost 150 instructions a read; check with
// -gcflags=-m=2, READING_SPEED.md).
func wordClassOf(w string) wordClass {
	switch w {
	case "trong", "ngay", "ke", "keo", "gia", "khong", "hoac", "thi", "truoc",
		"dau", "tang", "truong", "doi", "neu", "dai", "quy", "tuong", "vao", "het", "tru",
		// The number words (isNumberWord), in the same switch: one search
		// for every word of a text rather than two.
		"mot", "hai", "ba", "bon", "nam", "lam", "bay", "tam", "chin", "muoi", "tram", "linh", "le", "moi":
		return classKey
	case "tinh", "sau", "ma", "tu", "voi":
		return classKey | classCue
	case "khi", "tiep":
		return classKey | classSame
	case "duoc":
		return classSame | classCue
	case "gian":
		return classCue
	case "hoi", "qua", "so", "diem", "la", "khoang", "dinh", "the", "luc":
		return classSame
	case "ruoi", "nua":
		return classHalf
	}
	return 0
}

// folded is a text folded for reading, with the way back to the original:
// orig[i] is the byte offset in the original text of folded byte i, and
// orig[len(text)] is the original's length.
type folded struct {
	src  string
	text string
	orig []uint16

	story bool // a person named by one capital letter ("ông A", "bà Q", "đồng chí H"): a worked example (tokenize, personNamed)
}

// span returns the original text of the folded bytes [from, to), trimmed of
// spaces and of the punctuation that only separates ("," ";" ":" "-").
func (f *folded) span(from, to uint16) string {
	if from >= to {
		return ""
	}
	raw := f.src[f.orig[from]:f.orig[to]]
	i, j := separatorBounds(raw)
	if j < len(raw) && raw[j] == ')' && strings.Count(raw[i:j], "(") > strings.Count(raw[i:j], ")") {
		// Keep the ")" that closes a bracket the span opens: "23 ngày
		// (03 ngày làm việc và 20 ngày)", not "… và 20 ngày".
		j++
	}
	return raw[i:j]
}

// trimSeparators removes leading and trailing white space and separators.
func trimSeparators(s string) string {
	i, j := separatorBounds(s)
	return s[i:j]
}

// separatorBounds returns where s begins and ends once its leading and
// trailing white space and separators are left out: s[i:j].
func separatorBounds(s string) (i, j int) {
	j = len(s)
	for i < j {
		if c := s[i]; c < utf8.RuneSelf { // most often a letter: no rune to decode
			if !asciiSeparator[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !isSeparator(r) {
			break
		}
		i += n
	}
	for j > i {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !asciiSeparator[c] {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !isSeparator(r) {
			break
		}
		j -= n
	}
	return i, j
}

// asciiSeparator is isSeparator for the ASCII bytes, looked up: the
// punctuation that only separates and ASCII white space.
var asciiSeparator = [utf8.RuneSelf]bool{',': true, ';': true, ':': true, '-': true, '+': true, '.': true, '*': true, '(': true, ')': true,
	' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// isSeparator reports whether r is white space or a separator that
// trimSeparators removes.
func isSeparator(r rune) bool {
	switch r {
	case ',', ';', ':', '-', '+', '.', '*', '–', '(', ')':
		return true
	}
	return unicode.IsSpace(r)
}

// foldIndexed lower-cases s, removes Vietnamese diacritics (precomposed or
// as combining marks: NFC and NFD read the same), maps "đ" to "d", turns
// every run of white space into one space except line breaks (kept as
// "\n", they separate clauses) and unifies dashes to "-". It records where
// each folded byte came from. One pass; linear in len(s).
//
// b and orig are scratch buffers to reuse (nil for new ones); the folded
// text is a copy, orig is returned in the result and b, grown, beside it.
func foldIndexed(s string, b []byte, orig []uint16) (folded, []byte) {
	// Folding never lengthens a text: every rune becomes at most as many
	// bytes as it had, except on the general path below, which checks. So
	// both buffers are sized once and written by index, in one loop with
	// no closure (a third of a typical text's reading was spent here).
	b, orig = slices.Grow(b[:0], len(s)), slices.Grow(orig[:0], len(s)+1)
	b, orig = b[:cap(b)], orig[:cap(orig)]
	n := 0 // bytes written
	lastSpace := true
	next, bullet := -1, false // where the last look-ahead stopped, and what it found
	var caps lowerCase        // whether s has a lower-case letter, found at the first line break that asks
	for i := 0; i < len(s); {
		// The common cases first, in a loop of their own that calls
		// nothing and so keeps its few variables in registers (the whole
		// loop's state does not fit, and was reloaded on every turn): a
		// printable ASCII byte, a space, a Vietnamese letter or combining
		// mark that foldTable folds. Whatever else stops it, for the
		// general cases below.
		for i < len(s) {
			c := s[i]
			if c > ' ' && c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[n], orig[n] = c, uint16(i)
				n++
				lastSpace = false
				i++
				continue
			}
			if c == ' ' {
				if !lastSpace {
					b[n], orig[n] = ' ', uint16(i)
					n++
					lastSpace = true
				}
				i++
				continue
			}
			// The encodings of Vietnamese letters, decoded as
			// decodeVietnamese decodes them.
			var r rune
			var size int
			switch {
			case 0xC2 <= c && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
				r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
				r, size = 0x1000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
			}
			if size == 0 || r >= foldTableSize {
				break
			}
			f := foldTable[r]
			if f == 0 {
				break
			}
			if f != foldIgnore {
				b[n], orig[n] = f, uint16(i)
				n++
				lastSpace = false
			}
			i += size
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				// A line break separates clauses when the next line starts
				// a list item ("- …", "+ …", "a) …", "2. …"); otherwise it
				// is a space, as in a unit broken over two lines.
				if next < i {
					next, bullet = lineStartsItem(s, i+1, &caps)
				}
				switch {
				case !bullet:
					if !lastSpace {
						b[n], orig[n] = ' ', uint16(i)
						n++
					}
				case n > 0 && b[n-1] == ' ':
					b[n-1] = '\n'
				case n == 0 || b[n-1] != '\n':
					b[n], orig[n] = '\n', uint16(i)
					n++
				}
				lastSpace = true
			case ' ', '\t', '\r', '\f', '\v':
				if !lastSpace {
					b[n], orig[n] = ' ', uint16(i)
					n++
					lastSpace = true
				}
			default: // a control character: the loop above took every printable byte
				b[n], orig[n] = c, uint16(i)
				n++
				lastSpace = false
			}
			i++
			continue
		}
		r, size := decodeVietnamese(s, i)
		at := uint16(i)
		i += size
		if r < foldTableSize {
			switch c := foldTable[r]; c {
			case 0:
			case foldIgnore:
				continue // combining marks (NFD), zero-width characters
			default:
				b[n], orig[n] = c, at
				n++
				lastSpace = false
				continue
			}
		}
		switch {
		case r == utf8.RuneError:
			b[n], orig[n] = '?', at
			n++
		case r == '\u2028' || r == '\u2029':
			b[n], orig[n] = '\n', at
			n++
			lastSpace = true
			continue
		case unicode.IsSpace(r):
			if !lastSpace {
				b[n], orig[n] = ' ', at
				n++
				lastSpace = true
			}
			continue
		case vnfold.Ignorable(r):
			continue // combining marks (NFD), zero-width characters
		case r == '–' || r == '—' || r == '−' || r == '‐' || r == '‑':
			b[n], orig[n] = '-', at
			n++
		default:
			var buf [utf8.UTFMax]byte
			m := utf8.EncodeRune(buf[:], vnfold.Rune(r))
			if n+m+1 > len(b) { // a longer encoding than the original's: grow
				b = append(b[:n], make([]byte, m+len(s)-i)...)
				orig = append(orig[:n], make([]uint16, m+len(s)-i+1)...)
				b, orig = b[:cap(b)], orig[:cap(orig)]
			}
			for k := 0; k < m; k++ {
				b[n], orig[n] = buf[k], at
				n++
			}
		}
		lastSpace = false
	}
	orig[n] = uint16(len(s))
	return folded{src: s, text: string(b[:n]), orig: orig[:n+1]}, b[:n]
}

// decodeVietnamese decodes the rune at s[i] (s[i] ≥ 0x80) as
// utf8.DecodeRuneInString does, inline for the encodings of Vietnamese
// letters: two bytes (U+0080–U+07FF: "đ", "ơ", "à") and three bytes led by
// 0xE1 (U+1000–U+1FFF: "ệ", "ờ"), which need no check for overlong forms or
// surrogates once the continuation bytes are checked. Anything else goes
// to the standard decoder.
func decodeVietnamese(s string, i int) (rune, int) {
	c := s[i]
	if 0xC2 <= c && c <= 0xDF && i+1 < len(s) {
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	if c == 0xE1 && i+2 < len(s) {
		if c1, c2 := s[i+1], s[i+2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return 0x1000 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// foldTableSize bounds the runes folded by table: Latin-1, Latin
// Extended, the combining marks and the Vietnamese letters (U+1EA0–U+1EF9).
const foldTableSize = 0x1F00

// foldIgnore marks a rune dropped by folding in foldTable.
const foldIgnore = 0xFF

// foldTable maps a rune below foldTableSize to its folded ASCII letter
// ('Ệ' → 'e', 'Đ' → 'd'), to foldIgnore for a combining mark or invisible
// character, or to 0 for the general path. Built once from vnfold, which
// stays the definition; the table only saves its look-ups.
var foldTable = func() *[foldTableSize]byte {
	var t [foldTableSize]byte
	for r := rune(0x80); r < foldTableSize; r++ {
		switch f := vnfold.Rune(r); {
		case vnfold.Ignorable(r):
			t[r] = foldIgnore
		case f < utf8.RuneSelf && ('a' <= f && f <= 'z'):
			t[r] = byte(f)
		}
	}
	return &t
}()

// lineStartsItem looks past the white space from s[i] and reports where it
// stopped and whether a list item starts there: a bullet ("-", "+", "*",
// "•", "–"), a short label followed by ")" or "." ("a)", "2.") or a
// heading ("Cách thức thực hiện:"). A line after a comma starts no
// heading: it goes on with the words before, as a page or a PDF wraps a
// list of matters ("+ Khách hàng mua điện … khu vực Thành phố,\nThị xã,
// Thị Trấn: Không quá 03 ngày làm việc." is one case, as on one line).
// Nor does a line after a word in a text written in capitals only, whose
// capitals start no heading: "… CÓ NHIỀU NỘI DUNG PHỨC \nTẠP: TRONG THỜI
// HẠN 04 NGÀY LÀM VIỆC." is a word wrapped, as "phức \ntạp:" is. caps
// keeps what was found of the text's case for the next line.
func lineStartsItem(s string, i int, caps *lowerCase) (int, bool) {
	afterComma, afterLetter := false, false
	for j := i - 1; j >= 0; j-- {
		if c := s[j]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			afterComma = c == ','
			afterLetter = c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
			break
		}
	}
	for w := blankWidth(s, i, true); w > 0; w = blankWidth(s, i, true) {
		i += w
	}
	if i >= len(s) {
		return i, false
	}
	switch c := s[i]; {
	case c == '-' && strings.HasPrefix(s[i+1:], " Thương binh"):
		// "… phòng Lao động\n- Thương binh và Xã hội cấp huyện …": the
		// ministry's name wrapped at its dash, no list's mark.
		return i, false
	case c == '-' || c == '+' || c == '*':
		return i, true
	case strings.HasPrefix(s[i:], "•") || strings.HasPrefix(s[i:], "–"):
		return i, true
	case i+1 < len(s) && (s[i+1] == ')' || s[i+1] == '.') && (isDigit(c) || 'a' <= c && c <= 'z'):
		return i, true
	case i+2 < len(s) && (s[i+2] == ')' || s[i+2] == '.') && isDigit(c) && isDigit(s[i+1]):
		return i, true
	}
	// A numbered row of a table flattened to text: "2 Bộ phận TN&TKQ Chi
	// nhánh … 10" (digits, a space, a capital that starts no unit). Not
	// the number a word at the end of the line before asks for, as a PDF
	// wraps a citation ("… tại khoản\n1 Điều 12 Thông tư …", "Mẫu số\n17
	// Phụ lục …").
	if j := i; isDigit(s[j]) && !numberedWordBefore(s, i) {
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		// (The cells may be parted by more than one space, a tab or a
		// no-break space, as a table copied from a page is.)
		k := j
		for w := blankWidth(s, k, false); w > 0; w = blankWidth(s, k, false) {
			k += w
		}
		if k > j && k < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsUpper(r) && !unitWordAt(s[k:]) {
				return i, true
			}
		}
	}
	// A heading of the portal's cell: "Cách thức thực hiện: …", "Thời hạn
	// giải quyết: …", a capital and a colon within the line's first words.
	if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r) && !afterComma {
		for j := i; j < len(s) && j < i+48 && s[j] != '\n'; j++ {
			if s[j] == ':' {
				return i, !afterLetter || caps.has(s)
			}
		}
	}
	return i, false
}

// lowerCase records whether a text has a lower-case ASCII letter, looked
// for once: 0 not yet, 1 none (written in capitals only), 2 one at least.
type lowerCase uint8

// has reports whether s, the text lowerCase is of, has a lower-case ASCII
// letter, scanning it at the first call only.
func (lc *lowerCase) has(s string) bool {
	if *lc == 0 {
		*lc = 1
		for i := 0; i < len(s); i++ {
			if c := s[i]; 'a' <= c && c <= 'z' {
				*lc = 2
				break
			}
		}
	}
	return *lc == 2
}

// numberedWordBefore reports whether the last word before the line
// break ahead of s[i] is one a number follows in a citation or a date:
// "khoản", "điều", "điểm", "mục", "chương", "số", "ngày", "tháng", "năm",
// with or without its capital.
func numberedWordBefore(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\r' || s[j-1] == '\n') {
		j--
	}
	k := j
	for k > 0 && s[k-1] != ' ' && s[k-1] != '\t' && s[k-1] != '\n' {
		k--
	}
	switch s[k:j] {
	case "khoản", "Khoản", "điều", "Điều", "điểm", "Điểm", "mục", "Mục", "chương", "Chương",
		"số", "Số", "ngày", "Ngày", "tháng", "Tháng", "năm", "Năm":
		return true
	}
	return false
}

// blankWidth returns the width in bytes of the blank at s[i]: a space, a
// tab, a no-break space (as pages copied from a browser have) and, with
// lines, a line break or a carriage return; 0 for anything else.
func blankWidth(s string, i int, lines bool) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case '\r', '\n':
		if lines {
			return 1
		}
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// lexMarks marks what tokenize saw that a pass after its loop must look
// for; most texts have none of these.
type lexMarks uint8

const (
	seenBracket lexMarks = 1 << iota // a "(" after a token: an amount spelt out (dropSpelledAmounts) or days off left out (dropDaysOffAsides) may follow
	seenStray                        // a "," after "từ ngày": a stray comma may follow (dropStrayCommas)
	seenAbbrev                       // a "." glued to a word of one or two letters: a place's abbreviation may end (placeAbbreviations)
	seenHalf                         // "rưỡi", "nửa" or "½": a half may follow a number or stand for one (readHalves)
	seenLetter                       // a word of one letter: it may name a worked example's person (personNamed)
	seenLabel                        // a ":": a label may open the text before a list's item (labelBeforeItem)
	seenPapers                       // "hồ sơ,": the dossier's papers may follow (dossierPapers)
	seenCue                          // "tính", "được", "sau", "gian", "mà" or "với": a count's cue may be said in more words (countCueWords), a case open with "Với" (caseWithWords)
)

// tokenize splits the folded text of f into words, numbers and
// punctuation, then marks the numbers that belong to dates written in
// words. f.orig maps the folded bytes to the original's: a word is split
// into glued syllables only where the original has a Vietnamese letter,
// and a full stop glued between two letters ends no sentence when the
// original letter after it is lower case ("thuvienphapluat.vn",
// "09-MST.doc").
//
// toks is a scratch buffer to reuse (nil for a new one).
func tokenize(f *folded, toks []token) []token {
	s, orig := f.text, f.orig
	// A word and its space take four bytes or more in real text: sized
	// once for a long text rather than grown by doubling (linear cost).
	toks = slices.Grow(toks[:0], len(s)/4+8)
	space := true
	var seen lexMarks // what the passes after the loop must look for, in one register
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			space = true
			i++
			continue
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigit(s[j+1]) {
				j++
				for j < len(s) && isDigit(s[j]) {
					j++
				}
			}
			if n := len(toks) - 1; n >= 0 && !space && toks[n].kind == tokPunct && toks[n].text == "." && !toks[n].space {
				toks[n].ends = false // "Mục II.1": a full stop inside a number or a code
			}
			toks = append(toks, token{kind: tokNum, text: s[i:j], space: space, at: uint16(i), end: uint16(j)})
			i = j
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if 'a' <= c && c <= 'z' || c >= utf8.RuneSelf && isLetter(r) {
				j := i + size
				for j < len(s) {
					// A run of ASCII letters, in a loop of its own that
					// calls nothing (its index stays in a register).
					for j < len(s) && s[j]-'a' < 26 { // 'a' to 'z'
						j++
					}
					if j == len(s) || s[j] < utf8.RuneSelf {
						break
					}
					r2, size2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += size2
				}
				w := s[i:j]
				// Syllables glued together in a word with a Vietnamese
				// letter: one word token each (reading_syllables.go). The
				// cheap tests first: such a word has four letters or more,
				// and its original is longer than its folded form.
				if j-i >= 4 && int(orig[j])-int(orig[i]) <= j-i {
					if w[0] == 'k' {
						// "kểtừ ngày" stripped of its marks, "ketu ngay": no
						// marks to cut it by, but no word is spelt so.
						if cuts, n := gluedCountCuts(w); n > 0 {
							toks = appendSyllables(toks, s, i, j, cuts[:n], space)
							i = j
							break
						}
					}
				} else if j-i >= 4 && severalVowelGroups(w) {
					if cuts, n := gluedCuts(w); n > 0 {
						toks = appendSyllables(toks, s, i, j, cuts[:n], space)
						i = j
						break
					}
				}
				if j-i == 1 {
					seen |= seenLetter
				}
				cls := wordClassOf(w)
				toks = append(toks, token{kind: tokWord, text: w, space: space, at: uint16(i), end: uint16(j), key: everyWordKey || cls&classKey != 0})
				if cls&(classSame|classHalf|classCue) != 0 {
					if cls&classSame != 0 {
						toks = sameWords(f, toks)
					}
					if cls&classCue != 0 && (w != "tu" || !cueBefore(toks)) { // ("kể từ", "tính từ": the commonest cue, as the checks ask for it)
						seen |= seenCue
					}
					if cls&classHalf != 0 {
						seen |= seenHalf
					}
				}
				i = j
			} else {
				// A full stop ends a sentence unless a number follows it
				// with no space either side (undone above).
				ends := c == '.' || c == ';' || c == '!' || c == '?' || c == '\n'
				if c == '.' && !space && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' && len(toks) > 0 && toks[len(toks)-1].kind != tokPunct {
					if o := f.src[orig[i+1]]; 'a' <= o && o <= 'z' {
						ends = false // a web address or a file's name, not the end of a sentence
					}
				}
				switch {
				case c == '.' && !space && len(toks) > 0 && toks[len(toks)-1].end-toks[len(toks)-1].at <= 2:
					seen |= seenAbbrev
				case c == '(' && len(toks) > 0:
					seen |= seenBracket
				case c == ',' && len(toks) >= 3 && wordAt(toks, len(toks)-1, "ngay") && wordAt(toks, len(toks)-2, "tu"):
					seen |= seenStray
				case c == ',' && len(toks) >= 2 && wordAt(toks, len(toks)-1, "so") && wordAt(toks, len(toks)-2, "ho"):
					seen |= seenPapers
				case r == '½':
					seen |= seenHalf
				case c == ':':
					seen |= seenLabel
				}
				toks = append(toks, token{kind: tokPunct, text: s[i : i+size], space: space || c == '\n', at: uint16(i), end: uint16(i + size), ends: ends})
				i += size
			}
		}
		space = false
	}
	if seen&seenBracket != 0 {
		toks = dropDaysOffAsides(dropSpelledAmounts(toks))
	}
	if seen&seenHalf != 0 {
		toks = readHalves(toks) // after the words in brackets went: "02 (hai) ngày rưỡi"
	}
	if seen&seenAbbrev != 0 {
		placeAbbreviations(f, toks)
	}
	if seen&seenStray != 0 {
		toks = dropStrayCommas(toks)
	}
	if seen&seenLetter != 0 {
		f.story = personNamed(f, toks)
	}
	if seen&seenLabel != 0 {
		toks = labelBeforeItem(f, toks)
	}
	if seen&seenPapers != 0 {
		toks = dossierPapers(toks)
	}
	if seen&seenCue != 0 {
		toks = caseWithWords(countCueWords(toks))
	}
	markDateParts(toks)
	return toks
}

// maxLabelWords is the most words a label opening a text may have
// ("Thời hạn giải quyết thủ tục hành chính:").
const maxLabelWords = 8

// labelBeforeItem ends the text's first sentence after the colon of a label
// that opens it when a list's item follows on the same line, as a line
// break there would ("Thời hạn giải quyết:\n- Trong thời hạn …"): the
// portal's field and a catalogue's cell put their heading before the
// text, "Thời hạn giải quyết: b) Căn cứ công văn đề nghị của cơ quan chủ
// quản, trong thời hạn 05 ngày làm việc, …", and the item is then read as
// it stands alone, its own opening words first. The label is words only,
// or a step's "Bước 3", the first with its capital, and none a key word
// (isKeyWord): "Đối với các trường hợp: (1) …" opens a case, no label.
// The item opens with a bullet ("-", "+", "*", "•"), a letter or a number
// and ")" ("a)", "1)"), a number and a full stop ("4."), or a number in
// brackets ("(1)").
func labelBeforeItem(f *folded, toks []token) []token {
	c := 0
	for c < len(toks) && c <= maxLabelWords && (toks[c].kind == tokWord && !isKeyWord(toks[c].text) || toks[c].kind == tokNum && c == 1 && toks[0].text == "buoc") { // ("Bước 3: a) …", a step's label)
		c++
	}
	if c == 0 || !punctAt(toks, c, ":") || c+1 >= len(toks) {
		return toks
	}
	if r, _ := utf8.DecodeRuneInString(f.src[f.orig[toks[0].at]:]); !unicode.IsUpper(r) {
		return toks
	}
	n := toks[c+1]
	switch {
	case isBullet(n),
		(n.kind == tokNum || n.kind == tokWord && len(n.text) == 1) && punctAt(toks, c+2, ")") && !toks[c+2].space,
		n.kind == tokNum && punctAt(toks, c+2, ".") && !toks[c+2].space && !kindAt(toks, c+3, tokNum),
		n.kind == tokPunct && n.text == "(" && kindAt(toks, c+2, tokNum) && punctAt(toks, c+3, ")"):
		// A line break of no width after the colon, as the text would
		// have with the item on the next line.
		at := toks[c].end
		toks = slices.Insert(toks, c+1, token{kind: tokPunct, text: "\n", at: at, end: at, space: true, ends: true})
	}
	return toks
}

// personNamed reports whether a word of one capital letter names a person
// after a title in toks (personLetterAt).
func personNamed(f *folded, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if t := toks[k]; t.kind == tokWord && t.end-t.at == 1 && personLetterAt(f, toks[:k], int(t.at)) {
			return true
		}
	}
	return false
}

// personLetterAt reports whether the one-letter word at folded byte i is a
// capital that names a person after a title: "ông A", "bà Q", "chị C",
// "cháu B", "đồng chí H" (toks ends with the title). Circulars and
// answers name the people of a worked example so ("Như vậy, bà Q đã tìm
// được việc làm trong thời gian 15 ngày …", "Đồng chí L nghỉ hưu trước
// tuổi là 05 tháng", Thông tư 88/2025/TT-BCA and 15/2023/TT-BLĐTBXH, the
// Gazette). "bà" and "chị" must carry a mark ("ba", three, and "chi", to
// spend, do not) unless "đồng" stands before "chí".
func personLetterAt(f *folded, toks []token, i int) bool {
	if c := f.src[f.orig[i]]; c < 'A' || c > 'Z' || f.orig[i+1]-f.orig[i] != 1 {
		return false // no capital, or one with a mark ("châu Á" decomposed)
	}
	t := toks[len(toks)-1]
	if t.kind != tokWord || int(t.end)+1 != i {
		return false
	}
	o := f.src[f.orig[t.at]:f.orig[t.end]]
	switch t.text {
	case "ong", "chau":
		return true
	case "ba", "chi":
		// A mark takes bytes, composed or not: "bà", "chị" are longer
		// than their folded words, "ba", "chi" are not.
		return len(o) > len(t.text) || t.text == "chi" && len(toks) >= 2 && toks[len(toks)-2].text == "dong"
	}
	return false
}

// appendSyllables appends the word s[i:j] cut at cuts (offsets in the
// word, as gluedCuts and gluedCountCuts return them): one word token a
// syllable.
func appendSyllables(toks []token, s string, i, j int, cuts []int, space bool) []token {
	at := i
	for k := 0; k <= len(cuts); k++ {
		end := j
		if k < len(cuts) {
			end = i + cuts[k]
		}
		piece := s[at:end]
		toks = append(toks, token{kind: tokWord, text: piece, space: space || k > 0, at: uint16(at), end: uint16(end), key: everyWordKey || isKeyWord(piece)})
		at = end
	}
	return toks
}

// gluedCountCuts returns where the folded word w, "kể từ" glued with no
// marks to cut it by ("ketu", or "ketu" glued to "ngay" or "khi", as
// "kểtừngày" stripped), is cut into its syllables, as gluedCuts returns
// them for a word with marks; n is 0 for any other word (no word is spelt
// so).
func gluedCountCuts(w string) (cuts [maxGluedSyllables - 1]int, n int) {
	switch w {
	case "ketu":
		cuts[0], n = 2, 1
	case "ketungay", "ketukhi":
		cuts[0], cuts[1], n = 2, 4, 2
	}
	return cuts, n
}

// placeAbbreviations marks as no sentence's end every full stop that ends
// the abbreviation of a kind of place written with its capital ("Tp.",
// "TP.", "TT.", "TX.", "Q.", "P.", "X.", "H.") before a name, which also
// starts with a capital: "Chi cục Hàng hải Việt Nam tại Tp. Hải Phòng thông
// báo …" (the Hải Phòng maritime office's card, vinamarinehp.gov.vn) is one
// sentence. ("… trước 15 h. Trường hợp …" is an hour, after its number.)
func placeAbbreviations(f *folded, toks []token) {
	for n := 1; n < len(toks); n++ {
		if t := &toks[n]; t.ends && t.text == "." && !t.space && placeAbbreviation(f, toks[:n], int(t.at)) {
			t.ends = false
		}
	}
}

// placeAbbreviation reports whether the full stop at i of the folded text,
// after toks, ends a place's abbreviation (placeAbbreviations).
func placeAbbreviation(f *folded, toks []token, i int) bool {
	n := len(toks) - 1
	if n < 0 || toks[n].kind != tokWord || int(toks[n].end) != i {
		return false
	}
	switch toks[n].text {
	case "tp", "tt", "tx", "q", "p", "x":
	case "h":
		if n > 0 && toks[n-1].kind == tokNum {
			return false
		}
	default:
		return false
	}
	if o := f.src[f.orig[toks[n].at]]; o < 'A' || o > 'Z' {
		return false
	}
	k := i + 1
	for k < len(f.text) && f.text[k] == ' ' {
		k++
	}
	if k == len(f.text) || k-i > 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.src[f.orig[k]:])
	return unicode.IsUpper(r)
}

// dropStrayCommas drops a comma between "kể từ ngày" or "tính từ ngày"
// and "nhận": "kể từ ngày, nhận được hồ sơ hợp lệ" (a text-recognition
// slip in Nghị định 237/2026/NĐ-CP Điều 26) counts from receipt, as
// without the comma.
func dropStrayCommas(toks []token) []token {
	return dropSpans(toks, func(toks []token, i int) (int, int) {
		if punctAt(toks, i, ",") && wordAt(toks, i+1, "nhan") && wordAt(toks, i-1, "ngay") && wordAt(toks, i-2, "tu") && (wordAt(toks, i-3, "ke") || wordAt(toks, i-3, "tinh")) {
			return 0, i
		}
		return 0, 0
	})
}

// sameWords writes the words that end toks in the form every check asks
// for, when they say the same as it in other words; the tokens keep the
// span of the original text (at, end), so what the reader quotes is what
// the text says:
//   - "phản hồi" (to respond) is "trả lời";
//   - "không vượt quá", "không được vượt quá", "không được quá", "tối đa
//     không quá" (not exceeding) are "không quá", and "tối đa là" (at
//     most) is "tối đa";
//   - "bộ hồ sơ" (a set of papers) is "hồ sơ", a lower-case "bộ" only (a
//     capital one is a ministry: "gửi Bộ hồ sơ");
//   - "kể từ thời điểm", "tính từ thời điểm" (from the moment), "kể từ
//     lúc", "tính từ lúc" (from the time) and "kể từ khi", "tính từ khi"
//     (since) are "kể từ ngày", "tính từ ngày";
//   - "kể từ ngày tiếp nhận được" (from the day of receiving) is "kể từ
//     ngày nhận được", and "trong khoảng" (within about) "trong vòng";
//   - "đúng quy định" (as the rules say) is "hợp lệ" (valid), but for
//     "theo đúng quy định" (following the rules);
//   - "trong ngày (làm việc) kế tiếp", "sáng ngày (làm việc) kế tiếp"
//     (the next day) are "… tiếp theo".
func sameWords(f *folded, toks []token) []token {
	n := len(toks) - 1
	last := &toks[n]
	word := func(k int, w string) bool {
		return k >= 0 && toks[k].kind == tokWord && toks[k].text == w
	}
	setKey := func(t *token) { t.key = everyWordKey || isKeyWord(t.text) }
	switch last.text {
	case "hoi":
		if word(n-1, "phan") {
			toks[n-1].text, last.text = "tra", "loi"
			setKey(&toks[n-1])
			setKey(last)
		}
	case "qua":
		drop := 0
		switch {
		case word(n-1, "vuot") && word(n-2, "khong"):
			drop = 1
		case word(n-1, "vuot") && word(n-2, "duoc") && word(n-3, "khong"):
			drop = 2
		case word(n-1, "duoc") && word(n-2, "khong"):
			drop = 1 // "không được quá" (must not be over)
		}
		if drop > 0 {
			q := *last
			q.at = toks[n-drop].at // the span keeps the dropped words
			q.space = toks[n-drop].space
			toks = append(toks[:n-drop], q)
			n -= drop
		}
		if word(n-1, "khong") && word(n-2, "da") && word(n-3, "toi") {
			// "tối đa không quá" is "không quá"
			k := toks[n-1]
			k.at, k.space = toks[n-3].at, toks[n-3].space
			toks = append(toks[:n-3], k, toks[n])
		}
	case "la":
		if word(n-1, "da") && word(n-2, "toi") {
			// "tối đa là" is "tối đa"
			toks[n-1].end = last.end
			toks = toks[:n]
		}
	case "so":
		if word(n-1, "ho") && word(n-2, "bo") && f.src[f.orig[toks[n-2].at]] == 'b' {
			h := toks[n-1]
			h.at, h.space = toks[n-2].at, toks[n-2].space
			toks = append(toks[:n-2], h, *last)
		}
	case "duoc":
		if word(n-1, "nhan") && word(n-2, "tiep") && (word(n-3, "ngay") || word(n-3, "khi")) && word(n-4, "tu") {
			// "kể từ ngày tiếp nhận được văn bản yêu cầu …" is "kể từ ngày
			// nhận được …" ("tiếp nhận hồ sơ", "tiếp nhận dữ liệu" with no
			// "được" stay the receiving body's own words)
			h := toks[n-1]
			h.at, h.space = toks[n-2].at, toks[n-2].space
			toks = append(toks[:n-2], h, *last)
		}
	case "dinh":
		if word(n-1, "quy") && word(n-2, "dung") && !word(n-3, "theo") {
			// "đúng quy định" (as the rules say) is "hợp lệ" (valid): "hồ sơ
			// đầy đủ, đúng quy định"; "theo đúng quy định" stays
			h, l := toks[n-2], toks[n-1]
			h.text, l.text, l.end = "hop", "le", last.end
			setKey(&h)
			setKey(&l)
			toks = append(toks[:n-2], h, l)
		}
	case "the":
		if word(n-1, "cu") && n >= 2 && toks[n-2].kind == tokPunct && toks[n-2].text == "," {
			// "20 ngày làm việc, cụ thể: Sở Xây dựng 15 ngày, UBND tỉnh
			// 05 ngày" is "…, trong đó: …": the parts of the total.
			toks[n-1].text, last.text = "trong", "do"
			setKey(&toks[n-1])
			setKey(last)
		}
	case "khoang":
		if word(n-1, "trong") {
			last.text = "vong" // "trong khoảng" (within about) is "trong vòng"
			setKey(last)
		}
	case "khi", "luc":
		if word(n-1, "tu") && (word(n-2, "ke") || word(n-2, "tinh")) {
			last.text = "ngay"
			setKey(last)
		}
	case "tiep":
		if word(n-1, "ke") && (word(n-2, "viec") && word(n-3, "lam") && word(n-4, "ngay") && nextDayOpenerAt(toks, n-5) || word(n-2, "ngay") && nextDayOpenerAt(toks, n-3)) {
			// "ngày làm việc kế tiếp", "ngày kế tiếp" (the next) are "…
			// tiếp theo": "Trong ngày làm việc (nếu nộp hồ sơ trước 10 giờ
			// sáng); nộp sau 10 giờ thì trả trong ngày làm việc kế tiếp" (a
			// probe of cut-offs) read the next day as the same day. Only
			// after "trong" or "sáng": "được tính từ ngày làm việc
			// kế tiếp của ngày hồ sơ được tiếp nhận" (commune_export2.tsv)
			// is where a count starts.
			toks[n-1].text, last.text = "tiep", "theo"
			setKey(&toks[n-1])
			setKey(last)
		}
	case "diem":
		if word(n-1, "thoi") && word(n-2, "tu") && (word(n-3, "ke") || word(n-3, "tinh")) {
			d := toks[n-1]
			d.text, d.end = "ngay", last.end
			setKey(&d)
			toks = append(toks[:n-1], d)
		}
	}
	return toks
}

// nextDayOpenerAt reports whether the word at k opens a next day's time:
// "trong", "sáng" ("trả kết quả vào sáng ngày làm việc kế tiếp"). ("vào
// ngày làm việc kế tiếp" alone is left as written: a holiday's answer in
// a bracket, "(nếu vào ngày nghỉ, lễ sẽ được trả lời vào ngày làm việc
// kế tiếp)", web_pages_eleventh.tsv, reads as its case.)
func nextDayOpenerAt(toks []token, k int) bool {
	return k >= 0 && toks[k].kind == tokWord && (toks[k].text == "trong" || toks[k].text == "sang")
}

// dossierPapers writes "hồ sơ, tài liệu", "hồ sơ, giấy tờ", "hồ sơ,
// chứng từ" (the dossier and its papers) as "hồ sơ", as every check asks
// for the dossier: "kể từ ngày nhận đủ hồ sơ, tài liệu", "Trường hợp hồ sơ,
// tài liệu đầy đủ thì …" (a check of the tuning texts with "hồ sơ" so
// written: 462 of them were read otherwise). The "sơ" kept spans the
// words dropped.
func dossierPapers(toks []token) []token {
	w := 0
	for r := 0; r < len(toks); r++ {
		toks[w] = toks[r]
		w++
		if toks[r].text == "so" && w >= 2 && toks[w-2].text == "ho" && punctAt(toks, r+1, ",") &&
			(words2(toks, r+2, "tai", "lieu") || words2(toks, r+2, "giay", "to") || words2(toks, r+2, "chung", "tu")) {
			toks[w-1].end = toks[r+3].end
			r += 3
		}
	}
	return toks[:w]
}

// isBullet reports whether t is a list's bullet: "-", "+", "*" or "•".
func isBullet(t token) bool {
	return t.kind == tokPunct && (t.text == "-" || t.text == "+" || t.text == "*" || t.text == "•")
}

// caseWithWords writes "Với …:" opening a sentence, a line or a list's
// item as "Đối với …:" (for, as to), the case every check asks for:
// "Với các xã, phường thông thường: Không quá 20 ngày làm việc.", "- Với
// trường hợp đăng ký lần đầu: …" (a check of the tuning texts with their
// "Đối với" so written: 116 of them were read otherwise). It puts a "đối"
// of no width before the "với", which keeps its own span. The case needs
// its colon, within twenty-four tokens in its sentence: "Với sự tham gia
// của …" names no case.
func caseWithWords(toks []token) []token {
	for r := 0; r < len(toks); r++ {
		if toks[r].text != "voi" || toks[r].kind != tokWord {
			continue
		}
		if r >= 1 && wordAt(toks, r-1, "doi") && words2(toks, r+1, "truong", "hop") && opensItemAt(toks, r-1) {
			// "Đối với trường hợp …" opening a sentence or an item reads as
			// "Trường hợp …", which every check of a case's words asks for
			// (a check of the tuning texts with "Trường hợp" swapped for
			// "Đối với trường hợp": 30 read otherwise).
			toks[r+1].space = toks[r-1].space
			toks = slices.Delete(toks, r-1, r+1)
			r--
			continue
		}
		if !caseOpensAt(toks, r) {
			continue
		}
		toks = slices.Insert(toks, r, token{kind: tokWord, text: "doi", at: toks[r].at, end: toks[r].at, space: toks[r].space, key: true})
		toks[r+1].space = true
		r++
	}
	return toks
}

// opensItemAt reports whether the word at r opens the text, a sentence, a
// line or a list's item ("-", "+", "*", "•", "a)").
func opensItemAt(toks []token, r int) bool {
	if r == 0 {
		return true
	}
	switch p := toks[r-1]; {
	case p.kind != tokPunct:
		return false
	case p.ends, isBullet(p):
		return true
	case p.text == ")" && r >= 2 && toks[r-2].end-toks[r-2].at <= 2:
		return true
	}
	return false
}

// caseOpensAt reports whether the "với" at r opens a sentence, a line or
// a list's item ("-", "+", "*", "•", "a)") and a colon follows it in its
// sentence within twenty-four tokens (caseWithWords).
func caseOpensAt(toks []token, r int) bool {
	if !opensItemAt(toks, r) {
		return false
	}
	for q := r + 1; q < len(toks) && q <= r+24; q++ {
		if t := &toks[q]; t.kind == tokPunct {
			if t.text == ":" {
				return true
			}
			if t.ends {
				return false
			}
		}
	}
	return false
}

// countCueWords writes the cues of counts said in more words as every
// check asks for them, as sameWords does for its words:
//   - "tính kể từ", "được tính từ", "được kể từ", "được tính kể từ"
//     (counted from) are "kể từ", "tính từ" ("Quá thời hạn 03 tháng tính
//     kể từ ngày kết thúc thẩm định, …");
//   - "kể từ sau ngày", "kể từ sau khi" (from after the day; the count
//     starts the day after its event either way, Bộ luật Dân sự 2015 Điều
//     147) are "kể từ ngày";
//   - "kể từ thời gian …" (from the time) is "kể từ ngày …", as "kể từ
//     thời điểm" is (sameWords);
//   - "kể từ ngày mà …" (from the day on which) is "kể từ ngày …";
//   - a "từ" that opens a count with no "kể" before it (bareCountCueAt:
//     "05 ngày làm việc từ ngày nhận được văn bản …") gets a "kể" of no
//     width before it.
//
// A check of the tuning texts with "kể từ ngày" written in each of these
// ways found about 100 to 200 of them read otherwise for each. The tokens
// kept span the words dropped, so what the reader quotes is what the text
// says. tokenize asks it only of a text with one of the words, or with a
// "từ" that no "kể" or "tính" stands before.
func countCueWords(toks []token) []token {
	r := 1
	for r < len(toks) && !(toks[r].text == "tu" && toks[r].kind == tokWord && cueToWriteAt(toks, r)) {
		r++ // most texts: every count's cue as the checks ask for it, and nothing copied
	}
	if r == len(toks) {
		return toks
	}
	for ; r+2 < len(toks); r++ {
		if toks[r].text == "tu" && toks[r].kind == tokWord && bareCountCueAt(toks, r) {
			toks = slices.Insert(toks, r, token{kind: tokWord, text: "ke", at: toks[r].at, end: toks[r].at, space: toks[r].space, key: true})
			toks[r+1].space = true
			r++
		}
	}
	w := 0
	for r := 0; r < len(toks); r++ {
		t := toks[r]
		if t.kind != tokWord || t.text != "ke" && t.text != "tinh" || !wordAt(toks, r+1, "tu") {
			toks[w] = t
			w++
			continue
		}
		if w > 0 && toks[w-1].text == "tinh" && toks[w-1].kind == tokWord { // (also "tính tính từ", "tính kể từ" with "tính từ" for "kể từ")
			w--
			t.at, t.space = toks[w].at, toks[w].space
		}
		if w > 0 && toks[w-1].text == "duoc" && toks[w-1].kind == tokWord {
			w--
			t.at, t.space = toks[w].at, toks[w].space
		}
		toks[w], toks[w+1] = t, toks[r+1]
		w += 2
		r += 2 // the word after "từ"
		if r >= len(toks) || toks[r].kind != tokWord {
			r--
			continue
		}
		d := toks[r]
		switch {
		case d.text == "sau" && (wordAt(toks, r+1, "ngay") || wordAt(toks, r+1, "khi") || wordAt(toks, r+1, "luc")):
			r++
			at, space := d.at, d.space
			d = toks[r]
			d.at, d.space = at, space
		case d.text == "thoi" && wordAt(toks, r+1, "gian"):
			r++
			d.end = toks[r].end
			d.text = "ngay"
		}
		if d.text == "khi" || d.text == "luc" {
			d.text = "ngay"
		}
		d.key = everyWordKey || isKeyWord(d.text)
		toks[w] = d
		w++
		if d.text == "ngay" && wordAt(toks, r+1, "ma") {
			r++ // "kể từ ngày mà": "mà" dropped
		}
	}
	return toks[:w]
}

// cueBefore reports whether "kể" or "tính" stands before the "từ" that
// ends toks.
func cueBefore(toks []token) bool {
	n := len(toks) - 2
	return n >= 0 && (toks[n].text == "ke" || toks[n].text == "tinh")
}

// cueToWriteAt reports whether countCueWords writes the count's cue whose
// "từ" is at r.
func cueToWriteAt(toks []token, r int) bool {
	if !wordAt(toks, r-1, "ke") && !wordAt(toks, r-1, "tinh") {
		return bareCountCueAt(toks, r)
	}
	return wordAt(toks, r-2, "tinh") || wordAt(toks, r-2, "duoc") || wordAt(toks, r+1, "sau") || words2(toks, r+1, "thoi", "gian") ||
		wordAt(toks, r+1, "ngay") && wordAt(toks, r+2, "ma")
}

// bareCountCueAt reports whether the "từ" at r opens a count with no "kể"
// or "tính" before it, before "ngày", "khi", "lúc" or "thời điểm" and a
// word, not a date ("từ ngày 01 tháng 10 năm 2021 đến …"):
//   - right after a duration, or a comma after it, its unit after its
//     amount in digits or words ("05 ngày làm việc từ ngày nhận được văn
//     bản thông báo", "12 tháng từ ngày nộp hồ sơ", "Sau một tháng, từ
//     ngày thông báo công khai …"), perhaps with a word after the unit
//     ("30 ngày đầu từ ngày vợ sinh con", "02 ngày làm việc tiếp theo từ
//     ngày …", "mười hai tháng liền từ ngày …"), or an ordinal ("tháng thứ
//     3 từ ngày kết thúc …");
//   - right after "hoặc", a second count ("… hoặc từ ngày nhận được văn
//     bản trả lời của bộ liên quan").
func bareCountCueAt(toks []token, r int) bool {
	q := r + 2
	switch {
	case wordAt(toks, r+1, "ngay"), wordAt(toks, r+1, "khi"), wordAt(toks, r+1, "luc"):
	case words2(toks, r+1, "thoi", "diem"):
		q++
	default:
		return false
	}
	if !kindAt(toks, q, tokWord) {
		return false
	}
	p := r - 1
	if punctAt(toks, p, ",") {
		p--
	}
	if p < 1 || toks[p].kind == tokPunct {
		return false
	}
	if wordAt(toks, p, "hoac") {
		return p == r-1
	}
	switch {
	case toks[p].kind == tokNum && wordAt(toks, p-1, "thu"):
		p -= 2 // "tháng thứ 3"
	case wordAt(toks, p, "dau"), wordAt(toks, p, "lien"):
		p--
	case words2(toks, p-1, "tiep", "theo"), words2(toks, p-1, "hop", "le"):
		p -= 2
	}
	if p < 1 {
		return false
	}
	if wordAt(toks, p, "viec") && words2(toks, p-2, "ngay", "lam") {
		p -= 2 // "ngày làm việc"
	}
	if p < 1 || !isUnitWord(toks[p].text) {
		return false
	}
	a := toks[p-1] // the amount: digits, a number word or a bracket that closes on one
	return a.kind == tokNum || a.kind == tokWord && isNumberWord(a.text) || a.kind == tokPunct && a.text == ")" && kindAt(toks, p-2, tokNum) && punctAt(toks, p-3, "(")
}

// dropSpelledAmounts removes the amount spelt out in brackets after its
// digits, "05 (năm) ngày làm việc", "24 (hai bốn) giờ", when the words say
// the same number: the reader then reads "05 ngày làm việc", as every check
// of the words around an amount expects, and the original text of the
// tokens (their at and end) still spans the bracket. Words that say
// another number stay, for the scan to report. So do the words before
// digits in brackets, "Mười (10) ngày làm việc", "sau ba (03) giờ chiều",
// "ngày mười chín (19) tháng 12": the digits take the words' place (and
// their start, so that the reader quotes them), and the text reads as "10
// ngày làm việc", "sau 03 giờ chiều", "ngày 19 tháng 12" do.
func dropSpelledAmounts(toks []token) []token {
	return dropSpans(toks, func(toks []token, i int) (int, int) {
		if toks[i].kind == tokNum && i+1 < len(toks) && toks[i+1].text == "(" {
			if k := spelledRepeat(toks, i); k > 0 {
				return 1, k // the digits stay, the words in brackets go
			}
		}
		if toks[i].kind == tokNum && i+2 < len(toks) && toks[i+1].kind == tokWord {
			if m, k := spelledAfterUnit(toks, i); k > 0 {
				return 1 + m, k // the digits and their unit stay, the bracket goes
			}
		}
		if toks[i].kind == tokWord && isNumberWord(toks[i].text) {
			if k := spelledBefore(toks, i); k > 0 {
				d := toks[k+1]
				d.at, d.space = toks[i].at, toks[i].space
				toks[i] = d
				return 1, k + 2 // the digits stay in the words' place, the words and brackets go
			}
		}
		return 0, 0
	})
}

// spelledAfterUnit returns, for the digits at i followed by their unit
// and then the same amount and unit spelt out in brackets ("60 ngày (sáu
// mươi ngày)" as Nghị định 50-CP 1996 writes it, "05 ngày làm việc (năm
// ngày làm việc)"), the unit's length in tokens and where ")" stands; 0, 0
// otherwise.
func spelledAfterUnit(toks []token, i int) (int, int) {
	m := 1
	if words2(toks, i+2, "lam", "viec") {
		m = 3
	}
	if !isUnitWord(toks[i+1].text) || !punctAt(toks, i+1+m, "(") {
		return 0, 0
	}
	w := i + 2 + m
	k := numberWordsFrom(toks, w, 6)
	if k == w || !wordsSayDigits(toks[w:k], toks[i].text) {
		return 0, 0
	}
	for j := range m {
		if !wordAt(toks, k+j, toks[i+1+j].text) {
			return 0, 0
		}
	}
	if !punctAt(toks, k+m, ")") {
		return 0, 0
	}
	return m, k + m
}

// spelledBefore returns where "(" stands when the number words from i (six
// at most) are followed by the same number's digits alone in brackets,
// "hai mươi lăm (25)" (wordsSayDigits), or 0.
func spelledBefore(toks []token, i int) int {
	k := numberWordsFrom(toks, i, 6)
	if !punctAt(toks, k, "(") || !kindAt(toks, k+1, tokNum) || !punctAt(toks, k+2, ")") || !wordsSayDigits(toks[i:k], toks[k+1].text) {
		return 0
	}
	return k
}

// dropDaysOffAsides removes an aside in brackets after "ngày làm việc" that
// only says days off do not count, "05 ngày làm việc (không kể ngày nghỉ,
// lễ, tết) kể từ …", "(trừ ngày nghỉ)": working days say so already, and
// every check of the words around an amount ("kể từ …", "trước ngày …",
// "tiếp theo", a case after a colon) then reads as without it. The tokens
// around keep their original spans, so what the reader quotes still holds
// the aside. (After calendar days, "15 ngày (không kể ngày nghỉ lễ, tết)",
// it changes the unit, and stays.) It removes so working hours that
// restate the days ("10 ngày làm việc (80 giờ)", hoursRestated), a phase
// left out with no amount ("(không bao gồm thời gian niêm yết)",
// phaseLeftOut) and a remark after a dossier ("hồ sơ hợp lệ (theo quy
// định)", dossierAside).
func dropDaysOffAsides(toks []token) []token {
	return dropSpans(toks, func(toks []token, i int) (int, int) {
		if toks[i].kind != tokPunct || toks[i].text != "(" {
			return 0, 0
		}
		if i >= 3 && wordAt(toks, i-1, "viec") && wordAt(toks, i-2, "lam") && wordAt(toks, i-3, "ngay") {
			if last := hoursRestated(toks, i); last > 0 {
				return 0, last
			}
			if last := daysOffAside(toks, i); last > 0 {
				return 0, last
			}
		}
		if i >= 2 && toks[i-1].kind == tokWord && (isUnitWord(toks[i-1].text) || words2(toks, i-2, "lam", "viec")) {
			if last := phaseLeftOut(toks, i); last > 0 {
				return 0, last
			}
		}
		if i >= 2 && (words2(toks, i-2, "hop", "le") || words2(toks, i-2, "ho", "so") || words2(toks, i-2, "day", "du")) {
			// "kể từ ngày nhận đủ hồ sơ hợp lệ (theo quy định) của UBND cấp
			// xã, …", "… nhận được hồ sơ (01 bộ) của …": a remark on the
			// dossier in brackets says nothing of whose it is, and the
			// clause goes on past it (a check of the tuning texts with "hồ
			// sơ hợp lệ" so written: 64 of them were read otherwise, and
			// 214 with "(01 bộ)" after "nhận được hồ sơ").
			return 0, dossierAside(toks, i)
		}
		return 0, 0
	})
}

// dropSpans removes from toks, in place, the spans that span finds: for the
// token at i it returns how many of the span's first tokens to keep and the
// span's last token, or a last of 0 where no span starts. Tokens move only
// once a span was dropped (none, in the common case).
func dropSpans(toks []token, span func(toks []token, i int) (keep, last int)) []token {
	out := -1 // where the next kept token goes, once a span was dropped
	for i := 0; i < len(toks); i++ {
		if keep, last := span(toks, i); last > 0 {
			if out < 0 {
				out = i
			}
			for k := 0; k < keep; k++ {
				toks[out] = toks[i+k]
				out++
			}
			i = last
			continue
		}
		if out >= 0 {
			toks[out] = toks[i]
			out++
		}
	}
	if out < 0 {
		return toks
	}
	return toks[:out]
}

// daysOffAside returns where ")" closes the bracket opened at i when its
// words only leave days off out ("không kể", "không tính", "trừ" and "ngày
// nghỉ", "lễ", "tết", "thứ bảy", "chủ nhật"), or 0.
func daysOffAside(toks []token, i int) int {
	k := i + 1
	if leftOutAt(toks, k) {
		k += 2
	} else if wordAt(toks, k, "tru") {
		k++
	} else {
		return 0
	}
	off := false
	for ; k < len(toks) && k < i+16; k++ {
		t := &toks[k]
		if t.kind == tokPunct {
			if t.text == ")" {
				if off {
					return k
				}
				return 0
			}
			if t.text != "," {
				return 0
			}
			continue
		}
		switch t.text {
		case "ngay", "nghi", "le", "tet", "thu", "bay", "chu", "nhat", "va", "cac", "hang", "tuan", "theo", "quy", "dinh":
			off = off || t.text == "nghi" || t.text == "le" || t.text == "tet" ||
				t.text == "bay" && wordAt(toks, k-1, "thu") || t.text == "nhat" && wordAt(toks, k-1, "chu") // "(không kể thứ Bảy, Chủ nhật)": the weekend's days are days off too
		default:
			return 0
		}
	}
	return 0
}

// hoursRestated returns where ")" closes the bracket opened at i after
// "N ngày làm việc" when it only restates the days in working hours, eight
// a day, "10 ngày làm việc (80 giờ)", "0,5 ngày làm việc (quy đổi 04 giờ
// làm việc)" (a province's catalogue, catalogue_repos39.tsv), the days in
// digits or in words, or 0.
func hoursRestated(toks []token, i int) int {
	if i < 4 {
		return 0
	}
	var days int64
	switch a := toks[i-4]; {
	case a.kind == tokNum:
		d, bad := parseAmount(a.text)
		if bad != "" {
			return 0
		}
		days = d
	case a.kind == tokWord && isNumberWord(a.text): // "mười ngày làm việc (80 giờ)"
		s := i - 4
		for s > 0 && toks[s-1].kind == tokWord && isNumberWord(toks[s-1].text) {
			s--
		}
		n, ok := parseNumberWords(toks[s : i-3])
		if !ok {
			return 0
		}
		days = int64(n) * 100
	default:
		return 0
	}
	k := i + 1
	if words2(toks, k, "quy", "doi") || words2(toks, k, "tuong", "duong") {
		k += 2
	}
	if !kindAt(toks, k, tokNum) || !wordAt(toks, k+1, "gio") {
		return 0
	}
	hours, bad := parseAmount(toks[k].text)
	if bad != "" || hours != 8*days {
		return 0
	}
	k += 2
	if words2(toks, k, "lam", "viec") {
		k += 2
	}
	if !punctAt(toks, k, ")") {
		return 0
	}
	return k
}

// phaseLeftOut returns where ")" closes the bracket opened at i after a
// duration when it only leaves the time of a phase out of it, with no
// amount: "20 ngày làm việc (không bao gồm thời gian niêm yết)", "(không
// tính thời gian bổ sung hồ sơ)", or 0. The duration reads the same
// without it, and the words after the bracket ("kể từ …", ", Sở … cấp
// …") stand right after it, as every check expects (a check of the
// tuning texts with such a bracket after every "N ngày làm việc": 226 of
// them were read otherwise). A bracket that names an amount ("(không bao
// gồm 30 ngày niêm yết)") is excluded time, read as such.
func phaseLeftOut(toks []token, i int) int {
	k := i + 1
	switch {
	case words3(toks, k, "khong", "bao", "gom"):
		k += 3
	case leftOutAt(toks, k):
		k += 2
	default:
		return 0
	}
	if !words2(toks, k, "thoi", "gian") {
		return 0
	}
	for k += 2; k < len(toks) && k <= i+24; k++ {
		switch t := &toks[k]; {
		case t.kind == tokNum:
			return 0
		case t.kind == tokPunct && t.text == ")":
			return k
		case t.kind == tokPunct && (t.text == "(" || t.ends):
			return 0
		}
	}
	return 0
}

// dossierAside returns where ")" closes the bracket opened at i after a
// dossier when its words only remark on the dossier ("theo quy định",
// "theo mẫu", "01 bộ", "bản giấy", "nếu có"), or 0: at most eight tokens,
// and no duration, fee, case ("đối với", "trường hợp"), exception or
// count among them ("(bao gồm cả giấy tờ xác nhận đã nộp phí thẩm định)"
// stays: the fee paid is an event, feeInBracket).
func dossierAside(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+9; k++ {
		t := &toks[k]
		if t.kind == tokPunct {
			switch t.text {
			case ")":
				if k > i+1 {
					return k
				}
				return 0
			case ",", "/", "-":
				continue
			}
			return 0
		}
		if t.kind == tokNum {
			if k+1 < len(toks) && isUnitWord(toks[k+1].text) {
				return 0
			}
			continue
		}
		switch t.text {
		case "phi", "tru", "khong", "ke", "tinh", "truong", "doi", "bao", "ngay", "thang", "gio", "tuan", "kem":
			return 0
		}
	}
	return 0
}

// spelledRepeat returns where ")" closes the words in brackets after the
// number toks[i] that spell it ("05 (năm) ngày", "01 (một) bộ hồ sơ"), or
// 0.
func spelledRepeat(toks []token, i int) int {
	k := numberWordsFrom(toks, i+2, 6)
	if k == i+2 || !punctAt(toks, k, ")") {
		return 0
	}
	if wordsSayDigits(toks[i+2:k], toks[i].text) {
		return k
	}
	return 0
}

// numberWordsFrom returns where the run of number words from i, at most
// max of them, ends (i itself when none stands there).
func numberWordsFrom(toks []token, i, max int) int {
	k := i
	for k < len(toks) && k-i < max && toks[k].kind == tokWord && isNumberWord(toks[k].text) {
		k++
	}
	return k
}

// wordsSayDigits reports whether the number words ws say the whole number
// digits: "năm" and "05", "hai mươi lăm" and "25", or digit by digit, "hai
// bốn" and "24".
func wordsSayDigits(ws []token, digits string) bool {
	h, bad := parseAmount(digits)
	if bad != "" || h%100 != 0 {
		return false
	}
	if v, ok := parseNumberWords(ws); ok && int64(v)*100 == h {
		return true
	}
	d, ok := digitsInWords(ws)
	return ok && int64(d)*100 == h
}

// dayOfMonth reports whether the digits n name a day of a month, 1 to 31.
func dayOfMonth(n string) bool {
	d, err := strconv.Atoi(n)
	return err == nil && d >= 1 && d <= 31
}

// monthOfYear reports whether the digits n name a month, 1 to 12.
func monthOfYear(n string) bool {
	m, err := strconv.Atoi(n)
	return err == nil && m >= 1 && m <= 12
}

// markDateParts marks the numbers that are parts of a date written in
// words, "ngày 19 tháng 6 năm 2015": a number that follows "ngày", "tháng"
// or "năm" where that word is not itself the unit of an amount. In "01
// tháng 15 ngày" the "tháng" is the unit of 01, so 15 is a second amount,
// not a day of the month (a composite must never lose its parts); in "19
// tháng 6" 19 is a date part, so 6 is too. One pass, left to right.
func markDateParts(toks []token) {
	for i := range toks {
		if toks[i].kind != tokNum {
			continue
		}
		if wordAt(toks, i+1, "thang") && kindAt(toks, i+2, tokNum) && !kindAt(toks, i-1, tokNum) && !punctAt(toks, i+3, "(") && len(toks[i+2].text) <= 2 &&
			(toks[i+2].text < "13" || len(toks[i+2].text) == 1) && !(i+3 < len(toks) && toks[i+3].kind == tokWord && isUnitWord(toks[i+3].text)) &&
			(wordAt(toks, i-1, "tu") || wordAt(toks, i-1, "den") || wordAt(toks, i-1, "truoc") || wordAt(toks, i-1, "sau") || words2(toks, i-2, "quoc", "khanh") ||
				wordAt(toks, i-1, "la") && dayOfMonth(toks[i].text) && (i+3 == len(toks) || toks[i+3].kind == tokPunct) ||
				(wordAt(toks, i-1, "va") || punctAt(toks, i-1, ",")) && kindAt(toks, i-2, tokNum) && toks[i-2].date && wordAt(toks, i-3, "thang")) {
			// "từ 01 tháng 01 đến 31 tháng 12", "trước 31 tháng 7 hàng năm": a
			// day of a month, no amount of months (not "01 tháng 15 ngày").
			// So is the next date of a list ("tại ngày 30 tháng 6 và 31 tháng
			// 12", Thông tư 91/2020/TT-BTC Điều 12; "trước ngày 20 tháng 6,
			// 20 tháng 11", Nghị định 168/2018/NĐ-CP Điều 15), and the
			// National Day's ("ngày Quốc khánh 2 tháng 9"), and a date a
			// limit is said to be, closing its clause ("thì thời hạn nộp
			// thuế là 31 tháng 5.", Bộ pháp điển on land rent).
			toks[i].date = true
			continue
		}
		if wordAt(toks, i+1, "thang") && words2(toks, i-2, "thoi", "diem") && kindAt(toks, i+2, tokNum) && dayOfMonth(toks[i].text) && monthOfYear(toks[i+2].text) {
			// "Tỷ lệ nợ xấu tại thời điểm 31 tháng 12 năm trước liền kề năm
			// đề nghị" (Thông tư 13/2026/TT-NHNN, the Gazette): a moment is a
			// date, whatever follows the month ("năm trước", the year before).
			toks[i].date = true
			continue
		}
		if wordAt(toks, i+1, "thang") && i+2 < len(toks) && toks[i+2].kind == tokWord && isNumberWord(toks[i+2].text) && wordAt(toks, i+3, "nam") && kindAt(toks, i+4, tokNum) {
			toks[i].date = true // "19 tháng tám năm 1945": the month in words
			continue
		}
		if !wordAt(toks, i-1, "ngay") && !wordAt(toks, i-1, "thang") && !wordAt(toks, i-1, "nam") {
			continue
		}
		if wordAt(toks, i-1, "ngay") && dottedDayMonth(toks[i].text) {
			// "từ 15 giờ 30 ngày 18.9 đến 15 giờ 30 ngày 18.10" (a news
			// report on a suspension, thanhnien.vn): a day and month parted
			// by a dot, whatever stands before "ngày"; never an amount (a
			// decimal takes a comma, and a dot parting thousands is
			// followed by three digits).
			toks[i].date = true
			continue
		}
		if wordAt(toks, i-1, "ngay") && amountThenCaseAt(toks, i) {
			continue // "Trong ngày 03 ngày (trong trường hợp …)": an amount, no day of a month
		}
		if wordAt(toks, i-1, "nam") && strings.TrimLeft(toks[i].text, "0") == "5" && i+1 < len(toks) && toks[i+1].kind == tokWord && isUnitWord(toks[i+1].text) && toks[i+1].text != "nam" {
			// "Trong thời hạn năm 05 ngày làm việc" (national portal 2026,
			// thủ tục 1.011997): five, spelt out and then in digits, no year.
			continue
		}
		if wordAt(toks, i-1, "nam") && wordAt(toks, i-2, "viet") && words3(toks, i+1, "ngay", "lam", "viec") {
			// "Cấp lại giấy phép lao động cho người lao động nước ngoài
			// làm việc tại Việt Nam 02 ngày làm việc" (a province's table
			// of procedures, qeza.gov.vn): the country, whose "Nam" folds
			// as "năm" does, then an amount of working days. (Other units
			// after "Việt Nam" are left as before: read so, two held-out
			// texts with no limit were read otherwise.)
			continue
		}
		// ("Nghị quyết số 1139/2007/UBTVQH11 ngày 03 tháng 7 năm 2007": the
		// "11" glued to a code's letters is no amount whose unit "ngày" is.)
		toks[i].date = !kindAt(toks, i-2, tokNum) || toks[i-2].date || !toks[i-2].space && kindAt(toks, i-3, tokWord)
	}
}

// amountThenCaseAt reports whether the number at n is an amount of days
// with its case in brackets after it: "Thời hạn giải quyết: Trong ngày 03
// ngày (trong trường hợp cần xác minh thêm)" (a news page quoting a
// procedure's cell, two values run together) is the same day, or three
// days in that case; "ngày 03" there is no day of a month. ("trong ngày 05
// ngày làm việc" with no such bracket is left a date, as a typo's stray
// "ngày" cannot be told from it.)
func amountThenCaseAt(toks []token, n int) bool {
	return wordAt(toks, n+1, "ngay") && punctAt(toks, n+2, "(") &&
		(words2(toks, n+3, "trong", "truong") || words2(toks, n+3, "truong", "hop") || words2(toks, n+3, "neu", "co"))
}

// dottedDayMonth reports whether s is a day and a month parted by a dot,
// with a year or not: "18.9", "18.10", "30.6.2024".
func dottedDayMonth(s string) bool {
	d, rest, ok := strings.Cut(s, ".")
	if !ok || len(d) == 0 || len(d) > 2 {
		return false
	}
	m, y, hasYear := strings.Cut(rest, ".")
	if len(m) == 0 || len(m) > 2 || hasYear && len(y) != 4 {
		return false
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// isLetter is unicode.IsLetter with an ASCII fast path (folded text is
// lower case).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLetter(r)
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// unitWordAt reports whether s starts with a unit of time written with a
// capital, as the portal writes them ("Ngày", "Giờ", "Tháng", "Năm").
func unitWordAt(s string) bool {
	for _, u := range []string{"Ngày", "Giờ", "Tháng", "Năm", "Tuần", "NGÀY", "GIỜ", "THÁNG", "NĂM"} {
		if strings.HasPrefix(s, u) {
			return true
		}
	}
	return false
}

// isUnitWord reports whether the folded word w is a unit of time.
func isUnitWord(w string) bool {
	switch w {
	case "ngay", "gio", "thang", "nam", "tuan", "phut":
		return true
	}
	return false
}
