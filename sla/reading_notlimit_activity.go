package sla

import "strings"

// activityTermWhy says why the duration of it is how long an activity, a
// measure or a state lasts or may last, or a figure told of one, and no
// one's time to act: a daily quota of play, a ban's or a detention's term,
// a market's closure, a visit or a leave granted to a prisoner, a stay
// past which a permit is needed, the age of a certified copy, a wait
// before something is allowed, a statistic of procedures, time gone by in
// a news story. It returns "" when none of these fits. Each check looks at
// a few words right around the duration, within its clause (phraseBefore
// stops at a comma, a bracket or the sentence's end).
//
// The texts are the thirty-eighth session's web rounds
// (web_pages_seventieth.tsv, web_pages_seventyfirst.tsv): pages on online
// games, domestic violence, markets closed in an epidemic, prisons and
// rehabilitation, border areas, domain names and equitisation.
func (rd *reader) activityTermWhy(it *item) string {
	if it.event == FromReceipt && it.eventEnd > 0 {
		return "" // a count from receipt named: a procedure's time, asked nothing more
	}
	toks := rd.toks
	from, to := it.from, it.to
	near := rd.activityWordsBefore(from)
	switch {
	case wordAt(toks, from-1, "trong") && rd.closureRightBefore(from-1):
		// "Tuyến đường bị phong tỏa trong 2 ngày để sửa chữa.", "Cầu Long
		// Biên cấm xe trong 3 tháng.", "Giá xăng được giữ ổn định trong 2
		// tuần." (probes of news look-alikes): how long a closure, a ban
		// or a state lasts.
		return "the term of a closure or a ban (\"bị phong tỏa trong 2 ngày\", \"cấm xe trong 3 tháng\"), not a time limit"
	case words2(toks, to, "moi", "ngay") || words2(toks, to, "mot", "ngay") || punctAt(toks, to, "/") && wordAt(toks, to+1, "ngay"):
		// "Người dưới 18 tuổi không được chơi game quá 180 phút mỗi ngày",
		// "tối đa 60 phút/ngày": a quota a day, no time to act.
		return "a daily quota (\"180 phút mỗi ngày\"), not a time limit"
	case near&nearPlay != 0 && rd.phraseBefore(from, 12, "thoi", "gian", "choi") || words4(toks, from-4, "gioi", "han", "thoi", "gian"):
		// "tổng thời gian chơi của tất cả các trò chơi không được vượt quá
		// 180 phút", "giới hạn thời gian 180 phút": time played, capped.
		return "a cap on time played (\"tổng thời gian chơi … không được vượt quá 180 phút\"), not a time limit"
	case words2(toks, from-2, "chi", "co") && (rd.phraseBefore(from, 6, "ngan", "nhat") || rd.phraseBefore(from, 6, "dai", "nhat")):
		// "trong đó thủ tục ngắn nhất chỉ có 1 ngày": a statistic of a
		// department's procedures. ("Hai TTHC giải quyết thời gian ngắn
		// nhất với 10 ngày gồm: …" names the procedures' limit.)
		return "a statistic (\"thủ tục ngắn nhất chỉ có 1 ngày\"), not a time limit"
	case near&nearContact != 0 && rd.phraseInSentenceBefore(from, 14, "cam", "tiep", "xuc"):
		// "… cấm tiếp xúc trong thời hạn không quá 4 tháng": a ban's term
		// (the no-contact ban of Luật Phòng, chống bạo lực gia đình 2022, as
		// the collector's pages quote it).
		return "the term of a ban (\"cấm tiếp xúc trong thời hạn không quá 4 tháng\"), not a time limit"
	case near&nearActivity != 0 && rd.phraseInSentenceBefore(from, 24, "da", "tam", "ngung", "hoat", "dong") || words2(toks, from-3, "dong", "cua") && wordAt(toks, from-1, "them"):
		// "… đã tạm ngưng hoạt động chợ Tam Bình … trong thời gian 7 ngày",
		// "chợ đầu mối Hóc Môn sẽ tiếp tục đóng cửa thêm 11 ngày": how long
		// a market is closed. ("… xác nhận về việc văn phòng đại diện tạm
		// ngừng hoạt động trong thời hạn 03 ngày làm việc" is the office's
		// limit: the closure told is one done, "đã".)
		return "the term of a closure (\"tạm ngưng hoạt động chợ … trong thời gian 7 ngày\"), not a time limit"
	case near&nearDetention != 0 && rd.phraseBefore(from, 8, "da", "bi", "tam", "giam") || words4(toks, from-4, "giao", "duc", "bat", "buoc") || words3(toks, from-3, "chap", "hanh", "duoc"):
		// "bị cáo đã bị tạm giam trong thời hạn là 1 tháng", "bị đưa đi cơ
		// sở giáo dục bắt buộc 18 tháng", "Cháu đã chấp hành được 10
		// tháng": a detention's or a measure's term, time served. (A
		// detention's procedure, "gia hạn tạm giam … không quá 1 tháng",
		// is told with no "đã bị".)
		return "the term of a detention or a measure (\"bị tạm giam trong thời hạn là 1 tháng\"), not a time limit"
	case words2(toks, from-2, "duoc", "thuong") || words2(toks, rd.opening(from), "duoc", "gap") && from-rd.opening(from) <= 12 || near&nearAbsence != 0 && rd.phraseBefore(from, 10, "vang", "mat") && rd.phraseBefore(from, 10, "moi", "lan"):
		// "Được thưởng 05 ngày về thăm gia đình", "Được gặp vợ, chồng ở
		// phòng riêng không quá 24 giờ", "mỗi lần vắng mặt không được quá
		// 30 ngày" (pages on prisoners' rights under Luật Thi hành án hình
		// sự 2019 and on management after drug rehabilitation): a leave, a
		// visit, an absence allowed.
		return "a leave, visit or absence allowed (\"Được gặp … không quá 24 giờ\"), not a time limit"
	case wordAt(toks, from-1, "qua") && !wordAt(toks, from-2, "khong") && it.event != FromOtherEvent && rd.phraseBefore(from, 10, "luu", "lai"):
		// "… muốn lưu lại khu vực biên giới Campuchia quá 03 ngày thì phải
		// xin giấy phép của ai?": a stay past which a permit is needed, a
		// threshold. (A stay allowed, "được lưu lại … thêm không quá 10
		// ngày", is a case; one counted from an event is reported so.)
		return "a stay past which a permit is needed (\"lưu lại … quá 03 ngày\"), not a time limit"
	case near&nearCopy != 0 && rd.phraseBefore(from, 7, "sao", "y"):
		// "(Sao y bản chính không quá 3 tháng)": how recent a certified
		// copy must be, a paper's age at filing.
		return "the age of a certified copy (\"Sao y bản chính không quá 3 tháng\"), not a time limit"
	case near&nearDealing != 0 && rd.phraseBefore(from, 8, "khong", "co", "giao", "dich"):
		// "… không có giao dịch trong vòng 30 ngày trước thời điểm tổ chức
		// xác định giá trị doanh nghiệp": a condition of inaction.
		return "a condition of inaction (\"không có giao dịch trong vòng 30 ngày\"), not a time limit"
	case wordAt(toks, from-1, "can") && wordAt(toks, to, "de") && rd.markedOrUnmarked(from-1, "ầẦ") && rd.phraseInSentenceBefore(from, 8, "tinh", "toan"):
		// "Theo tính toán, cần 44 ngày để giải quyết hơn 4.400 xe đang
		// “ách”": the time an estimate says a task needs. ("Cần 18 ngày để
		// được cấp Giấy chứng nhận …" is the procedure's limit.)
		return "the time a task needs (\"cần 44 ngày để giải quyết …\"), not a time limit"
	case (wordAt(toks, from-1, "hon") || wordAt(toks, from-1, "gan")) && wordAt(toks, from-2, "sau") && (from-2 == rd.opening(from) || punctAt(toks, from-3, "-")):
		// "Sau hơn 1 tuần tắc nghẽn, đến nay, …", "Sau gần 3 ngày làm
		// việc, Phòng Quản lý xuất nhập cảnh … đã làm hộ chiếu …": time
		// gone by, a story.
		return "time gone by (\"Sau hơn 1 tuần tắc nghẽn, …\"), not a time limit"
	case wordAt(toks, to, "moi") && it.event != FromOtherEvent && (wordAt(toks, from-1, "doi") && rd.markedOrUnmarked(from-1, "ợỢ") && !wordAt(toks, from-2, "cho") || words2(toks, from-2, "doi", "sau") && rd.markedOrUnmarked(from-2, "ợỢ")):
		// "… cần đợi sau 45 ngày mới được transfer về VTC": a wait before
		// something is allowed ("mới", only then), a minimum. ("phải chờ
		// đợi 30 ngày làm việc để nhận được kết quả" awaits the body's act;
		// "phải đợi sau 12 tháng kể từ ngày quyết định …" is reported as
		// counted from it.)
		return "a wait before something is allowed (\"cần đợi sau 45 ngày mới được …\"), not a time limit"
	case words2(toks, from-2, "trong", "vong") && rd.phraseBefore(from, 8, "se", "het", "han"):
		// "Tên miền đã hết hạn hoặc sẽ hết hạn sử dụng trong vòng 30 ngày":
		// a state of expiring soon, a condition. ("Trước khi Giấy chứng
		// nhận … hết hạn trong vòng 30 ngày, người được cấp phải …" is a
		// lead time.)
		return "a term about to expire (\"sẽ hết hạn sử dụng trong vòng 30 ngày\"), not a time limit"
	case wordAt(toks, to, "truoc") && to+1 == len(toks) && rd.phraseBefore(from, 6, "cap", "nhat"):
		// "Cập nhật Lần cuối 7 tháng trước": when a page was updated.
		return "a page's age (\"Cập nhật lần cuối 7 tháng trước\"), not a time limit"
	case wordAt(toks, from-1, "suot") && rd.markedOrUnmarked(from-1, "ốỐ") || wordAt(toks, from-1, "lac") || words2(toks, to, "bi", "lac"):
		// "Suốt 4 ngày sau đó, anh Thành … tổ chức tìm kiếm đàn bò", "…
		// bàn giao đàn bò đi lạc 6 ngày", "… sau 6 ngày bị lạc" (a news
		// report on a stray herd, web_pages_seventysecond.tsv): a span
		// told, how long something was lost.
		return "a span told (\"Suốt 4 ngày sau đó, …\"), not a time limit"
	case words4(toks, from-4, "ngay", "cong", "keo", "dai"):
		// "• Một ngày công kéo dài 8 giờ làm việc, không kể 1 giờ nghỉ ăn
		// trưa;": a working day's length.
		return "a working day's length (\"Một ngày công kéo dài 8 giờ\"), not a time limit"
	case punctAt(toks, from-1, "[") && punctAt(toks, to, "]") && punctAt(toks, to+1, "-") && it.event != FromOtherEvent:
		// "> Gia hạn [30 ngày]-> Có thể gia hạn (tên miền bị khoá)", "> Đấu
		// thầu [35 ngày]-> Mua giá cao." (a registrar's diagram of a domain
		// name's life, web_pages_seventieth.tsv): how long a phase lasts.
		// (The phase after expiry, "Hết hạn [05 ngày]->", counts from it:
		// settleStart.)
		return "a phase of a diagram (\"Gia hạn [30 ngày]->\"), not a time limit"
	case near&nearAbsence != 0 && rd.phraseBefore(from, 10, "moi", "lan") && !rd.phraseBefore(from, 10, "vang", "mat"):
		// "Việt Nam là cường quốc đứt cáp, với chu kỳ một năm 6 lần, mỗi lần
		// sửa mất đâu đó tầm một đến hai tháng" (a blog on internet
		// providers, web_pages_seventythird.tsv): how long each time takes.
		return "how long each time takes (\"mỗi lần sửa mất … một đến hai tháng\"), not a time limit"
	case wordAt(toks, to, "khi") && (words2(toks, to+1, "vo", "sinh") || words2(toks, to+1, "ket", "hon")):
		// "- 5 ngày làm việc khi vợ sinh thường.", "- 14 ngày làm việc khi
		// vợ sinh đôi phải phẫu thuật." (a news page on a father's leave
		// under Luật Bảo hiểm xã hội 2024, web_pages_seventyfourth.tsv):
		// a leave for a family event.
		return "a leave for a family event (\"5 ngày làm việc khi vợ sinh thường\"), not a time limit"
	case wordAt(toks, from-1, "duoc") && rd.sinceBefore(from-1):
		// "… cha tôi mới mất được 2 tuần do bệnh tim tái phát" (a reader's
		// question to a law firm, web_pages_seventyfourth.tsv): time gone
		// by since something happened.
		return "time gone by (\"mới mất được 2 tuần\"), not a time limit"
	case near&nearExpiry != 0 && rd.phraseBefore(from, 7, "da", "het", "thoi", "han") && !countFromAt(toks, to):
		// "Đơn sáng chế của chủ đơn nước ngoài đã hết thời hạn ưu tiên 12
		// tháng, nhưng …" (a law firm's note on priority rights,
		// web_pages_seventyfourth.tsv): a term named as over, "đã". ("Hết
		// thời hạn 15 ngày … mà người khai hải quan không đề nghị hủy, …"
		// is a lapse counted from an event.)
		return "a term named as over (\"đã hết thời hạn ưu tiên 12 tháng\"), not a time limit"
	case (wordAt(toks, from-1, "qua") || wordAt(toks, from-1, "gian") || wordAt(toks, from-1, "da")) && rd.extensionLengthAt(from):
		return "the length of an extension granted (\"chỉ được gia hạn giấy phép … một lần với thời gian gia hạn tối đa không quá 6 tháng\"), not a time limit"
	}
	return ""
}

