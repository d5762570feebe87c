package sla

import (
	"strings"
)

// The count's clause in a gap ("kể từ ngày nhận đủ hồ sơ", "sau khi kết
// thúc kiểm tra", "khi có thay đổi"): where it ends, and which duration
// its event goes to.

// readCountFrom reads the count's clause at token p of a gap ending at hi
// ("kể từ ngày nhận đủ hồ sơ", "sau khi kết thúc kiểm tra", "khi có thay
// đổi") and gives the event it names to the duration a before it in its
// sentence, else to the duration b after it, else, in a sentence of its
// own about the limit, to every duration of the text (rd.general).
func (rd *reader) readCountFrom(p int, a, b *item, hi int, sa, sb int32) {
	toks := rd.toks
	t := &toks[p]
	at := p + 2
	if t.text == "tu" || t.text == "khi" || t.text == "ke" && wordAt(toks, p+1, "ngay") || t.text == "sau" && wordAt(toks, p+1, "sinh") {
		at = p + 1
	}
	end := rd.clauseEnd(at, hi)
	if end <= at {
		return // "… tính từ" with nothing after (a cut text): no event named
	}
	end, ext := rd.countClauseEnd(at, end, hi)
	switch {
	case a != nil && (rd.sentOf(p) == sa || a.to == p-1 && punctAt(toks, p-1, ";") || rd.countSplitOff(a, p) && (b == nil || rd.sentOf(p) != sb)) && (a.event == StartUnknown || (p == a.to || p == a.to+1 && punctAt(toks, a.to, ",")) && rd.afterOpens(a)):
		// ("Trong thời hạn 60 ngày; kể từ ngày đại hội thành viên ra
		// nghị quyết …": a semicolon for a comma; "… chậm nhất là 10
		// ngày. Kể từ ngày mà cơ quan thuế thông báo …": a full stop.)
		if a.event != StartUnknown && strings.HasPrefix(a.cond, a.eventWord) {
			// "Sau khi kiểm tra giấy tờ và thấy người đề nghị có đủ điều
			// kiện … thì trong thời hạn 03 ngày làm việc kể từ ngày nhận
			// được đề nghị, Tòa án …": what is done first, then the time
			// and the count right after it, which wins; no case. (A case
			// of its own after the opening, "Sau khi nhận được đơn … nếu
			// thấy cần sửa đổi đơn … thì …", stays.)
			a.cond, a.condSet = "", false
		}
		a.event, a.eventWord, a.eventEnd, a.eventAt = rd.classifyEvent(at, ext), rd.words(p, end), max(end, ext), at
		if a.event == FromReceipt && !rd.opt.FeeAtReceipt && rd.feeInBracket(max(end, ext)) {
			// "kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ (bao gồm cả
			// giấy tờ xác nhận đã nộp phí thẩm định …)": and the fee
			// paid, as "… và phí thẩm định".
			a.event = FromOtherEvent
		}
		if or, h := rd.orFromAfter(at); or {
			// "kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ hoặc kể từ
			// ngày hết thời hạn lấy ý kiến …": two starts, one or
			// the other.
			a.or = true
			if a.event == FromReceipt && rd.classifyEvent(at, h) == FromOtherEvent {
				// "kể từ ngày họp Hội đồng tư vấn công nhận hoặc kể từ
				// ngày nhận được hồ sơ hoàn thiện sau khi giải trình": the
				// first start is another event, whatever the second.
				a.event = FromOtherEvent
			}
		} else if h > 0 && h < max(end, ext) && rd.bodyPaperAt(h+1) && rd.classifyEvent(at, h) == FromReceipt {
			// "kể từ ngày nhận được văn bản đề nghị của đại lý làm thủ
			// tục hải quan hoặc báo cáo của Cục Hải quan tỉnh, thành
			// phố": the filer's request or a body's report, two starts.
			a.or = true
		}
	case b != nil && (rd.sentOf(p) == sb || rd.eventSplitOff(p, end, b)) && b.event == StartUnknown && !rd.takesEffectOn(p) && !(end >= b.from && countFromAt(toks, b.to)) && !rd.effectiveDateOpens(p, end, b):
		// (Not a count whose clause runs into the duration when the
		// duration has its own right after it: "… phải lập Hồ sơ đánh giá
		// tác động … kể từ thời điểm bắt đầu xử lý dữ liệu và nộp bộ hồ sơ
		// này cho Bộ Công an trong vòng 60 ngày kể từ ngày tiến hành xử
		// lý" (a page on Nghị định 13/2023/NĐ-CP, web_pages_fiftyninth.tsv).)
		b.event, b.eventWord, b.eventEnd, b.eventAt = rd.classifyEvent(at, ext), rd.words(p, end), max(end, ext), at
	case (a == nil || rd.sentOf(p) != sa) && (b == nil || rd.sentOf(p) != sb) && rd.general == StartUnknown && rd.namesLimit(p):
		// "Thời hạn giải quyết … được tính từ khi nhận đủ hồ sơ
		// hợp lệ và chủ xe hoàn thành việc nộp lệ phí": a
		// sentence of its own about every limit of the text.
		to := min(hi, rd.last(p))
		rd.general, rd.generalWords = rd.classifyEvent(at, to), rd.words(p, to)
		if c := rd.caseOpening(p); c >= 0 && rd.general == FromOtherEvent {
			// "Trường hợp cần trao đổi với các cơ quan liên quan …, thời
			// gian xử lý hồ sơ tính từ thời điểm … nhận được văn bản trả
			// lời của các cơ quan liên quan": the count runs from the
			// bodies' replies in that case only, a case beside the
			// ordinary count (national portal 2026, thủ tục 1.014637).
			rd.generalCase = rd.words(rd.opening(p), rd.caseWordsEnd(c, p))
		}
	}
}

