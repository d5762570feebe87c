package sla

import "strings"

// The passes after every duration is settled, each over the whole text:
// neighbours that share a case or a refusal (readNeighbours), an answer
// at once in person beside a time for the other channels
// (readAtOnceInPerson), a case of disagreement with an answer that is the
// count's event (readAppeals), a payment's time (readPayments), a heading
// that scopes every duration under it (applyHeading).

// readNeighbours is one pass over neighbouring durations, each read
// against the one before it: an extension of what is no limit, a refusal
// within the same limit, a list of waits counted from the event named
// after the last, a case that opens the sentence, a lead time for filing
// before the agency's own limit.
func (rd *reader) readNeighbours() {
	for k := 1; k < len(rd.items); k++ {
		it, prev := &rd.items[k], &rd.items[k-1]
		if it.kind == iDur && !it.ext && it.event == StartUnknown && prev.kind == iNotLimit && rd.sentOf(prev.from) == rd.sentOf(it.from) && rd.parallelPlaceBetween(prev.to, it.from) {
			// "… quyết định gia hạn thời gian hạn chế hoặc tạm dừng qua lại
			// cửa khẩu chính … không quá 06 giờ, tại cửa khẩu phụ, lối mở
			// không quá 12 giờ": the same measure at another place.
			it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "the same term at another place ("+prev.detail+")"
			continue
		}
		if it.kind == iDur && it.ext && it.event != FromOtherEvent && prev.kind == iNotLimit && rd.sentOf(prev.from) == rd.sentOf(it.from) {
			// "mỗi lần gặp không quá 03 giờ; nếu … thì được kéo dài thời
			// gian nhưng không quá 24 giờ": the extension of what is no
			// limit is none either (one counted from an event is reported
			// as such).
			it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "the extension of a duration that is no time limit ("+prev.detail+")"
			continue
		}
		if it.kind == iDur && it.condSet && !it.normal && prev.kind == iDur && !prev.condSet && prev.p == it.p && prev.event == FromReceipt && rd.refusalAfter(it) {
			// "Trong thời hạn 02 ngày làm việc, kể từ ngày nhận được hồ sơ
			// đầy đủ, hợp lệ, cơ quan … phải thông báo …; trường hợp hồ sơ
			// không đầy đủ, hợp lệ, trong thời hạn 02 ngày làm việc … phải
			// trả lời bằng văn bản và nêu rõ lý do": the refusal answered
			// within the same limit is no case of its own (issue 13).
			it.cond, it.normal, it.restates = "", true, true
		}
		if k := len(rd.items) - 1 - k; rd.items[k].event == StartUnknown && rd.items[k].kind == iDur && rd.items[k+1].event == FromOtherEvent && !rd.items[k+1].lead && rd.lapseListed(k) {
			// "bị khiển trách sau 03 tháng hoặc bị xử lý kỷ luật kéo dài
			// thời hạn nâng lương sau 06 tháng hoặc bị xử lý kỷ luật cách
			// chức sau 03 năm kể từ ngày bị xử lý": each "sau" of the list
			// counts from the event named after the last (walked from the
			// end, so the event passes down the list).
			a, b := &rd.items[k], &rd.items[k+1]
			a.event, a.eventWord, a.eventEnd, a.eventAt = b.event, b.eventWord, b.eventEnd, b.eventAt
		}
		if it.kind == iDur && !it.condSet && !it.ext && !it.share && !it.excluded && prev.condSet && !prev.normal && (prev.kind == iDur || prev.kind == iNotLimit) &&
			rd.sentOf(prev.from) == rd.sentOf(it.from) && rd.caseOpensSentence(prev.from) {
			// "Đối với gói thầu tư vấn đơn giản … thì thời gian chuẩn bị hồ
			// sơ dự thầu tối thiểu là 07 ngày, thời gian sửa đổi hồ sơ mời
			// thầu là 03 ngày làm việc trước ngày có thời điểm đóng thầu":
			// the case that opens the sentence scopes every duration after
			// its "thì".
			it.cond, it.condSet = prev.cond, true
		}
		if prev.kind == iDur && prev.lead && it.kind == iDur && !it.lead && it.event == FromReceipt && !it.condSet &&
			rd.sentOf(prev.from) == rd.sentOf(it.from) && rd.filingBetween(prev.to, it.from) {
			// "Trước thời hạn 03 tháng tính đến ngày hết hạn của Giấy chứng
			// nhận … tổ chức, cá nhân … nộp đơn đăng ký gia hạn, trong thời
			// hạn 04 ngày làm việc, kể từ ngày nhận được hồ sơ …": when to
			// file, then the agency's limit from receipt.
			prev.kind, prev.err, prev.detail = iNotLimit, ErrLimitSyntax, "a lead time for filing (\"Trước thời hạn 03 tháng … nộp đơn\"), not the agency's limit"
		}
	}
}

