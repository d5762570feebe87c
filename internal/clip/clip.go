package clip

import "unicode/utf8"

// String returns s if it has at most n bytes, else its first n bytes cut
// back to a rune boundary (never splitting a Vietnamese letter) and "…".
func String(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
