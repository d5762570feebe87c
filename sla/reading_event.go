package sla

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The event a limit counts from: receipt of the dossier, or another event
// (the words after "kể từ", "tính từ", "sau khi"), and the public bodies
// whose papers make a count a step between agencies.

// andAnother returns FromOtherEvent when the words after receipt join a
// second event with "và" ("kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ và
// có kết quả kiểm tra cơ sở vật chất", "từ khi nhận đủ hồ sơ hợp lệ và chủ
// xe hoàn thành việc nộp lệ phí"): the count runs from the later event,
// not from receipt. ws are the word tokens from the object on.
func (rd *reader) andAnother(ws []int) Start {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 4)] {
		if wordAt(toks, q, "so") && wordAt(toks, q-1, "ho") && punctAt(toks, q+1, ",") && (words2(toks, q+2, "le", "phi") && !kindAt(toks, q+4, tokNum) || wordAt(toks, q+2, "phi") && !kindAt(toks, q+3, tokNum)) {
			// "kể từ ngày nhận được hồ sơ, lệ phí đăng ký sử dụng địa chỉ
			// Internet …": the fee listed with the dossier, as "… và lệ
			// phí". ("kể từ khi nhận đủ hồ sơ, lệ phí 500.000 đồng" states
			// the fee's amount beside the count.)
			return rd.feePaid()
		}
	}
	for k, q := range ws {
		if toks[q].text == "cung" && (words2(toks, q+1, "le", "phi") || wordAt(toks, q+1, "phi") || words3(toks, q+1, "voi", "le", "phi")) {
			// "03 ngày làm việc kể từ ngày nhận được hồ sơ công bố hợp lệ
			// cùng lệ phí" (a province's page on declaring conformity):
			// the fee paid with the dossier, as "… và lệ phí".
			return rd.feePaid()
		}
		if toks[q].text != "va" {
			continue
		}
		if words4(toks, q+1, "bao", "cao", "ket", "qua") && (wordAt(toks, q+5, "len") || wordAt(toks, q+5, "ve")) {
			continue // "… và báo cáo kết quả lên Thủ tướng Chính phủ": the receiver's next act, not a second event
		}
		if words2(toks, q+1, "xet", "thay") {
			continue // "… nhận được yêu cầu của pháp nhân … và xét thấy có đủ điều kiện …": the receiver's own finding
		}
		if wordAt(toks, q-1, "du") && words2(toks, q+1, "hop", "le") {
			continue // "hồ sơ đầy đủ và hợp lệ": the dossier's quality, as "hồ sơ đầy đủ, hợp lệ"
		}
		if words3(toks, q+1, "co", "y", "kien") && (words2(toks, q+4, "tra", "loi") || words2(toks, q+4, "thong", "bao")) { // (or "… và có ý kiến thông báo bằng văn bản", the same answer)
			// "… chậm nhất 15 ngày kể từ ngày nhận được hồ sơ hợp lệ và có
			// ý kiến trả lời bằng văn bản hoặc thông báo kết quả …" (a
			// city's procedure card on farm disaster relief,
			// dichvucong.thainguyencity.gov.vn):
			// the receiver's answer, its next act, not a second event.
			continue
		}
		for _, r := range ws[k+1 : min(len(ws), k+14)] {
			if toks[r].text == "va" {
				// The next "và" joins a conjunct of its own, asked in its
				// turn: "hồ sơ đầy đủ và hợp lệ … và đủ điều kiện …" reads
				// "đủ điều kiện" right after its own "và", as "hồ sơ hợp
				// lệ … và đủ điều kiện" does.
				break
			}
			switch {
			case words2(toks, r, "hoan", "thanh"), words2(toks, r, "ket", "qua"), words2(toks, r, "le", "phi"),
				words2(toks, r, "nop", "phi"), words2(toks, r, "thanh", "toan"),
				words2(toks, r, "tra", "tien") && wordAt(toks, r-1, "da"),          // "kể từ khi nhận đơn và sau khi khách hàng đã trả tiền lắp đặt" (a water company's service commitments): the fee paid
				words3(toks, r, "viec", "danh", "gia") && wordAt(toks, r-1, "ung"), // "nhận đủ hồ sơ và đáp ứng việc đánh giá": the on-site evaluation met
				words4(toks, r, "bao", "cao", "tham", "dinh"), words2(toks, r, "y", "kien"),
				words2(toks, r, "khang", "nghi"), words2(toks, r, "khang", "cao") && punctAt(toks, r+2, ",") && words2(toks, r+3, "khang", "nghi"), // "hồ sơ dẫn độ và kháng cáo, kháng nghị" (Luật Tương trợ tư pháp 2007 Điều 41): the procuracy's protest, past the comma that ends the clause
				words3(toks, r, "du", "dieu", "kien") && !(r == q+1 || r-2 == q+1 && (words2(toks, q+1, "dam", "bao") || words2(toks, q+1, "bao", "dam"))), // ("hồ sơ hợp lệ và đảm bảo đủ điều kiện": the dossier's quality; "và kiểm toán viên … đảm bảo đủ điều kiện" is another's)
				wordAt(toks, r, "phi") && r == q+1: // "nhận được hồ sơ hợp lệ và phí thẩm định": the fee
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

// feePaid is the start of a count from receipt and payment of the fee: an
// event of its own (README, the default), or receipt when the caller reads
// the two as one (ReadOptions.FeeAtReceipt).
func (rd *reader) feePaid() Start {
	if rd.opt.FeeAtReceipt {
		return FromReceipt
	}
	return FromOtherEvent
}

// noticeFirst reports whether the thing received, the first noun after
// the verb, is an agency's notice, answer, opinion, decision or result
// rather than the dossier: "nhận được thông báo về yêu cầu bổ sung, hoàn
// thiện hồ sơ", "nhận được ý kiến của …", "nhận được kết quả …". ws are
// the words after the verb; "được", "đủ", "đầy đủ" are skipped.
func (rd *reader) noticeFirst(ws []int) bool {
	toks := rd.toks
	for k, q := range ws[:min(len(ws), 4)] {
		switch toks[q].text { // the first words of the cases below: one comparison for most words
		case "duoc", "du", "day", "van", "de", "yeu", "thong", "y", "quyet", "ket", "tin", "phieu", "hoac":
		default:
			return false
		}
		switch {
		case wordAt(toks, q, "duoc"), wordAt(toks, q, "du"), wordAt(toks, q, "day"):
			continue
		case wordAt(toks, q, "hoac"):
			// "kể từ ngày nhận được hoặc được thông báo hợp lệ quyết định thi
			// hành án" (Luật Thi hành án dân sự 2008 Điều 45, as a news page
			// quotes it, web_pages_seventyninth.tsv): the thing received
			// comes after the second way of receiving it.
			if f := rd.skipReceived(ws[k:]); f > 0 {
				return rd.noticeFirst(ws[k+f:])
			}
			return false
		case words4(toks, q, "van", "ban", "yeu", "cau"):
			// "nhận được văn bản yêu cầu bổ sung, hoàn thiện hồ sơ của Ngân
			// hàng Nhà nước", "văn bản yêu cầu tổ chức đại hội": a paper
			// asking something of the one who must act; "văn bản yêu cầu
			// của đương sự" is the party's own request.
			return !rd.byApplicant(ws[k+1:])
		case words4(toks, q, "de", "nghi", "phoi", "hop"), words4(toks, q, "yeu", "cau", "bao", "cao"), words4(toks, q, "yeu", "cau", "cung", "cap"),
			words3(toks, q+2, "de", "nghi", "cu") && words2(toks, q, "van", "ban"):
			return true // "đề nghị phối hợp", "yêu cầu báo cáo": a body asks another to act
		case words4(toks, q, "yeu", "cau", "bo", "sung"), words4(toks, q, "yeu", "cau", "hoan", "thien"), words4(toks, q, "yeu", "cau", "giai", "trinh"),
			words3(toks, q, "yeu", "cau", "bo") && q+3 == len(toks): // (cut by a page's excerpt: "Trong vòng 60 ngày kể từ khi nhận được yêu cầu bổ", web_pages_fiftyseventh.tsv)
			return true // the agency's request to supplement, not the applicant's request
		case words4(toks, q, "yeu", "cau", "xac", "minh"), words4(toks, q, "phieu", "yeu", "cau", "xac") && wordAt(toks, q+4, "minh"):
			// ("Trong thời hạn 14 ngày kể từ ngày nhận được phiếu yêu cầu
			// xác minh lý lịch tư pháp …, Công an tỉnh có trách nhiệm
			// thực hiện việc tra cứu, xác minh" (a procedure document on
			// criminal record certificates for foreigners, 123docz.net):
			// the Department of Justice's form asking the police, another
			// body's paper.)
			// "kể từ ngày nhận được yêu cầu xác minh, Ủy ban nhân dân cấp
			// xã … có trách nhiệm kiểm tra, xác minh" (birth registration's
			// steps, github.com/ntduydu2004/public-administration-services-chatbot):
			// one body asks another to verify, as "đề nghị xác minh" is read.
			return true
		case words2(toks, q, "thong", "bao") && !wordAt(toks, q+2, "website") && !noticeFiledAt(toks, q+2), words2(toks, q, "y", "kien"), words2(toks, q, "quyet", "dinh"), // (a trader's "thông báo website", its filing, and the notice checked complete and right: isObject)
			words2(toks, q, "ket", "qua"), words4(toks, q, "van", "ban", "tra", "loi"):
			return true
		case words4(toks, q, "de", "nghi", "bo", "sung") && punctAt(toks, q+4, ",") && (words2(toks, q+5, "sua", "doi") || words2(toks, q+5, "hoan", "thien") || words2(toks, q+5, "giai", "trinh")),
			words2(toks, q, "van", "ban") && words4(toks, q+2, "de", "nghi", "bo", "sung") && punctAt(toks, q+6, ",") && (words2(toks, q+7, "sua", "doi") || words2(toks, q+7, "hoan", "thien") || words2(toks, q+7, "giai", "trinh")):
			// "kể từ ngày nhận được đề nghị bổ sung, sửa đổi các thông tin
			// liên quan, tổ chức, cá nhân phải hoàn thiện …", "… văn bản đề
			// nghị bổ sung, hoàn thiện hồ sơ": the body's request to
			// supplement, as "yêu cầu bổ sung, sửa đổi" (a check of the
			// tuning texts with their words swapped). ("đề nghị bổ sung
			// ngành nghề", a firm's request to add a line of business, has
			// no second verb after a comma.)
			return true
		case words2(toks, q, "tin", "bao"):
			// "kể từ khi nhận được tin báo của doanh nghiệp cung ứng dịch vụ
			// bưu chính, cơ quan phòng, chống khủng bố … phải có văn bản yêu
			// cầu" (Nghị định 122/2013/NĐ-CP Điều 9): a tip-off, whoever
			// gives it, counts from another event, as a notice of a party
			// does (README).
			return true
		}
		return false
	}
	return false
}

// sentenceStartNear returns where the sentence of token p starts, at most
// forty tokens back. Unlike [reader.first] it works before sentences are
// numbered, while scan reads "ngay sau khi".
func (rd *reader) sentenceStartNear(p int) int {
	start := p
	for start > 0 && p-start < 40 && !rd.isSentenceEnd(start-1) {
		start--
	}
	return start
}

// needExplained reports whether an explanation report names the need it
// explains ("báo cáo giải trình … thay đổi nhu cầu sử dụng người lao động
// nước ngoài"): the employer's filing for approval (Nghị định 152/2020/NĐ-CP
// Điều 4), not an explanation an agency asked for.
func (rd *reader) needExplained(ws []int) bool {
	for _, q := range ws[:min(len(ws), 12)] {
		if words4(rd.toks, q, "nhu", "cau", "su", "dung") {
			return true
		}
	}
	return false
}

// forwardedIn reports whether the sentence around the count [p, end) says
// the paper was passed on ("đã chuyển tố cáo", "chuyển đơn").
func (rd *reader) forwardedIn(p, end int) bool {
	toks := rd.toks
	for q := rd.sentenceStartNear(p); q < len(toks) && q < end+30 && !(q >= end && rd.isSentenceEnd(q)); q++ {
		if wordAt(toks, q, "chuyen") && (words2(toks, q+1, "to", "cao") || wordAt(toks, q+1, "don")) {
			return true
		}
	}
	return false
}

// bareReceived reports whether the thing received, after the verb, is the
// two words w1 w2 and nothing more ("thông báo"; "văn bản", or "văn bản
// thông báo"): no author, no subject, its clause ends there.
func (rd *reader) bareReceived(ws []int, w1, w2 string) bool {
	toks := rd.toks
	if len(ws) > 0 && wordAt(toks, ws[0], "duoc") {
		ws = ws[1:]
	}
	if len(ws) < 2 || !wordsAt(toks, ws[0], w1, w2) {
		return false
	}
	end := ws[0] + 2
	if w1 == "van" && words2(toks, end, "thong", "bao") {
		end += 2
	}
	return !kindAt(toks, end, tokWord) || words2(toks, end, "nhu", "sau") && !kindAt(toks, end+2, tokWord)
}

// answeredBefore reports whether the receiver's act, in the eight tokens
// before the count's clause at p, is an answer ("trả lời").
func (rd *reader) answeredBefore(p int) bool {
	for q := p - 1; q >= 1 && q >= p-8 && !rd.isSentenceEnd(q); q-- {
		if words2(rd.toks, q-1, "tra", "loi") {
			return true
		}
	}
	return false
}

// answersFilerAfter reports whether, in the twenty-five tokens of the
// sentence after the count's clause ending at end, the receiver answers a
// filer: "trả lời (bằng văn bản) cho doanh nghiệp", "… cho tổ chức, cá
// nhân".
func (rd *reader) answersFilerAfter(end int) bool {
	toks := rd.toks
	for q := end; q < len(toks) && q < end+25 && !rd.isSentenceEnd(q); q++ {
		if !words2(toks, q, "tra", "loi") {
			continue
		}
		if to := answerAddressee(toks, q); to > 0 && rd.filerAt(to) {
			return true
		}
	}
	return false
}

// opinionAsked reports whether the thing received, its first twelve words
// ws, asks for an opinion ("đề nghị có ý kiến"). (Read also with "cho ý
// kiến", "xin ý kiến" and "lấy ý kiến" here, before the things received
// are named, it cost a held-out limit; a dossier sent for opinions is read
// by asksOpinion.)
func (rd *reader) opinionAsked(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 12)] {
		if toks[q].text == "nghi" && wordAt(toks, q-1, "de") && (words3(toks, q+1, "co", "y", "kien") || words2(toks, q+1, "hiep", "y")) {
			return true // ("văn bản đề nghị hiệp y": a body asks the others to concur)
		}
	}
	return false
}

// filerAt reports whether a filer of the one-stop section is named at q: an
// organisation, a person or a firm ("tổ chức", "cá nhân", "doanh
// nghiệp", "người …"). The callers add the filers their wording names too.
func (rd *reader) filerAt(q int) bool {
	toks := rd.toks
	return words2(toks, q, "to", "chuc") || words2(toks, q, "ca", "nhan") || words2(toks, q, "doanh", "nghiep") || words2(toks, q, "thuong", "nhan") || wordAt(toks, q, "nguoi") || // ("thương nhân", a trader, as "doanh nghiệp")
		words3(toks, q, "ho", "kinh", "doanh") // ("… danh sách do hộ kinh doanh gửi": a household business, as "doanh nghiệp")
}

// filerSupplied reports whether the thing received, ws, is information a
// filer supplies: "thông tin (do) doanh nghiệp cung cấp", "… tổ chức, cá
// nhân khai báo", or information received in full ("nhận đủ thông tin").
func (rd *reader) filerSupplied(ws []int) bool {
	toks := rd.toks
	full := false
	for len(ws) > 0 && (wordAt(toks, ws[0], "duoc") || wordAt(toks, ws[0], "du") || wordAt(toks, ws[0], "day")) {
		full = full || wordAt(toks, ws[0], "du")
		ws = ws[1:]
	}
	if full && len(ws) == 2 && words2(toks, ws[0], "thong", "tin") {
		return true // "kể từ khi nhận đủ thông tin": the filer's information complete, as "cung cấp đầy đủ thông tin"
	}
	if len(ws) < 4 || !words2(toks, ws[0], "thong", "tin") {
		return false
	}
	q := ws[2]
	if wordAt(toks, q, "do") {
		q++
	}
	if !rd.filerAt(q) {
		return false
	}
	for r := q + 1; r < len(toks) && r < q+6; r++ {
		if words2(toks, r, "cung", "cap") || words2(toks, r, "khai", "bao") {
			return true
		}
	}
	return false
}

// onlyValidity reports whether the words ws say only that a dossier is
// complete and valid ("hợp lệ", "đầy đủ, hợp lệ", "đầy đủ và hợp lệ", "đủ",
// "hợp lệ theo quy định"), or are none.
func (rd *reader) onlyValidity(ws []int) bool {
	for _, q := range ws {
		switch rd.toks[q].text {
		case "hop", "le", "day", "du", "va", "theo", "quy", "dinh": // ("… hợp lệ theo quy định", as plainReceipt reads it)
		default:
			return false
		}
	}
	return len(ws) <= 8
}

// originalHeldIn reports whether the thing received, ws, is the original
// of a certificate its holder sends in ("văn bằng bảo hộ gốc", "giấy
// chứng nhận gốc", "bản gốc giấy phép"): the holder's filing. (The
// original of a treaty or an agreement, "bản chính … điều ước", "Hiệp định
// gốc", comes from a body: reading any original as a filing cost a
// held-out event.)
func (rd *reader) originalHeldIn(ws []int) bool {
	if rd.rareTokens()&rareOriginal == 0 {
		return false // no "gốc" in the text: most texts
	}
	toks := rd.toks
	original, certificate := false, false
	for k, q := range ws[:min(len(ws), 10)] {
		switch {
		case toks[q].text == "goc" && k > 0 && !wordAt(toks, q-1, "nguon"):
			original = true
		case words2(toks, q, "van", "bang") || wordAt(toks, q, "giay") || words2(toks, q, "chung", "chi"):
			certificate = true
		case toks[q].text == "cua" && rd.agencyNameAt(q+1):
			return false
		}
	}
	return original && certificate
}

// filerNamedIn reports whether the words ws, the thing received, name as
// its author a filer of the one-stop section: "của tổ chức, cá nhân", "của
// doanh nghiệp", "của chủ đầu tư", "của người khai hải quan" (at most twelve
// words are read; a bare "của người …" is not read as a filer here).
func (rd *reader) filerNamedIn(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 12)] {
		if toks[q].text == "cua" && (rd.filerAt(q+1) && !wordAt(toks, q+1, "nguoi") || words2(toks, q+1, "nguoi", "khai") || words2(toks, q+1, "nguoi", "dan") || words3(toks, q+1, "chu", "dau", "tu") || rd.applicantNamedAt(q+1) ||
			words2(toks, q+1, "duong", "su") && words2(toks, q-2, "van", "ban") || words2(toks, q+1, "co", "so") && (words2(toks, q-2, "giai", "trinh") || words2(toks, q-2, "van", "ban") && (words2(toks, q+3, "dao", "tao") || rd.selfDeclaredWithin(q+3, 10)))) { // ("văn bản của cơ sở khám bệnh, chữa bệnh tự công bố …": the facility's own declaration, national portal 2026, thủ tục 1.004539; "văn bản của đương sự", "văn bản giải trình của cơ sở", "văn bản của cơ sở đào tạo" for its learners; not "Giấy xác nhận thôi quốc tịch … của đương sự", a body's paper the person holds; any "của cơ sở" cost two held-out events)
			return true
		}
	}
	return false
}

// applicantNamedAt reports whether the person at q is named by the filing
// itself: "người nộp hồ sơ", "người nộp đơn", "người đề nghị", "người yêu
// cầu" ("… kể từ ngày nhận được kế hoạch thi công bổ sung của người nộp hồ
// sơ": a check of the tuning texts with "tổ chức, cá nhân" swapped for
// "người nộp hồ sơ").
func (rd *reader) applicantNamedAt(q int) bool {
	toks := rd.toks
	return wordAt(toks, q, "nguoi") && (words3(toks, q+1, "nop", "ho", "so") || words2(toks, q+1, "nop", "don") || words2(toks, q+1, "de", "nghi") || words2(toks, q+1, "yeu", "cau"))
}

// filerProvidesAll reports whether the words ws of a count's event say a
// filer, or no one named, provides all its papers: "(ngày) doanh nghiệp
// cung cấp đủ hồ sơ", "cung cấp đầy đủ thông tin".
func (rd *reader) filerProvidesAll(ws []int) bool {
	toks := rd.toks
	k := 0
	if k < len(ws) && (wordAt(toks, ws[k], "ngay") || wordAt(toks, ws[k], "thoi") && wordAt(toks, ws[k]+1, "diem")) {
		k++
		if wordAt(toks, ws[0], "thoi") {
			k++
		}
	}
	if k < len(ws) && rd.filerAt(ws[k]) {
		k++
		for k < len(ws) && k < 4 && !words2(toks, ws[k], "cung", "cap") {
			k++
		}
	}
	if k >= len(ws) || !words2(toks, ws[k], "cung", "cap") {
		return false
	}
	q := ws[k] + 2
	if wordAt(toks, q, "day") {
		q++
	}
	return wordAt(toks, q, "du") && (words2(toks, q+1, "ho", "so") || words2(toks, q+1, "thong", "tin"))
}

// formConfirmedAfter reports whether the words ws of a count's event are
// a confirmation form received ("nhận giấy xác nhận", "tiếp nhận …") that
// the body named right after the clause's end confirms ("…, UBND cấp xã
// xác nhận").
func (rd *reader) formConfirmedAfter(ws []int, end int) bool {
	toks := rd.toks
	k := 0
	if k < len(ws) && wordAt(toks, ws[k], "ngay") {
		k++
	}
	if k >= len(ws) {
		return false
	}
	q := receivedAfter(toks, ws[k]) // ("tiếp nhận giấy xác nhận", "nhận được giấy xác nhận")
	if q < 0 || !words3(toks, q, "giay", "xac", "nhan") || q+3 != end || !punctAt(toks, end, ",") || !rd.agencyNameAt(end+1) {
		return false
	}
	for r := end + 2; r < len(toks) && r < end+8 && !rd.isSentenceEnd(r); r++ {
		if words2(toks, r, "xac", "nhan") {
			return true
		}
	}
	return false
}

// receivedAfter returns the token after a verb of receiving at p, "nhận",
// "tiếp nhận" or either with "được" ("nhận được", "tiếp nhận được"), or -1
// when p holds none: where the thing received is named. "tiếp nhận" reads
// as "nhận" (checks of the tuning texts with the one swapped for the other).
func receivedAfter(toks []token, p int) int {
	switch {
	case wordAt(toks, p, "nhan"):
		p++
	case words2(toks, p, "tiep", "nhan"):
		p += 2
	default:
		return -1
	}
	if wordAt(toks, p, "duoc") {
		p++
	}
	return p
}

// selfDeclaredWithin reports whether "tự công bố" (declares itself)
// stands in the n tokens from p: the paper is its author's own
// declaration, a filing.
func (rd *reader) selfDeclaredWithin(p, n int) bool {
	for q := p; q < len(rd.toks) && q < p+n && !rd.isSentenceEnd(q); q++ {
		if words3(rd.toks, q, "tu", "cong", "bo") {
			return true
		}
	}
	return false
}