// caseOpensSentence reports whether the sentence of p opens, after its
// list marks, with a case ("Đối với …", "Trường hợp …") closed by a "thì"
// before p, with no ";" between.
func (rd *reader) caseOpensSentence(p int) bool {
	toks := rd.toks
	s := rd.opening(p)
	if !words2(toks, s, "doi", "voi") && !words2(toks, s, "truong", "hop") {
		return false
	}
	for q := s + 2; q < p; q++ {
		if punctAt(toks, q, ";") {
			return false
		}
		if wordAt(toks, q, "thi") && rd.isThen(q) {
			return true
		}
	}
	return false
}

// lapseListed reports whether items k and k+1 are "sau" durations of one
// list joined by "hoặc" ("sau 03 tháng hoặc bị xử lý … sau 06 tháng"),
// within one sentence and no more than sixteen words apart.
func (rd *reader) lapseListed(k int) bool {
	toks := rd.toks
	a, b := &rd.items[k], &rd.items[k+1]
	if a.from < 1 || !wordAt(toks, a.from-1, "sau") || !wordAt(toks, b.from-1, "sau") || !wordAt(toks, a.to, "hoac") ||
		b.from-a.to > 16 || rd.sentOf(a.from) != rd.sentOf(b.from) {
		return false
	}
	for q := a.to; q < b.from; q++ {
		if toks[q].kind == tokPunct {
			return false
		}
	}
	return true
}

// filingBetween reports whether the filer files ("nộp đơn", "nộp hồ sơ")
// between tokens p and q.
func (rd *reader) filingBetween(p, q int) bool {
	for r := p; r < q; r++ {
		if wordAt(rd.toks, r, "nop") && (wordAt(rd.toks, r+1, "don") || words2(rd.toks, r+1, "ho", "so")) {
			return true
		}
	}
	return false
}

// refusalAfter reports whether item it's case is a failing dossier
// ("trường hợp hồ sơ không đầy đủ, hợp lệ", "… chưa …") and its clause
// answers with the reasons ("trả lời bằng văn bản và nêu rõ lý do").
func (rd *reader) refusalAfter(it *item) bool {
	toks := rd.toks
	failing := false
	for q := max(0, it.from-20); q < it.from; q++ {
		failing = failing || words3(toks, q, "ho", "so", "khong") || words3(toks, q, "ho", "so", "chua")
	}
	if !failing {
		return false
	}
	for q := it.to; q < len(toks) && q < it.to+30 && !rd.isSentenceEnd(q); q++ {
		if reasonsGivenAt(toks, q) {
			return true
		}
	}
	return false
}

// readAppeals reads a case of disagreement with an answer as the event its
// duration counts from: "Trong trường hợp người khiếu nại không đồng ý với
// ý kiến trả lời của người đứng đầu cơ quan …, thì trong vòng 5 ngày hồ sơ
// khiếu nại phải được gửi lên …" runs from the answer, as "Nếu không đồng
// ý với quyết định giải quyết … thì trong thời hạn 03 ngày kể từ ngày nhận
// được quyết định …" says outright; it is no case among others.
func (rd *reader) readAppeals() {
	for k := range rd.items {
		it := &rd.items[k]
		if it.kind != iDur || !it.condSet || it.normal || it.event != StartUnknown {
			continue
		}
		if at, end, ok := rd.appealOpens(it.from); ok {
			it.cond, it.condSet = "", false
			it.event, it.eventWord, it.eventEnd, it.eventAt = FromOtherEvent, rd.words(at, end), end, at
		} else if at, end, ok := rd.recordOpens(it.from); ok {
			// "Trường hợp biên bản kết luận của đoàn khảo sát xác nhận …
			// đáp ứng các yêu cầu thì trong thời hạn không quá 10 ngày làm
			// việc, Tổng cục Thuế thông báo …": a case of what a record
			// found, counted from that record; the case stays.
			it.event, it.eventWord, it.eventEnd, it.eventAt = FromOtherEvent, rd.words(at, end), end, at
		}
	}
}