// takesEffectOn reports whether the count at p gives the day a text takes
// effect: "Thông tư số 123/2015/TT-BTC có hiệu lực thi hành kể từ ngày
// 1/10/2015, nhà đầu tư nước ngoài được cấp mã số giao dịch chứng khoán
// trong 1 ngày làm việc" (a securities page, web_pages_fortyfifth.tsv):
// the day names when the rule applies, no event the duration after it
// counts from.
func (rd *reader) takesEffectOn(p int) bool {
	toks := rd.toks
	q := p
	if syllableThiAt(toks, q-2) && wordAt(toks, q-1, "hanh") {
		q -= 2
	}
	return words2(toks, q-2, "hieu", "luc") && wordAt(toks, p+2, "ngay") && kindAt(toks, p+3, tokNum) && punctAt(toks, p+4, "/")
}

// effectiveDateOpens reports whether the count at p, whose words end at
// end, opens its sentence with a day of the calendar and a comma, and a
// limit named after it leads to duration b: "Kể từ ngày hôm nay (1/7),
// thời gian thực hiện thủ tục cấp giấy chứng nhận đăng ký đầu tư chỉ còn
// tối đa 15 ngày." (a news page on the investment law,
// web_pages_seventyninth.tsv), "Kể từ ngày 01/7/2025, thời gian giải
// quyết thủ tục là 10 ngày làm việc …", "Kể từ ngày Luật có hiệu lực, …":
// the day the rule applies from, as "có hiệu lực kể từ ngày …"
// (takesEffectOn), no event the limit counts from. ("Kể từ ngày
// 01/7/2025, trong thời hạn 30 ngày, doanh nghiệp phải …" names no limit:
// its days run from that day.)
func (rd *reader) effectiveDateOpens(p, end int, b *item) bool {
	toks := rd.toks
	if p != rd.opening(p) || !(words2(toks, p, "ke", "tu") || words2(toks, p, "tinh", "tu")) {
		return false
	}
	q := p + 2
	if wordAt(toks, q, "ngay") {
		q++
	}
	switch {
	case kindAt(toks, q, tokNum) && (punctAt(toks, q+1, "/") || wordAt(toks, q+1, "thang")), // "ngày 01/7/2025", "ngày 01 tháng 7 năm 2025"
		words2(toks, q, "hom", "nay"),
		(wordAt(toks, q, "thang") || wordAt(toks, q, "nam")) && kindAt(toks, q+1, tokNum): // "tháng 7/2025", "năm 2025"
	case q > p+2 && lawName(toks, q) && rd.phraseBefore(end, end-q, "co", "hieu", "luc"): // "Kể từ ngày Luật có hiệu lực, …" (a judgment's or a decision's is an event: "Kể từ ngày bản án có hiệu lực pháp luật, …")
	default:
		return false
	}
	for r := end; r < b.from && r < end+8; r++ { // (past a bracket: "hôm nay (1/7),")
		if punctAt(toks, r, ",") {
			return words2(toks, r+1, "thoi", "gian") || words2(toks, r+1, "thoi", "han")
		}
	}
	return false
}

