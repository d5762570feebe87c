package dossier_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// update rewrites the golden files and the fuzz seed corpus:
//
//	go test ./dossier/ -run 'Golden|FuzzSeeds' -update
var update = flag.Bool("update", false, "rewrite testdata golden files and fuzz seeds")

// The transition graph of the statuses (STYLE.md §4.13: a golden Mermaid
// file regenerated with -update).
func TestTransitionGraphGolden(t *testing.T) {
	got := dossier.TransitionGraph()
	path := filepath.Join("testdata", "transitions.mmd")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with -update to create it")
	assert.Equal(t, string(want), got)
}

// The graph has one node line per status and one edge per table entry.
func TestTransitionGraphContent(t *testing.T) {
	g := dossier.TransitionGraph()
	id := func(s dossier.Status) string { b, _ := s.MarshalText(); return string(b) } // wire codes: no spaces
	for s := dossier.Registered; s <= dossier.Returned; s++ {
		assert.Contains(t, g, fmt.Sprintf("    %s: %d %s\n", id(s), s.NationalCode(), s.Vietnamese()))
		for _, n := range s.Next() {
			assert.Contains(t, g, fmt.Sprintf("    %s --> %s\n", id(s), id(n)))
		}
		if s.IsFinal() {
			assert.Contains(t, g, fmt.Sprintf("    %s --> [*]\n", id(s)))
		}
	}
}

// seedDossiers are real dossiers in several states, marshalled as the seed
// corpus of FuzzUnmarshal.
func seedDossiers(t testing.TB) map[string]dossier.Dossier {
	mar2 := at(2026, time.March, 2, 9, 0)
	full := tenOnMar(t)
	full = must(t)(full.RequestSupplement(at(2026, time.March, 4, 10, 0), testActor, []string{"Giấy chứng sinh: bản sao"}, testReason))
	full = must(t)(full.Supplement(at(2026, time.March, 10, 10, 0), "cong-dan"))
	full = must(t)(full.RequestObligation(at(2026, time.March, 11, 10, 0), testActor, decimal.RequireFromString("1250000.50")))
	full = must(t)(full.PayObligation(at(2026, time.March, 12, 10, 0), "cong-dan"))
	full = must(t)(full.Apologise(at(2026, time.March, 20, 10, 0), testActor, day(2026, time.March, 30), testReason))
	full = must(t)(full.Decide(at(2026, time.March, 27, 10, 0), testActor, false, "Không đủ điều kiện"))
	full = must(t)(full.Return(at(2026, time.March, 30, 10, 0), testActor))

	online := must(t)(open(t, header(onlineCh, nil)).Submit(mar2, "cong-dvcqg"))
	online = must(t)(online.Refuse(mar2.Add(time.Hour), testActor, []string{"Sai thẩm quyền", "Thiếu tờ khai"}))

	old := transferred(t, postalCh, at(2025, time.June, 26, 15, 10), at(2025, time.June, 30, 8, 0), tenDays)
	old = must(t)(old.RequestWithdrawal(at(2025, time.July, 1, 8, 0), "cong-dan", "Không có nhu cầu"))
	old = must(t)(old.Stop(at(2025, time.July, 1, 9, 0), testActor, ""))

	// The facts the national portal asks for (issue 15): documents reused or
	// taken from the data store, a VNeID account filing on the portal, a fee
	// paid online, an electronic result.
	ph := header(onlineCh, complete(true))
	ph.Filed[0].Component, ph.Filed[0].Link = "TP1", "https://dvc.example.vn/f/1"
	ph.Filed[1].Reused, ph.Filed[1].Replaces = true, "KQ-2024-0001"
	ph.Filed[2].FromDataStore = true
	ph.VNeIDVerified, ph.FiledOnPortal, ph.ReturnByPost = true, true, true
	portal := must(t)(open(t, ph).Submit(mar2.Add(-time.Hour), "cong-dvcqg"))
	portal = must(t)(portal.PayFee(mar2.Add(-50*time.Minute), "cong-dvcqg", dossier.PaidOnPortal,
		[]dossier.FeeLine{{Name: "Lệ phí đăng ký khai sinh", Code: "LP01", Amount: decimal.NewFromInt(8000), Kind: dossier.Charge}}))
	portal, _, err := portal.Receive(mar2, testActor, testProc(t, tenDays), &dossier.MemorySequencer{})
	require.NoError(t, err)
	portal = must(t)(portal.Transfer(mar2.Add(time.Minute), testActor))
	portal = must(t)(portal.DecideWithResults(mar2.Add(24*time.Hour), testActor, true, "",
		[]dossier.ResultDocument{{Name: "Giấy khai sinh", Code: "KS-2026-000123", Link: "https://dvc.example.vn/kq/123"}}))

	return map[string]dossier.Dossier{
		"portal-facts":     portal,
		"received":         received(t, directCh, at(2026, time.February, 13, 16, 40), threeDays),
		"returned":         full,
		"online-refused":   online,
		"2018-withdrawn":   old,
		"opened":           open(t, header(directCh, complete(true))),
		"same-day-cutoff":  sameDayReceived(t),
		"hours-processing": transferred(t, onlineCh, at(2026, time.March, 2, 10, 30), at(2026, time.March, 2, 10, 31), hoursLimit),
	}
}

var hoursLimit = sla.WorkingHours(12)

// sameDayReceived is a same-day procedure with a 15:00 cut-off.
func sameDayReceived(t testing.TB) dossier.Dossier {
	spec := procSpec(sla.SameDay())
	spec.Cutoff = fifteen
	p, err := procedure.New(spec)
	require.NoError(t, err)
	d, _, err := open(t, header(directCh, complete(true))).Receive(at(2026, time.March, 2, 15, 30), testActor, p, &dossier.MemorySequencer{})
	require.NoError(t, err)
	return d
}

// The seed corpus of FuzzUnmarshal is the marshalled seedDossiers: -update
// writes it; otherwise each file must still be there and still decode.
func TestFuzzSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzUnmarshal")
	for name, d := range seedDossiers(t) {
		b, err := json.Marshal(d)
		require.NoError(t, err)
		path := filepath.Join(dir, "seed-"+name)
		content := "go test fuzz v1\n[]byte(" + strconv.Quote(string(b)) + ")\n"
		if *update {
			require.NoError(t, os.MkdirAll(dir, 0o755))
			require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run with -update to create it")
		assert.Equal(t, content, string(got), "%s: the seed is stale; run with -update", name)
		u, err := dossier.Unmarshal(b, sched())
		require.NoError(t, err, name)
		assert.True(t, u.Equal(d), name)
	}
}
