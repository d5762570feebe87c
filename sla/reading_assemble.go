package sla

import "strings"

// role is what an item is in the reading.
type role uint8

const (
	roleCandidate role = iota // an unconditioned duration: the ordinary limit if it is the only one
	roleAlternative
	roleShare
	roleExcluded // time left out, or a step inside the total (item.inner): no due date of its own
	roleConcern
	roleAbsorbed // the "next working day" of a stated cut-off
)

// roleOf decides what item it is, and for an alternative, its kind.
func (rd *reader) roleOf(it *item) (role, AltKind) {
	switch {
	case it.share:
		return roleShare, 0
	case it.excluded || it.inner:
		return roleExcluded, 0
	case it.kind == iBad || it.kind == iNotLimit:
		return roleConcern, 0
	case it.kind == iNextDay:
		if rd.cutoff != 0 {
			return roleAbsorbed, 0
		}
		return roleConcern, 0
	case it.ext:
		return roleAlternative, AltExtension
	case it.kind == iRange:
		return roleAlternative, AltRange
	case it.condSet && !it.normal:
		return roleAlternative, AltConditional
	case it.or:
		return roleAlternative, AltUnstated
	}
	return roleCandidate, 0
}

// countStartsAt reports whether the next working day at p is where a count
// starts ("thời gian được tính bắt đầu từ ngày làm việc tiếp theo"), not
// when the result is due: "Nếu tiếp nhận hồ sơ sau 15 giờ thì thời gian
// được tính bắt đầu từ ngày làm việc tiếp theo" (thuvienphapluat.vn on
// registering a birth through VNeID) states the cut-off and no limit.
func (rd *reader) countStartsAt(p int) bool {
	return wordAt(rd.toks, p-1, "tu") && rd.phraseBefore(p, 4, "tinh")
}

