package sla

import (
	"sort"
	"strings"
)

// Why a duration is no time limit for the agency: notALimit and the themed
// checks it asks in turn.

// notALimit says why the duration it is no time limit for the agency, or
// "":
//   - a minimum or a threshold: "tối thiểu là 40 ngày", "ít nhất", "dưới 12
//     tháng", "từ đủ 3 tháng trở lên";
//   - a period of posting: "niêm yết … trong thời hạn 60 ngày để tìm người
//     nhận";
//   - a period of validity: a sentence about it ("Thời hạn sử dụng tài
//     khoản … là 12 tháng"), "có hiệu lực trong thời hạn 06 tháng", "Giấy
//     phép xuống tàu thời hạn 03 tháng";
//   - a window before filing or a comparison: "không quá 03 tháng tính đến
//     ngày nộp hồ sơ", "trong vòng 10 ngày làm việc trước thời điểm gửi hồ
//     sơ", "muộn hơn 02 giờ so với thời gian trong thông báo".
//
// A lead time may be a minimum ("trước ngày kiểm tra ít nhất 02 ngày làm
// việc"), and a posting counted from another event ("Thời hạn niêm yết là
// 60 ngày, kể từ ngày … nhận được văn bản đề nghị của Sở Tư pháp") is
// reported as such. It looks back over the duration's sentence, at most
// forty tokens, and at the sentence's first words ("d) Niêm yết công khai
// … trong thời gian 15 ngày": a sentence whose verb is the posting). The
// themed checks are asked in the order below: the first reason found wins.
func (rd *reader) notALimit(it *item) string {
	if t := &rd.toks[0]; (t.kind != tokWord || t.text == "vi" || letterMarkAt(rd.toks, 0)) && rd.exampleOpens() && !rd.quotesLawAround(it.from) { // (most texts open with a word other than "ví")
		// "Ví dụ 2: Bà A … bị ốm đau phải nghỉ 07 ngày làm việc.": an
		// example worked through, every duration its story's.
		return "an example worked through (\"Ví dụ 2: …\"), not a time limit"
	}
	if rd.f.story && it.event != FromOtherEvent {
		// "Như vậy, bà Q đã tìm được việc làm trong thời gian 15 ngày kể
		// từ ngày nộp hồ sơ …": a worked example names its people by one
		// capital letter (personLetterAt), every duration its story's, as
		// 47 of 48 tuning rows so written are labelled; one counted from
		// another event is reported as such, as the README labels it.
		return "a worked example's story (\"bà Q đã tìm được việc làm trong thời gian 15 ngày …\"), not a time limit"
	}
	if why := rd.windowOrAge(it); why != "" {
		return why
	}
	if why := rd.filerCondition(it); why != "" {
		return why
	}
	if rd.barAfter(it) {
		return "a period in which the body does not act (\"trong thời gian 60 ngày kể từ …, cơ quan cấp phép không thực hiện cấp mới\"), not a time limit"
	}
	if s := rd.first(it.from); (rd.toks[s].kind != tokWord || rd.toks[s].text == "bai" || rd.toks[s].text == "thay" || letterMarkAt(rd.toks, s)) && rd.repealOpens(s, it.from) {
		// "Bãi bỏ cụm từ “hoặc trong thời hạn 60 ngày kể từ ngày …” tại
		// khoản 3 Điều 169": an amendment quoting the words it repeals.
		return "words an amendment repeals or replaces (\"Bãi bỏ cụm từ “… trong thời hạn 60 ngày …”\"), not a time limit"
	}
	if words2(rd.toks, it.to, "cong", "don") {
		// "Thời gian làm công việc mới không được quá 60 ngày làm việc cộng
		// dồn trong một năm": a cap on time added up over a year (Bộ luật
		// Lao động 2019 Điều 29), no time to act.
		return "a cap on time added up (\"cộng dồn trong một năm\"), not a time limit"
	}
	if (wordAt(rd.toks, it.from-1, "truc") && words2(rd.toks, it.to, "moi", "ngay") || words2(rd.toks, it.from-2, "hoat", "dong")) && it.p == PeriodOf(WorkingHours(24)) { // (the words first: most durations stop at them)
		// "+ Có bộ phận bảo vệ trực 24 giờ mỗi ngày;" (a province's
		// conditions for a tourist site, web_pages_fiftysecond.tsv): round
		// the clock, as "24 giờ/07 ngày", on duty ("trực"); so "Tổng đài
		// hoạt động 24 giờ tất cả các ngày" (a hotline,
		// web_pages_seventieth.tsv).
		return "round the clock (\"24 giờ mỗi ngày\", \"hoạt động 24 giờ\"), not a time limit"
	}
	if (punctAt(rd.toks, it.to, "/") || punctAt(rd.toks, it.from-1, "/")) && rd.roundTheClock(it) {
		// "24 giờ/07 ngày Thực hiện qua mạng" (the national portal's
		// card for foreigners' temporary residence declared online):
		// always open, no time to act.
		return "round the clock (\"24 giờ/07 ngày\"), not a time limit"
	}
	if words2(rd.toks, it.from-2, "dinh", "ky") || rd.periodsListedAfterRecurrence(it.from) || rd.everyAt(it) ||
		wordAt(rd.toks, it.from-1, "cu") && !wordAt(rd.toks, it.from-2, "bau") && !wordAt(rd.toks, it.from-2, "can") && rd.markedOrUnmarked(it.from-1, "ứỨ") { // (not "bầu cử", "căn cứ") // "Như vậy, theo quy định mới, cứ 10 ngày sẽ điều chỉnh giá xăng dầu một lần." (a page on fuel prices): every so often
		// "… trước khi đưa vào sử dụng và định kỳ 6 tháng hoặc 1 năm phải
		// hiệu chuẩn lại", "Định kỳ hàng quý, 6 tháng và năm tổng hợp …":
		// a recurrence, whatever event stands near.
		return "a recurrence (\"định kỳ 6 tháng\", \"cứ 10 ngày\"), not a time limit"
	}
	rare := rd.rareTokens()
	if why := rd.formulaCountOrCut(it, rare); why != "" {
		return why
	}
	if why := rd.termOrSpan(it); why != "" {
		return why
	}
	if why := rd.definitionOrMeasure(it, rare); why != "" {
		return why
	}
	if why := rd.activityTermWhy(it); why != "" {
		return why
	}
	if to := it.to; wordAt(rd.toks, to, "truoc") && (words3(rd.toks, to+1, "cuoc", "dieu", "tra") || words4(rd.toks, to+1, "thoi", "diem", "dieu", "tra")) {
		// "Tỷ lệ trẻ em dưới 05 tuổi … trong hai tuần trước cuộc điều
		// tra …": a survey's reference period, a measure, not a lead time.
		return "a survey's reference period (\"trong hai tuần trước cuộc điều tra\"), not a time limit"
	}
	if wordAt(rd.toks, it.to, "truoc") && rd.cancellationWindowAt(it.from) {
		return "a cancellation's window (\"hủy chỗ trong vòng 3 ngày trước khi đi\"), not a time limit"
	}
	if rd.rareTokens()&rarePercent != 0 && (it.lead || wordAt(rd.toks, it.to, "truoc") || wordAt(rd.toks, it.from-1, "sau") || rd.phraseBefore(it.from, 10, "truoc") || rd.phraseBefore(it.from, 10, "huy")) && rd.refundTierIn(it.from) {
		// "Hủy hoặc đổi ngày đặt phòng tối thiểu 15 ngày trước ngày đặt
		// phòng sẽ được chuyển trả lại 95% tổng số tiền đặt", "Hoàn lại 75%
		// học phí: Học viên thông báo trước 5 ngày …", "Sau 02 tuần đầu tiên
		// của học kỳ, sinh viên phải đóng 100% học phí": notice ahead, or a
		// time passed, that sets what is paid back or owed; so does a
		// cancellation's ("Khách hàng báo hủy dịch vụ trong vòng 15 ngày thì
		// chịu phạt 50% tổng giá trị tiền tour", a travel agency's page,
		// web_pages_seventythird.tsv).
		return "a refund's tier (\"… 15 ngày trước ngày đặt phòng sẽ được chuyển trả lại 95%\"), not a time limit"
	}
	if rare&rarePercent != 0 && rd.shareCapAfter(it.to) {
		// "… nhưng mức rút 01 tháng không vượt quá 12% dự toán năm"
		// (Thông tư 344/2016/TT-BTC Điều 13): a share a period may take,
		// no time to act.
		return "a share capped over a period (\"mức rút 01 tháng không vượt quá 12%\"), not a time limit"
	}
	if toks := rd.toks; it.from > 0 && (toks[it.from-1].text == "trong" || toks[it.from-1].text == "vong" || toks[it.from-1].text == "gian" || toks[it.from-1].text == "la") && rd.monthsCountedBefore(it.from, it.to) { // (the word before first: called for every duration, the function cost 64 instructions a typical read)
		// "đã đóng BHXH từ đủ 06 tháng trong 12 tháng trước khi sinh con":
		// the span in which time is counted, whatever event closes it.
		return "a span in which time is counted (\"06 tháng trong 12 tháng trước khi sinh con\"), not a time limit"
	}
	if it.lead && words2(rd.toks, it.to, "so", "voi") && rd.phraseInSentenceBefore(it.from, 12, "nang") {
		// "… thì được nâng một bậc lương … trước thời hạn tối đa 12 tháng
		// so với thời gian quy định tại Khoản 1 Điều này" (Thông tư
		// 07/2017/TT-BNV Điều 7, the cipher staff's pay): a step moved
		// earlier, compared with its term, no time to act.
		return "a step brought forward (\"nâng … trước thời hạn tối đa 12 tháng so với …\"), not a time limit"
	}
	if it.event == StartUnknown && rd.exchangeOfferedBefore(it.from) {
		// "– Hỗ trợ đổi hàng trong 7 ngày với sản phẩm nguyên giá", "Đổi
		// máy miễn phí trong vòng 15 ngày đầu tiên" (shops' pages): a
		// customer's window to exchange goods, no one's time to act (one
		// counted from the purchase is reported as such).
		return "a shop's exchange window (\"đổi hàng trong 7 ngày\"), not a time limit"
	}
	if to := it.to; to < len(rd.toks) && (rd.toks[to].text == "can" || rd.toks[to].text == "tiep") || wordAt(rd.toks, it.from-1, "sau") { // (most durations: a few comparisons)
		if why := rd.windowOrWaitAfter(it); why != "" {
			return why
		}
	}
	if rare&rareYearOnYear != 0 && rd.phraseInSentenceAfter(it.to, 40, "cung", "ky") {
		// "TP.HCM với hơn 13.000 doanh nghiệp (DN) tạm ngưng kinh doanh
		// trong 11 tháng, tăng 41,3% so cùng kỳ năm ngoái.", "Cụ thể, trong
		// 9 tháng có 2.254 dự án đầu tư mới …, tăng 66,3% so với cùng kỳ"
		// (news pages, web_pages_seventysixth.tsv): the months a figure
		// covers, compared with the same months before.
		return "the months a figure covers (\"trong 11 tháng, tăng 41,3% so cùng kỳ\"), not a time limit"
	}
	if rare&rarePhoto != 0 && rd.photographAgeBefore(it.from) { // (most texts name no photograph)
		return "the age of a photograph (\"ảnh chụp trong vòng 06 tháng\"), not a time limit"
	}
	if it.event == FromOtherEvent || wordAt(rd.toks, it.to-1, "thang") {
		if why := rd.criterionOrCondition(it); why != "" {
			return why
		}
	}
	if it.lead && (wordAt(rd.toks, it.from-1, "duoi") || wordAt(rd.toks, it.from-1, "tren")) {
		// "• Người lao động có hợp đồng lao động có thời hạn dưới 03 tháng
		// trước ngày 01/01/2018 …" (a page on social insurance,
		// web_pages_seventysixth.tsv): a threshold, whatever date follows.
		return thresholdWhy
	}
	if it.lead && wordAt(rd.toks, it.from-1, "truoc") && wordAt(rd.toks, it.from-2, "som") {
		// "Khắc phục sự cố cáp quang biển xong sớm trước 1 tháng" (a news
		// headline, web_pages_seventyfifth.tsv): how much earlier, no lead.
		return timeGainedWhy
	}
	if !it.lead {
		if why := rd.notALimitNear(it.from, it.to); why != "" {
			return why
		}
	}
	if why := rd.termNamedBefore(it); why != "" {
		return why
	}
	return rd.openingSays(it)
}

// monthsCountedBefore reports whether the duration at from is the span in
// which months are counted: a number of months, perhaps "BHXH" and "trở
// lên" after it, then "trong", "trong vòng" or "trong thời gian (là)"
// right before from ("đã đóng BHXH từ đủ 06 tháng trong 12 tháng trước khi
// sinh con", "Đã đóng BHXH tự nguyện từ đủ 6 tháng trở lên trong 12 tháng
// trước khi sinh con …", "… đóng đủ 3 tháng BHXH trở lên trong thời gian
// là 12 tháng trước khi sinh con": the conditions of the maternity
// benefit, Luật Bảo hiểm xã hội 2014 Điều 31, as legal pages quote them),
// or "thời gian đóng" and "trước khi" after the duration.
func (rd *reader) monthsCountedBefore(from, to int) bool {
	toks := rd.toks
	q := from - 1
	if wordAt(toks, q, "la") {
		q--
	}
	switch {
	case wordAt(toks, q, "vong"):
		q--
	case words2(toks, q-1, "thoi", "gian"):
		q -= 2
	}
	if !wordAt(toks, q, "trong") {
		return false
	}
	q--
	if wordAt(toks, q, "dong") && words2(toks, q-2, "thoi", "gian") && words2(toks, to, "truoc", "khi") {
		// "Quy định thời gian đóng trong vòng 12 tháng trước khi người lao
		// động sinh con." (a page on the maternity benefit,
		// sector_texts4.tsv): the span of contributions named.
		return true
	}
	if words2(toks, q-1, "tro", "len") {
		q -= 2
	}
	if wordAt(toks, q, "bhxh") {
		q--
	}
	return wordAt(toks, q, "thang") && kindAt(toks, q-1, tokNum)
}

// windowOrWaitAfter reads the words right after duration it, and the
// one before it, for a customer's or a plan's window or a wait, no time
// to act: a cooling-off period, a plan's horizon, a wait before sitting
// an examination again. notALimit asks it only when the word after is
// "cân" or "tiếp", or the word before "sau": most durations pay those
// comparisons alone.
func (rd *reader) windowOrWaitAfter(it *item) string {
	toks := rd.toks
	if uint(it.to) >= uint(len(toks)) {
		return ""
	}
	switch toks[it.to].text {
	case "can":
		if it.event == StartUnknown && wordAt(toks, it.to+1, "nhac") {
			// "Vậy trong 21 ngày cân nhắc việc tiếp tục tham gia bảo hiểm
			// hay huỷ hợp đồng, …" (an insurer's page): the buyer's
			// cooling-off period (Luật Kinh doanh bảo hiểm 2022,
			// 08/2022/QH15 Điều 35), no one's time to act; one counted
			// from receipt of the contract is reported as such.
			return "a cooling-off period (\"21 ngày cân nhắc\"), not a time limit"
		}
	case "tiep":
		if wordAt(toks, it.to+1, "theo") && wordAt(toks, it.to-1, "thang") && rd.phraseInSentenceBefore(it.from, 15, "ke", "hoach") {
			// "Có kế hoạch sử dụng hết vùng địa chỉ đăng ký nhận về trong
			// vòng 24 tháng tiếp theo" (the internet centre's conditions
			// for an address block): a plan's horizon, no time to act.
			return "a plan's horizon (\"kế hoạch … trong vòng 24 tháng tiếp theo\"), not a time limit"
		}
	}
	if wordAt(toks, it.from-1, "sau") && rd.sitAgainAfter(it.to) {
		// "… sau 06 tháng kể từ ngày nộp đủ hồ sơ hợp lệ theo quy định thì
		// được dự thi lại cả lý thuyết và thực hành" (a page on seafarers'
		// lost certificates): a wait before one may sit the examination
		// again, no time to act.
		return "a wait before sitting an examination again (\"sau 06 tháng … thì được dự thi lại\"), not a time limit"
	}
	return ""
}

// sitAgainAfter reports whether "thì được dự thi" (then one may sit the
// examination) follows in the sentence within twenty words of p.
func (rd *reader) sitAgainAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q <= p+20 && !rd.isSentenceEnd(q); q++ {
		if words3(toks, q, "thi", "duoc", "du") && syllableThiAt(toks, q+3) {
			return true
		}
	}
	return false
}

// exchangeOfferedBefore reports whether an exchange of goods is offered
// right before the duration at from and its within cue: "đổi hàng", "đổi
// máy", "đổi sản phẩm", "đổi trả", with at most "miễn phí" between.
func (rd *reader) exchangeOfferedBefore(from int) bool {
	toks := rd.toks
	p := from
	if s := withinStart(toks, from); s >= 0 {
		p = s
	} else if wordAt(toks, p-1, "trong") {
		p--
	}
	if words2(toks, p-2, "mien", "phi") {
		p -= 2
	}
	return wordAt(toks, p-2, "doi") && (wordAt(toks, p-1, "hang") || wordAt(toks, p-1, "may") || wordAt(toks, p-1, "tra")) ||
		words3(toks, p-3, "doi", "san", "pham")
}

// keptObjectAt reports whether, in a text without diacritics, what is
// kept follows "luu tru" at p: "luu tru ho so", "tai lieu", "chung tu",
// "du lieu", "thong tin" (lưu trữ, to keep; "lưu trú", to stay, takes no
// such object).
func (rd *reader) keptObjectAt(p int) bool {
	toks := rd.toks
	return rd.withoutDiacritics() && (words2(toks, p, "ho", "so") || words2(toks, p, "tai", "lieu") || words2(toks, p, "chung", "tu") || words2(toks, p, "du", "lieu") || words2(toks, p, "thong", "tin"))
}

// roundTheClock reports whether duration it is one half of "24 giờ/07
// ngày" (or "24 giờ/7 ngày"): a service always open.
func (rd *reader) roundTheClock(it *item) bool {
	toks := rd.toks
	switch {
	case punctAt(toks, it.to, "/") && kindAt(toks, it.to+1, tokNum) && wordAt(toks, it.to+2, "ngay") && words2(toks, it.from, "24", "gio"):
		return strings.TrimLeft(toks[it.to+1].text, "0") == "7"
	case punctAt(toks, it.from-1, "/") && wordAt(toks, it.from-2, "gio") && kindAt(toks, it.from-3, tokNum) && toks[it.from-3].text == "24":
		return strings.TrimLeft(toks[it.from].text, "0") == "7"
	}
	return false
}

// paperListItem reports whether the sentence of the duration at p opens,
// past its list letter, with a record, a report or another paper
// ("Biên bản …", "Báo cáo …", paperOpens): an item of a list of papers
// to file.
func (rd *reader) paperListItem(p int) bool {
	q := rd.opening(p)
	return words2(rd.toks, q, "bien", "ban") || words2(rd.toks, q, "bao", "cao") || rd.paperOpens(p)
}

// recentGraduatesBefore reports whether those who graduated ("đã", "vừa
// tốt nghiệp") stand right before the window "trong (vòng)" ending at p.
func (rd *reader) recentGraduatesBefore(p int) bool {
	toks := rd.toks
	q := p - 1
	if wordAt(toks, q, "vong") {
		q--
	}
	if !wordAt(toks, q, "trong") || !words2(toks, q-2, "tot", "nghiep") {
		return false
	}
	return wordAt(toks, q-3, "da") || wordAt(toks, q-3, "vua")
}

// exampleOpens reports whether the text opens with an example ("Ví dụ:",
// "Ví dụ 2:", "Ví dụ,"), past list marks: twenty tuning rows of that form
// are labelled none, the one that reads "Ví dụ trong vòng 15 ngày …" (for
// instance, within 15 days) a limit's.
func (rd *reader) exampleOpens() bool {
	toks := rd.toks
	q := pastListLetter(toks, 0, len(toks))
	return words2(toks, q, "vi", "du") && (punctAt(toks, q+2, ":") || punctAt(toks, q+2, ",") || kindAt(toks, q+2, tokNum) || words2(toks, q+2, "ve", "nguyen"))
}

// quotesLawAround reports whether the token at p stands inside a quotation
// that a text's words cite ("Điều 102 ghi “Kể từ ngày nhận đủ hồ sơ hợp
// lệ, … trong thời gian 30 ngày …”"): an example that quotes the law
// gives the law's limit, not its story's.
func (rd *reader) quotesLawAround(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 1; q-- {
		if toks[q].kind != tokPunct {
			continue
		}
		switch toks[q].text {
		case "”":
			return false
		case "“":
			return wordAt(toks, q-1, "ghi") || words2(toks, q-2, "quy", "dinh") || punctAt(toks, q-1, ":") && kindAt(toks, q-2, tokNum)
		}
	}
	return false
}

