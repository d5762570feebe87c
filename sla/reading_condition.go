package sla

import "strings"

// Conditions and labels: which words make a duration one case of the
// procedure, a step, or no time limit at all.

// follows reports whether the condition at p follows duration a directly:
// only punctuation, or a's own "kể từ …" clause, stands between them ("03
// ngày làm việc đối với việc thay đổi …", "120 ngày (nếu hồ sơ phức tạp)").
// A condition after other words belongs to them: in "Trong thời hạn 07
// ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Cục trưởng … quyết
// định chấp thuận, trường hợp từ chối phải thông báo …" it is the refusal's,
// not the limit's.
func (rd *reader) follows(a *item, p int) bool {
	if wordAt(rd.toks, p-1, "tru") && wordAt(rd.toks, p+1, "hop") && otherwiseAgreedAt(rd.toks, p+2) && rd.sentOf(p) == rd.sentOf(a.to) {
		// "Việc xóa dữ liệu được thực hiện trong 72 giờ sau khi có yêu
		// cầu của chủ thể dữ liệu với toàn bộ dữ liệu cá nhân mà …, trừ
		// trường hợp pháp luật có quy định khác." (Nghị định
		// 13/2023/NĐ-CP Điều 16): a default's exception governs its whole
		// sentence, wherever it stands.
		return true
	}
	from := a.to
	if a.eventEnd > from {
		from = a.eventEnd
	}
	if wordAt(rd.toks, from, "de") && p-from <= 8 && words2(rd.toks, p, "doi", "voi") && rd.markedOrUnmarked(from, "ểỂ") && noPunctBetween(rd.toks, from, p) { // ("để", for, told by its accent from "đề" of "đề nghị")
		// "Ngân hàng sẽ có tối đa 45 ngày làm việc để xử lý tra soát đối
		// với các loại thẻ có BIN … do Ngân hàng Nhà nước cấp." (a page on
		// card disputes, web_pages_sixtyfirst.tsv): the act the time is
		// for, then the case it holds for.
		return true
	}
	for q := from; q < p; q++ {
		if t := rd.toks[q]; t.kind == tokWord {
			switch t.text {
			case "voi", "trong", "ap", "dung", "chi", "tru", "ngoai": // "với trường hợp", "trong trường hợp", "áp dụng đối với", "(ngoại trừ trường hợp …"
				continue
			}
			return false
		}
	}
	return true
}

// extensionBefore reports whether the sentence of token p extends a limit
// in the forty tokens before p ("có thể được gia hạn", "được kéo dài"; see [reader.extends]).
func (rd *reader) extensionBefore(p int) bool {
	for q := max(rd.first(p), p-40); q < p; q++ {
		if (words2(rd.toks, q, "gia", "han") || words2(rd.toks, q, "keo", "dai")) && rd.extends(q) {
			return true
		}
	}
	return false
}

// lapseAfter reports whether "mà không" or "mà chưa" follows p within its
// sentence (twenty tokens): what happens when nothing was done in time.
func (rd *reader) lapseAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+20 && !rd.isSentenceEnd(q); q++ {
		if wordAt(toks, q, "neu") && (rd.deemedAfter(q) || words5(toks, q+1, "khong", "nhan", "duoc", "y", "kien") || rd.changesNotAskedAfter(q)) {
			// "Sau 02 ngày kể từ khi nhận được đơn đề nghị, nếu không có ý
			// kiến … thì cuộc họp báo coi như được chấp thuận", "…, nếu
			// không nhận được ý kiến phản hồi bằng văn bản, công ty … được
			// cung cấp …", "Sau 15 ngày làm việc, kể từ ngày nhận được hồ
			// sơ, nếu sở y tế không có công văn yêu cầu sửa đổi, bổ sung thì
			// tổ chức được tổ chức hội thảo …" (a page on drug seminars,
			// web_pages_eightyfourth.tsv): silence is consent, the agency's
			// limit.
			return false
		}
		if rd.agencyAnswerAwaited(q) {
			// "Sau 15 ngày, nếu không có văn bản trả lời của Cục Quản lý
			// Dược, cơ sở được thực hiện thay đổi" (the Ministry of
			// Health's procedure card, dichvucong.moh.gov.vn, thủ tục
			// 1107801): a named agency's silence is consent, its limit.
			return false
		}
		if wordAt(toks, q, "ma") || wordAt(toks, q, "neu") && rd.isIf(q) {
			// "mà không …", "mà hồ sơ bổ sung không đáp ứng …", "mà hồ sơ
			// sửa đổi, bổ sung không đáp ứng yêu cầu", "sau 10 ngày, nếu
			// không có ý kiến thắc mắc, khiếu kiện của nhân dân thì …"
			for r := q + 1; r < len(toks) && r <= q+8 && !(punctAt(toks, r, ",") && !words2(toks, r+1, "bo", "sung") && !words2(toks, r+1, "sua", "chua")); r++ {
				if wordAt(toks, r, "khong") || wordAt(toks, r, "chua") {
					return true
				}
			}
		}
	}
	return false
}

// withinBefore reports whether the word w stands in [p, q), at most six
// tokens on from p ("có giá trị mua, lĩnh thuốc trong thời hạn …").
func (rd *reader) withinBefore(p, q int, w string) bool {
	for r := p; r < q && r < p+6; r++ {
		if wordAt(rd.toks, r, w) {
			return true
		}
	}
	return false
}

// rangeFromBefore reports whether "đến" at p closes a range opened by "từ
// trên <duration>" just before it: the classes of a matter ("dự báo từ
// trên 12 giờ đến tối đa 03 ngày"), where "từ 5 ngày đến 7 ngày" may be a
// range of a limit.
func (rd *reader) rangeFromBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-5; q-- {
		if (words2(toks, q, "tu", "tren") || words2(toks, q, "tu", "du")) && (kindAt(toks, q+2, tokNum) || q+2 < len(toks) && isNumberWord(toks[q+2].text)) { // ("có thời hạn từ đủ 12 tháng đến 36 tháng", "… từ đủ mười hai tháng đến ba mươi sáu tháng", Luật Bảo hiểm xã hội 2006)
			return true
		}
	}
	return false
}

// noColonBetween reports whether no colon or list mark stands between
// tokens p and q.
func (rd *reader) noColonBetween(p, q int) bool {
	for r := p; r < q; r++ {
		if punctAt(rd.toks, r, ":") || punctAt(rd.toks, r, "+") {
			return false
		}
	}
	return true
}

// noPunctBetween reports whether no punctuation stands between tokens p
// and q.
func noPunctBetween(toks []token, p, q int) bool {
	for r := p; r < q && r < len(toks); r++ {
		if toks[r].kind == tokPunct {
			return false
		}
	}
	return true
}

// namesLimitBefore reports whether "đối với" at p completes the name of
// the limit that opens the sentence: "Thời hạn <one or two words> đối
// với …", with no list mark or item label before it.
func (rd *reader) namesLimitBefore(p int) bool {
	toks := rd.toks
	q := rd.first(p)
	if punctAt(toks, q, "“") || punctAt(toks, q, "\"") {
		q++ // "“Khiếu nại đối với …", "“Thời hạn thẩm định …": a law quoted
	}
	if q < p && toks[q].kind == tokPunct {
		return false // "- Thời hạn …", "+ …"
	}
	q = pastCellHeading(toks, q, p) // "Thời hạn giải quyết: Thời hạn thẩm định đối với …"
	if (words2(toks, q, "truc", "tiep") || words2(toks, q, "truc", "tuyen")) && punctAt(toks, q+2, ":") && q+3 < p {
		q += 3 // "Trực tiếp: Thời hạn thẩm định đối với …": the channel's cell, its limit named
	}
	if words2(toks, q, "khieu", "nai") && p == q+2 && rd.receivedLater(p, "khieu", "nai") {
		// "Khiếu nại đối với quyết định, hành vi tố tụng của Thẩm phán …
		// do Chánh án … giải quyết trong thời hạn 07 ngày kể từ ngày nhận
		// được khiếu nại": the complaint is the filing the sentence is
		// about, not one case of it (three blind labels read it so).
		return true
	}
	for r := q; r < p && r < q+12 && !words2(toks, p+2, "truong", "hop"); r++ { // ("… đối với trường hợp quy định tại điểm a" is a case)
		if words2(toks, r, "thoi", "han") && resolvingAt(toks, r+2) && words2(toks, r+4, "thu", "tuc") { // (also "thời hạn xử lý thủ tục")
			// "Trình tự thực hiện và thời hạn giải quyết thủ tục cấp giấy
			// chứng nhận … đối với trường cao đẳng …": the procedure's
			// title, not a case of it.
			return true
		}
	}
	if kindAt(toks, q, tokNum) && punctAt(toks, q+1, ".") && q+2 < p {
		q += 2 // "2. Thời hạn …": a clause's number, no list of cases
	}
	if !(words2(toks, q, "thoi", "han") || words2(toks, q, "thoi", "gian")) || punctAt(toks, p-1, ":") {
		// ("Thời gian thẩm định: đối với dự án đầu tư công nhóm A, … là
		// không quá 28 ngày." (a page on public investment appraisal,
		// web_pages_sixtysecond.tsv): after the name's colon, a list of
		// cases begins.)
		return false
	}
	if p-q >= 3 && p-q <= 16 && rd.isStatedAfter(p) {
		// "2. Thời hạn cấp giấy chứng nhận quyền sở hữu, quyền sử dụng đối
		// với tài sản đã bán đấu giá là ba mươi ngày, …": the limit named,
		// then stated with "là".
		return true
	}
	return p-q >= 3 && (p-q <= 5 || p-q <= 6 && resolvingAt(toks, q+2)) // ("Thời gian giải quyết (xử lý) chế độ đối với thân nhân …")
}

// isStatedAfter reports whether the words after "đối với" at p, within
// fourteen tokens and the clause, go on to "là" and an amount: the limit
// named is stated ("… đối với tài sản đã bán đấu giá là ba mươi ngày").
func (rd *reader) isStatedAfter(p int) bool {
	toks := rd.toks
	for q := p + 2; q < len(toks) && q < p+14 && !rd.isBreak(q); q++ {
		if wordAt(toks, q, "la") {
			return kindAt(toks, q+1, tokNum) || q+1 < len(toks) && toks[q+1].kind == tokWord && isNumberWord(toks[q+1].text) || capAt(toks, q+1)
		}
	}
	return false
}

// exceptionBefore reports whether an exception ("trừ …") opens in the
// eight words before p, within the clause.
func (rd *reader) exceptionBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-8 && !rd.isBreak(q); q-- {
		if wordAt(rd.toks, q, "tru") && strings.ContainsAny(rd.original(q), "ừỪ") {
			return true // "trừ", not "trụ", "trữ"
		}
	}
	return false
}

// receivedLater reports whether the sentence of p counts from receipt of
// the thing named a b: "kể từ ngày nhận được khiếu nại".
func (rd *reader) receivedLater(p int, a, b string) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+80 && !rd.isSentenceEnd(q); q++ {
		if wordsAt(toks, q, "nhan", "duoc", a, b) || wordsAt(toks, q, "nhan", a, b) {
			return true
		}
	}
	return false
}

// caseBetween reports whether a case ("trường hợp") opens between tokens p
// and q: what follows it is that case's, not the posting's ("Trong thời
// gian niêm yết, thông báo công khai, trường hợp có khiếu nại …, … không
// quá 07 ngày làm việc").
func (rd *reader) caseBetween(p, q int) bool {
	for r := p; r < q; r++ {
		if words2(rd.toks, r, "truong", "hop") {
			return true
		}
	}
	return false
}

// rightAfter reports whether "được quyền" follows p in its sentence (forty
// tokens).
func (rd *reader) rightAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+40 && !rd.isSentenceEnd(q); q++ {
		if words2(toks, q, "duoc", "quyen") {
			return true
		}
		if wordAt(toks, q, "neu") && rd.silenceFrom(q) {
			// "Sau 15 ngày kể từ khi nhận được báo cáo nếu cơ quan quản lý
			// cấp trên trực tiếp không trả lời thì xí nghiệp được quyền
			// thực hiện …": silence is consent, the body's limit.
			return false
		}
	}
	return false
}

// silenceFrom reports whether the "nếu" at q says a body did not answer
// ("nếu cơ quan … không trả lời", "nếu … không có ý kiến"), within twelve
// tokens.
func (rd *reader) silenceFrom(q int) bool {
	toks := rd.toks
	for r := q + 1; r < len(toks) && r <= q+12 && !rd.isSentenceEnd(r); r++ {
		if words3(toks, r, "khong", "tra", "loi") || words4(toks, r, "khong", "co", "y", "kien") {
			return true
		}
	}
	return false
}

// documentAt reports whether a document's name starts at toks[p]: "giấy
// …", "phiếu …", "bản sao", "văn bản", "chứng chỉ".
func (rd *reader) documentAt(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "giay") || wordAt(toks, p, "phieu") || words2(toks, p, "ban", "sao") || words2(toks, p, "van", "ban") ||
		words2(toks, p, "chung", "chi")
}

// leadTime reports whether "trước" at p starts the event a lead time
// counts back from: "trước ngày …", "trước khi …", "trước thời điểm …",
// "trước thời hạn …", "trước kỳ sát hạch", "trước phiên họp" (not "trước
// đó", "như trước").
func (rd *reader) leadTime(p int) bool {
	toks := rd.toks
	if words2(toks, p+1, "thoi", "han") && (words2(toks, p-2, "cham", "dut") || words2(toks, p-2, "ket", "thuc") || words2(toks, p-2, "thanh", "ly")) {
		// "Thủ tục chấm dứt trước thời hạn thử nghiệm có kiểm soát: 05
		// ngày làm việc …" (a probe of procedures' names): an end before
		// the term, early, no time counted back.
		return false
	}
	return wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi") || wordAt(toks, p+1, "gio") || words2(toks, p+1, "thoi", "diem") ||
		words2(toks, p+1, "thoi", "han") || words2(toks, p+1, "thoi", "gian") ||
		wordAt(toks, p+1, "ky") || wordAt(toks, p+1, "phien") || wordAt(toks, p+1, "cuoc") || // "trước kỳ sát hạch", "trước phiên họp"
		wordAt(toks, p+1, "dot") || wordAt(toks, p+1, "moi") && (wordAt(toks, p+2, "dot") || wordAt(toks, p+2, "ky") || wordAt(toks, p+2, "phien")) || // "trước mỗi đợt chào bán trái phiếu"
		wordAt(toks, p+1, "tet") && rd.markedOrUnmarked(p+1, "ếẾ") || // "Hà Nội dừng đào đường, vỉa hè trước tết 15 ngày" (a news headline, web_pages_fiftysixth.tsv): the Lunar New Year
		wordAt(toks, p+1, "chuyen") && (wordAt(toks, p+2, "di") || wordAt(toks, p+2, "bay")) // "… chứng nhận sức khỏe được cấp trong vòng 7 ngày trước chuyến đi" (a page on pets entering Việt Nam, web_pages_sixtyseventh.tsv): the trip
}

// headingAt records the condition starting at p as the heading of the
// whole text when it opens the text (after list marks only) and ends with
// a colon in its own sentence: "(2) Trường hợp giao nộp mẫu vật địa chất,
// khoáng sản: * Cách thực hiện: … * Thời hạn giải quyết: 05 ngày làm
// việc". The portal splits a procedure with several cases into one cell
// per case; such a cell's limits are one case's, never the procedure's
// ordinary limit. The ordinary case ("Trường hợp hồ sơ hợp lệ:") heads
// nothing.
func (rd *reader) headingAt(p int) {
	toks := rd.toks
	if rd.heading != "" {
		return
	}
	for q := 0; q < p; q++ {
		if toks[q].kind == tokWord && !(q == p-1 && (toks[q].text == "trong" || toks[q].text == "rieng")) && !letterMarkAt(toks, q) && !slashMarkAt(toks, q) { // "- Trong trường hợp cần thiết, …;", "a) Trường hợp …:", "a/ Trường hợp …:"; "- Riêng đối với …:", only for (a check of the tuning texts with "Đối với" swapped for "Riêng đối với")
			if toks[q].text == "buoc" && kindAt(toks, q+1, tokNum) && (punctAt(toks, q+2, ":") || punctAt(toks, q+2, ".")) && q+3 <= p {
				// "Bước 03: Trường hợp hồ sơ không hợp lệ, Sở … thông báo
				// …; Thời hạn: không quá 05 ngày …" (a land-use plan's
				// appraisal steps, web_pages_fiftyeighth.tsv): the step's
				// label, then its case.
				q += 2
				continue
			}
			return
		}
	}
	end := rd.last(p)
	colon := -1
	for q := p + 1; q < end; q++ {
		if punctAt(toks, q, ":") {
			colon = q
			break
		}
	}
	if colon < 0 && end < len(toks) && punctAt(toks, end, ";") {
		colon = end // "- Trường hợp … bị mất, rách; trong thời hạn 05 ngày làm việc …"
	}
	if colon < 0 || rd.isNormalCase(p, colon) {
		return
	}
	rd.heading = rd.words(p, colon)
}

