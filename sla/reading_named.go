package sla

import "strings"

// The event named around a duration that has no count of its own: a
// finding, a body's paper the act rests on, a date named above, what a body
// passed on, a request to mend or to remedy, an answer to a body, a lead
// time's event, a meeting, a posting. namedEvent tries each finder in turn.

// namedEvent finds the event that a duration [from, to) with no count of
// its own runs from, named around it: the first of the finders below, in
// this order, that finds one. It returns where the event's words start and
// end, and whether the duration is a lead time (counted back from the
// event). (A switch, not a table of function values: a reader passed to a
// function value would escape to the heap on every read.)
func (rd *reader) namedEvent(from, to int) (at, end int, lead, ok bool) {
	for k := 0; !ok && k < 26; k++ {
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
		case 16:
			// "… thì thông báo cho Chi nhánh Văn phòng Đăng ký đất đai cung
			// cấp thông tin …. Trong thời hạn không quá 05 ngày làm việc,
			// Chi nhánh Văn phòng Đăng ký đất đai có trách nhiệm cung cấp
			// thông tin …": the body notified in the sentence before acts,
			// counted from the notice.
			at, end, ok = rd.notifiedBefore(from, to)
		case 17:
			// "Trong thời hạn 15 ngày làm việc, cơ quan được lấy ý kiến phối
			// hợp, tổ chức, chuyên gia độc lập có ý kiến bằng văn bản …": the
			// consulted body named after the duration, as case 10 before it.
			at, end, ok = rd.consultedAfter(to)
		case 18:
			// "… ghi rõ nội dung, yêu cầu và thời gian khắc phục vào Biên
			// bản thẩm định với thời hạn khắc phục không quá 30 ngày"
			// (Nghị định 46/2026/NĐ-CP Điều 16): the facility's term to
			// remedy, counted from the request recorded.
			at, end, ok = rd.remedyTermBefore(from)
		case 19:
			// "a) Trong thời hạn 06 tháng cơ quan chủ quản không lựa chọn
			// được người … thì …" (Nghị định 237/2026/NĐ-CP Điều 5): a
			// lapse, when the term runs out with nothing done.
			at, end, ok = rd.termRunsOutAfter(from, to)
		case 20:
			// "- Đề nghị người khai hải quan trong thời hạn 10 ngày phải
			// nộp 01 bản chụp …" (Thông tư 33/2023/TT-BTC Điều 7): the
			// filer's own time, counted from the body's request.
			at, end, ok = rd.filerAskedBefore(from)
		case 21:
			// "Nếu Quý vị đủ điều kiện để được chấp thuận cấp thị thực sau
			// buổi phỏng vấn, thị thực sẽ được chuyển phát trong vòng hai
			// tuần" (the US embassy's page after the interview,
			// vn.usembassy.gov): counted from the interview.
			at, end, ok = rd.interviewBefore(from)
		case 22:
			// "… khi có người chết thì vợ, chồng hoặc con, … có trách nhiệm
			// đi đăng ký khai tử trong vòng 15 ngày" (lawnet.vn,
			// web_pages_thirtysixth.tsv): a family's duty to
			// register, counted from the death or the birth.
			at, end, ok = rd.civilStatusDutyBefore(from)
		case 23:
			// "Theo đó, văn bản của Văn phòng Chính phủ chuyển đến Bộ Tài
			// chính sẽ được tiếp nhận, chuyển … ngay trong ngày", "…, chuyển
			// về cơ quan tiếp nhận … để thông báo kết quả đến người phản ánh
			// ngay trong ngày làm việc": a body's paper received, a
			// handler's answer relayed.
			if at = max(rd.bodyPaperReceivedBefore(from), rd.answerRelayedBefore(from)); at >= 0 {
				end, ok = rd.clauseEnd(at, from), true
			}
		case 24:
			// "Ngừng cấp nước theo kế hoạch, khôi phục lại sau 5 giờ" (a
			// water company's service commitments): the supply restored so
			// long after the cut.
			at, end, ok = rd.restoredAfterCut(from)
		case 25:
			// "– Trước khi hết hạn được phép kinh doanh, khai thác 60 ngày
			// (…), đơn vị kinh doanh, khai thác trạm dừng nghỉ nộp hồ sơ …"
			// (a rest stop's procedure, web_pages_fiftythird.tsv): a lead
			// time closing the "trước khi" clause it opens with.
			at, end, ok = rd.leadClosingBeforeClause(from, to)
			lead = ok
		}
	}
	return at, end, lead, ok
}

