package sla_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/motcua/motcua/sla"
)

// TestReadLimitDecomposedReadsAsComposed reads every text of testdata/limits
// (tuning and held out) composed (NFC) and decomposed (NFD: "xã" as "xa" and
// U+0303), as portals that convert from old encodings write it, and wants
// the same reading: the same limit, alternatives, concerns and words, once
// the words are composed again. The checks that tell words apart by their
// accents ("thì" from "thị", "xã" from "xa") read the composed letters.
// A failure names the file and line only, since held-out rows are read too.
func TestReadLimitDecomposedReadsAsComposed(t *testing.T) {
	tuning, heldOut := corpusFiles(t)
	rows := loadCorpusFiles(t, append(tuning, heldOut...)...)
	show := func(s string) string { return norm.NFC.String(readingJSON(t, s)) }
	checked, differ := 0, 0
	for _, r := range rows {
		composed, decomposed := norm.NFC.String(r.text), norm.NFD.String(r.text)
		if decomposed == composed || len(decomposed) > sla.MaxLimitTextBytes {
			continue
		}
		checked++
		if show(composed) != show(decomposed) {
			differ++
			if differ <= 10 {
				t.Errorf("%s:%d: the decomposed text reads otherwise than the composed one", r.file, r.line)
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d texts checked", checked)
	}
	if differ > 0 {
		t.Errorf("%d of %d texts read otherwise decomposed", differ, checked)
	}
}