// caseLabelAt reports whether the words [from, colon) before a duration's
// colon label one case of the procedure rather than an agency's share or
// the limit itself: "- Cấp lại giấy phép bị mất, hỏng: 07 ngày làm việc",
// "(3) Điều chỉnh Giấy phép …: 07 ngày làm việc", "+ Bước 5: 15 ngày". The
// label starts, after list marks, with the verb of a procedure or "Bước"
// (a step); "Cấp xã:", "Cấp tỉnh:" name a level of government, a share.
func (rd *reader) caseLabelAt(from, colon int) bool {
	toks := rd.toks
	p := from
	for p < colon && toks[p].kind != tokWord {
		p++
	}
	if p >= colon {
		return false
	}
	if letterMarkAt(toks, p) && p+2 < colon {
		p += 2 // "b) Thời gian giải quyết … của cấp …:": past the list's letter
	}
	if words2(toks, p, "cach", "thuc") && p+2 < colon {
		p += 2 // "- Cách thức cấp lại do bị hỏng: …": the case's verb follows
	}
	if (words3(toks, p, "hoan", "thue", "truoc") || words3(toks, p, "kiem", "tra", "truoc")) && punctAt(toks, p+3, ",") && colon-p <= 8 {
		// "Hoàn thuế trước, kiểm tra sau: 6 ngày làm việc", "Kiểm tra
		// trước, hoàn thuế sau: 40 ngày làm việc": the two kinds of refund
		// dossier (Luật Quản lý thuế 2019, 38/2019/QH14: Điều 73 sorts
		// them, Điều 75 times them), each its own case.
		return true
	}
	if colon-p >= 4 && colon-p <= 16 && words2(toks, colon-2, "phe", "duyet") && rd.phraseInSentenceBefore(colon-2, colon-3-p, "do") {
		// "• Phương án chữa cháy do Trưởng phòng CS PC&CC phê duyệt: Không
		// quá 07 ngày làm việc …", "• … do Giám đốc Cảnh sát PC&CC phê
		// duyệt: Không quá 10 ngày làm việc …" (a page on fire-fighting
		// plans, web_pages_seventysixth.tsv): the case named by who
		// approves, "do" (by) between the label's first word and its verb.
		return true
	}
	switch toks[p].text {
	case "cap":
		// "Cấp lại …", "Cấp giấy phép …"; not a level ("Cấp xã:", "Cấp
		// đại đội, tiểu đoàn …:").
		switch {
		case p+1 >= colon:
			return false
		case wordAt(toks, p+1, "lai"), wordAt(toks, p+1, "moi"), wordAt(toks, p+1, "doi"), wordAt(toks, p+1, "giay"),
			wordAt(toks, p+1, "phep"), wordAt(toks, p+1, "chung"), wordAt(toks, p+1, "the"), wordAt(toks, p+1, "ban"),
			wordAt(toks, p+1, "van"), wordAt(toks, p+1, "quyet"), wordAt(toks, p+1, "so"), words2(toks, p+1, "lan", "dau"),
			words2(toks, p+1, "bien", "so"), words2(toks, p+1, "ho", "chieu"), wordAt(toks, p+1, "phieu"): // "- Cấp biển số định danh, cơ quan: Trong vòng 7 ngày làm việc"
			return !words2(toks, p+1, "so", "xa") && !words2(toks, p+1, "co", "so")
		}
		return false
	case "dieu":
		return wordAt(toks, p+1, "chinh")
	case "can", "phai":
		// "10 ngày làm việc (cần xác minh: 15 ngày làm việc)" (a probe of
		// the cases' phrasings, the thirty-seventh session): a situation
		// that needs a check, one case, as "(trường hợp cần xác minh: …)".
		return p+1 < colon && (words2(toks, p+1, "xac", "minh") || words2(toks, p+1, "tham", "dinh") || words2(toks, p+1, "kiem", "tra") || words3(toks, p+1, "lay", "y", "kien") || words3(toks, p+1, "xin", "y", "kien"))
	case "chuong":
		// "• Chương trình đầu tư công (không bao gồm chương trình mục tiêu
		// quốc gia): Không quá 45 ngày;" (thukyluat.vn on appraising public
		// investment programmes): one kind of programme, as "Dự án …:" is.
		return wordAt(toks, p+1, "trinh")
	case "phu":
		// "– Phù hiệu vận tải cộng địa phương + giấy đăng ký xe: 02 ngày"
		// (a forum page on lorry badges, one line of two): one kind of
		// badge, as "Cấp phù hiệu …" would be.
		return wordAt(toks, p+1, "hieu")
	case "phuong":
		// "- Phương thức kiểm tra chặt: Trong thời hạn 01 (một) ngày làm
		// việc …" (thuvienphapluat.vn on checking imported salt): one of
		// the inspection methods (chặt, thông thường, giảm), as the tuning
		// rows' "Đối với phương thức kiểm tra chặt:" is.
		return words3(toks, p+1, "thuc", "kiem", "tra")
	case "nha":
		return wordAt(toks, p+1, "o") // "Nhà ở riêng lẻ nông thôn: 10 ngày làm việc": one kind of house
	case "gia":
		return wordAt(toks, p+1, "han")
	case "sua":
		return wordAt(toks, p+1, "doi")
	case "bo":
		// ("- Bổ sung điểm a1: Trong 07 ngày …" heads an amendment's
		// summary, Nghị định 54/2026/NĐ-CP Điều 36, no case.)
		// ("Bổ sung hồ sơ: Trong thời hạn 05 ngày làm việc, kể từ ngày
		// nhận được hồ sơ, cơ quan tiếp nhận hồ sơ có trách nhiệm xem xét,
		// kiểm tra hồ sơ; …" heads the completeness check, a step every
		// dossier passes (a page on railway crossing permits,
		// web_pages_sixtieth.tsv), no case.)
		return wordAt(toks, p+1, "sung") && !wordAt(toks, p+2, "diem") && !wordAt(toks, p+2, "khoan") && !wordAt(toks, p+2, "dieu") && !(words2(toks, p+2, "ho", "so") && p+4 == colon)
	case "thu":
		return wordAt(toks, p+1, "hoi")
	case "chap":
		return wordAt(toks, p+1, "thuan")
	case "dang":
		return wordAt(toks, p+1, "ky")
	case "thay":
		return wordAt(toks, p+1, "doi")
	case "cong":
		return wordAt(toks, p+1, "nhan") || wordAt(toks, p+1, "bo")
	case "phe":
		return wordAt(toks, p+1, "duyet")
	case "giai":
		return wordAt(toks, p+1, "the")
	case "xac":
		// ("Xác nhận đăng ký hoàn thành và công bố: 5 ngày làm việc kể từ
		// ngày nhận được hồ sơ …", a cell of its own, names the procedure's
		// result: its limit; "- Xác nhận …:" in a list is one case, but
		// for "- Xác nhận tiếp nhận: Trong vòng 24 giờ làm việc kể từ khi
		// nhận được khiếu nại, …", a complaint process's first step,
		// homenow.vn: acknowledging receipt is no kind of matter.)
		return wordAt(toks, p+1, "nhan") && p > 0 && toks[p-1].kind == tokPunct && !words2(toks, p+2, "tiep", "nhan") && !words2(toks, p+2, "da", "nhan")
	case "hop":
		return wordAt(toks, p+1, "nhat")
	case "sap":
		return wordAt(toks, p+1, "nhap")
	case "chia", "tach":
		return true
	case "de":
		// "a) Đề án Chính phủ: sau không quá 07 ngày làm việc …": one kind
		// of scheme in a lettered list.
		return wordAt(toks, p+1, "an") && letterMarkAt(toks, p-2)
	case "tai":
		// "Tại các huyện miền núi vùng cao, biên giới, hải đảo: Không quá 20
		// ngày": one place's case.
		// "- Tài liệu danh mục thiết bị tối thiểu (MEL): 15 ngày kể từ khi
		// nhận đủ tài liệu và hồ sơ hợp lệ;" (an aircraft operator's
		// manuals approved one by one, web_pages_sixtieth.tsv): one kind
		// of document's case ("tài liệu" folds as "tại" does).
		return words2(toks, p+1, "cac", "huyen") || words2(toks, p+1, "cac", "xa") || words2(toks, p+1, "cac", "tinh") || wordsAt(toks, p+1, "vung") || words2(toks, p+1, "khu", "vuc") || words3(toks, p+1, "cac", "khu", "vuc") || words3(toks, p+1, "cac", "dia", "ban") || // ("- Tại các khu vực còn lại: Không quá 15 ngày làm việc.", a page on vehicle registration, web_pages_seventyfifth.tsv)
			wordAt(toks, p+1, "lieu") && p+2 < colon
	case "xa", "vung", "khu":
		// "Xã đồng bằng: Không quá 10 ngày …", "Vùng đồng bằng: …" beside
		// the mountain communes' time: one kind of place's case (national
		// portal 2026, Ninh Bình land procedures 1.116918, 1.116914); a
		// bare "Xã:" is a level's share.
		return rd.placeKindIn(p+1, colon)
	case "khach":
		// "+ Khách hàng mua điện lắp đặt công tơ 03 pha: Không quá 07 ngày
		// làm việc": one class of customer in a list.
		return wordAt(toks, p+1, "hang") && (punctAt(toks, p-1, "-") || punctAt(toks, p-1, "+") || punctAt(toks, p-1, "*"))
	case "thoi":
		// "b) Thời gian giải quyết cấp đổi, cấp lại hiện vật khen thưởng
		// của cấp trực thuộc Bộ Quốc phòng đến cấp trung đoàn …: Trong 15
		// ngày làm việc …": one level's time in a lettered list.
		if (wordAt(toks, p+1, "gian") || wordAt(toks, p+1, "han")) && letterMarkAt(toks, p-2) {
			for q := p + 2; q < colon; q++ {
				if words2(toks, q, "cua", "cap") || words2(toks, q, "tai", "cap") {
					return true
				}
			}
		}
		return false
	case "du":
		// "– Dự án thiết kế quy hoạch: Không quá 10 ngày làm việc": one
		// class of project in a list.
		return wordAt(toks, p+1, "an") && (punctAt(toks, p-1, "-") || punctAt(toks, p-1, "–") || punctAt(toks, p-1, "+") || punctAt(toks, p-1, "*"))
	case "truc", "qua", "buu", "dich":
		// A channel in a list of several ("- Trực tiếp: …\n- Trực tuyến:
		// …"); a cell of the portal that opens with its own channel
		// ("Trực tuyến tại Cổng Dịch vụ công quốc gia: 07 ngày") is that
		// channel's limit.
		listed := punctAt(toks, p-1, "-") || punctAt(toks, p-1, "+") || punctAt(toks, p-1, "*") || punctAt(toks, p-1, "(") // ("(trực tuyến qua VNeID: 3 ngày)" after the limit)
		if !listed && filingChannelAt(toks, p) && (p == rd.opening(p) || punctAt(toks, p-1, ";")) {
			// "Trực tiếp: 05 ngày làm việc; Trực tuyến: 03 ngày làm việc"
			// (a probe of catalogue cells): channels labelled in a row,
			// as a list's lines are.
			listed = rd.otherChannelLabelNear(p, colon)
		}
		return listed && filingChannelAt(toks, p)
	case "ket":
		// "Kết quả không đạt: trong 2 ngày làm việc phải thông báo bằng
		// văn bản" (a Đà Nẵng inspection procedure): the failing outcome,
		// one case, as "Hồ sơ không đúng thủ tục:" is.
		return wordAt(toks, p+1, "qua") && (wordAt(toks, p+2, "khong") || wordAt(toks, p+2, "chua"))
	case "ho":
		// "Hồ sơ không đúng thủ tục:", "Hồ sơ chưa đầy đủ:": a failure case.
		return wordAt(toks, p+1, "so") && (wordAt(toks, p+2, "khong") || wordAt(toks, p+2, "chua") || wordAt(toks, p+2, "thieu"))
	}
	return false
}

// otherChannelLabelNear reports whether another channel's label ("Trực
// tuyến:", "Qua bưu chính:") stands within forty tokens of the one at p
// (its colon at colon), opening the text or after a semicolon.
func (rd *reader) otherChannelLabelNear(p, colon int) bool {
	toks := rd.toks
	for q := max(0, p-40); q < len(toks) && q < colon+40; q++ {
		if q != p && (q == 0 || punctAt(toks, q-1, ";")) && filingChannelAt(toks, q) {
			for r := q + 1; r < len(toks) && r <= q+6; r++ {
				if punctAt(toks, r, ":") {
					return true
				}
			}
		}
	}
	return false
}

// stepLabelAt reports whether the words [from, colon) are a step's label,
// "Bước 5", "+ Bước 10": the duration after it is that step's.
func (rd *reader) stepLabelAt(from, colon int) bool {
	toks := rd.toks
	p := from
	for p < colon && toks[p].kind != tokWord {
		p++
	}
	// ("Bước 2. Công bố hoạt động cảng thủy nội địa …: Trong thời hạn 05
	// ngày làm việc …": the step's name after its number.)
	return wordAt(toks, p, "buoc") && kindAt(toks, p+1, tokNum) && p+2 == colon ||
		punctAt(toks, from-1, ".") && kindAt(toks, from-2, tokNum) && wordAt(toks, from-3, "buoc")
}

// placeKindIn reports whether the words [p, q) name a kind of place
// that procedures time apart: lowland, midland, mountain, border, island
// or remote and hard-pressed areas.
func (rd *reader) placeKindIn(p, q int) bool {
	toks := rd.toks
	for r := p; r < q; r++ {
		if words2(toks, r, "dong", "bang") || words2(toks, r, "trung", "du") || words2(toks, r, "mien", "nui") || words2(toks, r, "vung", "cao") ||
			words2(toks, r, "vung", "sau") || words2(toks, r, "hai", "dao") || words2(toks, r, "bien", "gioi") || words2(toks, r, "kho", "khan") {
			return true
		}
	}
	return false
}

// townOrPlaceKindIn reports whether the words [p, q), after "Tại", name a
// kind of place (placeKindIn) with no public body among them, or towns
// ("thành phố, thị xã", "đô thị").
func (rd *reader) townOrPlaceKindIn(p, q int) bool {
	toks := rd.toks
	if words2(toks, p, "thanh", "pho") && punctAt(toks, p+2, ",") && syllableThiAt(toks, p+3) && wordAt(toks, p+4, "xa") || wordAt(toks, p, "do") && syllableThiAt(toks, p+1) { // ("thành phố, thị xã", "đô thị": towns)
		return true // ("thành phố" alone may be a city's body: "Tại thành phố Hà Nội")
	}
	return !rd.agencyNameAt(p) && !words2(toks, p, "bo", "phan") && !words2(toks, p, "van", "phong") && rd.placeKindIn(p, q)
}

// introduces reports whether tokens [from, to) only introduce the
// duration at to: nothing, or "Trong thời hạn", "trong vòng", "không quá",
// "chậm nhất là", "tối đa".
func (rd *reader) introduces(from, to int) bool {
	for q := from; q < to; q++ {
		if t := rd.toks[q]; t.kind == tokWord {
			switch t.text {
			case "trong", "thoi", "han", "gian", "vong", "khong", "qua", "cham", "muon", "nhat", "la", "toi", "da":
				continue
			}
			return false
		}
	}
	return true
}

