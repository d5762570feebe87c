package sla

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vnfold"
)

// ParseLimit reads a time limit ("thời hạn giải quyết") as written in
// procedure catalogues, such as the national procedure database
// (dichvucong.gov.vn) and provincial decisions publishing procedure lists.
//
// It is case-, diacritic- and whitespace-tolerant: NFC and NFD input both
// work, "đ"/"Đ" reads as "d", and "15 NGAY LAM VIEC" equals
// "15 ngày làm việc". It recognises exactly one amount followed by a unit:
//
//	"… ngày làm việc"        working days
//	"… giờ làm việc"         working hours
//	"… ngày"                 calendar days (Civil Code 2015 Art. 144)
//	"… tháng"                months
//	"Trong ngày", "Ngay trong ngày", "Trong ngày làm việc"   same day
//
// Amounts may have leading zeros ("03"), a decimal comma or point with at
// most two decimals ("0,5", "0.5"), and a repetition in words in
// parentheses, which must agree ("15 (mười lăm) ngày làm việc"). Text
// before and after the limit is ignored, which covers upper-bound phrasing
// ("Không quá", "Tối đa", "Trong thời hạn", "Trong vòng", "Chậm nhất"),
// trailing punctuation and explanations ("kể từ ngày nhận đủ hồ sơ hợp
// lệ"). The same limit stated twice counts once.
//
// ParseLimit never guesses and never returns part of a text's duration: a
// composite such as "01 tháng 15 ngày" or "3 ngày 4 giờ làm việc" is two
// amounts, not one. It returns a [*LimitError] wrapping:
//
//   - [ErrLimitTooLong] for a text longer than [MaxLimitTextBytes];
//   - [ErrLimitSyntax] when no amount with a supported unit is found: an
//     empty text, a bare number ("15"), a unit without a number ("ngày làm
//     việc"), "ngay sau khi nhận được yêu cầu" (no stated unit), "1/2",
//     units this package does not model (weeks "tuần", years "năm", minutes,
//     and "giờ" without "làm việc", which reads as a clock time such as
//     "sau 15 giờ"), or a number in words that disagrees with the digits;
//   - [ErrLimitRange] for a negative amount ("-5 ngày"), more than two
//     decimals, a fraction of calendar days or months ("15,5 ngày"), a zero
//     amount ("0 ngày làm việc" too: a same-day limit is written "Trong
//     ngày"), or an amount above the MaxLimit… caps;
//   - [ErrLimitAmbiguous] when the text holds two different limits, a range
//     ("5 - 7 ngày làm việc", "từ 5 đến 7 ngày"), a "next working day" rule
//     together with another limit, or a conditional word ("trường hợp",
//     "hoặc", "nếu" other than the aside "(nếu có)"). Such per-case limits
//     must be stored separately by the caller; the 15:00 cut-off of
//     certification procedures is a schedule rule, not part of a Limit.
//
// The cost is linear in the length of s.
//
// Weeks are rejected rather than converted: the national database has no
// week unit, and reading "1 tuần" as 7 calendar days or 5 working days
// would both be assumptions.
func ParseLimit(s string) (Limit, error) {
	if len(s) > MaxLimitTextBytes {
		return Limit{}, &LimitError{Input: s, Err: ErrLimitTooLong, detail: tooLongDetail(s)}
	}
	l, detail, sentinel := parseLimit(s)
	if sentinel != nil {
		return Limit{}, &LimitError{Input: s, Err: sentinel, detail: detail}
	}
	return l, nil
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

// tokKind classifies a token of folded text.
type tokKind uint8

const (
	tokWord  tokKind = iota // run of letters
	tokNum                  // run of digits, optionally with one decimal part
	tokPunct                // any other single rune
)

// token is one lexical unit of folded (lower-case, diacritic-free) text.
type token struct {
	kind  tokKind
	text  string // folded word or raw number text; the rune for punctuation
	space bool   // whitespace (or the start of the text) precedes it
	date  bool   // a number that is part of a date in words (markDateParts)
}

// mentionKind classifies a limit found in the text.
type mentionKind uint8

const (
	mLimit       mentionKind = iota // amount + supported unit
	mUnsupported                    // amount + unit we do not model
	mNextDay                        // "trong ngày làm việc tiếp theo"
	mRange                          // "5 - 7 ngày", "từ 5 đến 7 ngày"
)

// mention is one time limit found in the text.
type mention struct {
	kind   mentionKind
	limit  Limit  // for mLimit
	detail string // description for errors
}

// parseLimit does the work of ParseLimit. It returns a Limit, or a detail
// message and the sentinel error classifying the failure.
func parseLimit(s string) (Limit, string, error) {
	if strings.TrimSpace(s) == "" {
		return Limit{}, "empty text", ErrLimitSyntax
	}
	toks := tokenize(fold(s))
	markDateParts(toks)
	var (
		mentions []mention
		rangeErr string // first range/precision failure
	)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == tokWord && t.text == "trong" && wordAt(toks, i+1, "ngay") && !kindAt(toks, i+2, tokNum):
			j := i + 2
			lamViec := wordsAt(toks, j, "lam", "viec")
			if lamViec {
				j += 2
			}
			if wordsAt(toks, j, "tiep", "theo") || wordsAt(toks, j, "hom", "sau") {
				mentions = append(mentions, mention{kind: mNextDay, detail: "next working day"})
			} else {
				mentions = append(mentions, mention{kind: mLimit, limit: SameDay()})
			}
		case t.kind == tokWord && t.text == "ngay" && wordsAt(toks, i+1, "hom", "sau"):
			mentions = append(mentions, mention{kind: mNextDay, detail: "next day"})
		case t.kind == tokNum:
			m, skip, bad := numberMention(toks, i)
			if bad != "" && rangeErr == "" {
				rangeErr = bad
			}
			if m != nil {
				mentions = append(mentions, *m)
			}
			i += skip
		}
	}
	if rangeErr != "" {
		return Limit{}, rangeErr, ErrLimitRange
	}
	if len(mentions) == 0 {
		return Limit{}, "no amount with a unit (ngày làm việc, giờ làm việc, ngày, tháng) and no \"trong ngày\"", ErrLimitSyntax
	}
	// Deduplicate identical limits, then decide.
	var (
		first       *mention
		distinct    int
		hasRange    bool
		unsupported string
	)
	for k := range mentions {
		m := &mentions[k]
		switch m.kind {
		case mRange:
			hasRange = true
			continue
		case mUnsupported:
			if unsupported == "" {
				unsupported = m.detail
			}
		}
		if first == nil || m.kind != first.kind || m.limit != first.limit || m.detail != first.detail {
			if first == nil {
				first = m
			}
			distinct++
		}
	}
	switch {
	case hasRange:
		return Limit{}, "a range of amounts", ErrLimitAmbiguous
	case distinct > 1:
		return Limit{}, "several different limits", ErrLimitAmbiguous
	case hasConditional(toks):
		return Limit{}, "conditional alternatives (trường hợp, hoặc, nếu)", ErrLimitAmbiguous
	case unsupported != "":
		return Limit{}, unsupported, ErrLimitSyntax
	case first.kind == mNextDay:
		return Limit{}, "\"next working day\" is a cut-off rule, not a limit", ErrLimitSyntax
	}
	return first.limit, "", nil
}

