package sla

import (
	"strings"
)

// The case a duration belongs to, settled on its own after every gap is
// read (settleCase): a change named after it, a second round, a
// disagreement, a place, a list item's subject, a case at the sentence's
// end, a dossier sent back, a failing receipt, a notice of amendment.

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
	if it.kind == iDur && it.condSet && !it.normal && it.event == StartUnknown {
		if s, c := pastListLetter(toks, rd.opening(it.from), it.from), rd.caseOpening(it.from); c >= 0 && words3(toks, c, "co", "thay", "doi") && it.from-s <= 24 { // (opened by "Trường hợp" or "Nếu", caseOpening; legal_new8.tsv's row says "Nếu")
			// "c) Trường hợp có thay đổi số lượng cá thể nuôi, trồng tại cơ
			// sở, trong thời hạn năm (05) ngày làm việc, chủ cơ sở bảo tồn
			// đa dạng sinh học phải thông báo …" (Bộ pháp điển, as
			// github.com/ducvan1909/rag_law_vn crawled it): the case only
			// sets off the holder's duty, counted from the change (README:
			// a "Trường hợp …" that sets the situation triggering an
			// obligation).
			end := it.from
			for q := it.from - 1; q > s; q-- {
				if punctAt(toks, q, ",") {
					end = q // the case's words, without the "trong thời hạn" of the duration
					break
				}
			}
			it.event, it.eventWord, it.eventEnd = FromOtherEvent, rd.words(s, end), it.from
			it.cond, it.condSet = "", false
		}
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
			at, end, ok = rd.othersCase(it.from)
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
			it.cond, it.condSet = rd.caseWords(at, end), true
		}
	}
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

