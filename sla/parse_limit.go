package sla

import (
	"strconv"
	"strings"

	"github.com/motcua/motcua/internal/clip"
)

// MaxLimitTextBytes is the longest time-limit text [ParseLimit] reads, in
// bytes. The longest real texts (a limit with its per-agency breakdown and
// its alternatives, such as the nationality procedures' "85 ngày làm việc
// … ; 80 ngày làm việc …" or a land procedure's "Trong thời hạn 45 ngày,
// trong đó: …") are under 1,500 bytes, but the national portal's
// "Mô tả" cells, which repeat the procedure's steps, reach 4.2 KB, and
// the catalogue's "Trình tự thực hiện" cells of 2026 8.8 KB
// (testdata/limits: three such cells were refused at the 8 KiB this cap
// was until December 2026); 16 KiB reads them all with room. A longer text
// is refused with [ErrLimitTooLong] before any work is done. The cost of a
// read is linear in the length up to the cap (about 460 instructions a
// byte at 8 and at 16 KiB; BenchmarkReadLimit).
const MaxLimitTextBytes = 16384

// quoteBytes is how much of the input a LimitError quotes.
const quoteBytes = 120

// ParseLimit is the strict entry point on top of [ReadLimit]: it returns a
// Limit only when the text states exactly one ordinary limit, of one part,
// counted from receipt, with no alternative, cut-off or other concern;
// otherwise a typed error that says what the reader found.
//
// It reads what ReadLimit reads ("15 ngày làm việc", "03 ngày làm việc kể
// từ ngày nhận đủ hồ sơ hợp lệ", "Trong ngày", "Mười (10) ngày làm việc",
// "07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 04 ngày)"): case-, diacritic-
// and whitespace-tolerant, NFC or NFD, over several lines. The same limit
// stated twice counts once; a breakdown that adds up to the total is the
// total.
//
// ParseLimit never guesses and never returns part of a text's duration: a
// composite such as "01 tháng 15 ngày" or "3 ngày 4 giờ làm việc" is two
// amounts, not one. It returns a [*LimitError] wrapping:
//
//   - [ErrLimitTooLong] for a text longer than [MaxLimitTextBytes];
//   - [ErrLimitRange] for a negative amount ("-5 ngày"), more than two
//     decimals, a fraction of calendar days or months ("15,5 ngày"), a zero
//     amount ("0 ngày làm việc" too: a same-day limit is written "Trong
//     ngày"), or an amount above the MaxLimit… caps;
//   - [ErrLimitAmbiguous] when the text states alternatives (a condition,
//     "hoặc" between durations, a range, an extension), several durations
//     with no condition, a composite, a stated cut-off ("… trong ngày làm
//     việc tiếp theo nếu tiếp nhận sau 15 giờ", which a Limit cannot hold),
//     or a breakdown that does not add up;
//   - [ErrLimitOtherEvent] when the limit counts from another event than
//     receipt ("kể từ ngày kết thúc kiểm tra");
//   - [ErrLimitSyntax] when no duration is found (an empty text, a bare
//     number, "1" with no unit), or only in a unit this package does not
//     model (years "năm", minutes that are no whole hundredth of a working
//     hour), or a next-day rule without a cut-off,
//     or a number in words that disagrees with the digits.
//
// Use [ReadLimit] to see the alternatives, the cut-off, the breakdown and
// the words that decided each. Weeks are calendar days, seven a week
// ("2 tuần" is 14 ngày): the Civil Code 2015 makes a week seven days (Art.
// 146) and ends a period in weeks on the corresponding day, moved to the
// next working day when that day is off (Art. 148), which is where a
// period of seven times as many calendar days ends. "1/2 ngày làm việc" is
// half a working day. The cost is linear in the length of s.
func ParseLimit(s string) (Limit, error) {
	r, err := ReadLimit(s)
	if le, ok := err.(*LimitError); ok {
		le.Func = "" // the reader's refusal, reported as ParseLimit's
		return Limit{}, le
	}
	if l, ok := r.Limit(); ok {
		return l, nil
	}
	sentinel, detail := r.refusal()
	return Limit{}, &LimitError{Input: s, Err: sentinel, detail: detail}
}

