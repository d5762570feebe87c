package sla

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2/clock"
)

// ReadOptions configure [ReadLimitWith]. A nil *ReadOptions means every
// default.
type ReadOptions struct {
	// ClockHours reads a bare "giờ" after an amount ("8 Giờ", the national
	// portal's unit "Giờ") as clock hours instead of working hours. This
	// package counts no clock hours, so such a duration then becomes a
	// [ConcernUnreadable] for a person to decide.
	//
	// The default is working hours: the national procedure database's unit
	// list has "Giờ" but no "Giờ làm việc", and the texts behind its "Giờ"
	// rows say "giờ làm việc" (e.g. vehicle registration, 8 giờ làm việc);
	// a limit of a one-stop unit runs in office hours (Decision
	// 188/1999/QĐ-TTg), while Civil Code 2015 Art. 147(1) counts a period
	// in hours from the stated moment — the reading this option chooses.
	ClockHours bool

	// FeeAtReceipt reads "kể từ khi nhận đủ hồ sơ hợp lệ và chủ xe hoàn
	// thành việc nộp lệ phí" as counted from receipt, for a unit that
	// collects the fee when it receives the dossier, as a one-stop section
	// does at its desk and the portal does before it passes an online
	// dossier on (practice, recalled [R]: no article was verified).
	//
	// The default reads it as counted from another event: the sentence,
	// which the national portal quotes from the vehicle registration rules
	// (Circular 79/2024/TT-BCA, recalled [R]; the portal's texts in
	// testdata/limits are the verified source of the wording), makes the
	// count start when both are done, which receipt alone does not
	// establish. Two people labelling the same sentences disagreed here
	// (testdata/limits); the default asks a person rather than guess.
	FeeAtReceipt bool
}

// ReadLimit reads a time-limit text as the national procedure database, a
// provincial decision or a legal text writes it, and returns what the text
// says: see [Reading]. It is [ReadLimitWith] with the default options.
func ReadLimit(s string) (Reading, error) { return ReadLimitWith(s, nil) }

// ReadLimitWith reads a time-limit text with options o (nil: defaults).
//
// The text may run over several lines: a line that starts a list item ("-
// …", "a) …") or a heading ("Thời hạn giải quyết: …", unless the line
// before ends with a comma) starts a clause, and any other line break is a
// space, as in a line a page or a PDF wrapped. It may be in NFC or NFD
// Unicode, in any case, with or without diacritics (in a text with none,
// words that differ only by their marks are told apart by the words around
// them: "thi" is "thì" unless an exam or "thị" stands by it, "sau" before a
// unit after a limit's cue is "sáu", "tuan" after an amount a week). A text
// copied from a web page with its HTML ("04 Ng&agrave;y l&agrave;m
// việc</span>") reads as its text: character references decoded, tags
// dropped. What the reader recognises:
//
//   - amounts in digits, with leading zeros or a decimal comma ("0,5",
//     "(17,5)"), repeated in words ("15 (mười lăm) ngày") or in words with
//     the digits in brackets ("Mười (10) ngày làm việc");
//   - the units ngày làm việc, giờ làm việc, ngày, tháng, and bare giờ or
//     "h" after a limit's words ("trong vòng 24h"; see
//     [ReadOptions.ClockHours]); minutes as hundredths of a working hour
//     when they are whole ones ("30 phút" is 0,5 giờ làm việc; "10 phút"
//     is not read); "1/2 ngày làm việc", "½ ngày làm việc" and "nửa ngày
//     làm việc" are half a working day, "02 ngày rưỡi làm việc" two and a
//     half (half a calendar day or month is unreadable, as "0,5 ngày" is);
//     weeks are calendar days, seven a week ("2 tuần" is 14 ngày: Civil
//     Code 2015 Art. 146 and 148 end a period in weeks where seven times as
//     many days end), and a working week five working days ("01 tuần làm
//     việc" is 5 ngày làm việc: Quyết định 188/1999/QĐ-TTg); years are
//     read as unreadable durations, never converted;
//   - the same day: "Trong ngày", "Ngay trong ngày", "ngay sau khi nhận đủ
//     hồ sơ" (immediately: the same working day);
//   - composites counted part after part: "01 tháng 15 ngày", "15 ngày + 08
//     ngày làm việc";
//   - the cut-off "nếu tiếp nhận sau 15 giờ" with its "trong ngày làm việc
//     tiếp theo", or "trước 14h30 … trong ngày";
//   - conditions ("trường hợp …", "đối với …", "nếu …"; not the aside "(nếu
//     có)"), "hoặc" between two durations, ranges ("6-8", "từ 5 đến 7"),
//     extensions ("kéo dài", "gia hạn"), excluded time ("không kể thời
//     gian …");
//   - the event counted from, after "kể từ"/"tính từ": receipt when the
//     words name receiving or filing the dossier, application or request,
//     another event otherwise;
//   - a breakdown after "trong đó" or in brackets, "Sở Nội vụ: 03 ngày";
//   - syllables a crawl glued together ("kể từ ngày nhậnđủhồ sơ"), split
//     by the shape of Vietnamese syllables, in words with a Vietnamese
//     letter only;
//   - UTF-8 read as Windows-1252 and written back ("NgÃ y lÃ m viá»‡c"),
//     decoded again; the reading then quotes the decoded words.
//
// Dates in words or figures ("ngày 16/6/2014", "ngày 19 tháng 6 năm
// 2015"), document numbers and clock times ("lúc 8 giờ") are not durations.
//
// The error is a [*LimitError] wrapping [ErrLimitTooLong] for a text over
// [MaxLimitTextBytes], or [ErrLimitSyntax] for an empty text; everything
// else is in the Reading, including what could not be read. The cost is
// linear in the length of s, in time and in the bytes allocated: the
// reader's working buffers are pooled and reused between calls (it is safe
// from many goroutines at once), so a call allocates about what its Reading
// holds, and up to about 200 KB of buffers per processor stay in the pool
// between calls.
func ReadLimitWith(s string, o *ReadOptions) (Reading, error) {
	if len(s) > MaxLimitTextBytes {
		return Reading{}, &LimitError{Func: "ReadLimit", Input: s, Err: ErrLimitTooLong, detail: tooLongDetail(s)}
	}
	if strings.TrimSpace(s) == "" {
		return Reading{}, &LimitError{Func: "ReadLimit", Input: s, Err: ErrLimitSyntax, detail: "empty text"}
	}
	if strings.IndexByte(s, 0xC2) >= 0 {
		s = mojibakeRepaired(s) // "NgÃ y lÃ m viá»‡c", UTF-8 read as Windows-1252 (before the HTML, whose references decode to letters written right)
	}
	if strings.IndexByte(s, '&') >= 0 || strings.IndexByte(s, '<') >= 0 {
		s = unescapedHTML(s) // (most texts pay the two byte searches alone)
	}
	s = unquoted(s)
	var opt ReadOptions
	if o != nil {
		opt = *o
	}
	sc := scratchPool.Get().(*scratch)
	f, b := foldIndexed(s, sc.b, sc.orig)
	rd := reader{f: f, opt: opt, leadHi: -1, items: sc.items[:0], bounds: sc.bounds[:0]}
	rd.toks = tokenize(&rd.f, sc.toks)
	rd.sentences()
	rd.scan()
	scanned := len(rd.items) // group drops some: the larger count is what this call wrote
	rd.group()
	rd.clauses()
	rd.attach()
	r := rd.reading()
	sc.keep(&rd, b, max(scanned, len(rd.items)))
	scratchPool.Put(sc)
	return r, nil
}

// slashItemBefore reports whether the "/" before the number at i ends a
// list item's letter, "b/ 10 ngày kể từ ngày nhận được khiếu nại …" (as
// older decrees and circulars mark their items "a/", "b/"), not a date
// or a code ("10/2025"): one letter opening the text or following
// punctuation, and a space before the number.
func slashItemBefore(toks []token, i int) bool {
	l := i - 2
	return toks[i].space && l >= 0 && toks[l].kind == tokWord && len(toks[l].text) == 1 && !toks[i-1].space && (l == 0 || toks[l-1].kind == tokPunct)
}

// unquoted strips the quotation marks around a whole text, as a legal page
// or a news report quotes a clause ("“a) Tuyển người vào tập nghề … quá 03
// tháng.”"): the list item's mark, a heading's colon or the first word is
// then read where it would stand unquoted. A text that only opens with a
// quote loses that mark; one whose quote opens later keeps both.
func unquoted(s string) string {
	switch s[0] { // one comparison for most texts: a quotation mark's first byte, or space before it
	case '"', 0xE2, 0xC2, ' ', '\t', '\r', '\n':
	default:
		return s
	}
	t := strings.TrimLeft(s, " \t\r\n")
	for _, q := range [...][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"„", "“"}} {
		if rest, ok := strings.CutPrefix(t, q[0]); ok {
			if inner, ok := strings.CutSuffix(strings.TrimRight(rest, " \t\r\n"), q[1]); ok {
				return inner
			}
			return rest
		}
	}
	return s
}

// scratch holds a reader's working buffers between calls: the Reading a
// call returns never refers to them (its words are substrings of the input
// or new strings), so the next call may reuse them. Reading a typical text
// then allocates only what it returns.
type scratch struct {
	b      []byte
	orig   []uint16
	toks   []token
	items  []item
	bounds [][2]uint16
}

// keep takes rd's buffers back for the next call. The first used items,
// those this call wrote, are cleared so that no string they hold stays
// alive (items past them were cleared by the call that wrote them).
// Buffers are kept up to the size the longest text (MaxLimitTextBytes)
// needs, so that reading long texts in turn, as a catalogue import does,
// allocates only what it returns rather than its working buffers on every
// call: about 450 KB a pooled scratch at most (tokens of 32 bytes, items of
// 200), which the pool lets go when it is not used. Only a text of unusual
// shape (more tokens or durations than the bounds below) grows a buffer
// that is then dropped.
func (sc *scratch) keep(rd *reader, b []byte, used int) {
	if cap(b) <= MaxLimitTextBytes {
		sc.b = b[:0]
	}
	if cap(rd.f.orig) <= MaxLimitTextBytes+1 {
		sc.orig = rd.f.orig[:0]
	}
	if cap(rd.toks) <= maxKeptTokens {
		sc.toks = rd.toks[:0]
	}
	if cap(rd.items) <= maxKeptItems {
		clear(rd.items[:used])
		sc.items = rd.items[:0]
	}
	if cap(rd.bounds) <= maxKeptTokens {
		sc.bounds = rd.bounds[:0]
	}
}

// maxKeptTokens and maxKeptItems bound the token and duration buffers a
// pooled scratch keeps: twice the tokens tokenize sizes its buffer for at
// MaxLimitTextBytes (a word and its space take four bytes or more), and
// one duration in every 32 bytes.
const (
	maxKeptTokens = 2 * (MaxLimitTextBytes/4 + 8)
	maxKeptItems  = MaxLimitTextBytes / 32
)

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// itemKind classifies a duration found in the text.
type itemKind uint8

const (
	iDur      itemKind = iota // amount + unit (or several: a composite)
	iSameDay                  // "trong ngày", "ngay sau khi …"
	iNextDay                  // "trong ngày làm việc tiếp theo"
	iRange                    // "5 - 7 ngày"
	iBad                      // a unit not modelled, or an amount out of range
	iNotLimit                 // a minimum, a posting or a validity period (notALimit)
)

// item is one duration of the text, with what the words around it say.
type item struct {
	kind     itemKind
	p, hi    Period
	from, to int // tokens [from, to)
	detail   string
	err      error

	cond      string // condition words
	condSet   bool
	normal    bool // the condition names the ordinary path
	or        bool // "hoặc" joins it to a neighbour
	ext       bool
	excluded  bool
	share     bool
	step      bool // a step's duration ("Bước 5: 15 ngày", "05 ngày làm việc, Bộ Xây dựng có văn bản …"): never a restatement of another
	inner     bool // a step named inside the total before it ("10 ngày làm việc, trong đó thời gian xác minh không quá 05 ngày làm việc"): part of that time, no limit of its own
	who       string
	event     Start
	eventWord string
	eventEnd  int   // the token after its "kể từ …" clause, or 0
	eventAt   int   // the first token of that clause
	lead      bool  // the event is one counted back from ("trước ngày …"): a lead time
	restates  bool  // the duration before in another unit ("168 giờ (tương đương 21 ngày)")
	immediate bool  // "ngay sau khi <another event>": an act at once after it, within a step
	channel   bool  // its condition is a list line's channel of filing ("- Trực tuyến: …"; channelCases)
	fracDays  int32 // a fraction of calendar days ("0,5 ngày"), unreadable alone: the hundredths, for a breakdown of working days to take
}

// reader holds the state of one ReadLimit call.
type reader struct {
	f     folded
	opt   ReadOptions
	toks  []token
	items []item

	cutoff      clock.Clock
	cutoffWords string
	cutoffAt    int // the token of the cut-off's hour

	tableUnit Unit // the unit of a "Thời hạn (ngày)" column header, and the token after it (0: none)
	tableAt   int
	tableRow  int // the last row number ("STT") read under that header

	rare         rareMarks   // which rare tokens the text has, for notALimit's rare checks
	general      Start       // the event a sentence of its own says every limit counts from
	generalWords string      // its words
	generalCase  string      // the case that sentence opens with, if any: then it counts from the event in that case only
	bounds       [][2]uint16 // first and end token of each sentence
	namesSent    int32       // 1 + the sentence namesLimit last walked
	names        bool        // what it found

	openExt   []string // extensions with no stated length
	openExtAt int      // the token after the last one

	accented uint8     // 0: not yet known; 1: the text has no diacritic; 2: it has some (isThen)
	capitals lowerCase // whether the text has a lower-case letter (allCapitals)
	channels uint8     // durations on a list line of a channel of filing, up to 2 (channelCases)
	fracDays bool      // some duration is a fraction of calendar days ("0,5 ngày"; fractionalDaysOfWorkingTotal)

	heading string // a condition heading the whole text ("(2) Trường hợp giao nộp mẫu vật:"), or ""

	leadAt, leadHi int // the last "thì"/":" search of condition, in the gap ending at leadHi
}

// words returns the original text of tokens [from, to).
func (rd *reader) words(from, to int) string {
	if from >= to || from < 0 || to > len(rd.toks) {
		return ""
	}
	return rd.f.span(rd.toks[from].at, rd.toks[to-1].end)
}

