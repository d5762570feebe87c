package sla_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/motcua/motcua/sla"
)

// benchText is a typical catalogue text of about 100 bytes (national
// portal, testdata/limits).
const benchText = "Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định."

// benchClause is repeated to make longer texts: a condition and a duration.
const benchClause = "; trường hợp phải xác minh thì thời hạn giải quyết không quá 10 ngày làm việc"

func BenchmarkReadLimit(b *testing.B) {
	b.Run("typical", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchText)))
		for b.Loop() {
			if _, err := sla.ReadLimit(benchText); err != nil {
				b.Fatal(err)
			}
		}
	})
	// Linear in the length: the same clause repeated up to the 8 KiB cap.
	for _, n := range []int{1, 4, 16, 40, 80} {
		text := benchText + strings.Repeat(benchClause, n)
		b.Run(strconv.Itoa(len(text))+"B", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := sla.ReadLimit(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseLimitTypical(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sla.ParseLimit(benchText); err != nil {
			b.Fatal(err)
		}
	}
}
