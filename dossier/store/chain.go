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
// dossier — unless the dossier's row is set back too (a rollback to an
// earlier head, which the chain cannot detect: see the package
// documentation). With [Options.Key] the hash is an HMAC, so that someone
// who edits a row cannot recompute the chain without the key.
type chain struct {
	h   hash.Hash
	buf []byte
	out []byte
}

func newChain(key []byte) *chain {
	if len(key) > 0 {
		return &chain{h: hmac.New(sha256.New, key)}
	}
	return &chain{h: sha256.New()}
}

// A link is stored in hexadecimal; the chain hashes the previous link's 32
// bytes.
type link [sha256.Size]byte

func (l link) String() string { return hex.EncodeToString(l[:]) }

// genesis returns the first link, from the dossier's ID and header.
func (c *chain) genesis(id string, header []byte) link {
	c.h.Reset()
	c.buf = append(append(append(c.buf[:0], "motcua-store-v1\x00"...), id...), 0)
	c.h.Write(c.buf)
	c.h.Write(header)
	return c.sum()
}

// next returns the link of row seq after prev.
func (c *chain) next(prev link, seq int, kind string, body []byte) link {
	c.h.Reset()
	c.buf = append(c.buf[:0], prev[:]...)
	c.buf = binary.BigEndian.AppendUint64(c.buf, uint64(seq))
	c.buf = append(append(c.buf, kind...), 0)
	c.h.Write(c.buf)
	c.h.Write(body)
	return c.sum()
}

// sum returns the hash written so far, through the chain's own buffer (no
// allocation per row).
func (c *chain) sum() link {
	c.out = c.h.Sum(c.out[:0])
	var l link
	copy(l[:], c.out)
	return l
}

// is reports whether l is the link written in hexadecimal as s.
func (l link) is(s string) bool {
	var b link
	if len(s) != 2*len(b) {
		return false
	}
	if _, err := hex.Decode(b[:], []byte(s)); err != nil {
		return false
	}
	return b == l
}
