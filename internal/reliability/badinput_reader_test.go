package reliability

import (
	"strings"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// The time-limit reader's rows (issue 13, issue 12 items 1, 8, 22): what
// sla.ReadLimit refuses, what the strict ParseLimit refuses on top of it,
// Period decoding, and a review of catalogue JSON.
func init() {
	catalogues["reader"] = func(sh shared) []badInput {
		readLimit := func(s string) func() error {
			return func() error { _, err := sla.ReadLimit(s); return err }
		}
		period := func(s string) func() error {
			return func() error { var p sla.Period; return p.UnmarshalText([]byte(s)) }
		}
		review := func(s string) func() error {
			return func() error { _, err := procedure.ReviewLimitsJSON([]byte(s)); return err }
		}
		validation := as[*procedure.ValidationError]()
		return []badInput{
			{"reader/empty", readLimit(""), sla.ErrLimitSyntax, limitError},
			{"reader/blank lines", readLimit(" \n\t\n "), sla.ErrLimitSyntax, limitError},
			{"reader/one byte over the cap", readLimit(strings.Repeat(" ", sla.MaxLimitTextBytes) + "5"), sla.ErrLimitTooLong, limitError},
			{"reader/1 MiB of conditions", readLimit(strings.Repeat("trường hợp thì ", mb/16)), sla.ErrLimitTooLong, limitError},
			{"reader/1 MiB of NFD marks", readLimit(strings.Repeat("e\u0302\u0301", mb/5)), sla.ErrLimitTooLong, limitError},
			{"parse/composite month and days", parseLimit("01 tháng 15 ngày"), sla.ErrLimitAmbiguous, limitError},
			{"parse/composite days and hours", parseLimit("3 ngày 4 giờ làm việc"), sla.ErrLimitAmbiguous, limitError},
			{"parse/composite with plus", parseLimit("15 ngày + 08 ngày làm việc"), sla.ErrLimitAmbiguous, limitError},
			{"parse/zero working days", parseLimit("0 ngày làm việc"), sla.ErrLimitRange, limitError},
			{"parse/zero working days padded", parseLimit("00 ngày làm việc kể từ ngày nhận đủ hồ sơ"), sla.ErrLimitRange, limitError},
			{"parse/other event", parseLimit("Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra"), sla.ErrLimitOtherEvent, limitError},
			{"parse/other event thụ lý", parseLimit("không quá 30 ngày, kể từ ngày thụ lý để giải quyết"), sla.ErrLimitOtherEvent, limitError},
			{"parse/other event council", parseLimit("15 ngày kể từ ngày Hội đồng nhân dân cấp tỉnh thông qua"), sla.ErrLimitOtherEvent, limitError},
			{"parse/only a conditional case", parseLimit("15 ngày đối với nhà ở riêng lẻ"), sla.ErrLimitAmbiguous, limitError},
			{"parse/hoặc between durations", parseLimit("05 ngày làm việc hoặc 10 ngày"), sla.ErrLimitAmbiguous, limitError},
			{"parse/range", parseLimit("6-8 ngày làm việc"), sla.ErrLimitAmbiguous, limitError},
			{"parse/extension", parseLimit("02 tháng; có thể kéo dài thêm nhưng không quá 02 tháng"), sla.ErrLimitAmbiguous, limitError},
			{"parse/cut-off", parseLimit("Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"), sla.ErrLimitAmbiguous, limitError},
			{"parse/breakdown mismatch", parseLimit("07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 05 ngày)"), sla.ErrLimitAmbiguous, limitError},
			{"parse/steps with no condition", parseLimit("Tiếp nhận hồ sơ: 03 ngày làm việc; Cấp Giấy chứng nhận: 02 ngày làm việc"), sla.ErrLimitAmbiguous, limitError},
			{"parse/years", parseLimit("Không quá 2 năm kể từ ngày nhận đủ hồ sơ"), sla.ErrLimitSyntax, limitError},
			{"parse/next day without cut-off", parseLimit("trả kết quả trong ngày làm việc tiếp theo"), sla.ErrLimitSyntax, limitError},
			{"parse/words disagree with digits", parseLimit("Mười lăm (10) ngày làm việc; 15 (mười) ngày làm việc"), sla.ErrLimitSyntax, limitError},
			{"parse/range of years", parseLimit("2-3 năm"), sla.ErrLimitSyntax, limitError},
			{"parse/only a code number", parseLimit("Luật số 47/2014/QH13 ngày 16/6/2014"), sla.ErrLimitSyntax, limitError},
			{"parse/clock time only", parseLimit("tiếp nhận từ 8 giờ đến 17 giờ"), sla.ErrLimitSyntax, limitError},
			{"parse/over the cap", parseLimit(strings.Repeat("ngày ", sla.MaxLimitTextBytes)), sla.ErrLimitTooLong, limitError},
			{"period/three parts and more", period("1 ngày + 1 ngày + 1 ngày + 1 ngày"), sla.ErrLimitSyntax, limitError},
			{"period/not canonical", period("01 tháng + 15 ngày"), sla.ErrLimitSyntax, limitError},
			{"period/dangling plus", period("1 tháng +"), sla.ErrLimitSyntax, limitError},
			{"period/words", period("một tháng"), sla.ErrLimitSyntax, limitError},
			{"start/unknown code", func() error { var s sla.Start; return s.UnmarshalText([]byte("receipt_day")) }, sla.ErrLimitSyntax, limitError},
			{"altkind/unknown code", func() error { var k sla.AltKind; return k.UnmarshalText([]byte("maybe")) }, sla.ErrLimitSyntax, limitError},
			{"concern/unknown code", func() error { var k sla.ConcernKind; return k.UnmarshalText([]byte("")) }, sla.ErrLimitSyntax, limitError},
			{"review/not JSON", review("thời hạn: 15 ngày"), procedure.ErrSyntax, validation},
			{"review/array", review("[]"), procedure.ErrSyntax, validation},
			{"review/procedures not a list", review(`{"procedures": {"code": "1.000001"}}`), procedure.ErrSyntax, validation},
			{"review/over the cap", review(`{"procedures": [` + strings.Repeat(" ", procedure.MaxReviewBytes) + `]}`), procedure.ErrSyntax, validation},
		}
	}
}