// scan finds the durations and the cut-off, left to right.
func (rd *reader) scan() {
	toks := rd.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind == tokWord && !t.key || t.kind == tokPunct {
			continue // every case below starts with a key word or a number
		}
		switch {
		case t.kind == tokWord && t.text == "ngay" && punctAt(toks, i-1, "(") && rd.tableAt == 0 &&
			(punctAt(toks, i+1, ")") || words2(toks, i+1, "lam", "viec") && punctAt(toks, i+3, ")")) &&
			i >= 2 && strings.HasSuffix(toks[i-2].text, "han"):
			// "Thời hạn (ngày)": the header of a table's column; each row's
			// last number below it is a duration in that unit.
			rd.tableUnit, rd.tableAt = UnitCalendarDays, i+1
			if wordAt(toks, i+1, "lam") {
				rd.tableUnit, rd.tableAt = UnitWorkingDays, i+3
			}
		case i+3 < len(toks) && toks[i+1].text == "cung" && t.text == "trong" && wordAt(toks, i+2, "ngay") && wordAt(toks, i+3, "hoac"):
			// "… sẽ được xử lý trong cùng ngày hoặc vào ngày làm việc tiếp
			// theo": the same day, with the other outcome after "hoặc".
			rd.items = append(rd.items, item{kind: iSameDay, p: PeriodOf(SameDay()), from: i, to: i + 3})
			i += 2
		case t.kind == tokWord && t.text == "trong" && wordAt(toks, i+1, "ngay") && (!kindAt(toks, i+2, tokNum) || amountThenCaseAt(toks, i+2)) && !wordAt(toks, i-1, "diem") && !wordAt(toks, i-1, "sinh") &&
			!wordAt(toks, i-1, "ngoi") && !wordAt(toks, i-1, "tuc") && !words2(toks, i-2, "da", "nhan") && !words2(toks, i-2, "thoi", "gian") && !wordAt(toks, i-1, "gio") &&
			!words2(toks, i-2, "nhat", "dinh") && !wordsAt(toks, i+2, "cuoi") && !words2(toks, i+2, "thuc", "te") && !words2(toks, i+2, "van", "hanh") && !rd.partOfDayBefore(i) &&
			!firstDayAt(toks, i+2) && !wordAt(toks, i+2, "nghi") && !wordAt(toks, i+2, "tet") && !words2(toks, i+2, "co", "su") && !rd.phraseBefore(i, 12, "thoi", "gian", "hoat", "dong") && !punctAt(toks, i+2, "+"): // ("Trong ngày thực tế làm nhiệm vụ": a day of duty; "trong ngày vận hành D": the electricity market's operating day, Thông tư 29/2026/TT-BCT Điều 3; "… lao động trong ngày nghỉ thì được nghỉ bù", Luật Thi hành án hình sự 2019 Điều 32: on a day off)
			// ("phát sinh trong ngày", "thời giờ nghỉ ngơi trong ngày", "24
			// giờ liên tục trong ngày", "khoảng thời gian trong ngày", "21
			// giờ trong ngày", "trong ngày cưới": a part of the day, no
			// limit.)
			// ("phát sinh trong ngày": during the day, no limit; nor "… khi
			// điều kiện khí tượng thủy văn trong ngày có sự thay đổi" nor "…
			// liên tục trong thời gian hoạt động của điểm kiểm tra an ninh
			// trong ngày", the Bộ pháp điển, nor a term of a sum, "hạn mức nợ
			// ròng tạm thời trong ngày + …", Thông tư 08/2024/TT-NHNN.)
			// ("mọi thời điểm trong ngày (24/24 giờ)" is a time of day.)
			j := i + 2
			if words2(toks, j, "lam", "viec") {
				j += 2
			}
			d := j + 2 // the day after which
			if words2(toks, d, "lien", "ke") {
				d += 2 // "trong ngày tiếp theo liền kề ngày Cổng thông tin … tiếp tục hoạt động"
			}
			if (words2(toks, j, "tiep", "theo") || words2(toks, j, "hom", "sau")) && wordAt(toks, d, "ngay") && !words2(toks, d+1, "lam", "viec") {
				// "Trong ngày làm việc tiếp theo ngày giao dịch": one working
				// day from the day of another event.
				end := rd.clauseEnd(d, len(toks))
				rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(WorkingDays(1)), from: i, to: d,
					event: FromOtherEvent, eventWord: rd.words(d, end), eventEnd: end})
				i = d - 1
			} else if (words2(toks, j, "tiep", "theo") || words2(toks, j, "hom", "sau")) && j == i+4 && rd.cutoff == 0 && rd.latestAfterCommaBefore(i) && rd.sameDayBefore(i) {
				// "… phải được đăng ký, phát hành hoặc chuyển giao trong ngày,
				// chậm nhất là trong ngày làm việc tiếp theo" (a unit's rule
				// on letters in and out, mwld.net; Nghị định 30/2020/NĐ-CP
				// Điều 20 sets the steps for letters received): the same day
				// or, at the latest, the next working day, as "trong ngày hoặc
				// ngày làm việc tiếp theo" reads: either day, no ordinary one.
				rd.items[len(rd.items)-1].or = true
				rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(WorkingDays(1)), from: i, to: j + 2, or: true})
				i = j + 1
			} else if words2(toks, j, "tiep", "theo") || words2(toks, j, "hom", "sau") {
				rd.items = append(rd.items, item{kind: iNextDay, from: i, to: j + 2})
				i = j + 1
			} else if words3(toks, j, "lien", "ke", "truoc") || words2(toks, j, "truoc", "do") || words4(toks, j, "duoc", "tinh", "ca", "ngay") {
				// "… về tình hình trong ngày làm việc liền kề trước đó": a
				// past day the report covers, no time to act; "… từ 4 giờ
				// trở lên trong ngày được tính cả ngày" (Luật Nghĩa vụ quân
				// sự 2015, 78/2015/QH13 Điều 50): how a day is counted.
				rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: j, err: ErrLimitSyntax,
					detail: "a past day (\"trong ngày làm việc liền kề trước đó\"), not a time limit"})
				i = j - 1
			} else if rd.cannotBefore(i) {
				rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: j, err: ErrLimitSyntax,
					detail: "a day the result cannot be given (\"không thể trả kết quả ngay trong ngày\"), not a time limit"})
				i = j - 1
			} else {
				it := item{kind: iSameDay, p: PeriodOf(SameDay()), from: i, to: j}
				// "ngay trong ngày giao dịch", "trong ngày công ty chứng khoán
				// đã thanh toán thay": the day another event happens.
				if end, ok := rd.dayOfAnother(j); ok {
					it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(i, end), end
				}
				rd.items = append(rd.items, it)
				i = j - 1
			}
		case t.kind == tokWord && t.text == "ngay" && !kindAt(toks, i-1, tokNum) &&
			(words4(toks, i+1, "lam", "viec", "tiep", "theo") || words2(toks, i+1, "hom", "sau")):
			n := 3
			if wordAt(toks, i+1, "lam") {
				n = 5
			}
			d := -1 // the day after which, in "… tiếp theo (ngay) sau ngày …"
			switch {
			case words3(toks, i+n, "ngay", "sau", "ngay") && !strings.ContainsAny(rd.original(i+n), "àÀ"):
				d = i + n + 2
			case words2(toks, i+n, "sau", "ngay"):
				d = i + n + 1
			}
			if n == 5 && d > 0 && !words2(toks, d+1, "lam", "viec") {
				// "… gửi báo cáo chậm nhất vào 14 giờ ngày làm việc tiếp
				// theo ngay sau ngày báo cáo" (a draft rule on banks'
				// reports, baokiemtoan.vn): one working day from the day
				// of another event, as "Trong ngày làm việc tiếp theo ngày
				// giao dịch" is.
				end := rd.clauseEnd(d, len(toks))
				rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(WorkingDays(1)), from: i, to: d,
					event: FromOtherEvent, eventWord: rd.words(d, end), eventEnd: end})
				i = d - 1
				continue
			}
			if n == 5 && countFromAt(toks, i+n) {
				// "chậm nhất là ngày làm việc tiếp theo kể từ ngày ban hành
				// Quyết định": one working day from that event, whose "kể
				// từ" attach reads.
				rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(WorkingDays(1)), from: i, to: i + n})
				i += n - 1
				continue
			}
			if rd.cutoff == 0 && (wordAt(toks, i-1, "hoac") || n == 5 && (words2(toks, i-2, "hoac", "vao") || words3(toks, i-3, "hoac", "dau", "gio") || words4(toks, i-4, "hoac", "dau", "gio", "cua"))) && rd.sameDayBefore(i) { // ("… ngay trong ngày làm việc hoặc đầu giờ của ngày làm việc tiếp theo")
				// "… sẽ được xử lý trong cùng ngày hoặc vào ngày làm việc
				// tiếp theo": the same day or the next working day, no rule
				// to choose; the next working day is one working day. "Nhận
				// kết quả ngay trong ngày hoặc ngày hôm sau" (a commune
				// police's card): the next day, one day.
				next := WorkingDays(1)
				if n == 3 {
					next = CalendarDays(1)
				}
				rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(next), from: i, to: i + n, or: true})
				i += n - 1
				continue
			}
			if at := rd.afterHoursBefore(i); n == 5 && rd.cutoff == 0 && at >= 0 {
				// "Các lệnh chuyển tiền … nhận được sau giờ cut-off time và
				// không chuyển đi kịp, Vietcombank sẽ chuyển đi vào ngày làm
				// việc tiếp theo": the case of what comes in after hours,
				// whose hour is not stated; one working day in that case.
				rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(WorkingDays(1)), from: i, to: i + n, cond: rd.words(at, rd.clauseEnd(at, i)), condSet: true})
				i += n - 1
				continue
			}
			rd.items = append(rd.items, item{kind: iNextDay, from: i, to: i + n})
			i += n - 1
		case t.kind == tokWord && t.text == "ngay" && !kindAt(toks, i-1, tokNum) &&
			(words2(toks, i+1, "sau", "khi") || wordAt(toks, i+1, "khi") || words3(toks, i+1, "tai", "thoi", "diem") || words3(toks, i+1, "ke", "tu", "ngay") || words3(toks, i+1, "tinh", "tu", "ngay")) && !rd.isFrom(i-1) && !strings.ContainsAny(rd.original(i), "àÀ"):
			// "ngay sau khi nhận đủ hồ sơ", "Ngay tại thời điểm tiếp nhận hồ
			// sơ", "ngay kể từ khi nhận được yêu cầu": immediately, the same
			// working day; "ngay sau khi nhận
			// được kết quả": right after another event.
			at := i + 2
			switch {
			case wordAt(toks, i+1, "sau"):
				at = i + 3
			case wordAt(toks, i+1, "tai"):
				at = i + 4
			case wordAt(toks, i+1, "ke"):
				at = i + 4 // "ngay kể từ khi nhận đủ hồ sơ" (tokenize reads "khi" after "kể từ" as "ngày")
			}
			end := at
			for end < len(toks) && !rd.isBreak(end) && end-at < 24 {
				end++
			}
			ev := rd.classifyEvent(at, end)
			if ev != FromOtherEvent && punctAt(toks, end, ",") && wordAt(toks, end+1, "trong") && (kindAt(toks, end+2, tokNum) || wordAt(toks, end+2, "vong") || words2(toks, end+2, "thoi", "gian") || words2(toks, end+2, "thoi", "han")) {
				// "- Ngay khi nhận được hồ sơ, trong thời gian 03 (ba) ngày,
				// Chi cục Kiểm lâm kiểm tra …" (a province's forestry
				// procedure, web_pages_fiftysecond.tsv): the moment the
				// duration after the comma runs from, no same-day limit.
				continue
			}
			it := item{kind: iSameDay, p: PeriodOf(SameDay()), from: i, to: i + 1}
			if ev == FromOtherEvent {
				it.event, it.eventWord, it.immediate = FromOtherEvent, rd.words(i, end), true
			}
			rd.items = append(rd.items, it)
		case t.kind == tokWord && t.text == "ngay" && rd.atOnceAt(i) > 0:
			n := rd.atOnceAt(i)
			rd.items = append(rd.items, item{kind: iSameDay, p: PeriodOf(SameDay()), from: i, to: i + n})
			i += n - 1
		case t.kind == tokNum:
			i += rd.number(i)
		case t.kind == tokWord && isNumberWord(t.text) && (i == 0 || !isNumberWord(toks[i-1].text) || rd.afterNotSix(i-1) || rd.isFrom(i-1) || rd.flyNotSeven(i-1)):
			i += rd.numberInWords(i)
		}
	}
}

// ordinalCountedAt reports whether the amount [i, j) is an ordinal of a
// day or month counted from an event, "ngày thứ 30 kể từ …", "ngày thứ
// mười, kể từ ngày phát sinh nghĩa vụ thuế": "thứ" and "ngày" or "tháng"
// before it, a count after it, and no span it ends ("từ ngày thứ 16 đến
// ngày thứ 30 kể từ ngày kích hoạt", "kết thúc vào ngày thứ 30 kể từ …").
func (rd *reader) ordinalCountedAt(i, j int) bool {
	toks := rd.toks
	if !wordAt(toks, i-1, "thu") {
		return false
	}
	if words3(toks, i-4, "ngay", "lam", "viec") {
		// "T+2, tức ngày làm việc thứ 2 sau ngày giao dịch" (a securities
		// depository's news page, apsc.vn): the second working day after
		// the trade.
		return words2(toks, j, "sau", "ngay") || countFromAt(toks, j)
	}
	// "muộn nhất là ngày thứ 15 trước ngày hết hạn tạm trú" (a Q&A page on
	// temporary residence, phongnhaexplorer.com): the fifteenth day ahead
	// of an event, as "15 ngày trước ngày …". ("ngày thứ 2" to "ngày thứ
	// 7" also name the days of the week, "vào ngày thứ 2 sau ngày nghỉ
	// lễ": only "kể từ" counts them.)
	weekday := len(toks[i].text) == 1 && toks[i].text >= "2" && toks[i].text <= "7"
	return (wordAt(toks, i-2, "ngay") || wordAt(toks, i-2, "thang")) && (countFromAt(toks, j) || !weekday && (words2(toks, j, "truoc", "ngay") || words2(toks, j, "sau", "ngay"))) &&
		!wordAt(toks, i-3, "den") && !wordAt(toks, i-3, "toi") && !wordAt(toks, i-3, "tu") && (!wordAt(toks, i-3, "vao") || countFromAt(toks, j) && !words2(toks, i-5, "ket", "thuc"))
}

// addOrdinal records the ordinal day or month [i, j), its amount h in
// hundredths, that ordinalCountedAt found ("ngày thứ 30", "tháng thứ 3")
// as that many days or months: the item starts at "ngày" or "tháng".
func (rd *reader) addOrdinal(i, j int, h int64) {
	u, from := UnitCalendarDays, i-2
	switch {
	case wordAt(rd.toks, i-2, "thang"):
		u = UnitMonths
	case wordAt(rd.toks, i-2, "viec"):
		u, from = UnitWorkingDays, i-4 // "ngày làm việc thứ 2"
	}
	it := item{kind: iDur, from: from, to: j}
	it.setAmount(h, u)
	rd.items = append(rd.items, it)
}

// daysAfterMonths reports whether the number words [i, k) after "tháng"
// are the days of an amount of months just read, "thời hạn chuẩn bị xét
// xử tối đa không quá hai tháng mười lăm ngày" (the Supreme People's
// Court's page on criminal trial times, toaan.gov.vn), rather than a
// month's name ("tháng mười"): days follow them and the months before are
// an amount.
func (rd *reader) daysAfterMonths(i, k int) bool {
	n := len(rd.items)
	if n == 0 || rd.items[n-1].to != i || rd.items[n-1].kind != iDur {
		return false
	}
	l, ok := rd.items[n-1].p.Limit()
	if !ok || l.unit != UnitMonths {
		return false
	}
	u, _ := rd.unitAt(k)
	return u == UnitCalendarDays
}

// atOnceAt returns how many tokens the "ngay" (at once) at i takes when it
// times the whole act, the same working day as "ngay sau khi nhận đủ hồ
// sơ": "Giải quyết ngay." (a commune's card for marriage registration, Bát
// Xát, Lào Cai: github.com/kiennongnghiep-gif/dichvucong-batxat), 1;
// "Tiếp nhận và cập nhật ngay lập tức vào phần mềm CSDLQG về dân cư" (a
// commune police's card for residence notices), 3; else 0. ("ngày", a
// day, is told by its accent.)
func (rd *reader) atOnceAt(i int) int {
	toks := rd.toks
	n := 0
	switch {
	case i == 2 && words2(toks, 0, "giai", "quyet") && (len(toks) == 3 || len(toks) == 4 && punctAt(toks, 3, ".")):
		n = 1
	case words2(toks, i+1, "lap", "tuc") && !kindAt(toks, i-1, tokNum) && !rightNamedBefore(toks, i):
		n = 3
	}
	if n > 0 && strings.ContainsAny(rd.original(i), "àÀ") {
		return 0 // (the accent is looked at last: most "ngay" are neither form)
	}
	return n
}

// rightNamedBefore reports whether "có quyền" stands in the five words before
// i: "bạn có quyền nghỉ việc ngay lập tức mà không sợ bị phạt" (a page on
// late wages, web_pages_eightythird.tsv) is a right to act at once, no
// limit anyone has.
func rightNamedBefore(toks []token, i int) bool {
	for q := i - 2; q >= 0 && q >= i-6; q-- {
		if words2(toks, q, "co", "quyen") {
			return true
		}
	}
	return false
}

// afterHoursBefore returns where "sau giờ" (after hours, with no hour
// stated) stands in the twenty-five tokens before p, in p's sentence, or
// -1. It reads the tokens' sentence ends, as scan runs before sentences
// are numbered.
func (rd *reader) afterHoursBefore(p int) int {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-25 && !toks[q].ends; q-- {
		if toks[q].text == "sau" && (wordAt(toks, q+1, "gio") || words2(toks, q+1, "khung", "gio")) && !kindAt(toks, q+2, tokNum) { // ("Những lệnh gửi sau khung giờ này …")
			return q
		}
	}
	return -1
}

// sameDayBefore reports whether the last duration read before p is a
// same-day one: "trong (cùng) ngày hoặc vào ngày làm việc tiếp theo".
func (rd *reader) sameDayBefore(p int) bool {
	n := len(rd.items)
	return n > 0 && rd.items[n-1].kind == iSameDay && p-rd.items[n-1].to <= 5
}

// latestAfterCommaBefore reports whether ", chậm nhất là" or ", muộn nhất
// là" (or "hoặc" for the comma) stands right before p: the later of two
// days named. (A bare "hoặc trong ngày làm việc tiếp theo" is as often the
// case of a late dossier, its cut-off said after it.)
func (rd *reader) latestAfterCommaBefore(p int) bool {
	toks := rd.toks
	q := p - 2
	if wordAt(toks, p-1, "la") {
		q--
	}
	return latestAt(toks, q) && (punctAt(toks, q-1, ",") || wordAt(toks, q-1, "hoac"))
}

// sameDayCaseBefore reports whether the same day was read right before
// the case of dossiers whose time of day stands at pre: "Trả kết quả trong
// ngày đối với hồ sơ nhận trước 15 giờ", "… trong ngày nếu nhận hồ sơ
// trước 15 giờ", "Trả ngay trong ngày (đối với hồ sơ nhận trước 16h00)",
// as "Hồ sơ nhận trước 15 giờ trả kết quả trong ngày" says it the other
// way round.
func (rd *reader) sameDayCaseBefore(pre int) bool {
	n := len(rd.items)
	if n == 0 || rd.items[n-1].kind != iSameDay {
		return false
	}
	last := rd.items[n-1].to
	if words2(rd.toks, last, "lam", "viec") {
		last += 2 // "Trong ngày làm việc (nếu nộp hồ sơ trước 10 giờ sáng)"
	}
	if punctAt(rd.toks, last, "(") {
		last++ // "Trả ngay trong ngày (đối với hồ sơ nhận trước 16h00)"
	}
	if pre-last <= 8 && words2(rd.toks, last, "ho", "so") && punctAt(rd.toks, last-1, "(") {
		return true // "Trong ngày (hồ sơ tiếp nhận trước 15 giờ 30 phút)": the dossiers named at once
	}
	if pre-last > 8 || !words2(rd.toks, last, "doi", "voi") && !wordAt(rd.toks, last, "neu") {
		return false
	}
	for q := last + 1; q < pre; q++ {
		if words2(rd.toks, q, "ho", "so") {
			return true // the dossiers received before the hour
		}
	}
	return false
}