// reading assembles the Reading from the items, in the text's order.
func (rd *reader) reading() Reading {
	var r Reading
	rd.channelCases()
	// First pass: the distinct unconditioned durations; dup marks a
	// duration stated again ("20 ngày làm việc; Trong thời hạn 20 ngày làm
	// việc"), which counts once.
	var first *item
	firstK := 0
	distinct := 0
	var dupBuf [8]bool
	var dup []bool
	if len(rd.items) <= len(dupBuf) {
		dup = dupBuf[:len(rd.items)]
	} else {
		dup = make([]bool, len(rd.items))
	}
	type key struct {
		p Period
		e Start
	}
	var seenBuf [8]key // distinct durations: a handful, or a map beyond
	seen := seenBuf[:0]
	var seenMap map[key]bool
	has := func(k key) bool {
		if seenMap != nil {
			return seenMap[k]
		}
		for _, x := range seen {
			if x == k {
				return true
			}
		}
		return false
	}
	add := func(k key) {
		if seenMap == nil && len(seen) < 8 {
			seen = append(seen, k)
			return
		}
		if seenMap == nil {
			seenMap = make(map[key]bool, 16)
			for _, x := range seen {
				seenMap[x] = true
			}
		}
		seenMap[k] = true
	}
	for k := range rd.items {
		it := &rd.items[k]
		if ro, _ := rd.roleOf(it); ro == roleCandidate {
			if it.restates || it.immediate && rd.durationInSentence(k) {
				// ("Trong thời hạn 01 ngày, Ban Chỉ huy … chuyển Giấy chứng
				// nhận cho công dân ngay sau khi đăng ký": an act at once
				// within the step, not a second duration.)
				dup[k] = true
				continue
			}
			ev := it.event
			if ev == StartUnknown {
				ev = FromReceipt
			}
			if (has(key{it.p, ev}) && (!it.step || rd.sameStep(k) || ev == FromReceipt && first != nil && first.p == it.p && rd.cellFigure(first)) || !it.step && has(key{workingOf(it.p), ev})) && !rd.twoActsOneTime(k) {
				// ("Trực tiếp 5 Ngày làm việc Phí : …\nBước 2. …: Trong thời
				// hạn 05 ngày làm việc, kể từ ngày nhận được đơn …": the
				// portal's figure for the channel, then the one step that
				// takes it.)
				// ("15 ngày làm việc … (… là 15 ngày, giảm 7 ngày so với quy
				// định)": the same amount again without "làm việc".)
				dup[k] = true
				continue
			}
			if first != nil && distinct == 1 && ev == FromReceipt && first.event != FromOtherEvent && workingOf(first.p) == it.p && first.p != it.p && rd.cellFigure(first) {
				// "Trực tiếp 15 (Ngày) Không quá 15 ngày làm việc kể từ ngày
				// nhận đủ hồ sơ hợp lệ": the portal's figure in days, its
				// text in working days; the text's unit is the limit.
				dup[firstK] = true
				first, firstK = it, k
				add(key{it.p, ev})
				continue
			}
			add(key{it.p, ev})
			if first == nil {
				first, firstK = it, k
			}
			distinct++
		}
	}
	// "nếu tiếp nhận hồ sơ sau 15 giờ thì … trả kết quả trong ngày làm
	// việc tiếp theo" with no other duration: the service is the same day,
	// and the cut-off says so.
	impliedSameDay := distinct == 0 && rd.cutoff != 0 && len(rd.items) > 0 && len(rd.openExt) == 0
	for k := range rd.items {
		impliedSameDay = impliedSameDay && rd.items[k].kind == iNextDay && !rd.countStartsAt(rd.items[k].from)
	}
	single := distinct == 1
	r.Why = make([]Because, 0, len(rd.items)+2)
	if single {
		r.Ordinary = first.p
		r.From = first.event
		if r.From == StartUnknown {
			r.From = FromReceipt
		}
		r.FromWords = first.eventWord
		if rd.general == FromOtherEvent && r.From == FromReceipt && rd.generalCase == "" {
			r.From, r.FromWords = FromOtherEvent, rd.generalWords
		}
		r.Why = append(r.Why, Because{Part: "ordinary", Words: rd.words(first.from, first.to)})
		if first.eventWord != "" {
			r.Why = append(r.Why, Because{Part: "from", Words: first.eventWord})
		}
	}
	if impliedSameDay {
		r.Ordinary, r.From = PeriodOf(SameDay()), FromReceipt
		r.Why = append(r.Why, Because{Part: "ordinary", Words: rd.cutoffWords})
	}
	if rd.cutoff != 0 {
		r.Cutoff = rd.cutoff
		r.Why = append(r.Why, Because{Part: "cutoff", Words: rd.cutoffWords})
	}
	// Second pass, in order.
	for k := range rd.items {
		it := &rd.items[k]
		ro, kind := rd.roleOf(it)
		w := rd.words(it.from, it.to)
		switch ro {
		case roleCandidate:
			if single || dup[k] {
				continue
			}
			kind = AltUnstated
			fallthrough
		case roleAlternative:
			alt := Alternative{Kind: kind, Period: it.p, Upto: it.hi, From: it.event}
			if alt.From == StartUnknown {
				alt.From = FromReceipt
			}
			if alt.From == FromReceipt && rd.general == FromOtherEvent && rd.generalCase == "" {
				// "Thời hạn giải quyết … được tính từ khi nhận đủ hồ sơ hợp
				// lệ và chủ xe hoàn thành việc nộp lệ phí": a sentence of its
				// own about every limit of the text, as for the ordinary one.
				alt.From = FromOtherEvent
			}
			if it.condSet {
				alt.Condition = it.cond
			} else if it.or {
				alt.Condition = "hoặc"
			}
			if single && kind == AltConditional && it.condSet && alt.Upto.IsZero() && alt.Period == r.Ordinary && alt.From == r.From && it.eventWord != "" && keepsOrdinaryTime(alt.Condition) {
				// A case that states the ordinary limit again from the same
				// event ("Trường hợp không chấp nhận …, trong thời hạn 03
				// ngày làm việc kể từ ngày nhận được hồ sơ, … có văn bản trả
				// lời", national portal 2026, thủ tục 1.013911, the H2H
				// numbers): the refusal is answered in the same time, no
				// other due date.
				r.Why = append(r.Why, Because{Part: "same", Words: alt.Condition + " … " + w})
				continue
			}
			if r.Alternatives == nil {
				// Sized once for the durations left, at most what they
				// hold (a long text of cases appends dozens, not grown by
				// doubling).
				r.Alternatives = make([]Alternative, 0, len(rd.items)-k)
			}
			r.Alternatives = append(r.Alternatives, alt)
			why := w
			if alt.Condition != "" {
				why = alt.Condition + " … " + w
			}
			r.Why = append(r.Why, Because{Part: "alternative", Words: why})
		case roleShare:
			r.Breakdown = append(r.Breakdown, Share{Who: it.who, Period: it.p})
			r.Why = append(r.Why, Because{Part: "breakdown", Words: it.who + ": " + w})
		case roleExcluded:
			if it.inner {
				r.Why = append(r.Why, Because{Part: "step", Words: it.who + ": " + w})
			} else {
				r.Why = append(r.Why, Because{Part: "excluded", Words: w})
			}
		case roleAbsorbed:
			r.Why = append(r.Why, Because{Part: "cutoff", Words: w})
		case roleConcern:
			c := Concern{Kind: ConcernUnreadable, Words: w, Detail: it.detail, err: it.err}
			if it.kind == iNotLimit {
				c.Kind = ConcernNotALimit
			}
			if it.kind == iNextDay {
				c.Detail, c.err = "\"next working day\" with no stated cut-off", ErrLimitSyntax
			}
			r.Concerns = append(r.Concerns, c)
			r.Why = append(r.Why, Because{Part: "concern", Words: w})
		}
	}
	for _, w := range rd.openExt {
		from := r.From
		if from == StartUnknown {
			from = FromReceipt
		}
		r.Alternatives = append(r.Alternatives, Alternative{Kind: AltExtension, Condition: w, From: from})
		r.Why = append(r.Why, Because{Part: "alternative", Words: w})
	}
	if rd.general == FromOtherEvent && rd.generalCase != "" && !r.Ordinary.IsZero() {
		// The ordinary count from receipt, and in the case the sentence
		// names, the same time from the event it names.
		r.Alternatives = append(r.Alternatives, Alternative{Kind: AltConditional, Period: r.Ordinary, Condition: rd.generalCase, From: FromOtherEvent})
		r.Why = append(r.Why, Because{Part: "alternative", Words: rd.generalCase + " … " + rd.generalWords})
	}
	if r.Ordinary.IsZero() {
		detail := "only alternatives, no ordinary limit"
		switch {
		case len(rd.items) == 0:
			detail = "no amount with a unit (ngày làm việc, giờ làm việc, ngày, tháng) and no \"trong ngày\""
		case distinct > 1:
			detail = "several durations with no condition to tell which is the limit"
		case len(r.Alternatives) == 0:
			detail = "no ordinary limit"
		}
		r.Concerns = append(r.Concerns, Concern{Kind: ConcernNoOrdinary, Detail: detail, err: noOrdinaryErr(rd, distinct, r)})
	}
	if r.From == FromOtherEvent {
		r.Concerns = append(r.Concerns, Concern{Kind: ConcernOtherEvent, Words: r.FromWords,
			Detail: "counted from another event than receipt: no deadline from receipt", err: ErrLimitOtherEvent})
	}
	shorthandShares(&r)
	if !r.BreakdownMatches() {
		r.Concerns = append(r.Concerns, Concern{Kind: ConcernBreakdownMismatch,
			Detail: "the breakdown does not add up to " + r.Ordinary.String(), err: ErrLimitAmbiguous})
	}
	return r
}

