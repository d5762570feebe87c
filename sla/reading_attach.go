package sla

import "strings"

// attach reads the words between durations: conditions, "hoặc",
// extensions, excluded time, the event counted from, and breakdowns. Each
// gap between two durations is read once: linear in the text's length.
func (rd *reader) attach() {
	toks := rd.toks
	breakdown := false // a breakdown of the previous ordinary duration is open
	var prevReal *item // the last duration that is not excluded time
	for k := 0; k <= len(rd.items); k++ {
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
		if a != nil && a.excluded && prevReal != nil && rd.sentOf(prevReal.to-1) == rd.sentOf(a.to-1) {
			a = prevReal
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
			if t.kind != tokWord || !t.key {
				continue // every case below starts with a key word
			}
			switch {
			case t.text == "trong" && wordAt(toks, p+1, "do"):
				trongDo = true
			case (t.text == "ke" || t.text == "tinh") && wordAt(toks, p+1, "tu"),
				t.text == "tu" && rd.isFrom(p) && !wordAt(toks, p-1, "ke") && !wordAt(toks, p-1, "tinh") &&
					(wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi")) && !kindAt(toks, p+2, tokNum),
				// "Trong thời hạn 05 ngày làm việc, sau khi kết thúc kiểm
				// tra, …": counted from the end of the examination. ("ngay
				// sau khi …" was read by scan.)
				t.text == "sau" && wordAt(toks, p+1, "khi") && !wordAt(toks, p-1, "ngay"),
				// "chậm nhất là 18 tháng sau ngày kết thúc năm tài chính".
				t.text == "sau" && wordAt(toks, p+1, "ngay") && a != nil && p == a.to:
				at := p + 2
				if t.text == "tu" {
					at = p + 1
				}
				end := rd.clauseEnd(at, hi)
				// "kể từ ngày Bộ trưởng Bộ Xây dựng, Bộ trưởng Bộ Công an nhận
				// đủ hồ sơ hợp lệ": an agency as subject; its verb may stand
				// past the commas.
				ext := end
				// "kể từ khi người làm thủ tục đã nộp, xuất trình đủ các giấy
				// tờ": a verb cut from its object by a comma.
				if end < hi && punctAt(toks, end, ",") && (wordAt(toks, end-1, "nop") || wordAt(toks, end-1, "nhan")) {
					ext = rd.clauseEnd(end+1, hi)
				}
				if rd.agencyAt(at + 1) {
					for ext < hi && !rd.isSentenceEnd(ext) && !punctAt(toks, ext, "(") && ext-at < 40 {
						ext++
					}
				}
				switch {
				case a != nil && rd.sentOf(p) == sa && a.event == StartUnknown:
					a.event, a.eventWord, a.eventEnd = rd.classifyEvent(at, ext), rd.words(p, end), max(end, ext)
				case b != nil && rd.sentOf(p) == sb && b.event == StartUnknown:
					b.event, b.eventWord, b.eventEnd = rd.classifyEvent(at, ext), rd.words(p, end), max(end, ext)
				case (a == nil || rd.sentOf(p) != sa) && (b == nil || rd.sentOf(p) != sb) && rd.general == StartUnknown && rd.namesLimit(p):
					// "Thời hạn giải quyết … được tính từ khi nhận đủ hồ sơ
					// hợp lệ và chủ xe hoàn thành việc nộp lệ phí": a
					// sentence of its own about every limit of the text.
					to := min(hi, rd.last(p))
					rd.general, rd.generalWords = rd.classifyEvent(at, to), rd.words(p, to)
				}
			case ((t.text == "keo" && wordAt(toks, p+1, "dai")) || (t.text == "gia" && wordAt(toks, p+1, "han"))) && rd.extends(p):
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
			case t.text == "khong" && (wordAt(toks, p+1, "ke") || wordAt(toks, p+1, "tinh") || wordsAt(toks, p+1, "bao", "gom") || wordAt(toks, p+1, "gom")):
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
			case t.text == "thi" && b != nil && rd.sentOf(p) == sb && !b.condSet && (a == nil || rd.sentOf(p) != sa):
				// "Ở vùng sâu, vùng xa đi lại khó khăn, thì … 45 ngày": the
				// words before "thì" in the sentence are the condition.
				if from := max(lo, rd.first(p)); from < p {
					b.cond, b.condSet = rd.words(from, p), true
				}
			case t.text == "truoc" && a != nil && rd.sentOf(p) == sa && a.event == StartUnknown && p-a.to <= 1 && rd.leadTime(p):
				// "chậm nhất là 60 ngày trước ngày Giấy phép hết hạn", "07
				// ngày làm việc trước khi …": counted back from another
				// event.
				a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, rd.clauseEnd(p+1, hi)), rd.clauseEnd(p+1, hi)
			case t.text == "dau" && wordAt(toks, p+1, "tien") && a != nil && p == a.to && a.event == StartUnknown:
				// "trong 07 ngày làm việc đầu tiên của tháng": a window of
				// the calendar, not a count from receipt.
				end := rd.clauseEnd(p+2, hi)
				a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
			case t.text == "tang" && wordAt(toks, p+1, "them") && b != nil && rd.sentOf(p) == sb && b.from-p <= 3:
				b.ext = true // "được tăng thêm 03 ngày làm việc"
			case t.text == "truoc" && (wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi")) && b != nil && rd.sentOf(p) == sb && b.from-p <= 8:
				// "Trước ngày kiểm tra ít nhất 02 ngày làm việc": counted back
				// from another event.
				b.event, b.eventWord = FromOtherEvent, rd.words(p, b.from)
			case isConditionAt(toks, p) && p >= exclUntil && rd.isIf(p):
				rd.condition(p, lo, hi, a, b, sa, sb)
			}
		}
		if b == nil {
			break
		}
		// Breakdown: "07 ngày (Sở Nội vụ: 03 ngày; …)", "45 ngày, trong đó: - UBND cấp xã: 15 ngày".
		if a != nil && !a.condSet && !a.ext && !a.share && a.kind == iDur && (trongDo || openBracket) && colon >= 0 {
			breakdown = true
		}
		if breakdown && b.kind == iDur && colon >= 0 && !b.condSet && !b.ext {
			b.share = true
			b.who = rd.words(rd.whoStart(lo, colon), colon)
		} else if b.kind != iNextDay {
			breakdown = false
		}
		if !b.share && !b.condSet && colon >= 0 && rd.introduces(colon+1, b.from) {
			from := rd.labelStart(lo, colon)
			switch {
			case rd.stepLabelAt(from, colon):
				b.step = true
			case rd.caseLabelAt(from, colon):
				b.cond, b.condSet = rd.words(from, colon), true
			}
		}
		// "05 ngày làm việc, Bộ Xây dựng có văn bản chấp thuận; 05 ngày
		// làm việc, Cục, Sở ban hành quyết định": each duration is a step
		// of a named agency.
		if punctAt(toks, b.to, ",") && rd.agencyNameAt(b.to+1) {
			b.step = true
		}
		if !b.excluded {
			prevReal = b
		}
	}
	for k := range rd.items {
		if it := &rd.items[k]; it.kind == iDur {
			if why := rd.notALimit(it.from, it.event == FromOtherEvent); why != "" {
				it.kind, it.err, it.detail = iNotLimit, ErrLimitSyntax, why
			}
		}
	}
	if rd.heading != "" {
		for k := range rd.items {
			if it := &rd.items[k]; !it.condSet && !it.share && !it.excluded && !it.ext {
				it.cond, it.condSet = rd.heading, true
			}
		}
	}
}

// whoStart returns where the agency's words before the colon at c begin:
// after the last separator or "trong đó".
func (rd *reader) whoStart(lo, c int) int {
	for p := c - 1; p >= lo; p-- {
		t := rd.toks[p]
		if t.kind == tokPunct && (t.text == ";" || t.text == "(" || t.text == "\n" || t.text == "+" || (t.text == "-" && t.space) || t.text == ":" || t.text == ",") {
			return p + 1
		}
		if wordsAt(rd.toks, p, "trong", "do") {
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
	if wordsAt(toks, p-2, "de", "nghi") || wordsAt(toks, p-2, "chap", "thuan") {
		return false // "chấp thuận đề nghị gia hạn thời hạn của trái phiếu": the matter, not the limit
	}
	return wordAt(toks, p-1, "the") || wordAt(toks, p-1, "duoc") || wordAt(toks, p-1, "thi") ||
		wordAt(toks, p+2, "them") || wordAt(toks, p+2, "hon") || wordsAt(toks, p+2, "thoi", "han")
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
		if wordsAt(toks, q, "thoi", "han") || wordsAt(toks, q, "thoi", "gian") {
			rd.names = q < p
			break
		}
	}
	return rd.names
}

// andAnother returns FromOtherEvent when the words after receipt join a
// second event with "và" ("kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ và
// có kết quả kiểm tra cơ sở vật chất", "từ khi nhận đủ hồ sơ hợp lệ và chủ
// xe hoàn thành việc nộp lệ phí"): the count runs from the later event,
// not from receipt. ws are the word tokens from the object on.
func (rd *reader) andAnother(ws []int) Start {
	toks := rd.toks
	for k, q := range ws {
		if toks[q].text != "va" {
			continue
		}
		for _, r := range ws[k+1 : min(len(ws), k+14)] {
			switch {
			case wordsAt(toks, r, "hoan", "thanh"), wordsAt(toks, r, "ket", "qua"), wordsAt(toks, r, "le", "phi"),
				wordsAt(toks, r, "nop", "phi"), wordsAt(toks, r, "thanh", "toan"),
				wordsAt(toks, r, "bao", "cao", "tham", "dinh"), wordsAt(toks, r, "y", "kien"):
				if rd.opt.FeeAtReceipt && rd.namesFee(ws[k+1:min(len(ws), k+30)]) {
					return FromReceipt
				}
				return FromOtherEvent
			}
		}
		if rd.fromAgency(ws[k+1:], true) {
			return FromOtherEvent // "hồ sơ và báo cáo của Cảng vụ"
		}
	}
	return FromReceipt
}

// noticeFirst reports whether the thing received, the first noun after
// the verb, is an agency's notice, answer, opinion, decision or result
// rather than the dossier: "nhận được thông báo về yêu cầu bổ sung, hoàn
// thiện hồ sơ", "nhận được ý kiến của …", "nhận được kết quả …". ws are
// the words after the verb; "được", "đủ", "đầy đủ" are skipped.
func (rd *reader) noticeFirst(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 4)] {
		switch {
		case wordAt(toks, q, "duoc"), wordAt(toks, q, "du"), wordAt(toks, q, "day"):
			continue
		case wordsAt(toks, q, "thong", "bao"), wordsAt(toks, q, "y", "kien"), wordsAt(toks, q, "quyet", "dinh"),
			wordsAt(toks, q, "ket", "qua"), wordsAt(toks, q, "van", "ban", "tra", "loi"):
			return true
		}
		return false
	}
	return false
}