// sameDayAfter reports whether "trong ngày" follows p within twelve tokens
// of its sentence: a same-day limit after a time of day.
func (rd *reader) sameDayAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+18; q++ {
		if toks[q].ends {
			return false
		}
		if words2(toks, q, "trong", "ngay") && q < p+12 || words2(toks, q, "cung", "ngay") && rd.resultAtClockBefore(q) {
			// ("Đối với mẫu xử lí trước 08h00: trả kết quả bản giấy từ
			// 15h00 đến 16h00 cùng ngày": the same day at a clock hour.)
			return true
		}
	}
	return false
}

// halfAt reports whether the number at i is the "1" of "1/2" written as
// half of the unit right after it ("1/2 ngày làm việc"), not a date ("ngày
// 1/2", "1/2/2025").
func (rd *reader) halfAt(i int) bool {
	toks := rd.toks
	if toks[i].text != "1" || !punctAt(toks, i+1, "/") || toks[i+1].space || !kindAt(toks, i+2, tokNum) || toks[i+2].text != "2" || toks[i+2].space || toks[i].date {
		return false
	}
	if wordAt(toks, i-1, "ngay") || wordAt(toks, i-1, "thang") || punctAt(toks, i-1, "/") {
		return false
	}
	_, n := rd.unitAt(i + 3)
	return n > 0
}

// latestAt reports whether "chậm nhất" or "muộn nhất" (at the latest)
// starts at p.
func latestAt(toks []token, p int) bool {
	return (wordAt(toks, p, "cham") || wordAt(toks, p, "muon")) && wordAt(toks, p+1, "nhat")
}

// resolvingAt reports whether "giải quyết" (to resolve) or "xử lý" (to
// process), the two verbs the catalogues name a procedure's handling
// with, stands at p.
func resolvingAt(toks []token, p int) bool {
	return words2(toks, p, "giai", "quyet") || words2(toks, p, "xu", "ly")
}

// latestRightBefore reports whether "chậm nhất" or "muộn nhất" stands
// right before the amount at p, or before its "sau" or "là": "niêm yết
// công khai … chậm nhất sau 07 ngày nhận được hồ sơ hợp lệ" (a poor
// household's recognition, web_pages_fiftyeighth.tsv) is the latest day
// to post, a time to act, not how long the posting lasts.
func latestRightBefore(toks []token, p int) bool {
	return latestAt(toks, p-2) || (wordAt(toks, p-1, "sau") || wordAt(toks, p-1, "la")) && latestAt(toks, p-3)
}

// withinCueBefore reports whether "trong thời hạn", "trong vòng" or
// "trong thời gian" (within) stands right before the amount at p: a
// duration framed as a time to act. Checks that read a term named before a
// duration ("thời gian hoạt động", "thời gian tập sự") as no limit pass
// over such a duration: the term is the matter, and the limit follows it
// ("xem xét tính hợp lệ của hồ sơ thông báo gia hạn thời gian hoạt động quỹ
// trong thời gian 15 ngày làm việc, kể từ ngày nhận được hồ sơ").
func withinCueBefore(toks []token, p int) bool {
	return withinStart(toks, p) >= 0
}

// withinStart returns where the within cue right before the amount at p
// starts ("trong" of "trong thời hạn", "trong thời gian", "trong vòng"),
// or -1 when there is none.
func withinStart(toks []token, p int) int {
	switch {
	case words3(toks, p-3, "trong", "thoi", "han"), words3(toks, p-3, "trong", "thoi", "gian"):
		return p - 3
	case words2(toks, p-2, "trong", "vong"):
		return p - 2
	case words4(toks, p-4, "trong", "vong", "thoi", "gian"):
		// "trong khoảng thời gian 30 ngày đầu …" ("khoảng" folds to
		// "vòng", sameWords), as "trong thời gian …".
		return p - 4
	}
	return -1
}

// withinLimitStart returns where "trong thời hạn" or "trong vòng" right
// before the amount at p starts, or -1: the two say the same ("trong vòng
// 12 tháng" as "trong thời hạn 12 tháng"), where "trong thời gian" may be
// a thing's length.
func withinLimitStart(toks []token, p int) int {
	if s := withinStart(toks, p); s >= 0 && !words2(toks, s+1, "thoi", "gian") {
		return s
	}
	return -1
}

// phraseBeforeWithin reports whether the phrase ws stands in the n tokens
// before the within cue ("trong thời hạn", "trong vòng") right before the
// amount at p.
func (rd *reader) phraseBeforeWithin(p, n int, ws ...string) bool {
	s := withinLimitStart(rd.toks, p)
	return s >= 0 && rd.phraseBefore(s, n, ws...)
}

// capAt reports whether "không quá" or "tối đa" (at most) starts at p.
func capAt(toks []token, p int) bool {
	return words2(toks, p, "khong", "qua") || words2(toks, p, "toi", "da")
}

// leftOutAt reports whether "không tính" or "không kể" (not counting)
// starts at p: time or days left out of a count.
func leftOutAt(toks []token, p int) bool {
	return words2(toks, p, "khong", "tinh") || words2(toks, p, "khong", "ke")
}

// withinAt reports whether "trong thời hạn" or "trong vòng" (within) starts
// at q.
func withinAt(toks []token, q int) bool {
	return wordAt(toks, q, "trong") && (words2(toks, q+1, "thoi", "han") || wordAt(toks, q+1, "vong"))
}

// limitCueBefore reports whether a limit's cue stands right before the
// amount at i: "chậm nhất (là)", "trong vòng". ("chậm nhất là một tháng
// trước ngày tổ chức kiểm tra"; a bare "một ngày" is prose.)
func (rd *reader) limitCueBefore(i int) bool {
	toks := rd.toks
	if wordAt(toks, i-1, "khoang") {
		i-- // "trong vòng khoảng năm tháng kể từ ngày nộp đơn" (a page on US trademarks, nhanhieulogo.com): about so long
	}
	return latestAt(toks, i-2) || latestAt(toks, i-3) && wordAt(toks, i-1, "la") || words2(toks, i-2, "trong", "vong") ||
		words3(toks, i-3, "trong", "thoi", "han") || words2(toks, i-2, "khong", "qua") || words2(toks, i-2, "toi", "da") && !punctAt(toks, i-3, "(") || // "trong thời hạn một tháng", "không quá một tháng", "trong thời hạn tối đa một ngày làm việc" (not "trong thời gian một ngày", the length of a wedding, nor the filer's own "… và xác nhận (tối đa một ngày)", eight tuning rows of the national portal labelled none)
		words2(toks, i-2, "it", "nhat") || words2(toks, i-2, "toi", "thieu") // "biết trước ít nhất một tháng"
}

// listedAmountBefore reports whether the word at i follows a comma right
// after an amount read in the same clause, twelve tokens back at most: the
// next of a list of amounts ("Trong thời hạn ba tháng đối với tài sản chung
// là bất động sản, một tháng đối với tài sản chung là động sản, …").
func (rd *reader) listedAmountBefore(i int) bool {
	if !punctAt(rd.toks, i-1, ",") || len(rd.items) == 0 {
		return false
	}
	last := &rd.items[len(rd.items)-1]
	if last.kind != iDur || i-last.to > 12 {
		return false
	}
	for q := last.to; q < i-1; q++ {
		if rd.toks[q].ends || punctAt(rd.toks, q, ",") {
			return false
		}
	}
	return true
}

// daysPartAt reports whether a count of days follows at p, in digits or
// in words ("mười lăm ngày"): the second part of a composite whose months
// are spelt "một tháng" ("Một tháng mười lăm ngày kể từ ngày nhận đủ hồ
// sơ hợp lệ", a probe of composites in words).
func daysPartAt(toks []token, p int) bool {
	q := p
	for q < len(toks) && q < p+4 && (toks[q].kind == tokNum || toks[q].kind == tokWord && isNumberWord(toks[q].text)) {
		q++
	}
	return q > p && wordAt(toks, q, "ngay")
}

// countFromAt reports whether a count's clause opens at p, past a comma:
// "kể từ", "tính từ" ("Sau một tháng, kể từ ngày thông báo công khai …").
// ("Ủy ban nhân dân cấp tỉnh từ chối" folds to "tinh tu choi" too: a
// province that refuses, no count.)
func countFromAt(toks []token, p int) bool {
	if punctAt(toks, p, ",") {
		p++
	}
	return countWordsAt(toks, p)
}

// countWordsAt reports whether "kể từ" or "tính từ" stands at p.
func countWordsAt(toks []token, p int) bool {
	return words2(toks, p, "ke", "tu") || words2(toks, p, "tinh", "tu") && !wordAt(toks, p+2, "choi")
}