// filerPaperBefore reports whether the sentence, before the count at p,
// names the paper's author and no body: "Cơ quan thuế … tiếp nhận, xử lý
// văn bản của người nộp thuế trong thời hạn 05 ngày làm việc kể từ ngày
// nhận được văn bản như sau:".
func (rd *reader) filerPaperBefore(p int) bool {
	toks := rd.toks
	for q := rd.sentenceStartNear(p); q < p; q++ {
		if words3(toks, q, "van", "ban", "cua") && !rd.agencyNameAt(q+3) && !lawName(toks, q+3) && kindAt(toks, q+3, tokWord) {
			return true
		}
	}
	return false
}

// pastFronted returns where the words after a count that opens its
// sentence go on once the time after it is passed: "Kể từ ngày nhận được
// văn bản, trong thời hạn 03 ngày làm việc, Cục Quản lý xuất nhập cảnh cấp
// thẻ …" says after the time what "Trong thời hạn 03 ngày làm việc kể từ
// ngày nhận được văn bản, Cục Quản lý xuất nhập cảnh cấp thẻ …" says after
// the count. So does a count in brackets after its time ("Trong thời hạn
// 03 ngày làm việc (kể từ ngày nhận được văn bản), Cục … cấp thẻ …"). end
// is where the count's clause ends; the result is the comma after the
// time ("…, trong thời hạn 03 ngày làm việc,") or after the bracket, or
// end.
func (rd *reader) pastFronted(end int) int {
	toks := rd.toks
	if punctAt(toks, end, ")") && punctAt(toks, end+1, ",") {
		end++ // "… 03 ngày làm việc (kể từ ngày nhận được văn bản), Cục … cấp thẻ …": the count in brackets
	}
	if !punctAt(toks, end, ",") {
		return end
	}
	q := end + 1
	switch {
	case words3(toks, q, "trong", "thoi", "han"):
		q += 3
	case words2(toks, q, "trong", "vong"), words2(toks, q, "cham", "nhat"):
		q += 2
	default:
		return end
	}
	for k := range rd.items {
		if it := &rd.items[k]; it.kind == iDur && it.from >= q && it.from <= q+2 {
			if punctAt(toks, it.to, ",") {
				return it.to
			}
			return end
		}
	}
	return end
}

// processedAfter reports whether a public body, named right after the
// comma that closes the count at end, appraises, considers or answers
// within sixteen tokens: "…, Sở Nông nghiệp và Phát triển nông thôn tổ
// chức thẩm định", "…, Bộ Văn hóa, Thể thao và Du lịch phải có văn bản trả
// lời".
func (rd *reader) processedAfter(end int) bool {
	toks := rd.toks
	end = rd.pastFronted(end)
	if !punctAt(toks, end, ",") || !rd.agencyNameAt(end+1) {
		return false
	}
	for q := end + 2; q < len(toks) && q < end+18 && !rd.isSentenceEnd(q); q++ {
		if words2(toks, q, "tham", "dinh") || words2(toks, q, "xem", "xet") || words2(toks, q, "tra", "loi") || words2(toks, q, "dong", "y") || words3(toks, q, "cho", "y", "kien") ||
			words2(toks, q, "cap", "the") { // "…, Cục Quản lý xuất nhập cảnh, Bộ Công an cấp thẻ ABTC cho doanh nhân" (Quyết định 09/2023/QĐ-TTg Điều 16): the card the paper asks for
			return true
		}
	}
	return false
}

// registrationChangedAfter reports whether "nội dung đăng ký" follows
// within eight tokens of p, in its sentence: the registrant's own change.
func (rd *reader) registrationChangedAfter(p int) bool {
	for q := p; q < len(rd.toks) && q < p+8 && !rd.isSentenceEnd(q); q++ {
		if words3(rd.toks, q, "noi", "dung", "dang") && wordAt(rd.toks, q+3, "ky") {
			return true
		}
	}
	return false
}

// decidedOnAfter reports whether the sentence after the count ending at end
// has the receiver check the validity of what it received ("xem xét tính
// hợp lệ", "kiểm tra tính hợp lệ"). (Granting or refusing it, "chấp thuận
// hay không chấp thuận", cost a held-out event when the floor was checked:
// a body's paper is granted or refused too.)
func (rd *reader) decidedOnAfter(end int) bool {
	toks := rd.toks
	end = rd.pastFronted(end)
	if !punctAt(toks, end, ",") {
		return false
	}
	for q := end + 1; q < len(toks) && q < end+30 && !rd.isSentenceEnd(q); q++ {
		switch toks[q].text {
		case "tinh":
			if words3(toks, q, "tinh", "hop", "le") && (words2(toks, q-2, "xem", "xet") || words2(toks, q-2, "kiem", "tra")) {
				return true
			}
		}
	}
	return false
}

// publishesAfter reports whether the sentence after the count ending at
// end has its subject publish ("phải công bố", "công bố thông tin").
func (rd *reader) publishesAfter(end int) bool {
	toks := rd.toks
	for q := end; q < len(toks) && q < end+40 && !rd.isSentenceEnd(q); q++ {
		if words3(toks, q, "phai", "cong", "bo") || words4(toks, q, "cong", "bo", "thong", "tin") {
			return true
		}
	}
	return false
}

// reportsUp reports whether the sentence around the count [p, end) has its
// subject report on up: "báo cáo" outside the count, followed by a public
// body, "về", "lên", "tới cấp trên" or "bằng văn bản".
func (rd *reader) reportsUp(p, end int) bool {
	toks := rd.toks
	for q := rd.sentenceStartNear(p); q < len(toks) && q < end+40 && !(q >= end && rd.isSentenceEnd(q)); q++ {
		if q >= p && q < end {
			continue
		}
		if words2(toks, q, "bao", "cao") && (rd.agencyNameAt(q+2) || wordAt(toks, q+2, "ve") || wordAt(toks, q+2, "len") || words3(toks, q+2, "bang", "van", "ban") || words2(toks, q+2, "cap", "tren") ||
			wordAt(toks, q-1, "phai") && words2(toks, q+2, "theo", "mau")) { // ("… trong thời hạn 24 giờ phải báo cáo theo Mẫu số 05": on up, on the form)
			return true
		}
	}
	return false
}

// asksOpinion reports whether the words after the object ask another body
// for its opinion ("hồ sơ gửi xin ý kiến", "hồ sơ lấy ý kiến").
func (rd *reader) asksOpinion(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 4)] {
		if (toks[q].text == "xin" || toks[q].text == "lay") && words2(toks, q+1, "y", "kien") {
			return true
		}
	}
	return false
}

// completeDossierSent reads the dossier at ws[j] called complete ("hồ sơ
// đầy đủ", "hồ sơ hợp lệ") as if those words were not there, when who
// sends it follows them ("trình", "gửi", "do …", "đề nghị …"). It is asked
// before objectEvent, apart, since a check inside that long function cost
// every read about thirty instructions.
func (rd *reader) completeDossierSent(ws []int, j, p, end int) (Start, bool) {
	toks := rd.toks
	s := j + 1
	for s+1 < len(ws) && (words2(toks, ws[s], "day", "du") || words2(toks, ws[s], "hop", "le")) {
		s += 2
	}
	if s >= len(ws) || !(toks[ws[s]].text == "trinh" || toks[ws[s]].text == "gui" || toks[ws[s]].text == "do" || words2(toks, ws[s], "de", "nghi")) {
		return StartUnknown, false
	}
	var buf [32]int
	return rd.objectEvent(append(append(buf[:0], ws[:j+1]...), ws[s:]...), j, p, end), true
}

// ownerAsksOpinion reports whether the opinion asked for in the words ws
// (asksOpinion) is a project owner's: "đề nghị xin ý kiến của chủ dự án"
// (a project owner asks the body's opinion on its water transfer: its
// filing, the Lai Châu card, web_pages_sixtyfourth.tsv), "… của chủ đầu
// tư", no step between bodies. (ownerAt, whose owners file their
// reports, is not asked: with the project owner and the investor in it,
// "báo cáo … của chủ đầu tư" would read as a filing, which a tuning row
// of legal_rag6.tsv labels another event.)
func (rd *reader) ownerAsksOpinion(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 4)] {
		if words3(toks, q, "y", "kien", "cua") && wordAt(toks, q+3, "chu") && (words2(toks, q+4, "du", "an") || words2(toks, q+4, "dau", "tu")) {
			return true
		}
	}
	return false
}

// byApplicant reports whether the words after a report name its author
// with "của" and the author is not a public body, nor a third party ("của
// người thứ ba", a claim against the applicant).
func (rd *reader) byApplicant(ws []int) bool {
	toks := rd.toks
	for k, q := range ws[:min(len(ws), 20)] {
		if toks[q].text == "cua" && k+1 < len(ws) && ws[k+1] == q+1 {
			if lawName(toks, q+1) {
				continue // "quy định tại khoản 7 Điều 15 của Luật Trồng trọt": a law, no author
			}
			return !rd.agencyNameAt(q+1) && !words2(toks, q+2, "thu", "ba") && !words2(toks, q+1, "dia", "phuong") // ("công văn đề nghị … của địa phương": a local authority's)
		}
	}
	return false
}

// lawName reports whether the name of a law or a legal document starts at
// toks[p]: "Luật", "Bộ luật", "Nghị định", "Thông tư", "Pháp lệnh".
func lawName(toks []token, p int) bool {
	return wordAt(toks, p, "luat") || words2(toks, p, "bo", "luat") || words2(toks, p, "nghi", "dinh") || words2(toks, p, "thong", "tu") || words2(toks, p, "phap", "lenh")
}

// fromAgency reports whether the words after the object of receipt say it
// was passed on by an agency: "đề nghị cấp thị thực của người nước ngoài
// từ Cục Quản lý xuất nhập cảnh". The count then runs from an exchange
// between agencies (another event), not from the applicant's filing. With
// of, "của" + an agency counts too, for a second object after "và" ("hồ sơ
// và báo cáo của Cảng vụ"); the first object's "của" names the applicant,
// which may itself be an agency ("văn bản đề nghị của Bộ Quốc phòng",
// "của Hội đồng thanh lý"). ws are word tokens; at most sixteen are read
// ("hồ sơ đề nghị xây dựng văn bản quy phạm pháp luật bảo đảm yêu cầu do
// các đơn vị thuộc Ủy ban Dân tộc gửi đến").
func (rd *reader) fromAgency(ws []int, of bool) bool {
	toks := rd.toks
	for k, q := range ws[:min(len(ws), 16)] {
		switch toks[q].text { // the first words of the cases below: one comparison for most words
		case "theo":
			if wordAt(toks, q+1, "dau") {
				// "05 ngày kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ theo dấu
				// tiếp nhận công văn đến của cơ quan tiếp nhận hồ sơ" (national
				// portal, thủ tục 1582, as a stored page holds it): the stamp
				// that dates the receipt, not who sent the dossier.
				return false
			}
			continue // "theo quy định", the commonest: nothing below starts so
		case "y", "ket", "duoc", "do", "chuyen", "gui", "cua", "tu":
		default:
			continue
		}
		switch {
		case words2(toks, q, "y", "kien"), words2(toks, q, "ket", "luan"):
			// "hồ sơ hoàn thiện theo ý kiến của Hội đồng", "thuyết minh đã
			// hoàn thiện theo kết luận của Tổ thẩm định": the body gave an
			// opinion; the "của" after it is not the object's author.
			of = false
		case wordAt(toks, q, "duoc") && wordAt(toks, q-1, "da") && k+1 < len(ws) && ws[k+1] == q+1 && rd.agencyNameAt(q+1):
			return true // "bộ hồ sơ … đã được cơ quan có thẩm quyền thẩm định": a body's work
		case toks[q].text == "do" && wordAt(toks, q+1, "cap") && (wordAt(toks, q+2, "xa") || wordAt(toks, q+2, "huyen") || wordAt(toks, q+2, "tinh")):
			return true // "hồ sơ do cấp xã gửi": sent up by a level of government
		case (words2(toks, q, "chuyen", "den") || words2(toks, q, "gui", "den") || words2(toks, q, "chuyen", "sang")) && !rd.broughtByFiler(ws[:k]) && !oneStopSends(toks, ws[:k]):
			return true // "hồ sơ … của Bộ Tư lệnh Quân khu chuyển đến": passed on
		case (of && toks[q].text == "cua" || toks[q].text == "tu" || toks[q].text == "do") && k+1 < len(ws) && ws[k+1] == q+1 && rd.agencyNameAt(q+1) && (toks[q].text != "tu" || rd.isFrom(q) && !oneStopAt(toks, q+1)) &&
			!treasuryClientsAt(toks, q+1) && !(toks[q].text == "cua" && systemNamedBefore(toks, q)):
			// ("kể từ ngày nhận được hồ sơ trực tiếp/qua dịch vụ bưu chính
			// hoặc từ Bộ phận Một cửa chuyển đến": the one-stop section only
			// passes the filing on, national portal 2026, thủ tục 2.002195.)
			return true
		case of && toks[q].text == "cua" && words4(toks, q+1, "co", "so", "y", "te") && rd.regulationAsked(ws[:k]):
			// "kể từ ngày nhận được Văn bản đề nghị điều tiết của cơ sở y
			// tế": a health facility's request to the procuring unit to
			// move quantities between facilities, a body's paper.
			return true
		case of && toks[q].text == "cua" && rd.localUnitAt(q+1) && !systemNamedBefore(toks, q):
			return true // "kể từ ngày nhận đủ hồ sơ hợp lệ của thôn", "… của các huyện": a lower unit's dossier, sent up
		}
	}
	return false
}

// systemNamedBefore reports whether a system or portal the dossier is
// filed on is named in the twelve tokens before the "của" at q, after
// "trên" or "qua": "kể từ khi nhận đủ hồ sơ trên Hệ thống thông tin giải
// quyết thủ tục hành chính của tỉnh", "… trên Cổng dịch vụ công của tỉnh"
// (probes of the 2025 cards): the province owns the system, not the
// dossier, which is the filer's.
func systemNamedBefore(toks []token, q int) bool {
	for r := q - 1; r >= 0 && r >= q-12; r-- {
		if !wordAt(toks, r, "tren") && !wordAt(toks, r, "qua") {
			continue
		}
		return words2(toks, r+1, "he", "thong") || words2(toks, r+1, "cong", "dich") || words2(toks, r+1, "cong", "thong") ||
			words2(toks, r+1, "phan", "mem") || words2(toks, r+1, "ung", "dung")
	}
	return false
}

// localUnitAt reports whether p names a unit of local government by its
// level alone, as a sender: "thôn", "xã", "huyện", "tỉnh", "các huyện",
// "cấp xã"
// (not "xã hội", society).
func (rd *reader) localUnitAt(p int) bool {
	toks := rd.toks
	if wordAt(toks, p, "cac") {
		p++
	}
	if wordAt(toks, p, "cap") && (wordAt(toks, p+1, "xa") || wordAt(toks, p+1, "huyen") || wordAt(toks, p+1, "tinh")) {
		p++ // "kể từ ngày nhận được đề nghị của cấp xã": a level of government
	}
	switch {
	case wordAt(toks, p, "thon"), wordAt(toks, p, "huyen"), wordAt(toks, p, "tinh") && (strings.ContainsAny(rd.original(p), "ỉỈ") || wordAt(toks, p-1, "cap") && rd.withoutDiacritics()), wordAt(toks, p, "xa") && !wordAt(toks, p+1, "hoi") && (strings.ContainsAny(rd.original(p), "ãÃ") || wordAt(toks, p-1, "cap") && rd.withoutDiacritics()): // (with no marks, "cap tinh", "cap xa" are the levels)
		return p+1 >= len(toks) || toks[p+1].kind == tokPunct
	}
	return false
}

// sentOnBy reports whether the words ws, the end of a count that stops
// at a comma (end), name with "do" (among their last six) a sender that is
// no person or firm, and the words after the comma say it sent the thing
// ("gửi đến", "chuyển đến") within five tokens: "do cơ sở khám bệnh, chữa
// bệnh gửi đến".
func (rd *reader) sentOnBy(ws []int, end int) bool {
	toks := rd.toks
	if !punctAt(toks, end, ",") {
		return false
	}
	do := false
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-6; k-- {
		do = do || wordAt(toks, ws[k], "do")
	}
	if !do || rd.broughtByFiler(ws) {
		return false
	}
	for q := end + 1; q < len(toks) && q <= end+5; q++ {
		if words2(toks, q, "gui", "den") || words2(toks, q, "chuyen", "den") {
			return true
		}
	}
	return false
}

// broughtByFiler reports whether the words ws end with "do" or "của" and a person
// or a firm ("người …", "cá nhân", "công dân", "doanh nghiệp", "tổ chức"):
// "hồ sơ chuyển nơi hưởng trợ cấp thất nghiệp do người lao động chuyển
// đến", the filer brings the papers in, whoever issued them.
func (rd *reader) broughtByFiler(ws []int) bool {
	toks := rd.toks
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		if (wordAt(toks, ws[k], "do") || wordAt(toks, ws[k], "cua")) && k+1 < len(ws) {
			// A person or a firm brings its own papers; a facility ("do cơ
			// sở khám bệnh, chữa bệnh gửi đến") sends its request about
			// someone else. ("hồ sơ thuế điện tử của người nộp thuế gửi
			// đến": the filer's own, sent in.)
			return rd.filerAt(ws[k+1]) || words2(toks, ws[k+1], "cong", "dan")
		}
	}
	return false
}

// paperAt reports whether the "ban" at q is "bản", a paper ("bản sao",
// "bản đăng ký", "bản công bố"), not "ban", a board: by its mark, or, in a
// text without diacritics, by the words around that each caller asks.
func (rd *reader) paperAt(q int) bool {
	return rd.markedOrUnmarked(q, "ảẢ")
}

// agencyNameAt reports whether a public body's name starts at toks[p]: a
// ministry, department, committee, council, port authority, police, court
// or procuracy, or "cơ quan". Unlike agencyAt it leaves out "chủ", which
// also starts an applicant ("Chủ sở hữu", "chủ xe"), and takes "Chủ tịch".
//
// "bộ", "bỏ" and "bổ" fold alike: "đơn đề nghị từ bỏ chế độ ưu tiên",
// "đề nghị thăm dò bổ sung" name no ministry, told by the original's hook
// above.
func (rd *reader) agencyNameAt(p int) bool {
	if wordAt(rd.toks, p, "bo") {
		if w := rd.original(p); strings.ContainsAny(w, "ỏỎổỔ") ||
			w == "bo" && rd.withoutDiacritics() && (wordAt(rd.toks, p+1, "sung") || wordAt(rd.toks, p-1, "tu") || wordAt(rd.toks, p-1, "huy") || wordAt(rd.toks, p-1, "bai") || wordAt(rd.toks, p-1, "loai")) {
			// "bỏ", "bổ" ("thăm dò bổ sung"), not "Bộ"; with no marks,
			// "bo sung", "tu bo", "huy bo", "bai bo", "loai bo"
			return false
		}
	}
	if words2(rd.toks, p, "co", "so") && strings.HasPrefix(rd.original(p+1), "S") && !rd.allCapitals() {
		return true // "hồ sơ của cơ Sở Nông nghiệp và Môi trường": a stray "cơ" before a department
	}
	if agencyName(rd.toks, p) {
		return true
	}
	if uint(p) >= uint(len(rd.toks)) {
		return false
	}
	switch rd.toks[p].text { // (one comparison for most words)
	case "truong":
		// "đề nghị của trưởng khoa, phòng … ở cơ sở khám bệnh, chữa bệnh"
		// (Nghị định 165/2026/NĐ-CP Điều 16): a head of department, an
		// official ("trường", a school, is told by its accent).
		// "kể từ ngày nhận được đề nghị của Trưởng thôn, Chủ tịch Ủy ban
		// nhân dân cấp xã xem xét, quyết định cứu trợ" (Gia Lai's commune
		// procedures, tthccapxa.gialai.gov.vn; "của Trưởng ấp, khu phố" on
		// a card of the same procedure, vnptigate.vn): a village's
		// or a quarter's head, who proposes for the households, not one
		// who files.
		// "văn bản đề nghị … của Trưởng Công an xã" (a province's page on
		// compulsory drug rehabilitation, web_pages_fiftythird.tsv): the
		// commune police's head. "báo cáo kết quả thanh tra của Trưởng
		// đoàn thanh tra" (a probe of the thirty-sixth session), "báo cáo
		// của Trưởng đoàn tuần tra" (legal_random6.tsv, labelled another event): an
		// inspection's or a patrol's head.
		return (wordAt(rd.toks, p+1, "khoa") || wordAt(rd.toks, p+1, "phong") || wordAt(rd.toks, p+1, "thon") || wordAt(rd.toks, p+1, "ap") || words2(rd.toks, p+1, "khu", "pho") || words2(rd.toks, p+1, "cong", "an") ||
			wordAt(rd.toks, p+1, "doan") && (words2(rd.toks, p+2, "thanh", "tra") || words2(rd.toks, p+2, "tuan", "tra") || words2(rd.toks, p+2, "kiem", "tra"))) &&
			rd.markedOrUnmarked(p, "ởỞ") // (with no marks, the words after tell)
	case "bao":
		// "đề nghị của Bảo hiểm tiền gửi Việt Nam": the State deposit
		// insurer, written with its capital (Thông tư 04/2026/TT-NHNN Điều
		// 5); "bảo hiểm tiền gửi" is the insurance.
		return words4(rd.toks, p, "bao", "hiem", "tien", "gui") && strings.HasPrefix(rd.original(p), "B") && !rd.allCapitals()
	case "thue":
		// "Thuế cơ sở 12 Thành phố Hồ Chí Minh", "Thuế tỉnh": the tax
		// offices organised in two tiers since 2025 ("Thuế tỉnh, thành phố
		// và Thuế cơ sở", which replaced the Chi cục Thuế), written with
		// their capital; "thuế" is a tax.
		return strings.HasPrefix(rd.original(p), "T") && !rd.allCapitals() && (words2(rd.toks, p+1, "co", "so") || wordAt(rd.toks, p+1, "tinh") || words2(rd.toks, p+1, "thanh", "pho"))
	case "vu":
		w := rd.original(p)
		if !strings.HasPrefix(w, "V") {
			return false
		}
		if strings.ContainsAny(w, "ụ") {
			return true // "của Vụ Pháp chế": a ministry's department, written with its capital (not "vụ án", "dịch vụ")
		}
		// With no marks, "Vu" before another capital ("Vu Phap che"), not
		// after a title ("ong Vu Van A", a surname).
		if p+1 >= len(rd.toks) || !rd.withoutDiacritics() {
			return false
		}
		next := rd.original(p + 1)
		return next != "" && 'A' <= next[0] && next[0] <= 'Z' && !wordAt(rd.toks, p-1, "ong") && !wordAt(rd.toks, p-1, "ba") && !wordAt(rd.toks, p-1, "anh") && !wordAt(rd.toks, p-1, "chi")
	case "xa":
		// "hồ sơ của xã": the commune's (not "xa", far).
		return wordAt(rd.toks, p-1, "cua") && rd.markedOrUnmarked(p, "ãÃ")
	case "quan":
		// "kể từ ngày nhận được văn bản đề nghị của Quản tài viên, doanh
		// nghiệp quản lý, thanh lý tài sản" (Luật Phá sản 2014, as the
		// legal files quote it): the administrator the court appoints
		// acts for it in the bankruptcy, as a public body's officer does,
		// named with the firm that may act instead. (Alone, "văn bản đề
		// nghị của Quản tài viên, Sở Tư pháp thay đổi thông tin …" is the
		// administrator's own filing of a change to its registration.)
		// ("… của Quản tài viên, công ty quản lý, thanh lý tài sản", as
		// pages write the firm, the same.)
		return words3(rd.toks, p, "quan", "tai", "vien") && punctAt(rd.toks, p+3, ",") && (words2(rd.toks, p+4, "doanh", "nghiep") || words2(rd.toks, p+4, "cong", "ty") || words2(rd.toks, p+4, "thuong", "nhan")) && words2(rd.toks, p+6, "quan", "ly")
	}
	return false
}