// leadClosingBeforeClause reports whether the sentence of the duration
// [from, to) opens with "Trước khi" and the duration closes that clause,
// no punctuation but commas between, a comma or a bracket after it; it
// returns the clause's words up to the duration.
func (rd *reader) leadClosingBeforeClause(from, to int) (at, end int, ok bool) {
	toks := rd.toks
	q := rd.opening(from)
	if !words2(toks, q, "truoc", "khi") || q+3 >= from || !(punctAt(toks, to, ",") || punctAt(toks, to, "(")) {
		return 0, 0, false
	}
	for r := q + 2; r < from; r++ {
		if toks[r].kind == tokPunct && toks[r].text != "," {
			return 0, 0, false
		}
	}
	return q, from, true
}

// restoredAfterCut reports whether the duration at p follows "khôi phục
// (lại) sau" in a sentence that opens with a cut of supply ("Ngừng cấp
// nước", "Tạm ngừng cấp điện"), and returns the cut's words.
func (rd *reader) restoredAfterCut(p int) (at, end int, ok bool) {
	toks := rd.toks
	q := p - 1
	if !wordAt(toks, q, "sau") {
		return 0, 0, false
	}
	if wordAt(toks, q-1, "lai") {
		q--
	}
	if !words2(toks, q-2, "khoi", "phuc") {
		return 0, 0, false
	}
	s := rd.opening(p)
	if wordAt(toks, s, "tam") {
		s++
	}
	if !words2(toks, s, "ngung", "cap") || s >= q-2 {
		return 0, 0, false
	}
	return s, rd.clauseEnd(s, q-2), true
}

// bodyPaperReceivedBefore returns where "văn bản của <body>" opens the
// sentence of p, when "được tiếp nhận" follows it before p, or -1: "Theo
// đó, văn bản của Văn phòng Chính phủ chuyển đến Bộ Tài chính sẽ được
// tiếp nhận, chuyển các vụ/đơn vị … ngay trong ngày" (vacpa.com.vn,
// web_pages_thirtysixth.tsv) counts from a body's paper, another
// event, as the README's convention on a body's paper says.
func (rd *reader) bodyPaperReceivedBefore(p int) int {
	toks := rd.toks
	s := rd.opening(p)
	if words2(toks, s, "theo", "do") && punctAt(toks, s+2, ",") {
		s += 3
	}
	if !words3(toks, s, "van", "ban", "cua") || !rd.agencyNameAt(s+3) {
		return -1
	}
	for q := s + 4; q < p-1; q++ {
		if wordAt(toks, q, "duoc") && words2(toks, q+1, "tiep", "nhan") {
			return s
		}
	}
	return -1
}

// answerRelayedBefore returns where "chuyển về cơ quan tiếp nhận" stands
// in the sentence of p, when "thông báo kết quả" follows it before p, or
// -1: "Nơi xử lý phải trả lời …, chuyển về cơ quan tiếp nhận qua hệ thống
// … để thông báo kết quả đến người phản ánh ngay trong ngày làm việc" (a
// city's rule on urgent petitions, web_pages_thirtysixth.tsv): the
// receiving body relays the handler's answer the day it comes back,
// counted from that answer, another event.
func (rd *reader) answerRelayedBefore(p int) int {
	toks := rd.toks
	for q := rd.first(p); q < p-4; q++ {
		if !words2(toks, q, "chuyen", "ve") || !words4(toks, q+2, "co", "quan", "tiep", "nhan") {
			continue
		}
		for r := q + 6; r < p-2; r++ {
			if words4(toks, r, "thong", "bao", "ket", "qua") {
				return q
			}
		}
		return -1
	}
	return -1
}

