package sla_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/motcua/motcua/sla"
)

// scratchTexts differ in shape, so that a reused buffer of one would show
// in the reading of another.
var scratchTexts = []string{
	"Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định.",
	"07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 04 ngày)",
	"15 ngày làm việc; trường hợp phải xác minh thì không quá 30 ngày làm việc",
	"Ngay trong ngày tiếp nhận yêu cầu, trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
	"Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra",
	"01 tháng 15 ngày",
	// A long text of cases: its buffers, kept up to MaxLimitTextBytes, are
	// then reused by the short ones.
	benchText + strings.Repeat(benchClause, 80),
}

func fingerprint(r sla.Reading) string { return fmt.Sprintf("%s|%+v", r, r) }

// ReadLimit reuses its working buffers between calls (a pool): a Reading it
// returned must not change when later calls reuse them, sequentially or
// from many goroutines at once.
func TestReadLimitReusesNoReturnedMemory(t *testing.T) {
	want := make([]string, len(scratchTexts))
	kept := make([]sla.Reading, len(scratchTexts))
	for i, s := range scratchTexts {
		r, err := sla.ReadLimit(s)
		if err != nil {
			t.Fatal(err)
		}
		kept[i], want[i] = r, fingerprint(r)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(scratchTexts)
				r, err := sla.ReadLimit(scratchTexts[i])
				if err != nil || fingerprint(r) != want[i] {
					t.Errorf("goroutine %d, text %d: %v\n got %s\nwant %s", g, i, err, fingerprint(r), want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	for i, r := range kept {
		if got := fingerprint(r); got != want[i] {
			t.Errorf("text %d: the kept reading changed:\n got %s\nwant %s", i, got, want[i])
		}
	}
}