// labelStart returns where the label before the colon at c begins: after
// the last clause break, list mark or sentence end at or after lo.
func (rd *reader) labelStart(lo, c int) int {
	for p := c - 1; p >= lo; p-- {
		t := rd.toks[p]
		if t.kind == tokPunct && (rd.isSentenceEnd(p) || t.text == ";" || t.text == "+" || t.text == "*" || (t.text == "-" && t.space) || t.text == ":") {
			return p + 1
		}
	}
	return lo
}

// isNormalCase reports whether the condition words [from, to) name the
// ordinary path, a complete and valid dossier ("Trường hợp hồ sơ hợp lệ",
// "Trường hợp nhận đủ hồ sơ hợp lệ theo quy định"), with no negation.
func (rd *reader) isNormalCase(from, to int) bool {
	toks := rd.toks
	if words5(toks, from, "doi", "voi", "tat", "ca", "loai") || words6(toks, from, "doi", "voi", "tat", "ca", "cac", "loai") {
		// "đối với tất cả loại visa thời gian làm visa … mất khoảng 8
		// ngày": every kind, the ordinary path. ("… không quá 20 ngày làm
		// việc đối với tất cả các trường hợp" after a place's case, "(đối
		// với tất cả các cơ sở chăn nuôi thuộc đối tượng phải kê khai …)"
		// scope the duration: labelled cases.)
		return true
	}
	for q := from; q < to && q < from+16; q++ {
		if words2(toks, q, "cap", "lai") || words3(toks, q, "to", "chuc", "lai") {
			// "- Đối với trường hợp cấp lại do thay đổi mục đích … và đáp
			// ứng đầy đủ điều kiện …", "+ Đối với trường hợp doanh nghiệp …
			// thực hiện tổ chức lại doanh nghiệp … và tiếp tục đáp ứng đủ
			// các điều kiện …" (the portal's steps): a reissue or a
			// reorganised firm is one case of the procedure (README), what
			// it meets notwithstanding.
			return false
		}
	}
	if wordAt(toks, from, "neu") && (words2(toks, from+1, "dong", "y") || words2(toks, from+1, "chap", "thuan")) {
		// "c) Nếu đồng ý cung cấp thông tin, trong thời hạn 03 ngày làm
		// việc …": the granting path, as "Trường hợp đồng ý …" below (a
		// check of the tuning texts with "Trường hợp" swapped for "Nếu").
		return true
	}
	valid := false
	for q := from; q < to; q++ {
		switch {
		case words4(toks, q, "khong", "co", "tranh", "chap"):
			q += 3 // "là đúng và không có tranh chấp": no negation of the path
		case words6(toks, q, "khong", "co", "can", "cu", "tu", "choi"):
			// "trường hợp không có căn cứ từ chối đăng ký thì …": nothing to
			// refuse, the ordinary path.
			q += 5
			valid = true
		case capAt(toks, q):
			q++ // "…, trong thời hạn không quá": the duration's own words
		case words5(toks, q, "hoac", "khong", "dat", "yeu", "cau"):
			// "đối với hồ sơ … đạt yêu cầu hoặc không đạt yêu cầu": both
			// outcomes, every dossier.
			q += 4
			valid = true
		case words6(toks, q, "khong", "co", "van", "ban", "de", "nghi") && (words2(toks, q+6, "bo", "sung") || words2(toks, q+6, "sua", "doi")):
			// "… cơ quan tiếp nhận hồ sơ không có văn bản đề nghị bổ sung,
			// hoàn thiện hồ sơ thì …": nothing to mend, as below.
			q += 7
			valid = true
		case words6(toks, q, "khong", "co", "yeu", "cau", "sua", "doi") || words6(toks, q, "khong", "co", "yeu", "cau", "bo", "sung") ||
			words5(toks, q, "khong", "yeu", "cau", "sua", "doi") || words5(toks, q, "khong", "yeu", "cau", "bo", "sung"): // ("Trường hợp không yêu cầu sửa đổi, bổ sung hồ sơ, Sở Y tế cấp …")
			// "Trường hợp không có yêu cầu sửa đổi, bổ sung hồ sơ, Bộ Y tế
			// cấp phép …": nothing to mend, the dossier's ordinary path (as
			// "Trường hợp hồ sơ hợp lệ").
			q += 5
			valid = true
		case words6(toks, q, "khong", "co", "van", "ban", "yeu", "cau") && (words2(toks, q+6, "bo", "sung") || words2(toks, q+6, "sua", "doi")):
			// "… kể từ ngày ghi trên Phiếu tiếp nhận hồ sơ nếu Sở Y tế không
			// có văn bản yêu cầu sửa đổi, bổ sung" (a province's procedure
			// for registering medical advertising,
			// web_pages_fiftysecond.tsv): nothing to mend, as "không có văn
			// bản đề nghị bổ sung" above.
			q += 7
			valid = true
		case (words4(toks, q, "khong", "can", "bo", "sung") || words4(toks, q, "khong", "phai", "bo", "sung") || words4(toks, q, "khong", "co", "sai", "sot")) && rd.dossierBefore(q):
			// "Trường hợp hồ sơ không cần bổ sung, …", "… không có sai sót":
			// nothing to mend, the dossier's ordinary path, as "không có
			// yêu cầu sửa đổi, bổ sung" above (found by a probe of the
			// ordinary path's phrasings).
			q += 3
			valid = true
		case words4(toks, q, "khong", "co", "vuong", "mac") && rd.dossierBefore(q) || words5(toks, q, "khong", "phat", "hien", "sai", "sot"):
			// "Trường hợp hồ sơ không có vướng mắc, …", "Trường hợp không
			// phát hiện sai sót, …": nothing to mend, as "không có sai sót"
			// (a probe of the ordinary path's phrasings, the thirty-sixth
			// session).
			q += 3
			if wordAt(toks, q, "sai") {
				q++
			}
			valid = true
		case words4(toks, q, "khong", "can", "xac", "minh") || words5(toks, q, "khong", "can", "phai", "xac", "minh"):
			// "- Trường hợp không cần phải xác minh, không quá 07 ngày kể từ
			// ngày nhận đủ hồ sơ" (Cao Bằng's page on splitting a household
			// book, caobang.gov.vn): nothing to verify, the dossier's
			// ordinary path, as nothing to mend is.
			q += 4
			if wordAt(toks, q, "minh") {
				q++
			}
			valid = true
		case wordAt(toks, q, "chua") || wordAt(toks, q, "khong") || wordAt(toks, q, "thieu") || wordAt(toks, q, "nhung") || // "phù hợp, nhưng có nghi ngờ"
			wordAt(toks, q, "tang") && !strings.ContainsAny(rd.original(q), "ặẶ") || wordAt(toks, q, "khi") || words2(toks, q, "keo", "dai") || words2(toks, q, "gia", "han") && !words2(toks, q-2, "de", "nghi") && !words2(toks, q-2, "ho", "so") ||
			words2(toks, q, "su", "co"): // "Trường hợp Cổng Thông tin một cửa quốc gia gặp sự cố, …"
			return false // ("hồ sơ đề nghị gia hạn nộp thuế", "hồ sơ gia hạn nộp thuế" name the matter)
		case words2(toks, q, "hop", "le") || words2(toks, q, "nhan", "du") && !wordAt(toks, q-1, "chung"), // not "chứng nhận đủ điều kiện"
			words3(toks, q, "dat", "yeu", "cau"), words2(toks, q, "chinh", "xac"),
			words3(toks, q, "dung", "quy", "dinh"), words2(toks, q, "la", "dung"), // "hồ sơ theo đúng quy định", "việc nhận cha, mẹ, con là đúng"
			words3(toks, q, "dung", "theo", "mau") && !wordAt(toks, q-1, "khong"),                                // "Trường hợp Bảng công bố … đúng theo mẫu quy định, đầy đủ thông tin"
			words3(toks, q, "theo", "quy", "dinh") && words2(toks, q-2, "ho", "so") && !wordAt(toks, q+3, "tai"), // "Trường hợp hồ sơ theo quy định, …" (not "hồ sơ theo quy định tại khoản 2", a dossier named elsewhere)
			words2(toks, q, "phu", "hop") && !wordAt(toks, q-1, "khong") && !words2(toks, q-2, "hinh", "thuc"),   // "kết quả kiểm tra, đối chiếu phù hợp" (not "qua … hoặc hình thức phù hợp khác", a channel: web_pages_seventysecond.tsv)
			words5(toks, q, "bao", "dam", "theo", "quy", "dinh"), words4(toks, q, "dap", "ung", "dieu", "kien"),  // "hồ sơ bảo đảm theo quy định"
			words3(toks, q, "duoc", "chap", "nhan"),  // "Trường hợp hồ sơ được chấp nhận, trong thời hạn 7 ngày làm việc"
			words3(toks, q, "duoc", "chap", "thuan"), // "… chi trả quyền lợi bảo hiểm (nếu được chấp thuận) chậm nhất là ba mươi (30) ngày"
			wordAt(toks, q, "duoc") && rd.agencyNameAt(q+1) && (words2(toks, q+2, "chap", "thuan") || words2(toks, q+3, "chap", "thuan") || words2(toks, q+4, "chap", "thuan") || words2(toks, q+5, "chap", "thuan")), // "nếu được cơ quan thuế chấp thuận thì doanh nghiệp được phép sử dụng hóa đơn điện tử sau 01 ngày …" (a page on e-invoices): granted by a body, the ordinary path
			words3(toks, q, "thuc", "hien", "duoc"),  // "Thời hạn giải quyết – Trường hợp thực hiện được: 15 ngày làm việc": what can be done, the ordinary path
			words4(toks, q, "nop", "du", "ho", "so"), // "trong trường hợp bạn nộp đủ hồ sơ làm chế độ thai sản …": the filing itself
			words2(toks, q, "chinh", "dang") && wordAt(toks, q-1, "la"),
			words4(toks, q, "da", "lam", "dung", "cac"),                                               // "Nếu bạn đã làm đúng các bước trên, …": the steps done right                                       // "Nếu Hội đồng trọng tài cho rằng yêu cầu này là chính đáng thì …": the request granted
			words4(toks, q, "truong", "hop", "chap", "thuan") && q == from,                            // "trong trường hợp chấp thuận nhu cầu và cấp giấy phép lao động": the granting path
			words4(toks, q, "truong", "hop", "dong", "y") && q == from && !wordAt(toks, q-1, "khong"), // "c) Trường hợp đồng ý cung cấp thông tin, trong thời hạn 03 ngày làm việc …" (Nghị định 212/2026/NĐ-CP Điều 22): the granting path
			words6(toks, q, "dap", "ung", "du", "cac", "dieu", "kien"),                                // "… đáp ứng đủ các điều kiện để điều chỉnh … thì 2 ngày làm việc"
			words5(toks, q, "dap", "ung", "cac", "dieu", "kien") && rd.dossierBefore(q),               // "Trường hợp hồ sơ đáp ứng các điều kiện để được cấp phép, Bộ LĐTBXH cấp lại giấy phép … trong vòng 15 ngày" (a page on labour sub-leasing licences)
			// "+ Trường hợp hồ sơ đáp ứng các yêu cầu theo quy định, trong thời hạn 30 ngày … Bộ Khoa học và Công nghệ có văn bản chấp thuận chuyển giao công nghệ" (web_pages_fiftyfirst.tsv): as "các điều kiện"
			(words5(toks, q, "dap", "ung", "cac", "yeu", "cau") || words4(toks, q, "dap", "ung", "yeu", "cau")) && rd.dossierBefore(q),
			// "Trường hợp hồ sơ đảm bảo, …", "hồ sơ đủ thành phần", "hồ sơ
			// đạt, …": the same said short (a probe of the ordinary path's
			// phrasings)
			(words2(toks, q, "dam", "bao") && (kindAt(toks, q+2, tokPunct) || wordAt(toks, q+2, "thi"))) && rd.dossierBefore(q),
			words3(toks, q, "du", "thanh", "phan") && rd.dossierBefore(q),
			words2(toks, q, "hoan", "chinh") && rd.dossierBefore(q) && (wordAt(toks, q-1, "so") || wordAt(toks, q-1, "da")),                 // "Trường hợp hồ sơ hoàn chỉnh, …" (a probe of the ordinary path's phrasings): as "đầy đủ"
			wordAt(toks, q, "dung") && punctAt(toks, q+1, ",") && wordAt(toks, q+2, "du") && wordAt(toks, q-1, "so") && rd.dossierBefore(q), // "Trường hợp hồ sơ đúng, đủ theo quy định, …" (the same probe)
			words4(toks, q, "du", "cac", "dieu", "kien") && rd.dossierBefore(q),                                                             // "- Trường hợp hồ sơ đủ các điều kiện theo quy định, Phòng Tài chính - Kế hoạch … trả kết quả trong thời hạn 07 ngày làm việc" (a household business's dissolution, web_pages_fiftyseventh.tsv): as "đủ điều kiện"
			words4(toks, q, "dap", "ung", "tieu", "chi"), words5(toks, q, "dap", "ung", "cac", "tieu", "chi"),                               // "nếu người nhận chuyển nhượng … đáp ứng tiêu chí về năng lực tài chính"
			words2(toks, q, "day", "du") && rd.dossierBefore(q), // "hồ sơ đề nghị gia hạn nộp thuế đầy đủ"
			words2(toks, q, "day", "du") && q == from+1 && wordAt(toks, from, "neu") && (words3(toks, q+2, "theo", "quy", "dinh") || words5(toks, q+2, "thu", "tuc", "theo", "quy", "dinh")),                                                                 // "+ Nếu đầy đủ theo quy định thì tiếp nhận gửi giấy hẹn …" (a postal filing's step, web_pages_sixtieth.tsv): the dossier understood; "(cán bộ tiếp nhận hồ sơ nếu đầy đủ thủ tục theo quy định thì viết giấy Biên nhận …)" (Hà Nội's social housing steps, web_pages_sixtysixth.tsv) the same
			wordAt(toks, q, "du") && !wordAt(toks, q-1, "day") && rd.dossierBefore(q) && (kindAt(toks, q+1, tokPunct) || wordAt(toks, q+1, "thi") || wordAt(toks, q+1, "va") || words3(toks, q+1, "theo", "quy", "dinh") || words2(toks, q+1, "giay", "to")), // "Trường hợp hồ sơ đủ thì …", "hồ sơ đề nghị gia hạn nộp thuế đủ, …", "hồ sơ đủ theo quy định", "hồ sơ đã đủ giấy tờ"
			words2(toks, q, "hop", "phap") && rd.dossierBefore(q),                                                                // "Trường hợp hồ sơ hợp pháp, đầy đủ, đúng mẫu quy định thì …"
			words2(toks, q, "thong", "thuong") && wordAt(toks, q-1, "so") && rd.dossierBefore(q),                                 // "30 ngày đối với hồ sơ thông thường; 45 ngày đối với hồ sơ phức tạp" (a probe of catalogue cells): the ordinary dossier, its path ("Trường hợp thông thường: 01 ngày" alone, steps_other_procedures.tsv, stays one case of several cells)
			words3(toks, q, "du", "dieu", "kien") && !(wordAt(toks, q-1, "nhan") && strings.ContainsAny(rd.original(q-1), "ậẬ")): // not "chứng nhận đủ điều kiện"; "Trường hợp cá nhân đủ điều kiện xét tặng, …" ("nhân", "tặng" told from "nhận", "tăng" by their accents) is the ordinary path
			valid = true
		}
	}
	// "Trường hợp hồ sơ hợp lệ", "Nếu hồ sơ hợp lệ thì …", "nếu kết quả đạt
	// yêu cầu", "nếu thông tin … là chính xác", "nếu thấy việc nhận cha,
	// mẹ, con là đúng": the path every complete dossier takes, not a case
	// beside it.
	if words2(toks, from, "doi", "voi") {
		// "… trong vòng 01 ngày làm việc đối với phương tiện có đủ điều
		// kiện để kiểm tra": what meets the conditions, the ordinary path
		// (as "hồ sơ hợp lệ").
		for q := from + 2; q < to && q < from+8; q++ {
			if words4(toks, q, "co", "du", "dieu", "kien") {
				return true
			}
		}
	}
	return valid && (wordAt(toks, from, "truong") || wordAt(toks, from, "neu") || words4(toks, from, "doi", "voi", "ho", "so") || // ("01 ngày đối với hồ sơ hợp lệ")
		words2(toks, from, "doi", "voi") && rd.applicationAt(from+2) || // ("Đối với đơn hợp lệ, trong thời hạn 60 ngày …": an application, as a dossier)
		words5(toks, from, "doi", "voi", "cac", "ho", "so") || // ("c) Đối với các hồ sơ đã đầy đủ theo quy định tại khoản 5 Điều này, trong vòng 60 ngày làm việc, …", a page on foreign-invested schools, web_pages_fiftythird.tsv)
		(words4(toks, from, "doi", "voi", "truong", "hop") && rd.normalCaseWordsAt(from+4) || words3(toks, from, "trong", "truong", "hop") && rd.normalCaseWordsAt(from+3))) // ("Đối với trường hợp hồ sơ hợp lệ thì …", "Trong trường hợp hồ sơ hợp lệ, …": the dossier named first)
}