// parallelPlaceBetween reports whether the tokens [p, q) between two
// durations are ", tại <a place>" and a cap ("không quá", "tối đa") right
// before the second: the same term at another place.
func (rd *reader) parallelPlaceBetween(p, q int) bool {
	toks := rd.toks
	return q-p <= 12 && punctAt(toks, p, ",") && wordAt(toks, p+1, "tai") &&
		(words2(toks, q-2, "khong", "qua") || words2(toks, q-2, "toi", "da"))
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
			if toks[q].text == "khi" && words2(toks, q+1, "thay", "doi") && punctAt(toks, q-1, ",") && q-1 == it.to {
				// "+ Bước 1: Trong thời hạn 15 ngày, khi thay đổi nội dung
				// điều lệ, … thì hợp tác xã gửi thông báo" (Hoàng Mai
				// district's card for cooperatives, hoangmai.hanoi.gov.vn):
				// the change right after the duration and its comma.
				return q, true
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

// othersCase reports whether the sentence of the duration at p opens with
// "Những … khác" (at most five words between): "Những thông tin khác xử lý
// tối đa trong 3 ngày làm việc." (a news page on Cần Thơ's handling of
// businesses' urgent feedback) names the rest of a list, one case beside
// the ones named before. It returns those words.
func (rd *reader) othersCase(p int) (int, int, bool) {
	toks := rd.toks
	s := rd.first(p)
	for s < p && toks[s].kind == tokPunct {
		s++ // "- Những …": past a list's mark
	}
	if toks[s].text != "nhung" || !strings.HasPrefix(rd.original(s), "N") {
		return 0, 0, false // ("những" inside a sentence, or not capitalised: no opening)
	}
	for q := s + 2; q < p && q <= s+6; q++ {
		if toks[q].kind != tokWord {
			return 0, 0, false
		}
		if wordAt(toks, q, "khac") {
			return s, q + 1, true
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
// hợp …", "đối với hồ sơ không|chưa …" or "nếu hồ sơ …" with "không" or "chưa", after the duration and its act, with no
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
	checked := false // the act timed is a check of the dossier's completeness, both outcomes
	for q := lo; q < hi && q < lo+60 && !rd.isSentenceEnd(q); q++ {
		if (toks[q].text == "kiem" && wordAt(toks, q+1, "tra") || toks[q].text == "xem" && wordAt(toks, q+1, "xet")) && wordAt(toks, q+2, "tinh") && (words2(toks, q+3, "day", "du") || words2(toks, q+3, "hop", "le")) {
			checked = true
		}
		if punctAt(toks, q, "(") {
			// A bracket is passed over: "Bộ Thông tin và Truyền thông (Cục
			// Viễn thông) thông báo …"; a case inside one ("(không tính thời
			// gian … trong trường hợp …)") is not the duration's.
			for q < hi && !punctAt(toks, q, ")") && !rd.isSentenceEnd(q) {
				q++
			}
			continue
		}
		if wordAt(toks, q, "thi") && rd.isThen(q) || wordAt(toks, q, "hoac") && !channelAt(toks, q+1) && !rd.filerAt(q+1) && !words2(toks, q+1, "tu", "choi") || rd.feeColumnBetween(q, q+1) { // ("tổ chức hoặc cá nhân" names who; "yêu cầu bổ sung hoặc từ chối" are two failing outcomes)
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
		case words4(toks, q, "doi", "voi", "ho", "so") && (wordAt(toks, q+4, "khong") || wordAt(toks, q+4, "chua")):
			// "… ban hành văn bản yêu cầu bổ sung hoặc từ chối hỗ trợ đối
			// với hồ sơ không đảm bảo điều kiện …" (national portal 2026,
			// thủ tục 1.116339): the failing dossiers' step.
			at = q + 2
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
			if timeLeftOutAt(toks, r) {
				break // "… trong trường hợp bị mất, bị hủy hoại (không tính thời gian bổ sung hồ sơ)": the time left out, no failing
			}
			if wordAt(toks, r, "hoac") && !wordAt(toks, r+1, "khong") && !wordAt(toks, r+1, "chua") { // ("không đầy đủ hoặc không hợp lệ" is one failing case)
				return 0, 0, false
			}
			failing = failing || wordAt(toks, r, "khong") || wordAt(toks, r, "chua") ||
				words3(toks, r, "can", "sua", "doi") || words3(toks, r, "can", "bo", "sung") // "đối với trường hợp hồ sơ cần sửa đổi bổ sung hoặc không đạt" (national portal 2026, thủ tục 1.014043)
		}
		for r := at + 10; !failing && r < end && r < at+60; r++ {
			// "… đối với trường hợp người nhận chuyển nhượng … trực tiếp
			// thực hiện thủ tục đăng ký, cấp Giấy chứng nhận mà chủ đầu tư
			// chưa nộp các giấy tờ theo quy định": a long case whose
			// failing comes after "mà".
			if timeLeftOutAt(toks, r) {
				break
			}
			if wordAt(toks, r, "ma") {
				for s := r + 1; s < end && s <= r+5; s++ {
					failing = failing || wordAt(toks, s, "khong") || wordAt(toks, s, "chua")
				}
			}
		}
		if checked && at == q {
			// "… có trách nhiệm kiểm tra tính đầy đủ của hồ sơ … và yêu cầu
			// đơn vị đăng ký bổ sung, hoàn thiện hồ sơ nếu hồ sơ chưa đáp
			// ứng …" (Thông tư 29/2026/TT-BCT Điều 8): the check is timed whatever
			// it finds; the "nếu" governs the request only.
			return 0, 0, false
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

// timeLeftOutAt reports whether a bracket at p opens an aside on time left
// out of the count ("(không tính thời gian bổ sung hồ sơ)", "(không kể
// …)"): the words of a case end there.
func timeLeftOutAt(toks []token, p int) bool {
	return punctAt(toks, p, "(") && leftOutAt(toks, p+1)
}

// returnedDossierCase reports whether the sentence of the duration at p
// opens by naming the time of a dossier returned ("Thời gian thông báo trả
// lại hồ sơ không quá …"), and returns those words up to the duration's
// own ("không quá").
func (rd *reader) returnedDossierCase(p int) (int, int, bool) {
	toks := rd.toks
	q := rd.first(p)
	if t := &toks[q]; t.kind == tokPunct || t.text == "thoi" || t.text == "buoc" || len(t.text) == 1 {
		q = rd.opening(p) // ("- Thời gian thông báo trả lại hồ sơ …": past a list's mark, a step's label, the cell's heading; most sentences open on a word and pay nothing)
	}
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
