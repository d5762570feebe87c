package main

import (
	"strings"
	"testing"
	"time"
)

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out strings.Builder
	if err := run(&out, args, time.Now()); err != nil {
		t.Fatalf("run(%q): %v", args, err)
	}
	return out.String()
}

func wantLines(t *testing.T, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q; got:\n%s", w, out)
		}
	}
}

// Received on Thursday 12 February 2026 at 14:30, before Tết Bính Ngọ (off
// 14–22 February 2026, Notice 9441/TB-BNV): 3 working days end on Tuesday
// 24 February; the police take the dossier at 16:15 on the 12th with 2
// working days (due Monday 23) and finish on Wednesday 25 at 10:00, the
// working day after the group's deadline: the dossier is overdue, and the
// police apologise on their step's due date with a new date, the 25th.
func TestDefaultPoliceLate(t *testing.T) {
	out := runOK(t)
	wantLines(t, out,
		"Ngày không tính: 14/02–22/02/2026 (Tết Nguyên Đán, nghỉ cuối tuần).",
		"Hạn trả kết quả theo quy định: 17:00 T3 24/02/2026.",
		"  Đăng ký thường trú          CONG-AN-XA  2 ngày làm việc  T5 12/02 17:00  T2 23/02 17:00 *",
		"  Cấp thẻ bảo hiểm y tế       BHXH-TINH   2 ngày làm việc  T5 12/02 17:00  T2 23/02 17:00\n",
		"Kế hoạch trả kết quả: 17:00 T2 23/02/2026; dự phòng đến hạn: 1 ngày làm việc.",
		"  Đăng ký thường trú          T5 12/02 16:15  T4 25/02 10:00  T2 23/02  quá hạn",
		"  Cấp thẻ bảo hiểm y tế       T5 12/02 16:15  T6 13/02 16:15  T2 23/02  trước hạn",
		"Trả kết quả: 10:30 T4 25/02/2026; hạn 17:00 T3 24/02/2026; còn dư: -2h30.",
		"Kết quả của hồ sơ (theo ngày trả): quá hạn có xin lỗi (đã xin lỗi, hẹn lại T4 25/02/2026).",
		"Cơ quan chịu trách nhiệm về chậm trễ: CONG-AN-XA (Công an xã Tân Lập)",
		"Theo cơ quan: BHXH-TINH: 1 trước hạn; CONG-AN-XA: 1 quá hạn; UBND-XA: 3 đúng hạn.",
		// Form 04, from the police, the day their step is due.
		"Mẫu số 04",
		"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
		"Tân Lập, ngày 23 tháng 02 năm 2026",
		"Mã hồ sơ: 000.00.36.H57-260212-0001",
		"ngày 25 tháng 02 năm 2026", // the new date
		// The control slip (form 06 in the 2025 list, 05 in 2018).
		"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
		"Mẫu số 06",
		"4. Giao: Công an xã Tân Lập — Đăng ký thường trú",
		"quá hạn có xin lỗi", // the police's hand-over
		"   Nhận: Nguyễn Thị Hoa (qua Cổng Dịch vụ công quốc gia, VNeID)",
	)
	if n := strings.Count(out, "Người giao:"); n != 6 {
		t.Errorf("control slip has %d hand-overs, want 6", n)
	}
}

func TestEnglish(t *testing.T) {
	out := runOK(t, "-lang", "en")
	wantLines(t, out,
		"Legal deadline: 17:00 Tue 24/02/2026.",
		"  Permanent residence registration  Thu 12/02 16:15 Wed 25/02 10:00 Mon 23/02 late",
		"Agency responsible for the delay: CONG-AN-XA (commune police)",
		"APOLOGY LETTER (form 04, in Vietnamese)",
		"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
	)
}