// periodsListedAfterRecurrence reports whether the duration at p is one
// of the periods listed after "định kỳ" ("Định kỳ hàng quý, 6 tháng và
// năm"): only period words, "hàng", commas and "và"/"hoặc" between.
func (rd *reader) periodsListedAfterRecurrence(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 1 && q >= p-12; q-- {
		if toks[q].kind == tokNum {
			continue // "định kỳ hàng tháng, quý, 6 tháng, 9 tháng"
		}
		switch toks[q].text {
		case ",", "hang", "quy", "thang", "nam", "tuan", "va", "hoac":
			continue
		case "ky":
			return wordAt(toks, q-1, "dinh")
		}
		return false
	}
	return false
}

// stillLeftWhy says why "vẫn còn 01 tháng" is no time limit; sameTermAfter
// gives it to a second amount joined by "và".
const stillLeftWhy = "the time still left of a term (\"vẫn còn 01 tháng\"), not a time limit"

// windowOrAge says why the words right around duration it make it a
// window or an age, no limit, or "": a document's age at filing, a window
// before filing, a reporting period with its date, a window of past time
// counted from the latest occurrence, the window of a minimum.
func (rd *reader) windowOrAge(it *item) string {
	toks := rd.toks
	from, to := it.from, it.to
	if wordAt(toks, to, "moi") && (words2(toks, from-2, "len", "den") || words2(toks, from-2, "len", "toi")) {
		// "(cá biệt có xe lên đến 4 ngày mới xong thủ tục)": how long it
		// took, reported, not a time allowed.
		return "a time it took (\"lên đến 4 ngày mới xong\"), not a time limit"
	}
	if wordAt(toks, to, "nua") && (wordAt(toks, from-1, "con") || wordAt(toks, from-2, "con") && (wordAt(toks, from-1, "hon") || wordAt(toks, from-1, "khoang"))) {
		// "Chỉ còn hơn 1 tháng nữa các nhà mạng … bắt đầu cung cấp dịch
		// vụ": the time left before an event, news.
		return "the time left before an event (\"còn hơn 1 tháng nữa\"), not a time limit"
	}
	if words2(toks, from-2, "van", "con") {
		// "… nhưng thời hạn điều tra của vụ án này vẫn còn 01 tháng của lần
		// gia hạn điều tra lần thứ nhất" (a procuracy's answer on
		// detention): the time still left of a term, not a time allowed.
		return stillLeftWhy
	}
	if words4(toks, from-4, "bat", "dau", "tu", "sau") {
		// "Số ngày trốn đóng … được xác định bắt đầu từ sau 60 ngày kể từ
		// sau thời hạn đóng …": where a count begins, a threshold.
		return "where a count begins (\"bắt đầu từ sau 60 ngày\"), a threshold, not a time limit"
	}
	if from > 3 && rd.recentGraduatesBefore(from) {
		// "học sinh, sinh viên vừa tốt nghiệp trong vòng 12 tháng", "người
		// học … đã tốt nghiệp trong vòng 12 tháng" (Thông tư
		// 38/2026/TT-BGDĐT Điều 14): who counts as a recent graduate, a
		// window, no time to act.
		return "a window of recent graduates (\"đã tốt nghiệp trong vòng 12 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "chia") {
		// "thù lao kế hoạch năm chia 12 tháng": a division, no duration.
		return "a division (\"chia 12 tháng\"), not a time limit"
	}
	if words2(toks, to, "quan", "sat") && it.event == StartUnknown {
		// "… có thể chấm dứt hoàn toàn trong vòng 7 ngày quan sát": days
		// of observation, a measure of a test.
		return "a period of observation (\"trong vòng 7 ngày quan sát\"), not a time limit"
	}
	if countFromAt(toks, to) && (words6(toks, to+1, "tu", "ngay", "cap", "den", "ngay", "nop") || words6(toks, to+2, "tu", "ngay", "cap", "den", "ngay", "nop")) {
		// "được cấp không quá 06 tháng, kể từ ngày cấp đến ngày nộp hồ sơ":
		// a document's age at filing.
		return "a document's age at filing (\"kể từ ngày cấp đến ngày nộp hồ sơ\"), not a time limit"
	}
	if wordAt(toks, to-1, "thang") && countWordsAt(toks, to) && words4(toks, to+2, "ngay", "nop", "ho", "so") && rd.paperListItem(from) {
		// "b) Biên bản giám sát của cơ quan công nhận … (trong vòng mười
		// hai (12) tháng kể từ ngày nộp hồ sơ)" (Thông tư liên tịch
		// 20/2013/TTLT-BYT-BCT-BNNPTNT Điều 17, a list of papers to file): how old
		// the paper may be when filed, in months back from the filing.
		return "a document's age at filing (\"Biên bản … trong vòng 12 tháng kể từ ngày nộp hồ sơ\"), not a time limit"
	}
	// ("chậm nhất là 10 ngày làm việc trước thời điểm nộp hồ sơ quyết
	// toán": a lead time, not a window.)
	for q := to; q <= to+2 && q < len(toks); q++ { // "… (liền kề) trước thời điểm nộp hồ sơ"
		if wordAt(toks, q, "truoc") && !latestAt(toks, from-2) && !(latestAt(toks, from-3) && wordAt(toks, from-1, "la")) && (words2(toks, q+1, "ngay", "nop") || words3(toks, q+1, "thoi", "diem", "nop") ||
			words2(toks, q+1, "ngay", "gui") || words3(toks, q+1, "thoi", "diem", "gui") || words4(toks, q+1, "thoi", "diem", "de", "nghi")) { // ("… không quá 06 tháng trước thời điểm đề nghị cấp Giấy phép")
			return "a window before filing (\"trước thời điểm nộp hồ sơ\"), not a time limit"
		}
	}
	// A lead time is counted back from its event ("Trước thời hạn 03 tháng
	// tính đến ngày hết hạn"): reported as such, none of the words around
	// a duration below makes it no limit.
	if punctAt(toks, to, "(") && (words2(toks, to+1, "truoc", "ngay") || words3(toks, to+1, "gui", "truoc", "ngay")) && rd.dateAfterBracket(to+1) {
		// "6 tháng (trước ngày 16/6)", "Định kỳ 6 tháng (gửi trước ngày
		// 15/6)": a report's period and its date, whatever a bracket
		// before it says.
		return "a reporting period with its date (\"6 tháng (trước ngày 16/6)\"), not a time limit"
	}
	if it.event == FromOtherEvent && it.eventEnd > 0 && words2(toks, it.eventEnd-2, "gan", "nhat") && !wordAt(toks, it.eventEnd-3, "quy") && !wordAt(toks, it.eventEnd-3, "ky") && !words2(toks, it.eventEnd-5, "ket", "thuc") && !words2(toks, it.eventEnd-4, "tiep", "theo") { // ("kể từ ngày kết thúc quý gần nhất": the latest quarter's end, an event; "kể từ ngày kết thúc năm gần nhất", "… tháng gần nhất", Thông tư 96/2020/TT-BTC Điều 27, the latest year's or month's)
		// "đã xảy ra trong vòng 12 tháng tính từ thời điểm xảy ra tai nạn
		// lần gần nhất": a window back from the latest occurrence. (Not
		// "chậm nhất 15 ngày trước kỳ trả nợ tiếp theo gần nhất", Nghị
		// định 97/2018/NĐ-CP Điều 35: the next one, a lead time.)
		return "a window of past time (\"tính từ … lần gần nhất\"), not a time limit"
	}
	if words2(toks, from-2, "trong", "vong") && rd.minimumBefore(from-2) || words3(toks, from-3, "trong", "thoi", "gian") && words2(toks, from-5, "tro", "len") && (wordAt(toks, from-6, "thang") || wordAt(toks, from-6, "ngay") || wordAt(toks, from-6, "nam")) {
		// ("phải đóng bảo hiểm xã hội từ đủ 03 tháng trở lên trong thời gian
		// 12 tháng trước khi sinh con": the same with "từ đủ … trở lên".)
		// "ít nhất là 03 tháng trong vòng 06 tháng ngay trước khi chứng
		// chỉ hết hạn": the window of an experience required.
		return "the window of a minimum (\"ít nhất là 03 tháng trong vòng 06 tháng\"), not a time limit"
	}
	return ""
}

// formulaCountOrCut says why duration it is a figure of arithmetic, no
// limit, or "" (rare: the rare tokens of the text): a unit's definition or
// a formula, a cap on acts within a window, a time before a reduction or
// the reduction, a statutory time before a cut, a window in which acts are
// counted, a duration another law sets.
func (rd *reader) formulaCountOrCut(it *item, rare rareMarks) string {
	toks := rd.toks
	from, to := it.from, it.to
	if rare&rareEqual != 0 {
		// "1 giờ = 60 phút", "1 ngày = 8 giờ", "(10 ngày làm việc = 80 giờ x
		// 40.000 đồng/giờ)": a unit's definition or a cost formula. ("18
		// ngày làm việc + 7 tháng = KHOẢNG 8 THÁNG": the stages summed are
		// the limit, their rough total after "=" is not.)
		sum := it.p.IsComposite() && punctAt(toks, to, "=") && wordAt(toks, to+1, "khoang")
		if !sum && (punctAt(toks, to, "=") || punctAt(toks, from-1, "=")) {
			return "a unit's definition or a formula (\"1 ngày = 8 giờ\"), not a time limit"
		}
		if wordAt(toks, from-1, "khoang") && punctAt(toks, from-2, "=") {
			return "a rough total after a sum (\"= KHOẢNG 8 THÁNG\"), not a time limit"
		}
		if symbolDefinedAt(toks) && toks[from].sent == toks[0].sent {
			// "Mbqtl = Tổng số tiền lương tháng đóng bảo hiểm xã hội của 5
			// năm (60 tháng) cuối trước khi nghỉ việc" (Thông tư
			// 88/2025/TT-BCA, the Gazette): a symbol defined, each duration a
			// term of its formula.
			return "a term of a formula (\"Mbqtl = … của 5 năm (60 tháng) cuối …\"), not a time limit"
		}
	}
	if rare&rareLan != 0 && rd.onceWithin(to) {
		// "Trong thời hạn 12 tháng, cơ sở y tế chỉ được mua sắm trực tiếp một
		// lần …": a cap on an act within a window.
		return "a cap within a window (\"trong thời hạn 12 tháng … chỉ được … một lần\"), not a time limit"
	}
	if rare&rareLan != 0 && wordAt(toks, from-1, "trong") && (toks[from].text == "1" || toks[from].text == "01" || toks[from].text == "mot") && !wordAt(toks, to-1, "viec") && !countFromAt(toks, to) && rd.timesWithin(to) {
		// "1. Trong 1 tháng Ban Quản lý khu Nội trú thực hiện kiểm tra,
		// báo hỏng 01 lần …" (a school's rules for its dormitory): how
		// often an act is done, a rate.
		return "how often an act is done (\"Trong 1 tháng … kiểm tra … 01 lần\"), not a time limit"
	}
	if wordAt(toks, from-1, "con") {
		if rd.phraseInSentenceBefore(from, 12, "cach", "ly") {
			// "Theo đó, thời gian cách ly y tế sẽ giảm từ 21 ngày xuống còn
			// 14 ngày cho các đối tượng F1, …" (a news page on COVID-19,
			// web_pages_fiftyfourth.tsv): a quarantine's length.
			return "a quarantine's length (\"thời gian cách ly … xuống còn 14 ngày\"), not a time limit"
		}
		if rd.phraseInSentenceBefore(from, 12, "dieu", "hanh", "gia") || rd.phraseInSentenceBefore(from, 12, "dieu", "chinh", "gia") {
			// "Bộ Công Thương đề xuất tiếp tục rút ngắn thời gian điều
			// hành giá xăng dầu xuống còn 7 ngày, thay vì 10 ngày …" (a page
			// on fuel prices): how often prices are set, a cycle, no time
			// to act on a dossier; so "… rút ngắn thời gian điều chỉnh giá
			// bán lẻ điện bình quân xuống còn 2 tháng thay vì 3 tháng/lần"
			// (a news report on power prices, web_pages_eightysecond.tsv).
			return "a cycle of price setting (\"thời gian điều hành giá xăng dầu … còn 7 ngày\"), not a time limit"
		}
	} else if rd.reducedAfter(to) {
		// "Thời gian giải quyết tại Sở Nội vụ là 07 ngày, … có thể rút
		// ngắn được 02 ngày còn 5 ngày": the time before a cut, and the
		// cut; the time after it ("còn 5 ngày") is the limit.
		return "a time before a reduction, or the reduction (\"rút ngắn được 02 ngày còn 5 ngày\"), not the time limit"
	}
	if rare&rareCut != 0 && rd.statutoryBeforeCut(from, to) {
		return "the time the law sets before a reduction (\"Thời gian theo quy định: … Thời gian sau cắt giảm: …\"), not the time limit"
	}
	if rare&rareBracket != 0 && rd.citedInBracket(from) {
		return "a duration another law or the former rule sets, cited in brackets (\"(hiện hành, Khoản 3 Điều 21 Luật Cư trú 2006 quy định … 15 ngày …)\", \"(quy định cũ là 15 ngày)\"), not this text's limit"
	}
	return ""
}

// termOrSpan says why duration it is the term of something, no limit, or
// "": of a sanction, a paper's remaining validity, a quantity planned, an
// insurance cover, a range of days a year, a window of past time, a term of
// support, a point of reference, a period of use, a span of the calendar
// with its dates.
func (rd *reader) termOrSpan(it *item) string {
	toks := rd.toks
	from, to := it.from, it.to
	if words3(toks, from-3, "han", "nang", "luong") || (words3(toks, from-5, "han", "nang", "luong") && capAt(toks, from-2)) || words4(toks, from-4, "thoi", "gian", "nang", "luong") { // ("… thì kéo dài thời gian nâng lương 06 tháng", a probe of the sanction's other wording)
		// "Kéo dài thời hạn nâng lương không quá 06 tháng": a sanction's
		// length (Bộ luật Lao động 2019 Điều 124 khoản 2). (After "sau",
		// "… nâng lương sau 06 tháng", it is a wait, read as such.)
		return "the length of a sanction (\"kéo dài thời hạn nâng lương không quá 06 tháng\"), not a time limit"
	}
	rare := rd.rareTokens()
	if rare&rareLength != 0 && rd.phraseBefore(from, 4, "thoi", "luong") {
		// "bắn pháo hoa nổ tầm thấp, thời lượng không quá 15 phút"
		// (thuvienphapluat.vn on fireworks permits), "quảng cáo … với thời
		// lượng ngắn dưới 15 giây": how long a show or a broadcast lasts.
		return "the length of a show or a broadcast (\"thời lượng không quá 15 phút\"), not a time limit"
	}
	if rare&rareVehicleHeld != 0 && (words2(toks, from-2, "giam", "xe") || words2(toks, from-2, "giu", "xe")) {
		// "Xe vi phạm giao thông ngoài nộp tiền phạt còn bị lập biên bản
		// giam xe 7 ngày" (ofnews.vn), "tạm giữ xe 60 (sáu mươi) ngày": how
		// long a vehicle is held, a measure's term.
		return "the term of a measure (\"giam xe 7 ngày\"), not a time limit"
	}
	if rare&rareCut != 0 && wordAt(toks, from-1, "giam") && (punctAt(toks, from-2, "(") || wordAt(toks, from-2, "cat") && punctAt(toks, from-3, "(")) {
		// "Giảm thời gian giải quyết từ 07 ngày làm việc xuống còn 4,5
		// ngày làm việc (giảm 2,5 ngày làm việc)" (luatvietnam.vn on the
		// cut driving-licence procedures), "03 ngày làm việc (cắt giảm 02
		// ngày …)": the amount cut, no limit.
		return "the amount of a cut (\"(giảm 2,5 ngày làm việc)\"), not a time limit"
	}
	if rare&rareBracket != 0 && rd.statutoryFigureAt(from) {
		return "the time the rules set before a province's cut (\"07 ngày làm việc (thời gian theo quy định: 10 ngày làm việc)\"), not a time limit"
	}
	if (words2(toks, from-2, "it", "nhat") || words2(toks, from-2, "toi", "thieu")) && (words3(toks, from-5, "trong", "thoi", "gian") || words3(toks, from-5, "trong", "thoi", "han")) && rd.phraseInSentenceBefore(from-5, 16, "y", "kien") {
		// "… các dự thảo văn bản này phải được xin ý kiến các cơ quan, tổ
		// chức và cá nhân trong thời gian ít nhất 60 ngày trước khi gửi dự
		// thảo …" (vneconomy.vn on consulting the public through the
		// Government's website): how long views are sought, at least; a
		// consultation's period, as the tuning rows on "lấy ý kiến … trong
		// thời gian ít nhất" are labelled.
		return "a consultation's period, at least (\"xin ý kiến … trong thời gian ít nhất 60 ngày\"), not a time limit"
	}
	if rare&rareCut != 0 && (words2(toks, from-2, "giam", "duoc") || words3(toks, from-3, "rut", "ngan", "duoc")) {
		// "… quy định thời gian tiếp cận điện năng hiện nay đã giảm được
		// 10 ngày làm việc" (baoquangnam.vn on access to electricity): the
		// amount cut, told with "được", no limit.
		return "the amount of a cut (\"giảm được 10 ngày làm việc\"), not a time limit"
	}
	if wordAt(toks, from-1, "vong") && (rd.phraseInSentenceBefore(from, 12, "sang", "thuc", "hien") || rd.phraseInSentenceBefore(from, 12, "sang", "lam", "viec")) && !countFromAt(toks, to) {
		// "Sắp tới, công ty tôi sẽ tiếp nhận một số chuyên gia nước ngoài
		// sang thực hiện chuyển giao công nghệ trong vòng 30 ngày" (nld.com.vn,
		// a reader's question on work permits): how long the experts come
		// to work, a stay.
		return "a term of stay or work (\"chuyên gia … sang thực hiện … trong vòng 30 ngày\"), not a time limit"
	}
	if rare&rareWarranty != 0 && kindAt(toks, from-1, tokWord) && (words2(toks, from-2, "bao", "hanh") || words2(toks, from-3, "bao", "hanh") || words2(toks, from-4, "bao", "hanh") && kindAt(toks, from-2, tokWord)) {
		// "Bảo hành 12 tháng 1 đối 1", and "* Cam kết bảo hành kỹ thuật 05
		// năm. Xử lý sự cố trong 2h." (a drainage contractor's page,
		// kth-electric.com): a warranty's term, its kind named between or
		// not. (Any term of a sentence about a warranty, read so, cost
		// held-out texts.)
		return "a warranty's term (\"Bảo hành 12 tháng\"), not a time limit"
	}
	if rare&rareOutage != 0 && rd.phraseBefore(from, 8, "thoi", "gian", "mat", "dien") {
		// "… EVN Hà Nội sẽ giảm thời gian mất điện chỉ còn 741 phút"
		// (danviet.vn on Hà Nội's power supply): how long the power was
		// off in a year, a utility's figure, no time to act.
		return "an outage's length (\"thời gian mất điện … 741 phút\"), not a time limit"
	}
	if wordAt(toks, to, "voi") && (syllableThiAt(toks, to+1) && wordAt(toks, to+2, "thuc") || wordAt(toks, to+1, "visa")) {
		// "• Bạn có thể học tập hoặc tham gia khóa đào tạo trong tối đa 3
		// tháng với thị thực này và không được phép làm việc." (a study
		// agent's page on Australia's visitor visa, experteducation.com):
		// what a visa allows, how long, no time to act.
		return "a term a visa allows (\"trong tối đa 3 tháng với thị thực này\"), not a time limit"
	}
	if wordAt(toks, from-1, "co") && wordAt(toks, from-2, "tuan") {
		// "Xin lưu ý rằng chúng tôi tính một tuần có 5 ngày làm việc" (a
		// visa agent's page on processing times, viethome.co.uk): the
		// working days of a week, a rule of counting.
		return "the days of a week (\"một tuần có 5 ngày làm việc\"), not a time limit"
	}
	if wordAt(toks, from-1, "an") && (words3(toks, from-4, "hoan", "chap", "hanh") || words3(toks, from-4, "hoan", "thi", "hanh")) && rd.postponeAt(from-4) {
		// "… có Quyết định số 02/QĐ-CA cho bị án Thạo được hoãn chấp hành
		// án 12 tháng với lý do là lao động duy nhất" (a law firm's page on
		// postponing a sentence, luatsutanbinh.vn): how long a sentence is
		// put off, as "thời hạn hoãn".
		return "the length of a postponement (\"hoãn chấp hành án 12 tháng\"), not a time limit"
	}
	if wordAt(toks, to, "hon") && wordAt(toks, from-1, "mat") && (to+1 == len(toks) || toks[to+1].kind == tokPunct) {
		// "Từ lúc quyết định kết hôn cho đến khi hoàn tất thủ tục, tụi mình
		// mất 3 tháng hơn, …" (a couple's account of marriage registration,
		// namiintaiwan.com): over so long, as it went, told.
		return "a time taken, told (\"mất 3 tháng hơn\"), not a time limit"
	}
	if why := rd.namedTermAround(from, to); why != "" {
		return why
	}
	if wordAt(toks, to, "sau") && (punctAt(toks, to+1, ",") || punctAt(toks, to+1, "(") && wordAt(toks, to+2, "ngay") && kindAt(toks, to+3, tokNum)) && !countFromAt(toks, to+1) && !withinCueBefore(toks, from) { // ("Đến 9 ngày sau (ngày 12-9-2022), cơ quan này lại phục hồi điều tra vụ án.", a news page, web_pages_eightyfifth.tsv: the day it fell on, dated)
		// "Tuy nhiên, hai ngày sau, ông bất ngờ nhận được tin nhắn thông
		// báo hồ sơ đã được rút theo yêu cầu" (dantri.com.vn, a news
		// report on a withdrawn dossier): what happened so long after, told.
		return "a time told after the fact (\"hai ngày sau, …\"), not a time limit"
	}
	if words4(toks, from-4, "thoi", "han", "nay", "la") && rd.phraseInSentenceBefore(from-4, 30, "hieu", "luc") {
		// "- Giấy phép, chứng chỉ xuất khẩu và tái xuất khẩu có thời hạn
		// hiệu lực tối đa là 06 tháng, đối với Giấy phép nhập khẩu, thời
		// hạn này là 12 tháng" (vacne.org.vn on CITES permits): the
		// validity named before, for another paper.
		return "a period of validity (\"thời hạn hiệu lực …, thời hạn này là 12 tháng\"), not a time limit"
	}
	if words5(toks, from-5, "con", "thoi", "han", "nhieu", "hon") || words4(toks, from-4, "con", "thoi", "han", "tren") || stillBeforeCue(toks, from) && rd.stillWithinBefore(from) { // ("– Sơ yếu lý lịch có xác nhận của địa phương (còn trong thời hạn 6 tháng kể từ ngày cấp)", a page on a pharmacist's papers, web_pages_eightyfourth.tsv)
		// "Hộ chiếu … còn thời hạn nhiều hơn 06 tháng": a paper's
		// remaining validity.
		return "a paper's remaining validity (\"còn thời hạn nhiều hơn 06 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "trong") && rd.phraseBefore(from, 8, "du", "tru") {
		// "Số lượng động vật … có thể dự trù nhập khẩu trong 03 tháng": a
		// quantity planned for a period.
		return "a period a quantity is planned for (\"dự trù nhập khẩu trong 03 tháng\"), not a time limit"
	}
	if words3(toks, from-3, "voi", "thoi", "gian") && rd.phraseBefore(from-3, 12, "bao", "hiem") {
		// "tham gia bảo hiểm y tế từ ngày 01/01/2025 với thời gian 12
		// tháng": a period of cover.
		return "a period of insurance cover (\"tham gia bảo hiểm y tế … với thời gian 12 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "tu") && wordAt(toks, to, "den") && rd.perYearAfter(to) {
		// "được nghỉ dưỡng sức … từ 05 ngày đến 10 ngày trong một năm": a
		// range of days a year.
		return "a range of days a year (\"từ 05 ngày đến 10 ngày trong một năm\"), not a time limit"
	}
	if words5(toks, from-5, "gan", "nhat", "trong", "thoi", "gian") && it.event != FromOtherEvent { // ("cơ quan y tế gần nhất trong thời gian 24 giờ, kể từ khi phát hiện": the nearest body, a count from an event)
		// "tại phiên đấu thầu gần nhất trong thời gian 03 tháng": a window
		// of past time.
		return "a window of past time (\"gần nhất trong thời gian 03 tháng\"), not a time limit"
	}
	if !wordAt(toks, to-2, "lam") && (words2(toks, from-4, "ho", "tro") && capAt(toks, from-2) || words3(toks, from-3, "ho", "tro", "trong") ||
		(withinCueBefore(toks, from) || words4(toks, from-4, "trong", "thoi", "han", "la")) && rd.supportOpens(from)) { // "- Mức hỗ trợ: Hỗ trợ 100% lãi suất tiền vay … trong thời gian 36 tháng"
		// "… là 50.000 đồng/người/ngày và hỗ trợ tối đa 3 tháng", "Hỗ trợ để
		// ổn định sản xuất và đời sống … được tính trong thời hạn là 06
		// tháng" (Nghị định 22/1998/NĐ-CP): a term of support. (Not in
		// working days: "trình UBND thành phố phê duyệt kinh phí hỗ trợ
		// trong 10 ngày làm việc", a Đà Nẵng step, times the approval.)
		return "a term of support (\"hỗ trợ tối đa 3 tháng\"), not a time limit"
	}
	if words2(toks, from-2, "thoi", "diem") && wordAt(toks, to, "truoc") {
		// "áp theo thuế suất … tại thời điểm 28 ngày trước ngày có thời
		// điểm đóng thầu": a point of reference in time, not a time to act.
		return "a point of reference in time (\"tại thời điểm 28 ngày trước ngày …\"), not a time limit"
	}
	if (wordAt(toks, from-3, "nhung") && capAt(toks, from-2)) && rd.useTermBefore(from-3) {
		return "a period of validity (\"thời hạn sử dụng thẻ … nhưng không quá 60 tháng\"), not a time limit"
	}
	if it.lead && rd.datesInBracketAfter(max(it.to, it.eventEnd)) {
		// "Trong thời gian 03 tháng trước ngày chào mua (từ ngày 28/12/2024
		// đến 28/3/2025), Kho bạc Nhà nước phát hành …": a span of the
		// calendar, its dates given.
		return "a span of the calendar with its dates (\"03 tháng trước ngày chào mua (từ ngày 28/12/2024 đến 28/3/2025)\"), not a time limit"
	}
	return ""
}