// alternativesDetail names the first three alternatives of a refused text
// for its error: kind, duration (a range's both ends) and the case's
// words, clipped. "alternatives: conditional 30 ngày làm việc (trường hợp
// phức tạp); range 6 ngày làm việc – 8 ngày làm việc".
func alternativesDetail(alts []Alternative) string {
	var b strings.Builder
	b.WriteString("alternatives: ")
	for k, a := range alts {
		if k == 3 {
			b.WriteString("; and " + strconv.Itoa(len(alts)-k) + " more")
			break
		}
		if k > 0 {
			b.WriteString("; ")
		}
		b.WriteString(a.Kind.String() + " " + a.Duration())
		if a.Condition != "" {
			b.WriteString(" (" + clip.String(a.Condition, 60) + ")")
		}
	}
	return b.String()
}

// refusal says why r gives no single Limit from receipt: the sentinel and
// a detail, most specific first.
func (r Reading) refusal() (error, string) {
	for _, c := range r.Concerns {
		if c.err == ErrLimitRange {
			return ErrLimitRange, c.Detail
		}
	}
	switch {
	case len(r.Alternatives) > 0:
		return ErrLimitAmbiguous, alternativesDetail(r.Alternatives)
	case r.Ordinary.IsComposite():
		return ErrLimitAmbiguous, "a composite limit " + r.Ordinary.String() + ", counted part after part: use ReadLimit and Schedule.DueOf"
	case !r.BreakdownMatches():
		return ErrLimitAmbiguous, "the breakdown does not add up to " + r.Ordinary.String()
	case r.Cutoff != 0 && !r.Ordinary.IsZero():
		return ErrLimitAmbiguous, r.Ordinary.String() + " with a cut-off at " + r.Cutoff.HhMm() + ": use ReadLimit and a Schedule with that cut-off"
	case r.From == FromOtherEvent:
		return ErrLimitOtherEvent, "counted " + r.FromWords
	}
	for _, c := range r.Concerns {
		if c.err != nil && c.err != ErrLimitAmbiguous {
			return c.err, c.Detail
		}
	}
	for _, c := range r.Concerns {
		if c.err != nil {
			return c.err, c.Detail
		}
	}
	return ErrLimitSyntax, "no ordinary limit"
}

// MustParseLimit is like [ParseLimit] but panics if s cannot be parsed. It
// is intended for use in tests and examples with hard-coded strings.
func MustParseLimit(s string) Limit {
	l, err := ParseLimit(s)
	if err != nil {
		panic(err)
	}
	return l
}

// unsupportedName names an unsupported unit word for error messages.
func unsupportedName(w string, clockHours bool) string {
	switch w {
	case "gio":
		return "giờ (read as clock hours, which this package does not count)"
	case "tuan":
		return "tuần (weeks)"
	case "nam":
		return "năm (years)"
	case "phut", "’", "'":
		if clockHours {
			return "phút (minutes of clock time, which this package does not count)"
		}
		return "phút (minutes that are no whole hundredth of a working hour: 15, 30, 45 or 90 phút are read)"
	}
	return w
}

// parseAmount converts a number token ("03", "0,5", "0.25") to hundredths.
// A non-empty second result explains why the amount is unacceptable.
func parseAmount(s string) (int64, string) {
	ip, fp := s, ""
	for k := 0; k < len(s); k++ { // strings.IndexAny(s, ",."), without its calls for a short text
		if s[k] == ',' || s[k] == '.' {
			ip, fp = s[:k], s[k+1:]
			break
		}
	}
	ip = strings.TrimLeft(ip, "0")
	if len(ip) > 9 {
		return 0, "amount too large"
	}
	if len(fp) > 2 {
		return 0, "more than two decimal places"
	}
	var h int64
	for _, c := range []byte(ip) {
		h = h*10 + int64(c-'0')
	}
	h *= 100
	if len(fp) >= 1 {
		h += int64(fp[0]-'0') * 10
	}
	if len(fp) == 2 {
		h += int64(fp[1] - '0')
	}
	return h, ""
}