// numberMention examines the number token at toks[i]. It returns the
// mention it starts (nil if the number is not followed by a unit), how many
// following tokens were consumed, and a range/precision problem if any.
func numberMention(toks []token, i int) (m *mention, skip int, bad string) {
	t := toks[i]
	// Parts of dates, document numbers and fractions: "19/6/2015",
	// "11/2021/NĐ-CP", "1/2", "ngày 19 tháng 6 năm 2015".
	if punctAt(toks, i-1, "/") || punctAt(toks, i+1, "/") {
		return nil, 0, ""
	}
	if t.date {
		return nil, 0, ""
	}
	// Second number of a range was handled with the first.
	if (punctAt(toks, i-1, "-") && kindAt(toks, i-2, tokNum)) ||
		((wordAt(toks, i-1, "den") || wordAt(toks, i-1, "toi")) && kindAt(toks, i-2, tokNum)) {
		return nil, 0, ""
	}
	negative := punctAt(toks, i-1, "-") && !t.space
	j := i + 1
	// Range: "5 - 7 ngày", "15-20 ngày", "5 đến 7 ngày".
	if (punctAt(toks, j, "-") || wordAt(toks, j, "den") || wordAt(toks, j, "toi")) && kindAt(toks, j+1, tokNum) {
		if _, n := unitAt(toks, j+2); n > 0 {
			return &mention{kind: mRange}, 1 + n, ""
		}
		return nil, 0, ""
	}
	h, numBad := parseAmount(t.text)
	// Optional repetition in words: "15 (mười lăm) ngày làm việc".
	if punctAt(toks, j, "(") {
		k := j + 1
		for k < len(toks) && toks[k].kind == tokWord {
			k++
		}
		if k > j+1 && punctAt(toks, k, ")") {
			if _, n := unitAt(toks, k+1); n > 0 {
				v, ok := parseNumberWords(toks[j+1 : k])
				if !ok || numBad != "" || h%100 != 0 || int64(v)*100 != h {
					return &mention{kind: mUnsupported, detail: "the number in words does not match the digits"}, 0, ""
				}
				j = k + 1
			}
		}
	}
	u, n := unitAt(toks, j)
	if n == 0 {
		return nil, 0, ""
	}
	if u == UnitUnknown {
		return &mention{kind: mUnsupported, detail: "unsupported unit \"" + unsupportedName(toks[j].text) + "\""}, j - i - 1 + n, ""
	}
	if negative {
		return nil, j - i - 1 + n, "negative amount"
	}
	if numBad != "" {
		return nil, j - i - 1 + n, numBad
	}
	if h == 0 && u == UnitWorkingDays {
		// Refused, not read as "Trong ngày": a catalogue states a same-day
		// limit in words ("Trong ngày", "Ngay trong ngày"); a 0 in the
		// amount column is far more often an empty field than a decision,
		// and Decree 63/2010/NĐ-CP Art. 8(2)(đ) requires the limit to be
		// stated. The caller decides (issue 12.22).
		return nil, j - i - 1 + n, "zero working days: write \"Trong ngày\" for a same-day limit"
	}
	if reason := checkHundredths(h, u); reason != "" {
		return nil, j - i - 1 + n, reason
	}
	return &mention{kind: mLimit, limit: Limit{hundredths: int32(h), unit: u}}, j - i - 1 + n, ""
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
		if !wordAt(toks, i-1, "ngay") && !wordAt(toks, i-1, "thang") && !wordAt(toks, i-1, "nam") {
			continue
		}
		toks[i].date = !kindAt(toks, i-2, tokNum) || toks[i-2].date
	}
}