// civilStatusDutyBefore reports whether the duration at p is a family's
// time to register a birth or a death: "có trách nhiệm (đi) đăng ký khai
// sinh|khai tử (cho con) trong (vòng|thời hạn)", or "phải", "cần" for
// "có trách nhiệm". Luật Hộ tịch 2014 (60/2014/QH13) counts it from the
// event, not from any filing: Điều 15 "Trong thời hạn 60 ngày kể từ ngày
// sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con", Điều 33
// "Trong thời hạn 15 ngày kể từ ngày có người chết …". It returns the
// duty's words, up to "khai sinh" or "khai tử" ("cho con").
func (rd *reader) civilStatusDutyBefore(p int) (int, int, bool) {
	toks := rd.toks
	q := p - 1
	for q > p-4 && (wordAt(toks, q, "trong") || wordAt(toks, q, "vong") || wordAt(toks, q, "thoi") || wordAt(toks, q, "han")) {
		q--
	}
	if words2(toks, q-1, "cho", "con") {
		q -= 2
	}
	if !wordAt(toks, q-1, "khai") || !wordAt(toks, q, "sinh") && !wordAt(toks, q, "tu") || !words2(toks, q-3, "dang", "ky") {
		return 0, 0, false
	}
	d := q - 4
	if wordAt(toks, d, "di") {
		d--
	}
	end := q + 1 // after "khai sinh", "khai tử"
	if words2(toks, end, "cho", "con") {
		end += 2
	}
	switch {
	case words2(toks, d-1, "trach", "nhiem"):
		if wordAt(toks, d-2, "co") {
			d--
		}
		return d - 1, end, true
	case wordAt(toks, d, "phai") || wordAt(toks, d, "can"):
		return d, end, true
	}
	return 0, 0, false
}

// filerAskedBefore reports whether the sentence of the duration at p opens,
// at most ten tokens before it, by a body asking the filer ("Đề nghị người
// khai hải quan …", "Yêu cầu tổ chức …"): it returns those words.
func (rd *reader) filerAskedBefore(p int) (int, int, bool) {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-10 && !rd.isBreak(q); q-- {
		if (words2(toks, q, "de", "nghi") || words2(toks, q, "yeu", "cau")) && rd.filerAt(q+2) && rd.opening(q) == q {
			return q, p, true
		}
	}
	return 0, 0, false
}

// termRunsOutAfter reports whether the duration [from, to), opening its
// sentence with "Trong thời hạn", is followed within eight tokens by what
// is not done ("… không lựa chọn được …", not "không được", a ban): a
// lapse counted from the term's start. It returns the words from the
// duration's end to the clause's.
func (rd *reader) termRunsOutAfter(from, to int) (int, int, bool) {
	toks := rd.toks
	if !withinAt(toks, from-3) || rd.opening(from) != from-3 {
		return 0, 0, false
	}
	for q := to; q < to+8 && q < len(toks) && !rd.isBreak(q); q++ {
		if wordAt(toks, q, "khong") && !wordAt(toks, q+1, "duoc") && (wordAt(toks, q+2, "duoc") || wordAt(toks, q+3, "duoc")) {
			return to, rd.clauseEnd(q, len(toks)), true
		}
	}
	return 0, 0, false
}

// remedyTermBefore reports whether the duration at p is named as a term
// to remedy ("thời hạn khắc phục", "thời gian khắc phục", then "không
// quá", "tối đa" or "là"): it returns those words.
func (rd *reader) remedyTermBefore(p int) (int, int, bool) {
	toks := rd.toks
	c := p
	switch {
	case capAt(toks, p-2):
		c = p - 2
	case wordAt(toks, p-1, "la"):
		c = p - 1
	}
	if (words2(toks, c-4, "thoi", "han") || words2(toks, c-4, "thoi", "gian")) && words2(toks, c-2, "khac", "phuc") {
		return c - 4, c, true
	}
	return 0, 0, false
}

