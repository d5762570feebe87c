package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
)

// role is what a clerk's token allows: receiving dossiers at the counter,
// processing them (transfer, supplement, obligation, apology, decide,
// return, withdraw, stop), or reading the unit's reports. Receiving
// includes refusing at intake.
type role string

const (
	roleReceive role = "receive"
	roleProcess role = "process"
	roleReport  role = "report"
)

// clerk is what a token stands for: a unit, a role and a name for the log.
type clerk struct {
	Unit  string
	Role  role
	Actor string
}

// tokens keeps the clerks' tokens by the SHA-256 of the token, never the
// token itself: a leaked table gives no usable token. A revoked token is
// removed. Safe for concurrent use.
type tokens struct {
	mu     sync.RWMutex
	byHash map[[sha256.Size]byte]clerk
}

func newTokens() *tokens { return &tokens{byHash: map[[sha256.Size]byte]clerk{}} }

// Issue returns a new random token (32 bytes, hex) for c.
func (t *tokens) Issue(c clerk) string {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on a supported platform
	}
	tok := hex.EncodeToString(b[:])
	t.Add(tok, c)
	return tok
}

// Add registers a given token for c (a token handed over by the operator).
func (t *tokens) Add(tok string, c clerk) {
	t.mu.Lock()
	t.byHash[sha256.Sum256([]byte(tok))] = c
	t.mu.Unlock()
}

// Revoke forgets tok; it reports whether the token was known.
func (t *tokens) Revoke(tok string) bool {
	h := sha256.Sum256([]byte(tok))
	t.mu.Lock()
	defer t.mu.Unlock()
	_, ok := t.byHash[h]
	delete(t.byHash, h)
	return ok
}

// Lookup returns the clerk of tok. The map is keyed by the hash, so the
// lookup time does not depend on how much of a guessed token is right.
func (t *tokens) Lookup(tok string) (clerk, bool) {
	if tok == "" || len(tok) > 256 {
		return clerk{}, false
	}
	h := sha256.Sum256([]byte(tok))
	t.mu.RLock()
	c, ok := t.byHash[h]
	t.mu.RUnlock()
	return c, ok
}

// bearer reads the token of an "Authorization: Bearer …" header.
func bearer(r *http.Request) string {
	a := r.Header.Get("Authorization")
	if len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		return strings.TrimSpace(a[7:])
	}
	return ""
}

// authorize returns the clerk of the request's token if its role is one of
// roles, or the error to send.
func (s *server) authorize(r *http.Request, roles ...role) (clerk, *apiError) {
	c, ok := s.tokens.Lookup(bearer(r))
	if !ok {
		return clerk{}, errUnauthenticated
	}
	for _, want := range roles {
		if c.Role == want {
			return c, nil
		}
	}
	return clerk{}, errWrongRole
}
