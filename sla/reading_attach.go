package sla

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
				if end <= at {
					break // "… tính từ" with nothing after (a cut text): no event named
				}
				// "kể từ ngày Bộ trưởng Bộ Xây dựng, Bộ trưởng Bộ Công an nhận
				// đủ hồ sơ hợp lệ": an agency as subject; its verb may stand
				// past the commas.
				ext := end
				// "kể từ khi người làm thủ tục đã nộp, xuất trình đủ các giấy
				// tờ": a verb cut from its object by a comma.
				if end < hi && punctAt(toks, end, ",") && (wordAt(toks, end-1, "nop") || wordAt(toks, end-1, "nhan")) {
					ext = rd.clauseEnd(end+1, hi)
				}
				if rd.agencyNameAt(at + 1) {
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
				a.event, a.eventWord, a.eventEnd, a.lead = FromOtherEvent, rd.words(p, rd.clauseEnd(p+1, hi)), rd.clauseEnd(p+1, hi), true
			case t.text == "dau" && wordAt(toks, p+1, "tien") && a != nil && p == a.to && a.event == StartUnknown:
				// "trong 07 ngày làm việc đầu tiên của tháng": a window of
				// the calendar, not a count from receipt.
				end := rd.clauseEnd(p+2, hi)
				a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
			case t.text == "tang" && wordAt(toks, p+1, "them") && b != nil && rd.sentOf(p) == sb && b.from-p <= 3:
				b.ext = true // "được tăng thêm 03 ngày làm việc"
			case t.text == "truoc" && b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && (b.from == p+1 || b.from == p+3 && wordsAt(toks, p+1, "thoi", "han")):
				// "Trước thời hạn 03 tháng tính đến ngày hết hạn …", "Chậm
				// nhất trước 05 ngày dự kiến …": counted back from another
				// event.
				b.event, b.eventWord, b.lead = FromOtherEvent, rd.words(p, rd.clauseEnd(b.to, hi)), true
			case t.text == "truoc" && (wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi")) && b != nil && rd.sentOf(p) == sb && b.from-p <= 8:
				// "Trước ngày kiểm tra ít nhất 02 ngày làm việc": counted back
				// from another event.
				b.event, b.eventWord, b.lead = FromOtherEvent, rd.words(p, b.from), true
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
			if it.event == StartUnknown && it.from >= 4 && (wordsAt(toks, it.from-4, "con", "hieu", "luc") || wordsAt(toks, it.from-5, "con", "hieu", "luc")) {
				// "tại thời điểm giấy phép còn hiệu lực ít nhất 45 ngày":
				// counted back from the expiry.
				it.event, it.eventWord, it.lead = FromOtherEvent, rd.words(it.from-4, it.to), true
			}
			if why := rd.notALimit(it); why != "" {
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
	if wordsAt(toks, p-2, "de", "nghi") || wordsAt(toks, p-2, "chap", "thuan") || wordsAt(toks, p-2, "dieu", "kien") {
		// "chấp thuận đề nghị gia hạn thời hạn của trái phiếu", "điều kiện
		// gia hạn thời hạn hoạt động": the matter, not the limit.
		return false
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

// original returns the original text of token p.
func (rd *reader) original(p int) string {
	t := rd.toks[p]
	return rd.f.src[rd.f.orig[t.at]:rd.f.orig[t.end]]
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
