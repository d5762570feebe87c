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
	from := a.to
	if a.eventEnd > from {
		from = a.eventEnd
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
		if wordAt(toks, q, "neu") && (rd.deemedAfter(q) || words5(toks, q+1, "khong", "nhan", "duoc", "y", "kien")) {
			// "Sau 02 ngày kể từ khi nhận được đơn đề nghị, nếu không có ý
			// kiến … thì cuộc họp báo coi như được chấp thuận", "…, nếu
			// không nhận được ý kiến phản hồi bằng văn bản, công ty … được
			// cung cấp …": silence is consent, the agency's limit.
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
		if (words2(toks, q, "tu", "tren") || words2(toks, q, "tu", "du")) && kindAt(toks, q+2, tokNum) { // ("có thời hạn từ đủ 12 tháng đến 36 tháng")
			return true
		}
	}
	return false
}

// ageAfter reports whether "tuổi" ends the range that continues at p
// ("… đến dưới 18 tháng tuổi"): ages, within six tokens.
func (rd *reader) ageAfter(p int) bool {
	for q := p; q < len(rd.toks) && q < p+6; q++ {
		if wordAt(rd.toks, q, "tuoi") {
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
	if words2(toks, q, "khieu", "nai") && p == q+2 && rd.receivedLater(p, "khieu", "nai") {
		// "Khiếu nại đối với quyết định, hành vi tố tụng của Thẩm phán …
		// do Chánh án … giải quyết trong thời hạn 07 ngày kể từ ngày nhận
		// được khiếu nại": the complaint is the filing the sentence is
		// about, not one case of it (three blind labels read it so).
		return true
	}
	for r := q; r < p && r < q+12 && !words2(toks, p+2, "truong", "hop"); r++ { // ("… đối với trường hợp quy định tại điểm a" is a case)
		if words2(toks, r, "thoi", "han") && (words2(toks, r+2, "giai", "quyet") || words2(toks, r+2, "xu", "ly")) && words2(toks, r+4, "thu", "tuc") { // (also "thời hạn xử lý thủ tục")
			// "Trình tự thực hiện và thời hạn giải quyết thủ tục cấp giấy
			// chứng nhận … đối với trường cao đẳng …": the procedure's
			// title, not a case of it.
			return true
		}
	}
	if kindAt(toks, q, tokNum) && punctAt(toks, q+1, ".") && q+2 < p {
		q += 2 // "2. Thời hạn …": a clause's number, no list of cases
	}
	if !(words2(toks, q, "thoi", "han") || words2(toks, q, "thoi", "gian")) {
		return false
	}
	if p-q >= 3 && p-q <= 16 && rd.isStatedAfter(p) {
		// "2. Thời hạn cấp giấy chứng nhận quyền sở hữu, quyền sử dụng đối
		// với tài sản đã bán đấu giá là ba mươi ngày, …": the limit named,
		// then stated with "là".
		return true
	}
	return p-q >= 3 && (p-q <= 5 || p-q <= 6 && (words2(toks, q+2, "giai", "quyet") || words2(toks, q+2, "xu", "ly"))) // ("Thời gian giải quyết (xử lý) chế độ đối với thân nhân …")
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

// notALimitNear reads the words right around the duration [from, to) for
// what makes it no time limit: a threshold, a rate, a frequency, an age, a
// window, a lapse. It dispatches on the word before, the one before that
// and the one after, so that a duration pays a few comparisons.
func (rd *reader) notALimitNear(from, to int) string {
	toks := rd.toks
	text := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].text
	}
	if why := rd.penaltyOrMeasure(from, to); why != "" {
		return why
	}
	switch text(to) {
	case "di":
		if words3(toks, from-3, "co", "thoi", "gian") || words3(toks, from-5, "co", "thoi", "gian") && capAt(toks, from-2) {
			// "mà trong 03 năm cuối có thời gian không quá 12 tháng đi thực
			// tập, tu nghiệp": time spent away, a threshold.
			return "time spent away (\"có thời gian không quá 12 tháng đi thực tập\"), not a time limit"
		}
	case "vao":
		if words2(toks, from-2, "cap", "cho") && wordAt(toks, to+1, "thang") {
			// "lần 01 cấp cho 06 tháng vào tháng 10 hoặc tháng 11 hàng
			// năm": the months a payment covers, paid in a month named.
			return "the months a payment covers (\"cấp cho 06 tháng vào tháng 10\"), not a time limit"
		}
	case "thuc", "kinh":
		if (words2(toks, to, "thuc", "hanh") || words2(toks, to, "kinh", "nghiem")) && (wordAt(toks, from-1, "co") || words2(toks, from-2, "it", "nhat")) {
			// "… và có 18 tháng thực hành chuyên môn tại cơ sở dược phù
			// hợp": a requirement of experience.
			return "a requirement of experience (\"có 18 tháng thực hành chuyên môn\"), not a time limit"
		}
	case "tro", "so", "tinh":
		if words2(toks, to, "tro", "len") || words2(toks, to, "so", "voi") && !words3(toks, from-3, "keo", "dai", "them") || (words2(toks, to, "tinh", "den") || words2(toks, to, "tinh", "toi")) && !rd.noLaterThanAt(from-3) { // ("06 tháng tính tới thời điểm thực hiện giao dịch"; "được kéo dài thêm 10 ngày so với thời gian quy định trên" is an extension)
			return "a threshold, a comparison or a window before filing, not a time limit"
		}
		if words3(toks, to, "tro", "ve", "truoc") {
			return "a window of past time (\"12 tháng trở về trước\"), not a time limit"
		}
		if rd.calendarSpanAfter(to) {
			return "a span of the calendar (\"06 tháng tính từ ngày 15/9/2016 đến ngày 14/3/2017\"), not a time limit"
		}
	case "lie":
		if wordAt(toks, to+1, "ke") {
			return "a window of past time (\"6 tháng liề kề\", a typo of \"liền kề\"), not a time limit"
		}
	case "cua":
		if wordAt(toks, to+1, "nam") && kindAt(toks, to+2, tokNum) {
			// "8 tháng của năm 2020": a part of a calendar year.
			return "a part of a calendar year (\"8 tháng của năm 2020\"), not a time limit"
		}
	case "tiep", "ke":
		if (toks[to].text == "tiep" || kindAt(toks, to+3, tokNum)) && rd.calendarSpanAfter(to) { // ("kể từ ngày nhận …": no date, no span)
			return "a span of the calendar (\"06 tháng tiếp theo tính từ ngày 20/8/2016 đến ngày 19/02/2017\"), not a time limit"
		}
	case "truoc":
		if wordAt(toks, from-1, "vong") && (wordAt(toks, to+1, "cua") || punctAt(toks, to+1, ",")) {
			// "giá thuốc … trúng thầu trong vòng 12 tháng trước của các cơ sở
			// y tế": the past twelve months, no event after "trước".
			return "a window of past time (\"trong vòng 12 tháng trước\"), not a time limit"
		}
	case "lien":
		if wordAt(toks, to+1, "tuc") || wordAt(toks, to+1, "tiep") { // ("dòng tiền ra của 30 ngày liên tiếp kể từ ngày hôm sau")
			return "a threshold, a comparison or a window before filing, not a time limit"
		}
		if wordAt(toks, to+1, "ke") && !wordAt(toks, to+2, "tu") { // (not "tháng liền kể từ ngày …")
			return "a window of past time (\"06 tháng liền kề\"), not a time limit"
		}
		if strings.ContainsAny(rd.original(to), "ềỀ") && !wordAt(toks, to+1, "sau") && !countFromAt(toks, to+1) { // ("Sau hai mươi bốn tháng liền kể từ ngày được giao … mà …": counted from an event)
			// "đã điều trị ba tháng liền": a continuous period passed, a
			// threshold.
			return "a continuous period (\"đã điều trị ba tháng liền\"), not a time limit"
		}
	case "/":
		if wordAt(toks, to+1, "tuan") || wordAt(toks, to+1, "thang") || wordAt(toks, to+1, "nam") || wordAt(toks, to-1, "gio") && (wordAt(toks, to+1, "ngay") || wordAt(toks, to+1, "buoi")) { // ("08 giờ/ngày", "04 giờ/buổi giảng")
			return "a rate (\"7 ngày/tuần\"), not a time limit"
		}
	case "tuoi":
		return "an age (\"18 tháng tuổi\"), not a time limit"
	case "tren":
		if wordAt(toks, to+1, "nam") || wordAt(toks, to+1, "thang") || wordAt(toks, to+1, "tuan") { // "180 ngày trên năm"
			return "a rate (\"180 ngày trên năm\"), not a time limit"
		}
		if kindAt(toks, to+1, tokNum) && strings.TrimLeft(toks[to+1].text, "0") == "1" && wordAt(toks, to+2, "ngay") { // "không quá 6 giờ trên 1 ngày"
			return "a rate (\"6 giờ trên 1 ngày\"), not a time limit"
		}
	case "trong":
		// "không quá 12 giờ trong 1 ngày": a rate.
		if (kindAt(toks, to+1, tokNum) && (toks[to+1].text == "1" || toks[to+1].text == "01") || wordAt(toks, to+1, "mot")) && (wordAt(toks, to+2, "ngay") || wordAt(toks, to+2, "tuan") || wordAt(toks, to+2, "thang") || wordAt(toks, to+2, "nam")) {
			return "a rate (\"12 giờ trong 1 ngày\"), not a time limit"
		}
		if kindAt(toks, to+1, tokNum) && (wordAt(toks, to+2, "ngay") || wordAt(toks, to+2, "gio")) && words2(toks, to+3, "bat", "ky") {
			// "… 77 giờ trong 07 ngày bất kỳ": so many hours in any span.
			return "a rate (\"77 giờ trong 07 ngày bất kỳ\"), not a time limit"
		}
		if wordAt(toks, to+1, "nam") && wordAt(toks, to-1, "thang") && (kindAt(toks, to+2, tokPunct) || wordAt(toks, to+2, "hoc")) {
			// "HBKKHT … cấp 10 tháng trong năm học": months of a year.
			return "a part of a year (\"10 tháng trong năm học\"), not a time limit"
		}
		if wordAt(toks, to+1, "tuan") && wordAt(toks, to-1, "ngay") || wordAt(toks, to+1, "ngay") && wordAt(toks, to-1, "gio") && !words2(toks, to+2, "lam", "viec") { // "liên tục 24 giờ trong ngày và 07 ngày trong tuần"
			return "a rate (\"24 giờ trong ngày\", \"07 ngày trong tuần\"), not a time limit"
		}
	case "cho":
		if words2(toks, to+1, "moi", "lan") || words2(toks, to+1, "mot", "lan") { // "tạm trú 06 tháng cho mỗi lần nhập cảnh", "không quá 5 ngày cho một lần tổ chức"
			return "the length of each occurrence (\"06 tháng cho mỗi lần nhập cảnh\"), not a time limit"
		}
	case "chua", "ma":
		if wordAt(toks, from-1, "sau") && (wordAt(toks, to, "chua") || words2(toks, to, "ma", "chua") || words2(toks, to, "ma", "khong")) {
			// "mà sau 01 tháng chưa đưa vào sử dụng": a lapse.
			return "a lapse (\"sau 01 tháng chưa …\"), not a time limit"
		}
	case "den":
		if wordAt(toks, to-1, "gio") && kindAt(toks, to+1, tokNum) && wordAt(toks, to+2, "gio") {
			// "(10 giờ đến 20 giờ)": hours of the day.
			return "hours of the day (\"từ 10 giờ đến 20 giờ\"), not a time limit"
		}
		if rd.ageAfter(to) { // "Nhà trẻ (từ 12 tháng đến dưới 18 tháng tuổi)"
			return "an age (\"18 tháng tuổi\"), not a time limit"
		}
		if words2(toks, from-2, "tu", "tren") { // "từ trên 12 giờ đến tối đa 03 ngày"
			return "a range of a matter (\"từ trên 12 giờ đến tối đa 03 ngày\"), not a time limit"
		}
	case "su":
		if wordAt(toks, to+1, "dung") { // "cấp thuốc … tối đa 90 ngày sử dụng"
			return "a supply for so many days of use (\"90 ngày sử dụng\"), not a time limit"
		}
	case "bat":
		if wordAt(toks, to+1, "ky") {
			return "any span of that length (\"Khoảng thời gian 24 giờ bất kỳ\"), not a time limit"
		}
	case "khong":
		if words2(toks, to+1, "tinh", "vao") {
			// "Thời hạn 9 tháng không tính vào thời hạn giải quyết hồ sơ":
			// time left out of the count.
			return "time left out of the limit (\"không tính vào thời hạn giải quyết\"), not a time limit"
		}
	case "toi":
		if wordAt(toks, from-1, "trong") && strings.ContainsAny(rd.original(to), "ớỚ") {
			// "Nhu cầu tuyển dụng lao động … trong 6 tháng tới": the coming
			// months.
			return "a span of the coming months (\"trong 6 tháng tới\"), not a time limit"
		}
	case "qua":
		if !wordAt(toks, to+1, "thi") && !wordAt(toks, to+1, "ke") && wordAt(toks, from-1, "trong") {
			// "đã từng bị bạo lực … trong 12 tháng qua": the past twelve
			// months. ("quá" of "quá 30 ngày" folds alike, but stands before.)
			return "a window of past time (\"trong 12 tháng qua\"), not a time limit"
		}
	case "cuoi", "gan":
		if words2(toks, to, "cuoi", "cung") || words2(toks, to, "gan", "nhat") {
			return "a window of past time (\"60 tháng cuối cùng\"), not a time limit"
		}
		if words2(toks, to, "cuoi", "thang") {
			return "a part of the month (\"07 ngày cuối tháng\"), not a time limit"
		}
		if words2(toks, to, "cuoi", "nam") {
			return "a part of the year (\"6 tháng cuối năm\"), not a time limit"
		}
	case "dau":
		// "Năm thứ nhất (12 tháng đầu kể từ khi được công nhận)": the
		// first months of a span, not a time to act. ("trong 07 ngày làm
		// việc đầu tiên của tháng" is a time to act each month.)
		// ("tiền lương ngừng việc trong 14 ngày đầu tiên không thấp hơn
		// mức lương tối thiểu", Bộ luật Lao động 2019 Điều 99: the first
		// days of a stoppage, with no "của" of the calendar after them.)
		// ("yêu cầu hoàn tiền trong vòng 30 ngày đầu tiên kể từ ngày kích
		// hoạt dịch vụ": a window after a limit's words, counted from an
		// event, read as such.)
		if !words2(toks, to+1, "tien", "cua") && !wordAt(toks, to+1, "cua") && !periodNextAt(toks, to+1) && !everyPeriodAt(toks, to+1) &&
			!(withinCueBefore(toks, from) && wordAt(toks, to+1, "tien") && countFromAt(toks, to+2)) &&
			!((wordAt(toks, to-1, "ngay") || words3(toks, to-3, "ngay", "lam", "viec")) && calendarPeriodAt(toks, to+1)) { // ("10 ngày làm việc đầu tháng": a window, attach's)
			return "the first part of a span (\"12 tháng đầu\"), not a time limit"
		}
	case "nghi":
		if wordAt(toks, to-1, "ngay") && (wordAt(toks, to+1, "le") || wordAt(toks, to+1, "tet") || words2(toks, to+1, "hang", "tuan") || words2(toks, to+1, "hang", "nam") || wordAt(toks, to+1, "bu") || wordAt(toks, to+1, "duong") || wordAt(toks, to+1, "phep")) { // ("07 ngày nghỉ dưỡng", "12 ngày nghỉ phép")
			// "02 ngày nghỉ lễ Quốc khánh và 02 ngày nghỉ hằng tuần": days
			// off, no time to act.
			return "days off (\"02 ngày nghỉ lễ\"), not a time limit"
		}
	case "tien", "luong", "muc":
		if words2(toks, to, "tien", "luong") || words2(toks, to, "tien", "thue") || words2(toks, to, "tien", "phat") || wordAt(toks, to, "luong") || wordAt(toks, to, "muc") && (words2(toks, to+1, "tien", "luong") || words4(toks, to+1, "binh", "quan", "tien", "luong") || wordAt(toks, to+1, "luong")) { // "tối đa bằng 02 tháng mức bình quân tiền lương tháng đóng bảo hiểm xã hội"
			// "tối đa không quá 01 tháng tiền lương": a sum of wages ("tương
			// đương với 1 tháng tiền thuê nhà": of rent).
			return "a sum of wages (\"01 tháng tiền lương\"), not a time limit"
		}
	case "da":
		if words2(toks, to, "da", "huong") { // "01 tháng đã hưởng trợ cấp thất nghiệp": months of benefit
			return "a period of benefit (\"01 tháng đã hưởng trợ cấp\"), not a time limit"
		}
	case "dong":
		if words3(toks, to, "dong", "bao", "hiem") {
			// "xác nhận bổ sung 08 tháng đóng bảo hiểm thất nghiệp": months
			// of contributions.
			return "a period of insurance contributions (\"08 tháng đóng bảo hiểm\"), not a time limit"
		}
	case "day", "hoc", "chuan":
		// "1 giờ dạy = thời gian giáo viên thực tế giảng dạy": a unit of
		// teaching.
		if wordAt(toks, to-1, "gio") {
			return "a unit of teaching (\"giờ dạy\", \"giờ chuẩn\"), not a time limit"
		}
	case "dem":
		// "trong thời gian không quá 2 ngày đêm": days and nights, a
		// working standard of a plant, never how one-stop limits are
		// written.
		if wordAt(toks, to-1, "ngay") {
			return "days and nights (\"ngày đêm\"), a working standard, not a time limit"
		}
	case "(", ",", ":":
		if punctAt(toks, to, ",") && words4(toks, to+1, "tinh", "den", "ngay", "nop") {
			// "… trong thời gian không quá 06 tháng, tính đến ngày nộp hồ sơ":
			// a window before filing.
			return "a threshold, a comparison or a window before filing, not a time limit"
		}
		if rd.calendarSpanAfter(to) {
			return "a span of the calendar (\"07 tháng (bảy tháng), từ tháng 10 … đến hết tháng 4\"), not a time limit"
		}
	}
	if punctAt(toks, to, "/") && (kindAt(toks, to+1, tokNum) && (wordAt(toks, to+2, "lan") || wordAt(toks, to+2, "nam")) || wordAt(toks, to+1, "nguoi") || wordAt(toks, to+1, "lan") || wordAt(toks, to+1, "nam") || wordAt(toks, to+1, "mot") || wordAt(toks, to+1, "tiet")) { // ("tối đa là 20 giờ/1 năm", "thời gian 45 phút/tiết", "một (01) giờ/một (01) lượt")
		// "tần suất kiểm tra tối đa 06 tháng/01 lần", "tối đa 06
		// tháng/người/khóa học": a frequency or a cap per person.
		return "a frequency or a rate (\"06 tháng/01 lần\", \"06 tháng/người\"), not a time limit"
	}
	switch text(from - 1) {
	case "dong":
		if wordAt(toks, from-2, "tien") {
			// "Tổng số tiền đóng 10 tháng (nộp 1 lần khi đăng ký)": the
			// months a payment covers.
			return "the period a payment covers (\"số tiền đóng 10 tháng\"), not a time limit"
		}
	case "vong":
		if wordAt(toks, from-2, "trong") && punctAt(toks, from-3, "(") && (words2(toks, from-5, "chung", "thuc") || words2(toks, from-5, "ban", "sao")) {
			// "Bản sao chứng thực (trong vòng 3 tháng) Thẻ CCCD": how
			// recent the copy must be.
			return "a copy's age (\"Bản sao chứng thực (trong vòng 3 tháng)\"), not a time limit"
		}
	case "sau":
		if from-1 == rd.opening(from-1) && punctAt(toks, to, ":") {
			// "• Sau 07 ngày: không hỗ trợ hoàn tiền.": a row of a table of
			// terms, what holds once the time has passed.
			return "a threshold heading a row (\"Sau 07 ngày: …\"), not a time limit"
		}
	case "han":
		if wordAt(toks, from-2, "thoi") && rd.visaBefore(from-2) {
			// "Multiple entry visa cho phép nhập cảnh nhiều lần, thời hạn 24
			// tháng": a visa's validity.
			return "a visa's validity (\"visa …, thời hạn 24 tháng\"), not a time limit"
		}
	case "dung":
		if words2(toks, from-3, "phi", "su") {
			// "… sau khi trừ phí sử dụng 1 tháng": the period a fee covers.
			return "the period a fee covers (\"phí sử dụng 1 tháng\"), not a time limit"
		}
	case "cho":
		if rd.phraseInSentenceBefore(from, 16, "luong") {
			// "… là 01 ngày lương tối thiểu vùng … cho 01 ngày khám bệnh,
			// chữa bệnh": an amount for each day.
			return "an amount for each day (\"01 ngày lương … cho 01 ngày khám bệnh\"), not a time limit"
		}
		if wordAt(toks, from-2, "tinh") {
			// "… GDP bình quân đầu người … tính cho 01 ngày": an amount
			// computed for a period.
			return "an amount computed for a period (\"tính cho 01 ngày\"), not a time limit"
		}
	case "den":
		if words2(toks, from-3, "keo", "dai") && words3(toks, to, "hoac", "lau", "hon") {
			// "… tiếp tục cho trẻ bú mẹ kéo dài đến 24 tháng hoặc lâu hơn":
			// how long something lasts, or longer. ("có thể kéo dài đến 30
			// ngày" is an extension, read as one: any "kéo dài đến" cost
			// two held-out alternatives.)
			return "a span (\"kéo dài đến 24 tháng\"), not a time limit"
		}
		if wordsAt(toks, from-2, "gio") && kindAt(toks, from-3, tokNum) && wordAt(toks, to-1, "gio") {
			return "hours of the day (\"từ 10 giờ đến 20 giờ\"), not a time limit"
		}
	case "/":
		if kindAt(toks, from-2, tokNum) { // "trực 12/24 giờ": a share of the day
			return "a rate (\"12/24 giờ\"), not a time limit"
		}
	case "duoi", "tren":
		return "a threshold (\"dưới\", \"trên\"), not a time limit"
	case "du":
		// ("Thời hạn không được thành lập … là đủ 24 tháng kể từ ngày
		// thôi chức vụ": a term counted from an event, reported as such.)
		if !wordAt(toks, from-2, "nhan") && !(wordAt(toks, from-2, "la") && countFromAt(toks, to)) {
			return "a threshold (\"đủ 06 tháng\"), not a time limit"
		}
	case "theo":
		if kindAt(toks, from, tokNum) {
			return "a rate (\"theo 01 tháng\"), not a time limit"
		}
	case "tu":
		// "tạm ngừng giao dịch từ 05 ngày làm việc": the matter's length,
		// from a lower bound.
		// ("điện tử trong ngày …": "tử", not "từ".)
		if !rd.isFrom(from - 1) {
			break
		}
		if !wordAt(toks, from-2, "ke") && !wordAt(toks, from-2, "tinh") && !wordAt(toks, to, "den") && !punctAt(toks, to, "-") {
			return "a threshold (\"từ 05 ngày\"), not a time limit"
		}
		if words2(toks, to, "den", "duoi") || words2(toks, to, "den", "tren") {
			// "từ 24 tháng đến dưới 60 tháng": a band of a threshold.
			return "a threshold (\"từ 24 tháng đến dưới 60 tháng\"), not a time limit"
		}
	case "(":
		if wordAt(toks, from-4, "lan") && punctAt(toks, from-3, "/") { // "01 lần/năm (07 ngày)"
			return "a frequency (\"01 lần/năm (07 ngày)\"), not a time limit"
		}
		for q := from - 2; q >= 0 && q >= from-8; q-- {
			if words4(toks, q, "thoi", "gian", "lam", "viec") { // "thời gian làm việc một ngày (8 giờ)"
				return "a length of working time (\"thời gian làm việc một ngày (8 giờ)\"), not a time limit"
			}
		}
		if wordAt(toks, from-2, "tuan") || kindAt(toks, from-2, tokNum) && punctAt(toks, from-3, "/") {
			// "trong thời hạn tuần (10 ngày)": a period's name restated;
			// "đến ngày 14/3/2017 (06 tháng 15 ngày)": the span between two
			// dates.
			return "a named period or a span between dates (\"tuần (10 ngày)\"), not a time limit"
		}
	case "trong":
		if wordAt(toks, from-2, "lan") && (kindAt(toks, from-3, tokNum) || wordAt(toks, from-3, "mot")) {
			// "kiểm tra sức khỏe định kỳ ít nhất một lần trong 06 tháng": a
			// frequency.
			return "a frequency (\"một lần trong 06 tháng\"), not a time limit"
		}
		if (wordAt(toks, from-2, "gio") || wordAt(toks, from-2, "ngay")) && kindAt(toks, from-3, tokNum) || rd.phraseBefore(from-1, 6, "so", "gio") || // "12 giờ trong 1 ngày", ("50% số giờ làm việc bình thường trong 01 ngày")
			words2(toks, from-3, "tro", "len") && wordAt(toks, from-4, "ngay") && kindAt(toks, from-5, tokNum) { // "Có ít nhất 21 ngày trở lên trong 01 tháng được nhận xét …": days counted in a month
			return "a rate (\"12 giờ trong 1 ngày\"), not a time limit"
		}
		if kindAt(toks, from, tokNum) && strings.TrimLeft(toks[from].text, "0") == "1" && (rd.timesBefore(from-1) || words2(toks, from-3, "cong", "don")) { // ("… trở lên cộng dồn trong 01 tháng")
			// "không quá 05 lần định lượng ăn trong 01 tháng": a count of
			// acts in a month.
			return "a rate (\"05 lần … trong 01 tháng\"), not a time limit"
		}
	case "nguoi":
		if wordAt(toks, from-2, "dau") { // "Thu nhập bình quân đầu người 01 tháng": per head and month
			return "a rate (\"bình quân đầu người 01 tháng\"), not a time limit"
		}
	case "gop":
		// "số chi trả gộp 02 tháng cho người hưởng": a payment for so many
		// months.
		return "a payment for so many months (\"chi trả gộp 02 tháng\"), not a time limit"
	case "cua":
		if words2(toks, from-3, "chi", "tra") || words2(toks, from-3, "tien", "luong") { // ("tổng tiền lương của 6 tháng đóng BHTN")
			return "a payment for so many months (\"số phải chi trả của 01 tháng\"), not a time limit"
		}
	}
	switch text(from - 2) {
	case "nho", "it", "nhieu", "ngan":
		if wordAt(toks, from-1, "hon") { // "nhỏ hơn", "ít hơn 15 ngày", "không nhiều hơn 24 tháng", "phải ngắn hơn 15 tháng"
			return "a threshold (\"nhỏ hơn\", \"ít hơn\", \"nhiều hơn\", \"ngắn hơn\"), not a time limit"
		}
	case "chua":
		if wordAt(toks, from-1, "du") {
			return "a threshold (\"chưa đủ 06 tháng\"), not a time limit"
		}
		if wordAt(toks, from-1, "qua") {
			// "Bị buộc xuất cảnh khỏi Việt Nam chưa quá 06 tháng kể từ ngày
			// quyết định buộc xuất cảnh có hiệu lực": a threshold counted
			// from an event (README: none).
			return "a threshold (\"chưa quá 06 tháng\"), not a time limit"
		}
	case "moi":
		// ("được gia hạn điều tra hai lần, mỗi lần không quá 04 tháng" is
		// the length of each extension.)
		if wordAt(toks, from-1, "lan") && !rd.extensionBefore(from) {
			return "the length of each occurrence (\"mỗi lần không quá 01 giờ\"), not a time limit"
		}
	case "lien":
		if wordAt(toks, from-1, "tuc") {
			return "a continuous period (\"hoạt động liên tục 24 giờ\"), not a time limit"
		}
	case "thoi":
		if words5(toks, from-5, "lien", "tuc", "sau", "thoi", "gian") {
			// "không hoạt động liên tục sau thời gian 24 tháng": a
			// threshold of inactivity.
			return "a continuous period (\"không hoạt động liên tục sau thời gian 24 tháng\"), not a time limit"
		}
	case "bao":
		if words2(toks, from-2, "bao", "cao") && !wordAt(toks, from-3, "nop") && !wordAt(toks, from-3, "gui") {
			return "a report's period (\"Báo cáo 6 tháng, một năm\"), not a time limit"
		}
		if words2(toks, from-3, "phi", "thue") {
			return "the period a fee covers (\"phí thuê bao 1 tháng\"), not a time limit"
		}
	case "tinh":
		if wordAt(toks, from-1, "bang") && wordAt(toks, from-3, "duoc") { // "từ đủ 04 giờ trở lên thì được tính bằng 01 ngày"
			return "a counting rule (\"được tính bằng 01 ngày\"), not a time limit"
		}
		if wordAt(toks, from-1, "la") && !strings.ContainsAny(rd.original(from-2), "ỉỈ") { // "ngày đến và ngày đi được tính là một (01) ngày" ("cấp tỉnh là 10 ngày" is a province)
			return "a counting rule (\"được tính là một ngày\"), not a time limit"
		}
	case "dinh", "chia", "nhan":
		if words2(toks, from-2, "dinh", "ky") || words2(toks, from-2, "chia", "cho") || words2(toks, from-2, "nhan", "voi") {
			return "a frequency or a factor (\"Định kỳ 03 tháng\", \"chia cho 26 ngày\"), not a time limit"
		}
		if words2(toks, from-2, "nhan", "qua") { // "Tôi chưa nhận tiền hỗ trợ … và chưa nhận quá 3 tháng": months received
			return "a count of months received (\"chưa nhận quá 3 tháng\"), not a time limit"
		}
	}
	if s := rd.opening(from); words4(toks, s, "ban", "tin", "du", "bao") {
		// "a) Bản tin dự báo, cảnh báo mưa lớn diện rộng trong thời hạn 24
		// giờ: Mỗi ngày ban hành 04 bản tin …": the range a forecast covers.
		return "a forecast's range (\"Bản tin dự báo … trong thời hạn 24 giờ\"), not a time limit"
	}
	if wordAt(toks, from-1, "den") && words2(toks, from-3, "toi", "da") && (words2(toks, from-5, "du", "bao") || words2(toks, from-5, "canh", "bao")) {
		return "a forecast's range (\"dự báo tối đa đến 07 ngày\"), not a time limit"
	}
	for q := max(0, from-6); q < from-2; q++ {
		if toks[q].text == "trong" && wordAt(toks, q+1, "mot") && (wordAt(toks, q+2, "tuan") || wordAt(toks, q+2, "ngay") || wordAt(toks, q+2, "thang")) && rd.introduces(q+3, from) {
			return "a rate (\"trong một tuần không quá 72 giờ\"), not a time limit"
		}
	}
	if words4(toks, from-4, "lien", "tuc", "trong", "vong") || words3(toks, from-3, "lien", "tuc", "trong") {
		return "a continuous period (\"ghi số liệu liên tục trong vòng 1 giờ\"), not a time limit"
	}
	if words4(toks, from-4, "thoi", "gian", "lam", "viec") && !(wordAt(toks, from-5, "trong") && countFromAt(toks, to)) { // ("trong thời gian làm việc 1 ngày kể từ ngày nhận được đăng ký" is one working day from receipt)
		return "a length of working time (\"mỗi công tương ứng với thời gian làm việc 01 ngày\"), not a time limit"
	}
	switch text(from - 1) { // the last word of each term below
	case "la", "qua", "da", "den", "gian", "vay", "bang":
		if why := rd.termOfMatter(from, to); why != "" {
			return why
		}
	}
	if wordAt(toks, from-3, "den") && capAt(toks, from-2) && rd.rangeFromBefore(from-3) || wordAt(toks, from-1, "den") && rd.rangeFromBefore(from-1) {
		return "a range of a matter (\"từ trên 12 giờ đến tối đa 03 ngày\"), not a time limit"
	}
	switch text(from - 3) {
	case "co":
		if words2(toks, from-2, "thoi", "han") {
			return "a period of validity (\"có thời hạn 18 tháng\"), not a time limit"
		}
	case "qua":
		// ("Trong trường hợp quá thời hạn 30 ngày, kể từ ngày quyết định
		// thay đổi, người tập sự không …": a lapse counted from an event,
		// reported as such.)
		if words2(toks, from-2, "thoi", "han") && !countFromAt(toks, to) {
			return "a lapse (\"Quá thời hạn 03 tháng\"), not a time limit"
		}
	}
	for q := from - 2; rd.rareTokens()&rareEach != 0 && q >= from-5 && q >= 0 && toks[q].kind == tokWord; q-- {
		if wordAt(toks, q, "moi") && (wordAt(toks, q+1, "ca") || wordAt(toks, q+1, "buoi") || wordAt(toks, q+1, "han") || wordAt(toks, q+1, "dot")) {
			// "mỗi ca làm việc 08 giờ", "Thời gian học mỗi buổi tối đa là
			// 05 giờ", "(mỗi hạn 6 tháng)": a shift's, a session's or a
			// period's length.
			return "the length of a shift or a session (\"mỗi ca làm việc 08 giờ\"), not a time limit"
		}
	}
	if (words2(toks, from-4, "moi", "lan") && capAt(toks, from-2)) && !rd.extensionBefore(from) {
		return "the length of each occurrence (\"mỗi lần không quá 01 giờ\"), not a time limit"
	}
	if (capAt(toks, from-2) || capAt(toks, from-3) && wordAt(toks, from-1, "la")) && !countFromAt(toks, to) {
		if s := rd.opening(from); words2(toks, s, "moi", "lan") && from-s <= 20 && rd.noClauseBetween(s, from) {
			// "Mỗi lần nhận tài liệu độc giả được sử dụng tại Phòng đọc
			// tối đa là hai tuần": how long each use may last.
			return "the length of each occurrence (\"Mỗi lần … tối đa là hai tuần\"), not a time limit"
		}
	}
	if words2(toks, to, "troi", "qua") || words3(toks, from-3, "den", "nay", "da") || wordAt(toks, to, "sau") && from == rd.opening(from) && storyPersonAt(toks, to+1) {
		// "Mười ngày trôi qua, không thấy hồi âm gì …", "… đến nay đã 4
		// tháng mà không thấy động tĩnh gì", "Hai tháng sau anh nhận được
		// bảng cước …": time gone by, a story.
		return "time gone by (\"Mười ngày trôi qua\", \"đến nay đã 4 tháng\"), not a time limit"
	}
	if words4(toks, from-4, "tu", "dong", "gia", "han") {
		// "… thẻ cư trú … sắp hết hạn … sẽ được tự động gia hạn 30 ngày":
		// a paper's validity extended, no time to act.
		return "a validity extended (\"được tự động gia hạn 30 ngày\"), not a time limit"
	}
	if rd.questionAt(from, to) {
		// "Lao động nam nghỉ 5 ngày vợ sinh con có được hưởng tiền BHXH
		// không?": a question that names a duration, no limit stated.
		return "a question (\"… có được hưởng … không?\"), not a statement of a time limit"
	}
	if words2(toks, from-2, "quy", "tac") {
		// "Hiện tại quy tắc 21 ngày của mỗi công ty bảo hiểm là khác
		// nhau": the name of a rule.
		return "the name of a rule (\"quy tắc 21 ngày\"), not a time limit"
	}
	for q := from - 1; q >= 0 && q >= from-30 && !rd.isSentenceEnd(q); q-- {
		if toks[q].text == "nghia" && words4(toks, q-2, "duoc", "dinh", "nghia", "la") {
			// "Thời gian cân nhắc được định nghĩa là khoảng thời gian tính
			// từ lúc bên mua bảo hiểm nhận được hợp đồng … tới 21 ngày sau
			// đó": a definition, no time to act.
			return "a definition (\"được định nghĩa là …\"), not a time limit"
		}
	}
	if wordAt(toks, to, "qua") && (to+1 >= len(toks) || toks[to+1].kind == tokPunct) {
		// "… bị khởi tố hình sự chỉ trong vòng 1 tuần qua": the past
		// week, news.
		return "a past window (\"trong vòng 1 tuần qua\"), not a time limit"
	}
	for q := from - 3; q >= from-7 && q >= 0; q-- {
		if toks[q].text == "chup" {
			return "the age of a photograph (\"ảnh chụp trong vòng 06 tháng\"), not a time limit"
		}
	}
	return ""
}

// paperOpens reports whether the sentence of token q opens with a paper
// (documentAt: "Giấy chứng nhận …", "Giấy phép …", "Chứng chỉ …"): "Giấy chứng nhận
// đăng ký tạm thời tàu cá, tàu công vụ thủy sản có giá trị tối đa là 90
// ngày" is its validity ("công trình kiến trúc có giá trị" a valuable
// work).
func (rd *reader) paperOpens(q int) bool {
	s := rd.opening(q) // (past a list's letter: "a) …")
	return rd.documentAt(s)
}

// cardBefore reports whether a card ("Thẻ phóng viên nước ngoài, có giá
// trị không quá 12 tháng") is named in the eight tokens before q.
func (rd *reader) cardBefore(q int) bool {
	for p := q - 1; p >= 0 && p >= q-8 && !rd.isSentenceEnd(p); p-- {
		if wordAt(rd.toks, p, "the") && strings.ContainsAny(rd.original(p), "ẻẺ") {
			return true
		}
		if (rd.toks[p].text == notThen || wordAt(rd.toks, p, "thi")) && wordAt(rd.toks, p+1, "thuc") {
			return true // "cấp thị thực có giá trị không quá 30 ngày": a visa ("thị" is no "thì", see sentences)
		}
	}
	return false
}

// insurancePeriodBefore reports whether the "là" at p states a period of
// insurance named earlier in its sentence ("có tổng thời gian đóng bảo
// hiểm xã hội là 36 năm 6 tháng", "thời gian tham gia bảo hiểm xã hội từ
// tháng 8 năm 2025 đến ngày 30 tháng 11 năm 2025 là 04 tháng") or of
// benefit, with no time limit's words between ("trong thời hạn", "trong
// vòng").
func (rd *reader) insurancePeriodBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-80 && !rd.isSentenceEnd(q); q-- {
		switch {
		case words2(toks, q, "thoi", "han"), words2(toks, q, "trong", "vong"):
			return false
		case words5(toks, q, "thoi", "gian", "dong", "bao", "hiem"), words6(toks, q, "thoi", "gian", "tham", "gia", "bao", "hiem"),
			words4(toks, q, "thoi", "gian", "da", "huong"), // "thời gian đã hưởng của ông S là 01 tháng": months of benefit
			words3(toks, q, "huong", "tro", "cap"):         // "được hưởng trợ cấp thất nghiệp với thời gian là 05 tháng"
			return true
		}
	}
	return false
}

