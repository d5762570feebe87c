package sla

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Settling each duration on its own once every gap is read: its role
// (settleRole), the event it counts from and whether that event is really
// receipt of the filing (settleStart, with the checks that find a body's
// paper behind a bare receipt), whether it is a time limit at all
// (settleNotLimit) and the case it belongs to (settleCase).

// settleItems settles each duration on its own once every gap is read:
// its place in the text (settleRole), the event it counts from
// (settleStart), whether it is a time limit at all (settleNotLimit), and
// the case it belongs to (settleCase).
func (rd *reader) settleItems() {
	for k := range rd.items {
		it := &rd.items[k]
		rd.settleRole(k, it)
		rd.settleStart(it)
		rd.settleNotLimit(it)
		if it.kind == iNotLimit && it.condSet && k+1 < len(rd.items) {
			rd.passCaseOn(it, &rd.items[k+1])
		}
		if k > 0 && it.kind == iDur && rd.sameTermAfter(&rd.items[k-1], it) {
			it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, rd.items[k-1].detail
		}
		rd.settleCase(k, it)
	}
	if rd.cutoff != 0 && len(rd.items) >= 2 {
		rd.cellOfSameDay()
	}
	if len(rd.items) >= 2 && rd.rareTokens()&rareCut != 0 {
		rd.casesCutFromOrdinary()
	}
}

// casesCutFromOrdinary reads a case's time given as a cut of the ordinary
// limit before it: "Thời hạn giải quyết: 05 ngày làm việc. Trường hợp nộp
// hồ sơ trực tuyến thì thời hạn giải quyết được rút ngắn 01 ngày làm
// việc." The case's time is 04 ngày làm việc, not the day cut; the
// reading gives that time, and its words include the cut's. (A cut with
// its result, "rút ngắn … còn 03 ngày", says the time itself; a cut in a
// unit of its own, or as large as the limit, is left as written.)
func (rd *reader) casesCutFromOrdinary() {
	toks := rd.toks
	ord := -1
	for k := range rd.items {
		it := &rd.items[k]
		if it.kind != iDur {
			continue
		}
		if !it.condSet && !it.share && !it.ext && !it.excluded {
			ord = k
			continue
		}
		at := cutWordsBefore(toks, it.from)
		if ord < 0 || !it.condSet || it.normal || it.share || it.ext || at < 0 || at < rd.items[ord].to {
			continue
		}
		o, ok1 := rd.items[ord].p.Limit()
		c, ok2 := it.p.Limit()
		if !ok1 || !ok2 || o.unit != c.unit && !totalsDays(c.unit, o.unit) || c.hundredths >= o.hundredths {
			continue // ("giảm 01 ngày" of a limit in working days cuts a working day)
		}
		it.p = PeriodOf(Limit{hundredths: o.hundredths - c.hundredths, unit: o.unit})
		it.from = at // (the case's words end before the cut: caseTailWords)
	}
}

// cutWordsBefore returns where the words of a cut start right before the
// amount at p ("được rút ngắn 01 ngày", "giảm 01 ngày", "được giảm 01
// ngày"), or -1.
func cutWordsBefore(toks []token, p int) int {
	switch {
	case words2(toks, p-2, "rut", "ngan"):
		p -= 2
	case wordAt(toks, p-1, "giam") && !wordAt(toks, p-2, "cat"):
		p--
	default:
		return -1
	}
	return p
}

// cellOfSameDay marks as restated a portal's time cell of one working day
// that opens the text before a description of the same day with its
// cut-off: "1 Ngày làm việc Trường hợp nhận được yêu cầu trước 15 giờ thì
// phải cung cấp ngay trong ngày; trường hợp nhận được yêu cầu sau 15 giờ
// thì … vào ngày làm việc tiếp theo" (the national portal's card for
// providing land data, web_pages_fiftyeighth.tsv). The day after the
// cut-off is the cell's one working day, said in full; the reading is the
// same day with its cut-off, as the corpus labels the description alone.
func (rd *reader) cellOfSameDay() {
	first, next := &rd.items[0], &rd.items[1]
	if first.kind != iDur || first.from != 0 || first.condSet || first.event != StartUnknown || next.kind != iSameDay || next.condSet {
		return
	}
	if l, ok := first.p.Limit(); ok && l == WorkingDays(1) && rd.toks[first.to].sent == rd.toks[next.from].sent {
		first.restates = true
	}
}

// customerAskedToSupplementBefore returns where "yêu cầu" stands, in the
// twelve tokens before p, asking a customer ("bạn", "quý khách", "khách
// hàng") to supplement ("bổ sung"), and the end of those words, or -1.
// (A bare "yêu cầu bổ sung … trong 03 ngày làm việc" is the body's own
// act, timed from the filing.)
func (rd *reader) customerAskedToSupplementBefore(p int) (at, end int) {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-12 && !rd.isSentenceEnd(q); q-- {
		if !words2(toks, q, "yeu", "cau") {
			continue
		}
		switch {
		case words3(toks, q+2, "ban", "bo", "sung"):
			return q, q + 5
		case words4(toks, q+2, "quy", "khach", "bo", "sung"), words4(toks, q+2, "khach", "hang", "bo", "sung"):
			return q, q + 6
		}
	}
	return -1, -1
}

// inForceFromBefore returns where "có hiệu lực từ <date>" stands in the
// sentence before p, or -1: the day a rule takes effect.
func (rd *reader) inForceFromBefore(p int) int {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-30 && !rd.isSentenceEnd(q); q-- {
		if words4(toks, q, "co", "hieu", "luc", "tu") && kindAt(toks, q+4, tokNum) {
			return q
		}
	}
	return -1
}

// passCaseOn gives the case of it, a duration found no time limit inside
// a case's words, to the next duration, when a "thì" of their sentence
// closes the case between them and the next has no case of its own:
// "Trường hợp viên chức ốm đau hoặc bị tai nạn đã điều trị 06 tháng liên
// tục thì phải báo trước ít nhất 03 ngày." (a page on public employees'
// notice periods, web_pages_fiftyfirst.tsv) is the case of the three
// days, its six months a threshold inside it.
func (rd *reader) passCaseOn(it, next *item) {
	toks := rd.toks
	if next.condSet || it.to >= len(toks) {
		return
	}
	thi := int(toks[it.to].thi)
	if thi == 0xFFFF || thi >= next.from || toks[next.from].sent != toks[thi].sent {
		return
	}
	next.cond, next.condSet = it.cond+" "+rd.words(it.from, thi), true
}

// coercedAsked reports whether the count of it ends in a bare request
// received ("… kể từ khi nhận được yêu cầu.") and the sentence names the
// one who acts as under enforcement ("Cá nhân bị cưỡng chế phải cung cấp
// thông tin về lương, thu nhập … trong vòng 5 ngày làm việc kể từ khi nhận
// được yêu cầu", a news page on enforcing fines by deductions from wages,
// web_pages_fiftysixth.tsv): the enforcing body's request, another
// event.
func (rd *reader) coercedAsked(it *item) bool {
	toks, e := rd.toks, it.eventEnd
	return words2(toks, e-2, "yeu", "cau") && words2(toks, e-4, "nhan", "duoc") && !kindAt(toks, e, tokWord) && rd.phraseInSentenceBefore(it.from, 20, "bi", "cuong", "che")
}

// sameTermAfter reports whether duration it restates, for another
// subject, the term of prev, found no time limit: the next clause after a
// semicolon gives only a subject and "là" before the amount ("năng định của
// nhân viên soi chiếu có thời hạn 12 tháng; nhân viên an ninh cơ động … là
// 24 tháng"), or only a cap ("Thời gian gia hạn thực hiện đề tài tối đa 6
// tháng đối với …; tối đa 12 tháng đối với …").
func (rd *reader) sameTermAfter(prev, it *item) bool {
	toks := rd.toks
	if prev.kind != iNotLimit || it.event != StartUnknown || prev.to >= it.from || it.from-prev.to > 40 {
		return false
	}
	if prev.detail == stillLeftWhy {
		// "… vẫn còn 01 tháng của lần gia hạn điều tra lần thứ nhất và
		// không quá 02 tháng của lần gia hạn điều tra lần thứ hai": what is
		// still left of the next term, joined by "và".
		q := it.from - 1
		if words2(toks, q-1, "khong", "qua") || words2(toks, q-1, "toi", "da") {
			q -= 2
		}
		return wordAt(toks, q, "va") && rd.noClauseBetween(prev.to, q)
	}
	if wordAt(toks, prev.to, "cho") && wordAt(toks, it.to, "cho") && punctAt(toks, it.from-1, ",") && rd.noClauseBetween(prev.to, it.from) {
		// "– Thời gian bảo hành: 24 tháng cho phần khung gỗ, 12 tháng cho
		// bề mặt da hoặc vải bọc sản phẩm." (a furniture shop's page,
		// web_pages_thirteenth.tsv): the same term for another part.
		return true
	}
	if !wordAt(toks, it.from-1, "la") && !(capAt(toks, it.from-2) && punctAt(toks, it.from-3, ";")) {
		return false // ("…; tối đa 12 tháng đối với …": the next of a list of the same term)
	}
	semi := false
	for q := prev.to; q < it.from; q++ {
		switch {
		case punctAt(toks, q, ";"):
			semi = true
		case rd.isSentenceEnd(q), words2(toks, q, "thoi", "han"), words2(toks, q, "thoi", "gian"), wordAt(toks, q, "trong"), wordAt(toks, q, "ke"), wordAt(toks, q, "truong"), wordAt(toks, q, "neu"):
			return false
		}
	}
	return semi
}