// asksOpinion reports whether the words after the object ask another body
// for its opinion ("hồ sơ gửi xin ý kiến", "hồ sơ lấy ý kiến").
func (rd *reader) asksOpinion(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 4)] {
		if (toks[q].text == "xin" || toks[q].text == "lay") && wordsAt(toks, q+1, "y", "kien") {
			return true
		}
	}
	return false
}

// byApplicant reports whether the words after a report name its author
// with "của" and the author is not a public body.
func (rd *reader) byApplicant(ws []int) bool {
	toks := rd.toks
	for k, q := range ws[:min(len(ws), 12)] {
		if toks[q].text == "cua" && k+1 < len(ws) && ws[k+1] == q+1 {
			return !rd.agencyNameAt(q + 1)
		}
	}
	return false
}

// fromAgency reports whether the words after the object of receipt say it
// was passed on by an agency: "đề nghị cấp thị thực của người nước ngoài
// từ Cục Quản lý xuất nhập cảnh". The count then runs from an exchange
// between agencies (another event), not from the applicant's filing. With
// of, "của" + an agency counts too, for a second object after "và" ("hồ sơ
// và báo cáo của Cảng vụ"); the first object's "của" names the applicant,
// which may itself be an agency ("văn bản đề nghị của Bộ Quốc phòng",
// "của Hội đồng thanh lý"). ws are word tokens; at most twelve are read.
func (rd *reader) fromAgency(ws []int, of bool) bool {
	toks := rd.toks
	for k, q := range ws[:min(len(ws), 12)] {
		// "của" names the object's author only close to it: in "hồ sơ
		// hoàn thiện theo ý kiến của Hội đồng" the body gave an opinion.
		of := of && k < 3
		if (of && toks[q].text == "cua" || toks[q].text == "tu" && rd.isFrom(q) || toks[q].text == "do") && k+1 < len(ws) && ws[k+1] == q+1 && rd.agencyNameAt(q+1) {
			return true
		}
	}
	return false
}