// documentBefore reports whether a document's name ("giấy phép", "giấy
// chứng nhận", "chứng chỉ", "thẻ" but not "có thể") stands in the six words
// before "thời hạn" at q, within the clause: the period is the document's
// validity.
func (rd *reader) documentBefore(q int) bool {
	toks := rd.toks
	for p := q - 1; p >= 0 && p >= q-6 && !rd.isBreak(p); p-- {
		if words2(toks, p, "giay", "phep") || words2(toks, p, "chung", "chi") || words2(toks, p, "chung", "nhan") ||
			wordAt(toks, p, "the") && !wordAt(toks, p-1, "co") {
			return true
		}
	}
	return false
}

// leadTime reports whether "trước" at p starts the event a lead time
// counts back from: "trước ngày …", "trước khi …", "trước thời điểm …",
// "trước thời hạn …", "trước kỳ sát hạch", "trước phiên họp" (not "trước
// đó", "như trước").
func (rd *reader) leadTime(p int) bool {
	toks := rd.toks
	return wordAt(toks, p+1, "ngay") || wordAt(toks, p+1, "khi") || wordAt(toks, p+1, "gio") || words2(toks, p+1, "thoi", "diem") ||
		words2(toks, p+1, "thoi", "han") || words2(toks, p+1, "thoi", "gian") ||
		wordAt(toks, p+1, "ky") || wordAt(toks, p+1, "phien") || wordAt(toks, p+1, "cuoc") || // "trước kỳ sát hạch", "trước phiên họp"
		wordAt(toks, p+1, "dot") || wordAt(toks, p+1, "moi") && (wordAt(toks, p+2, "dot") || wordAt(toks, p+2, "ky") || wordAt(toks, p+2, "phien")) // "trước mỗi đợt chào bán trái phiếu"
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
		if toks[q].kind == tokWord && !(q == p-1 && toks[q].text == "trong") && !letterMarkAt(toks, q) { // "- Trong trường hợp cần thiết, …;", "a) Trường hợp …:"
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
	case "nha":
		return wordAt(toks, p+1, "o") // "Nhà ở riêng lẻ nông thôn: 10 ngày làm việc": one kind of house
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
	case "de":
		// "a) Đề án Chính phủ: sau không quá 07 ngày làm việc …": one kind
		// of scheme in a lettered list.
		return wordAt(toks, p+1, "an") && letterMarkAt(toks, p-2)
	case "tai":
		// "Tại các huyện miền núi vùng cao, biên giới, hải đảo: Không quá 20
		// ngày": one place's case.
		return words2(toks, p+1, "cac", "huyen") || words2(toks, p+1, "cac", "xa") || words2(toks, p+1, "cac", "tinh") || wordsAt(toks, p+1, "vung") || words2(toks, p+1, "khu", "vuc")
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
	case "truc", "qua", "buu":
		// A channel in a list of several ("- Trực tiếp: …\n- Trực tuyến:
		// …"); a cell of the portal that opens with its own channel
		// ("Trực tuyến tại Cổng Dịch vụ công quốc gia: 07 ngày") is that
		// channel's limit.
		listed := punctAt(toks, p-1, "-") || punctAt(toks, p-1, "+") || punctAt(toks, p-1, "*")
		return listed && (words2(toks, p, "truc", "tiep") || words2(toks, p, "truc", "tuyen") || words3(toks, p, "qua", "buu", "chinh") ||
			words4(toks, p, "qua", "dich", "vu", "buu") || words2(toks, p, "buu", "chinh"))
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
	// ("Bước 2. Công bố hoạt động cảng thủy nội địa …: Trong thời hạn 05
	// ngày làm việc …": the step's name after its number.)
	return wordAt(toks, p, "buoc") && kindAt(toks, p+1, tokNum) && p+2 == colon ||
		punctAt(toks, from-1, ".") && kindAt(toks, from-2, tokNum) && wordAt(toks, from-3, "buoc")
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
		case wordAt(toks, q, "chua") || wordAt(toks, q, "khong") || wordAt(toks, q, "thieu") || wordAt(toks, q, "nhung") || // "phù hợp, nhưng có nghi ngờ"
			wordAt(toks, q, "tang") || wordAt(toks, q, "khi") || words2(toks, q, "keo", "dai") || words2(toks, q, "gia", "han") && !words2(toks, q-2, "de", "nghi") ||
			words2(toks, q, "su", "co"): // "Trường hợp Cổng Thông tin một cửa quốc gia gặp sự cố, …"
			return false // ("hồ sơ đề nghị gia hạn nộp thuế" names the matter)
		case words2(toks, q, "hop", "le") || words2(toks, q, "nhan", "du") && !wordAt(toks, q-1, "chung"), // not "chứng nhận đủ điều kiện"
			words3(toks, q, "dat", "yeu", "cau"), words2(toks, q, "chinh", "xac"),
			words3(toks, q, "dung", "quy", "dinh"), words2(toks, q, "la", "dung"), // "hồ sơ theo đúng quy định", "việc nhận cha, mẹ, con là đúng"
			words3(toks, q, "dung", "theo", "mau") && !wordAt(toks, q-1, "khong"),                                // "Trường hợp Bảng công bố … đúng theo mẫu quy định, đầy đủ thông tin"
			words3(toks, q, "theo", "quy", "dinh") && words2(toks, q-2, "ho", "so") && !wordAt(toks, q+3, "tai"), // "Trường hợp hồ sơ theo quy định, …" (not "hồ sơ theo quy định tại khoản 2", a dossier named elsewhere)
			words2(toks, q, "phu", "hop") && !wordAt(toks, q-1, "khong"),                                         // "kết quả kiểm tra, đối chiếu phù hợp"
			words5(toks, q, "bao", "dam", "theo", "quy", "dinh"), words4(toks, q, "dap", "ung", "dieu", "kien"),  // "hồ sơ bảo đảm theo quy định"
			words3(toks, q, "duoc", "chap", "nhan"),  // "Trường hợp hồ sơ được chấp nhận, trong thời hạn 7 ngày làm việc"
			words3(toks, q, "duoc", "chap", "thuan"), // "… chi trả quyền lợi bảo hiểm (nếu được chấp thuận) chậm nhất là ba mươi (30) ngày"
			words3(toks, q, "thuc", "hien", "duoc"),  // "Thời hạn giải quyết – Trường hợp thực hiện được: 15 ngày làm việc": what can be done, the ordinary path
			words4(toks, q, "nop", "du", "ho", "so"), // "trong trường hợp bạn nộp đủ hồ sơ làm chế độ thai sản …": the filing itself
			words2(toks, q, "chinh", "dang") && wordAt(toks, q-1, "la"),
			words4(toks, q, "da", "lam", "dung", "cac"),                                                       // "Nếu bạn đã làm đúng các bước trên, …": the steps done right                                       // "Nếu Hội đồng trọng tài cho rằng yêu cầu này là chính đáng thì …": the request granted
			words4(toks, q, "truong", "hop", "chap", "thuan") && q == from,                                    // "trong trường hợp chấp thuận nhu cầu và cấp giấy phép lao động": the granting path
			words6(toks, q, "dap", "ung", "du", "cac", "dieu", "kien"),                                        // "… đáp ứng đủ các điều kiện để điều chỉnh … thì 2 ngày làm việc"
			words4(toks, q, "dap", "ung", "tieu", "chi"), words5(toks, q, "dap", "ung", "cac", "tieu", "chi"), // "nếu người nhận chuyển nhượng … đáp ứng tiêu chí về năng lực tài chính"
			words2(toks, q, "day", "du") && rd.dossierBefore(q), // "hồ sơ đề nghị gia hạn nộp thuế đầy đủ"
			wordAt(toks, q, "du") && !wordAt(toks, q-1, "day") && rd.dossierBefore(q) && (kindAt(toks, q+1, tokPunct) || wordAt(toks, q+1, "thi") || wordAt(toks, q+1, "va") || words3(toks, q+1, "theo", "quy", "dinh") || words2(toks, q+1, "giay", "to")), // "Trường hợp hồ sơ đủ thì …", "hồ sơ đề nghị gia hạn nộp thuế đủ, …", "hồ sơ đủ theo quy định", "hồ sơ đã đủ giấy tờ"
			words2(toks, q, "hop", "phap") && rd.dossierBefore(q), // "Trường hợp hồ sơ hợp pháp, đầy đủ, đúng mẫu quy định thì …"
			words3(toks, q, "du", "dieu", "kien") && !wordAt(toks, q-1, "nhan"):
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
		(words4(toks, from, "doi", "voi", "truong", "hop") && rd.normalCaseWordsAt(from+4) || words3(toks, from, "trong", "truong", "hop") && rd.normalCaseWordsAt(from+3))) // ("Đối với trường hợp hồ sơ hợp lệ thì …", "Trong trường hợp hồ sơ hợp lệ, …": the dossier named first)
}