// countSplitOff reports whether the count at p opens the sentence right
// after duration a, which ended its own at a full stop: "… chậm nhất là
// 10 ngày. Kể từ ngày mà cơ quan thuế thông báo …", "… trong vòng 15
// ngày. Bắt đầu kể từ ngày thông qua quyết định này." (a practice blog
// on tax and enterprise law, pending/sector_texts4.tsv, whose sentences a
// full stop splits); the count then belongs to a when no duration of its
// own sentence follows.
func (rd *reader) countSplitOff(a *item, p int) bool {
	toks := rd.toks
	q := p
	if words2(toks, q-2, "bat", "dau") {
		q -= 2
	}
	return q == a.to+1 && punctAt(toks, a.to, ".")
}

// eventSplitOff reports whether the count at p ("Sau khi …"), whose words
// end at end, opens a sentence a full stop closes right there, and the
// next sentence opens with duration b's cue ("Trong vòng 2 ngày thì …"):
// "* Sau khi đã nhận được thông báo từ cơ quan Thuế. Trong vòng 2 ngày thì
// kế toán viên sẽ tiến hành …" (a practice blog, pending/sector_texts4.tsv),
// the event split off before its duration.
func (rd *reader) eventSplitOff(p, end int, b *item) bool {
	toks := rd.toks
	if !wordAt(toks, p, "sau") || p != rd.opening(p) || !punctAt(toks, end, ".") {
		return false
	}
	o := rd.opening(b.from)
	return o == end+1 && withinLimitStart(toks, b.from) == o
}

// afterOpens reports whether duration a counts from a "Sau khi …" clause
// that opens its sentence (an event named before the duration).
func (rd *reader) afterOpens(a *item) bool {
	return a.event != StartUnknown && a.eventEnd > 0 && a.eventEnd <= a.from && words2(rd.toks, rd.opening(a.from), "sau", "khi")
}

