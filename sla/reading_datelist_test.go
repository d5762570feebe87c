package sla_test

import (
	"testing"

	"github.com/motcua/motcua/sla"
)

// TestReadLimitDateListsAreNoDuration checks that the second date of a list
// written without its own "ngày" ("ngày 30 tháng 6 và 31 tháng 12") is read
// as a date, not as an amount of months, and that a day and month parted by
// a dot ("15 giờ 30 ngày 18.9") is a date, the "30" before it a clock's
// minutes, not an amount of days, and that "trong ngày đầu (tiên)" names the
// first day, no same-day limit: such texts state no duration.
func TestReadLimitDateListsAreNoDuration(t *testing.T) {
	for _, tc := range []struct{ in, source string }{
		{"b) Tổ chức kinh doanh chứng khoán phải gửi Ủy ban Chứng khoán Nhà nước đồng thời công bố thông tin trên trang thông tin điện tử của tổ chức kinh doanh chứng khoán báo cáo tỷ lệ an toàn tài chính tại ngày 30 tháng 6 và 31 tháng 12 theo mẫu quy định tại Phụ lục V hoặc Phụ lục VI ban hành kèm theo Thông tư này sau khi đã được soát xét, kiểm toán bởi tổ chức kiểm toán được chấp thuận.", "Thông tư 91/2020/TT-BTC Điều 12"},
		{"b) Một năm 2 lần, Ủy ban nhân dân cấp huyện báo cáo Ủy ban nhân dân cấp tỉnh trước ngày 20 tháng 6, 20 tháng 11;", "Nghị định 168/2018/NĐ-CP Điều 15"},
		{"Theo đó, cơ quan chức năng tạm đình chỉ hoạt động đối với cửa hàng điện máy Tuấn Việt (địa chỉ tại TT.Hoàn Lão, H.Bố Trạch) từ 15 giờ 30 ngày 18.9 đến 15 giờ 30 ngày 18.10.", "a news report on a suspension, thanhnien.vn"},
		{"Nơi đây tiếp nhận lượng hồ sơ gấp ba lần ngày thường trong ngày đầu triển khai chính quyền hai cấp sau khi sáp nhập.", "mucnews.com on the first day of the 2025 communes"},
		{"Ông Nguyễn Tiến Triển, Chủ tịch UBND xã Việt Cường cho biết, ngay trong ngày đầu tiên, toàn bộ cán bộ đã có mặt từ 6h30 sáng để rà soát máy móc, phần mềm, kiểm tra lại danh mục thủ tục hành chính và chuẩn bị đầy đủ bàn làm việc.", "baoxaydung.vn on the same"},
	} {
		r, err := sla.ReadLimit(tc.in)
		if err != nil {
			t.Errorf("%s: ReadLimit: %v", tc.source, err)
			continue
		}
		if !r.Ordinary.IsZero() || len(r.Alternatives) > 0 || !r.NeedsDecision() {
			t.Errorf("%s: ReadLimit(%q) = %q, want no duration", tc.source, tc.in, r.String())
		}
	}
}