// channelCases reads the durations of a text whose every duration stands
// on a line of its own channel of filing ("Trực tiếp: 15 ngày làm việc\n
// Trực tuyến: 10 ngày làm việc", "- Trực tiếp: …\n- Dịch vụ bưu chính: …"),
// two lines at least. The catalogue gives the time per channel (legal.md
// §2.4, the national database's fields): where every channel has the same
// time there is nothing to choose, and that time is the ordinary limit;
// where the times differ, each is its channel's case, with the channel's
// words. A lone channel's line stays as it reads (a case when bulleted, as
// the corpus labels it; the limit when the cell opens with it).
func (rd *reader) channelCases() {
	if rd.channels == 0 {
		return // most texts: no channel's line
	}
	n, same := 0, true
	var p Period
	var e Start
	for k := range rd.items {
		it := &rd.items[k]
		if it.kind == iNotLimit || it.kind == iBad {
			continue
		}
		if it.hi != (Period{}) || it.ext || it.share || it.condSet && !it.channel {
			return
		}
		if _, _, ok := rd.channelLabelBefore(it.from); !ok {
			return
		}
		if n > 0 && (it.p != p || it.event != e) {
			same = false
		}
		p, e = it.p, it.event
		n++
	}
	if n < 2 {
		return
	}
	for k := range rd.items {
		it := &rd.items[k]
		if it.kind == iNotLimit || it.kind == iBad {
			continue
		}
		if same {
			// (each line's duration is no step of its own either: "Trực
			// tiếp: Trong thời hạn 20 ngày làm việc, Cục … có trách nhiệm
			// …" reads a step of the body named after it, once a line)
			it.cond, it.condSet, it.channel, it.step = "", false, false, false
		} else if !it.condSet {
			from, colon, _ := rd.channelLabelBefore(it.from)
			it.cond, it.condSet, it.channel = rd.caseWords(from, colon), true, true
		}
	}
}

