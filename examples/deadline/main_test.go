package main

import (
	"github.com/motcua/motcua/examples/internal/texttest"
	"strings"
	"testing"
	"time"
)

func TestDeadline(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		// Tết Bính Ngọ: off 14–22 February 2026 (Notice 9441/TB-BNV).
		{[]string{"-at", "2026-02-13 16:40", "-limit", "03 ngày làm việc"},
			[]string{"Tiếp nhận: 16:40 thứ Sáu 13/02/2026.", "thứ Hai 16/02/2026: Tết Nguyên Đán", "Hẹn trả kết quả: 17:00 thứ Tư 25/02/2026."}},
		{[]string{"-at", "2026-02-13 16:40", "-limit", "03 ngày làm việc", "-lang", "en"},
			[]string{"Due: 17:00 Wednesday 25/02/2026."}},
		// A same-day procedure with a 15:00 cut-off (Decree 23/2015/NĐ-CP Art. 21).
		{[]string{"-at", "2026-03-02 15:20", "-limit", "Trong ngày", "-cutoff", "15:00"},
			[]string{"Tiếp nhận từ 15:00 trở đi", "Hẹn trả kết quả: 17:00 thứ Ba 03/03/2026."}},
		// Hours over the 30/4–1/5 break (2026: Thursday and Friday): 6 h on
		// Wednesday, 8 h on Monday, 2 h on Tuesday.
		{[]string{"-at", "2026-04-29 10:00", "-limit", "16 giờ làm việc"},
			[]string{"Hẹn trả kết quả: 10:00 thứ Ba 05/05/2026."}},
	} {
		var out strings.Builder
		if err := run(&out, tc.args, time.Now()); err != nil {
			t.Errorf("run(%q): %v", tc.args, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("run(%q) lacks %q; got:\n%s", tc.args, w, out.String())
			}
		}
	}
}

// The sample catalogue's certification of copies: same day, 15:00 cut-off.
func TestDeadlineProcedure(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-at", "2026-02-13 15:20", "-procedure", "2.000908"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"2.000908 — ", "Hẹn trả kết quả: 17:00 thứ Hai 23/02/2026."} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("lacks %q; got:\n%s", w, out.String())
		}
	}
}

func TestDeadlineErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-limit", "abc"},
		{"-limit", "5 - 7 ngày làm việc"},
		{"-at", "13/02/2026", "-limit", "3 ngày làm việc"},
		{"-at", "2226-01-01 08:00", "-limit", "3 ngày làm việc"},
		{"-procedure", "9.999999"},
		{"-procedure", "2.000908", "-channel", "fax"},
		{"-limit", "3 ngày làm việc", "-procedure", "2.000908"},
		{},
		{"-limit", "3 ngày làm việc", "-cutoff", "3pm"},
	} {
		var out strings.Builder
		if err := run(&out, args, time.Now()); err == nil {
			t.Errorf("run(%q): want an error; got:\n%s", args, out.String())
		}
	}
}

// "-channel online" takes the online service the procedure offers.
func TestDeadlineOnlineChannel(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-at", "2026-02-13 10:00", "-procedure", "2.000908", "-channel", "online"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Hẹn trả kết quả: 17:00 thứ Sáu 13/02/2026.") {
		t.Errorf("got:\n%s", out.String())
	}
	if err := run(&strings.Builder{}, []string{"-procedure", "2.000815", "-channel", "online"}, time.Now()); err == nil {
		t.Error("a procedure without an online service: want an error")
	}
}

// Issue 12.14: -h printed the usage and exited 1.
func TestHelpExitsZero(t *testing.T) { texttest.Help(t, "deadline", run) }

// Issue 13: the example reads a text and prints the reading.
func TestDeadlineReading(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		want   []string
		refuse bool
	}{
		{[]string{"-read", "-limit", "03 ngày làm việc, trường hợp phải xác minh thì thời hạn giải quyết không quá 10 ngày làm việc."},
			[]string{"Thời hạn thông thường: 3 ngày làm việc", "Trường hợp khác (theo trường hợp): 10 ngày làm việc — trường hợp phải xác minh"}, false},
		{[]string{"-at", "2026-09-10 09:00", "-limit", "01 tháng 15 ngày"},
			[]string{"1 tháng + 15 ngày", "+ 15 ngày → 26/10/2026", "due: 17:00 26/10/2026"}, false},
		{[]string{"-at", "2026-09-14 09:00", "-limit", "Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra"},
			[]string{"Tính từ sự kiện khác: kể từ ngày kết thúc kiểm tra"}, true},
		{[]string{"-at", "2026-03-02 15:20", "-limit", "Ngay trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"},
			[]string{"Giờ chốt tiếp nhận: 15:00", "Hẹn trả kết quả: 17:00 thứ Ba 03/03/2026."}, false},
		// An alternative counted from another event says so; in English
		// its period and the shares are English too.
		{[]string{"-read", "-limit", "07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 04 ngày); trường hợp phức tạp không quá 30 ngày làm việc kể từ ngày có kết luận thanh tra"},
			[]string{"Trường hợp khác (theo trường hợp): 30 ngày làm việc — trường hợp phức tạp (tính từ sự kiện khác)"}, false},
		{[]string{"-read", "-lang", "en", "-limit", "07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 04 ngày); trường hợp phức tạp không quá 30 ngày làm việc kể từ ngày có kết luận thanh tra"},
			[]string{"  Sở Nội vụ: 3 calendar days", "Alternative (conditional): 30 working days — trường hợp phức tạp (counted from another event)"}, false},
	} {
		var out strings.Builder
		err := run(&out, tc.args, time.Now())
		if (err != nil) != tc.refuse {
			t.Errorf("run(%q): %v", tc.args, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("run(%q) lacks %q; got:\n%s", tc.args, w, out.String())
			}
		}
	}
}