// countClauseEnd returns where the count's clause from token at ends,
// given the end of its words' clause and the end hi of the gap: end for
// its words, ext for reading its event. The main clause ("phải", "thì"),
// the next duration's own start, what did not happen ("mà không …"), a
// body's silence ("nếu … không trả lời") and the next clause's subject cut
// it short; pairs joined by a comma, a verb cut from its object and an agency
// as subject carry it on.
func (rd *reader) countClauseEnd(at, end, hi int) (int, int) {
	toks := rd.toks
walk:
	for q := at + 1; q < end; q++ {
		t := &toks[q]
		switch t.text { // one comparison for most words
		case "phai", "thi", "hoac", "neu", "ma", "co":
			if t.kind != tokWord {
				break
			}
			if t.text == "phai" || t.text == "co" && words2(toks, q+1, "trach", "nhiem") && !wordAt(toks, q-1, "nguoi") || t.text == "thi" && rd.isThen(q) || // ("… kể từ ngày nhận đủ hồ sơ có trách nhiệm đề xuất …", as "phải"; "người có trách nhiệm thi hành án" names a party)
				// "kể từ ngày nhận đủ hồ sơ đề nghị thanh toán phải hoàn thành
				// …", "kể từ ngày hộ gia đình có người thuộc diện xóa đăng ký
				// tạm trú thì người … có trách nhiệm nộp hồ sơ": the main
				// clause.
				t.text == "hoac" && wordAt(toks, q+1, "sau") && kindAt(toks, q+2, tokNum) ||
				// "kể từ ngày thông báo công khai hoặc sau 01 năm đối với …":
				// the next duration's own start.
				t.text == "neu" && rd.isIf(q) && (rd.silenceFrom(q) || words4(toks, q+1, "yeu", "cau", "tham", "dinh")) ||
				// "kể từ khi nhận được báo cáo nếu cơ quan … không trả lời thì
				// …": silence, not the event. ("… không quá mười tám tháng, kể
				// từ ngày công bố đơn nếu yêu cầu thẩm định nội dung được nộp
				// trước ngày công bố đơn hoặc kể từ ngày nhận được yêu cầu …",
				// Luật Sở hữu trí tuệ as amended, quoted by a law firm: the
				// case of the start, not its words.)
				t.text == "ma" && rd.rareTokens()&rareWhereas != 0 && rd.lapseOpens(q) {
				// "kể từ ngày bán đấu giá hàng hóa mà không có người yêu cầu
				// nhận lại …": what did not happen in time, not the event.
				end = q
				break walk
			}
		case ":":
			if feeColumnAt(toks, q-1) && q-1 > at {
				// "03 ngày làm việc kể từ ngày tiếp nhận Phí : 0 Đồng Lệ
				// phí : 50.000 Đồng": the portal's fee column after the
				// cell, not the event's words.
				end = q - 1
				if feeColumnAt(toks, q-2) {
					end = q - 2 // "Lệ phí :"
				}
				break walk
			}
			if rd.agencyNameAt(q + 1) {
				// "kể từ ngày nhận hồ sơ: Hội đồng thẩm định thực hiện thẩm
				// định và có kết quả thẩm định": a body opens the clause
				// after the colon.
				end = q
				break walk
			}
		case "theo":
			if words2(toks, q+1, "trinh", "tu") {
				// "kể từ ngày tiếp nhận theo trình tự sau đây:": how the
				// dossier is handled, not the event.
				end = q
				break walk
			}
		}
		if q >= at+3 && toks[q-1].text == "so" && toks[q-2].text == "ho" && rd.agencyNameAt(q) {
			// "kể từ ngày nhận được hồ sơ Sở Khoa học và Công nghệ
			// kiểm tra …": the next clause's subject, with no comma.
			end = q
			break
		}
	}
	// Pairs joined by a comma stay in the clause: "kể từ ngày tổ
	// chức, cá nhân đã hoàn thành …", "Báo cáo tiếp thu, giải trình
	// của cơ sở", "hồ sơ đầy đủ, hợp lệ của Công an tỉnh", "… đã
	// hoàn thành việc chỉnh sửa, hoàn thiện hồ sơ".
	if end < hi && punctAt(toks, end, ",") && (words2(toks, end-2, "co", "quan") || words2(toks, end-2, "do", "vu")) && (words2(toks, end+1, "to", "chuc") || words2(toks, end+1, "don", "vi")) { // (also "hồ sơ do vụ, đơn vị đề nghị xây dựng gửi đến")
		end = rd.clauseEnd(end+1, hi) // "kể từ ngày các cơ quan, tổ chức, cá nhân giao nộp": anyone
	}
	if end < hi && punctAt(toks, end, ",") && (words2(toks, end-2, "to", "chuc") && words2(toks, end+1, "ca", "nhan") || words2(toks, end-2, "ca", "nhan") && end-2 <= at+1 && words2(toks, end+1, "to", "chuc") || words2(toks, end-2, "to", "chuc") && end-2 <= at+1 && words2(toks, end+1, "cong", "dan") || // ("kể từ ngày cá nhân, tổ chức nộp …": the pair the other way round, the count's subject; so is "tổ chức, công dân") words2(toks, end-2, "nguoi", "dan") && words2(toks, end+1, "doanh", "nghiep") || words2(toks, end-2, "tiep", "thu") || // ("người dân, doanh nghiệp": citizens and firms, as "tổ chức, cá nhân")
		(words2(toks, end-2, "day", "du") || words3(toks, end-3, "ho", "so", "du")) && words2(toks, end+1, "hop", "le") || // (also "hồ sơ đủ, hợp lệ")
		words2(toks, end-2, "hop", "le") && words2(toks, end+1, "chinh", "xac") ||
		words4(toks, end+1, "bao", "cao", "tham", "dinh") || // "kể từ ngày nhận được báo cáo của chủ đầu tư, báo cáo thẩm định của cơ quan …": papers listed
		words2(toks, end-2, "ho", "so") && (words2(toks, end+1, "le", "phi") || wordAt(toks, end+1, "phi") || rd.feePaidSoon(end+1, hi)) || // "kể từ ngày nhận được hồ sơ, lệ phí đăng ký …": the fee listed with the dossier
		words2(toks, end-2, "xem", "xet") && (words2(toks, end+1, "quyet", "dinh") || words2(toks, end+1, "giai", "quyet")) || // "văn bản đề nghị xem xét, quyết định việc hỗ trợ của Sở …": two verbs of one request
		words2(toks, end-2, "tra", "loi") && resolvingAt(toks, end+1) || // "văn bản yêu cầu trả lời, giải quyết vướng mắc của khách hàng" (a customs decision on declarations, quoted by vasep.com.vn): the same
		words2(toks, end-2, "tai", "lieu") && words2(toks, end+1, "chung", "cu") || // ("đơn kháng cáo quá hạn và tài liệu, chứng cứ kèm theo do Tòa án cấp sơ thẩm chuyển đến")
		words2(toks, end-2, "ho", "so") && words2(toks, end+1, "van", "ban")) { // "kể từ ngày nhận được hồ sơ, văn bản đề nghị áp dụng biện pháp cai nghiện bắt buộc … của Trưởng Công an xã" (a page on compulsory drug rehabilitation, web_pages_sixtyfifth.tsv): two papers, one sender
		end = rd.clauseEnd(end+1, hi)
		if end < hi && punctAt(toks, end, ",") && words2(toks, end-2, "co", "quan") && words2(toks, end+1, "to", "chuc") {
			end = rd.clauseEnd(end+1, hi) // ("…, báo cáo thẩm định của cơ quan, tổ chức thẩm định và ý kiến của …")
		}
		if end < hi && punctAt(toks, end, ",") && words2(toks, end-2, "ca", "nhan") && (words2(toks, end+1, "doanh", "nghiep") || words3(toks, end+1, "ho", "kinh", "doanh")) {
			// "kể từ ngày tổ chức, cá nhân, doanh nghiệp nộp đủ hồ sơ hợp
			// lệ": a third filer listed (a check of the tuning texts with
			// "tổ chức, cá nhân" swapped for it).
			end = rd.clauseEnd(end+1, hi)
		}
	}
	if end < hi && punctAt(toks, end, ",") && (words2(toks, end+1, "hoan", "thien") || words2(toks, end+1, "bo", "sung")) && rd.doneBefore([]int{end - 1, end - 2, end - 3, end - 4, end - 5}) {
		end = rd.clauseEnd(end+1, hi)
	}
	ext := end
	// "kể từ khi người làm thủ tục đã nộp, xuất trình đủ các giấy
	// tờ": a verb cut from its object by a comma.
	// (Not "… giao nộp, Cục Viễn thám quốc gia có trách nhiệm …": a
	// body opens the next clause.)
	if end < hi && punctAt(toks, end, ",") && (wordAt(toks, end-1, "nop") || wordAt(toks, end-1, "nhan") && !wordAt(toks, end-2, "ca")) && !rd.agencyNameAt(end+1) {
		ext = rd.clauseEnd(end+1, hi)
		if ext < hi && punctAt(toks, ext, ",") && ext-end < 12 {
			// "kể từ ngày Quỹ tiếp nhận, kiểm tra tính đầy đủ, hợp lệ
			// của hồ sơ": the object two commas on.
			ext = rd.clauseEnd(ext+1, hi)
		}
	}
	if rd.agencyNameAt(at + 1) {
		// "kể từ ngày Bộ trưởng Bộ Xây dựng, Bộ trưởng Bộ Công an
		// nhận đủ hồ sơ hợp lệ": an agency as subject; its verb
		// may stand past the commas of a list
		// of agencies, but a clause that has its verb ends at its
		// comma: "kể từ ngày Chủ tịch … quyết định điều chỉnh …,
		// cơ quan tiếp nhận hồ sơ chủ trì …".
		acted := false
		q := at + 1
		received := false
		for q < hi && !rd.isSentenceEnd(q) && q-at < 40 && !(acted && punctAt(toks, q, ",")) && !(received && punctAt(toks, q, ",") && kindAt(toks, q+1, tokWord) && !rd.agencyNameAt(q+1) && !commaPairAt(toks, q)) {
			if punctAt(toks, q, "(") {
				// "kể từ ngày Ủy ban nhân dân cấp tỉnh (Sở Nội vụ) nhận
				// hồ sơ": a body's other name in brackets, passed
				// over; any other bracket ends the clause.
				c := q + 1
				for c < hi && c < q+8 && !punctAt(toks, c, ")") && !rd.isSentenceEnd(c) {
					c++
				}
				if !punctAt(toks, c, ")") || !rd.agencyNameAt(q+1) {
					break
				}
				q = c + 1
				continue
			}
			acted = acted || words2(toks, q, "quyet", "dinh") || words2(toks, q, "ban", "hanh") || words2(toks, q, "phe", "duyet")
			// ("kể từ ngày Sở Y tế nhận đơn đề nghị, Cá nhân sẽ nhận được
			// thông báo của Sở Y tế …", a page on practice licences,
			// web_pages_seventyfifth.tsv: the body's receipt ends at the
			// next comma, unless a body, a number or a pair joined by the
			// comma follows: "… khoản 1, 2, 3 …", "… của cơ sở khám bệnh,
			// chữa bệnh …", "… hồ sơ đề nghị kiểm tra, thẩm định …".)
			received = received || wordAt(toks, q, "nhan") && !wordAt(toks, q+1, "dan") && !wordAt(toks, q-1, "ca")
			q++
		}
		ext = max(ext, q)
	}
	return end, ext
}

