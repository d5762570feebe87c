package main

import (
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

func wantLines(t *testing.T, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q; got:\n%s", w, out)
		}
	}
}

func TestPostalDossiers(t *testing.T) {
	var out strings.Builder
	if err := run(&out, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	wantLines(t, out.String(),
		"  1.000656  Đăng ký khai tử                    Trong ngày, nhận từ 15:00: ngày làm việc sau",
		"  1.012753  Đăng ký đất đai, tài sản gắn liền… không nêu thời hạn",
		"theo dấu bưu\n  điện đến",
		// 1: received at 10:15, transferred the same day, on time.
		"  Một cửa nhận bưu gửi        T2 02/03 10:15  = thời điểm tiếp nhận; chuyển phát 1h35",
		"Số hóa khi tiếp nhận (Nghị định 118/2025/NĐ-CP Điều 17 khoản 1 điểm c): Tờ khai đăng ký khai",
		"  Chuyển cơ quan giải quyết   T2 02/03 10:40  đúng quy định (nhận trước 15:00: chuyển trong ngày)",
		"  Bưu điện phát tại nhà       T3 03/03 16:10  chuyển phát 7h40",
		"chiều đi 1h35, chiều về 7h40.",
		// 2: the parcel arrives at 15:20: the same-day limit runs from Wednesday.
		"  Hẹn trả kết quả             T4 04/03 17:00  Trong ngày; nhận từ 15:00: tính từ T4 04/03/2026",
		"  Chuyển cơ quan giải quyết   T4 04/03 08:10  đúng quy định (nhận từ 15:00: chuyển ngày làm việc",
		// 3: received at 09:50, transferred the next morning: late, not the post's fault.
		"  Chuyển cơ quan giải quyết   T5 05/03 08:00  CHUYỂN MUỘN (nhận trước 15:00: chuyển trong ngày)",
		"  Có kết quả                  T5 05/03 09:30  quá hạn",
		"  Quá hạn do Bộ phận Một cửa (chuyển hồ sơ muộn), không do bưu chính.",
	)
}

func TestEnglishOneProcedure(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-procedure", "2.000908", "-lang", "en"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	wantLines(t, s,
		"DOSSIER 1 — 2.000908 Cấp bản sao từ sổ gốc",
		"  Appointment                 Wed 04/03 17:00  same day; received from 15:00 on: counted from",
		"  Post delivers it at home    Fri 06/03 09:30  in transit 43h30",
		"The post's time (clock hours, not counted in the limit): out 24h20, back 43h30.",
	)
	if strings.Contains(s, "DOSSIER 2") {
		t.Errorf("-procedure 2.000908 shows other dossiers:\n%s", s)
	}
}

// Under the 2025 regime the dossier package refuses a postal receipt whose
// paper was not digitised (Decree 118/2025/NĐ-CP Art. 17(1)(c)).
func TestNotDigitisedRefused(t *testing.T) {
	s := scenarios[0]
	s.filed = []dossier.Filed{
		{Name: "Tờ khai đăng ký khai tử theo mẫu", Originals: 1},
		{Name: "Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp", Originals: 1, Digitised: true},
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	err = printer{text.Printer{W: &out}}.dossier(1, s, sample.Catalog(), sched, &dossier.MemorySequencer{})
	if err == nil || !strings.Contains(err.Error(), "118/2025") {
		t.Errorf("want a refusal citing Decree 118/2025, got %v", err)
	}
}

func TestErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "fr"},
		{"-procedure", "9.999999"},
		{"-procedure", "1.002755"}, // not offered by post
		{"-procedure", "1.012753"}, // by post, but no time limit stated
		{"-bogus"},
		{"extra"},
	} {
		var out strings.Builder
		if err := run(&out, args, time.Now()); err == nil {
			t.Errorf("run(%q): want an error; got:\n%s", args, out.String())
		}
	}
}