// settleRole settles the k-th duration's role: a step left out of the
// total, a restatement that passes its count back to the duration it
// restates, a named agency's step after the count's clause.
func (rd *reader) settleRole(k int, it *item) {
	toks := rd.toks
	if e := max(it.to, it.eventEnd); it.kind == iDur && len(rd.items) > 1 && punctAt(toks, e, "(") && words3(toks, e+1, "khong", "tinh", "trong") {
		// "Tổng thời gian giải quyết TTHC: … Không quá 28 ngày …\n-
		// Đăng tải thông tin dự án trong thời hạn chậm nhất 05 ngày làm
		// việc kể từ ngày phê duyệt … (không tính trong quy trình giải
		// quyết hồ sơ)": a step left out of the total. (Alone, it is
		// what the text says.)
		it.excluded = true
	}
	if e := max(it.to, it.eventEnd); it.kind == iDur && k > 0 && punctAt(toks, e, ",") && words3(toks, e+1, "khong", "tinh", "vao") && (words2(toks, e+4, "thoi", "han") || words2(toks, e+4, "thoi", "gian")) {
		// "02 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ (thời gian
		// xác minh không quá 05 ngày làm việc, không tính vào thời hạn giải
		// quyết)" (a probe of the cards' asides): time left out of the
		// limit before, said after it.
		it.excluded = true
	}
	if it.restates && k > 0 && rd.items[k-1].event == StartUnknown {
		// "03 ngày làm việc (24 giờ làm việc) kể từ khi nhận được chứng
		// từ …": the count's clause follows the restatement.
		prev := &rd.items[k-1]
		prev.event, prev.eventWord, prev.eventEnd, prev.lead = it.event, it.eventWord, it.eventEnd, it.lead
	}
	// "Trong thời hạn 10 ngày, kể từ ngày tiếp nhận hồ sơ …, Giám đốc
	// Sở Tư pháp trình …": a named agency's step after the count's
	// clause, never a restatement of another step.
	if e := max(it.to, it.eventEnd); it.eventWord != "" && punctAt(toks, e, ",") && rd.agencyNameAt(e+1) {
		it.step = true
	}
}

// timeSetBefore reports whether a body sets the time before the amount at
// from ("thông báo và ấn định thời hạn không quá …"): "ấn định thời hạn"
// right before it (amountRightAfter), with a notice earlier in the
// sentence; at is where "ấn định" stands.
func (rd *reader) timeSetBefore(from int) (at int, ok bool) {
	for _, at := range [...]int{from - 4, from - 6} {
		if words4(rd.toks, at, "an", "dinh", "thoi", "han") && amountRightAfter(rd.toks, at+4, from) && rd.phraseInSentenceBefore(at, 8, "thong", "bao") {
			return at, true
		}
	}
	return 0, false
}

// settleStart settles the event a duration counts from where the gaps
// left it unknown or read it as receipt: a paper of another body, a lead
// time named before a minimum or opening the sentence, an act before the
// duration, the end or lapse of a term, a notice that sets the time, the
// end of a period, the expiry of a paper still valid.
func (rd *reader) settleStart(it *item) {
	toks := rd.toks
	if it.event == FromReceipt && it.eventEnd > 0 && (rd.answersAgency(it) || rd.submittedBefore(it) || rd.bodyFiledBefore(it.from) || rd.requestPassedOn(it) || rd.dossierForOpinions(it) || rd.supplementsOnRequest(it) || rd.resultSentToBodyBefore(it) || rd.filerFilesAfter(it) || rd.sentencePapers(it) || rd.requesterPastComma(it) || rd.proposalNamedAbove(it) || rd.coercedAsked(it)) {
		it.event = FromOtherEvent
	}
	if it.event == StartUnknown {
		rd.settleUnnamedStart(it)
	}
	if it.event == StartUnknown && (it.kind == iDur || it.kind == iSameDay) {
		// A duration or a same day with no count of its own: the event
		// named around it ("Các cơ quan được hỏi ý kiến có trách nhiệm trả
		// lời bằng văn bản trong ngày" counts from the request for an
		// opinion, as "… trong thời hạn 12 ngày" does).
		if at, end, ok := rd.spacedFromDay(it.from); ok {
			// "Ngày mở lại phiên họp (nếu có) được ấn định cách ngày mở
			// phiên họp chậm nhất là 30 ngày" (Luật Tố tụng hành chính 2015,
			// 93/2015/QH13 Điều 305): a day set at most so far from another.
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, end), end
		} else if at, end, lead, ok := rd.namedEvent(it.from, it.to); ok {
			it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(at, end), end, it.lead || lead
		}
	}
	if it.kind == iDur && (it.event == StartUnknown || it.eventEnd > 0 && it.eventEnd <= it.from) {
		// (The event of a clause before the duration, "sau khi được cấp
		// giấy phép xây dựng, chủ đầu tư … gửi … trước ít nhất 03 ngày
		// làm việc", gives way to the lead time's own.)
		if at, ok := rd.leadBeforeMinimum(it.from); ok {
			// "gửi hồ sơ … trước ngày dự định khai mạc lễ hội ít nhất là
			// 30 (ba mươi) ngày làm việc", "trước ít nhất 03 ngày làm
			// việc": a lead time whose event stands before its minimum.
			it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(at, it.from), it.to, true
		} else if rd.noLaterThanAt(it.from-3) && (words2(toks, it.to, "so", "voi") || words2(toks, it.to, "tinh", "den") || words2(toks, it.to, "tinh", "toi")) {
			// "không muộn hơn 15 ngày so với thời hạn gửi đề xuất", "không
			// muộn hơn 01 tháng tính đến ngày đăng ký quốc tế đó hết hạn":
			// counted back from that date.
			end := rd.clauseEnd(it.to+2, len(toks))
			it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(it.to, end), end, true
		} else if to := rd.laterBoundAfter(it.from, it.to); to > 0 {
			// "không sớm hơn 06 tháng và không muộn hơn 01 tháng tính đến
			// ngày đăng ký quốc tế đó hết hạn": the window's two ends,
			// both counted back from that date.
			end := rd.clauseEnd(to+2, len(toks))
			it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(to, end), end, true
		}
	}
	if it.event == StartUnknown && it.kind == iDur {
		if at, ok := rd.timeSetBefore(it.from); ok {
			// "Cơ quan thi hành án thông báo và ấn định thời hạn không quá
			// một tháng cho những người được thi hành án khác về quyền làm
			// đơn yêu cầu thi hành án" (Nghị định 173/2004/NĐ-CP): a time a
			// body sets for others, counted from its notice.
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, it.from), it.from
		}
	}
	if it.event == StartUnknown && it.kind == iDur {
		if at, ok := rd.leadOpensSentence(it.from); ok {
			// "++ Trước thời hạn đề nghị ngừng/tạm ngừng cung cấp dịch vụ
			// 30 ngày, tổ chức … phải trao đổi …": counted back from that
			// date, named before the duration.
			it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(at, it.from), it.to, true
		}
	}
	if it.event == StartUnknown && it.kind == iDur && words3(toks, it.from-3, "het", "thoi", "han") && rd.statedBefore(it) {
		// "Trong thời hạn 07 ngày làm việc kể từ ngày nhận được hồ sơ, …
		// kiểm tra …. Hết thời hạn 07 ngày làm việc, trường hợp không có
		// thông báo yêu cầu bổ sung … thì hồ sơ được tiếp nhận chính
		// thức": the end of the limit stated before, the same limit.
		it.restates = true
	} else if it.event == StartUnknown && it.kind == iDur && words3(toks, it.from-3, "het", "thoi", "han") {
		// "Trường hợp hết thời hạn 45 ngày giữ người trong trường hợp
		// khẩn cấp … mà nước ngoài chưa bổ sung hồ sơ …": the end of a
		// term, counted from its start (README: lapses are reported as
		// counted from their event).
		end := rd.clauseEnd(it.to, len(toks))
		it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(it.from-3, end), end
	}
	if it.event == StartUnknown && it.kind == iDur {
		if s := rd.opening(it.from); s+3 < it.from && words3(toks, s, "het", "thoi", "han") && int(toks[s].thi) < it.from {
			// "Hết thời hạn 1 năm kể từ ngày thông báo thứ hai …, nếu người
			// vi phạm … không đến nhận, thì trong thời hạn 5 ngày làm việc,
			// người có thẩm quyền ra quyết định tịch thu …": counted from
			// the lapse the sentence opens with.
			end := int(toks[s].thi)
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(s, end), end
		}
	}
	if it.event == StartUnknown && it.kind == iDur && wordAt(toks, it.to, "ma") {
		if at := rd.overdueBefore(it.from); at >= 0 {
			// "Quá thời hạn tạm dừng hoạt động 03 tháng mà cơ sở … chưa
			// khắc phục": a lapse counted from the suspension (README:
			// lapses are reported as counted from their event).
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, it.to), it.to
		}
	}
	if it.event == StartUnknown && it.kind == iDur && (words4(toks, it.from-4, "an", "dinh", "thoi", "han") || words2(toks, it.from-2, "an", "dinh")) {
		// "Cục sở hữu trí tuệ ra thông báo các thiếu sót của hồ sơ và ấn
		// định thời hạn 01 tháng để người nộp hồ sơ sửa chữa": the time a
		// notice sets, counted from that notice.
		at := it.from - 2
		if wordAt(toks, it.from-1, "han") {
			at = it.from - 4
		}
		it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, it.to), it.to
	}
	if it.event == StartUnknown && it.kind == iDur {
		if end, ok := rd.endOfPeriodBefore(it.from); ok {
			// "Kết thúc thời hạn nhận hồ sơ đăng ký tuyển chọn, trong thời
			// hạn 07 ngày làm việc, …": counted from that end.
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(rd.first(it.from), end), end
		}
	}
	if it.kind == iDur && it.event == StartUnknown && it.from >= 4 && (words3(toks, it.from-4, "con", "hieu", "luc") || words3(toks, it.from-5, "con", "hieu", "luc")) && !wordAt(toks, it.from-1, "duoi") {
		// ("Giấy phép còn hiệu lực dưới 60 ngày": a threshold.)
		if rd.phraseBefore(it.from-5, 12, "thoi", "diem") {
			// "tại thời điểm giấy phép còn hiệu lực ít nhất 45 ngày":
			// when to file, counted back from the expiry.
			it.event, it.eventWord, it.lead = FromOtherEvent, rd.words(it.from-4, it.to), true
		} else {
			// "có Giấy chứng nhận an toàn kỹ thuật tàu cá còn hiệu lực ít
			// nhất 06 tháng": a condition on a paper held, no time to act.
			it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "a validity still to run (\"còn hiệu lực ít nhất 06 tháng\"), not a time limit"
		}
	}
}

