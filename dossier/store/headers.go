package store

import (
	"encoding/json"
	"sync"

	"github.com/motcua/motcua/dossier"
)

// headerCache keeps decoded headers by their exact JSON, so that loading
// the same dossier again, or dossiers with the same header, decodes it
// once. The same bytes decode to the same header, so the cache cannot
// change what a load returns. It holds at most maxCachedBytes of JSON and
// is emptied when full.
type headerCache struct {
	mu    sync.Mutex
	m     map[string]dossier.Header
	bytes int
}

const maxCachedBytes = 4 << 20

// decode returns the header the JSON b holds.
func (c *headerCache) decode(b []byte) (dossier.Header, bool) {
	c.mu.Lock()
	h, ok := c.m[string(b)]
	c.mu.Unlock()
	if ok {
		return h, true
	}
	if err := json.Unmarshal(b, &h); err != nil {
		return dossier.Header{}, false
	}
	if len(b) > 4<<10 {
		return h, true
	}
	c.mu.Lock()
	if c.m == nil || c.bytes+len(b) > maxCachedBytes {
		c.m, c.bytes = map[string]dossier.Header{}, 0
	}
	c.m[string(b)] = h
	c.bytes += len(b)
	c.mu.Unlock()
	return h, true
}