// gluedAmount reports whether the number at i, glued to the word before
// it by a crawl ("trong thời hạn05 ngày làm việc"), is an amount: the word
// is a limit's cue and a unit follows. Codes ("QH13", "K2") are not.
func (rd *reader) gluedAmount(i int) bool {
	toks := rd.toks
	switch toks[i-1].text {
	case "han", "gian", "qua", "nhat", "trong", "vong", "da", "quyet", "ly": // ("Thời hạn giải quyết07 ngày làm việc", "Thời hạn xử lý07 …")
		return wordAt(toks, i+1, "ngay") || wordAt(toks, i+1, "thang") || wordAt(toks, i+1, "gio")
	case "sau", "dau":
		// "Chậm nhất sau30 ngày, kể từ ngày kết thúc cuộc vận động"
		// (Nghị định 93/2021/NĐ-CP Điều 21), "Giải quyết khiếu nại lần
		// đầu30 ngày, kể từ ngày thụ lý" (a province's catalogue page,
		// tthc.thuathienhue.gov.vn): an amount glued to the word before it.
		return (toks[i-1].text == "sau" || wordAt(toks, i-2, "lan")) && (wordAt(toks, i+1, "ngay") || wordAt(toks, i+1, "thang"))
	}
	// "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ15 ngày làm việc4" (a
	// province's catalogue table, tthc.thuathienhue.gov.vn, its cells run
	// together): working days glued to a Vietnamese syllable ("sĩ", "hội":
	// a letter no code has); months too, after "thời gian" ("thời gian
	// đăng ký kiểu dáng12 tháng(cộng thêm phí …)", an IP firm's fees,
	// web_pages_seventyfourth.tsv; "… cho 01 nhân khẩu01 tháng" is a rate,
	// "quyết toán01 tháng01 tháng20 ngày" a table's cells run together).
	if words2(toks, i+1, "ngay", "lam") && (wordAt(toks, i+3, "viec") || rd.cellGluedAt(i+3, "viec")) || wordAt(toks, i+1, "thang") && !(kindAt(toks, i+2, tokNum) && !toks[i+2].space) && rd.phraseInSentenceBefore(i, 6, "thoi", "gian") {
		for _, r := range rd.original(i - 1) {
			if r >= utf8.RuneSelf && unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// partOfDayBefore reports whether "trong ngày" at p names a part, a
// measure or a count of the day, or a day itself, rather than a limit:
// "nhiệt độ cao nhất … thấp nhất trong ngày", "giữa các lần dùng thuốc
// trong ngày", "số thứ tự hồ sơ tiếp nhận trong ngày", "trong ngày phát
// hành đầu tiên".
func (rd *reader) partOfDayBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-6 && !rd.isBreak(q); q-- {
		if words2(toks, q, "dao", "dong") || words2(toks, q, "tro", "ve") || words2(toks, q, "thoi", "gio") || q == p-1 && wordAt(toks, q, "buoi") || // ("thời giờ làm việc bình thường trong ngày", "dạy học 1 buổi trong ngày")
			words3(toks, q, "tat", "ca", "cac") || // ("Tất cả các lệnh chuyển tiền trong ngày": the day's orders)
			q == p-3 && wordAt(toks, q, "moi") && kindAt(toks, q+1, tokNum) && wordAt(toks, q+2, "phut") || // ("của mỗi 30 phút trong ngày giao dịch": each half hour of the day, Thông tư 29/2026/TT-BCT Điều 3)
			q == p-4 && words2(toks, q, "thoi", "gian") && !wordAt(toks, q-1, "trong") { // ("thời gian lưu thông trong ngày": a time of the day)
			// "Mức độ dao động giá cổ phiếu trong ngày giao dịch": a
			// measure of the day; "được đưa đi lao động và trở về trại giam
			// trong ngày": a day's outing and return.
			return true
		}
	}
	if wordAt(toks, p-1, "nhat") && (wordAt(toks, p-2, "cao") || wordAt(toks, p-2, "thap") || wordAt(toks, p-2, "lon") || wordAt(toks, p-2, "nho")) {
		return true
	}
	for q := p - 1; q >= 0 && q >= p-12; q-- {
		if q >= p-4 && words2(toks, q, "cac", "lan") || words3(toks, q, "so", "thu", "tu") || words2(toks, q, "so", "luong") || words2(toks, q, "so", "tien") || words2(toks, q, "doanh", "so") || words2(toks, q, "so", "lieu") {
			// ("số thứ tự hồ sơ tiếp nhận trong ngày": a count within the
			// day; "ghi số tiền bán hàng hóa, cung ứng dịch vụ trong ngày",
			// "doanh số giao dịch lớn trong ngày": the day's takings;
			// "đối chiếu số liệu thanh toán trong ngày giữa Kho bạc Nhà nước
			// và ngân hàng", a page on the treasury's cut-off time: the
			// day's figures.)
			return true
		}
	}
	// "trong ngày phát hành đầu tiên", "Trong ngày quốc tang", "mua sắm …
	// trong ngày khai trương": a day named, no time to act.
	return words4(toks, p+2, "phat", "hanh", "dau", "tien") || words2(toks, p+2, "quoc", "tang") || words2(toks, p+2, "khai", "truong") ||
		punctAt(toks, p+2, "“") || punctAt(toks, p+2, "\"") // "trong ngày “Toàn dân hiến máu tình nguyện”"
}

// isFrom reports whether token p is "từ" (from), not "tử" ("điện tử") or
// "tư", which fold to the same word: by the original's grave accent, or
// "tu" in a text written without diacritics.
func (rd *reader) isFrom(p int) bool {
	if !wordAt(rd.toks, p, "tu") {
		return false
	}
	w := rd.original(p)
	if w == "tu" || w == "Tu" || w == "TU" {
		// Written without marks: "từ" unless the word around makes it
		// "tử", "tư" or "tự", "điện tử" (electronic), "khai tử" (a death's
		// registration), "đầu tư", "tư pháp", "tự nhận xét", "tự nguyện",
		// "tự động": "khoa can cuoc dien tu ngay sau khi nhan duoc yeu
		// cau" is at once, no count "từ ngày".
		toks := rd.toks
		return !wordAt(toks, p-1, "dien") && !wordAt(toks, p-1, "khai") && !wordAt(toks, p-1, "dau") && !wordAt(toks, p+1, "phap") &&
			!words2(toks, p+1, "nhan", "xet") && !wordAt(toks, p+1, "nguyen") && !wordAt(toks, p+1, "dong")
	}
	for _, r := range w { // a short word: faster than strings.ContainsAny
		if r == 'ừ' || r == 'Ừ' {
			return true
		}
	}
	return false
}

// hoursAmountFrom reports whether the hours whose unit stands at g, after
// "từ", are an amount rather than a time of day: "từ 05 giờ trở lên" (or
// more: "trong khoảng thời gian liên tục từ năm (05) giờ trở lên", Thông tư
// 24/2016/TT-BTTTT Điều 10), or a range of hours counted from an event,
// "từ 03 giờ đến 04 giờ sau khi uống liều thuốc Methadone đầu tiên"
// (Thông tư 14/2015/TT-BYT Điều 14), or hours up to days, weeks or months
// ("từ 24 giờ đến 14 ngày làm việc").
func (rd *reader) hoursAmountFrom(g int) bool {
	toks := rd.toks
	if words2(toks, g+1, "tro", "len") {
		return true
	}
	if (wordAt(toks, g+1, "den") || wordAt(toks, g+1, "toi")) && kindAt(toks, g+2, tokNum) && (wordAt(toks, g+3, "ngay") || wordAt(toks, g+3, "thang") || rd.weeksAt(g+3)) && !kindAt(toks, g+4, tokNum) {
		// "thời gian hoàn trả …, từ 24 giờ đến 14 ngày làm việc"
		// (cafef.vn on a shop's refunds): hours up to days, a span of
		// time no clock has.
		return true
	}
	return (wordAt(toks, g+1, "den") || wordAt(toks, g+1, "toi")) && kindAt(toks, g+2, tokNum) && wordAt(toks, g+3, "gio") &&
		(countFromAt(toks, g+4) || words2(toks, g+4, "sau", "khi"))
}

// clockCutoff takes the time of day hour:min, read from tokens [at, end)
// after the clock word at pre, as the text's cut-off when it is one and the
// text has none yet: after "sau", unless a day is named ("sau 8h sáng ngày
// T+2"); after "trước", when what comes in before the hour is done the same
// day ("Các lệnh chuyển tiền … gửi đến reCARD trước 14h30 sẽ được reCARD
// xử lý trong ngày").
func (rd *reader) clockCutoff(pre, at, end, hour, min int) {
	toks := rd.toks
	if hour < 1 || hour > 23 || rd.cutoff != 0 {
		return
	}
	dayNamed := wordAt(toks, end, "ngay") || wordAt(toks, end, "sang") && wordAt(toks, end+1, "ngay")
	if toks[pre].text == "truoc" && (rd.sameDayAfter(end) || rd.sameDayCaseBefore(pre)) && !rd.laterSameDayAfter(end) || toks[pre].text == "sau" && !dayNamed && !rd.resultSameDayAfter(end) {
		rd.cutoff = clock.New(hour, min, 0, 0)
		rd.cutoffWords = rd.words(pre, end)
		rd.cutoffAt = at
	}
}

// resultSameDayAfter reports whether the clause after the hour that ends
// at p returns the result "cùng ngày" (the same day), a verb of returning
// between: "hồ sơ nộp sau 10 giờ trả vào buổi chiều cùng ngày" (a probe of
// the cards' same-day limits) moves nothing to the next working day. ("sau
// 15 giờ cùng ngày thì … trong ngày làm việc tiếp theo" names the hour's
// day, not the result's.)
func (rd *reader) resultSameDayAfter(p int) bool {
	toks := rd.toks
	returned := false
	for q := p; q < len(toks) && q < p+12 && !toks[q].ends && !punctAt(toks, q, ";"); q++ {
		switch {
		case wordAt(toks, q, "tra") && rd.markedOrUnmarked(q, "ảẢ") || wordAt(toks, q, "giai") && wordAt(toks, q+1, "quyet"): // ("trả", not "tra cứu")
			returned = true
		case words2(toks, q, "tiep", "theo") || words2(toks, q, "hom", "sau"):
			return false
		case words2(toks, q, "cung", "ngay") && returned:
			return true
		}
	}
	return false
}

// laterSameDayAfter reports whether, after a cut-off said with "trước" that
// ends at p, the same text's "sau <giờ>" returns the result the same day
// (resultSameDayAfter): "Trả kết quả trong ngày đối với hồ sơ nộp trước 10
// giờ; hồ sơ nộp sau 10 giờ trả vào buổi chiều cùng ngày" has no cut-off.
func (rd *reader) laterSameDayAfter(p int) bool {
	toks := rd.toks
	for q := p; q+2 < len(toks) && q < p+20; q++ {
		if wordAt(toks, q, "sau") && kindAt(toks, q+1, tokNum) {
			e := q + 2
			if wordAt(toks, e, "gio") || wordAt(toks, e, "h") {
				e++
			}
			return rd.resultSameDayAfter(e)
		}
	}
	return false
}

// partOfDayBefore reports whether a part of the day, "buổi sáng",
// "buổi chiều", "buổi trưa" or "buổi tối", with or without a colon, stands
// right before the number at i: "+ Buổi sáng: 7 giờ 30 phút đến 11 giờ 30
// phút;" (a province's office hours) opens at a time of day, as after
// "từ".
func partOfDayBefore(toks []token, i int) bool {
	q := i - 1
	if punctAt(toks, q, ":") {
		q--
	}
	return wordAt(toks, q-1, "buoi") && (wordAt(toks, q, "sang") || wordAt(toks, q, "chieu") || wordAt(toks, q, "trua") || wordAt(toks, q, "toi"))
}

// nightOrPartOfDayWhy says why hours nightOrPartOfDayAt finds are no
// duration.
const nightOrPartOfDayWhy = "a time of day (\"sau 12 giờ đêm\", \"không quá 2 giờ sáng\"), not a duration"

// nightOrPartOfDayAt reports whether the hours at i, whose "giờ" is at g,
// are a time of day: the night's ("12 giờ đêm", after "sau" or no clock
// word), or the morning's, afternoon's or evening's after a cap ("không
// quá 2 giờ sáng", "tối đa 2 giờ sáng").
func (rd *reader) nightOrPartOfDayAt(i, g int) bool {
	toks := rd.toks
	clock := i > 0 && toks[i-1].kind == tokWord && isClockWord(toks[i-1].text)
	if h, bad := parseAmount(toks[i].text); bad != "" || h > 1200 {
		return false
	}
	switch {
	case wordAt(toks, g+1, "dem"):
		return !clock || toks[i-1].text == "sau"
	case wordAt(toks, g+1, "sang"), wordAt(toks, g+1, "chieu"), wordAt(toks, g+1, "toi"):
		return wordAt(toks, i-1, "qua") || words2(toks, i-2, "toi", "da")
	}
	return false
}

// isClockWord reports whether w, before a number, makes it a time of day
// rather than an amount ("sau 15 giờ", "lúc 8 giờ").
func isClockWord(w string) bool {
	switch w {
	case "sau", "truoc", "luc", "tu", "den", "vao", "toi":
		return true
	}
	return false
}

// number examines the number token at toks[i], records what it starts, and
// returns how many following tokens it consumed.
func (rd *reader) number(i int) int {
	toks := rd.toks
	t := toks[i]
	// Part of a code or number: "QH13", "K2", "19/6/2015", "11/2021/NĐ-CP", "15:00".
	if !t.space && kindAt(toks, i-1, tokWord) && !rd.gluedAmount(i) {
		return 0
	}
	if rd.halfAt(i) {
		// "trong thời hạn 1/2 ngày làm việc": half of the unit after it.
		u, n := rd.unitAt(i + 3)
		it := item{kind: iDur, from: i, to: i + 3 + n}
		if bad := checkHundredths(50, u); bad != "" {
			it.kind, it.detail, it.err = iBad, bad, ErrLimitRange // as "0,5 ngày"
			if u == UnitCalendarDays {
				it.fracDays, rd.fracDays = 50, true
			}
		} else {
			it.p = PeriodOf(Limit{hundredths: 50, unit: u})
		}
		rd.items = append(rd.items, it)
		return 2 + n
	}
	if (wordAt(toks, i-1, "sau") || wordAt(toks, i-1, "truoc")) && punctAt(toks, i+1, ":") && kindAt(toks, i+2, tokNum) && !toks[i+1].space && !toks[i+2].space && len(toks[i+2].text) == 2 && !punctAt(toks, i+3, ":") {
		// "… nếu tiếp nhận sau 15:00": the hour and minutes parted by a
		// colon, a time of day as "sau 15 giờ" and "sau 15h00" are (the
		// cut-off). ("15:00:00" has seconds, and is left as a stamp.)
		if h, bad := parseAmount(t.text); bad == "" && h%100 == 0 {
			if m, bad2 := parseAmount(toks[i+2].text); bad2 == "" && m%100 == 0 && m/100 < 60 {
				rd.clockCutoff(i-1, i, i+3, int(h/100), int(m/100))
			}
		}
		return 2
	}
	if t.date || punctAt(toks, i-1, "/") && !slashItemBefore(toks, i) || punctAt(toks, i+1, "/") || punctAt(toks, i+1, ":") && kindAt(toks, i+2, tokNum) ||
		!t.space && punctAt(toks, i-1, ":") && kindAt(toks, i-2, tokNum) { // ("từ 00:00:00 giờ đến 23:59:59 giờ": the parts of a time of day)
		return 0
	}
	// A time of day: "sau 15 giờ", "trước 15h", "lúc 8 giờ 30".
	// ("trước 12 giờ kể từ khi hàng hóa dự kiến nhập khẩu", "chậm nhất sau
	// 03 giờ kể từ khi": a duration counted from an event, not a time.)
	// ("sau 03 (ba) giờ chiều": the hour in words between, and the
	// afternoon after.)
	g := i + 1 // the unit "giờ"
	if punctAt(toks, g, "(") {
		k := g + 1
		for k < len(toks) && toks[k].kind == tokWord && isNumberWord(toks[k].text) {
			k++
		}
		if k > g+1 && punctAt(toks, k, ")") {
			g = k + 1
		}
	}
	if wordAt(toks, g, "gio") && kindAt(toks, g+1, tokNum) && (wordAt(toks, i-1, "va") || punctAt(toks, i-1, ",")) {
		// "… vào 4 giờ 30, 9 giờ 30 và 15 giờ 30": hours and minutes in a
		// list of times of day. ("trong thời hạn 02 giờ 30 phút" is a
		// duration.)
		if h, bad := parseAmount(t.text); bad == "" && h%100 == 0 && h/100 <= 23 {
			if m, bad2 := parseAmount(toks[g+1].text); bad2 == "" && m%100 == 0 && m/100 < 60 && len(toks[g+1].text) == 2 {
				return g + 1 - i
			}
		}
	}
	if wordAt(toks, g, "gio") && kindAt(toks, g+1, tokNum) && wordAt(toks, g+2, "phut") && wordAt(toks, g+3, "ngay") && !words2(toks, g+4, "lam", "viec") {
		// "Chậm nhất 16 giờ 30 phút ngày giao dịch" (Thông tư
		// 95/2020/TT-BTC Điều 21): a time of a day named, no duration.
		if h, bad := parseAmount(t.text); bad == "" && h%100 == 0 && h/100 <= 23 {
			if m, bad2 := parseAmount(toks[g+1].text); bad2 == "" && m%100 == 0 && m/100 < 60 {
				rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: g + 3, err: ErrLimitSyntax,
					detail: "a time of a day named (\"16 giờ 30 phút ngày giao dịch\"), not a duration"})
				return g + 3 - i
			}
		}
	}
	if wordAt(toks, g, "gio") && (wordAt(toks, g+1, "sang") || wordAt(toks, g+1, "chieu")) && (wordAt(toks, g+2, "ngay") || words2(toks, g+2, "cua", "ngay")) && !wordAt(toks, i-1, "truoc") { // ("thông báo trước 08 giờ sáng ngày hôm sau" is a cut-off's, read below)
		// "… chậm nhất là 08 giờ sáng của ngày phát hành" (Nghị định
		// 237/2026/NĐ-CP Điều 16): a time of
		// a day named, no duration.
		if h, bad := parseAmount(t.text); bad == "" && h%100 == 0 && h/100 <= 12 {
			end := g + 2
			if wordAt(toks, end, "cua") {
				end++
			}
			rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: end + 1, err: ErrLimitSyntax,
				detail: "a time of a day named (\"08 giờ sáng của ngày phát hành\"), not a duration"})
			return end + 1 - i
		}
	}
	if g < len(toks) && toks[g].kind == tokWord && len(toks[g].text) <= 3 { // "giờ" or "h" (not "ngày", "tháng"): one test for most amounts
		switch {
		case toks[g].text == "gio" && rd.nightOrPartOfDayAt(i, g):
			// "… được hoạt động sau 12 giờ đêm nhưng không quá 2 giờ sáng"
			// (a page on karaoke and dance halls' hours,
			// web_pages_sixtyninth.tsv): an hour of the night, or one of
			// the morning, afternoon or evening after a cap ("không quá",
			// "tối đa"), is a time of day.
			rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: g + 2, err: ErrLimitSyntax,
				detail: nightOrPartOfDayWhy})
			return g + 2 - i
		case toks[g].text == "gio" && wordAt(toks, g+1, "trua") && !(i > 0 && toks[i-1].kind == tokWord && isClockWord(toks[i-1].text)):
			// "Gần 12 giờ trưa, người thanh niên mới có thể thở phào khi đã
			// giải quyết xong các thủ tục" (a news report on a one-stop
			// section): noon, a time of day, no duration. (A cut-off,
			// "trước 12 giờ trưa", is read below.)
			rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: g + 2, err: ErrLimitSyntax,
				detail: "a time of day (\"12 giờ trưa\"), not a duration"})
			return g + 2 - i
		case toks[g].text == "h" && !toks[g].space:
			q := g + 1
			if kindAt(toks, q, tokNum) && !toks[q].space {
				q++ // the minutes of "15h00"
			}
			if words2(toks, q, "cung", "ngay") && rd.resultAtClockBefore(q) {
				// "trả kết quả bản giấy từ 15h00 đến 16h00 cùng ngày" (a
				// hospital's page on test results, benhvienbaria.com): the
				// result the same day, at a clock hour. (Read at the hour,
				// which is rare, so that no "ngày" pays for it.)
				rd.items = append(rd.items, item{kind: iSameDay, p: PeriodOf(SameDay()), from: q, to: q + 2})
			}
		}
	}
	wait := false // "… sẽ trả kết quả sau 1 giờ": an hour's wait, not one in the morning
	if wordAt(toks, i-1, "sau") && wordAt(toks, g, "gio") && !kindAt(toks, g+1, tokNum) && !wordAt(toks, g+1, "sang") && !wordAt(toks, g+1, "chieu") && !wordAt(toks, g+1, "toi") {
		// (A cut-off or a time of day is an office hour, or says "sáng",
		// "chiều", "tối".)
		h, bad := parseAmount(t.text)
		wait = bad == "" && h < 600
	}
	if !wait && i > 0 && (toks[i-1].kind == tokWord && isClockWord(toks[i-1].text) || wordAt(toks, g, "gio") && partOfDayBefore(toks, i)) && (wordAt(toks, g, "gio") || wordAt(toks, g, "h") || wordAt(toks, g, "g") && !toks[g].space) && // ("sau 12g00", an hour written "g", AVAC's visa page)
		!countFromAt(toks, g+1) && !(toks[i-1].text == "tu" && rd.hoursAmountFrom(g)) && !((toks[i-1].text == "toi" || toks[i-1].text == "den") && wordAt(toks, i-2, "len")) && // ("… có thể lên tới 24 giờ": up to so many hours, an amount; web_pages_thirtyninth.tsv)
		!((toks[i-1].text == "den" || toks[i-1].text == "toi") && kindAt(toks, i-3, tokNum) && (rd.hoursAmountFrom(i-2) || wordAt(toks, i-2, "phut") && wordAt(toks, i-4, "tu"))) && // ("từ 30 phút đến 2 giờ": minutes up to hours, no time of day; "từ 7 giờ 30 phút đến 11 giờ" is one)
		!(toks[i-1].text == "truoc" && (wordAt(toks, g+1, "khi") || wordAt(toks, g+1, "hen") || words2(toks, i-3, "it", "nhat") || t.text == "24" && !wordAt(toks, g+1, "ngay") || words2(toks, g+1, "tinh", "den") || words3(toks, g+1, "so", "voi", "thoi"))) { // ("Trước 12 giờ so với thời điểm bắt đầu đình công", Nghị quyết on strikes in the Gazette: hours ahead; "thông báo nếu trước 3 giờ hẹn chưa có kết quả", a province's SMS service, web_pages_fiftyseventh.tsv: hours before the appointment's hour) // ("chậm nhất trước 12 giờ tính đến thời điểm dự định họp báo": twelve hours ahead, Nghị định 237/2026/NĐ-CP Điều 22) // ("thông báo … trước 24 giờ": a day ahead; 24:00 is "24 giờ ngày …") // ("thông báo ít nhất trước 01 giờ khi tàu vào cảng": an amount ahead of the event)
		skip := g - i
		h, bad := parseAmount(t.text)
		min := int64(0)
		if kindAt(toks, g+1, tokNum) {
			m, bad2 := parseAmount(toks[g+1].text)
			if bad2 == "" && m%100 == 0 && m/100 < 60 {
				min, skip = m/100, skip+1
				if wordAt(toks, g+2, "phut") {
					skip++
				}
			}
		}
		if (wordAt(toks, i+1+skip, "chieu") || wordAt(toks, i+1+skip, "toi")) && h < 1200 {
			h += 1200 // "3 giờ chiều" is 15:00
			skip++
		}
		if bad == "" && h%100 == 0 {
			rd.clockCutoff(i-1, i, i+1+skip, int(h/100), int(min))
		}
		return skip
	}
	// "Số ngày xử lý: 10" (Điện Bàn's one-stop portal, motcua.dienban.gov.vn):
	// a field whose name gives the unit, its number alone on its line.
	if punctAt(toks, i-1, ":") && dayCountField(toks, i-1) && (i+1 == len(toks) || punctAt(toks, i+1, "\n") || punctAt(toks, i+1, ".") && i+2 == len(toks) || feeColumnAt(toks, i+1)) { // (the portal's fee column may follow on the line: "Số ngày xử lý: 10 Phí : 0 Đồng")
		if h, bad := parseAmount(t.text); bad == "" && h > 0 && checkHundredths(h, UnitCalendarDays) == "" {
			rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(Limit{hundredths: int32(h), unit: UnitCalendarDays}), from: i, to: i + 1})
		}
		return 0
	}
	// The last number of a row under a "Thời hạn (ngày)" header; in a
	// table flattened to one line ("STT Phòng ban chuyển Phòng ban xử lý
	// Thời hạn (ngày) 1 Bộ phận TN&TKQ 1 2 Bộ phận TN&TKQ Văn phòng Đăng ký
	// quyền sử dụng đất 5 3 …", a district's land procedure), the number
	// before the next row's number, each row's number one more than the
	// last's.
	if rd.tableAt > 0 && i > rd.tableAt && !kindAt(toks, i-1, tokWord) && kindAt(toks, i+1, tokWord) && (rd.tableRow == 0 && i == rd.tableAt+1 || toks[i].text == strconv.Itoa(rd.tableRow+1)) {
		// (The first row's number may be any: "Thời hạn (ngày) 2 Bộ phận
		// TN&TKQ 1 3 …", the header counted as row 1.)
		if n, err := strconv.Atoi(t.text); err == nil && n > 0 && n <= 100 {
			rd.tableRow = n
			return 0
		}
	}
	if rd.tableAt > 0 && i > rd.tableAt && (i+1 == len(toks) || punctAt(toks, i+1, "\n") || i+2 == len(toks) && punctAt(toks, i+1, ".") ||
		rd.tableRow > 0 && kindAt(toks, i+1, tokNum) && toks[i+1].text == strconv.Itoa(rd.tableRow+1) && kindAt(toks, i+2, tokWord)) && kindAt(toks, i-1, tokWord) { // (the last row may end the text with a full stop)
		if h, bad := parseAmount(t.text); bad == "" && h > 0 && checkHundredths(h, rd.tableUnit) == "" {
			// Each row is one step's, never a restatement of another.
			rd.items = append(rd.items, item{kind: iDur, p: PeriodOf(Limit{hundredths: int32(h), unit: rd.tableUnit}), from: i, to: i + 1, step: true})
		}
		return 0
	}
	// Second number of a range was handled with the first.
	if ((punctAt(toks, i-1, "-") || punctAt(toks, i-1, "~")) && kindAt(toks, i-2, tokNum)) ||
		((wordAt(toks, i-1, "den") || wordAt(toks, i-1, "toi")) && kindAt(toks, i-2, tokNum)) {
		return 0
	}
	// ("\n-03 ngày làm việc …": a list mark glued to the number.)
	// ("-18 ngày kể từ ngày nhận đủ hồ sơ hợp lệ …", a province's catalogue
	// cell, dichvucong.binhdinh.gov.vn: a mark that opens a sentence; a
	// bare "-5 ngày" is a signed amount.)
	negative := punctAt(toks, i-1, "-") && !t.space && (i >= 2 || len(toks) <= i+4) && !kindAt(toks, i-2, tokNum) && !punctAt(toks, i-2, "\n") && !punctAt(toks, i-2, ":") && !punctAt(toks, i-2, ";")
	j := i + 1
	// Range: "5 - 7 ngày", "15-20 ngày", "5 đến 7 ngày", "5~7 ngày".
	if (punctAt(toks, j, "-") || punctAt(toks, j, "~") || wordAt(toks, j, "den") || wordAt(toks, j, "toi")) && kindAt(toks, j+1, tokNum) {
		if u, n := rd.unitAt(j + 2); n > 0 {
			lo, bad1 := parseAmount(t.text)
			hi, bad2 := parseAmount(toks[j+1].text)
			from := i
			if wordAt(toks, i-1, "tu") {
				from = i - 1
			}
			rd.addRange(from, j+2+n, lo, hi, u, bad1 == "" && bad2 == "", j+2)
			return j + 2 + n - i - 1
		}
		return 0
	}
	if j < len(toks) && (toks[j].text == "," || toks[j].text == "hay" || toks[j].text == "hoac") { // (asked only where "or" may follow: every number passes here)
		if k := rd.orAmountAt(j); k > 0 {
			// "có thể mất khoảng 1, hay thậm chí là 2 tuần", "05 hoặc 07 ngày
			// làm việc": two amounts of one unit, either; read as the range
			// between them, never as the second alone.
			u, n := rd.unitAt(k + 1)
			lo, bad1 := parseAmount(t.text)
			hi, bad2 := parseAmount(toks[k].text)
			rd.addRange(i, k+1+n, lo, hi, u, bad1 == "" && bad2 == "", k+1)
			return k + 1 + n - i - 1
		}
	}
	h, numBad := parseAmount(t.text)
	from := i
	// Digits in brackets after the amount in words: "Mười (10) ngày", "(17,5) ngày".
	if punctAt(toks, i-1, "(") && punctAt(toks, j, ")") {
		if _, n := rd.unitAt(j + 1); n > 0 {
			from = i - 1
			for from > 0 && toks[from-1].kind == tokWord && isNumberWord(toks[from-1].text) && !rd.afterNotSix(from-1) && !rd.isFrom(from-1) { // ("sau ba mươi (30) ngày": after, not "sáu"; "từ mười (10) ngày": from, not "tư")
				from--
			}
			j++
		}
	}
	// Repetition in words: "15 (mười lăm) ngày làm việc". Tokenize dropped
	// every bracket whose words say the number (dropSpelledAmounts, up to
	// six words: any number below a thousand), so words left in brackets
	// between the digits and a unit spell another number, or none.
	if punctAt(toks, j, "(") {
		k := j + 1
		for k < len(toks) && toks[k].kind == tokWord {
			k++
		}
		if k > j+1 && punctAt(toks, k, ")") {
			if _, n := rd.unitAt(k + 1); n > 0 {
				rd.items = append(rd.items, item{kind: iBad, from: i, to: k + 1 + n,
					detail: "the number in words does not match the digits", err: ErrLimitSyntax})
				return k + n - i
			}
		}
	}
	u, n := rd.unitAt(j)
	if n == 0 && punctAt(toks, j, "(") {
		// "20 (Ngày)": the portal's unit in brackets.
		if u2, n2 := rd.unitAt(j + 1); n2 > 0 && punctAt(toks, j+1+n2, ")") {
			u, n = u2, n2+2
		}
	}
	if n == 0 {
		if rd.ordinalCountedAt(i, j) && numBad == "" && h > 0 && h%100 == 0 {
			// "chậm nhất là ngày thứ 30 kể từ ngày hợp đồng chuyên gia có
			// hiệu lực", "ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc
			// năm dương lịch": the 30th day, the 3rd month, counted from an
			// event (Luật Quản lý thuế 2019 Điều 44 counts its filing dates
			// so), as "30 ngày kể từ …".
			rd.addOrdinal(i, j, h)
			return j - i - 1
		}
		return 0
	}
	// The amount in words between the unit and its repetition: "30 ngày
	// (ba mươi) ngày làm việc" is 30 working days.
	if punctAt(toks, j+n, "(") {
		k := j + n + 1
		for k < len(toks) && toks[k].kind == tokWord {
			k++
		}
		if k > j+n+1 && punctAt(toks, k, ")") {
			if v, ok := parseNumberWords(toks[j+n+1 : k]); ok && numBad == "" && int64(v)*100 == h {
				if u2, n2 := rd.unitAt(k + 1); n2 > 0 {
					u, n = u2, k+1+n2-j
				}
			}
		}
	}
	u, end := rd.workingDaysSaid(u, from, j+n)
	if words2(toks, end, "mot", "lan") || kindAt(toks, end, tokNum) && wordAt(toks, end+1, "lan") || rd.onceEveryAfter(end) ||
		words2(toks, i-3, "mot", "lan") && punctAt(toks, i-1, ",") && rd.onceLater(end) { // ("… gặp nhau 06 tháng một lần, 03 tháng các đồn biên phòng hai bên gặp nhau một lần")
		return end - i - 1 // "định kỳ 5 năm một lần", "03 tháng hoặc 06 tháng một lần": a frequency, not a duration
	}
	if u == UnitUnknown {
		if wu, per := rd.weekDays(j); per > 0 {
			u, h = wu, h*per // "khoảng 1 tuần": weeks of seven days; "01 tuần làm việc": five working days
		}
	}
	if u == UnitUnknown && (toks[j].text == "phut" || toks[j].kind == tokPunct) && !rd.opt.ClockHours && numBad == "" && !negative && h > 0 && h%60 == 0 { // (the punctuation is a prime: minutePrimeAt)
		// "tiếp nhận, kiểm tra hồ sơ và xử lý trong thời gian 30 phút":
		// minutes of working time, as bare "giờ" is working hours, held
		// exactly as hundredths of a working hour (30 phút = 0,5 giờ làm
		// việc, 15 phút = 0,25). Other amounts (10 phút) stay unreadable.
		u, h = UnitWorkingHours, h/60
	}
	if u == UnitUnknown && toks[j].text == "nam" && (words2(toks, from-2, "ke", "hoach") || words2(toks, from-2, "quy", "hoach") || words2(toks, from-2, "chien", "luoc")) {
		// "Đối với kế hoạch 05 năm, báo cáo lần đầu tiên trong vòng 60 ngày
		// …" (Nghị định 208/2026/NĐ-CP Điều 27): a five-year plan, the
		// plan's name, no duration.
		return end - i - 1
	}
	it := item{kind: iDur, from: from, to: end}
	switch {
	case u == UnitUnknown:
		it.kind, it.err = iBad, ErrLimitSyntax
		it.detail = "unsupported unit \"" + unsupportedName(toks[j].text, rd.opt.ClockHours) + "\""
		if toks[j].text == "nam" && kindAt(toks, end, tokNum) && wordAt(toks, end+1, "thang") {
			// "36 năm 6 tháng": the months are part of the amount in
			// years, unreadable with it, not a limit of 6 months.
			it.to = end + 2
			rd.items = append(rd.items, it)
			return end + 1 - i
		}
	case negative:
		it.kind, it.err, it.detail = iBad, ErrLimitRange, "negative amount"
	case numBad != "":
		it.kind, it.err, it.detail = iBad, ErrLimitRange, numBad
	case h == 0 && u == UnitWorkingDays:
		// Refused, not read as "Trong ngày": a catalogue states a same-day
		// limit in words ("Trong ngày", "Ngay trong ngày"); a 0 in the
		// amount column is far more often an empty field than a decision,
		// and Decree 63/2010/NĐ-CP Art. 8(2)(đ) requires the limit to be
		// stated.
		it.kind, it.err, it.detail = iBad, ErrLimitRange, "zero working days: write \"Trong ngày\" for a same-day limit"
	default:
		if u == UnitCalendarDays && h%100 != 0 && (wordAt(toks, end, "den") || punctAt(toks, end, "-")) && kindAt(toks, end+1, tokNum) && words3(toks, end+2, "ngay", "lam", "viec") {
			// "Trong thời hạn từ ½ ngày đến 2 ngày làm việc, kể từ ngày nhận
			// đủ hồ sơ …" (a province's archive copies,
			// web_pages_fiftysixth.tsv): the range's first end
			// takes the unit of its second, half a working day.
			u = UnitWorkingDays
		}
		it.setAmount(h, u)
		rd.fracDays = rd.fracDays || it.fracDays > 0
	}
	rd.items = append(rd.items, it)
	return end - i - 1
}

