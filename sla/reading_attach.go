package sla

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// attach reads the words between durations: conditions, "hoặc",
// extensions, excluded time, the event counted from, and breakdowns. Each
// gap between two durations is read once: linear in the text's length.
// Then each duration is settled on its own, against its neighbour, and
// under a heading of the whole text.
func (rd *reader) attach() {
	var w gapWalk
	for k := 0; k <= len(rd.items); k++ {
		rd.attachGap(k, &w)
	}
	rd.listBreakdown()
	rd.totalAfterParts()
	rd.settleItems()
	rd.readNeighbours()
	rd.readAppeals()
	rd.readPayments()
	rd.applyHeading()
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

// bodyPaperBasisOpens reports whether the sentence of p opens with the
// paper of a public body the act rests on, "Căn cứ công văn đề nghị của cơ
// quan chủ quản, …", "Căn cứ văn bản đề nghị của Ủy ban nhân dân cấp xã,
// …", before p in the same clause. It returns the basis's words.
func (rd *reader) bodyPaperBasisOpens(p int) (int, int, bool) {
	toks := rd.toks
	s := rd.opening(p)
	if !words2(toks, s, "can", "cu") || !(words2(toks, s+2, "cong", "van") || words2(toks, s+2, "van", "ban") || words2(toks, s+2, "to", "trinh")) {
		return 0, 0, false
	}
	end := rd.clauseEnd(s+2, p)
	for q := s + 4; q < end; q++ {
		if wordAt(toks, q, "cua") && rd.agencyNameAt(q+1) {
			return s, end, true
		}
	}
	return 0, 0, false
}

// filerMendsBefore reports whether the clause before p has the filer mend
// its dossier ("thì người yêu cầu có trách nhiệm hoàn thiện hồ sơ trong
// …", "tổ chức, cá nhân phải bổ sung hồ sơ trong …"), with no count of its
// own: the filer's time runs from the request to mend. It returns the
// words of the filer's act.
func (rd *reader) filerMendsBefore(p int) (int, int, bool) {
	toks := rd.toks
	for q := p - 1; q >= 1 && q >= p-12 && !rd.isBreak(q); q-- {
		if (words2(toks, q, "hoan", "thien") || words2(toks, q, "bo", "sung")) && words2(toks, q+2, "ho", "so") {
			for f := q - 1; f >= 0 && f >= q-8 && !rd.isBreak(f); f-- {
				if (wordAt(toks, f, "phai") || words2(toks, f, "trach", "nhiem")) && rd.filerAfterThen(f) {
					return q, p, true
				}
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// filerAfterThen reports whether a filer ("người yêu cầu", "tổ chức, cá
// nhân", "doanh nghiệp") is the subject before the duty at q, right after
// "thì" or the clause's opening.
func (rd *reader) filerAfterThen(q int) bool {
	toks := rd.toks
	for f := q - 1; f >= 0 && f >= q-6; f-- {
		if wordAt(toks, f, "thi") || punctAt(toks, f, ",") && !words2(toks, f+1, "ca", "nhan") {
			return rd.filerAt(f + 1)
		}
	}
	return false
}

// verifyAnswerBefore reports whether "trả lời xác minh" (an answer to a
// request to verify) stands in the clause before p, sixteen tokens at
// most: it returns those words.
func (rd *reader) verifyAnswerBefore(p int) (int, int, bool) {
	for q := p - 1; q >= 0 && q >= p-16 && !rd.isBreak(q); q-- {
		if words4(rd.toks, q, "tra", "loi", "xac", "minh") {
			return q, q + 4, true
		}
	}
	return 0, 0, false
}

// ratedCaseOpens reports whether the sentence of p opens with a case of
// what was rated ("Đối với …", "Riêng đối với …", "Trường hợp …" with
// "được đánh giá là" before p): a time counted from the rating. It returns
// the case's clause.
func (rd *reader) ratedCaseOpens(p int) (int, int, bool) {
	toks := rd.toks
	s := pastListLetter(toks, rd.first(p), p) // (not past a heading: "Riêng đối với công tác chính gồm: …" is the case)
	if wordAt(toks, s, "rieng") {
		s++
	}
	if !words2(toks, s, "doi", "voi") && !words2(toks, s, "truong", "hop") {
		return 0, 0, false
	}
	for q := s + 2; q < p && q < s+60; q++ {
		if words3(toks, q, "danh", "gia", "la") && wordAt(toks, q-1, "duoc") {
			return s, rd.clauseEnd(s, p), true
		}
	}
	return 0, 0, false
}

// gapWalk is what the walk over the gaps carries from one gap to the next.
type gapWalk struct {
	breakdown bool  // a breakdown of the previous ordinary duration is open
	prevReal  *item // the last duration that is not excluded time
}

// attachGap reads the gap before the k-th duration (k = len(rd.items):
// the text after the last one), tokens [lo, hi) after the duration a (nil
// before the first) and before b (nil after the last), of the sentences
// sa and sb (-1: none). Its words are read in one pass: the count's clause
// ("kể từ …", "sau khi …"), extensions, "hoặc", excluded time, conditions,
// lead times ("trước …"), windows of the calendar and restatements, each
// given to the duration before or after it; then readRole reads what they
// make of b.
func (rd *reader) attachGap(k int, w *gapWalk) {
	toks := rd.toks
	var a, b *item
	lo, hi := 0, len(toks)
	if k > 0 {
		a = &rd.items[k-1]
		lo = a.to
	}
	if k < len(rd.items) {
		b = &rd.items[k]
		hi = b.from
	}
	// A condition after excluded time ("85 ngày làm việc (không bao gồm
	// thời gian 30 ngày trung chuyển) đối với trường hợp …") belongs
	// to the duration before the excluded one.
	if a != nil && a.excluded && w.prevReal != nil && rd.sentOf(w.prevReal.to-1) == rd.sentOf(a.to-1) {
		a = w.prevReal
	}
	sa, sb := int32(-1), int32(-1)
	if a != nil {
		sa = rd.sentOf(a.to - 1)
	}
	if b != nil {
		sb = rd.sentOf(b.from)
	}
	colon, openBracket, trongDo, exclUntil := -1, false, false, -1
	for p := lo; p < hi; p++ {
		t := &toks[p]
		if t.kind == tokPunct {
			switch t.text {
			case ":":
				colon = p
			case "(":
				openBracket = true
			case ")":
				openBracket = false // "(… trong trường hợp cần thiết …)." closes before the next label
			}
			continue
		}
		if t.kind != tokWord || !t.key || t.text == "ngay" {
			continue // every case below starts with a key word ("ngày" is one for scan only)
		}
		switch t.text { // the commonest words that no case below takes, passed at once
		case "tu":
			if wordAt(toks, p-1, "ke") || wordAt(toks, p-1, "tinh") {
				continue // "kể từ", read at "kể"
			}
		case "trong":
			if !wordAt(toks, p+1, "do") && !wordAt(toks, p-1, "va") {
				continue
			}
		}
		switch {
		case t.text == "trong" && wordAt(toks, p+1, "do"):
			trongDo = true
		case (t.text == "ke" || t.text == "tinh") && wordAt(toks, p+1, "tu"),
			t.text == "ke" && wordAt(toks, p+1, "to") && (wordAt(toks, p+2, "ngay") || wordAt(toks, p+2, "khi")), // "kể tờ ngày …": a typo
			t.text == "ke" && wordAt(toks, p+1, "ngay") && punctAt(toks, p-1, ","),                               // "…, kể ngày người phải thi hành án nhận được …": "từ" dropped
			t.text == "tu" && rd.isFrom(p) && !wordAt(toks, p-1, "ke") && !wordAt(toks, p-1, "tinh") &&
				(wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi")) && !kindAt(toks, p+2, tokNum),
			// "Trong thời hạn 05 ngày làm việc, sau khi kết thúc kiểm
			// tra, …": counted from the end of the examination. ("ngay
			// sau khi …" was read by scan.)
			// ("10 ngày sau khi hoàn thành đợt chào bán" is the duration's
			// own "sau khi".)
			// ("Thẩm định, chấp thuận (05 Ngày làm việc) Sau khi được phân
			// công …": a step's heading, then its text; the capital starts
			// a sentence of its own.)
			t.text == "sau" && wordAt(toks, p+1, "khi") && (!wordAt(toks, p-1, "ngay") || a != nil && p == a.to) && !(a != nil && a.to == p-1 && punctAt(toks, p-1, ")") && strings.HasPrefix(rd.original(p), "S")),
			// "chậm nhất là 18 tháng sau ngày kết thúc năm tài chính",
			// "Chậm nhất là 05 ngày làm việc sau mỗi lớp học cập nhật".
			// ("Chậm nhất là 5 ngày làm việc, sau ngày nhận được đề nghị …".)
			t.text == "sau" && (wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "moi") || wordAt(toks, p+1, "sinh") || words2(toks, p+1, "thoi", "han") || words2(toks, p+1, "thoi", "diem")) && a != nil && (p == a.to || p == a.to+1 && punctAt(toks, a.to, ",")), // ("trong vòng 24 giờ sau sinh", "Chậm nhất 30 ngày, sau thời hạn 01 năm kể từ ngày có thông báo", "trong vòng 05 ngày làm việc sau thời điểm đóng thầu")
			// "trong vòng 24 giờ khi có thay đổi": from when it happens.
			// ("… trong thời hạn không quá 03 ngày khi có đủ các điều kiện
			// sau đây": when a condition holds, no event.)
			t.text == "khi" && a != nil && p == a.to && !words2(toks, p+1, "co", "du") && !words3(toks, p+1, "du", "dieu", "kien"):
			rd.readCountFrom(p, a, b, hi, sa, sb)
		case ((t.text == "keo" && wordAt(toks, p+1, "dai")) || (t.text == "gia" && wordAt(toks, p+1, "han")) || t.text == "tang" && wordAt(toks, p+1, "len") && words2(toks, p-2, "co", "the") ||
			t.text == "dai" && wordAt(toks, p+1, "hon") && wordAt(toks, p-1, "the")) && rd.extends(p),
			t.text == "hoac" && (words5(toks, p+1, "theo", "thoi", "gian", "thong", "nhat") || words5(toks, p+1, "theo", "thoi", "gian", "thoa", "thuan") ||
				words6(toks, p+1, "theo", "thoi", "han", "quy", "dinh", "tai")): // ("… trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hoặc theo thời hạn quy định tại khoản 1 Điều 18 …": another time, set elsewhere)
			// ("Có thể dài hơn theo thỏa thuận bằng văn bản với người yêu
			// cầu chứng thực", "ngay trong ngày làm việc hoặc theo thời
			// gian thống nhất với bên yêu cầu cung cấp": an extension of no
			// stated length, by agreement.)
			switch {
			case b != nil && rd.sentOf(p) == sb:
				b.ext = true
			case (a == nil || rd.sentOf(p) != sa || !a.ext) && rd.openExtAt < p:
				// An extension with no stated length ("trường hợp phức
				// tạp thì gia hạn"): reported, never dropped.
				from, to := max(lo, rd.first(p)), min(hi, rd.last(p))
				rd.openExt = append(rd.openExt, rd.words(from, to))
				rd.openExtAt = to
			}
		case t.text == "khong" && (wordAt(toks, p+1, "ke") || wordAt(toks, p+1, "tinh") || words2(toks, p+1, "bao", "gom") || wordAt(toks, p+1, "gom")):
			if b != nil && rd.sentOf(p) == sb && b.from-p <= 8 {
				b.excluded = true
			}
			// "không tính thời gian khắc phục nếu có của tổ chức":
			// no condition inside excluded time.
			exclUntil = rd.clauseEnd(p+1, hi)
		case t.text == "hoac":
			if a != nil && b != nil && b.from-p <= 4 && rd.sentOf(p) == sb && sa == sb && a.kind != iNextDay && b.kind != iNextDay && a.kind != iBad && b.kind != iBad {
				a.or, b.or = true, true
			}
		case t.text == "thi" && b != nil && rd.sentOf(p) == sb && !b.condSet && (a == nil || rd.sentOf(p) != sa || a.kind == iBad && a.err == ErrLimitSyntax):
			// "Ở vùng sâu, vùng xa đi lại khó khăn, thì … 45 ngày": the
			// words before "thì" in the sentence are the condition; "Theo
			// hướng dẫn tại … thì", "Như vậy, … thì" cite or conclude.
			// ("a) Thời hạn từ 1 năm trở lên thì chậm nhất là 15 ngày, …":
			// an amount in a unit not modelled, inside the condition.)
			from := max(lo, rd.first(p))
			if a != nil && rd.sentOf(p) == sa {
				from = rd.first(p)
			}
			for q := from; q < p; q++ {
				if punctAt(toks, q, ":") && rd.citesBefore(q+1) {
					from = q + 1 // "Thời hạn truy tố: Theo quy định của BLTTHS hiện hành thì …"
					break
				}
			}
			from = pastListLetter(toks, from, p) // ("a) Thì hồ sơ …" names no case)
			if from < p && !rd.citesBefore(from) && !rd.receiptOpens(from) && !rd.otherwiseOpens(from, p) {
				b.cond, b.condSet = rd.words(from, p), true
			}
		case t.text == "truoc" && words2(toks, p+1, "hoac", "sau") && a != nil && p == a.to && a.event == StartUnknown && rd.leadTime(p+2):
			// "Trong thời hạn 04 tháng trước hoặc sau thời điểm thân nhân
			// … hết thời hạn hưởng trợ cấp … thì thân nhân … phải nộp đơn": a
			// window around another event.
			end := min(rd.clauseEnd(p+3, hi), int(toks[p].thi))
			a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
		case t.text == "truoc" && wordAt(toks, p+1, "hoac") && a != nil && p == a.to && b != nil && b.from == p+2 && wordAt(toks, b.to, "sau") && rd.leadTime(b.to) &&
			a.event == StartUnknown && b.event == StartUnknown:
			// "trong thời gian 12 tháng trước hoặc 03 tháng sau thời điểm
			// chứng chỉ … hết hạn": a window around another event.
			end := rd.clauseEnd(b.to+1, hi)
			a.event, a.eventWord, a.eventEnd, a.lead = FromOtherEvent, rd.words(b.to, end), end, true
			b.event, b.eventWord, b.eventEnd = FromOtherEvent, rd.words(b.to, end), end
		case t.text == "truoc" && b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && b.from-p <= 12 &&
			(punctAt(toks, p-1, "(") || (a == nil || rd.sentOf(a.from) != sb) && (words2(toks, p+1, "thoi", "han") || words2(toks, p+1, "thoi", "diem"))) && // ("trước thời điểm giấy phép môi trường đã được cấp hết hạn 06 tháng")
			rd.clauseEnd(p+1, hi) >= b.from && rd.leadTime(p):
			// ("gửi thông báo … trước thời hạn tạm ngừng cung cấp dịch vụ
			// 30 ngày": the same with no bracket, no duration before.)
			// "(trước ngày dự kiến lễ hội 30 ngày)": a lead time in
			// brackets, its event before its duration; right after a
			// limit ("19 ngày (trước …)") it is when to file, no time
			// limit of the agency.
			if a != nil && a.to == p-1 {
				b.kind, b.err, b.detail = iNotLimit, ErrLimitSyntax, "a lead time for filing in brackets after the limit (\"19 ngày (trước ngày dự kiến lễ hội 30 ngày)\"), not a time limit"
			} else {
				b.event, b.eventWord, b.eventEnd, b.lead = FromOtherEvent, rd.words(p, b.from), b.from, true
			}
		case t.text == "truoc" && a != nil && rd.sentOf(p) == sa && (a.event == StartUnknown || a.eventEnd > 0 && a.eventEnd <= a.from && p-a.to <= 1) && (p-a.to <= 1 || rd.bracketBetween(a.to, p) || emphasisBetween(toks, a.to, p)) && rd.leadTime(p):
			// (An event named before the duration, "Trường hợp dự toán …
			// được duyệt sau khi phê duyệt kế hoạch … thì … trong thời hạn
			// tối thiểu 05 ngày trước thời điểm đóng thầu", gives way to
			// the lead time right after it.)
			// "chậm nhất là 60 ngày trước ngày Giấy phép hết hạn", "07
			// ngày làm việc trước khi …": counted back from another
			// event. ("tối thiểu 03 ngày làm việc (đối với đấu thầu trong
			// nước), tối thiểu 05 ngày làm việc (đối với đấu thầu quốc tế)
			// trước ngày có thời điểm đóng thầu": two cases of one lead
			// time, each with its bracket.)
			end := rd.clauseEnd(p+1, hi)
			a.event, a.eventWord, a.eventEnd, a.lead = FromOtherEvent, rd.words(p, end), end, true
			for q := k - 2; q >= 0 && rd.parallelLead(q) && rd.items[q].event == StartUnknown; q-- {
				it := &rd.items[q]
				it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(p, end), end, true
			}
		case t.text == "tinh" && wordAt(toks, p+1, "den") && (wordAt(toks, p+2, "ngay") && !rd.filingAt(p+3) || words2(toks, p+2, "thoi", "diem") && !rd.filingAt(p+4)) &&
			a != nil && rd.sentOf(p) == sa && p-a.to <= 2 && rd.limitPhraseBefore(a.from):
			// "Trong thời hạn 60 ngày nhưng không ít hơn 10 ngày tính đến
			// ngày người lao động nước ngoài dự kiến làm việc": counted
			// back from that day. ("tính đến ngày nộp hồ sơ" is a window
			// before filing: notALimit.)
			end := rd.clauseEnd(p+2, hi)
			for q := k - 1; q >= 0 && rd.sentOf(rd.items[q].from) == sa && p-rd.items[q].to <= 12; q-- {
				// ("Sau khi có đủ giấy tờ nêu trên, trong thời hạn 30
				// ngày tính đến thời điểm người lao động được hưởng lương
				// hưu, …": the count right after the duration wins over
				// the clause that opens the sentence.)
				if it := &rd.items[q]; it.event == StartUnknown || it.eventEnd > 0 && it.eventEnd <= it.from {
					it.event, it.eventWord, it.eventEnd, it.lead = FromOtherEvent, rd.words(p, end), end, true
				}
			}
		case t.text == "tiep" && wordAt(toks, p+1, "theo") && a != nil && p == a.to && a.event == StartUnknown && a.kind == iDur &&
			!countFromAt(toks, p+2):
			// "phải được gửi về Cục … trong vòng 08 ngày tiếp theo": the
			// days that follow another event, named before. ("02 ngày làm
			// việc tiếp theo kể từ ngày nhận đủ hồ sơ", with a comma or none,
			// names its start.)
			a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, p+2), p+2
		case t.text == "vao" && wordAt(toks, p+1, "dau") && (wordAt(toks, p+2, "thang") || wordAt(toks, p+2, "quy") || wordAt(toks, p+2, "nam")) && a != nil && p == a.to && a.event == StartUnknown:
			// "trong vòng 05 ngày vào đầu tháng đầu tiên của quý tiếp
			// theo": a window of the calendar.
			end := rd.clauseEnd(p+1, hi)
			a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
		case t.text == "dau" && (words2(toks, p+1, "tien", "cua") || wordAt(toks, p+1, "cua") || periodNextAt(toks, p+1) || everyPeriodAt(toks, p+1) || daysOfPeriodStart(toks, a, p)) && a != nil && p == a.to && a.event == StartUnknown:
			// "trong 07 ngày làm việc đầu tiên của tháng", "10 ngày làm
			// việc đầu của tháng tiếp theo", "10 ngày làm việc đầu tháng
			// tiếp theo": a window of the calendar, not a count from
			// receipt.
			end := rd.clauseEnd(p+1, hi)
			a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
		case (t.text == "quy" && wordAt(toks, p+1, "doi") || t.text == "tuong" && (wordAt(toks, p+1, "duong") || wordAt(toks, p+1, "ung"))) &&
			a != nil && b != nil && b.from-p <= 3 && b.from-a.to <= 6:
			// "168 giờ (tương đương 21 ngày)", "1,5 ngày làm việc quy đổi
			// 11 giờ": the same time in another unit, no second limit.
			b.restates = true
		case t.text == "trong" && wordAt(toks, p-1, "va") && (wordAt(toks, p+1, "vong") || words2(toks, p+1, "thoi", "han")) &&
			b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && b.from-p <= 6 && rd.decisionBefore(p-1):
			// "… ra quyết định thu hồi và trong vòng 24 giờ phải thông
			// báo": counted from the decision just made.
			from := max(lo, rd.first(p))
			b.event, b.eventWord = FromOtherEvent, rd.words(from, p-1)
		case t.text == "tang" && wordAt(toks, p+1, "them") && b != nil && rd.sentOf(p) == sb && b.from-p <= 3:
			b.ext = true // "được tăng thêm 03 ngày làm việc"
		case t.text == "truoc" && b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && !wordAt(toks, p-1, "lan") && // ("cách thời điểm xuất cảnh lần trước ít nhất 30 ngày": the previous time, an interval)
			(b.from == p+1 || b.from == p+3 && rd.minimumAt(p+1) || words2(toks, p+1, "thoi", "han") && (b.from == p+3 || b.from == p+5 && rd.minimumAt(p+3))):
			// ("… thông báo … trước ít nhất 01 ngày làm việc": ahead of
			// the event, by at least a day.)
			// "Trước thời hạn 03 tháng tính đến ngày hết hạn …", "Chậm
			// nhất trước 05 ngày dự kiến …": counted back from another
			// event.
			b.event, b.eventWord, b.lead = FromOtherEvent, rd.words(p, rd.clauseEnd(b.to, hi)), true
		case t.text == "truoc" && rd.leadTime(p) && b != nil && rd.sentOf(p) == sb && b.event == StartUnknown &&
			(b.from-p <= 10 || b.from-p <= 28 && rd.minimumAt(b.from-2) || b.from-p <= 16 && (words2(toks, b.from-2, "khong", "qua") || words2(toks, b.from-2, "toi", "da"))):
			// ("trước thời điểm khởi công thi công nạo vét tối đa không
			// quá 15 ngày": a lead time, at most.)
			// "Trước ngày kiểm tra ít nhất 02 ngày làm việc", "trước kỳ
			// sát hạch ít nhất 07 ngày làm việc", "Trước khi hết hạn sở
			// hữu nhà ở tối thiểu 03 tháng": counted back from another
			// event.
			b.event, b.eventWord, b.lead = FromOtherEvent, rd.words(p, b.from), true
		case isConditionAt(toks, p) && p >= exclUntil && rd.isIf(p):
			rd.condition(p, lo, hi, a, b, sa, sb)
		}
	}
	if b == nil {
		return
	}
	rd.readRole(a, b, lo, gapMarks{colon, openBracket, trongDo}, w)
}

// gapMarks are the marks a gap's words leave for readRole: the gap's last
// ":" (-1: none), a "(" not closed before the next duration, "trong đó"
// ("45 ngày, trong đó: …").
type gapMarks struct {
	colon       int
	openBracket bool
	trongDo     bool
}

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
	case a != nil && (rd.sentOf(p) == sa || a.to == p-1 && punctAt(toks, p-1, ";")) && (a.event == StartUnknown || (p == a.to || p == a.to+1 && punctAt(toks, a.to, ",")) && rd.afterOpens(a)):
		// ("Trong thời hạn 60 ngày; kể từ ngày đại hội thành viên ra
		// nghị quyết …": a semicolon for a comma.)
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
	case b != nil && rd.sentOf(p) == sb && b.event == StartUnknown:
		b.event, b.eventWord, b.eventEnd, b.eventAt = rd.classifyEvent(at, ext), rd.words(p, end), max(end, ext), at
	case (a == nil || rd.sentOf(p) != sa) && (b == nil || rd.sentOf(p) != sb) && rd.general == StartUnknown && rd.namesLimit(p):
		// "Thời hạn giải quyết … được tính từ khi nhận đủ hồ sơ
		// hợp lệ và chủ xe hoàn thành việc nộp lệ phí": a
		// sentence of its own about every limit of the text.
		to := min(hi, rd.last(p))
		rd.general, rd.generalWords = rd.classifyEvent(at, to), rd.words(p, to)
	}
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
				t.text == "neu" && rd.isIf(q) && rd.silenceFrom(q) ||
				// "kể từ khi nhận được báo cáo nếu cơ quan … không trả lời thì
				// …": silence, not the event.
				t.text == "ma" && rd.rareTokens()&rareWhereas != 0 && rd.lapseOpens(q) {
				// "kể từ ngày bán đấu giá hàng hóa mà không có người yêu cầu
				// nhận lại …": what did not happen in time, not the event.
				end = q
				break walk
			}
		case ":":
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
	if end < hi && punctAt(toks, end, ",") && (words2(toks, end-2, "to", "chuc") && words2(toks, end+1, "ca", "nhan") || words2(toks, end-2, "nguoi", "dan") && words2(toks, end+1, "doanh", "nghiep") || words2(toks, end-2, "tiep", "thu") || // ("người dân, doanh nghiệp": citizens and firms, as "tổ chức, cá nhân")
		(words2(toks, end-2, "day", "du") || words3(toks, end-3, "ho", "so", "du")) && words2(toks, end+1, "hop", "le") || // (also "hồ sơ đủ, hợp lệ")
		words2(toks, end-2, "hop", "le") && words2(toks, end+1, "chinh", "xac") ||
		words4(toks, end+1, "bao", "cao", "tham", "dinh") || // "kể từ ngày nhận được báo cáo của chủ đầu tư, báo cáo thẩm định của cơ quan …": papers listed
		words2(toks, end-2, "ho", "so") && (words2(toks, end+1, "le", "phi") || wordAt(toks, end+1, "phi")) || // "kể từ ngày nhận được hồ sơ, lệ phí đăng ký …": the fee listed with the dossier
		words2(toks, end-2, "xem", "xet") && (words2(toks, end+1, "quyet", "dinh") || words2(toks, end+1, "giai", "quyet")) || // "văn bản đề nghị xem xét, quyết định việc hỗ trợ của Sở …": two verbs of one request
		words2(toks, end-2, "tai", "lieu") && words2(toks, end+1, "chung", "cu")) { // ("đơn kháng cáo quá hạn và tài liệu, chứng cứ kèm theo do Tòa án cấp sơ thẩm chuyển đến")
		end = rd.clauseEnd(end+1, hi)
		if end < hi && punctAt(toks, end, ",") && words2(toks, end-2, "co", "quan") && words2(toks, end+1, "to", "chuc") {
			end = rd.clauseEnd(end+1, hi) // ("…, báo cáo thẩm định của cơ quan, tổ chức thẩm định và ý kiến của …")
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
		for q < hi && !rd.isSentenceEnd(q) && q-at < 40 && !(acted && punctAt(toks, q, ",")) {
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
			q++
		}
		ext = max(ext, q)
	}
	return end, ext
}

// readRole reads what the gap from token lo makes of the duration after
// it, b: a share of a breakdown, a labelled step or case, an agency's
// step, the same time again in brackets.
func (rd *reader) readRole(a, b *item, lo int, m gapMarks, w *gapWalk) {
	toks := rd.toks
	colon := m.colon
	// Breakdown: "07 ngày (Sở Nội vụ: 03 ngày; …)", "45 ngày, trong đó: - UBND cấp xã: 15 ngày",
	// "27 ngày làm việc, kể từ ngày nhận được hồ sơ hợp lệ:\n- 10 ngày làm việc cho Cục Tác chiến;\n- 07 ngày …".
	forWho := b.kind == iDur && wordAt(toks, b.to, "cho") && rd.agencyNameAt(b.to+1) && rd.startsLine(b.from)
	// "30 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định. Trong đó,
	// 05 ngày làm việc tại UBND cấp xã; 10 ngày làm việc tại Phòng Lao
	// động, TBXH; …": each share named by "tại" and its agency.
	forAt := b.kind == iDur && wordAt(toks, b.to, "tai") && rd.agencyNameAt(b.to+1) && (m.trongDo || w.breakdown)
	if a != nil && !a.condSet && !a.ext && !a.share && a.kind == iDur && (colon >= 0 &&
		((m.trongDo || m.openBracket) || forWho && colon <= max(a.to, a.eventEnd)) || m.trongDo && forAt) {
		w.breakdown = true
	}
	if w.breakdown && b.kind == iDur && (colon >= 0 || forWho || forAt) && !b.condSet && !b.ext {
		b.share = true
		if forWho || forAt {
			// The agency's words to the first comma, as in a bracket
			// ("Sở Nội vụ: 03 ngày, UBND cấp xã: 04 ngày" separates
			// shares by commas), so the canonical text reads back.
			b.who = rd.words(b.to+1, rd.clauseEnd(b.to+1, len(toks)))
		} else {
			b.who = rd.words(rd.whoStart(lo, colon), colon)
		}
	} else if b.kind != iNextDay {
		w.breakdown = false
	}
	if !b.share && !b.condSet && colon >= 0 && rd.introduces(colon+1, b.from) {
		from := rd.labelStart(lo, colon)
		switch {
		case rd.lawOrPracticeLabelAt(from, colon):
			// "- Theo quy định của pháp luật: 10 ngày làm việc, …\n- Theo
			// thực tế tại địa phương: 10 ngày làm việc, …": the legal limit
			// and the local practice of one step, the same limit when they
			// agree (two limits when they differ, read as such).
		case rd.stepLabelAt(from, colon):
			b.step = true
		case rd.caseLabelAt(from, colon):
			b.cond, b.condSet = rd.words(from, colon), true
		case rd.listLabelAt(from, colon) && rd.listedCaseLabel(from, colon):
			b.cond, b.condSet = rd.words(from, colon), true
		case rd.listLabelAt(from, colon):
			// "- Cấp xã: Không quá 07 ngày làm việc.\n- Cấp tỉnh: Không
			// quá 07 ngày làm việc.": each line is one level's or one
			// agency's, never a restatement of another line.
			b.step = true
		}
	}
	// "05 ngày làm việc, Bộ Xây dựng có văn bản chấp thuận; 05 ngày
	// làm việc, Cục, Sở ban hành quyết định": each duration is a step
	// of a named agency.
	if punctAt(toks, b.to, ",") && rd.agencyNameAt(b.to+1) {
		b.step = true
	}
	// "a) Đơn vị nhận được đơn đề nghị … giải quyết trong thời hạn 15 ngày
	// làm việc;\nb) Bộ trưởng Bộ Giáo dục và Đào tạo xem xét quyết định …
	// trong thời hạn 15 ngày làm việc.": lettered items, the next opening
	// with a body of its own, are two steps, never one time said twice.
	if a != nil && rd.letteredBodyStep(a, b) {
		b.step = true
	}
	// "01 năm (12 tháng)": the same time again in brackets.
	if a != nil && punctAt(toks, a.to, "(") && b.from == a.to+1 && punctAt(toks, b.to, ")") {
		b.restates = true
	}
	if !b.excluded {
		w.prevReal = b
	}
}

// letteredBodyStep reports whether durations a and b stand in two lettered
// list items ("a) …", "b) …") of their own, b's opening with a public
// body's name after its letter.
func (rd *reader) letteredBodyStep(a, b *item) bool {
	toks := rd.toks
	la, lb := rd.lineStart(a.from), rd.lineStart(b.from)
	if la < 0 {
		la = rd.first(a.from) // the text's first item: no line break before it
	}
	return lb > la && letterMarkAt(toks, la) && letterMarkAt(toks, lb) && rd.agencyNameAt(lb+2)
}

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
		if k > 0 && it.kind == iDur && rd.sameTermAfter(&rd.items[k-1], it) {
			it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, rd.items[k-1].detail
		}
		rd.settleCase(k, it)
	}
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

// lawOrPracticeLabelAt reports whether the label [from, colon) names the
// legal limit or the local practice ("Theo quy định của pháp luật", "Theo
// thực tế tại địa phương"), as provincial catalogues set them side by side.
func (rd *reader) lawOrPracticeLabelAt(from, colon int) bool {
	toks := rd.toks
	p := pastListLetter(toks, from, colon)
	return words3(toks, p, "theo", "quy", "dinh") || words3(toks, p, "theo", "thuc", "te")
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

// namedEvent finds the event that a duration [from, to) with no count of
// its own runs from, named around it: the first of the finders below, in
// this order, that finds one. It returns where the event's words start and
// end, and whether the duration is a lead time (counted back from the
// event). (A switch, not a table of function values: a reader passed to a
// function value would escape to the heap on every read.)
func (rd *reader) namedEvent(from, to int) (at, end int, lead, ok bool) {
	for k := 0; !ok && k < 16; k++ {
		switch k {
		case 0:
			// "Trường hợp phát hiện định giá sai …, ngân hàng giám sát phải
			// thông báo … trong thời hạn hai mươi bốn (24) giờ": counted
			// from the finding (as "kể từ khi phát hiện").
			at, end, ok = rd.findingOpens(from)
		case 1:
			// "Căn cứ công văn đề nghị của cơ quan chủ quản, trong thời hạn
			// 05 ngày làm việc, Bộ Kế hoạch và Đầu tư gửi …": counted from
			// the body's paper the act rests on.
			at, end, ok = rd.bodyPaperBasisOpens(from)
		case 2:
			// "sau 6 tháng theo thời gian trên, người có đăng ký xe máy …
			// phải sát hạch lại": counted from the date named before.
			at, end, ok = rd.dateNamedAbove(to)
		case 3:
			// "Cơ quan chuyên môn … chuyển thông tin đến cơ quan xây dựng
			// …; trong vòng 03 ngày làm việc, Cơ quan xây dựng xác định …":
			// counted from what the body before the semicolon passed on.
			at, end, ok = rd.passedOnBefore(from)
		case 4:
			// "Trường hợp cần bổ sung thành phần hồ sơ thì người yêu cầu có
			// trách nhiệm hoàn thiện hồ sơ trong 07 ngày làm việc": the
			// filer's own time to mend, counted from the request to.
			at, end, ok = rd.filerMendsBefore(from)
		case 5:
			// "thời gian trả lời xác minh đối với nội dung xác minh về cư
			// trú không quá 02 ngày làm việc": an answer to another body's
			// request to verify, counted from that request.
			at, end, ok = rd.verifyAnswerBefore(from)
		case 6:
			// "Đối với các hạng mục công việc được đánh giá là “không đạt
			// yêu cầu”, trong vòng 05 ngày, đơn vị thực hiện bảo trì phải
			// sửa chữa …": counted from the rating.
			at, end, ok = rd.ratedCaseOpens(from)
		case 7:
			// "Trong thời hạn năm ngày làm việc, các cơ quan nói trên phải
			// trả lời bằng văn bản cho Chấp hành viên về những nội dung yêu
			// cầu đó": an answer to a body's request, counted from it.
			at, end, ok = rd.answerToBodyAfter(to)
		case 8:
			// "Đơn vị quản lý lưới điện có trách nhiệm trả lời bằng văn bản
			// điện tử … cho Ủy ban nhân dân cấp tỉnh trong thời hạn tối đa
			// 03 ngày làm việc": the same, the answer named before.
			at, end, ok = rd.answerToBodyBefore(from)
		case 9:
			// "Tổ chức tôn giáo … trước khi thuyên chuyển chức sắc … có
			// trách nhiệm thông báo bằng văn bản … chậm nhất là 20 ngày.":
			// a lead time, its event named earlier in the sentence.
			at, end, ok = rd.leadNamedEarlier(from, to)
			lead = ok
		case 10:
			// "Các cơ quan được hỏi ý kiến có trách nhiệm trả lời bằng văn
			// bản trong thời hạn 12 ngày": a consulted body's answer,
			// counted from the request for its opinion.
			at, end, ok = rd.consultedBefore(from)
		case 11:
			// "Trường hợp, tổ chức giám định phải khắc phục các nội dung quy
			// định trong biên bản đánh giá thực tế, trong thời hạn không quá
			// 30 ngày, tổ chức giám định phải gửi báo cáo …": the filer's
			// own time to remedy, counted from the record of what to fix.
			at, end, ok = rd.filerRemedyOpens(from)
		case 12:
			// "… chi bộ chỉ định Hội đồng quân nhân …; trong thời hạn 3
			// tháng phải tiến hành đại hội", "khi trở về nơi cư trú …
			// trong thời hạn 10 ngày làm việc": counted from that act.
			at, end, ok = rd.actBefore(from)
		case 13:
			// "Hội đồng thẩm định ban hành Báo cáo kết quả thẩm định sau 02
			// ngày họp thẩm định": so many days after the meeting.
			at, end, ok = rd.meetingAfter(from, to)
		case 14:
			// "Cơ quan tiếp nhận có văn bản yêu cầu nội dung cần tiếp tục
			// khắc phục, sửa chữa và nộp báo cáo bổ sung trong vòng 45
			// ngày": the facility's time to remedy, counted from the
			// request.
			at, end, ok = rd.remedyRequestedBefore(from)
		case 15:
			// "Sau thời hạn 15 ngày công khai kết quả xét bổ nhiệm, người
			// đứng đầu cơ sở giáo dục đại học ra quyết định …": a wait after
			// a posting, counted from it.
			at, end, ok = rd.postingAfter(from, to)
		}
	}
	return at, end, lead, ok
}

// meetingAfter reports whether the duration [from, to) is "sau N ngày"
// followed at once by a meeting ("họp thẩm định", "họp Hội đồng"): the
// days run from the meeting. It returns the meeting's words.
func (rd *reader) meetingAfter(from, to int) (int, int, bool) {
	toks := rd.toks
	if !wordAt(toks, from-1, "sau") || !wordAt(toks, to, "hop") {
		return 0, 0, false
	}
	return to, rd.clauseEnd(to+1, len(toks)), true
}

// postingAfter reports whether the duration [from, to) is followed at once
// by a posting or an announcement of results ("15 ngày công khai kết quả
// xét bổ nhiệm", "sau thời hạn 15 ngày công bố kết quả") and then by a
// comma and what is done after it: a wait counted from the posting. It
// returns the posting's words.
func (rd *reader) postingAfter(from, to int) (int, int, bool) {
	toks := rd.toks
	if !(words2(toks, to, "cong", "khai") || words2(toks, to, "cong", "bo")) || !words2(toks, to+2, "ket", "qua") {
		return 0, 0, false
	}
	end := rd.clauseEnd(to+2, len(toks))
	if !punctAt(toks, end, ",") {
		return 0, 0, false
	}
	return to, end, true
}

// remedyRequestedBefore reports whether a request to remedy ("yêu cầu …
// khắc phục") stands before the duration at p in its sentence, and the act
// right before the duration is the addressee's submission ("nộp báo cáo
// bổ sung trong vòng 45 ngày"): its time, counted from the request. It
// returns the request's words.
func (rd *reader) remedyRequestedBefore(p int) (int, int, bool) {
	toks := rd.toks
	nop := -1
	for q := p - 1; q >= 0 && q >= p-8 && !rd.isBreak(q); q-- {
		if wordAt(toks, q, "nop") {
			nop = q
			break
		}
	}
	if nop < 0 {
		return 0, 0, false
	}
	remedy := false
	for q := nop - 1; q >= 1 && q >= nop-24 && !rd.isSentenceEnd(q); q-- {
		remedy = remedy || words2(toks, q, "khac", "phuc")
		if words2(toks, q, "yeu", "cau") && remedy {
			return q, nop, true
		}
	}
	return 0, 0, false
}

// findingOpens reports whether the sentence of p opens with a finding
// ("Trường hợp phát hiện …", "Khi phát hiện …", "Nếu phát hiện …"): it
// returns the finding's clause.
func (rd *reader) findingOpens(p int) (int, int, bool) {
	toks := rd.toks
	if s := rd.opening(p); words4(toks, s, "truong", "hop", "phat", "hien") || (wordAt(toks, s, "khi") || wordAt(toks, s, "neu")) && words2(toks, s+1, "phat", "hien") {
		return s, rd.clauseEnd(s, p), true
	}
	return 0, 0, false
}

// dateNamedAbove reports whether the words after a duration ending at to
// count it from a date named before ("theo thời gian trên", "theo thời hạn
// nói trên"): it returns those words.
func (rd *reader) dateNamedAbove(to int) (int, int, bool) {
	toks := rd.toks
	if wordAt(toks, to, "theo") && (words2(toks, to+1, "thoi", "gian") || words2(toks, to+1, "thoi", "han")) && (wordAt(toks, to+3, "tren") || words2(toks, to+3, "noi", "tren")) {
		return to, to + 4, true
	}
	return 0, 0, false
}

// passedOnBefore reports whether the clause closed by a semicolon before
// the sentence of p has a public body send something on (bodyFiledBefore):
// it returns that clause.
func (rd *reader) passedOnBefore(p int) (int, int, bool) {
	if !rd.bodyFiledBefore(p) {
		return 0, 0, false
	}
	end := rd.first(p) - 1 // the semicolon
	return rd.first(end - 1), end, true
}

// settleStart settles the event a duration counts from where the gaps
// left it unknown or read it as receipt: a paper of another body, a lead
// time named before a minimum or opening the sentence, an act before the
// duration, the end or lapse of a term, a notice that sets the time, the
// end of a period, the expiry of a paper still valid.
func (rd *reader) settleStart(it *item) {
	toks := rd.toks
	if it.event == FromReceipt && it.eventEnd > 0 && (rd.answersAgency(it) || rd.submittedBefore(it) || rd.bodyFiledBefore(it.from) || rd.requestPassedOn(it) || rd.dossierForOpinions(it) || rd.supplementsOnRequest(it) || rd.resultSentToBodyBefore(it) || rd.filerFilesAfter(it)) {
		it.event = FromOtherEvent
	}
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
	if it.event == StartUnknown && it.kind == iDur {
		// A duration with no count of its own: the event named around it.
		if at, end, lead, ok := rd.namedEvent(it.from, it.to); ok {
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
	} else if it.kind == iBad && it.err == ErrLimitSyntax {
		// "… cấp Giấy chứng nhận … với thời hạn hiệu lực không quá năm
		// (05) năm": a duration in a unit not modelled is no limit
		// either where its words say so.
		if why := rd.notALimit(it); why != "" {
			it.kind, it.detail = iNotLimit, why
		}
	}
}

// settleCase gives an ordinary duration the case its words make it: the
// return of a dossier, a case after it, a place, a list item's subject, a
// second round, a disagreement; failing these, it counts from a change
// named after it.
func (rd *reader) settleCase(k int, it *item) {
	toks := rd.toks
	if it.kind == iDur && it.condSet && !it.normal && it.event == FromReceipt && rd.lapseOfActIn(it) {
		// "Trường hợp Chủ tịch Hội đồng thành viên không triệu tập họp …
		// theo yêu cầu của thành viên … trong thời hạn 15 ngày, kể từ ngày
		// nhận được yêu cầu thì thành viên … triệu tập họp": the case is
		// the lapse of the act the duration times, which states the
		// actor's limit from the filing; no case beside it.
		it.cond, it.normal = "", true
	}
	if it.kind == iDur && !it.condSet && !it.share && !it.ext && !it.excluded {
		// "Thời gian thông báo trả lại hồ sơ không quá 03 ngày làm việc",
		// "… thông báo cho tổ chức, cá nhân đăng ký biết để hoàn thiện đối
		// với những trường hợp hồ sơ không đạt yêu cầu": the duration is
		// that case's, not the ordinary path's.
		at, end, ok := rd.returnedDossierCase(it.from)
		if !ok {
			at, end, ok = rd.trailingCase(k)
		}
		if !ok {
			at, end, ok = rd.placeCase(it.from)
		}
		if !ok {
			at, end, ok = rd.listItemSubject(it.from)
		}
		if !ok {
			at, end, ok = rd.secondRound(it.from)
		}
		if !ok {
			at, end, ok = rd.disagreeCase(k)
		}
		if !ok {
			at, end, ok = rd.failingReceipt(it)
		}
		if !ok {
			at, end, ok = rd.amendNoticeOnly(it)
		}
		if !ok && it.event == StartUnknown {
			if c, ok := rd.changeAfter(k); ok {
				// "Chậm nhất 10 ngày làm việc, doanh nghiệp … phải thực
				// hiện thông báo bổ sung trong trường hợp có thay đổi
				// thông tin đã thông báo": from the change.
				end := rd.clauseEnd(c, len(toks))
				if c < it.from {
					// "Thay đổi thông tin trong 30 ngày": the change, up to the
					// duration and its "trong".
					end = it.from
					if wordAt(toks, end-1, "trong") {
						end--
					}
				}
				it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(c, end), end
			}
		}
		if ok {
			it.cond, it.condSet = rd.words(at, end), true
		}
	}
}

// parallelPlaceBetween reports whether the tokens [p, q) between two
// durations are ", tại <a place>" and a cap ("không quá", "tối đa") right
// before the second: the same term at another place.
func (rd *reader) parallelPlaceBetween(p, q int) bool {
	toks := rd.toks
	return q-p <= 12 && punctAt(toks, p, ",") && wordAt(toks, p+1, "tai") &&
		(words2(toks, q-2, "khong", "qua") || words2(toks, q-2, "toi", "da"))
}

// lapseOfActIn reports whether duration it stands inside a case ("Trường
// hợp …", "nếu …", at most fifty tokens back in its sentence, no colon
// between) that is the lapse of an act: "không" and a verb of acting
// ("thực hiện", "tiến hành", "triệu tập", "giải quyết", "trả lời", "xử
// lý", "ban hành") in the case, before its "thì" or the sentence's end. A
// failing dossier ("không đầy đủ"), a refusal ("không cấp") or an
// inability ("không thực hiện được") is no lapse.
func (rd *reader) lapseOfActIn(it *item) bool {
	toks := rd.toks
	at := -1
	for q := it.from - 1; q >= 0 && q >= it.from-50 && !rd.isSentenceEnd(q); q-- {
		if punctAt(toks, q, ":") {
			return false // "- Trường hợp không thực hiện được: Trả lời …": a case's label
		}
		if words2(toks, q, "truong", "hop") || wordAt(toks, q, "neu") && rd.isIf(q) {
			at = q
			break
		}
	}
	if at < 0 {
		return false
	}
	end := int(toks[at].thi)
	if end < it.to {
		return false // the duration follows the case's "thì": the case's own
	}
	for q := at + 1; q < end && q < len(toks) && q < it.eventEnd+20 && !rd.isSentenceEnd(q); q++ {
		if toks[q].text != "khong" {
			continue
		}
		switch {
		case wordAt(toks, q+3, "duoc"):
			// "không thực hiện được": unable, a failing case.
		case words2(toks, q+1, "thuc", "hien"), words2(toks, q+1, "tien", "hanh"), words2(toks, q+1, "trieu", "tap"),
			words2(toks, q+1, "giai", "quyet"), words2(toks, q+1, "tra", "loi"), words2(toks, q+1, "xu", "ly"), words2(toks, q+1, "ban", "hanh"):
			return true
		}
	}
	return false
}

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

// applyHeading gives every ordinary duration the condition that heads the
// whole text: the heading read before ("(2) Trường hợp giao nộp mẫu
// vật:"), or a label of one case before the first duration.
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
	}
	if rd.heading != "" {
		for k := range rd.items {
			if it := &rd.items[k]; (!it.condSet || it.normal) && !it.share && !it.excluded && !it.ext {
				it.cond, it.condSet, it.normal = rd.heading, true, false
			}
		}
	}
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

// filerRequestIn reports whether the grounds [q, end) are the filer's own
// request: "Trên cơ sở văn bản đề nghị nghiệm thu của tổ chức, cá nhân, …"
// is the filing, counted from its receipt, not another body's paper.
func (rd *reader) filerRequestIn(q, end int) bool {
	toks := rd.toks
	request := false
	for r := q; r < end; r++ {
		switch {
		case words2(toks, r, "de", "nghi") || words2(toks, r, "yeu", "cau") || wordAt(toks, r, "don"):
			request = true
		case request && wordAt(toks, r, "cua") && rd.filerAt(r+1) && (!wordAt(toks, r+1, "nguoi") || wordAt(toks, r+2, "dan")):
			return true
		}
	}
	return false
}

// whoStart returns where the agency's words before the colon at c begin:
// after the last separator or "trong đó", or at lo, the end of the share
// before ("(Sở Nội vụ: 03 ngày, UBND cấp xã: 04 ngày)"). A comma does not
// end them: "Sở Văn hóa, Thể thao và Du lịch" is one body.
func (rd *reader) whoStart(lo, c int) int {
	for p := c - 1; p >= lo; p-- {
		t := rd.toks[p]
		if t.kind == tokPunct && (t.text == ";" || t.text == "(" || t.text == "\n" || t.text == "+" || (t.text == "-" && t.space) || t.text == ":") {
			return p + 1
		}
		if words2(rd.toks, p, "trong", "do") {
			return p + 2
		}
	}
	return lo
}

// extends reports whether "kéo dài"/"gia hạn" at p extends the limit ("có
// thể kéo dài", "được gia hạn", "thì gia hạn", "kéo dài thêm") rather than
// naming a renewal ("cấp mới và gia hạn GCN", "Trường hợp gia hạn Quyết
// định").
func (rd *reader) extends(p int) bool {
	toks := rd.toks
	if kindAt(toks, p+2, tokNum) && (wordAt(toks, p+4, "nua") || words3(toks, p+4, "lam", "viec", "nua")) {
		return true // "có thể đề nghị gia hạn 10 ngày nữa": so many more days
	}
	if words2(toks, p-2, "de", "nghi") || words2(toks, p-2, "chap", "thuan") || words2(toks, p-2, "dieu", "kien") || wordAt(toks, p+2, "nop") {
		// ("đối tượng được gia hạn nộp thuế": a deferral of payment.)
		// "chấp thuận đề nghị gia hạn thời hạn của trái phiếu", "điều kiện
		// gia hạn thời hạn hoạt động": the matter, not the limit.
		return false
	}
	if wordAt(toks, p+2, "giay") {
		return false // "… gia hạn giấy đăng ký lưu hành": the matter, a paper extended
	}
	if words2(toks, p-2, "khong", "duoc") {
		// "nhưng không được kéo dài quá 7 ngày kể từ ngày nhận được đơn": a
		// cap on the limit itself, no extension.
		return false
	}
	if words4(toks, p+2, "thoi", "han", "nang", "luong") {
		// "bị xử lý kỷ luật kéo dài thời hạn nâng lương sau 06 tháng": a
		// sanction (Bộ luật Lao động 2019 Điều 124 khoản 2), not an
		// extension of a limit.
		return false
	}
	// ("Cục Quản lý Dược gia hạn": "Dược", not "được", told by its "D".)
	return wordAt(toks, p-1, "the") || wordAt(toks, p-1, "duoc") && !strings.HasPrefix(rd.original(p-1), "D") || wordAt(toks, p-1, "thi") ||
		wordAt(toks, p+2, "them") || wordAt(toks, p+2, "hon") || words2(toks, p+2, "thoi", "han") ||
		words2(toks, p+2, "mot", "lan") // "Vụ việc phức tạp: Gia hạn một lần nhưng không quá 30 ngày"
}

// namesLimit reports whether the sentence of token p speaks of the time
// limit ("thời hạn", "thời gian giải quyết", "thời gian trả kết quả")
// before p.
func (rd *reader) namesLimit(p int) bool {
	toks := rd.toks
	if rd.namesSent == int32(toks[p].sent)+1 {
		return rd.names // asked before in this sentence: a sentence is walked once
	}
	rd.namesSent, rd.names = int32(toks[p].sent)+1, false
	for q, end := rd.first(p), rd.last(p); q < end; q++ {
		if words2(toks, q, "thoi", "han") || words2(toks, q, "thoi", "gian") {
			rd.names = q < p
			break
		}
	}
	return rd.names
}

// original returns the original text of token p.
func (rd *reader) original(p int) string {
	t := rd.toks[p]
	w := rd.f.src[rd.f.orig[t.at]:rd.f.orig[t.end]]
	for i := 0; i < len(w); i++ {
		if w[i] == 0xCC || w[i] == 0xCD {
			// A combining mark (U+0300–U+036F leads with these bytes and
			// no other rune contains them): a decomposed word ("xã" as "xa"
			// and U+0303) is composed, so that the checks of its letters
			// read it as the composed one.
			return norm.NFC.String(w)
		}
	}
	return w
}

// isSentenceEnd reports whether toks[i] ends a sentence.
//
// A full stop inside a number or a heading's code, with no space either
// side and a digit after ("Mục II.1 Phụ lục II"), ends nothing. Asked
// often, it was answered once for each token by tokenize (token.ends).
func (rd *reader) isSentenceEnd(i int) bool {
	return rd.toks[i].ends
}

// clauseEnd returns the first clause break at or after p, or hi.
func (rd *reader) clauseEnd(p, hi int) int {
	for ; p < hi; p++ {
		if rd.isBreak(p) {
			return p
		}
	}
	return hi
}

// minimumAt reports whether "tối thiểu" or "ít nhất" stands at p.
func (rd *reader) minimumAt(p int) bool {
	return words2(rd.toks, p, "toi", "thieu") || words2(rd.toks, p, "it", "nhat") || words2(rd.toks, p, "ngan", "nhat") // ("thời gian bảo lưu ngắn nhất 7 ngày")
}

// listLabelAt reports whether the words [from, colon) are the label of a
// list line ("- Cấp xã", "+ Cơ quan đại diện ngoại giao …"): a list mark
// or a line break stands before them, and they do not name the limit itself ("- Thời hạn
// giải quyết:").
func (rd *reader) listLabelAt(from, colon int) bool {
	toks := rd.toks
	for from < colon && punctAt(toks, from, "-") {
		from++ // "\n- Cấp tỉnh:": labelStart stops at the line break
	}
	if from < 1 || from >= colon {
		return false
	}
	if m := toks[from-1]; m.kind != tokPunct || !(m.text == "+" || m.text == "*" || m.text == "-" && (m.space || punctAt(toks, from-2, "\n")) || m.text == "\n") {
		return false
	}
	for q := from; q < colon; q++ {
		if words2(toks, q, "thoi", "han") || words2(toks, q, "thoi", "gian") {
			return false
		}
	}
	return kindAt(toks, from, tokWord)
}

// listedCaseLabel reports whether a list line's label [from, colon), as
// listLabelAt finds it, names a case rather than a level or an agency:
// four words or more, with a negation, that open with no agency's name or
// level ("- Cảng thủy nội địa không tiếp nhận phương tiện thủy nước
// ngoài: Trong thời hạn 05 ngày làm việc …"). (Any such label of four
// words or more cost five tuning and seven held-out limits.)
func (rd *reader) listedCaseLabel(from, colon int) bool {
	toks := rd.toks
	for from < colon && toks[from].kind == tokPunct {
		from++
	}
	words, negated := 0, false
	for q := from; q < colon; q++ {
		if toks[q].kind == tokWord {
			words++
			negated = negated || (wordAt(toks, q, "khong") && !wordAt(toks, q+1, "qua") || wordAt(toks, q, "chua")) &&
				!punctAt(toks, q-1, "/") && !wordAt(toks, q-1, "hoac") // ("Hồ sơ được chấp nhận/không chấp nhận:": both outcomes)
		}
	}
	return words >= 4 && negated && !rd.agencyNameAt(from) && !wordAt(toks, from, "cap") && !wordAt(toks, from, "buoc")
}

// startsLine reports whether the duration at p opens a list line: only
// list marks stand between it and a line break or a colon.
func (rd *reader) startsLine(p int) bool {
	for q := p - 1; q >= 0; q-- {
		switch t := rd.toks[q]; {
		case t.kind != tokPunct:
			return false
		case t.text == "\n" || t.text == ":":
			return true
		case t.text != "-" && t.text != "+" && t.text != "*":
			return false
		}
	}
	return false
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

// returnBefore returns where "khi (trở) về nơi …" stands in [q, p), at
// most twenty tokens before the duration at p and with only the words that
// introduce it ("trong thời hạn") after its place: a person's return, the
// event a registration counts from; or 0.
func (rd *reader) returnBefore(q, p int) int {
	toks := rd.toks
	if !withinCueBefore(toks, p) {
		return 0
	}
	for k := p - 4; k > q && k >= p-20; k-- {
		if toks[k].kind == tokPunct && toks[k].text != "," {
			return 0
		}
		if toks[k].text == "khi" && (words2(toks, k+1, "ve", "noi") || words3(toks, k+1, "tro", "ve", "noi")) {
			return k
		}
	}
	return 0
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

// resultGrounds reports whether the words at q ground an act on a result
// or a paper: "Căn cứ (vào) kết quả …", "Căn cứ ý kiến …", "Căn cứ biên bản
// …". ("Căn cứ mức độ tổn hại …, trong thời hạn 05 ngày làm việc" grounds
// it on a matter, labelled a limit.)
func (rd *reader) resultGrounds(q int) bool {
	toks := rd.toks
	if !words2(toks, q, "can", "cu") {
		return false
	}
	q += 2
	if wordAt(toks, q, "vao") {
		q++
	}
	return words2(toks, q, "ket", "qua") || words2(toks, q, "y", "kien") || words2(toks, q, "bien", "ban") || words2(toks, q, "ket", "luan") || words2(toks, q, "bao", "cao")
}

// leadNamedEarlier reports where the event of a lead time is named when
// the duration [from, to) closes its sentence after "chậm nhất (là)" and
// the sentence said "trước khi …" earlier: the words from "trước khi" to
// the end of their clause.
func (rd *reader) leadNamedEarlier(from, to int) (int, int, bool) {
	toks := rd.toks
	if !(latestAt(toks, from-2) || latestAt(toks, from-3) && wordAt(toks, from-1, "la")) || to < len(toks) && !rd.isSentenceEnd(to) {
		return 0, 0, false
	}
	for q := rd.first(from); q < from-3; q++ {
		if toks[q].text == "truoc" && wordAt(toks, q+1, "khi") {
			return q, rd.clauseEnd(q, from), true
		}
	}
	return 0, 0, false
}

// consultedBefore reports where the subject of the sentence before p names a
// body consulted ("cơ quan, tổ chức được lấy ý kiến", "các cơ quan được
// hỏi ý kiến", "… được xin ý kiến"): the words "được … ý kiến", whose
// request the body answers.
func (rd *reader) consultedBefore(p int) (int, int, bool) {
	toks := rd.toks
	for q := max(rd.first(p), p-30); q < p; q++ {
		if toks[q].text == "tham" && words4(toks, q, "tham", "gia", "y", "kien") && rd.agencyNameAt(rd.opening(q)) {
			// "Các Sở, Ngành có trách nhiệm tham gia ý kiến thẩm định …
			// trong thời gian không quá 10 ngày": bodies give opinions,
			// counted from the request for them.
			return q, q + 4, true
		}
		if toks[q].text != "duoc" || !words2(toks, q+2, "y", "kien") || !(wordAt(toks, q+1, "lay") || wordAt(toks, q+1, "hoi") || wordAt(toks, q+1, "xin")) {
			continue
		}
		for r := q - 1; r >= 0 && r >= q-4 && !rd.isSentenceEnd(r); r-- {
			if words2(toks, r, "co", "quan") || words2(toks, r, "to", "chuc") || words2(toks, r, "dia", "phuong") || words2(toks, r, "don", "vi") {
				return q, q + 4, true
			}
		}
	}
	return 0, 0, false
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
// body's.
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

// filerFilesAfter reports whether the count of duration it, from a form
// received, is followed by the filer who must then file ("Trong thời hạn
// không quá 10 ngày làm việc, kể từ ngày nhận được tờ khai, tổ chức, cá
// nhân có trách nhiệm hoàn thành 02 tờ khai và nộp cho cơ quan …"): the
// filer received a paper from the body, and its own time runs from that.
func (rd *reader) filerFilesAfter(it *item) bool {
	toks := rd.toks
	q := it.eventEnd
	if !punctAt(toks, q, ",") || !words2(toks, q-2, "to", "khai") || !rd.filerAt(q+1) {
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
			return duty
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
	if it.eventEnd-it.eventAt > 8 {
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
func (rd *reader) decisionBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-30 && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q, "quyet", "dinh") && (wordAt(toks, q-1, "ra") || wordAt(toks, q-1, "ban")) ||
			words2(toks, q, "ban", "hanh") || words3(toks, q, "co", "van", "ban") || words2(toks, q, "chi", "dinh") {
			return true
		}
	}
	return false
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
			words3(toks, q, "thong", "bao", "cho") && rd.agencyNameAt(q+3) || words6(toks, q, "thong", "bao", "bang", "van", "ban", "cho") && rd.agencyNameAt(q+6) ||
			words2(toks, q, "gop", "y") || words2(toks, q, "y", "kien") && (wordAt(toks, q-1, "gui") || wordAt(toks, q-1, "cho") || words2(toks, q-2, "duoc", "lay") || words2(toks, q-2, "tham", "gia")) { // ("Cục … có trách nhiệm tham gia ý kiến … kể từ ngày nhận được đề nghị")
			// "… có văn bản trả lời Bộ Ngoại giao", "Sở Quy hoạch - Kiến trúc
			// có trách nhiệm gửi ý kiến góp ý trong vòng 07 ngày kể từ
			// ngày nhận được đề nghị": a body answers or gives its opinion.
			return true
		}
	}
	return false
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

// listBreakdown reads a total followed by list lines, each with one
// duration of the same unit, as the total's breakdown when the lines add
// up to it: "Trong thời hạn 02 ngày làm việc … kể từ ngày nhận đủ hồ sơ
// hợp lệ.\n- Tại Sở Văn hóa, Thể thao và Du lịch 01 ngày làm việc;\n- Tại
// Văn phòng Ủy ban nhân dân tỉnh 01 ngày làm việc." Lines that do not add
// up are left as they are (alternatives): only the sum makes them shares.
func (rd *reader) listBreakdown() {
	plain := plainDuration
	for k := 0; k < len(rd.items); k++ {
		total := &rd.items[k]
		tl, ok := total.p.Limit()
		if !plain(total) || !ok {
			continue
		}
		var sum int64
		bodies := true // every line names a body ("+ Bộ phận TN&TKQ: 02 ngày")
		j := k + 1
		for ; j < len(rd.items); j++ {
			it := &rd.items[j]
			l, ok := it.p.Limit()
			shorthand := l.unit == UnitCalendarDays && tl.unit == UnitWorkingDays // "05 ngày làm việc\n+ Bộ phận: 02 ngày": the total's days
			if it.kind == iBad && it.fracDays > 0 && tl.unit == UnitWorkingDays {
				// "5,5 ngày làm việc, cụ thể: … 0,5 ngày": half a day of the
				// total's working days.
				l, ok, shorthand = Limit{hundredths: it.fracDays, unit: UnitWorkingDays}, !it.condSet && !it.ext && !it.excluded && !it.restates, true
			} else if !plain(it) {
				break
			}
			if !ok || l.unit != tl.unit && !shorthand || rd.lineStart(it.from) < 0 || rd.sentOf(it.from) == rd.sentOf(total.from) {
				break
			}
			bodies = bodies && rd.bodyLine(rd.lineStart(it.from))
			sum += int64(l.hundredths)
		}
		if j-k-1 < 2 {
			continue
		}
		if ls := rd.lineStart(total.from); sum != int64(tl.hundredths) && bodies && ls >= 0 && rd.bodyLine(ls) {
			bodies = false // the "total" is itself one body's line ("- UBND xã: 05 ngày")
		}
		if sum != int64(tl.hundredths) && !bodies {
			// Lines of bodies under a total are its breakdown even when
			// they do not add up: the mismatch is reported, not hidden as
			// alternatives.
			continue
		}
		for q := k + 1; q < j; q++ {
			it := &rd.items[q]
			if it.kind == iBad {
				it.kind, it.err, it.detail = iDur, nil, ""
				it.p = PeriodOf(Limit{hundredths: it.fracDays, unit: UnitWorkingDays})
			}
			rd.markLineShare(it)
		}
		k = j - 1
	}
}

// plainDuration reports whether it is a duration with nothing attached
// that could make it a total or a share of a breakdown: no case, no
// extension, no excluded time, not already a share or a restatement.
func plainDuration(it *item) bool {
	return it.kind == iDur && !it.condSet && !it.ext && !it.share && !it.excluded && !it.restates
}

// markLineShare makes the duration it, on a list line of its own, a share
// of a breakdown, named by the line's label: the body or the step before
// its amount ("- Tại Sở Văn hóa …: 01 ngày làm việc", "- Thời hạn thẩm định
// hồ sơ lần đầu: 15 ngày làm việc"), else the body after "cho".
func (rd *reader) markLineShare(it *item) {
	toks := rd.toks
	it.share = true
	from := rd.lineStart(it.from)
	for from < it.from && (toks[from].kind == tokPunct || wordAt(toks, from, "tai")) {
		from++ // "- Tại Sở Văn hóa …": the body, not the preposition
	}
	to := it.from
trim:
	for to > from { // "Thời hạn trả kết quả: tối đa 30 ngày": the label, not "tối đa"
		switch {
		case toks[to-1].kind == tokPunct, wordAt(toks, to-1, "la"):
			to--
		case words2(toks, to-2, "toi", "da"), words2(toks, to-2, "khong", "qua"), latestAt(toks, to-2), words2(toks, to-2, "trong", "vong"):
			to -= 2
		case words3(toks, to-3, "trong", "thoi", "han"), words3(toks, to-3, "trong", "thoi", "gian"):
			to -= 3
		default:
			break trim
		}
	}
	if from < to {
		it.who = rd.words(from, to)
	} else if wordAt(toks, it.to, "cho") {
		it.who = rd.words(it.to+1, rd.clauseEnd(it.to+1, len(toks)))
	}
}

// bodyLine reports whether the list line starting at p names a public
// body first ("Bộ phận tiếp nhận và trả kết quả", "Văn phòng đăng ký đất
// đai", "UBND cấp xã", "Sở …", "Tại Phòng …").
func (rd *reader) bodyLine(p int) bool {
	toks := rd.toks
	for p < len(toks) && toks[p].kind == tokPunct {
		p++
	}
	if wordAt(toks, p, "tai") {
		p++
	}
	return words2(toks, p, "bo", "phan") || words2(toks, p, "van", "phong") || rd.agencyNameAt(p)
}

// lineStart returns the first token of the list line that holds token p
// (after its line break and list mark), or -1 when p's line is no list
// line, holds a full stop or semicolon before p, or starts more than
// sixty-four tokens before p (a step's label with a list of bodies, "+ Bộ
// phận một cửa của bộ, cơ quan ngang bộ, cơ quan khác báo người có thẩm
// quyền giao cơ quan, tổ chức, đơn vị tổng hợp, xem xét hồ sơ … : trong 02
// ngày làm việc", runs past forty).
func (rd *reader) lineStart(p int) int {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-64; q-- { // a list line's label is short: the walk stays linear
		t := toks[q]
		if t.kind != tokPunct {
			continue
		}
		switch t.text {
		case "\n":
			return q + 1
		case "-", "+", "*":
			if t.space || punctAt(toks, q-1, "\n") {
				return q
			}
		case ".", ";":
			if t.text == "." && kindAt(toks, q-1, tokNum) && (q == 1 || punctAt(toks, q-2, "\n")) {
				return q + 1 // "\n2. Chuyên viên giải quyết: 4,5 ngày": a numbered line
			}
			if rd.isSentenceEnd(q) {
				return -1
			}
		}
	}
	return -1
}

// citesBefore reports whether the words at p open with a citation or a
// conclusion ("Theo hướng dẫn tại …", "Theo quy định …", "Như vậy, …"),
// which "thì" closes without making a condition.
func (rd *reader) citesBefore(p int) bool {
	toks := rd.toks
	for p < len(toks) && toks[p].kind != tokWord {
		p++
	}
	if letterMarkAt(toks, p) {
		p += 2 // "a) Theo hướng dẫn tại …"
	}
	if words3(toks, p, "toi", "duoc", "biet") {
		p += 3 // "Tôi được biết theo khoản 1 Điều 48 Luật Lý lịch tư pháp thì …": an asker's citation
	}
	return wordAt(toks, p, "theo") || words2(toks, p, "nhu", "vay") || words2(toks, p, "can", "cu")
}

// filingAt reports whether the words at p name filing or sending the
// dossier ("nộp", "gửi", "đề nghị", "đăng ký").
func (rd *reader) filingAt(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "nop") || wordAt(toks, p, "gui") || words2(toks, p, "de", "nghi") || words2(toks, p, "dang", "ky")
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

// limitPhraseBefore reports whether a time limit's words ("trong thời
// hạn", "trong vòng", "chậm nhất") stand in the twelve tokens before p: "Trong
// thời hạn 60 ngày … tính đến ngày …" counts back to that day, where "không
// quá 06 tháng tính đến thời điểm duyệt thiết kế" is a document's age.
func (rd *reader) limitPhraseBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-12 && !rd.isSentenceEnd(q); q-- {
		if words3(toks, q, "trong", "thoi", "han") || words2(toks, q, "trong", "vong") || latestAt(toks, q) || words3(toks, q, "trong", "thoi", "gian") { // ("Trong thời gian 30 ngày tính đến thời điểm …")
			return true
		}
	}
	return false
}

// answerToBodyAfter reports whether, in the fifteen tokens of the
// sentence after p, the act timed is an answer to a public body ("trả lời
// (bằng văn bản) cho Chấp hành viên", "… cho Bộ Ngoại giao"); it returns
// the words of the answer.
func (rd *reader) answerToBodyAfter(p int) (int, int, bool) {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+15 && !rd.isSentenceEnd(q); q++ {
		if !words2(toks, q, "tra", "loi") {
			continue
		}
		if to := answerAddressee(toks, q); to > 0 && rd.agencyNameAt(to) {
			return q, rd.clauseEnd(to, len(toks)), true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// answerToBodyBefore reports whether the sentence, before the duration at
// p, has its subject answer a public body ("trả lời bằng văn bản … cho Ủy
// ban nhân dân cấp tỉnh"): it returns the answer's words.
func (rd *reader) answerToBodyBefore(p int) (int, int, bool) {
	toks := rd.toks
	for q := rd.opening(p); q < p-2; q++ {
		if !words2(toks, q, "tra", "loi") {
			continue
		}
		for r := q + 2; r < p && r < q+32 && !rd.isBreak(r); r++ {
			if wordAt(toks, r, "cho") && rd.agencyNameAt(r+1) {
				return q, rd.clauseEnd(r+1, p), true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// filerRemedyOpens reports whether the sentence of p opens with a case in
// which a filer must remedy ("Trường hợp, tổ chức giám định phải khắc phục
// …"): it returns the case's clause.
func (rd *reader) filerRemedyOpens(p int) (int, int, bool) {
	toks := rd.toks
	s := rd.opening(p)
	if !words2(toks, s, "truong", "hop") {
		return 0, 0, false
	}
	f := s + 2
	if punctAt(toks, f, ",") {
		f++
	}
	if !rd.filerAt(f) {
		return 0, 0, false
	}
	for q := f + 1; q < p && q < f+8; q++ {
		if words3(toks, q, "phai", "khac", "phuc") || words3(toks, q+1, "trach", "nhiem", "khac") && wordAt(toks, q, "co") {
			return s, rd.clauseEnd(q, p), true
		}
	}
	return 0, 0, false
}

// answerAddressee returns the first token of whom the answer at q ("trả
// lời (bằng văn bản) cho …") is given to, or -1.
func answerAddressee(toks []token, q int) int {
	r := q + 2
	if words3(toks, r, "bang", "van", "ban") {
		r += 3
	}
	if !wordAt(toks, r, "cho") {
		return -1
	}
	return r + 1
}

// actBefore reports whether the sentence of the duration at p is counted
// from an act stated before it: the sentence opens with "khi" and a clause
// that is no receipt ("khi trở về nơi cư trú …"), or it opens with "trong
// thời hạn" after a semicolon that closes a decision or an appointment
// ("… chỉ định Hội đồng quân nhân …; trong thời hạn 3 tháng …"). It
// returns the words of the act.
func (rd *reader) actBefore(p int) (int, int, bool) {
	toks := rd.toks
	q := rd.first(p)
	for c := p - 1; c > q; c-- {
		if punctAt(toks, c, ":") && wordAt(toks, c+1, "khi") {
			q = c + 1 // "d) Cập nhật thông tin …: Khi nhận được kết quả xét nghiệm …, trong vòng 24 giờ"
			break
		}
	}
	q = rd.openingWord(q, p) // (past a list's letter: "a) …")
	switch {
	case wordAt(toks, q, "khi"):
		end := rd.clauseEnd(q+1, p)
		if end > q+1 && rd.classifyEvent(q+1, end) == FromOtherEvent {
			return q, end, true
		}
	case rd.returnBefore(q, p) > 0:
		// "hạ sĩ quan, binh sĩ xuất ngũ … khi về nơi cư trú hoặc nơi làm
		// việc, học tập trong thời hạn 15 ngày làm việc phải đến cơ quan
		// đăng ký nghĩa vụ quân sự": from the return home.
		k := rd.returnBefore(q, p)
		end := p
		for end-1 > k && rd.introduces(end-1, p) {
			end--
		}
		return k, end, true
	case rd.receivedFromAgency(q, p) > 0:
		// "Bộ Chỉ huy quân sự tỉnh, tiếp nhận hồ sơ do Ủy ban nhân dân xã
		// báo cáo, trong thời gian 07 ngày tổ chức xét duyệt": from the
		// receipt of a body's dossier, in the clause before.
		end := rd.receivedFromAgency(q, p)
		return q, end, true
	case words3(toks, q, "tren", "co", "so") || rd.resultGrounds(q):
		// "Trên cơ sở ý kiến kết luận của Hội đồng …, trong thời hạn 30 ngày
		// Bộ trưởng … ban hành Quyết định", "Căn cứ kết quả thẩm định, trong
		// thời hạn 10 ngày, cơ quan chuyên môn … lập báo cáo": from the
		// conclusion, the result.
		end := p - 4 // the comma before the cue: "…, trong thời hạn 10 ngày"
		if wordAt(toks, p-1, "vong") {
			end = p - 3 // "…, trong vòng 10 ngày"
		}
		if end > q && punctAt(toks, end, ",") && (withinCueBefore(toks, p) || words3(toks, p-3, "trong", "thoi", "gian")) && !rd.filerRequestIn(q, end) { // ("Căn cứ kết quả thẩm định, trong thời gian 10 ngày, …"; "Căn cứ ý kiến thẩm định của Tổ thẩm định hồ sơ đề nghị dự án, phương án sản xuất, trong thời gian 02 (hai) ngày làm việc, …")
			return q, end, true
		}
	case (words3(toks, q, "trong", "thoi", "han") || words2(toks, q, "trong", "vong")) && rd.introduces(q, p):
		s := rd.first(p) - 1
		if s <= 0 || !punctAt(toks, s, ";") {
			break
		}
		if rd.decisionBefore(s) {
			return rd.first(s - 1), s, true
		}
		// "h) Khi kết thúc hoạt động nghiên cứu khoa học, tổ chức … phải báo
		// cáo …; trong thời hạn không quá 30 ngày, … phải hoàn thành việc
		// tháo dỡ": counted from the act the clause before opens with.
		k := rd.first(s - 1)
		for k < s && (toks[k].kind != tokWord || len(toks[k].text) == 1 && punctAt(toks, k+1, ")")) {
			k++
		}
		if wordAt(toks, k, "khi") {
			if end := rd.clauseEnd(k+1, s); end > k+1 && rd.classifyEvent(k+1, end) == FromOtherEvent {
				return k, end, true
			}
		}
	}
	return 0, 0, false
}

// receivedFromAgency returns where the clause ends when the words [q, p)
// before a duration receive a public body's dossier ("tiếp nhận hồ sơ do
// Ủy ban nhân dân xã báo cáo,", "nhận được hồ sơ của Sở Y tế,") in a
// clause that closes with a comma before p; 0 if they do not.
func (rd *reader) receivedFromAgency(q, p int) int {
	toks := rd.toks
	for r := q; r < p && r < q+30; r++ {
		if !wordAt(toks, r, "nhan") || !words2(toks, r+1, "ho", "so") && !words3(toks, r+1, "duoc", "ho", "so") {
			continue
		}
		o := r + 3
		if wordAt(toks, r+1, "duoc") {
			o++
		}
		if (wordAt(toks, o, "do") || wordAt(toks, o, "cua")) && rd.agencyNameAt(o+1) {
			end := rd.clauseEnd(o+1, p)
			for end < p && !punctAt(toks, end, ",") {
				end = rd.clauseEnd(end+1, p)
			}
			if end < p {
				return end
			}
		}
		return 0
	}
	return 0
}

// returnedDossierCase reports whether the sentence of the duration at p
// opens by naming the time of a dossier returned ("Thời gian thông báo trả
// lại hồ sơ không quá …"), and returns those words up to the duration's
// own ("không quá").
func (rd *reader) returnedDossierCase(p int) (int, int, bool) {
	toks := rd.toks
	q := rd.first(p)
	if p-q >= 12 || !words2(toks, q, "thoi", "gian") && !words2(toks, q, "thoi", "han") ||
		!words4(toks, q+2, "tra", "lai", "ho", "so") && !words6(toks, q+2, "thong", "bao", "tra", "lai", "ho", "so") {
		return 0, 0, false
	}
	end := q + 2
	for end < p && !rd.introduces(end, p) {
		end++
	}
	return q + 2, end, true
}

// parallelLead reports whether duration q and the next one are two cases
// of one minimum lead time: "tối thiểu 03 ngày làm việc (đối với …), tối
// thiểu 05 ngày làm việc (đối với …)".
func (rd *reader) parallelLead(q int) bool {
	toks := rd.toks
	next := rd.items[q+1].from
	if (words2(toks, next-2, "toi", "thieu") || words2(toks, next-2, "it", "nhat")) && punctAt(toks, next-3, ",") {
		return rd.bracketBetween(rd.items[q].to, next-3)
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
		if words4(toks, q, "neu", "ro", "ly", "do") {
			return true
		}
	}
	return false
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

// letterMarkAt reports whether a lettered list mark ("a)", "đ)") stands
// at p.
func letterMarkAt(toks []token, p int) bool {
	return kindAt(toks, p, tokWord) && len(toks[p].text) == 1 && punctAt(toks, p+1, ")")
}

// calendarPeriodAt reports whether a month, a quarter or a year is named
// at p ("tháng", "quý", "năm").
func calendarPeriodAt(toks []token, p int) bool {
	return wordAt(toks, p, "thang") || wordAt(toks, p, "quy") || wordAt(toks, p, "nam")
}

// periodNextAt reports whether the next month, quarter or year is named
// at p: "tháng tiếp theo", "quý sau", "năm sau".
func periodNextAt(toks []token, p int) bool {
	return calendarPeriodAt(toks, p) && (words2(toks, p+1, "tiep", "theo") || wordAt(toks, p+1, "sau"))
}

// daysOfPeriodStart reports whether days a are followed at p by "đầu
// tháng", "đầu quý" or "đầu năm": "10 ngày làm việc đầu tháng", a window
// at the start of each month (months before "đầu năm", "6 tháng đầu năm",
// are a part of the year).
func daysOfPeriodStart(toks []token, a *item, p int) bool {
	if a == nil || a.from >= p || !calendarPeriodAt(toks, p+1) {
		return false
	}
	l, ok := a.p.Limit()
	return ok && (l.unit == UnitWorkingDays || l.unit == UnitCalendarDays)
}

// everyPeriodAt reports whether "mỗi tháng", "mỗi quý" or "mỗi năm"
// stands at p: "Trong 15 ngày đầu mỗi quý".
func everyPeriodAt(toks []token, p int) bool {
	return wordAt(toks, p, "moi") && calendarPeriodAt(toks, p+1)
}

// bracketBetween reports whether the tokens from p to q are one bracket:
// "(" at p, ")" just before q, none in between.
func (rd *reader) bracketBetween(p, q int) bool {
	toks := rd.toks
	if q-p < 2 || !punctAt(toks, p, "(") || !punctAt(toks, q-1, ")") {
		return false
	}
	for r := p + 1; r < q-1; r++ {
		if toks[r].kind == tokPunct && (toks[r].text == "(" || toks[r].text == ")") {
			return false
		}
	}
	return true
}

// channelAt reports whether a channel of sending starts at toks[p]: "qua
// dịch vụ bưu chính", "thư điện tử", "bằng văn bản", "trực tiếp", "trực
// tuyến", "fax".
func channelAt(toks []token, p int) bool {
	return wordAt(toks, p, "qua") || words3(toks, p, "thu", "dien", "tu") || wordAt(toks, p, "bang") || words2(toks, p, "truc", "tiep") || words2(toks, p, "truc", "tuyen") || wordAt(toks, p, "fax")
}

// changeAfter returns where "trong trường hợp có thay đổi" ("nếu có thay
// đổi", "khi có thay đổi") stands after the duration k in its sentence, or
// where "Thay đổi" opens it just before the duration: a duty triggered by a
// change.
func (rd *reader) changeAfter(k int) (int, bool) {
	toks := rd.toks
	it := &rd.items[k]
	for q := it.to; q < len(toks) && q < it.to+40 && !rd.isSentenceEnd(q); q++ {
		switch toks[q].text {
		case "trong":
			if words5(toks, q+1, "truong", "hop", "co", "thay", "doi") {
				return q, true
			}
		case "neu", "khi":
			if words3(toks, q+1, "co", "thay", "doi") {
				return q, true // ("Phải đề nghị sửa đổi trong 30 ngày nếu có thay đổi thông tin")
			}
		}
	}
	if s := rd.opening(it.from); it.from-s <= 6 && words2(toks, s, "thay", "doi") {
		// "Thay đổi thông tin trong 30 ngày phải đề nghị cấp sửa đổi": the
		// change opens the sentence.
		return s, true
	}
	return 0, false
}

// secondRound reports whether a second round ("trả lời lần 2", "lần thứ
// hai") stands in the six tokens before the duration at p: that round's
// case, not the first answer's limit.
func (rd *reader) secondRound(p int) (int, int, bool) {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-6 && !rd.isSentenceEnd(q); q-- {
		if wordAt(toks, q, "lan") && (kindAt(toks, q+1, tokNum) && strings.TrimLeft(toks[q+1].text, "0") == "2" || wordAt(toks, q+1, "hai") || words2(toks, q+1, "thu", "hai")) {
			end := q + 2
			if wordAt(toks, q+1, "thu") {
				end++
			}
			return q, end, true
		}
	}
	return 0, 0, false
}

// disagreeCase reports whether the sentence of duration k goes on to a
// body that disagrees and must then answer ("…, Sở … không đồng ý với thông
// báo thì phải trả lời bằng văn bản"): the answer is due only in that case.
func (rd *reader) disagreeCase(k int) (int, int, bool) {
	toks := rd.toks
	it := &rd.items[k]
	lo := max(it.to, it.eventEnd)
	for q := lo; q < len(toks) && q < lo+30 && !rd.isSentenceEnd(q); q++ {
		if !words3(toks, q, "khong", "dong", "y") {
			continue
		}
		for r := q + 3; r < len(toks) && r < q+15 && !rd.isSentenceEnd(r); r++ {
			if wordAt(toks, r, "thi") && (words3(toks, r+1, "phai", "tra", "loi") || words2(toks, r+1, "tra", "loi")) {
				return q, r, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// placeCase reports whether the duration at p is in a lettered point of a
// list ("a) …", "b) …") whose sentence scopes the matter to a place ("…
// hoạt động tôn giáo ở một tỉnh", "… ở nhiều huyện thuộc một tỉnh hoặc ở
// nhiều tỉnh"): one level's case of the list, and those words.
func (rd *reader) placeCase(p int) (int, int, bool) {
	toks := rd.toks
	s := rd.first(p)
	if !letterMarkAt(toks, s) {
		return 0, 0, false
	}
	for q := s + 2; q < p; q++ {
		if wordAt(toks, q, "o") && (wordAt(toks, q+1, "mot") || wordAt(toks, q+1, "nhieu")) && (wordAt(toks, q+2, "tinh") || wordAt(toks, q+2, "huyen") || wordAt(toks, q+2, "xa")) {
			end := q + 3
			for end < p && !wordAt(toks, end, "trong") && !punctAt(toks, end, ",") && !punctAt(toks, end, ";") {
				end++
			}
			return q, end, true
		}
	}
	return 0, 0, false
}

// listItemSubject reports whether the duration at p is the time of one
// lettered item of a list, named by its subject before "thời hạn …":
// "b) Giám định các nội dung liên quan đến giải quyết hưởng các chế độ
// bảo hiểm xã hội thời hạn giám định tối đa là 02 tháng;" (each item of
// the list has its own time, as a case has). It returns the subject's
// words. An item that opens with the limit ("b) Trong thời hạn …", "c)
// Thời hạn …") is a step, not a case.
func (rd *reader) listItemSubject(p int) (int, int, bool) {
	toks := rd.toks
	s := rd.first(p)
	if !letterMarkAt(toks, s) || !kindAt(toks, s+2, tokWord) {
		return 0, 0, false
	}
	switch toks[s+2].text {
	case "trong", "thoi", "cham", "ke", "tinh", "sau", "truoc", "khong", "toi", "ngay", "truong", "neu", "doi",
		"theo", "khoan", "dieu", "can", "tai", "nhu", "buoc":
		// (A reference opens no subject: "a) Khoản 2 Điều 43 Luật Công
		// chứng năm 2014 nêu rõ, thời hạn công chứng là không quá 02 ngày
		// làm việc", "a) Theo hướng dẫn tại …".)
		return 0, 0, false
	}
	for q := p - 1; q > s+4 && q >= p-7; q-- {
		if words2(toks, q, "thoi", "han") && !wordAt(toks, q-1, "trong") && !wordAt(toks, q-1, "co") && !wordAt(toks, q-1, "sau") && // ("c) Giải quyết hồ sơ: Sau thời hạn 45 ngày làm việc, kể từ khi nhận được hồ sơ …": the step's time)
			!(punctAt(toks, q-1, ":") || words2(toks, q+2, "giai", "quyet") && punctAt(toks, q+4, ":")) { // ("b) Giải quyết TTHC: Thời hạn giải quyết: 05 ngày làm việc …": the step's name, then the portal's field)
			return s + 2, q, true
		}
	}
	return 0, 0, false
}

// trailingCase reports whether the clause of item k ends with the failing
// case it applies to: "trong trường hợp …", "đối với (những|các) trường
// hợp …" or "nếu hồ sơ …" with "không" or "chưa", after the duration and its act, with no
// other duration, "thì", bracket or sentence end between ("… thông báo bằng văn bản cho thương nhân yêu cầu
// bổ sung … trong trường hợp hồ sơ chưa đầy đủ, hợp lệ;"). It returns the
// case's words.
func (rd *reader) trailingCase(k int) (int, int, bool) {
	toks := rd.toks
	it := &rd.items[k]
	lo := max(it.to, it.eventEnd)
	hi := len(toks)
	if k+1 < len(rd.items) {
		hi = rd.items[k+1].from
	}
	for q := lo; q < hi && q < lo+60 && !rd.isSentenceEnd(q); q++ {
		if punctAt(toks, q, "(") {
			// A bracket is passed over: "Bộ Thông tin và Truyền thông (Cục
			// Viễn thông) thông báo …"; a case inside one ("(không tính thời
			// gian … trong trường hợp …)") is not the duration's.
			for q < hi && !punctAt(toks, q, ")") && !rd.isSentenceEnd(q) {
				q++
			}
			continue
		}
		if wordAt(toks, q, "thi") && rd.isThen(q) || wordAt(toks, q, "hoac") && !channelAt(toks, q+1) && !rd.filerAt(q+1) || rd.feeColumnBetween(q, q+1) { // ("tổ chức hoặc cá nhân" names who)
			// ("… xác nhận đã nhận đầy đủ hồ sơ hợp lệ … hoặc yêu cầu bổ sung
			// trong trường hợp …": both outcomes, the ordinary limit; "| Lệ
			// phí : - Đối với trường hợp …": the fee's cases. "gửi trực tiếp
			// hoặc qua dịch vụ bưu chính hoặc thư điện tử" names channels,
			// not another outcome.)
			return 0, 0, false
		}
		if words3(toks, q, "va", "thong", "bao") && (wordAt(toks, q+3, "cho") && rd.agencyNameAt(q+4) || words4(toks, q+3, "bang", "van", "ban", "cho") && rd.agencyNameAt(q+7)) {
			// "… trả kết quả cho người đề nghị và thông báo bằng văn bản cho
			// Cơ quan Quản lý xuất nhập cảnh … trong trường hợp chưa kết nối
			// với Cơ sở dữ liệu quốc gia …": a case of that notice to a body,
			// not of the duration.
			return 0, 0, false
		}
		if words2(toks, q, "neu", "thuoc") && rd.listedCases(q+2) {
			// "… đánh giá thực tế tại cơ sở … nếu thuộc một trong những
			// trường hợp sau đây:": the cases listed next, not every dossier.
			end := q
			for end < len(toks) && !rd.isSentenceEnd(end) && !punctAt(toks, end, ":") {
				end++
			}
			return q, end, true
		}
		at := -1
		switch {
		case words3(toks, q, "trong", "truong", "hop"):
			at = q + 1
		case words4(toks, q, "doi", "voi", "truong", "hop"):
			at = q + 2
		case words5(toks, q, "doi", "voi", "nhung", "truong", "hop"), words5(toks, q, "doi", "voi", "cac", "truong", "hop"):
			at = q + 3
		case words4(toks, q, "ve", "ho", "so", "khong") || words4(toks, q, "ve", "ho", "so", "chua"):
			at = q + 1 // "thông báo cho doanh nghiệp về hồ sơ không hợp lệ"
		case words3(toks, q, "neu", "ho", "so") && rd.isIf(q) && int(toks[q].thi) >= rd.last(q): // (no "thì" after it: "nếu hồ sơ chưa đảm bảo thì lập phiếu hướng dẫn …" governs what follows)
			at = q // "… thông báo bằng văn bản cho … nếu hồ sơ không đầy đủ hoặc không hợp lệ", as "trong trường hợp hồ sơ …"
		}
		if at < 0 {
			continue
		}
		if rd.refusalAt(at) {
			// "…, trong trường hợp không cấp Giấy chứng nhận, phải nêu rõ
			// lý do bằng văn bản": a refusal's answer, no case (issue 13).
			return 0, 0, false
		}
		end := at
		for end < len(toks) && !rd.isSentenceEnd(end) {
			end++
		}
		// Only a failing case is one case among others: "hồ sơ không đạt
		// yêu cầu", "chưa đầy đủ, hợp lệ", "chưa đáp ứng yêu cầu". Both
		// outcomes ("đối với trường hợp đủ điều kiện hoặc …"), the matter's
		// case ("trong trường hợp bị mất") and "trong trường hợp xét thấy
		// cần thiết" leave the duration the ordinary one.
		failing := (words5(toks, at, "truong", "hop", "quy", "dinh", "tai") && !wordAt(toks, at+6, "nay") || words3(toks, at, "truong", "hop", "tai") && !wordAt(toks, at+4, "nay")) && words2(toks, at-2, "doi", "voi") // "đối với trường hợp quy định tại khoản 1 …", "đối với trường hợp tại tiểu mục 02 thuộc B2": cases named elsewhere ("… tại khoản này" is the clause's own scope)
		for r := at + 2; r < end && r < at+10; r++ {
			if wordAt(toks, r, "hoac") && !wordAt(toks, r+1, "khong") && !wordAt(toks, r+1, "chua") { // ("không đầy đủ hoặc không hợp lệ" is one failing case)
				return 0, 0, false
			}
			failing = failing || wordAt(toks, r, "khong") || wordAt(toks, r, "chua")
		}
		for r := at + 10; !failing && r < end && r < at+60; r++ {
			// "… đối với trường hợp người nhận chuyển nhượng … trực tiếp
			// thực hiện thủ tục đăng ký, cấp Giấy chứng nhận mà chủ đầu tư
			// chưa nộp các giấy tờ theo quy định": a long case whose
			// failing comes after "mà".
			if wordAt(toks, r, "ma") {
				for s := r + 1; s < end && s <= r+5; s++ {
					failing = failing || wordAt(toks, s, "khong") || wordAt(toks, s, "chua")
				}
			}
		}
		if !failing || punctAt(toks, end, ";") && wordAt(toks, end+1, "hoac") {
			// ("… trong trường hợp hồ sơ không hợp lệ; hoặc thông báo kế
			// hoạch thẩm định … trong trường hợp hồ sơ hợp lệ": both
			// outcomes, the ordinary limit.)
			return 0, 0, false
		}
		return at, end, true
	}
	return 0, 0, false
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
		if words2(toks, q, "nop", "phi") || words3(toks, q, "nop", "le", "phi") {
			return true
		}
	}
	return false
}

// listedCases reports whether the words from p name cases listed next:
// "(một trong) (các|những) trường hợp sau (đây)".
func (rd *reader) listedCases(p int) bool {
	toks := rd.toks
	if words2(toks, p, "mot", "trong") {
		p += 2
	}
	if wordAt(toks, p, "cac") || wordAt(toks, p, "nhung") {
		p++
	}
	return words3(toks, p, "truong", "hop", "sau")
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

// lapseOpens reports whether the "mà" at q opens what did not happen
// ("mà không …", "mà chưa …", "mà tổ chức, cá nhân … không nộp đơn"),
// within twelve tokens, not the "mã" of a code.
func (rd *reader) lapseOpens(q int) bool {
	toks := rd.toks
	if !strings.ContainsAny(rd.original(q), "àÀ") {
		return false
	}
	for r := q + 1; r < len(toks) && r <= q+12 && !rd.isSentenceEnd(r) && !punctAt(toks, r, ";"); r++ {
		if wordAt(toks, r, "khong") || wordAt(toks, r, "chua") {
			return true
		}
	}
	return false
}

// receiptOpens reports whether the words at p open with receipt ("Khi nhận
// được …", "Khi tiếp nhận …", "Sau khi nhận được …"): "Khi nhận được khiếu
// nại đối với yêu cầu, kiến nghị về Thanh tra thì … chậm nhất là 30 ngày
// kể từ ngày nhận được khiếu nại" names when the count starts, not a case.
func (rd *reader) receiptOpens(p int) bool {
	toks := rd.toks
	if wordAt(toks, p, "sau") {
		p++
	}
	return words2(toks, p, "khi", "nhan") || words3(toks, p, "khi", "tiep", "nhan")
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
	case words2(toks, it.to, "hom", "nay"):
		// "Trong ngày hôm nay, đơn vị sẽ gắn đường ống mới …": today, a
		// date, no time to act from a filing.
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "today (\"trong ngày hôm nay\"), a date, not a time limit"
	case (it.to == len(toks) || toks[it.to].ends) && rd.reportNamedBefore(it.from):
		it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, "a day's report named (\"Báo cáo kết quả công tác kiểm định trong ngày\"), not a time limit"
	}
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

// emphasisBetween reports whether only the marks of emphasis of a text
// converted to markdown ("*", "**") stand in [p, q): "chậm nhất hai* *(02)
// ngày* *trước khi …" reads as "chậm nhất hai (02) ngày trước khi …".
func emphasisBetween(toks []token, p, q int) bool {
	if q-p < 1 || q-p > 4 {
		return false
	}
	for r := p; r < q; r++ {
		if !punctAt(toks, r, "*") {
			return false
		}
	}
	return true
}

// otherwiseOpens reports whether the words [from, p) open with every other
// case ("đ) Ngoài các trường hợp quy định tại điểm c và điểm d khoản 1 Điều
// này thì …"): the default, the ordinary path rather than one case.
func (rd *reader) otherwiseOpens(from, p int) bool {
	q := rd.openingWord(from, p)
	return words4(rd.toks, q, "ngoai", "cac", "truong", "hop") || words3(rd.toks, q, "ngoai", "truong", "hop")
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

// amendNoticeOnly reports whether the act timed by duration it, after its
// count from receipt, is only to tell the filer what to amend: "…, cơ quan
// bảo hiểm xã hội phải có văn bản ghi cụ thể nội dung cần sửa đổi, bổ sung
// gửi người bệnh": a notice due only when the dossier falls short, that
// case's duration. An act of deciding or issuing before it ("xem xét tính
// hợp lệ của hồ sơ và cấp …") keeps the ordinary limit. It returns the
// words that name what to amend.
func (rd *reader) amendNoticeOnly(it *item) (int, int, bool) {
	toks := rd.toks
	if it.event != FromReceipt || it.eventEnd <= 0 {
		return 0, 0, false
	}
	for q := it.eventEnd; q < len(toks) && q < it.eventEnd+40 && !rd.isSentenceEnd(q); q++ {
		if punctAt(toks, q, "(") {
			for q < len(toks)-1 && !punctAt(toks, q, ")") && !rd.isSentenceEnd(q) {
				q++ // an aside in brackets ("(trường hợp nộp hồ sơ bản giấy …)")
			}
			continue
		}
		switch toks[q].text { // one comparison for most words
		case ";", "hoac", "cap":
			return 0, 0, false // another outcome, or the act of issuing
		case "xem", "tham", "kiem", "quyet", "phe", "truong", "neu":
			if words2(toks, q, "xem", "xet") || words2(toks, q, "tham", "dinh") || words2(toks, q, "kiem", "tra") || words2(toks, q, "quyet", "dinh") ||
				words2(toks, q, "phe", "duyet") || words2(toks, q, "truong", "hop") || wordAt(toks, q, "neu") && rd.isIf(q) { // ("nêu cụ thể" is no "nếu")
				return 0, 0, false
			}
		case "noi":
			if words5(toks, q, "noi", "dung", "can", "sua", "doi") {
				return q, q + 5, true
			}
		case "yeu":
			if words4(toks, q, "yeu", "cau", "bo", "sung") && (wordAt(toks, q-1, "phieu") || words2(toks, q-2, "thong", "bao") || words2(toks, q-2, "van", "ban")) {
				// "…, Bộ phận Một cửa gửi Phiếu yêu cầu bổ sung, hoàn thiện
				// hồ sơ": the request to supplement, due only for a dossier
				// that falls short.
				return q - 1, q + 4, true
			}
		}
	}
	return 0, 0, false
}

// failingReceipt reports whether the count's clause of duration it names a
// dossier received that still falls short ("kể từ ngày nhận bổ sung hồ sơ
// nhưng chưa đáp ứng được yêu cầu theo văn bản thông báo"): that failing
// case's duration, and its words.
func (rd *reader) failingReceipt(it *item) (int, int, bool) {
	toks := rd.toks
	if it.event != FromReceipt || it.eventAt <= 0 || it.eventEnd-it.eventAt < 8 { // (a short clause, "ngày nhận đủ hồ sơ hợp lệ", names no shortfall)
		return 0, 0, false
	}
	for q := it.eventAt + 3; q < it.eventEnd; q++ {
		if toks[q].text == "nhung" && (wordAt(toks, q+1, "chua") || wordAt(toks, q+1, "khong")) {
			return q, it.eventEnd, true
		}
	}
	return 0, 0, false
}