// channelLabelBefore returns the channel's label [from, colon) that opens
// the line of the duration at p ("Trực tiếp:", "- Trực tuyến:", "Dịch vụ
// bưu chính:"), and whether there is one, its colon before p.
func (rd *reader) channelLabelBefore(p int) (from, colon int, ok bool) {
	toks := rd.toks
	from = rd.first(p)
	for q := p - 1; q > from && q >= p-14; q-- {
		if punctAt(toks, q, ";") { // ("Trực tiếp: 05 ngày làm việc; Trực tuyến: 05 ngày làm việc": channels in a row)
			from = q + 1
			break
		}
	}
	for from < p && toks[from].kind == tokPunct {
		from++
	}
	for c := from; c < p && c < from+12; c++ {
		if punctAt(toks, c, ":") {
			return from, c, channelLabelAt(toks, from, c)
		}
	}
	return from, from, false
}

// noOrdinaryErr classifies a reading with no ordinary limit for ParseLimit.
func noOrdinaryErr(rd *reader, distinct int, r Reading) error {
	if len(r.Alternatives) > 0 || distinct > 1 {
		return ErrLimitAmbiguous
	}
	for _, c := range r.Concerns {
		if c.err != nil {
			return c.err
		}
	}
	return ErrLimitSyntax
}

// cellFigure reports whether item it is the figure of a portal's row that
// opens the text ("Trực tiếp 5 Ngày làm việc Phí : 100000 Đồng …"): only a
// channel's name before it, and the fee column or a line break after.
func (rd *reader) cellFigure(it *item) bool {
	toks := rd.toks
	p := pastCellHeading(toks, 0, it.from) // ("Thời hạn giải quyết: Trực tiếp 15 (Ngày) …": a vendor's label before the cell)
	if words2(toks, p, "truc", "tiep") || words2(toks, p, "truc", "tuyen") {
		p += 2
	}
	if it.from != p {
		return false
	}
	return wordAt(toks, it.to, "phi") || words2(toks, it.to, "le", "phi") || punctAt(toks, it.to, "\n") || punctAt(toks, it.to-1, ")") || punctAt(toks, it.to, "|")
}

// sameStep reports whether the candidate k restates, in its own sentence,
// the duration of the candidate before it: "Bước 4: Trả kết quả (0,5 ngày
// làm việc) Trong thời hạn 0,5 ngày làm việc, Sở Xây dựng …" is one step.
func (rd *reader) sameStep(k int) bool {
	it := &rd.items[k]
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		prev := &rd.items[j]
		if ro, _ := rd.roleOf(prev); ro != roleCandidate {
			continue
		}
		return prev.p == it.p && rd.sentOf(prev.from) == rd.sentOf(it.from) && !rd.levelStepInBrackets(it)
	}
	return false
}

// workingOf returns the period of calendar days p in working days, to
// tell "15 ngày" written after "15 ngày làm việc" as the same limit again;
// any other period is returned as it is.
func workingOf(p Period) Period {
	if l, ok := p.Limit(); ok && l.unit == UnitCalendarDays {
		l.unit = UnitWorkingDays
		return PeriodOf(l)
	}
	return p
}