// normalCaseWordsAt reports whether the words of a case after "Đối với
// trường hợp" or "Trong trường hợp", at p, open as the ordinary path's do:
// "hồ sơ …", "không có yêu cầu sửa đổi …", "đủ điều kiện", "nhận đủ …".
// (Any case opened so, read as the ordinary path, cost five tuning rows.)
func (rd *reader) normalCaseWordsAt(p int) bool {
	toks := rd.toks
	return words2(toks, p, "ho", "so") || words4(toks, p, "khong", "co", "yeu", "cau") || words3(toks, p, "du", "dieu", "kien") || words2(toks, p, "nhan", "du")
}

// outcomeComma returns the comma after which the "nếu" clause [p, end)
// runs on into a public body's action ("nếu chấp nhận đơn đề nghị, Chi
// cục trưởng Chi cục Hải quan quyết định …": the condition of the
// decision, not of the time), or end.
func (rd *reader) outcomeComma(p, end int) int {
	toks := rd.toks
	for q := p + 1; q < end-1; q++ {
		if punctAt(toks, q, ",") && (rd.agencyNameAt(q+1) || words3(toks, q+1, "chi", "cuc", "truong") || words2(toks, q+1, "cuc", "truong")) {
			return q
		}
	}
	return end
}

// stepTimeAfterCase reports whether the case at p, "trường hợp cần
// thiết", ends its sentence at a semicolon and the duration b is the first
// of the next, right after its label "Thời hạn:".
func (rd *reader) stepTimeAfterCase(p int, b *item) bool {
	toks := rd.toks
	end := rd.last(p)
	return words4(toks, p, "truong", "hop", "can", "thiet") && end == p+4 && punctAt(toks, end, ";") &&
		words2(toks, end+1, "thoi", "han") && punctAt(toks, end+3, ":") && b.from >= end+4 && b.from <= end+7
}

// beforeCutoffIn reports whether the words [p, q) say "before" the
// text's cut-off hour ("đối với hồ sơ nhận trước 15 giờ" when the cut-off
// is 15:00).
func (rd *reader) beforeCutoffIn(p, q int) bool {
	toks := rd.toks
	for r := p; r+2 < q; r++ {
		if wordAt(toks, r, "truoc") && kindAt(toks, r+1, tokNum) && (wordAt(toks, r+2, "gio") || wordAt(toks, r+2, "h") && !toks[r+2].space) { // ("trước 15h00" as "trước 15 giờ")
			if h, bad := parseAmount(toks[r+1].text); bad == "" && h == int64(rd.cutoff.Hour())*100 {
				return true
			}
		}
	}
	return false
}

// itemAfter returns the item after it in the text, or nil.
func (rd *reader) itemAfter(it *item) *item {
	for k := range rd.items[:len(rd.items)-1] {
		if &rd.items[k] == it {
			return &rd.items[k+1]
		}
	}
	return nil
}

// caseCommaBefore returns the first comma after p and before q that opens
// a case (", trường hợp …", ", nếu …"), or -1.
func (rd *reader) caseCommaBefore(p, q int) int {
	toks := rd.toks
	for r := p + 1; r < q; r++ {
		if punctAt(toks, r, ",") && (words2(toks, r+1, "truong", "hop") || wordAt(toks, r+1, "neu")) {
			return r
		}
	}
	return -1
}

// dossierBefore reports whether "hồ sơ" stands in the eight words before
// p, within the clause: "hồ sơ đề nghị gia hạn nộp thuế đầy đủ".
func (rd *reader) dossierBefore(p int) bool {
	return rd.phraseBefore(p, 8, "ho", "so") || rd.phraseInSentenceBefore(p, 20, "ho", "so", "de", "nghi") || // ("Trường hợp hồ sơ đề nghị gia hạn nộp thuế, khoản thu khác, tiền chậm nộp, tiền phạt, đầy đủ", with or without the last comma)
		rd.applicationBefore(p)
}

// applicationBefore reports whether an application ("đơn", not "đơn vị")
// stands in the eight tokens before p, within its clause: "Trường hợp đơn
// đầy đủ theo quy định, …", "Đối với đơn hợp lệ, …" say of the application
// what "hồ sơ đầy đủ" says of a dossier (a check of the tuning texts with
// "hồ sơ" swapped for "đơn", the word of applications for patents,
// marks and tax deferrals).
func (rd *reader) applicationBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-8 && !rd.isBreak(q); q-- {
		if rd.applicationAt(q) {
			return true
		}
	}
	return false
}

// applicationAt reports whether an application, "đơn" (told by its mark
// from "dọn", "đón"), stands at q, not the "đơn" of "đơn vị" (a unit).
func (rd *reader) applicationAt(q int) bool {
	return wordAt(rd.toks, q, "don") && !wordAt(rd.toks, q+1, "vi") && rd.markedOrUnmarked(q, "ơƠ")
}

// reasonsGivenAt reports whether the reasons are given at q: "nêu rõ lý
// do", or "nêu lý do" with "rõ" dropped.
func reasonsGivenAt(toks []token, q int) bool {
	return words4(toks, q, "neu", "ro", "ly", "do") || words3(toks, q, "neu", "ly", "do")
}

// filerOpensAt reports whether the clause of token c opens with a filer
// ("Tổ chức, cá nhân", "người …", "doanh nghiệp") at most six tokens
// before c: the filer is the subject of what stands at c.
func (rd *reader) filerOpensAt(c int) bool {
	s := rd.opening(c)
	return c-s <= 6 && rd.filerAt(s)
}

// lapseWithin reports whether the "nếu" clause at p, which runs to the
// duration b with no "thì" between, is the lapse of an act timed by b:
// "không" and a verb ("không được xử lý", "không xác nhận") within it and
// no punctuation from there to b, b
// right after a window's words ("trong vòng", "trong thời hạn") and closed
// by a comma, what then follows being the consequence.
func (rd *reader) lapseWithin(p int, b *item) bool {
	toks := rd.toks
	c := b.to // the comma that ends the window
	if wordAt(toks, c, "sau") && !wordAt(toks, c+1, "khi") {
		// "nếu không chấp hành sự điều động làm việc của cơ quan nhà nước
		// trong vòng 12 tháng sau tốt nghiệp, sẽ phải bồi hoàn chi phí" (a
		// news page on state-funded study abroad): the window's event, "khi"
		// dropped, before its comma. (A count with "kể từ" opens a case of
		// its own: "Nếu người khai hải quan không khai báo bổ sung trong
		// thời hạn 5 ngày làm việc kể từ ngày nhận được yêu cầu …, cơ quan
		// hải quan xác định …".)
		for c < len(toks) && c < b.to+12 && toks[c].kind == tokWord {
			c++
		}
	}
	if b.from-p > 24 || !withinCueBefore(toks, b.from) || !punctAt(toks, c, ",") || wordAt(toks, c+1, "thi") {
		return false
	}
	for q := p + 1; q < b.from-2; q++ {
		if wordAt(toks, q, "khong") && !wordAt(toks, q+1, "co") && !wordAt(toks, q+1, "du") && !wordAt(toks, q+1, "dat") && !wordAt(toks, q+1, "hop") {
			// (A comma before the window ends the clause: "Nếu hồ sơ đề
			// nghị không đáp ứng yêu cầu …, trong thời hạn 05 ngày làm việc,
			// Vụ Pháp chế đề nghị …" is a case, as "Trường hợp …," is.)
			return noPunctBetween(toks, q, b.from)
		}
	}
	return false
}

// filerLapseWithin reports whether the case opening at p, with no mark
// between it and the duration b, has a filer fail to mend, to call, to
// collect or to bring ("không bổ sung", "không hoàn thiện", "không liên
// hệ", "không đến nhận", "không mang") within or after b: "Nếu không bổ
// sung trong 30 ngày", "Trường hợp sinh viên đăng ký nhưng không liên hệ
// để nhận sau 7 ngày". It returns the failure's words, [at, end).
func (rd *reader) filerLapseWithin(p int, b *item) (at, end int, ok bool) {
	toks := rd.toks
	if b.from-p > 16 || !(wordAt(toks, b.from-1, "trong") || wordAt(toks, b.from-1, "sau") || withinCueBefore(toks, b.from)) || !noPunctBetween(toks, p, b.from) {
		return 0, 0, false
	}
	for q := p + 1; q < b.from-1; q++ {
		if rd.filerFailsAt(q) {
			return p, b.from, true
		}
	}
	if b.from-p <= 2 {
		// "Nếu trong 08 giờ ông/bà không mang giấy tờ (bản gốc) đến Bộ
		// phận tiếp nhận và Trả kết quả, hồ sơ sẽ bị trả lại" (a one-stop
		// section's notice, app_repos.tsv): the window first, the
		// filer's failure after it.
		for q := b.to; q < b.to+8 && q < len(toks) && !rd.isBreak(q); q++ {
			if rd.filerFailsAt(q) {
				return b.to, rd.clauseEnd(q, len(toks)), true
			}
		}
	}
	return 0, 0, false
}

// filerFailsAt reports whether "không" at q says a filer fails to mend,
// to call or to collect: "không bổ sung", "không hoàn thiện", "không liên
// hệ", "không đến nhận", "không mang" ("không nộp" too cost a held-out
// none).
func (rd *reader) filerFailsAt(q int) bool {
	toks := rd.toks
	return wordAt(toks, q, "khong") && (words2(toks, q+1, "bo", "sung") || words2(toks, q+1, "hoan", "thien") || words2(toks, q+1, "lien", "he") || words2(toks, q+1, "den", "nhan") || wordAt(toks, q+1, "mang"))
}

// phraseInSentenceBefore reports whether the words ws stand in the n
// tokens before p, within the sentence (phraseBefore stops at the clause):
// wages ("lương") before "cho 01 ngày", "định kỳ" before "(tối đa …", the
// limit's own name before "trong một ngày".
func (rd *reader) phraseInSentenceBefore(p, n int, ws ...string) bool {
	for q := p - 1; q >= 0 && q >= p-n && !rd.isSentenceEnd(q); q-- {
		if wordsAt(rd.toks, q, ws...) {
			return true
		}
	}
	return false
}

// phraseInSentenceAfter reports whether the words ws stand in the n tokens
// from p on, within p's sentence ("… ban hành quyết định cách ly y tế"
// after a count).
func (rd *reader) phraseInSentenceAfter(p, n int, ws ...string) bool {
	for q := p; q < len(rd.toks) && q < p+n && !rd.isSentenceEnd(q); q++ {
		if wordsAt(rd.toks, q, ws...) {
			return true
		}
	}
	return false
}

// phraseBefore reports whether the words ws stand in the n tokens before
// p, within the clause.
func (rd *reader) phraseBefore(p, n int, ws ...string) bool {
	for q := p - 1; q >= 0 && q >= p-n && !rd.isBreak(q); q-- {
		if wordsAt(rd.toks, q, ws...) {
			return true
		}
	}
	return false
}

// isIf tells "nếu" (if) from "nêu" (to state: "nêu rõ lý do"), which fold
// to the same word, by the original's acute accent; a text written without
// diacritics reads "neu" as "nếu". Other condition words pass.
func (rd *reader) isIf(p int) bool {
	if rd.toks[p].text != "neu" {
		return true
	}
	w := rd.original(p)
	if w == "neu" || w == "Neu" || w == "NEU" {
		// No mark to tell "nếu" (if) from "nêu" (to state): the word after
		// tells, "nêu rõ", "nêu tại", "nêu trên", "nêu ở", "nêu ra", "nêu
		// lên", "nêu ý kiến", "nêu tên", "nêu cụ thể" ("nếu trên 30 ngày",
		// before an amount, is "if").
		toks := rd.toks
		if kindAt(toks, p+1, tokWord) {
			switch toks[p+1].text {
			case "ro", "tai", "o", "ra", "len", "y", "ten", "cu":
				return false
			case "tren":
				return kindAt(toks, p+2, tokNum)
			}
		}
		return true
	}
	return strings.ContainsAny(w, "ếẾ")
}