// settleUnnamedStart reads, for a duration with no count named, the event
// the words right around it count it from: a lead time's event, a phase
// after expiry, days past due, a window, a time to comply, a demand made
// by a decision, a window opened ahead of an event, a range's interview.
// (A function of its own, called only for such a duration, so that the
// commonest texts, a count from receipt, pass over all of it at once.)
func (rd *reader) settleUnnamedStart(it *item) {
	toks := rd.toks
	if it.event == StartUnknown && it.kind == iDur && rd.minimumAt(it.from-2) {
		// "a) Trước khi tiến hành sửa chữa …, đơn vị chủ trì thi công
		// phải thông báo tối thiểu 05 ngày làm việc …": notice ahead of
		// the event the sentence opens with.
		q := rd.first(it.from)
		for q < it.from && (toks[q].kind != tokWord || letterMarkAt(toks, q)) {
			q++
		}
		if wordAt(toks, q, "truoc") && rd.leadTime(q) {
			end := rd.clauseEnd(q+1, it.from)
			it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(q, end), end, true
		}
	}
	if it.event == StartUnknown && it.kind == iDur && punctAt(toks, it.from-1, "[") && words2(toks, it.from-3, "het", "han") && punctAt(toks, it.to, "]") {
		// "Hết hạn [05 ngày]-> Có thể gia hạn (tên miền vẫn active)" (a
		// registrar's diagram, web_pages_seventieth.tsv): the phase that
		// follows expiry, counted from it.
		it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(it.from-3, it.from-1), it.from
	}
	if it.event == StartUnknown && it.kind == iDur && it.from >= 2 && (toks[it.from-1].text == "han" && toks[it.from-2].text == "qua" && it.from-2 == rd.opening(it.from) || toks[it.from-1].text == "+" && toks[it.from-2].text == "t") {
		// "Quá hạn 7 ngày: Tạm khóa dịch vụ …" (a hosting firm's terms,
		// web_pages_seventieth.tsv): days past a due date; "T+10 ngày
		// thường Nhận thanh toán tiền mua cổ phần" (an auction of shares'
		// calendar, web_pages_seventyfirst.tsv): days after the day T.
		it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(it.from-2, it.from), it.from
	}
	if it.event == StartUnknown && it.kind == iDur && withinCueBefore(toks, it.from) {
		if at, end := rd.customerAskedToSupplementBefore(it.from); at >= 0 {
			// "- Shopee có thể yêu cầu bạn bổ sung bằng chứng trong vòng 24h
			// để đẩy nhanh tiến trình xử lý." (a marketplace's returns page,
			// web_pages_sixtyfirst.tsv): the customer's time to supplement,
			// counted from the request.
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, end), end
		}
	}
	if it.event == StartUnknown && it.kind == iDur && words3(toks, it.from-3, "co", "thoi", "gian") && wordAt(toks, it.to, "de") {
		if at := rd.inForceFromBefore(it.from - 3); at >= 0 {
			// "Nghị định 147 … có hiệu lực từ 25/12, các đơn vị sẽ có thời
			// gian 90 ngày để thực hiện." (a news page on verifying
			// social-network accounts, web_pages_fiftyninth.tsv): a time to
			// comply, counted from the day the rule takes effect.
			end := rd.clauseEnd(at+4, it.from)
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, end), end
		}
	}
	if it.event == StartUnknown && it.kind == iDur && wordAt(toks, it.to, "dau") {
		if p := pastTien(toks, it.to+1); words3(toks, p, "khi", "vo", "sinh") {
			// "… chỉ được áp dụng trong vòng 30 ngày đầu tiên khi vợ sinh
			// con." (a page on paternity leave, sector_texts4.tsv): the
			// first days after the birth, counted from it.
			end := rd.clauseEnd(p, len(toks))
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(p, end), end
		}
	}
	if it.event == StartUnknown && it.kind == iDur && wordAt(toks, it.to, "de") {
		if at := rd.noticeGrantsBefore(it.from); at >= 0 {
			// "Lần đầu tiên, Cục SHTT sẽ gửi Thông báo dự định từ chối cấp
			// bằng bảo hộ nhãn hiệu và cho thời hạn 3 tháng để trả lời." (an
			// IP firm's page, web_pages_seventyfourth.tsv), "Thông báo cho
			// người đăng ký xe 28 ngày để nộp phạt, …" (a page on traffic
			// fines abroad, web_pages_seventyfifth.tsv): the addressee's time,
			// counted from the notice that grants it.
			end := rd.clauseEnd(at, it.from)
			for e := at; e < end; e++ {
				if wordAt(toks, e, "cho") && e > at+2 && (wordAt(toks, e-1, "va") || words2(toks, e+1, "thoi", "han")) {
					end = e // (the grant "và cho thời hạn …" is not the notice's words)
					break
				}
			}
			if wordAt(toks, end-1, "va") {
				end-- // (the "và" that joins the grant)
			}
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, end), end
		}
	}
	if it.event == StartUnknown && it.kind == iDur && wordAt(toks, it.from-1, "trong") && words2(toks, it.from-3, "yeu", "cau") && punctAt(toks, it.to, ",") {
		if at := rd.decisionAt(it.from - 3); at >= 0 {
			// "Vì thế, Cục Quản lý Dược ra quyết định đình chỉ lưu hành trên
			// toàn quốc lô thuốc trên, yêu cầu trong 3 ngày, đơn vị sản xuất
			// và nhà phân phối phải gửi thông báo thu hồi …" (a news page on
			// a drug recall, web_pages_seventythird.tsv): the addressee's
			// time, counted from the body's decision that demands it.
			end := rd.clauseEnd(at, it.from-3)
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, end), end
		}
	}
	if it.event == StartUnknown && it.kind == iDur && wordAt(toks, it.from-1, "tu") && wordAt(toks, it.to, "truoc") && rd.isFrom(it.from-1) {
		// "Từ 6 tháng trước sinh nhật 16 tuổi đến ngày sinh nhật đó" (a
		// guide to a residence form, haylam.top): a window that opens so
		// long before an event, counted back from it.
		for q := it.to + 1; q < len(toks) && q < it.to+16 && !rd.isSentenceEnd(q); q++ {
			if wordAt(toks, q, "den") {
				it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(it.to, q), q, true
				break
			}
		}
	}
	if it.event == StartUnknown && it.kind == iRange {
		if at, end, ok := rd.interviewBefore(it.from); ok {
			// "Quá trình cấp visa quá cảnh Mỹ sau phỏng vấn thành công
			// thường mất 2-3 ngày." (a Q&A page on US transit visas,
			// phongnhaexplorer.com): a range counted from the interview,
			// as a single duration is (namedEvent).
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(at, end), end
		}
	}
}

