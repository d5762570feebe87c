package main

import (
	"context"
	"sync"
	"time"
)

// Figures that replay dossiers (the scorecard) or scan a period's rows
// (the dashboard's reports) are cached by their inputs, so that an
// anonymous request to the public dashboard, or a clerk reloading the
// scorecard, does not replay the store each time.
const (
	// figuresTTL is the longest an entry is served, writes or not (the
	// store may be written by another server, on PostgreSQL).
	figuresTTL = 30 * time.Second
	// dashboardStale is how long the public dashboard serves an entry
	// after a write made it stale: under a stream of commands the page is
	// recomputed at most once per dashboardStale.
	dashboardStale = 5 * time.Second
	// maxFigures bounds the entries; a full cache is emptied.
	maxFigures = 256
)

// figureCache caches computed figures by key, each with the write
// generation it was computed at (see server.wrote). Computations run one
// at a time: a flood of requests for distinct periods occupies one core at
// most, and requests for the same key wait for the first and share it.
type figureCache struct {
	mu      sync.Mutex
	entries map[string]figureEntry
	compute chan struct{} // admits one computation at a time
}

type figureEntry struct {
	gen uint64
	at  time.Time
	val any
}

func newFigureCache() *figureCache {
	return &figureCache{entries: map[string]figureEntry{}, compute: make(chan struct{}, 1)}
}

// lookup returns the entry of key if it is younger than figuresTTL and was
// computed at generation gen, or is younger than stale.
func (c *figureCache) lookup(key string, gen uint64, now time.Time, stale time.Duration) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	age := now.Sub(e.at)
	if age < 0 || age >= figuresTTL || (e.gen != gen && age >= stale) {
		return nil, false
	}
	return e.val, true
}

// get returns the figures of key: the cached ones if still good (see
// lookup), else fn's, cached at generation gen (read before fn runs, so a
// write during fn leaves the entry stale). It waits for its turn to compute
// until ctx ends.
func (c *figureCache) get(ctx context.Context, key string, gen func() uint64, now time.Time, stale time.Duration, fn func() (any, error)) (any, error) {
	if v, ok := c.lookup(key, gen(), now, stale); ok {
		return v, nil
	}
	select {
	case c.compute <- struct{}{}:
		defer func() { <-c.compute }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	g := gen()
	if v, ok := c.lookup(key, g, now, stale); ok {
		return v, nil // computed while this request waited
	}
	v, err := fn()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.entries) >= maxFigures {
		clear(c.entries)
	}
	c.entries[key] = figureEntry{gen: g, at: now, val: v}
	c.mu.Unlock()
	return v, nil
}

// wrote records that the store was written: cached figures computed before
// are stale.
func (s *server) wrote() { s.gen.Add(1) }

// generation is the store's write generation as this server saw it.
func (s *server) generation() uint64 { return s.gen.Load() }