// orFromAfter reports whether "hoặc kể từ" (or "hoặc tính từ") follows
// the start of a count's clause at p, within twenty tokens: a second start
// beside the first. It also returns where the first "hoặc" stands, or 0.
func (rd *reader) orFromAfter(p int) (bool, int) {
	toks := rd.toks
	first := 0
	for q := p; q < len(toks) && q < p+20 && !rd.isSentenceEnd(q); q++ {
		if wordAt(toks, q, "hoac") {
			if words2(toks, q+1, "ke", "tu") || words2(toks, q+1, "tinh", "tu") {
				return true, q
			}
			if first == 0 {
				first = q
			}
		}
	}
	return false, first
}

// bodyPaperAt reports whether a body's paper is named at r, after the
// "hoặc" that joins it to the thing received: "báo cáo của Cục …", "văn
// bản đề nghị của Sở …" ("kể từ ngày nhận được văn bản đề nghị của đại lý
// làm thủ tục hải quan hoặc báo cáo của Cục Hải quan tỉnh, thành phố").
func (rd *reader) bodyPaperAt(r int) bool {
	toks := rd.toks
	switch {
	case words2(toks, r, "bao", "cao"), words2(toks, r, "cong", "van"), words2(toks, r, "thong", "bao"), words2(toks, r, "to", "trinh"):
		r += 2
	case words4(toks, r, "van", "ban", "de", "nghi"):
		r += 4
	default:
		return false
	}
	return wordAt(toks, r, "cua") && rd.agencyNameAt(r+1)
}

