package sla_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
)

// spelledNumber writes n (1 to 99) in Vietnamese words as the catalogues
// spell amounts: "mười lăm", "hai mươi mốt", "hai mươi lăm".
func spelledNumber(n int) string {
	units := []string{"", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}
	switch {
	case n < 10:
		return units[n]
	case n == 10:
		return "mười"
	case n == 15:
		return "mười lăm"
	case n < 20:
		return "mười " + units[n-10]
	}
	tens := units[n/10] + " mươi"
	switch n % 10 {
	case 0:
		return tens
	case 1:
		return tens + " mốt"
	case 5:
		return tens + " lăm"
	}
	return tens + " " + units[n%10]
}

func TestSpelledNumber(t *testing.T) {
	for n, want := range map[int]string{1: "một", 10: "mười", 15: "mười lăm", 19: "mười chín", 20: "hai mươi", 21: "hai mươi mốt", 25: "hai mươi lăm", 64: "sáu mươi bốn"} {
		if got := spelledNumber(n); got != want {
			t.Errorf("spelledNumber(%d) = %q, want %q", n, got, want)
		}
	}
}

// firstAmount finds a text's first amount of days, months or hours in
// digits (1 to 99) standing on its own: after a space, a bracket, a colon
// or a semicolon, not the second end of a range ("5 - 7 ngày", "từ 5 đến 7
// ngày") and not glued to a code ("QH13 ngày").
var firstAmount = regexp.MustCompile(`(?:^|[\s(:;])(\d{1,2}) (ngày|tháng|giờ)`)

// TestReadLimitSpelledAmounts: the catalogues and the laws write an amount
// in digits, in words with its digits after them in brackets ("Mười (10)
// ngày làm việc", "sau ba (03) giờ chiều"), or in digits with the words
// after them ("05 (năm) ngày làm việc"). Every tuning text, its first
// amount rewritten each way, must read as it reads with digits alone
// (limit, start, cut-off, alternatives, breakdown, concerns). Until the
// twenty-seventh session dropped the words before digits as it drops those
// after them (dropSpelledAmounts), 750 texts read otherwise with words
// before digits: a cut-off "sau ba (03) giờ chiều" as three working hours,
// a date "ngày mười chín (19) tháng 12" as nineteen months, "một (01)
// giờ/một (01) lượt" as a limit. Now none does.
func TestReadLimitSpelledAmounts(t *testing.T) {
	rows := loadCorpus(t)
	step := 1
	if testing.Short() || raceDetector {
		step = 10 // one goroutine, nothing for the race detector to find
	}
	forms := []struct {
		name  string
		write func(digits string, n int) string
	}{
		{"words (digits)", func(d string, n int) string { return spelledNumber(n) + " (" + d + ")" }},
		{"digits (words)", func(d string, n int) string { return d + " (" + spelledNumber(n) + ")" }},
	}
	tried := 0
	for i := 0; i < len(rows); i += step {
		text := rows[i].text
		loc := firstAmount.FindStringSubmatchIndex(text)
		if loc == nil {
			continue
		}
		before, digits := text[:loc[2]], text[loc[2]:loc[3]]
		n, _ := strconv.Atoi(digits)
		if n == 0 || strings.HasSuffix(before, "đến ") || strings.HasSuffix(before, "tới ") || strings.HasSuffix(before, "hoặc ") || strings.HasSuffix(before, "- ") {
			continue
		}
		a, errA := sla.ReadLimit(text)
		tried++
		for _, f := range forms {
			v := before + f.write(digits, n) + text[loc[3]:]
			b, errB := sla.ReadLimit(v)
			if (errA == nil) != (errB == nil) || readingShape(a) != readingShape(b) {
				t.Errorf("%s:%d with its amount as %s reads %q, with digits %q:\n%s", rows[i].file, rows[i].line, f.name, readingShape(b), readingShape(a), v)
			}
		}
	}
	if tried < len(rows)/step/2 {
		t.Errorf("only %d of %d texts had an amount to rewrite", tried, len(rows)/step)
	}
}
