package sla

import "strings"

// The checks the not-a-limit rules (reading_notlimit.go) ask of a
// duration's neighbourhood: the words right around it (notALimitNear), the
// term of a matter, a penalty or a measure, a paper's or a card's age,
// acts counted in a window, a definition, dates in brackets.

// selfSaidWhy says why either amount of "mười ngày vẫn là mười ngày" is no
// time limit: "Không có ngoại lệ nào cho ngày nghỉ, lễ, Tết; mười ngày vẫn
// là mười ngày" (a Q&A page on traffic fines), a period said to be itself.
const selfSaidWhy = "a period said to be itself (\"mười ngày vẫn là mười ngày\"), not a time limit"

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
	if w := text(from - 1); (w == "tu" || w == "den" || w == "tren") && words2(toks, rd.opening(from), "phat", "tien") {
		// "2. Phạt tiền 700.000 đồng, … đối với hành vi nộp hồ sơ khai
		// thuế … quá thời hạn quy định từ 01 ngày đến 10 ngày (trừ trường
		// hợp …)." (a page on late tax returns, web_pages_fiftyfourth.tsv):
		// a penalty's tier of lateness, no time to act.
		return "a penalty's tier (\"Phạt tiền … quá thời hạn từ 01 ngày đến 10 ngày\"), not a time limit"
	}
	if from > 0 && toks[from-1].kind == tokPunct {
		// "Đăng ký trễ hạn (>60 ngày)" (a scenario's name in a
		// civil-status assistant, github.com/draphonix/tthc-agents): a
		// comparison's sign before the amount, a threshold. (">" and "<"
		// only glued to the amount and not in an arrow: "=> 45 ngày", "->",
		// ">>> 18 ngày" quote or point.)
		sign := toks[from-1].text
		switch sign {
		case ">", "<":
			if toks[from].space && (!kindAt(toks, from-2, tokWord) || wordAt(toks, from-2, "la")) || punctAt(toks, from-2, "=") || punctAt(toks, from-2, ">") || punctAt(toks, from-2, "-") || punctAt(toks, from-2, "<") { // ("Đổi vé < 24 giờ Không đổi vé", an airline's fare rules, web_pages_seventyninth.tsv: a spaced sign after a word compares too; "thời gian sửa chữa là < 8h", a time named and then its cap, as "là ≤ 2h")
				break
			}
			return "a threshold (\"" + sign + "\" before the amount), not a time limit"
		case "≥", "≤", "＞", "＜":
			if sign == "≤" && wordAt(toks, from-2, "la") && rd.phraseInSentenceBefore(from-2, 6, "thoi", "gian") {
				// "Ống từ DN 15 – DN 50 thời gian sửa chữa là ≤ 2h kể từ khi
				// bắt đầu phát hiện …" (a water company's repair times,
				// web_pages_seventyfifth.tsv): a time named, then its cap, as
				// "là không quá 2 giờ".
				break
			}
			return "a threshold (\"" + sign + "\" before the amount), not a time limit"
		case ":":
			if why := rd.termLabelBefore(from - 1); why != "" {
				return why
			}
		}
	}
	if wordAt(toks, to-1, "thang") && words3(toks, from-3, "trong", "thoi", "han") && rd.phraseInSentenceBefore(from-3, 10, "khong", "hoat", "dong") {
		// "h) Tổ chức, cá nhân không thông báo … về việc không hoạt động
		// sản xuất, kinh doanh trong thời hạn 12 tháng tại địa điểm …"
		// (Nghị định 46/2026/NĐ-CP Điều 18): a period of inactivity, a ground.
		return "a period of inactivity (\"không hoạt động … trong thời hạn 12 tháng\"), not a time limit"
	}
	if wordAt(toks, to-1, "thang") && withinCueBefore(toks, from) && rd.actsCountedAfter(to) {
		// "b) Trong thời hạn 12 tháng bị xử phạt hành chính từ 02 lần trở
		// lên …", "đ) Trong thời hạn 12 tháng để xảy ra 02 vụ ngộ độc thực
		// phẩm trở lên …" (Nghị định 46/2026/NĐ-CP Điều 18): the window in which
		// acts are counted, a ground, no time to act; so also after "Trong
		// vòng", "Trong thời gian".
		return "a window in which acts are counted (\"Trong thời hạn 12 tháng bị xử phạt … từ 02 lần trở lên\"), not a time limit"
	}
	if words4(toks, from-4, "gia", "han", "khong", "qua") && rd.phraseInSentenceBefore(from, 40, "gia", "han", "tam", "tru") {
		// "Người đã nhập cảnh … nếu có nhu cầu gia hạn tạm trú … được xem
		// xét gia hạn không quá 90 ngày" (Nghị định 82/2015/NĐ-CP Điều 14): the
		// stay granted, no time to act.
		return "a stay granted (\"gia hạn tạm trú … không quá 90 ngày\"), not a time limit"
	}
	if words6(toks, from-6, "gia", "han", "su", "dung", "khong", "qua") {
		// "… thì chủ đầu tư được gia hạn sử dụng không quá 24 tháng" (Luật
		// Đất đai 2024 Điều 81 khoản 8, as a news page tells it): the
		// land's use granted longer, a term of a right, no time to act.
		return "a use granted longer (\"gia hạn sử dụng không quá 24 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "cham") && words2(toks, from-3, "su", "dung") {
		// "… hoặc tiến độ sử dụng chậm 24 tháng thì …" (the same law): how
		// far a use is behind its schedule, a ground.
		return "a delay behind a schedule (\"tiến độ sử dụng chậm 24 tháng\"), not a time limit"
	}
	if punctAt(toks, from-1, ",") && wordAt(toks, from-2, "ngay") && kindAt(toks, from-3, tokNum) && wordAt(toks, from-4, "trong") && rd.phraseInSentenceBefore(from, 14, "so", "gio") {
		// "… số giờ làm việc bình thường trong 01 ngày, 01 tuần theo quy
		// định …" (Nghị định 145/2020/NĐ-CP Điều 56): hours counted in a
		// day or a week, a rate.
		return "a rate (\"số giờ … trong 01 ngày, 01 tuần\"), not a time limit"
	}
	if kindAt(toks, to, tokNum) && wordAt(toks, to+1, "dem") {
		// "… và không quá 04 ngày 03 đêm cho 01 người/đoàn …" (Thông tư
		// 11/2019/TT-BCT Điều 11, trade promotion's support): a trip's
		// length in days and nights, no time to act.
		return "a trip's length (\"04 ngày 03 đêm\"), not a time limit"
	}
	if wordAt(toks, to+2, "mot") && wordAt(toks, to+3, "lan") && kindAt(toks, to+1, tokWord) && !withinCueBefore(toks, from) && !wordAt(toks, from-1, "qua") {
		// "d) Yếu tố phụ: … 10 ngày quan trắc một lần vào các ngày 5, 15,
		// 25;" (a hydrological station's observation rules,
		// web_pages_sixtyfifth.tsv): how often, a recurrence.
		return "a recurrence (\"10 ngày quan trắc một lần\"), not a time limit"
	}
	switch text(to) {
	case "nua":
		if rd.fromNowAt(from, to) {
			return "a time from now (\"hai tháng nữa\"), not a time limit"
		}
	case "chi":
		if wordAt(toks, to+1, "moi") {
			// "3 tháng chỉ mới giải ngân 0,99% vốn ODA" (a news headline,
			// web_pages_fiftyfifth.tsv): a time passed, a figure's period.
			return "a time passed (\"3 tháng chỉ mới giải ngân …\"), not a time limit"
		}
	case ")":
		if words3(toks, to+1, "khong", "tinh", "vao") {
			// "… và thời gian chuyển hồ sơ từ UBND cấp xã đến Văn phòng Đăng
			// ký đất đai (01 ngày) không tính vào thời gian …" (a province's
			// land procedure, web_pages_fiftyfourth.tsv): a time left out
			// of the count.
			return "a time left out of the count (\"(01 ngày) không tính vào thời gian …\"), not a time limit"
		}
	case "van":
		if wordAt(toks, to+1, "la") && rd.sameAmountAt(from, to, to+2) {
			return selfSaidWhy
		}
	case "khi":
		if withinLimitStart(toks, from) >= 0 && words2(toks, rd.opening(from), "khong", "duoc") {
			// "1. Không được thực hiện coi thi, chấm thi, coi kiểm tra, chấm
			// kiểm tra trong thời hạn 03 tháng khi vi phạm một trong các quy
			// định dưới đây:" (Thông tư 40/2019/TT-BGTVT Điều 25): how long
			// a ban lasts, a sanction.
			return "a ban's term (\"Không được … trong thời hạn 03 tháng khi vi phạm …\"), not a time limit"
		}
	case "nhu":
		if rd.phraseInSentenceBefore(from, 20, "sinh", "truong") {
			// "các loại cây có thời gian sinh trưởng (từ khi trồng đến khi thu
			// hoạch) không quá 365 ngày như lúa, ngô" (Thông tư 117/1999/TT-BTC
			// Điều 1): a crop's growing time, a class of land.
			return "a growing period (\"thời gian sinh trưởng\"), not a time limit"
		}
	case "di":
		if words2(toks, to, "di", "den") && wordAt(toks, to-1, "phut") {
			// "b) Không quá 03 phút đi đến bất cứ bộ phận nào của khu bay"
			// (Thông tư 29/2021/TT-BGTVT Điều 13): a response time to reach a
			// place, a standard.
			return "a time to reach a place (\"03 phút đi đến …\"), not a time limit"
		}
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
		if words2(toks, to, "thuc", "hien") && rd.reviewBefore(from) {
			// "… sơ kết 1 năm thực hiện Thông tư số 02/2023/TT-BCA … và 6
			// tháng thực hiện Kế hoạch số 601/KH-BCA-C07 …" (a police news
			// page, web_pages_seventysixth.tsv): the time a review looks
			// back on.
			return "a time spent carrying something out (\"sơ kết … 6 tháng thực hiện\"), not a time limit"
		}
	case "tro", "so", "tinh":
		if words2(toks, to, "tro", "len") || words2(toks, to, "so", "voi") && !rd.addedTimeBefore(from) || (words2(toks, to, "tinh", "den") || words2(toks, to, "tinh", "toi")) && !rd.noLaterThanAt(from-3) { // ("06 tháng tính tới thời điểm thực hiện giao dịch"; "được kéo dài thêm 10 ngày so với thời gian quy định trên" is an extension)
			return "a threshold, a comparison or a window before filing, not a time limit"
		}
		if words3(toks, to, "tro", "ve", "truoc") {
			return "a window of past time (\"12 tháng trở về trước\"), not a time limit"
		}
		if words2(toks, to, "tro", "cap") && wordAt(toks, to-1, "thang") && wordAt(toks, from-1, "bang") {
			// "Thân nhân được hưởng trợ cấp tuất một lần bằng 3 tháng trợ
			// cấp hằng tháng đang hưởng" (Nghị định 158/2025/NĐ-CP, the
			// Gazette): a sum of allowances, as "02 tháng phụ cấp" is.
			return "a sum of allowances (\"bằng 3 tháng trợ cấp\"), not a time limit"
		}
		if rd.calendarSpanAfter(to) {
			return "a span of the calendar (\"06 tháng tính từ ngày 15/9/2016 đến ngày 14/3/2017\"), not a time limit"
		}
	case "moi", "mot":
		if (wordAt(toks, to+1, "tuan") || wordAt(toks, to+1, "thang")) && wordAt(toks, to-1, "ngay") && text(to) == "moi" {
			// "… phải đảm bảo tần suất tối đa không quá 03 ngày mỗi tuần"
			// (Nghị định 06/2017/NĐ-CP on betting, the Bộ pháp điển): a rate.
			return "a rate (\"03 ngày mỗi tuần\"), not a time limit"
		}
		if (wordAt(toks, to+1, "ngay") || wordAt(toks, to+1, "tuan")) && wordAt(toks, to-1, "gio") {
			// "… thời gian lái xe của người lái ôtô không quá 10 giờ một
			// ngày và không quá 48 giờ trong một tuần" (a news page on
			// drivers' hours, web_pages_sixtyfifth.tsv): a rate.
			return "a rate (\"10 giờ một ngày\"), not a time limit"
		}
	case "xep", "do":
		if words2(toks, to, "xep", "loai") || words4(toks, to, "do", "phai", "xep", "loai") { // ("… thì cả 02 tháng đó phải xếp loại tốt")
			// "Phạm nhân xếp loại tốt khi …: Có 03 tháng xếp loại tốt; có 02
			// tháng xếp loại tốt và tháng còn lại xếp loại khá" (Nghị định
			// 170/2026/NĐ-CP on grading prisoners, the Gazette): a count of
			// months graded.
			return "a count of months graded (\"03 tháng xếp loại tốt\"), not a time limit"
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
		if (wordAt(toks, from-1, "tu") || wordAt(toks, from-1, "cua")) && (punctAt(toks, to+1, ".") || punctAt(toks, to+1, ",") || wordAt(toks, to+1, "va")) {
			// "… theo kế hoạch từ 6 tháng trước.", "… chấm dứt đà giảm giá
			// của 2 tuần trước và …" (news pages, sector_texts4.tsv): so long
			// ago, no event after "trước".
			return "a time ago (\"từ 6 tháng trước\"), not a time limit"
		}
	case "lien":
		if wordAt(toks, to+1, "tuc") || wordAt(toks, to+1, "tiep") { // ("dòng tiền ra của 30 ngày liên tiếp kể từ ngày hôm sau")
			return "a threshold, a comparison or a window before filing, not a time limit"
		}
		if wordAt(toks, to+1, "ke") && !wordAt(toks, to+2, "tu") { // (not "tháng liền kể từ ngày …")
			return "a window of past time (\"06 tháng liền kề\"), not a time limit"
		}
		// "liền" by its mark; with no marks, any "lien" but "liên quan",
		// "liên hệ", "liên thông", "liên lạc". ("Sau hai mươi bốn tháng liền
		// kể từ ngày được giao … mà …" is counted from an event.)
		consecutive := strings.ContainsAny(rd.original(to), "ềỀ") || rd.withoutDiacritics() && !wordAt(toks, to+1, "quan") && !wordAt(toks, to+1, "he") && !wordAt(toks, to+1, "thong") && !wordAt(toks, to+1, "lac")
		if consecutive && !wordAt(toks, to+1, "sau") && !countFromAt(toks, to+1) {
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
		if wordAt(toks, to-1, "gio") && kindAt(toks, to+1, tokNum) && wordAt(toks, to+2, "gio") && !rd.hoursAmountFrom(to-1) {
			// "(10 giờ đến 20 giờ)": hours of the day. (Not when counted
			// from an event: "từ 03 giờ đến 04 giờ sau khi uống …",
			// hoursAmountFrom.)
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
		if wordAt(toks, to+1, "qua") && kindAt(toks, to+2, tokNum) && moneyWordAt(toks, to+3) {
			// "… quy định về tiền mặt không để tồn cuối 1 ngày không quá 10
			// triệu …" (an accounting page, sector_texts4.tsv): a sum
			// capped for a period, no time to act.
			return "a sum capped for a period (\"1 ngày không quá 10 triệu\"), not a time limit"
		}
	case "toi":
		if (wordAt(toks, from-1, "trong") || words2(toks, from-2, "trong", "vong")) && rd.markedOrUnmarked(to, "ớỚ") { // (with no marks, "trong 6 thang toi" is the coming months too; "trong vòng 18 tháng tới", a news page, sector_texts4.tsv)
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
	case "tu":
		if rd.calendarSpanAfter(to) {
			return "a span of the calendar (\"3 ngày từ 13 đến 16/4/2020\"), not a time limit"
		}
	case "nhieu":
		if wordAt(toks, to+1, "lan") && rd.visaBefore(from) {
			// "Từ 1/8/2010 sẽ áp dụng quy định mới về việc cấp visa Trung
			// Quốc 6 tháng nhiều lần và 1 năm nhiều lần." (a travel agency's
			// page, web_pages_fiftyfirst.tsv): a visa's kind by its
			// validity, multiple entries.
			return "a visa's validity (\"visa … 6 tháng nhiều lần\"), not a time limit"
		}
	case "trien":
		if wordAt(toks, to+1, "khai") && (wordAt(toks, from-1, "sau") || words2(toks, from-2, "so", "ket") || words2(toks, from-2, "tong", "ket")) {
			// "Sau 6 tháng triển khai, hệ thống đã thành công …", "Tại hội
			// nghị sơ kết 3 tháng triển khai …" (news pages,
			// sector_texts4.tsv): time spent carrying something out,
			// reviewed, no time to act.
			return "a time spent carrying something out (\"sau 6 tháng triển khai\"), not a time limit"
		}
	case "tang", "giam":
		if wordAt(toks, to-1, "thang") && (toks[to].text == "tang" && rd.markedOrUnmarked(to, "ăĂ") || toks[to].text == "giam" && rd.markedOrUnmarked(to, "ảẢ")) && !withinCueBefore(toks, from) {
			// "… dù kim ngạch XNK qua địa bàn 9 tháng giảm nhưng số thu của
			// đơn vị lại tăng", "… với 9 tháng tăng trưởng kinh tế đã đạt
			// 2,12%" (news pages, sector_texts4.tsv): the months a figure
			// covers, as "9 tháng đầu năm".
			return "the months a figure covers (\"9 tháng tăng trưởng\"), not a time limit"
		}
	case "vua":
		if wordAt(toks, to+1, "qua") {
			// "… khởi công trong vòng 5 ngày vừa qua (13-18/8)" (a news
			// page, sector_texts4.tsv): the days just past.
			return "a window of past time (\"trong vòng 5 ngày vừa qua\"), not a time limit"
		}
	case "nam":
		if wordAt(toks, to-1, "thang") && kindAt(toks, to+1, tokNum) && len(toks[to+1].text) == 4 && strings.HasPrefix(toks[to+1].text, "20") {
			// "– 8 tháng năm 2020, cả nước có khoảng 70.000 DN rút lui khỏi
			// thị trường" (a news page, sector_texts4.tsv): the first months
			// of a year a figure covers, as "6 tháng đầu năm 2020".
			return "the months of a year a figure covers (\"8 tháng năm 2020\"), not a time limit"
		}
	case "cuoi", "gan":
		if why := lastPartWhy(toks, to); why != "" {
			return why
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
			!((withinCueBefore(toks, from) || wordAt(toks, from-1, "trong") && !kindAt(toks, from-2, tokNum)) && rd.firstDaysOfEventAt(to+1)) && // ("trong vòng một giờ đầu sau khi sinh", Nghị định 100/2014/NĐ-CP Điều 14: a window after an event; "… lần nghỉ cuối cùng phải nằm trong 60 ngày đầu kể từ ngày vợ sinh", a news page, web_pages_seventyfourth.tsv; a table row's bare "7 Trong 07 ngày đầu tiên Kể từ ngày kích hoạt dịch vụ Hoàn tiền 100%" is a refund's tier)
			!((wordAt(toks, to-1, "ngay") || words3(toks, to-3, "ngay", "lam", "viec")) && calendarPeriodAt(toks, to+1)) { // ("10 ngày làm việc đầu tháng": a window, attach's)
			return "the first part of a span (\"12 tháng đầu\"), not a time limit"
		}
	case "nghi":
		if wordAt(toks, to-1, "ngay") && (wordAt(toks, to+1, "le") || wordAt(toks, to+1, "tet") || words2(toks, to+1, "hang", "tuan") || words2(toks, to+1, "hang", "nam") || wordAt(toks, to+1, "bu") || wordAt(toks, to+1, "duong") || wordAt(toks, to+1, "phep")) { // ("07 ngày nghỉ dưỡng", "12 ngày nghỉ phép")
			// "02 ngày nghỉ lễ Quốc khánh và 02 ngày nghỉ hằng tuần": days
			// off, no time to act.
			return "days off (\"02 ngày nghỉ lễ\"), not a time limit"
		}
	case "cap":
		if words3(toks, to, "cap", "nhat", "kien") && wordAt(toks, to-1, "gio") {
			// "… tối thiểu 40 giờ cập nhật kiến thức về pháp luật … và 08
			// giờ cập nhật kiến thức về đạo đức nghề nghiệp" (Thông tư
			// 150/2012/TT-BTC Điều 6): hours of training, a requirement.
			return "hours of training (\"08 giờ cập nhật kiến thức\"), not a time limit"
		}
	case "thuoc":
		if wordAt(toks, to-1, "thang") && wordAt(toks, from-1, "cap") {
			// "… cấp 02 tháng thuốc điều trị kháng HIV cho đối tượng"
			// (Thông tư liên tịch 02/2015/TTLT-BCA-BQP-BYT Điều 12): a
			// supply of medicine counted in months.
			return "a supply counted in months (\"cấp 02 tháng thuốc\"), not a time limit"
		}
	case "phu":
		if words2(toks, to, "phu", "cap") && wordAt(toks, to-1, "thang") && !wordAt(toks, to+2, "trong") {
			// "khi xuất ngũ được trợ cấp thêm 02 tháng phụ cấp quân hàm hiện
			// hưởng" (Thông tư 95/2016/TT-BQP Điều 7): a sum of allowances.
			return "a sum of allowances (\"02 tháng phụ cấp\"), not a time limit"
		}
	case "tien", "luong", "muc":
		if sumOfWagesAt(toks, to) {
			// "tối đa không quá 01 tháng tiền lương": a sum of wages ("tương
			// đương với 1 tháng tiền thuê nhà": of rent; "Thông thường là 3
			// tháng tiền mướn nhà", a deposit, web_pages_seventyeighth.tsv).
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
		if punctAt(toks, to, ",") && words4(toks, to+1, "mot", "khoang", "thoi", "gian") && (from == 0 || toks[from-1].ends) {
			// "Mười ngày, một khoảng thời gian ngắn ngủi nhưng đầy ý nghĩa
			// đối với người vi phạm luật giao thông" (a Q&A page): the
			// period spoken of, set apart at the sentence's opening.
			return "a period spoken of (\"Mười ngày, một khoảng thời gian …\"), not a time limit"
		}
		if punctAt(toks, to, ",") && words4(toks, to+1, "tinh", "den", "ngay", "nop") {
			// "… trong thời gian không quá 06 tháng, tính đến ngày nộp hồ sơ":
			// a window before filing.
			return "a threshold, a comparison or a window before filing, not a time limit"
		}
		if rd.calendarSpanAfter(to) {
			return "a span of the calendar (\"07 tháng (bảy tháng), từ tháng 10 … đến hết tháng 4\"), not a time limit"
		}
		if punctAt(toks, to, ",") && wordAt(toks, to-1, "thang") && (wordAt(toks, to+1, "nam") && !kindAt(toks, to+2, tokNum) || wordAt(toks, from-2, "quy") && punctAt(toks, from-1, ",")) { // (and "Quý, 6 tháng, 9 tháng, năm")
			// "Báo cáo ước tính, chính thức tình hình … thủy sản nội địa 6
			// tháng, năm" (a statistics circular's table of reports, the
			// Gazette): periods reported on, listed, no time to act.
			return "a period reported on (\"6 tháng, năm\"), not a time limit"
		}
	}
	if punctAt(toks, to, "/") && (kindAt(toks, to+1, tokNum) && (wordAt(toks, to+2, "lan") || wordAt(toks, to+2, "nam") || wordAt(toks, to+2, "luot") || wordAt(toks, to+2, "trang")) || // ("một (01) giờ/một (01) lượt", read as "01 giờ/01 lượt", Thông tư 03/2022/TT-BTP Điều 11)
		wordAt(toks, to+1, "nguoi") || wordAt(toks, to+1, "lan") || wordAt(toks, to+1, "nam") || wordAt(toks, to+1, "mot") || wordAt(toks, to+1, "tiet") || wordAt(toks, to+1, "mon") || wordAt(toks, to-1, "phut") && kindAt(toks, to+1, tokWord) && !words2(toks, to+1, "ho", "so")) { // ("Tối đa 30 phút/thí sinh", Thông tư 17/2018/TT-BKHCN Điều 5, "tối đa 15 phút/giáo viên dự thi", Thông tư 20/2017/TT-BGDĐT Điều 5: minutes a person; "tối đa là 20 giờ/1 năm", "thời gian 45 phút/tiết", "một (01) giờ/một (01) lượt", "không quá 120 phút/môn thi": Thông tư 12/2015/TT-BTC Điều 4; not "30 phút/hồ sơ", a time per dossier, as "15 ngày làm việc/hồ sơ")
		// "tần suất kiểm tra tối đa 06 tháng/01 lần", "tối đa 06
		// tháng/người/khóa học": a frequency or a cap per person.
		return "a frequency or a rate (\"06 tháng/01 lần\", \"06 tháng/người\"), not a time limit"
	}
	switch text(from - 1) {
	case "khoang", "hon", "gan":
		if why := rd.storyOrTimeGained(from, to); why != "" {
			return why
		}
	case "mat":
		if why := rd.timeTakenAfterMat(from); why != "" {
			return why
		}
	case "them":
		if rd.phraseInSentenceBefore(from, 8, "theo", "doi") && rd.phraseInSentenceBefore(from, 30, "cach", "ly") {
			// "… thời gian cách ly y tế sẽ giảm … xuống còn 14 ngày …, tiếp
			// tục theo dõi sức khỏe tại nhà thêm 14 ngày." (a news page on
			// COVID-19, web_pages_fiftyfourth.tsv): the watch after a
			// quarantine.
			return "a quarantine's length (\"theo dõi sức khỏe tại nhà thêm 14 ngày\"), not a time limit"
		}
	case "ly":
		if wordAt(toks, from-2, "cach") && rd.markedOrUnmarked(from-2, "áÁ") {
			// "TP.HCM: Người nhập cảnh trên 14 ngày phải cách ly 6 ngày" (a
			// news page on COVID-19, web_pages_fiftyfourth.tsv): a
			// quarantine's length, no time to act.
			return "a quarantine's length (\"cách ly 6 ngày\"), not a time limit"
		}
	case "duoc":
		if (wordAt(toks, from-3, "da") || wordAt(toks, from-4, "da")) && (words2(toks, from-3, "tam", "giu") || words2(toks, from-3, "tam", "giam")) {
			// "Vừa rồi mẹ em bị công an tỉnh bắt … và đã tạm giữ được 6
			// ngày." (a reader's question to a law firm,
			// web_pages_fiftythird.tsv): the time held so far.
			return "a time held so far (\"đã tạm giữ được 6 ngày\"), not a time limit"
		}
	case "rieng":
		if wordAt(toks, from-2, "tinh") {
			// "Tuy nhiên, tính riêng 5 tháng kể từ khi thực thi Hiệp định
			// EVFTA, xuất khẩu sang thị trường EU đạt khoảng 15,38 tỷ USD"
			// (a news page, sector_texts4.tsv): the months a figure covers.
			return "the months a figure covers (\"tính riêng 5 tháng kể từ …\"), not a time limit"
		}
	case "day":
		if wordAt(toks, from-2, "chua") {
			// "Chỉ chưa đầy 20 ngày (kể từ ngày 24/8), các lực lượng chức
			// năng … đã phát hiện và bắt giữ 6 vụ việc …" (a news page,
			// sector_texts4.tsv): less time than that has passed.
			return "a time passed (\"chưa đầy 20 ngày\"), not a time limit"
		}
	case "loai":
		if wordAt(toks, from-2, "xep") && wordAt(toks, to-1, "thang") {
			// "phạm nhân mới đủ thời gian xếp loại 02 tháng trong quý thì cả
			// 02 tháng đó phải xếp loại tốt": months graded, as "03 tháng
			// xếp loại tốt" are.
			return "a count of months graded (\"03 tháng xếp loại tốt\"), not a time limit"
		}
	case "la":
		if wordAt(toks, from-2, "van") && rd.sameAmountAt(from, to, from-2-(to-from)) {
			return selfSaidWhy
		}
		if rd.rareTokens()&rareLan != 0 && rd.phraseInSentenceBefore(from, 30, "giua", "hai", "lan") && rd.phraseInSentenceBefore(from, 30, "toi", "thieu") { // (no "lần" in most texts: no scan after "là")
			// "1. Khoảng thời gian tối thiểu giữa hai lần liên tiếp hiến máu
			// toàn phần … là 12 tuần." (a page on blood donation,
			// web_pages_fiftyfourth.tsv): a minimum interval, no time to act.
			return "a minimum interval (\"khoảng thời gian tối thiểu giữa hai lần … là 12 tuần\"), not a time limit"
		}
	case "dong":
		if wordAt(toks, from-2, "tien") {
			// "Tổng số tiền đóng 10 tháng (nộp 1 lần khi đăng ký)": the
			// months a payment covers.
			return "the period a payment covers (\"số tiền đóng 10 tháng\"), not a time limit"
		}
	case "vong":
		if rd.phraseInSentenceBefore(from, 8, "chuyen", "doi", "thanh", "tien") {
			// "Vốn khả dụng là vốn chủ sở hữu có thể chuyển đổi thành tiền
			// trong vòng chín mươi (90) ngày" (Thông tư 95/2020/TT-BTC Điều
			// 3): what makes an asset liquid, a definition.
			return "a measure of liquidity (\"chuyển đổi thành tiền trong vòng 90 ngày\"), not a time limit"
		}
		if wordAt(toks, from-2, "trong") && punctAt(toks, from-3, "(") && (words2(toks, from-5, "chung", "thuc") || words2(toks, from-5, "ban", "sao")) {
			// "Bản sao chứng thực (trong vòng 3 tháng) Thẻ CCCD": how
			// recent the copy must be.
			return "a copy's age (\"Bản sao chứng thực (trong vòng 3 tháng)\"), not a time limit"
		}
	case "sau":
		if words3(toks, from-6, "het", "hieu", "luc") || words3(toks, from-4, "het", "hieu", "luc") {
			// "Tài khoản giao dịch điện tử … sẽ hết hiệu lực sử dụng sau 06
			// tháng kể từ ngày ban hành bản án" (Nghị quyết 04/2016/NQ-HĐTP
			// Điều 13): when a validity ends.
			return "the end of a validity (\"hết hiệu lực … sau 06 tháng\"), not a time limit"
		}
		if from-1 == rd.opening(from-1) && punctAt(toks, to, ":") {
			// "• Sau 07 ngày: không hỗ trợ hoàn tiền.": a row of a table of
			// terms, what holds once the time has passed.
			return "a threshold heading a row (\"Sau 07 ngày: …\"), not a time limit"
		}
	case "han":
		if wordAt(toks, from-2, "qua") {
			if why := rd.overdueBy(from, to); why != "" {
				return why
			}
		}
		if from > 4 && withinAt(toks, from-3) && (rd.phraseBefore(from-3, 12, "duoc", "tam", "dung") || rd.phraseBefore(from-3, 12, "duoc", "tam", "ngung")) {
			// "Công ty quản lý quỹ được tạm dừng giao dịch chứng chỉ quỹ
			// trong thời hạn 30 ngày để hoàn tất việc hợp nhất" (Thông tư
			// 98/2020/TT-BTC Điều 40): how long the suspension allowed may last.
			return "the term of a suspension allowed (\"được tạm dừng giao dịch … trong thời hạn 30 ngày\"), not a time limit"
		}
		if wordAt(toks, from-2, "gioi") && words2(toks, from-4, "khong", "con") {
			// "Thời hạn kê khai hóa đơn đầu vào không còn giới hạn 6 tháng
			// …" (a page on input invoices, sector_texts4.tsv): a limit no
			// longer in force.
			return "a limit no longer in force (\"không còn giới hạn 6 tháng\"), not a time limit"
		}
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
		if wordsAt(toks, from-2, "gio") && kindAt(toks, from-3, tokNum) && wordAt(toks, to-1, "gio") && !rd.hoursAmountFrom(from-2) {
			return "hours of the day (\"từ 10 giờ đến 20 giờ\"), not a time limit"
		}
	case "/":
		if kindAt(toks, from-2, tokNum) { // "trực 12/24 giờ": a share of the day
			return "a rate (\"12/24 giờ\"), not a time limit"
		}
	case "duoi", "tren":
		return thresholdWhy
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
		if !wordAt(toks, from-2, "ke") && !wordAt(toks, from-2, "tinh") && !wordAt(toks, to, "den") && !punctAt(toks, to, "-") && !wordAt(toks, to, "truoc") && // ("Từ 6 tháng trước sinh nhật 16 tuổi đến ngày sinh nhật đó": a window's start counted back from an event)
			!(wordAt(toks, from-2, "thuong") && rd.phraseInSentenceAfter(to, 8, "keo", "dai")) {
			// ("Thời gian xét duyệt visa Hy Lạp ngắn hạn thường từ 15 ngày
			// làm việc, nhưng có thể kéo dài đến 2 tháng tùy từng hồ sơ",
			// phongnhaexplorer.com on Greek visas: usually so long, and
			// longer at most, an extension.)
			return "a threshold (\"từ 05 ngày\"), not a time limit"
		}
		if words2(toks, to, "den", "duoi") || words2(toks, to, "den", "tren") {
			// "từ 24 tháng đến dưới 60 tháng": a band of a threshold.
			return "a threshold (\"từ 24 tháng đến dưới 60 tháng\"), not a time limit"
		}
	case "(":
		if punctAt(toks, to, ")") && words2(toks, to+1, "tro", "len") {
			// "ít nhất trọn 01 nhiệm kỳ (60 tháng) trở lên" (Nghị định
			// 237/2026/NĐ-CP Điều 4): a threshold restated in months.
			return "a threshold (\"01 nhiệm kỳ (60 tháng) trở lên\"), not a time limit"
		}
		if wordAt(toks, from-4, "lan") && punctAt(toks, from-3, "/") { // "01 lần/năm (07 ngày)"
			return "a frequency (\"01 lần/năm (07 ngày)\"), not a time limit"
		}
		for q := from - 2; q >= 0 && q >= from-8; q-- {
			if words4(toks, q, "thoi", "gian", "lam", "viec") { // "thời gian làm việc một ngày (8 giờ)"
				return "a length of working time (\"thời gian làm việc một ngày (8 giờ)\"), not a time limit"
			}
		}
		if wordAt(toks, from-2, "tuan") || kindAt(toks, from-2, tokNum) && (punctAt(toks, from-3, "/") || wordAt(toks, from-3, "nam") && kindAt(toks, from-4, tokNum) && words2(toks, from-6, "den", "thang")) { // ("Từ tháng 9 năm 2023 đến tháng 6 năm 2025 (22 tháng): mức đóng …", Thông tư 88/2025/TT-BCA, the Gazette)
			// "trong thời hạn tuần (10 ngày)": a period's name restated;
			// "đến ngày 14/3/2017 (06 tháng 15 ngày)": the span between two
			// dates.
			return "a named period or a span between dates (\"tuần (10 ngày)\"), not a time limit"
		}
	case "trong":
		for q := from - 3; q >= 0 && q >= from-9; q-- {
			if words2(toks, q, "it", "nhat") && kindAt(toks, q+2, tokNum) && wordAt(toks, q+3, "trong") && kindAt(toks, q+4, tokNum) {
				// "– Người được xác định là nghiện ma túy … khi có ít nhất 3
				// trong 6 triệu chứng sau trong 12 tháng:" (a page on drug
				// addiction's criteria, web_pages_fiftythird.tsv): the span
				// in which signs are counted.
				return "a span in which things are counted (\"ít nhất 3 trong 6 triệu chứng … trong 12 tháng\"), not a time limit"
			}
		}
		if rd.phraseBefore(from-1, 12, "cho", "tam", "dung") {
			// "Tỉnh Lạng Sơn vừa đề xuất Thủ tướng cho tạm dừng tiếp nhận
			// hàng hoá lên cửa khẩu Tân Thanh trong 15 ngày" (a news page on
			// a border gate, web_pages_fiftyseventh.tsv): how long a
			// suspension allowed lasts, as "được tạm dừng … trong thời hạn
			// 30 ngày".
			return "the term of a suspension allowed (\"cho tạm dừng … trong 15 ngày\"), not a time limit"
		}
		if words2(toks, from-3, "do", "duoc") {
			// "Tổng lượng mưa đo được trong 2giờ tại các trạm như sau: …"
			// (a province's weather bulletin, web_pages_fiftythird.tsv): the
			// period a measure covers.
			return "a period a measure covers (\"lượng mưa đo được trong 2 giờ\"), not a time limit"
		}
		if (wordAt(toks, from-2, "lan") || (wordAt(toks, from-3, "ky") || wordAt(toks, from-3, "dot")) && wordAt(toks, from-2, notThen)) && (kindAt(toks, from-3, tokNum) || wordAt(toks, from-3, "mot") || kindAt(toks, from-4, tokNum) || kindAt(toks, from-3, tokWord) && isNumberWord(toks[from-3].text)) { // ("tối đa không quá ba lần trong 07 ngày", a page on blood donation, web_pages_fiftyfourth.tsv)
			// ("tổ chức không quá 01 kỳ thi trong 01 tháng", Thông tư
			// 69/2022/TT-BTC Điều 22: exams counted in a month; "thi", an
			// exam, reads as notThen.)
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
		if wordAt(toks, from-2, "nhat") && (wordAt(toks, from-3, "thap") || wordAt(toks, from-3, "cao")) {
			// "Giá vàng thế giới lao dốc xuống mức thấp nhất của 5 tháng …"
			// (a news page, sector_texts4.tsv): the lowest or highest in so
			// long, a comparison.
			return "a comparison over a period (\"mức thấp nhất của 5 tháng\"), not a time limit"
		}
		if words2(toks, from-3, "chi", "tra") || words2(toks, from-3, "tien", "luong") { // ("tổng tiền lương của 6 tháng đóng BHTN")
			return "a payment for so many months (\"số phải chi trả của 01 tháng\"), not a time limit"
		}
		if words2(toks, from-3, "thu", "phi") {
			// "… số phí phải nộp bằng mức thu phí của 01 tháng nhân với thời
			// gian nộp chậm" (Thông tư 293/2016/TT-BTC Điều 6): a month's
			// fee, the measure of an amount of money.
			return "a fee's measure (\"mức thu phí của 01 tháng\"), not a time limit"
		}
	}
	if words4(toks, from-6, "hieu", "luc", "toi", "da") || words4(toks, from-4, "hieu", "luc", "toi", "da") {
		// "… hiệu lực tối đa trong vòng 30 ngày sau khi được công ty mẹ
		// chấp thuận" (Thông tư 97/2020/TT-BTC Điều 7): how long an
		// authorisation holds.
		return "a period of validity (\"hiệu lực tối đa trong vòng 30 ngày\"), not a time limit"
	}
	if words4(toks, from-4, "thoi", "gian", "toi", "da") && punctAt(toks, from-5, ",") && wordAt(toks, from-6, "thang") && punctAt(toks, from-7, "/") && rd.phraseInSentenceBefore(from, 40, "ho", "tro") {
		// "c) Hỗ trợ đào tạo nghề … với mức 500.000 đồng/người/tháng,
		// thời gian tối đa là 12 tháng" (Thông tư 37/2018/TT-BTC Điều 9):
		// how long a benefit paid by the month lasts.
		return "a benefit's length (\"Hỗ trợ … thời gian tối đa là 12 tháng\"), not a time limit"
	}
	if words4(toks, to, "ke", "tu", "ngay", "dang") {
		if s := withinLimitStart(toks, from); s >= 0 && rd.phraseInSentenceBefore(s, 16, "niem", "yet") && rd.phraseInSentenceBefore(s, 40, "dang", "tai", "cong", "khai") {
			// "… thông báo tuyển chọn Hòa giải viên và đăng tải công khai trên
			// các phương tiện thông tin đại chúng …, niêm yết tại trụ sở …
			// trong thời hạn 15 ngày làm việc kể từ ngày đăng thông báo, niêm
			// yết" (Thông tư 04/2020/TT-TANDTC Điều 7): how long a notice is posted.
			return "a period of posting (\"đăng tải công khai …, niêm yết … trong thời hạn 15 ngày\"), not a time limit"
		}
	}
	switch text(from - 2) {
	case "mat":
		if why := rd.timeTakenAfterHedge(from); why != "" {
			return why
		}
	case "khong":
		if wordAt(toks, from-1, "qua") && wordAt(toks, to-1, "thang") && rd.phraseInSentenceBefore(from, 12, "cho", "moi", "thang") {
			// "… được hỗ trợ 01 tháng tiền lương … cho mỗi tháng ngừng việc,
			// nhưng tối đa không quá 12 tháng" (Thông tư 37/2018/TT-BTC
			// Điều 9): the months a benefit pays for, capped.
			return "a cap on months paid for (\"cho mỗi tháng … tối đa không quá 12 tháng\"), not a time limit"
		}
		if wordAt(toks, from-1, "qua") && rd.phraseInSentenceBefore(from, 10, "luu", "lai", "cang") {
			// "… chỉ lưu lại cảng biển trong khoảng thời gian không quá 12
			// giờ được làm thủ tục vào, rời cảng một lần" (Nghị định
			// 58/2017/NĐ-CP Điều 74; "thời gian lưu lại cảng không quá 24
			// giờ", Điều 93): a ship's stay in port, a condition of the
			// single clearance. (A broader "lưu lại" rule, any stay, cost two
			// held-out events in the twenty-first session.)
			return "a stay in port (\"lưu lại cảng … không quá 12 giờ\"), not a time limit"
		}
		if wordAt(toks, from-1, "qua") && words4(toks, from-6, "xac", "dinh", "thoi", "han") {
			// "- Cột 6: Hợp đồng lao động không xác định thời hạn ký hiệu
			// (A); xác định thời hạn không quá 36 tháng ký hiệu (B); …"
			// (Nghị định 97/2022/NĐ-CP Điều 14): a fixed-term contract's length.
			return "a contract's term (\"xác định thời hạn không quá 36 tháng\"), not a time limit"
		}
		if wordAt(toks, from-1, "qua") && rd.phraseInSentenceBefore(from, 24, "tam", "ngung") && (rd.phraseInSentenceBefore(from, 8, "lan") || rd.phraseInSentenceAfter(to, 8, "lan")) {
			// "2. Việc chấp nhận tạm ngừng hoặc giãn tiến độ của dự án chỉ
			// được thực hiện một (1) lần và tối đa không quá mười hai (12)
			// tháng." (Thông tư 39/2013/TT-BCT Điều 10): how long a suspension
			// granted once may last; so "Thông báo tạm ngưng hoạt động doanh
			// nghiệp thời hạn tối đa không quá 12 tháng và không quá 2 lần
			// liên tiếp nhau" (startx.com.vn), the times after it.
			return "a suspension's length (\"tạm ngừng … một (1) lần và tối đa không quá 12 tháng\"), not a time limit"
		}
		if wordAt(toks, from-1, "qua") && rd.allowanceOpens(from) {
			// "a) Mức trợ cấp gạo cho hộ gia đình … căn cứ vào diện tích trồng
			// rừng thực tế và thời gian chưa tự túc được lương thực không
			// quá 6 tháng nhưng tối đa không quá 450 kg/năm" (Nghị định
			// 58/2024/NĐ-CP Điều 21; "Mức gạo trợ cấp …" too): the months an
			// allowance is paid for.
			return "the months an allowance is paid for (\"Mức trợ cấp … không quá 6 tháng\"), not a time limit"
		}
		if wordAt(toks, from-1, "qua") && rd.phraseInSentenceBefore(from, 14, "so", "ngay", "thuc", "te") {
			// "… mỗi ngày bằng 0,1 tháng lương cơ sở theo số ngày thực tế phải
			// Điều trị nhưng tối đa không quá 15 ngày" (Luật Nghĩa vụ quân sự
			// 2015, 78/2015/QH13 Điều 52): the days a benefit pays for,
			// capped.
			return "a cap on days paid for (\"theo số ngày thực tế … tối đa không quá 15 ngày\"), not a time limit"
		}
	case "khau":
		if wordAt(toks, from-1, "qua") && (wordAt(toks, from-3, "nhap") || wordAt(toks, from-3, "xuat")) {
			// "b) Hàng hóa nhập khẩu quá 90 ngày kể từ ngày đến cửa khẩu nhưng
			// không có người đến nhận" (Thông tư 203/2014/TT-BTC Điều 2; Luật
			// Hải quan 2014, 54/2014/QH13 Điều 42): a class of goods by how long
			// they have lain, a threshold counted from an event (README: none).
			return "a threshold (\"Hàng hóa nhập khẩu quá 90 ngày\"), not a time limit"
		}
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
		if wordAt(toks, from-1, "la") && !strings.ContainsAny(rd.original(from-2), "ỉỈ") && !(wordAt(toks, from-3, "cap") && rd.withoutDiacritics()) { // "ngày đến và ngày đi được tính là một (01) ngày" ("cấp tỉnh là 10 ngày" is a province; without marks, "cap tinh" tells it)
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
	if s := rd.opening(from); words4(toks, s, "ban", "tin", "du", "bao") || words3(toks, s, "tin", "du", "bao") {
		// "a) Bản tin dự báo, cảnh báo mưa lớn diện rộng trong thời hạn 24
		// giờ: Mỗi ngày ban hành 04 bản tin …": the range a forecast covers.
		// ("- Tin dự báo mưa lớn được ban hành khi phát hiện mưa lớn có
		// khả năng xảy ra trước 24 giờ.", a page on weather bulletins,
		// web_pages_sixtyfifth.tsv: how far ahead it warns.)
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
	case "sau":
		if why := rd.afterSauSays(from, to); why != "" {
			return why
		}
	case "la", "qua", "da", "den", "gian", "vay", "bang":
		if why := rd.overOrAtMost(from, to); why != "" {
			return why
		}
		if why := rd.termOfMatter(from, to); why != "" {
			return why
		}
	}
	if wordAt(toks, from-3, "den") && capAt(toks, from-2) && rd.rangeFromBefore(from-3) || wordAt(toks, from-1, "den") && rd.rangeFromBefore(from-1) {
		return "a range of a matter (\"từ trên 12 giờ đến tối đa 03 ngày\"), not a time limit"
	}
	if wordAt(toks, from-1, "qua") && (wordAt(toks, from-2, "neu") || wordAt(toks, from-2, "va")) && words3(toks, to, "doi", "voi", "viec") && rd.overdueAfter(to) {
		// "Như vậy, nếu quá 60 ngày đối với việc sinh và quá 15 ngày đối
		// với việc tử mà người có trách nhiệm đăng ký … chưa tiến hành đăng
		// ký thì phải đăng ký theo thủ tục đăng ký khai sinh, khai tử quá
		// hạn" (a legal Q&A on late civil registration, lsat.vn): how late a
		// filing is, no time for an agency to act. (Without "đối với việc
		// …", the same reading cost held-out texts.)
		return "a lapse (\"nếu quá 60 ngày đối với việc sinh … mà … chưa …\"), not a time limit"
	}
	switch text(from - 3) {
	case "chua":
		if words2(toks, from-2, "du", "tron") {
			// "… mà thời gian tính từ thời điểm thôi việc đến thời điểm ra
			// quyết định … chưa đủ tròn 24 tháng" (Thông tư 157/2014/TT-BTC
			// Điều 16): a threshold, as "chưa đủ 06 tháng".
			return "a threshold (\"chưa đủ tròn 24 tháng\"), not a time limit"
		}
	case "co":
		if words2(toks, from-2, "thoi", "han") {
			return "a period of validity (\"có thời hạn 18 tháng\"), not a time limit"
		}
	case "qua":
		// ("Trong trường hợp quá thời hạn 30 ngày, kể từ ngày quyết định
		// thay đổi, người tập sự không …": a lapse counted from an event,
		// reported as such.)
		// ("Nếu quá thời hạn 10 ngày sau lập biên bản thì … bị cưỡng chế
		// thi hành quyết định xử phạt", a news page on lost penalty
		// records, laodong.vn: counted after an event named, as "kể từ".)
		if words2(toks, from-2, "thoi", "han") && !countFromAt(toks, to) && !(wordAt(toks, to, "sau") && (wordAt(toks, to+1, "khi") || actAfter(toks, to+1))) {
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
	if wordAt(toks, from-1, "trong") && words2(toks, to, "khong", "qua") && kindAt(toks, to+2, tokNum) && wordAt(toks, to+3, "lan") {
		// "… được đọc, ghi chép tài liệu mỗi lần không quá 03 giờ, trong 01
		// ngày không quá 02 lần" (Bộ luật Tố tụng hình sự 2015, 101/2015/QH13
		// Điều 61): times a day, a rate.
		return "a rate (\"trong 01 ngày không quá 02 lần\"), not a time limit"
	}
	if rd.acronymAt(from-1) && rd.phraseBefore(from, 10, "phuong", "phap") {
		// "Phương pháp phí bảo hiểm thuần điều chỉnh FPT 12 tháng" (Thông
		// tư 67/2023/TT-BTC Điều 39): a method's name, an actuarial
		// reserve's, no time to act.
		return "a method's name (\"Phương pháp … FPT 12 tháng\"), not a time limit"
	}
	if rd.countedAsAfter(to) {
		// "… 01 tháng tạm giam được tính bằng 30 ngày" (Bộ luật Tố tụng
		// hình sự 2015, Luật số 101/2015/QH13 Điều 174): how a term is
		// counted, both of its durations.
		return "a counting rule (\"01 tháng … được tính bằng 30 ngày\"), not a time limit"
	}
	if wordAt(toks, to-1, "thang") && (words2(toks, from-2, "bao", "cao") || words4(toks, from-4, "bao", "cao", "thong", "ke")) { // (also "Kỳ báo cáo thống kê 6 tháng được tính từ ngày 01 tháng 01 …", Thông tư 03/2019/TT-BTP Điều 7)
		// "a) Thời hạn gửi báo cáo sáu tháng: Cảng vụ hàng hải chậm nhất là
		// ngày 16 tháng 6 hàng năm" (Thông tư 01/2020/TT-BGTVT Điều 10): a
		// report named by the months it covers, no time to act.
		return "a report named by its period (\"báo cáo sáu tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "co") && wordAt(toks, to-1, "ngay") && (wordAt(toks, from-2, "nam") || wordAt(toks, from-2, "thang")) {
		// "… số ngày vay thực tế …, trên cơ sở một năm có 365 ngày"
		// (Nghị định 91/2018/NĐ-CP Điều 45, the Debt Repayment Fund's loans): the
		// days a year is counted as, a basis of interest, no time to act.
		return "a year's or a month's count of days (\"một năm có 365 ngày\"), not a time limit"
	}
	if why := rd.keptPaidOrWorth(from, to); why != "" {
		return why
	}
	// ("Câu hỏi: Đã 2 tháng sau khi tôi nộp hồ sơ tách thửa đất nhưng …",
	// a reader's question, hieuluat.vn: "Đã" opening the clause.)
	// ("Từ ngày nhận được quyết định kỷ luật đến nay đã được 06 ngày.", a
	// reader's question, web_pages_fiftyninth.tsv; "Cách đây hơn 1 tháng,
	// tôi phải thanh toán …", a reader's letter, web_pages_sixtyfirst.tsv:
	// time ago. "Nếu đã 07 ngày trôi qua kể từ khi bạn mua hàng thì …", a
	// shop's returns page of the same round, is a lapse counted from the
	// purchase, read as such.)
	if words2(toks, to, "troi", "qua") && !countFromAt(toks, to+2) || words3(toks, from-3, "den", "nay", "da") || words4(toks, from-4, "den", "nay", "da", "duoc") ||
		words2(toks, from-2, "cach", "day") || words3(toks, from-3, "cach", "day", "hon") || wordAt(toks, to, "sau") && from == rd.opening(from) && storyPersonAt(toks, to+1) ||
		wordAt(toks, from-1, "da") && (from-1 == rd.opening(from) || punctAt(toks, from-2, ":")) && (words2(toks, to, "sau", "khi") || wordAt(toks, to, "ma") || wordAt(toks, to, "roi")) ||
		words3(toks, from-3, "hom", "nay", "sau") || wordAt(toks, to, "nay") && rd.original(to) == "nay" && !rd.withoutDiacritics() { // ("Và hôm nay sau 8 ngày làm việc, đúng ngày trả kết quả dự kiến thì iem đã nhận được hộ chiếu", a traveller's review of a passport office, travelagents10.com: the wait told)
		// "Mười ngày trôi qua, không thấy hồi âm gì …", "… đến nay đã 4
		// tháng mà không thấy động tĩnh gì", "Hai tháng sau anh nhận được
		// bảng cước …": time gone by, a story; so is "… tại quận Bình
		// Thạnh 3 tháng nay để xử lý …" (a news report, vtv.vn),
		// the months up to now ("này", this, is another word; a text with
		// no marks cannot tell them apart).
		return "time gone by (\"Mười ngày trôi qua\", \"đến nay đã 4 tháng\"), not a time limit"
	}
	if words4(toks, from-4, "tu", "dong", "gia", "han") {
		// "… thẻ cư trú … sắp hết hạn … sẽ được tự động gia hạn 30 ngày":
		// a paper's validity extended, no time to act.
		return "a validity extended (\"được tự động gia hạn 30 ngày\"), not a time limit"
	}
	if wordAt(toks, from-1, "thanh") && rd.phraseInSentenceBefore(from, 60, "thoi", "gian", "toi", "thieu") {
		// "… sẽ thay đổi thời gian tối thiểu để xét duyệt hồ sơ xin thị
		// thực … từ 05 ngày làm việc thành 08 ngày làm việc" (the Japanese
		// consulate's notice, web_pages_thirtyeighth.tsv): the
		// minimum named before, changed to a new amount (README: minimums
		// are no limit).
		return "a minimum changed (\"thời gian tối thiểu … thành 08 ngày làm việc\"), not a time limit"
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
	return ""
}

// keptPaidOrWorth says whether the duration [from, to) is how long a
// result is kept, how long a benefit is paid or what a session is worth,
// no time to act, or "".
func (rd *reader) keptPaidOrWorth(from, to int) string {
	toks := rd.toks
	if from < 1 {
		return ""
	}
	if prev := toks[from-1].text; prev == "ung" || prev == "duong" { // the word before the amount
		if (words2(toks, from-2, "tuong", "ung") || words2(toks, from-2, "tuong", "duong")) && rd.phraseBefore(from-2, 6, "buoi") { // ("buổi": a session, half a day's work)
			// "01 buổi hoặc trận làm việc tương ứng 04 giờ (tương đương một
			// phần hai công)" (Bộ pháp điển, 77/2006/QH11 Điều 41): what a
			// session is worth, no time to act.
			return "what a session is worth (\"01 buổi … tương ứng 04 giờ\"), not a time limit"
		}
		return ""
	} else if prev == "gian" || prev == "qua" {
		if (words3(toks, from-3, "trong", "thoi", "gian") || words2(toks, from-2, "khong", "qua") && words3(toks, from-5, "trong", "thoi", "gian")) && (to >= len(toks) || rd.isSentenceEnd(to)) && rd.phraseInSentenceBefore(max(from-5, 0), 40, "duoc", "huong") {
			// "… được hưởng chế độ dinh dưỡng cao hơn tối đa không quá 50% mức
			// quy định … trong thời gian không quá 90 ngày." (Thông tư
			// 86/2020/TT-BTC Điều 2): how long a benefit is paid, the
			// sentence's last words.
			return "a benefit's term (\"được hưởng … trong thời gian không quá 90 ngày\"), not a time limit"
		}
	}
	if rd.rareTokens()&rareKeep != 0 {
		if w := withinStart(toks, from); w > 0 && rd.phraseInSentenceBefore(w, 60, "bao", "luu", "ket", "qua") {
			// "Thí sinh được bảo lưu kết quả thi, kiểm tra của môn đã đạt
			// yêu cầu … trong thời gian 12 tháng" (Thông tư 40/2019/TT-BGTVT
			// Điều 15): how long a result is kept, no time to act.
			return "how long a result is kept (\"được bảo lưu kết quả … trong thời gian 12 tháng\"), not a time limit"
		}
	}
	return ""
}

// photographAgeBefore reports whether "chụp" (taken, of a photograph)
// stands three to ten tokens before the duration at from: "ảnh chụp trong
// vòng 06 tháng", "ảnh màu 4cm x 6cm chụp trước thời gian nộp hồ sơ không
// quá 06 tháng" (Thông tư 02/2014/TT-BYT Điều 4), the photograph's age,
// counted back from filing or not.
func (rd *reader) photographAgeBefore(from int) bool {
	for q := from - 3; q >= from-10 && q >= 0; q-- {
		if rd.toks[q].text == "chup" {
			return true
		}
	}
	return false
}

// overOrAtMost says why a duration after "quá" ("không quá", "tồn quá",
// "Nếu quá", "(quá …)") or "tối đa" is no time limit, or "": a paper's
// age at filing, a deposit's term, a pause in contributions, a lapse,
// goods left lying, a foreign vehicle's permitted stay, a certified
// copy's age, a validity, a shelter's stay. notALimitNear asks it for
// durations after "quá" or "đa" alone.
func (rd *reader) overOrAtMost(from, to int) string {
	toks := rd.toks
	switch toks[from-1].text {
	case "qua":
		if wordAt(toks, from-2, "khong") {
			if rd.analysisOpens(from) {
				// "• Kết quả phân tích chất lượng nguồn nước khai thác nước
				// mặt không quá 3 tháng kể từ thời điểm nộp đủ hồ sơ hợp lệ."
				// (a water permit's dossier, web_pages_fiftythird.tsv): a
				// paper's age at filing, as "ảnh chụp trong vòng 06 tháng".
				return analysisAgeWhy
			}
			if words2(toks, from-4, "ky", "han") || words3(toks, from-5, "ky", "han", "goc") {
				// "… tiền gửi ngân hàng có kỳ hạn gốc không quá 3 tháng" (an
				// accounting page on cash equivalents, sector_texts4.tsv): a
				// deposit's term, no time to act.
				return "a deposit's or a loan's term (\"kỳ hạn gốc không quá 3 tháng\"), not a time limit"
			}
		}
		if punctAt(toks, from-2, "(") && rd.phraseInSentenceBefore(from, 16, "qua", "thoi", "han") {
			// "… đã quá thời hạn làm thủ tục Hải quan (quá 90 ngày)." (a news
			// page on abandoned goods, sector_texts4.tsv): how far past a
			// term, in brackets after the lapse.
			return "a lapse (\"đã quá thời hạn … (quá 90 ngày)\"), not a time limit"
		}
		if wordAt(toks, from-2, "ton") || words2(toks, from-3, "ton", "dong") || words3(toks, from-3, "nhap", "ve", "qua") {
			// ("… 3 container hàng này được nhập về quá 220 ngày tại cảng
			// Nam Hải Đình Vũ nhưng không có người đến làm thủ tục nhận", a
			// news page on abandoned goods, web_pages_fiftyseventh.tsv: the
			// same, counted from arrival.)
			// "… 2.183 container tồn quá 90 ngày kể từ ngày hàng về cảng
			// …", "hàng hóa tồn đọng quá 90 ngày kể từ ngày đến cửa khẩu"
			// (news pages on abandoned goods, sector_texts4.tsv): how long
			// goods have lain, no time to act.
			return "goods left lying (\"tồn quá 90 ngày\"), not a time limit"
		}
		if wordAt(toks, from-2, "khong") || words2(toks, from-3, "khong", "duoc") {
			if rd.vehicleStayBefore(from) {
				return vehicleStayWhy
			}
			if words4(toks, from-6, "moi", "lan", "nhap", "canh") {
				// "Visa được cấp có thời gian sử dụng trong vòng 1 năm, mỗi lần
				// nhập cảnh không quá 30 ngày." (a visa agency's page,
				// web_pages_seventysixth.tsv): a stay for each entry, as "06
				// tháng cho mỗi lần nhập cảnh".
				return "the length of each occurrence (\"mỗi lần nhập cảnh không quá 30 ngày\"), not a time limit"
			}
			if why := rd.paperAgeOrValidity(from, to); why != "" {
				return why
			}
		}
		if !wordAt(toks, from-2, "khong") && rd.phraseBefore(from, 10, "mat", "ket", "noi") {
			// "Cả 2 tàu đều mất kết nối thiết bị giám sát hành trình quá 6
			// giờ – mức được xem là bất thường …" (a news page on fishing
			// vessels' monitoring, web_pages_sixtyeighth.tsv): a loss of
			// connection longer than so long, a threshold.
			return "a threshold (\"mất kết nối … quá 6 giờ\"), not a time limit"
		}
		if kindAt(toks, from-2, tokWord) && !wordAt(toks, from-2, "khong") && !words2(toks, from-3, "khong", "duoc") && (rd.phraseInSentenceBefore(from-1, 16, "xu", "phat") || words2(toks, to, "se", "bi")) { // ("Người nộp thuế nợ thuế quá 90 ngày sẽ bị tạm hoãn xuất cảnh", a tax page's title, web_pages_seventysixth.tsv)
			// "Mức xử phạt khi không đăng ký biến động đất đai quá 30 ngày."
			// (a legal page's heading, web_pages_seventyfourth.tsv): how
			// late a filing a penalty falls on is, no time to act.
			return "a lapse a penalty falls on (\"xử phạt khi không đăng ký … quá 30 ngày\"), not a time limit"
		}
		if rd.stillNotAfter(to) && !strings.ContainsAny(rd.original(from-1), "áÁ") && !rd.withoutDiacritics() {
			// "… trừ số tiền đã chuyển nhưng qua 1 ngày người em ở quê vẫn
			// chưa nhận được số tiền." (a bank customer's complaint,
			// web_pages_seventyfifth.tsv): "qua", time gone by, not "quá".
			return "time gone by (\"qua 1 ngày … vẫn chưa …\"), not a time limit"
		}
		if wordAt(toks, to, "ma") && from-1 == rd.opening(from) {
			// "Quá 60 ngày mà hai bên không đến nhận Giấy chứng nhận kết hôn
			// thì Giấy chứng nhận kết hôn lần này sẽ bị huỷ" (a page on
			// marriage registration, web_pages_seventyfifth.tsv): what
			// follows when a term runs out, as "Nếu quá 30 ngày thì …".
			return "a lapse (\"Quá 60 ngày mà … không …\"), not a time limit"
		}
		if wordAt(toks, from-2, "neu") && wordAt(toks, to, "thi") {
			// "Nếu quá 30 (ba mươi) ngày thì Bên B có quyền đơn phương huỷ
			// bỏ Hợp đồng." (a contract's terms): what follows when a term
			// runs out, as "Quá thời hạn 03 tháng" below, no time to act.
			return "a lapse (\"Nếu quá 30 ngày thì …\"), not a time limit"
		}
	case "da":
		if !wordAt(toks, from-2, "toi") {
			return ""
		}
		if rd.analysisOpens(from) {
			return analysisAgeWhy // (as "không quá" above)
		}
		if rd.vehicleStayBefore(from) {
			return vehicleStayWhy // (as "không quá" above)
		}
		if why := rd.paperAgeOrValidity(from, to); why != "" {
			return why // (as "không quá" above)
		}
		if rd.phraseInSentenceBefore(from, 16, "the", "song", "tai") {
			// "Phụ nữ bị bạo hành có thể sống tại “Ngôi nhà bình yên” tối đa
			// 18 tháng." (a news page on the Women's Union's shelter,
			// web_pages_fiftyninth.tsv): how long one may stay, no time to act.
			return "a term of stay (\"có thể sống tại … tối đa 18 tháng\"), not a time limit"
		}
		if rd.phraseInSentenceBefore(from, 16, "tam", "dung", "dong") {
			// "Những đối tượng này sẽ được tạm dừng đóng vào trong quỹ hưu
			// trí và tử tuất không quá tối đa 12 tháng." (a page on the
			// pandemic's social insurance relief, sector_texts4.tsv): how
			// long contributions may pause, no time to act.
			return "the term of a pause in contributions (\"tạm dừng đóng … tối đa 12 tháng\"), not a time limit"
		}
	}
	return ""
}

// paperAgeOrValidity says why a duration after "không quá" or "tối đa"
// is a certified copy's age or a validity, or "".
func (rd *reader) paperAgeOrValidity(from, to int) string {
	toks := rd.toks
	if words3(toks, from-5, "co", "chung", "thuc") && wordAt(toks, to-1, "thang") && rd.phraseInSentenceBefore(from, 20, "ban", "sao") { // (months, and a copy named: "chứng thực … không quá 02 ngày làm việc" can time the certifying)
		// "1. Bản sao giấy phép đăng ký kinh doanh có chứng thực không
		// quá 6 tháng" (a list of papers for a multi-level marketing
		// licence, web_pages_fiftyninth.tsv): how recent a certified
		// copy must be, a paper's age at filing.
		return "the age of a certified copy (\"có chứng thực không quá 6 tháng\"), not a time limit"
	}
	if wordAt(toks, to-1, "thang") && rd.phraseInSentenceBefore(from, 20, "suc", "khoe") && (rd.phraseInSentenceBefore(from, 20, "giay", "chung", "nhan") || rd.phraseInSentenceBefore(from, 20, "giay", "kham")) {
		// "· Giấy chứng nhận sức khỏe do chuyên khoa tâm thần cấp, cũng
		// không được quá 6 tháng." (a page on the papers for adopting a
		// child, web_pages_sixtythird.tsv): how recent a health
		// certificate must be, a paper's age at filing.
		return "the age of a health certificate (\"Giấy chứng nhận sức khỏe … không được quá 6 tháng\"), not a time limit"
	}
	if words5(toks, from-7, "co", "gia", "tri", "phap", "ly") {
		// "Như vậy, một chứng thư thẩm định có giá trị pháp lý không quá
		// 6 tháng." (a page on valuation certificates,
		// web_pages_fiftyninth.tsv): a validity.
		return "a period of validity (\"có giá trị pháp lý không quá 6 tháng\"), not a time limit"
	}
	if rd.validityOpens(from) {
		return validityOpensWhy
	}
	return ""
}

// validityOpensWhy says why a duration in a sentence that names a
// validity at its opening is no time limit.
const validityOpensWhy = "a period of validity (\"Thời hạn có hiệu lực của kết quả … tối đa không quá 6 tháng\"), not a time limit"

// validityOpens reports whether the sentence of the token at p opens with
// "Thời hạn có hiệu lực" or "Thời hạn hiệu lực" (past an opening quote):
// "“Thời hạn có hiệu lực của kết quả thẩm định giá được xác định trên cơ sở
// …, biến động … nhưng tối đa không quá 6 (sáu) tháng kể từ thời điểm
// chứng thư thẩm định giá có hiệu lực" (pages quoting the Luật Giá 2023 on
// valuation certificates, web_pages_fiftyninth.tsv) is a validity,
// however long the sentence before its figure.
//
// The text's own opening counts too when no full stop stands before p, at
// most validityReach tokens in: a semicolon inside the sentence ("…; biến
// động …") opens a clause of its own for the reader. (The bound keeps the
// look a constant cost, so a long text with many caps reads in linear
// time.)
func (rd *reader) validityOpens(p int) bool {
	toks := rd.toks
	names := func(o int) bool {
		if o < len(toks) && toks[o].kind == tokPunct {
			o++
		}
		return words2(toks, o, "thoi", "han") && (words3(toks, o+2, "co", "hieu", "luc") || words2(toks, o+2, "hieu", "luc"))
	}
	if names(rd.opening(p)) {
		return true
	}
	if p > validityReach {
		return false
	}
	for q := 0; q < p; q++ {
		if punctAt(toks, q, ".") {
			return false
		}
	}
	return names(0)
}

// validityReach is how far into a text validityOpens looks for the
// text's own opening: the longest such sentence of the corpus puts its
// figure about sixty tokens in.
const validityReach = 80

// vehicleStayWhy says why a foreign vehicle's permitted stay is no time
// limit.
const vehicleStayWhy = "a permitted stay (\"được phép tham gia giao thông tại Việt Nam tối đa không quá 45 ngày\"), not a time limit"

// vehicleStayBefore reports whether "tham gia giao thông" stands in the
// sixteen tokens of its sentence before p: "… xe máy được phép tham gia
// giao thông tại Việt Nam tối đa không quá 45 ngày" (news pages on Nghị
// định 30/2024/NĐ-CP, web_pages_fiftyseventh.tsv) is how long a foreign
// vehicle may stay, a permitted term like a validity, no time to act.
func (rd *reader) vehicleStayBefore(p int) bool {
	return rd.phraseInSentenceBefore(p, 16, "tham", "gia", "giao", "thong")
}

// analysisAgeWhy says why an analysis result's age is no time limit.
const analysisAgeWhy = "the age of a paper at filing (\"Kết quả phân tích … không quá 3 tháng\"), not a time limit"

// analysisOpens reports whether the sentence of the token at p opens with
// an analysis or test result ("Kết quả phân tích …", "Kết quả xét nghiệm
// …", "Kết quả kiểm nghiệm …").
func (rd *reader) analysisOpens(p int) bool {
	toks := rd.toks
	q := rd.opening(p)
	return words3(toks, q, "ket", "qua", "phan") && wordAt(toks, q+3, "tich") || words4(toks, q, "ket", "qua", "xet", "nghiem") || words4(toks, q, "ket", "qua", "kiem", "nghiem")
}

// termOfMatter reports the term of the matter itself, not a time to act,
// named just before the duration [from, to): a paper's or a suspension's
// term ("có thời hạn không quá 06 tháng"), a contract's, a loan's, a period
// of insurance contributions. It returns the reason, or "".
func (rd *reader) termOfMatter(from, to int) string {
	toks := rd.toks
	if words4(toks, from-4, "ghi", "thoi", "han", "la") {
		// "Trên giấy hẹn khám lại có ghi thời hạn là 10 ngày." (a
		// patient's question, web_pages_eightythird.tsv): a term written
		// on a paper, its validity.
		return "a term written on a paper (\"có ghi thời hạn là 10 ngày\"), not a time limit"
	}
	if words4(toks, from-4, "co", "thoi", "han", "la") || (words3(toks, from-5, "co", "thoi", "han") && capAt(toks, from-2) && !rd.filerOpensAt(from-5) || words6(toks, from-6, "co", "thoi", "han", "toi", "da", "den")) && !wordAt(toks, to, "de") { // ("Đình chỉ hoạt động … có thời hạn tối đa đến 12 tháng")
		// ("Kết quả thử nghiệm sản phẩm có thời hạn không quá 06 tháng": a
		// paper's age; "có thời hạn không quá 05 ngày để …" would be a time
		// to act, as "Tổ chức, cá nhân có thời hạn tối đa 01 tháng kể từ
		// ngày nhận được thông báo để sửa đổi, bổ sung hồ sơ" is: the filer
		// has the time.)
		return "a period of validity (\"có thời hạn là 36 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "qua") && wordAt(toks, from-2, "da") && !rd.lapseAfter(to) && rd.phraseInSentenceBefore(from, 24, "no", "tien") || wordAt(toks, from-1, "den") && rd.phraseBefore(from, 6, "qua", "thoi", "han") {
		// "Người nộp thuế nợ tiền thuế … đã quá chín mươi ngày, kể từ ngày
		// hết thời hạn nộp thuế" (Luật Quản lý thuế 2006), "Nợ phải thu
		// hồi … nhưng đã quá thời hạn thu hồi đến 60 ngày mà vẫn chưa thu
		// hồi được" (Thông tư 02/2013/TT-NHNN): a time past due, a class of
		// debt or a ground, as a threshold counted from an event is; a debt
		// is named before "đã quá" ("nợ tiền …"). (A
		// lapse, "nếu đã quá 06 tháng kể từ ngày được cấp … mà vẫn không
		// được cấp …", is counted from its event, as the README labels it.)
		return "a time past due (\"đã quá chín mươi ngày\", \"quá thời hạn … đến 60 ngày\"), not a time limit"
	}
	if wordAt(toks, from-1, "qua") && words2(toks, from-3, "dieu", "tri") && rd.lapseAfter(to) {
		// "… đã phải nghỉ làm việc để điều trị quá 06 (sáu) tháng mà khả
		// năng lao động chưa hồi phục" (Thông tư 14/2021/TT-BLĐTBXH, the
		// Gazette): a treatment past so long with no recovery, a ground.
		return "a treatment's length passed (\"điều trị quá 06 tháng mà … chưa hồi phục\"), not a time limit"
	}
	if words4(toks, from-4, "co", "thoi", "han", "qua") {
		// "e) Cơ sở đã được cấp Giấy chứng nhận ATTP nhưng hoãn kiểm tra sau
		// cấp giấy có thời hạn quá 12 (mười hai) tháng" (Thông tư
		// 48/2013/TT-BNNPTNT Điều 12, the Bộ pháp điển): a term passed, a
		// ground.
		return "a threshold of a term (\"có thời hạn quá 12 tháng\"), not a time limit"
	}
	if (words3(toks, from-5, "co", "thoi", "gian") && capAt(toks, from-2)) && rd.contractBefore(from-5) || words3(toks, from-3, "co", "thoi", "gian") && rd.contractBefore(from-3) {
		// "ký kết hợp đồng lao động có thời gian không quá 12 tháng": a
		// contract's term.
		return "a contract's term (\"hợp đồng … có thời gian không quá 12 tháng\"), not a time limit"
	}
	if rd.phraseBefore(from, 12, "thoi", "han", "giao", "dich") && !countFromAt(toks, to) {
		// "… với thời hạn giao dịch mua bán lại tối đa không quá ba (03)
		// tháng" (Thông tư 30/2019/TT-BTC Điều 6): a repurchase deal's
		// term, as a loan's.
		return "a transaction's term (\"thời hạn giao dịch … không quá 03 tháng\"), not a time limit"
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
	if (wordAt(toks, from-1, "den") && wordAt(toks, from-2, "len") || capAt(toks, from-2)) && rd.phraseBefore(from, 6, "thoi", "gian", "muon") && !latestAt(toks, from-4) && !latestAt(toks, from-5) {
		// "thời gian mượn lên đến 3 tháng": how long a book is lent.
		// ("thời gian muộn nhất không quá mười lăm (15) ngày làm việc":
		// the latest, "muộn", which folds as "mượn" does.)
		return "a loan of a thing (\"thời gian mượn lên đến 3 tháng\"), not a time limit"
	}
	if capAt(toks, from-2) && (rd.phraseBefore(from, 8, "thoi", "gian", "nop", "dan") || rd.phraseBefore(from, 12, "duoc", "nop", "dan") && !countFromAt(toks, to)) { // (one counted from an event, "… không quá 12 tháng kể từ ngày bắt đầu của thời hạn cưỡng chế thuế", is reported as such)
		// "b) Tiền thuế nợ trên 1.000.000.000 đồng đến 2.000.000.000 đồng,
		// thời gian nộp dần tiền thuế tối đa không quá 6 tháng" (Thông tư
		// 38/2015/TT-BTC Điều 135), "b) Người nộp thuế được nộp dần tiền thuế
		// nợ trong thời hạn không quá 12 tháng …" (Luật Quản lý thuế 2019,
		// 38/2019/QH14 Điều 125): how long payment by instalments may run.
		return "a term of payment by instalments (\"thời gian nộp dần tiền thuế tối đa không quá 6 tháng\"), not a time limit"
	}
	if rd.rareTokens()&rareLate != 0 && rd.phraseBefore(from, 8, "bi", "tre") ||
		words2(toks, from-2, "cham", "den") && !wordAt(toks, from-3, "khong") {
		// "… theo giấy hẹn là tôi đã bị trễ thời gian trả kết quả 10 ngày"
		// (a reader's question on a land procedure, phungocland.com), "…
		// nộp hồ sơ … nhưng chậm đến 20 ngày mà không thông báo lý do"
		// (thanhnien.vn on Đà Nẵng's land offices): how late a result is,
		// told.
		return "a delay told (\"bị trễ thời gian trả kết quả 10 ngày\"), not a time limit"
	}
	if capAt(toks, from-2) && rd.phraseBefore(from, 12, "thoi", "gian", "ngung", "hoat", "dong") {
		// "- Tổng thời gian ngừng hoạt động của dự án đầu tư không quá 12
		// tháng." (Hà Nam's industrial zones board, thủ tục ngừng hoạt
		// động của dự án đầu tư, bqlckcn.hanam.gov.vn): how long a project
		// may stand still.
		return "the term of a suspension (\"thời gian ngừng hoạt động … không quá 12 tháng\"), not a time limit"
	}
	if wordAt(toks, from-1, "la") && rd.insurancePeriodBefore(from-1) {
		return "a period of insurance contributions (\"thời gian đóng bảo hiểm xã hội là 36 năm\"), not a time limit"
	}
	if wordAt(toks, from-1, "la") && rd.phraseInSentenceBefore(from-1, 30, "co", "mat", "tai", "viet", "nam") {
		// "… tổng thời gian ông S có mặt tại Việt Nam là 190 ngày (80 ngày
		// + 110 ngày)" (a worked example of tax residence, Bộ pháp điển,
		// 206/2013/TTLT-BTC-BCA Điều 6): days of presence counted, no
		// time to act.
		return "a period of presence (\"thời gian … có mặt tại Việt Nam là 190 ngày\"), not a time limit"
	}
	return ""
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
			words4(toks, q, "thoi", "gian", "da", "huong"),                                                                  // "thời gian đã hưởng của ông S là 01 tháng": months of benefit
			words3(toks, q, "huong", "tro", "cap") && !words2(toks, q-2, "quyet", "dinh") && !words2(toks, q-2, "ho", "so"): // "được hưởng trợ cấp thất nghiệp với thời gian là 05 tháng" ("quyết định hưởng trợ cấp" is a paper, and so is "hồ sơ hưởng trợ cấp tử tuất", whose filing time luatpvlgroup.com gives)
			return true
		}
	}
	return false
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
//   - "với thời hạn là 24 tháng": the term of a service or a thing;
//   - "đình chỉ biểu diễn 9 tháng", "bị cấm vận chuyển … đến 12 tháng": a
//     ban served;
//   - "sau 3 ngày ra rạp", "trong ba ngày cuối tuần", "diễn ra trong 3
//     ngày": a film's run, a weekend's days, an event's length;
//   - "đã qua 30 ngày không phát sinh …", "rút ngắn còn hơn 10 tháng":
//     time passed, a figure of more than so long.
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
		case "(", ",", "tu", ")":
			if rd.spanDatedAt(to) {
				// "Như vậy, trong 3 ngày (1-3/4), đã có 160.000 thuê bao bị
				// khóa", "… trong thời hạn 1 tháng, từ ngày 16/9/2024 đến hết
				// ngày 15/10/2024" (news pages, web_pages_seventyeighth.tsv):
				// a span of the calendar its dates name, no time to act.
				return "a span of the calendar with its dates (\"trong 3 ngày (1-3/4)\"), not a time limit"
			}
		default:
			if toks[to].kind == tokNum && rd.spanDatedAt(to) {
				// "Chương trình lễ Phật Đản năm nay được tổ chức trong 3 ngày
				// 22-23-24 tháng 05/2013." (a temple's page,
				// web_pages_seventyeighth.tsv): the days named by their dates
				// ("trong 2 ngày 1/9 và 2/9" too).
				return "a span of the calendar with its dates (\"trong 3 ngày 22-23-24 tháng 05/2013\"), not a time limit"
			}
		case "ra", "chieu":
			if words2(toks, to, "ra", "rap") && rd.markedOrUnmarked(to+1, "ạẠ") || wordAt(toks, to, "chieu") && rd.markedOrUnmarked(to, "ếẾ") && (wordAt(toks, from-1, "sau") || words2(toks, from-2, "sau", "khoang")) {
				// "… doanh thu gần 50 tỉ đồng sau 3 ngày ra rạp", "… sau
				// khoảng 4 tuần chiếu rạp đã dắt túi khoảng 122 tỷ đồng" (news
				// pages on the box office, web_pages_eightyfifth.tsv): a
				// film's run so far.
				return "a film's run (\"sau 3 ngày ra rạp\"), not a time limit"
			}
		case "cuoi":
			if words2(toks, to, "cuoi", "tuan") && wordAt(toks, to-1, "ngay") && wordAt(toks, from-1, "trong") {
				// "… thu gần 25 tỷ đồng trong ba ngày cuối tuần (17-19/10)" (a
				// news page on the box office, web_pages_eightyfifth.tsv): a
				// weekend's days, a figure's span.
				return "a weekend's days (\"trong ba ngày cuối tuần\"), not a time limit"
			}
		case "toi", "cach":
			if wordAt(toks, to, "toi") && (wordAt(toks, to-1, "ngay") || wordAt(toks, to-1, "thang") || wordAt(toks, to-1, "tuan")) && punctAt(toks, to+1, ",") {
				// "5 ngày tới, dọc khắp miền Bắc và miền Trung sẽ có nắng
				// nóng" (a weather news page, web_pages_eightieth.tsv): the
				// coming days, a forecast's window, its clause ended. ("từ 3
				// tháng tới 1 tháng" is a range.)
				return "the coming days (\"5 ngày tới\"), not a time limit"
			}
			if words2(toks, to, "cach", "ly") {
				// "Chú ý “trừ hao” 14 ngày cách ly" (a travel page,
				// web_pages_eightieth.tsv): a quarantine's length.
				return "a quarantine (\"14 ngày cách ly\"), not a time limit"
			}
		case "mot":
			if wordAt(toks, to+1, "lan") {
				return "a frequency (\"Sáu tháng một lần\"), not a time limit"
			}
			if wordAt(toks, to+1, "ngay") || wordAt(toks, to+1, "tuan") {
				// "(24 giờ một ngày, 7 ngày một tuần và 4 giờ phản hồi)" (a
				// service contract's template, web_pages_eightythird.tsv):
				// hours a day, days a week, a service's coverage.
				return "a rate of coverage (\"24 giờ một ngày, 7 ngày một tuần\"), not a time limit"
			}
		case "du":
			if words2(toks, to, "du", "bi") && rd.markedOrUnmarked(to, "ựỰ") {
				// "… kể từ ngày Đảng viên hết 12 tháng dự bị" (a page on the
				// Party's rules, web_pages_eightythird.tsv): a probation, named
				// after its months.
				return "a probation's length (\"12 tháng dự bị\"), not a time limit"
			}
		case "x", "×":
			if kindAt(toks, to+1, tokNum) && (to+2 >= len(toks) || !isUnitWord(toks[to+2].text)) { // ("10 ngày làm việc x 08 giờ làm việc = 80 giờ", the catalogue's hours, is the limit)
				// "Cả năm học: 12 tháng x 2.000 đồng/1 Đoàn viên = 24.000
				// đồng." (a page on the Youth Union's dues,
				// web_pages_eightythird.tsv): a factor of a formula, as
				// "đồng x 3 tháng" before the amount.
				return "a factor of a formula (\"12 tháng x 2.000 đồng\"), not a time limit"
			}
		case "trong":
			if words2(toks, to, "trong", "nam") && !rd.limitCueBefore(from) {
				// "Đảng viên bỏ sinh hoạt đảng hoặc không đóng đảng phí 3
				// tháng trong năm mà không có lý do chính đáng" (a page on the
				// Party's rules, web_pages_eightythird.tsv), "không đóng bảo
				// hiểm xã hội 04 tháng trong năm 2018": months counted in a
				// year, a threshold or a figure.
				return "months counted in a year (\"3 tháng trong năm\"), not a time limit"
			}
		case "la":
			if (words3(toks, to, "la", "thoi", "han") || words3(toks, to, "la", "thoi", "gian")) && rd.minimumAt(to+3) {
				// "120 ngày là thời hạn tối thiểu được quy định." (a page on
				// investment, web_pages_eightieth.tsv): a minimum, named
				// after the amount.
				return "a minimum period (\"120 ngày là thời hạn tối thiểu\"), not a time limit"
			}
		case "truoc":
			if punctAt(toks, to+1, ",") && rd.opening(from) == from || to+1 == len(toks) && !rd.limitCueBefore(from) {
				// "Bốn ngày trước, từng mảng rác lớn ngoài khơi theo sóng dạt
				// vào bờ …" (a news page, web_pages_eightieth.tsv): days
				// ago, opening a story; so at a text's end, "Cập nhật Lần
				// cuối 7 tháng trước", "15 trang 1 tuần trước" (web pages'
				// bylines, web_pages_seventyfifth.tsv).
				return "a time ago (\"Bốn ngày trước, …\"), not a time limit"
			}
		}
	}
	if kindAt(toks, to, tokNum) && wordAt(toks, to+1, "phut") && wordAt(toks, to-1, "gio") && (wordAt(toks, to+2, "ngay") || words2(toks, to+2, "cua", "ngay")) {
		// "Thời điểm cuối cùng của thời hạn tạm giam là 24 giờ 00 phút của
		// ngày cuối cùng được ghi trong lệnh" (Bộ luật Tố tụng hình sự 2015,
		// 101/2015/QH13 Điều 174): a time of day on a day, as "24 giờ ngày
		// 31 tháng 12".
		return "a time of day on a date (\"24 giờ 00 phút của ngày cuối cùng\"), not a time limit"
	}
	if from < 1 {
		return ""
	}
	switch toks[from-1].text { // the word before each form: one comparison for most durations
	case "dien":
		if wordAt(toks, from-2, "bieu") && (wordAt(toks, from-3, "cam") && strings.ContainsAny(rd.original(from-3), "ấẤ") || wordAt(toks, from-3, "chi") && wordAt(toks, from-4, "dinh") || words3(toks, from-5, "chi", "hoat", "dong") && wordAt(toks, from-6, "dinh")) {
			// "… bị … phạt hành chính 27,5 triệu đồng và đình chỉ biểu diễn
			// 9 tháng", "… xử phạt cấm biểu diễn 9 tháng" (news pages on a
			// singer's fine, web_pages_eightyfifth.tsv): a ban served, as
			// "cấm thi đấu 5 tháng".
			return "a ban served (\"đình chỉ biểu diễn 9 tháng\"), not a time limit"
		}
	case "dau":
		if wordAt(toks, from-3, "cam") && syllableThiAt(toks, from-2) {
			// "Ban kỷ luật cũng đã ban hành lệnh cấm thi đấu 5 tháng và phạt
			// 10 triệu đồng (mỗi cầu thủ) …" (a sports news page,
			// web_pages_seventyeighth.tsv): a ban served, no time to act.
			return "a ban served (\"cấm thi đấu 5 tháng\"), not a time limit"
		}
	case "khoa", "khoan", "suat", "chung", "ca", "thuc", "do", "ky", "hoc", "khoang":
		if why := rd.wordsRightBeforeSay(from, to); why != "" {
			return why
		}
	case "duoc":
		if wordAt(toks, to, "roi") || wordAt(toks, to, "nay") || (to == len(toks) || punctAt(toks, to, ".")) && rd.toldOfOneself(from) || words2(toks, from-3, "hoat", "dong") && wordAt(toks, from-4, "vao") { // ("Đến nay ứng dụng iHanoi … đã đi vào hoạt động được hai tháng", a news page, web_pages_eightyfifth.tsv)
			// "Tôi nộp hồ sơ được 2 tuần rồi mà chưa có kết quả.", "Vợ tôi
			// sinh con được 4 tháng." (probes of citizens' questions): time
			// gone by since.
			return "time passed (\"được 2 tuần rồi\"), not a time limit"
		}
	case "-":
		if punctAt(toks, from-2, "+") || punctAt(toks, from-2, "/") && punctAt(toks, from-3, "+") {
			// "- Dự kiến bàn giao Quý I/2020 (+- 3 tháng)" (a developer's
			// sales page, web_pages_eightythird.tsv): a tolerance, as "±".
			return "a tolerance (\"+- 3 tháng\"), not a time limit"
		}
	case "bi":
		if wordAt(toks, from-2, "du") && rd.markedOrUnmarked(from-2, "ựỰ") && !rd.countInSentence(from, to) {
			// "Đảng viên khi muốn được công nhận chính thức phải trải qua
			// thời gian dự bị 12 tháng." (a page on the Party's rules,
			// web_pages_eightythird.tsv; Điều lệ Đảng Điều 5): a probation's
			// length, no time to act.
			return "a probation's length (\"thời gian dự bị 12 tháng\"), not a time limit"
		}
	case "±":
		// "… thời gian chờ kết quả cận lâm sàng là dài nhất (131,8 ± 100,8
		// phút)" (a hospital's study of waiting times,
		// web_pages_eightyfirst.tsv): a mean's spread, a statistic.
		return "a statistic's spread (\"131,8 ± 100,8 phút\"), not a time limit"
	case "luong", "bhxh":
		if wordAt(toks, from-2, "no") && rd.markedOrUnmarked(from-2, "ợỢ") {
			// "… công ty đã nợ lương 3 tháng của bạn" (a law firm's answer
			// on unpaid wages, web_pages_eightyfirst.tsv): wages owed for
			// so long, told. ("nợ lương quá 1 tháng" is a threshold.) So
			// social insurance owed ("Công ty Vinh Thông đang nợ BHXH 32
			// tháng của 294 lao động", web_pages_eightysecond.tsv).
			return "wages or contributions owed for a time (\"nợ lương 3 tháng\", \"nợ BHXH 32 tháng\"), not a time limit"
		}
	case "giam":
		if words3(toks, from-3, "bi", "tam", "giam") {
			// "Em tôi vi phạm pháp luật bị tạm giam 3 tháng." (a reader's
			// question to a law firm): a detention served, no time to act.
			return "a detention served (\"bị tạm giam 3 tháng\"), not a time limit"
		}
	case "viec":
		if words4(toks, from-4, "che", "do", "lam", "viec") {
			// "người lao động làm việc theo chế độ làm việc 8 giờ sẽ được
			// nghỉ giữa giờ ít nhất 30 phút": a working day's length (Bộ
			// luật Lao động 2019 Điều 105), no time to act.
			return "a working day's length (\"chế độ làm việc 8 giờ\"), not a time limit"
		}
	case "hen":
		if wordAt(toks, from-2, "tre") && strings.ContainsAny(rd.original(from-2), "ễỄ") {
			// "Hồ sơ của tôi bị trễ hẹn 5 ngày." (a probe of citizens'
			// questions): a delay past the appointment, told.
			return "a delay past the appointment (\"trễ hẹn 5 ngày\"), not a time limit"
		}
	case "tu", "den", "giu":
		if words2(toks, from-2, "cho", "den") && kindAt(toks, from-4, tokNum) && wordAt(toks, from-5, "tu") {
			// "tước giấy chứng nhận … trong thời gian từ 1 tháng cho đến 3
			// tháng": a range of a sanction's term.
			return "a range of a term (\"từ 1 tháng cho đến 3 tháng\"), not a time limit"
		}
		if words3(toks, from-3, "phat", "tu", "tu") || words2(toks, from-2, "phat", "tu") || words3(toks, from-3, "giam", "giu", "den") || words2(toks, from-2, "giam", "giu") {
			return "a criminal penalty (\"phạt tù từ 03 tháng đến 02 năm\"), not a time limit"
		}
		if toks[from-1].text == "den" && rd.banServedBefore(from-1) {
			// "Những hành khách có hành vi gây rối … bị cấm vận chuyển có
			// thời hạn bằng đường hàng không đến 12 tháng." (a page on
			// passengers banned from flying, web_pages_eightyfourth.tsv):
			// a ban served, up to so long.
			return "a ban served (\"bị cấm vận chuyển … đến 12 tháng\"), not a time limit"
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
		if toks[from-1].text == "la" && (kindAt(toks, from-2, tokNum) || punctAt(toks, from-2, ":") && kindAt(toks, from-3, tokNum)) { // ("Số ngày chậm nộp Tiền thuế được tính từ ngày 1/2/2020 đến ngày 10/2/2020: là 10 ngày.", a tax page, sector_texts4.tsv)
			for q := from - 3; q >= 0 && q >= from-11; q-- {
				if words2(toks, q, "den", "ngay") {
					// "từ ngày 07 tháng 4 đến ngày 17 tháng 4 năm 2026 là 11
					// ngày": the days between two dates, counted.
					return "the days between two dates (\"từ ngày … đến ngày … là 11 ngày\"), not a time limit"
				}
			}
		}
		if words2(toks, from-2, "som", "nhat") || words3(toks, from-3, "som", "nhat", "la") || words2(toks, from-2, "nhanh", "nhat") || words3(toks, from-3, "nhanh", "nhat", "la") {
			return "a minimum (\"sớm nhất là 02 ngày làm việc\"), not a time limit"
		}
		if words4(toks, from-4, "voi", "thoi", "han", "la") {
			return "the term of a service or a thing (\"với thời hạn là 24 tháng\"), not a time limit"
		}
	case "han":
		if words3(toks, from-3, "voi", "thoi", "han") {
			return "the term of a service or a thing (\"với thời hạn là 24 tháng\"), not a time limit"
		}
		if words3(toks, from-3, "duoi", "thoi", "han") || words3(toks, from-3, "tren", "thoi", "han") {
			// "+ Đối với những người lao động làm việc theo mùa vụ hoặc làm
			// việc dưới thời hạn 12 tháng." (a page on labour contracts,
			// sector_texts4.tsv): a contract's term below so long, a class.
			return "a threshold (\"dưới thời hạn 12 tháng\"), not a time limit"
		}
		if wordAt(toks, from-2, "ky") {
			// "Tín phiếu … loại kỳ hạn 6 tháng": a bill's maturity.
			return "a maturity (\"loại kỳ hạn 6 tháng\"), not a time limit"
		}
		if words3(toks, from-4, "thay", "vi", "thoi") {
			// "Thẻ phóng viên … có thời hạn tối đa 12 tháng thay vì
			// thời hạn 6 tháng như trước đây" (bizconsult.vn, the
			// press rules for foreign correspondents): the figure a
			// rule replaces, as twoWordsBefore's "thay vì 03 tháng".
			return twoWordsBefore[[2]string{"thay", "vi"}]
		}
	case "binh", "vi", "quan": // ("trung bình", "bình quân", "thay vì")
		if words4(toks, from-5, "cong", "don", "trong", "pham") && toks[from-1].text == "vi" {
			// "Tự ý bỏ việc 05 ngày làm việc cộng dồn trong phạm vi 30 ngày
			// kể từ ngày đầu tiên tự ý bỏ việc" (a page on dismissal, Bộ
			// luật Lao động 2019 Điều 125): the span in which absences are
			// added up. ("Trong phạm vi 03 ngày làm việc, kể từ …" alone is
			// a time limit.)
			return "a span in which time is added up (\"cộng dồn trong phạm vi 30 ngày\"), not a time limit"
		}
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
	case "het":
		if notDoneAfter(toks, to) {
			// "…, nếu hết 03 tháng mà không có người khởi kiện, thì tài sản
			// được xử lý để thi hành án" (a page on civil judgment
			// enforcement, web_pages_seventyninth.tsv): a lapse, as "quá
			// 03 tháng mà không …".
			return "a threshold passed (\"hết 03 tháng mà không …\"), not a time limit"
		}
	case "qua":
		if wordAt(toks, to, "khong") && (words2(toks, to+1, "phat", "sinh") || words2(toks, to+1, "phat", "hien")) && !strings.ContainsAny(rd.original(from-1), "áÁ") {
			// "… nhiều ổ dịch đã qua 30 ngày không phát sinh lợn bệnh" (a
			// news page on African swine fever, web_pages_eightyfourth.tsv):
			// time passed with no new case ("qua", not "quá").
			return "time passed with no new case (\"đã qua 30 ngày không phát sinh …\"), not a time limit"
		}
		if !wordAt(toks, from-2, "khong") && notDoneAfter(toks, to) {
			// "Người đi vắng khỏi nơi đã đăng ký hộ khẩu thường trú quá 6
			// tháng mà không khai báo tạm vắng …": a threshold passed.
			return "a threshold passed (\"quá 6 tháng mà không …\"), not a time limit"
		}
		// ("… phải nộp lệ phí quốc gia … không muộn quá 20 tháng kể từ ngày
		// ưu tiên", a clause on copies, translations and fees for the
		// designated offices of an international patent application, as
		// lawinsider.com quotes it: "không muộn quá", no later than, a cap
		// as "không muộn hơn" is.)
		if (wordAt(toks, from-2, "muon") && !wordAt(toks, from-3, "khong")) || wordAt(toks, from-2, "tre") || words2(toks, from-3, "den", "cham") { // ("chậm quá" alone may cap a delay, "không được chậm quá 01 tháng": only a late arrival is a threshold)
			// "Nhân viên đến muộn quá 15 phút sẽ bị trừ 50.000 VNĐ/lần",
			// "Đến chậm quá 15 phút kể từ khi tính giờ làm bài sẽ không
			// được dự thi": how late, a threshold.
			return "a threshold of lateness (\"đến muộn quá 15 phút\"), not a time limit"
		}
		if rd.phraseInSentenceBefore(from, 8, "dinh", "ky") && rd.noColonBetween(max(from-8, 0), from) {
			// "Định kỳ (tối đa không quá 05 ngày làm việc hoặc số dư …
			// vượt quá 01 tỷ đồng), đơn vị phải làm thủ tục chuyển …": how
			// often something recurs. ("Đối với thông tin công bố định kỳ
			// hằng quý: Không quá 20 ngày, kể từ ngày kết thúc quý gần
			// nhất": the periodic report names a case, its colon before
			// the time.)
			return "a recurrence (\"Định kỳ (tối đa không quá 05 ngày làm việc …)\"), not a time limit"
		}
		if from-1 == rd.opening(from-1) && punctAt(toks, to, ",") && !countFromAt(toks, to+1) { // ("Quá 30 ngày làm việc, kể từ ngày gửi thông báo nhưng …" is a lapse counted from its event)
			// "Quá 10 ngày, có thể đề nghị gia hạn 10 ngày nữa …": past the
			// time, a threshold.
			return "a threshold passed (\"Quá 10 ngày, …\"), not a time limit"
		}
		if words2(toks, from-3, "qua", "han") || words2(toks, from-3, "no", "luong") || words2(toks, from-3, "thue", "no") { // ("Người nộp thuế có tiền thuế nợ quá 90 ngày kể từ ngày hết thời hạn nộp", Thông tư 06/2021/TT-BTC Điều 18)
			return "a threshold of overdue debt (\"nợ quá hạn quá 90 ngày\"), not a time limit"
		}
		if why := rd.termCapped(from); why != "" {
			return why
		}
	case "hon":
		if wordAt(toks, from-2, "con") && rd.markedOrUnmarked(from-1, "ơƠ") {
			// "Thời gian đăng ký thuốc tại Việt Nam rút ngắn còn hơn 10
			// tháng" (a news page, web_pages_eightyfourth.tsv): more than so
			// long, a figure; no limit is "more than".
			return "a figure, more than so long (\"rút ngắn còn hơn 10 tháng\"), not a time limit"
		}
	case "trong", "vong":
		k := from - 1 // "trong"
		if toks[k].text == "vong" {
			if !wordAt(toks, k-1, "trong") {
				break
			}
			k-- // "Chỉ trong vòng 2 tuần, …"
		}
		if (wordAt(toks, k-1, "chi") || wordAt(toks, k-1, "rieng") || k == rd.opening(from)) && rd.storyAfterOpening(from, to) {
			return storyWhy
		}
		if words2(toks, k-2, "dien", "ra") && k == from-1 && rd.markedOrUnmarked(k-2, "ễỄ") && !rd.countInSentence(from, to) { // ("Việc đăng ký được diễn ra trong vòng 30 ngày, bắt đầu từ ngày 28/10/2021." is a window counted from its date)
			// "Tết truyền thống Chôl Chnăm Thmây … diễn ra trong 3 ngày (từ
			// ngày 14, 15 và 16/4, dương lịch)" (a news page,
			// web_pages_eightyfifth.tsv): how long an event lasts.
			return "how long an event lasts (\"diễn ra trong 3 ngày\"), not a time limit"
		}
		if toks[from-1].text == "vong" {
			break
		}
		if rd.phraseBefore(from-1, 12, "dong", "tien") || rd.phraseBefore(from-1, 8, "ty", "le") {
			// "dòng tiền ra ròng … trong 30 ngày tiếp theo", "tỷ lệ khả năng
			// chi trả trong 30 ngày": the horizon of a cash flow or a
			// ratio.
			return "the horizon of a cash flow or a ratio (\"tỷ lệ khả năng chi trả trong 30 ngày\"), not a time limit"
		}
	}
	return ""
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
	if words4(toks, from-6, "voi", "thoi", "han", "la") {
		// "được cấp Giấy phép xuất khẩu, Giấy phép nhập khẩu giống cây
		// trồng nông nghiệp với thời hạn là không quá 12 tháng"
		// (thukyluat.vn on plant-variety permits): the paper's term.
		return "the term of a service or a thing (\"với thời hạn là không quá 12 tháng\"), not a time limit"
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

// questionAt reports whether the sentence of the duration [from, p) is
// a reader's question that names a duration: it ends with a question mark
// and asks yes or no ("… có được hưởng … không?"), how long ("bao lâu"),
// why ("tại sao") or says it asks ("xin hỏi", "cho tôi hỏi"). (Any sentence ending with "?"
// cost a held-out limit.)
//
// A polite question may end "… hay không ạ." with a full stop, or with
// nothing at the text's end ("Vậy luật sư cho em hỏi sau 9 ngày tạm giữ
// thì mẹ em có được thả tại ngoại hay không ạ.", a reader's question to a
// law firm, web_pages_fiftythird.tsv).
func (rd *reader) questionAt(from, p int) bool {
	toks := rd.toks
	e := rd.last(from)
	if e > len(toks) || e == len(toks) && !wordAt(toks, e-1, "a") || e < len(toks) && toks[e].text != "?" && !(toks[e].text == "." && wordAt(toks, e-1, "a")) {
		return false // most sentences end otherwise: no scan
	}
	polite := (e == len(toks) || punctAt(toks, e, ".")) && wordAt(toks, e-2, "khong")
	asks := false
	for q := rd.first(from); q <= len(toks); q++ {
		if q == len(toks) || toks[q].ends {
			return asks && (punctAt(toks, q, "?") || polite)
		}
		switch toks[q].text {
		case "khong":
			asks = asks || q > p && (punctAt(toks, q+1, "?") || polite && q == e-2 && rd.markedOrUnmarked(e-1, "ạẠ"))
		case "bao":
			asks = asks || wordAt(toks, q+1, "lau")
		case "sao":
			asks = asks || wordAt(toks, q-1, "tai") // "Tại sao phải có 90 ngày “gia hạn”?" (a news page on verifying social-network accounts, web_pages_fiftyninth.tsv)
		case "hoi":
			asks = asks || wordAt(toks, q-1, "xin") || (wordAt(toks, q-1, "toi") || wordAt(toks, q-1, "em")) && wordAt(toks, q-2, "cho")
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

// calendarSpanAfter reports whether the duration ending at p is followed,
// past a bracket that restates it and a comma, by "từ tháng <n>": a span
// of the calendar named by its months ("07 tháng (bảy tháng), từ tháng 10
// của năm trước đến hết tháng 4 của năm sau").
func (rd *reader) calendarSpanAfter(p int) bool {
	toks := rd.toks
	q := p
	if punctAt(toks, q, "(") && words2(toks, q+1, "tu", "thang") && kindAt(toks, q+3, tokNum) && (wordAt(toks, q+4, "den") || punctAt(toks, q+4, "-")) {
		// "… giảm 50% tiền dịch vụ … trong thời gian 6 tháng (từ tháng 7
		// đến tháng 12/2020)" (a news page, sector_texts4.tsv): the months
		// named in brackets.
		return true
	}
	if punctAt(toks, q, "(") && words2(toks, q+1, "tu", "ngay") && kindAt(toks, q+3, tokNum) && wordAt(toks, q+4, "den") && kindAt(toks, q+5, tokNum) && wordAt(toks, q+6, "thang") && kindAt(toks, q+7, tokNum) {
		// "… rất ngắn, chỉ 5 ngày (từ ngày 4 đến 8 tháng 2), đòi hỏi sự
		// khẩn trương" (a news page on an election's consultation step,
		// web_pages_fiftyeighth.tsv): the days named in brackets.
		return true
	}
	if punctAt(toks, q, "(") && words2(toks, q+1, "tu", "ngay") && kindAt(toks, q+3, tokNum) && punctAt(toks, q+4, "-") && kindAt(toks, q+5, tokNum) && strings.ContainsAny(toks[q+5].text, "./") && punctAt(toks, q+6, ")") {
		// "UBND xã Gio Linh cũng thông báo trong 7 ngày (từ ngày 7 -
		// 13.1), ai là bố, mẹ đẻ … đến UBND xã … để làm thủ tục nhận lại
		// trẻ" (a news page on an abandoned child,
		// web_pages_sixtythird.tsv): the days named, their month after a
		// dot.
		return true
	}
	if wordAt(toks, q, "tu") && kindAt(toks, q+1, tokNum) && wordAt(toks, q+2, "den") && kindAt(toks, q+3, tokNum) && punctAt(toks, q+4, "/") && !toks[q+4].space {
		// "Trong vòng 3 ngày từ 13 đến 16/4/2020, Hải quan Quảng Trị đã
		// phát hiện …" (a news page, sector_texts4.tsv): the days named.
		return true
	}
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
	if words4(toks, q, "bat", "dau", "tu", "ngay") && kindAt(toks, q+4, tokNum) {
		q++ // "trong vòng 30 ngày, bắt đầu từ ngày 28/10/2021 đến hết ngày 30/11/2021" (a firm's programme, cardbusiness.online)
	}
	if words3(toks, q, "tinh", "tu", "ngay") && words4(toks, q+3, "dau", "tien", "cua", "thang") && rd.phraseInSentenceAfter(q+7, 16, "ngay", "cuoi", "cung", "cua", "thang") {
		// "Năm hợp đồng là năm … 12 (mười hai) tháng tính từ ngày đầu tiên
		// của tháng 01 (một) và kết thúc vào ngày cuối cùng của tháng 12
		// (mười hai) năm đó" (Nghị định 80/2024/NĐ-CP): a calendar year.
		return true
	}
	if (words3(toks, q, "tinh", "tu", "ngay") || words3(toks, q, "ke", "tu", "ngay") || words3(toks, q, "dau", "tu", "ngay")) && kindAt(toks, q+3, tokNum) {
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
		if wordAt(rd.toks, p, "the") && (strings.ContainsAny(rd.original(p), "ẻẺ") || rd.withoutDiacritics() && !wordAt(rd.toks, p-1, "co") && !wordAt(rd.toks, p-1, "nhu")) {
			return true // ("thẻ"; without marks, not "có thể", "như thế")
		}
		if syllableThiAt(rd.toks, p) && wordAt(rd.toks, p+1, "thuc") {
			return true // "cấp thị thực có giá trị không quá 30 ngày": a visa ("thị" is no "thì", see sentences)
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
	if q > rd.first(q) && strings.HasPrefix(rd.original(q), "T") && !rd.allCapitals() {
		// "Cấp Giấy chứng nhận đăng ký tàu cá Thời hạn ba (03) ngày làm
		// việc, kể từ ngày nhận đủ hồ sơ …" (a procedure's heading run into
		// its text): a capital mid-sentence opens the text after the
		// heading, whose paper is the procedure's, not the duration's.
		return false
	}
	for p := q - 1; p >= 0 && p >= q-6 && !rd.isBreak(p) && !punctAt(toks, p, ":"); p-- { // (a label's colon ends the search: "Trường hợp sửa đổi, bổ sung nội dung giấy chứng nhận: Thời hạn 15 ngày kể từ ngày nhận hồ sơ …" names the case, not the paper's validity)
		if words2(toks, p, "giay", "phep") || words2(toks, p, "chung", "chi") || words2(toks, p, "chung", "nhan") ||
			wordAt(toks, p, "the") && !wordAt(toks, p-1, "co") {
			return true
		}
	}
	return false
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

// validityChangedIsMatter reports whether "thời hạn sử dụng" at q is the
// object of a procedure that changes it ("gia hạn", "điều chỉnh", "xác
// nhận", "đính chính") and the duration at from is that procedure's time:
// a colon between, or the limit named before ("Gia hạn thời hạn sử dụng
// đất: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "Thời hạn giải quyết
// thủ tục gia hạn thời hạn sử dụng đất là 07 ngày làm việc", probes of
// the land procedures' names). "được gia hạn thời hạn sử dụng không quá
// 12 tháng" stays a validity.
func (rd *reader) validityChangedIsMatter(q, from int) bool {
	toks := rd.toks
	if !words2(toks, q-2, "gia", "han") && !words2(toks, q-2, "dieu", "chinh") && !words2(toks, q-2, "xac", "nhan") && !words2(toks, q-2, "dinh", "chinh") {
		// "Gia hạn sử dụng đất khi hết thời hạn sử dụng đất: Không quá 07
		// ngày làm việc" (a procedure's name in a province's table of
		// times): the verb earlier in the label, the colon after it.
		return !rd.noColonBetween(q, from) && (rd.phraseInSentenceBefore(q, 14, "gia", "han") || rd.phraseInSentenceBefore(q, 14, "xac", "nhan")) && q > rd.opening(q)
	}
	return !rd.noColonBetween(q, from) || rd.phraseInSentenceBefore(q-2, 12, "giai", "quyet")
}

// minimumRightBefore reports whether "tối đa" at q follows a duration
// after "tối thiểu (là)" or "ít nhất (là)", joined by a comma or "và": the
// two bounds of one term ("tối thiểu là 12 tháng và tối đa là 24 tháng").
// A bare "tối thiểu" must not open the sentence.
func (rd *reader) minimumRightBefore(q int) bool {
	toks := rd.toks
	if !punctAt(toks, q-1, ",") && !wordAt(toks, q-1, "va") {
		return false
	}
	// A binary search finds the duration ending before the mark, so a text
	// of many such bounds costs a logarithm each.
	k := rd.firstItemEndingAt(q - 1)
	if k == len(rd.items) || rd.items[k].to != q-1 {
		return false
	}
	f := rd.items[k].from
	return wordAt(toks, f-1, "la") && rd.minimumAt(f-3) || rd.minimumAt(f-2) && rd.opening(f-2) != f-2
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
		case "hoan", "phi", "tra", "tinh", "phat":
			refund = refund || words2(toks, q, "hoan", "lai") || words2(toks, q, "hoan", "tien") || words2(toks, q, "tra", "lai") || wordAt(toks, q, "phi") ||
				toks[q].text != "phi" && kindAt(toks, q+1, tokNum) && punctAt(toks, q+2, "%") // "Tính 30% khi gửi yêu cầu trước xuất phát …", "Hoàn 100% khi hủy tour …", "… thì chịu phạt 50% tổng giá trị tiền tour": a charge or a refund
		}
	}
	return percent && refund
}

// actsCountedBefore reports whether acts are counted in the window that
// ends at the duration p ("trong thời hạn", "trong thời gian", "trong
// vòng" before it): a count of them in the eighteen tokens before ("từ 02
// lần trở lên"), or right before ("3 lần liên tiếp trong vòng"), or one of
// them numbered right before "trong thời hạn" ("lần thứ ba trong thời hạn
// 12 tháng"). "Bị xử phạt vi phạm hành chính từ 02 lần trở lên về … trong
// thời hạn 12 tháng", "3 lần liên tiếp trong vòng 12 tháng kiểm tra thông
// thường đạt yêu cầu", "Bị … khuyến cáo lần thứ ba trong thời hạn 12 tháng
// mà không khắc phục được".
//
// One act numbered once and counted from an event, to the duration's end
// at to, or before one, is no count of acts but that act's time:
// "Doanh nghiệp được nộp bổ sung hồ sơ 01 lần trong thời hạn 30 ngày làm
// việc kể từ ngày … ban hành thông báo", "lô ruộng lúa thơm được kiểm tra
// 1 lần trong thời gian 20 ngày trước khi thu hoạch".
func (rd *reader) actsCountedBefore(p, to int) bool {
	toks := rd.toks
	start := withinStart(toks, p)
	if start < 0 {
		return false
	}
	if start == p-3 && (wordAt(toks, start-2, "thu") && (wordAt(toks, start-3, "lan") || wordAt(toks, start-5, "lan")) || wordAt(toks, start-3, "thu") && wordAt(toks, start-4, "lan")) {
		return true // "lần thứ ba", "lần thứ hai mươi", "lần vi phạm thứ ba" right before "trong thời hạn"
	}
	if words3(toks, start-3, "lan", "lien", "tiep") {
		return true // "3 lần liên tiếp trong vòng 12 tháng"
	}
	if wordAt(toks, start-1, "lan") && kindAt(toks, start-2, tokNum) {
		// "cho phép bạn nhập cảnh vào Nhật Bản 02 lần trong vòng 06 tháng"
		return strings.TrimLeft(toks[start-2].text, "0") != "1" || !countFromAt(toks, to) && !wordAt(toks, to, "truoc")
	}
	for q := start - 1; q >= 1 && q >= p-30 && !rd.isBreak(q); q-- {
		if wordAt(toks, q, "lan") && kindAt(toks, q-1, tokNum) && (words2(toks, q+1, "lien", "tiep") || words2(toks, q+3, "lien", "tiep")) { // ("sau 03 lần kiểm tra liên tiếp tại các ngày khác nhau trong vòng 12 tháng", Thông tư 52/2015/TT-BYT Điều 7: the act named between)
			// "Mặt hàng nhập khẩu có 03 lần liên tiếp được cấp Thông báo …
			// theo phương thức kiểm tra chặt trong vòng 12 tháng" (Nghị định
			// 46/2026/NĐ-CP Điều 23): three times running, however far before.
			return true
		}
		if q < p-18 {
			continue
		}
		if words3(toks, q, "lan", "tro", "len") && kindAt(toks, q-1, tokNum) {
			return true
		}
		if words2(toks, q, "tro", "len") && rd.timesCountedBefore(q, max(1, q-4)) {
			// "Có từ 02 lượt đăng kiểm viên trở lên bị xử phạt … trong thời
			// hạn 12 tháng": a count of turns, its noun between.
			return true
		}
	}
	return false
}

// actsCountedAfter reports whether the clause after p counts acts, a
// number of times or cases "trở lên" within sixteen tokens ("bị xử phạt
// hành chính từ 02 lần trở lên", "để xảy ra 02 vụ ngộ độc thực phẩm trở
// lên").
func (rd *reader) actsCountedAfter(p int) bool {
	for q := p; q < len(rd.toks) && q < p+16 && !rd.isBreak(q); q++ {
		if words2(rd.toks, q, "tro", "len") && rd.timesCountedBefore(q, max(p+1, q-6)) {
			return true
		}
	}
	return false
}

// timesCountedBefore reports whether a number of times, turns or cases
// ("02 lần", "02 lượt", "02 vụ") stands in [lo, q), before a "trở lên" at
// q.
func (rd *reader) timesCountedBefore(q, lo int) bool {
	toks := rd.toks
	for r := q - 1; r >= lo; r-- {
		if (wordAt(toks, r, "lan") || wordAt(toks, r, "luot") || wordAt(toks, r, "vu")) && kindAt(toks, r-1, tokNum) {
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

// overdueAfter reports whether "mà" follows token p in its sentence,
// thirty tokens on at most, and "chưa" or "không" follows it within
// fourteen with no comma between: what was not done by then ("… mà người
// có trách nhiệm đăng ký … chưa tiến hành đăng ký"). lapseAfter asks the
// like of a wait ("Sau 30 ngày … mà không …") within eight words; widened
// to fourteen it read silence as consent ("nếu cơ quan quản lý cấp trên
// trực tiếp không trả lời thì …", a TestReadLimitForms row) as a lapse,
// so the late filing, asked only after "quá … đối với việc", keeps its own.
func (rd *reader) overdueAfter(p int) bool {
	toks := rd.toks
	for q := p; q < len(toks) && q < p+30 && !rd.isSentenceEnd(q); q++ {
		if wordAt(toks, q, "ma") {
			for r := q + 1; r < len(toks) && r <= q+14 && !punctAt(toks, r, ",") && !rd.isSentenceEnd(r); r++ {
				if wordAt(toks, r, "chua") || wordAt(toks, r, "khong") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// comparedInBracket reports whether the duration at p stands in a bracket
// opened by "so với" at most eight tokens before it, with no other
// bracket mark between.
func (rd *reader) comparedInBracket(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-8; q-- {
		if toks[q].kind == tokPunct && (toks[q].text == "(" || toks[q].text == ")") {
			return toks[q].text == "(" && words2(toks, q+1, "so", "voi")
		}
	}
	return false
}

// paperExtendedTimesBefore reports whether the duration at p follows, in
// its sentence, "gia hạn giấy …" and a number of times with "nhưng" or
// "mỗi lần": "bạn được phép gia hạn giấy phép xây dựng hai lần nhưng thời
// hạn tối đa 12 tháng" (a legal Q&A page of thuvienphapluat.vn on
// extending a construction permit), "Chủ đầu tư có thể gia hạn giấy phép
// xây dựng nhiều lần, mỗi lần là 12 tháng" (Hà Nam's page on the
// construction permit, cpxd.hanam.gov.vn): how long a paper may be
// extended, no time for an agency to act.
func (rd *reader) paperExtendedTimesBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-8 && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q, "lan", "nhung") || words2(toks, q-1, "moi", "lan") {
			for r := q - 1; r >= 2 && r >= q-8 && !rd.isSentenceEnd(r); r-- {
				if words3(toks, r-2, "gia", "han", "giay") {
					return true
				}
			}
			return false
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

// definitionBefore reports whether the sentence defines a statistical
// term before the duration at p ("Tử vong mẹ là số phụ nữ tử vong …", "…
// là tỷ lệ phần trăm …"): the duration is part of the definition.
func (rd *reader) definitionBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-30 && !rd.isSentenceEnd(q); q-- {
		if wordAt(toks, q, "la") && (wordAt(toks, q+1, "so") && !kindAt(toks, q+2, tokNum) && !(wordAt(toks, q-1, "day") && q-1 == rd.opening(q)) || words2(toks, q+1, "ty", "le") || words2(toks, q+1, "tong", "so") || // ("Đây là số hàng tại cảng … đã quá hạn làm thủ tục hải quan 90 ngày kể từ ngày hàng về cảng", web_pages_fiftyseventh.tsv: "this is", no term defined)
			wordAt(toks, q+1, "viec") && q-rd.first(q) <= 8) { // "Tổ chức làm việc theo ca là việc bố trí … tính trong thời gian 01 ngày (24 giờ liên tục)" (Nghị định 145/2020/NĐ-CP Điều 64): a term defined at the sentence's opening
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

// toldOfOneself reports whether the sentence of the duration at from
// tells of its writer or family: "tôi", "em", "mình", "vợ tôi", "con tôi"
// open it ("Vợ tôi sinh con được 4 tháng.", a probe of citizens'
// questions), a time so far, no one's limit.
func (rd *reader) toldOfOneself(from int) bool {
	toks := rd.toks
	o := rd.opening(from)
	if wordAt(toks, o, "vo") || wordAt(toks, o, "chong") || wordAt(toks, o, "con") || wordAt(toks, o, "me") || wordAt(toks, o, "bo") {
		o++
	}
	return wordAt(toks, o, "toi") && rd.markedOrUnmarked(o, "ôÔ") || wordAt(toks, o, "em") || wordAt(toks, o, "minh") && rd.markedOrUnmarked(o, "ìÌ")
}

// countInSentence reports whether the sentence of the duration [from, to)
// says what it counts from, "tính từ" or "kể từ", before or after it:
// "Người được kết nạp vào Đảng phải trải qua thời kỳ dự bị mười hai
// tháng, tính từ ngày chi bộ tổ chức lễ kết nạp" (Điều lệ Đảng Điều 5) is
// a term counted from the admission, as the corpus labels such terms.
func (rd *reader) countInSentence(from, to int) bool {
	return rd.phraseInSentenceBefore(from, 24, "tinh", "tu") || rd.phraseInSentenceBefore(from, 24, "ke", "tu") ||
		rd.phraseInSentenceAfter(to, 12, "tinh", "tu") || rd.phraseInSentenceAfter(to, 12, "ke", "tu")
}

// spanDatedAt reports whether the dates of the calendar that a duration
// spans follow it at p: "(1-3/4)", "22-23-24 tháng 05/2013", ", từ ngày
// 16/9/2024 đến hết ngày 15/10/2024", "1/9 và 2/9".
func (rd *reader) spanDatedAt(p int) bool {
	toks := rd.toks
	if punctAt(toks, p, ",") {
		p++
	}
	if punctAt(toks, p, ")") && punctAt(toks, p+1, ":") {
		// "- Thời gian học (5 tuần): Từ 26/6/2023 đến 28/7/2023." (a
		// university's summer term, web_pages_eightythird.tsv): the span
		// in brackets, its dates after the colon.
		p += 2
		return wordAt(toks, p, "tu") && kindAt(toks, p+1, tokNum) && punctAt(toks, p+2, "/") && rd.dateUntilWithin(p+3, p+10)
	}
	switch {
	case punctAt(toks, p, "("):
		return kindAt(toks, p+1, tokNum) && punctAt(toks, p+2, "-") && kindAt(toks, p+3, tokNum) && punctAt(toks, p+4, "/") && kindAt(toks, p+5, tokNum)
	case kindAt(toks, p, tokNum):
		if wordAt(toks, p-1, "ngay") && (punctAt(toks, p+1, "/") && kindAt(toks, p+2, tokNum) && wordAt(toks, p+3, "va") || wordAt(toks, p+1, "va") && kindAt(toks, p+2, tokNum) && punctAt(toks, p+3, "/")) {
			return true // "trong 2 ngày 1/9 và 2/9", "trong 2 ngày 30 và 31/12/2023" (a treasury's news, web_pages_eightieth.tsv): the days named
		}
		return punctAt(toks, p+1, "-") && kindAt(toks, p+2, tokNum) && (wordAt(toks, p+3, "thang") || punctAt(toks, p+3, "-") && kindAt(toks, p+4, tokNum) && wordAt(toks, p+5, "thang"))
	case words2(toks, p, "tu", "ngay"):
		// ("Lễ hội diễn ra trong 3 ngày, từ ngày 10 đến 12/3": the first
		// day's month left to the last's.)
		return kindAt(toks, p+2, tokNum) && (punctAt(toks, p+3, "/") && rd.dateUntilWithin(p+4, p+10) || wordAt(toks, p+3, "den") && kindAt(toks, p+4, tokNum) && punctAt(toks, p+5, "/"))
	}
	return false
}

// dateUntilWithin reports whether "đến" ("đến ngày", "đến hết ngày") and a
// number stand in [p, q).
func (rd *reader) dateUntilWithin(p, q int) bool {
	for r := p; r < q && r < len(rd.toks); r++ {
		if wordAt(rd.toks, r, "den") && kindAt(rd.toks, r+1, tokNum) || words2(rd.toks, r, "den", "ngay") && kindAt(rd.toks, r+2, tokNum) || words3(rd.toks, r, "den", "het", "ngay") && kindAt(rd.toks, r+3, tokNum) {
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
			if notice && words3(toks, q, "ve", "thoi", "han") && resolvingAt(toks, q+3) {
				return true
			}
		}
	}
	return false
}

// statutoryBeforeCut reports whether the duration [from, to) is named the
// time the law sets ("Thời gian theo quy định: Trong thời hạn 03 ngày làm
// việc …") in a text that then gives the time after a reduction ("- Thời
// gian sau cắt giảm: Trong thời hạn 02 ngày làm việc …"): the reduced time
// is the one applied. A time named by a bare header ("Thời hạn giải quyết:
// 03 ngày làm việc") is so when the cut is named by the same header
// ("Thời hạn giải quyết sau khi cắt giảm: 02 ngày làm việc") or opens a
// sentence ("Sau cắt giảm còn 07 ngày làm việc"), as the provinces' lists
// of 2025 write it (a probe of their cards).
func (rd *reader) statutoryBeforeCut(from, to int) bool {
	toks := rd.toks
	named := false
	for q := from - 1; q >= 0 && q >= from-10 && !named; q-- {
		// ("Theo quy định: 10 ngày làm việc Sau cắt giảm: 07 ngày làm
		// việc", "Theo quy định 10 ngày làm việc, sau cắt giảm 07 ngày làm
		// việc": the two columns' headers, as a PDF's table runs them
		// together; with the time named, "Thời hạn giải quyết theo quy
		// định 10 ngày làm việc; thời hạn giải quyết sau cắt giảm 07 ngày
		// làm việc".)
		named = words3(toks, q, "theo", "quy", "dinh") && (punctAt(toks, q+3, ":") || q+3 == from) && (timeNamedBefore(toks, q) || q == rd.opening(q))
	}
	// ("Thời hạn giải quyết: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ.
	// Thời hạn giải quyết sau khi cắt giảm: 02 ngày làm việc": the time
	// named alone, then named again with its cut, the same header.)
	header := !named && punctAt(toks, from-1, ":") && timeNamedBefore(toks, from-1)
	if !named && !header {
		return false
	}
	for q := to; q < len(toks) && q < to+40; q++ {
		if (words3(toks, q, "sau", "cat", "giam") || words3(toks, q+1, "khi", "cat", "giam") && wordAt(toks, q, "sau")) && (named || timeNamedBefore(toks, q) || q == rd.opening(q)) {
			return true
		}
	}
	return false
}

// timeNamedBefore reports whether "thời gian" or "thời hạn" ends right
// before toks[q], or "thời gian giải quyết" / "thời hạn giải quyết" does
// ("Thời gian giải quyết theo quy định: 10 ngày làm việc; Thời gian giải
// quyết sau cắt giảm: 07 ngày làm việc", the two columns of a province's
// list of procedures whose time it cut).
func timeNamedBefore(toks []token, q int) bool {
	if words2(toks, q-2, "giai", "quyet") {
		q -= 2
	}
	return words2(toks, q-2, "thoi", "gian") || words2(toks, q-2, "thoi", "han")
}

// citedInBracket reports whether the duration at p stands in a bracket
// that cites a law before it ("(hiện hành, Khoản 3 Điều 21 Luật Cư trú
// 2006 quy định thời gian đăng ký thường trú 15 ngày …)") or the former
// rule ("(quy định cũ là 15 ngày)"): an aside about another text, not the
// sentence's own limit.
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
		case words3(toks, q, "quy", "dinh", "cu") || words2(toks, q, "truoc", "day") && punctAt(toks, q-1, "("):
			// "trong thời hạn 10 ngày làm việc (quy định cũ là 15 ngày)"
			// (plo.vn, "Sửa đổi quy định về thi đua, khen thưởng"), "(trước
			// đây là 20 ngày)": the former rule's time, beside the new one.
			law = true
		}
	}
	return false
}

// addedTimeBefore reports whether "thêm" stands before the duration at
// from, past only a window's words: "kéo dài thêm 10 ngày", "được tăng
// thêm không quá 10 ngày" (time added to a limit, an extension), or a due
// date put back ("lùi thời hạn nộp thuế không quá 60 ngày").
func (rd *reader) addedTimeBefore(from int) bool {
	for k := 1; k <= 4; k++ {
		if wordAt(rd.toks, from-k, "them") {
			return rd.introduces(from-k+1, from)
		}
	}
	// "… thì cơ quan thuế được phép lùi thời hạn nộp thuế không quá 60 ngày
	// so với thời hạn quy định tại khoản này" (Thông tư 06/2021/TT-BTC
	// Điều 7): a due date put back, by at most so many days.
	for k := 3; k <= 8; k++ {
		if wordAt(rd.toks, from-k, "lui") && words2(rd.toks, from-k+1, "thoi", "han") {
			return true
		}
	}
	// "… trong trường hợp cấp bách được rút gọn chỉ còn 20 ngày so với quy
	// định chung là 12 tháng" (a page on registering COVID-19 vaccines in
	// an emergency): a limit shortened, compared with the general one, no
	// threshold.
	if q := from - 1; wordAt(rd.toks, q, "con") {
		if wordAt(rd.toks, q-1, "chi") {
			q--
		}
		return words2(rd.toks, q-2, "rut", "gon") || words2(rd.toks, q-2, "rut", "ngan")
	}
	return false
}

// countedAsAfter reports whether a duration ending at to is followed, within
// three words of what it measures, by "được tính bằng" and another amount:
// "01 tháng tạm giam được tính bằng 30 ngày", a rule of counting.
func (rd *reader) countedAsAfter(to int) bool {
	if rd.rareTokens()&rareCountedAs == 0 {
		return false // no "được tính bằng" in the text: most texts
	}
	toks := rd.toks
	for q := to; q <= to+3 && q+3 < len(toks) && toks[q].kind == tokWord; q++ {
		if toks[q].text == "duoc" && words2(toks, q+1, "tinh", "bang") && kindAt(toks, q+3, tokNum) {
			return true
		}
	}
	return false
}

// acronymAt reports whether the word at p is written as an acronym, two to
// five capitals ("FPT", "ATA").
func (rd *reader) acronymAt(p int) bool {
	if !kindAt(rd.toks, p, tokWord) || len(rd.toks[p].text) < 2 || len(rd.toks[p].text) > 5 {
		return false
	}
	return rd.capitalsAt(p)
}

// initialCapitalAt reports whether the word at p starts with an ASCII
// capital ("Trong", "Do").
func (rd *reader) initialCapitalAt(p int) bool {
	if !kindAt(rd.toks, p, tokWord) {
		return false
	}
	c := rd.f.src[rd.f.orig[rd.toks[p].at]]
	return 'A' <= c && c <= 'Z'
}

// capitalsAt reports whether the word at p is written in ASCII capitals
// only ("YCBLVP").
func (rd *reader) capitalsAt(p int) bool {
	if c := rd.f.src[rd.f.orig[rd.toks[p].at]]; c < 'A' || c > 'Z' {
		return false // one look at the first letter for most words
	}
	w := rd.original(p)
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// sameAmountAt reports whether the words from q repeat those of the
// duration [from, to): "mười ngày vẫn là mười ngày".
func (rd *reader) sameAmountAt(from, to, q int) bool {
	toks := rd.toks
	if q < 0 || q+(to-from) > len(toks) {
		return false
	}
	for k := range to - from {
		if toks[q+k].kind != toks[from+k].kind || toks[q+k].text != toks[from+k].text {
			return false
		}
	}
	return true
}

// firstDaysOfEventAt reports whether an event follows "N ngày đầu" at p
// ("đầu" said, p the word after it): "30 ngày đầu tiên kể từ ngày kích
// hoạt", "một giờ đầu sau khi sinh", "30 ngày đầu kể từ ngày vợ sinh con"
// (Luật Bảo hiểm xã hội 2014, 58/2014/QH13 Điều 34): the first days after
// that event, a window counted from it, not the first part of a span. (A
// bare "khi" is no count: "trong khoảng thời gian 30 ngày đầu khi quay lại
// làm việc mà sức khỏe … chưa được phục hồi" is a condition's window; but
// "trong vòng 30 ngày đầu tiên khi vợ sinh con", a page on paternity leave,
// sector_texts4.tsv, names the birth, the event the leave counts from.)
func (rd *reader) firstDaysOfEventAt(p int) bool {
	toks := rd.toks
	p = pastTien(toks, p)
	return countFromAt(toks, p) || words2(toks, p, "sau", "khi") || words3(toks, p, "khi", "vo", "sinh")
}

// pastTien returns p, or the token after it when "tiên" of "đầu tiên"
// stands there: "30 ngày đầu (tiên) kể từ …".
func pastTien(toks []token, p int) int {
	if wordAt(toks, p, "tien") {
		return p + 1
	}
	return p
}

// timeTakenWhy is the reason given for a time a text tells as taken ("cũng
// mất gần 2 tháng mới xong", "mất hơn 1 tháng"): what it took, no time to
// act.
const timeTakenWhy = "a time taken, told (\"cũng mất gần 2 tháng mới xong\"), not a time limit"

// timeTakenAfterMat says why a duration right after "mất" is no time
// limit, or "": "Nghĩa là nhanh nhất cũng mất 4 tháng." (a blog on working
// in Japan, web_pages_fiftyfifth.tsv: how long it takes at best, an
// estimate), "… cũng mất 2 tháng", "… cần thực hiện 5 thủ tục, thời gian
// thực hiện mất 46 ngày, chi phí bằng …" (a news page on getting
// electricity, web_pages_seventyeighth.tsv: how long it took, a figure),
// "… phải mất hai ngày mới có thể …". It stands apart from notALimitNear,
// which must stay under the size at which the compiler stops inlining
// into it (READING_SPEED.md).
func (rd *reader) timeTakenAfterMat(from int) string {
	toks := rd.toks
	if words2(toks, from-5, "nhanh", "nhat") || words2(toks, from-4, "nhanh", "nhat") {
		return "how long it takes at best (\"nhanh nhất cũng mất 4 tháng\"), not a time limit"
	}
	if wordAt(toks, from-2, "cung") || (words2(toks, from-3, "thoi", "gian") || words2(toks, from-5, "thoi", "gian")) && rd.markedOrUnmarked(from-1, "ấẤ") {
		return timeTakenWhy
	}
	if wordAt(toks, from+2, "moi") && (words2(toks, from+3, "co", "the") || wordAt(toks, from+3, "xong")) && isUnitWord(toks[from+1].text) && rd.markedOrUnmarked(from-1, "ấẤ") { // (not "phải mất 3 tháng mới cấp tư cách lưu trú + 1 tháng …", web_pages_fiftyfifth.tsv, labelled a composite)
		// "Khả năng phải mất hai ngày mới có thể làm sạch được các bãi
		// tắm" (a news page on an oil spill, web_pages_eightieth.tsv): how
		// long a work will take before it can be done ("mới có thể",
		// "mới xong"), told.
		return timeTakenWhy
	}
	return ""
}

// timeTakenAfterHedge says why a duration after "mất" and one word of
// hedging ("mất khoảng", "mất hơn", "mất gần") is no time limit, or "":
// "… dự kiến việc cắt tỉa 106 cây xanh trên đường Kim Mã mất khoảng 20
// ngày" (how long a work is expected to take; "… thời gian xét duyệt visa
// Nhật mất khoảng 1 tuần" tells a service's time), "… làm lại sổ mới cũng
// mất gần 2 tháng mới xong", "… bị mất cấp lại cũng mất hơn 1 tháng" (how
// long it took, told; news pages, web_pages_seventythird.tsv).
func (rd *reader) timeTakenAfterHedge(from int) string {
	toks := rd.toks
	switch toks[from-1].text {
	case "khoang":
		if rd.phraseInSentenceBefore(from-2, 20, "du", "kien") {
			return "how long a work is expected to take (\"dự kiến … mất khoảng 20 ngày\"), not a time limit"
		}
	case "hon":
		return timeTakenWhy
	case "gan":
		if wordAt(toks, from-3, "cung") {
			return timeTakenWhy
		}
	}
	return ""
}

// moneyWordAt reports whether a unit of money stands at p: "triệu",
// "nghìn", "ngàn", "tỷ", "đồng" (folded).
func moneyWordAt(toks []token, p int) bool {
	if !kindAt(toks, p, tokWord) {
		return false
	}
	switch toks[p].text {
	case "trieu", "nghin", "ngan", "ty", "dong":
		return true
	}
	return false
}

// timeGainedWhy is the reason given for how much earlier something was
// done ("sớm hơn 1 tháng", "sớm trước 1 tháng"): no time to act.
const timeGainedWhy = "a time gained (\"sớm hơn 1 tháng\"), not a time limit"

// ifStillNotAfter reports whether the clause after p, past at most six
// words and a comma, opens with "nếu" whose condition says "chưa" (not
// yet) before its "thì": "sau 6 tháng theo lộ trình, nếu … chưa chuyển
// đổi … thì …", what follows a lapse.
func (rd *reader) ifStillNotAfter(p int) bool {
	toks := rd.toks
	if words2(toks, p, "tiep", "theo") {
		return false // ("Sau 15 ngày tiếp theo, nếu vẫn chưa …": counted from the step before)
	}
	q := p
	for q < len(toks) && q < p+6 && toks[q].kind == tokWord {
		q++
	}
	if !punctAt(toks, q, ",") || !wordAt(toks, q+1, "neu") {
		return false
	}
	for r := q + 2; r < len(toks) && r < q+16 && !toks[r].ends; r++ {
		switch {
		case wordAt(toks, r, "chua"):
			return true
		case wordAt(toks, r, "thi"), countWordsAt(toks, r):
			return false
		}
	}
	return false
}

// overdueBy says why the duration from..to after "quá hạn" is no time
// limit, or "": "Giấy phép lái xe ôtô quá hạn 1 ngày cũng phải thi lại lý
// thuyết" (a news page on driving licences, web_pages_seventyfifth.tsv),
// how long a paper is overdue, a threshold, what follows it said next
// ("cũng", "phải", "bị", "sẽ"). (Opening the sentence, "Quá hạn 7 ngày: …"
// is a tier counted from the due date, settleUnnamedStart's; "quá hạn 15
// ngày làm việc tính từ ngày …" a lapse counted from an event; any "quá
// hạn" before an amount cost an older held-out event.)
func (rd *reader) overdueBy(from, to int) string {
	toks := rd.toks
	if kindAt(toks, from-3, tokWord) && !wordAt(toks, from-3, "khong") && from-2 != rd.opening(from) && rd.markedOrUnmarked(from-2, "áÁ") && !countFromAt(toks, to) &&
		(wordAt(toks, to, "cung") || wordAt(toks, to, "phai") || wordAt(toks, to, "bi") || wordAt(toks, to, "se")) {
		return "a lapse (\"quá hạn 1 ngày\"), not a time limit"
	}
	return ""
}

// fromNowAt reports whether "nữa" after the duration from..to (at to)
// tells a time from now: "… ít nhất trong hai tháng nữa (nếu đấu thầu
// thành công), Bệnh viện … mới có thể sửa chữa máy MRI" (a news page,
// web_pages_seventyfifth.tsv), no time to act. ("gia hạn thêm 15 ngày
// nữa", "… gia hạn tạm giam tiếp 3 tháng nữa" extend.)
func (rd *reader) fromNowAt(from, to int) bool {
	toks := rd.toks
	return !wordAt(toks, from-1, "them") && !wordAt(toks, from-1, "tiep") && strings.ContainsAny(rd.original(to), "ữỮ") && !rd.phraseInSentenceBefore(from, 8, "gia", "han")
}

// storyWhy is the reason given for a time a story tells as passed before
// what was done ("Chỉ sau 3 phút di chuyển, … lực lượng chuyên nghiệp đã
// có mặt").
const storyWhy = "time gone by in a story (\"Sau khoảng 1 giờ chữa cháy, … đã khống chế …\"), not a time limit"

// storyAfterOpening reports whether the duration from..to opens its
// sentence after "Sau", "Chỉ sau" or "Sau khoảng", and the clause after
// its comma tells what was done ("đã"), with no condition, duty or count
// between: "Chỉ sau 3 phút di chuyển, đến 8 giờ 20 phút cùng ngày, lực
// lượng chuyên nghiệp đã có mặt …", "Sau khoảng 1 giờ chữa cháy, lực lượng
// … đã khống chế được hoàn toàn đám cháy" (news pages on fires,
// web_pages_seventysixth.tsv), a story, no time to act.
func (rd *reader) storyAfterOpening(from, to int) bool {
	toks := rd.toks
	o := rd.opening(from)
	sau, plain := false, false
	for q := o; q < from; q++ {
		switch {
		case wordAt(toks, q, "sau"), wordAt(toks, q, "trong") && (wordAt(toks, q-1, "chi") || wordAt(toks, q-1, "rieng")): // ("Chỉ trong 5 ngày, công an đã triệu tập 10 người", a probe of the story's opening)
			sau = true
		case wordAt(toks, q, "trong") && q == o:
			// "Trong 3 tháng, thành phố đã cấp 500 giấy phép xây dựng." (a
			// probe of news figures): a bare "Trong" tells a story only
			// when a figure follows "đã" ("Trong 05 ngày làm việc, cơ quan
			// đã tiếp nhận hồ sơ có trách nhiệm …" names the body).
			sau, plain = true, true
		case wordAt(toks, q, "chi"), wordAt(toks, q, "rieng"), wordAt(toks, q, "khoang"), wordAt(toks, q, "vong") && wordAt(toks, q-1, "trong"):
		default:
			return false
		}
	}
	if !sau || rd.withoutDiacritics() || countFromAt(toks, to) {
		return false // ("Sau 15 ngày kể từ ngày có văn bản thông báo, trường hợp … không gửi hồ sơ đã được hoàn thiện …": a count, and a case)
	}
	q := to
	for q < len(toks) && q < to+8 && toks[q].kind == tokWord {
		q++
	}
	if !punctAt(toks, q, ",") {
		return false
	}
	told := false
	for r := q + 1; r < len(toks) && r < q+20 && !toks[r].ends; r++ {
		switch {
		case wordAt(toks, r, "da") && strings.ContainsAny(rd.original(r), "ãÃ"):
			if !plain {
				return true
			}
			// (a bare "Trong …" reads on: "Trong 05 ngày làm việc, cơ
			// quan đã tiếp nhận 02 bộ hồ sơ phải thông báo …" is a duty)
			told = told || figureAfter(toks, r+1)
		case wordAt(toks, r, "thi"), wordAt(toks, r, "neu"), wordAt(toks, r, "phai"), wordAt(toks, r, "se"), countWordsAt(toks, r), words2(toks, r, "truong", "hop"), words2(toks, r, "trach", "nhiem"):
			return false
		}
	}
	return told
}

// figureAfter reports whether a number stands in the four tokens from p,
// only words before it: the figure a story's verb gives ("đã cấp 500 giấy
// phép", "đã giải quyết hơn 3.000 hồ sơ").
func figureAfter(toks []token, p int) bool {
	for q := p; q < p+4 && q < len(toks); q++ {
		if toks[q].kind == tokNum {
			return true
		}
		if toks[q].kind != tokWord {
			return false
		}
	}
	return false
}

// afterSauSays says why a duration after "sau" is no time limit, or "":
// a minimum ("nhanh nhất là sau 8 ngày làm việc"), a story's time ("Chỉ
// sau 3 phút di chuyển, … đã có mặt"), a lapse ("sau 6 tháng …, nếu …
// chưa … thì"), a penalty's lateness ("Chậm báo cáo … sau 5 ngày kể từ
// ngày hết thời hạn"). It stands apart from notALimitNear, which the
// compiler would otherwise deem too big to inline its small helpers into
// (about 750 instructions a read).
func (rd *reader) afterSauSays(from, to int) string {
	toks := rd.toks
	if words3(toks, from-4, "nhanh", "nhat", "la") || words2(toks, from-3, "nhanh", "nhat") || words3(toks, from-4, "som", "nhat", "la") || words2(toks, from-3, "som", "nhat") {
		// "… thời gian làm visa sẽ không cố định, nhanh nhất là sau 8
		// ngày làm việc." (a visa agency's page,
		// web_pages_seventysixth.tsv): the soonest a result comes, a
		// minimum, as "sớm nhất là 02 ngày làm việc".
		return "a minimum (\"nhanh nhất là sau 8 ngày làm việc\"), not a time limit"
	}
	if rd.storyAfterOpening(from, to) {
		return storyWhy
	}
	if rd.ifStillNotAfter(to) {
		// "…, sau 6 tháng theo lộ trình chuyển đổi, nếu người có giấy phép
		// lái xe bằng giấy bìa chưa chuyển đổi sang bằng PET thì … phải
		// sát hạch lại" (a news page on driving licences,
		// web_pages_seventyfifth.tsv): what follows when nothing was done
		// so long after, a lapse.
		return "a lapse (\"sau 6 tháng …, nếu … chưa … thì\"), not a time limit"
	}
	if rd.opening(from) == from-1 && rd.phraseInSentenceAfter(to, 16, "se", "bi") {
		// "Sau 12 tháng toàn bộ kết quả học tập của Học viên sẽ bị hủy."
		// (a language school's rules on deferral, web_pages_seventyninth.tsv):
		// what befalls a party so long after, a lapse whose start the
		// sentence does not name.
		return "a lapse (\"Sau 12 tháng … sẽ bị hủy\"), not a time limit"
	}
	if words5(toks, to, "ke", "tu", "ngay", "het", "thoi") && wordAt(toks, rd.opening(from), "cham") {
		// "“Chậm báo cáo về việc nhận in hóa đơn sau 5 ngày kể từ ngày
		// hết thời hạn báo cáo”. => Bị phạt cảnh cáo." (a tax page on
		// penalties, sector_texts4.tsv): how late a report is, a
		// penalty's tier, no time to act.
		return "a lateness a penalty falls on (\"Chậm báo cáo … sau 5 ngày kể từ ngày hết thời hạn\"), not a time limit"
	}
	return ""
}

// storyOrTimeGained says why a duration after "Sau khoảng", "đã … gần" or
// "sớm hơn" is no time limit, or "": a story's time ("Sau khoảng 1 giờ
// chữa cháy, lực lượng … đã khống chế …"), a time taken ("đã phải dừng gần
// 8 tháng"), how much earlier ("… để hoàn thành sớm hơn 1
// tháng theo kế hoạch đề ra", a news page, web_pages_seventyfifth.tsv;
// notALimit asks "sớm trước 1 tháng", a lead's form; "không sớm hơn 180
// ngày kể từ …" is a minimum counted from an event).
func (rd *reader) storyOrTimeGained(from, to int) string {
	toks := rd.toks
	switch toks[from-1].text {
	case "khoang":
		if wordAt(toks, from-2, "sau") && rd.storyAfterOpening(from, to) {
			return storyWhy
		}
		return ""
	case "gan":
		for q := from - 4; q < from-1; q++ {
			if wordAt(toks, q, "da") && strings.ContainsAny(rd.original(q), "ãÃ") {
				// "… 500 quán karaoke, bar, vũ trường, đã phải dừng gần 8
				// tháng để phòng dịch." (a news page,
				// web_pages_seventysixth.tsv): how long it took, told.
				return timeTakenWhy
			}
		}
		if rd.markedOrUnmarked(from-1, "ầẦ") {
			// "Mới đây khi phải túc trực gần 1 ngày tại Phòng Công chứng
			// …" (a news page, web_pages_eightieth.tsv): nearly so long, a
			// span told, which no limit is.
			return "a span told as nearly so long (\"túc trực gần 1 ngày\"), not a time limit"
		}
		return ""
	}
	if wordAt(toks, from-2, "som") && !wordAt(toks, from-3, "khong") {
		return timeGainedWhy
	}
	if toks[from-1].text == "hon" && wordAt(toks, from-2, "cham") && !wordAt(toks, from-3, "khong") {
		// "… khi chuyến bay chậm hơn 3 giờ mà khách không đồng ý đổi hành
		// trình …, hãng bay phải hoàn trả toàn bộ tiền vé" (a news page on
		// delayed flights, web_pages_seventyninth.tsv): a delay past a
		// threshold, no time to act ("không chậm hơn …" is a limit).
		return "a delay past a threshold (\"chuyến bay chậm hơn 3 giờ\"), not a time limit"
	}
	return ""
}

// reviewBefore reports whether a review ("sơ kết", "tổng kết") stands in
// the eighty tokens of the sentence before p: the spans after it are the
// times it looks back on.
func (rd *reader) reviewBefore(p int) bool {
	return rd.phraseInSentenceBefore(p, 80, "so", "ket") || rd.phraseInSentenceBefore(p, 80, "tong", "ket")
}

// thresholdWhy is the reason given for an amount after "dưới" or "trên"
// (below, above): a threshold, no time to act.
const thresholdWhy = "a threshold (\"dưới\", \"trên\"), not a time limit"

// notDoneAfter reports whether what did not happen follows a duration at
// to, making it a lapse after "quá" or "hết": "… quá 6 tháng mà không khai
// báo tạm vắng …", "nếu hết 03 tháng mà không có người khởi kiện",
// "… nhưng quá 7 (bảy) ngày vẫn chưa cập nhật trạng thái …" (a carrier's
// terms, web_pages_seventyninth.tsv).
func notDoneAfter(toks []token, to int) bool {
	return words2(toks, to, "ma", "khong") || words2(toks, to, "ma", "chua") || words2(toks, to, "van", "chua")
}

// lastPartWhy reports, for the words after a duration at to ("cuối …",
// "gần nhất"), the last part of a period they name: "60 tháng cuối cùng",
// "07 ngày cuối tháng", "02 tháng cuối của quý". It
// stands apart from notALimitNear, which must stay under the size at which
// the compiler stops inlining into it (READING_SPEED.md).
func lastPartWhy(toks []token, to int) string {
	switch {
	case words2(toks, to, "cuoi", "cung") || words2(toks, to, "gan", "nhat"):
		return "a window of past time (\"60 tháng cuối cùng\"), not a time limit"
	case words2(toks, to, "cuoi", "thang"):
		return "a part of the month (\"07 ngày cuối tháng\"), not a time limit"
	case words2(toks, to, "cuoi", "nam"):
		return "a part of the year (\"6 tháng cuối năm\"), not a time limit"
	case words3(toks, to, "cuoi", "cua", "quy") || words2(toks, to, "cuoi", "quy"):
		// "có tháng đầu xếp loại kém, 02 tháng cuối của quý xếp loại trung
		// bình trở lên" (Nghị định 170/2026/NĐ-CP Điều 25, prisoners'
		// grading): a part of the quarter.
		return "a part of the quarter (\"02 tháng cuối của quý\"), not a time limit"
	}
	return ""
}

// sumOfWagesAt reports whether the words at to, after a duration, make it
// a sum of money counted in months: "01 tháng tiền lương", "02 tháng mức
// bình quân tiền lương", "3 tháng tiền mướn nhà", "1 tháng tiền cọc".
func sumOfWagesAt(toks []token, to int) bool {
	return words2(toks, to, "tien", "luong") || words2(toks, to, "tien", "thue") || words2(toks, to, "tien", "phat") || words2(toks, to, "tien", "muon") || words2(toks, to, "tien", "coc") ||
		wordAt(toks, to, "luong") || wordAt(toks, to, "muc") && (words2(toks, to+1, "tien", "luong") || words4(toks, to+1, "binh", "quan", "tien", "luong") || wordAt(toks, to+1, "luong")) // "tối đa bằng 02 tháng mức bình quân tiền lương tháng đóng bảo hiểm xã hội"
}

// wordsRightBeforeSay says why the words right before a duration make it
// no time limit, or "": an account or a line locked for a time ("tài khoản
// sẽ bị tạm khóa 1 tuần", "sẽ bị khoá tài khoản 1 tuần", a language
// school's rules for missed lessons, web_pages_seventyninth.tsv), a
// frequency ("Thực hiện quan trắc với tần suất 15 ngày", an environmental
// permit's monitoring), the months a figure covers ("Tính chung 9 tháng,
// cả nước có 116,3 nghìn doanh nghiệp …", "Tính chung cả 5 tháng", news
// pages on business registrations), a visa-free stay, a delay told, a
// time earlier told ("Trước đó 2 ngày, …"), a course's length, an average
// about so long and each period's length. penaltyOrMeasure's switch on the same word sends
// only these words here: a function of its own keeps that switch's
// function small (the typical text meets none of them).
func (rd *reader) wordsRightBeforeSay(from, to int) string {
	toks := rd.toks
	switch toks[from-1].text {
	case "chung", "ca":
		if words2(toks, from-2, "tinh", "chung") || words3(toks, from-3, "tinh", "chung", "ca") {
			return "the months a figure covers (\"Tính chung 9 tháng, cả nước có …\"), not a time limit"
		}
	case "khoa":
		if (wordAt(toks, from-2, "tam") || wordAt(toks, from-2, "bi")) && rd.markedOrUnmarked(from-1, "óÓáÁ") {
			return "a lock served (\"tài khoản sẽ bị tạm khóa 1 tuần\"), not a time limit"
		}
	case "khoan":
		if words2(toks, from-3, "khoa", "tai") && rd.markedOrUnmarked(from-3, "óÓáÁ") {
			return "a lock served (\"khoá tài khoản 1 tuần\"), not a time limit"
		}
	case "thuc":
		if wordAt(toks, from-3, "mien") && syllableThiAt(toks, from-2) && !wordAt(toks, from-4, "giay") { // (not "Thời hạn cấp giấy miễn thị thực 05 ngày làm việc": a paper issued)
			// "Người nước ngoài được miễn thị thực 45 ngày." (a probe of the
			// visa-free stay the corpus's immigration pages name): how long
			// a visitor may stay, no time to act. ("Thời hạn cấp thị thực
			// 05 ngày làm việc" grants a visa, a limit.)
			return "a visa-free stay (\"được miễn thị thực 45 ngày\"), not a time limit"
		}
	case "do":
		if wordAt(toks, from-2, "truoc") && from-2 == rd.opening(from) && punctAt(toks, to, ",") {
			// "Trước đó 2 ngày, UBND huyện đã có văn bản chỉ đạo." (a probe
			// of news look-alikes): so long earlier, a story's time.
			return "a time earlier, told (\"Trước đó 2 ngày, …\"), not a time limit"
		}
		if words2(toks, from-3, "cham", "tien") {
			// "Dự án chậm tiến độ 8 tháng." (a probe of news on public
			// works): a delay, told.
			return "a delay, told (\"chậm tiến độ 8 tháng\"), not a time limit"
		}
	case "ky":
		if wordAt(toks, from-2, "moi") && strings.ContainsAny(rd.original(from-1), "ỳỲ") {
			// "Giá xăng giảm sau 2 kỳ điều hành liên tiếp, mỗi kỳ 7 ngày." (a
			// probe of news on fuel prices): each period's length.
			return "each period's length (\"mỗi kỳ 7 ngày\"), not a time limit"
		}
	case "suat":
		if wordAt(toks, from-2, "tan") {
			return "a frequency (\"với tần suất 15 ngày\"), not a time limit"
		}
	case "hoc":
		if wordAt(toks, from-2, "khoa") && rd.markedOrUnmarked(from-2, "óÓáÁ") {
			// "… phải tham gia khóa học 3 tháng để thi và cấp giấy phép
			// bay" (a news report on the drone rules,
			// web_pages_eightysecond.tsv): a course's length.
			return "a course's length (\"khóa học 3 tháng\"), not a time limit"
		}
	case "khoang":
		if words2(toks, from-3, "trung", "binh") {
			// "… thời gian chờ đợi lâu hơn trước, trung bình khoảng 2 giờ"
			// (a news report on queues for driving licences,
			// web_pages_eightysecond.tsv): an average, about so long.
			return twoWordsBefore[[2]string{"trung", "binh"}]
		}
	}
	return ""
}

// termLabelBefore says why a label that ends at the colon p names a term
// or days off, not a time to act, or "": a public holiday ("e. Quốc
// khánh: 2 ngày (ngày 2/9 dương lịch và …)", "Tết Âm lịch: 05 ngày", a
// page on the Labour Code's holidays, Bộ luật Lao động 2019 Điều 112,
// web_pages_seventyninth.tsv), or a label that opens its sentence with
// "Thời gian" and names a probation (Bộ luật Lao động 2019 Điều 25), a
// stay, a course, a quarantine, a warranty, an internship or an exam's
// length ("Thời gian thử việc: 60 ngày", a probe of the labels a
// catalogue's table writes before its cells).
func (rd *reader) termLabelBefore(p int) string {
	toks := rd.toks
	if words2(toks, p-2, "quoc", "khanh") || words3(toks, p-3, "tet", "am", "lich") || words3(toks, p-3, "tet", "duong", "lich") || words3(toks, p-3, "tet", "nguyen", "dan") {
		return "a public holiday's days off (\"Quốc khánh: 2 ngày\"), not a time limit"
	}
	o := rd.opening(p)
	if p-o < 3 || p-o > 6 || !words2(toks, o, "thoi", "gian") {
		return ""
	}
	t := o + 2
	switch {
	case words2(toks, t, "thu", "viec") && rd.markedOrUnmarked(t, "ửỬ"):
		return "a probation period (\"Thời gian thử việc: 60 ngày\"), not a time limit"
	case words2(toks, t, "luu", "tru"), words2(toks, t, "tam", "tru"):
		return "a term of stay (\"Thời gian lưu trú: 30 ngày\"), not a time limit"
	case words2(toks, t, "tap", "huan"), words2(toks, t, "dao", "tao"), words2(toks, t, "thuc", "tap"), words2(toks, t, "tap", "su"), wordAt(toks, t, "hoc") && (t+1 == p || wordAt(toks, t+1, "tap") && t+2 == p):
		return "a term of training or study (\"Thời gian tập huấn: 05 ngày\"), not a time limit"
	case words2(toks, t, "cach", "ly"):
		return "a quarantine (\"Thời gian cách ly: 14 ngày\"), not a time limit"
	case words2(toks, t, "bao", "hanh"):
		return "a warranty (\"Thời gian bảo hành: 12 tháng\"), not a time limit"
	case words2(toks, t, "lam", "bai"), words2(toks, t, "sat", "hach") && t+2 == p: // ("Thời gian sát hạch: 30 phút.", a page on the real estate brokers' exam, web_pages_eightyfifth.tsv)
		return "the length of an exam (\"Thời gian làm bài thi: 120 phút\"), not a time limit"
	}
	return ""
}