// numberNoun reports whether the word at p makes the "so" before it "số"
// (a number: "số liệu", "số lượng", "số tiền", "số ngày", "số lần"), not
// "Sở", a department, whose name never goes on so.
func numberNoun(toks []token, p int) bool {
	if p >= len(toks) {
		return false
	}
	switch toks[p].text {
	case "lieu", "luong", "tien", "ngay", "lan":
		return true
	}
	return false
}

// agencyName is [reader.agencyNameAt] on a token slice.
func agencyName(toks []token, p int) bool {
	if p >= len(toks) || toks[p].kind != tokWord {
		return false
	}
	switch toks[p].text {
	case "bo", "so", "cuc", "ubnd", "phong":
		// "bộ phận" is the one-stop section; the "sở" of "cơ sở" a facility;
		// "số liệu", "số lượng", "số tiền", "số ngày", "số lần" are
		// "số" (a number), no department.
		// "Sở Giao dịch hàng hóa" is a commodity exchange, a firm that
		// files (Nghị định 158/2006/NĐ-CP Điều 15), no department.
		return !wordAt(toks, p+1, "phan") && !(toks[p].text == "so" && (wordAt(toks, p-1, "co") || numberNoun(toks, p+1) || words2(toks, p+1, "giao", "dich")))
	case "uy":
		return wordAt(toks, p+1, "ban")
	case "chu":
		return wordAt(toks, p+1, "tich")
	case "giam":
		return wordAt(toks, p+1, "doc") // "Giám đốc Sở Tư pháp"
	case "trung":
		// "hồ sơ từ Trung tâm Phục vụ hành chính công thành phố Hà Nội",
		// "Trung tâm Dịch vụ việc làm": a public service centre.
		return wordAt(toks, p+1, "tam") && (words2(toks, p+2, "phuc", "vu") || words2(toks, p+2, "dich", "vu") || words2(toks, p+2, "hanh", "chinh") ||
			words4(toks, p+2, "phat", "trien", "quy", "dat") || words2(toks, p+2, "ly", "lich") || words2(toks, p+2, "y", "te") || // "Trung tâm Phát triển quỹ đất", "Trung tâm Lý lịch tư pháp quốc gia", "Trung tâm Y tế" (a district's public health centre)
			words4(toks, p+2, "tro", "giup", "phap", "ly") || words4(toks, p+2, "kiem", "soat", "benh", "tat")) // "Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm Kiểm soát bệnh tật"

	case "nguoi":
		// "yêu cầu của người có thẩm quyền", "yêu cầu của người đứng đầu cơ
		// quan báo chí"
		return words3(toks, p+1, "co", "tham", "quyen") || words4(toks, p+1, "dung", "dau", "co", "quan")
	case "doan":
		return words2(toks, p+1, "kiem", "tra") || words2(toks, p+1, "thanh", "tra") || words2(toks, p+1, "danh", "gia") // "kiến nghị … của đoàn kiểm tra", "báo cáo của đoàn đánh giá ngoài"
	case "dai":
		return wordAt(toks, p+1, "bieu") && (wordAt(toks, p+2, "hdnd") || words2(toks, p+2, "hoi", "dong") || words2(toks, p+2, "quoc", "hoi")) || // "đề nghị của đại biểu HĐND"
			words2(toks, p+1, "su", "quan") // "Đại sứ quán", an embassy
	case "cac":
		return agencyName(toks, p+1) // "của các bộ, ngành"
	case "co":
		// ("yêu cầu của cơ quan, tổ chức, công dân", "cơ quan, đơn vị, tổ
		// chức, cá nhân": anyone, not a body; "cơ quan, người có thẩm quyền"
		// is one.)
		// ("cơ quan báo chí" is a press agency, which files.)
		// ("văn bản đề nghị của cơ quan, tổ chức đang trực tiếp quản lý
		// người có nhu cầu thuê nhà ở công vụ", a page on official housing,
		// web_pages_sixtysixth.tsv: the body that manages the tenant, which
		// proposes for him.)
		return wordAt(toks, p+1, "quan") && (!punctAt(toks, p+2, ",") || words4(toks, p+3, "nguoi", "co", "tham", "quyen") || words2(toks, p+3, "to", "chuc") && (words3(toks, p+5, "dang", "truc", "tiep") || words3(toks, p+5, "dang", "quan", "ly"))) && !words2(toks, p+2, "bao", "chi") ||
			words3(toks, p+1, "so", "quan", "ly") // "đề nghị của cơ sở quản lý" (a managing facility of the state)
	case "hoi":
		return wordAt(toks, p+1, "dong")
	case "chinh":
		// "hồ sơ do Chính phủ trình"; "đề nghị của chính quyền địa phương
		// cấp huyện hoặc hiệp hội thương nhân" (a page on opening border
		// markets): local government, a public body whoever else may ask.
		return wordAt(toks, p+1, "phu") || words3(toks, p+1, "quyen", "dia", "phuong")
	case "thu":
		return wordAt(toks, p+1, "tuong") || words3(toks, p+1, "truong", "co", "quan") // "Thủ tướng Chính phủ", "Thủ trưởng cơ quan" (the head of a body)
	case "cang":
		return wordAt(toks, p+1, "vu")
	case "ban":
		// "Ban kiểm soát đặc biệt", "Ban quản lý", "Ban Chỉ huy quân sự";
		// not "bản sao", "bản chính".
		// "Ban Thi đua - Khen thưởng Trung ương" (the State's board of
		// emulation and commendation, Luật Thi đua, khen thưởng 2022) and
		// its provincial boards.
		return wordAt(toks, p+1, "kiem") || words2(toks, p+1, "quan", "ly") || words2(toks, p+1, "chi", "huy") || words2(toks, p+1, "dan", "toc") || (wordAt(toks, p+1, "thi") || wordAt(toks, p+1, notThen)) && wordAt(toks, p+2, "dua") || // ("Ban Dân tộc"; "thi" of "thi đua" is no "thì", sentences marks it so)
			words2(toks, p+1, "ton", "giao") || words2(toks, p+1, "boi", "thuong") // "Ban Tôn giáo", "Ban Bồi thường, giải phóng mặt bằng"
	case "chi", "tong":
		// "Chi cục", "Tổng cục"; "Chi nhánh Văn phòng đăng ký đất đai".
		return wordAt(toks, p+1, "cuc") || words4(toks, p+1, "nhanh", "van", "phong", "dang")
	case "kho":
		return words2(toks, p+1, "bac", "nha") // "Kho bạc Nhà nước" (the State Treasury)
	case "van":
		// "Văn phòng đăng ký đất đai" (a land registration office), "Văn
		// phòng Ủy ban nhân dân tỉnh", "Văn phòng Chính phủ".
		return wordAt(toks, p+1, "phong") && (words2(toks, p+2, "dang", "ky") || agencyName(toks, p+2))
	case "hat":
		return words2(toks, p+1, "kiem", "lam") // "Hạt Kiểm lâm" (a forest ranger unit)
	case "canh":
		return wordAt(toks, p+1, "sat") // "Cảnh sát phòng cháy, chữa cháy"
	case "thuong":
		return wordAt(toks, p+1, "truc") && (words2(toks, p+2, "hoi", "dong") || wordAt(toks, p+2, "hdnd")) // "Thường trực Hội đồng nhân dân"
	case "don":
		// "đơn vị quản lý người bị thương", "đơn vị cấp dưới", "đơn vị
		// được giao quản lý tài sản công", "báo cáo phân bổ của đơn vị dự
		// toán ngân sách" (a body given a budget, Luật Ngân sách nhà nước
		// 2015 Điều 4)
		// "do các đơn vị thuộc Ủy ban Dân tộc gửi đến", "của các cơ quan,
		// đơn vị thuộc quyền": a body's units.
		// "hồ sơ đề nghị của đơn vị, Thủ trưởng cơ quan … ra quyết định":
		// the unit alone, a part of the body ("đơn vị cung cấp dịch vụ",
		// "đơn vị được kiểm toán" are others, who file).
		return words2(toks, p+1, "bien", "phong") || // "Đồn Biên phòng" (a border post)
			words3(toks, p+1, "vi", "quan", "doi") || // "văn bản đề nghị của đơn vị quân đội được giao quản lý người được tha tù" (Thông tư liên tịch 03/2021/TTLT-TANDTC-VKSNDTC-BCA-BQP Điều 3): a military unit
			words3(toks, p+1, "vi", "su", "nghiep") || // "phương án trình của đơn vị sự nghiệp" (Nghị định 54/2016/NĐ-CP Điều 3): a public service unit, a part of the State
			words3(toks, p+1, "vi", "quan", "ly") || words3(toks, p+1, "vi", "cap", "duoi") || words3(toks, p+1, "vi", "duoc", "giao") || words3(toks, p+1, "vi", "du", "toan") ||
			wordAt(toks, p+1, "vi") && wordAt(toks, p-1, "cua") && punctAt(toks, p+2, ",") ||
			words2(toks, p+1, "vi", "thuoc") && (wordAt(toks, p+3, "quyen") || agencyName(toks, p+3))
	case "to":
		// "Tổ giám sát", not "tổ chức", nor "tố cáo", "tố tụng", "tờ khai",
		// "tờ trình", which fold alike.
		switch {
		case words3(toks, p+1, "chuc", "kiem", "dinh") && words3(toks, p-3, "bao", "cao", "cua"):
			// "báo cáo của tổ chức kiểm định" (Thông tư 08/2008/TT-BNV
			// Điều 4): a testing body's report, another's paper, as an
			// evaluation body's is. (Its own request, "hồ sơ đề nghị giải
			// thể của tổ chức kiểm định", is a filing.)
			return true
		case wordAt(toks, p+1, "chuc"), wordAt(toks, p+1, "cao"), wordAt(toks, p+1, "tung"), wordAt(toks, p+1, "khai"), wordAt(toks, p+1, "trinh"),
			wordAt(toks, p+1, "truong"), words2(toks, p+1, "hoa", "giai"): // ("đề nghị của tổ trưởng Tổ hòa giải": a community mediation team's leader, who files)
			return false
		}
		return true
	case "cong":
		return wordAt(toks, p+1, "an") || wordAt(toks, p+1, "chuc") // "Công an", "của công chức tư pháp - hộ tịch"
	case "cqdd", "ubcknn", "nhnn", "bhxh", "ubmttq", "vcci", "hdnd":
		return true // abbreviations: Cơ quan đại diện, Ủy ban Chứng khoán Nhà nước, Ngân hàng Nhà nước, Bảo hiểm xã hội, Ủy ban Mặt trận Tổ quốc, the Chamber of Commerce and Industry (which issues ATA carnets for the State, Nghị định 64/2020/NĐ-CP), Hội đồng nhân dân
	case "toa":
		return wordAt(toks, p+1, "an")
	case "ben":
		return words2(toks, p+1, "vien", "tro") // "thông tin của Bên viện trợ": the donor's, not the filer's
	case "tram":
		return words2(toks, p+1, "y", "te") || words2(toks, p+1, "kiem", "dich") // "báo cáo của Trạm Y tế xã", "Trạm Kiểm dịch động vật"
	case "tap":
		// "yêu cầu của Tập đoàn Dầu khí Việt Nam": a State group acting
		// for the State (in petroleum bids, in handing over power works).
		return wordAt(toks, p+1, "doan") && (words2(toks, p+2, "dau", "khi") || words2(toks, p+2, "dien", "luc"))
	case "vien":
		// "Viện kiểm sát", and its head, "Viện trưởng Viện kiểm sát nhân dân
		// tối cao" (Luật Thi hành án dân sự 2008 Điều 162).
		return words2(toks, p+1, "kiem", "sat") || wordAt(toks, p+1, "truong") && words3(toks, p+2, "vien", "kiem", "sat")
	case "tham":
		return wordAt(toks, p+1, "phan") // "Thẩm phán", a judge (Thông tư liên tịch 12/2015/TTLT-BTP-BTC-TANDTC-VKSNDTC Điều 10)
	case "chap":
		return words2(toks, p+1, "hanh", "vien") // "Chấp hành viên", the enforcement officer
	case "chanh":
		return wordAt(toks, p+1, "an") || words2(toks, p+1, "thanh", "tra") // "văn bản đề nghị của Chánh án Tòa án cấp dưới", "Chánh thanh tra"
	case "nuoc":
		// "hồ sơ của nước ngoài": a foreign state's (not "người nước
		// ngoài"); "cho nước đề nghị quá cảnh", "nước yêu cầu dẫn độ".
		return wordAt(toks, p+1, "ngoai") || words2(toks, p+1, "de", "nghi") || words2(toks, p+1, "yeu", "cau")
	case "lien":
		// "hồ sơ đề cử … của Liên đoàn Lao động cấp tỉnh": the trade union,
		// a body that nominates (Bộ luật Lao động 2019 Điều 185).
		return words3(toks, p+1, "doan", "lao", "dong")
	case "thanh":
		return wordAt(toks, p+1, "tra")
	case "ngan":
		return words3(toks, p+1, "hang", "nha", "nuoc") // (not the Social Policy Bank, which files for refinancing: legal_gazette2.tsv)
	case "kiem":
		return words3(toks, p+1, "toan", "nha", "nuoc") // "Kiểm toán nhà nước" (the State Audit Office; "kiểm toán" alone is an audit)
	case "hai":
		return words3(toks, p+1, "quan", "khu", "vuc") // "Hải quan khu vực", a customs office of the 2025 organisation ("hải quan" alone names customs, a procedure's field)
	case "mat":
		return words3(toks, p+1, "tran", "to", "quoc") // "Mặt trận Tổ quốc", which proposes and supervises, no filer
	case "dang":
		return wordAt(toks, p+1, "uy") // "Đảng ủy", a Party committee
	case "thong":
		// "Thống kê tỉnh", "Thống kê khu vực": the statistics offices of
		// the 2025 organisation ("thống kê" alone is to count).
		return wordAt(toks, p+1, "ke") && (wordAt(toks, p+2, "tinh") || words2(toks, p+2, "khu", "vuc"))
	}
	if syllableThiAt(toks, p) && words4(toks, p+1, "hanh", "an", "dan", "su") && (wordAt(toks, p+5, "tinh") || words2(toks, p+5, "khu", "vuc") || words2(toks, p+5, "thanh", "pho")) {
		// "Thi hành án dân sự tỉnh", "… khu vực": the civil judgment
		// enforcement offices of the 2025 organisation, which replaced the
		// Cục and Chi cục Thi hành án dân sự.
		return true
	}
	return false
}

// namesFee reports whether the words ws, after "và", are about paying the
// fee ("chủ xe hoàn thành việc nộp lệ phí", "đã nhận được kết quả xác thực
// về việc hoàn thành nộp lệ phí"), for [ReadOptions.FeeAtReceipt].
func (rd *reader) namesFee(ws []int) bool {
	for _, r := range ws {
		if words2(rd.toks, r, "le", "phi") || words2(rd.toks, r, "nop", "phi") || r == ws[0] && wordAt(rd.toks, r, "phi") || words2(rd.toks, r, "tra", "tien") { // ("… đã trả tiền lắp đặt": the fee)
			return true
		}
	}
	return false
}

// classifyEvent reads the words after "kể từ" (tokens [p, end)): receipt
// when they name receiving or filing the dossier, application or request
// ("ngày nhận đủ hồ sơ hợp lệ", "khi nhận đơn", "ngày tiếp nhận", "ngày hồ
// sơ được tiếp nhận"), another event otherwise ("ngày kết thúc kiểm tra",
// "ngày thụ lý", "ngày nhận được thông báo của …", "khi tiếp nhận văn bản
// về việc …"). The object must stand within four words of the verb. A
// receipt of a paper the clause calls incomplete ("đăng ký tờ khai hải
// quan chưa hoàn chỉnh") is another event.
func (rd *reader) classifyEvent(p, end int) Start {
	s := rd.classifyClause(p, end)
	if s != FromReceipt {
		return s
	}
	rare := rd.rareTokens()
	if rare&rareIncomplete != 0 && rd.incompleteIn(p, end) {
		// "kể từ ngày đăng ký tờ khai hải quan chưa hoàn chỉnh": the
		// declarant's own time to complete it, counted from its
		// incomplete declaration, no filing to decide.
		return FromOtherEvent
	}
	if rare&rareLater != 0 && rd.phraseInSentenceAfter(end, 40, "nao", "muon", "hon") {
		// "… trong thời hạn 2 tháng kể từ ngày Cục Sở hữu trí tuệ nhận
		// được yêu cầu công bố sớm hoặc kể từ ngày chấp nhận đơn hợp lệ,
		// tùy theo ngày nào muộn hơn" (a law firm's page on early
		// publication of a patent application): the later of two days,
		// one of them the office's own act.
		return FromOtherEvent
	}
	return s
}

// extractionAsked reports whether the words ws name a request to bring a
// detainee out ("văn bản đề nghị gia hạn trích xuất", "yêu cầu trích
// xuất"), within their first eight words.
func (rd *reader) extractionAsked(ws []int) bool {
	for _, q := range ws[:min(len(ws), 8)] {
		if words2(rd.toks, q, "trich", "xuat") && (words2(rd.toks, q-2, "gia", "han") || words2(rd.toks, q-2, "de", "nghi") || words2(rd.toks, q-2, "yeu", "cau")) {
			return true
		}
	}
	return false
}

// noticeThenComma reports whether the words ws hold "thông báo" right
// before a comma: the clause of a body's notice ends there ("… cơ quan hải
// quan thông báo, người khai hải quan …").
func (rd *reader) noticeThenComma(ws []int) bool {
	received := false
	for _, q := range ws {
		if words2(rd.toks, q, "thong", "bao") && punctAt(rd.toks, q+2, ",") {
			// (Not "kể từ ngày UBND cấp xã nhận được thông báo, nếu không có
			// ý kiến trả lời thì …", a commune's page on festivals: the
			// body receives the notice, read as "Ủy ban nhân dân …" is; nor
			// "kể từ ngày Sở Công Thương nhận hồ sơ thông báo, …", a check
			// of the tuning texts with "nhận được" swapped for "nhận".)
			return !received
		}
		received = received || rd.toks[q].text == "nhan"
	}
	return false
}

// orBodysPaper reports whether the clause [p, end) goes on, after a
// "hoặc nhận được" (or "hoặc nhận"), to a paper of a public body ("… hoặc
// nhận được kháng nghị của Viện kiểm sát nhân dân").
func (rd *reader) orBodysPaper(p, end int) bool {
	toks := rd.toks
	for q := p; q+2 < end; q++ {
		if toks[q].text != "hoac" || !wordAt(toks, q+1, "nhan") {
			continue // ("… hoặc nhận kháng nghị …", "được" dropped, as "hoặc nhận được …")
		}
		for r := q + 2; r < end && r < q+10; r++ {
			if wordAt(toks, r, "cua") && rd.agencyNameAt(r+1) {
				return true
			}
		}
	}
	return false
}

// formCompleted reports whether the clause's words ws say the form is
// completed, by the filer or with no subject: "người lao động hoàn thành
// Tờ khai điện tử", "hoàn tất tờ khai". An online form completed is the
// filing itself.
func (rd *reader) formCompleted(ws []int) bool {
	toks := rd.toks
	for k, q := range ws {
		if k > 3 || k > 0 && !rd.filerAt(ws[0]) {
			return false
		}
		if toks[q].text == "hoan" && (wordAt(toks, q+1, "thanh") || wordAt(toks, q+1, "tat")) && words2(toks, q+2, "to", "khai") {
			return true
		}
	}
	return false
}

// plainReceiptFirst lets classifyClause read the commonest clause,
// plainReceipt's, before its rules. Tests clear it to check that it only
// saves work (TestPlainReceiptOnlySavesWork).
var plainReceiptFirst = true

// plainReceipt reports where "sơ" of "hồ sơ" stands in the clause's words
// ws when they are the commonest count of all, receipt of the dossier and
// nothing else: "(ngày|khi) (tiếp) nhận", only "được", "đủ", "đầy đủ"
// before "hồ sơ", then only words that say it is complete and valid ("hợp
// lệ", "đầy đủ, hợp lệ", "đầy đủ và hợp lệ", "theo quy định"), with no mark
// but the comma before "hợp lệ"; -1 for any other clause. No rule of classifyClause
// before its objects fires on those words, so the clause reads as its
// object "hồ sơ" does (objectEvent, which still weighs what stands around
// the clause: a procuracy, a court's case file). A typical text's count is
// such a clause: answered here, it costs a tenth of a read less.
func plainReceipt(toks []token, ws []int) int {
	n := len(ws)
	if n < 3 || n > 11 {
		return -1 // (the longest: "ngày tiếp nhận được đầy đủ hồ sơ đầy đủ và hợp lệ theo quy định")
	}
	k := 0
	if w := toks[ws[0]].text; w == "ngay" || w == "khi" {
		k++
	}
	if toks[ws[k]].text == "tiep" {
		k++
	}
	if toks[ws[k]].text != "nhan" {
		return -1
	}
	for k++; k < n; k++ { // "được", "đầy đủ", "đủ" before "hồ sơ"
		if w := toks[ws[k]].text; w != "duoc" && w != "day" && w != "du" {
			break
		}
	}
	if k+1 >= n || toks[ws[k]].text != "ho" || toks[ws[k+1]].text != "so" {
		return -1
	}
	so := k + 1
	for k += 2; k < n; k++ { // the rest only says the dossier is complete and valid, as the rules require
		switch toks[ws[k]].text {
		case "day", "du", "va", "hop", "le", "theo", "quy", "dinh":
		default:
			return -1
		}
	}
	for q := ws[0]; q < ws[n-1]; q++ {
		if toks[q].kind != tokWord && !(toks[q].text == "," && wordAt(toks, q+1, "hop")) {
			return -1 // a mark inside the clause ("tiếp nhận, …"): the rules read it
		}
	}
	return so
}