// numberWords maps folded Vietnamese digit words to their values.
var numberWords = map[string]int{
	"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4,
	"nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}

// digitsInWords reads two or three digit words as the digits of a number,
// one by one ("hai bốn" is 24, as "24 (hai bốn) giờ" spells it out).
func digitsInWords(ws []token) (int, bool) {
	if len(ws) < 2 || len(ws) > 3 {
		return 0, false
	}
	v := 0
	for _, w := range ws {
		d, ok := numberWords[w.text]
		if !ok {
			return 0, false
		}
		v = v*10 + d
	}
	return v, true
}

// parseNumberWords reads a Vietnamese number below 1000 written in words
// ("mười lăm", "hai mươi", "một trăm linh năm"), already folded.
func parseNumberWords(ws []token) (int, bool) {
	hundreds, tens, ones := 0, 0, 0
	pending, havePending, haveTens := 0, false, false
	for _, w := range ws {
		switch w.text {
		case "tram":
			if !havePending || hundreds != 0 || haveTens {
				return 0, false
			}
			hundreds, havePending = pending*100, false
		case "muoi":
			if haveTens {
				return 0, false
			}
			if havePending {
				tens = pending * 10
			} else {
				tens = 10
			}
			haveTens, havePending = true, false
		case "linh", "le":
			if haveTens {
				return 0, false
			}
			haveTens = true
		default:
			d, ok := numberWords[w.text]
			if !ok || havePending {
				return 0, false
			}
			pending, havePending = d, true
		}
	}
	if havePending {
		ones = pending
	}
	return hundreds + tens + ones, true
}

// wordAt reports whether toks[i] is the word w.
//
// It is the reader's most frequent question (a few hundred times a text),
// so it is asked cheaply: one unsigned comparison bounds i on both sides,
// then the text. Its words are letters only (every caller passes a word
// such as "ngay"), which no number's or punctuation's text equals, so the
// token's kind needs no check.
func wordAt(toks []token, i int, w string) bool {
	return uint(i) < uint(len(toks)) && toks[i].text == w
}

// wordsAt reports whether the words ws start at toks[i].
//
// Inlined at each of its hundreds of calls, its words are no constants to
// the compiler: the texts are compared a byte at a time (sameText), not by
// a call to the runtime's memequal, which costs more than these short
// words and makes the caller save its registers around it.
func wordsAt(toks []token, i int, ws ...string) bool {
	for k, w := range ws {
		j := i + k
		if uint(j) >= uint(len(toks)) || !sameText(toks[j].text, w) || toks[j].kind != tokWord {
			return false
		}
	}
	return true
}

// sameText reports whether a == b, for short strings.
func sameText(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// punctAt reports whether toks[i] is the punctuation p.
func punctAt(toks []token, i int, p string) bool {
	return uint(i) < uint(len(toks)) && toks[i].kind == tokPunct && toks[i].text == p // (bounds as wordAt's)
}

// kindAt reports whether toks[i] exists and is of kind k.
func kindAt(toks []token, i int, k tokKind) bool {
	return uint(i) < uint(len(toks)) && toks[i].kind == k
}

// words2 to words6 are [wordsAt] for two to six words: with a fixed number
// of constant words, each call compiles to a few loads and comparisons, not
// a slice built on the stack and a loop over it. Their words are letters
// only (the calls pass constants such as "ngay"), which no number or
// punctuation token's text equals, so the tokens' kinds need no check.
func words2(toks []token, i int, a, b string) bool {
	return uint(i+1) < uint(len(toks)) && uint(i) < uint(len(toks)) && toks[i].text == a && toks[i+1].text == b
}

// sameTwoWords reports whether the two words at i are the two words at j:
// "đề nghị đơn vị đo đạc …; đơn vị đo đạc có trách nhiệm …" names at the
// second place whom the first addressed.
func sameTwoWords(toks []token, i, j int) bool {
	return kindAt(toks, i, tokWord) && kindAt(toks, i+1, tokWord) && kindAt(toks, j, tokWord) && kindAt(toks, j+1, tokWord) &&
		toks[i].text == toks[j].text && toks[i+1].text == toks[j+1].text
}

func words3(toks []token, i int, a, b, c string) bool {
	return uint(i+2) < uint(len(toks)) && uint(i) < uint(len(toks)) && toks[i].text == a && toks[i+1].text == b && toks[i+2].text == c
}

func words4(toks []token, i int, a, b, c, d string) bool {
	return uint(i+3) < uint(len(toks)) && uint(i) < uint(len(toks)) && toks[i].text == a && toks[i+1].text == b && toks[i+2].text == c && toks[i+3].text == d
}

func words5(toks []token, i int, a, b, c, d, e string) bool {
	return uint(i+4) < uint(len(toks)) && uint(i) < uint(len(toks)) && toks[i].text == a && toks[i+1].text == b && toks[i+2].text == c && toks[i+3].text == d && toks[i+4].text == e
}

func words6(toks []token, i int, a, b, c, d, e, f string) bool {
	return uint(i+5) < uint(len(toks)) && uint(i) < uint(len(toks)) && toks[i].text == a && toks[i+1].text == b && toks[i+2].text == c && toks[i+3].text == d && toks[i+4].text == e && toks[i+5].text == f
}
