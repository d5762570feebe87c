package vncount

import "testing"

// The counts as the slips of Circular 01/2018/TT-VPCP print them.
func TestPapers(t *testing.T) {
	for _, tc := range []struct {
		originals, copies int
		want              string
	}{
		{1, 0, "01 bản chính"},
		{0, 2, "02 bản sao"},
		{1, 2, "01 bản chính, 02 bản sao"},
		{12, 10, "12 bản chính, 10 bản sao"},
		{0, 0, ""},
		{-1, 0, ""},
	} {
		if got := Papers(tc.originals, tc.copies); got != tc.want {
			t.Errorf("Papers(%d, %d) = %q, want %q", tc.originals, tc.copies, got, tc.want)
		}
	}
}
