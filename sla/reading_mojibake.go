package sla

import "unicode/utf8"

// mojibakeRepaired returns s decoded again when it is UTF-8 that was read
// as Windows-1252 (or Latin-1) and written back as UTF-8, the fault of a
// crawl or of an export between two systems: "NgÃ y lÃ m viá»‡c" is "Ngày
// làm việc", every byte of the original one rune of the garbled text.
// Otherwise it returns s: a text with a rune that no Windows-1252 byte
// gives ("ệ", "Đ", a Vietnamese letter outside Latin-1, as any text
// written right has), or whose bytes so read are no UTF-8 ("NGÀY", whose
// "À" is no lead byte before a "Y"), is left as it is. ReadLimitWith calls
// it only for a text with a byte 0xC2, which the garbling of every
// Vietnamese letter outside Latin-1 writes (the "»" of "á»", the "º" of
// "áº", the "°" of "Æ°") and of every small letter in it (the "¡" of
// "Ã¡"), and the loop stops at the first rune no byte gives: most texts
// pay one byte search alone. (A text of Latin-1 capitals and "đ" alone,
// "3 NGÃ€Y", has no such byte, and stays garbled.)
func mojibakeRepaired(s string) string {
	b := make([]byte, 0, len(s))
	wide := false // a byte of 0x80 or more: something to decode
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r <= 0xFF:
			b, wide = append(b, byte(r)), true
		default:
			c, ok := windows1252Byte[r]
			if !ok {
				return s
			}
			b, wide = append(b, c), true
		}
	}
	if !wide || !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// windows1252Byte maps the runes Windows-1252 gives its bytes 0x80–0x9F to
// those bytes (the five bytes it leaves undefined read as the control
// runes U+0081, U+008D, U+008F, U+0090 and U+009D, which the Latin-1 case
// of mojibakeRepaired takes back).
var windows1252Byte = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}
