package sla

// attach reads the words between durations: conditions, "hoặc",
// extensions, excluded time, the event counted from, and breakdowns. Each
// gap between two durations is read once: linear in the text's length.
func (rd *reader) attach() {
	toks := rd.toks
	breakdown := false // a breakdown of the previous ordinary duration is open
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
		sa, sb := int32(-1), int32(-1)
		if a != nil {
			sa = rd.sent[a.to-1]
		}
		if b != nil {
			sb = rd.sent[b.from]
		}
		colon, openBracket, trongDo := -1, false, false
		for p := lo; p < hi; p++ {
			t := toks[p]
			if t.kind == tokPunct {
				switch t.text {
				case ":":
					colon = p
				case "(":
					openBracket = true
				}
				continue
			}
			if t.kind != tokWord {
				continue
			}
			switch {
			case t.text == "trong" && wordAt(toks, p+1, "do"):
				trongDo = true
			case (t.text == "ke" || t.text == "tinh") && wordAt(toks, p+1, "tu"):
				end := rd.clauseEnd(p+2, hi)
				switch {
				case a != nil && rd.sent[p] == sa && a.event == StartUnknown:
					a.event, a.eventWord = rd.classifyEvent(p+2, end), rd.words(p, end)
				case b != nil && rd.sent[p] == sb && b.event == StartUnknown:
					b.event, b.eventWord = rd.classifyEvent(p+2, end), rd.words(p, end)
				}
			case (t.text == "keo" && wordAt(toks, p+1, "dai")) || (t.text == "gia" && wordAt(toks, p+1, "han")):
				switch {
				case b != nil && rd.sent[p] == sb:
					b.ext = true
				case (a == nil || rd.sent[p] != sa || !a.ext) && rd.openExtAt < p:
					// An extension with no stated length ("trường hợp phức
					// tạp thì gia hạn"): reported, never dropped.
					from, to := p, p
					for from > lo && !rd.isSentenceEnd(from-1) {
						from--
					}
					for to < hi && !rd.isSentenceEnd(to) {
						to++
					}
					rd.openExt = append(rd.openExt, rd.words(from, to))
					rd.openExtAt = to
				}
			case t.text == "khong" && (wordAt(toks, p+1, "ke") || wordAt(toks, p+1, "tinh") || wordsAt(toks, p+1, "bao", "gom") || wordAt(toks, p+1, "gom")):
				if b != nil && rd.sent[p] == sb && b.from-p <= 8 {
					b.excluded = true
				}
			case t.text == "hoac":
				if a != nil && b != nil && b.from-p <= 4 && rd.sent[p] == sb && sa == sb && a.kind != iNextDay && b.kind != iNextDay && a.kind != iBad && b.kind != iBad {
					a.or, b.or = true, true
				}
			case isConditionAt(toks, p):
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

// isConditionAt reports whether a condition starts at toks[p]: "trường
// hợp", "đối với", or "nếu" other than the aside "(nếu có)".
func isConditionAt(toks []token, p int) bool {
	switch toks[p].text {
	case "truong":
		return wordAt(toks, p+1, "hop")
	case "doi":
		return wordAt(toks, p+1, "voi")
	case "neu":
		return !wordAt(toks, p+1, "co") || kindAt(toks, p+2, tokWord) && !wordAt(toks, p+2, "thi")
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
	if b != nil && rd.sent[p] == sb {
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
	case a != nil && rd.sent[p] == sa && lead < 0:
		if !a.condSet {
			end := p
			for end < hi && !rd.isSentenceEnd(end) && !punctAt(toks, end, "(") {
				end++
			}
			a.cond, a.condSet = rd.words(p, end), true
		}
	case b != nil && rd.sent[p] == sb:
		if !b.condSet {
			end := hi
			if lead >= 0 {
				end = lead
			}
			b.cond, b.condSet = rd.words(p, end), true
		}
	}
}

// isSentenceEnd reports whether toks[i] ends a sentence.
func (rd *reader) isSentenceEnd(i int) bool {
	t := rd.toks[i]
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case ".", ";", "!", "?", "\n":
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

// receiptVerbs and dossierWords decide whether "kể từ …" names receipt.
var (
	receiptVerbs = map[string]bool{"nhan": true, "nop": true, "tiep": true}
	dossierWords = map[string]bool{"so": true, "don": true, "nghi": true, "cau": true, "khai": true}
)

// classifyEvent reads the words after "kể từ" (tokens [p, end)): receipt
// when they name receiving or filing the dossier, application or request
// ("ngày nhận đủ hồ sơ hợp lệ", "khi nhận đơn", "ngày tiếp nhận"), another
// event otherwise ("ngày kết thúc kiểm tra", "ngày thụ lý", "ngày nhận
// được thông báo của …").
func (rd *reader) classifyEvent(p, end int) Start {
	toks := rd.toks
	verb, object := false, false
	for q := p; q < end; q++ {
		if toks[q].kind != tokWord {
			continue
		}
		w := toks[q].text
		switch {
		case receiptVerbs[w]:
			if w == "tiep" && !wordAt(toks, q+1, "nhan") {
				continue
			}
			verb = true
			if w == "tiep" && (q+2 >= end || !kindAt(toks, q+2, tokWord) || wordAt(toks, q+2, "ho") || wordAt(toks, q+2, "yeu") || wordAt(toks, q+2, "don")) {
				object = true // "kể từ ngày tiếp nhận", "tiếp nhận hồ sơ"
			}
		case dossierWords[w]:
			switch w {
			case "so":
				object = object || wordAt(toks, q-1, "ho")
			case "nghi":
				object = object || wordAt(toks, q-1, "de")
			case "cau":
				object = object || wordAt(toks, q-1, "yeu")
			case "khai":
				object = object || wordAt(toks, q-1, "to") || wordAt(toks, q-1, "ban")
			default:
				object = true
			}
		}
	}
	if verb && object {
		return FromReceipt
	}
	return FromOtherEvent
}