// agencyNameAt reports whether a public body's name starts at toks[p]: a
// ministry, department, committee, council, port authority, police, court
// or procuracy, or "cơ quan". Unlike agencyAt it leaves out "chủ", which
// also starts an applicant ("Chủ sở hữu", "chủ xe"), and takes "Chủ tịch".
func (rd *reader) agencyNameAt(p int) bool { return agencyName(rd.toks, p) }

// agencyName is [reader.agencyNameAt] on a token slice.
func agencyName(toks []token, p int) bool {
	if p >= len(toks) || toks[p].kind != tokWord {
		return false
	}
	switch toks[p].text {
	case "bo", "so", "cuc", "ubnd", "phong":
		return !wordAt(toks, p+1, "phan") // "bộ phận" is the one-stop section
	case "uy":
		return wordAt(toks, p+1, "ban")
	case "chu":
		return wordAt(toks, p+1, "tich")
	case "co":
		return wordAt(toks, p+1, "quan")
	case "hoi":
		return wordAt(toks, p+1, "dong")
	case "cang":
		return wordAt(toks, p+1, "vu")
	case "ban":
		// "Ban kiểm soát đặc biệt", "Ban quản lý", "Ban Chỉ huy quân sự";
		// not "bản sao", "bản chính".
		return wordAt(toks, p+1, "kiem") || wordsAt(toks, p+1, "quan", "ly") || wordsAt(toks, p+1, "chi", "huy")
	case "chi", "tong":
		return wordAt(toks, p+1, "cuc")
	case "to":
		return !wordAt(toks, p+1, "chuc") // "Tổ giám sát", not "tổ chức"
	case "cong":
		return wordAt(toks, p+1, "an")
	case "toa":
		return wordAt(toks, p+1, "an")
	case "vien":
		return wordsAt(toks, p+1, "kiem", "sat")
	case "thanh":
		return wordAt(toks, p+1, "tra")
	case "ngan":
		return wordsAt(toks, p+1, "hang", "nha", "nuoc")
	}
	return false
}