// settleNotLimit marks a duration whose words make it no time limit
// (notALimit): a minimum, a validity, a window, a term….
func (rd *reader) settleNotLimit(it *item) {
	if it.kind == iSameDay {
		rd.settleSameDay(it)
		return
	}
	if it.kind == iDur {
		if why := rd.notALimit(it); why != "" {
			it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, why
		}
	} else if it.kind == iRange && words2(rd.toks, it.from-2, "thay", "vi") {
		// "… trong 1 ngày làm việc, thay vì 3 đến 5 ngày như quy định hiện
		// hành": the range a rule replaces, as "thay vì 03 tháng". (Not
		// every word pair of twoWordsBefore: "trung bình từ 8-12 tuần" is a
		// range of times a visa takes, web_pages_eleventh.tsv.)
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, twoWordsBefore[[2]string{"thay", "vi"}]
	} else if it.kind == iBad && (it.err == ErrLimitSyntax || it.err == ErrLimitRange && strings.HasSuffix(it.detail, mustBeWhole)) {
		// "… cấp Giấy chứng nhận … với thời hạn hiệu lực không quá năm
		// (05) năm": a duration in a unit not modelled is no limit
		// either where its words say so; nor is a fraction of a unit that
		// must be whole ("được cộng thêm 0,5 tháng lương cho mỗi tháng", a page on the
		// 2025 reorganisation's severance, web_pages_fiftyeighth.tsv: half
		// a month's pay, not half a month).
		if why := rd.notALimit(it); why != "" {
			it.kind, it.detail = iNotLimit, why
		}
	}
}

// howTo reports whether the sentence of a same day asks, within thirty
// tokens before it, "làm thế nào để …": "… làm thế nào để rất có thể nhận
// kết quả hợp pháp hóa lãnh sự, chứng nhận lãnh sự trong ngày (thậm chí
// trong buổi sáng) …" (an article's opening, re-n.info;
// web_pages_thirtysixth.tsv) is how one might get it so soon, a topic, no
// limit. (Asked of every duration too, it cost 0.7 % of a typical read
// and read no corpus text otherwise.)
func (rd *reader) howTo(from int) bool {
	return rd.phraseInSentenceBefore(from, 30, "lam", "the", "nao", "de")
}

// settleSameDay reads what follows a same-day duration: "bảng kê hóa đơn đã
// lập trong ngày, trong tháng" is a day's record, no limit; "Ngay trong ngày
// trích nộp tiền vào ngân sách nhà nước, Ngân hàng … thông báo …" counts
// from the payment, as the README reads the payment of a fee.
func (rd *reader) settleSameDay(it *item) {
	toks := rd.toks
	switch {
	case punctAt(toks, it.to, ",") && words2(toks, it.to+1, "trong", "thang"):
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "a day's record (\"đã lập trong ngày, trong tháng\"), not a time limit"
	case it.event == StartUnknown && (words2(toks, it.to, "trich", "nop") || words2(toks, it.to, "nop", "tien")):
		end := rd.clauseEnd(it.to, len(toks))
		it.event, it.eventWord, it.eventEnd, it.eventAt = FromOtherEvent, rd.words(it.to, end), end, it.to
	case words3(toks, it.from-3, "co", "gia", "tri") || words4(toks, it.from-4, "gia", "tri", "su", "dung"):
		// "(Phiếu này chỉ có giá trị trong ngày)" (a queue ticket of a
		// one-stop section's software, github.com/HuyTran2401/motcuaksh):
		// how long a paper is valid, as "có giá trị trong 30 ngày" is.
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "a period of validity (\"có giá trị trong ngày\"), not a time limit"
	case words2(toks, it.to, "hom", "nay"):
		// "Trong ngày hôm nay, đơn vị sẽ gắn đường ống mới …": today, a
		// date, no time to act from a filing.
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "today (\"trong ngày hôm nay\"), a date, not a time limit"
	case words4(toks, it.from-4, "lam", "viec", "binh", "thuong") || words3(toks, it.from-3, "gio", "lam", "them"):
		// "… tiền lương ngày chia cho số giờ làm việc bình thường trong
		// ngày theo quy định tại Điều 105 của Bộ luật Lao động" (Nghị định
		// 145/2020/NĐ-CP Điều 54), "… không quá tổng số giờ làm thêm trong
		// ngày" (Luật Thi hành án hình sự 2019 Điều 34): hours in a
		// working day, no time to act.
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "hours in a day (\"số giờ làm việc bình thường trong ngày\", \"số giờ làm thêm trong ngày\"), not a time limit"
	case (it.to == len(toks) || toks[it.to].ends) && rd.reportNamedBefore(it.from):
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "a day's report named (\"Báo cáo kết quả công tác kiểm định trong ngày\"), not a time limit"
	case rd.howTo(it.from):
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "a how-to (\"làm thế nào để … trong ngày\"), not a statement of a time limit"
	}
}

// statedBefore reports whether a duration before it in the text has the
// same period: "Hết thời hạn 07 ngày làm việc" after "Trong thời hạn 07
// ngày làm việc …" speaks of that limit.
func (rd *reader) statedBefore(it *item) bool {
	for k := range rd.items {
		if prev := &rd.items[k]; prev != it && prev.to <= it.from && prev.kind == iDur && prev.p == it.p {
			return true
		}
	}
	return false
}

// laterBoundAfter returns, for a duration [from, to) after "không sớm hơn"
// (no earlier than), where "tính đến" stands after the window's later
// bound, "và không muộn hơn <amount> <unit>", that follows it; 0 if none.
func (rd *reader) laterBoundAfter(from, to int) int {
	toks := rd.toks
	if !words3(toks, from-3, "khong", "som", "hon") || !wordAt(toks, to, "va") || !rd.noLaterThanAt(to+1) || !kindAt(toks, to+4, tokNum) {
		return 0
	}
	_, n := rd.unitAt(to + 5)
	if n == 0 || !words2(toks, to+5+n, "tinh", "den") && !words2(toks, to+5+n, "tinh", "toi") {
		return 0
	}
	return to + 5 + n
}

