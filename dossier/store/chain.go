package store

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
)

// chain computes the hash chain of a dossier's log. The first link is the
// hash of the dossier's ID and header; each row's hash covers the previous
// hash, the row's sequence number, kind and body. An edited row breaks its
// own link; a deleted or reordered row breaks the next one, and a row
// deleted at the end no longer matches the head hash kept with the
// dossier. With [Options.Key] the hash is an HMAC, so that someone who
// edits a row cannot recompute the chain without the key.
type chain struct {
	h   hash.Hash
	buf [8]byte
	sum [sha256.Size]byte
}

func newChain(key []byte) *chain {
	if len(key) > 0 {
		return &chain{h: hmac.New(sha256.New, key)}
	}
	return &chain{h: sha256.New()}
}

// genesis returns the first link, from the dossier's ID and header.
func (c *chain) genesis(id string, header []byte) string {
	c.h.Reset()
	c.h.Write([]byte("motcua-store-v1\x00"))
	c.h.Write([]byte(id))
	c.h.Write([]byte{0})
	c.h.Write(header)
	return hex.EncodeToString(c.h.Sum(c.sum[:0]))
}

// next returns the link of row seq after prev.
func (c *chain) next(prev string, seq int, kind string, body []byte) string {
	c.h.Reset()
	c.h.Write([]byte(prev))
	binary.BigEndian.PutUint64(c.buf[:], uint64(seq))
	c.h.Write(c.buf[:])
	c.h.Write([]byte(kind))
	c.h.Write([]byte{0})
	c.h.Write(body)
	return hex.EncodeToString(c.h.Sum(c.sum[:0]))
}