// namesFee reports whether the words ws, after "và", are about paying the
// fee ("chủ xe hoàn thành việc nộp lệ phí", "đã nhận được kết quả xác thực
// về việc hoàn thành nộp lệ phí"), for [ReadOptions.FeeAtReceipt].
func (rd *reader) namesFee(ws []int) bool {
	for _, r := range ws {
		if wordsAt(rd.toks, r, "le", "phi") || wordsAt(rd.toks, r, "nop", "phi") {
			return true
		}
	}
	return false
}

// agencyAt reports whether an agency's name starts at toks[p] ("Bộ trưởng",
// "Cơ quan", "Ủy ban nhân dân", "Chủ tịch", "Hội đồng", "Sở", "Cục").
func (rd *reader) agencyAt(p int) bool {
	if p >= len(rd.toks) || rd.toks[p].kind != tokWord {
		return false
	}
	switch rd.toks[p].text {
	case "bo", "uy", "ubnd", "chu", "hoi", "so", "cuc", "phong":
		return true
	case "co":
		return wordAt(rd.toks, p+1, "quan")
	}
	return false
}

// isNormalCase reports whether the condition words [from, to) name the
// ordinary path, a complete and valid dossier ("Trường hợp hồ sơ hợp lệ",
// "Trường hợp nhận đủ hồ sơ hợp lệ theo quy định"), with no negation.
func (rd *reader) isNormalCase(from, to int) bool {
	toks := rd.toks
	valid := false
	for q := from; q < to; q++ {
		switch {
		case wordAt(toks, q, "chua") || wordAt(toks, q, "khong") || wordAt(toks, q, "thieu") ||
			wordAt(toks, q, "tang") || wordAt(toks, q, "khi") || wordsAt(toks, q, "keo", "dai") || wordsAt(toks, q, "gia", "han"):
			return false
		case wordsAt(toks, q, "hop", "le") || wordsAt(toks, q, "nhan", "du") && !wordAt(toks, q-1, "chung"): // not "chứng nhận đủ điều kiện"
			valid = true
		}
	}
	return valid && wordAt(toks, from, "truong")
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
		return true
	}
	return strings.ContainsAny(w, "ếẾ\u0301")
}

