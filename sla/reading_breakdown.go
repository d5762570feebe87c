package sla

// Breakdowns written as lists: a total, then list lines of bodies or steps
// whose durations add up to it (listBreakdown), or the lines first and the
// total named after them (totalAfterParts). Lines that do not add up stay
// what they are: alternatives, or a mismatch under a total of bodies.

// listBreakdown reads a total followed by list lines, each with one
// duration of the same unit, as the total's breakdown when the lines add
// up to it: "Trong thời hạn 02 ngày làm việc … kể từ ngày nhận đủ hồ sơ
// hợp lệ.\n- Tại Sở Văn hóa, Thể thao và Du lịch 01 ngày làm việc;\n- Tại
// Văn phòng Ủy ban nhân dân tỉnh 01 ngày làm việc." Lines that do not add
// up are left as they are (alternatives): only the sum makes them shares.
func (rd *reader) listBreakdown() {
	for k := 0; k < len(rd.items); k++ {
		total := &rd.items[k]
		tl, ok := total.p.Limit()
		if !plainDuration(total) || !ok {
			continue
		}
		var sum int64
		bodies := true // every line names a body ("+ Bộ phận TN&TKQ: 02 ngày")
		j := k + 1
		for ; j < len(rd.items); j++ {
			it := &rd.items[j]
			l, ok := it.p.Limit()
			shorthand := totalsDays(l.unit, tl.unit) // "05 ngày làm việc\n+ Bộ phận: 02 ngày": the total's days
			if it.kind == iBad && it.fracDays > 0 && tl.unit == UnitWorkingDays {
				// "5,5 ngày làm việc, cụ thể: … 0,5 ngày": half a day of the
				// total's working days.
				l, ok, shorthand = Limit{hundredths: it.fracDays, unit: UnitWorkingDays}, !it.condSet && !it.ext && !it.excluded && !it.restates, true
			} else if !plainDuration(it) {
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

// totalsDays reports whether a share in unit part, under a total in unit
// total, is in the total's days said short: days under working days
// ("05 ngày làm việc … + Bộ phận: 02 ngày").
func totalsDays(part, total Unit) bool {
	return part == UnitCalendarDays && total == UnitWorkingDays
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
	to := capWordsStart(toks, from, it.from) // "Thời hạn trả kết quả: tối đa 30 ngày": the label, not "tối đa"
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

// totalAfterParts reads list lines of one unit followed by a total that
// they add up to as the total's breakdown, the total named after its parts:
// "- Thời hạn kiểm tra tính đầy đủ hợp lệ của hồ sơ: 05 ngày làm việc.\n-
// Thời hạn thẩm định hồ sơ lần đầu: 15 ngày làm việc.\n- Thời hạn thẩm định
// hồ sơ sửa đổi, bổ sung: 10 ngày làm việc.\nTổng thời gian xử lý hồ sơ:
// tối đa 30 ngày làm việc." The total must be named so ("Tổng thời gian",
// "Tổng cộng") and the parts must add up to it; otherwise they stay what
// they are (alternatives), as listBreakdown leaves lines that do not add up
// under a total before them.
func (rd *reader) totalAfterParts() {
	for k := 2; k < len(rd.items); k++ {
		total := &rd.items[k]
		tl, ok := total.p.Limit()
		if !ok || !plainDuration(total) || !rd.totalNamedBefore(total.from) {
			continue
		}
		var sum int64
		j := k - 1
		for ; j >= 0 && sum < int64(tl.hundredths); j-- {
			it := &rd.items[j]
			l, ok := it.p.Limit()
			if !ok || !plainDuration(it) || l.unit != tl.unit || rd.lineStart(it.from) < 0 {
				break
			}
			sum += int64(l.hundredths)
		}
		if sum != int64(tl.hundredths) || k-j-1 < 2 {
			continue
		}
		for q := j + 1; q < k; q++ {
			rd.markLineShare(&rd.items[q])
		}
	}
}

// totalNamedBefore reports whether the duration at p is labelled a total
// in the twelve tokens before it, on its own line: "Tổng thời gian xử lý hồ
// sơ: tối đa 30 ngày làm việc", "Tổng cộng: 30 ngày".
func (rd *reader) totalNamedBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-12 && !rd.isSentenceEnd(q); q-- { // (a line break ends a sentence too)
		if words3(toks, q, "tong", "thoi", "gian") || words3(toks, q, "tong", "thoi", "han") || words2(toks, q, "tong", "cong") {
			return true
		}
	}
	return false
}

// bracketBreakdown reads a total followed by a bracket of two or more
// shares, each named by the body right before its amount with no colon,
// as the total's breakdown when the shares add up to it: "Năm (05) ngày
// làm việc kể từ ngày nhận hồ sơ hợp lệ (Sở TNMT 03 ngày làm việc, Văn
// phòng UBND tỉnh 02 ngày làm việc)" (a card of Thái Bình's portal,
// dvctt.thaibinh.gov.vn, on reissuing a licence). Shares that do not add
// up are left as they are: only the sum makes them shares (a colon after
// each body, "(Sở Nội vụ: 03 ngày; …)", is read as a breakdown already).
func (rd *reader) bracketBreakdown() {
	toks := rd.toks
	for k := 0; k+2 < len(rd.items); k++ {
		total := &rd.items[k]
		tl, ok := total.p.Limit()
		if !plainDuration(total) || !ok {
			continue
		}
		open := -1
		for q := total.to; q < rd.items[k+1].from; q++ {
			if rd.isSentenceEnd(q) || punctAt(toks, q, ")") || punctAt(toks, q, ":") {
				break
			}
			if punctAt(toks, q, "(") {
				open = q
			}
		}
		if open < 0 {
			continue
		}
		var sum int64
		j, seg := k+1, open+1
		for ; j < len(rd.items); j++ {
			it := &rd.items[j]
			l, ok := it.p.Limit()
			if !plainDuration(it) || !ok || l.unit != tl.unit && !totalsDays(l.unit, tl.unit) || !rd.shareBodyAt(seg) { // ("15 ngày làm việc (Sở Tư pháp 10 ngày, UBND tỉnh 05 ngày)")
				break
			}
			for q := seg; q < it.from; q++ {
				if toks[q].kind == tokPunct || toks[q].kind == tokNum {
					seg = -1 // a colon, a bracket or a figure before the amount: not a body's bare name
					break
				}
			}
			if seg < 0 {
				break
			}
			sum += int64(l.hundredths)
			next := it.to
			if punctAt(toks, next, ")") {
				j++
				break
			}
			if !punctAt(toks, next, ",") && !punctAt(toks, next, ";") {
				break
			}
			seg = next + 1
		}
		if j-k-1 < 2 || sum != int64(tl.hundredths) || !punctAt(toks, rd.items[j-1].to, ")") {
			if j > k+1 {
				k = j - 1 // the bracket's durations are no totals: each is walked once (linear)
			}
			continue
		}
		seg = open + 1
		for q := k + 1; q < j; q++ {
			it := &rd.items[q]
			it.share, it.who = true, rd.words(seg, it.from)
			seg = it.to + 1
		}
		k = j - 1
	}
}

// shareBodyAt reports whether a share of a bracketed breakdown names its
// body at p: a public body ("Sở Tư pháp 10 ngày"), the one-stop section
// ("Bộ phận Một cửa 01 ngày làm việc"), or either after "tại" ("(tại Sở
// Nội vụ 07 ngày làm việc, tại UBND tỉnh 03 ngày làm việc)", as a
// colon's share writes "Tại Sở Nội vụ: 07 ngày").
func (rd *reader) shareBodyAt(p int) bool {
	if wordAt(rd.toks, p, "tai") {
		p++
	}
	return rd.agencyNameAt(p) || oneStopAt(rd.toks, p) || levelNamedAt(rd.toks, p) // (agencyName leaves "bộ phận" out: elsewhere it is the section that receives)
}

// levelNamedAt reports whether a level of government alone names a share
// at p: "cấp xã", "cấp huyện", "cấp tỉnh", "cấp bộ", "(cấp xã 02 ngày, cấp
// tỉnh 03 ngày)" (a probe of the 2025 cards, which split a time between
// the commune and the province).
func levelNamedAt(toks []token, p int) bool {
	if !wordAt(toks, p, "cap") || p+1 >= len(toks) {
		return false
	}
	switch toks[p+1].text {
	case "xa", "huyen", "tinh", "bo", "trung":
		return true
	}
	return false
}