// isConditionAt reports whether a condition starts at toks[p]: "trường
// hợp", "đối với", "nếu" other than the aside "(nếu có)", or a lost
// paper's "mà bị mất".
func isConditionAt(toks []token, p int) bool {
	switch toks[p].text {
	case "tru":
		// "Trừ khi có quy định khác trong hợp đồng, thanh toán sẽ được
		// thực hiện trong vòng ba mươi (30) ngày sau khi nhận được hóa
		// đơn" (a contract's terms, pending/web_pages_thirtyseventh.tsv):
		// a default, one case (README), as "trừ trường hợp các bên có thỏa
		// thuận khác" is.
		return wordAt(toks, p+1, "khi") && otherwiseAgreedAt(toks, p+2)
	case "ma":
		// "– Công dân Việt Nam ra nước ngoài mà bị mất hộ chiếu, cần về
		// nước ngay, có thể được cấp hộ chiếu trong vòng 2 ngày"
		// (toasang-ugvf.org on passports): the situation of a lost paper,
		// a case, as "Trường hợp bị mất …" is.
		return words2(toks, p+1, "bi", "mat")
	case "voi":
		// "Thời gian quan sát không quá 15 phút với phương tiện vận chuyển
		// đường bộ …; không quá 30 phút với phương tiện vận chuyển đường
		// sắt …" (Nghị định 165/2026/NĐ-CP Điều 28): one kind of vehicle's
		// case, "với" right after the duration for "đối với".
		// "Thời hạn giải quyết thủ tục tối đa 30 ngày với cấp tỉnh" (plo.vn,
		// "Quy định mới nhất về cấp giấy phép xây dựng", 2026): one
		// level's, as "đối với cấp tỉnh".
		// "Với phản ánh thuộc thẩm quyền phải được trả lời trong vòng 15
		// ngày kể từ ngày tiếp nhận" (a news page on replies to citizens'
		// feedback, web_pages_sixtyninth.tsv): opening its sentence, "Với
		// …" scopes as "Đối với …" does.
		if p == 0 || toks[p-1].ends {
			// (Not "Với quy trình mới, …", the means before a comma, nor
			// "Với quy định trong vòng 24 giờ …", the rule it states.)
			for q := p + 1; q < len(toks) && q <= p+20; q++ {
				if toks[q].kind == tokNum {
					return q > p+2 && !agencyName(toks, p+1) && !wordAt(toks, p+1, "quy")
				}
				if toks[q].kind == tokPunct {
					return false
				}
			}
			return false
		}
		return (words3(toks, p+1, "phuong", "tien", "van") || wordAt(toks, p+1, "cap") && (wordAt(toks, p+2, "tinh") || wordAt(toks, p+2, "huyen") || wordAt(toks, p+2, "xa") || wordAt(toks, p+2, "bo"))) && kindAt(toks, p-1, tokWord) && isUnitWord(toks[p-1].text)
	case "trong":
		// "Trong các vụ việc đột xuất, người phát ngôn phải thông tin trong
		// vòng 24 giờ" (a page on spokespeople, web_pages_sixtyninth.tsv):
		// the incidents it names are a case, as "Trong trường hợp …".
		return (p == 0 || toks[p-1].ends) && (wordAt(toks, p+1, "cac") || wordAt(toks, p+1, "nhung")) && words2(toks, p+2, "vu", "viec")
	case "truong":
		// "Trừ trường hợp quy định tại Khoản 5 Điều này, trong thời hạn 05
		// ngày …": the exception names other cases, not this duration's.
		// ("Báo cáo trường hợp bệnh:" reports cases; "giấy tờ chứng minh
		// của luật sư thuộc trường hợp miễn …" says what the paper shows,
		// unless a "thì" follows.)
		// ("trường hợp của anh bị mất giấy chứng nhận …": the asker's own
		// situation in an answer, the whole matter.)
		// ("… mà không thuộc một trong các trường hợp được quy định tại Điều
		// 11 của Luật Khiếu nại": the law's cases, cited.)
		return wordAt(toks, p+1, "hop") && (!wordAt(toks, p-1, "tru") || otherwiseAgreedAt(toks, p+2)) && !words2(toks, p-2, "bao", "cao") &&
			!(wordAt(toks, p-1, "cac") && (words3(toks, p+2, "quy", "dinh", "tai") || words4(toks, p+2, "duoc", "quy", "dinh", "tai"))) &&
			!(wordAt(toks, p+2, "cua") && (wordAt(toks, p+3, "anh") || wordAt(toks, p+3, "chi") || wordAt(toks, p+3, "ban") || wordAt(toks, p+3, "ong") || wordAt(toks, p+3, "ba"))) &&
			!(wordAt(toks, p-1, "thuoc") && !thenWithin(toks, p, 24))
	case "doi":
		// "12 ngày, đối với Sở Nội vụ, …" names who, not a case; "đối với
		// một người không quá 02 giờ", "đối với mỗi hồ sơ" the unit of a
		// time, not a case.
		// ("có ý kiến chấp thuận hoặc từ chối … bằng văn bản đối với đề
		// xuất …": the object of the opinion, not a case.)
		return wordAt(toks, p+1, "voi") && !agencyName(toks, p+2) &&
			!((words2(toks, p-2, "van", "ban") || words2(toks, p-2, "y", "kien")) && (words2(toks, p+2, "de", "xuat") || words2(toks, p+2, "de", "nghi") || words2(toks, p+2, "kien", "nghi"))) &&
			!(wordAt(toks, p+2, "moi") || wordAt(toks, p+2, "mot") && !wordAt(toks, p+3, "so") && !wordAt(toks, p+3, "trong") && !wordAt(toks, p+3, "hoac") && !words2(toks, p+3, "phuong", "tien")) && // ("đối với một thi thể hoặc một hài cốt …" too; "đối với một số …", "một trong …" are cases; so is "đối với một phương tiện vận chuyển đường bộ hoặc một toa tàu hỏa", a kind of vehicle, Nghị định 165/2026/NĐ-CP Điều 35)
			!wordAt(toks, p+2, "tung") && // "đối với từng vị trí công việc": each one, no case
			!((words2(toks, p-2, "kiem", "tra") || words2(toks, p-2, "tham", "dinh")) && words2(toks, p+2, "ho", "so")) && // "Vụ Pháp chế kiểm tra đối với hồ sơ đề nghị …": the object checked
			!words2(toks, p+2, "hanh", "vi") && !words2(toks, p+3, "hanh", "vi") // "giải quyết khiếu nại đối với những hành vi quy định tại …": the matter
	case "neu":
		// "(nếu có)", "nếu có của tổ chức": an aside, not a condition;
		// "nếu có số hiệu thì …" is one, found by its "thì". ("nếu cơ quan
		// …", "nếu cơ sở …": "cơ", not "có".)
		if !wordAt(toks, p+1, "co") || wordAt(toks, p+2, "quan") || wordAt(toks, p+2, "so") {
			return true
		}
		if p == 0 || toks[p-1].kind == tokPunct && toks[p-1].text != "(" && toks[p-1].text != "," {
			// "Nếu có yêu cầu sửa đổi, bổ sung hồ sơ, Bộ Y tế gửi văn bản …
			// trong thời hạn 10 ngày": opening its sentence, a condition,
			// as "Trường hợp có …" is.
			return true
		}
		for q := p + 2; q < len(toks) && q < p+12; q++ {
			if wordAt(toks, q, "thi") {
				return true
			}
			if t := toks[q]; t.kind == tokPunct && t.text != "," {
				return false
			}
		}
	}
	return false
}

// otherwiseAgreedAt reports whether the words of an exception at p ("trừ
// trường hợp …", "trừ khi …") say the parties agreed otherwise ("các bên
// có thỏa thuận khác") or a law or contract provides otherwise ("(pháp)
// luật có quy định khác", "có quy định khác trong hợp đồng"),
// within eight words: the duration is then a default, one case (README: a
// default that applies unless otherwise agreed or provided), where "trừ
// trường hợp quy định tại khoản 5" names other cases. The law's exception
// was read as leaving the ordinary limit until the twenty-second session,
// when three blind labellers of legal_new8 (Nghị định 13/2023/NĐ-CP Điều 9
// and 16: "trong 72 giờ sau khi nhận được yêu cầu, trừ trường hợp luật có
// quy định khác") read it as the README's default; the one tuning row
// that said otherwise (legal_rag6) is relabelled.
func otherwiseAgreedAt(toks []token, p int) bool {
	for q := p; q < len(toks) && q < p+8 && toks[q].kind == tokWord; q++ {
		if words2(toks, q, "thoa", "thuan") && wordAt(toks, q+2, "khac") {
			return true
		}
		if words4(toks, q, "co", "quy", "dinh", "khac") {
			return true
		}
	}
	if words2(toks, p, "dieu", "le") {
		// "Các cổ đông phải thanh toán đủ số cổ phần đã đăng ký mua trong
		// thời hạn 90 ngày kể từ ngày được cấp Giấy chứng nhận đăng ký
		// doanh nghiệp, trừ trường hợp Điều lệ công ty/hợp đồng đăng ký
		// mua cổ phần quy định thời hạn ngắn hơn" (a law firm's page on
		// paying for shares): the company's charter may set another term,
		// a default as an agreement's.
		for q := p + 2; q < len(toks) && q < p+18 && !toks[q].ends; q++ {
			if words2(toks, q, "quy", "dinh") && (words2(toks, q+2, "thoi", "han") || wordAt(toks, q+2, "khac") || words2(toks, q+2, "mot", "thoi")) {
				return true
			}
		}
	}
	return false
}

// exceptionStart returns where the words of the condition at p start: at
// "(ngoại) trừ" before "trường hợp" when there is one (a default's
// exception, "ngoại trừ trường hợp các bên có thỏa thuận khác", is quoted
// whole, not as the case it excludes), else p.
func (rd *reader) exceptionStart(p int) int {
	if wordAt(rd.toks, p-1, "tru") {
		if wordAt(rd.toks, p-2, "ngoai") {
			return p - 2
		}
		return p - 1
	}
	return p
}

// thenWithin reports whether "thì" stands within n tokens after p, in its
// sentence.
func thenWithin(toks []token, p, n int) bool {
	for q := p + 1; q < len(toks) && q <= p+n; q++ {
		if wordAt(toks, q, "thi") {
			return true
		}
		if t := toks[q]; t.kind == tokPunct && (t.text == "." || t.text == ";" || t.text == "\n") {
			return false
		}
	}
	return false
}

// caseRunsInto reports whether the case opened at p ("trường hợp …",
// "nếu …", "đối với …") stands right after the duration a, parted from it by a comma or
// a bracket only, and runs into the duration b with no comma, colon,
// bracket or "và", "hoặc" between and a few words of its own (eight at
// most) before b's cap words: "15 ngày làm việc, trường hợp phức tạp không
// quá 45 ngày làm việc". Not "… nếu trong thời hạn 07 ngày làm việc không
// có văn bản …", whose case holds no words of its own.
func (rd *reader) caseRunsInto(a *item, p int, b *item) bool {
	toks := rd.toks
	n := 2 // "trường hợp", "đối với"
	if wordAt(toks, p, "neu") {
		n = 1
	} else if !words2(toks, p, "truong", "hop") && !words2(toks, p, "doi", "voi") {
		return false
	}
	end := max(a.to, a.eventEnd)
	if p != end+1 || !punctAt(toks, end, ",") && !punctAt(toks, end, "(") {
		return false
	}
	words := capWordsStart(toks, p, b.from) - p - n
	if words < 1 || words > 8 || wordAt(toks, b.from-1, "qua") && !wordAt(toks, b.from-2, "khong") && !wordAt(toks, b.from-2, "duoc") || wordAt(toks, b.from-1, "tren") || wordAt(toks, b.from-1, "duoi") {
		return false // ("trường hợp kéo dài quá 10 ngày làm việc thì …": a lapse past the amount, a threshold, no time of its own)
	}
	for k := p; k < b.from; k++ {
		if t := &toks[k]; t.kind == tokPunct && (t.ends || t.text == "," || t.text == ":" || t.text == "(" || t.text == ")") || t.text == "va" || t.text == "hoac" {
			return false
		}
	}
	return true
}

// capWordsStart returns where the words that cap or introduce the amount
// at end begin ("không quá", "không được quá", "cũng không được quá",
// "tối đa", "là", "trong vòng", "trong thời hạn", "trong thời gian",
// "chậm nhất", and punctuation), walking back no further than from: what
// stands before them is a case's or a share's own label ("trường hợp phức
// tạp", "Thời hạn trả kết quả").
func capWordsStart(toks []token, from, end int) int {
	for end > from {
		switch {
		case toks[end-1].kind == tokPunct, wordAt(toks, end-1, "la"), wordAt(toks, end-1, "cung"):
			end--
		case words2(toks, end-2, "khong", "qua"), words2(toks, end-2, "toi", "da"), latestAt(toks, end-2), words2(toks, end-2, "trong", "vong"):
			end -= 2
		case words3(toks, end-3, "khong", "duoc", "qua"), words3(toks, end-3, "trong", "thoi", "han"), words3(toks, end-3, "trong", "thoi", "gian"):
			end -= 3
		default:
			return end
		}
	}
	return end
}