// setAmount gives the duration item the amount h (hundredths) of unit u,
// or marks it unreadable when the amount is out of range for the unit.
func (it *item) setAmount(h int64, u Unit) {
	if reason := checkHundredths(h, u); reason != "" {
		it.kind, it.err, it.detail = iBad, ErrLimitRange, reason
		if u == UnitCalendarDays && h > 0 && checkHundredths(h, UnitWorkingDays) == "" {
			it.fracDays = int32(h)
		}
		return
	}
	it.p = PeriodOf(Limit{hundredths: int32(h), unit: u})
}

// countAfterUnit reports whether a unit at k ("ngày", "ngày làm việc",
// "tháng", "giờ") is followed by a count from an event: "sau ngày", "sau
// khi", "kể từ", "tính từ".
func countAfterUnit(toks []token, k int) bool {
	switch {
	case words3(toks, k, "ngay", "lam", "viec"):
		k += 3
	case wordAt(toks, k, "ngay") || wordAt(toks, k, "thang") || wordAt(toks, k, "gio"):
		k++
	default:
		return false
	}
	return words2(toks, k, "sau", "ngay") || words2(toks, k, "sau", "khi") || countFromAt(toks, k)
}

// workingDaysSaid returns the unit of an amount of calendar days [from,
// end) as the words around it say it, and where the amount ends: working
// days when "tính theo ngày làm việc" or a bracket saying so follows, when
// "trong thời gian làm việc" stands before it and a count follows, or when
// the days off are excluded after it. Other units are returned as they are.
// The amount may be in digits or in words ("Trong thời hạn bảy ngày (không
// kể ngày thứ bảy, chủ nhật …)" reads as "07 ngày (…)" does).
func (rd *reader) workingDaysSaid(u Unit, from, end int) (Unit, int) {
	toks := rd.toks
	if u != UnitCalendarDays {
		return u, end
	}
	if words5(toks, end, "tinh", "theo", "ngay", "lam", "viec") {
		// "20 ngày tính theo ngày làm việc": working days.
		return UnitWorkingDays, end + 5
	}
	if workingDaysBracket(toks, end) {
		return UnitWorkingDays, end + 5
	}
	if punctAt(toks, end, "(") && words2(toks, end+1, "lam", "viec") && punctAt(toks, end+3, ")") {
		// "15 ngày (làm việc)": the bracket says the days are working
		// days, as "15 ngày (ngày làm việc)" does.
		return UnitWorkingDays, end + 4
	}
	if words5(toks, from-5, "trong", "thoi", "gian", "lam", "viec") && countFromAt(toks, end) {
		// "… thông báo … trong thời gian làm việc 1 ngày kể từ ngày nhận
		// được đăng ký": one working day, the words before the amount.
		return UnitWorkingDays, end
	}
	if rd.holidaysExcluded(end) {
		// "8 ngày … (không tính ngày lễ và ngày nghỉ cuối tuần)": days
		// without the days off are working days.
		return UnitWorkingDays, end
	}
	return u, end
}

// oneWorkingDayAt reports whether "một" at i, before an amount of working
// days (u), is one working day by the words before it: "Trong thời gian
// một ngày làm việc chuyển hồ sơ đến Chi nhánh Văn phòng đăng ký đất đai"
// (Hà Nội's land procedures, catalogue_repos29.tsv, in digits there), a
// field "Thời gian xử lý: một ngày làm việc", "Trong một ngày làm việc từ
// ngày nhận hồ sơ hợp lệ". (Calendar days stay unread: "trong thời gian
// một ngày" is also how long a wedding lasts.)
func (rd *reader) oneWorkingDayAt(i int, u Unit) bool {
	toks := rd.toks
	if u != UnitWorkingDays {
		return false
	}
	return words3(toks, i-3, "trong", "thoi", "gian") || wordAt(toks, i-1, "trong") && (i == 1 || rd.isSentenceEnd(i-2) || punctAt(toks, i-2, ":")) || // ("… phát hành mới trong một ngày làm việc": within a day, mid-sentence, no limit)
		punctAt(toks, i-1, ":") && (rd.phraseInSentenceBefore(i-1, 6, "thoi", "gian") || rd.phraseInSentenceBefore(i-1, 6, "thoi", "han"))
}

// wholeCellAmount reports whether the amount [i, end) is all its cell or
// field says: the text, a field after a colon or a cell after "|" holds
// nothing else up to the end of its clause ("một ngày", "Trực tiếp: một
// ngày", "- **Thời gian:** một ngày", "Cấp đại đội, tiểu đoàn hoặc tương
// đương: một ngày làm việc;", "Thời hạn giải quyết | một ngày đối với hồ
// sơ hợp lệ |", "Xét nghiệm hình thức: một tháng cho đăng ký nhãn
// hiệu"), a cell opened by the limit's cue holds nothing else ("Trong
// thời gian một ngày"), or a bracket holds only it ("Bước 3: UBND cấp xã
// thực hiện (một ngày làm việc):"). "một" alone is read with such a frame
// only: mid-sentence "một ngày" is as often a day of something as a time
// to act.
func (rd *reader) wholeCellAmount(i, end int) bool {
	toks := rd.toks
	if punctAt(toks, i-1, "(") {
		return punctAt(toks, end, ")")
	}
	q := i - 1
	for q >= 0 && punctAt(toks, q, "*") {
		q-- // a field's name in bold, "**Thời gian:**"
	}
	s := pastListLetter(toks, 0, i) // the cell's first word, past its list marks ("- ", "a) ")
	switch {
	case q < 0, punctAt(toks, q, ":"), punctAt(toks, q, "|"), s == i:
	case words3(toks, s, "trong", "thoi", "gian") && q == s+2, wordAt(toks, s, "trong") && q == s:
		// "Trong thời gian một ngày", "Trong một ngày" as the whole
		// cell (web_pages_twelfth.tsv:136), the limit's own cue; with
		// words before it, "Lễ cưới được tổ chức trong thời gian một
		// ngày", it is a length.
		return end == len(toks) || end+1 == len(toks) && punctAt(toks, end, ".")
	default:
		return false
	}
	if end == len(toks) || words2(toks, end, "doi", "voi") || wordAt(toks, end, "cho") && q >= 0 {
		return true // ("Xét nghiệm hình thức: một tháng cho đăng ký nhãn hiệu")
	}
	t := toks[end]
	return t.kind == tokPunct && (t.text == "." || t.text == ";" || t.text == "|" || t.text == "\n") && (end+1 == len(toks) || t.text != "." || !kindAt(toks, end+1, tokNum))
}