// feeInBracket reports whether a bracket opening at p says the dossier
// includes the fee paid: "(bao gồm cả giấy tờ xác nhận đã nộp phí thẩm
// định …)".
func (rd *reader) feeInBracket(p int) bool {
	toks := rd.toks
	if !punctAt(toks, p, "(") || !words2(toks, p+1, "bao", "gom") {
		return false
	}
	for q := p + 3; q < len(toks) && q < p+30 && !punctAt(toks, q, ")"); q++ {
		if feePaidAt(toks, q) {
			return true
		}
	}
	return false
}

// caseWordsEnd returns where the words of a case opened at c end, in a
// sentence whose count clause is at p: before the comma that precedes
// the limit's name ("Trường hợp cần trao đổi …, thời gian xử lý hồ sơ tính
// từ …"), or at p.
func (rd *reader) caseWordsEnd(c, p int) int {
	toks := rd.toks
	for q := c; q < p; q++ {
		if words2(toks, q, "thoi", "gian") || words2(toks, q, "thoi", "han") {
			if punctAt(toks, q-1, ",") {
				return q - 1
			}
			return q
		}
	}
	return p
}

// feePaidSoon reports whether the words from p, up to the next comma and
// within eight words, end a list of acts with the fee paid: "kể từ ngày nộp
// đủ hồ sơ, chụp ảnh và nộp lệ phí theo quy định" (Thông tư
// 12/2017/TT-BGTVT on a lost driving licence, as baochinhphu.vn quotes it).
func (rd *reader) feePaidSoon(p, hi int) bool {
	toks := rd.toks
	for q := p; q < hi && q < p+8 && toks[q].kind == tokWord; q++ {
		if wordAt(toks, q, "va") && feePaidAt(toks, q+1) {
			return true
		}
	}
	return false
}

// feePaidAt reports whether "nộp phí" or "nộp lệ phí" (the fee paid)
// stands at q.
func feePaidAt(toks []token, q int) bool {
	return words2(toks, q, "nop", "phi") || words3(toks, q, "nop", "le", "phi")
}

// commaPairAt reports whether the comma at q joins two halves of one
// phrase: "khám bệnh, chữa bệnh", "kiểm tra, thẩm định", "xem xét, giải
// quyết", "sửa đổi, bổ sung".
func commaPairAt(toks []token, q int) bool {
	return words2(toks, q+1, "chua", "benh") ||
		(words2(toks, q-2, "kiem", "tra") || words2(toks, q-2, "xem", "xet") || words2(toks, q-2, "sua", "doi")) && kindAt(toks, q+1, tokWord) && kindAt(toks, q+2, tokWord)
}
