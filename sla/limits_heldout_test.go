package sla_test

import (
	"path/filepath"
	"testing"
)

// TestReadLimitHeldOut measures the reader on testdata/limits/heldout.tsv:
// real texts that are in no other corpus file, labelled blind (from the
// text alone, before the reader was run on them) and never used to change
// the reader. Issue 13's targets "on texts you do not hold" are 98 % of
// texts with one ordinary limit giving the right due date and 100 % of
// texts with alternatives, or counted from another event, reported as
// such. The reader does not reach them yet: the test logs the figures,
// the gap and every miss, and fails when a change makes any figure worse
// than heldOutFloor (a ratchet: raise the floor when the reader improves).
//
// This is the second held-out set (349 texts: the steps of national-portal
// procedures and the Ministry of Defence's catalogue, December 2026). The
// first, whose misses were read and whose categories the reader then
// learnt, is now national_portal_descriptions.tsv in the tuning corpus.
// Measured on this set the reader went from 134/152 limits, 71/78
// alternatives and 76/105 events (before that tuning) to 140, 73 and 95,
// and after learning from steps_and_conditions.tsv to 141, 72 and 97. The
// one alternative lost follows a convention chosen on the tuning texts:
// "Nếu hồ sơ hợp lệ thì …", like "Trường hợp hồ sơ hợp lệ", is the path of
// every complete dossier (the ordinary limit), where this set's labeller
// read a case (testdata/limits/README.md).
//
// Do not change the reader to fix a row of this file, and do not read its
// misses while tuning: the rows then stop being held out. Add new texts to
// the tuning corpus instead, and when this set has been read, retire it
// into the corpus as the first one was and label a new one.
func TestReadLimitHeldOut(t *testing.T) {
	rows := loadCorpusFiles(t, filepath.Join("testdata", "limits", heldOutFile))
	if len(rows) < 200 {
		t.Fatalf("held-out set has %d rows, want at least 200", len(rows))
	}
	sc := scoreCorpus(t, rows)
	missed := map[string]int{}
	for _, m := range sc.misses {
		missed[m.row.kind]++
		t.Logf("miss %s", m)
	}
	rate := sc.singleRate()
	t.Logf("held out: %d rows %v", len(rows), sc.kinds)
	t.Logf("single limits with the right due date: %d/%d (%.1f %%), target ≥ 98 %%", sc.singleOK, sc.single, 100*rate)
	for _, kind := range []string{"alternatives", "event", "composite", "cutoff", "mismatch", "none"} {
		if n := sc.kinds[kind]; n > 0 {
			t.Logf("%s read as labelled: %d/%d (%.1f %%)", kind, sc.right[kind], n, 100*float64(sc.right[kind])/float64(n))
		}
	}
	if rate < 0.98 {
		t.Logf("GAP: single-limit due dates right for %.1f %% of %d held-out texts; the target is 98 %%", 100*rate, sc.single)
	}
	if sc.singleOK < heldOutFloor["limit"] {
		t.Errorf("single-limit due dates right for %d held-out texts, fewer than the %d of the last measure", sc.singleOK, heldOutFloor["limit"])
	}
	for _, kind := range []string{"alternatives", "event"} {
		if missed[kind] > 0 {
			t.Logf("GAP: %d of %d held-out %s texts not reported as such; the target is all", missed[kind], sc.kinds[kind], kind)
		}
		if right := sc.kinds[kind] - missed[kind]; right < heldOutFloor[kind] {
			t.Errorf("%d held-out %s texts reported as such, fewer than the %d of the last measure", right, kind, heldOutFloor[kind])
		}
	}
}

// heldOutFloor is the last measure of the reader on the held-out set (rows
// read as labelled, by kind): no change may make it worse.
var heldOutFloor = map[string]int{"limit": 141, "alternatives": 72, "event": 97}