// notifiedBefore reports whether the duration [from, to), which opens its
// sentence after a window's words, is followed by a subject with a duty
// ("…, Chi nhánh Văn phòng Đăng ký đất đai có trách nhiệm …") whom the
// sentence before notified ("thông báo cho Chi nhánh Văn phòng Đăng ký đất
// đai …"; national portal 2026, land procedures of Nghệ An 1.116881 and
// 1.115622). It returns the notice's words.
func (rd *reader) notifiedBefore(from, to int) (int, int, bool) {
	toks := rd.toks
	s := rd.first(from)
	if s == 0 || !punctAt(toks, s-1, ".") || !rd.introduces(rd.opening(from), from) || !punctAt(toks, to, ",") {
		return 0, 0, false
	}
	duty := false
	for q := to + 3; q < to+12 && q < len(toks) && !rd.isBreak(q); q++ {
		if words2(toks, q, "trach", "nhiem") || wordAt(toks, q, "phai") {
			duty = true
			break
		}
	}
	if !duty {
		return 0, 0, false
	}
	ps := rd.first(s - 1)
	for q := ps; q+3 < s-1; q++ {
		if !words3(toks, q, "thong", "bao", "cho") {
			continue
		}
		for r := q + 3; r < q+7 && r+1 < s-1; r++ {
			if sameTwoWords(toks, r, to+1) {
				return q, rd.clauseEnd(q+3, s-1), true
			}
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

// bodyPaperBasisOpens reports whether the sentence of p opens with the
// paper of a public body the act rests on, "Căn cứ công văn đề nghị của cơ
// quan chủ quản, …", "Căn cứ văn bản đề nghị của Ủy ban nhân dân cấp xã,
// …", "Khi có văn bản xin ý kiến của Ban Thi đua - Khen thưởng Trung ương,
// …", before p in the same clause. It returns the basis's words.
func (rd *reader) bodyPaperBasisOpens(p int) (int, int, bool) {
	toks := rd.toks
	s := rd.opening(p)
	if words4(toks, s, "tren", "co", "so", "ket") && wordAt(toks, s+4, "qua") {
		// "Trên cơ sở kết quả làm việc của Hội đồng, trong 10 (mười) ngày,
		// Sở Khoa học và Công nghệ đề nghị …" (national portal 2026, thủ
		// tục 1.013298): counted from the council's result, as "Căn cứ …".
		end := rd.clauseEnd(s+4, p)
		for q := s + 5; q < end; q++ {
			if wordAt(toks, q, "cua") && rd.agencyNameAt(q+1) {
				return s, end, true
			}
		}
		return 0, 0, false
	}
	k := s + 2 // the paper's first word
	switch {
	case words2(toks, s, "can", "cu"):
	case words3(toks, s, "khi", "co", "van"): // "Khi có văn bản …"
		k = s + 2
	case words4(toks, s, "khi", "nhan", "duoc", "van"): // "Khi nhận được văn bản …"
		k = s + 3
	default:
		return 0, 0, false
	}
	if !(words2(toks, k, "cong", "van") || words2(toks, k, "van", "ban") || words2(toks, k, "to", "trinh")) {
		return 0, 0, false
	}
	end := rd.clauseEnd(k, p)
	for q := k + 2; q < end; q++ {
		if wordAt(toks, q, "cua") && rd.agencyNameAt(q+1) {
			return s, end, true
		}
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

// filerMendsBefore reports whether the clause before p has the filer mend
// its dossier ("thì người yêu cầu có trách nhiệm hoàn thiện hồ sơ trong
// …", "tổ chức, cá nhân phải bổ sung hồ sơ trong …"), with no count of its
// own: the filer's time runs from the request to mend. It returns the
// words of the filer's act.
func (rd *reader) filerMendsBefore(p int) (int, int, bool) {
	toks := rd.toks
	for q := p - 1; q >= 1 && q >= p-10 && !rd.isBreak(q); q-- {
		if words2(toks, q, "yeu", "cau") && rd.filerAt(q+2) && (rd.phraseBefore(p, p-q, "giai", "trinh") || rd.phraseBefore(p, p-q, "khac", "phuc")) {
			// "… thì yêu cầu doanh nghiệp giải trình trong vòng 05 ngày làm
			// việc" (Nghị định 100/2020/NĐ-CP Điều 25): the filer's time to
			// explain, counted from the request.
			return q, p, true
		}
	}
	for q := p - 1; q >= 1 && q >= p-16 && !rd.isBreak(q); q-- {
		if (words2(toks, q, "hoan", "thien") || words2(toks, q, "bo", "sung")) && words2(toks, q+2, "ho", "so") {
			for f := q - 1; f >= 0 && f >= q-8 && !rd.isBreak(f); f-- {
				if (wordAt(toks, f, "phai") || words2(toks, f, "trach", "nhiem")) && rd.filerAfterThen(f) {
					return q, p, true
				}
			}
			if punctAt(toks, q-1, ";") && rd.investorListsDuties(q-1) {
				// "4. Chủ đầu tư phối hợp, cung cấp thông tin …; giải trình,
				// bổ sung nội dung …; hoàn thiện hồ sơ theo kết luận thẩm định
				// trong thời hạn không quá 02 tháng" (national portal 2026,
				// thủ tục 1.115808): the investor's duties listed, the last
				// its own time to mend.
				return q, p, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// investorListsDuties reports whether the clauses before the ";" at p,
// back to a full stop or a line break, sixty tokens at most, open with the
// investor ("Chủ đầu tư") after a list's number: its duties listed.
func (rd *reader) investorListsDuties(p int) bool {
	toks := rd.toks
	s := p
	for s > 0 && s > p-60 && !punctAt(toks, s-1, "\n") && !(punctAt(toks, s-1, ".") && !kindAt(toks, s-2, tokNum)) {
		s--
	}
	for s < p && toks[s].kind != tokWord {
		s++
	}
	return words3(toks, s, "chu", "dau", "tu")
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
		if toks[q].text != "duoc" || !rd.opinionAskedAt(q) {
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

// consultedAfter reports whether the duration ending at to is followed,
// past its comma, by a body consulted ("cơ quan được lấy ý kiến", "các cơ
// quan được hỏi ý kiến") as the subject that answers (national portal
// 2026, thủ tục 1.012349): counted from the request for its opinion. It
// returns the body's words.
func (rd *reader) consultedAfter(to int) (int, int, bool) {
	toks := rd.toks
	if !punctAt(toks, to, ",") {
		return 0, 0, false
	}
	q := to + 1
	if wordAt(toks, q, "cac") {
		q++
	}
	if words2(toks, q, "co", "quan") && rd.opinionAskedAt(q+2) {
		return to + 1, q + 6, true
	}
	return 0, 0, false
}

// opinionAskedAt reports whether "được lấy ý kiến", "được hỏi ý kiến" or
// "được xin ý kiến" (whose opinion is asked) stands at q.
func (rd *reader) opinionAskedAt(q int) bool {
	toks := rd.toks
	return wordAt(toks, q, "duoc") && (wordAt(toks, q+1, "lay") || wordAt(toks, q+1, "hoi") || wordAt(toks, q+1, "xin")) && words2(toks, q+2, "y", "kien")
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
		if punctAt(toks, c, ",") && words3(toks, c+1, "khi", "xay", "ra") {
			// "“Chúng tôi yêu cầu các đơn vị, khi xảy ra sự cố không quá 2
			// giờ đồng hồ phải khôi phục cấp điện …”" (danviet.vn on Hà
			// Nội's power supply): from when the incident happens, the
			// duration's own words left out.
			end := p
			for end-1 > c+3 && rd.introduces(end-1, p) {
				end--
			}
			return c + 1, end, true
		}
	}
	q = rd.openingWord(q, p) // (past a list's letter: "a) …")
	switch {
	case wordAt(toks, q, "khi"):
		end := rd.clauseEnd(q+1, p)
		if end == q+2 && (wordAt(toks, q+1, "ay") || wordAt(toks, q+1, "do")) {
			// "Khi ấy, chị hoàn tất đầy đủ các bước … nhưng trong giấy hẹn
			// … chỉ nói là “3 tháng sau” mới trả thẻ" (a news page on
			// identity cards, web_pages_sixtythird.tsv): "khi ấy", "khi
			// đó" (then) point back to a time told before, no act.
			break
		}
		if end > q+1 && (rd.classifyEvent(q+1, end) == FromOtherEvent || rd.theyActAfter(p)) {
			// ("Khi đương sự giao nộp tài liệu, chứng cứ cho Tòa án thì
			// trong thời hạn 05 ngày làm việc họ phải thông báo cho đương sự
			// khác biết …", Luật Tố tụng hành chính 2015, 93/2015/QH13 Điều
			// 99: the persons who acted owe the next act themselves, no
			// body's time on a filing.)
			return q, end, true
		}
	case (wordAt(toks, q, "truong") || wordAt(toks, q, "neu")) && rd.bodyAcceptsAt(rd.caseOpening(p), p): // (opened by "Trường hợp" or "Nếu", caseOpening)
		// "Trường hợp cơ quan hải quan chấp nhận nội dung giải trình của
		// doanh nghiệp, trong thời gian 05 ngày làm việc cơ quan hải quan
		// ban hành kết luận kiểm tra" (Nghị định 100/2020/NĐ-CP Điều 25):
		// the body's own decision on what the filer explained, the event.
		return q, rd.clauseEnd(q+1, p), true
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
		if words2(toks, end-1, "cham", "nhat") {
			end -= 2 // "…, chậm nhất trong thời hạn 15 ngày" (a check of the tuning texts with "chậm nhất" put before "trong thời hạn")
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

// meetingAfter reports whether the duration [from, to) is "sau N ngày"
// followed at once by a meeting ("họp thẩm định", "họp Hội đồng"): the
// days run from the meeting. It returns the meeting's words.
func (rd *reader) meetingAfter(from, to int) (int, int, bool) {
	toks := rd.toks
	if !wordAt(toks, from-1, "sau") || !wordAt(toks, to, "hop") || !strings.ContainsAny(rd.original(to), "ọỌ") { // "họp", not "hợp" ("hợp đồng", "hợp lệ")
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
// bổ sung trong vòng 45 ngày"), or, with no submission, the remedy itself
// follows the request ("yêu cầu cơ sở … khắc phục vi phạm … trong thời hạn
// 40 ngày"): its time, counted from the request. It returns the request's
// words.
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
		// "Đồng thời, yêu cầu cơ sở kinh doanh khắc phục vi phạm về điều
		// kiện an ninh, trật tự trong thời hạn 40 ngày" (Thông tư
		// 42/2017/TT-BCA Điều 9): the demand to remedy itself, the
		// business's own term.
		for q := p - 1; q >= 2 && q >= p-16 && !rd.isSentenceEnd(q) && !punctAt(toks, q, ";"); q-- {
			if words2(toks, q, "khac", "phuc") {
				for r := q - 2; r >= 0 && r >= q-6; r-- {
					if words2(toks, r, "yeu", "cau") {
						return r, p, true
					}
				}
				break
			}
		}
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

// theyActAfter reports whether the persons of the sentence ("họ", they)
// must act right after the duration at p ("… trong thời hạn 05 ngày làm
// việc họ phải thông báo …"): a public body is never "họ".
func (rd *reader) theyActAfter(p int) bool {
	toks := rd.toks
	for r := p + 1; r < len(toks) && r <= p+5 && !rd.isSentenceEnd(r); r++ {
		if words2(toks, r, "ho", "phai") && strings.ContainsAny(rd.original(r), "ọỌ") {
			return true
		}
	}
	return false
}

// bodyActsOnFiling reports whether the words from q, a body named after
// "Trường hợp", say that it accepts what the filer explained ("chấp nhận
// nội dung giải trình", "chấp nhận giải trình"), before the duration at p.
func (rd *reader) bodyActsOnFiling(q, p int) bool {
	toks := rd.toks
	for r := q; r < p && r < q+8 && !rd.isBreak(r); r++ {
		if words2(toks, r, "chap", "nhan") && (words2(toks, r+2, "giai", "trinh") || words4(toks, r+2, "noi", "dung", "giai", "trinh")) {
			return true
		}
	}
	return false
}

// bodyAcceptsAt reports whether a public body named at c, the first word
// of a case, acts on what the filer explained (bodyActsOnFiling) before p.
func (rd *reader) bodyAcceptsAt(c, p int) bool {
	return c >= 0 && rd.agencyNameAt(c) && rd.bodyActsOnFiling(c, p)
}

// interviewBefore finds, in the sentence before the duration at p, "sau
// (buổi) phỏng vấn" (after the interview, "thành công" or not): a visa's
// time counted from the consulate's interview, not from the filing. It
// returns where those words stand.
func (rd *reader) interviewBefore(p int) (int, int, bool) {
	toks := rd.toks
	for q, first := p-3, rd.first(p); q >= first && q >= p-30; q-- {
		if !wordAt(toks, q, "sau") {
			continue
		}
		r := q + 1
		if wordAt(toks, r, "buoi") || wordAt(toks, r, "khi") {
			r++
		}
		if words2(toks, r, "phong", "van") {
			end := r + 2
			if words2(toks, end, "thanh", "cong") {
				end += 2
			}
			return q, end, true
		}
	}
	return 0, 0, false
}