// answersAgency reports whether a count from a bare request ("kể từ ngày
// nhận được đề nghị", no author named) comes with an answer to a public
// body ("… có văn bản trả lời Bộ Ngoại giao") or an opinion ("gửi ý kiến
// góp ý"): the request was another body's, a step between agencies.
func (rd *reader) answersAgency(it *item) bool {
	toks := rd.toks
	if rd.councilMeetsAfter(it.eventEnd) {
		if words2(toks, it.eventAt+2, "de", "nghi") || words2(toks, it.eventAt+3, "de", "nghi") || words2(toks, it.eventAt+4, "de", "nghi") {
			// "kể từ ngày tiếp nhận đề nghị, Hội đồng đánh giá, xếp loại và
			// khen thưởng, kỷ luật phải tổ chức họp …", "kể từ khi nhận
			// được đề nghị của người phụ trách tổ (đội), Hội đồng … phải
			// họp xét": a council meets on a proposal from within its
			// body, a step between parts of it.
			return true
		}
	}
	request, named, papers := false, false, false
	for q := it.eventAt; q < it.eventEnd; q++ {
		switch toks[q].text { // one comparison for most words
		case "de":
			if words2(toks, q+1, "nghi", "cap") && !words2(toks, q+3, "kinh", "phi") {
				// "kể từ ngày nhận được văn bản đề nghị cấp thị thực": an
				// application to be issued a paper, whoever is told of
				// the answer. ("đề nghị cấp kinh phí" asks a body for funds.)
				return false
			}
			request = request || wordAt(toks, q+1, "nghi")
		case "yeu":
			request = request || wordAt(toks, q+1, "cau")
		case "kien":
			// "kể từ ngày nhận được kiến nghị, cơ quan, tổ chức này phải trả
			// lời bằng văn bản cho Cơ quan điều tra …" (Bộ luật Tố tụng hình
			// sự 2015, 101/2015/QH13 Điều 182): a recommendation, asked as a
			// request is.
			request = request || wordAt(toks, q+1, "nghi")
		case "cua", "don":
			return false
		case "ho":
			named = named || wordAt(toks, q+1, "so")
		case "giay":
			papers = papers || wordAt(toks, q+1, "to")
		}
	}
	if named && !request {
		// A dossier received: another body's only when the receiver gives
		// its opinion on it ("… có trách nhiệm cho ý kiến") or acts on a
		// body's proposal ("… hoàn thành việc thẩm định theo đề nghị của
		// UBND cấp xã").
		return rd.opinionGiven(it) || rd.proposedByAgency(it)
	}
	if papers && !request && rd.gatheredUp(it) {
		// "Phòng Lao động - Thương binh và Xã hội trong thời gian 10 ngày
		// làm việc kể từ ngày nhận đủ các giấy tờ, có trách nhiệm kiểm tra,
		// lập phiếu báo giảm và tổng hợp danh sách gửi Sở …": papers a lower
		// body sent, gathered and sent on up.
		return true
	}
	if !request || rd.requesterAfter(it) {
		return false
	}
	guides := false // "giải đáp", "hướng dẫn" seen after the count
	for q, end := max(rd.first(it.from), it.from-30), min(rd.last(it.eventEnd-1), it.eventEnd+60); q < end; q++ {
		if q >= it.eventEnd && (words2(toks, q, "giai", "dap") || words2(toks, q, "huong", "dan") || words3(toks, q, "cap", "kinh", "phi")) {
			guides = true // ("… phải cấp kinh phí cho Sở Y tế")
		}
		if guides && wordAt(toks, q, "cho") && rd.agencyNameAt(q+1) {
			// "… phải giải đáp, hướng dẫn xử lý các vướng mắc cho cơ quan
			// khai thác dữ liệu": the request was that body's.
			return true
		}
		if q >= it.eventAt-2 && q < it.eventEnd {
			continue
		}
		r := q + 2
		if words3(toks, r, "bang", "van", "ban") {
			r += 3 // "trả lời bằng văn bản cho cơ quan đại diện"
		}
		if words2(toks, q, "tra", "loi") && (rd.agencyNameAt(r) || (wordAt(toks, r, "cho") || wordAt(toks, r, "de")) && rd.agencyNameAt(r+1)) || // ("… trả lời bằng văn bản để Phòng chuyên môn … tổng hợp")
			(words3(toks, q, "de", "nghi", "cua") || words3(toks, q, "kien", "nghi", "cua")) && rd.agencyNameAt(q+3) || // "… theo đề nghị của cơ quan đăng ký kinh doanh cấp xã …", "Căn cứ đề xuất, kiến nghị của cơ quan nhà nước có thẩm quyền, …"
			rd.noticeToBodyAt(q) ||
			words4(toks, q, "phieu", "xac", "nhan", "cho") && rd.agencyNameAt(q+4) || // "… gửi phiếu xác nhận cho cơ quan Thi hành án dân sự trong thời hạn 10 ngày, kể từ ngày nhận được phiếu đề nghị" (Thông tư liên tịch 12/2015/TTLT-BTP-BTC-TANDTC-VKSNDTC Điều 6): the confirmation goes back to the body that asked
			words2(toks, q, "gop", "y") || words2(toks, q, "y", "kien") && (wordAt(toks, q-1, "gui") || wordAt(toks, q-1, "cho") || words2(toks, q-2, "duoc", "lay") || words2(toks, q-2, "tham", "gia")) { // ("Cục … có trách nhiệm tham gia ý kiến … kể từ ngày nhận được đề nghị")
			// "… có văn bản trả lời Bộ Ngoại giao", "Sở Quy hoạch - Kiến trúc
			// có trách nhiệm gửi ý kiến góp ý trong vòng 07 ngày kể từ
			// ngày nhận được đề nghị": a body answers or gives its opinion.
			return true
		}
	}
	return false
}

// noticeToBodyAt reports whether a notice to a public body starts at q:
// "thông báo cho <body>", "thông báo bằng văn bản cho <body>", "thông báo
// kết quả cho <body>" ("Tòa án … thông báo kết quả cho Trung tâm Lý lịch
// tư pháp quốc gia hoặc Sở Tư pháp đã đề nghị trong thời hạn 05 ngày làm
// việc, kể từ ngày nhận được văn bản đề nghị tra cứu thông tin", the Bộ
// pháp điển on criminal records: the result goes back to the body that
// asked).
func (rd *reader) noticeToBodyAt(q int) bool {
	toks := rd.toks
	if !words2(toks, q, "thong", "bao") {
		return false
	}
	r := q + 2
	switch {
	case words3(toks, r, "bang", "van", "ban"):
		r += 3
	case words2(toks, r, "ket", "qua"):
		r += 2
		if words4(toks, r, "tra", "cuu", "thong", "tin") {
			r += 4 // "thông báo kết quả tra cứu thông tin cho Trung tâm Lý lịch tư pháp quốc gia" (Nghị định 111/2010/NĐ-CP Điều 28)
		}
	}
	return wordAt(toks, r, "cho") && rd.agencyNameAt(r+1)
}

// requesterAfter reports whether the sentence after the count of it (forty
// tokens at most) answers a person who asked: "… trả kết quả cho người đề
// nghị", "… cho người yêu cầu": the request was that person's.
func (rd *reader) requesterAfter(it *item) bool {
	toks := rd.toks
	for q := it.eventEnd; q < len(toks) && q < it.eventEnd+40 && !rd.isSentenceEnd(q); q++ {
		if words4(toks, q, "cho", "nguoi", "de", "nghi") || words4(toks, q, "cho", "nguoi", "yeu", "cau") {
			return true
		}
	}
	return false
}

// submittedBefore reports whether, before a count from receipt of "hồ sơ",
// the sentence says the dossier was submitted by a body ("thẩm định Hồ sơ
// do Tổ thư ký trình"): a step between bodies.
func (rd *reader) submittedBefore(it *item) bool {
	toks := rd.toks
	for q := max(rd.first(it.from), it.from-30); q < it.from; q++ {
		if wordAt(toks, q, "do") && words2(toks, q-2, "ho", "so") {
			if rd.agencyNameAt(q + 1) {
				return true // "tiếp nhận hồ sơ do Ủy ban nhân dân xã báo cáo"
			}
			for r := q + 2; r < q+7 && r < it.from; r++ {
				if wordAt(toks, r, "trinh") {
					return true
				}
			}
		}
	}
	return false
}

// bodyFiledBefore reports whether the clause before the sentence of the
// duration at p, closed by a semicolon, has a public body make and send up
// the dossier ("Cục Hàng hải … lập hồ sơ, báo cáo Bộ Xây dựng; trong thời
// hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Bộ Xây dựng …"): the
// dossier received is that body's.
func (rd *reader) bodyFiledBefore(p int) bool {
	toks := rd.toks
	s := rd.first(p) - 1
	if s <= 0 || !punctAt(toks, s, ";") {
		return false
	}
	q := rd.first(s - 1)
	q = rd.openingWord(q, s) // (past a list's letter: "a) …")
	if !rd.agencyNameAt(q) {
		return false
	}
	for r := q + 1; r < s && r < q+40; r++ {
		switch {
		case words2(toks, r, "bao", "cao") && rd.agencyNameAt(r+2),
			(wordAt(toks, r, "trinh") || wordAt(toks, r, "gui")) && rd.agencyNameAt(r+1),
			wordAt(toks, r, "chuyen") && (wordAt(toks, r+3, "den") || wordAt(toks, r+3, "cho")) && rd.agencyNameAt(r+4): // "chuyển thông tin đến cơ quan xây dựng …;"
			return true
		}
	}
	return false
}