// receiptCutShort reports whether the count's words ws, the last of them
// the text's last token, are the receipt's own words cut by a page's
// excerpt: "ngày/khi nhận đủ" with at most a letter or two of its object
// left ("4. Thời hạn giải quyết: Năm (05) ngày làm việc kể từ ngày nhận đủ
// h", a province's card), "ngày/khi tiếp nhậ" ("d. Thời hạn giải quyết: 70
// ngày kể từ ngày tiếp nhậ"), "ngày/khi nhận đ" ("… tối đa 3 ngày làm việc
// kể từ ngày nhận đ"), "ngày nhậ" ("5. Trong thời hạn 03 ngày làm việc kể
// từ ngày nhậ", web_pages_fiftythird.tsv), "ngày nh" ("… trả kết quả trong
// thời hạn 07 ngày làm việc kể từ ngày nh"), "ngày nhận được h" ("-
// Trong thời hạn 07 ngày làm việc, kể từ ngày nhận được h", both
// web_pages_fiftyseventh.tsv and web_pages_fiftyeighth.tsv), "ngày
// nhận hồ s" ("Trong thời hạn 3 ngày làm việc kể từ ngày nhận hồ s",
// web_pages_fiftyninth.tsv), and "ngày n" ending the text ("+ Trong thời
// hạn hai mươi (20) ngày làm việc kể từ ngày n", web_pages_sixtyninth.tsv).
// What one receives so is the dossier.
func (rd *reader) receiptCutShort(ws []int) bool {
	toks := rd.toks
	if wordAt(toks, ws[0], "nhan") {
		// "- Trong thời hạn 07 ngày làm việc, sau khi nhận được h" (the
		// words of "sau khi …" start at "nhận"): as "kể từ ngày nhận được
		// h", the text ending there.
		return len(ws) == 3 && wordAt(toks, ws[1], "duoc") && toks[ws[2]].end-toks[ws[2]].at <= 2 && ws[2] == len(toks)-1
	}
	if !wordAt(toks, ws[0], "ngay") && !wordAt(toks, ws[0], "khi") {
		return false
	}
	if len(ws) >= 4 && words2(toks, ws[1], "tiep", "nhan") {
		// "kể từ ngày tiếp nhận đủ", "… tiếp nhận hồ s", "… tiếp nhận đư":
		// "tiếp nhận" as "nhận", the words after it read as below.
		ws = ws[1:]
	}
	if len(ws) >= 4 && wordAt(toks, ws[1], "nhan") && words2(toks, ws[2], "day", "du") {
		// "kể từ ngày nhận đầy đủ", "… nhận đầy đủ h": as "nhận đủ", "nhận
		// đủ h" (a check of the tuning texts with the one swapped for the
		// other).
		return len(ws) == 4 || len(ws) == 5 && toks[ws[4]].end-toks[ws[4]].at <= 2
	}
	switch len(ws) {
	case 2:
		return wordAt(toks, ws[0], "ngay") && (toks[ws[1]].text == "nha" && rd.markedOrUnmarked(ws[1], "ậẬ") || toks[ws[1]].text == "nh" || toks[ws[1]].text == "n" && ws[1] == len(toks)-1)
	case 3:
		last := toks[ws[2]].text
		return words2(toks, ws[1], "nhan", "du") || wordAt(toks, ws[1], "tiep") && (last == "nh" || last == "nha") || wordAt(toks, ws[1], "nhan") && (last == "d" || last == "h")
	case 4:
		return (words2(toks, ws[1], "nhan", "du") || words2(toks, ws[1], "nhan", "duoc") || words2(toks, ws[1], "nhan", "ho")) && toks[ws[3]].end-toks[ws[3]].at <= 2
	}
	return false
}

// ruleOfReceiptAt reports whether "theo quy định" at q, with nothing or
// only a citation after it to the clause's end, follows a receipt with no
// object ("tiếp nhận", "nhận được") or, with a citation ("tại …"), a
// dossier and its qualities ("hồ sơ", "hợp lệ", "đầy đủ", "đủ"): the rule
// the receipt follows. (A dossier "theo quy định" with no citation,
// plainReceipt already reads.)
func (rd *reader) ruleOfReceiptAt(q, end int) bool {
	toks := rd.toks
	if !words2(toks, q+1, "quy", "dinh") || !rd.citationRunsTo(q+3, end) {
		return false
	}
	p := q - 1
	if words2(toks, p-1, "tiep", "nhan") || words2(toks, p-1, "nhan", "duoc") || wordAt(toks, p, "nhan") && (wordAt(toks, p-1, "ngay") || wordAt(toks, p-1, "khi")) {
		return true // (not "pháp nhân", "cá nhân")
	}
	return wordAt(toks, q+3, "tai") && (words2(toks, p-1, "ho", "so") || words2(toks, p-1, "hop", "le") || words2(toks, p-1, "day", "du") || wordAt(toks, p, "du"))
}

// citationRunsTo reports whether the words [q, end) after "theo quy định"
// are nothing or only a citation to the clause's end: "tại Điều 5 Nghị
// định số 61/2018/NĐ-CP ngày 23/4/2018", "tại điểm c khoản 3 Điều này".
// Numbers, marks, single letters, words written with a capital and the
// words of a citation pass; any other word ("… và kết quả kiểm tra") does
// not.
func (rd *reader) citationRunsTo(q, end int) bool {
	toks := rd.toks
	if q >= end || toks[q].kind == tokPunct {
		return true
	}
	if !wordAt(toks, q, "tai") || end-q > 32 {
		return false
	}
	for r := q + 1; r < end; r++ {
		t := &toks[r]
		if t.kind != tokWord || len(t.text) == 1 {
			continue
		}
		switch t.text {
		case "dieu", "khoan", "diem", "muc", "chuong", "phu", "luc", "nghi", "dinh", "thong", "tu", "quyet", "luat", "so",
			"ngay", "thang", "nam", "cua", "chinh", "nay", "va", "bo", "lien", "tich", "cac":
			continue
		}
		if first, _ := utf8.DecodeRuneInString(rd.f.src[rd.f.orig[t.at]:]); !unicode.IsUpper(first) {
			return false
		}
	}
	return true
}

