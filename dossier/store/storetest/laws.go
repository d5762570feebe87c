package storetest

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier/store"
	"pgregory.net/rapid"
)

// testLaws checks, for random sequences of commands on a few dossiers —
// some sent on a stale record, some sent twice with their key — that:
// an answered append is what a load then returns; a refused or
// conflicting one changes nothing; the version counts the rows; and the
// whole store verifies afterwards.
func testLaws(t *testing.T, open Open) {
	s := open(t)
	p := Procedure(t, ProcShort)
	n := 0
	rapid.Check(t, func(rt *rapid.T) {
		var recs []store.Record
		for i := rapid.IntRange(1, 3).Draw(rt, "dossiers"); i > 0; i-- {
			n++
			r, err := s.Create(ctx, Header(p, n), "")
			if err != nil {
				rt.Fatal(err)
			}
			recs = append(recs, r)
		}
		stale := make([]store.Record, len(recs))
		copy(stale, recs)
		now := At(Day0, 8, 0)
		rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(rt, "seed"), 1))
		for step := rapid.IntRange(1, 12).Draw(rt, "steps"); step > 0; step-- {
			i := rapid.IntRange(0, len(recs)-1).Draw(rt, "dossier")
			now = now.Add(time.Duration(rapid.IntRange(1, 90).Draw(rt, "minutes")) * time.Minute)
			r := recs[i]
			if rapid.IntRange(0, 4).Draw(rt, "stale") == 0 {
				r = stale[i]
			}
			cmd := Mixed(rng, r, now, p)
			if cmd == nil {
				continue
			}
			before, err := s.Load(ctx, r.ID)
			if err != nil {
				rt.Fatal(err)
			}
			key := ""
			if rapid.Bool().Draw(rt, "keyed") {
				key = "law-" + r.ID + "-" + now.Format(time.RFC3339)
			}
			out, err := s.Apply(ctx, r, key, cmd)
			after, lerr := s.Load(ctx, r.ID)
			if lerr != nil {
				rt.Fatal(lerr)
			}
			switch {
			case err == nil:
				if out.Version != after.Version || !out.Dossier.Equal(after.Dossier) {
					rt.Fatalf("answered v%d, loaded v%d", out.Version, after.Version)
				}
				if key != "" { // the same request again appends nothing
					again, err := s.Apply(ctx, r, key, cmd)
					if err != nil || again.Version != out.Version {
						rt.Fatalf("resent: v%d, %v; want v%d", again.Version, err, out.Version)
					}
				}
				stale[i], recs[i] = recs[i], out
			case errors.Is(err, store.ErrRefused), errors.Is(err, store.ErrConflict):
				if after.Version != before.Version || !after.Dossier.Equal(before.Dossier) {
					rt.Fatalf("a %v changed the dossier: v%d → v%d", err, before.Version, after.Version)
				}
			default:
				rt.Fatal(err)
			}
		}
	})
	if _, err := s.Verify(ctx); err != nil {
		t.Fatal(err)
	}
}
