package sla

// totalAfterParts reads list lines of one unit followed by a total that
// they add up to as the total's breakdown, the total named after its parts:
// "- Thời hạn kiểm tra tính đầy đủ hợp lệ của hồ sơ: 05 ngày làm việc.\n-
// Thời hạn thẩm định hồ sơ lần đầu: 15 ngày làm việc.\n- Thời hạn thẩm định
// hồ sơ sửa đổi, bổ sung: 10 ngày làm việc.\nTổng thời gian xử lý hồ sơ:
// tối đa 30 ngày làm việc." The total must be named so ("Tổng thời gian",
// "Tổng cộng") and the parts must add up to it; otherwise they stay what
// they are (alternatives), as listBreakdown leaves lines that do not add up
// under a total before them.
func (rd *reader) totalAfterParts() {
	for k := 2; k < len(rd.items); k++ {
		total := &rd.items[k]
		tl, ok := total.p.Limit()
		if !ok || !plainDuration(total) || !rd.totalNamedBefore(total.from) {
			continue
		}
		var sum int64
		j := k - 1
		for ; j >= 0 && sum < int64(tl.hundredths); j-- {
			it := &rd.items[j]
			l, ok := it.p.Limit()
			if !ok || !plainDuration(it) || l.unit != tl.unit || rd.lineStart(it.from) < 0 {
				break
			}
			sum += int64(l.hundredths)
		}
		if sum != int64(tl.hundredths) || k-j-1 < 2 {
			continue
		}
		for q := j + 1; q < k; q++ {
			rd.markLineShare(&rd.items[q])
		}
	}
}

// totalNamedBefore reports whether the duration at p is labelled a total
// in the twelve tokens before it, on its own line: "Tổng thời gian xử lý hồ
// sơ: tối đa 30 ngày làm việc", "Tổng cộng: 30 ngày".
func (rd *reader) totalNamedBefore(p int) bool {
	toks := rd.toks
	for q := p - 1; q >= 0 && q >= p-12 && !punctAt(toks, q, "\n") && !rd.isSentenceEnd(q); q-- {
		if words3(toks, q, "tong", "thoi", "gian") || words3(toks, q, "tong", "thoi", "han") || words2(toks, q, "tong", "cong") {
			return true
		}
	}
	return false
}