// recordOpens reports whether the sentence of p opens with a case of what a
// record ("biên bản", the minutes a team or a body draws up) found,
// closed by "thì" at most six tokens before p; it returns the case's words
// [at, end).
func (rd *reader) recordOpens(p int) (at, end int, ok bool) {
	toks := rd.toks
	at = rd.caseOpening(p)
	if at < 0 || !words2(toks, at, "bien", "ban") {
		return 0, 0, false
	}
	for q := at + 2; q < p; q++ {
		switch {
		case punctAt(toks, q, ";"), punctAt(toks, q, ":"):
			return 0, 0, false
		case wordAt(toks, q, "thi") && rd.isThen(q):
			return at, q, p-q <= 6
		}
	}
	return 0, 0, false
}

// appealOpens reports whether the sentence of p opens with a person's
// disagreement with an answer, a decision or a result ("Trường hợp …
// không đồng ý với ý kiến trả lời …", "Nếu không đồng ý với quyết định
// …"), closed by "thì" before p; it returns the case's words [at, end).
func (rd *reader) appealOpens(p int) (at, end int, ok bool) {
	toks := rd.toks
	at = rd.caseOpening(p)
	if at < 0 {
		return 0, 0, false
	}
	disagrees := false
	for q := at; q < p; q++ {
		switch {
		case punctAt(toks, q, ";"), punctAt(toks, q, ":"):
			return 0, 0, false
		case words4(toks, q, "khong", "dong", "y", "voi"):
			disagrees = words4(toks, q+4, "y", "kien", "tra", "loi") || words2(toks, q+4, "quyet", "dinh") || words2(toks, q+4, "ket", "qua")
		case wordAt(toks, q, "thi") && rd.isThen(q):
			return at, q, disagrees && p-q <= 4
		}
	}
	return 0, 0, false
}

// caseOpening returns the first token after the words that open a case at
// the start of the sentence of p ("Trong trường hợp", "Trường hợp", "Nếu",
// past list marks), or -1.
func (rd *reader) caseOpening(p int) int {
	toks := rd.toks
	s := rd.opening(p)
	switch {
	case words3(toks, s, "trong", "truong", "hop"):
		return s + 3
	case words2(toks, s, "truong", "hop"):
		return s + 2
	case wordAt(toks, s, "neu"):
		return s + 1
	}
	return -1
}

// readPayments reads a limit named the time to pay ("thời hạn nộp thuế …
// là ba mươi ngày, kể từ ngày đối tượng nộp thuế đăng ký tờ khai hải
// quan") as the payer's own deadline, counted from another event than an
// agency's receipt, as the README reads the payment of a fee and as both
// tuning rows of that name are labelled.
func (rd *reader) readPayments() {
	toks := rd.toks
	for k := range rd.items {
		it := &rd.items[k]
		if it.kind != iDur || it.event != FromReceipt || it.from < 4 {
			continue
		}
		for q := max(rd.first(it.from), it.from-14); q < it.from; q++ {
			if words4(toks, q, "thoi", "han", "nop", "thue") {
				it.event = FromOtherEvent
				break
			}
		}
	}
}

// readPriceRow reads a text that is one row of a price list, a duration
// and then only prices, each in its cell ("2 ngày | 3,000,000 | 1,500,000
// |", a DNA laboratory's table of turnaround times and their prices,
// web_pages_seventythird.tsv): one option among several, the prices its
// condition, as the guide labels one case among several (alternatives).
// A catalogue's row that names its procedure before the duration ("4 |
// Thủ tục … | 30 ngày làm việc | -Như trên- | 6.000.000 đồng | …") is no
// such row: its duration does not open the text.
func (rd *reader) readPriceRow() {
	toks := rd.toks
	if len(rd.items) != 1 || rd.items[0].from != 0 || !punctAt(toks, rd.items[0].to, "|") {
		return // (most texts: their first token is no duration)
	}
	it := &rd.items[0]
	if it.kind != iDur || it.condSet {
		return
	}
	prices := 0
	for q := it.to; q < len(toks); {
		if !punctAt(toks, q, "|") {
			return
		}
		q++
		if q == len(toks) {
			break // the row's last bar
		}
		n := q // a price: digits parted by "," or "." into groups of three ("3,000,000")
		for kindAt(toks, n, tokNum) && (punctAt(toks, n+1, ",") || punctAt(toks, n+1, ".")) && kindAt(toks, n+2, tokNum) && len(toks[n+2].text) == 3 {
			n += 2
		}
		if n == q || !kindAt(toks, n, tokNum) {
			return
		}
		prices++
		q = n + 1
	}
	if prices >= 2 {
		end := len(toks)
		if punctAt(toks, end-1, "|") {
			end-- // the row's last bar
		}
		it.condSet, it.cond = true, rd.caseWords(it.to+1, end)
	}
}