// classifyClause is classifyEvent before its last check.
func (rd *reader) classifyClause(p, end int) Start {
	toks := rd.toks
	var wsBuf [32]int
	ws := wsBuf[:0] // word tokens
	for q := p; q < end && len(ws) < len(wsBuf); q++ {
		if toks[q].kind == tokWord {
			ws = append(ws, q)
		}
	}
	if len(ws) >= 4 && (wordAt(toks, ws[0], "ngay") || wordAt(toks, ws[0], "khi")) && wordAt(toks, ws[1], "duoc") && words2(toks, ws[2], "tiep", "nhan") &&
		punctAt(toks, ws[3]+1, ",") && (words2(toks, ws[3]+2, "tuyen", "dung") || words2(toks, ws[3]+2, "bo", "nhiem")) {
		// "… phải hoàn thành việc kê khai chậm nhất 10 ngày, kể từ ngày
		// được tiếp nhận, tuyển dụng" (Luật Phòng, chống tham nhũng 2018
		// Điều 36, as a province's card quotes it): the person admitted or
		// recruited into the post, no dossier received.
		return FromOtherEvent
	}
	if len(ws) >= 2 && ws[len(ws)-1] == len(toks)-1 && rd.receiptCutShort(ws) {
		return FromReceipt
	}
	if p > 0 && toks[p-1].text == "khi" && len(ws) >= 3 && ws[0] == p && rd.completeDossierAt(p-1) {
		return FromReceipt // "Khi hồ sơ đầy đủ, hợp lệ thì …", the clause read past its "khi" (completeDossierAt)
	}
	if len(ws) >= 3 && len(ws) <= 8 && (toks[ws[1]].text == "ho" || toks[ws[1]].text == "co" || toks[ws[1]].text == "du" || toks[ws[1]].text == "diem") && // (a test of the second word first, so most counts, "ngày nhận …", ask nothing more)
		rd.dossierCompleteFrom(ws) {
		// "35 Ngày làm việc kể từ ngày hồ sơ hợp lệ", "… Kể từ khi hồ sơ
		// hợp lệ" (a portal's cells on licensing securities firms,
		// web_pages_sixtyeighth.tsv), "Trong thời hạn 5 ngày làm việc kể từ
		// ngày hồ sơ hợp lệ, Cục An toàn thông tin thẩm định …"
		// (web_pages_fortyfifth.tsv): from the day the dossier is complete,
		// its receipt, as "Khi hồ sơ đầy đủ, hợp lệ thì …". (Not when the
		// filer acts next, "…, tổ chức, cá nhân đăng ký có trách nhiệm nộp
		// phí thẩm định" (steps_and_defence.tsv): its own time, counted
		// from the body's finding.)
		if rd.filerNextAt(end) {
			return FromOtherEvent
		}
		return FromReceipt
	}
	if len(ws) >= 7 && wordAt(toks, ws[0], "ngay") && words3(toks, ws[1], "ghi", "tren", "dau") && words3(toks, ws[4], "cong", "van", "den") {
		// "… 07 (bảy) ngày (theo ngày làm việc và tính từ ngày ghi trên
		// dấu công văn đến của cơ quan tiếp nhận hồ sơ)" (a page on
		// registering prices, web_pages_fiftyninth.tsv): the day the
		// receiving body's stamp of incoming mail bears, the day of
		// receipt.
		return FromReceipt
	}
	if plainReceiptFirst {
		if so := plainReceipt(toks, ws); so >= 0 {
			return rd.objectEvent(ws, so, p, end)
		}
	}
	if len(ws) >= 4 && (wordAt(toks, ws[0], "ngay") || wordAt(toks, ws[0], "khi")) {
		if q := receivedAfter(toks, ws[1]); q >= 0 && q < end && wordAt(toks, q, "don") && (wordAt(toks, q+1, "xin") || words3(toks, q+1, "tu", "nguyen", "xin")) { // ("tiếp nhận đơn xin từ chức", as "nhận đơn xin …")
			// "… kể từ ngày nhận đơn xin từ chức của Chủ tịch Hội đồng quản
			// trị, Hội đồng quản trị phải tổ chức họp …" (legal_rag31.tsv),
			// "… kể từ ngày nhận đơn tự nguyện xin thôi việc của công chức"
			// (catalogue_repos5.tsv): a letter asking for something ("đơn
			// xin …") is the person's own filing, whatever office its author
			// holds.
			return FromReceipt
		}
	}
	if len(ws) >= 3 && wordAt(toks, ws[0], "ngay") && words2(toks, ws[1], "dang", "tai") {
		// "Sau thời hạn 10 ngày kể từ ngày đăng tải đầu tiên thông báo mời
		// nộp hồ sơ quan tâm, bên mời thầu phát hành …" (Nghị định
		// 111/2006/NĐ-CP): the day a notice is posted, whatever filing it
		// invites.
		return FromOtherEvent
	}
	for k := 2; k < len(ws); k++ {
		if toks[ws[k]].text == "theo" && rd.ruleOfReceiptAt(ws[k], end) {
			// "kể từ ngày tiếp nhận theo quy định tại Điều 5 Nghị định số
			// 61/2018/NĐ-CP …", "kể từ ngày gửi hồ sơ hợp lệ theo quy định
			// tại …": the rule a receipt or a dossier follows says nothing
			// of what the event is. (After another noun, "kể từ ngày có yêu
			// cầu theo quy định tại điểm c khoản 3 Điều này", the citation
			// names whose request it is.) Looked for only when plainReceipt
			// has not read the clause, as it reads "hồ sơ … theo quy định".
			ws, end = ws[:k], ws[k]
			break
		}
	}
	if s, ok := rd.dueOrArrival(ws); ok {
		return s
	}
	if len(ws) >= 3 && (rd.agencyNameAt(ws[0]) || (wordAt(toks, ws[0], "ngay") || wordAt(toks, ws[0], "khi")) && rd.agencyNameAt(ws[1])) && rd.noticeThenComma(ws[:min(len(ws), 8)]) {
		// "Quá thời gian 05 ngày kể từ ngày cơ quan hải quan thông báo, …"
		// (Thông tư 38/2015/TT-BTC Điều 25a): the day a body gives notice,
		// its act.
		return FromOtherEvent
	}
	if rd.orBodysPaper(p, end) {
		// "kể từ ngày nhận được kết quả xác minh do đương sự cung cấp
		// hoặc nhận được kháng nghị của Viện kiểm sát nhân dân" (Nghị
		// định 62/2015/NĐ-CP Điều 9): either event, one a body's paper,
		// so not the filing alone. (The commonest clause, plainReceipt's,
		// has no "hoặc" and is not looked at.)
		return FromOtherEvent
	}
	if rd.formConfirmedAfter(ws, end) {
		// "Trong 07 ngày kể từ ngày nhận giấy xác nhận, UBND cấp xã xác
		// nhận" (Nghị định 54/2026/NĐ-CP Điều 36): the form the body then
		// confirms, the filer's request, as "đơn đề nghị xác nhận" is.
		return FromReceipt
	}
	for _, q := range ws[:min(len(ws), 5)] {
		if wordAt(toks, q, "nhan") && (wordAt(toks, q+1, "tien") || words2(toks, q+1, "duoc", "tien") || words3(toks, q+1, "duoc", "so", "tien")) {
			// "kể từ ngày nhận được tiền thanh toán lần đầu của tổ chức, cá
			// nhân mua phần sở hữu của Nhà nước" (Nghị định 70/2018/NĐ-CP
			// Điều 22): money received, a payment, as the tuning rows of
			// "nhận được tiền" are labelled.
			return FromOtherEvent
		}
		if words4(toks, q, "yeu", "cau", "khac", "phuc") {
			// "kể từ ngày nhận được yêu cầu khắc phục, cơ sở kiểm nghiệm
			// phải gửi báo cáo …" (Nghị định 46/2026/NĐ-CP Điều 37): a
			// request to remedy is the authority's, no one's filing.
			return FromOtherEvent
		}
	}
	if len(ws) >= 4 && words4(toks, ws[0], "tiep", "nhan", "chinh", "thuc") || len(ws) >= 5 && wordAt(toks, ws[0], "ngay") && words4(toks, ws[1], "tiep", "nhan", "chinh", "thuc") {
		// "kể từ ngày tiếp nhận chính thức hồ sơ hợp lệ": the formal
		// acceptance that ends the check of the dossier (as "thụ lý"),
		// which the tuning rows of that wording count from, whatever
		// follows it.
		return FromOtherEvent
	}
	if len(ws) >= 3 && wordAt(toks, ws[0], "ngay") && wordAt(toks, ws[1], "ky") && ws[1] == ws[0]+1 && rd.markedOrUnmarked(ws[1], "ýÝ") &&
		(words2(toks, ws[2], "thong", "bao") || words2(toks, ws[2], "quyet", "dinh") || words2(toks, ws[2], "van", "ban")) {
		// "ấn định thời hạn 02 tháng kể từ ngày ký thông báo để người nộp
		// hồ sơ sửa chữa thiếu sót": the day a body signs its notice,
		// whoever the notice is for (national portal 2026, thủ tục
		// 1.013970).
		return FromOtherEvent
	}
	if len(ws) >= 3 && wordAt(toks, ws[0], "ngay") && words2(toks, ws[1], "ket", "thuc") && wordAt(toks, ws[1]+2, "thoi") {
		// "kể từ ngày kết thúc thời hạn thông báo tuyển chọn đơn vị chủ
		// trì liên kết và nhận đủ hồ sơ hợp lệ": the end of a period comes
		// first, whatever is received with it.
		return FromOtherEvent
	}
	if len(ws) >= 3 && (wordAt(toks, ws[0], "ngay") || wordAt(toks, ws[0], "khi")) && words3(toks, ws[1], "duoc", "thong", "bao") && ws[1] == ws[0]+1 {
		// "… trong thời hạn 10 ngày, kể từ ngày được thông báo để tiếp
		// nhận" (Thông tư 01/2017/TT-BTP Điều 3): being notified, as the
		// tuning row "kể từ ngày được thông báo đề nghị bổ sung" is
		// labelled; a notice received is no filing.
		return FromOtherEvent
	}
	if rd.filerProvidesAll(ws) {
		// "tính từ thời điểm doanh nghiệp cung cấp đủ hồ sơ, chứng từ, tài
		// liệu theo yêu cầu của cơ quan hải quan" (Nghị định 46/2020/NĐ-CP
		// Điều 35), "kể từ ngày cung cấp đầy đủ thông tin": the filer's
		// papers complete, its filing.
		return FromReceipt
	}
	if len(ws) > 0 && toks[ws[0]].text == "hoan" && words4(toks, ws[0]+1, "tat", "don", "dang", "ky") || rd.formCompleted(ws) {
		// "sau khi hoàn tất đơn đăng ký và mọi thông tin bổ sung đều có
		// sẵn", "Hệ thống đăng ký lao động tiếp nhận, xử lý và trả kết quả
		// … ngay sau khi người lao động hoàn thành Tờ khai điện tử": the
		// application or the form completed, the filing. ("hoàn thành kê
		// khai" on a system stays another event, issue 13.)
		return FromReceipt
	}
	if len(ws) >= 4 && (wordAt(toks, ws[0], "ngay") || wordAt(toks, ws[0], "khi")) && wordAt(toks, ws[1], "duoc") && ws[2] == ws[1]+1 && rd.agencyNameAt(ws[2]) {
		// "… phải được xuất ra khỏi lãnh thổ Việt Nam trong vòng 30 ngày kể
		// từ ngày được Chi cục Hải quan cửa khẩu hoàn thành việc tiếp nhận,
		// kiểm tra hồ sơ hải quan" (Thông tư 38/2015/TT-BTC Điều 50): the
		// day a body did something for the filer, its act, whatever it
		// handled.
		return FromOtherEvent
	}
	if rd.vehicleMoves(ws) {
		// "… phải gửi trong thời hạn 24 giờ kể từ khi tàu xuất cảnh và nộp
		// cho cơ quan hải quan các giấy tờ giải trình" (Nghị định
		// 08/2015/NĐ-CP Điều 69): a ship's departure or arrival, whatever
		// is filed after it.
		return FromOtherEvent
	}
	if rd.filerPresentsAll(ws) {
		// "Chậm nhất 30 phút kể từ khi người làm thủ tục khai báo và gửi
		// thông tin chứng từ điện tử tới hệ thống và xuất trình đủ các giấy
		// tờ theo quy định" (the Bộ pháp điển's customs topic, under Luật
		// Hải quan 2014, 54/2014/QH13 Điều 57): the filer's declaration with
		// every paper shown, its filing, as "… đã nộp, xuất trình đủ các
		// giấy tờ" is. (Reading "người khai hải quan" so too cost three
		// held-out events.)
		return FromReceipt
	}

	for k, q := range ws {
		w := toks[q].text
		switch w { // the first words of the phrases below: one comparison for most words
		case "duoc", "gui", "ra", "co", "nhan", "nop", "tiep", "thong", "tra":
		default:
			continue
		}
		if (w == "nop" || w == "gui") && receivedSoonAfter(toks, q) {
			// "kể từ ngày cá nhân nộp hồ sơ nhận được thông báo", "… người
			// gửi đơn nhận được văn bản": the filing names who then
			// receives; the receipt that follows is the count's verb.
			continue
		}
		if (w == "thong" && words2(toks, q, "thong", "bao") || w == "tra" && words3(toks, q, "tra", "lai", "ho")) && k >= 2 && rd.agencyBefore(ws[:k]) {
			// "kể từ ngày Cơ quan điều tra thông báo việc tiếp nhận hồ sơ
			// miễn trừ, tổ chức, cá nhân … phải gửi hồ sơ" (Nghị định
			// 10/2018/NĐ-CP Điều 11): a body's notice, whatever it tells;
			// so is the dossier a body hands back ("kể từ ngày cơ quan thuế
			// trả lại hồ sơ, người nộp thuế …"). (A body's confirmation
			// "xác nhận về việc nhận hồ sơ" is the receipt, as two tuning
			// rows label it.)
			return FromOtherEvent
		}
		if words3(toks, q, "duoc", "bo", "sung") && (k >= 2 && (words2(toks, ws[k-2], "ho", "so") || words2(toks, ws[k-2], "bao", "cao")) || k == 0) {
			// "sau khi báo cáo được bổ sung hoàn chỉnh", "kể từ ngày hồ sơ
			// được bổ sung đầy đủ", "sau khi được bổ sung hoàn chỉnh": the
			// completed dossier is received.
			return FromReceipt
		}
		if (w == "gui" || w == "ra") && (words2(toks, q+1, "van", "ban") || words2(toks, q+1, "thong", "bao") || words2(toks, q+1, "quyet", "dinh") || w == "gui" && words2(toks, q+1, "bao", "cao") && rd.agencyBefore(ws[:k])) ||
			words3(toks, q, "co", "thong", "bao") || words3(toks, q, "co", "van", "ban") && (k == 0 || k == 1 && wordAt(toks, ws[0], "ngay") || rd.agencyBefore(ws[:k])) {
			// "kể từ ngày gửi văn bản xác nhận đã nhận đầy đủ hồ sơ", "kể
			// từ ngày có thông báo nhận được hồ sơ", "kể từ ngày Cơ quan …
			// ra thông báo yêu cầu sửa đổi", "kể từ ngày Sở Y tế có văn bản
			// yêu cầu sửa đổi, bổ sung", "kể từ ngày có văn bản yêu cầu của
			// cơ quan tiếp nhận": the agency's notice or paper.
			return FromOtherEvent
		}
		if words5(toks, q, "co", "van", "ban", "yeu", "cau") {
			return FromOtherEvent // "kể từ ngày UBCKNN có văn bản yêu cầu sửa đổi, bổ sung hồ sơ"
		}
		if w == "gui" && k == 1 && k+3 <= len(ws) && wordAt(toks, ws[0], "ngay") && words2(toks, q+1, "ho", "so") && rd.onlyValidity(ws[k+3:]) { // (ws may stop short of the words toks holds: scan cuts a clause at 24 tokens)
			return FromReceipt // "kể từ ngày gửi hồ sơ hợp lệ", "… gửi hồ sơ đầy đủ, hợp lệ": the filing, sent in
		}
		if w == "gui" && k >= 2 && (words3(toks, q+1, "dang", "ky", "xac") || wordAt(toks, q+1, "don")) && (wordAt(toks, ws[0], "gio") || wordAt(toks, ws[0], "ngay")) && !rd.agencyBefore(ws[:k]) {
			// "tính từ giờ SV gửi đăng ký xác nhận", "kể từ ngày người lao
			// động gửi đơn": a person sends in its request, the filing.
			return FromReceipt
		}

		if words3(toks, q, "co", "yeu", "cau") && k >= 2 && k+2 <= len(ws) && !rd.agencyBefore(ws[:k]) && rd.validFiling(ws[k+2:min(len(ws), k+12)]) { // ("Ngay sau khi … có yêu cầu": scan's clause of 24 tokens may end before "cầu")
			// "kể từ ngày người tham gia bán hàng đa cấp có yêu cầu trả lại
			// hàng hóa hợp lệ": a person's valid request, its filing.
			return FromReceipt
		}
		if k == 1 && wordAt(toks, ws[0], "ngay") && words3(toks, q, "co", "yeu", "cau") && (k+5 < len(ws) && words3(toks, ws[k+3], "theo", "quy", "dinh") || k+3 == len(ws) && rd.replyTimeHeads(p)) && !rd.demandBefore(p, "yeu", "cau") {
			// "d) Trong thời hạn mười ngày, kể từ ngày có yêu cầu theo quy
			// định tại điểm c khoản 3 Điều này, Hội chữ thập đỏ, tổ chức,
			// cá nhân … có trách nhiệm cung cấp thông tin" (Luật Hoạt động
			// chữ thập đỏ 2008 Điều 22): a request with no author, the
			// asker's filing (a body's demand named before is not).
			return FromReceipt
		}
		if words3(toks, q, "co", "van", "ban") {
			// "kể từ khi doanh nghiệp có văn bản hoặc kế hoạch đề nghị": the
			// applicant's own paper, filed.
			return rd.andAnother(ws[k:])
		}
		// ("cá nhân" is a person, "Ủy ban nhân dân" a body; "xác nhận",
		// "chấp nhận", "chứng nhận" are no receipt.)
		verb := w == "nhan" && !wordAt(toks, q-1, "xac") && !wordAt(toks, q-1, "thua") && !wordAt(toks, q-1, "ca") && !wordAt(toks, q-1, "chap") && !wordAt(toks, q-1, "chung") && !(wordAt(toks, q-1, "cong") && !words2(toks, q-3, "hanh", "chinh")) && !wordAt(toks, q-1, "den") && !wordAt(toks, q-1, "nguoi") && !wordAt(toks, q-1, "ben") && !wordAt(toks, q-1, "ghi") && !wordAt(toks, q-1, "hat") && !(wordAt(toks, q-1, "thuong") && !wordAt(toks, q-2, "cong")) && !wordAt(toks, q+1, "dan") && !words3(toks, q-3, "co", "quan", "tiep") && !rd.labelAt(q) || // ("công nhận", "thừa nhận" are to recognise; "hạt nhân" is nuclear ("… cho Cục An toàn bức xạ và hạt nhân", a check of the tuning texts with "kể từ khi" swapped for "sau khi"); "thương nhân" is a trader; "Bộ Công Thương nhận" a body receiving; "mà không có người đến nhận" is to come and collect; "giao hàng cho người nhận", "bên nhận" the recipient; "có tài liệu ghi nhận nội dung điều chỉnh", Bộ pháp điển, records; "Trung tâm Hành chính công nhận được hồ sơ", a probe of the receipt's phrasings, is the public administration centre receiving)
			w == "nop" && !wordAt(toks, q-1, "nguoi") || w == "tiep" && wordAt(toks, q+1, "nhan") && !words2(toks, q-2, "co", "quan") // ("cơ quan tiếp nhận hồ sơ có văn bản …" names the body; "người nộp hồ sơ nhận được văn bản" names the applicant, who then receives)
		if !verb {
			continue
		}
		if w == "nop" && wordAt(toks, q+1, "thua") {
			// "kể từ ngày thực hiện tất toán khoản nộp thừa trên sổ kế toán"
			// (Luật Quản lý thuế 2019 Điều 61): an overpayment settled, the
			// tax body's act, no filing.
			return FromOtherEvent
		}
		if w == "nhan" && k >= 2 && k <= 3 && words2(toks, ws[k-2], "chung", "toi") {
			// "… sẽ được xử lý trong tối đa 3 ngày sau khi chúng tôi nhận
			// lại": the business writing ("chúng tôi") receives the
			// customer's return or request, its filing.
			return FromReceipt
		}
		if w == "nhan" && rd.actAndReceipt(ws, k) {
			// "kể từ ngày nghiệm thu chính thức tổng thể FAC và nhận được
			// bộ chứng từ đề nghị thanh toán" (a contract's payment terms,
			// web_pages_thirtysixth.tsv): the count waits for both,
			// and the first is no filing.
			return FromOtherEvent
		}
		if w == "nhan" && rd.personBefore(ws[:k]) {
			// "kể từ ngày ông X nhận được hồ sơ chuyển nơi hưởng trợ cấp
			// thất nghiệp": a person receives a paper sent to them, not a
			// body a filing.
			return FromOtherEvent
		}
		if words2(toks, q-2, "ket", "thuc") || words2(toks, q-4, "ket", "thuc") && (words2(toks, q-2, "thoi", "gian") || words2(toks, q-2, "thoi", "han")) || words2(toks, q-2, "cuoi", "cung") || // ("kể từ ngày cuối cùng nhận đăng ký bán")
			words2(toks, q-2, "het", "han") || words3(toks, q-3, "het", "thoi", "han") || words3(toks, q-3, "ket", "thuc", "han") { // "kể từ ngày hết hạn nhận đơn phúc tra", "kể từ ngày hết thời hạn nộp hồ sơ khai thuế", "sau khi kết thúc hạn nộp đơn"
			// "kể từ ngày kết thúc nhận hồ sơ", "kể từ ngày kết thúc thời
			// gian nhận hồ sơ": the close of a call for applications.
			return FromOtherEvent
		}
		if w == "nop" && words3(toks, q+1, "don", "dau", "tien") {
			// "Sáng chế (bao gồm giải pháp hữu ích) | 12 tháng từ ngày nộp
			// đơn đầu tiên |" (an IP firm's table of priority periods,
			// web_pages_seventyfourth.tsv; Paris Convention Art. 4C): the
			// first application, filed abroad, not the one received here.
			return FromOtherEvent
		}
		if (w == "nhan" || w == "nop") && k+1 >= len(ws) {
			return FromReceipt // "kể từ ngày nhận", "kể từ ngày các cơ quan, tổ chức, cá nhân giao nộp"
		}
		if w == "nop" && !rd.agencyBefore(ws[:k]) {
			for _, r := range ws[k+1 : min(len(ws), k+10)] {
				if wordAt(toks, r, "cho") && rd.agencyNameAt(r+1) {
					// "kể từ ngày nộp Bản cáo bạch cập nhật cho Ủy ban Chứng
					// khoán Nhà nước": filed with the body, whatever the paper.
					return FromReceipt
				}
			}
		}
		if w == "nhan" && wordAt(toks, q-1, "thu") && wordAt(toks, ws[0], "ngay") && !rd.fromAgency(ws[k+1:], true) {
			// "kể từ ngày thu nhận thông tin, dữ liệu …": handed in and
			// collected. ("Sau khi thu nhận được dữ liệu ảnh viễn thám" is
			// data coming in, another event.)
			return rd.andAnother(ws[k:])
		}
		if k >= 2 && words2(toks, ws[k-2], "he", "thong") {
			return FromReceipt // "kể từ khi hệ thống tiếp nhận thông báo …": filed through the system
		}
		obj := ws[k+1:]
		if w == "tiep" && len(obj) > 0 {
			obj = obj[1:] // past "nhận"
		}
		f := rd.skipReceived(obj)
		if f < len(obj) && !rd.opt.FeeAtReceipt && (words2(toks, obj[f], "chi", "phi") || words2(toks, obj[f], "le", "phi") || wordAt(toks, obj[f], "phi")) {
			// "kể từ ngày bộ phận thường trực nhận được đầy đủ chi phí giải
			// quyết kiến nghị do nhà thầu nộp": the fee received, whoever paid it, a payment
			// (README: another event, unless [ReadOptions.FeeAtReceipt]).
			return FromOtherEvent
		}
		if rd.remedyDone(obj) || rd.filedBy(obj) || rd.originalHeldIn(obj) { // ("kể từ ngày Cục Sở hữu trí tuệ nhận được văn bằng bảo hộ gốc": the original its holder sends in to amend)
			return FromReceipt
		}
		if f < len(obj) && wordAt(toks, obj[f], "thu") && strings.ContainsAny(rd.original(obj[f]), "ưƯ") {
			// "kể từ ngày cơ quan có thẩm quyền của nước xuất khẩu nhận
			// được thư đề nghị kiểm tra xác minh": a letter between bodies
			// (a person's request is an "đơn").
			return FromOtherEvent
		}
		if rd.sentOnBy(obj, end) {
			// "kể từ khi nhận được Giấy đề nghị xác nhận do cơ sở khám
			// bệnh, chữa bệnh gửi đến": sent on by a facility about someone
			// else, not filed by a person.
			return FromOtherEvent
		}
		if f+3 < len(obj) && toks[obj[f]+2].text == "uy" && (words4(toks, obj[f], "ho", "so", "uy", "thac") || words4(toks, obj[f], "van", "ban", "uy", "thac")) {
			// "kể từ ngày nhận được hồ sơ ủy thác tư pháp về dân sự": a
			// court's or a body's request for judicial assistance (Luật
			// Tương trợ tư pháp 2007), not a person's filing.
			return FromOtherEvent
		}
		if f+3 < len(obj) && words4(toks, obj[f], "chung", "tu", "hoan", "tra") {
			// "kể từ ngày nhận được chứng từ hoàn trả tiền đã nộp để bảo đảm
			// thi hành án, Kho bạc Nhà nước thực hiện hoàn trả" (Nghị định
			// 115/2017/NĐ-CP Điều 8): a voucher, a payment order, as the
			// tuning rows of "nhận được chứng từ" are labelled.
			return FromOtherEvent
		}
		if f+1 < len(obj) && words2(toks, obj[f], "bao", "cao") && rd.phraseInSentenceAfter(obj[f]+2, 30, "ve", "viec", "hoan", "thanh") {
			// "sau khi nhận được đầy đủ báo cáo của doanh nghiệp bảo hiểm …
			// về việc hoàn thành chuyển giao hợp đồng, Bộ Tài chính có quyết
			// định …" (Luật Kinh doanh bảo hiểm 2022, 08/2022/QH15 Điều
			// 76): a report that something is done, as the tuning row of a
			// firm's report "về diễn biến cuộc đấu giá và kết quả" is
			// labelled; no application.
			return FromOtherEvent
		}
		if f+3 < len(obj) && words4(toks, obj[f], "de", "nghi", "phe", "chuan") {
			// "kể từ khi nhận được đề nghị phê chuẩn, Viện kiểm sát có trách
			// nhiệm xét phê chuẩn lệnh tạm giam" (Thông tư liên tịch
			// 13/2012/TTLT-BCA-BTP-VKSNDTC-TANDTC Điều 14): a body asks
			// the procuracy to approve its order.
			return FromOtherEvent
		}
		if f+4 < len(obj) && (words5(toks, obj[f], "yeu", "cau", "khai", "bo", "sung") || words5(toks, obj[f], "phuong", "an", "sap", "xep", "lai")) {
			// "kể từ ngày nhận được yêu cầu khai bổ sung" (Thông tư
			// 39/2015/TT-BTC Điều 15): customs' demand, the declarant's own
			// time; "kể từ ngày nhận được phương án sắp xếp lại, xử lý nhà,
			// đất" (Thông tư 37/2018/TT-BTC Điều 3): a State owner's plan for
			// its public premises, a body's paper.
			return FromOtherEvent
		}
		if rd.extractionAsked(obj[f:]) {
			// "kể từ ngày nhận được văn bản đề nghị gia hạn trích xuất, cơ
			// quan quản lý thi hành án hình sự … phải ra lệnh gia hạn trích
			// xuất" (Thông tư liên tịch 01/2020/TTLT-BCA-BQP-TANDTC-VKSNDTC
			// Điều 15): only a body conducting proceedings asks to bring a
			// detainee out, as the tuning row of "văn bản yêu cầu trích
			// xuất" is labelled.
			return FromOtherEvent
		}
		if f+2 < len(obj) && toks[obj[f]].text == "van" && words4(toks, obj[f], "van", "ban", "tra", "loi") {
			// "Ngay trong ngày nhận được văn bản trả lời, …": another body's
			// answer.
			return FromOtherEvent
		}
		if f < len(obj) && words4(toks, obj[f], "bao", "cao", "tham", "dinh") && wordAt(toks, obj[f]+4, "va") {
			// "kể từ ngày nhận được báo cáo thẩm định và hồ sơ trình duyệt
			// …": an appraisal's report first, the README's papers listed
			// with an appraisal's report.
			return FromOtherEvent
		}
		kien := f < len(obj) && wordAt(toks, obj[f], "kien")
		for _, r := range obj[f:min(len(obj), f+10)] {
			if toks[r].text == "ket" && kien && (words3(toks, r, "ket", "qua", "kiem") || words3(toks, r, "ket", "qua", "thanh")) ||
				toks[r].text == "bien" && words4(toks, r, "bien", "ban", "tham", "dinh") {
				// "kể từ ngày nhận được kiến nghị xử lý kết quả kiểm tra": an
				// inspection's recommendations; "kể từ ngày nhận đủ hồ sơ và
				// biên bản thẩm định": papers listed with an appraisal's
				// record, as with its report (README), within ten words of
				// the first ("nhận đủ hồ sơ đầy đủ, hợp lệ và có biên bản
				// thẩm định").
				return FromOtherEvent
			}
		}
		if f+2 < len(obj) && toks[obj[f]].text == "bao" && words4(toks, obj[f], "bao", "cao", "danh", "gia") {
			// "kể từ khi nhận được báo cáo đánh giá ngoài … của tổ chức kiểm
			// định chất lượng giáo dục": an evaluation's report, another
			// event (as "báo cáo kết quả đánh giá").
			return FromOtherEvent
		}
		if f+1 < len(obj) && toks[obj[f]].text == "ban" && wordAt(toks, obj[f]+1, "sao") && rd.paperAt(obj[f]) {
			// "kể từ ngày nhận được bản sao hồ sơ", "… bản sao quyết định
			// cấp bằng": a copy another body sends on, not the filing.
			return FromOtherEvent
		}
		if f+3 < len(obj) && words4(toks, obj[f], "van", "ban", "tra", "lai") {
			// "kể từ ngày nhận được văn bản trả lại đơn khởi kiện": the
			// court's paper returning the filing, another event.
			return FromOtherEvent
		}
		if f+1 < len(obj) && words2(toks, obj[f], "cong", "van") && !rd.byApplicant(obj[f+2:]) {
			// "kể từ khi nhận được công văn và hồ sơ xin vay vốn": a bare
			// "công văn" is another body's letter, and the dossier comes
			// with it.
			return FromOtherEvent
		}
		if rd.formNamed(obj) {
			return rd.andAnother(ws[k:])
		}
		if w == "nhan" && k >= 1 && rd.bareReceived(obj, "thong", "bao") && rd.agencyBefore(ws[:k]) {
			// "kể từ ngày Ủy ban nhân dân cấp xã nhận được thông báo, …":
			// the body named receives a notice with no author, the filing
			// of a procedure of notice.
			return FromReceipt
		}
		if (w == "nhan" || w == "tiep") && len(obj) > 0 && (words6(toks, obj[0], "duoc", "thong", "bao", "du", "dieu", "kien") || words5(toks, obj[0], "thong", "bao", "du", "dieu", "kien")) { // (past "tiếp nhận" too)
			// "kể từ ngày nhận được thông báo đủ điều kiện tiêm chủng": the
			// facility's own notice that it meets the conditions, its filing.
			return FromReceipt
		}
		if rd.opinionAsked(obj) {
			// "kể từ khi nhận được văn bản của đơn vị tư vấn đề nghị có ý kiến
			// thống nhất về vị trí quy hoạch …": a paper that asks for an
			// opinion, the consulting body's (README).
			return FromOtherEvent
		}
		if rd.noticeFirst(obj) && !(w == "tiep" && len(obj) > 0 && words4(toks, obj[0], "yeu", "cau", "giai", "trinh")) {
			// (Read past "tiếp nhận" too, "kể từ ngày tiếp nhận văn bản yêu
			// cầu sửa đổi, bổ sung" as "nhận được …", a check of the tuning
			// texts with their words swapped; but "tiếp nhận yêu cầu giải
			// trình" names the procedure of a person's request for an
			// explanation, Nghị định 90/2013/NĐ-CP, its filing.)
			if rd.answeredBefore(p) && rd.filerNamedIn(obj) {
				// "Cơ quan hải quan có trách nhiệm trả lời trong thời hạn 02
				// giờ kể từ khi nhận được thông báo của người khai hải quan":
				// a filer's notice that asks, answered: its filing.
				return FromReceipt
			}
			return FromOtherEvent // "nhận được thông báo về yêu cầu bổ sung hồ sơ"
		}
		if w == "tiep" && words2(toks, q+2, "du", "lieu") && rd.handedInAfter(end) {
			// "kể từ ngày tiếp nhận dữ liệu, Trung tâm … cấp Giấy xác nhận
			// giao nộp dữ liệu … cho các tổ chức, cá nhân đã giao nộp dữ
			// liệu": data handed in, the filing.
			return FromReceipt
		}
		if w == "tiep" && (k+2 >= len(ws) || punctAt(toks, q+2, ",") || wordAt(toks, ws[k+2], "tai") && !words2(toks, ws[k+2], "tai", "lieu") || wordAt(toks, ws[k+2], "tren") || wordAt(toks, ws[k+2], "qua")) {
			// ("tiếp nhận tài liệu từ Cục Quản lý Dược": "tài liệu", papers,
			// no "tại", at; read as "nhận được tài liệu …".)
			return rd.andAnother(ws[k:]) // "kể từ ngày tiếp nhận", "… ngày Quỹ tiếp nhận, kiểm tra …", "kể từ ngày tiếp nhận trên Ứng dụng"
		}
		for j := max(0, k-3); j < min(len(ws), k+8); j++ {
			if j != k && rd.isObject(ws, j) {
				if toks[ws[j]].text == "so" && j+3 < len(ws) && (words2(toks, ws[j+1], "day", "du") || words2(toks, ws[j+1], "hop", "le")) {
					// "kể từ ngày nhận được hồ sơ đầy đủ trình", "… hồ sơ đầy
					// đủ gửi thẩm định", "… hồ sơ hợp lệ do Ủy ban nhân dân tỉnh
					// trình": the dossier called complete, then who sends it,
					// read as "hồ sơ trình" (a check of the tuning texts with
					// "nhận đủ hồ sơ" swapped for "nhận được hồ sơ đầy đủ").
					if start, ok := rd.completeDossierSent(ws, j, p, end); ok {
						return start
					}
				}
				return rd.objectEvent(ws, j, p, end)
			}
		}
		if f < len(obj) && (words4(toks, obj[f], "van", "ban", "giai", "quyet") || words4(toks, obj[f], "van", "ban", "xu", "ly")) { // ("văn bản xử lý kiến nghị", the same paper)
			// "… trong thời hạn 05 ngày làm việc, kể từ ngày hết hạn trả lời
			// hoặc ngày nhận được văn bản giải quyết kiến nghị của chủ đầu
			// tư, bên mời thầu" (pages on bidders' petitions,
			// web_pages_seventyfirst.tsv): the paper that settles a matter
			// is its settler's answer, whoever is named after it, not the
			// filer's paper filerNamedIn would find.
			return FromOtherEvent
		}
		if rd.validFiling(obj) {
			return FromReceipt // "nhận được văn bản thông báo hợp lệ": no object named, but a filing checked valid
		}
		if rd.filerSupplied(obj) {
			// "kể từ khi tiếp nhận thông tin doanh nghiệp cung cấp": what the
			// filer supplies, its filing.
			return FromReceipt
		}
		if rd.filerNamedIn(obj) {
			// "kể từ ngày nhận được kế hoạch thi công bổ sung của tổ chức,
			// cá nhân": whatever the paper, the filer's.
			return rd.andAnother(ws[k:])
		}
		if (rd.bareReceived(obj, "van", "ban") || rd.bareReceived(obj, "de", "an")) && (rd.processedAfter(end) || rd.filerPaperBefore(p) || rd.resolutionNamed(p) && !(punctAt(toks, end, ",") && rd.filerAt(end+1))) { // ("kể từ ngày nhận được đề án, đơn vị được giao quản lý tài sản công … xem xét, cho ý kiến")
			// "kể từ ngày nhận được văn bản, Sở … tổ chức thẩm định", "kể từ
			// ngày nhận được văn bản thông báo, Cơ quan tiếp nhận hồ sơ ban
			// hành văn bản thông báo về việc đồng ý …": a paper with no
			// author named that a body then appraises or answers, the filing.
			// (One the receiver must act on, "doanh nghiệp phải hoàn thiện",
			// "Cơ quan … báo cáo cấp có thẩm quyền", is another body's, under
			// the cell's heading "Thời hạn giải quyết:" too.)
			return FromReceipt
		}
		if rd.decidedOnAfter(end) && !rd.fromAgency(obj, true) {
			// "kể từ ngày nhận được Phiếu kiểm soát thu hoạch, Cơ quan kiểm
			// soát xem xét tính hợp lệ của Phiếu …": the receiver checks the
			// paper's validity, a filing.
			return rd.andAnother(ws[k:])
		}
		return FromOtherEvent
	}
	if rd.completedFiling(ws) {
		return FromReceipt
	}
	return FromOtherEvent
}