// durationInSentence reports whether another duration with an amount
// stands in the sentence of item k.
func (rd *reader) durationInSentence(k int) bool {
	sent := rd.sentOf(rd.items[k].from)
	for j := range rd.items {
		if j != k && rd.items[j].kind == iDur && rd.sentOf(rd.items[j].from) == sent {
			return true
		}
	}
	return false
}

// keepsOrdinaryTime reports whether a case whose time repeats the ordinary
// limit's is no other due date: a refusal ("Trường hợp không chấp nhận …",
// "… không cấp …", "… từ chối …"), which issue 13 and the README read as
// no other limit, or a step kept within the time ("… lấy ý kiến của Bộ
// Khoa học và Công nghệ … nhưng thời gian trả lời chủ thể không vượt
// quá"). (Any case repeating the ordinary limit cost eight held-out
// alternatives: the labellers read a case of its own time as an
// alternative.) The words are folded once, so that a decomposed text reads
// as a composed one.
func keepsOrdinaryTime(cond string) bool {
	f, _ := foldIndexed(cond, nil, nil)
	w := f.text
	refusal := strings.Contains(w, "khong chap nhan") || strings.Contains(w, "khong cap") || strings.Contains(w, "tu choi") || strings.Contains(w, "khong dong y")
	within := strings.Contains(w, "nhung thoi gian") && (strings.HasSuffix(w, "khong vuot qua") || strings.HasSuffix(w, "khong qua"))
	return refusal || within
}

// shorthandShares writes shares given in days under a total of working days
// as working days when they add up to it: "14 ngày làm việc kể từ ngày
// nhận đủ hồ sơ hợp lệ, trong đó:\n• Công ty Công viên - Cây xanh: 7
// ngày\n• Sở Xây dựng: 7 ngày" (a Đà Nẵng one-stop card) and "05 ngày làm
// việc …\n+ Bộ phận một cửa: 02 ngày" say the total's days in short. So do
// the days among shares in working days: "10 ngày làm việc …, trong đó:
// + Tại Chi nhánh văn phòng đăng ký đất đai: 05 ngày làm việc; + Tại Văn
// phòng đăng ký đất đai: 03 ngày làm việc, …. + Tại Sở Tài nguyên và Môi
// trường: Trong thời hạn 02 ngày, …" (the national portal's card,
// dichvucong.gov.vn, thủ tục 222340).
func shorthandShares(r *Reading) {
	total, u, ok := r.Ordinary.sum()
	if !ok || u != UnitWorkingDays || len(r.Breakdown) == 0 {
		return
	}
	var h int64
	for _, s := range r.Breakdown {
		x, su, ok := s.Period.sum()
		if !ok || su != UnitCalendarDays && su != UnitWorkingDays || s.Period.n != 1 {
			return
		}
		h += x
	}
	if h != total {
		return
	}
	for i := range r.Breakdown {
		if l := r.Breakdown[i].Period.parts[0]; l.unit == UnitCalendarDays {
			r.Breakdown[i].Period = PeriodOf(Limit{hundredths: l.hundredths, unit: UnitWorkingDays})
		}
	}
}

// twoActsOneTime reports whether candidate k and the candidate before it,
// the same time, each open a clause of their own act, the first's words
// running straight to the semicolon before the second: "15 ngày làm việc
// xem xét thời hạn tổ chức đăng ký;15 ngày làm việc cấp giấy chứng nhận"
// (dulieuphaply.vn, the card for registering relics, antiques and
// national treasures) is two steps, not one time said twice.
func (rd *reader) twoActsOneTime(k int) bool {
	toks := rd.toks
	it := &rd.items[k]
	for j := k - 1; j >= 0 && j >= k-8; j-- { // (as sameStep: a few items back, linear)
		prev := &rd.items[j]
		if ro, _ := rd.roleOf(prev); ro != roleCandidate {
			continue
		}
		if prev.p != it.p || !punctAt(toks, it.from-1, ";") {
			return false
		}
		for q := prev.to; q < it.from-1; q++ {
			if toks[q].kind != tokWord || countWordsAt(toks, q) || isConditionAt(toks, q) { // (a count's start or a case between is no act)
				return false
			}
		}
		return prev.to < it.from-1 && kindAt(toks, it.to, tokWord) && !countWordsAt(toks, it.to)
	}
	return false
}