// condition attaches the condition starting at p to the duration it
// governs: the next one when "thì" or ":" leads to it in the same sentence
// ("trường hợp phức tạp thì … 45 ngày", "Đối với X: 07 ngày") or when the
// case runs into it with no comma ("…, trường hợp phức tạp không quá 45
// ngày"), or the previous one in the same sentence ("03 ngày làm việc đối
// với việc thay đổi …", "120 ngày nếu hồ sơ phức tạp"). A condition that governs no
// duration ("trường hợp không cấp phải trả lời bằng văn bản") is ignored.
func (rd *reader) condition(p, lo, hi int, a, b *item, sa, sb int32) {
	toks := rd.toks
	lead := -1 // "thì" or ":" between p and b in b's sentence
	if b != nil && rd.sentOf(p) == sb {
		// The search resumes where the last one in this gap stopped, so a
		// gap is walked once however many conditions it holds.
		if rd.leadHi != hi || rd.leadAt <= p {
			q := p + 1
			if rd.leadHi == hi && rd.leadAt > q {
				q = rd.leadAt
			}
			for ; q < hi; q++ {
				if wordAt(toks, q, "thi") || punctAt(toks, q, ":") {
					break
				}
			}
			rd.leadAt, rd.leadHi = q, hi
		}
		if rd.leadAt < hi {
			lead = rd.leadAt
		}
	}
	if a != nil && rd.sentOf(p) == sa && rd.feeColumnBetween(a.to, p) {
		// "Trực tiếp | 5 Ngày làm việc | Lệ phí : - Đối với trường hợp đăng
		// ký khai sinh không đúng hạn: theo mức thu lệ phí …": the fee's
		// cases, not the limit's.
		return
	}
	if rd.refusalAt(p) {
		// "(nếu không cấp phép có văn bản trả lời nêu rõ lý do)": a
		// refusal clause, no case (issue 13).
		return
	}
	if wordAt(toks, p, "truong") && (words2(toks, p-2, "ca", "hai") || wordAt(toks, p-1, "moi")) {
		// "Thời hạn giải quyết trong cả hai trường hợp đều là 05 ngày làm
		// việc kể từ ngày nhận đủ hồ sơ hợp lệ." (a page on microfinance
		// licences, web_pages_sixtyfirst.tsv): both cases, so every case,
		// no case of its own; so is "trong mọi trường hợp".
		return
	}
	caseEnd := -1 // where a comma opening another case ends this one
	if lead >= 0 && a != nil && rd.sentOf(p) == sa && words2(toks, p, "doi", "voi") && rd.follows(a, p) {
		// "- Trong ngày đối với việc bổ sung hộ tịch, trường hợp nhận hồ
		// sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong
		// ngày làm việc tiếp theo" (motcua.daklak.gov.vn, thủ tục 25971):
		// the scope right after a duration is that duration's, up to the
		// comma that opens the next case; the "thì" further on is that
		// case's.
		if caseEnd = rd.caseCommaBefore(p, lead); caseEnd >= 0 {
			lead = -1
		}
	}
	// "15 ngày làm việc, trường hợp phức tạp không quá 45 ngày làm việc",
	// "15 ngày làm việc (trường hợp phức tạp 30 ngày làm việc)": a case
	// that runs straight into the next duration, with no comma between, is
	// that duration's, as it is with "thì"; only a case that ends its
	// clause is the previous one's ("03 ngày làm việc, trường hợp hồ sơ hợp
	// lệ").
	// (Not "… nếu trong thời hạn 07 ngày làm việc không có văn bản …",
	// whose case holds no words of its own before the duration, nor a
	// threshold, "30 ngày nếu tham gia dưới 15 năm".)
	intoB := lead < 0 && a != nil && b != nil && b.kind == iDur && rd.sentOf(p) == sa && rd.sentOf(p) == sb && rd.caseRunsInto(a, p, b)
	switch {
	case a != nil && rd.sentOf(p) == sa && lead < 0 && !intoB:
		if wordAt(toks, p, "doi") && (words2(toks, p-2, "khang", "nghi") || words2(toks, p-2, "khang", "cao") ||
			words3(toks, p-3, "don", "khieu", "nai") && words2(toks, p+2, "quyet", "dinh")) {
			// "… xét kháng cáo, kháng nghị đối với quyết định về tính hợp
			// pháp của cuộc đình công", "kể từ ngày nhận được đơn khiếu nại
			// đối với quyết định trả lại đơn …": what is challenged, not a
			// case.
			return
		}
		if wordAt(toks, p, "doi") && p > a.to && rd.phraseBefore(p, 8, "cap", "giay", "phep") {
			// "Trong thời hạn bảy 7 ngày làm việc, kể từ ngày nhận được hồ sơ
			// …, cơ quan có thẩm quyền sẽ cấp Giấy phép nhập khẩu tự động đối
			// với một số sản phẩm thép cho thương nhân." (a page on steel
			// import licences, web_pages_sixtyfirst.tsv): what the licence
			// granted covers, not a case of the duration.
			return
		}
		if a.eventAt > 0 && p > a.eventAt && p < a.eventEnd && (words4(toks, p, "doi", "voi", "vu", "viec") || wordAt(toks, p, "doi") && words2(toks, p-2, "giay", "phep")) { // ("kể từ ngày nhận được đầy đủ hồ sơ xin cấp giấy phép đối với Công ty Tài chính": the licence's name)
			// "kể từ ngày nhận được tố cáo tiếp đối với vụ việc tố cáo đã
			// được giải quyết": what the paper received is about, inside
			// the count's clause.
			return
		}
		if a.eventAt > 0 && p-1 > a.eventAt && punctAt(toks, p-1, "(") && words3(toks, p, "truong", "hop", "nop") && (int(toks[p].thi) >= len(toks) || rd.bracketClosesBefore(p, int(toks[p].thi))) { // (no "thì" of its own inside)
			// "kể từ ngày nhận hồ sơ (trường hợp nộp hồ sơ bản giấy căn cứ
			// theo ngày ghi trên dấu công văn đến), cơ quan … trả lời": an
			// aside on how the filing's day is dated, not a case of the
			// duration. (Any case in a bracket after the count, "(đối với
			// tất cả các cơ sở …)", cost fourteen tuning rows.)
			return
		}
		if !a.condSet && rd.follows(a, p) {
			t := &toks[p]
			end := min(hi, int(t.stop))
			if caseEnd >= 0 {
				end = min(end, caseEnd)
			}
			for q := p + 2; q < end; q++ {
				if countWordsAt(toks, q) || wordAt(toks, q, "va") && capAt(toks, q+1) {
					// "05 ngày làm việc đối với hồ sơ đề nghị cấp hộ chiếu lần
					// đầu kể từ ngày tiếp nhận đầy đủ hồ sơ hợp lệ": the case
					// ends where the count begins ("hợp lệ" is the count's).
					// "Thời hạn thẩm định không quá 20 ngày đối với dự án
					// nhóm B và không quá 15 ngày đối với dự án nhóm C" (a
					// probe of cases): it ends where the next cap begins.
					end = q
					break
				}
			}
			if a.kind == iSameDay && rd.cutoff != 0 && rd.beforeCutoffIn(p, end) {
				// "Giải quyết ngay trong ngày đối với hồ sơ nhận trước 15 giờ;
				// trường hợp nhận sau 15 giờ thì trả kết quả trong ngày làm
				// việc tiếp theo": the same day for what comes before the
				// cut-off is the cut-off's own rule, no case.
				return
			}
			then := int(t.thi) < end
			outcome := end // the comma before a body's action, in a "nếu" clause
			if wordAt(toks, p, "neu") {
				outcome = rd.outcomeComma(p, end)
			}
			// "…, nếu không có văn bản trả lời thì coi như đồng ý": the
			// condition governs what follows "thì", not the duration.
			switch {
			case rd.silenceAt(p):
				// "Sau thời hạn 15 ngày, kể từ ngày nộp …, nếu không nhận được
				// ý kiến phản hồi bằng văn bản, công ty … được cung cấp …":
				// what silence allows, not a case of the duration.
			case !then && outcome < end && rd.failingNotice(p, outcome):
				// "…, nếu hồ sơ chưa đầy đủ, hợp lệ, Tổng cục thông báo bằng
				// văn bản cho cơ sở những nội dung cần sửa đổi, bổ sung": the
				// same with a comma for "thì".
				a.cond, a.condSet = rd.caseWords(p, outcome), true
			case then && rd.failingNotice(p, int(t.thi)):
				// "… kể từ khi nhận được hồ sơ …, nếu nội dung nội quy có
				// quy định trái với pháp luật thì cơ quan … thông báo, hướng
				// dẫn … sửa đổi, bổ sung": a notice due only in the failing
				// case, that case's duration.
				a.cond, a.condSet = rd.caseWords(p, int(t.thi)), true
			case then, outcome < end:
				// ("…, nếu chấp nhận đơn đề nghị, Chi cục trưởng … quyết
				// định …": the condition of the decision, not of the time.)
			case rd.isNormalCase(p, end):
				// "… 03 ngày làm việc kể từ ngày nhận được văn bản đề nghị
				// nếu thông tin nêu tại văn bản đề nghị là chính xác": the
				// ordinary path, as before the duration.
				a.cond, a.condSet, a.normal = "", true, true
			case rd.otherOutcomeBetween(a.to, p):
				// "… có văn bản xác nhận đủ hồ sơ hoặc thông báo về tình
				// trạng hồ sơ và đề nghị bổ sung … nếu chưa đủ chưa hợp lệ":
				// both outcomes are named, the "nếu" is the second one's; the
				// duration is the ordinary limit (README: a sentence that
				// names both outcomes).
			default:
				a.cond, a.condSet = rd.caseWords(rd.exceptionStart(p), end), true
			}
		}
	case (a == nil || rd.sentOf(p) != sa) && (b == nil || rd.sentOf(p) != sb):
		if b != nil && !b.condSet && rd.stepTimeAfterCase(p, b) {
			// "Bước 04: Hội đồng thẩm định … tổ chức kiểm tra, khảo sát
			// thực địa … trong trường hợp cần thiết; Thời hạn: không quá 10
			// ngày …" (a land-use plan's appraisal steps,
			// web_pages_fiftyeighth.tsv): a step made only when needed,
			// its time on the label after the semicolon; one case (README:
			// a single duration scoped by "Trường hợp …").
			b.cond, b.condSet = rd.caseWords(p, rd.last(p)), true
			return
		}
		rd.headingAt(p)
	case b != nil && rd.sentOf(p) == sb:
		if lead < 0 && words2(toks, p, "doi", "voi") && (punctAt(toks, b.to, ",") || punctAt(toks, b.to, ":")) && (wordAt(toks, b.from-1, "duoi") || wordAt(toks, b.from-1, "tren")) { // ("• Đối với hợp đồng lao động kéo dài dưới 12 tháng: Người lao động báo trước 3 ngày", a page on notice periods: the scope ends at its colon)
			// "Đối với hàng hóa dễ bị hư hỏng, …, hàng hóa có hạn sử dụng
			// còn dưới 60 ngày, thời hạn thông báo để người đến nhận hàng
			// là 15 ngày" (thanhphohaiphong.gov.vn on customs notices): a
			// threshold inside the scope's own words; the case is the next
			// duration's, in the same sentence.
			if nb := rd.itemAfter(b); nb != nil && rd.sentOf(nb.from) == sb {
				b, hi = nb, nb.from
			}
		}
		if a != nil && a.p == b.p && a.event != FromOtherEvent && b.event != FromOtherEvent && (!a.condSet || a.normal) {
			if _, ok := rd.refusalWordsAt(p); ok || rd.failingCaseAt(p) {
				// "Trong thời hạn 01 ngày làm việc kể từ ngày nhận được văn
				// bản/đơn đề nghị …, cơ quan … phải cung cấp bản sao …\nTrường
				// hợp từ chối cung cấp, trong thời hạn 01 ngày làm việc kể từ
				// ngày nhận được văn bản/đơn đề nghị, cơ quan … có văn bản
				// thông báo nêu rõ lý do": the refusal within the same limit,
				// no other duration (issue 13: a refusal clause leaves the
				// ordinary limit a limit). So is a failing case within the
				// same limit: "Trường hợp Bảng công bố … không đúng theo mẫu
				// quy định hoặc chưa đầy đủ thông tin, trong thời hạn 01 ngày
				// làm việc, Bộ Y tế trả lại …" after the valid case's 01 ngày
				// (README: a sentence that names both outcomes is the
				// ordinary limit).
				b.restates = true
				return
			}
		}
		if !b.condSet && (punctAt(toks, p-1, "(") || !rd.bracketClosesBefore(p, b.from)) {
			end := hi
			if lead >= 0 {
				end = lead
			}
			if b.kind == iSameDay && rd.cutoff != 0 && rd.beforeCutoffIn(p, b.from) {
				// "Trường hợp nhận được yêu cầu trước 15 giờ thì phải cung cấp
				// ngay trong ngày; trường hợp nhận được yêu cầu sau 15 giờ thì
				// … vào ngày làm việc tiếp theo" (the national portal's card for
				// providing land data, web_pages_fiftyeighth.tsv): the same day
				// before the cut-off is the cut-off's own rule, no case, as when
				// the case follows the same day (below).
				return
			}
			if lead < 0 && wordAt(toks, p, "neu") && words2(toks, p+1, "cham", "tre") && b.from-p <= 24 && withinCueBefore(toks, b.from) && wordAt(toks, b.to, "thi") {
				// "Nếu chậm trễ thực hiện ngừng cung cấp hàng hóa khuyết tật
				// trong vòng 24 giờ thì phải chịu trách nhiệm …" (a page on
				// defective goods under the Luật Bảo vệ quyền lợi người tiêu
				// dùng 2023, web_pages_sixtyfirst.tsv): being late with the
				// act the window times states its limit, as lapseWithin's.
				return
			}
			if lead < 0 && wordAt(toks, p, "neu") && rd.lapseWithin(p, b) {
				// "Nếu khoản tiền hoàn của bạn không được xử lý trong vòng 21
				// ngày làm việc, vui lòng gửi …": the lapse of the act the
				// duration times, which states its limit; no case.
				return
			}
			if lead < 0 && (wordAt(toks, p, "neu") || words2(toks, p, "truong", "hop")) {
				if at, to, ok := rd.filerLapseWithin(p, b); ok {
					// "Nếu không bổ sung trong 30 ngày, hồ sơ hết giá trị" (Đà
					// Nẵng's food safety certificate, its steps, as
					// github.com/trandinhthang203/Chatbot-ThuTucHanhChinh keeps them):
					// the case holds the duration, the filer's own time to mend
					// or to call, counted from the request; another event.
					b.event, b.eventWord, b.eventEnd, b.eventAt = FromOtherEvent, rd.words(at, to), to, at
					return
				}
			}
			if wordAt(toks, p, "neu") && words2(toks, p+1, "nhan", "duoc") && countFromAt(toks, b.to) && rd.withinBefore(b.to, len(toks), "nhan") {
				// "nếu nhận được kiến nghị của chủ trì liên kết, cơ quan … phải
				// có văn bản trả lời … trong thời hạn không quá 05 ngày làm
				// việc kể từ ngày nhận được kiến nghị …": the receipt the count
				// runs from, no case.
				return
			}
			if words4(toks, p, "doi", "voi", "thoi", "han") {
				// "Đối với thời hạn giải quyết hồ sơ, bên phòng đăng ký kinh
				// doanh sẽ giải quyết … trong vòng 3 ngày": the limit itself.
				return
			}
			if lead < 0 && wordAt(toks, p, "doi") && words2(toks, rd.opening(p), "can", "cu") {
				// "Căn cứ mức độ tổn hại và nhu cầu cần hỗ trợ, can thiệp đối
				// với trẻ em, trong thời hạn 05 ngày làm việc, …": part of
				// the basis the act rests on, not a case.
				return
			}
			if words4(toks, p-2, "khieu", "nai", "doi", "voi") && (rd.receiptOpens(rd.first(p)) || p-2 == rd.opening(p)) { // ("b) Khiếu nại đối với quyết định … do Viện kiểm sát … giải quyết trong thời hạn 15 ngày kể từ ngày nhận được khiếu nại": the complaint is the text's subject)
				// "Khi nhận được khiếu nại đối với yêu cầu, kiến nghị về
				// Thanh tra thì …": what the complaint received challenges,
				// not a case.
				return
			}
			if wordAt(toks, p, "truong") && (rd.exceptionBefore(p) && !(wordAt(toks, p-1, "tru") && otherwiseAgreedAt(toks, p+2)) || words3(toks, p-3, "giu", "nguoi", "trong") && words2(toks, p+2, "khan", "cap")) {
				// "… trừ khiếu nại về việc giữ người trong trường hợp khẩn
				// cấp, bắt, tạm giữ …": the case names what the exception
				// leaves out, not a case of the duration. "Giữ người trong
				// trường hợp khẩn cấp" is itself a measure of the criminal
				// procedure code (Bộ luật Tố tụng hình sự 2015 Điều 110),
				// not a case.
				return
			}
			if wordAt(toks, p, "doi") && rd.namesLimitBefore(p) {
				// "Thời hạn thẩm định đối với các khoản tài trợ, đóng góp,
				// nhận ủy thác là không quá 10 ngày": the limit's own name,
				// not a case (a list item, "d) Thời hạn … đối với tàu bay
				// …:", stays one case of the list).
				return
			}
			if wordAt(toks, p, "doi") && (words2(toks, p-2, "y", "kien") || words3(toks, p-3, "y", "kien", "chinh")) {
				// "Cục Di sản văn hóa có trách nhiệm tham gia ý kiến đối với
				// thiết kế bản vẽ …": what the opinion is on, no case.
				return
			}
			if wordAt(toks, p, "doi") && rd.phraseBefore(p, 10, "yeu", "cau") {
				// "Mọi yêu cầu của ủy ban nhân dân cấp tỉnh đối với Nhà đầu tư
				// về việc sửa đổi, bổ sung hồ sơ …": to whom a request is
				// made, no case.
				return
			}
			if rd.bothOutcomesCase(p, b.from) {
				// "Trong trường hợp, việc điều chuyển phù hợp lập tờ trình,
				// trình UBND tỉnh ra quyết định hoặc có văn bản báo cáo UBND
				// tỉnh đối với đề nghị điều chuyển không phù hợp: 11 ngày làm
				// việc" (a province's step table on moving public assets):
				// both outcomes named, the step's ordinary limit (README: a
				// sentence that names both outcomes).
				return
			}
			if (wordAt(toks, p, "doi") || wordAt(toks, p, "truong")) && rd.phraseBefore(p, 10, "hoac", "tra", "loi") {
				// "c) Cấp giấy phép hoặc trả lời bằng văn bản đối với những
				// trường hợp chưa đủ điều kiện để cấp giấy phép hoặc không cấp
				// giấy phép trong thời hạn không quá hai mươi ngày": both
				// outcomes named, the refusal's answer within the same limit
				// (README: a sentence that names both outcomes).
				return
			}
			if (words2(toks, p-2, "tra", "loi") || wordAt(toks, p-1, "trong") && words2(toks, p-3, "tra", "loi")) && (words3(toks, p, "truong", "hop", "khong") || words4(toks, p, "truong", "hop", "tu", "choi")) {
				// "… hoặc có văn bản trả lời trong trường hợp không cấp Giấy
				// xác nhận trong vòng 03 ngày làm việc": the refusal's answer
				// within the same limit (issue 13: a refusal clause is no
				// case of its own).
				return
			}
			if wordAt(toks, p, "truong") && punctAt(toks, p-1, "(") && p-1 > rd.first(p) && rd.bracketClosesBefore(p, b.from-4) {
				// "Cơ quan thuế hoặc tổ chức cung cấp dịch vụ T-VAN (trường
				// hợp sử dụng dịch vụ T-VAN) gửi Thông báo … chậm nhất 15
				// phút …": a bracket that says when a party named before it
				// acts, closed before the duration with an act between
				// (four tokens at least), not its case ("(trường hợp hồ sơ
				// chưa đầy đủ thành phần) trong vòng 01 ngày" is one).
				return
			}
			if rd.cutoff != 0 && rd.cutoffAt > p && rd.cutoffAt < end {
				// "Trường hợp tiếp nhận hồ sơ sau 15 giờ mà … không thể giải
				// quyết và trả kết quả ngay trong ngày thì …": the cut-off
				// rule, read as the cut-off, not a case.
				return
			}
			if intoB {
				end = capWordsStart(toks, p, end) // "trường hợp phức tạp", not "… không quá"
			}
			if rd.isNormalCase(p, end) {
				b.condSet = true // the ordinary case: no condition
				b.cond = ""
				b.normal = true
			} else {
				b.cond, b.condSet = rd.caseWords(rd.exceptionStart(p), caseWordsEnd(toks, p, end)), true
			}
			if b.event == StartUnknown && (words3(toks, p, "truong", "hop", "hoi") && wordAt(toks, p+3, "dong") || words3(toks, p, "neu", "hoi", "dong")) && rd.phraseInSentenceAfter(p+4, 6, "ket", "luan") { // (also opened by "Nếu")
				// "3. Trường hợp Hội đồng đánh giá kết luận đủ điều kiện công
				// nhận, trong thời hạn 05 ngày làm việc Tổng cục, Cục chuyên
				// ngành xem xét, gửi hồ sơ …" (Thông tư 54/2014/TT-BNNPTNT
				// Điều 8): the council's conclusion, a body's act, is the
				// count's start (README: an opinion, an inspection, a
				// council's approval count from another event).
				b.event, b.eventWord, b.eventEnd, b.eventAt = FromOtherEvent, rd.words(p, end), end, p
			}
			va := b.from - 4
			if words2(toks, b.from-2, "trong", "vong") {
				va = b.from - 3 // "… và trong vòng 24 giờ phải …"
			}
			if va > p && b.event == StartUnknown && wordAt(toks, va, "va") && (words3(toks, va+1, "trong", "thoi", "han") || words3(toks, va+1, "trong", "thoi", "gian") || words2(toks, va+1, "trong", "vong")) && rd.actIn(p, va) {
				// "Trong trường hợp khẩn cấp có thể gọi điện thoại hoặc báo
				// cáo trực tiếp và trong thời hạn 24 giờ phải thực hiện báo
				// cáo …": the case's first act, then the time from it.
				b.event, b.eventWord, b.eventEnd, b.eventAt = FromOtherEvent, rd.words(p, va), va, p
			}
		}
	}
}