// stepAmountInBracket reports whether the number words [i, k) open a
// bracket that holds only them and their unit, right after a step's words:
// "Bước 3: Cơ quan có chức năng quản lý đất đai cấp xã thực hiện (mười lăm
// ngày làm việc):" (a Hà Nội land procedure's steps), read as "(15 ngày làm
// việc)" is. (A bracket after an amount restates it: "15 ngày làm việc
// (mười lăm ngày làm việc)".)
func (rd *reader) stepAmountInBracket(i, k int) bool {
	toks := rd.toks
	u, n := rd.unitAt(k)
	if n == 0 || u == UnitUnknown || !punctAt(toks, k+n, ")") {
		return false
	}
	// What stands before the bracket: nothing ("( ba mươi ngày làm việc )",
	// a cell), a colon, or a word that is no unit.
	return i < 2 || punctAt(toks, i-2, ":") || toks[i-2].kind == tokWord && !isUnitWord(toks[i-2].text) && toks[i-2].text != "viec"
}

// numberInWords reads an amount written only in words before a unit,
// "chậm nhất là ba mươi ngày", "trong thời hạn mười lăm ngày": the run of
// number words at toks[i] (at most five), then the unit. A run that is
// part of a date ("ngày mười lăm tháng sáu") or not a well-formed number
// is no amount; a lone "năm" (five, or the unit year), "tư" or "một" ("tối
// đa một ngày" in prose) before a unit is read only with another number
// word or a frame that makes it an amount (a limit's cue before it, a
// field or cell it fills: wholeCellAmount). It returns how many following
// tokens it consumed.
func (rd *reader) numberInWords(i int) int {
	if rd.isFrom(i) {
		return 0 // "từ" (from), not "tư" (four): "từ sáu tháng" is read from "sáu"
	}
	if rd.flyNotSeven(i) {
		return 0 // "chuyến bay mười hai giờ": "bay" (to fly), not "bảy" (seven); read from "mười"
	}
	toks := rd.toks
	k := rd.numberWordsEnd(i)
	if wordAt(toks, i-1, "ngay") || wordAt(toks, i-1, "thang") && !rd.daysAfterMonths(i, k) || wordAt(toks, i-1, "nam") || punctAt(toks, i-1, "(") && (kindAt(toks, i-2, tokNum) && punctAt(toks, k, ")") || !countAfterUnit(toks, k) && !rd.stepAmountInBracket(i, k)) {
		// (Words in brackets after digits repeat them, "05 (năm) ngày":
		// tokenize drops those that agree, and the scan reports those that
		// do not. Words opening a bracket of their own are an amount when
		// a count follows their unit: "(hai ngày làm việc sau ngày khớp
		// lệnh)".)
		return 0
	}
	u, n := rd.unitAt(k)
	if n == 0 && rd.ordinalCountedAt(i, k) {
		// "Thời hạn nộp hồ sơ khai thuế theo từng lần phát sinh nghĩa vụ
		// thuế chậm nhất là ngày thứ mười, kể từ ngày phát sinh nghĩa vụ
		// thuế" (a legal page quoting the tax administration law's filing
		// dates): the ordinal in words, as "ngày thứ 10 kể từ …".
		if v, ok := parseNumberWords(toks[i:k]); ok && v > 0 {
			rd.addOrdinal(i, k, int64(v)*100)
			return k - i - 1
		}
	}
	if n == 0 && (wordAt(toks, k, "den") || wordAt(toks, k, "toi") || punctAt(toks, k, "-")) {
		// "từ một đến hai ngày", "năm - bảy ngày làm việc": a range in
		// words, as "từ 1 đến 2 ngày" in digits.
		return rd.rangeInWords(i, k)
	}
	if u == UnitWorkingHours && n == 1 && i > 0 && (rd.afterNotSix(i-1) || wordAt(toks, i-1, "truoc")) && !countFromAt(toks, k+1) {
		// "nếu nhận sau mười lăm giờ thì trả trong ngày làm việc tiếp
		// theo", "sau ba giờ chiều": a time of day after "sau" or "trước"
		// in words, read as "sau 15 giờ" is (the cut-off), never as hours
		// of work. ("sau hai giờ" with no part of the day is a wait, as
		// "sau 2 giờ" is.)
		if v, ok := parseNumberWords(toks[i:k]); ok {
			end, h := k+1, v
			if wordAt(toks, end, "dem") && toks[i-1].text == "sau" {
				// "sau mười hai giờ đêm": an hour of the night, as "sau 12
				// giờ đêm" in digits (nightOrPartOfDayAt), no cut-off.
				rd.items = append(rd.items, item{kind: iNotLimit, from: i, to: end + 1, err: ErrLimitSyntax,
					detail: nightOrPartOfDayWhy})
				return end - i
			}
			part := wordAt(toks, end, "sang") || wordAt(toks, end, "chieu") || wordAt(toks, end, "toi") || wordAt(toks, end, "trua")
			if (wordAt(toks, end, "chieu") || wordAt(toks, end, "toi")) && h < 12 {
				h += 12
			}
			if part {
				end++
			}
			if part || toks[i-1].text == "sau" && v >= 6 || toks[i-1].text == "truoc" && rd.sameDayAfter(end) {
				rd.clockCutoff(i-1, i, end, h, 0)
				return end - i - 1
			}
		}
	}
	if u == UnitWorkingHours && (wordAt(toks, k+n, "sang") || wordAt(toks, k+n, "chieu") || wordAt(toks, k+n, "toi") || wordAt(toks, k+n, "dem") || wordAt(toks, k+n, "trua")) {
		return 0 // "đến sáu giờ sáng": a time of day
	}
	perWeek := int64(0)
	if u == UnitUnknown {
		u, perWeek = rd.weekDays(k) // "hai tuần": weeks of seven days; "một tuần làm việc": five working days
	}
	if toks[i].text == "mot" && wordAt(toks, i+1, "nam") && punctAt(toks, i+2, "(") && (withinAt(toks, i-3) || rd.limitCueBefore(i)) {
		// "trong thời hạn một năm (12 tháng) kể từ ngày … công nhận tốt
		// nghiệp" (national portal 2026, thủ tục 1.014581): a year in
		// words, unreadable as "01 năm" is, and the months in brackets
		// restate it (the README's "01 năm (12 tháng)", a threshold).
		rd.items = append(rd.items, item{kind: iBad, err: ErrLimitSyntax, from: i, to: i + 2,
			detail: "unsupported unit \"" + unsupportedName("nam", rd.opt.ClockHours) + "\""})
		return 1
	}
	// A single "năm" is a year, unless days follow ("năm ngày làm việc")
	// or months after a limit's cue ("trong thời hạn năm tháng kể từ ngày
	// công bố đơn") or after "là" with a count right after them ("thời
	// hạn tối đa để tòa án giải quyết vụ án tranh chấp lao động là năm
	// tháng (kể từ ngày toà thụ lý vụ án)", baoholaodonggiare.vn), when
	// the sentence names a time before them ("thời hạn", "thời gian"):
	// "Đó là năm tháng kể từ ngày thành lập" are the years since; or as
	// a list item or field that a count follows ("+ năm tháng kể từ ngày
	// nộp đơn yêu cầu chấm dứt hiệu lực văn bằng bảo hộ;", a list of
	// terms in the portal's catalogue, catalogue_repos8.tsv, in words).
	// A bare "một" is an amount only where something marks it so (a cue
	// before it, a count after it, a whole cell, …); the days of a
	// composite after its months mark it too ("Một tháng mười lăm ngày
	// …", daysPartAt).
	if n == 0 || u == UnitUnknown || k-i == 1 && (toks[i].text == "nam" && !wordAt(toks, k, "ngay") && !(wordAt(toks, k, "thang") && (rd.limitCueBefore(i) || wordAt(toks, i-1, "la") && (countFromAt(toks, k+1) || punctAt(toks, k+1, "(") && countWordsAt(toks, k+2)) && (rd.phraseInSentenceBefore(i, 16, "thoi", "han") || rd.phraseInSentenceBefore(i, 16, "thoi", "gian")) || (punctAt(toks, i-1, "+") || punctAt(toks, i-1, "-") || punctAt(toks, i-1, ":") || i == 0 || punctAt(toks, i-1, ")") && letterMarkAt(toks, i-2)) && countWordsAt(toks, k+1))) || toks[i].text == "tu" || toks[i].text == "khong" || toks[i].text == "le" || toks[i].text == "lam" || toks[i].text == "mot" && !rd.limitCueBefore(i) && !rd.oneWorkingDayAt(i, u) && !rd.wholeCellAmount(i, k+n) && !wordAt(toks, i-1, "xuong") && !rd.listedAmountBefore(i) && !countFromAt(toks, k+n) && !(wordAt(toks, k, "thang") && daysPartAt(toks, k+n)) && !(wordAt(toks, k+n, "truoc") && rd.leadTime(k+n)) && !(!kindAt(toks, k+n, tokWord) && (rd.phraseInSentenceBefore(i, 12, "thoi", "gian", "giai", "quyet") || rd.phraseInSentenceBefore(i, 12, "thoi", "han", "giai", "quyet") || rd.phraseInSentenceBefore(i, 12, "thoi", "gian", "xu", "ly")))) {
		// ("là một tuần trước ngày bắt đầu học": a lead time; "Thời gian
		// giải quyết cả hai thủ tục trên trong một ngày", "Thời gian xử lý
		// …": the limit's own name before a day closing the clause, while "Thời gian giải
		// quyết: Một ngày học …" names a day of study; "rút ngắn từ hai
		// ngày làm việc xuống một ngày" (vnexpress.net on visa exemption
		// certificates) is the time after a cut.)
		return 0
	}
	v, ok := parseNumberWords(toks[i:k])
	if !ok || v == 0 {
		return 0
	}
	h := int64(v) * 100
	if perWeek > 0 {
		h *= perWeek
	}
	end := k + n
	// "mười lăm ngày (15) ngày làm việc": the unit written again after the
	// digits is the unit.
	if punctAt(toks, end, "(") && kindAt(toks, end+1, tokNum) && punctAt(toks, end+2, ")") {
		if u2, n2 := rd.unitAt(end + 3); n2 > 0 {
			if d, bad := parseAmount(toks[end+1].text); bad == "" && d == h {
				u, end = u2, end+3+n2
			}
		}
	}
	// "Mười ngày rưỡi 10,5 ngày làm việc": the amount follows in digits,
	// which are read instead.
	if kindAt(toks, end, tokNum) || wordAt(toks, end, "ruoi") && kindAt(toks, end+1, tokNum) {
		return 0
	}
	u, end = rd.workingDaysSaid(u, i, end)
	it := item{kind: iDur, from: i, to: end}
	it.setAmount(h, u)
	rd.fracDays = rd.fracDays || it.fracDays > 0
	rd.items = append(rd.items, it)
	return end - i - 1
}

// orAmountAt returns where the second amount stands when the tokens at j,
// right after a number with no unit, say "or" and give it with its unit:
// ", hay thậm chí là 2 tuần", "hoặc 07 ngày làm việc". It returns 0
// otherwise.
func (rd *reader) orAmountAt(j int) int {
	toks := rd.toks
	k := j
	// A list before the last: "7, 15 hoặc 30 ngày", "(7, 15, 30 ngày)",
	// each amount larger than the one before it (so "Điều 12, 5 ngày" is
	// no list).
	listed := 0
	for punctAt(toks, k, ",") && kindAt(toks, k+1, tokNum) && !toks[k+1].date && amountBelow(toks[k-1].text, toks[k+1].text) {
		if _, n := rd.unitAt(k + 2); n > 0 {
			if listed > 0 {
				return k + 1 // "(7, 15, 30 ngày)"
			}
			return 0
		}
		k += 2
		listed++
	}
	if punctAt(toks, k, ",") {
		k++
	}
	if !wordAt(toks, k, "hay") && !wordAt(toks, k, "hoac") {
		return 0
	}
	k++
	if words2(toks, k, "tham", "chi") {
		k += 2
		if wordAt(toks, k, "la") {
			k++
		}
	}
	if !kindAt(toks, k, tokNum) || toks[k].date || listed > 0 && !amountBelow(toks[j-1+2*listed].text, toks[k].text) {
		return 0
	}
	if _, n := rd.unitAt(k + 1); n == 0 {
		return 0
	}
	return k
}

// amountBelow reports whether the amount a is smaller than b.
func amountBelow(a, b string) bool {
	x, bad1 := parseAmount(a)
	y, bad2 := parseAmount(b)
	return bad1 == "" && bad2 == "" && x < y
}

// numberWordsEnd returns the end of the run of number words at toks[i]
// (five at most; "sau" that is "after", not "sáu", ends it).
func (rd *reader) numberWordsEnd(i int) int {
	toks := rd.toks
	k := i
	for k < len(toks) && k-i < 5 && toks[k].kind == tokWord && isNumberWord(toks[k].text) {
		if rd.afterNotSix(k) || toks[k].text == "lam" && wordAt(toks, k+1, "viec") {
			break // "sau tháng bắt đầu": after, not "sáu" (six); "bảy làm việc": work, not "lăm" (five)
		}
		k++
	}
	return k
}

// rangeInWords reads a range written in words, "từ một đến hai ngày": the
// number words [i, k), "đến", "tới" or "-" at k, then number words and a
// unit. It returns how many following tokens it consumed, 0 when no range
// stands there.
func (rd *reader) rangeInWords(i, k int) int {
	toks := rd.toks
	k2 := rd.numberWordsEnd(k + 1)
	if k2 == k+1 {
		return 0
	}
	u, n := rd.unitAt(k2)
	lo, ok1 := parseNumberWords(toks[i:k])
	hi, ok2 := parseNumberWords(toks[k+1 : k2])
	if n == 0 || !ok1 || !ok2 || lo == 0 {
		return 0
	}
	from := i
	if rd.isFrom(i - 1) {
		from = i - 1
	}
	rd.addRange(from, k2+n, int64(lo)*100, int64(hi)*100, u, true, k2)
	return k2 + n - i - 1
}

// addRange adds the range [lo, hi] (hundredths) of unit u read from tokens
// [from, to), whose unit word stands at unitAt; weeks are seven calendar
// days each ("từ 8-12 tuần"). A range of a unit not modelled, an amount
// not read (ok false) or bounds out of order is an unreadable item.
func (rd *reader) addRange(from, to int, lo, hi int64, u Unit, ok bool, unitAt int) {
	if u == UnitUnknown {
		if wu, per := rd.weekDays(unitAt); per > 0 {
			u, lo, hi = wu, lo*per, hi*per
		}
	}
	if u == UnitUnknown && wordAt(rd.toks, unitAt, "phut") && !rd.opt.ClockHours && lo%60 == 0 && hi%60 == 0 && !wordAt(rd.toks, from-1, "mat") {
		// "cho kết quả nhanh 15-30 phút kể từ khi nhận mẫu" (emcovu.com, a
		// clinic's page on test results): minutes of working time, as a single
		// amount of minutes is (number), when both ends are whole
		// hundredths of an hour. ("quá trình này có thể mất từ 15-90
		// phút", a clinic's page: how long a treatment takes, unread.)
		u, lo, hi = UnitWorkingHours, lo/60, hi/60
	}
	it := item{kind: iRange, from: from, to: to}
	if !ok || u == UnitUnknown || checkHundredths(lo, u) != "" || checkHundredths(hi, u) != "" || lo >= hi {
		it.kind, it.detail, it.err = iBad, "a range that is not a range of a supported unit", ErrLimitSyntax
	} else {
		it.p = PeriodOf(Limit{hundredths: int32(lo), unit: u})
		it.hi = PeriodOf(Limit{hundredths: int32(hi), unit: u})
	}
	rd.items = append(rd.items, it)
}

// minutePrimeAt reports whether toks[j] is a prime glued to an amount
// after a limit's words, minutes written short: "Tối đa 30’ sau khi nhận
// được YCBLVP" (ftcclaims.com, a claims handler's page on hospital fee
// guarantees). (A prime elsewhere, "15°30’", is no unit.)
func (rd *reader) minutePrimeAt(j int) bool {
	toks := rd.toks
	if j >= len(toks) || toks[j].kind != tokPunct || toks[j].space || toks[j].text != "’" && toks[j].text != "'" || !kindAt(toks, j-1, tokNum) {
		return false
	}
	if punctAt(toks, j+1, "-") || punctAt(toks, j+1, "–") {
		return false // "xác nhận trong 30’ – 1h" (studio8ight.vn): a range's low end, not read
	}
	return words2(toks, j-3, "toi", "da") || wordAt(toks, j-2, "trong") || rd.limitCueBefore(j-1)
}

// weeksAt reports whether the word at j is "tuần" (week; not "tuân",
// to obey). A period in weeks is read as seven calendar days a week: the
// Civil Code 2015 Art. 146 makes a week seven days, and by Art. 148 a
// period in weeks ends on the corresponding day, moved to the next working
// day when that day is off, as a period of seven times as many calendar
// days does (legal.md §6.4 [V]).
func (rd *reader) weeksAt(j int) bool {
	if !wordAt(rd.toks, j, "tuan") {
		return false
	}
	if strings.ContainsAny(rd.original(j), "ầẦ") {
		return true
	}
	// Without diacritics, "tuan" after an amount is a week unless "thủ"
	// or "theo" follows ("tuân thủ", "tuân theo": to obey).
	return rd.withoutDiacritics() && !wordAt(rd.toks, j+1, "thu") && !wordAt(rd.toks, j+1, "theo")
}

