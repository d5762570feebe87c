package procedure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vnfold"
)

// Fold returns s lower-cased, without Vietnamese diacritics (NFC or NFD),
// with "đ" read as "d", and with every run of white space or punctuation
// turned into one space, trimmed. It is the key used by name search:
// Fold("Đăng ký  khai sinh!") == Fold("dang ky khai sinh") == "dang ky khai sinh".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading separators
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case vnfold.Ignorable(r):
			continue // combining marks (NFD), zero-width characters
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = vnfold.Rune(r)
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}