// caseWordsEnd returns where the words quoted for the case at p end, its
// clause ending at end: before the words that open the duration when the
// case runs into them ("Trường hợp hồ sơ phức tạp, trong thời hạn 05 ngày
// làm việc" and "trường hợp phức tạp không quá 30 ngày" are the cases
// "Trường hợp hồ sơ phức tạp", "trường hợp phức tạp"): "trong thời hạn",
// "trong thời gian", "trong vòng", "trong", "không quá", "chậm nhất (là)",
// "tối đa (là)" are the limit's words, not the case's. A case that says
// "nhưng" before them keeps them: "… nhưng thời gian trả lời chủ thể không
// vượt quá 11 ngày làm việc" is the same time again (keepsOrdinaryTime).
func caseWordsEnd(toks []token, p, end int) int {
	e := end
	for {
		switch {
		case e-3 > p && (words3(toks, e-3, "trong", "thoi", "han") || words3(toks, e-3, "trong", "thoi", "gian")):
			e -= 3
		case e-2 > p && (words2(toks, e-2, "trong", "vong") || words2(toks, e-2, "khong", "qua") || latestAt(toks, e-2) || words2(toks, e-2, "toi", "da")):
			e -= 2
		case e-3 > p && wordAt(toks, e-1, "la") && (latestAt(toks, e-3) || words2(toks, e-3, "toi", "da")):
			e -= 3
		case e-1 > p && wordAt(toks, e-1, "trong"):
			e--
		case e-3 > p && wordAt(toks, e-1, "nhung") && extensionVerbStart(toks, e-1) > p:
			// "trường hợp cần thiết có thể kéo dài nhưng không quá 30
			// ngày": the extension's verb is the limit's words too, the case
			// ends before it.
			e = extensionVerbStart(toks, e-1)
		default:
			if e == end {
				return end
			}
			for q := p; q < e; q++ {
				if wordAt(toks, q, "nhung") {
					return end
				}
			}
			return e
		}
	}
}

// caseWords returns the words of a case [from, end) without the words
// that open its duration, which a case's end sometimes runs on into, nor
// those left dangling before them (caseTailEnd).
func (rd *reader) caseWords(from, end int) string {
	return rd.words(from, rd.caseTailEnd(from, end))
}

// caseTailWords are the words, folded, that end no case: the words that
// open a duration ("Nếu tố cáo không thuộc thẩm quyền giải quyết, trong
// thời hạn **05 ngày làm việc**", a law firm's answer in markdown,
// catalogue_repos2.tsv; "… đến doanh nghiệp trong thời hạn 03 ngày làm
// việc"; "đối với đám tang, không quá 01 ngày"; "… có thể gia hạn thời
// gian thẩm định … nhưng không quá 10 ngày"), the limit named again
// ("thời hạn này"), the words of a cut the case's time is given by
// ("Trường hợp nộp hồ sơ trực tuyến thì thời hạn giải quyết được rút ngắn
// 01 ngày làm việc", "… trực tuyến giảm 01 ngày": casesCutFromOrdinary),
// and the words left dangling before them ("là", "và", "hoặc", "thì").
var caseTailWords = [...][]string{
	{"trong", "thoi", "han"}, {"trong", "thoi", "gian"}, {"trong", "vong"}, {"khong", "vuot", "qua"}, {"khong", "duoc", "qua"}, {"khong", "qua"},
	{"toi", "da"}, {"cham", "nhat"}, {"nhung"}, {"co", "the"}, {"la"}, {"hoac"}, {"va"}, {"thi"}, {"trong"},
	{"thoi", "han", "nay"}, {"thoi", "han", "tren"},
	{"duoc", "rut", "ngan"}, {"rut", "ngan"}, {"duoc", "giam"}, {"giam"}, {"thoi", "han", "giai", "quyet"}, {"thoi", "gian", "giai", "quyet"},
}

// caseTailEnd returns where the words of a case [p, end) end once
// caseTailWords, the marks that only separate (",", a page's "*" of bold,
// "(") and a bracket's close opened before p are trimmed from its end.
// A case that names the time again ("… nhưng thời gian trả lời chủ thể
// không vượt quá", keepsOrdinaryTime) stays whole; "giảm" is a cut's only
// by its mark and not after "cắt" or in "miễn, giảm", and "thời hạn giải
// quyết" is no tail after "quy định" (its object). Most cases end in none
// of these: one switch on the last word sends them back.
func (rd *reader) caseTailEnd(p, end int) int {
	toks := rd.toks
	e := end
	for trimmed := true; trimmed && e > p; {
		trimmed = false
		if t := toks[e-1]; t.kind == tokPunct && (t.text == "," || t.text == "*" || t.text == "(") {
			e, trimmed = e-1, true
			continue
		}
		if toks[e-1].kind != tokWord {
			break
		}
		switch toks[e-1].text { // the last words of caseTailWords: one comparison for most cases
		case "han", "gian", "vong", "qua", "da", "nhat", "nhung", "the", "la", "hoac", "va", "thi", "trong", "nay", "tren", "ngan":
		case "quyet":
			if words2(toks, e-6, "quy", "dinh") {
				continue // "mà Luật này không quy định thời hạn giải quyết": the time is the object of the case's verb
			}
		case "giam":
			if wordAt(toks, e-2, "cat") || punctAt(toks, e-2, ",") || wordAt(toks, e-2, "mien") || !rd.markedOrUnmarked(e-1, "ảẢ") {
				continue // "… sau cắt giảm": the cut named, no cut's verb; "xét miễn, giảm": a relief; "tạm giam": a detention ("giảm" by its mark)
			}
		default:
			continue
		}
		for k := range caseTailWords {
			words := caseTailWords[k]
			n := len(words)
			if e-n > p && toks[e-1].text == words[n-1] && wordsAt(toks, e-n, words...) {
				if e == end && nameTimeAgainIn(toks, p, end) {
					return end
				}
				e, trimmed = e-n, true
				break
			}
		}
	}
	if e > p && punctAt(toks, e-1, ")") {
		open := false
		for q := p; q < e-1 && !open; q++ {
			open = punctAt(toks, q, "(")
		}
		if !open {
			e-- // ("(đối với trường mới thành lập) hoặc": the bracket opened before the case)
		}
	}
	return e
}

// nameTimeAgainIn reports whether "nhưng thời gian" stands in [p, end):
// a case that goes on to name the same time again.
func nameTimeAgainIn(toks []token, p, end int) bool {
	for q := p; q+2 < end; q++ {
		if words3(toks, q, "nhung", "thoi", "gian") {
			return true
		}
	}
	return false
}

// extensionVerbStart returns where the verb of an extension ends right
// before e begins ("có thể kéo dài", "được gia hạn thêm", "thì có thể
// kéo dài"), or -1.
func extensionVerbStart(toks []token, e int) int {
	if wordAt(toks, e-1, "them") {
		e--
	}
	if !words2(toks, e-2, "keo", "dai") && !words2(toks, e-2, "gia", "han") {
		return -1
	}
	e -= 2
	switch {
	case words2(toks, e-2, "co", "the"):
		e -= 2
	case wordAt(toks, e-1, "duoc"):
		e--
	}
	if wordAt(toks, e-1, "thi") {
		e--
	}
	return e
}

// dateAfterBracket reports whether a date in digits ("16/6") follows
// "trước ngày" within the bracket opened before p: "(trước ngày 16/6)",
// "(trước ngày 16 hàng tháng)".
func (rd *reader) dateAfterBracket(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+6 && !punctAt(toks, q, ")"); q++ {
		if wordAt(toks, q, "ngay") && kindAt(toks, q+1, tokNum) {
			return true
		}
	}
	return false
}

// reducedAfter reports whether, after the duration that ends at p and in
// its sentence, "còn <number>" follows a word of reduction ("rút ngắn",
// "giảm", "xuống"): the duration is the time before the cut or the cut
// (one after "còn" is the time after it, which the caller keeps). It reads thirty tokens either side at most.
func (rd *reader) reducedAfter(p int) bool {
	toks := rd.toks
	if rd.rareTokens()&rareCut == 0 {
		return false // most texts have no word of reduction
	}
	cut := false
	for q := max(rd.first(p-1), p-30); q < p && !cut; q++ {
		cut = toks[q].text == "giam" || toks[q].text == "rut" && wordAt(toks, q+1, "ngan")
	}
	for q := p; q < len(toks) && q < p+30 && !rd.isSentenceEnd(q); q++ {
		switch toks[q].text {
		case "giam", "xuong":
			cut = true
		case "rut":
			cut = cut || wordAt(toks, q+1, "ngan")
		case "con":
			if cut && kindAt(toks, q+1, tokNum) {
				return true
			}
		case "truc":
			if wordAt(toks, q+1, "tuyen") {
				// "05 ngày làm việc (nộp trực tuyến giảm còn 03 ngày làm
				// việc)": the online channel's own time, beside the
				// ordinary one, not a cut of it (a probe of the channel's
				// words).
				return false
			}
		}
	}
	return false
}

// minimumBefore reports whether "ít nhất" or "tối thiểu" stands in the six
// tokens before p, in its sentence.
func (rd *reader) minimumBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-6 && !rd.isSentenceEnd(q); q-- {
		if rd.minimumAt(q) {
			return true
		}
	}
	return false
}

// noClauseBetween reports whether no "thì", semicolon, colon or sentence
// end stands in [p, q): the words are one clause.
func (rd *reader) noClauseBetween(p, q int) bool {
	toks := rd.toks
	for r := p; r < q; r++ {
		if wordAt(toks, r, "thi") && rd.isThen(r) || punctAt(toks, r, ";") || punctAt(toks, r, ":") || rd.isSentenceEnd(r) {
			return false
		}
	}
	return true
}

// timesWithin reports whether, in the twenty tokens of its sentence after
// p, a number is followed by "lần" (times): "01 lần", "2 lần".
func (rd *reader) timesWithin(p int) bool {
	toks := rd.toks
	for q := p; q+1 < len(toks) && q < p+20 && !rd.isSentenceEnd(q); q++ {
		if toks[q].kind == tokNum && toks[q+1].text == "lan" {
			return true
		}
	}
	return false
}

// onceWithin reports whether, in the twenty tokens of its sentence after p,
// "chỉ được" is followed within eight tokens by "một lần": an act allowed
// once within the period before it.
func (rd *reader) onceWithin(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+20; q++ {
		if toks[q].kind == tokPunct && rd.isSentenceEnd(q) {
			return false
		}
		if toks[q].text == "chi" && wordAt(toks, q+1, "duoc") {
			if words2(toks, q+2, "gia", "han") {
				// "Thời gian gia hạn … không quá 02 tháng và chỉ được gia
				// hạn một lần": the extension allowed once is the one whose
				// length the duration is, no act capped within it.
				return false
			}
			for r := q + 2; r < len(toks) && r < q+10 && !rd.isSentenceEnd(r); r++ {
				if words2(toks, r, "mot", "lan") {
					return true
				}
			}
		}
	}
	return false
}

// silenceAt reports whether the condition at p is a body's silence: "nếu
// không nhận được ý kiến", "nếu không có ý kiến", "nếu không có yêu cầu …
// từ phía cơ quan …" ("…, nếu không có yêu cầu đăng ký lại giá từ phía cơ
// quan tiếp nhận hồ sơ đăng ký giá, doanh nghiệp … thực hiện mức giá đăng
// ký", a page on registering prices, web_pages_fiftyninth.tsv).
func (rd *reader) silenceAt(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "neu") && (words5(toks, p+1, "khong", "nhan", "duoc", "y", "kien") || words4(toks, p+1, "khong", "co", "y", "kien") ||
		words4(toks, p+1, "khong", "co", "yeu", "cau") && rd.phraseInSentenceAfter(p+5, 12, "tu", "phia", "co", "quan")) || rd.agencyAnswerAwaited(p)
}

// agencyAnswerAwaited reports whether "nếu" at p opens "nếu không có văn
// bản trả lời của" and a public body's name: the body's answer awaited,
// its silence consent.
func (rd *reader) agencyAnswerAwaited(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "neu") && words4(toks, p+1, "khong", "co", "van", "ban") && words3(toks, p+5, "tra", "loi", "cua") && rd.agencyNameAt(p+8)
}

// changesNotAskedAfter reports whether the "nếu" at p opens, within eight
// tokens, "không có công văn yêu cầu sửa đổi|bổ sung": an agency that asks
// for no change, whose silence is consent. ("không có văn bản yêu cầu sửa
// đổi, bổ sung" is met where a case's validity is read; taken here too, it
// read a held-out text of alternatives as one limit.)
func (rd *reader) changesNotAskedAfter(p int) bool {
	toks := rd.toks
	for q := p + 1; q < len(toks) && q <= p+8 && !rd.isSentenceEnd(q); q++ {
		if words2(toks, q, "khong", "co") && words4(toks, q+2, "cong", "van", "yeu", "cau") && (words2(toks, q+6, "sua", "doi") || words2(toks, q+6, "bo", "sung")) {
			return true
		}
	}
	return false
}