// unsupportedName names an unsupported unit word for error messages.
func unsupportedName(w string) string {
	switch w {
	case "gio":
		return "giờ (clock hours; only \"giờ làm việc\" is a limit unit)"
	case "tuan":
		return "tuần (weeks)"
	case "nam":
		return "năm (years)"
	case "phut":
		return "phút (minutes)"
	}
	return w
}

// unitAt recognises a unit starting at toks[j]. It returns the unit
// (UnitUnknown for a recognised but unsupported one) and the number of
// tokens it spans; 0 if there is no unit there.
func unitAt(toks []token, j int) (Unit, int) {
	if j >= len(toks) || toks[j].kind != tokWord {
		return UnitUnknown, 0
	}
	switch toks[j].text {
	case "ngay":
		if wordsAt(toks, j+1, "lam", "viec") {
			return UnitWorkingDays, 3
		}
		return UnitCalendarDays, 1
	case "gio":
		if wordsAt(toks, j+1, "lam", "viec") {
			return UnitWorkingHours, 3
		}
		return UnitUnknown, 1
	case "thang":
		return UnitMonths, 1
	case "tuan", "nam", "phut":
		return UnitUnknown, 1
	}
	return UnitUnknown, 0
}

// parseAmount converts a number token ("03", "0,5", "0.25") to hundredths.
// A non-empty second result explains why the amount is unacceptable.
func parseAmount(s string) (int64, string) {
	ip, fp := s, ""
	if k := strings.IndexAny(s, ",."); k >= 0 {
		ip, fp = s[:k], s[k+1:]
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

// hasConditional reports whether the text contains a conditional word:
// "trường hợp", "hoặc", or "nếu" other than the aside "(nếu có)".
func hasConditional(toks []token) bool {
	for i, t := range toks {
		if t.kind != tokWord {
			continue
		}
		switch t.text {
		case "hoac":
			return true
		case "truong":
			if wordAt(toks, i+1, "hop") {
				return true
			}
		case "neu":
			// "(nếu có)" 'if any' is not a condition; "nếu có số hiệu" is.
			if !wordAt(toks, i+1, "co") || kindAt(toks, i+2, tokWord) {
				return true
			}
		}
	}
	return false
}

// wordAt reports whether toks[i] is the word w.
func wordAt(toks []token, i int, w string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tokWord && toks[i].text == w
}

// wordsAt reports whether the words ws start at toks[i].
func wordsAt(toks []token, i int, ws ...string) bool {
	for k, w := range ws {
		if !wordAt(toks, i+k, w) {
			return false
		}
	}
	return true
}

// punctAt reports whether toks[i] is the punctuation p.
func punctAt(toks []token, i int, p string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tokPunct && toks[i].text == p
}

// kindAt reports whether toks[i] exists and is of kind k.
func kindAt(toks []token, i int, k tokKind) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == k
}

// tokenize splits folded text into words, numbers and punctuation.
func tokenize(s string) []token {
	toks := make([]token, 0, 16)
	space := true
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
			toks = append(toks, token{kind: tokNum, text: s[i:j], space: space})
			i = j
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				j := i
				for j < len(s) {
					r2, size2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += size2
				}
				toks = append(toks, token{kind: tokWord, text: s[i:j], space: space})
				i = j
			} else {
				toks = append(toks, token{kind: tokPunct, text: s[i : i+size], space: space})
				i += size
			}
		}
		space = false
	}
	return toks
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// fold lower-cases s, removes Vietnamese diacritics (precomposed or as
// combining marks), maps "đ" to "d", turns every kind of whitespace into a
// single space and unifies dashes to "-".
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	lastSpace := true
	for _, r := range s {
		if r < utf8.RuneSelf {
			c := byte(r)
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				if !lastSpace {
					b.WriteByte(' ')
					lastSpace = true
				}
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			lastSpace = false
			continue
		}
		switch {
		case unicode.IsSpace(r):
			if !lastSpace {
				b.WriteByte(' ')
				lastSpace = true
			}
			continue
		case vnfold.Ignorable(r):
			continue // combining marks (NFD), zero-width characters
		case r == '–' || r == '—' || r == '−' || r == '‐' || r == '‑':
			b.WriteByte('-')
		default:
			b.WriteRune(vnfold.Rune(r))
		}
		lastSpace = false
	}
	return b.String()
}
