package load

import (
	"math/rand/v2"
	"testing"
)

// answerCacheSize is the server's maxAnswers (examples/server/api_deadline.go).
const answerCacheSize = 4096

// hitRate replays n requests of path through a cache like the server's
// (up to answerCacheSize answers, emptied when full) and returns the share
// of hits and the distinct requests.
func hitRate(n int, path func() string) (float64, int) {
	cache := map[string]bool{}
	distinct := map[string]bool{}
	hits := 0
	for range n {
		p := path()
		distinct[p] = true
		if cache[p] {
			hits++
			continue
		}
		if len(cache) >= answerCacheSize {
			clear(cache)
		}
		cache[p] = true
	}
	return float64(hits) / float64(n), len(distinct)
}

// The deadline mix measures the count, not the cache: with 64 clients
// (the load test's) over 20,000 requests almost none is a repeat, while
// the cached mix has 108 requests that the cache soon holds. Before the
// fix the deadline mix was the cached one: 108 distinct requests, a 99 %
// hit rate.
func TestDeadlineRequestsMissTheCache(t *testing.T) {
	for _, c := range []struct {
		cached       bool
		minHit, maxH float64
	}{
		{false, 0, 0.05},
		{true, 0.99, 1},
	} {
		clients := make([]*client, 64)
		for i := range clients {
			clients[i] = &client{rng: rand.New(rand.NewPCG(uint64(i), 17))}
		}
		i := 0
		rate, distinct := hitRate(20_000, func() string {
			i++
			return clients[i%len(clients)].deadlinePath(c.cached)
		})
		if rate < c.minHit || rate > c.maxH {
			t.Errorf("cached %v: hit rate %.3f (%d distinct of 20,000), want %.2f–%.2f", c.cached, rate, distinct, c.minHit, c.maxH)
		}
		if c.cached && distinct > 108 {
			t.Errorf("cached mix: %d distinct requests, want at most 108", distinct)
		}
	}
}
