package sla

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// attach reads the words between durations: conditions, "hoặc",
// extensions, excluded time, the event counted from, and breakdowns. Each
// gap between two durations is read once: linear in the text's length.
// Then each duration is settled on its own, against its neighbour, and
// under a heading of the whole text.
func (rd *reader) attach() {
	if rd.fracDays {
		rd.fractionalDaysOfWorkingTotal()
	}
	var w gapWalk
	for k := 0; k <= len(rd.items); k++ {
		rd.attachGap(k, &w)
	}
	rd.hoursOfDays()
	rd.listBreakdown()
	if len(rd.items) >= 3 {
		rd.bracketBreakdown() // a total and two shares at least
	}
	rd.totalAfterParts()
	rd.settleItems()
	rd.readNeighbours()
	rd.readAtOnceInPerson()
	rd.readAppeals()
	rd.readPayments()
	rd.readPriceRow()
	rd.applyHeading()
}

// innerStep returns where the name of the step starts when the duration
// b, after the total a in the same sentence, is one step's time named
// inside it, or -1: "trong đó" then "thời gian" or "thời hạn" open the
// gap's words after a (no colon, no list), b is shorter than a in the
// same unit, and no duration follows b in the sentence. ("Trong đó: - UBND cấp xã: 15 ngày; …" is a breakdown,
// its colon read below; so is "(Trong đó, thời gian giải quyết tại Bộ
// Công Thương là 30 ngày làm việc, tại Sở Công Thương là 25 ngày làm
// việc)", a tuning text, by its second share.)
func (rd *reader) innerStep(a, b *item, lo int) int {
	if a == nil || a.kind != iDur || b.kind != iDur || a.share || a.condSet || a.ext || a.excluded || b.condSet || b.ext || b.share || rd.sentOf(b.from) != rd.sentOf(a.to-1) {
		return -1
	}
	for k := len(rd.items) - 1; k >= 0 && rd.items[k].from > b.from; k-- {
		if rd.sentOf(rd.items[k].from) == rd.sentOf(b.from) {
			return -1
		}
	}
	la, ok := a.p.Limit()
	lb, ok2 := b.p.Limit()
	if !ok || !ok2 || la.unit != lb.unit || lb.hundredths >= la.hundredths {
		return -1
	}
	toks := rd.toks
	for q := lo; q < b.from; q++ {
		if wordAt(toks, q, "trong") && wordAt(toks, q+1, "do") {
			r := q + 2
			if punctAt(toks, r, ",") {
				r++
			}
			if words2(toks, r, "thoi", "gian") || words2(toks, r, "thoi", "han") {
				return r
			}
			return -1
		}
	}
	return -1
}

// fractionalDaysOfWorkingTotal reads a fraction of bare days ("0,5 ngày",
// unreadable as calendar days, which are whole) in a bracket after a
// duration in working days as working days: the shares of a breakdown a
// catalogue writes short, "15 ngày làm việc (trong đó: Bộ phận Một cửa:
// 0,5 ngày; Phòng chuyên môn: 10 ngày; Lãnh đạo UBND xã: 4,5 ngày)" (a
// probe of the provinces' internal processes, which split a day between
// steps). Whole bare days are the total's days where a breakdown is read
// (totalsDays); shares on lines of their own are listBreakdown's; a
// fraction with no working days before it stays unreadable. One walk over
// the tokens from the first total on: linear.
func (rd *reader) fractionalDaysOfWorkingTotal() {
	toks := rd.toks
	pos, open := -1, 0 // the tokens walked, and the brackets open there
	for k := range rd.items {
		it := &rd.items[k]
		if pos >= 0 {
			for ; pos < it.from; pos++ {
				if punctAt(toks, pos, "(") {
					open++
				} else if punctAt(toks, pos, ")") && open > 0 {
					open--
				}
			}
		}
		switch {
		case it.kind == iDur && pos < 0:
			if l, ok := it.p.Limit(); ok && l.unit == UnitWorkingDays {
				pos = it.to
			}
		case it.kind == iBad && it.fracDays > 0 && open > 0:
			it.kind, it.err, it.detail = iDur, nil, ""
			it.p = PeriodOf(Limit{hundredths: it.fracDays, unit: UnitWorkingDays})
		}
	}
}

// limitNamedBetween reports whether ", với thời hạn giải quyết" or ",
// thời hạn giải quyết" stands between p and q: "Thủ tục … phục hồi hoạt
// động của cơ sở … sau khi bị yêu cầu tạm dừng vì lý do an toàn PCCC, với
// thời hạn giải quyết là bảy ngày làm việc" (a news page on fire safety
// procedures, web_pages_fiftyseventh.tsv). The "sau khi" before it names
// the procedure, not the count's start.
func (rd *reader) limitNamedBetween(p, q int) bool {
	toks := rd.toks
	for r := p + 2; r+3 < q && r < p+40; r++ { // (bounded: a gap may hold several "sau khi")
		if punctAt(toks, r, ",") && (words3(toks, r+1, "thoi", "han", "giai") || words4(toks, r+1, "voi", "thoi", "han", "giai")) {
			return true
		}
	}
	return false
}