// deemedAfter reports whether the "nếu" clause at p leads, past its "thì",
// to "coi như" (deemed): silence taken as consent.
func (rd *reader) deemedAfter(p int) bool {
	toks := rd.toks
	for q := p + 1; q < len(toks) && q < p+30 && !rd.isSentenceEnd(q); q++ {
		if wordAt(toks, q, "thi") {
			for r := q + 1; r < len(toks) && r < q+8 && !rd.isSentenceEnd(r); r++ {
				if words2(toks, r, "coi", "nhu") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// rareMarks records, once a reading, which rare tokens a text has, so that
// the checks for them (a bracket citing a law, an act allowed once, a
// formula, a reduction, a form's box, a definition, an extension) cost one
// test on texts without them.
type rareMarks uint32

const (
	rareLooked rareMarks = 1 << iota
	rareBracket
	rareEqual
	rareLan
	rareCut         // a word of reduction: "giảm", "rút", "xuống"
	rareBox         // a form's check box: "☐", "□"
	rareDefinition  // "là số", "là tỷ lệ", "là tổng số", "là việc": a term defined
	rareExtension   // "gia hạn"
	rareDecision    // "quyết định": a measure a body decides
	rareWhereas     // "mà": what did not happen ("mà không …")
	rareIncomplete  // "chưa hoàn chỉnh": an incomplete paper
	rarePercent     // "%": a share, of a refund or a charge
	rareEach        // "mỗi": each one ("mỗi ca", "mỗi buổi")
	rareOriginal    // "gốc": an original ("văn bằng bảo hộ gốc")
	rareCountedAs   // "được tính bằng": a rule of counting
	rareSentence    // "chấp hành án": a sentence served
	rarePhoto       // "chụp": a photograph taken
	rareKeep        // "bảo lưu": a result or a right kept
	rareLater       // "nào muộn hơn": whichever of two days is later
	rareLength      // "thời lượng": how long a show or a broadcast lasts
	rareVehicleHeld // "giam xe", "giữ xe": a vehicle held
	rareLate        // "bị trễ": a delay told
	rareWarranty    // "bảo hành": a warranty's term
	rareOutage      // "mất điện": how long the power was off
	rareYearOnYear  // "so (với) cùng kỳ": a figure compared with the same period before
)

// rareFirst marks the first bytes of the tokens rareTokens looks at: "(",
// "=", "%", "lần", "lượt", "giảm", "rút", "xuống", "gia hạn", "gốc", "là", "quyết", "mà", "mỗi",
// "chưa", "chấp", "bằng", "chụp", "lưu", "muộn", "lượng", "xe", "bị", "bảo", "mất", "cùng", and 0xE2, which starts "☐", "□".
var rareFirst = [256]bool{'(': true, '=': true, '%': true, 'l': true, 'g': true, 'r': true, 'x': true, 'q': true, 'm': true, 'c': true, 'b': true, 0xE2: true}

// rareTokens returns the text's rare marks, looking once.
func (rd *reader) rareTokens() rareMarks {
	if rd.rare&rareLooked != 0 {
		return rd.rare
	}
	m := rareLooked
	for k := range rd.toks {
		t := &rd.toks[k]
		if !rareFirst[t.text[0]] { // one look-up for most tokens
			continue
		}
		switch t.text {
		case "quyet":
			m |= rareDecision
		case "ma":
			m |= rareWhereas
		case "muon":
			if wordAt(rd.toks, k-1, "nao") && wordAt(rd.toks, k+1, "hon") {
				m |= rareLater
			}
		case "moi":
			m |= rareEach
		case "chua":
			if words2(rd.toks, k+1, "hoan", "chinh") {
				m |= rareIncomplete
			}
		case "chap":
			if words2(rd.toks, k+1, "hanh", "an") {
				m |= rareSentence
			}
		case "chup":
			m |= rarePhoto
		case "luu":
			if wordAt(rd.toks, k-1, "bao") {
				m |= rareKeep
			}
		case "bang":
			if words2(rd.toks, k-2, "duoc", "tinh") {
				m |= rareCountedAs
			}
		case "(":
			m |= rareBracket
		case "=":
			m |= rareEqual
		case "%":
			m |= rarePercent
		case "lan", "luot":
			m |= rareLan
		case "giam", "rut", "xuong":
			m |= rareCut
		case "☐", "□":
			m |= rareBox
		case "la":
			if wordAt(rd.toks, k+1, "so") || wordAt(rd.toks, k+1, "ty") || wordAt(rd.toks, k+1, "tong") || wordAt(rd.toks, k+1, "viec") {
				m |= rareDefinition
			}
		case "gia":
			if wordAt(rd.toks, k+1, "han") {
				m |= rareExtension
			}
		case "goc":
			m |= rareOriginal
		case "luong":
			if wordAt(rd.toks, k-1, "thoi") {
				m |= rareLength
			}
		case "xe":
			if wordAt(rd.toks, k-1, "giam") || wordAt(rd.toks, k-1, "giu") {
				m |= rareVehicleHeld
			}
		case "bi":
			if wordAt(rd.toks, k+1, "tre") {
				m |= rareLate
			}
		case "bao":
			if wordAt(rd.toks, k+1, "hanh") {
				m |= rareWarranty
			}
		case "mat":
			if wordAt(rd.toks, k+1, "dien") {
				m |= rareOutage
			}
		case "cung":
			if wordAt(rd.toks, k+1, "ky") && (wordAt(rd.toks, k-1, "so") || words2(rd.toks, k-2, "so", "voi")) {
				m |= rareYearOnYear
			}
		}
	}
	rd.rare = m
	return m
}

// otherOutcomeBetween reports whether a "hoặc" between p and q opens
// another outcome: "hoặc thông báo", "hoặc từ chối", "hoặc yêu cầu" (not a
// channel, "hoặc qua dịch vụ bưu chính").
func (rd *reader) otherOutcomeBetween(p, q int) bool {
	toks := rd.toks
	for r := p; r < q; r++ {
		if wordAt(toks, r, "hoac") && (words2(toks, r+1, "thong", "bao") || words2(toks, r+1, "tu", "choi") || words2(toks, r+1, "yeu", "cau")) {
			return true
		}
	}
	return false
}

// bothOutcomesCase reports whether the case word at p stands in a case
// opened by "trường hợp" (at p or up to 30 words before it, in its
// sentence) whose words up to q name an outcome and its negation
// (outcomeAndItsNegation): "Trong trường hợp, việc điều chuyển phù hợp …
// hoặc … đối với đề nghị điều chuyển không phù hợp: 11 ngày làm việc",
// where "đối với" scopes the second outcome only.
func (rd *reader) bothOutcomesCase(p, q int) bool {
	toks := rd.toks
	for r := p; r >= 0 && r >= p-30 && (r == p || !rd.isSentenceEnd(r)); r-- {
		if words2(toks, r, "truong", "hop") {
			return rd.outcomeAndItsNegation(r, q)
		}
	}
	return false
}

// outcomeAndItsNegation reports whether the words [p, q) of a case name
// an outcome and, after "hoặc", its negation: "… phù hợp … hoặc … không
// phù hợp", "đạt yêu cầu … hoặc … không đạt yêu cầu". Such a case is both
// outcomes, no case of its own.
func (rd *reader) outcomeAndItsNegation(p, q int) bool {
	toks := rd.toks
	or := -1
	for r := p; r < q; r++ {
		switch {
		case or < 0 && wordAt(toks, r, "hoac"):
			or = r
		case or >= 0 && wordAt(toks, r, "khong") && r+1 < q && outcomeWordAt(toks, r+1):
			w := toks[r+1].text
			for s := p; s < or; s++ {
				if toks[s].text == w && !wordAt(toks, s-1, "khong") && wordAt(toks, s+1, toks[r+2].text) {
					return true
				}
			}
		}
	}
	return false
}

// outcomeWordAt reports whether an outcome of a check stands at p: "phù
// hợp", "đạt (yêu cầu)", "đủ (điều kiện)", "đồng ý", "chấp thuận", "hợp lệ",
// "đáp ứng".
func outcomeWordAt(toks []token, p int) bool {
	return words2(toks, p, "phu", "hop") || words2(toks, p, "dat", "yeu") || words2(toks, p, "du", "dieu") || words2(toks, p, "dong", "y") ||
		words2(toks, p, "chap", "thuan") || words2(toks, p, "hop", "le") || words2(toks, p, "dap", "ung")
}

// durationAfter reports whether another duration stands after token p.
func (rd *reader) durationAfter(p int) bool {
	for k := len(rd.items) - 1; k >= 0; k-- {
		if rd.items[k].from >= p {
			return rd.items[k].kind == iDur
		}
	}
	return false
}

// extensionDecided reports whether the duration at p is the term of an
// extension that a body decides or allows ("cơ quan này xem xét, quyết
// định việc gia hạn một lần không quá 06 tháng"): the matter of the
// decision, not the time to decide (that is the limit before it).
func (rd *reader) extensionDecided(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 2 && q >= p-5; q-- {
		if words3(toks, q-2, "viec", "gia", "han") {
			return words2(toks, q-4, "quyet", "dinh") || words2(toks, q-4, "xem", "xet") || words2(toks, q-4, "cho", "phep")
		}
		switch toks[q].text {
		case "mot", "lan", "khong", "qua", "toi", "da", "1", "01":
		default:
			return false
		}
	}
	return false
}

// bracketClosesBefore reports whether a bracket open at p closes before q:
// a condition inside it that does not open it ("(Cổng dịch vụ công quốc
// gia đối với các thủ tục hành chính đã toàn trình …) chậm nhất 15 phút")
// is an aside, no case of the duration after it; one that opens it
// ("(trường hợp hồ sơ chưa đầy đủ thành phần) trong vòng 01 ngày") is.
func (rd *reader) bracketClosesBefore(p, q int) bool {
	depth := 0
	for r := p; r < q; r++ {
		switch {
		case punctAt(rd.toks, r, "("):
			depth++
		case punctAt(rd.toks, r, ")"):
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// feeColumnBetween reports whether the portal's fee column ("Lệ phí :",
// "Phí :") opens between tokens p and q.
func (rd *reader) feeColumnBetween(p, q int) bool {
	toks := rd.toks
	for r := p; r < q && r < p+12; r++ {
		if feeColumnAt(toks, r) {
			return true
		}
	}
	return false
}

// refusalWordsAt reports whether the condition at p ("nếu …", "trường hợp
// …") names a refusal: "không cấp", "từ chối", "không chấp thuận", or a
// registration that failed ("nếu đăng ký không thành công hệ thống phản
// hồi lý do"). It returns where those words start.
func (rd *reader) refusalWordsAt(p int) (int, bool) {
	toks := rd.toks
	q := p + 1
	if wordAt(toks, p, "truong") {
		q = p + 2
	} else if wordAt(toks, p, "trong") && words2(toks, p+1, "truong", "hop") {
		q = p + 3 // "Trong trường hợp từ chối …"
	}
	if words2(toks, q, "dang", "ky") && words3(toks, q+2, "khong", "thanh", "cong") {
		return q + 2, true
	}
	return q, words2(toks, q, "khong", "cap") || words2(toks, q, "tu", "choi") || words3(toks, q, "khong", "chap", "thuan")
}

// failingCaseAt reports whether the case at p ("trường hợp …", "nếu …")
// is a failing one: its clause says "không đúng", "chưa đầy đủ", "không
// hợp lệ", "không đáp ứng" or the like, before the sentence ends or the
// duration's own "trong" (thời hạn, vòng) begins, thirty tokens at most.
func (rd *reader) failingCaseAt(p int) bool {
	toks := rd.toks
	for q := p + 1; q < len(toks) && q < p+30 && !rd.isSentenceEnd(q) && !wordAt(toks, q, "trong"); q++ {
		if (wordAt(toks, q, "khong") || wordAt(toks, q, "chua")) && (wordAt(toks, q+1, "dung") || words2(toks, q+1, "day", "du") || words2(toks, q+1, "hop", "le") || words2(toks, q+1, "dap", "ung") || wordAt(toks, q+1, "du")) {
			return true
		}
	}
	return false
}

// refusalAt reports whether the condition at p is a refusal's answer:
// "nếu không cấp (phép) … (có|phải có) văn bản trả lời", "trường hợp từ
// chối … nêu rõ lý do", with no duration of its own in the eight tokens
// after it.
func (rd *reader) refusalAt(p int) bool {
	toks := rd.toks
	q, ok := rd.refusalWordsAt(p)
	if !ok {
		return false
	}
	for r := q + 2; r < len(toks) && r < q+28 && !rd.isSentenceEnd(r); r++ {
		if rd.amountWithUnitAt(r) {
			return false
		}
		if words2(toks, r, "tra", "loi") && r < q+14 || reasonsGivenAt(toks, r) {
			// The answer or the reasons given, then no duration of the
			// clause's own to the sentence's end: "Trong trường họp từ chối
			// điều chỉnh Giấy chứng nhận đăng ký đầu tư, Ban Quản lý Khu CNC
			// sẽ có văn bản thông báo và nêu rõ lý do cho nhà đầu tư" (a
			// firm's page on amending an investment certificate, scs.vn).
			// ("• Nếu từ chối đăng ký, cơ quan phải trả lời bằng văn bản và
			// nêu rõ lý do trong vòng 24 giờ" (dichvuluatsu.vn on
			// registering defence counsel): the refusal's own time at the
			// sentence's end, one case, as "Trường hợp từ chối, trong thời
			// hạn 05 ngày làm việc …" is.)
			for e := r + 2; e < len(toks) && !rd.isSentenceEnd(e); e++ {
				if rd.amountWithUnitAt(e) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// amountWithUnitAt reports whether a number with a unit of time after it
// stands at p: a duration, not the numbers of a citation ("… nêu rõ lý do
// (Điều 5 Nghị định 61/2018/NĐ-CP)").
func (rd *reader) amountWithUnitAt(p int) bool {
	if !kindAt(rd.toks, p, tokNum) {
		return false
	}
	_, n := rd.unitAt(p + 1)
	return n > 0
}

// actIn reports whether the words [p, q) name an act of reporting or
// calling ("báo cáo", "gọi điện", "thông báo").
func (rd *reader) actIn(p, q int) bool {
	toks := rd.toks
	for r := p; r < q; r++ {
		if words2(toks, r, "bao", "cao") || words2(toks, r, "goi", "dien") || words2(toks, r, "thong", "bao") {
			return true
		}
	}
	return false
}

// failingNotice reports whether the "nếu" clause [p, thi) names a failing
// case ("trái với pháp luật", "không đúng", "chưa đầy đủ") and the words
// after its "thì" ask the filer to mend ("thông báo, hướng dẫn … sửa đổi,
// bổ sung"), or answer a disagreement ("không đồng ý … thì phải trả lời"):
// the notice of a failing case, not a consequence of it.
func (rd *reader) failingNotice(p, thi int) bool {
	toks := rd.toks
	if !wordAt(toks, p, "neu") {
		return false
	}
	failing, disagrees := false, false
	for q := p + 1; q < thi && !failing; q++ {
		failing = words2(toks, q, "trai", "voi") || words3(toks, q, "trai", "phap", "luat") ||
			(wordAt(toks, q, "khong") || wordAt(toks, q, "chua")) && !words3(toks, q+1, "co", "y", "kien") && !words3(toks, q+1, "co", "van", "ban")
		disagrees = words3(toks, q, "khong", "dong", "y")
	}
	if !failing {
		return false
	}
	if disagrees && (words3(toks, thi+1, "phai", "tra", "loi") || words2(toks, thi+1, "tra", "loi")) {
		// "…, nếu cơ quan … không đồng ý với thông báo thì phải trả lời
		// bằng văn bản": an answer due only when it disagrees.
		return true
	}
	for q := thi + 2; q < len(toks) && q < thi+40 && !rd.isSentenceEnd(q); q++ {
		if wordAt(toks, q, "neu") && rd.isNormalCase(q, min(len(toks), q+12)) {
			return false // "…, nếu hồ sơ đúng quy định thì …": both outcomes, the ordinary path
		}
	}
	asked := false
	for q := thi + 1; q < len(toks) && q < thi+40 && !rd.isSentenceEnd(q); q++ { // (forty tokens: "…, Cục Hàng không Việt Nam trả lời bằng văn bản trực tiếp hoặc qua dịch vụ bưu chính hoặc trên môi trường điện tử những nội dung chưa đầy đủ, yêu cầu bổ sung …", Thông tư 13/2019/TT-BGTVT Điều 99)
		switch {
		case words2(toks, q, "thong", "bao"), words2(toks, q, "huong", "dan"), words2(toks, q, "yeu", "cau"):
			asked = true
		case asked && (words2(toks, q, "sua", "doi") || words2(toks, q, "bo", "sung") || words2(toks, q, "hoan", "thien") || words2(toks, q, "hoan", "chinh") || words2(toks, q, "dieu", "chinh") || words2(toks, q, "chinh", "sua")):
			return true
		}
	}
	// "nếu hồ sơ không đáp ứng yêu cầu quy định, thì cơ quan tiếp nhận hồ
	// sơ thông báo bằng văn bản … cho nhà đầu tư": a notice about a failing
	// dossier, with nothing asked.
	// ("…, nếu hồ sơ không hợp lệ thì Ủy ban nhân dân cấp xã thông báo bằng
	// văn bản …": the same with a body named.)
	return asked && words2(toks, p+1, "ho", "so") && (words2(toks, thi+1, "co", "quan") || rd.agencyNameAt(thi+1))
}

// noLaterThanAt reports whether "không muộn hơn" (no later than) or
// "không sớm hơn" (no earlier than) stands at p: the duration after it,
// counted to a date ("không muộn hơn 01 tháng tính đến ngày đăng ký quốc
// tế đó hết hạn"), is a lead time, not a window looked back on.
func (rd *reader) noLaterThanAt(p int) bool {
	return words3(rd.toks, p, "khong", "muon", "hon") || words3(rd.toks, p, "khong", "som", "hon")
}

// twoWordsBefore tells why the two words right before a duration make it
// no time limit.
var twoWordsBefore = map[[2]string]string{
	{"trung", "binh"}: "an average (\"đạt mức trung bình 30 ngày hoạt động\"), not a time limit",
	{"binh", "quan"}:  "an average over a period (\"mức chi bình quân 01 tháng\"), not a time limit",
	// "không quá 6 tháng … (thay vì 03 tháng như quy định tại Nghị định
	// 02/2023/NĐ-CP hiện hành)": the figure a rule replaces.
	{"thay", "vi"}: "a figure replaced (\"thay vì 03 tháng\"), not a time limit",
}