// applyHeading gives every ordinary duration the condition that heads the
// whole text: the heading read before ("(2) Trường hợp giao nộp mẫu
// vật:"), or a label of one case before the first duration.
// contractKindHeading makes the kind of contract a text opens with the
// heading of its duration: "• Hợp đồng vô thời hạn là 45 ngày.", "•
// Hợp đồng có thời hạn 1 – 3 năm là 30 ngày." (a page listing the notice
// periods of Bộ luật Lao động 2019 Điều 35 by contract, one line each):
// one case of several, as "Đối với hợp đồng …: 45 ngày" is.
func (rd *reader) contractKindHeading(first int) {
	toks := rd.toks
	if !words2(toks, first, "hop", "dong") {
		return
	}
	for k := range rd.items {
		if it := &rd.items[k]; it.kind == iDur {
			// (A limit's own words before "là", "… phải được giao kết chậm
			// nhất là ba mươi ngày trước …", make no kind of contract.)
			if wordAt(toks, it.from-1, "la") && it.from-first <= 12 && rd.sentOf(it.from) == rd.sentOf(first) && !latestAt(toks, it.from-3) && !capAt(toks, it.from-3) && !words2(toks, it.from-3, "thoi", "gian") &&
				(!words2(toks, it.from-3, "thoi", "han") || wordAt(toks, it.from-4, "vo")) { // ("vô thời hạn", indefinite, names a kind)
				rd.heading = rd.words(first, it.from-1)
			}
			return
		}
	}
}

func (rd *reader) applyHeading() {
	toks := rd.toks
	if rd.heading == "" && len(rd.items) > 0 {
		// "- Cách thức cấp lại do bị hỏng: Trường hợp hồ sơ đầy đủ …": a
		// label of one case heads the whole text.
		first := 0
		for first < len(toks) && toks[first].kind != tokWord {
			first++
		}
		if at, end, ok := rd.enumeratedCase(first); ok && end <= rd.items[0].from {
			// "Một là, khi công dân đã có thông tin … cần xác nhận … .
			// Thời gian tối đa trong 01 ngày làm việc …": the first of the
			// cases a page counts out heads its text.
			rd.heading = rd.words(at, end)
		}
		if at, end, ok := rd.sentPaperCase(first); ok {
			rd.heading = rd.words(at, end)
		}
		for q := first + 1; q < rd.items[0].from && !rd.isSentenceEnd(q); q++ {
			if punctAt(toks, q, ":") {
				if rd.caseLabelAt(first, q) && !wordAt(toks, first, "truc") && !wordAt(toks, first, "qua") && !wordAt(toks, first, "buu") { // a channel's label heads only its line
					rd.heading = rd.words(first, q)
				}
				break
			}
		}
		if rd.heading == "" {
			rd.contractKindHeading(first)
		}
	}
	if rd.heading != "" {
		for k := range rd.items {
			if it := &rd.items[k]; (!it.condSet || it.normal) && !it.share && !it.excluded && !it.ext {
				it.cond, it.condSet, it.normal = rd.heading, true, false
			}
		}
	}
}

// enumeratedCase reports whether the text opens, at first, with a case
// counted out ("Một là, khi …", "Hai là, trường hợp …", "Thứ nhất, đối
// với …", "Thứ hai, nếu …"): it returns the case's words, to the end of
// its clause.
func (rd *reader) enumeratedCase(first int) (int, int, bool) {
	toks := rd.toks
	p := first
	switch {
	case wordAt(toks, p+1, "la") && isNumberWord(toks[p].text) && kindAt(toks, p, tokWord):
		p += 2 // "Một là", "Hai là"
	case wordAt(toks, p, "thu") && (wordAt(toks, p+1, "nhat") || wordAt(toks, p+1, "hai") || wordAt(toks, p+1, "ba") || wordAt(toks, p+1, "tu")):
		p += 2 // "Thứ nhất", "Thứ hai"
	default:
		return 0, 0, false
	}
	if !punctAt(toks, p, ",") {
		return 0, 0, false
	}
	p++
	if !wordAt(toks, p, "khi") && !words2(toks, p, "truong", "hop") && !words2(toks, p, "doi", "voi") && !wordAt(toks, p, "neu") {
		return 0, 0, false
	}
	return p, rd.clauseEnd(p+1, len(toks)), true
}