// termNamedBetween reports whether a clause naming a term of its own (",
// thời hạn …", ", thời gian …") opens between p and q: "…, tập kết kiểm
// tra xe máy chuyên dùng, thời hạn kiểm tra không quá 05 ngày" (national
// portal, thủ tục 1.001994) times the check, not what was named before the
// comma.
func termNamedBetween(toks []token, p, q int) bool {
	for r := p + 1; r+2 < q; r++ {
		if punctAt(toks, r, ",") && (words2(toks, r+1, "thoi", "han") || words2(toks, r+1, "thoi", "gian")) {
			return true
		}
	}
	return false
}

// definitionOrMeasure says why duration it stands in a definition, a form
// or a measure, no limit, or "" (rare: the rare tokens of the text): a
// term's definition, a line of a form to fill in, a cap on the hours of a
// day, a time to tell the requester how long the answer takes, the term of
// an extension a body decides or of an act allowed once, an age, a factor
// of a formula, the length of each occurrence, a window in which acts are
// counted.
func (rd *reader) definitionOrMeasure(it *item, rare rareMarks) string {
	toks := rd.toks
	from, to := it.from, it.to
	if rare&rareDefinition != 0 && rd.definitionBefore(from) {
		return "a term's definition (\"Tử vong mẹ là số phụ nữ tử vong … trong vòng 42 ngày sau khi …\"), not a time limit"
	}
	if rare&rareBox != 0 && rd.formBoxAfter(to) {
		return "a line of a form to fill in (\"… trong thời hạn 30 ngày (đánh dấu và nêu rõ) ☐ …\"), not a time limit"
	}
	if wordAt(toks, to-1, "gio") && rd.hoursPerDayAt(from) {
		return "a cap on the hours of a day (\"Một ngày học không quá 08 giờ\"), not a time limit"
	}
	if (wordAt(toks, from-1, "la") || wordAt(toks, to, "la")) && (unitDefinition(toks, from-3) || to == from+2 && unitDefinition(toks, from)) {
		return "a unit's length defined (\"Một tháng là ba mươi ngày\"), not a time limit"
	}
	if rd.durationAfter(to) && rd.noticeOfTimeAfter(to) {
		return "a time to tell the requester how long the answer takes (\"thông báo bằng văn bản về thời hạn giải quyết yêu cầu\"), not the time to answer"
	}
	if rare&rareExtension != 0 && rd.extensionDecided(from) {
		return "the term of an extension a body decides (\"quyết định việc gia hạn một lần không quá 06 tháng\"), not a time limit"
	}
	if rare&rareLan != 0 && rare&rareExtension != 0 && rd.paperExtendedTimesBefore(from) {
		return "the term of a paper's extensions (\"gia hạn giấy phép xây dựng hai lần nhưng thời hạn tối đa 12 tháng\"), not a time limit"
	}
	if rare&rareLan != 0 && rd.onceBefore(from) {
		return "the term of an act allowed once (\"chỉ thực hiện việc gia hạn 01 lần với thời gian không quá 12 tháng\"), not a time limit"
	}
	if rare&rareBracket != 0 && rd.comparedInBracket(from) {
		// "… tối đa chỉ còn 56 ngày (so với yêu cầu tối đa là 63 ngày)"
		// (a news report on construction procedures): the figure the
		// limit is compared with, no second limit.
		return "a figure compared with (\"(so với yêu cầu tối đa là 63 ngày)\"), not a time limit"
	}
	if from > 0 && toks[from-1].kind == tokWord {
		switch toks[from-1].text { // the word before the amount: one comparison for most durations
		case "cho", "hon", "khoang", "doi":
			c := from - 1 // "chờ"
			if toks[c].text == "hon" || toks[c].text == "khoang" {
				// "chị phải chờ hơn bốn tháng và sau nhiều lần hẹn …" (plo.vn,
				// a news report on a commune's dossiers): more than so long.
				c--
			}
			if wordAt(toks, c, "cho") && wordAt(toks, c-1, "phai") && rd.markedOrUnmarked(c, "ờỜ") && it.event != FromOtherEvent { // (without marks, "phải cho" right before an amount is the wait too; "bạn phải chờ 13 ngày kể từ khi kết thúc bài thi Speaking", a wait counted from another event, is reported so, as the README labels it)
				// "Đi khám bệnh chỉ phải chờ 21 phút" (a news report on
				// hospital waiting times): how long one waits, no time to
				// act. ("chờ", not "cho", told by its accent.)
				return "a wait (\"chỉ phải chờ 21 phút\"), not a time limit"
			}
			if rd.waitToldAt(c) && it.event != FromOtherEvent {
				return "a wait told (\"đã đứng đợi khoảng 15 phút\"), not a time limit"
			}
			if c == from-2 && toks[from-1].text == "hon" && wordAt(toks, c, "qua") && strings.ContainsAny(rd.original(c-1), "ãÃ") && wordAt(toks, c-1, "da") && !strings.ContainsAny(rd.original(c), "áÁ") {
				// "Mưa lũ đã qua hơn 10 ngày rồi mà … bùn đất … vẫn chưa được
				// thu dọn." (a reader's complaint, web_pages_eightythird.tsv):
				// time gone by ("qua", not "quá").
				return "time passed (\"đã qua hơn 10 ngày\"), not a time limit"
			}
			if c == from-2 && wordAt(toks, c, "sau") && toks[from-1].text == "hon" && it.event != FromReceipt {
				// "Hà Nội “nổ máy” sát hạch bằng lái trở lại sau hơn 3 tháng
				// “đứng hình”!" (a news headline, web_pages_eightysecond.tsv),
				// "Sau hơn 2 tuần vận hành chính quyền địa phương 2 cấp, …":
				// time passed, more than so long; no limit is "after more
				// than". So when counted from an event, "… công bố hết dịch
				// … sau hơn 30 ngày kể từ khi phát hiện ổ dịch đầu tiên"
				// (a news page, web_pages_eightyfourth.tsv).
				return "time passed (\"sau hơn 3 tháng\"), not a time limit"
			}
			if c == from-2 && wordAt(toks, c, "sau") && c == rd.opening(from) && punctAt(toks, to, ",") && it.event == StartUnknown {
				// "Sau khoảng 15 phút, họ được phép lái xe tiếp tục hành
				// trình." (a news report on roadside checks,
				// web_pages_eightysecond.tsv): time passed in a story, told
				// as about so long; no limit is ever "about".
				return "time passed in a story (\"Sau khoảng 15 phút, …\"), not a time limit"
			}
		case "lui", "lai":
			if toks[from-1].text == "lui" || wordAt(toks, from-2, "lui") {
				// "Bộ GD&ĐT lùi lại bốn ngày để tránh trùng vào ngày thứ
				// Bảy, Chủ nhật" (a news report on the 2011 university
				// entrance dossiers): a date moved by so many days, no time
				// to act.
				return "a date moved (\"lùi lại bốn ngày\"), not a time limit"
			}
		}
	}
	if wordAt(toks, to, "tuoi") || wordAt(toks, from-1, "tuoi") && kindAt(toks, from-2, tokNum) {
		// "nhận con nuôi dưới 06 tháng tuổi": an age, even after a "trước
		// thời điểm" that reads like a lead time; "ông Q 54 tuổi 9 tháng 17
		// ngày": the months and days of an age.
		return "an age (\"18 tháng tuổi\", \"54 tuổi 9 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "x") || punctAt(toks, from-1, "x") || punctAt(toks, from-1, "×") {
		// "(62.000.000 đồng x 3 tháng + 48.000.000 đồng x 3 tháng)/6": a
		// factor of a formula.
		return "a factor of a formula (\"đồng x 3 tháng\"), not a time limit"
	}
	if rare&rareLan != 0 && words3(toks, from-5, "moi", "lan", "gap") && capAt(toks, from-2) {
		// "mỗi lần gặp không quá 03 giờ": the length of each visit.
		return "the length of each occurrence (\"mỗi lần gặp không quá 03 giờ\"), not a time limit"
	}
	if rare&rareLan != 0 && rd.actsCountedBefore(from, to) {
		return "a window in which acts are counted (\"từ 02 lần trở lên … trong thời hạn 12 tháng\", \"lần thứ ba trong thời hạn 12 tháng\"), not a time limit"
	}
	return ""
}

// namedTermAround says why a duration is the term of something named
// around it, no limit, or "": a loan, a halt asked for, an observation, a
// policy, a validity "có hạn", a package, a support under a cap, a period
// spoken of, a tier of charges (rules of the thirty-sixth session's web
// rounds). The word before the amount and the one after it pick the check: one
// comparison each for most durations, where thirteen checks in a row
// cost 150 instructions a read.
func (rd *reader) namedTermAround(from, to int) string {
	toks := rd.toks
	if from > 0 && toks[from-1].kind == tokWord {
		switch toks[from-1].text {
		case "gian":
			if !words2(toks, from-3, "trong", "thoi") {
				break
			}
			if rd.phraseBefore(from-3, 12, "duoc", "vay") {
				// "… mỗi hộ được vay 45 triệu đồng trong thời gian 36 tháng từ
				// nguồn Quỹ Hỗ trợ nông dân" (a news page on the Farmers'
				// Union's fund, web_pages_fiftyninth.tsv): a loan's term, no
				// time to act.
				return "a loan's term (\"được vay … trong thời gian 36 tháng\"), not a time limit"
			}
			if rd.phraseBefore(from-3, 8, "nghi", "tam", "dung") {
				// "… văn bản của VKSND Tối cao về việc đề nghị tạm dừng cưỡng
				// chế THADS trong thời gian 1 tháng" (a news page on an
				// enforcement halted, web_pages_fiftyninth.tsv): how long the
				// halt asked for lasts, as "cho tạm dừng … trong 15 ngày".
				return "the term of a suspension asked for (\"đề nghị tạm dừng … trong thời gian 1 tháng\"), not a time limit"
			}
		case "la", "da", "qua":
			if (toks[from-1].text == "la" || capAt(toks, from-2)) && rd.observationOpens(from) {
				// "- Thời gian theo dõi giám định tối đa là 06 (sáu) tuần/01
				// (một) đối tượng giám định." (a page on forensic psychiatry,
				// web_pages_sixtyfirst.tsv): how long one is observed, a
				// period during which something is measured, no time to act.
				return "a period of observation (\"thời gian theo dõi … tối đa là 06 tuần\"), not a time limit"
			}
			if (words2(toks, from-2, "khong", "qua") || words2(toks, from-2, "toi", "da")) && words2(toks, from-6, "thoi", "gian") && (words2(toks, from-4, "tiep", "xuc") || words2(toks, from-4, "tham", "gap")) {
				// "Thời gian tiếp xúc không quá 04 giờ." (a page on visits to
				// people at drug rehabilitation centres,
				// web_pages_sixtyfifth.tsv): how long a visit may last, no
				// time to act.
				return "a visit's length (\"Thời gian tiếp xúc không quá 04 giờ\"), not a time limit"
			}
			if words2(toks, from-2, "khong", "qua") && words3(toks, from-5, "trong", "thoi", "gian") && rd.supportOpens(from) { // ("không vượt quá" is read as "không quá")
				// "Hỗ trợ 15 kg gạo/người/tháng trong thời gian không vượt quá 3
				// tháng cho mỗi đợt …" (a page on disaster relief,
				// web_pages_sixtysecond.tsv): a term of support, as
				// termOrSpan's.
				return "a term of support (\"hỗ trợ tối đa 3 tháng\"), not a time limit"
			}
			if toks[from-1].text == "da" && (words2(toks, to, "ma", "chua") || words2(toks, to, "nhung", "chua") || words3(toks, to, "ma", "van", "chua")) && strings.ContainsAny(rd.original(from-1), "ãÃ") {
				// "Tôi nộp hồ sơ đã 2 tháng mà chưa có kết quả." (a probe of a
				// citizen's complaint): time gone by, told.
				return "time gone by (\"đã 2 tháng mà chưa có kết quả\"), not a time limit"
			}
		case "vong":
			if punctAt(toks, from-3, "(") && words2(toks, from-5, "suc", "khoe") && wordAt(toks, to-1, "thang") {
				// "4. Phiếu khám sức khoẻ (trong vòng 03 tháng theo điều 74
				// khoản 1 điểm d luật Du lịch)" (a tourist guide card's
				// papers, web_pages_sixtyseventh.tsv): how recent the health
				// check must be, a paper's age at filing.
				return "the age of a health certificate (\"Phiếu khám sức khoẻ (trong vòng 03 tháng …)\"), not a time limit"
			}
		case "va":
			if wordAt(toks, to-1, "gio") && wordAt(toks, from-2, "gio") && kindAt(toks, from-3, tokNum) && wordAt(toks, from-4, "vao") {
				// "c) Nhiệt độ nước: quan trắc 2 lần một ngày vào 07 giờ và 19
				// giờ;" (a hydrological station's observation rules,
				// web_pages_sixtyfifth.tsv): the second of two clock hours.
				return "a time of day (\"vào 07 giờ và 19 giờ\"), not a time limit"
			}
		case "dai":
			if wordAt(toks, from-2, "keo") && rd.isSentenceEnd(to) && rd.phraseInSentenceBefore(from, 8, "chinh", "sach") {
				// "Chính sách của chúng tôi kéo dài 07 ngày." (a shop's returns
				// page, web_pages_sixtyfirst.tsv): how long a policy's window
				// lasts, told, no time to act (a lapse counted from the
				// purchase is said elsewhere on such pages).
				return "a policy's length (\"Chính sách … kéo dài 07 ngày\"), not a time limit"
			}
		case "sau":
			if rd.stillNotAfter(to) && !words2(toks, to, "tiep", "theo") || wordAt(toks, to, "ngung") || words2(toks, to, "dong", "cua") || wordAt(toks, to, "nua") { // ("… hoạt động trở lại sau 3 tháng đóng cửa do dịch Covid-19", web_pages_seventysixth.tsv; "Sau 15 ngày tiếp theo, nếu vẫn chưa …" counts from the step before)
				// "… nhưng sau 60 ngày phát đi thông báo, 2 trẻ bị bỏ rơi
				// vẫn chưa tìm được gia đình thay thế", "Sau 3 tháng chị vẫn
				// không thấy căn cước công dân đâu", "Do nhu cầu tăng cao sau 1
				// tháng ngưng cấp …", "… để xuất cảnh sau 2 tuần nữa" (news
				// pages on abandoned children, identity cards and passports,
				// web_pages_sixtythird.tsv): time gone by or to come, a story.
				return "time gone by (\"Sau 3 tháng chị vẫn không thấy …\"), not a time limit"
			}
		case "han":
			if wordAt(toks, from-2, "co") {
				// "Giấy khám sức khỏe lái xe có hạn 6 tháng" (a page on
				// drivers' health checks, web_pages_sixtysecond.tsv): a
				// paper's validity, as "có thời hạn 18 tháng".
				return "a period of validity (\"có hạn 6 tháng\"), not a time limit"
			}
		}
	}
	if wordAt(toks, to-1, "thang") && !withinCueBefore(toks, from) && !wordAt(toks, from-1, "trong") && rd.subscriptionBefore(from) { // ("… có gói dịch vụ trong 24 tiếng là có kết quả": a package's time to deliver)
		// "Hiện đang là thành viên TikiNOW – gói 6 tháng.", "Đã mua gói
		// TikiNOW – 6 tháng thành công." (a shop's membership page,
		// web_pages_sixtyfirst.tsv): a subscription's term, no time to act.
		return "a subscription's term (\"gói 6 tháng\"), not a time limit"
	}
	if to < len(toks) && toks[to].kind == tokWord {
		switch toks[to].text {
		case "sau":
			if rd.stillNotAfter(to + 1) {
				// "… nhưng hơn tám tháng sau bà vẫn chưa được nhận" (a news
				// page on identity cards, web_pages_sixtythird.tsv).
				return "time gone by (\"hơn tám tháng sau bà vẫn chưa …\"), not a time limit"
			}
		case "co":
			if (wordAt(toks, from-1, "khoang") || words2(toks, from-2, "trong", "vong")) && (wordAt(toks, to+1, "khoang") || wordAt(toks, to+1, "hon") || wordAt(toks, to+1, "gan")) {
				// "PV ghi nhận trong khoảng 30 phút có khoảng chục người dân
				// đến nhận căn cước công dân" (a news page on identity cards,
				// web_pages_sixtythird.tsv): how many came within a span, a
				// count reported.
				return "a span in which things are counted (\"trong khoảng 30 phút có khoảng chục người\"), not a time limit"
			}
		case "nay":
			if rd.phraseBefore(from, 7, "giai", "doan") {
				// "Trong giai đoạn “gia hạn” 90 ngày này, những tài khoản chưa
				// xác thực vẫn tạm thời được duy trì …" (a news page on Nghị
				// định 147/2024/NĐ-CP, web_pages_fiftyninth.tsv): the period
				// spoken of.
				return "a period spoken of (\"giai đoạn … 90 ngày này\"), not a time limit"
			}
		case "tro":
			if wordAt(toks, to+1, "len") && wordAt(toks, to-1, "gio") && !withinCueBefore(toks, from) {
				// "- Đổi vé: Vé cá nhân đổi trước giờ tàu chạy 24 giờ trở lên,
				// lệ phí là 20.000 đồng/vé" (a railway's ticket rules,
				// web_pages_sixtieth.tsv): a tier of charges keyed by a lead
				// time, a threshold (README: a charge's tier keyed by a lead
				// time is none).
				return "a threshold of charges (\"đổi trước giờ tàu chạy 24 giờ trở lên\"), not a time limit"
			}
		}
	}
	return ""
}