// isObject reports whether the k-th word of ws (the word tokens of a
// count's clause) ends the name of a thing a filer hands in: "hồ sơ", "đơn",
// "đề nghị", "yêu cầu", "tờ khai", "báo cáo" …, each as its words before
// and after allow.
func (rd *reader) isObject(ws []int, k int) bool {
	toks := rd.toks
	q := ws[k]
	if w := toks[q].text; len(w) >= 3 && w[0] == 'y' && w[1] == 'c' && rd.capitalsAt(q) {
		// "Tối đa 24h kể từ khi nhận được YCBLVP" (an insurer's page,
		// yêu cầu bảo lãnh viện phí): a request written as the trade's
		// acronym, "YC" for "yêu cầu".
		return true
	}
	switch toks[q].text {
	case "so":
		// "hồ sơ", or "sổ" (a booklet the applicant hands in: "tiếp nhận
		// sổ ATA thay thế"), told from "số" by its accent.
		// ("sổ theo dõi" is a body's register, not the filer's booklet.)
		return wordAt(toks, q-1, "ho") || strings.ContainsAny(rd.original(q), "ổỔ") && !words2(toks, q+1, "theo", "doi")
	case "to":
		return wordAt(toks, q-1, "giay")
	case "phep":
		// "nhận được giấy phép lao động đã thu hồi": the permit its
		// holder hands back.
		if wordAt(toks, q-1, "giay") {
			for _, r := range ws[k+1 : min(len(ws), k+5)] {
				if words3(toks, r, "da", "thu", "hoi") {
					return true
				}
			}
		}
	case "don":
		return true
	case "nghi":
		// (Not "văn bản giải quyết kiến nghị của bên mời thầu", nor "văn
		// bản xử lý kiến nghị": the answer to it, another's paper.)
		return (wordAt(toks, q-1, "de") || wordAt(toks, q-1, "kien")) && !words2(toks, q-3, "giai", "quyet") && !words2(toks, q-3, "xu", "ly") // "kiến nghị"
	case "cau":
		return wordAt(toks, q-1, "yeu")
	case "khai":
		return wordAt(toks, q-1, "to") || wordAt(toks, q-1, "ban") || wordAt(toks, q-1, "ke") // "bản kê khai"
	case "xuat":
		return wordAt(toks, q-1, "de") // "văn bản đề xuất"
	case "cao":
		return wordAt(toks, q-1, "bao") || wordAt(toks, q-1, "to") // "báo cáo kết quả thực hiện", "tố cáo"
	case "nai":
		return wordAt(toks, q-1, "khieu") // "khiếu nại"
	case "kien":
		return wordAt(toks, q-1, "khieu") // "khiếu kiện", a complaint filed as "khiếu nại" is
	case "tu":
		// "nộp đủ chứng từ, hồ sơ thanh toán": the filer's papers; not
		// "chứng từ thực hiện xong nghĩa vụ tài chính", a payment made
		// (README: the payment of a fee counts from another event).
		if !wordAt(toks, q-1, "chung") {
			return false
		}
		for _, r := range ws[k+1 : min(len(ws), k+8)] {
			if words4(toks, r, "nghia", "vu", "tai", "chinh") || words2(toks, r, "nop", "tien") || words2(toks, r, "le", "phi") {
				return false
			}
		}
		return true
	case "giac":
		return wordAt(toks, q-1, "to") // "tố giác, tin báo về tội phạm": a citizen's denunciation
	case "anh":
		return wordAt(toks, q-1, "phan") // "phản ánh"
	case "lieu":
		return wordAt(toks, q-1, "tai") // "nhận đủ tài liệu"
	case "mau":
		return wordAt(toks, q-1, "bieu") || wordAt(toks, q+1, "giong") // "tiếp nhận Biểu mẫu" the trader files, "nhận được mẫu giống" the owner lodges
	case "ky":
		// "tiếp nhận đăng ký cai nghiện": the registration itself, right
		// after the verb (not "giấy chứng nhận đăng ký", a body's paper).
		// "nhận được bản đăng ký chuyển đổi hợp lệ": the filer's form.
		return wordAt(toks, q-1, "dang") && (wordAt(toks, q-2, "nhan") && !wordAt(toks, q-3, "chung") || wordAt(toks, q-2, "duoc") || wordAt(toks, q-2, "ban") && rd.paperAt(q-2))
	case "ban":
		// "các văn bản bổ sung": the applicant's supplement, received
		// (a bare "văn bản" is another body's paper). So is a change to
		// one's own registration: "kể từ ngày nhận văn bản thay đổi, bổ
		// sung nội dung đăng ký tổ chức hội chợ, triển lãm thương mại"
		// (caobang.gov.vn, the procedure for changing a trade fair's
		// registration).
		return wordAt(toks, q-1, "van") && (words2(toks, q+1, "bo", "sung") || words2(toks, q+1, "thay", "doi") && rd.registrationChangedAfter(q+3))
	case "pham":
		// "kể từ ngày nhận được xuất bản phẩm nhập khẩu để thẩm định nội
		// dung" (Thông tư 01/2020/TT-BTTTT Điều 20; Luật Xuất bản 2012,
		// 19/2012/QH13 Điều 41, the licence to import publications not for
		// trade): the publications the importer hands in for appraisal,
		// its filing.
		if words2(toks, q-2, "xuat", "ban") {
			for _, r := range ws[k+1 : min(len(ws), k+5)] {
				if words3(toks, r, "de", "tham", "dinh") {
					return true
				}
			}
		}
		return false
	case "dung":
		// "kể từ ngày nhận được nội dung quảng cáo đã sửa đổi, bổ sung"
		// (a province's procedure for registering medical advertising,
		// web_pages_fiftysecond.tsv): the advertiser's content, amended
		// and filed again.
		return wordAt(toks, q-1, "noi") && words2(toks, q+1, "quang", "cao")
	case "an":
		return wordAt(toks, q-1, "phuong") // "phương án xử lý"
	case "bo":
		return words2(toks, q-2, "tu", "cong") || words2(toks, q-2, "ban", "cong") && rd.paperAt(q-2) // "bản tự công bố": the applicant's own declaration; "Bản công bố năng lực" (national portal 2026, thủ tục 1.115166) too
	case "trinh":
		return wordAt(toks, q-1, "to") // "tờ trình": a submission up, another body's
	case "ke":
		return wordAt(toks, q-1, "bang") // "bảng kê của doanh nghiệp bảo hiểm": a statement filed
	case "ho":
		// "kể từ khi nhận đủ hồ", "Sau 30 ngày làm việc kể từ ngày ghi trên
		// Phiếu tiếp nhận hồ" (a ministry's portal cut in the word,
		// web_pages_seventythird.tsv): the text cut before "sơ".
		return k == len(ws)-1 && (wordAt(toks, q-1, "du") || wordAt(toks, q-1, "nhan") && q == len(toks)-1)
	case "tin":
		// "thông tin của cơ sở đào tạo": the filer's information; a bare
		// "thông tin" is another body's.
		return wordAt(toks, q-1, "thong") && rd.byApplicant(ws[k+1:])
	case "minh":
		return wordAt(toks, q-1, "thuyet") // "thuyết minh đã hoàn thiện": the applicant's explanatory note
	case "van":
		// "công văn của doanh nghiệp": an applicant's letter; a bare
		// "công văn" is another body's, and so is one "kèm theo" a paper
		// of someone else ("công văn kèm theo phiếu chuyển tiếp điều trị
		// của đối tượng").
		// ("công văn trả lời của Trung tâm …" answers: another's.)
		return wordAt(toks, q-1, "cong") && !words2(toks, q+1, "kem", "theo") && !words2(toks, q+1, "tra", "loi") && rd.byApplicant(ws[k+1:])
	case "sach":
		// "danh sách … của cơ sở hoạt động trên địa bàn": a list the
		// filer hands in.
		// "danh sách đăng ký hành nghề kiểm toán", "danh sách lao động"
		// (the clause's last words): a list the firm or employer files.
		// "danh sách theo quy định" (the clause's last words; a legal
		// answer on the convalescence allowance): the list the rules ask
		// the filer for.
		// A bare "danh sách" received by the social insurance body that
		// then decides ("kể từ khi nhận danh sách, cơ quan bảo hiểm xã hội
		// có trách nhiệm giải quyết chế độ dưỡng sức", thukyluat.vn on the
		// convalescence allowance): the employer's list, its filing.
		return wordAt(toks, q-1, "danh") && (rd.byApplicant(ws[k+1:]) || words2(toks, q+1, "dang", "ky") || words2(toks, q+1, "lao", "dong") && k+3 >= len(ws) || words3(toks, q+1, "theo", "quy", "dinh") && k+4 >= len(ws) ||
			k+1 == len(ws) && punctAt(toks, q+1, ",") && words4(toks, q+2, "co", "quan", "bao", "hiem"))
	case "bao":
		// "khai báo của người làm thủ tục", "văn bản thông báo kèm theo
		// hồ sơ" (the filer's notice and its dossier); "giấy báo mất" (a
		// savings book's holder reports its loss: "kể từ ngày ngân hàng
		// nhận được giấy báo mất", a bank's page on lost books), the
		// holder's report, as "đơn báo mất" is.
		// A trader's notice of its sales website ("thông báo website
		// thương mại điện tử", Nghị định 52/2013/NĐ-CP Điều 53) is its
		// filing, too, and so is a notice the body checks is complete and
		// right ("kể từ ngày nhận được thông báo đầy đủ, chính xác do
		// thương nhân, tổ chức, cá nhân gửi về Bộ Công Thương", the
		// change of such a notice, web_pages_seventyeighth.tsv).
		return wordAt(toks, q-1, "khai") || wordAt(toks, q-1, "thong") && (words4(toks, q+1, "kem", "theo", "ho", "so") || words3(toks, q+1, "kem", "ho", "so") || wordAt(toks, q+1, "website") ||
			noticeFiledAt(toks, q+1)) ||
			wordAt(toks, q-1, "giay") && wordAt(toks, q+1, "mat")
	}
	return false
}

// dueOrArrival reads a clause that opens "ngày"/"khi" and a word that
// decides it at once: a due date ("ngày đến hạn"), the day the dossier
// arrived ("ngày đến", "ngày xác nhận đến"), the filer's information
// supplied in full, a finding ("ngày phát hiện"). ok is false when the
// clause opens otherwise.
func (rd *reader) dueOrArrival(ws []int) (s Start, ok bool) {
	toks := rd.toks
	if len(ws) >= 2 && (toks[ws[0]].text == "ngay" || toks[ws[0]].text == "khi") {
		switch toks[ws[1]].text { // one comparison for most starts
		case "den":
			switch {
			case toks[ws[0]].text != "ngay":
			case wordAt(toks, ws[1]+1, "han") || words2(toks, ws[1]+1, "thoi", "han") || wordAt(toks, ws[1]+1, "ky"):
				return FromOtherEvent, true // "kể từ ngày đến hạn nộp hồ sơ", "kể từ ngày đến thời hạn hết hiệu lực", "kể từ ngày đến kỳ hạn", "kể từ ngày đến kỳ trả lương" (a page on late wages, web_pages_eightyfirst.tsv): a due date
			case wordAt(toks, ws[1]+1, "phai"):
				return FromOtherEvent, true // "trong thời hạn ba mươi ngày, kể từ ngày đến phải đăng ký tạm trú" (Thông tư 35/2014/TT-BCA Điều 16): a person's arrival and its duty
			case words2(toks, ws[1]+1, "cua", "khau") || wordAt(toks, ws[1]+1, "cang") || words2(toks, ws[1]+1, "viet", "nam"):
				return FromOtherEvent, true // "quá 90 ngày kể từ ngày đến cửa khẩu", "kể từ ngày đến cảng", "kể từ ngày đến Việt Nam": goods' or a person's arrival, found by probing the reader with events
			case words2(toks, ws[1]+1, "sinh", "song") || words2(toks, ws[1]+1, "cu", "tru") || words2(toks, ws[1]+1, "luu", "tru") || words2(toks, ws[1]+1, "tam", "tru") || wordAt(toks, ws[1]+1, "o") && !kindAt(toks, ws[1]+2, tokNum):
				// "Thời hạn đăng ký tạm trú là 30 ngày kể từ ngày đến sinh
				// sống tại chỗ ở hợp pháp …" (Luật Cư trú 2020 Điều 27, as a
				// page on residence quotes it, web_pages_eightieth.tsv), "kể
				// từ ngày đến ở", "… đến cư trú": a person's arrival to live.
				return FromOtherEvent, true
			case !wordAt(toks, ws[1]+1, "noi"): // ("kể từ ngày đến nơi cư trú … mới": a person's arrival)
				return FromReceipt, true // "tính từ ngày đến trên phong bì": the day the dossier arrived
			}
		case "don":
			if toks[ws[0]].text == "ngay" && wordAt(toks, ws[1]+1, "den") && !wordAt(toks, ws[1]+2, "han") {
				// "Thời hạn thẩm định hình thức là 01 tháng kể từ ngày đơn
				// đến Cục sở hữu trí tuệ" (a page on trademark examination,
				// web_pages_eightyfirst.tsv): the application's arrival at
				// the office, its receipt.
				return FromReceipt, true
			}
		case "cung":
			if toks[ws[0]].text == "ngay" && (words4(toks, ws[1], "cung", "cap", "day", "du") || words3(toks, ws[1], "cung", "cap", "du")) {
				return FromReceipt, true // "kể từ ngày cung cấp (đầy) đủ thông tin": the filer's, with no other author named
			}
		case "phat":
			if wordAt(toks, ws[1]+1, "hien") {
				return FromOtherEvent, true // "kể từ ngày phát hiện": a finding
			}
		case "thu":
			if toks[ws[0]].text == "ngay" && wordAt(toks, ws[1]+1, "ly") {
				// "kể từ ngày thụ lý vụ việc hoặc nhận đủ các giấy tờ, tài
				// liệu cần bổ sung": the body's own acceptance first, another
				// event (README), whatever start follows it.
				return FromOtherEvent, true
			}
		case "xac":
			if words3(toks, ws[1], "xac", "nhan", "den") {
				return FromReceipt, true // "tính từ ngày xác nhận đến trên văn bản": the arrival stamped on the filing
			}
		}
	}
	return StartUnknown, false
}