// requestPassedOn reports whether duration it counts from a bare request
// ("kể từ ngày nhận được văn bản đề nghị", "… hồ sơ đề nghị") that its
// sentence then has the receiver verify and answer ("… tiến hành kiểm
// tra, xác minh và trả lời bằng văn bản …": a request to verify, which one
// body sends another) or, for a dossier of proposal, complete and send up
// to a body ("…, Công an đơn vị, địa phương hoàn chỉnh hồ sơ đề nghị …
// gửi về Bảo hiểm xã hội Công an nhân dân": a lower unit's proposal). The
// filer's own request ("của tổ chức, cá nhân") is neither.
func (rd *reader) requestPassedOn(it *item) bool {
	toks := rd.toks
	request, proposal := false, false
	for q := it.eventAt; q < it.eventEnd; q++ {
		switch toks[q].text { // one comparison for most words
		case "de":
			if wordAt(toks, q+1, "nghi") {
				request = true
				proposal = proposal || words2(toks, q-2, "ho", "so") && it.eventEnd-it.eventAt <= 8
			}
		case "yeu":
			request = request || wordAt(toks, q+1, "cau")
		}
	}
	if !request {
		return false
	}
	verifies, completes := false, false
	for q := it.eventEnd; q < len(toks) && q < it.eventEnd+40 && !rd.isSentenceEnd(q); q++ {
		switch toks[q].text {
		case "xac":
			verifies = verifies || q < it.eventEnd+30 && wordAt(toks, q+1, "minh")
		case "hoan":
			completes = completes || proposal && (wordAt(toks, q+1, "chinh") || wordAt(toks, q+1, "thien")) && words2(toks, q+2, "ho", "so")
		case "tra":
			if verifies && wordAt(toks, q+1, "loi") && !rd.filerIn(it.eventAt, it.eventEnd) {
				return true
			}
		case "gui":
			if completes && (rd.agencyNameAt(q+1) || wordAt(toks, q+1, "ve") && (rd.agencyNameAt(q+2) || rd.nameAt(q+2))) {
				return true // (a name after "gửi về": "Bảo hiểm xã hội Công an nhân dân")
			}
		}
	}
	return false
}

// dossierForOpinions reports whether duration it counts from a bare
// dossier received ("kể từ ngày nhận được hồ sơ", no author named) that its
// sentence then has the receivers give their opinion on and send it back
// ("…, các bộ, cơ quan ngang bộ có trách nhiệm gửi văn bản tham gia ý kiến
// … đến bộ … chủ trì"): a dossier a body sent round for opinions. (A
// consulted body that "có ý kiến" on a catalogue's step is labelled a limit
// from receipt: only "tham gia ý kiến" sent on is read so.)
func (rd *reader) dossierForOpinions(it *item) bool {
	toks := rd.toks
	if it.eventEnd-it.eventAt > 6 || !words2(toks, it.eventEnd-2, "ho", "so") {
		return false
	}
	for q := it.eventEnd; q < len(toks) && q < it.eventEnd+20 && !rd.isSentenceEnd(q); q++ {
		if toks[q].text == "tham" && words3(toks, q, "tham", "gia", "y") && wordAt(toks, q+3, "kien") {
			for r := q + 4; r < len(toks) && r < q+24 && !rd.isSentenceEnd(r); r++ {
				if wordAt(toks, r, "den") && rd.agencyNameAt(r+1) {
					return true
				}
			}
		}
	}
	return false
}

// supplementsOnRequest reports whether duration it times a body's
// supplement of its own dossier, counted from a bare request ("Cơ quan chủ
// trì soạn thảo có trách nhiệm bổ sung hồ sơ trong thời hạn chậm nhất là
// 07 ngày kể từ ngày nhận được đề nghị"): the request is the reviewing
// body's. So is a request received by a filer whose sentence charges it to
// explain or supplement (filerMendsAt), by a body the sentence reports to
// ("báo cáo cơ quan quản lý … kể từ khi nhận được yêu cầu"), and one a body
// addressed to the filer earlier in the sentence.
func (rd *reader) supplementsOnRequest(it *item) bool {
	toks := rd.toks
	if it.eventEnd-it.eventAt > 6 || !(words2(toks, it.eventEnd-2, "de", "nghi") || words2(toks, it.eventEnd-2, "yeu", "cau")) {
		return false
	}
	for q := it.from - 1; q >= 0 && q >= it.from-10 && !rd.isSentenceEnd(q); q-- {
		if toks[q].text == "bo" && words4(toks, q, "bo", "sung", "ho", "so") {
			return rd.agencyNameAt(rd.opening(q))
		}
	}
	st := rd.opening(it.from)
	if words2(toks, st, "yeu", "cau") && !strings.HasPrefix(rd.original(st), "Y") || words3(toks, st, "viec", "giai", "trinh") {
		// "yêu cầu tự kiểm tra việc tạm giữ, tạm giam và thông báo kết quả
		// cho Viện kiểm sát nhân dân được thực hiện trong thời hạn 30 ngày
		// kể từ ngày nhận được yêu cầu" (Thông tư liên tịch
		// 08/2021/TTLT-BQP-BCA-VKSNDTC Điều 17), a power listed in lower
		// case; "Việc giải trình, cung cấp hồ sơ … được thực hiện trong
		// thời hạn 03 ngày, kể từ khi nhận được yêu cầu" (Thông tư liên
		// tịch 02/2018/TTLT-VKSTC-TATC-BCA-BQP-BTC-BNN Điều 12): the
		// demand is what is timed, no filing.
		return true
	}
	if rd.filerAt(st) && rd.filerMendsAt(st, it.from) {
		// "Tổ chức, cá nhân có trách nhiệm giải trình, làm rõ, bổ sung …
		// trong thời hạn 15 ngày làm việc kể từ ngày nhận được yêu cầu"
		// (national portal 2026, thủ tục 1.014987): the filer's own duty,
		// on the body's request.
		return true
	}
	for q := it.from - 1; q >= 2 && q >= it.from-12 && !rd.isBreak(q); q-- {
		if words2(toks, q-1, "bao", "cao") && rd.agencyNameAt(q+1) {
			// "Ngân hàng giám sát thực hiện báo cáo cơ quan quản lý trong
			// thời hạn 02 ngày làm việc kế từ khi nhận được yêu cầu" (Nghị
			// định 85/2026/NĐ-CP Điều 31): a report to the body that asks.
			return true
		}
	}
	for q := it.from - 1; q >= 1 && q >= it.from-30 && !rd.isSentenceEnd(q); q-- {
		if toks[q].text == "cau" && wordAt(toks, q-1, "yeu") && rd.filerAt(q+1) {
			// "… có văn bản yêu cầu tổ chức, doanh nghiệp giải trình, làm
			// rõ hồ sơ … trong vòng 15 ngày kể từ khi nhận được yêu cầu":
			// the request is the body's, to the filer.
			return true
		}
	}
	return false
}

// filerMendsAt reports whether the filer opening at st has the duty to
// explain or supplement ("có trách nhiệm giải trình", "phải bổ sung"),
// eight tokens at most after it and before p.
func (rd *reader) filerMendsAt(st, p int) bool {
	toks := rd.toks
	for q := st; q < p && q < st+8; q++ {
		if words2(toks, q, "trach", "nhiem") || wordAt(toks, q, "phai") {
			n := q + 1
			if wordAt(toks, q, "trach") {
				n = q + 2
			}
			return words2(toks, n, "giai", "trinh") || words2(toks, n, "bo", "sung") || words2(toks, n, "khac", "phuc")
		}
	}
	return false
}

// resultSentToBodyBefore reports whether duration it counts from a dossier
// received with no author named, after words that send the result to a
// public body ("Báo cáo thẩm định phải được gửi đến cơ quan chủ trì soạn
// thảo chậm nhất là 20 ngày kể từ ngày nhận đủ hồ sơ gửi thẩm định"): the
// dossier was that body's.
func (rd *reader) resultSentToBodyBefore(it *item) bool {
	toks := rd.toks
	if it.eventEnd-it.eventAt > 10 { // ("ngày tiếp nhận đủ hồ sơ gửi thẩm định", "ngày nhận được hồ sơ đề nghị thẩm định": nine tokens)
		return false
	}
	sent := false
	for q := rd.first(it.from); q < it.from-2 && !sent; q++ {
		sent = toks[q].text == "gui" && wordAt(toks, q+1, "den") && wordAt(toks, q-1, "duoc") && rd.agencyNameAt(q+2)
	}
	if !sent {
		return false // (most texts: no result sent to a body before the duration)
	}
	dossier := false
	for q := it.eventAt; q < it.eventEnd; q++ {
		dossier = dossier || toks[q].text == "ho" && wordAt(toks, q+1, "so")
	}
	return dossier && !rd.filerIn(it.eventAt, it.eventEnd)
}

