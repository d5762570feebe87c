package sla_test

import (
	"testing"

	"github.com/motcua/motcua/sla"
)

// TestReadLimitHalvesWritten: a half written in words ("rưỡi" after the
// unit, "nửa" before it) or as "½" reads as the decimal in digits does.
// Half a working day or hour is an amount; half a calendar day or month is
// unreadable, as "0,5 ngày" and "1,5 tháng" are (a Limit holds whole
// calendar days and months; the Civil Code 2015 counts "nửa tháng" as 15
// days only for periods that do not run on, Art. 146(1)). Before, "02 ngày
// rưỡi làm việc" read as 2 calendar days and "1 giờ rưỡi" as 1 working
// hour.
func TestReadLimitHalvesWritten(t *testing.T) {
	for _, tc := range []struct{ in, same string }{
		{"02 ngày rưỡi làm việc", "2,5 ngày làm việc"},
		{"Trong thời hạn 02 ngày rưỡi làm việc kể từ ngày nhận đủ hồ sơ", "Trong thời hạn 2,5 ngày làm việc kể từ ngày nhận đủ hồ sơ"},
		{"hai ngày rưỡi làm việc", "2,5 ngày làm việc"},
		{"mười lăm ngày rưỡi làm việc", "15,5 ngày làm việc"},
		{"hai (02) ngày rưỡi làm việc", "2,5 ngày làm việc"},
		{"02 (hai) ngày rưỡi làm việc", "2,5 ngày làm việc"},
		{"1 giờ rưỡi", "1,5 giờ"},
		{"một giờ rưởi", "1,5 giờ"}, // the common misspelling
		{"nửa ngày làm việc", "0,5 ngày làm việc"},
		{"Trong nửa ngày làm việc kể từ ngày nhận đủ hồ sơ", "Trong 0,5 ngày làm việc kể từ ngày nhận đủ hồ sơ"},
		{"trong vòng nửa giờ", "trong vòng 0,5 giờ"},
		{"½ ngày làm việc", "0,5 ngày làm việc"},
		{"1½ ngày làm việc", "1,5 ngày làm việc"},
		// Unreadable, as the digits are.
		{"2 ngày rưỡi", "2,5 ngày"},
		{"½ ngày", "0,5 ngày"},
		{"Không quá nửa ngày", "Không quá 0,5 ngày"},
		{"1 tháng rưỡi", "1,5 tháng"},
		{"một tháng rưỡi", "1,5 tháng"},
		{"nửa tháng", "0,5 tháng"},
		// The digits after the words say it again (provincial_catalogues.tsv:25).
		{"Mười ngày rưỡi 10,5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "10,5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."},
		// No half: "nữa" (more) after the unit, "nửa" with no unit after it.
		{"thêm 05 ngày nữa", "thêm 05 ngày"},
		{"Trong 05 ngày làm việc, một nửa số hồ sơ", "Trong 05 ngày làm việc, một số hồ sơ"},
	} {
		r, errR := sla.ReadLimit(tc.in)
		w, errW := sla.ReadLimit(tc.same)
		if (errR == nil) != (errW == nil) || readingShape(r) != readingShape(w) {
			t.Errorf("ReadLimit(%q) = %q (%s), want as ReadLimit(%q) = %q (%s)", tc.in, r.String(), readingShape(r), tc.same, w.String(), readingShape(w))
		}
	}
	// The reading quotes the text's own words.
	r, _ := sla.ReadLimit("Trong thời hạn 02 ngày rưỡi làm việc")
	if l, ok := r.Limit(); !ok || l.String() != "2,5 ngày làm việc" || len(r.Why) == 0 || r.Why[0].Words != "02 ngày rưỡi làm việc" {
		t.Errorf("ReadLimit(02 ngày rưỡi làm việc) = %q, why %+v; want 2,5 ngày làm việc quoting \"02 ngày rưỡi làm việc\"", r.String(), r.Why)
	}
}