// hoursOfDays marks a count of working hours that restates the working
// days before it at eight hours a day: "Tổng thời gian thực hiện TTHC: 10
// ngày làm việc x 08 giờ/ngày làm việc = 80 giờ làm việc" (provincial
// decisions publishing internal processes, as github.com/duongnoland/viLegalBert
// holds them): one limit, said twice.
func (rd *reader) hoursOfDays() {
	toks := rd.toks
	for k := range rd.items {
		a := &rd.items[k]
		if a.kind != iDur || !wordAt(toks, a.to, "x") { // (most durations: one comparison)
			continue
		}
		la, ok := a.p.Limit()
		if !ok || la.unit != UnitWorkingDays {
			continue
		}
		for j := k + 1; j < len(rd.items) && j <= k+3; j++ {
			b := &rd.items[j]
			if lb, ok := b.p.Limit(); b.kind == iDur && ok && lb.unit == UnitWorkingHours && int64(lb.hundredths) == 8*int64(la.hundredths) && rd.sentOf(b.from) == rd.sentOf(a.from) {
				b.restates = true
			}
		}
	}
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
	if b != nil && punctAt(toks, b.from-1, "(") && rd.exclusionOpens(b.from) {
		// "Không tính thời gian … xác định nghĩa vụ tài chính (05 ngày làm
		// việc), thời gian …, thời gian trích đo bản đồ địa chính (05 ngày
		// làm việc).": every time in brackets of a sentence that lists
		// what is not counted is left out, however far from its opening.
		b.excluded = true
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
			if !wordAt(toks, p+1, "do") && !wordAt(toks, p-1, "va") && !wordAt(toks, p+2, "vu") { // ("Trong các vụ việc …": isConditionAt)
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
				(wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi") || wordAt(toks, p+1, "luc") && a != nil && p == a.to) && !kindAt(toks, p+2, tokNum), // ("trong vòng 15 phút từ lúc đóng chèn tàu bay", Thông tư 36/2014/TT-BGTVT Điều 13: from the moment, right after the duration)
			// "… diễn ra trong vòng 30 ngày, bắt đầu từ ngày 28/10/2021"
			// (a firm's programme, cardbusiness.online): counted from a
			// date, right after the duration ("từ ngày 28/10" alone more
			// often opens a span "… đến ngày …", read elsewhere).
			t.text == "tu" && rd.isFrom(p) && words2(toks, p-2, "bat", "dau") && wordAt(toks, p+1, "ngay") && kindAt(toks, p+2, tokNum) &&
				a != nil && (p-2 == a.to || p-3 == a.to && punctAt(toks, a.to, ",")),
			// "Trong thời hạn 05 ngày làm việc, sau khi kết thúc kiểm
			// tra, …": counted from the end of the examination. ("ngay
			// sau khi …" was read by scan.)
			// ("10 ngày sau khi hoàn thành đợt chào bán" is the duration's
			// own "sau khi".)
			// ("Thẩm định, chấp thuận (05 Ngày làm việc) Sau khi được phân
			// công …": a step's heading, then its text; the capital starts
			// a sentence of its own.)
			// ("Thời hạn giải quyết sau khi cắt giảm: 07 ngày làm việc"
			// names the time a province cut, no event.)
			t.text == "sau" && wordAt(toks, p+1, "khi") && !words2(toks, p+2, "cat", "giam") && (!wordAt(toks, p-1, "ngay") || a != nil && p == a.to) && !(a != nil && a.to == p-1 && punctAt(toks, p-1, ")") && strings.HasPrefix(rd.original(p), "S")) && (a == nil || b != nil || p <= a.to+2 || !rd.clauseVerbBetween(a.to, p)) && !(b != nil && rd.limitNamedBetween(p, b.from)),
			// "- Sau ngày hết hạn tên miền, chủ thể có thêm 25 ngày để duy trì
			// tên miền" (a registrar's page, web_pages_seventieth.tsv): an
			// opening clause, as "Sau khi hết hạn …, …".
			t.text == "sau" && wordAt(toks, p+1, "ngay") && words2(toks, p+2, "het", "han") && p == rd.opening(p) && a == nil,
			// "chậm nhất là 18 tháng sau ngày kết thúc năm tài chính",
			// "Chậm nhất là 05 ngày làm việc sau mỗi lớp học cập nhật".
			// ("… chỉ nói là “3 tháng sau” mới trả thẻ", a news page on
			// identity cards, web_pages_sixtythird.tsv: "mới", only then,
			// told from "mỗi" by its accent, names no event.)
			// ("Chậm nhất là 5 ngày làm việc, sau ngày nhận được đề nghị …".)
			t.text == "sau" && (wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "moi") && !strings.ContainsAny(rd.original(p+1), "ớỚ") || wordAt(toks, p+1, "sinh") || words2(toks, p+1, "thoi", "han") || words2(toks, p+1, "thoi", "diem") || rd.examOrSittingAt(p+1)) && a != nil && (p == a.to || p == a.to+1 && punctAt(toks, a.to, ",")), // ("trong vòng 24 giờ sau sinh", "Chậm nhất 30 ngày, sau thời hạn 01 năm kể từ ngày có thông báo", "trong vòng 05 ngày làm việc sau thời điểm đóng thầu")
			// "Nếu quá thời hạn 10 ngày sau lập biên bản thì …" (a news
			// page on penalty records, laodong.vn): "sau" and the act,
			// "khi" dropped, right after the duration.
			t.text == "sau" && a != nil && p == a.to && actAfter(toks, p+1),
			// "trong vòng 24 giờ khi có thay đổi": from when it happens.
			// ("… trong thời hạn không quá 03 ngày khi có đủ các điều kiện
			// sau đây": when a condition holds, no event.)
			// ("… phải xóa nội dung vi phạm … trong vòng 24 giờ, khi có
			// yêu cầu của Bộ Thông tin-Truyền thông và Bộ Công an", a page
			// on the cybersecurity law, tinhthantranvanba.com: upon a
			// request, past a comma.)
			// ("Trong vòng 02 (hai) ngày làm việc, khi nhận được kết quả thẩm
			// định từ Phòng Văn hoá - Xã hội, …": a receipt past a comma, as
			// "…, sau khi nhận được …"; a check of the tuning texts with the
			// one swapped for the other.)
			t.text == "khi" && a != nil && (p == a.to || p == a.to+1 && punctAt(toks, a.to, ",") && (words3(toks, p+1, "co", "yeu", "cau") || words2(toks, p+1, "nhan", "duoc"))) && !words2(toks, p+1, "co", "du") && !words3(toks, p+1, "du", "dieu", "kien"):
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
				if a.kind == iSameDay && b.kind == iSameDay && b.eventWord == "" && !a.condSet && !b.condSet { // ("Ngay khi … hoặc ngay khi …": two events, either)
					// "Giải quyết việc đăng ký ngay sau khi nhận đơn hoặc
					// trong ngày làm việc" (the registration of a secured
					// transaction, a procedure's page on 123docz.net): the
					// same day said twice, one limit, no either-or.
					b.restates = true
					break
				}
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
			// ("Trong khi người dân … đang bất an … thì ở một góc độ khác
			// ông … cho biết … dự kiến sau 7 ngày sẽ có kết quả", a news
			// page on a water company: "trong khi … thì" sets two facts
			// side by side, whereas, no case; "trong khi chưa …", "trong
			// khi chờ …" name the time a rule holds.)
			contrast := words2(toks, from, "trong", "khi") && !wordAt(toks, from+2, "chua") && !wordAt(toks, from+2, "cho")
			// ("Trường hợp nhận được yêu cầu trước 15 giờ thì phải cung cấp
			// ngay trong ngày; trường hợp … sau 15 giờ thì … vào ngày làm
			// việc tiếp theo": the same day before the cut-off is the
			// cut-off's own rule, no case; see condition.)
			sameDayBeforeCutoff := b.kind == iSameDay && rd.cutoff != 0 && rd.beforeCutoffIn(from, p)
			if from < p && !contrast && !sameDayBeforeCutoff && !rd.citesBefore(from) && !rd.receiptOpens(from) && !rd.otherwiseOpens(from, p) && !rd.askerFilesAt(rd.openingWord(from, p)) && !rd.normalIfBefore(from, p) {
				b.cond, b.condSet = rd.caseWords(from, p), true
			}
		case t.text == "tu" && a != nil && p == a.to+2 && words2(toks, a.to, "tuc", "la") && wordAt(toks, p+1, "ngay") && kindAt(toks, p+2, tokNum) && a.event == StartUnknown:
			// "trong thời hạn 03 tháng tức là từ ngày 05/12/2015 đến ngày
			// 05/3/2016, nếu bạn chưa có việc làm …" (a legal Q&A on
			// unemployment benefit): the duration restated as dates, counted
			// from the first, another event.
			end := rd.clauseEnd(p+1, hi)
			a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
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
		case t.text == "truoc" && a != nil && rd.sentOf(p) == sa && (a.event == StartUnknown || a.eventEnd > 0 && a.eventEnd <= a.from && p-a.to <= 1) && (p-a.to <= 1 || rd.bracketBetween(a.to, p) || emphasisBetween(toks, a.to, p) || wordsOfCase(toks, a.to, p)) && rd.leadTime(p):
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
		case t.text == "sau" && b != nil && (b.from == p+1 || b.from == p+2 && wordAt(toks, p+1, "khoang")) && b.event == StartUnknown && (words2(toks, b.to, "nghi", "huu") || words4(toks, b.to, "nguoi", "do", "nghi", "huu") || words3(toks, b.to, "ra", "quyet", "dinh") || words2(toks, b.to, "dang", "ky") && (punctAt(toks, b.to+2, ".") || b.to+2 == len(toks)) || words2(toks, b.to, "ap", "dung")):
			// "cán bộ phải trả nhà công vụ sau 3 tháng nghỉ hưu", "thu hồi
			// sau 90 ngày người đó nghỉ hưu" (xhome.one, a news report on
			// official housing): counted from the retirement named right after.
			// So "… sau khoảng 1 tháng ra quyết định tạm đình chỉ hoạt động
			// 11 quán karaoke …" (a news report, web_pages_sixtyninth.tsv),
			// from the decision; "… sẽ bị khóa sau 30 ngày đăng ký.", "Sau 4
			// ngày áp dụng Chỉ thị …, …" (pages on domain names and on markets
			// closed in an epidemic, web_pages_seventieth.tsv), from the
			// registration ending its sentence, from applying the directive.
			end := b.to + 2
			if wordAt(toks, b.to, "nguoi") {
				end = b.to + 4
			} else if wordAt(toks, b.to, "ra") {
				end = b.to + 3
			}
			b.event, b.eventWord, b.eventEnd = FromOtherEvent, rd.words(p, end), end
		case t.text == "sau" && b != nil && b.from == p+1 && b.event == StartUnknown && p == rd.opening(p) && rd.filerFilesAt(b.to):
			// "Sau 15 ngày, người dân nộp hồ sơ tại Văn phòng ĐKĐĐ" (a land
			// certificate's re-issue, its steps, github.com/15110088/DB):
			// the filer's wait before filing, counted from an earlier step.
			b.event, b.eventWord, b.eventEnd = FromOtherEvent, rd.words(p, b.from), b.from
		case t.text == "het" && (wordAt(toks, p+1, "han") || words2(toks, p+1, "thoi", "han")) && a != nil && (latestAt(toks, a.from-2) || wordAt(toks, a.from-1, "truoc")) && p == a.to && a.event == StartUnknown && a.kind == iDur:
			// "Chậm nhất 15 ngày hết thời hạn" (a commune's internal
			// process, thủ tục 1.012933.H06, github.com/yenduy0309/ttdtxaphuong), "trước 3
			// ngày hết hạn": counted from a term's end, another event.
			end := rd.clauseEnd(p+1, hi)
			a.event, a.eventWord, a.eventEnd = FromOtherEvent, rd.words(p, end), end
		case (t.text == "tiep" && wordAt(toks, p+1, "theo") || t.text == "ke" && wordAt(toks, p+1, "tiep")) && a != nil && (p == a.to || p == a.to+1 && punctAt(toks, a.to, ")") && punctAt(toks, a.from-1, "(")) && a.event == StartUnknown && a.kind == iDur &&
			!countFromAt(toks, p+2): // ("Trong thời hạn (60 ngày) tiếp theo, người trúng đấu giá phải nộp …", a page on land auctions, web_pages_fiftyfourth.tsv: the duration in brackets)
			// "phải được gửi về Cục … trong vòng 08 ngày tiếp theo": the
			// days that follow another event, named before. ("02 ngày làm
			// việc tiếp theo kể từ ngày nhận đủ hồ sơ", with a comma or none,
			// names its start.) So "- Trong 10 ngày kế tiếp, tổ chức ký biên
			// bản quyết toán …" (a province's card on health insurance
			// settlement), "kế tiếp" for "tiếp theo".
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
		case t.text == "trong" && wordAt(toks, p-1, "va") && (wordAt(toks, p+1, "vong") || words2(toks, p+1, "thoi", "han") || words2(toks, p+1, "thoi", "gian")) && // ("… ra quyết định giải quyết khiếu nại bằng văn bản và trong thời gian 3 ngày làm việc và gửi quyết định …", a check of the tuning texts with "trong thời hạn" swapped for "trong thời gian")
			b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && b.from-p <= 6 && rd.decisionBefore(p-1):
			// "… ra quyết định thu hồi và trong vòng 24 giờ phải thông
			// báo": counted from the decision just made.
			from := max(lo, rd.first(p))
			b.event, b.eventWord = FromOtherEvent, rd.words(from, p-1)
		case t.text == "tang" && wordAt(toks, p+1, "them") && b != nil && rd.sentOf(p) == sb && (b.from-p <= 3 || b.from-p <= 6 && rd.introduces(p+2, b.from) && !withinAt(toks, p+2)):
			// "được tăng thêm 03 ngày làm việc", "được tăng thêm không quá 10
			// ngày"; not "… với thửa đất có diện tích tăng thêm trong thời
			// hạn 05 ngày làm việc" (a land procedure's name, then its
			// limit: the area added, a probe of procedures' names).
			b.ext = true
		case t.text == "truoc" && b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && !wordAt(toks, p-1, "lan") && // ("cách thời điểm xuất cảnh lần trước ít nhất 30 ngày": the previous time, an interval)
			(b.from == p+1 || b.from == p+3 && rd.minimumAt(p+1) || words2(toks, p+1, "thoi", "han") && (b.from == p+3 || b.from == p+5 && rd.minimumAt(p+3))) &&
			!words3(toks, rd.opening(p), "tin", "du", "bao"): // ("- Tin dự báo mưa lớn được ban hành khi phát hiện mưa lớn có khả năng xảy ra trước 24 giờ.", a page on weather bulletins, web_pages_sixtyfifth.tsv: how far ahead a forecast warns, read by notALimit)
			// ("… thông báo … trước ít nhất 01 ngày làm việc": ahead of
			// the event, by at least a day.)
			// "Trước thời hạn 03 tháng tính đến ngày hết hạn …", "Chậm
			// nhất trước 05 ngày dự kiến …": counted back from another
			// event.
			b.event, b.eventWord, b.lead = FromOtherEvent, rd.words(p, rd.clauseEnd(b.to, hi)), true
		case t.text == "truoc" && rd.leadTime(p) && b != nil && rd.sentOf(p) == sb && b.event == StartUnknown && !(lo > 0 && p-lo <= 2 && noPunctBetween(toks, lo, p)) &&
			(b.from-p <= 10 || b.from-p <= 28 && (rd.minimumAt(b.from-2) || wordAt(toks, b.from-1, "la") && rd.minimumAt(b.from-3) || (latestAt(toks, b.from-2) || latestAt(toks, b.from-3) && wordAt(toks, b.from-1, "la")) && wordAt(toks, p+1, "khi") && (p == rd.opening(p) || punctAt(toks, p-1, ":") || punctAt(toks, p-1, ",") && words3(toks, rd.first(p), "theo", "quy", "dinh"))) || b.from-p <= 16 && (words2(toks, b.from-2, "khong", "qua") || words2(toks, b.from-2, "toi", "da") || words3(toks, p+1, "khi", "het", "thoi") || latestAt(toks, b.from-2) && wordAt(toks, p+1, "ngay"))):
			// ("trước thời điểm khởi công thi công nạo vét tối đa không
			// quá 15 ngày": a lead time, at most; "trước khi hết thời hạn áp
			// dụng biện pháp điều tra tố tụng đặc biệt 10 ngày", Bộ luật Tố
			// tụng hình sự 2015 Điều 226: ahead of a term's end.)
			// ("Theo quy định tại Khoản 1 Điều 67 Luật Đất đai năm 2013,
			// trước khi có quyết định thu hồi đất, chậm nhất là 90 ngày …"
			// (a legal page): the same after the citation's clause.)
			// ("Thông báo trước kiểm tra: Trước khi tiến hành kiểm tra, cơ
			// quan kiểm tra phải thông báo cho cơ sở được kiểm tra chậm nhất
			// 01 ngày", Thông tư 48/2015/TT-BYT Điều 8: a clause
			// opened by "Trước khi …", the latest before it.)
			// ("… gửi đến cơ quan quản lý nhà nước trước ngày khai mạc hội
			// chợ, triển lãm thương mại chậm nhất 30 (ba mươi) ngày"
			// (caobang.gov.vn on trade fairs): the latest before a day.)
			// ("Thời hạn trao quyết định hưởng trợ cấp … trước ngày người lao
			// động phục viên, xuất ngũ, thôi việc tối thiểu là 5 ngày", a
			// the army newspaper qdnd.vn on the Ministry of Defence's insurance
			// files: the same with "là".)
			// "Trước ngày kiểm tra ít nhất 02 ngày làm việc", "trước kỳ
			// sát hạch ít nhất 07 ngày làm việc", "Trước khi hết hạn sở
			// hữu nhà ở tối thiểu 03 tháng": counted back from another
			// event.
			// (Not "trong ít nhất 03 năm liên tiếp trước khi nộp hồ sơ yêu
			// cầu và đã bao gồm ít nhất 06 tháng sau khi Hiệp định có hiệu
			// lực", Thông tư 19/2019/TT-BCT Điều 6: the lead is the years'
			// that end at most two words before it, the gap's first item.)
			b.event, b.eventWord, b.lead = FromOtherEvent, rd.words(p, b.from), true
		case t.text == "het" && wordAt(toks, p+1, "han") && b != nil && b.from == p+2 && rd.sentOf(p) == sb && b.event == StartUnknown && p == rd.opening(p):
			// "Hết hạn 60 ngày công báo có hiệu lực, không có tổ chức, doanh
			// nghiệp, cá nhân đến nhận hàng, Chi cục Hải quan … sẽ tiến hành
			// xử lý" (thoibaotaichinhvietnam.vn on goods left at the port):
			// when a term that began with an earlier event runs out.
			b.event, b.eventWord = FromOtherEvent, rd.words(p, rd.clauseEnd(b.to, len(toks)))
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

// readRole reads what the gap from token lo makes of the duration after
// it, b: a share of a breakdown, a labelled step or case, an agency's
// step, the same time again in brackets.
func (rd *reader) readRole(a, b *item, lo int, m gapMarks, w *gapWalk) {
	toks := rd.toks
	colon := m.colon
	if m.trongDo && colon < 0 {
		if name := rd.innerStep(a, b, lo); name >= 0 {
			// "Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ
			// sơ hợp lệ, trong đó thời gian xác minh tại cơ sở không quá 05
			// ngày làm việc" (a probe of the provinces' cards): one step's
			// time inside the limit, no second limit and no breakdown to
			// add up; its name, "thời gian xác minh tại cơ sở", without the
			// cap before the amount.
			end := b.from
			for q := name + 2; q < b.from; q++ {
				if rd.introduces(q, b.from) {
					end = q
					break
				}
			}
			b.inner, b.who = true, rd.words(name, end)
			return
		}
	}
	if b.kind == iDur && words2(toks, b.from-2, "cong", "them") && b.from-2 >= lo && !b.condSet {
		// "Thời gian lên đơn: trước 14:00 chiều, sau thời gian này sẽ
		// cộng thêm 01 ngày" (a company's mail procedure, hcns.yotel.vn):
		// a day added in a case, as "tăng thêm" adds, not the limit.
		b.ext = true
	}
	// Breakdown: "07 ngày (Sở Nội vụ: 03 ngày; …)", "45 ngày, trong đó: - UBND cấp xã: 15 ngày",
	// "27 ngày làm việc, kể từ ngày nhận được hồ sơ hợp lệ:\n- 10 ngày làm việc cho Cục Tác chiến;\n- 07 ngày …".
	forWho := b.kind == iDur && wordAt(toks, b.to, "cho") && rd.agencyNameAt(b.to+1) && rd.startsLine(b.from)
	// "30 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định. Trong đó,
	// 05 ngày làm việc tại UBND cấp xã; 10 ngày làm việc tại Phòng Lao
	// động, TBXH; …": each share named by "tại" and its agency.
	forAt := b.kind == iDur && (wordAt(toks, b.to, "tai") || wordAt(toks, b.to, "cho")) && rd.agencyNameAt(b.to+1) && (m.trongDo || w.breakdown)
	// "Thời hạn giải quyết: 25 ngày làm việc (- 05 ngày làm việc cho Ban
	// Chỉ huy quân sự cấp xã; - 10 ngày làm việc cho Ban Chỉ huy quân sự
	// cấp huyện; - 10 ngày làm việc cho …)" (a commune's card on militia
	// allowances, web_pages_seventythird.tsv): a bracket right after the
	// total whose first share names its body after the amount, by "cho" or
	// "tại", opens the breakdown, as "(Sở Nội vụ: 03 ngày; …)" does.
	bracketAt := m.openBracket && !m.trongDo && colon < 0 && a != nil && !w.breakdown && !b.excluded && rd.bodyAfterAmount(a, b) // ("30 ngày … (không kể thời gian niêm yết công khai 15 ngày tại UBND cấp xã)": time left out, named by its place, no share)
	forAt = forAt || bracketAt
	// "13 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ theo quy định.
	// Trong đó: - 08 ngày làm việc đối với cơ quan cấp phép; - 05 ngày làm
	// việc đối với Bộ Quốc phòng" (QĐ 3584/QĐ-UBND Hải Phòng, thủ tục
	// 1.000957): each share named by "đối với" and its body, as by "tại".
	forAt = forAt || b.kind == iDur && words2(toks, b.to, "doi", "voi") && rd.bodyOrCutAt(b.to+2) && (m.trongDo || w.breakdown)
	// "… Trong đó: - 12 ngày làm việc đối với cơ quan cấp phép; - 07 ngày
	// làm" (a cell of QĐ 3584/QĐ-UBND Hải Phòng cut off in the unit): the
	// last share of a breakdown already under way, its body cut off.
	cutShare := b.kind == iDur && b.to == len(toks) && w.breakdown && a != nil && a.share && (rd.startsLine(b.from) || punctAt(toks, b.from-1, "-") && punctAt(toks, b.from-2, ";"))
	forAt = forAt || cutShare
	// "18 ngày làm việc …. Trong đó: Sở Nông nghiệp và Môi trường 15 ngày
	// làm việc, UBND thành phố 03 ngày làm việc." (national portal 2026,
	// thủ tục 1.013308): each share named by its agency right before it,
	// with no colon.
	body := -1
	if b.kind == iDur && (colon < 0 || rd.whoStart(lo, colon) >= colon) && (m.trongDo || w.breakdown) { // (a colon that labels nothing: "Trong đó: Sở …")
		body = rd.bodyNamedBefore(lo, b.from)
	}
	forBody := body >= 0
	// "7 ngày làm việc (trực tuyến qua VNeID: 3 ngày)" (a commune police's
	// card, github.com/conganxaduchophungyen-commits/chatbot-tuyen-truyen-cong-an-xa-duc-hop):
	// a bracket labelled with a channel or a case gives that case's time,
	// not a share of the limit before it.
	bracketCase := m.openBracket && !m.trongDo && colon >= 0 && rd.caseLabelAt(rd.labelStart(lo, colon), colon)
	// "07 ngày làm việc (thời gian theo quy định: 10 ngày làm việc)": the
	// time the rules set, which the published time cuts, no share
	// (statutoryFigureAt; notALimit reports it).
	bracketCase = bracketCase || m.openBracket && !m.trongDo && colon >= 0 && rd.statutoryFigureAt(b.from)
	if a != nil && !a.condSet && !a.ext && !a.share && a.kind == iDur && (colon >= 0 &&
		((m.trongDo || m.openBracket && !bracketCase) || forWho && colon <= max(a.to, a.eventEnd)) || m.trongDo && (forAt || forBody) || bracketAt) {
		w.breakdown = true
	}
	if w.breakdown && b.kind == iDur && (colon >= 0 || forWho || forAt || forBody) && !b.condSet && !b.ext {
		b.share = true
		if forBody {
			to := b.from
			switch { // ("Ủy ban nhân dân cấp xã trong thời gian 05 ngày": the body, not "trong thời gian")
			case words3(toks, to-3, "trong", "thoi", "gian"), words3(toks, to-3, "trong", "thoi", "han"):
				to -= 3
			case words2(toks, to-2, "trong", "vong"), words2(toks, to-2, "khong", "qua"), words2(toks, to-2, "toi", "da"): // ("UBND tỉnh không quá 05 ngày làm việc")
				to -= 2
			case wordAt(toks, to-1, "la"): // ("tại Bộ Công Thương là 30 ngày làm việc")
				to--
			}
			b.who = rd.words(body, max(to, body+1))
		} else if cutShare {
			b.who = ""
		} else if forAt && words2(toks, b.to, "doi", "voi") {
			b.who = rd.words(b.to+2, rd.clauseEnd(b.to+2, len(toks)))
		} else if forWho || forAt {
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
	if !b.share && !b.condSet && colon < 0 && b.kind == iDur && a == nil {
		if q := pastListLetter(toks, rd.first(b.from), b.from); (wordAt(toks, q, "tai") || wordAt(toks, q, "o") && rd.markedOrUnmarked(q, "ởỞ")) && rd.townOrPlaceKindIn(q+1, b.from) {
			// "– Tại thành phố, thị xã không quá 07 ngày làm việc." and "–
			// Tại các huyện miền núi vùng cao, biên giới, hải đảo không quá 20
			// ngày làm việc." (iuhers.com on the identity card's issue): one
			// kind of place's case with no colon, as with one; so "Ở các địa
			// bàn vùng sâu,vùng xa, thời hạn sẽ là 24 giờ." (a page on
			// declaring temporary absence, web_pages_eightieth.tsv).
			end := b.from
			for end > q+1 && !rd.introduces(end, b.from) {
				end--
			}
			for r := q + 2; r < b.from; r++ {
				if rd.introduces(r, b.from) {
					end = r
					break
				}
			}
			b.cond, b.condSet = rd.caseWords(q, end), true
		}
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
			b.cond, b.condSet = rd.caseWords(from, colon), true
			if (rd.listLabelAt(from, colon) || rd.channelInRowAt(from)) && channelLabelAt(toks, from, colon) {
				b.channel = true
				rd.channels = min(rd.channels+1, 2)
			}
		case rd.listLabelAt(from, colon) && rd.listedCaseLabel(from, colon):
			b.cond, b.condSet = rd.caseWords(from, colon), true
		case rd.listLabelAt(from, colon) && channelLabelAt(toks, from, colon):
			// "Trực tiếp: 15 ngày làm việc\nTrực tuyến: 15 ngày làm việc":
			// one line a channel, no step; the same time for each channel is
			// the same limit, times that differ each channel's case
			// (channelCases).
			rd.channels = min(rd.channels+1, 2)
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
	if a != nil && b.from-a.to > 8 && rd.levelStepInBrackets(b) {
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

// bodyOrCutAt reports whether a public body's name starts at token p ("cơ
// quan cấp phép", "Bộ Quốc phòng"), or the text ends there: a cell cut off
// after "đối với".
func (rd *reader) bodyOrCutAt(p int) bool {
	return p == len(rd.toks) || words2(rd.toks, p, "co", "quan") || rd.agencyNameAt(p)
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

// lawOrPracticeLabelAt reports whether the label [from, colon) names the
// legal limit or the local practice ("Theo quy định của pháp luật", "Theo
// thực tế tại địa phương"), as provincial catalogues set them side by side.
func (rd *reader) lawOrPracticeLabelAt(from, colon int) bool {
	toks := rd.toks
	p := pastListLetter(toks, from, colon)
	return words3(toks, p, "theo", "quy", "dinh") || words3(toks, p, "theo", "thuc", "te")
}

// bodyNamedBefore returns where the agency's name that the duration at p
// follows begins, in the gap from lo: past "trong đó", a colon or a comma
// and the marks after them, a name that runs to p with no sentence end. It
// returns -1 when the gap does not open with an agency's name.
func (rd *reader) bodyNamedBefore(lo, p int) int {
	toks := rd.toks
	s := lo
	for q := lo; q < p; q++ {
		if words2(toks, q, "trong", "do") {
			s = q + 2
		}
		if rd.listMarkAfter(q) {
			// "… 05 ngày có trách nhiệm xác nhận bản khai, …. + Phòng Lao
			// động - Thương binh và Xã hội trong thời gian 05 ngày …" (Vĩnh
			// Long's card for the Heroic Mothers' allowance, read on
			// hethongphapluat.com): the previous share's act, then the
			// flattened list's next line.
			s = q
		}
	}
	for s < p && toks[s].kind == tokPunct && (!rd.isSentenceEnd(s) || rd.listMarkAfter(s) || s == lo && punctAt(toks, s, ";")) {
		s++ // ("(trong đó: Sở Tư pháp 10 ngày; UBND tỉnh 05 ngày)": shares parted by a semicolon, as by a comma)
	}
	if (words4(toks, s, "thoi", "gian", "giai", "quyet") || words4(toks, s, "thoi", "gian", "xu", "ly")) && wordAt(toks, s+4, "tai") { // ("thời gian xử lý tại …" alike)
		// "55 ngày làm việc … (Trong đó, thời gian giải quyết tại Bộ Công
		// Thương là 30 ngày làm việc, tại Sở Công Thương là 25 ngày làm
		// việc)" (a page on foreign traders' offices,
		// web_pages_seventieth.tsv): the share's time named, then where.
		s += 4
	}
	if wordAt(toks, s, "tai") && rd.agencyNameAt(s+1) {
		// "20 ngày làm việc. Trong đó: - Tại Chi cục Đê điều …: 15 ngày làm
		// việc …. - Tại UBND tỉnh không quá 05 ngày làm việc …" (the
		// national portal's card for dyke works, web_pages_sixtysecond.tsv):
		// the agency named by "tại", with no colon.
		s++
	}
	if s >= p || !rd.agencyNameAt(s) && !oneStopAt(toks, s) {
		return -1
	}
	for q := s; q < p; q++ {
		if rd.isSentenceEnd(q) || punctAt(toks, q, ":") {
			return -1
		}
	}
	return s
}

// listMarkAfter reports whether the sentence end at p is followed by a
// list mark on the same line, a list flattened into one line: "…; trong
// đó: + Sở Tài nguyên và Môi trường 40 ngày làm việc. + UBND tỉnh 05 ngày
// làm việc." (a province's catalogue page, tthc.thuathienhue.gov.vn): the
// full stop ends one share, the "+" opens the next.
func (rd *reader) listMarkAfter(p int) bool {
	toks := rd.toks
	return punctAt(toks, p, ".") && p+1 < len(toks) && toks[p+1].kind == tokPunct && toks[p+1].space &&
		(toks[p+1].text == "+" || toks[p+1].text == "-" || toks[p+1].text == "*")
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
	if words2(toks, p-2, "quyet", "dinh") && wordAt(toks, p-3, "the") && !wordAt(toks, p-4, "khong") {
		// "… đối với vụ án có tính chất phức tạp thì Chánh án Tòa án có
		// thể quyết định gia hạn nhưng không quá 02 tháng" (Bộ luật Tố
		// tụng dân sự 2015 Điều 203, a probe of court time limits): an
		// extension the court may decide, as "có thể gia hạn".
		return true
	}
	if words2(toks, p-2, "quyet", "dinh") || words2(toks, p+2, "thoi", "gian") {
		// "… cho biết đã có quyết định gia hạn thanh tra vụ mua sắm máy
		// xét nghiệm … thêm 10 ngày" (thanhnien.vn on an inspection): an
		// extension decided, "thêm" before its amount in the same clause;
		// so is a time lengthened, "Bộ GD-ĐT kéo dài thời gian xác nhận
		// nhập học cho thí sinh thêm 3 ngày" (a news page on admissions,
		// web_pages_sixtysecond.tsv).
		for q := p + 2; q < len(toks) && q < p+24 && !rd.isBreak(q); q++ {
			if wordAt(toks, q, "them") && (kindAt(toks, q+1, tokNum) || kindAt(toks, q+1, tokWord) && isNumberWord(toks[q+1].text)) {
				return true
			}
		}
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
	if words2(toks, p-2, "cua", "lan") {
		// "… vẫn còn 01 tháng của lần gia hạn điều tra lần thứ nhất"
		// (vksndtc.gov.vn): an extension granted named, whose time
		// the sentence states, no other.
		return false
	}
	if words2(toks, p+2, "thoi", "han") && kindAt(toks, p+4, tokWord) {
		switch toks[p+4].text {
		case "nhap", "xuat", "hoat", "su", "luu", "tam", "hieu", "thue", "cua":
			// "UBND cấp tỉnh xem xét và chấp thuận cho doanh nghiệp được
			// nhập khẩu hoặc gia hạn thời hạn nhập khẩu nguyên liệu thuốc
			// lá": the term of a permission extended, the matter.
			return false
		}
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
	if words2(toks, p-2, "moi", "lan") && words2(toks, p-4, "thoi", "han") || (words2(toks, p-2, "thoi", "gian") || words2(toks, p-2, "thoi", "han")) && (rd.opening(p) == p-2 && capAt(toks, p+2) || words2(toks, p+2, "khong", "qua") || words2(toks, p+2, "toi", "da")) { // ("…; thời gian gia hạn tối đa là 12 tháng", Luật Kinh doanh bảo hiểm 2022 Điều 73, as "không quá")
		// "Thời hạn mỗi lần gia hạn không quá 05 ngày làm việc" (Thông tư
		// 55/2019/TT-BCA Điều 24), "Thời gian gia hạn không quá 01 giờ kể
		// từ thời điểm có thông báo gia hạn" (Nghị định 165/2026/NĐ-CP Điều 39),
		// "việc gia hạn phải bằng văn bản, thời hạn gia hạn không được quá
		// 30 ngày" (Thông tư 63/2020/TT-BCA Điều 20; "không được quá" is
		// "không quá", sameWords): an extension's cap.
		return true
	}
	if words2(toks, p+2, "thoi", "gian") && rd.phraseInSentenceAfter(p+4, 14, "moi", "lan") {
		// "… thì Tổng cục Hải quan quyết định việc gia hạn thời gian tiến
		// hành xác minh tối đa 2 lần, mỗi lần không quá 45 ngày làm việc"
		// (Thông tư 38/2015/TT-BTC Điều 21): each extension's cap.
		return true
	}
	if wordAt(toks, p-1, "viec") && rd.opening(p) == p-1 && words2(toks, p+2, "duoc", "thuc") {
		// "Việc gia hạn được thực hiện một lần với thời hạn không quá 30
		// ngày" (Luật Phòng, chống ma túy 2021, 73/2021/QH14 Điều 18): a
		// sentence on the extension itself, its cap.
		return true
	}
	return wordAt(toks, p-1, "the") || wordAt(toks, p-1, "duoc") && !strings.HasPrefix(rd.original(p-1), "D") || wordAt(toks, p-1, "thi") ||
		words2(toks, p-2, "cho", "phep") && rd.opening(p) == p-2 || // "a) Cho phép gia hạn thời điểm đóng thầu tối đa 30 ngày" (Luật 57/2024/QH15 as the Bộ pháp điển gives it): an extension the sentence allows ("… thông báo cho phép hay không cho phép gia hạn …" names the matter decided)
		wordAt(toks, p+2, "them") || wordAt(toks, p+2, "hon") || words2(toks, p+2, "thoi", "han") ||
		words2(toks, p+2, "mot", "lan") || // "Vụ việc phức tạp: Gia hạn một lần nhưng không quá 30 ngày"
		// "30 ngày, gia hạn không quá 15 ngày": the extension's cap right
		// after the limit, as "có thể gia hạn thêm 15 ngày" ("…, kéo dài
		// không quá 30 ngày" is how long a thing lasts).
		wordAt(toks, p, "gia") && punctAt(toks, p-1, ",") && (words2(toks, p+2, "khong", "qua") || words2(toks, p+2, "toi", "da"))
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
// The end of the text (i == len(toks)) ends its last sentence.
func (rd *reader) isSentenceEnd(i int) bool {
	return i >= len(rd.toks) || rd.toks[i].ends
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

// filerFilesAt reports whether a comma at p is followed by a filer who
// files ("…, người dân nộp hồ sơ", "…, tổ chức, cá nhân nộp …"), the
// filer's verb at most four words after it.
func (rd *reader) filerFilesAt(p int) bool {
	toks := rd.toks
	return punctAt(toks, p, ",") && rd.filerAt(p+1) && rd.phraseInSentenceAfter(p+2, 5, "nop")
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

// citesBefore reports whether the words at p open with a citation, a
// conclusion or a rule of thumb ("Theo hướng dẫn tại …", "Theo quy định …",
// "Như vậy, …", "Thông thường thì …"), which "thì" closes without making a
// condition.
func (rd *reader) citesBefore(p int) bool {
	toks := rd.toks
	for p < len(toks) && toks[p].kind != tokWord {
		p++
	}
	if letterMarkAt(toks, p) {
		p += 2 // "a) Theo hướng dẫn tại …"
	}
	if wordAt(toks, p, "tru") && (words2(toks, p+1, "truong", "hop") && words3(toks, p+3, "quy", "dinh", "tai") || words3(toks, p+1, "cac", "truong", "hop") && words3(toks, p+4, "quy", "dinh", "tai")) {
		// "Trừ trường hợp quy định tại Khoản 5 Điều này thì trong thời hạn
		// 05 ngày làm việc …": the exception names other cases, so the
		// words before "thì" are the default, as with a comma (see
		// isConditionAt).
		return true
	}
	if words3(toks, p, "toi", "duoc", "biet") {
		p += 3 // "Tôi được biết theo khoản 1 Điều 48 Luật Lý lịch tư pháp thì …": an asker's citation
	}
	if words3(toks, p, "thong", "thuong", "thi") {
		// "Thông thường thì hồ sơ sẽ được giải quyết trong thời hạn 10
		// ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ"
		// (visastocanada.ca on a judicial record certificate): as a rule,
		// the ordinary path, no case.
		return true
	}
	return wordAt(toks, p, "theo") || words2(toks, p, "nhu", "vay") || words2(toks, p, "can", "cu")
}

// filingAt reports whether the words at p name filing or sending the
// dossier ("nộp", "gửi", "đề nghị", "đăng ký").
func (rd *reader) filingAt(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "nop") || wordAt(toks, p, "gui") || words2(toks, p, "de", "nghi") || words2(toks, p, "dang", "ky") || rd.bodyReceivesFilingAt(p)
}

// bodyReceivesFilingAt reports whether a public body named at p receives
// the dossier within the next few words, "Ủy ban Chứng khoán Nhà nước nhận
// được hồ sơ": the filing's day, as "nộp hồ sơ" is. ("bản thông tin này
// phải được lập trong vòng 06 tháng tính đến ngày Ủy ban Chứng khoán Nhà
// nước nhận được hồ sơ", a securities firm's page on Nghị định
// 155/2020/NĐ-CP: a paper's age before filing.)
func (rd *reader) bodyReceivesFilingAt(p int) bool {
	toks := rd.toks
	if !rd.agencyNameAt(p) {
		return false
	}
	for q := p + 1; q < len(toks) && q <= p+8 && toks[q].kind == tokWord; q++ {
		if wordAt(toks, q, "nhan") {
			r := q + 1
			for wordAt(toks, r, "duoc") || wordAt(toks, r, "day") || wordAt(toks, r, "du") {
				r++ // "được", "đầy đủ", "đủ", as skipReceived passes them
			}
			return words2(toks, r, "ho", "so")
		}
	}
	return false
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

// parallelLead reports whether duration q and the next one are two cases
// of one minimum lead time: "tối thiểu 03 ngày làm việc (đối với …), tối
// thiểu 05 ngày làm việc (đối với …)".
func (rd *reader) parallelLead(q int) bool {
	toks := rd.toks
	next := rd.items[q+1].from
	if (words2(toks, next-2, "toi", "thieu") || words2(toks, next-2, "it", "nhat")) && punctAt(toks, next-3, ",") {
		return rd.bracketBetween(rd.items[q].to, next-3)
	}
	// "Chậm nhất 30 phút đối với tàu khách và 01 giờ đối với tàu hàng
	// trước khi tàu xuất cảnh rời ga" (Nghị định 08/2015/NĐ-CP Điều 73):
	// each case's lead time, the last one's event theirs too.
	return wordAt(toks, next-1, "va") && wordsOfCase(toks, rd.items[q].to, next-1)
}

// wordsOfCase reports whether the words [p, q) are "đối với" and at most
// three words naming what a duration before them applies to, with no mark
// between: "30 phút đối với tàu khách".
func wordsOfCase(toks []token, p, q int) bool {
	if q-p < 3 || q-p > 5 || !words2(toks, p, "doi", "voi") {
		return false
	}
	for r := p + 2; r < q; r++ {
		if toks[r].kind != tokWord {
			return false
		}
	}
	return true
}

// letterMarkAt reports whether a lettered list mark ("a)", "đ)") stands
// at p.
func letterMarkAt(toks []token, p int) bool {
	return kindAt(toks, p, tokWord) && len(toks[p].text) == 1 && punctAt(toks, p+1, ")")
}

// slashMarkAt reports whether a lettered list mark written with a slash
// and a space after it stands at p ("a/ Trường hợp hồ sơ không đủ cơ sở
// pháp luật …:", evbn.org on a notary's service); "v/v" is no mark.
func slashMarkAt(toks []token, p int) bool {
	return kindAt(toks, p, tokWord) && len(toks[p].text) == 1 && punctAt(toks, p+1, "/") && !toks[p+1].space && p+2 < len(toks) && toks[p+2].space
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

// channelLabelAt reports whether the label [from, colon) names only a
// channel of filing (filingChannelAt): "Trực tiếp", "Trực tuyến", "Qua
// dịch vụ bưu chính", "Dịch vụ bưu chính công ích", "Nộp trực tuyến",
// "Trực tiếp tại Bộ phận Một cửa".
func channelLabelAt(toks []token, from, colon int) bool {
	for from < colon && toks[from].kind == tokPunct {
		from++
	}
	if wordAt(toks, from, "nop") {
		from++
	}
	return from < colon && colon-from <= 10 && filingChannelAt(toks, from)
}

// channelInRowAt reports whether the label at from opens the text or
// follows a semicolon: one channel of several labelled in a row
// ("Trực tiếp: 05 ngày làm việc; Trực tuyến: 05 ngày làm việc"), which
// channelCases reads as a list's lines.
func (rd *reader) channelInRowAt(from int) bool {
	for from < len(rd.toks) && rd.toks[from].kind == tokPunct && !punctAt(rd.toks, from, ";") {
		from++
	}
	return from == 0 || punctAt(rd.toks, from-1, ";")
}

// filingChannelAt reports whether a channel of filing a procedure's cell
// names starts at p: "trực tiếp", "trực tuyến", "(qua) bưu chính", "(qua)
// dịch vụ bưu chính". (channelAt, wider, also takes the channels a paper
// is sent by: "bằng văn bản", "thư điện tử", "fax".)
func filingChannelAt(toks []token, p int) bool {
	if wordAt(toks, p, "qua") {
		p++
	}
	if words2(toks, p, "dich", "vu") {
		p += 2
	}
	return words2(toks, p, "truc", "tiep") || words2(toks, p, "truc", "tuyen") || words2(toks, p, "buu", "chinh")
}

// channelAt reports whether a channel of sending starts at toks[p]: "qua
// dịch vụ bưu chính", "thư điện tử", "bằng văn bản", "trực tiếp", "trực
// tuyến", "fax".
func channelAt(toks []token, p int) bool {
	return wordAt(toks, p, "qua") || words3(toks, p, "thu", "dien", "tu") || wordAt(toks, p, "bang") || words2(toks, p, "truc", "tiep") || words2(toks, p, "truc", "tuyen") || wordAt(toks, p, "fax")
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
	if (words2(toks, p, "ke", "tu") || words2(toks, p, "tinh", "tu")) && (wordAt(toks, p+2, "ngay") || wordAt(toks, p+2, "khi")) {
		p += 2 // "Kể từ ngày nhận đủ hồ sơ theo quy định thì trong thời hạn 20 ngày, …": the count's start first
		if wordAt(toks, p, "ngay") {
			return wordAt(toks, p+1, "nhan") || words2(toks, p+1, "tiep", "nhan")
		}
	}
	return words2(toks, p, "khi", "nhan") || words3(toks, p, "khi", "tiep", "nhan") || rd.completeDossierAt(p) || wordAt(toks, p, "khi") && rd.bodyReceivesAt(p)
}

// bodyReceivesAt reports whether "khi" at p opens a public body's receipt
// of the filing: "Sau khi Tòa án nhận được đơn xin ly hôn cùng với các
// tài liệu kèm theo thì trong thời hạn hai ngày làm việc, Tòa án sẽ gửi
// thông báo nhận đơn …" (a law firm's page on divorce,
// web_pages_seventysixth.tsv), the body's name between "khi" and its verb.
func (rd *reader) bodyReceivesAt(p int) bool {
	toks := rd.toks
	if !wordAt(toks, p, "khi") || !rd.agencyNameAt(p+1) {
		return false
	}
	for q := p + 2; q < len(toks) && q <= p+8 && toks[q].kind == tokWord; q++ {
		if wordAt(toks, q, "nhan") || words2(toks, q, "tiep", "nhan") {
			end := rd.clauseEnd(p+1, len(toks))
			return rd.classifyEvent(p+1, end) == FromReceipt
		}
	}
	return false
}

// normalIfBefore reports whether the last "nếu" in [from, p), eight
// tokens before p at most, opens the ordinary path ("… (cán bộ tiếp nhận
// hồ sơ nếu đầy đủ thủ tục theo quy định thì viết giấy Biên nhận …): 1
// ngày", Hà Nội's social housing steps, web_pages_sixtysixth.tsv): the
// words before its "thì" are then no case either.
func (rd *reader) normalIfBefore(from, p int) bool {
	for q := p - 1; q >= from && q >= p-8; q-- {
		if wordAt(rd.toks, q, "neu") {
			return rd.isIf(q) && rd.isNormalCase(q, p)
		}
	}
	return false
}

// askerFilesAt reports whether the words at p are an answer's asker
// filing ("Công ty anh/chị xin cấp lại giấy chứng nhận … thì sẽ được Bộ
// Công Thương cấp lại giấy trong thời hạn 10 ngày làm việc", a law firm's
// answer on direct selling, web_pages_sixtyfourth.tsv): the asker's own
// matter, the whole answer's path, no case of it, as "trường hợp của anh"
// is (see isConditionAt).
func (rd *reader) askerFilesAt(p int) bool {
	toks := rd.toks
	if words2(toks, p, "cong", "ty") || words2(toks, p, "doanh", "nghiep") {
		p += 2
	}
	if !wordAt(toks, p, "anh") || !punctAt(toks, p+1, "/") || !wordAt(toks, p+2, "chi") {
		return false
	}
	return wordAt(toks, p+3, "xin") || wordAt(toks, p+3, "nop") || words2(toks, p+3, "de", "nghi")
}

// completeDossierAt reports whether "Khi hồ sơ đầy đủ", "khi hồ sơ hợp lệ"
// stands at p: "Khi hồ sơ đầy đủ, hợp lệ thì cơ quan cấp giấy phép trong
// thời hạn 05 ngày làm việc" (a probe of the ordinary path's phrasings,
// the thirty-sixth session) names the dossier complete, its receipt, as
// "Khi nhận đủ hồ sơ hợp lệ thì …" does.
func (rd *reader) completeDossierAt(p int) bool {
	toks := rd.toks
	return words3(toks, p, "khi", "ho", "so") && (words2(toks, p+3, "day", "du") || words2(toks, p+3, "hop", "le"))
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

// exclusionOpens reports whether the sentence of p opens with "Không
// tính" or "Không kể": a list of times not counted.
func (rd *reader) exclusionOpens(p int) bool {
	s := rd.opening(p)
	return leftOutAt(rd.toks, s)
}

// levelStepInBrackets reports whether the duration it ends brackets that
// name another level of a body and that level's own time: "… có
// văn bản … đề nghị cấp trên trực tiếp (cấp sư đoàn và tương đương trong
// thời gian 03 ngày), gửi đến …" (a page on the benefits of people with
// meritorious services in the army, vanluat.vn). It is that level's own
// step, not the time before it said again, whatever their amounts.
func (rd *reader) levelStepInBrackets(it *item) bool {
	toks := rd.toks
	if !punctAt(toks, it.to, ")") || !(words3(toks, it.from-3, "trong", "thoi", "gian") || wordAt(toks, it.from-1, "trong")) {
		return false
	}
	q := it.from - 1
	for q > it.from-10 && q > 0 && toks[q].kind == tokWord {
		q--
	}
	return punctAt(toks, q, "(") && wordAt(toks, q+1, "cap")
}

// actAfter reports whether the words at p, after a duration's "sau", name
// the act it runs from with "khi" dropped: "lập" (a record), "ký" (a
// signature), "kết thúc", "hoàn thành", "tốt nghiệp" ("… quá thời hạn 10
// ngày sau lập biên bản …").
func actAfter(toks []token, p int) bool {
	return wordAt(toks, p, "lap") || wordAt(toks, p, "ky") || words2(toks, p, "ket", "thuc") || words2(toks, p, "hoan", "thanh") ||
		words2(toks, p, "tot", "nghiep") || // "trong vòng 12 tháng sau tốt nghiệp" (a news page on state-funded study abroad)
		wordAt(toks, p, "dot") && kindAt(toks, p+1, tokNum) // "60 ngày sau đợt 4" (a developer's schedule of payments, web_pages_eightythird.tsv): the instalment before
}

// examOrSittingAt reports whether the words at p name an exam or a
// sitting ("bài thi", "kỳ thi", "phiên họp", "phiên tòa"), an event a
// count may run from right after a duration: "Nếu bạn đăng kí dự thi ở
// British Council, 13 ngày sau bài thi Writing, bạn có thể tra cứu kết
// quả thi" (pasal.edu.vn on IELTS results).
func (rd *reader) examOrSittingAt(p int) bool {
	toks := rd.toks
	return (wordAt(toks, p, "bai") || wordAt(toks, p, "ky")) && syllableThiAt(toks, p+1) || wordAt(toks, p, "phien") && (wordAt(toks, p+1, "hop") || wordAt(toks, p+1, "toa")) ||
		// "Kết quả … có thể không được phát hành sau 13 ngày sau thi nếu
		// …" (britishcouncil.vn on IELTS results): the exam, bare, its
		// syllable alone before the next clause ("thi hành", "thi công"
		// are other words).
		uint(p) < uint(len(toks)) && toks[p].text == notThen && (!kindAt(toks, p+1, tokWord) || wordAt(toks, p+1, "neu"))
}

// clauseVerbBetween reports whether, past a comma after a duration at
// from, the words up to p form a clause of their own with a subject and
// a passive verb ("…trong thời hạn 20 ngày, hồ sơ được gửi sau khi …"):
// the "sau khi" that follows is that clause's, not the duration's count.
func (rd *reader) clauseVerbBetween(from, p int) bool {
	toks := rd.toks
	if !punctAt(toks, from, ",") {
		return false
	}
	for q := from + 1; q < p; q++ {
		if wordAt(toks, q, "duoc") || wordAt(toks, q, "bi") {
			return q > from+1
		}
	}
	return false
}

// bodyAfterAmount reports whether the duration b, in a bracket right after
// the duration a, names its body after its amount, by "cho" or "tại" ("25
// ngày làm việc (- 05 ngày làm việc cho Ban Chỉ huy quân sự cấp xã; …"):
// the first share of a breakdown (readRole).
func (rd *reader) bodyAfterAmount(a, b *item) bool {
	toks := rd.toks
	return a.kind == iDur && b.kind == iDur && (wordAt(toks, b.to, "tai") || wordAt(toks, b.to, "cho")) && rd.agencyNameAt(b.to+1)
}