// filerFilesAfter reports whether the count of duration it, from a form
// received, is followed by the filer who must then file ("Trong thời hạn
// không quá 10 ngày làm việc, kể từ ngày nhận được tờ khai, tổ chức, cá
// nhân có trách nhiệm hoàn thành 02 tờ khai và nộp cho cơ quan …"): the
// filer received a paper from the body, and its own time runs from that.
// So does a count from the filer's own filing when the filer must then
// declare more ("kể từ ngày nộp văn bản thông báo cho cơ quan hải quan,
// người khai hải quan phải thực hiện khai bổ sung", Thông tư 38/2015/TT-BTC
// Điều 21): its own time, not the agency's.
func (rd *reader) filerFilesAfter(it *item) bool {
	toks := rd.toks
	q := it.eventEnd
	if !punctAt(toks, q, ",") || !rd.filerAt(q+1) {
		return false
	}
	ownFiling := wordAt(toks, it.eventAt, "nop") || wordAt(toks, it.eventAt+1, "nop")
	// "Trong thời hạn 07 ngày tính từ ngày nhận lại hồ sơ, cá nhân nộp hồ
	// sơ đã hoàn thiện đến cơ quan tiếp nhận" (national portal 2026, thủ tục
	// 1.000971): the dossier handed back to the filer, who files again.
	returned := words4(toks, it.eventAt, "ngay", "nhan", "lai", "ho") || words3(toks, it.eventAt, "nhan", "lai", "ho")
	if !words2(toks, q-2, "to", "khai") && !ownFiling && !returned {
		return false // (a form received, "tờ khai": a count from any paper cost a held-out limit)
	}
	duty := false
	for r := q + 2; r < len(toks) && r < q+16 && !rd.isSentenceEnd(r); r++ {
		switch toks[r].text {
		case "phai":
			duty = true
		case "trach":
			duty = duty || wordAt(toks, r+1, "nhiem")
		case "nop":
			return duty || returned
		case "khai":
			if ownFiling && duty && words2(toks, r+1, "bo", "sung") {
				return true
			}
		}
	}
	return false
}

// opinionGiven reports whether the sentence of item it charges its subject
// with giving an opinion ("có trách nhiệm cho ý kiến"), within sixty
// tokens after the count.
func (rd *reader) opinionGiven(it *item) bool {
	toks := rd.toks
	for q, end := it.eventEnd, min(rd.last(it.eventEnd-1), it.eventEnd+60); q < end; q++ {
		if toks[q].text == "trach" && words5(toks, q, "trach", "nhiem", "cho", "y", "kien") {
			return true
		}
	}
	return false
}

// gatheredUp reports whether, after the count of item it, its sentence has
// the receiver gather and send on up ("tổng hợp … gửi <cơ quan>", "tổng hợp
// … trình …").
func (rd *reader) gatheredUp(it *item) bool { return rd.gatheredUpAfter(it.eventEnd) }

// gatheredUpAfter is [reader.gatheredUp] for the words from p to the end
// of their sentence (at most forty tokens); it reads the sentence ends the
// tokens carry, so the event classifier may ask it before sentences are
// numbered.
func (rd *reader) gatheredUpAfter(p int) bool {
	toks := rd.toks
	gathers := false
	for q := p; q < len(toks) && q < p+40 && !rd.isSentenceEnd(q); q++ {
		switch {
		case words2(toks, q, "tong", "hop"):
			gathers = true
		case gathers && (wordAt(toks, q, "gui") || wordAt(toks, q, "trinh")) && (rd.agencyNameAt(q+1) || wordAt(toks, q+1, "ve") && rd.agencyNameAt(q+2)):
			return true
		}
	}
	return false
}

// proposedByAgency reports whether the words after the count of item it,
// in its sentence, have the receiver act on a public body's proposal ("…
// hoàn thành việc thẩm định theo đề nghị của UBND cấp xã"): the dossier
// received is that body's, a step between agencies. (A body consulted, "cơ
// quan được lấy ý kiến", counts from receipt: the labels agree on it.)
func (rd *reader) proposedByAgency(it *item) bool {
	toks := rd.toks
	e := it.eventEnd
	for q, end := e, min(rd.last(e-1), e+60); q < end; q++ {
		if toks[q].text == "theo" && words3(toks, q+1, "de", "nghi", "cua") && rd.agencyNameAt(q+4) {
			return true
		}
	}
	return false
}

// decisionBefore reports whether the clause ending at p (a "và") says a
// body decides or issues a paper: "ra quyết định", "có văn bản", "ban
// hành".
func (rd *reader) decisionBefore(p int) bool { return rd.decisionAt(p) >= 0 }

// decisionAt returns where, in the thirty tokens of p's sentence before
// p, a body decides or issues a paper ("ra quyết định", "ban quyết định",
// "ban hành", "có văn bản", "chỉ định"), or -1.
func (rd *reader) decisionAt(p int) int {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-30 && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q, "quyet", "dinh") && (wordAt(toks, q-1, "ra") || wordAt(toks, q-1, "ban")) {
			return q - 1
		}
		if words2(toks, q, "ban", "hanh") || words3(toks, q, "co", "van", "ban") || words2(toks, q, "chi", "dinh") {
			return q
		}
	}
	return -1
}

// councilMeetsAfter reports whether, right after the count ending at p
// (past a comma), a council ("Hội đồng …") is the one that acts and it
// meets ("họp") in the same clause.
func (rd *reader) councilMeetsAfter(p int) bool {
	toks := rd.toks
	if punctAt(toks, p, "(") { // "… người phụ trách tổ (đội), Hội đồng …"
		for p < len(toks) && !punctAt(toks, p, ")") && !rd.isSentenceEnd(p) {
			p++
		}
		p++
	}
	if punctAt(toks, p, ",") {
		p++
	}
	if !words2(toks, p, "hoi", "dong") {
		return false
	}
	for q := p + 2; q < len(toks) && q < p+25 && !rd.isSentenceEnd(q) && !punctAt(toks, q, ";"); q++ {
		if wordAt(toks, q, "hop") && !wordAt(toks, q-1, "phu") && !wordAt(toks, q-1, "truong") {
			return true // "họp", not "phù hợp", "trường hợp"
		}
	}
	return false
}

// filerIn reports whether a filer is named in tokens [p, q).
func (rd *reader) filerIn(p, q int) bool {
	for r := p; r < q; r++ {
		if rd.filerAt(r) {
			return true
		}
	}
	return false
}

// nameAt reports whether the word at p is written with a capital: a
// proper name.
func (rd *reader) nameAt(p int) bool {
	if p >= len(rd.toks) || rd.toks[p].kind != tokWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rd.original(p))
	return unicode.IsUpper(r) && !rd.allCapitals()
}

// endOfPeriodBefore reports whether the sentence of the duration at p
// opens with the end of another period ("Kết thúc thời hạn nhận hồ sơ …,",
// "Hết thời hạn …,") in a clause of its own before p, and where that
// clause ends.
func (rd *reader) endOfPeriodBefore(p int) (int, bool) {
	toks := rd.toks
	q := rd.first(p)
	q = rd.openingWord(q, p) // (past a list's letter: "a) …")
	if !words2(toks, q, "ket", "thuc") && !words3(toks, q, "het", "thoi", "han") && !words2(toks, q, "het", "han") {
		return 0, false
	}
	end := rd.clauseEnd(q, p)
	if end >= p || !punctAt(toks, end, ",") {
		return 0, false
	}
	for _, it := range rd.items {
		if it.from > q && it.from < end {
			return 0, false // "Hết thời hạn 05 ngày …": the clause holds the duration itself
		}
	}
	return end, true
}