func TestOtherLateSteps(t *testing.T) {
	wantLines(t, runOK(t, "-late", "bhyt"),
		"  Cấp thẻ bảo hiểm y tế       T5 12/02 16:15  T4 25/02 10:00  T2 23/02  quá hạn",
		"Cơ quan chịu trách nhiệm về chậm trễ: BHXH-TINH (Bảo hiểm xã hội tỉnh Phú Thọ)",
		"BẢO HIỂM XÃ HỘI TỈNH PHÚ THỌ")
	out := runOK(t, "-late", "none")
	wantLines(t, out, "Không có cơ quan nào làm chậm hồ sơ.", "Kết quả của hồ sơ (theo ngày trả): trước hạn.")
	if strings.Contains(out, "XIN LỖI") {
		t.Errorf("no late step, yet an apology:\n%s", out)
	}
	// The return step is late after the result exists: the dossier refuses
	// an apology while processed, and the program says so.
	wantLines(t, runOK(t, "-late", "tra-ket-qua"), "Không ghi nhận được phiếu xin lỗi:",
		"Cơ quan chịu trách nhiệm về chậm trễ: UBND-XA (UBND xã Tân Lập)")
}

// Before 1 July 2025 the 2018 regime numbers the control slip 05.
func TestRegime2018(t *testing.T) {
	wantLines(t, runOK(t, "-at", "2025-03-03 10:00"),
		"Hạn trả kết quả theo quy định: 17:00 T5 06/03/2025.",
		"Mẫu số 05",
		"PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
}

// Received after the group's 15:00 cut-off: counted from Friday 13.
func TestAfterCutoff(t *testing.T) {
	wantLines(t, runOK(t, "-at", "2026-02-12 15:20", "-late", "none"),
		"Ngày tiếp nhận được tính: T6 13/02/2026.",
		"Hạn trả kết quả theo quy định: 17:00 T4 25/02/2026.")
}

func TestErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "fr"},
		{"-late", "thue"},
		{"-at", "12/02/2026 14:30"},
		{"-at", "2300-01-01 08:00"},
		{"-bogus"},
		{"extra"},
	} {
		var out strings.Builder
		if err := run(&out, args, time.Now()); err == nil {
			t.Errorf("run(%q): want an error; got:\n%s", args, out.String())
		}
	}
}

// Issue 12.22: "-late" printed "early" and "apologised with a new date"
// for the same dossier: a late step was apologised for although the route's
// slack absorbed it. An apology is made only for an overdue dossier, so no
// outcome before the deadline comes with one.
func TestNoApologyForADossierOnTime(t *testing.T) {
	for _, late := range []string{"tiep-nhan", "khai-sinh", "thuong-tru", "bhyt", "tra-ket-qua", "none"} {
		for _, lang := range []string{"vi", "en"} {
			out := runOK(t, "-late", late, "-lang", lang)
			for _, line := range strings.Split(out, "\n") {
				early := strings.Contains(line, "trước hạn (") || strings.Contains(line, "early (") ||
					strings.Contains(line, "đúng hạn (") || strings.Contains(line, "on time (")
				if early && (strings.Contains(line, "xin lỗi") || strings.Contains(line, "apologised")) {
					t.Errorf("-late %s -lang %s: %q", late, lang, line)
				}
			}
		}
	}
}

// Issue 12.16: a receipt the dossier code cannot number (codes cover
// 2000–2099) printed half the report, then failed. Such a receipt is
// refused before anything is printed; a report is printed whole or not at
// all.
func TestRefusedUpFront(t *testing.T) {
	for _, at := range []string{"2199-12-20 10:00", "2100-01-04 10:00", "2199-12-30 10:00"} {
		var out strings.Builder
		err := run(&out, []string{"-at", at}, time.Now())
		switch {
		case err != nil && out.Len() != 0:
			t.Errorf("-at %q: %v after printing %d bytes", at, err, out.Len())
		case err == nil && !strings.Contains(out.String(), "PHIẾU KIỂM SOÁT"):
			t.Errorf("-at %q: an incomplete report:\n%s", at, out.String())
		}
	}
	var out strings.Builder
	if err := run(&out, []string{"-at", "2199-12-30 10:00"}, time.Now()); err == nil {
		t.Error("-at 2199-12-30: a deadline past the calendar is accepted")
	}
}