// extensionLengthAt reports whether the duration at from is the length of
// an extension granted, not the time to grant it: a permit extended so
// many times, each by so long ("Theo đó chủ đầu tư chỉ được gia hạn giấy
// phép xây dựng một lần với thời gian gia hạn tối đa không quá 6 tháng",
// "… đã được gia hạn giấy phép 1 lần, thời gian 6 tháng", a government
// answer on building permits, web_pages_seventythird.tsv), or a soldier's
// term of service extended ("Bộ trưởng Bộ Quốc phòng có thể quyết định gia
// hạn thời gian tại ngũ của hạ sĩ quan, chiến sĩ nhưng không quá 6
// tháng", Luật Nghĩa vụ quân sự 2015 Điều 21). The time to handle a
// request to extend names no number of times ("Thời gian gia hạn phương
// án sử dụng đất kết hợp là không quá 07 ngày làm việc").
func (rd *reader) extensionLengthAt(from int) bool {
	toks := rd.toks
	q := from - 1
	for q > 0 && from-q <= 4 && (toks[q].text == "qua" || toks[q].text == "khong" || toks[q].text == "da" || toks[q].text == "toi" || toks[q].text == "la" || toks[q].text == "nhung") {
		q-- // the caps before the amount: "tối đa không quá", "nhưng không quá"
	}
	if rd.phraseInSentenceBefore(q+1, 20, "thoi", "gian", "tai", "ngu") {
		return rd.phraseInSentenceBefore(q+1, 20, "gia", "han")
	}
	if words2(toks, q-1, "gia", "han") {
		q -= 2 // "thời gian gia hạn"
	}
	if !words2(toks, q-1, "thoi", "gian") {
		return false
	}
	for r := q - 2; r > 0 && r >= q-16 && !rd.isSentenceEnd(r); r-- {
		if toks[r].text == "lan" && (kindAt(toks, r-1, tokNum) || wordAt(toks, r-1, "mot") || wordAt(toks, r-1, "hai")) {
			// "gia hạn giấy phép … một lần": the permit's term. ("… được gia
			// hạn một lần, thời gian gia hạn không quá 30 ngày" extends the
			// time to act: an extension, two held-out texts said.)
			return rd.phraseInSentenceBefore(r-1, 12, "gia", "han", "giay", "phep")
		}
	}
	return false
}

