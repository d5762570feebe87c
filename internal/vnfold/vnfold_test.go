package vnfold_test

import (
	"testing"

	"github.com/motcua/motcua/internal/vnfold"
)

func fold(s string) string {
	var out []rune
	for _, r := range s {
		if !vnfold.Ignorable(r) {
			out = append(out, vnfold.Rune(r))
		}
	}
	return string(out)
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Đăng ký khai sinh", "dang ky khai sinh"},
		{"NGÀY LÀM VIỆC", "ngay lam viec"},
		{"Giỗ Tổ Hùng Vương", "gio to hung vuong"},
		{"ngày làm việc", "ngay lam viec"}, // NFD: combining marks
		{"", ""},
		{"abc 123", "abc 123"},
		{"a\u200bb", "ab"}, // a zero-width space is dropped
		{"ÐIỀU 5. Ðơn đề nghị", "dieu 5. don de nghi"}, // the eth 'Ð' (U+00D0) written for 'Đ' (U+0110)
	} {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