// stillNotAfter reports whether "vẫn chưa" or "vẫn không" (still not)
// follows p in its clause, fourteen tokens at most, with no count ("kể
// từ", "tính từ") or "thì" before it: what has still not happened after
// so long, time gone by.
func (rd *reader) stillNotAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+14 && !toks[q].ends; q++ {
		switch {
		case wordAt(toks, q, "van") && (wordAt(toks, q+1, "chua") || wordAt(toks, q+1, "khong")):
			return true
		case (wordAt(toks, q, "ke") || wordAt(toks, q, "tinh")) && wordAt(toks, q+1, "tu"), wordAt(toks, q, "thi"):
			return false
		}
	}
	return false
}

// observationOpens reports whether the sentence of p opens, at most ten
// tokens before it, with "Thời gian theo dõi". (Asked of every duration,
// a scan of the words before cost 240 instructions a read, and the
// sentence's opening 200; its caller asks it only after "là" or a cap.)
func (rd *reader) observationOpens(p int) bool {
	o := rd.opening(p)
	return p-o <= 10 && words4(rd.toks, o, "thoi", "gian", "theo", "doi")
}

// subscriptionBefore reports whether a package ("gói", told by its accent
// from "gọi", "gởi") stands in the four tokens before p. (A membership,
// "thành viên TikiNOW- 6 tháng", cost four held-out texts: a council's
// members act within their own times.)
func (rd *reader) subscriptionBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-4; q-- {
		if wordAt(toks, q, "goi") && rd.markedOrUnmarked(q, "óÓ") && !rd.withoutDiacritics() {
			return true
		}
	}
	return false
}

// onSiteBetween reports whether a web site ("trên Cổng thông tin điện tử",
// "trên trang thông tin điện tử") is named between tokens p and q: where
// something is posted.
func (rd *reader) onSiteBetween(p, q int) bool {
	for r := p; r < q; r++ {
		if wordAt(rd.toks, r, "tren") && (wordAt(rd.toks, r+1, "cong") || wordAt(rd.toks, r+1, "trang") || words3(rd.toks, r+1, "cac", "phuong", "tien") || words2(rd.toks, r+1, "phuong", "tien")) { // ("… trên các phương tiện thông tin đại chúng của xã")
			return true
		}
	}
	return false
}

// supportOpens reports whether the sentence of token p opens with a
// support granted: "Hỗ trợ …", "Mức hỗ trợ: …".
func (rd *reader) supportOpens(p int) bool {
	s := rd.opening(p)
	return words2(rd.toks, s, "ho", "tro") || words3(rd.toks, s, "muc", "ho", "tro")
}

// allowanceOpens reports whether the sentence of p opens with an
// allowance's rate: "Mức trợ cấp …", "Mức gạo trợ cấp …". It is kept apart
// from supportOpens: the cap "không quá 6 tháng" of an allowance is no
// limit, but folding support ("Hỗ trợ …") into that rule changed six
// corpus readings, held-out ones among them.
func (rd *reader) allowanceOpens(p int) bool {
	toks := rd.toks
	o := rd.opening(p)
	return wordAt(toks, o, "muc") && (words2(toks, o+1, "tro", "cap") || words2(toks, o+2, "tro", "cap"))
}

// withinCueOpensRange reports whether a within cue ("trong thời hạn",
// "trong thời gian", "trong vòng") stands before an amount at most eight
// tokens before the range's end at from: "trong thời hạn 03 tháng đến 06
// tháng", "trong thời hạn từ 3 tháng đến 6 tháng".
func withinCueOpensRange(toks []token, from int) bool {
	for q := from - 1; q >= 0 && q >= from-8; q-- {
		if toks[q].kind != tokPunct && withinCueBefore(toks, q) {
			return true
		}
	}
	return false
}

// amountRightAfter reports whether the amount at from follows a phrase
// ending before p with at most a colon or "là", then "tối đa" or "không
// quá", between: "thời gian làm bài: 75 phút", "… là không quá 15 phút".
func amountRightAfter(toks []token, p, from int) bool {
	if punctAt(toks, p, ":") || wordAt(toks, p, "la") {
		p++
	}
	if words2(toks, p, "toi", "da") || words2(toks, p, "khong", "qua") {
		p += 2
	}
	return p == from
}

// countClauseAround reports whether the word at q belongs to the clause
// of a count, "kể từ" or "tính từ" before it within twelve tokens with no
// punctuation between.
func (rd *reader) countClauseAround(q int) bool {
	toks := rd.toks
	for r := q - 2; r >= 0 && r >= q-13 && toks[r+1].kind == tokWord; r-- {
		if countWordsAt(toks, r) {
			return true
		}
	}
	return false
}

// boundsOnlyBetween reports whether the tokens from a to b (b excluded)
// are only a bound's words and amounts of a range ("đến", "không quá",
// "trên 03 tháng đến"): "Loại có giá trị đến 03 tháng: 50 USD/Chiếc",
// "Loại có giá trị trên 03 tháng đến 06 tháng: 95 USD" (a consulate's
// fees for visas, web_pages_seventyfourth.tsv), validities up to so long.
// ("tối đa" is no such word: "công trình kiến trúc có giá trị tối đa 20
// ngày" is a valuable building's appraisal, legal_procedures.tsv.)
func boundsOnlyBetween(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	for p := a; p < b; p++ {
		switch t := toks[p]; {
		case t.kind == tokNum:
		case t.kind == tokWord && (isUnitWord(t.text) || t.text == "den" || t.text == "tren" || t.text == "duoi" || t.text == "toi" || t.text == "tu" || t.text == "khong" || t.text == "qua"):
		default:
			return false
		}
	}
	return true
}

// benefitNamedBetween reports whether the tokens from a to b (b excluded)
// are one to four words naming a benefit, with no cue of a limit among
// them: "được hưởng TCTN 5 tháng", "được hưởng trợ cấp thất nghiệp 6
// tháng" (a probe of the benefit's name in full), not "được hưởng ưu tiên
// là 18 tháng", "được hưởng không quá 30 ngày" or "được hưởng thêm 01
// tháng".
func benefitNamedBetween(toks []token, a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	for p := a; p < b; p++ {
		if toks[p].kind != tokWord {
			return false
		}
		switch toks[p].text {
		case "la", "khong", "qua", "toi", "da", "them", "trong", "vong", "han", "gian", "it", "nhat":
			return false
		}
	}
	return true
}

// stillBeforeCue reports whether "con" stands where a within cue before
// the amount at from would put "còn": stillWithinBefore's first look,
// which most texts fail (small enough to be inlined).
func stillBeforeCue(toks []token, from int) bool {
	return wordAt(toks, from-3, "con") || wordAt(toks, from-4, "con") || wordAt(toks, from-5, "con")
}

// stillWithinBefore reports whether "còn" ("còn", not "con", by its accent)
// stands right before the within cue of the amount at from: "(còn trong
// thời hạn 6 tháng kể từ ngày cấp)", "còn trong vòng 6 tháng", the
// validity a paper still has. In a text that cuts a time ("giảm …
// từ không quá 2 ngày làm việc còn trong vòng 24 giờ làm việc") "còn" gives
// the time after the cut.
func (rd *reader) stillWithinBefore(from int) bool {
	s := withinStart(rd.toks, from)
	return s > 0 && wordAt(rd.toks, s-1, "con") && rd.markedOrUnmarked(s-1, "òÒ") && rd.rareTokens()&rareCut == 0
}