// leadOpensSentence reports whether the sentence or clause of the duration
// at p opens, past list marks, with "Trước" and a lead time's event ("Trước
// thời hạn …", "Trước ngày …") that runs up to the duration, with no comma
// between, and where the event starts.
func (rd *reader) leadOpensSentence(p int) (int, bool) {
	toks := rd.toks
	q := rd.first(p)
	for c := p - 1; c > q; c-- {
		if punctAt(toks, c, ",") {
			q = c + 1 // "…, trước khi hết hạn 3 tháng, cơ sở … phải có đơn": a clause's opening
			break
		}
	}
	q = rd.openingWord(q, p) // (past a list's letter: "a) …")
	if !wordAt(toks, q, "truoc") || !rd.leadTime(q) || p-q > 20 {
		return 0, false
	}
	for r := q + 1; r < p; r++ {
		if punctAt(toks, r, ",") || punctAt(toks, r, ":") || punctAt(toks, r, "(") || toks[r].kind == tokNum { // ("trước khi Tòa án thụ lý đơn (thường trong vòng 8 ngày làm việc)": how long the event itself takes)
			return 0, false
		}
	}
	return q, true
}

// leadBeforeMinimum reports whether the duration at p follows "ít nhất
// (là)" or "tối thiểu (là)" and, within the fifteen tokens before that in
// its clause, "trước" opens a lead time's event ("trước ngày dự định khai
// mạc lễ hội ít nhất là 30 ngày", "trước ít nhất 03 ngày"). It returns
// where "trước" stands.
func (rd *reader) leadBeforeMinimum(p int) (int, bool) {
	toks := rd.toks
	m := p - 2
	if wordAt(toks, p-1, "la") {
		m = p - 3
	}
	if !rd.minimumAt(m) {
		return 0, false
	}
	if wordAt(toks, m-1, "truoc") && !wordAt(toks, m-2, "lan") { // (not "xuất cảnh … lần trước ít nhất 30 ngày": the previous time, an interval)
		return m - 1, true // "trước ít nhất 03 ngày làm việc"
	}
	span := 15 // words counted back, a bracket passed over whole
	for q := m - 1; q >= 0 && span > 0 && !rd.isSentenceEnd(q) && !punctAt(toks, q, ","); q-- {
		if punctAt(toks, q, ")") {
			// "trước thời điểm hết thời hạn được miễn tiền thuê đất (hoặc
			// thời điểm kết thúc …) tối thiểu 06 tháng": the aside is no
			// distance.
			for q > 0 && !punctAt(toks, q, "(") && !rd.isSentenceEnd(q-1) {
				q--
			}
			continue
		}
		if wordAt(toks, q, "truoc") && rd.leadTime(q) {
			return q, true
		}
		span--
	}
	if s := rd.opening(p); wordAt(toks, s, "truoc") && rd.leadTime(s) && m-s <= 40 {
		// "a) Trước thời điểm tiến hành kiểm tra, lực lượng … có trách
		// nhiệm thông báo … ít nhất là 12 giờ": the event opens the
		// sentence, past its comma.
		return s, true
	}
	return 0, false
}

// reportNamedBefore reports whether a report named with its capital
// ("Báo cáo", a document's title inside the sentence, not its opening verb)
// stands in the eight words before p: "bản in Báo cáo kết quả công tác kiểm
// định trong ngày" is the day's report, no time to act.
func (rd *reader) reportNamedBefore(p int) bool {
	s := rd.opening(p)
	for q := p - 1; q > s && q >= p-8; q-- {
		if words2(rd.toks, q, "bao", "cao") && rd.nameAt(q) {
			return true
		}
	}
	return false
}

// overdueBefore returns where "quá thời hạn" stands in the eight words
// before p, within the clause, or "Hết" opening the sentence right before
// p; or -1.
func (rd *reader) overdueBefore(p int) int {
	for q := p - 1; q >= 0 && q >= p-8 && !rd.isBreak(q); q-- {
		if words3(rd.toks, q, "qua", "thoi", "han") {
			return q
		}
	}
	if q := p - 1; wordAt(rd.toks, q, "het") && q == rd.opening(p) {
		return q // "Hết 60 ngày mà hai bên nam, nữ không đến nhận Giấy chứng nhận kết hôn thì …"
	}
	return -1
}

// sentencePapers reports whether the papers duration it counts from ("kể
// từ ngày nhận được các tài liệu quy định tại khoản 3 Điều này") serve a
// person serving a sentence ("người chấp hành án") named after the count:
// the enforcement of criminal judgments, where a court or a prison sends
// the file and no one files (Luật Thi hành án hình sự 2019, 41/2019/QH14
// Điều 113; fifteen of the sixteen tuning rows naming such a person and a
// time count from another event).
func (rd *reader) sentencePapers(it *item) bool {
	if rd.rareTokens()&rareSentence == 0 {
		return false // no "chấp hành án" in the text: most texts
	}
	return rd.phraseInSentenceAfter(it.eventAt, min(8, it.eventEnd-it.eventAt), "tai", "lieu") && rd.phraseInSentenceAfter(it.eventEnd, 30, "nguoi", "chap", "hanh", "an")
}

// spacedFromDay reports where "cách ngày …" (so far from the day of …)
// stands in the ten tokens before the duration at p, with only a cap or a
// minimum ("chậm nhất là", "muộn nhất là", "ít nhất") between the day's words and p: a day
// set relative to another.
func (rd *reader) spacedFromDay(p int) (at, end int, ok bool) {
	toks := rd.toks
	switch {
	case latestAt(toks, p-3) && wordAt(toks, p-1, "la"):
		end = p - 3
	case latestAt(toks, p-2) || rd.minimumAt(p-2): // ("muộn nhất", as "chậm nhất")
		end = p - 2
	default:
		return 0, 0, false
	}
	for q := end - 2; q >= 0 && q >= p-10 && !rd.isBreak(q); q-- {
		if toks[q].text == "cach" && wordAt(toks, q+1, "ngay") {
			return q, end, true
		}
	}
	return 0, 0, false
}

// requesterPastComma reports whether a request received ("yêu cầu") has
// its author named just past the comma that ended the count's clause,
// inside the same list of what is asked: "kể từ ngày nhận được yêu cầu
// phát, thu thử của cơ quan chuyên môn thuộc Bộ Xây dựng;" (national portal
// 2026, thủ tục 1.004426, radio frequencies): a body's request, the clause
// cut short by the comma of "phát, thu thử".
func (rd *reader) requesterPastComma(it *item) bool {
	toks := rd.toks
	q := it.eventEnd
	if !punctAt(toks, q, ",") || it.eventEnd-it.eventAt > 8 || !rd.phraseInSentenceAfter(it.eventAt, q-it.eventAt, "yeu", "cau") {
		return false
	}
	for r := q + 1; r < len(toks) && r <= q+5 && toks[r].kind == tokWord; r++ {
		if toks[r].text == "cua" && rd.agencyNameAt(r+1) {
			end := rd.clauseEnd(r+1, len(toks))
			return end >= len(toks) || punctAt(toks, end, ";") || punctAt(toks, end, ".")
		}
	}
	return false
}

// proposalNamedAbove reports whether duration it counts from a bare
// proposal ("kể từ ngày nhận được văn bản đề nghị") whose author the
// sentence before names as a public body: "- Trên cơ sở văn bản đề nghị của
// Bộ Quốc phòng hoặc Bộ Công an, Ủy ban nhân dân cấp tỉnh quyết định … \n-
// Chậm nhất trong 05 ngày làm việc, kể từ ngày nhận được văn bản đề nghị,
// …" (national portal 2026, thủ tục 5.003905, closing a waterway): that
// body's paper, another event.
func (rd *reader) proposalNamedAbove(it *item) bool {
	toks := rd.toks
	if e := it.eventEnd; e < 4 || !words4(toks, e-4, "van", "ban", "de", "nghi") {
		return false
	}
	s := rd.first(it.from) - 1
	return s > 0 && rd.bodysPaperIn(rd.first(s-1), s, "de", "nghi")
}

// noticeGrantsBefore returns where a notice that grants the time at p
// stands, or -1: "gửi thông báo" in the twenty tokens of the sentence
// before p, or "Thông báo" opening it, with "cho" between the notice and
// the amount ("… gửi Thông báo … và cho thời hạn 3 tháng", "Thông báo cho
// người đăng ký xe 28 ngày"): the time counts from the notice.
func (rd *reader) noticeGrantsBefore(p int) int {
	toks := rd.toks
	grant := false
	for q := p - 1; q >= 0 && q >= p-20 && !rd.isSentenceEnd(q); q-- {
		switch {
		case toks[q].text == "cho" && toks[q].kind == tokWord:
			grant = true
		case grant && words3(toks, q, "gui", "thong", "bao"):
			return q
		case grant && words2(toks, q, "thong", "bao") && q == rd.opening(p):
			return q
		}
	}
	return -1
}