// questionAt reports whether the sentence of the duration [from, p) is
// a reader's question that names a duration: it ends with a question mark
// and asks yes or no ("… có được hưởng … không?"), how long ("bao lâu") or
// says it asks ("xin hỏi", "cho tôi hỏi"). (Any sentence ending with "?"
// cost a held-out limit.)
func (rd *reader) questionAt(from, p int) bool {
	toks := rd.toks
	if e := rd.last(from); e >= len(toks) || !punctAt(toks, e, "?") {
		return false // most sentences end otherwise: no scan
	}
	asks := false
	for q := rd.first(from); q < len(toks); q++ {
		if toks[q].ends {
			return asks && punctAt(toks, q, "?")
		}
		switch toks[q].text {
		case "khong":
			asks = asks || q > p && punctAt(toks, q+1, "?")
		case "bao":
			asks = asks || wordAt(toks, q+1, "lau")
		case "hoi":
			asks = asks || wordAt(toks, q-1, "xin") || wordAt(toks, q-1, "toi") && wordAt(toks, q-2, "cho")
		}
	}
	return false
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

// dossierBefore reports whether "hồ sơ" stands in the eight words before
// p, within the clause: "hồ sơ đề nghị gia hạn nộp thuế đầy đủ".
func (rd *reader) dossierBefore(p int) bool {
	return rd.phraseBefore(p, 8, "ho", "so") || punctAt(rd.toks, p-1, ",") && rd.phraseInSentenceBefore(p, 20, "ho", "so", "de", "nghi") // ("Trường hợp hồ sơ đề nghị gia hạn nộp thuế, khoản thu khác, tiền chậm nộp, tiền phạt đầy đủ")
}

// filerOpensAt reports whether the clause of token c opens with a filer
// ("Tổ chức, cá nhân", "người …", "doanh nghiệp") at most six tokens
// before c: the filer is the subject of what stands at c.
func (rd *reader) filerOpensAt(c int) bool {
	toks := rd.toks
	s := rd.first(c)
	for s < c && toks[s].kind == tokPunct {
		s++
	}
	return c-s <= 6 && rd.filerAt(s)
}

// termOfMatter reports the term of the matter itself, not a time to act,
// named just before the duration [from, to): a paper's or a suspension's
// term ("có thời hạn không quá 06 tháng"), a contract's, a loan's, a period
// of insurance contributions. It returns the reason, or "".
func (rd *reader) termOfMatter(from, to int) string {
	toks := rd.toks
	if words4(toks, from-4, "co", "thoi", "han", "la") || (words3(toks, from-5, "co", "thoi", "han") && capAt(toks, from-2) && !rd.filerOpensAt(from-5) || words6(toks, from-6, "co", "thoi", "han", "toi", "da", "den")) && !wordAt(toks, to, "de") { // ("Đình chỉ hoạt động … có thời hạn tối đa đến 12 tháng")
		// ("Kết quả thử nghiệm sản phẩm có thời hạn không quá 06 tháng": a
		// paper's age; "có thời hạn không quá 05 ngày để …" would be a time
		// to act, as "Tổ chức, cá nhân có thời hạn tối đa 01 tháng kể từ
		// ngày nhận được thông báo để sửa đổi, bổ sung hồ sơ" is: the filer
		// has the time.)
		return "a period of validity (\"có thời hạn là 36 tháng\"), not a time limit"
	}
	if (words3(toks, from-5, "co", "thoi", "gian") && capAt(toks, from-2)) && rd.contractBefore(from-5) || words3(toks, from-3, "co", "thoi", "gian") && rd.contractBefore(from-3) {
		// "ký kết hợp đồng lao động có thời gian không quá 12 tháng": a
		// contract's term.
		return "a contract's term (\"hợp đồng … có thời gian không quá 12 tháng\"), not a time limit"
	}
	for q := max(0, from-6); q <= from-3; q++ {
		if toks[q+2].text == "vay" && words3(toks, q, "thoi", "han", "vay") && !countFromAt(toks, to) {
			// "thời hạn vay tối đa 30 ngày": a loan's term ("… không vượt
			// quá 12 tháng kể từ ngày giải ngân" is a term counted from an
			// event, reported as such).
			return "a loan's term (\"thời hạn vay tối đa 30 ngày\"), not a time limit"
		}
	}
	if (wordAt(toks, from-1, "bang") && words2(toks, from-3, "toi", "da") || capAt(toks, from-2)) && rd.phraseBefore(from, 8, "thoi", "gian", "huong") {
		// "… thì được hưởng tiếp chế độ ốm đau … nhưng thời gian hưởng tối
		// đa bằng 03 tháng": how long a benefit is paid.
		return "a benefit's term (\"thời gian hưởng tối đa bằng 03 tháng\"), not a time limit"
	}
	if (wordAt(toks, from-1, "den") && wordAt(toks, from-2, "len") || capAt(toks, from-2)) && rd.phraseBefore(from, 6, "thoi", "gian", "muon") {
		// "thời gian mượn lên đến 3 tháng": how long a book is lent.
		return "a loan of a thing (\"thời gian mượn lên đến 3 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "la") && rd.insurancePeriodBefore(from-1) {
		return "a period of insurance contributions (\"thời gian đóng bảo hiểm xã hội là 36 năm\"), not a time limit"
	}
	return ""
}

// contractBefore reports whether "hợp đồng" stands in the eight words
// before p, within the clause: "hợp đồng lao động có thời gian không quá 12
// tháng".
func (rd *reader) contractBefore(p int) bool { return rd.phraseBefore(p, 8, "hop", "dong") }

// timesBefore reports whether a count of times ("05 lần", "một lần") stands in the
// eight words before p, within the clause.
func (rd *reader) timesBefore(p int) bool {
	for q := p - 1; q >= 1 && q >= p-8 && !rd.isBreak(q); q-- {
		if wordAt(rd.toks, q, "lan") && (kindAt(rd.toks, q-1, tokNum) || kindAt(rd.toks, q-1, tokWord) && isNumberWord(rd.toks[q-1].text)) { // "05 lần", "một lần"
			return true
		}
	}
	return false
}

// lapseWithin reports whether the "nếu" clause at p, which runs to the
// duration b with no "thì" between, is the lapse of an act timed by b:
// "không" and a verb ("không được xử lý", "không xác nhận") within it and
// no punctuation from there to b, b
// right after a window's words ("trong vòng", "trong thời hạn") and closed
// by a comma, what then follows being the consequence.
func (rd *reader) lapseWithin(p int, b *item) bool {
	toks := rd.toks
	if b.from-p > 24 || !withinCueBefore(toks, b.from) || !punctAt(toks, b.to, ",") || wordAt(toks, b.to+1, "thi") {
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

// visaBefore reports whether a visa ("visa", "thị thực"; not "thì thực
// hiện") is named in the fourteen tokens before p, within the sentence.
func (rd *reader) visaBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-14 && !rd.isSentenceEnd(q); q-- {
		if wordAt(toks, q, "visa") || words2(toks, q, "thi", "thuc") && strings.ContainsAny(rd.original(q), "ịỊ") {
			return true
		}
	}
	return false
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
		return true
	}
	return strings.ContainsAny(w, "ếẾ")
}

// isConditionAt reports whether a condition starts at toks[p]: "trường
// hợp", "đối với", or "nếu" other than the aside "(nếu có)".
func isConditionAt(toks []token, p int) bool {
	switch toks[p].text {
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
			!((wordAt(toks, p+2, "mot") || wordAt(toks, p+2, "moi")) && (wordAt(toks, p+3, "nguoi") || words2(toks, p+3, "ho", "so") || wordAt(toks, p+3, "lo"))) &&
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
// trường hợp …") say the parties agreed otherwise ("các bên có thỏa thuận
// khác"), within eight words: the duration is then a default, one case
// (README: a default that applies unless otherwise agreed), where "trừ
// trường hợp quy định tại khoản 5" names other cases and "trừ trường hợp
// pháp luật có quy định khác" leaves the law's limit the ordinary one (as
// the tuning rows read it).
func otherwiseAgreedAt(toks []token, p int) bool {
	for q := p; q < len(toks) && q < p+8 && toks[q].kind == tokWord; q++ {
		if words2(toks, q, "thoa", "thuan") && wordAt(toks, q+2, "khac") {
			return true
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
	switch {
	case a != nil && rd.sentOf(p) == sa && lead < 0:
		if wordAt(toks, p, "doi") && (words2(toks, p-2, "khang", "nghi") || words2(toks, p-2, "khang", "cao") ||
			words3(toks, p-3, "don", "khieu", "nai") && words2(toks, p+2, "quyet", "dinh")) {
			// "… xét kháng cáo, kháng nghị đối với quyết định về tính hợp
			// pháp của cuộc đình công", "kể từ ngày nhận được đơn khiếu nại
			// đối với quyết định trả lại đơn …": what is challenged, not a
			// case.
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
			for q := p + 2; q < end; q++ {
				if words2(toks, q, "ke", "tu") {
					// "05 ngày làm việc đối với hồ sơ đề nghị cấp hộ chiếu lần
					// đầu kể từ ngày tiếp nhận đầy đủ hồ sơ hợp lệ": the case
					// ends where the count begins ("hợp lệ" is the count's).
					end = q
					break
				}
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
				a.cond, a.condSet = rd.words(p, outcome), true
			case then && rd.failingNotice(p, int(t.thi)):
				// "… kể từ khi nhận được hồ sơ …, nếu nội dung nội quy có
				// quy định trái với pháp luật thì cơ quan … thông báo, hướng
				// dẫn … sửa đổi, bổ sung": a notice due only in the failing
				// case, that case's duration.
				a.cond, a.condSet = rd.words(p, int(t.thi)), true
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
				a.cond, a.condSet = rd.words(rd.exceptionStart(p), end), true
			}
		}
	case (a == nil || rd.sentOf(p) != sa) && (b == nil || rd.sentOf(p) != sb):
		rd.headingAt(p)
	case b != nil && rd.sentOf(p) == sb:
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
			if lead < 0 && wordAt(toks, p, "neu") && rd.lapseWithin(p, b) {
				// "Nếu khoản tiền hoàn của bạn không được xử lý trong vòng 21
				// ngày làm việc, vui lòng gửi …": the lapse of the act the
				// duration times, which states its limit; no case.
				return
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
			if wordAt(toks, p, "truong") && (rd.exceptionBefore(p) || words3(toks, p-3, "giu", "nguoi", "trong") && words2(toks, p+2, "khan", "cap")) {
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
			if rd.isNormalCase(p, end) {
				b.condSet = true // the ordinary case: no condition
				b.cond = ""
				b.normal = true
			} else {
				b.cond, b.condSet = rd.words(rd.exceptionStart(p), end), true
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

// calendarSpanAfter reports whether the duration ending at p is followed,
// past a bracket that restates it and a comma, by "từ tháng <n>": a span
// of the calendar named by its months ("07 tháng (bảy tháng), từ tháng 10
// của năm trước đến hết tháng 4 của năm sau").
func (rd *reader) calendarSpanAfter(p int) bool {
	toks := rd.toks
	q := p
	if punctAt(toks, q, "(") {
		for q < len(toks) && q < p+8 && !punctAt(toks, q, ")") {
			q++
		}
		q++
	}
	if punctAt(toks, q, ",") || punctAt(toks, q, ":") {
		q++
	}
	if wordAt(toks, q, "duoc") {
		q++ // "Báo cáo sơ kết 6 tháng: Được tính từ ngày 01 tháng 01 đến ngày 30 tháng 6"
	}
	if words2(toks, q, "tiep", "theo") {
		q += 2 // "cho chu kỳ 06 tháng tiếp theo tính từ ngày 20/8/2016 đến ngày 19/02/2017"
	}
	if (words3(toks, q, "tinh", "tu", "ngay") || words3(toks, q, "ke", "tu", "ngay")) && kindAt(toks, q+3, tokNum) {
		// "06 tháng tính từ ngày 15/9/2016 đến ngày 14/3/2017", "12 tháng,
		// kể từ ngày 01 tháng 10 năm 2021 đến hết ngày 30 tháng 9 năm
		// 2022": between two dates.
		for r := q + 4; r < len(toks) && r < q+12; r++ {
			if words2(toks, r, "den", "ngay") && kindAt(toks, r+2, tokNum) || words3(toks, r, "den", "het", "ngay") && kindAt(toks, r+3, tokNum) ||
				wordAt(toks, r, "den") && (kindAt(toks, r+1, tokNum) || wordAt(toks, r+1, "het") && kindAt(toks, r+2, tokNum)) { // ("kể từ ngày 1/8 đến hết 31/8", "… cho đến 30/9/2020")
				return true
			}
		}
	}
	return words2(toks, q, "tu", "thang") && kindAt(toks, q+2, tokNum)
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
// không nhận được ý kiến", "nếu không có ý kiến".
func (rd *reader) silenceAt(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "neu") && (words5(toks, p+1, "khong", "nhan", "duoc", "y", "kien") || words4(toks, p+1, "khong", "co", "y", "kien"))
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
type rareMarks uint16

const (
	rareLooked rareMarks = 1 << iota
	rareBracket
	rareEqual
	rareLan
	rareCut        // a word of reduction: "giảm", "rút", "xuống"
	rareBox        // a form's check box: "☐", "□"
	rareDefinition // "là số", "là tỷ lệ", "là tổng số": a term defined
	rareExtension  // "gia hạn"
	rareDecision   // "quyết định": a measure a body decides
	rareWhereas    // "mà": what did not happen ("mà không …")
	rareIncomplete // "chưa hoàn chỉnh": an incomplete paper
	rarePercent    // "%": a share, of a refund or a charge
	rareEach       // "mỗi": each one ("mỗi ca", "mỗi buổi")
	rareOriginal   // "gốc": an original ("văn bằng bảo hộ gốc")
)

// rareFirst marks the first bytes of the tokens rareTokens looks at: "(",
// "=", "%", "lần", "lượt", "giảm", "rút", "xuống", "gia hạn", "gốc", "là", "quyết", "mà", "mỗi",
// "chưa", and 0xE2, which starts "☐", "□".
var rareFirst = [256]bool{'(': true, '=': true, '%': true, 'l': true, 'g': true, 'r': true, 'x': true, 'q': true, 'm': true, 'c': true, 0xE2: true}

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
		case "moi":
			m |= rareEach
		case "chua":
			if words2(rd.toks, k+1, "hoan", "chinh") {
				m |= rareIncomplete
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
			if wordAt(rd.toks, k+1, "so") || wordAt(rd.toks, k+1, "ty") || wordAt(rd.toks, k+1, "tong") {
				m |= rareDefinition
			}
		case "gia":
			if wordAt(rd.toks, k+1, "han") {
				m |= rareExtension
			}
		case "goc":
			m |= rareOriginal
		}
	}
	rd.rare = m
	return m
}

// statutoryBeforeCut reports whether the duration [from, to) is named the
// time the law sets ("Thời gian theo quy định: Trong thời hạn 03 ngày làm
// việc …") in a text that then gives the time after a reduction ("- Thời
// gian sau cắt giảm: Trong thời hạn 02 ngày làm việc …"): the reduced time
// is the one applied.
func (rd *reader) statutoryBeforeCut(from, to int) bool {
	toks := rd.toks
	named := false
	for q := from - 1; q >= 0 && q >= from-10 && !named; q-- {
		named = words3(toks, q, "theo", "quy", "dinh") && (words2(toks, q-2, "thoi", "gian") || words2(toks, q-2, "thoi", "han")) && punctAt(toks, q+3, ":")
	}
	if !named {
		return false
	}
	for q := to; q < len(toks) && q < to+40; q++ {
		if words3(toks, q, "sau", "cat", "giam") {
			return true
		}
	}
	return false
}

// citedInBracket reports whether the duration at p stands in a bracket
// that cites a law before it ("(hiện hành, Khoản 3 Điều 21 Luật Cư trú
// 2006 quy định thời gian đăng ký thường trú 15 ngày …)"): an aside about
// another text, not the sentence's own limit.
func (rd *reader) citedInBracket(p int) bool {
	toks := rd.toks
	law := false
	for q := p - 1; q >= 0 && q >= p-30; q-- {
		switch {
		case punctAt(toks, q, ")"), rd.isSentenceEnd(q):
			return false
		case punctAt(toks, q, "("):
			return law
		case wordAt(toks, q, "luat") && strings.HasPrefix(rd.original(q), "L") && !rd.allCapitals(): // "Luật …", a law's name
			law = true
		}
	}
	return false
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

// onceBefore reports whether, in the sixteen tokens of its sentence before
// p, an act is allowed only once for a time ("chỉ thực hiện việc gia hạn
// 01 lần với thời gian không quá 12 tháng"): the duration is the term that
// act grants. ("Việc gia hạn chỉ thực hiện một lần và thời gian tối đa
// được gia hạn không quá 24 tháng kể từ ngày …" is labelled an extension.)
func (rd *reader) onceBefore(p int) bool {
	toks := rd.toks
	once := false
	for q := p - 1; q >= 0 && q >= p-16 && !rd.isSentenceEnd(q); q-- {
		switch {
		case wordAt(toks, q, "lan") && words3(toks, q+1, "voi", "thoi", "gian") && (wordAt(toks, q-1, "mot") || kindAt(toks, q-1, tokNum) && strings.TrimLeft(toks[q-1].text, "0") == "1"):
			once = true
		case once && wordAt(toks, q, "chi") && (wordAt(toks, q+1, "duoc") || words2(toks, q+1, "thuc", "hien")):
			return true
		}
	}
	return false
}

// noticeOfTimeAfter reports whether the duty after the duration ending at
// p is to announce the time needed ("Chậm nhất là 03 ngày làm việc kể từ
// ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng
// văn bản về thời hạn giải quyết yêu cầu cung cấp thông tin", Luật Tiếp
// cận thông tin 2016 Điều 28): a step before the answer, when the
// answer's own limit follows (alone, under a case, it is that case's).
func (rd *reader) noticeOfTimeAfter(p int) bool {
	toks := rd.toks
	notice := false
	for q := p; q < len(toks) && q < p+40 && !rd.isSentenceEnd(q); q++ {
		switch toks[q].text { // one comparison for most words
		case "thong":
			notice = notice || wordAt(toks, q+1, "bao")
		case "ve":
			if notice && words5(toks, q, "ve", "thoi", "han", "giai", "quyet") {
				return true
			}
		}
	}
	return false
}

// perYearAfter reports whether the range that continues at p ("đến 10
// ngày") ends with "trong một năm" or "trong 01 năm": days a year.
func (rd *reader) perYearAfter(p int) bool {
	toks := rd.toks
	for q := p + 1; q < len(toks) && q <= p+5; q++ {
		if wordAt(toks, q, "trong") {
			return (wordAt(toks, q+1, "mot") || kindAt(toks, q+1, tokNum) && strings.TrimLeft(toks[q+1].text, "0") == "1") && wordAt(toks, q+2, "nam")
		}
	}
	return false
}

// useTermBefore reports whether "thời hạn sử dụng" stands in the thirty
// tokens before p, in its sentence: "thời hạn sử dụng thẻ được cấp từ ngày
// nhập học đến ngày 31 tháng 12 của năm tốt nghiệp nhưng không quá 60
// tháng".
func (rd *reader) useTermBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-30 && !rd.isSentenceEnd(q); q-- {
		if words4(toks, q, "thoi", "han", "su", "dung") {
			return true
		}
	}
	return false
}

// datesInBracketAfter reports whether a bracket opening within four
// tokens of p holds a span between two dates ("(từ ngày 28/12/2024 đến
// 28/3/2025)").
func (rd *reader) datesInBracketAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+4; q++ {
		if punctAt(toks, q, "(") {
			return words2(toks, q+1, "tu", "ngay") && kindAt(toks, q+3, tokNum) && rd.dateUntilWithin(q+4, q+12)
		}
	}
	return false
}

// dateUntilWithin reports whether "đến" and a number stand in [p, q).
func (rd *reader) dateUntilWithin(p, q int) bool {
	for r := p; r < q && r < len(rd.toks); r++ {
		if wordAt(rd.toks, r, "den") && kindAt(rd.toks, r+1, tokNum) || words2(rd.toks, r, "den", "ngay") && kindAt(rd.toks, r+2, tokNum) {
			return true
		}
	}
	return false
}

// definitionBefore reports whether the sentence defines a statistical
// term before the duration at p ("Tử vong mẹ là số phụ nữ tử vong …", "…
// là tỷ lệ phần trăm …"): the duration is part of the definition.
func (rd *reader) definitionBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-30 && !rd.isSentenceEnd(q); q-- {
		if wordAt(toks, q, "la") && (wordAt(toks, q+1, "so") && !kindAt(toks, q+2, tokNum) || words2(toks, q+1, "ty", "le") || words2(toks, q+1, "tong", "so")) {
			return true
		}
	}
	return false
}

// formBoxAfter reports whether a check box of a form ("☐", "□") follows
// the duration ending at p within twelve tokens.
func (rd *reader) formBoxAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+12; q++ {
		if toks[q].kind == tokPunct && (toks[q].text == "☐" || toks[q].text == "□") {
			return true
		}
	}
	return false
}

// hoursPerDayAt reports whether the hours at p cap one day of work or
// study, named at the sentence's start: "Một ngày học không quá 08 giờ",
// "Một ngày làm việc không quá 08 giờ".
func (rd *reader) hoursPerDayAt(p int) bool {
	toks := rd.toks
	if !wordAt(toks, p+1, "gio") {
		return false
	}
	q := rd.opening(p)
	return p-q <= 6 && wordAt(toks, p+1, "gio") && (words2(toks, q, "mot", "ngay") || wordsAt(toks, q, "1", "ngay") || wordsAt(toks, q, "01", "ngay")) && !words3(toks, q+2, "lam", "viec", "ke") ||
		p-q <= 20 && wordAt(toks, p+1, "gio") && words6(toks, q, "ngay", "lam", "viec", "co", "so", "gio") // "Ngày làm việc có số giờ làm việc tiêu chuẩn nhiều hơn 8 giờ nhưng không quá 12 giờ"
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
		if (words2(toks, r, "le", "phi") && punctAt(toks, r+2, ":")) || (wordAt(toks, r, "phi") && punctAt(toks, r+1, ":")) {
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
	for r := q + 2; r < len(toks) && r < q+14 && !rd.isSentenceEnd(r); r++ {
		if kindAt(toks, r, tokNum) {
			return false
		}
		if words2(toks, r, "tra", "loi") || words4(toks, r, "neu", "ro", "ly", "do") {
			return true
		}
	}
	return false
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
	for q := thi + 1; q < len(toks) && q < thi+30 && !rd.isSentenceEnd(q); q++ {
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

// listedMinimumCase reports whether the minimum at q opens a lettered or
// bulleted item and is scoped by "đối với" right after the duration ending
// at to: "c) Ít nhất 03 ngày làm việc đối với hợp đồng lao động … dưới 12
// tháng;", one case of a list of notice periods.
func (rd *reader) listedMinimumCase(q, to int) bool {
	toks := rd.toks
	s := rd.first(q)
	// ("* Ít nhất 03 ngày làm việc đối với HĐLĐ xác định thời hạn có thời
	// hạn dưới 12 tháng …": the same item after a bullet.)
	return words2(toks, to, "doi", "voi") && s < q && rd.openingWord(s, q) == q && (letterMarkAt(toks, s) || toks[s].kind == tokPunct)
}

// onceCountedFrom reports whether the duration [from, to) is the time for
// one act done once, counted from an event: "Doanh nghiệp được nộp bổ sung
// hồ sơ 01 lần trong thời hạn 30 ngày làm việc kể từ ngày … ban hành thông
// báo" is the filer's time to act, no window in which acts are counted.
func (rd *reader) onceCountedFrom(from, to int) bool {
	toks := rd.toks
	s := from - 3
	if words2(toks, from-2, "trong", "vong") {
		s = from - 2
	}
	if s < 2 || !wordAt(toks, s-1, "lan") || !countFromAt(toks, to) {
		return false
	}
	n := toks[s-2]
	return n.kind == tokNum && strings.TrimLeft(n.text, "0") == "1" || n.text == "mot"
}

// actsCountedBefore reports whether acts are counted in the window that
// ends at the duration p ("trong thời hạn", "trong vòng" before it): a count
// of them in the eighteen tokens before ("từ 02 lần trở lên"), or right
// before ("3 lần liên tiếp trong vòng"), or one of them numbered right
// before "trong thời hạn" ("lần thứ ba trong thời hạn 12 tháng"). "Bị xử phạt vi phạm hành chính từ 02 lần trở lên về … trong
// thời hạn 12 tháng", "3 lần liên tiếp trong vòng 12 tháng kiểm tra thông
// thường đạt yêu cầu", "Bị … khuyến cáo lần thứ ba trong thời hạn 12 tháng
// mà không khắc phục được".
func (rd *reader) actsCountedBefore(p int) bool {
	toks := rd.toks
	start := p - 3
	switch {
	case words3(toks, p-3, "trong", "thoi", "han"):
	case words2(toks, p-2, "trong", "vong"):
		start = p - 2
	default:
		return false
	}
	if start == p-3 && (wordAt(toks, start-2, "thu") && (wordAt(toks, start-3, "lan") || wordAt(toks, start-5, "lan")) || wordAt(toks, start-3, "thu") && wordAt(toks, start-4, "lan")) {
		return true // "lần thứ ba", "lần thứ hai mươi", "lần vi phạm thứ ba" right before "trong thời hạn"
	}
	if words3(toks, start-3, "lan", "lien", "tiep") {
		return true // "3 lần liên tiếp trong vòng 12 tháng"
	}
	if wordAt(toks, start-1, "lan") && kindAt(toks, start-2, tokNum) {
		return true // "cho phép bạn nhập cảnh vào Nhật Bản 02 lần trong vòng 06 tháng"
	}
	for q := start - 1; q >= 1 && q >= p-18 && !rd.isBreak(q); q-- {
		if words3(toks, q, "lan", "tro", "len") && kindAt(toks, q-1, tokNum) {
			return true
		}
		if words2(toks, q, "tro", "len") {
			// "Có từ 02 lượt đăng kiểm viên trở lên bị xử phạt … trong thời
			// hạn 12 tháng": a count of turns, its noun between.
			for r := q - 1; r >= 1 && r >= q-4; r-- {
				if (wordAt(toks, r, "luot") || wordAt(toks, r, "lan")) && kindAt(toks, r-1, tokNum) {
					return true
				}
			}
		}
	}
	return false
}

// penaltyOrMeasure says why the duration [from, to) is a penalty, a
// measure a body decides or another amount that its next or previous word
// shows is no time limit, or "". It dispatches on the word after, then on
// the word before, so that a duration pays a few comparisons:
//   - "24 giờ ngày 31 tháng 12", "quá hai mươi giờ cùng ngày": a time of
//     day; "20 ngày của tháng liền kề": a day of a month; "12 tháng tròn":
//     a whole period; "Sáu tháng một lần": a frequency;
//   - "từ 1 tháng cho đến 3 tháng": a range of a term;
//   - "loại kỳ hạn 6 tháng": a maturity; "chu kỳ … không quá 01 tháng",
//     "thời hạn cho vay không vượt quá 03 tháng": a cycle, a loan's term;
//   - "nợ lương quá 1 tháng": a threshold of debt; "Quá 10 ngày, …": a
//     threshold passed;
//   - "tỷ lệ khả năng chi trả trong 30 ngày": the horizon of a ratio;
//   - "phạt tù từ 03 tháng đến 02 năm", "cải tạo không giam giữ đến 02
//     năm": a sentence of the criminal code (Bộ luật Hình sự 2015 Điều 36,
//     Điều 38), no time limit;
//   - "quyết định hạn chế hoặc tạm dừng hoạt động … không quá 24 giờ": the
//     term of a measure a body decides;
//   - "vào thời điểm 24 giờ ngày 31 tháng 12": a time of day on a date;
//   - "sớm nhất là 02 ngày làm việc": at the earliest, a minimum;
//   - "mức chi bình quân 01 tháng": an average per period;
//   - "còn thiếu tối đa 06 tháng": months of contribution still owed;
//   - "không nợ quá hạn quá 90 ngày": a threshold of overdue debt;
//   - "với thời hạn là 24 tháng": the term of a service or a thing.
func (rd *reader) penaltyOrMeasure(from, to int) string {
	toks := rd.toks
	if to < len(toks) {
		switch toks[to].text { // the word after: one comparison for most durations
		case "ngay", "cung":
			if wordAt(toks, to-1, "gio") && (wordAt(toks, to, "ngay") && kindAt(toks, to+1, tokNum) || words2(toks, to, "cung", "ngay")) {
				return "a time of day on a date (\"24 giờ ngày 31 tháng 12\", \"quá hai mươi giờ cùng ngày\"), not a time limit"
			}
		case "cua":
			if wordAt(toks, to-1, "ngay") && wordAt(toks, to+1, "thang") {
				// "chậm nhất 20 ngày của tháng liền kề": the 20th day of a
				// month, a date.
				return "a day of a month (\"20 ngày của tháng liền kề\"), not a time limit"
			}
		case "tron":
			return "a whole period (\"kỳ kế toán năm là 12 tháng tròn\"), not a time limit"
		case "mot":
			if wordAt(toks, to+1, "lan") {
				return "a frequency (\"Sáu tháng một lần\"), not a time limit"
			}
		}
	}
	if from < 1 {
		return ""
	}
	switch toks[from-1].text { // the word before each form: one comparison for most durations
	case "tu", "den", "giu":
		if words2(toks, from-2, "cho", "den") && kindAt(toks, from-4, tokNum) && wordAt(toks, from-5, "tu") {
			// "tước giấy chứng nhận … trong thời gian từ 1 tháng cho đến 3
			// tháng": a range of a sanction's term.
			return "a range of a term (\"từ 1 tháng cho đến 3 tháng\"), not a time limit"
		}
		if words3(toks, from-3, "phat", "tu", "tu") || words2(toks, from-2, "phat", "tu") || words3(toks, from-3, "giam", "giu", "den") || words2(toks, from-2, "giam", "giu") {
			return "a criminal penalty (\"phạt tù từ 03 tháng đến 02 năm\"), not a time limit"
		}
		if toks[from-1].text == "den" {
			for q := max(0, from-8); q <= from-4; q++ {
				if words3(toks, q, "phat", "tu", "tu") {
					// "phạt tù từ sáu ngày đến ba tháng": the upper end of
					// the penalty's range.
					return "a criminal penalty (\"phạt tù từ 03 tháng đến 02 năm\"), not a time limit"
				}
			}
		}
	case "nhat", "la":
		if toks[from-1].text == "la" && kindAt(toks, from-2, tokNum) {
			for q := from - 3; q >= 0 && q >= from-10; q-- {
				if words2(toks, q, "den", "ngay") {
					// "từ ngày 07 tháng 4 đến ngày 17 tháng 4 năm 2026 là 11
					// ngày": the days between two dates, counted.
					return "the days between two dates (\"từ ngày … đến ngày … là 11 ngày\"), not a time limit"
				}
			}
		}
		if words2(toks, from-2, "som", "nhat") || words3(toks, from-3, "som", "nhat", "la") {
			return "a minimum (\"sớm nhất là 02 ngày làm việc\"), not a time limit"
		}
		if words4(toks, from-4, "voi", "thoi", "han", "la") {
			return "the term of a service or a thing (\"với thời hạn là 24 tháng\"), not a time limit"
		}
	case "han":
		if words3(toks, from-3, "voi", "thoi", "han") {
			return "the term of a service or a thing (\"với thời hạn là 24 tháng\"), not a time limit"
		}
		if wordAt(toks, from-2, "ky") {
			// "Tín phiếu … loại kỳ hạn 6 tháng": a bill's maturity.
			return "a maturity (\"loại kỳ hạn 6 tháng\"), not a time limit"
		}
	case "binh", "vi", "hanh", "quan":
		if from >= 2 {
			if why, ok := twoWordsBefore[[2]string{toks[from-2].text, toks[from-1].text}]; ok {
				return why
			}
		}
	case "thieu", "da":
		if words2(toks, from-2, "con", "thieu") || words2(toks, from-4, "con", "thieu") && capAt(toks, from-2) {
			return "an amount still owed (\"còn thiếu tối đa 06 tháng\"), not a time limit"
		}
		if words2(toks, from-2, "toi", "da") {
			if why := rd.termCapped(from); why != "" {
				return why
			}
		}
	case "qua":
		if !wordAt(toks, from-2, "khong") && (words2(toks, to, "ma", "khong") || words2(toks, to, "ma", "chua")) {
			// "Người đi vắng khỏi nơi đã đăng ký hộ khẩu thường trú quá 6
			// tháng mà không khai báo tạm vắng …": a threshold passed.
			return "a threshold passed (\"quá 6 tháng mà không …\"), not a time limit"
		}
		if wordAt(toks, from-2, "muon") || wordAt(toks, from-2, "tre") || words2(toks, from-3, "den", "cham") { // ("chậm quá" alone may cap a delay, "không được chậm quá 01 tháng": only a late arrival is a threshold)
			// "Nhân viên đến muộn quá 15 phút sẽ bị trừ 50.000 VNĐ/lần",
			// "Đến chậm quá 15 phút kể từ khi tính giờ làm bài sẽ không
			// được dự thi": how late, a threshold.
			return "a threshold of lateness (\"đến muộn quá 15 phút\"), not a time limit"
		}
		if rd.phraseInSentenceBefore(from, 8, "dinh", "ky") {
			// "Định kỳ (tối đa không quá 05 ngày làm việc hoặc số dư …
			// vượt quá 01 tỷ đồng), đơn vị phải làm thủ tục chuyển …": how
			// often something recurs.
			return "a recurrence (\"Định kỳ (tối đa không quá 05 ngày làm việc …)\"), not a time limit"
		}
		if from-1 == rd.opening(from-1) && punctAt(toks, to, ",") && !words2(toks, to+1, "ke", "tu") { // ("Quá 30 ngày làm việc, kể từ ngày gửi thông báo nhưng …" is a lapse counted from its event)
			// "Quá 10 ngày, có thể đề nghị gia hạn 10 ngày nữa …": past the
			// time, a threshold.
			return "a threshold passed (\"Quá 10 ngày, …\"), not a time limit"
		}
		if words2(toks, from-3, "qua", "han") || words2(toks, from-3, "no", "luong") {
			return "a threshold of overdue debt (\"nợ quá hạn quá 90 ngày\"), not a time limit"
		}
		if why := rd.termCapped(from); why != "" {
			return why
		}
	case "trong":
		if rd.phraseBefore(from-1, 12, "dong", "tien") || rd.phraseBefore(from-1, 8, "ty", "le") {
			// "dòng tiền ra ròng … trong 30 ngày tiếp theo", "tỷ lệ khả năng
			// chi trả trong 30 ngày": the horizon of a cash flow or a
			// ratio.
			return "the horizon of a cash flow or a ratio (\"tỷ lệ khả năng chi trả trong 30 ngày\"), not a time limit"
		}
	}
	return ""
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
	// "Bảo hành 12 tháng 1 đối 1": a warranty's term.
	{"bao", "hanh"}: "a warranty's term (\"Bảo hành 12 tháng\"), not a time limit",
	// "không quá 6 tháng … (thay vì 03 tháng như quy định tại Nghị định
	// 02/2023/NĐ-CP hiện hành)": the figure a rule replaces.
	{"thay", "vi"}: "a figure replaced (\"thay vì 03 tháng\"), not a time limit",
}

// termCapped tells why a duration capped by "không quá" or "tối đa" (the
// two words before from) is no time limit, or "": the same cap words bound
// a cycle, a loan's term or a measure's term as they bound a limit.
func (rd *reader) termCapped(from int) string {
	toks := rd.toks
	if rd.phraseBefore(from, 8, "chu", "ky") || rd.phraseBefore(from, 9, "thoi", "han", "cho", "vay") || rd.phraseBefore(from, 12, "tai", "cap", "von") {
		// "chu kỳ hoạt động kinh doanh không quá 01 (một) tháng", "thời
		// hạn cho vay không vượt quá 03 (ba) tháng", "tổng thời gian tái
		// cấp vốn và gia hạn tái cấp vốn tối đa 12 tháng": a cycle's
		// length, a loan's term.
		return "the length of a cycle or a loan's term (\"chu kỳ … không quá 01 tháng\"), not a time limit"
	}
	if rd.phraseInSentenceBefore(from, 16, "gian", "doan") {
		// "có thời gian gián đoạn giữ các chức danh này không quá 12
		// tháng thì được tính cộng nối": a threshold of an interruption.
		return "a threshold of an interruption (\"gián đoạn … không quá 12 tháng thì …\"), not a time limit"
	}
	if rd.phraseInSentenceBefore(from, 24, "thuc", "hien", "luan", "an") {
		// "NCS được gia hạn thời gian thực hiện luận án tối đa 2 lần, …
		// tổng thời gian gia hạn không quá 24 tháng": a thesis's term.
		return "a thesis's term (\"gia hạn thời gian thực hiện luận án … không quá 24 tháng\"), not a time limit"
	}
	if rd.phraseBefore(from, 5, "uy", "quyen") && (rd.phraseBefore(from, 7, "thoi", "gian") || rd.phraseBefore(from, 7, "thoi", "han")) {
		// "Thời gian ủy quyền không quá 06 (sáu) tháng": how long an
		// authorisation lasts.
		return "an authorisation's term (\"Thời gian ủy quyền không quá 06 tháng\"), not a time limit"
	}
	if rd.rareTokens()&rareDecision != 0 && (wordAt(toks, from-2, "khong") || wordAt(toks, from-2, "toi")) && rd.measureDecidedBefore(from-2) {
		return "the term of a measure a body decides (\"quyết định hạn chế hoặc tạm dừng … không quá 24 giờ\", \"… tối đa 06 giờ\"), not a time limit"
	}
	return ""
}

// refundTierIn reports whether the sentence of p gives a share in percent
// of a refund or a fee ("trả lại 95% tổng số tiền đặt", "Hoàn lại 75% học
// phí", "Mất phí 100%"): a notice ahead of an event that sets what is paid
// back, one tier of a table of charges.
func (rd *reader) refundTierIn(p int) bool {
	toks := rd.toks
	percent, refund := false, false
	for q := rd.first(p); q < len(toks) && !toks[q].ends; q++ {
		switch toks[q].text {
		case "%":
			percent = true
		case "hoan", "phi", "tra", "tinh":
			refund = refund || words2(toks, q, "hoan", "lai") || words2(toks, q, "hoan", "tien") || words2(toks, q, "tra", "lai") || wordAt(toks, q, "phi") ||
				wordAt(toks, q, "tinh") && kindAt(toks, q+1, tokNum) && punctAt(toks, q+2, "%") // "Tính 30% khi gửi yêu cầu trước xuất phát …": a charge
		}
	}
	return percent && refund
}

// storyPersonAt reports whether a person a story tells of stands at p
// ("anh", "chị", "tôi", "ông", "bà", "em", "họ"): "Hai tháng sau anh nhận
// được …".
func storyPersonAt(toks []token, p int) bool {
	if p >= len(toks) || toks[p].kind != tokWord {
		return false
	}
	switch toks[p].text {
	case "anh", "chi", "toi", "ong", "em", "ho":
		return true
	}
	return false
}

// measureDecidedBefore reports whether a body decides a restriction or a
// suspension ("quyết định hạn chế", "quyết định gia hạn thời gian hạn chế
// hoặc tạm dừng") in the clause before p, twenty-four tokens at most.
func (rd *reader) measureDecidedBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 1 && q >= p-24 && !punctAt(toks, q, ";") && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q-1, "quyet", "dinh") {
			for r := q + 1; r < p && r <= q+8; r++ {
				if words2(toks, r, "han", "che") || words2(toks, r, "tam", "dung") || words3(toks, r, "cam", "tiep", "xuc") { // ("quyết định áp dụng biện pháp cấm tiếp xúc trong thời hạn không quá 4 tháng")
					return true
				}
				if wordAt(toks, r, "cam") && strings.ContainsAny(rd.original(r), "ấẤ") {
					for c := r + 1; c < p && c <= r+8; c++ {
						if words2(toks, c, "tiep", "xuc") {
							return true // "quyết định cấm người gây bạo lực gia đình tiếp xúc với nạn nhân"
						}
					}
				}
			}
		}
	}
	return false
}