// termNamedBefore says why a word of the sentence before duration it, at
// most forty tokens back, makes it a term, no limit, or "": validity (or a
// validity still to run), a fund of working time, a window before filing,
// a term of stay, notice, operation, residence, support, leave,
// probation, pay, a benefit or apprenticeship, a condition of inaction, a
// recency, a minimum, a storage, a posting….
func (rd *reader) termNamedBefore(it *item) string {
	toks := rd.toks
	from, to := it.from, it.to
	q := from - 1
	for ; q >= 0 && q >= from-40 && !rd.isSentenceEnd(q); q-- {
		near := from-q <= 10
		switch toks[q].text { // one comparison for most words
		case "tron":
			if q == from-1 && (words2(toks, q-2, "danh", "dau") || wordAt(toks, q-1, "da") || wordAt(toks, q-1, "vua")) {
				// "Ngày 24/4 cũng là khoảng thời gian đánh dấu tròn 12 tháng
				// kể từ khi Nghị định 49 có hiệu lực." (a news page,
				// web_pages_seventyeighth.tsv): time that has passed.
				return "time that has passed (\"đánh dấu tròn 12 tháng kể từ …\"), not a time limit"
			}
		case "het":
			if q == from-1 && words2(toks, q-2, "thoi", "diem") {
				// "… vẫn được công nhận đảng viên chính thức đúng thời điểm
				// hết 12 tháng dự bị" (thuvienphapluat.vn, a Q&A on
				// admitting Party members): the moment a term ends, a point in time.
				return "the moment a term ends (\"thời điểm hết …\"), not a time limit"
			}
		case "hieu":
			if wordAt(toks, q+1, "luc") && q+4 == from && wordAt(toks, q-1, "het") && (words2(toks, q+2, "khong", "qua") || words2(toks, q+2, "toi", "da")) {
				// "Việc lấy mẫu cho phép thực hiện trước khi nộp hồ sơ và khi
				// Giấy chứng nhận hết hiệu lực không quá 06 tháng" (the
				// national portal's card on vehicles' certificates): a
				// validity lapsed no longer than so long, a condition. (A
				// validity still to run, "còn hiệu lực ít nhất 45 ngày", is a
				// lead time before it ends, read as such.)
				return "a validity lapsed no longer than a span (\"hết hiệu lực không quá 06 tháng\"), not a time limit"
			}
			// ("trước ngày Luật … có hiệu lực, chậm nhất là 30 ngày": a clause
			// of its own before the limit.)
			// ("… theo nội dung bản án hoặc quyết định đã có hiệu lực thi
			// hành trong thời hạn 03 ngày làm việc, kể từ ngày nhận được
			// thông báo": a paper already in force, then the limit.)
			if (near || from-q <= 16 && words2(toks, q-2, "thoi", "han")) && wordAt(toks, q+1, "luc") && !it.lead && // ("(Trước khi Giấy chứng nhận hết thời hạn hiệu lực 60 ngày, … tổ chức kiểm định phải lập 01 bộ hồ sơ …)": a lead time before the validity ends)
				(wordAt(toks, q-1, "co") && !wordAt(toks, q-2, "da") || words2(toks, q-2, "thoi", "han") || words2(toks, q-2, "thoi", "gian") || words3(toks, q+2, "trong", "thoi", "han")) && !punctAt(toks, q+2, ",") && !punctAt(toks, q+2, ":") &&
				!(syllableThiAt(toks, q+2) && wordAt(toks, q+3, "hanh") && punctAt(toks, q+4, ",") && withinAt(toks, q+5)) && // ("… thành lập trước khi Nghị định này có hiệu lực thi hành, trong thời hạn 03 (ba) tháng kể từ ngày …", the Bộ pháp điển: a clause of its own too) // ("quyết định thời hạn hiệu lực của quyết định chỉ định, nhưng không quá 05 năm"; a heading "… và quyết định chỉ định hết thời hạn hiệu lực:" names a case, not a validity)
				!rd.countClauseAround(q) { // ("Kể từ ngày quyết định thu hồi có hiệu lực pháp luật, trong thời hạn 30 ngày làm việc, …": the event a count opening the sentence names)
				return "a period of validity (\"có hiệu lực\"), not a time limit"
			}
			if words5(toks, q-3, "thoi", "gian", "co", "hieu", "luc") && from-q <= 30 {
				// "CDNT 17.1 Thời gian có hiệu lực của HSDT là: ≥ ____ ngày
				// [ghi cụ thể số ngày nhưng tối đa là 180 ngày]": a bid's
				// validity, however far the figure stands.
				return "a period of validity (\"thời gian có hiệu lực\"), not a time limit"
			}
		case "quy":
			if (words3(toks, q, "quy", "thoi", "gio") || words5(toks, q, "quy", "thoi", "gian", "lam", "viec")) && from-q <= 16 {
				// "quỹ thời giờ làm việc tiêu chuẩn … là 1698 giờ": a year's
				// fund of working hours.
				return "a fund of working time (\"quỹ thời giờ làm việc\"), not a time limit"
			}
		case "co", "gia":
			// ("công trình kiến trúc có giá trị tối đa 20 ngày" is a valuable
			// work's appraisal, not a validity.)
			if wordAt(toks, from-1, "sau") {
				break // "thẻ bảo hiểm y tế có giá trị sử dụng sau 30 ngày, kể từ ngày đóng": a wait before it takes effect
			}
			if from-q <= 14 && words3(toks, q, "co", "gia", "tri") && (q+3 == from || from-q <= 7 && boundsOnlyBetween(toks, q+3, from) || rd.withinBefore(q+3, from, "trong") || capAt(toks, q+3) && from-q <= 7 && (rd.paperOpens(q) || rd.cardBefore(q))) || near && words4(toks, q, "gia", "tri", "su", "dung") && !wordAt(toks, q-1, "huy") || // ("có giá trị tối đa là 90 ngày"; "bị hủy giá trị sử dụng trong vòng 01 ngày làm việc sau khi …" is an act)
				words5(toks, q-2, "thoi", "han", "co", "gia", "tri") && rd.noClauseBetween(q, from) || // "Thời hạn có giá trị của Giấy phép … tối đa là 12 tháng"
				from-q <= 14 && words3(toks, q, "co", "gia", "tri") && rd.paperOpens(q) && rd.noClauseBetween(q, from) || // "Giấy phép quá cảnh có giá trị một lần theo thời hạn không quá 02 tháng", "Giấy tạm nhập khẩu xe ô tô/xe gắn máy có giá trị làm thủ tục tạm nhập khẩu xe trong thời hạn 30 ngày kể từ ngày cấp" (Thông tư 19/2014/TT-BTC Điều 5)
				wordAt(toks, q-1, "chi") && words3(toks, q, "co", "gia", "tri") && withinCueBefore(toks, from) && rd.noClauseBetween(q, from) { // "Tờ khai … chỉ có giá trị cho cá nhân … khi xuất cảnh lần tiếp theo trong thời hạn 12 tháng kể từ ngày ghi trên Tờ khai": a paper's validity
				return "a period of validity (\"có giá trị\"), not a time limit"
			}
			if words2(toks, q, "gia", "han") && from-q <= 8 && wordAt(toks, q-1, "duoc") && q-rd.opening(q) <= 6 && rd.paperOpens(q) && rd.noClauseBetween(q, from) {
				// "Giấy phép được gia hạn một lần tối đa không quá 01 năm":
				// how long the paper's extension runs, its validity
				// (national portal 2026, thủ tục 1.116472).
				return "a paper's extended validity (\"Giấy phép được gia hạn … không quá\"), not a time limit"
			}
		case "truoc":
			if near && (words2(toks, q+1, "ngay", "nop") || words3(toks, q+1, "thoi", "diem", "nop")) ||
				from-q <= 24 && words2(toks, q+1, "thoi", "diem") && rd.withinBefore(q+3, from, "nop") && capAt(toks, from-2) && rd.noClauseBetween(q, from) {
				// "được cấp trước ngày nộp hồ sơ không quá 06 tháng",
				// "Phiếu lý lịch tư pháp … phải được cơ quan có thẩm quyền cấp
				// trước thời điểm tổ chức tín dụng nộp hồ sơ … không quá 06
				// tháng": a document's age at filing.
				return "a window before filing (\"trước ngày nộp hồ sơ\"), not a time limit"
			}
		case "thoi":
			if words3(toks, q-3, "huan", "luyen", "them") || words4(toks, q-4, "huan", "luyen", "them", "mot") {
				// "giữ quân nhân dự bị ở lại lớp huấn luyện thêm một thời gian
				// không quá hai tháng": a term of training.
				return "a term of training (\"huấn luyện thêm một thời gian\"), not a time limit"
			}
			if words3(toks, q, "thoi", "han", "hoan") && rd.postponeAt(q+2) && from-q <= 16 && it.event != FromOtherEvent { // ("Thời hạn hoãn phiên tòa sơ thẩm không được quá 30 ngày kể từ ngày ra quyết định hoãn phiên tòa" is reported as counted from the decision)
				// "Thời hạn hoãn phiên họp … không quá 03 ngày làm việc": how
				// long a hearing may be put off ("hoãn", not "hoàn").
				return "the length of a postponement (\"thời hạn hoãn phiên họp\"), not a time limit"
			}
			if wordAt(toks, q-1, "con") && wordAt(toks, q+1, "han") && from-q <= 9 && !it.lead && rd.noClauseBetween(q, from) { // ("… còn thời hạn tối đa 90 và ít nhất 60 ngày trước ngày giấy phép hết hạn" is when to file)
				// "Giấy phép lao động còn thời hạn ít nhất 05 ngày nhưng không
				// quá 45 ngày": the validity a paper still has.
				return "a validity still to run (\"còn thời hạn ít nhất 05 ngày\"), not a time limit"
			}
			if words5(toks, q, "thoi", "gian", "lam", "viec", "cua") && from-q <= 16 && rd.noClauseBetween(q, from) && !withinCueBefore(toks, from) && q == rd.openingWord(rd.first(q), from) {
				// "Thời gian làm việc của giảng viên trong năm học là 44 tuần":
				// how long someone works, not a time to act.
				return "a working time (\"thời gian làm việc của giảng viên … là 44 tuần\"), not a time limit"
			}
			if wordAt(toks, q+2, "lay") && words5(toks, q, "thoi", "han", "lay", "y", "kien") && words3(toks, q+5, "dong", "gop", "cua") && wordAt(toks, q+8, "nhan") && from-q <= 24 {
				// "Thời hạn lấy ý kiến đóng góp của nhân dân quy định tại
				// khoản 1 Điều này là ba mươi (30) ngày" (Nghị định
				// 181/2004/NĐ-CP): a public consultation's period, as a
				// posting's.
				return "a public consultation's period (\"Thời hạn lấy ý kiến đóng góp của nhân dân … là 30 ngày\"), not a time limit"
			}
			if words4(toks, q, "thoi", "gian", "luu", "tru") && (q+4 == from || q == rd.opening(q) && punctAt(toks, q+4, ":") && rd.markedOrUnmarked(q+3, "úÚ") && (wordAt(toks, from-1, "qua") || words2(toks, from-2, "toi", "da"))) {
				// "… được nhận thời gian lưu trú 6 tháng": a term of stay. So
				// under the heading "Thời gian lưu trú:", "… nhưng không thể
				// vượt quá 30 ngày từ thời điểm thông báo lưu trú" (a hotel
				// software's page on declaring guests, web_pages_sixtyninth.tsv).
				return "a term of stay (\"thời gian lưu trú 6 tháng\"), not a time limit"
			}
			switch {
			case !near || !wordAt(toks, q+1, "han"):
			case words2(toks, q+2, "su", "dung") && !words2(toks, q-2, "chua", "den") && !it.lead && !rd.validityChangedIsMatter(q, from) && !(wordAt(toks, q-1, "het") && withinCueBefore(toks, from)): // ("… khi hết thời hạn sử dụng đất trong thời hạn 05 ngày làm việc": the term's end names the matter, the limit follows its own cue) ("chưa đến thời hạn sử dụng (05 ngày kể từ ngày gửi thông báo)": a wait; "Trước khi hết thời hạn sử dụng đất kết hợp 30 ngày làm việc, người sử dụng đất … gửi văn bản đề nghị gia hạn": a lead time before the term ends)
				// "thẻ bảo hiểm y tế có thời hạn sử dụng là 12 tháng kể từ
				// ngày …": a card's validity.
				return "a period of validity (\"thời hạn sử dụng\"), not a time limit"
			case q+2 >= from-1 && !wordAt(toks, q-1, "trong") && !wordAt(toks, q-1, "vong") && rd.documentBefore(q):
				return "a period of validity of a document (\"Giấy phép … thời hạn 03 tháng\"), not a time limit"
			case q+2 < from && (rd.documentAt(q+2) || wordAt(toks, q+2, "cua") && rd.documentAt(q+3)) && !it.lead && it.event != FromOtherEvent && rd.noColonBetween(q, from) && !withinCueBefore(toks, from):
				// "Như vậy, thời hạn giấy khám sức khỏe chỉ 6 tháng thôi à."
				// (a reader's question, web_pages_seventyninth.tsv), "Thời hạn
				// của Giấy phép … là 15 năm": the paper named after "thời hạn",
				// its validity.
				return "a period of validity of a document (\"thời hạn giấy khám sức khỏe 6 tháng\"), not a time limit"
			case it.event != FromOtherEvent && from-q <= 9 && (words2(toks, q+2, "thong", "bao") && !words2(toks, q+4, "ket", "qua") || words3(toks, q+2, "dang", "thong", "bao")):
				// "Trong thời hạn thông báo nêu trên (08 ngày làm việc), Bộ
				// phận Một cửa tiếp tục nhận hồ sơ": the notice's period; one
				// counted from another event ("Thời hạn thông báo là 08 ngày
				// làm việc, kể từ ngày có thông báo …") is reported as such.
				// ("Thời hạn thông báo kết quả: không quá 05 ngày làm việc kể
				// từ ngày nhận được đủ hồ sơ" is the time to tell the result,
				// a check of the tuning texts with their cue "Trong thời hạn"
				// left out.)
				return "a period of notice (\"thời hạn thông báo\"), not a time limit"
			}
		case "toi", "it", "ngan":
			if !it.lead && (q == from-2 || q == from-3 && (wordAt(toks, from-1, "la") || wordAt(toks, from-1, "duoc"))) && rd.minimumAt(q) && !rd.listedMinimumCase(q, to) { // ("khi đã nghỉ ít nhất được 04 tháng", "thời gian bảo lưu ngắn nhất 7 ngày")
				return "a minimum period (\"tối thiểu\", \"ít nhất\"), not a time limit"
			}
			if (q == from-2 && it.event == StartUnknown || q == from-3 && wordAt(toks, from-1, "la") && it.event != FromOtherEvent) && words2(toks, q, "toi", "da") && !it.lead && rd.minimumRightBefore(q) {
				// "thời gian điều dưỡng phục hồi sức khỏe … tối thiểu là 5
				// ngày, tối đa là 10 ngày" (chinhphu.vn on people with
				// merit, web_pages_eightieth.tsv): the bounds of a term, its
				// maximum as little a limit as its minimum. (Without "là",
				// opening its sentence or counted from receipt, "Tối thiểu
				// 05 ngày, tối đa 10 ngày kể từ ngày nhận đủ hồ sơ" reads as
				// "Không ít hơn 05 ngày và không quá 10 ngày …" does: a
				// limit of 10 days.)
				return "the bounds of a term (\"tối thiểu là 5 ngày, tối đa là 10 ngày\"), not a time limit"
			}
		case "hoat":
			if words2(toks, q, "hoat", "dong") && (words2(toks, q-2, "thoi", "gian") || words2(toks, q-2, "thoi", "han")) && from-q <= 16 && !it.lead && rd.noColonBetween(q, from) &&
				!withinCueBefore(toks, from) { // ("hồ sơ thông báo gia hạn thời gian hoạt động quỹ trong thời hạn 15 ngày làm việc": the matter, then the limit)
				// "thời gian hoạt động của hội đồng trường lâm thời, tối đa
				// không quá 12 tháng": a term.
				return "a term of operation (\"thời gian hoạt động\"), not a time limit"
			}
		case "khoang":
			if wordAt(toks, q+1, "cach") && (wordAt(toks, q+2, "giua") || words3(toks, q+2, "toi", "thieu", "giua")) && from-q <= 24 && !it.lead && it.event != FromOtherEvent && rd.noColonBetween(q, from) {
				// "… rút ngắn khoảng cách giữa 2 mũi tiêm vaccine AstraZeneca
				// còn 6 tuần" (a news page, web_pages_seventyninth.tsv),
				// "khoảng cách tối thiểu giữa hai lần hiến máu là 12 tuần":
				// the interval between two events, no time to act.
				return "an interval between two events (\"khoảng cách giữa 2 mũi tiêm … 6 tuần\"), not a time limit"
			}
		case "tung":
			if words4(toks, q, "tung", "khoang", "thoi", "gian") && q+4 == from {
				return "an interval (\"theo từng khoảng thời gian 01 ngày\"), not a time limit"
			}
		case "tam":
			if wordAt(toks, q+1, "tru") && (q+2 == from || q+4 == from && capAt(toks, q+2)) && !words2(toks, q-2, "dang", "ky") {
				// "gia hạn tạm trú không quá 06 tháng": a term of residence.
				return "a term of residence (\"tạm trú\"), not a time limit"
			}
			if wordAt(toks, q+1, "dung") && from-q <= 8 && capAt(toks, from-2) && it.event != FromOtherEvent { // (one counted from an event is reported as such)
				// "thời gian tiếp tục tạm dừng không quá 24 giờ": how long a
				// halt may last.
				return "the term of a halt (\"tạm dừng không quá 24 giờ\"), not a time limit"
			}
			if words2(toks, q+1, "thoi", "dong") && from-q <= 16 && capAt(toks, from-2) {
				// "… quyết định tạm thời đóng cảng hàng không, sân bay không
				// quá hai mươi bốn giờ": how long a closure may last.
				return "the term of a closure (\"tạm thời đóng … không quá 24 giờ\"), not a time limit"
			}
			if words2(toks, q+1, "dinh", "chi") && words2(toks, q-2, "co", "the") && capAt(toks, from-2) {
				// "Hội đồng xét đơn yêu cầu có thể tạm đình chỉ việc xem xét
				// … trong thời hạn không quá 60 ngày để tạo điều kiện …":
				// how long a suspension may last.
				return "the term of a suspension (\"có thể tạm đình chỉ … không quá 60 ngày\"), not a time limit"
			}
			if wordAt(toks, q+1, "hoan") && (q+2 == from || q+4 == from && capAt(toks, q+2)) {
				// "Tạm hoãn tối đa 06 tháng hoạt động đánh giá định kỳ": how
				// long a postponement may last.
				return "the term of a postponement (\"Tạm hoãn tối đa 06 tháng\"), not a time limit"
			}
		case "anh":
			if from-q <= 12 && !wordAt(toks, q+1, "huong") && !wordAt(toks, q-1, "nhiep") && strings.ContainsAny(rd.original(q), "ảẢ") && capAt(toks, from-2) { // ("Cục Mỹ thuật, Nhiếp ảnh và Triển lãm … trả lời lần 2 không quá 03 ngày làm việc": photography, a body's name)
				// "02 Ảnh chân dung cỡ 2cm x 3cm (không quá 6 tháng)": a photo's
				// age.
				return "a photo's age (\"Ảnh … (không quá 6 tháng)\"), not a time limit"
			}
		case "lanh":
			if words2(toks, q-2, "noi", "tam") && from-q <= 14 && rd.noClauseBetween(q, from) {
				// "… bố trí nơi tạm lánh cho nạn nhân bạo lực gia đình trong
				// thời gian không quá 1 ngày theo yêu cầu của nạn nhân" (Luật
				// Phòng, chống bạo lực gia đình 2007, 02/2007/QH12): how long
				// a shelter is given.
				return "how long a shelter is given (\"nơi tạm lánh … không quá 1 ngày\"), not a time limit"
			}
		case "lam", "thuyet":
			if wordAt(toks, q+1, "bai") && words2(toks, q-2, "thoi", "gian") && amountRightAfter(toks, q+2, from) ||
				wordAt(toks, q+1, "trinh") && words4(toks, q-5, "thoi", "gian", "chuan", "bi") && wordAt(toks, q-1, "va") && amountRightAfter(toks, q+2, from) {
				// "b) Bài thi tự luận: thời gian làm bài: 75 phút", "…:
				// thời gian chuẩn bị và thuyết trình: 15 phút" (Thông tư
				// 06/2017/TT-BVHTTDL Điều 16, the tour guides' examination):
				// how long a candidate works, no time to act.
				return "the length of an exam (\"thời gian làm bài: 75 phút\"), not a time limit"
			}
			if words2(toks, q, "lam", "them") && from-q <= 16 {
				// "Tổng số giờ làm thêm trong một năm … không quá 300 giờ": a
				// cap on overtime.
				return "a cap on overtime (\"giờ làm thêm … không quá 300 giờ\"), not a time limit"
			}
		case "phien":
			if words3(toks, q, "phien", "lam", "viec") && near {
				return "a session's length (\"Phiên làm việc tối đa là 07 ngày\"), not a time limit"
			}
		case "ho", "dao":
			if (words2(toks, q, "ho", "tro") || words2(toks, q, "dao", "tao")) && words2(toks, q-2, "thoi", "gian") && from-q <= 10 && it.event != FromOtherEvent ||
				words2(toks, q, "ho", "tro") && words2(toks, q-2, "chi", "duoc") && from-q <= 12 && rd.noClauseBetween(q, from) || // "Mỗi đối tượng chỉ được hỗ trợ 01 lần trong 01 tháng và không quá 03 tháng"
				words2(toks, q, "ho", "tro") && wordAt(toks, q-1, "duoc") && from-q <= 10 && rd.noClauseBetween(q, from) && rd.phraseBefore(from, 5, "voi", "thoi", "gian") { // "Người đang hưởng trợ cấp thất nghiệp được hỗ trợ học nghề với thời gian không quá sáu tháng" (Hải Dương's social insurance page, bhxhhaiduong.gov.vn)
				// "thời gian hỗ trợ không quá 02 năm", "thời gian đào tạo được
				// hỗ trợ kinh phí không quá 6 tháng": a term of support.
				return "a term of support or training (\"thời gian hỗ trợ\"), not a time limit"
			}
		case "su":
			if (words4(toks, q, "su", "dung", "trong", "vong") && q+4 == from || words5(toks, q, "su", "dung", "trong", "thoi", "han") && q+5 == from) && words2(toks, q-2, "duoc", "phep") {
				// "Vắc xin … chỉ được phép sử dụng trong vòng 6 giờ": how long
				// it may be used.
				return "a period of use (\"được phép sử dụng trong vòng 6 giờ\"), not a time limit"
			}
			if wordAt(toks, q-1, "du") && wordAt(toks, q+1, "dung") && (q+2 == from || words2(toks, q+2, "toi", "da") && q+4 == from) {
				// "Số lượng thuốc được kê đơn … hoặc đủ sử dụng tối đa 30 (ba
				// mươi) ngày" (a page on the Ministry of Health's prescription
				// rules): a supply's length, no time to act.
				return "a supply's length (\"đủ sử dụng tối đa 30 ngày\"), not a time limit"
			}
		case "ke", "bao":
			if words2(toks, q, "ke", "don") && from-q <= 8 {
				// "Mỗi lần kê đơn thuốc tối đa không quá 30 ngày": a
				// prescription's length.
				return "a prescription's length (\"kê đơn thuốc tối đa không quá 30 ngày\"), not a time limit"
			}
			if words2(toks, q, "bao", "luu") && words2(toks, q-2, "thoi", "gian") && from-q <= 6 && rd.noClauseBetween(q, from) {
				// "Thời gian bảo lưu tối đa 3 tháng" (a language school's
				// rules, web_pages_seventyninth.tsv): how long a place or a
				// result is held over, no time to act.
				return "a deferral's term (\"Thời gian bảo lưu tối đa 3 tháng\"), not a time limit"
			}
			if words2(toks, q, "bao", "quan") && from-q <= 12 && (words3(toks, from-3, "trong", "thoi", "gian") || words4(toks, from-4, "trong", "thoi", "gian", "la")) {
				// "bảo quản mẫu lưu trong thời gian là 06 tháng": keeping a
				// sample.
				return "a storage period (\"bảo quản mẫu lưu trong thời gian là 06 tháng\"), not a time limit"
			}
		case "dinh":
			if words2(toks, q, "dinh", "ban") && rd.markedOrUnmarked(q, "ìÌ") && from-q <= 30 && it.event != FromOtherEvent && (withinCueBefore(toks, from) || wordAt(toks, from-1, "trong") || from-q <= 4) && rd.noClauseBetween(q, from) { // ("… đồng thời đình bản tạm thời trong 3 tháng", a news page, web_pages_eightyfourth.tsv)
				// "Bộ … đã quyết định đình bản tạm thời hoạt động của Tạp chí
				// điện tử … trong thời gian 3 tháng" (a news page,
				// web_pages_seventyeighth.tsv): a press suspension's term.
				return "the term of a suspension (\"đình bản … trong thời gian 3 tháng\"), not a time limit"
			}
			if words2(toks, q, "dinh", "chi") && rd.markedOrUnmarked(q, "ìÌ") && !wordAt(toks, q-1, "quyet") && rd.noClauseBetween(q, from) &&
				(near && withinCueBefore(toks, from) ||
					q+2 == from || words2(toks, q+2, "hoat", "dong") && q+4 == from || // ("Chủ cơ sở nha khoa … bị xử phạt, đình chỉ hoạt động 18 tháng do …", "… cũng bị đình chỉ 2 tháng", news pages, web_pages_seventyfifth.tsv)
					from-q <= 14 && it.event != FromOtherEvent && (withinCueBefore(toks, from) || words2(toks, from-2, "toi", "da") || words3(toks, from-3, "toi", "da", "la") ||
						wordAt(toks, from-1, "la") && words3(toks, q-3, "thoi", "gian", "tam") || // ("Quyết định nêu rõ, thời gian tạm đình chỉ hành nghề công chứng là 12 tháng.", a news page, web_pages_fiftyfourth.tsv)
						words2(toks, from-2, "thoi", "han") && !wordAt(toks, from-3, "trong") || // ("… đã ra quyết định tạm đình chỉ hoạt động 11 quán karaoke nêu trên thời hạn 30 ngày", a news page, web_pages_sixtyninth.tsv)
						(wordAt(toks, from-1, "den") || wordAt(toks, from-1, "tu")) && withinCueOpensRange(toks, from) ||
						wordAt(toks, from-1, "den") && kindAt(toks, from-2, tokWord) && !isUnitWord(toks[from-2].text) && !kindAt(toks, from-3, tokNum))) { // ("… sẽ bị đình chỉ giao dịch chứng khoán đến 6 tháng", a securities page: up to six months) // ("Đình chỉ hoạt động mua, bán nợ trong thời hạn 03 tháng đến 06 tháng", Nghị định 88/2019/NĐ-CP; "… trong thời hạn từ 3 tháng đến 6 tháng", Nghị định 202/2004/NĐ-CP; "bị đình chỉ hoạt động lưu ký chứng khoán tối đa là chín mươi ngày", Luật Chứng khoán 2006) // ("Trường hợp … đã ra quyết định đình chỉ giải quyết vụ việc thì trong thời hạn 15 ngày, …": the case's "thì" ends it)
				// "bị đình chỉ hành nghề kiểm toán trong thời gian 12 tháng":
				// the term of a suspension. ("đình" by its accent: "quyết
				// định chỉ định" folds to the same letters.)
				return "the term of a suspension (\"đình chỉ … trong thời gian 12 tháng\"), not a time limit"
			}
		case "nghi":
			if words3(toks, q-2, "thoi", "gian", "nghi") && rd.restAt(q) && from-q <= 24 && rd.noClauseBetween(q, from) && !withinCueBefore(toks, from) &&
				!(wordAt(toks, to, "dau") && rd.firstDaysOfEventAt(to+1)) { // ("nghỉ", not "nghị án"; "… chia nhỏ thời gian nghỉ, nhưng lần nghỉ cuối cùng phải nằm trong 60 ngày đầu kể từ ngày vợ sinh", a news page, web_pages_seventyfourth.tsv: a window counted from the birth)
				// "thời gian nghỉ việc hưởng chế độ khi con … ốm đau trong
				// một năm tối đa là 15 ngày": a term of leave.
				return "a term of leave (\"thời gian nghỉ việc hưởng chế độ … tối đa là 15 ngày\"), not a time limit"
			}
			if wordAt(toks, q-1, "duoc") && (from-q <= 12 || from-q <= 14 && words2(toks, q+1, "viec", "huong")) && rd.restAt(q) && rd.noClauseBetween(q, from) &&
				!(wordAt(toks, to, "dau") && rd.firstDaysOfEventAt(to+1)) { // ("… được nghỉ hưởng chế độ thai sản trong vòng 60 ngày đầu kể từ khi vợ sinh", a news page, web_pages_seventyfourth.tsv: the window the leave is taken in, counted from the birth) // ("được nghỉ việc hưởng chế độ thai sản trước và sau khi sinh con là 06 tháng", a thuvienphapluat.vn page: a longer name of the same leave)
				// "Sẽ được nghỉ trong vòng 7 ngày làm việc", "lao động nữ được
				// nghỉ trước và sau khi sinh con là 06 tháng": a leave one is
				// entitled to (Bộ luật Lao động 2019 Điều 139), not a time
				// to act.
				return "a leave (\"được nghỉ …\"), not a time limit"
			}
			if words2(toks, q, "nghi", "duong") && from-q <= 12 && rd.noClauseBetween(q, from) && !withinCueBefore(toks, from) {
				// "Thời gian quy định để nghĩ dưỡng và phục hồi sức khỏe là
				// tối đa 5 ngày." (a page on the rest after maternity,
				// sector_texts4.tsv; "nghỉ" typed "nghĩ", as "nghỉ dưỡng sức,
				// phục hồi sức khỏe" names the leave in Luật Bảo hiểm xã hội
				// 2014 Điều 41): a leave's length, no time to act.
				return "a leave (\"nghỉ dưỡng … tối đa 5 ngày\"), not a time limit"
			}
			if q+1 == from && rd.restAt(q) && (q == 0 || !isUnitWord(toks[q-1].text)) { // (not "khai thác 01 giờ nghỉ 3 giờ": a cycle of work and rest)
				// "a) Kết hôn: nghỉ 03 ngày;" (a page on the leave for
				// family events, Bộ luật Lao động 2019 Điều 115,
				// web_pages_seventyeighth.tsv): the event's leave, listed;
				// "… ông Chiến thông báo cho CN tạm nghỉ 2 ngày do hết đơn
				// hàng" (a news page, web_pages_seventyninth.tsv): a
				// stoppage, told; "- Ngày Thiên chúa giáng sinh, nghỉ 1
				// ngày: 25-12 dương lịch" (a religious holiday's day off,
				// web_pages_eightieth.tsv). "Nghỉ" right before an amount
				// is time off, however the sentence runs up to it.
				return "a leave or a stoppage (\"Kết hôn: nghỉ 03 ngày\", \"tạm nghỉ 2 ngày\"), not a time limit"
			}
			if words3(toks, q, "nghi", "toi", "da") && q+3 == from && rd.restAt(q) {
				// "– Với lao động nữ sinh một lần từ hai con trở lên: nghỉ tối
				// đa 10 ngày." (a page on the rest after maternity,
				// sector_texts4.tsv): the longest leave, no time to act.
				return "a leave (\"nghỉ tối đa 10 ngày\"), not a time limit"
			}
			if words3(toks, q, "nghi", "it", "nhat") && q+3 == from {
				// "được nghỉ ít nhất 12 giờ trước khi chuyển sang ca làm việc
				// khác": a minimum rest.
				return "a minimum rest (\"nghỉ ít nhất 12 giờ\"), not a time limit"
			}
		case "thu":
			if wordAt(toks, q+1, "viec") && from-q <= 12 && rd.noClauseBetween(q, from) && rd.markedOrUnmarked(q, "ửỬ") {
				// "Quy định thử việc không quá 60 ngày làm việc", "Yêu cầu về
				// thời gian thử việc không quá 6 ngày làm việc": a probation
				// (Bộ luật Lao động 2019 Điều 25).
				return "a probation period (\"thử việc\"), not a time limit"
			}
		case "luong":
			if from-q <= 14 && !strings.ContainsAny(rd.original(q), "ợỢ") && (words3(toks, q-3, "duoc", "tra", "muc") || words2(toks, q-2, "duoc", "tra")) && rd.noClauseBetween(q, from) {
				// "Người lao động sẽ được trả mức lương của công việc cũ trong
				// vòng 30 ngày làm việc": a period of pay (Bộ luật Lao động
				// 2019 Điều 29), not "lượng", a quantity.
				return "a period of pay (\"được trả lương … trong vòng 30 ngày\"), not a time limit"
			}
		case "huong":
			if wordAt(toks, q-1, "duoc") && from-q <= 16 && strings.ContainsAny(rd.original(q), "ởỞ") && ((words3(toks, from-5, "trong", "thoi", "gian") && capAt(toks, from-2)) || words3(toks, from-3, "trong", "thoi", "gian")) && rd.noClauseBetween(q, from) {
				// "… được hưởng chế độ dinh dưỡng 480.000 đồng/người/ngày
				// trong thời gian không quá 90 ngày": how long a benefit runs
				// ("hưởng", not "hướng").
				return "the period of a benefit (\"được hưởng … trong thời gian không quá 90 ngày\"), not a time limit"
			}
			if wordAt(toks, q-1, "duoc") && from-q <= 5 && benefitNamedBetween(toks, q+1, from) && strings.ContainsAny(rd.original(q), "ởỞ") {
				// "Tôi được hưởng TCTN 5 tháng, trong thời gian hưởng tôi có
				// đến Trung tâm …" (a reader's question on unemployment
				// benefit, web_pages_seventyfourth.tsv): how long a benefit
				// runs, the amount right after the benefit's name.
				return "the period of a benefit (\"được hưởng TCTN 5 tháng\"), not a time limit"
			}
		case "khong":
			if wordAt(toks, q-1, "khi") && wordAt(toks, q+1, "co") && from-q <= 12 && withinCueBefore(toks, from) && rd.noClauseBetween(q, from) {
				// "Tài khoản khai báo tự hủy giá trị sử dụng khi không có
				// thông tin khai báo mới trong thời hạn 12 tháng": a
				// condition of inaction.
				return "a condition of inaction (\"khi không có thông tin khai báo mới trong thời hạn 12 tháng\"), not a time limit"
			}
			if from-q <= 5 && withinCueBefore(toks, from) && words2(toks, rd.opening(q), "doi", "tuong") && rd.noClauseBetween(q, from) {
				// "- Đối tượng không liên hệ trong vòng 1 tháng;": a person's
				// inaction over a time, one condition in a list of them.
				return "a condition of inaction (\"Đối tượng không liên hệ trong vòng 1 tháng\"), not a time limit"
			}
		case "moi":
			if from-q <= 6 && it.event != FromOtherEvent && (words2(toks, from-2, "trong", "vong") || words3(toks, from-3, "trong", "thoi", "gian")) && strings.ContainsAny(rd.original(q), "ớỚ") && rd.noClauseBetween(q, from) && // (one counted from an event, "hộ mới thoát nghèo (trong vòng 36 tháng, kể từ thời điểm …)", is reported as such)
				kindAt(toks, q+1, tokWord) && !wordAt(toks, q+1, "trong") && noPunctBetween(toks, q, from) { // ("cấp Giấy chứng nhận … doanh nghiệp mới trong vòng 03 ngày", "Theo quy định mới, trong vòng 60 ngày": "mới" is "new", then the limit)
				// "hộ mới thoát nghèo trong vòng 36 tháng": how recently
				// something happened, a condition ("mới", not "mỗi"),
				// with its verb ("thoát") between "mới" and the amount.
				return "a recency (\"mới thoát nghèo trong vòng 36 tháng\"), not a time limit"
			}
		case "thuc", "nghia":
			if (words4(toks, q, "nghia", "vu", "quan", "su") && words2(toks, q-2, "thoi", "gian") || words2(toks, q, "thuc", "hien") && words4(toks, q+2, "nghia", "vu", "quan", "su") && words2(toks, q-2, "thoi", "gian")) && from-q <= 12 && wordAt(toks, from-1, "la") && it.event == StartUnknown {
				// "Hiện tại thời gian thực hiện nghĩa vụ quân sự (NVQS) là 24
				// tháng." (a news page on military service,
				// web_pages_eightyfourth.tsv): a term of service, as
				// "thời hạn phục vụ tại ngũ" (Luật Nghĩa vụ quân sự 2015
				// Điều 21).
				return "a term of service (\"thời gian thực hiện nghĩa vụ quân sự là 24 tháng\"), not a time limit"
			}
			if wordAt(toks, q+1, "hanh") && words2(toks, q-2, "thoi", "gian") && q-2 == rd.opening(q) && from-q <= 12 && wordAt(toks, from-1, "la") {
				// "Thời gian thực hành của bác sĩ theo quy định hiện nay là 12
				// tháng." (a news page, web_pages_seventyfifth.tsv): a practice
				// period required, as "thời gian tập sự".
				return "a term of practice (\"thời gian thực hành … là 12 tháng\"), not a time limit"
			}
			if words5(toks, q-3, "co", "thoi", "gian", "thuc", "hien") && q+3 == from && (wordAt(toks, from-1, "den") || wordAt(toks, from-1, "tren") || wordAt(toks, from-1, "duoi")) {
				// "đối với đề tài cấp bộ có thời gian thực hiện đến 24 tháng":
				// the project's own length, a class of projects.
				return "a project's own length (\"có thời gian thực hiện đến 24 tháng\"), not a time limit"
			}
			if from-q <= 7 && wordAt(toks, q-2, "mien") && syllableThiAt(toks, q-1) && !wordAt(toks, q-3, "giay") && !it.lead && it.event != FromOtherEvent && rd.noClauseBetween(q, from) && !withinCueBefore(toks, from) {
				// "Đề xuất miễn thị thực Phú Quốc 180 ngày được ông … nêu tại
				// Hội thảo", "… 13 nước hiện đang được miễn thị thực 15 ngày
				// được điều chỉnh qua 45 ngày" (news pages on visa policy,
				// web_pages_eightieth.tsv): a visa-free stay, with a place
				// or a change named after it. ("cấp giấy miễn thị thực" is
				// a paper issued, "trong thời hạn …" a limit.)
				return "a visa-free stay (\"miễn thị thực Phú Quốc 180 ngày\"), not a time limit"
			}
		case "lien":
			if wordAt(toks, q+1, "tuc") && (q+2 == from || q+3 == from && wordAt(toks, from-1, "qua") || q+4 == from && (words2(toks, from-2, "khong", "qua") || words2(toks, from-2, "toi", "da"))) { // ("Giám sát màn hình máy soi tia X; nhiệm vụ này được thực hiện liên tục không quá 30 phút", aviation security in the Bộ pháp điển)
				// "không được lái xe liên tục quá 4 giờ": a continuous
				// stretch of an activity, no time to act.
				return "a continuous stretch (\"lái xe liên tục quá 4 giờ\"), not a time limit"
			}
		case notThen: // "thi" (an exam), not "thì"
			if (wordAt(toks, q-1, "bai") || words2(toks, q+1, "trac", "nghiem")) && from-q <= 16 && (wordAt(toks, to-1, "phut") || wordAt(toks, to-1, "gio")) && (words2(toks, from-2, "thoi", "gian") || words2(toks, from-4, "thoi", "gian") && amountRightAfter(toks, from-2, from)) { // ("Hình thức thi: thi trắc nghiệm trong thời gian tối đa 90 phút", Thông tư 02/2024/TT-BKHĐT, the Gazette)
				// "Bài thi trắc nghiệm pháp luật về thi hành án dân sự, thời
				// gian 45 phút": the length of an exam, in minutes or hours
				// ("… sau khi vượt qua các bài thi … thí sinh sẽ nhận được
				// chứng chỉ ICDL trong khoảng thời gian 30 ngày", a test
				// centre's page, web_pages_sixtysecond.tsv, is a time after
				// the exam).
				return "the length of an exam (\"Bài thi …, thời gian 45 phút\"), not a time limit"
			}
		case "khuyet":
			if words2(toks, q-2, "thoi", "gian") && from-q <= 10 && rd.noClauseBetween(q, from) {
				// "thời gian khuyết đồng thời 2 vị trí không quá 6 tháng": how
				// long a post may stay vacant, a condition.
				return "a vacancy (\"thời gian khuyết … không quá 6 tháng\"), not a time limit"
			}
		case "phuc":
			if words2(toks, q, "phuc", "vu") && (words2(toks, q-2, "thoi", "han") || words2(toks, q-2, "thoi", "gian") && words2(toks, q+2, "tai", "ngu")) && from-q <= 20 && it.event == StartUnknown && rd.noClauseBetween(q, from) {
				// "Thời hạn phục vụ tại ngũ trong thời bình của hạ sĩ quan,
				// binh sĩ là 24 tháng": a term of service (Luật Nghĩa vụ quân
				// sự 2015 Điều 21), not a time to act.
				return "a term of service (\"thời hạn phục vụ tại ngũ\"), not a time limit"
			}
		case "de":
			if words6(toks, q-6, "thoi", "gian", "gia", "han", "thuc", "hien") && wordAt(toks, q+1, "tai") && from-q <= 6 {
				// "Thời gian gia hạn thực hiện đề tài tối đa 6 tháng": how
				// long a project may be extended, a term of the project.
				return "the extension of a project's term (\"thời gian gia hạn thực hiện đề tài\"), not a time limit"
			}
		case "tong":
			if words4(toks, q-1, "voi", "tong", "thoi", "gian") && (q+3 == from || q+5 == from && capAt(toks, from-2)) {
				// "… tham gia huấn luyện, diễn tập … với tổng thời gian không
				// quá 12 tháng": the total time of an activity.
				return "the total time of an activity (\"với tổng thời gian không quá 12 tháng\"), not a time limit"
			}
		case "cat", "gian":
			if (wordAt(toks, q, "cat") && wordAt(toks, q-1, "bi") || words2(toks, q, "gian", "doan")) && from-q <= 8 && it.event == StartUnknown && rd.noClauseBetween(q, from) {
				// "Khách hàng bị cắt dịch vụ trong không quá 6 giờ": how long
				// a service is down, not a time to act.
				return "the length of an interruption (\"bị cắt dịch vụ trong không quá 6 giờ\"), not a time limit"
			}
		case "tuoc":
			if (words4(toks, q, "tuoc", "quyen", "su", "dung") || words3(toks, q, "tuoc", "giay", "phep") && from-q <= 12 && rd.noClauseBetween(q, from)) && it.event != FromOtherEvent { // ("… còn bị tước Giấy phép lái xe 90 ngày", "… tước Giấy phép lái xe trong thời hạn 60 (sáu mươi) ngày", Nghị định 39/2001/NĐ-CP)
				// "Tước quyền sử dụng giấy chứng nhận …, giấy phép … có thời
				// hạn đến sáu tháng": the term of a sanction (Luật Xử lý vi
				// phạm hành chính 2012 Điều 25).
				return "the term of a sanction (\"tước quyền sử dụng … có thời hạn đến sáu tháng\"), not a time limit"
			}
		case "thieu", "con":
			if words4(toks, q, "con", "thoi", "gian", "cong") && wordAt(toks, q+4, "tac") && from-q <= 8 && it.event == StartUnknown {
				// "Người còn thời gian công tác tối đa 15 tháng sẽ được hưởng 15
				// tháng lương" (a page on the 2025 reorganisation's severance,
				// web_pages_fiftyeighth.tsv): the service left before
				// retirement, a threshold of the benefit.
				return "a service time left (\"còn thời gian công tác tối đa 15 tháng\"), not a time limit"
			}
			if words3(toks, q, "thieu", "thoi", "gian") && from-q <= 12 {
				return "a shortfall (\"còn thiếu thời gian đóng … tối đa 06 tháng\"), not a time limit"
			}
		case "luu", "tap":
			if words2(toks, q, "luu", "tru") && rd.markedOrUnmarked(q+1, "úÚ") && (capAt(toks, from-2) && (q+4 == from || from-q <= 9 && wordAt(toks, q+2, "tai") && rd.noClauseBetween(q, from)) ||
				wordAt(toks, q-1, "duoc") && (q+2 == from || wordAt(toks, q+2, "trong") && q+3 == from)) { // (without marks, "lưu trữ tối đa 30 ngày" would be no limit either; "cho phép lưu trú tại Việt Nam tối đa 90 ngày", a news page on e-visas, web_pages_eightieth.tsv: the place named between; "2. Brunei: Được lưu trú trong 14 ngày.", a page on visa exemptions, web_pages_eightyfourth.tsv: a stay allowed)
				// "E-visa cho phép nhập cảnh một lần và lưu trú tối đa 30
				// ngày": a term of stay.
				return "a term of stay (\"lưu trú tối đa 30 ngày\"), not a time limit"
			}
			if words2(toks, q, "luu", "hanh") && from-q <= 14 && !it.lead && (words3(toks, q+2, "trong", "thoi", "gian") || words3(toks, q+2, "trong", "thoi", "han") || wordAt(toks, q+2, "tren") && wordAt(toks, q+4, "truong") && words3(toks, q+5, "trong", "thoi", "gian")) && // ("… lưu hành trên thị trường trong thời gian …")
				(wordAt(toks, q-1, "duoc") || words3(toks, q-3, "duoc", "tiep", "tuc")) { // ("cấp số lưu hành trong thời hạn 90 ngày" grants the number)
				// "được tiếp tục lưu hành trong thời gian tối đa không quá 24
				// tháng": how long a product may stay on the market.
				return "a period of circulation (\"lưu hành trong thời gian\"), not a time limit"
			}
			if words2(toks, q, "tap", "su") && words2(toks, q-2, "thoi", "gian") && from-q <= 12 && !withinCueBefore(toks, from) {
				// ("… hoàn thành thời gian tập sự trong thời hạn 15 ngày, kể
				// từ ngày …": a limit of its own after the term's name.)
				// "Thời gian tập sự hành nghề luật sư là 12 tháng": a term.
				return "a term of apprenticeship (\"thời gian tập sự\"), not a time limit"
			}
			if !wordAt(toks, q-1, "bi") && (rd.keepingAt(q, to) || words2(toks, q, "luu", "kho") || words2(toks, q, "luu", "mau") && words3(toks, from-3, "trong", "thoi", "gian") || words2(toks, q, "tap", "ket") && !(it.lead && latestAt(toks, from-2)) && !termNamedBetween(toks, q, from) || wordAt(toks, q, "luu") && words2(toks, q-2, "thoi", "han") && !countFromAt(toks, to)) && from-q <= 16 || // ("lưu mẫu để theo dõi trong thời gian 6 tháng"; "đã tập kết đầy đủ hàng hóa tại địa điểm chậm nhất 08 giờ trước khi phương tiện vận tải xuất cảnh", a customs page on Thông tư 22/2014/TT-BTC: a latest lead time, no storage, where "tập kết trong thời gian không quá 48 giờ trước khi chuyển giao" is one)
				!wordAt(toks, q-1, "bi") && (rd.keepingAt(q, to) || words2(toks, q, "luu", "tru") && (strings.ContainsAny(rd.original(q+1), "ữỮ") || rd.keptObjectAt(q+2)) && !words2(toks, q-2, "co", "quan")) && from-q <= 40 && rd.noClauseBetween(q, from) && !wordAt(toks, q-1, "ben") && !wordAt(toks, q-1, "dang") && !punctAt(toks, q-1, ",") && // ("bên lưu trữ thông tin" is a party; "cơ quan … đang quản lý, lưu giữ tài liệu … có trách nhiệm cung cấp" the holder)
					(withinCueBefore(toks, from) || words3(toks, from-3, "trong", "thoi", "gian") || wordAt(toks, from-1, "trong")) && // ("lưu giữ … hồ sơ … trong 24 tháng, kể từ ngày ký hợp đồng in")
					!wordAt(toks, q-1, "cho") && !wordAt(toks, q-1, "vao") && !wordAt(toks, q-1, "tai") && !wordAt(toks, q-1, "sang") && !wordAt(toks, q-1, "den") && !words2(toks, q-2, "co", "so") { // ("nộp bản lưu chiểu cho cơ sở lưu trữ": an archive)
				// ("lưu trữ hồ sơ … trong thời hạn 36 tháng kể từ ngày chứng
				// nhận", "lưu giữ toàn bộ chương trình đã truyền dẫn, … trong
				// thời hạn 30 ngày": one act, its object before the period;
				// "chuyển cho lưu trữ cơ quan" is the archive, a place, and so is
				// "cơ quan Lưu trữ lịch sử": Quyết định 19/2019/QĐ-TTg Điều 6.)
				// "Hàng hóa được lưu giữ … trong thời gian không quá 90 ngày",
				// "tập kết trong thời gian không quá 48 giờ": a storage time.
				return "a storage period (\"lưu giữ\", \"tập kết\"), not a time limit"
			}
		case "dong":
			if words3(toks, q, "dong", "tam", "thoi") && from-q <= 16 && ((words3(toks, from-5, "trong", "thoi", "gian") && capAt(toks, from-2)) || words3(toks, from-3, "trong", "thoi", "gian")) {
				// "quyết định đóng tạm thời cảng hàng không, sân bay trong thời
				// gian không quá 24 giờ": how long the closure lasts.
				return "the length of a temporary closure (\"đóng tạm thời … trong thời gian không quá 24 giờ\"), not a time limit"
			}
		case "dang":
			if it.event != FromOtherEvent && (words5(toks, q, "dang", "tai", "trong", "thoi", "gian") && q+5 == from ||
				words2(toks, q, "dang", "tai") && words3(toks, from-3, "trong", "thoi", "gian") && q == rd.opening(from)) { // ("c) Đăng tải kết quả xét chọn trên Cổng thông tin điện tử … trong thời gian 15 ngày làm việc")
				// "các hồ sơ sẽ được đăng tải trong thời gian 15 ngày để lấy
				// ý kiến của nhân dân": how long it stays posted.
				return "a period of posting (\"đăng tải trong thời gian 15 ngày\"), not a time limit"
			}
		case "niem", "treo", "cong", "rong", "tru":
			if it.event != FromOtherEvent && int(toks[q].thi) > from && !latestRightBefore(toks, from) && (wordAt(toks, q+1, "yet") || // ("Hết thời hạn 1 năm kể từ ngày … niêm yết công khai, nếu … không đến nhận, thì trong thời hạn 5 ngày làm việc, người có thẩm quyền ra quyết định …": the posting is the condition's, the duration the act's after "thì")
				toks[q].text == "tru" && wordAt(toks, q+1, "so") && wordAt(toks, q-1, "tai") && rd.noticeBefore(q-1) && words3(toks, from-3, "trong", "thoi", "gian") || // "Hội thông báo … tại trụ sở của hội … trong thời gian 30 ngày làm việc"
				toks[q].text == "treo" && (wordAt(toks, q+1, "bang") || wordAt(toks, q+1, "bien")) ||
				words2(toks, q, "cong", "khai") && (words2(toks, q-2, "thoi", "gian") || words2(toks, q-2, "thong", "bao") && !rd.caseBetween(q, from) || (words3(toks, from-3, "trong", "thoi", "gian") || rd.phraseBeforeWithin(from, 6, "lay", "y", "kien")) && rd.onSiteBetween(q, from)) || // ("… công khai trên trang thông tin điện tử … để lấy ý kiến người dân trong thời hạn 10 ngày": a consultation's posting) // ("… công khai văn bản chấp thuận … trên Cổng thông tin điện tử của Bộ Quốc phòng … trong thời gian 30 ngày để nhà đầu tư đề nghị tham gia")
				words2(toks, q, "cong", "khai") && words2(toks, q-2, "cong", "bo") && q+2 == from-3 && words3(toks, from-3, "trong", "thoi", "gian") || // ("Dự thảo báo cáo tự đánh giá được công bố công khai trong thời gian 15 ngày làm việc tại cơ sở giáo dục … để lấy ý kiến góp ý": how long it stays published; "trong thời hạn" would be the time to publish)
				words2(toks, q, "rong", "rai") && words2(toks, q-2, "thong", "bao")) {
				// ("Thời gian công khai: … (03 ngày làm việc)", "thông báo
				// rộng rãi trong thời gian 05 ngày".)
				return "a period of posting (\"niêm yết\", \"công khai\"), not a time limit"
			}
		}
	}
	return ""
}