// weekDays returns the unit and the days of one week when "tuần" stands at
// j: seven calendar days (weeksAt), or five working days for a working
// week, "tuần làm việc" ("hoàn trả học phí … trong thời gian 01 tuần làm
// việc", a school's refund page; "Trong một tuần làm việc."): state
// agencies work five days a week, Monday to Friday (Quyết định
// 188/1999/QĐ-TTg; legal.md rule 24 [R]), so a working week is counted as
// five working days, holidays skipped as working days skip them. It
// returns 0 days for anything else.
func (rd *reader) weekDays(j int) (Unit, int64) {
	switch {
	case !rd.weeksAt(j):
		return UnitUnknown, 0
	case words2(rd.toks, j+1, "lam", "viec"):
		return UnitWorkingDays, 5
	}
	return UnitCalendarDays, 7
}

// workingDaysBracket reports whether "(ngày làm việc)" follows at p: "mười
// lăm (15) ngày (ngày làm việc)" is fifteen working days.
func workingDaysBracket(toks []token, p int) bool {
	return punctAt(toks, p, "(") && words3(toks, p+1, "ngay", "lam", "viec") && punctAt(toks, p+4, ")")
}

// isNumberWord reports whether w is a folded Vietnamese number word.
func isNumberWord(w string) bool {
	switch w { // numberWords' keys and the words between them; a switch, not a map look-up: every word of a text asks
	case "khong", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin",
		"muoi", "tram", "linh", "le", "moi":
		return true
	}
	return false
}

// onceLater reports whether "một lần" closes the clause after p (twelve
// tokens at most): the next of a list of frequencies.
func (rd *reader) onceLater(p int) bool {
	for q := p; q < len(rd.toks) && q < p+12 && !rd.isBreak(q); q++ {
		if words2(rd.toks, q, "mot", "lan") {
			return true
		}
	}
	return false
}

// onceEveryAfter reports whether the amount ending at p is the first of
// two frequencies ("đóng hằng tháng, 03 tháng hoặc 06 tháng một lần"): "hoặc",
// a second amount and its unit, then "một lần".
func (rd *reader) onceEveryAfter(p int) bool {
	toks := rd.toks
	if !wordAt(toks, p, "hoac") || !kindAt(toks, p+1, tokNum) {
		return false
	}
	_, n := rd.unitAt(p + 2)
	return n > 0 && (words2(toks, p+2+n, "mot", "lan") || kindAt(toks, p+2+n, tokNum) && wordAt(toks, p+3+n, "lan"))
}

// unitAt recognises a unit starting at toks[j]: the unit (UnitUnknown for
// one this package does not model) and the number of tokens it spans; 0 if
// there is no unit there.
func (rd *reader) unitAt(j int) (Unit, int) {
	toks := rd.toks
	if j >= len(toks) || toks[j].kind != tokWord {
		if rd.minutePrimeAt(j) {
			return UnitUnknown, 1 // minutes, read as "phút" is
		}
		return UnitUnknown, 0
	}
	switch toks[j].text {
	case "ngay":
		if words2(toks, j+1, "lam", "viec") || wordAt(toks, j+1, "lam") && rd.cellGluedAt(j+2, "viec") {
			return UnitWorkingDays, 3
		}
		if words3(toks, j+1, "lam", "lam", "viec") {
			return UnitWorkingDays, 4 // "07 (bảy) ngày làm làm việc": a word typed twice
		}
		if wordAt(toks, j+1, "lv") {
			return UnitWorkingDays, 2 // "15 ngày LV": "làm việc" shortened; after "ngày" it can be nothing else (no corpus text writes it yet)
		}
		if j+2 == len(toks) && wordAt(toks, j+1, "lam") {
			return UnitWorkingDays, 2 // "… - 07 ngày làm": a text cut off in "ngày làm việc"
		}
		if punctAt(toks, j+1, "(") && words4(toks, j+2, "theo", "ngay", "lam", "viec") {
			// "Trong thời gian tối đa 07 (bảy) ngày (theo ngày làm việc và
			// tính từ ngày ghi trên dấu công văn đến …)" (a page on
			// registering prices, web_pages_fiftyninth.tsv): the days are
			// working days, said in the bracket.
			return UnitWorkingDays, 1
		}
		if words2(toks, j+1, "thao", "tac") {
			// "Trong thời hạn 10 ngày thao tác, kể từ ngày nhận được khiếu
			// nại …" (a page on the complaint procedure, vh2.com.vn):
			// working days in other words.
			return UnitWorkingDays, 3
		}
		return UnitCalendarDays, 1
	case "gio":
		if words2(toks, j+1, "lam", "viec") {
			return UnitWorkingHours, 3
		}
		if rd.opt.ClockHours {
			return UnitUnknown, 1
		}
		return UnitWorkingHours, 1
	case "thang":
		return UnitMonths, 1
	case "tuan", "nam", "phut":
		if toks[j].text == "tuan" && words2(toks, j+1, "lam", "viec") && rd.weeksAt(j) {
			return UnitUnknown, 3 // "01 tuần làm việc": a working week (weekDays)
		}
		return UnitUnknown, 1
	case "h":
		if !toks[j].space && kindAt(toks, j-1, tokNum) && words2(toks, j+1, "lam", "viec") {
			return UnitWorkingHours, 3 // "Thời gian xử lý là 24h làm việc (không tính thứ 7, Chủ Nhật …)" (help.tcbs.com.vn): working hours said so
		}
		// "trong vòng 24h từ khi tiếp nhận khiếu nại": hours glued to the
		// amount after a limit's words, read as "giờ" is. ("sau 15h" is a
		// time of day, read before the unit.)
		if !toks[j].space && kindAt(toks, j-1, tokNum) && (rd.limitCueBefore(j-1) || wordAt(toks, j-2, "trong") || words2(toks, j-3, "toi", "da") || words3(toks, j-4, "thoi", "han", "la") || words3(toks, j-4, "thoi", "gian", "la") || countFromAt(toks, j+1)) { // ("Chậm nhất sau 02h kể từ khi nhận được Đơn đề nghị …": hours counted from an event, a duration) // ("• Phản hồi trong 72h"; "Đối với vùng sâu vùng xa thì thời hạn là 24h", invert.vn on residence registration; "Tối đa 24h kể từ khi nhận được …", ftcclaims.com on hospital fee guarantees)
			if rd.opt.ClockHours {
				return UnitUnknown, 1
			}
			return UnitWorkingHours, 1
		}
	case "nga":
		if words2(toks, j+1, "lam", "viec") && kindAt(toks, j-1, tokNum) {
			// "Ra Quyết định Thi hành án trong thêi h¹n 05 ngà làm việc
			// kể từ ngày nhận đơn yêu cầu" (a district enforcement office's
			// card, web_pages_fiftyninth.tsv): "ngày" with its last letter
			// lost, before "làm việc" nothing else.
			return UnitWorkingDays, 3
		}
	case "tieng":
		// "Trường hợp quý khách hàng cần có kết quả nhanh thì Trung tâm có
		// gói dịch vụ trong 24 tiếng là có kết quả phân tích ADN" (a DNA
		// testing centre's page): hours said colloquially, after a number
		// and "trong" or a limit's words, read as "giờ" is. ("hai tiếng
		// Anh", a language, has no such words before it.)
		if words2(toks, j+1, "dong", "ho") && (kindAt(toks, j-1, tokNum) || punctAt(toks, j-1, ")") && kindAt(toks, j-2, tokNum)) {
			// "chậm nhất là hai mươi tư (24) tiếng đồng hồ trước khi họp
			// báo" (bemecmedia.vn, quoting the press rules on press
			// conferences): clock hours said in full, hours whatever stands
			// before.
			if rd.opt.ClockHours {
				return UnitUnknown, 3
			}
			return UnitWorkingHours, 3
		}
		if kindAt(toks, j-1, tokNum) && words2(toks, j+1, "lam", "viec") {
			return UnitWorkingHours, 3 // "Thời gian phản hồi 08 tiếng làm việc": working hours said so
		}
		if kindAt(toks, j-1, tokNum) && (wordAt(toks, j-2, "trong") || rd.limitCueBefore(j-1) || countFromAt(toks, j+1)) { // ("Trong thời gian 03 tiếng kể từ khi phát hiện …": hours counted from an event)
			if rd.opt.ClockHours {
				return UnitUnknown, 1
			}
			return UnitWorkingHours, 1
		}
	case "lam":
		// "Thời gian giải quyết: 05 làm việc kể từ ngày nhận đủ hồ sơ": the
		// source dropped "ngày"; working days, as the count's start says.
		if wordAt(toks, j+1, "viec") && countFromAt(toks, j+2) && (kindAt(toks, j-1, tokNum) || kindAt(toks, j-1, tokWord) && isNumberWord(toks[j-1].text)) { // (also "Trong thời hạn bảy làm việc kể từ …")
			return UnitWorkingDays, 2
		}
		if words2(toks, j+1, "viec", "ngay") && countFromAt(toks, j+3) && kindAt(toks, j-1, tokNum) {
			return UnitWorkingDays, 3 // "trong thời hạn 05 làm việc ngày kể từ khi nhận đủ hồ sơ": the words swapped
		}
	}
	return UnitUnknown, 0
}

// feeColumnAt reports whether the portal's fee column opens at p: "Phí :",
// "Lệ phí :".
func feeColumnAt(toks []token, p int) bool {
	return wordAt(toks, p, "phi") && punctAt(toks, p+1, ":") || words2(toks, p, "le", "phi") && punctAt(toks, p+2, ":")
}

// dayCountField reports whether the words before the colon at c name a
// count of days: "Số ngày xử lý", "Số ngày giải quyết".
func dayCountField(toks []token, c int) bool {
	return words2(toks, c-4, "so", "ngay") && resolvingAt(toks, c-2)
}

// group joins adjacent durations into composites: "01 tháng 15 ngày", "15
// ngày + 08 ngày làm việc".
func (rd *reader) group() {
	rd.bracketedParts()
	out := rd.items[:0]
	for _, it := range rd.items {
		if n := len(out); n > 0 && it.kind == iDur && out[n-1].kind == iDur && int(out[n-1].p.n) < MaxPeriodParts {
			prev := &out[n-1]
			if it.from == prev.to && prev.p.n == 1 && it.p.n == 1 && (prev.p.parts[0] == it.p.parts[0] ||
				prev.p.parts[0].unit == UnitWorkingDays && it.p.parts[0].unit == UnitCalendarDays && prev.p.parts[0].hundredths == it.p.parts[0].hundredths) {
				// "19 Ngày 19 ngày (…)": the portal's figure and the same
				// duration again as its text begins, one limit. So is
				// "Trực tiếp 14 Ngày làm việc 14 ngày kể từ ngày nhận được
				// đầy đủ hồ sơ hợp lệ" (the national portal's card,
				// dichvucong.gov.vn, thủ tục 3119): the text says the
				// figure's working days in short, as shares under a total
				// of working days do (testdata README).
				it.restates = true
			} else if it.from == prev.to && rd.toks[prev.to-1].text != rd.toks[it.to-1].text || (it.from == prev.to+1 && (punctAt(rd.toks, prev.to, "+") || wordAt(rd.toks, prev.to, "cong"))) || // ("15 ngày cộng 08 ngày làm việc": "+" in words; two amounts of one unit side by side, "500 Du học (Đại học) 24 ngày 52 ngày", a table's two columns of statistics, web_pages_seventysixth.tsv, are no one time)
				it.from == prev.to+1 && wordAt(rd.toks, prev.to, "va") && it.p.n == 1 && prev.p.n == 1 && prev.p.parts[0].unit != it.p.parts[0].unit &&
					(rd.breakdownOpens(it.to) || prev.p.parts[0].unit == UnitMonths && it.p.parts[0].unit != UnitMonths) {
				// ("02 tháng và 15 ngày làm việc, trong đó: a) … 02 tháng …;
				// b) … 15 ngày làm việc …": parts of different units joined
				// by "và" before their breakdown. "01 tháng và 15 ngày":
				// months then days, one time said in two parts, as "01 tháng
				// 15 ngày"; "15 ngày và 4 giờ" may be two steps, and stays
				// two.)
				prev.p.parts[prev.p.n] = it.p.parts[0]
				prev.p.n++
				prev.to = it.to
				continue
			}
		}
		out = append(out, it)
	}
	rd.items = out
}

// bracketedParts reads a total in days followed by its two parts of
// different units in brackets, "Không quá 23 ngày (03 ngày làm việc và 20
// ngày)", as the composite of the parts, counted part after part (national
// portal 2026, Phú Thọ 1.116037): the total only says what they add up to.
// Parts of the total's own unit that add up to it restate it; parts that
// do not add up to the total are left as they are.
func (rd *reader) bracketedParts() {
	toks := rd.toks
	for i := 0; i+2 < len(rd.items); i++ {
		t, a, b := &rd.items[i], &rd.items[i+1], &rd.items[i+2]
		if t.kind != iDur || a.kind != iDur || b.kind != iDur || t.p.n != 1 || a.p.n != 1 || b.p.n != 1 ||
			a.from != t.to+1 || !punctAt(toks, t.to, "(") || b.from != a.to+1 || !wordAt(toks, a.to, "va") || !punctAt(toks, b.to, ")") {
			continue
		}
		tl, al, bl := t.p.parts[0], a.p.parts[0], b.p.parts[0]
		if al.unit == bl.unit && bl.unit == tl.unit && al.hundredths+bl.hundredths == tl.hundredths {
			// "Không quá 30 ngày (10 ngày và 20 ngày)": parts of the same
			// unit that add up to the total say it again, part by part.
			t.to = b.to + 1
			rd.items = append(rd.items[:i+1], rd.items[i+3:]...)
			continue
		}
		if al.unit == bl.unit || al.hundredths+bl.hundredths != tl.hundredths || tl.unit != UnitCalendarDays && tl.unit != UnitWorkingDays ||
			al.unit != UnitCalendarDays && al.unit != UnitWorkingDays || bl.unit != UnitCalendarDays && bl.unit != UnitWorkingDays {
			continue
		}
		t.p.parts[0], t.p.parts[1], t.p.n = al, bl, 2
		t.to = b.to + 1
		rd.items = append(rd.items[:i+1], rd.items[i+3:]...)
	}
}

// sentences numbers the sentences (a sentence ends at ".", ";", "!", "?"
// or a line break) and records where each starts and ends. It runs before
// scan, whose rules may ask where a sentence starts ("Ngay sau khi nhận
// được đề nghị.": the event of a same-day limit is classified there).
func (rd *reader) sentences() {
	toks := rd.toks
	var n uint16
	rd.bounds = rd.bounds[:0]
	start := uint16(0)
	for i := range toks {
		t := &toks[i]
		t.sent = n
		if t.ends { // (rd.isSentenceEnd(i), read from the token at hand)
			rd.bounds = append(rd.bounds, [2]uint16{start, uint16(i)})
			n++
			start = uint16(i + 1)
		}
	}
	rd.bounds = append(rd.bounds, [2]uint16{start, uint16(len(toks))})
}

// clauses records for each token the next sentence end or "(", and the
// next "thì" of its sentence, once the items are scanned and grouped: a
// second pass, walked backwards, so that no later look-up walks a sentence
// again. Words that fold to "thi" but are no "thì" (then) are renamed.
func (rd *reader) clauses() {
	toks := rd.toks
	stop, thi := uint16(len(toks)), uint16(0xFFFF)
	for i := len(toks) - 1; i >= 0; i-- {
		t := &toks[i]
		if t.ends {
			stop, thi = uint16(i), 0xFFFF
		} else if t.kind == tokPunct && t.text == "(" {
			stop = uint16(i)
		} else if t.kind == tokWord && t.text == "thi" {
			if rd.isThen(i) {
				thi = uint16(i)
			} else {
				// "thị trấn", "thi hành", "khả thi" fold to the "thi" of
				// "thì" (then): they are no condition's end.
				t.text = notThen
			}
		}
		t.stop, t.thi = stop, thi
	}
}

// first and last return the index of the first token of token i's
// sentence and of the sentence's end (len(toks) for the last sentence).
func (rd *reader) first(i int) int { return int(rd.bounds[rd.toks[i].sent][0]) }

// opening returns the first word of the sentence of token i past its list
// marks ("- ", "a) "), or i.
func (rd *reader) opening(i int) int { return rd.openingWord(rd.first(i), i) }
func (rd *reader) last(i int) int    { return int(rd.bounds[rd.toks[i].sent][1]) }

// sentOf returns the sentence number of token i.
func (rd *reader) sentOf(i int) int32 { return int32(rd.toks[i].sent) }

// isBreak reports whether toks[i] ends a clause: a sentence end, a comma or
// a bracket.
func (rd *reader) isBreak(i int) bool {
	t := &rd.toks[i]
	if t.kind != tokPunct || len(t.text) != 1 {
		return false
	}
	switch t.text[0] {
	case '.', ';', '!', '?', '\n', ',', '(', ')':
		return true
	}
	return false
}