// original returns the original text of token p.
func (rd *reader) original(p int) string {
	t := rd.toks[p]
	return rd.f.src[rd.f.orig[t.at]:rd.f.orig[t.end]]
}

// isConditionAt reports whether a condition starts at toks[p]: "trường
// hợp", "đối với", or "nếu" other than the aside "(nếu có)".
func isConditionAt(toks []token, p int) bool {
	switch toks[p].text {
	case "truong":
		return wordAt(toks, p+1, "hop")
	case "doi":
		// "12 ngày, đối với Sở Nội vụ, …" names who, not a case.
		return wordAt(toks, p+1, "voi") && !agencyName(toks, p+2)
	case "neu":
		// "(nếu có)", "nếu có của tổ chức": an aside, not a condition;
		// "nếu có số hiệu thì …" is one, found by its "thì".
		if !wordAt(toks, p+1, "co") {
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

// condition attaches the condition starting at p to the duration it
// governs: the next one when "thì" or ":" leads to it in the same sentence
// ("trường hợp phức tạp thì … 45 ngày", "Đối với X: 07 ngày"), or the
// previous one in the same sentence ("03 ngày làm việc đối với việc thay
// đổi …", "120 ngày nếu hồ sơ phức tạp"). A condition that governs no
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
	switch {
	case a != nil && rd.sentOf(p) == sa && lead < 0:
		if !a.condSet && rd.follows(a, p) {
			t := &toks[p]
			end := min(hi, int(t.stop))
			then := int(t.thi) < end
			// "…, nếu không có văn bản trả lời thì coi như đồng ý": the
			// condition governs what follows "thì", not the duration.
			if !then {
				a.cond, a.condSet = rd.words(p, end), true
			}
		}
	case (a == nil || rd.sentOf(p) != sa) && (b == nil || rd.sentOf(p) != sb):
		rd.headingAt(p)
	case b != nil && rd.sentOf(p) == sb:
		if !b.condSet {
			end := hi
			if lead >= 0 {
				end = lead
			}
			if rd.isNormalCase(p, end) {
				b.condSet = true // the ordinary case: no condition
				b.cond = ""
				b.normal = true
			} else {
				b.cond, b.condSet = rd.words(p, end), true
			}
		}
	}
}

// follows reports whether the condition at p follows duration a directly:
// only punctuation, or a's own "kể từ …" clause, stands between them ("03
// ngày làm việc đối với việc thay đổi …", "120 ngày (nếu hồ sơ phức tạp)").
// A condition after other words belongs to them: in "Trong thời hạn 07
// ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Cục trưởng … quyết
// định chấp thuận, trường hợp từ chối phải thông báo …" it is the refusal's,
// not the limit's.
func (rd *reader) follows(a *item, p int) bool {
	from := a.to
	if a.eventEnd > from {
		from = a.eventEnd
	}
	for q := from; q < p; q++ {
		if t := rd.toks[q]; t.kind == tokWord {
			switch t.text {
			case "voi", "trong", "ap", "dung", "chi": // "với trường hợp", "trong trường hợp", "áp dụng đối với"
				continue
			}
			return false
		}
	}
	return true
}

// notALimit says why the duration starting at token from is no time limit
// for the agency, or "": a minimum ("tối thiểu là 05 ngày làm việc", "ít
// nhất"), a period of posting ("niêm yết … trong thời hạn 60 ngày để tìm
// người nhận") or a sentence about a period of validity ("Thời hạn sử
// dụng tài khoản … là 12 tháng"). other is whether the duration counts
// from another event: a lead time ("trước ngày kiểm tra ít nhất 02 ngày
// làm việc") may be a minimum, and a posting counted from another event
// ("Thời hạn niêm yết là 60 ngày, kể từ ngày … nhận được văn bản đề nghị
// của Sở Tư pháp") is reported as such. It looks back over the duration's
// sentence, at most forty tokens, and at the sentence's first words.
func (rd *reader) notALimit(from int, other bool) string {
	toks := rd.toks
	q := from - 1
	for ; !other && q >= 0 && q >= from-40 && !rd.isSentenceEnd(q); q-- {
		switch toks[q].text { // one comparison for most words
		case "toi", "it":
			if (q == from-2 || q == from-3 && wordAt(toks, from-1, "la")) && (wordsAt(toks, q, "toi", "thieu") || wordsAt(toks, q, "it", "nhat")) {
				return "a minimum period (\"tối thiểu\", \"ít nhất\"), not a time limit"
			}
		case "niem":
			if wordAt(toks, q+1, "yet") {
				return "a period of posting (\"niêm yết\"), not a time limit"
			}
		}
	}
	q = rd.first(from)
	for q < from && toks[q].kind != tokWord {
		q++
	}
	if wordsAt(toks, q, "thoi", "han", "su", "dung") || wordsAt(toks, q, "thoi", "han", "hieu", "luc") || wordsAt(toks, q, "gia", "tri", "su", "dung") {
		return "a period of validity (\"thời hạn sử dụng\", \"thời hạn hiệu lực\"), not a time limit"
	}
	return ""
}

// leadTime reports whether "trước" at p starts the event a lead time
// counts back from: "trước ngày …", "trước khi …", "trước thời điểm …",
// "trước thời hạn …" (not "trước đó", "như trước").
func (rd *reader) leadTime(p int) bool {
	toks := rd.toks
	return wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi") || wordAt(toks, p+1, "gio") || wordsAt(toks, p+1, "thoi", "diem") ||
		wordsAt(toks, p+1, "thoi", "han") || wordsAt(toks, p+1, "thoi", "gian")
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
		if toks[q].kind == tokWord {
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
	switch toks[p].text {
	case "cap":
		// "Cấp lại …", "Cấp giấy phép …"; not a level ("Cấp xã:", "Cấp
		// đại đội, tiểu đoàn …:").
		switch {
		case p+1 >= colon:
			return false
		case wordAt(toks, p+1, "lai"), wordAt(toks, p+1, "moi"), wordAt(toks, p+1, "doi"), wordAt(toks, p+1, "giay"),
			wordAt(toks, p+1, "phep"), wordAt(toks, p+1, "chung"), wordAt(toks, p+1, "the"), wordAt(toks, p+1, "ban"),
			wordAt(toks, p+1, "van"), wordAt(toks, p+1, "quyet"), wordAt(toks, p+1, "so"):
			return !wordsAt(toks, p+1, "so", "xa") && !wordsAt(toks, p+1, "co", "so")
		}
		return false
	case "dieu":
		return wordAt(toks, p+1, "chinh")
	case "gia":
		return wordAt(toks, p+1, "han")
	case "sua":
		return wordAt(toks, p+1, "doi")
	case "bo":
		return wordAt(toks, p+1, "sung")
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
		return wordAt(toks, p+1, "nhan")
	case "hop":
		return wordAt(toks, p+1, "nhat")
	case "sap":
		return wordAt(toks, p+1, "nhap")
	case "chia", "tach":
		return true
	case "ho":
		// "Hồ sơ không đúng thủ tục:", "Hồ sơ chưa đầy đủ:": a failure case.
		return wordAt(toks, p+1, "so") && (wordAt(toks, p+2, "khong") || wordAt(toks, p+2, "chua") || wordAt(toks, p+2, "thieu"))
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
	return wordAt(toks, p, "buoc") && kindAt(toks, p+1, tokNum) && p+2 == colon
}

// introduces reports whether tokens [from, to) only introduce the
// duration at to: nothing, or "Trong thời hạn", "trong vòng", "không quá",
// "chậm nhất là", "tối đa".
func (rd *reader) introduces(from, to int) bool {
	for q := from; q < to; q++ {
		if t := rd.toks[q]; t.kind == tokWord {
			switch t.text {
			case "trong", "thoi", "han", "gian", "vong", "khong", "qua", "cham", "nhat", "la", "toi", "da":
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

// isSentenceEnd reports whether toks[i] ends a sentence.
func (rd *reader) isSentenceEnd(i int) bool {
	t := &rd.toks[i]
	if t.kind != tokPunct || len(t.text) != 1 {
		return false
	}
	switch t.text[0] {
	case '.', ';', '!', '?', '\n':
		return true
	}
	return false
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

// classifyEvent reads the words after "kể từ" (tokens [p, end)): receipt
// when they name receiving or filing the dossier, application or request
// ("ngày nhận đủ hồ sơ hợp lệ", "khi nhận đơn", "ngày tiếp nhận", "ngày hồ
// sơ được tiếp nhận"), another event otherwise ("ngày kết thúc kiểm tra",
// "ngày thụ lý", "ngày nhận được thông báo của …", "khi tiếp nhận văn bản
// về việc …"). The object must stand within four words of the verb.
func (rd *reader) classifyEvent(p, end int) Start {
	toks := rd.toks
	var wsBuf [24]int
	ws := wsBuf[:0] // word tokens
	for q := p; q < end && len(ws) < len(wsBuf); q++ {
		if toks[q].kind == tokWord {
			ws = append(ws, q)
		}
	}
	isObject := func(k int) bool {
		q := ws[k]
		switch toks[q].text {
		case "so":
			return wordAt(toks, q-1, "ho")
		case "to":
			return wordAt(toks, q-1, "giay")
		case "don":
			return true
		case "nghi":
			return wordAt(toks, q-1, "de")
		case "cau":
			return wordAt(toks, q-1, "yeu")
		case "khai":
			return wordAt(toks, q-1, "to") || wordAt(toks, q-1, "ban")
		case "xuat":
			return wordAt(toks, q-1, "de") // "văn bản đề xuất"
		case "cao":
			return wordAt(toks, q-1, "bao") // "báo cáo kết quả thực hiện"
		case "an":
			return wordAt(toks, q-1, "phuong") // "phương án xử lý"
		case "van":
			return wordAt(toks, q-1, "cong") // "công văn của doanh nghiệp"
		}
		return false
	}
	for k, q := range ws {
		w := toks[q].text
		if w == "gui" && (wordsAt(toks, q+1, "van", "ban") || wordsAt(toks, q+1, "thong", "bao")) ||
			wordsAt(toks, q, "co", "thong", "bao") {
			// "kể từ ngày gửi văn bản xác nhận đã nhận đầy đủ hồ sơ", "kể
			// từ ngày có thông báo nhận được hồ sơ": the agency's notice.
			return FromOtherEvent
		}
		verb := w == "nhan" && !wordAt(toks, q-1, "xac") || w == "nop" || w == "tiep" && wordAt(toks, q+1, "nhan")
		if !verb {
			continue
		}
		if rd.noticeFirst(ws[k+1:]) {
			return FromOtherEvent // "nhận được thông báo về yêu cầu bổ sung hồ sơ"
		}
		if w == "tiep" && k+2 >= len(ws) {
			return rd.andAnother(ws[k:]) // "kể từ ngày tiếp nhận"
		}
		for j := max(0, k-3); j < min(len(ws), k+8); j++ {
			if j != k && isObject(j) {
				obj := toks[ws[j]].text
				switch {
				case obj == "so" && j+1 < len(ws) && toks[ws[j+1]].text == "trinh",
					rd.asksOpinion(ws[j+1:]):
					// "hồ sơ trình" (a dossier submitted up by an agency),
					// "hồ sơ gửi xin ý kiến": a step between agencies.
					return FromOtherEvent
				case obj == "cao" && !rd.byApplicant(ws[j+1:]):
					// A report counts from receipt only as the applicant's
					// ("báo cáo kết quả thực hiện công việc của Chủ sở
					// hữu"); "báo cáo kết quả thẩm định", "báo cáo của Tổ
					// giám sát thanh lý" are steps.
					return FromOtherEvent
				case rd.fromAgency(ws[j+1:], true):
					// "hồ sơ của Sở Xây dựng", "văn bản đề nghị của Ủy ban
					// nhân dân cấp xã": passed on, or asked for, by a public
					// body; a one-stop section's dossiers come from people
					// and organisations, so a count from a body's paper is a
					// step between agencies. (Where a ministry is itself the
					// applicant this asks a person, who decides.)
					return FromOtherEvent
				}
				return rd.andAnother(ws[j:])
			}
		}
		return FromOtherEvent
	}
	return FromOtherEvent
}