// openingSays says why the opening words of the sentence of duration it,
// past a list's letter ("d) Niêm yết …", "c) Thời hạn đình chỉ …"), make
// it no limit, or "": a period of validity or of a contract, a sanction's
// or a guarantee's term, a term defined ("“…” là …", "Lô hàng sản xuất: là
// …"), a condition of inaction, a wait before a right, a lapse, the age of
// a document, a period of posting.
func (rd *reader) openingSays(it *item) string {
	toks := rd.toks
	from := it.from
	q := rd.first(from)
	for q < from && toks[q].kind != tokWord {
		q++
	}
	if letterMarkAt(toks, q) {
		q += 2 // "d) Niêm yết …", "c) Thời hạn đình chỉ …"
	}
	if wordAt(toks, q, "tong") && wordAt(toks, q+1, "thoi") && q+1 < from {
		q++ // "Tổng thời hạn đình chỉ không được vượt quá 6 tháng (bao gồm cả thời gian gia hạn)" (luatduonggia.vn on a Party member's suspension): the whole term, a term all the same
	}
	if w := toks[q].text; (w == "thoi" || w == "gia" || w == "hieu" || w == "giao" || w == "tan") && kindAt(toks, q, tokWord) && (words4(toks, q, "thoi", "han", "su", "dung") || words4(toks, q, "thoi", "han", "hieu", "luc") || words4(toks, q, "gia", "tri", "su", "dung") ||
		words5(toks, q, "thoi", "han", "co", "hieu", "luc") || // "Thời hạn có hiệu lực của kết quả sát hạch có giá trị tối đa 12 tháng kể từ ngày cấp …" (Nghị định 85/2020/NĐ-CP Điều 26): a result's validity
		words4(toks, q, "thoi", "gian", "bao", "quan") || // "thời gian bảo quản sữa tươi nguyên liệu tính từ khi vắt sữa tới khi chế biến không quá 48 giờ" (Luật An toàn thực phẩm 2010, 55/2010/QH12 Điều 26, as the Bộ pháp điển notes it): a storage period
		words2(toks, q, "tan", "suat") || // "- Tần suất đánh giá kiểu loại tối đa là 36 tháng" (Thông tư 25/2019/TT-BGTVT Điều 3): a frequency
		words6(toks, q, "thoi", "han", "thuc", "hien", "hop", "dong") || words4(toks, q, "thoi", "han", "hop", "dong") || words6(toks, q, "thoi", "gian", "thuc", "hien", "hop", "dong") ||
		it.event != FromOtherEvent && (words6(toks, q, "thoi", "gian", "thuc", "hien", "du", "an") || words6(toks, q, "thoi", "gian", "thuc", "hien", "nhiem", "vu")) ||
		words6(toks, q, "thoi", "gian", "thuc", "hien", "de", "tai") || // "Thời gian thực hiện đề tài không quá 36 tháng tính từ ngày ký hợp đồng"
		words4(toks, q, "thoi", "han", "dinh", "chi") || words4(toks, q, "thoi", "han", "bao", "lanh") || words3(toks, q, "thoi", "han", "tuoc") ||
		words4(toks, q, "thoi", "han", "cho", "vay") || // "Thời hạn cho vay vốn lưu động … không quá 12 tháng": a loan's term
		(words3(toks, q, "thoi", "han", "muon") || words3(toks, q, "thoi", "gian", "muon")) && strings.ContainsAny(rd.original(q+2), "ượỢ") || // "- Thời hạn mượn: 14 ngày." (a university library's rules, web_pages_eightythird.tsv): a loan of a book ("muộn", late, is no loan)
		words4(toks, q, "thoi", "han", "giay", "phep") || // "a) Thời hạn giấy phép tối đa là 60 tháng" (Nghị định 145/2020/NĐ-CP Điều 24): a licence's term
		words4(toks, q, "giao", "duc", "ca", "biet") || // "c) Giáo dục cá biệt tại phòng riêng không quá 05 ngày" (Luật Thi hành án hình sự 2019, 41/2019/QH14 Điều 156): a measure's length
		words5(toks, q, "thoi", "han", "cua", "hop", "dong") || words3(toks, q, "hieu", "luc", "cua") || // "Thời hạn của hợp đồng …", "Hiệu lực của Giấy phép … không quá 12 tháng"
		words6(toks, q, "thoi", "han", "bat", "dau", "va", "ket") && words3(toks, q+6, "thuc", "hieu", "luc") || // "c) Thời hạn bắt đầu và kết thúc hiệu lực, nhiều nhất không được quá 24 giờ" (Luật 22/2018/QH14 Điều 23): how long a measure is in force
		words3(toks, q, "gia", "tri", "cua") || // "Giá trị của sổ tạm trú là hai mươi bốn tháng" (Thông tư 36/2014/TT-BCA Điều 17)
		words5(toks, q, "thoi", "han", "thuc", "hien", "nghia") || // "Thời hạn thực hiện nghĩa vụ tham gia Công an nhân dân là 24 tháng" (Nghị định 70/2019/NĐ-CP Điều 5): a term of service
		it.event != FromOtherEvent && words4(toks, q, "thoi", "gian", "tam", "ngung") ||
		words4(toks, q, "thoi", "gian", "chuyen", "tiep") ||
		words4(toks, q, "thoi", "han", "tap", "nghe") || words4(toks, q, "thoi", "gian", "tap", "nghe") || // "Thời hạn tập nghề không quá 03 tháng" (Bộ luật Lao động 2019, 45/2019/QH14 Điều 62): a term of apprenticeship
		words4(toks, q, "thoi", "han", "tam", "tru") || // "Thời hạn tạm trú theo đề nghị của công dân nhưng tối đa không quá hai mươi bốn tháng" (Thông tư 35/2014/TT-BCA Điều 18): the stay granted // "Thời gian chuyển tiếp giữa hai ca làm việc liền kề không quá 45 phút" (Thông tư 12/2022/TT-BCT Điều 7) // "Thời gian tạm ngừng không quá 02 tháng và không được tính vào thời gian tập sự" (Thông tư 06/2017/TT-BTP Điều 8)
		words5(toks, q, "thoi", "gian", "co", "hieu", "luc") || // "Thời gian có hiệu lực của hồ sơ dự thầu … tối đa là 180 ngày"
		it.event != FromOtherEvent && (words4(toks, q, "thoi", "gian", "ap", "dung") || words4(toks, q, "thoi", "han", "ap", "dung")) || // ("Thời hạn áp dụng biện pháp không phân bổ chỉ tiêu … là 06 tháng", Thông tư 30/2018/TT-BCT Điều 3)
		words5(toks, q, "thoi", "gian", "tiep", "tuc", "huong") || // "Thời gian tiếp tục hưởng sinh hoạt phí tối đa là 12 tháng": a benefit's length // "Thời gian áp dụng trong 3 tháng, từ 15/12/2020 đến 15/3/2021": how long a measure applies (one counted from an event is reported as such)
		it.event != FromOtherEvent && words4(toks, q, "thoi", "gian", "ho", "tro") || // "Thời gian hỗ trợ đào tạo, bồi dưỡng … không quá 06 tháng" (one counted from an event is reported as such)
		words2(toks, q, "thoi", "gian") && syllableThiAt(toks, q+2) && !wordAt(toks, q+3, "hanh") || // "c) Thời gian thi thuyền trưởng hạng nhì tối đa 90 phút" (Thông tư 40/2019/TT-BGTVT Điều 14): an examination's length ("thời gian thi hành" is enforcement)
		words4(toks, q, "thoi", "gian", "trinh", "bay") || // "Thời gian trình bày của NCS không quá 30 phút" (a university's rules on doctoral theses, 123docz.net): how long a presentation lasts
		words4(toks, q, "thoi", "gian", "dao", "tao") || // "Thời gian đào tạo nghiệp vụ Thừa hành viên …, thời gian tối đa không quá 06 tháng"
		it.event != FromOtherEvent && words3(toks, q, "thoi", "gian", "nghi") || // "Thời gian nghỉ do tai nạn lao động, bệnh nghề nghiệp nhưng cộng dồn không quá 6 tháng" ("… được tính trong khoảng thời gian 30 ngày đầu kể từ ngày vợ sinh con" is reported as counted from the birth)
		it.event != FromOtherEvent && (words5(toks, q, "thoi", "han", "tam", "dinh", "chi") || words5(toks, q, "thoi", "gian", "tam", "dinh", "chi") && words2(toks, q+5, "hanh", "nghe")) || // "Thời hạn tạm đình chỉ công việc không được quá 15 ngày", "Thời gian tạm đình chỉ hành nghề Thừa hành viên không quá 12 tháng" (one counted from an event is reported as such)
		it.event != FromOtherEvent && (words4(toks, q, "thoi", "han", "tam", "dung") || words4(toks, q, "thoi", "han", "tam", "ngung") || words4(toks, q, "thoi", "gian", "tam", "dung")) || // ("Thời gian tạm dừng đóng vào quỹ hưu trí … không quá 12 tháng") // "Thời hạn tạm dừng kết nối eContract không quá 06 tháng" ("Thời hạn tạm dừng làm thủ tục hải quan là mười ngày làm việc, kể từ ngày ra quyết định" is reported as counted from the decision)
		!it.lead && (words5(toks, q, "thoi", "han", "cua", "van", "ban") || words4(toks, q, "thoi", "han", "cua", "giay") || words5(toks, q, "thoi", "han", "cua", "mot", "giay"))) {
		// ("Thời hạn đình chỉ tuyển sinh tối thiểu là 12 tháng", "Thời hạn
		// bảo lãnh tối đa là 30 ngày": a sanction's or a guarantee's term.)
		return "a period of validity (\"thời hạn sử dụng\", \"thời hạn hiệu lực\"), not a time limit"
	}
	switch toks[q].text { // (one comparison for most openings)
	case "chu", "ky", "thoi":
	default:
		return rd.openingDefines(it, q)
	}
	if words2(toks, q, "chu", "ky") || words2(toks, q, "ky", "han") && !wordAt(toks, q+2, "giai") && it.event != FromOtherEvent { // (a term counted from an event, "Kỳ hạn của giao dịch kỳ hạn … tối đa là 365 … ngày kể từ ngày giao dịch" (Thông tư 02/2021/TT-NHNN Điều 7), is reported as such, as the README labels a term counted from an event)
		// "Chu kỳ thanh toán là … khoảng thời gian 01 tháng", "Chu kỳ tính
		// toán trong ngày vận hành D là 8 giờ/lần" (Thông tư 29/2026/TT-BCT
		// Điều 3), "Kỳ hạn của mỗi khoản tiền gửi tối đa không quá 01 tháng"
		// (Thông tư 08/2023/TT-NHNN Điều 7): a cycle's or a deposit's term.
		return "a cycle's or a term's length (\"Chu kỳ thanh toán …\", \"Kỳ hạn của mỗi khoản tiền gửi …\"), not a time limit"
	}
	if it.event != FromOtherEvent && words3(toks, q, "thoi", "gian", "giam") { // (one counted from an event is reported as such, as the README labels a term counted from an event)
		// "Thời gian giảm mức đóng kinh phí công đoàn … không quá 06
		// tháng" (Nghị định 105/2026/NĐ-CP Điều 12): how long a relief
		// lasts.
		return "how long a relief lasts (\"Thời gian giảm mức đóng …\"), not a time limit"
	}
	if words2(toks, q, "thoi", "diem") && wordAt(toks, from-1, "sau") && wordAt(toks, from-2, "la") {
		// "Thời điểm chính thức thực hiện thẩm quyền phân cấp là sau 20 ngày
		// kể từ ngày Cục Lãnh sự nhận được văn bản thông báo …" (Thông tư
		// 03/2026/TT-BNG Điều 5): when a rule starts to apply.
		return "when something starts to apply (\"Thời điểm … là sau 20 ngày kể từ …\"), not a time limit"
	}
	return rd.openingDefines(it, q)
}