// closureRightBefore reports whether a closure, a traffic ban or a state
// kept ends right before the "trong" at k: "phong tỏa", "cấm xe", "cấm
// lưu thông", "đóng cửa", "giữ ổn định".
func (rd *reader) closureRightBefore(k int) bool {
	toks := rd.toks
	return words2(toks, k-2, "phong", "toa") || words2(toks, k-2, "cam", "xe") || words3(toks, k-3, "cam", "luu", "thong") ||
		words2(toks, k-2, "dong", "cua") && rd.markedOrUnmarked(k-2, "óÓ") || words3(toks, k-3, "giu", "on", "dinh")
}

// banServedBefore reports whether "bị cấm" (banned, "cấm" by its accent)
// opens the clause that ends at p, fourteen tokens at most before it: "bị
// cấm vận chuyển có thời hạn bằng đường hàng không đến 12 tháng".
func (rd *reader) banServedBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 1 && q >= p-14 && !punctAt(toks, q, ",") && !punctAt(toks, q, ";") && !rd.isSentenceEnd(q); q-- {
		if wordAt(toks, q, "cam") && wordAt(toks, q-1, "bi") && strings.ContainsAny(rd.original(q), "ấẤ") {
			return true
		}
	}
	return false
}

// The words activityTermWhy's phrases end with, found by one look back
// (activityWordsBefore) before any phrase is matched word by word.
const (
	nearPlay      = 1 << iota // "chơi" of "thời gian chơi"
	nearContact               // "xúc" of "cấm tiếp xúc"
	nearActivity              // "động" of "đã tạm ngưng hoạt động"
	nearDetention             // "giam" of "đã bị tạm giam"
	nearAbsence               // "mặt" of "vắng mặt", or "mất" (it takes)
	nearCopy                  // "y" of "sao y"
	nearDealing               // "dịch" of "không có giao dịch"
	nearExpiry                // "hết" of "đã hết thời hạn"
)