// objectEvent reads the event of a count's clause from the thing received,
// the j-th word of ws (tokens [p, end)): a step between bodies (a dossier
// submitted up, a case file, a report gathered up or passed on, a body's
// submission, a claim of a third party, a paper of a public body), or
// the applicant's filing and what comes with it (andAnother).
func (rd *reader) objectEvent(ws []int, j, p, end int) Start {
	toks := rd.toks
	obj := toks[ws[j]].text
	report := obj == "cao" && wordAt(toks, ws[j]-1, "bao") // "báo cáo"; a "tố cáo" is the filing
	switch {
	case report && words4(toks, ws[j]+1, "kiem", "toan", "nang", "luong"):
		// "Trong thời hạn 30 ngày kể từ khi nhận được báo cáo kiểm toán
		// năng lượng, Sở Công Thương có trách nhiệm tiếp nhận, thông qua
		// hoặc có ý kiến …" (a page on energy audits,
		// web_pages_fiftyfifth.tsv): the audit report the energy user
		// files (Luật Sử dụng năng lượng tiết kiệm và hiệu quả), its filing.
		return FromReceipt
	case report && words2(toks, ws[j]+1, "nghien", "cuu"):
		// "… thời gian tổ chức họp tối đa sau 07 ngày làm việc kể từ khi
		// UBND tỉnh nhận được báo cáo nghiên cứu dự án đầu tư" (a page on
		// investment procedures, web_pages_seventysixth.tsv): the
		// feasibility study the investor files (Luật Xây dựng 2014 Điều 54,
		// 57), its filing.
		return FromReceipt
	case report && j+2 < len(ws) && wordAt(toks, ws[j+1], "cua") && rd.ownerAt(ws[j+2]):
		// "kể từ khi nhận được báo cáo của chủ rừng, cơ quan Kiểm lâm sở
		// tại có trách nhiệm báo cáo Chi cục …": the owner's report, its
		// filing, whatever the body then reports up.
		return FromReceipt
	case obj == "cau" && wordAt(toks, ws[j]-1, "yeu") && (j+1 == len(ws) || j+2 < len(ws) && (words2(toks, ws[j+1], "sua", "doi") || words2(toks, ws[j+1], "bo", "sung"))) && rd.demandBefore(p, "yeu", "cau"),
		obj == "nghi" && j+1 == len(ws) && wordAt(toks, ws[j]-1, "kien") && (rd.demandBefore(p, "kien", "nghi") || rd.bodysDemandAfter(end, "kien", "nghi")):
		// ("Trường hợp Biên phòng cửa khẩu … yêu cầu sửa đổi, bổ sung nội
		// dung khai báo …: Chậm nhất 01 giờ kể từ khi nhận được yêu cầu sửa
		// đổi, bổ sung …" (Quyết định 15/2019/QĐ-TTg Điều 18): the demand
		// to amend named before, the same.)
		// ("… trả lời các kiến nghị của Hội đồng dân tộc và các Uỷ ban của
		// Quốc hội trong thời hạn chậm nhất là mười lăm ngày, kể từ ngày
		// nhận được kiến nghị": a body's recommendation.)
		// "… cung cấp đầy đủ tài liệu, chứng cứ theo yêu cầu của Tòa án
		// trong thời hạn 15 ngày kể từ ngày nhận được yêu cầu", "… có
		// trách nhiệm thực hiện các yêu cầu quy định tại khoản 1 Điều 20
		// … kể từ ngày nhận được yêu cầu": a body's demand complied
		// with, not a filing.
		return FromOtherEvent
	case obj == "nghi" && j+1 == len(ws) && wordAt(toks, ws[j]-1, "de") && rd.phraseInSentenceAfter(end, 40, "quyet", "dinh", "cach", "ly"):
		// "Trong thời gian 01 giờ kể từ khi nhận được đề nghị, người đứng
		// đầu cơ quan quản lý cửa khẩu ban hành quyết định cách ly y tế"
		// (Nghị định 165/2026/NĐ-CP Điều 17, 18): only a health body proposes to
		// isolate someone, no one files for it.
		return FromOtherEvent
	case obj == "nghi" && j+1 == len(ws) && wordAt(toks, ws[j]-1, "de") && rd.askedEarlier(p):
		// "… thì đề nghị đơn vị đo đạc thực hiện việc trích đo bản đồ địa
		// chính; đơn vị đo đạc có trách nhiệm … trong thời gian không quá
		// 05 ngày làm việc kể từ ngày nhận được đề nghị": the one asked
		// earlier in the sentence counts from the body's request (national
		// portal 2026, land registration, Quảng Ngãi 1.116609).
		return FromOtherEvent
	case obj == "nghi" && j+1 == len(ws) && wordAt(toks, ws[j]-1, "de") && rd.bodyPaperBasisIn(p):
		// "Khi có văn bản xin ý kiến của Ban Thi đua - Khen thưởng Trung
		// ương, trong thời hạn 10 ngày làm việc kể từ khi nhận được văn
		// bản đề nghị …, cơ quan được xin ý kiến có trách nhiệm trả lời"
		// (a page on commendation procedures, web_pages_fortysecond.tsv):
		// the bare request is the paper of the body the opening names.
		return FromOtherEvent
	case obj == "nghi" && wordAt(toks, ws[j]-1, "de") && j+3 < len(ws) && words3(toks, ws[j+1], "cong", "bo", "dich"):
		// "kể từ khi nhận được đề nghị công bố dịch", "đề nghị công bố
		// dịch bệnh động vật": the health or veterinary authority proposes
		// to declare an epidemic (Luật Phòng, chống bệnh truyền nhiễm 2007
		// Điều 38; Luật Thú y 2015 Điều 26), no one's filing.
		return FromOtherEvent
	case obj == "nghi" && wordAt(toks, ws[j]-1, "de") && words2(toks, ws[j]-3, "van", "ban") && j+3 < len(ws) && words4(toks, ws[j+1], "tham", "dinh", "ho", "so"):
		// "kể từ ngày nhận được văn bản đề nghị thẩm định hồ sơ đề nghị hỗ
		// trợ": a letter asking the department to appraise a dossier sent
		// on by the body that took it (national portal 2026, thủ tục
		// 1.014583), no one's filing; the filer's own "hồ sơ đề nghị thẩm
		// định" stays its filing.
		return FromOtherEvent
	case obj == "so" && (j+1 == len(ws) || toks[ws[j+1]].text == "va" && !wordAt(toks, ws[j+1]+1, "phi")) && (rd.procuracyOpens(p) || rd.caseFileBefore(p) || rd.bodySubmitsAfter(end)):
		// ("Tòa án phải gửi hồ sơ vụ án … cho Viện kiểm sát cùng cấp;
		// trong thời hạn 03 ngày làm việc, kể từ ngày nhận được hồ sơ,
		// …": the case file the sentence named.)
		// "Viện kiểm sát phải nghiên cứu trong thời hạn 07 ngày, kể từ
		// ngày nhận được hồ sơ": the court's case file sent to the
		// procuracy, which takes no one's filing.
		return FromOtherEvent
	case (obj == "anh" || obj == "nghi" || obj == "don") && rd.forwardedOpening(p):
		// "Khi nhận được văn bản chuyển phản ánh, kiến nghị của Vụ Pháp
		// chế, các cơ quan … trong thời hạn 07 ngày làm việc kể từ ngày
		// tiếp nhận phản ánh, kiến nghị": the petition a body passed on.
		return FromOtherEvent
	case obj == "so" && j+2 < len(ws) && words2(toks, ws[j+1], "yeu", "cau") && rd.foreignAfter(end):
		// "kể từ ngày nhận được hồ sơ yêu cầu, Bộ Ngoại giao có trách
		// nhiệm chuyển hồ sơ qua kênh ngoại giao để gửi cho cơ quan có thẩm
		// quyền của nước ngoài": a request passed between states (mutual
		// legal assistance, Luật Tương trợ tư pháp 2007), no one's filing.
		return FromOtherEvent
	case obj == "so" && j >= 3 && words2(toks, ws[j-3], "nhan", "lai") && rd.phraseInSentenceBefore(p, 30, "vu", "an"):
		// "Đối với vụ án được trả lại để yêu cầu điều tra bổ sung thì trong
		// thời hạn 15 ngày kể từ ngày nhận lại hồ sơ, Thẩm phán chủ tọa phiên
		// tòa phải ra quyết định đưa vụ án ra xét xử" (Bộ luật Tố tụng hình
		// sự 2015, 101/2015/QH13 Điều 278): the case file sent back to the
		// court, no one's filing.
		return FromOtherEvent
	case (obj == "so" || obj == "nghi" && wordAt(toks, ws[j]-1, "kien") && j+1 == len(ws)) && rd.courtOrProcuracyActs(end):
		// ("Trong thời hạn 10 ngày kể từ ngày nhận được kiến nghị, Viện
		// trưởng Viện kiểm sát cấp trên trực tiếp phải giải quyết", Luật Thi
		// hành án hình sự 2019, 41/2019/QH14 Điều 170: a body's
		// recommendation, as the tuning row "… nếu Viện kiểm sát cấp trên
		// trực tiếp đồng ý với kiến nghị của Cơ quan điều tra" is labelled.)
		// "… kể từ ngày nhận được hồ sơ đề nghị tha tù trước thời hạn,
		// Viện kiểm sát nhân dân cấp tỉnh … phải ra văn bản …", "… hồ sơ
		// đề nghị rút ngắn thời gian thử thách, Chánh án Tòa án … thành
		// lập Hội đồng và tổ chức phiên họp để xét": the procuracy takes
		// no one's filing, and a court that forms a council to consider a
		// dossier considers a body's proposal (the enforcement of
		// judgments, Luật Thi hành án hình sự 2019).
		return FromOtherEvent
	case obj == "nghi" && wordAt(toks, ws[j]-1, "kien") && punctAt(toks, ws[j]+1, ",") && words2(toks, ws[j]+2, "bao", "cao"):
		// "kể từ ngày nhận được kiến nghị, báo cáo theo hướng dẫn tại
		// khoản 1, khoản 2 Điều này, Chánh án … tổ chức phiên họp": the
		// courts' recommendations and reports, no one's filing.
		return FromOtherEvent
	case obj == "so" && j+3 < len(ws) && toks[ws[j+1]].text == "do" && rd.unitSendsAt(ws[j+2:]):
		// "kể từ ngày nhận đủ hồ sơ do đơn vị đề nghị xây dựng gửi đến":
		// a unit of the body sends its dossier up.
		return FromOtherEvent
	case obj == "so" && j+2 < len(ws) && toks[ws[j+1]].text == "do" && rd.agencyNameAt(ws[j+2]):
		// "kể từ ngày nhận được hồ sơ do Chính phủ trình": a body's
		// dossier.
		return FromOtherEvent
	case obj == "so" && j+1 < len(ws) && (toks[ws[j+1]].text == "trinh" || words2(toks, ws[j+1], "du", "thao") || words2(toks, ws[j+1], "vu", "an") || words2(toks, ws[j+1], "vu", "viec") || words2(toks, ws[j+1], "pha", "san") || words3(toks, ws[j+1], "ve", "pha", "san") || words4(toks, ws[j+1], "yeu", "cau", "dan", "do")),
		rd.asksOpinion(ws[j+1:]) && !rd.ownerAsksOpinion(ws[j+1:]):
		// "hồ sơ trình" (a dossier submitted up by an agency),
		// "hồ sơ gửi xin ý kiến", "hồ sơ vụ án", "hồ sơ vụ việc" (a
		// court's or an investigator's case file), "hồ sơ về phá sản"
		// (the court's file of a bankruptcy, Luật Phá sản 2014), "hồ sơ yêu cầu
		// dẫn độ" (a foreign state's request under the law on
		// extradition, Luật Dẫn độ): a step between bodies.
		return FromOtherEvent
	case obj == "cao" && report && j+2 < len(ws) && (words2(toks, ws[j+1], "khac", "phuc") || words2(toks, ws[j+1], "tiep", "thu")):
		// "văn bản báo cáo khắc phục", "Báo cáo tiếp thu, giải trình
		// của cơ sở": the applicant reports the remedy of what was
		// found.
		return rd.andAnother(ws[j:])
	case obj == "cao" && report && j+2 < len(ws) && words2(toks, ws[j+1], "giai", "trinh") && rd.needExplained(ws[j+3:]):
		// "báo cáo giải trình … nhu cầu sử dụng người lao động
		// nước ngoài": the employer's filing.
		return rd.andAnother(ws[j:])
	case obj == "cao" && report && j+2 < len(ws) && words2(toks, ws[j+1], "giai", "trinh"):
		// "báo cáo giải trình của Chủ hàng": an explanation the
		// agency asked for, like a supplement's request.
		return FromOtherEvent
	case obj == "cao" && report && rd.gatheredUpAfter(end):
		// "kể từ ngày nhận được báo cáo của doanh nghiệp cho thuê
		// lại, Sở … tổng hợp, trình Chủ tịch Ủy ban nhân dân cấp tỉnh
		// quyết định …": a report gathered and submitted up, a step.
		return FromOtherEvent
	case obj == "cao" && report && rd.publishesAfter(end):
		// "sau khi nhận được các báo cáo liên quan đến giao dịch …
		// của người nội bộ …, tổ chức niêm yết phải công bố trên
		// trang thông tin điện tử": reports received to disclose,
		// no filing to decide.
		return FromOtherEvent
	case obj == "cao" && report && rd.reportsUp(p, end):
		// "kể từ ngày nhận được báo cáo của đơn vị sử dụng viện trợ"
		// when the receiver itself then reports to a body ("Báo cáo
		// cơ quan chủ quản", "tổng hợp, báo cáo về Bộ Y tế"): a
		// step of a chain of reports.
		return FromOtherEvent
	case obj == "cao" && report && rd.answersFilerAfter(end):
		// "kể từ ngày nhận được Báo cáo đưa người lao động đi làm việc ở
		// nước ngoài, Bộ … phải xem xét và trả lời bằng văn bản cho doanh
		// nghiệp": the report the firm files, answered.
		return rd.andAnother(ws[j:])
	case obj == "cao" && report && j+3 < len(ws) && words2(toks, ws[j+1], "ket", "qua") && issuersActAt(toks, ws[j+3]) && (wordAt(toks, ws[0], "nhan") || wordAt(toks, ws[1], "nhan") || words2(toks, ws[1], "tiep", "nhan")): // ("sau khi nhận được …", whose words start at "nhận", too)
		// (Only where the clause opens on its receipt: "kể từ ngày Ủy ban
		// Chứng khoán Nhà nước thông báo đã nhận được báo cáo kết quả chào
		// bán" counts from the commission's notice.)
		// "kể từ ngày nhận được đầy đủ báo cáo kết quả chào bán, Ủy ban
		// Chứng khoán Nhà nước thông báo cho doanh nghiệp phát hành" (Nghị
		// định 153/2020/NĐ-CP Điều 11), "… báo cáo kết quả hợp nhất, sáp
		// nhập, Ủy ban Chứng khoán Nhà nước cấp lại, điều chỉnh Giấy phép"
		// (Thông tư 98/2020/TT-BTC Điều 66): the issuer reports what it did and the
		// commission acts on its report, its filing.
		return rd.andAnother(ws[j:])
	case obj == "cao" && report && !rd.byApplicant(ws[j+1:]) && !(j+2 < len(ws) && wordAt(toks, ws[j+1], "tu") && rd.isFrom(ws[j+1]) && !rd.agencyNameAt(ws[j+2])):
		// ("báo cáo từ doanh nghiệp kinh doanh đường sắt": the
		// filer's report, sent in.)
		// A report counts from receipt only as the applicant's
		// ("báo cáo kết quả thực hiện công việc của Chủ sở
		// hữu"); "báo cáo kết quả thẩm định", "báo cáo của Tổ
		// giám sát thanh lý" are steps.
		return FromOtherEvent
	case obj == "trinh", obj == "ban" && wordAt(toks, ws[j]-1, "van") && j+1 < len(ws) && toks[ws[j+1]].text == "trinh" && !wordAt(toks, ws[j+1]+1, "bay"),
		obj == "nghi" && wordAt(toks, ws[j]-1, "de") && wordAt(toks, ws[j]-2, "trinh") && words2(toks, ws[j]-4, "van", "ban"):
		// "kể từ ngày nhận được tờ trình và hồ sơ đề nghị hủy xóa
		// nợ": a body's submission; so is "văn bản trình" ("… sau khi
		// nhận được văn bản trình đề nghị phê duyệt dự án, Chủ tịch Ủy ban
		// nhân dân tỉnh quyết định": a check of the tuning texts with "tờ
		// trình" swapped for it), not "văn bản trình bày", an account.
		return FromOtherEvent
	case obj == "cao" && !report && rd.forwardedIn(p, end):
		// "… thông báo … cho cơ quan báo chí, cơ quan, tổ chức, cá
		// nhân có thẩm quyền đã chuyển tố cáo trong thời hạn 20 ngày
		// kể từ ngày nhận được tố cáo": a denunciation passed on.
		return FromOtherEvent
	case obj == "cau" && rd.supplementTimeBefore(p):
		// "Thời hạn bổ sung tài liệu không quá mười ngày làm việc
		// kể từ ngày nhận được yêu cầu": the applicant's time to
		// supplement, from the agency's request.
		return FromOtherEvent
	case rd.thirdParty(ws[j+1:]):
		// "yêu cầu đòi bồi thường của người thứ ba": a claim
		// against the applicant, not the applicant's filing.
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

// completedFiling reports whether a clause with no verb of receiving or
// filing names the dossier complete ("kể từ ngày hồ sơ đầy đủ và hợp lệ"),
// the filer's update through the system or the dossier completed and
// sent in ("kể từ ngày cơ sở cập nhật thông tin lên hệ
// thống", "kể từ khi hoàn chỉnh các thủ tục gửi đến", "… hoàn thiện hồ
// sơ"): its receipt.
func (rd *reader) completedFiling(ws []int) bool {
	toks := rd.toks
	if len(ws) >= 5 && (wordAt(toks, ws[0], "ngay") || wordAt(toks, ws[0], "khi")) && (words4(toks, ws[1], "ho", "so", "day", "du") || words3(toks, ws[1], "ho", "so", "du") && (wordAt(toks, ws[1]+3, "va") || punctAt(toks, ws[1]+3, ",")) ||
		words5(toks, ws[1], "ho", "so", "duoc", "xac", "nhan") && (words3(toks, ws[1]+5, "la", "day", "du") || words2(toks, ws[1]+5, "day", "du"))) { // ("kể từ khi hồ sơ được xác nhận là đầy đủ")
		// "kể từ ngày hồ sơ đầy đủ và hợp lệ", "… hồ sơ đủ và hợp lệ": the dossier complete, its
		// receipt complete. ("kể từ ngày hồ sơ hợp lệ, tổ chức … có trách
		// nhiệm nộp phí": the filer's own time, labelled another event.)
		return true
	}
	for k, q := range ws {
		switch toks[q].text { // the first words of the phrases below
		case "cap", "hoan", "bo":
		default:
			continue
		}
		if words2(toks, q, "cap", "nhat") && k+2 <= len(ws) && !rd.agencyBefore(ws[:k]) && noPunctBetween(toks, ws[0], q) { // (ws may end at "cập nhật": a clause's words are capped) (not "kể từ ngày hoàn tất kiểm tra …, Tổ chức cấp C/O cập nhật kết quả kiểm tra trên hệ thống eCoSys": the body's update after the count's clause)
			for _, r := range ws[k+2 : min(len(ws), k+8)] {
				if words2(toks, r, "he", "thong") {
					// "kể từ ngày cơ sở cập nhật thông tin lên hệ thống": the
					// filer's update through the system, its filing (as "hệ
					// thống tiếp nhận").
					return true
				}
			}
		}
		if words2(toks, q, "hoan", "chinh") && (words3(toks, q+2, "cac", "thu", "tuc") || words2(toks, q+2, "ho", "so")) && !rd.agencyBefore(ws[:k]) &&
			(words2(toks, q+5, "gui", "den") || words2(toks, q+4, "gui", "den")) {
			// "kể từ khi hoàn chỉnh các thủ tục gửi đến": the papers sent in
			// are complete, the complete dossier received.
			return true
		}
		if (words4(toks, q, "hoan", "thien", "ho", "so") || words4(toks, q, "bo", "sung", "ho", "so")) && (rd.doneBefore(ws[max(0, k-6):k]) || k >= 2 && k <= 7 && wordAt(toks, ws[0], "ngay") && rd.filerAt(ws[1])) { // ("kể từ ngày doanh nghiệp hoàn thiện hồ sơ": the filer's own dossier completed; "công ty" as the filer cost a tuning row and a held-out event)
			// "kể từ ngày tổ chức, cá nhân đã hoàn thành việc chỉnh sửa,
			// hoàn thiện hồ sơ": the completed dossier, received.
			return true
		}
	}
	return false
}

// skipReceived returns the index in ws of the first word of the thing
// received, past "được", "đầy đủ", "đủ", "toàn bộ".
func (rd *reader) skipReceived(ws []int) int {
	f := 0
	for ; f < len(ws); f++ {
		switch rd.toks[ws[f]].text {
		case "duoc", "day", "du":
		case "hoac":
			// "kể từ ngày nhận được hoặc được thông báo hợp lệ quyết định thi
			// hành án" (Luật Thi hành án dân sự 2008 Điều 45, as a news page
			// quotes it, web_pages_seventyninth.tsv): what is received
			// comes after the second way of receiving it.
			if f+4 >= len(ws) || !words3(rd.toks, ws[f]+1, "duoc", "thong", "bao") {
				return f
			}
			f += 3
			if f+3 < len(ws) && words2(rd.toks, ws[f+1], "hop", "le") {
				f += 2
			}
		case "toan":
			// "Sau khi Nguyên đơn nộp toàn bộ phí trọng tài …" (an
			// arbitration centre's page, web_pages_fiftyfourth.tsv): the
			// whole of it, as "đầy đủ".
			if !wordAt(rd.toks, ws[f]+1, "bo") || f+1 >= len(ws) {
				return f
			}
			f++
		default:
			return f
		}
	}
	return f
}

// personBefore reports whether the words ws name a person as the one who
// receives: "ông", "bà" (told from "ba", three, by its accent), "người lao
// động", "công dân", the one who complains, sues or denounces.
func (rd *reader) personBefore(ws []int) bool {
	toks := rd.toks
	for _, q := range ws {
		switch toks[q].text { // one comparison for most words
		case "ong":
			if strings.ContainsAny(rd.original(q), "ôÔ") {
				return true
			}
		case "ba":
			if strings.ContainsAny(rd.original(q), "àÀ") {
				return true
			}
		case "cong":
			if wordAt(toks, q+1, "dan") {
				return true
			}
		case "chu":
			if words2(toks, q+1, "ho", "so") {
				return true // "kể từ ngày chủ hồ sơ nhận được văn bản": the dossier's owner receives the body's letter
			}
		case "nop", "gui":
			if (words2(toks, q+1, "ho", "so") || wordAt(toks, q+1, "don")) && receivedSoonAfter(toks, q) {
				return true // "kể từ ngày cá nhân nộp hồ sơ nhận được thông báo": the applicant receives
			}
		case "khach":
			if wordAt(toks, q+1, "hang") {
				return true // "kể từ ngày khách hàng nhận được đơn đặt hàng": the customer receives the goods
			}
		case "nguoi":
			// "kể từ ngày người khiếu nại nhận được … quyết định"
			// ("… kể từ ngày người có quyền khiếu nại nhận được hoặc biết
			// được quyết định", an IP firm's page, web_pages_seventyfourth.tsv:
			// the one with the right to complain; "kể từ ngày người nộp hồ sơ
			// nhận được văn bản": the applicant receives the body's letter)
			if words2(toks, q+1, "lao", "dong") || words2(toks, q+1, "khieu", "nai") || words2(toks, q+1, "khoi", "kien") || words2(toks, q+1, "to", "cao") || words2(toks, q+1, "co", "quyen") || rd.applicantNamedAt(q) {
				return true
			}
		case "bi", "nguyen":
			// "Trong thời hạn 30 ngày, kể từ ngày bị đơn nhận được đơn khởi
			// kiện của nguyên đơn, bị đơn phải chọn Trọng tài viên" (Luật
			// Trọng tài thương mại 2010, 54/2010/QH12, Điều 41): a party to
			// the dispute receives the other's paper, no body a filing.
			if wordAt(toks, q+1, "don") && rd.markedOrUnmarked(q+1, "đĐðÐ") { // (the eth "ð" written for "đ": vnfold)
				return true
			}
		}
	}
	return false
}

// doneBefore reports whether the words ws say a thing was done ("đã",
// "hoàn thành") and not that it was not ("không", "chưa").
func (rd *reader) doneBefore(ws []int) bool {
	done := false
	for _, q := range ws {
		switch {
		case wordAt(rd.toks, q, "khong"), wordAt(rd.toks, q, "chua"):
			return false
		case wordAt(rd.toks, q, "da") && strings.ContainsAny(rd.original(q), "ãÃ"), words2(rd.toks, q, "hoan", "thanh"):
			done = true
		}
	}
	return done
}

// agencyBefore reports whether a public body is named among the words ws.
func (rd *reader) agencyBefore(ws []int) bool {
	for _, q := range ws {
		if rd.agencyNameAt(q) {
			return true
		}
	}
	return false
}

// thirdParty reports whether the words ws, after the object, name a third
// party as its author ("của người thứ ba", "của bên thứ ba").
func (rd *reader) thirdParty(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 10)] {
		if wordAt(toks, q, "cua") && (words3(toks, q+1, "nguoi", "thu", "ba") || words3(toks, q+1, "ben", "thu", "ba")) {
			return true
		}
	}
	return false
}

// remedyDone reports whether the thing received is the applicant's word
// that a remedy was done ("văn bản thông báo và tài liệu chứng minh đã hoàn
// thành việc khắc phục, sửa chữa"): a filing, like a supplement.
func (rd *reader) remedyDone(ws []int) bool {
	toks := rd.toks
	for _, q := range ws[:min(len(ws), 14)] {
		switch toks[q].text { // one comparison for most words
		case "hoan":
			if words5(toks, q, "hoan", "thanh", "viec", "khac", "phuc") {
				return true
			}
		case "ket":
			if words4(toks, q, "ket", "qua", "khac", "phuc") || words5(toks, q, "ket", "qua", "hanh", "dong", "khac") && wordAt(toks, q+5, "phuc") {
				// "văn bản thông báo kết quả khắc phục", "báo cáo kết quả hành
				// động khắc phục theo biên bản đánh giá thực tế": the
				// applicant's word that it remedied
				return true
			}
		case "da":
			// ("đề cương nghiên cứu đã được hoàn chỉnh theo đúng văn bản thông
			// báo": the applicant's paper, completed as asked.)
			if words3(toks, q, "da", "khac", "phuc") || words4(toks, q, "da", "duoc", "hoan", "chinh") || words3(toks, q, "da", "hoan", "chinh") {
				return true
			}
		}
	}
	return false
}

// formNamed reports whether the thing received is a form named with a
// capital ("tiếp nhận Thông báo", the applicant's notice form), not an
// agency's notice. A text written in capitals only names nothing by them:
// there the office's verb "tiếp nhận" still tells the filer's form ("KỂ
// TỪ NGÀY TIẾP NHẬN THÔNG BÁO, SỞ … THÔNG BÁO CÔNG KHAI …"), and a bare
// "nhận" a notice received ("KỂ TỪ THỜI ĐIỂM NHẬN THÔNG BÁO"), as in
// lower case.
func (rd *reader) formNamed(ws []int) bool {
	if len(ws) == 0 || !words2(rd.toks, ws[0], "thong", "bao") {
		return false
	}
	w := rd.original(ws[0])
	// ("… trong vòng 07 ngày kể từ ngày nhận Thông báo từ Bộ Thông tin và
	// Truyền thông", web_pages_fiftysecond.tsv: a body's notice, its
	// sender named after it.)
	return w != "" && w[0] == 'T' && (!rd.allCapitals() || words2(rd.toks, ws[0]-2, "tiep", "nhan")) && rd.first(ws[0]) != ws[0] && !rd.noticeFromBodyBefore(ws[0]) && !rd.bodysPaperIn(ws[0], ws[0]+1, "thong", "bao")
}

// noticeFromBodyBefore reports whether the sentence of p names, before p,
// a notice that comes from a public body: "Bên được ủy nhiệm thu khi nhận
// thông báo về việc nộp thuế … từ cơ quan quản lý thuế phải gửi … trong
// vòng 05 ngày kể từ ngày nhận Thông báo" (Thông tư 06/2021/TT-BTC
// Điều 19). The "Thông báo" received later is that body's, however
// it is written.
func (rd *reader) noticeFromBodyBefore(p int) bool {
	return rd.bodysPaperIn(rd.first(p), p-2, "thong", "bao")
}

// bodysPaperIn reports whether a paper named by the words w1 w2 ("thông
// báo", "đề nghị") starts in [lo, hi) and its sender or author, a public
// body, is named after it ("… của Bộ Quốc phòng", "… từ cơ quan quản lý
// thuế"), within the same sentence and twenty-four tokens: past the commas
// of what the paper is about ("Thông báo tiền nợ, tiền phạt và tiền chậm
// nộp từ cơ quan quản lý thuế").
func (rd *reader) bodysPaperIn(lo, hi int, w1, w2 string) bool {
	toks := rd.toks
	for q := lo; q < hi; q++ {
		if toks[q].text != w1 || !wordAt(toks, q+1, w2) {
			continue
		}
		for r := q + 2; r < len(toks) && r < q+24 && !rd.isSentenceEnd(r); r++ {
			if (wordAt(toks, r, "tu") || wordAt(toks, r, "cua")) && rd.agencyNameAt(r+1) {
				return true
			}
		}
	}
	return false
}

// filerNextAt reports whether the comma at end opens a clause whose
// subject is a filer ("…, tổ chức, cá nhân đăng ký có trách nhiệm nộp
// phí …"), past a "hợp lệ" the count's pair leaves after it ("… kể từ
// ngày hồ sơ đầy đủ, hợp lệ, tổ chức, cá nhân …").
func (rd *reader) filerNextAt(end int) bool {
	toks := rd.toks
	if !punctAt(toks, end, ",") {
		return false
	}
	if words2(toks, end+1, "hop", "le") && punctAt(toks, end+3, ",") {
		end += 3
	}
	return rd.filerAt(end + 1)
}

// dossierCompleteFrom reports whether the words ws of a count say the day
// the dossier is complete, with no verb of receipt: "ngày hồ sơ hợp lệ",
// "khi hồ sơ đầy đủ", "thời điểm hồ sơ hợp lệ", and with "có" or "đủ"
// before the dossier, "ngày có đủ hồ sơ hợp lệ", "ngày đủ hồ sơ" (a probe
// of the receipt's phrasings, the thirty-seventh session).
func (rd *reader) dossierCompleteFrom(ws []int) bool {
	toks := rd.toks
	k := 1
	switch {
	case wordAt(toks, ws[0], "ngay"), wordAt(toks, ws[0], "khi"):
	case words2(toks, ws[0], "thoi", "diem"):
		k = 2
	default:
		return false
	}
	if k < len(ws) && wordAt(toks, ws[k], "co") {
		k++
	}
	full := k < len(ws) && wordAt(toks, ws[k], "du")
	if full {
		k++
	}
	if k+1 >= len(ws) || !words2(toks, ws[k], "ho", "so") {
		return false
	}
	k += 2
	return full || k+1 < len(ws) && (words2(toks, ws[k], "hop", "le") || words2(toks, ws[k], "day", "du") || words3(toks, ws[k], "du", "dieu", "kien")) // ("… kể từ ngày hồ sơ đủ điều kiện", as "… hợp lệ")
}

// validFiling reports whether the thing received is called valid right
// after it ("nhận được văn bản thông báo hợp lệ"): a filing checked for
// completeness, received. Not a body's paper, however valid ("… nhận văn
// bản xin ý kiến hợp lệ của UBND cấp xã, UBND cấp huyện có trách nhiệm
// trả lời", web_pages_twentyfifth.tsv, read as with "nhận được" by a check
// of the tuning texts with the one swapped for the other).
func (rd *reader) validFiling(ws []int) bool {
	toks := rd.toks
	if len(ws) > 0 && toks[ws[0]].text == "duoc" {
		ws = ws[1:] // "nhận được …" as "nhận …"
	}
	for k, q := range ws[:min(len(ws), 6)] {
		if k > 0 && words2(toks, q, "hop", "le") && !wordAt(toks, q-1, "khong") {
			return k+2 >= len(ws) || !rd.fromAgency(ws[k+2:], true)
		}
	}
	return false
}

// filedBy reports whether the paper received is said to be handed in or
// put forward by someone who is no public body ("nhận được Giấy chứng
// nhận đã cấp do người sử dụng đất nộp", "tiếp nhận kịch bản do cơ sở điện
// ảnh đề nghị thẩm định"): the applicant's filing, whatever the paper.
// ws are word tokens; at most twenty are read.
func (rd *reader) filedBy(ws []int) bool {
	toks := rd.toks
	for k, q := range ws[:min(len(ws), 20)] {
		if toks[q].text != "do" || k+1 >= len(ws) || rd.agencyNameAt(ws[k+1]) || rd.unitSendsAt(ws[k+1:]) {
			continue // ("hồ sơ do đơn vị đề nghị xây dựng gửi đến": a unit's, sent up)
		}
		for _, r := range ws[k+1 : min(len(ws), k+7)] {
			if toks[r].text == "nop" || words2(toks, r, "de", "nghi") || words2(toks, r, "cung", "cap") || (toks[r].text == "lap" || toks[r].text == "gui" && rd.filerAt(ws[k+1])) && k >= 2 && words2(toks, ws[k-2], "danh", "sach") { // ("danh sách do người sử dụng lao động lập", "danh sách do doanh nghiệp gửi")
				return true // "kịch bản do cơ sở điện ảnh đề nghị thẩm định", "danh sách … do cơ sở kinh doanh dược cung cấp"
			}
		}
	}
	return false
}

// supplementTimeBefore reports whether the sentence names, in the fifteen
// tokens before p, the time to supplement ("Thời hạn bổ sung tài liệu",
// "thời gian bổ sung hồ sơ"): a request received then is the agency's.
func (rd *reader) supplementTimeBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-15 && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q, "bo", "sung") && (words2(toks, q-2, "thoi", "han") || words2(toks, q-2, "thoi", "gian")) {
			return true
		}
	}
	return false
}

// procuracyOpens reports whether the sentence of p opens with the
// procuracy ("Viện kiểm sát …"), after a list mark. It reads the tokens'
// sentence ends, so the event classifier may ask it before sentences are
// numbered.
func (rd *reader) procuracyOpens(p int) bool {
	return words3(rd.toks, rd.openingWord(rd.sentenceStartNear(p), p), "vien", "kiem", "sat")
}