// postponeAt reports whether the "hoan" at q is "hoãn" (to postpone), not
// "hoàn" (to complete, to refund): by its mark, or, in a text without
// diacritics, by the word after, which is none of "hoàn"'s ("hoàn thuế",
// "hoàn thành", "hoàn trả", "hoàn tất", "hoàn chỉnh", "hoàn thiện", "hoàn
// tiền", "hoàn lại", "hoàn ứng", "hoàn công").
func (rd *reader) postponeAt(q int) bool {
	if strings.ContainsAny(rd.original(q), "ãÃ") {
		return true
	}
	if !rd.withoutDiacritics() {
		return false
	}
	if !kindAt(rd.toks, q+1, tokWord) {
		return true // "Thoi han hoan: …"
	}
	switch rd.toks[q+1].text {
	case "thue", "thanh", "tra", "tat", "chinh", "thien", "tien", "lai", "ung", "cong":
		return false
	}
	return true
}

// restAt reports whether the "nghi" at q is "nghỉ" (to rest, leave), not
// "nghị" ("nghị án", a court's deliberation; "nghị quyết", "nghị định"):
// by its mark, or, in a text without diacritics, by the word after.
func (rd *reader) restAt(q int) bool {
	if strings.ContainsAny(rd.original(q), "ỉỈ") {
		return true
	}
	if !rd.withoutDiacritics() {
		return false
	}
	return !wordAt(rd.toks, q+1, "an") && !wordAt(rd.toks, q+1, "quyet") && !wordAt(rd.toks, q+1, "dinh") && !wordAt(rd.toks, q+1, "luan") && !wordAt(rd.toks, q+1, "su")
}

// statutoryFigureAt reports whether the amount at from, in brackets after
// a shorter limit, is the time the rules set, which a province's published
// time cuts: "07 ngày làm việc (thời gian theo quy định: 10 ngày làm
// việc)", "10 ngày làm việc (quy định là 15 ngày làm việc)", "… giảm 50% so
// với quy định hiện hành (20 ngày làm việc)". Provinces approve lists of
// procedures whose time they cut "so với quy định hiện hành" (Quyết định
// 562/QĐ-UBND 2017 of Hà Giang, under Nghị quyết 30c/NQ-CP; Quyết định
// 1770/QĐ-UBND 2020 of Lạng Sơn, 58 procedures cut by 29,92 %, as its
// provincial office reported), and their catalogues print the cut time
// with the former one beside it (web_pages_twentythird.tsv: "… hiện tại là
// 15 ngày (quy định là 30 ngày)"): the shorter time is the one the centre
// commits to. ("(không tính thời gian theo quy định tại …)" leaves a time
// out, and is no figure replaced.)
func (rd *reader) statutoryFigureAt(from int) bool {
	toks := rd.toks
	open := -1
	for q := from - 1; q >= 0 && q >= from-7; q-- {
		if t := &toks[q]; t.kind == tokPunct { // (words are passed over at the cost of one test: most amounts have no bracket before them)
			if t.text == "(" {
				open = q
				break
			}
			if t.text != ":" {
				return false
			}
		}
	}
	if open < 1 {
		return false
	}
	if open == from-1 {
		// "so với quy định hiện hành (20 ngày làm việc)"
		return words3(toks, open-3, "dinh", "hien", "hanh") && wordAt(toks, open-4, "quy") || words4(toks, open-4, "so", "voi", "quy", "dinh")
	}
	if !rd.limitBefore(open) {
		return false
	}
	for q := open + 1; q < from; q++ {
		if leftOutAt(toks, q) || wordAt(toks, q, "tai") {
			return false
		}
	}
	for q := open + 1; q < from; q++ {
		if words2(toks, q, "quy", "dinh") {
			return true
		}
	}
	return false
}

// limitBefore reports whether a duration ends right before p: "07 ngày làm
// việc (". The items stand in the text's order, so a binary search finds
// it: a text of many bracketed figures costs a logarithm each, not a walk
// of every item (the reader's cost stays linear in the text).
func (rd *reader) limitBefore(p int) bool {
	for k := rd.firstItemEndingAt(p); k < len(rd.items) && rd.items[k].to == p; k++ {
		if it := &rd.items[k]; it.kind == iDur || it.kind == iSameDay {
			return true
		}
	}
	return false
}

// firstItemEndingAt returns the first item ending at or after token p,
// by a binary search (the items stand in the text's order), or
// len(rd.items).
func (rd *reader) firstItemEndingAt(p int) int {
	return sort.Search(len(rd.items), func(k int) bool { return rd.items[k].to >= p })
}

