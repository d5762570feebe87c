package sla_test

import (
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
)

// windows1252Garbled writes s as a system that read its UTF-8 bytes as
// Windows-1252 would: every byte one rune (the five bytes Windows-1252
// leaves undefined as the control runes of the same value).
func windows1252Garbled(s string) string {
	const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"
	highRunes := []rune(high)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(highRunes[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// TestReadLimitMojibake: a text garbled by a crawl or an export that read
// its UTF-8 as Windows-1252 reads as the text does, quoting the words
// decoded again; a text written right, with Latin-1 letters only ("NGÀY",
// "XÃ"), is left as it is.
func TestReadLimitMojibake(t *testing.T) {
	for _, in := range []string{
		"Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định.",
		"Không quá 15 ngày làm việc; trường hợp phức tạp thì không quá 30 ngày.",
		"Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra",
	} {
		garbled := windows1252Garbled(in)
		if garbled == in {
			t.Fatalf("%q: not garbled", in)
		}
		a, errA := sla.ReadLimit(in)
		b, errB := sla.ReadLimit(garbled)
		if errA != nil || errB != nil || a.String() != b.String() {
			t.Errorf("ReadLimit(%q) = %q (%v), garbled %q = %q (%v)", in, a.String(), errA, garbled, b.String(), errB)
		}
		for _, w := range b.Why {
			if strings.Contains(w.Words, "Ã") || strings.Contains(w.Words, "á»") {
				t.Errorf("ReadLimit(%q): quotes %q, not decoded", garbled, w.Words)
			}
		}
	}
	// Written right, with letters that Windows-1252 has and a byte 0xC2
	// (a no-break space): nothing to decode.
	for _, in := range []string{"NGÀY\u00a015 NGÀY", "UBND XÃ\u00a0trong 05 ngày", "«05 ngày»"} {
		r, err := sla.ReadLimit(in)
		if err != nil {
			t.Fatalf("ReadLimit(%q): %v", in, err)
		}
		for _, w := range r.Why {
			if !strings.Contains(in, w.Words) {
				t.Errorf("ReadLimit(%q) quotes %q, not in the text", in, w.Words)
			}
		}
	}
}

// TestReadLimitMojibakeCorpus: every tuning text garbled so reads as the
// text does (every tenth under -short or the race detector), but one whose
// garbling writes no byte 0xC2 (Latin-1 capitals and "đ" alone, "3 NGÃ€Y"),
// which mojibakeRepaired is not asked to decode.
func TestReadLimitMojibakeCorpus(t *testing.T) {
	rows := loadCorpus(t)
	step := 1
	if testing.Short() || raceDetector {
		step = 10
	}
	differ, tried := 0, 0
	for i := 0; i < len(rows); i += step {
		garbled := windows1252Garbled(rows[i].text)
		if garbled == rows[i].text || strings.IndexByte(garbled, 0xC2) < 0 {
			continue
		}
		tried++
		a, errA := sla.ReadLimit(rows[i].text)
		b, errB := sla.ReadLimit(garbled)
		if (errA == nil) != (errB == nil) || readingShape(a) != readingShape(b) {
			differ++
			if differ <= 5 {
				t.Errorf("%s:%d garbled reads %s, plain %s", rows[i].file, rows[i].line, readingShape(b), readingShape(a))
			}
		}
	}
	if tried < len(rows)/step/2 {
		t.Errorf("only %d texts garbled", tried)
	}
	if differ > 0 {
		t.Errorf("%d of %d garbled tuning texts read otherwise", differ, tried)
	}
}