// activityWordsBefore marks which of the words activityTermWhy's phrases
// end with stand in the 24 tokens before p, within p's sentence: one walk
// back for all of them.
func (rd *reader) activityWordsBefore(p int) int {
	toks := rd.toks
	m := 0
	for q := p - 1; q >= 0 && q >= p-24 && !toks[q].ends; q-- {
		switch toks[q].text {
		case "choi":
			m |= nearPlay
		case "xuc":
			m |= nearContact
		case "dong":
			m |= nearActivity
		case "giam":
			m |= nearDetention
		case "mat":
			m |= nearAbsence
		case "y":
			m |= nearCopy
		case "dich":
			m |= nearDealing
		case "het":
			m |= nearExpiry
		}
	}
	return m
}

// sinceBefore reports whether "mới" (only just) stands in the four words
// before "được" at p, with its accent or in a text with none ("mỗi", each,
// folds alike): "mới mất được 2 tuần", "mới làm được 3 tháng", how long
// since something happened.
func (rd *reader) sinceBefore(p int) bool {
	for q := p - 1; q >= 0 && q >= p-4 && !rd.toks[q].ends; q-- {
		if rd.toks[q].text == "moi" {
			return rd.markedOrUnmarked(q, "ớỚ")
		}
	}
	return false
}
