package sla

import (
	"strings"
	"testing"
)

// TestUnescapedHTML: a portal's cell copied with its HTML reads as its
// text; a "<" that opens no tag stays.
func TestUnescapedHTML(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"15 ngày làm việc", "15 ngày làm việc"},
		{"04 Ng&agrave;y l&agrave;m việc&nbsp;", "04 Ngày làm việc\u00a0"},
		{"ki&#7875;m tra &#x1EC7;", "kiểm tra ệ"},
		{"04 Ngày</span><span style=\"color: rgb(51, 51, 51);\">đối với", "04 Ngày  đối với"},
		{"a<br>b</p>c", "a\nb\nc"},
		{"Thời hạn <15 ngày", "Thời hạn <15 ngày"},
		{"< 15 ngày; 3 > 2", "< 15 ngày; 3 > 2"},
		{"Q&A: 5 ngày", "Q&A: 5 ngày"},
		{"<b unclosed 5 ngày", "<b unclosed 5 ngày"},
		{"<b>5 ngày</b>", " 5 ngày "},
		{"<" + strings.Repeat("x", maxTagBytes) + ">5 ngày", "<" + strings.Repeat("x", maxTagBytes) + ">5 ngày"},
	} {
		if got := unescapedHTML(tc.in); got != tc.want {
			t.Errorf("unescapedHTML(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