// sentPaperCase reports whether the text opens with a case whose filer
// sends a paper ("Trường hợp … thì người lao động gửi đề nghị rút hồ sơ
// chuyển nơi hưởng trợ cấp thất nghiệp …") in a sentence of its own, and
// the first duration, in the next sentence, counts from the receipt of that
// paper ("Trong thời hạn 03 ngày làm việc kể từ ngày nhận đề nghị rút hồ
// sơ chuyển nơi hưởng trợ cấp thất nghiệp …"): that case's time, the case
// heading the text. It returns the case's words.
func (rd *reader) sentPaperCase(first int) (int, int, bool) {
	toks := rd.toks
	p := first
	if wordAt(toks, p, "trong") {
		p++
	}
	if !words2(toks, p, "truong", "hop") && !(wordAt(toks, p, "neu") && rd.isIf(p)) {
		return 0, 0, false
	}
	end, thi := rd.last(p), int(toks[p].thi)
	it := &rd.items[0]
	if thi >= end || end >= len(toks) || !punctAt(toks, end, ".") || it.from <= end || rd.sentOf(it.from) != rd.sentOf(end)+1 ||
		it.event == StartUnknown || it.eventAt <= end || it.eventEnd-it.eventAt < 6 {
		return 0, 0, false
	}
	for q := it.eventAt + 3; q+3 <= it.eventEnd; q++ { // past "kể từ ngày"
		for r := thi + 1; r+3 <= end; r++ {
			if toks[q].text == toks[r].text && toks[q+1].text == toks[r+1].text && toks[q+2].text == toks[r+2].text &&
				toks[q].kind == tokWord && toks[q+1].kind == tokWord && toks[q+2].kind == tokWord && !words2(toks, q, "ho", "so") {
				return p, thi, true
			}
		}
	}
	return 0, 0, false
}

// readAtOnceInPerson reads the check of completeness the catalogue writes
// for two channels, "Cơ quan cấp mã số kiểm tra hồ sơ và trả lời ngay tính
// hợp lệ … đối với hồ sơ nộp trực tiếp; trong thời hạn 01 ngày làm việc kể
// từ ngày nhận được hồ sơ nộp qua dịch vụ bưu chính … hoặc trực tuyến …":
// an answer at once for a dossier filed in person, and the duration only
// for the other channels, one case (as the tuning rows of that template
// are labelled). The duration's case is the channel its clause names.
func (rd *reader) readAtOnceInPerson() {
	toks := rd.toks
	if len(rd.items) != 1 {
		return
	}
	it := &rd.items[0]
	if it.kind != iDur || it.condSet || it.ext || it.share || it.excluded {
		return
	}
	inPerson := -1
	for r := max(1, it.from-40); r < it.from; r++ {
		// "trực tiếp" first, a rare pair; then the "ngay" (at once, not
		// "ngày") before it.
		if toks[r].text != "truc" || !wordAt(toks, r+1, "tiep") || !rd.phraseBefore(r, 6, "doi", "voi") && !rd.phraseBefore(r, 4, "nop") {
			continue
		}
		for q := r - 1; q >= 0 && q >= r-16; q-- {
			if wordAt(toks, q, "ngay") && !strings.ContainsAny(rd.original(q), "àÀ") {
				inPerson = r
				break
			}
		}
		if inPerson >= 0 {
			break
		}
	}
	if inPerson < 0 || !rd.noFullStopBetween(inPerson, it.from) {
		return
	}
	end := max(it.to, it.eventEnd)
	for q := it.to; q < len(toks) && q < end+16 && !rd.isSentenceEnd(q); q++ {
		if words2(toks, q, "buu", "chinh") || words2(toks, q, "truc", "tuyen") || words3(toks, q, "moi", "truong", "mang") || words3(toks, q, "moi", "truong", "dien") {
			from := q
			for from > it.to && !wordAt(toks, from, "nop") && !wordAt(toks, from, "doi") {
				from--
			}
			it.cond, it.condSet = rd.caseWords(from, rd.clauseEnd(q, len(toks))), true
			return
		}
	}
}

// noFullStopBetween reports whether no sentence ends between tokens p
// and q but at a ";" (the clauses of one sentence).
func (rd *reader) noFullStopBetween(p, q int) bool {
	for r := p; r < q; r++ {
		if rd.isSentenceEnd(r) && !punctAt(rd.toks, r, ";") {
			return false
		}
	}
	return true
}