// notThen is the folded text of a "thi" that is not "thì".
const notThen = "thi\u0300-"

// syllableThiAt reports whether the folded syllable "thi" stands at p,
// whether sentences has read it as "thì" (then) or renamed it notThen
// ("thị", "thi"): "thị thực", "thời gian thi", "thị xã".
func syllableThiAt(toks []token, p int) bool {
	return uint(p) < uint(len(toks)) && (toks[p].text == notThen || toks[p].text == "thi")
}

// isThen tells "thì" (then) from "thị", "thi" (as in "thị trấn", "thi
// hành", "khả thi"), which fold alike, by the original's grave accent; a
// text written without any diacritic reads "thi" as "thì" unless the words
// around it make one of the others (thiOrThi).
func (rd *reader) isThen(p int) bool {
	if strings.ContainsAny(rd.original(p), "ìÌ") {
		return true
	}
	return rd.withoutDiacritics() && !thiOrThi(rd.toks, p) && !rd.capitalsNameAt(p) // a text with diacritics writes "thì" with its accent
}

// capitalsNameAt reports whether the word at p belongs to a name by its
// capitals: written with a capital between two words written so, the middle of a
// person's name ("Trinh Thi Minh Trang", "Thị" without its mark), or after
// a capitalised "Do" inside a sentence, a body's "Đô thị" ("Phong Kinh
// te, Ha tang va Do thi"). No "thì" either way.
func (rd *reader) capitalsNameAt(p int) bool {
	toks := rd.toks
	capital := rd.initialCapitalAt
	return capital(p) && capital(p-1) && capital(p+1) ||
		wordAt(toks, p-1, "do") && capital(p-1) && p >= 2 && !rd.isSentenceEnd(p-2)
}

// withoutDiacritics reports whether the text is written without any
// diacritic (no letter that folds to an ASCII one, as "ệ", "đ", "é" do, and
// no combining mark), where words that differ only by their marks ("thì",
// "thi"; "sáu", "sau") must be told apart by the words around them. Other
// letters say nothing of the marks: a page that writes "Visa" with a
// Cyrillic "ѕ" or "và" as "ᴠa" to foil copying
// (web_pages_thirtyfourth.tsv) is as unmarked as its other words.
func (rd *reader) withoutDiacritics() bool {
	if rd.accented == 0 { // once per text: the check stays linear
		rd.accented = 1
		src := rd.f.src
		for i := 0; i < len(src); {
			if src[i] < utf8.RuneSelf {
				i++
				continue
			}
			// A letter that folds or a combining mark is a diacritic;
			// quotes, dashes, "…", a no-break space are not (“3. … la sau
			// muoi ngay …” has none), nor look-alike letters of other
			// scripts.
			r, n := decodeVietnamese(src, i)
			if r < foldTableSize && foldTable[r] != 0 && foldTable[r] != foldIgnore || unicode.Is(unicode.Mn, r) { // (foldTable: a Vietnamese letter, the common case, in one look-up)
				rd.accented = 2
				break
			}
			i += n
		}
	}
	return rd.accented == 1
}

// markedOrUnmarked reports whether the word at q carries one of marks, or
// the text has no diacritic at all (withoutDiacritics), where the words
// around, which the caller asks, must decide: "thử việc" is "thu viec"
// there.
func (rd *reader) markedOrUnmarked(q int, marks string) bool {
	return strings.ContainsAny(rd.original(q), marks) || rd.withoutDiacritics()
}

// thiOrThi reports whether "thi" at p, in a text without diacritics, is
// "thi" (an exam, to carry out) or "thị" by the words around it: "dự
// thi", "kỳ thi", "cuộc thi", "ngày thi", "chấm thi", "hội đồng thi", "thi
// hành", "thí sinh", "thi công", "thi đua", "thi tuyển", "thi thể", "thị
// xã", "thị trấn", "thị thực", "thị trường", "khả thi", "đợt thi", "buổi
// thi", "điểm thi", "kết quả thi", "hình thức thi", "thi đấu", "thi chứng
// chỉ", "tử thi", "chỉ thị", "tiếp thị", "hiển thị", "khảo thí", "miễn
// thi". ("… quá 05 ngày thì …" is "thì": the day is a unit there.)
func thiOrThi(toks []token, p int) bool {
	if punctAt(toks, p-1, ",") && wordAt(toks, p-2, "thanh") && punctAt(toks, p-3, ",") && wordAt(toks, p-4, "huyen") {
		return true // "Phòng LĐTBXH huyện, thành, thị": the district-level units listed, "thị" for "thị xã"
	}
	if p > 0 && toks[p-1].kind == tokWord {
		switch toks[p-1].text {
		case "du", "ky", "cuoc", "bai", "mon", "phong", "lich", "de", "kha", "cham", "dot", "buoi", "diem", "thuc", "tu", // ("tử thi", a corpse)
			"tiep", "hien", "khao", "mien": // ("tiếp thị", "hiển thị", "khảo thí", "miễn thi")
			return true
		case "chi":
			if !wordAt(toks, p-2, "dinh") {
				return true // "chỉ thị" (a directive), not "… đình chỉ thì"
			}
		case "do":
			// "Phòng Quản lý đô thị", "khu đô thị", "quy hoạch đô thị", "đất
			// đô thị", "phát triển đô thị": urban, by the word before; "…
			// tại địa phương đó thì …" is "thì", too common to read "do"
			// alone as "đô".
			return wordAt(toks, p-2, "ly") || wordAt(toks, p-2, "khu") || wordAt(toks, p-2, "vuc") || wordAt(toks, p-2, "hoach") || wordAt(toks, p-2, "dat") || wordAt(toks, p-2, "trien")
		case "qua":
			return wordAt(toks, p-2, "ket") // "kết quả thi", not "… quá thì"
		case "ngay":
			return !kindAt(toks, p-2, tokNum) // "ngày thi" (the exam's day), not "05 ngày thì"
		case "dong":
			return wordAt(toks, p-2, "hoi") // "hội đồng thi", not "hoạt động thì"
		}
	}
	if p+1 == len(toks) || toks[p+1].kind == tokPunct {
		return true // "tổ chức thi, …": "thì" opens a clause, and has words after it
	}
	if toks[p+1].kind == tokWord {
		switch toks[p+1].text {
		case "hanh", "sinh", "cong", "dua", "tuyen", "xa", "tran", "thuc", "truong", "diem", "nghiem", "giac", "the":
			return true
		case "dau":
			return !wordAt(toks, p+2, "tu") // "thi đấu" (a contest), not "thì đầu tư"
		case "chung":
			return wordAt(toks, p+2, "chi") // "thi chứng chỉ" (an exam for a certificate)
		}
	}
	return false
}

// allCapitals reports whether the text has no lower-case ASCII letter, as a
// heading or a form written in capitals ("KỂ TỪ NGÀY NHẬN ĐƯỢC HỒ SƠ CỦA
// CƠ SỞ"): its capitals name nothing, and a check that tells a name by its
// capital ("Sở" from "sở", "Vụ" from "vụ") cannot use them.
func (rd *reader) allCapitals() bool {
	return !rd.capitals.has(rd.f.src) // (once per text: the check stays linear)
}

// holidaysExcluded reports whether the sixteen tokens from p, within the
// sentence, leave the days off out of the count ("không tính ngày lễ và
// ngày nghỉ cuối tuần", "không kể ngày nghỉ, ngày lễ", "không kể ngày thứ
// bảy, chủ nhật và các ngày nghỉ lễ, tết"): the days left are working days,
// a civil servant's week being Monday to Friday (Quyết định 188/1999/QĐ-TTg,
// legal.md §6.1 [R]) less the holidays of Bộ luật Lao động 2019 Điều 112
// (§6.2 [V]). Sundays and holidays alone ("không tính Chủ nhật, ngày lễ")
// leave Saturdays in, and are no working days.
func (rd *reader) holidaysExcluded(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+16 && (!rd.isSentenceEnd(q) || punctAt(toks, q+1, "(")); q++ { // "… hồ sơ của bạn. (không tính ngày lễ …)"
		if leftOutAt(toks, q) && (words2(toks, q+2, "ngay", "le") || words2(toks, q+2, "ngay", "nghi") || words3(toks, q+2, "cac", "ngay", "nghi") || words3(toks, q+2, "cac", "ngay", "le") ||
			words3(toks, q+2, "ngay", "thu", "bay") || words2(toks, q+2, "thu", "bay")) { // ("không kể ngày thứ bảy, chủ nhật và các ngày nghỉ lễ, tết": Saturday named too)
			return true
		}
	}
	return false
}

// dayOfAnother reports whether the words from p, after "trong ngày", name
// the day of another event than receipt ("trong ngày giao dịch", "trong
// ngày ký xác nhận giao dịch", "trong ngày công ty … đã thanh toán thay"),
// and where they end. Receipt ("trong ngày tiếp nhận", "trong ngày cơ
// quan, tổ chức tiếp nhận yêu cầu") and the words that join or qualify a
// same-day limit ("hoặc", "kể từ", "(…)", "làm việc") are not.
func (rd *reader) dayOfAnother(p int) (int, bool) {
	toks := rd.toks
	if !kindAt(toks, p, tokWord) {
		return 0, false
	}
	if wordAt(toks, p, "nhan") && (words4(toks, p+1, "van", "ban", "tra", "loi") || wordAt(toks, p+1, "duoc") && words4(toks, p+2, "van", "ban", "tra", "loi")) {
		// "Ngay trong ngày nhận được văn bản trả lời, nếu thấy đủ cơ sở, Ủy
		// ban nhân dân cấp xã cấp Giấy xác nhận …": the day another body's
		// answer comes.
		return rd.clauseEnd(p, len(toks)), true
	}
	if words3(toks, p, "theo", "quy", "dinh") {
		// "Trong ngày làm việc theo quy định tại Điều 5 Nghị định số
		// 61/2018/NĐ-CP …": the same day as a rule prescribes, no event.
		return 0, false
	}
	switch toks[p].text {
	case "hoac", "va", "neu", "ke", "tinh", "tu", "doi", "truong", "trong", "sau", "lam", "tiep", "nhan", "hom", "khi", "ma", "thi", "la", "de", "cua", "hien",
		"phi", "le": // ("Trực tiếp Trong ngày làm việc Phí : 2.000 Đồng": the portal's fee column)
		return 0, false
	}
	end := p
	for end < len(toks) && end < p+14 && !rd.isSentenceEnd(end) && !wordAt(toks, end, "hoac") && !punctAt(toks, end, "(") {
		if wordAt(toks, end, "nhan") && !wordAt(toks, end-1, "xac") && !wordAt(toks, end-1, "chung") || wordAt(toks, end, "nop") {
			return 0, false // received or filed that day: receipt ("ký xác nhận" is no receipt)
		}
		end++
	}
	return rd.clauseEnd(p, end), true
}

// resultAtClockBefore reports whether "cùng ngày" at p follows a clock
// hour written "15h00" (or "15h") that follows "kết quả" within twelve
// tokens: a result given the same day at that hour. "cùng ngày" alone is
// as often a date's reference ("cùng ngày, Ủy ban …") as a limit.
func (rd *reader) resultAtClockBefore(p int) bool {
	toks := rd.toks
	q := p - 1
	if kindAt(toks, q, tokNum) && !toks[q].space {
		q-- // the minutes of "15h00"
	}
	if !wordAt(toks, q, "h") || toks[q].space || !kindAt(toks, q-1, tokNum) {
		return false
	}
	for r := q - 2; r >= 1 && r >= q-12 && !rd.isBreak(r); r-- {
		if words2(toks, r, "ket", "qua") {
			return true
		}
	}
	return false
}

// cannotBefore reports whether "trong ngày" at p is what cannot be done:
// "Trường hợp tiếp nhận hồ sơ sau 15 giờ mà cơ quan thực hiện chứng thực
// không thể trả kết quả ngay trong ngày … thì người tiếp nhận hồ sơ phải
// có phiếu hẹn" (a ward's page on certifying copies,
// phuong22binhthanh.gov.vn): the case of a late dossier, no same-day limit.
func (rd *reader) cannotBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 1 && q >= p-6 && !rd.isBreak(q); q-- {
		if words2(toks, q, "khong", "the") {
			return words3(toks, q+2, "tra", "ket", "qua")
		}
	}
	return false
}

// flyNotSeven reports whether the word at p is "bay" (to fly, "chuyến
// bay") and not "bảy" or "bẩy" (seven): written with no mark in a text
// that has marks ("… chuyến bay 12 giờ trước giờ khởi hành", an aviation
// rule told by a news page, with its amount in words).
func (rd *reader) flyNotSeven(p int) bool {
	return uint(p) < uint(len(rd.toks)) && rd.toks[p].text == "bay" && !rd.markedOrUnmarked(p, "ảẢẩẨ")
}

// afterNotSix reports whether the word at p is "sau" (after), which folds
// like "sáu" (six): "Sau ba mươi ngày kể từ …" has its amount after it. In
// a text without diacritics, "sau" right before a unit is six after a
// limit's cue ("trong thoi han sau thang": "within after months" says
// nothing), after "sau" itself ("sau sau thang ke tu …", after six
// months), and after "từ", "là" or "thời hạn" when no number follows the
// unit ("tu sau thang tro len"; "từ sau tháng 6" is a month's name). So is
// "sau" before "muoi" and the unit, sixty ("trong thoi han sau muoi ngay":
// "sáu mươi ngày", as "sau mười ngày" after a cue says nothing). (A
// bracket that spells out the amount before it, "60 ngay (sau muoi
// ngay)", is dropped by tokenize: spelledAfterUnit.)
func (rd *reader) afterNotSix(p int) bool {
	toks := rd.toks
	if uint(p) >= uint(len(toks)) || toks[p].text != "sau" || strings.ContainsAny(rd.original(p), "áÁ") {
		return false
	}
	u := p + 1 // the unit's place
	if wordAt(toks, u, "muoi") {
		u++
		if u < len(toks) && toks[u].kind == tokWord && toks[u].text != "ngay" && toks[u].text != "thang" && isNumberWord(toks[u].text) {
			u++ // "sau muoi lam ngay", sixty-five
		}
	}
	if !rd.withoutDiacritics() || !(wordAt(toks, u, "thang") || wordAt(toks, u, "ngay") && (u > p+1 || !wordAt(toks, u+1, "ke") || rd.limitCueBefore(p))) {
		return true
	}
	if rd.limitCueBefore(p) {
		return false
	}
	if u > p+1 && wordAt(toks, u+1, "truoc") {
		return false // "Sau muoi ngay truoc khi Quoc hoi het nhiem ky …": sixty days before; "after ten days before" says nothing
	}
	if u == p+1 && wordAt(toks, u, "thang") && (countFromAt(toks, u+1) || wordAt(toks, u+1, "dau") || wordAt(toks, u+1, "cuoi") || words2(toks, u+1, "mot", "lan")) {
		// "Sau thang, ke tu ngay giao hang …", "bao cao sau thang dau
		// nam", "dinh ky sau thang mot lan": no "after a month" is
		// written so; six months. ("Sau muoi hai thang ke tu …" is after
		// twelve months, as often as sixty-two.)
		return false
	}
	return !(wordAt(toks, p-1, "sau") || wordAt(toks, p-1, "tu") || wordAt(toks, p-1, "la") || words2(toks, p-2, "thoi", "han")) || kindAt(toks, u+1, tokNum)
}

// breakdownOpens reports whether a breakdown opens at p: ", trong đó:" or
// "trong đó".
func (rd *reader) breakdownOpens(p int) bool {
	toks := rd.toks
	if punctAt(toks, p, ",") {
		p++
	}
	return words2(toks, p, "trong", "do")
}

// firstDayAt reports whether "đầu" or "đầu tiên" stands at p, after
// "trong ngày": "… tiếp nhận lượng hồ sơ gấp ba lần ngày thường trong ngày
// đầu triển khai chính quyền hai cấp" (mucnews.com), "ngay trong ngày đầu
// tiên, toàn bộ cán bộ đã có mặt từ 6h30 sáng" (baoxaydung.vn, both on the
// first day of the 2025 communes): the first day named, no same-day
// limit.
func firstDayAt(toks []token, p int) bool {
	return wordAt(toks, p, "dau")
}

// cellGluedAt reports whether the word at p is w with the next table cell
// glued to it by an extraction, capitals right after it in the original:
// "… đất đai0,5 ngày làm việcBM 01" (a land office's step table pulled
// out of a PDF), whose unit is "ngày làm việc" and "BM 01" the form of the
// next cell. (Asked only where a unit is looked for, after an amount: no
// cost to a typical text.)
func (rd *reader) cellGluedAt(p int, w string) bool {
	if !kindAt(rd.toks, p, tokWord) || len(rd.toks[p].text) <= len(w) || rd.toks[p].text[:len(w)] != w {
		return false
	}
	o := rd.original(p)
	k := len(o) - (len(rd.toks[p].text) - len(w)) // where the glued letters start in the original
	if k <= 0 {
		return false
	}
	for i := k; i < len(o); i++ {
		if o[i] < 'A' || o[i] > 'Z' {
			return false
		}
	}
	return true
}
