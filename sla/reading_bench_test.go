package sla_test

import (
	"errors"
	"path/filepath"
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
	// Linear in the length: the same clause repeated up to the 16 KiB cap.
	for _, n := range []int{1, 4, 16, 40, 80, 160} {
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

// BenchmarkReadLimitCatalogue reads the tuning texts drawn from the
// portal's catalogue (testdata/limits/catalogue_repos*.tsv), one text an
// operation in turn: what a vendor importing a catalogue sees, texts of
// every length and shape rather than the one typical sentence.
func BenchmarkReadLimitCatalogue(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "limits", "catalogue_repos*.tsv"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no catalogue texts: %v", err)
	}
	rows := loadCorpusFiles(b, files...)
	total := 0
	for _, r := range rows {
		total += len(r.text)
	}
	b.ReportAllocs()
	b.SetBytes(int64(total / len(rows)))
	i := 0
	for b.Loop() {
		if _, err := sla.ReadLimit(rows[i].text); err != nil && !errors.Is(err, sla.ErrLimitTooLong) {
			b.Fatal(err)
		}
		i++
		if i == len(rows) {
			i = 0
		}
	}
}