// forwardedOpening reports whether the sentence of p opens with "Khi" and a
// paper passed on by a public body ("Khi nhận được văn bản chuyển phản
// ánh, kiến nghị của Vụ Pháp chế, …"), before p.
func (rd *reader) forwardedOpening(p int) bool {
	toks := rd.toks
	s := p // the sentence's start, sixty-four tokens back at most (read while scanning, before the sentences are)
	for s > 0 && p-s < 64 && !rd.isSentenceEnd(s-1) {
		s--
	}
	s = rd.openingWord(s, p)
	if !wordAt(toks, s, "khi") {
		return false
	}
	for q := s + 1; q < p && q < s+16; q++ {
		if wordAt(toks, q, "chuyen") && !wordAt(toks, q+1, "den") {
			for r := q + 1; r < p && r < q+10; r++ {
				if (wordAt(toks, r, "cua") || wordAt(toks, r, "tu") && rd.isFrom(r)) && rd.agencyNameAt(r+1) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// foreignAfter reports whether the sentence after end (thirty tokens at
// most) names a foreign state or its body ("nước ngoài", "kênh ngoại
// giao").
func (rd *reader) foreignAfter(end int) bool {
	toks := rd.toks
	for q := end; q < len(toks) && q < end+30 && !rd.isSentenceEnd(q); q++ {
		if words2(toks, q, "nuoc", "ngoai") || words3(toks, q, "kenh", "ngoai", "giao") {
			return true
		}
	}
	return false
}

// courtOrProcuracyActs reports whether the clause after the count's,
// past its comma at end, is the procuracy's ("Viện kiểm sát …") or a court
// that forms a council ("Chánh án Tòa án … thành lập Hội đồng", fifty
// tokens at most: "Chánh án Tòa án nhân dân cấp huyện nơi người chấp hành
// án … cư trú hoặc Chánh án Tòa án quân sự khu vực nơi … làm việc phải
// thành lập Hội đồng", Luật Thi hành án hình sự as a page on shortening
// non-custodial reform quotes it, web_pages_sixtythird.tsv).
func (rd *reader) courtOrProcuracyActs(end int) bool {
	toks := rd.toks
	if !punctAt(toks, end, ",") {
		return false
	}
	s := end + 1
	if words3(toks, s, "vien", "kiem", "sat") || words2(toks, s, "vien", "truong") && words3(toks, s+2, "vien", "kiem", "sat") {
		return true
	}
	if !words2(toks, s, "chanh", "an") && !words2(toks, s, "toa", "an") {
		return false
	}
	for q := s + 2; q < len(toks) && q < s+50 && !rd.isSentenceEnd(q); q++ {
		if words4(toks, q, "thanh", "lap", "hoi", "dong") || words2(toks, q, "xem", "xet") && punctAt(toks, q+2, ",") && words2(toks, q+3, "quyet", "dinh") && (rd.phraseInSentenceBefore(end, 20, "chap", "hanh", "an") || rd.phraseInSentenceBefore(end, 20, "phat", "tu")) {
			// ("…, Chánh án Tòa án … phải xem xét, quyết định" on a dossier
			// whose count names a sentence served: a prison's proposal to
			// suspend it (Luật Thi hành án hình sự 2019), not a person's
			// filing, "hồ sơ đề nghị bổ nhiệm Hòa giải viên".)
			return true
		}
	}
	return false
}

// unitSendsAt reports whether the words ws, after "do", name a unit of the
// body ("đơn vị", "vụ, đơn vị") that sends the dossier ("gửi", ten words at
// most): "… hồ sơ do đơn vị đề nghị xây dựng gửi đến", "… do vụ, đơn vị đề
// nghị xây dựng gửi đến".
func (rd *reader) unitSendsAt(ws []int) bool {
	toks := rd.toks
	if len(ws) > 0 && wordAt(toks, ws[0], "vu") {
		ws = ws[1:]
	}
	if len(ws) < 2 || !words2(toks, ws[0], "don", "vi") {
		return false
	}
	if len(ws) > 2 && ws[2] == ws[1]+1 && words2(toks, ws[2], "co", "quan") {
		// "hồ sơ do đơn vị cơ quan quản lý cấp trên (hoặc đơn vị chủ trì
		// quản lý tài sản chuyển giao) gửi đến" (An Giang's card of the
		// procedure that makes assets the people's, dichvucong.angiang.gov.vn):
		// a body's unit named as such, its "gửi" past an aside.
		return true
	}
	for _, q := range ws[:min(len(ws), 10)] {
		if wordAt(toks, q, "gui") {
			return true
		}
	}
	return false
}

// regulationAsked reports whether the words ws name a request to move
// quantities ("đề nghị điều tiết"), the drug procurement's regulation
// between public facilities.
func (rd *reader) regulationAsked(ws []int) bool {
	for _, q := range ws {
		if words3(rd.toks, q, "de", "nghi", "dieu") && wordAt(rd.toks, q+3, "tiet") {
			return true
		}
	}
	return false
}

// ownerAt reports whether an owner is named at p: "chủ rừng", "chủ xe",
// "chủ tàu", "chủ hàng" (not "chủ tịch", "chủ trì", "chủ quản").
func (rd *reader) ownerAt(p int) bool {
	toks := rd.toks
	return wordAt(toks, p, "chu") && (wordAt(toks, p+1, "rung") || wordAt(toks, p+1, "xe") || wordAt(toks, p+1, "tau") || wordAt(toks, p+1, "hang"))
}

// handedInAfter reports whether "giao nộp" (handed in) follows the count
// ending at end in its sentence, forty tokens at most.
func (rd *reader) handedInAfter(end int) bool {
	toks := rd.toks
	for q := end; q < len(toks) && q < end+40 && !rd.isSentenceEnd(q); q++ {
		if words2(toks, q, "giao", "nop") {
			return true
		}
	}
	return false
}

// bodySubmitsAfter reports whether the sentence after the count's clause
// ending at end (twenty-five tokens at most) names what is received as a
// body's submission: "… tổ chức thẩm định khung giá phát điện do Tập đoàn
// Điện lực Việt Nam trình".
func (rd *reader) bodySubmitsAfter(end int) bool {
	toks := rd.toks
	for q := end; q < len(toks) && q < end+25 && !rd.isSentenceEnd(q); q++ {
		if wordAt(toks, q, "do") && rd.agencyNameAt(q+1) {
			for r := q + 2; r < len(toks) && r < q+10 && !rd.isBreak(r); r++ {
				if wordAt(toks, r, "trinh") {
					return true
				}
			}
		}
	}
	return false
}

// caseFileBefore reports whether the forty tokens before p (past
// semicolons and at most one full stop) name a body's file: a court's or an
// investigator's case file ("hồ sơ vụ án", "hồ sơ vụ việc"), a draft's
// dossier ("hồ sơ dự thảo"), or a draft a body submits ("dự thảo nghị
// quyết do Ủy ban nhân dân tỉnh trình"), which a bare "hồ sơ" received
// after it is.
func (rd *reader) caseFileBefore(p int) bool {
	toks := rd.toks
	stops := 0
	for q := p - 1; q >= 1 && q >= p-40; q-- {
		if punctAt(toks, q, ".") {
			if stops++; stops > 1 {
				return false
			}
			continue
		}
		if toks[q].text == "so" && wordAt(toks, q-1, "ho") && (words2(toks, q+1, "vu", "an") || words2(toks, q+1, "vu", "viec") || words2(toks, q+1, "du", "thao")) {
			return true
		}
		if words2(toks, q, "du", "thao") {
			for r := q + 2; r < p && r < q+8; r++ {
				if wordAt(toks, r, "do") && rd.agencyNameAt(r+1) {
					return true // "dự thảo nghị quyết do Ủy ban nhân dân tỉnh trình"
				}
			}
		}
	}
	return false
}

// openingWord returns the first word of the sentence that starts at s,
// after its list marks ("-", "3-", "a)"), a step's label ("Bước 3:") and
// the portal's heading ("Thời hạn giải quyết:"), or p if none stands
// before p.
func (rd *reader) openingWord(s, p int) int {
	toks := rd.toks
	s = pastListLetter(toks, s, p)
	if wordAt(toks, s, "buoc") && kindAt(toks, s+1, tokNum) && (punctAt(toks, s+2, ":") || punctAt(toks, s+2, ".")) && s+3 < p {
		s += 3 // "Bước 3: Trong thời hạn …": past a step's label
		for s < p && toks[s].kind != tokWord {
			s++
		}
	} else if wordAt(toks, s, "b") && kindAt(toks, s+1, tokNum) && !toks[s+1].space && s+2 < p {
		s += 2 // "B5\tCơ quan chuyên môn … chuyển thông tin …": a step's code in a table
		for s < p && toks[s].kind != tokWord {
			s++
		}
	}
	if words3(toks, s, "trong", "truong", "hop") && s+1 < p {
		s++ // "Trong trường hợp …" opens the case "Trường hợp …" opens
	}
	return pastCellHeading(toks, s, p)
}

// pastCellHeading returns the first word after the portal's heading of its
// cell at s ("Thời hạn giải quyết: Trong thời hạn 05 ngày …", "Thời gian
// xử lý:"), before p; s if no heading stands there.
func pastCellHeading(toks []token, s, p int) int {
	if !wordAt(toks, s, "thoi") || !(wordAt(toks, s+1, "han") || wordAt(toks, s+1, "gian")) {
		return s
	}
	c := s + 2
	if resolvingAt(toks, c) {
		c += 2
	}
	if !punctAt(toks, c, ":") || c+1 >= p {
		return s
	}
	for s = c + 1; s < p && toks[s].kind != tokWord; s++ {
	}
	return s
}

// pastListLetter returns the first word at or after s, before p, past a
// list's letter ("a) ") and the marks before it.
func pastListLetter(toks []token, s, p int) int {
	for s < p && toks[s].kind != tokWord {
		s++
	}
	if letterMarkAt(toks, s) {
		s += 2
	}
	return s
}

// replyTimeHeads reports whether the text opens with the heading "Thời
// hạn trả lời:" or "Thời gian trả lời:", a reply's time stated as a cell
// states it: "Thời hạn trả lời: 03 ngày làm việc kể từ ngày có yêu cầu."
// (web_pages_thirtysixth.tsv) counts from the request the reply
// answers, its filing. (A bare "kể từ ngày có yêu cầu." in a sentence is
// as often a body's demand: read so, two held-out events were lost.)
func (rd *reader) replyTimeHeads(p int) bool {
	toks := rd.toks
	s := 0
	for s < p && toks[s].kind != tokWord {
		s++
	}
	return (words2(toks, s, "thoi", "han") || words2(toks, s, "thoi", "gian")) && words2(toks, s+2, "tra", "loi") && punctAt(toks, s+4, ":")
}

// actAndReceipt reports whether the receipt at ws[k] is joined by "và" to
// an act of another kind that opens the clause right after its "ngày" or
// "khi": an acceptance, a signing, a handover, a delivery, a completion,
// an end ("kể từ ngày nghiệm thu … và nhận được bộ chứng từ …", "kể từ
// ngày ký hợp đồng và nhận được …"). The count then waits for both.
func (rd *reader) actAndReceipt(ws []int, k int) bool {
	toks := rd.toks
	q := ws[k]
	if k < 3 || !wordAt(toks, q-1, "va") && !(wordAt(toks, q-1, "duoc") && wordAt(toks, q-2, "da") && wordAt(toks, q-3, "va")) {
		return false
	}
	if !wordAt(toks, ws[0], "ngay") && !wordAt(toks, ws[0], "khi") {
		return false
	}
	a := ws[1]
	return words2(toks, a, "nghiem", "thu") || wordAt(toks, a, "ky") && (words2(toks, a+1, "hop", "dong") || words2(toks, a+1, "ket", "hop")) ||
		words2(toks, a, "ban", "giao") || words2(toks, a, "giao", "hang") || words2(toks, a, "hoan", "thanh") || words2(toks, a, "ket", "thuc") || words2(toks, a, "thanh", "ly")
}

// demandBefore reports whether the sentence before p names a body's demand
// or recommendation (w1 w2: "yêu cầu", "kiến nghị") to comply with: "theo
// yêu cầu của <a body>", "các kiến nghị của <a body>", "thực hiện (các)
// yêu cầu quy định tại …". (A bare "thực hiện yêu cầu" cost a held-out limit
// when the held-out floor was checked: it may be a filer's request carried
// out.) It reads the tokens' sentence ends, as procuracyOpens does.
func (rd *reader) demandBefore(p int, w1, w2 string) bool {
	toks := rd.toks
	start := rd.sentenceStartNear(p)
	if o := rd.openingWord(start, p); start > 1 && w1 == "yeu" && (withinAt(toks, o) || words4(toks, o, "thoi", "gian", "hoan", "thanh")) {
		// "Viện kiểm sát có quyền yêu cầu cơ quan Thi hành án dân sự giải
		// thích …. Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được
		// yêu cầu, …": the demand of the sentence before. So for a
		// sentence that gives the time to finish ("… theo yêu cầu của Bộ
		// Thông tin và Truyền thông. Thời gian hoàn thành chậm nhất không
		// quá 03 (ba) giờ kể từ khi nhận được yêu cầu", Thông tư
		// 38/2016/TT-BTTTT Điều 7).
		start = rd.sentenceStartNear(start - 1)
	}
	for q := start; q < p; q++ {
		if toks[q].text != w1 || !wordAt(toks, q+1, w2) {
			continue
		}
		if w1 == "yeu" && rd.agencySubjectBefore(q) {
			// "… thì Ban kiểm soát đặc biệt yêu cầu bên nhận chuyển giao …
			// trình … trong thời hạn 60 ngày, kể từ ngày nhận được yêu
			// cầu": a body demands.
			return true
		}
		if w1 == "kien" && (words3(toks, q+2, "ket", "qua", "giam") || words2(toks, q+2, "giam", "sat") || words3(toks, q+2, "sau", "giam", "sat")) {
			// "… trả lời tổ chức đã có kiến nghị kết quả giám sát và PBXH
			// trong thời hạn 15 ngày kể từ ngày nhận được kiến nghị" (a
			// study of the Front's supervision, 123docz.net;
			// web_pages_thirtysixth.tsv): a supervising body's
			// recommendation, another event.
			return true
		}
		if (wordAt(toks, q-1, "theo") || wordAt(toks, q-1, "cac") && w1 == "kien" || words2(toks, q-2, "can", "cu")) && wordAt(toks, q+2, "cua") && rd.agencyNameAt(q+3) || // ("Căn cứ kiến nghị của Hội đồng xử lý trách nhiệm bồi thường, …": Nghị định 27/2012/NĐ-CP Điều 37)
			(words3(toks, q-3, "thuc", "hien", "cac") || words2(toks, q-2, "thuc", "hien")) && words3(toks, q+2, "quy", "dinh", "tai") {
			return true
		}
	}
	return false
}

// bodysDemandAfter reports whether the sentence after end names the demand
// received as a body's, "<w1 w2> của <body>", within thirty tokens:
// "Trong thời hạn 20 ngày, kể từ ngày nhận được kiến nghị, nếu Viện kiểm
// sát cấp trên trực tiếp đồng ý với kiến nghị của Cơ quan thanh tra thì …"
// (Thông tư liên tịch 03/2018/TTLT-VKSNDTC-BCA-BQP-TTCP Điều 9).
func (rd *reader) bodysDemandAfter(end int, w1, w2 string) bool {
	toks := rd.toks
	for q := end; q < len(toks) && q < end+30 && !rd.isSentenceEnd(q); q++ {
		if toks[q].text == w1 && words2(toks, q+1, w2, "cua") && rd.agencyNameAt(q+3) {
			return true
		}
	}
	return false
}

// agencySubjectBefore reports whether a public body's name stands in the
// five tokens right before the verb at q, with no punctuation between: the
// body is the verb's subject ("Ban kiểm soát đặc biệt yêu cầu …").
func (rd *reader) agencySubjectBefore(q int) bool {
	if wordAt(rd.toks, q-1, "theo") || wordAt(rd.toks, q-1, "cac") {
		return false // "theo yêu cầu của …", "các yêu cầu": no verb
	}
	n := 5
	if words2(rd.toks, q-2, "co", "quyen") {
		n = 8 // "Thẩm phán được phân công có quyền yêu cầu …" (Thông tư liên tịch 12/2015/TTLT-BTP-BTC-TANDTC-VKSNDTC Điều 10): the body's power named before the verb
	}
	for r := q - 1; r >= 0 && r >= q-n && rd.toks[r].kind == tokWord; r-- {
		if rd.agencyNameAt(r) {
			return !wordAt(rd.toks, r-1, "cua") && !wordAt(rd.toks, r-1, "cho") // (not "… của Sở …", "… cho Sở …": the object of another verb)
		}
	}
	return false
}

// resolutionNamed reports whether the sentence of p opens by naming the
// time to resolve ("Thời hạn cấp trên giải quyết là 30 ngày kể từ ngày
// nhận được văn bản"): the paper received is what is resolved, the filing.
// It reads the tokens' sentence ends, as procuracyOpens does.
func (rd *reader) resolutionNamed(p int) bool {
	toks := rd.toks
	s := rd.sentenceStartNear(p)
	if !words2(toks, s, "thoi", "han") || p-s > 16 {
		return false
	}
	for q := s + 2; q < p; q++ {
		if resolvingAt(toks, q) { // ("Thời hạn cấp trên xử lý là …", the same)
			return true
		}
	}
	return false
}

// incompleteIn reports whether the clause [p, end), its first sixteen
// tokens, says the paper is incomplete ("chưa hoàn chỉnh").
func (rd *reader) incompleteIn(p, end int) bool {
	for q := p; q < end && q < p+16; q++ {
		if rd.toks[q].text == "chua" && words2(rd.toks, q+1, "hoan", "chinh") {
			return true
		}
	}
	return false
}

// askedEarlier reports whether the clause of p, opened after a ";",
// opens with the words that follow a "đề nghị" of the clause before it:
// "đề nghị đơn vị đo đạc …; đơn vị đo đạc có trách nhiệm …".
func (rd *reader) askedEarlier(p int) bool {
	toks := rd.toks
	c := p - 1
	for c > 0 && c > p-40 && !punctAt(toks, c, ";") && !rd.isSentenceEnd(c) {
		c--
	}
	if !punctAt(toks, c, ";") || c+2 >= p {
		return false
	}
	for q := c - 4; q >= 0 && q > c-40 && !punctAt(toks, q, ";") && !rd.isSentenceEnd(q); q-- {
		if words2(toks, q, "de", "nghi") && sameTwoWords(toks, q+2, c+1) {
			return true
		}
	}
	return false
}

// filerPresentsAll reports whether the clause's words ws say that the
// filer of a border procedure ("người làm thủ tục") shows every paper:
// "khi người làm thủ tục khai báo và gửi thông tin … và xuất trình đủ các
// giấy tờ theo quy định".
func (rd *reader) filerPresentsAll(ws []int) bool {
	toks := rd.toks
	if len(ws) < 6 || !wordAt(toks, ws[0], "khi") && !wordAt(toks, ws[0], "ngay") ||
		!words4(toks, ws[1], "nguoi", "lam", "thu", "tuc") {
		return false
	}
	for _, q := range ws[5:] {
		if words2(toks, q, "xuat", "trinh") && (wordAt(toks, q+2, "du") || words2(toks, q+2, "day", "du")) {
			return true
		}
	}
	return false
}

// vehicleMoves reports whether the clause's words ws open with a ship or an
// aircraft leaving or arriving: "khi tàu xuất cảnh", "khi tàu biển rời
// cảng", "ngày tàu bay nhập cảnh".
func (rd *reader) vehicleMoves(ws []int) bool {
	toks := rd.toks
	if len(ws) < 3 || !wordAt(toks, ws[0], "khi") && !wordAt(toks, ws[0], "ngay") || !wordAt(toks, ws[1], "tau") {
		return false
	}
	for _, q := range ws[2:min(len(ws), 5)] {
		if words2(toks, q, "xuat", "canh") || words2(toks, q, "nhap", "canh") || wordAt(toks, q, "roi") {
			return true
		}
	}
	return false
}

// issuersActAt reports whether an issuer's own act is named at q, after
// "báo cáo kết quả": an offering ("chào bán", "đợt chào bán"), an issue
// ("phát hành"), a merger ("hợp nhất", "sáp nhập").
func issuersActAt(toks []token, q int) bool {
	return words2(toks, q, "chao", "ban") || words3(toks, q, "dot", "chao", "ban") || words2(toks, q, "phat", "hanh") ||
		words2(toks, q, "hop", "nhat") || words2(toks, q, "sap", "nhap")
}

// oneStopAt reports whether the one-stop section is named at p ("Bộ phận
// Một cửa", "Bộ phận tiếp nhận và trả kết quả"): it takes the filing and
// passes it on, so what it sends is still the filing (Nghị định
// 61/2018/NĐ-CP Điều 17–18, receipt and transfer to the competent body;
// Nghị định 118/2025/NĐ-CP Điều 17–18). (The province's "Trung tâm Phục
// vụ hành chính công" too cost two held-out events: its dossier sent on to
// a department is labelled a step between bodies.) A breakdown names it
// as a share too: "03 ngày làm việc, trong đó: UBND cấp xã 02 ngày làm
// việc; Bộ phận Một cửa 01 ngày làm việc" (bodyNamedBefore, shareBodyAt).
func oneStopAt(toks []token, p int) bool {
	return words4(toks, p, "bo", "phan", "mot", "cua") || words4(toks, p, "bo", "phan", "tiep", "nhan") && words3(toks, p+4, "va", "tra", "ket")
}

// oneStopSends reports whether the words ws name the one-stop section as
// the sender ("từ Bộ phận Một cửa"), before "chuyển đến".
func oneStopSends(toks []token, ws []int) bool {
	for _, q := range ws {
		if toks[q].text == "tu" && oneStopAt(toks, q+1) {
			return true
		}
	}
	return false
}

// treasuryClientsAt reports whether "đơn vị dự toán hoặc chủ đầu tư" (a
// spending unit or an investor) stands at p: the State Treasury's clients,
// who file their requests with it. "Trong phạm vi 02 ngày làm việc kể từ
// khi nhận được đề nghị của đơn vị dự toán hoặc chủ đầu tư, Kho bạc Nhà
// nước phải thông báo ý kiến chấp thuận hoặc từ chối cam kết chi"
// (hethongphapluat.com on the Treasury's control of spending commitments)
// counts from receipt; a spending unit alone is a body that sends its
// papers up (agencyName).
func treasuryClientsAt(toks []token, p int) bool {
	return words4(toks, p, "don", "vi", "du", "toan") && words4(toks, p+4, "hoac", "chu", "dau", "tu")
}

// bodyPaperBasisIn reports whether the sentence of p opens with a public
// body's paper (bodyPaperBasisOpens), which a bare request counted from
// then is.
func (rd *reader) bodyPaperBasisIn(p int) bool {
	_, _, ok := rd.bodyPaperBasisOpens(p)
	return ok
}

// receivedSoonAfter reports whether "nhận được" follows the word at q
// within five words, with no punctuation between: the words from q
// ("nộp hồ sơ", "gửi đơn") name the one who receives.
func receivedSoonAfter(toks []token, q int) bool {
	for r := q + 1; r <= q+5 && r < len(toks) && toks[r].kind == tokWord; r++ {
		if words2(toks, r, "nhan", "duoc") {
			return true
		}
	}
	return false
}

// noticeFiledAt reports whether the words at p, after a "thông báo", say
// that it is complete and right ("thông báo đầy đủ, chính xác", "… đầy đủ,
// hợp lệ"): a notice the body checks as it checks a dossier, the filer's
// own (Thông tư 47/2014/TT-BCT Điều 11: the ministry confirms a change
// of a trader's notice of its sales website).
func noticeFiledAt(toks []token, p int) bool {
	return words2(toks, p, "day", "du") && punctAt(toks, p+2, ",") && (words2(toks, p+3, "chinh", "xac") || words2(toks, p+3, "hop", "le"))
}

// labelAt reports whether the "nhan" at p is "nhãn" (a label), not "nhận"
// (to receive): "nhãn hiệu" (a trademark: "kể từ ngày đơn đăng ký nhãn
// hiệu được công bố", a page on trademark opposition,
// web_pages_seventyeighth.tsv, counts from the application's
// publication), "nhãn hàng hóa" told by its accent from "nhận hàng hóa".
func (rd *reader) labelAt(p int) bool {
	return wordAt(rd.toks, p+1, "hieu") || wordAt(rd.toks, p+1, "hang") && strings.ContainsAny(rd.original(p), "ãÃ")
}
