package sla_test

import (
	"testing"

	"github.com/motcua/motcua/sla"
)

// TestReadLimitConditionWords checks the words a case is quoted with:
// where the case ends decides what a reviewer reads, and a case that runs
// on into the count or into the next case misleads. Each row is a real
// text, with its source.
func TestReadLimitConditionWords(t *testing.T) {
	cases := []struct {
		in   string
		want string // the first conditional alternative's Condition, or a conditioned extension's
	}{
		// The case ends where the count opens, with "kể từ" (national
		// portal 2026, thủ tục 1.010094) or "tính từ" (Thông tư
		// 35/2018/TT-BYT Điều 4 khoản 16 điểm a, through the Bộ pháp điển).
		{in: "- Trong thời hạn quy định (05 ngày làm việc đối với hồ sơ đề nghị cấp hộ chiếu lần đầu) kể từ ngày tiếp nhận đầy đủ hồ sơ hợp lệ, nếu đủ căn cứ để cấp hộ chiếu, CQĐD cấp HCPT (không gắn chip điện tử), trả kết quả cho người đề nghị",
			want: "đối với hồ sơ đề nghị cấp hộ chiếu lần đầu"},
		{in: "a) 12 tháng đối với trường hợp có yêu cầu thay đổi về nhà xưởng, thiết bị sản xuất, tính từ thời điểm tài liệu cập nhật được công bố;",
			want: "đối với trường hợp có yêu cầu thay đổi về nhà xưởng, thiết bị sản xuất"},
		// "tỉnh từ chối" folds as "tính từ" does and opens no count
		// (national portal 2026, thủ tục 1.004426).
		{in: "(1) Trong thời hạn 14 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, trường hợp việc ấn định và phối hợp tần số trong nước không khả thi, Ủy ban nhân dân cấp tỉnh từ chối cấp giấy phép và nêu rõ lý do;",
			want: "trường hợp việc ấn định và phối hợp tần số trong nước không khả thi, Ủy ban nhân dân cấp tỉnh từ chối cấp giấy phép và nêu rõ lý do"},
		// The scope right after a duration ends at the comma that opens the
		// next case (motcua.daklak.gov.vn, thủ tục 25971).
		{in: "- Trong ngày đối với việc bổ sung hộ tịch, trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo;",
			want: "đối với việc bổ sung hộ tịch"},
		// The case ends before the words that open its duration, "trong
		// thời hạn", "trong vòng", "không quá" (national portal 2026, thủ
		// tục 1.014732, catalogue_repos10.tsv); a case that says "nhưng"
		// before them keeps them ("… nhưng thời gian trả lời không vượt
		// quá": the same time again).
		{in: "Trường hợp hồ sơ chưa đầy đủ và hợp lệ, trong thời hạn 03 ngày kể từ ngày tiếp nhận hồ sơ, cơ quan có thẩm quyền thông báo để tổ chức, cá nhân bổ sung, hoàn chỉnh hồ sơ;",
			want: "Trường hợp hồ sơ chưa đầy đủ và hợp lệ"},
		{in: "Trường hợp hồ sơ chưa đầy đủ và hợp lệ, trong vòng không quá 03 ngày làm việc, cơ quan tiếp nhận thông báo cho tổ chức.",
			want: "Trường hợp hồ sơ chưa đầy đủ và hợp lệ"},
		{in: "Trường hợp cần thiết, cơ quan có thẩm quyền lấy ý kiến của Bộ Khoa học và Công nghệ nhưng thời gian trả lời chủ thể không vượt quá 11 ngày làm việc.",
			want: "Trường hợp cần thiết, cơ quan có thẩm quyền lấy ý kiến của Bộ Khoa học và Công nghệ nhưng thời gian trả lời chủ thể không vượt quá"},
		// A case after its duration ends where "và" opens the next cap
		// (a page on forensic examinations, web_pages_sixtyfirst.tsv).
		{in: "- Không quá 09 ngày đối với các trường hợp giám định xâm hại tình dục, hành hạ ngược đãi, xác định giới tính, sự có thai, khả năng tình dục nam và không quá 18 ngày đối với trường hợp phải hội chẩn.",
			want: "đối với các trường hợp giám định xâm hại tình dục, hành hạ ngược đãi, xác định giới tính, sự có thai, khả năng tình dục nam"},
		// A case ends before the extension's verb and its "nhưng" ("có
		// thể kéo dài nhưng không quá", provincial.tsv; "có thể gia hạn
		// nhưng không quá", legal_new9.tsv).
		{in: "Trường hợp cần xác minh có thể kéo dài nhưng không quá 05 ngày làm việc.",
			want: "Trường hợp cần xác minh"},
		// A case's words end before the words that open its duration, and
		// before a page's bold marks (a law firm's answer in markdown,
		// catalogue_repos2.tsv; a commune's card, commune_export3.tsv).
		{in: "*   Nếu tố cáo không thuộc thẩm quyền giải quyết, trong thời hạn **05 ngày làm việc**, cơ quan nhận đơn phải chuyển đơn đến cơ quan có thẩm quyền và thông báo cho bạn biết.",
			want: "Nếu tố cáo không thuộc thẩm quyền giải quyết"},
		{in: "- Trong thời hạn không quá 01 ngày đối với đám tang, không quá 03 ngày làm việc đối với các trường hợp khác, cơ quan có thẩm quyền giải quyết thủ tục hành chính tiến hành kiểm tra nếu đủ điều kiện quy định thì có văn bản cấp phép sử dụng tạm thời lòng đường, vỉa hè vào mục đích khác theo mẫu.",
			want: "đối với đám tang"},
		// … and before a cap after "nhưng" (Bộ luật Tố tụng hình sự,
		// legal_excl2.tsv's kind of list; a tuning row on water fees,
		// legal_events.tsv).
		{in: "đối với vụ việc phức tạp, thời hạn này có thể được kéo dài nhưng không quá 30 ngày",
			want: "đối với vụ việc phức tạp"},
		// … and before a dangling "và", "hoặc", "là" or a bracket's close
		// (catalogue_repos11.tsv, a land registration card).
		{in: "- Thời hạn giải quyết: trường hợp tặng cho quyền sử dụng đất là 10 ngày làm việc",
			want: "trường hợp tặng cho quyền sử dụng đất"},
		// A case given by a cut of the ordinary limit ends before the cut's
		// words, read on the tokens, so with the marks dropped too; a case
		// ends before the limit's name ("…, thời hạn giải quyết 3 ngày",
		// sector_texts.tsv); "tạm giam" ends no case (probes of the
		// forty-fifth session's review).
		{in: "Thoi han giai quyet: 05 ngay lam viec. Truong hop nop ho so truc tuyen thi thoi han giai quyet duoc rut ngan 01 ngay lam viec.",
			want: "Truong hop nop ho so truc tuyen"},
		{in: "10 ngày làm việc; Nếu nhận hồ sơ do người lao động nộp, thời hạn giải quyết 3 ngày làm việc",
			want: "Nếu nhận hồ sơ do người lao động nộp"},
		{in: "10 ngày làm việc; trường hợp bị can đang bị tạm giam thì 05 ngày làm việc",
			want: "trường hợp bị can đang bị tạm giam"},
	}
	for _, tc := range cases {
		r, err := sla.ReadLimit(tc.in)
		if err != nil {
			t.Fatalf("ReadLimit(%q): %v", tc.in, err)
		}
		got, found := "", false
		for _, a := range r.Alternatives {
			if a.Kind == sla.AltConditional || a.Kind == sla.AltExtension && a.Condition != "" {
				got, found = a.Condition, true
				break
			}
		}
		if !found || got != tc.want {
			t.Errorf("ReadLimit(%q): case %q (found %v), want %q", tc.in, got, found, tc.want)
		}
	}
}