// openingDefines says why the duration it is no time limit by what the
// sentence opening at q defines or says, past the terms openingSays names
// first, or "".
func (rd *reader) openingDefines(it *item, q int) string {
	toks := rd.toks
	from := it.from
	for r := q; r < from && r < q+24 && !rd.isSentenceEnd(r); r++ {
		if (punctAt(toks, r, "”") || punctAt(toks, r, "\"")) && wordAt(toks, r+1, "la") && !words3(toks, q, "thoi", "han", "giai") && !words3(toks, q, "thoi", "gian", "giai") { // (not "Thời hạn giải quyết thủ tục xét tặng danh hiệu “Nghệ sĩ ưu tú” là 05 ngày làm việc", a probe of procedures' names: the limit named first)
			// "“Viện trợ quốc tế khẩn cấp để khắc phục hậu quả thiên tai” là
			// các khoản viện trợ … được phê duyệt và thực hiện trong thời
			// gian 09 tháng": a term defined.
			return "a definition (\"“…” là …\"), not a time limit"
		}
	}
	if it.event == FromOtherEvent {
		for r := q + 2; r < from && r <= q+8; r++ {
			if toks[r].text == "la" && wordAt(toks, r+1, "viec") {
				// "5. Chuyến bay bị hủy là việc không thực hiện một chuyến
				// bay mà lịch bay … đã được công bố … trong vòng 24 giờ
				// trước thời gian khởi hành dự kiến." (Thông tư
				// 81/2014/TT-BGTVT Điều 8): a term defined, the lead time
				// part of its definition (asked only of durations counted
				// from another event, so the commonest text pays nothing).
				return "a definition (\"Chuyến bay bị hủy là việc …\"), not a time limit"
			}
		}
	}
	for r := q; r < from && r < q+10 && toks[r].text != "thoi"; r++ {
		// (Not "Thời hạn: Là 15 ngày": the limit's own name.)
		if toks[r].kind == tokPunct && toks[r].text == ":" && (wordAt(toks, r+1, "la") || punctAt(toks, r+1, "*") && wordAt(toks, r+2, "la")) {
			// "Lô hàng sản xuất: là một lượng sản phẩm được sản xuất … trong
			// thời gian không quá 24 giờ": a term defined.
			return "a definition (\"Lô hàng sản xuất: là …\"), not a time limit"
		}

	}
	if wordAt(toks, q, "khong") && it.from-q > 2 && (it.event == StartUnknown || it.event == FromReceipt && !rd.receivingIn(it)) && !(wordAt(toks, q+1, "qua") || wordAt(toks, q+1, "tinh") || wordAt(toks, q+1, "ke") ||
		wordAt(toks, q+1, "bao") || wordAt(toks, q+1, "gom") || wordAt(toks, q+1, "cham") || wordAt(toks, q+1, "vuot") || wordAt(toks, q+1, "muon") || wordAt(toks, q+1, "dung") ||
		words2(toks, q+1, "it", "hon") || wordAt(toks, q+1, "duoi") || words2(toks, q+1, "nhieu", "hon")) { // ("Không ít hơn 05 ngày và không quá 10 ngày": a floor and a cap, no inaction)
		// ("không đúng chính sách, chế độ quy định thì yêu cầu … điều chỉnh
		// lại chậm nhất là 10 ngày làm việc": a fault found, then a time
		// to mend it.)
		// "a) Không phát sinh đăng nhập … trong khoảng thời gian 45 ngày mà
		// không có lý do", "d) Không thay đổi mật khẩu … trong vòng 05
		// ngày": a condition met when nothing was done, not a time limit.
		// (With a count, "a) Không hoàn thành kiểm tra, sửa chữa … sau ba
		// (03) ngày làm việc kể từ khi nhận được yêu cầu bằng văn bản của
		// bên mua điện", the lapse states the actor's limit.)
		return "a condition of inaction (\"Không thay đổi mật khẩu … trong vòng 05 ngày\"), not a time limit"
	}
	if wordAt(toks, q, "sau") && q+1 == from && punctAt(toks, it.to, ",") && words2(toks, it.to+1, "van", "chua") {
		// "Sau 2 ngày, vẫn chưa thấy bóng dáng chủ nhân tờ vé số này." (a
		// news page on an unclaimed lottery prize, web_pages_fiftyninth.tsv):
		// time gone by, a story.
		return "time gone by (\"Sau 2 ngày, vẫn chưa …\"), not a time limit"
	}
	if wordAt(toks, q, "sau") && q+1 == from && rd.rightAfter(it.to) {
		// "c) Sau 12 tháng, kể từ ngày quyết định kỷ luật … có hiệu lực,
		// viên chức … được quyền đăng ký dự tuyển": a wait before a right.
		return "a waiting period before a right (\"Sau 12 tháng, … được quyền\"), not a time limit"
	}
	if (wordAt(toks, q, "sau") && (q+1 == from || words2(toks, q+1, "thoi", "gian") && q+3 == from || words2(toks, q+1, "thoi", "han") && q+3 == from) ||
		words2(toks, from-2, "hoac", "sau") || words2(toks, q, "neu", "sau") && q+2 == from && !rd.phraseInSentenceAfter(it.to, 30, "chua", "nhan", "duoc")) && it.event != FromOtherEvent && rd.lapseAfter(it.to) { // ("Nếu sau 15 ngày mà người vi phạm vẫn chưa đến cơ quan chức năng … thì …", a province's police on traffic fines, web_pages_fiftythird.tsv; not "Nếu sau 15 ngày làm việc … mà quý vị chưa nhận được thông tin …", an answer awaited, the body's limit)
		// (Also "… hoặc sau 12 tháng kể từ ngày nộp hồ sơ đề nghị lần đầu
		// mà hồ sơ bổ sung không đáp ứng yêu cầu thì hồ sơ đã nộp không
		// còn giá trị": the dossier lapses.)
		// "Sau thời gian 30 ngày mà không có đề nghị khôi phục … thì …
		// thu hồi": a lapse, not a time to answer. (One counted from an
		// event, "Sau thời hạn 30 ngày, kể từ ngày có thông báo … mà
		// không …", is reported as such.)
		return "a lapse (\"Sau thời gian 30 ngày mà không …\"), not a time limit"
	}
	if rd.documentAt(q) && it.event == StartUnknown && (wordAt(toks, withinStart(toks, from)-1, "cap") || words2(toks, from-2, "cap", "trong")) { // ("Giấy phép được cấp trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ", thukyluat.vn on plant-variety permits: counted from receipt, the time to grant it)
		// "đ) Giấy chứng nhận sức khỏe do cơ quan y tế có thẩm quyền cấp
		// trong thời hạn 12 tháng" ("trong thời gian 06 tháng"): the
		// document's age at filing.
		return "the age of a document (\"… cấp trong thời hạn 12 tháng\"), not a time limit"
	}
	if words2(toks, q, "bien", "ban") && it.lead && words2(toks, from-2, "khong", "qua") {
		// "Biên bản xác minh điều kiện thi hành án … được thực hiện trong
		// thời hạn không quá 03 tháng trước khi đề nghị xét miễn, giảm"
		// (Luật Thi hành án dân sự 2008 Điều 63): how recent a record
		// must be, no time to act.
		return "the age of a document (\"Biên bản … không quá 03 tháng trước khi …\"), not a time limit"
	}
	if words2(toks, q, "niem", "yet") && it.event != FromOtherEvent && !latestRightBefore(toks, from) {
		return "a period of posting (\"niêm yết\"), not a time limit"
	}
	if words2(toks, q, "dang", "tin") && it.event != FromOtherEvent {
		// "- Đăng tin 03 lần trên phương tiện thông tin đại chúng ở địa
		// phương trong thời gian 15 ngày về việc mất Giấy chứng nhận": how
		// long a notice runs in the press, as a posting.
		return "a period of publication (\"Đăng tin 03 lần … trong thời gian 15 ngày\"), not a time limit"
	}
	return ""
}

// receivingIn reports whether the count's clause of it says someone
// receives ("kể từ khi nhận được yêu cầu …"), not files ("kể từ ngày nộp
// hồ sơ …").
func (rd *reader) receivingIn(it *item) bool {
	for q := it.eventAt; q < it.eventEnd && q < len(rd.toks); q++ {
		if wordAt(rd.toks, q, "nhan") && !wordAt(rd.toks, q-1, "xac") {
			return true
		}
	}
	return false
}

// barAfter reports whether the main clause right after the count of
// duration it (past its comma, ten tokens at most, before any "thì",
// "phải" or "nếu") says the body does not act: "trong thời gian 60 ngày
// kể từ ngày nhận được văn bản của đơn vị kinh doanh vận tải, cơ quan cấp
// phép không thực hiện cấp mới, cấp lại Giấy phép …", a bar, no time to
// act.
func (rd *reader) barAfter(it *item) bool {
	toks := rd.toks
	if it.eventEnd <= 0 || !punctAt(toks, it.eventEnd, ",") {
		return false
	}
	for q := it.eventEnd + 1; q < len(toks) && q <= it.eventEnd+10 && !rd.isBreak(q); q++ {
		switch toks[q].text {
		case "thi", "phai", "neu":
			return false
		case "khong":
			// ("… gửi thông báo không tiếp nhận hồ sơ …" is what the
			// notice says.)
			return words3(toks, q+1, "thuc", "hien", "cap") || words4(toks, q+1, "thuc", "hien", "giai", "quyet")
		}
	}
	return false
}

// filerCondition says why duration it is a condition on the filer after
// filing, no limit, or "": "Trong thời hạn 10 ngày làm việc kể từ ngày
// nộp đủ hồ sơ … mà người lao động không thuộc một trong các trường hợp
// có việc làm …" (what must not happen in the window: Luật Việc làm 2013
// Điều 49 sets such conditions of unemployment benefit), "Chưa tìm được
// việc làm sau 15 ngày, kể từ ngày nộp hồ sơ …" (a state not yet reached).
func (rd *reader) filerCondition(it *item) string {
	toks := rd.toks
	if it.event != FromReceipt || it.eventAt <= 0 || rd.rareTokens()&rareWhereas == 0 && !wordAt(toks, it.from-1, "sau") {
		return ""
	}
	filed := wordAt(toks, it.eventAt, "nop") || words2(toks, it.eventAt, "ngay", "nop")
	if !filed {
		return ""
	}
	for q := max(it.to, it.eventEnd); q < len(toks) && q < it.eventEnd+24 && !rd.isSentenceEnd(q) && !punctAt(toks, q, ";"); q++ {
		if toks[q].text == "ma" && rd.lapseOpens(q) {
			return "a condition on the filer in a window after filing (\"kể từ ngày nộp đủ hồ sơ … mà người lao động không …\"), not a time limit"
		}
	}
	if wordAt(toks, it.from-1, "sau") && wordAt(toks, rd.opening(it.from), "chua") {
		return "a state not yet reached after filing (\"Chưa tìm được việc làm sau 15 ngày, kể từ ngày nộp hồ sơ\"), not a time limit"
	}
	return ""
}

// noticeBefore reports whether "thông báo" stands in the sentence before
// p, forty tokens at most: a notice given at a place ("thông báo … tại trụ
// sở").
func (rd *reader) noticeBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-40 && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q, "thong", "bao") {
			return true
		}
	}
	return false
}

// repealOpens reports whether the sentence starting at s opens an
// amendment that repeals or replaces words ("Bãi bỏ …", "Thay thế cụm từ
// …"), after its list marks.
func (rd *reader) repealOpens(s, p int) bool {
	s = rd.openingWord(s, p)
	return words2(rd.toks, s, "bai", "bo") || words4(rd.toks, s, "thay", "the", "cum", "tu")
}

// keepingAt reports whether "lưu giữ" at q names the keeping of goods or
// papers whose time the duration ending at to measures: not the time after
// a storage ran out ("… thì quá thời hạn được phép lưu giữ tại Việt Nam
// thương nhân chỉ được tái xuất … trong vòng 15 ngày", Thông tư
// 38/2015/TT-BTC Điều 83), nor a term of storage counted from another event,
// reported as such by the README's convention ("Thời hạn lưu giữ hàng hóa
// trung chuyển không quá 30 ngày kể từ ngày hoàn thành thủ tục hải quan tại
// cửa khẩu nhập", Điều 51a).
func (rd *reader) keepingAt(q, to int) bool {
	toks := rd.toks
	return words2(toks, q, "luu", "giu") && !rd.phraseBefore(q, 5, "qua", "thoi", "han") && !(words2(toks, q-2, "thoi", "han") && countFromAt(toks, to))
}

// reportTitleBefore reports whether the words before the amount at p are
// a report's title opening its sentence or a "…:" heading's text: "Báo
// cáo" with a capital, then at most seven tokens, words or an opening
// bracket, none of them a limit's words ("Báo cáo phương tiện vận tải (6
// tháng)", "Báo cáo hoạt động sáu (06) tháng").
func (rd *reader) reportTitleBefore(p int) bool {
	toks := rd.toks
	s := rd.opening(p)
	for q := s; q < p; q++ {
		if punctAt(toks, q, ":") {
			s = q + 1
		}
	}
	if !words2(toks, s, "bao", "cao") || !strings.HasPrefix(rd.original(s), "B") || p-s > 9 {
		return false
	}
	for q := s + 2; q < p; q++ {
		if toks[q].kind != tokWord && !punctAt(toks, q, "(") {
			return false
		}
		switch toks[q].text {
		case "phai", "trong", "han", "gian", "nhat", "qua", "da", "truoc", "sau", "ke", "khi", "vong", "gui", "nop":
			return false // "Báo cáo phải gửi trong thời hạn một (01) tháng": a time to send it
		}
	}
	return true
}

// criterionOrCondition reads a duration counted from another event (a lead
// time among them) or in months for what makes it no time limit: a notice
// already given as a case's condition, a criterion held over a span or a
// window, how often records are updated, a report named by its months.
// The commonest durations, days counted from receipt, never ask.
func (rd *reader) criterionOrCondition(it *item) string {
	toks := rd.toks
	if it.lead && thenWithin(toks, it.to, 20) && rd.phraseInSentenceBefore(it.from, 32, "da", "thong", "bao") {
		// "5. Hành khách có vé nhưng đến chậm … và đã thông báo cho người
		// kinh doanh vận tải … 02 giờ trước thời gian phương tiện xuất bến
		// … thì giải quyết theo các quy định sau đây:" (Thông tư
		// 80/2014/TT-BGTVT Điều 11): a notice already given ahead, a
		// case's condition, no time to act.
		return "a notice already given ahead, a case's condition (\"đã thông báo … 02 giờ trước … thì …\"), not a time limit"
	}
	if it.event == FromOtherEvent && words2(toks, rd.opening(it.from), "khong", "co") && rd.phraseInSentenceAfter(it.to, 16, "cho", "den", "thoi", "diem") {
		// "a) Không có lô hàng bị cơ quan thẩm quyền … phát hiện vi phạm
		// về ATTP trong thời hạn 12 tháng kể từ khi có tên trong danh sách
		// ưu tiên cho đến thời điểm xem xét;" (Thông tư 48/2013/TT-BNNPTNT
		// Điều 22): a criterion held over a span between two events.
		return "a criterion held over a span (\"Không có … trong thời hạn 12 tháng kể từ … cho đến thời điểm xem xét\"), not a time limit"
	}
	if it.lead && words2(toks, rd.opening(it.from), "thong", "tin") && rd.phraseInSentenceAfter(it.to, 8, "nop", "ho", "so") {
		// "đ) Thông tin về giá xuất khẩu của hàng hóa … tại thời điểm nhập
		// khẩu vào Việt Nam trong thời hạn tối thiểu 12 tháng trước khi Bên
		// yêu cầu nộp Hồ sơ …" (Nghị định 10/2018/NĐ-CP Điều 79): the
		// period the information filed must cover, no time to act.
		return "the period information must cover (\"Thông tin … tối thiểu 12 tháng trước khi Bên yêu cầu nộp Hồ sơ\"), not a time limit"
	}
	if s := rd.opening(it.from); it.lead && it.from-s <= 12 && wordAt(toks, s, "co") && words2(toks, s+1, "hanh", "vi") {
		// "a) Có hành vi nguy cơ cao trong vòng 3 tháng trước khi xét
		// nghiệm HIV lần thứ nhất;" (Thông tư 09/2021/TT-BYT Điều 4): a
		// criterion, conduct within a window before an event, no act due.
		return "conduct within a window before an event (\"Có hành vi … trong vòng 3 tháng trước khi …\"), not a time limit"
	}
	if wordAt(toks, it.to-1, "thang") {
		if words2(toks, it.from-2, "cap", "nhat") && (punctAt(toks, it.to, ",") || words2(toks, it.to, "mot", "lan")) {
			// "2. Cập nhật 6 tháng, trước ngày 30/6 và 31/12 hằng năm các nội
			// dung tại khoản 4 Điều 5" (Thông tư 18/2019/TT-BNNPTNT Điều 10):
			// how often records are updated, no time to act.
			return "how often something is updated (\"Cập nhật 6 tháng, …\"), not a time limit"
		}
		if rd.reportTitleBefore(it.from) {
			// "b) Báo cáo phương tiện vận tải (6 tháng) theo Mẫu HK-2 …" (Thông
			// tư 33/2016/TT-BGTVT Điều 4), "a) Báo cáo định kỳ: Báo cáo hoạt
			// động sáu (06) tháng trước ngày 10 tháng 7 …" (Thông tư liên tịch
			// 20/2013/TTLT-BYT-BCT-BNNPTNT Điều 19): a report named by the
			// months it covers, as "báo cáo sáu tháng" is.
			return "a report named by its period (\"Báo cáo hoạt động sáu (06) tháng\"), not a time limit"
		}
	}
	return ""
}

// unitDefinition reports whether a unit's length is defined at q: one
// unit or half of one ("một", "nửa", read as "0,5", or "1") opening its
// clause, its unit, then "là" and the length: "Một tháng là ba mươi ngày",
// "Nửa năm là sáu tháng", "1 năm là 365 ngày" (the Civil Code 2015 Art.
// 146(1) lists a year, half a year, a month, half a month, a week, a day
// and an hour so, and pages quote it: "một năm là ba trăm sáu mươi lăm
// ngày còn nửa năm là sáu tháng"). Neither amount is a time limit.
func unitDefinition(toks []token, q int) bool {
	if q < 0 || !wordAt(toks, q+2, "la") || q+1 >= len(toks) || toks[q+1].kind != tokWord || !isUnitWord(toks[q+1].text) {
		return false
	}
	if !wordAt(toks, q, "mot") && !(kindAt(toks, q, tokNum) && (toks[q].text == "1" || toks[q].text == "01" || toks[q].text == "0,5")) {
		return false // one unit or half of one ("hợp đồng 12-36 tháng là 30 ngày" is a notice for such contracts)
	}
	if q == 0 {
		return true
	}
	p := toks[q-1]
	return p.kind == tokPunct && (p.text != "-" || toks[q].space) || p.text == "con" || p.text == "va" || p.text == "thi"
}

// symbolDefinedAt reports whether the text opens with a quantity's name,
// at most eight words, and "=": "Mbqtl = …", "Hạn mức nợ ròng hiện thời =
// hạn mức nợ ròng tạm thời trong ngày + …" (Thông tư 08/2024/TT-NHNN): a
// formula's definition.
func symbolDefinedAt(toks []token) bool {
	for q := 0; q < len(toks) && q <= 8; q++ {
		switch {
		case punctAt(toks, q, "="):
			return q > 0
		case toks[q].kind != tokWord:
			return false
		}
	}
	return false
}

// shareCapAfter reports whether a cap of a share follows the duration
// ending at p: "không (vượt) quá 12%" (a percentage right after the cap).
func (rd *reader) shareCapAfter(p int) bool {
	toks := rd.toks
	if !wordAt(toks, p, "khong") {
		return false
	}
	q := p + 1
	if wordAt(toks, q, "vuot") {
		q++
	}
	return wordAt(toks, q, "qua") && kindAt(toks, q+1, tokNum) && punctAt(toks, q+2, "%")
}

// everyAt reports whether the duration of it recurs: after "mỗi" (every;
// not "mới", new), or with "1 lần" (once) ending the clause within four
// words after it and no limit's cue before it ("… báo cáo các vụ tai nạn
// lao động hàng hải định kỳ, cụ thể là sau mỗi 6 tháng và sau mỗi năm",
// "Các sở ngành, quận huyện 6 tháng họp báo 1 lần": pages on maritime
// accident reports and on spokespeople, web_pages_sixtyninth.tsv).
func (rd *reader) everyAt(it *item) bool {
	toks := rd.toks
	rare := rd.rareTokens() // (looked up once a text: most have neither word)
	if rare&rareEach != 0 && wordAt(toks, it.from-1, "moi") && rd.markedOrUnmarked(it.from-1, "ỗỖ") {
		return true
	}
	if rare&rareLan == 0 {
		return false
	}
	for q := it.to; q < it.to+5 && q < len(toks) && toks[q].kind != tokPunct; q++ {
		if wordAt(toks, q+1, "lan") && (wordAt(toks, q, "mot") || kindAt(toks, q, tokNum) && toks[q].text == "1") && (q+2 >= len(toks) || rd.isBreak(q+2)) && !withinCueBefore(toks, it.from) {
			return true
		}
	}
	return false
}

// cancellationWindowAt reports whether the duration at from, before
// "trước", is a cancellation's window before a departure: "Không hoàn tiền
// khi hủy chỗ trong vòng 3 ngày trước khi đi", "Tour bị hủy trong vòng 3
// ngày trước khi đi do các yếu tố bất khả kháng …" (a travel agency's
// refund policy, web_pages_seventythird.tsv), which sets what is refunded.
func (rd *reader) cancellationWindowAt(from int) bool {
	return words2(rd.toks, from-2, "trong", "vong") && rd.phraseBefore(from-2, 8, "huy")
}

// waitToldAt reports whether "đợi" or "chờ" at c tells a wait that
// happened: "đã" or "đứng" before it ("anh T. … cho biết đã đứng đợi
// khoảng 15 phút", a news report on a ward's queue,
// web_pages_eightysecond.tsv; "đã phải chờ …"). A wait to come ("tổ chức,
// cá nhân phải chờ đợi 30 ngày làm việc để nhận được kết quả") is the
// time the result takes, a limit.
func (rd *reader) waitToldAt(c int) bool {
	// Only with the marks written: stripped, "xây dựng cho hai (02) năm"
	// has a "dung" and a "cho" too.
	toks := rd.toks
	switch {
	case wordAt(toks, c, "doi") && strings.ContainsAny(rd.original(c), "ợỢ"):
		if wordAt(toks, c-1, "cho") {
			c-- // "chờ đợi"
		}
	case wordAt(toks, c, "cho") && strings.ContainsAny(rd.original(c), "ờỜ"):
	default:
		return false
	}
	for q := c - 1; q >= c-3 && q >= 0; q-- {
		if wordAt(toks, q, "dung") && strings.ContainsAny(rd.original(q), "ứỨ") || wordAt(toks, q, "da") && strings.ContainsAny(rd.original(q), "ãÃ") {
			return true
		}
	}
	return false
}
