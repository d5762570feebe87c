package sla

import (
	"html"
	"strings"
)

// unescapedHTML returns s with the HTML that a portal's cell may carry
// read as its text (a provincial portal's page, stored as crawled, keeps
// "04 Ng&agrave;y l&agrave;m việc&nbsp;</span><span style=…>đối với …",
// web_pages_fiftyfourth.tsv):
// character references decoded ("&agrave;", "&#7879;", "&#x1EC7;",
// "&nbsp;") and tags dropped, a tag that ends a line or a block ("<br>",
// "</p>", "</div>", "</li>", "</tr>") read as a line break and any other as
// a space. A "<" that opens no tag ("< 15 ngày", "<15 ngày") stays.
// ReadLimitWith calls it only for a text with "&" or "<".
func unescapedHTML(s string) string {
	if lt := strings.IndexByte(s, '<'); lt >= 0 {
		s = withoutTags(s, lt)
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// maxTagBytes bounds how far a tag's ">" may stand from its "<": a longer
// run is text, not a tag.
const maxTagBytes = 512

// withoutTags drops the HTML tags of s, the first "<" at lt. Linear in
// len(s): each byte is looked at once, and a tag's end searched for within
// maxTagBytes.
func withoutTags(s string, lt int) string {
	var b strings.Builder
	last := 0
	for i := lt; i >= 0 && i < len(s); {
		end := tagEnd(s, i)
		if end < 0 {
			next := strings.IndexByte(s[i+1:], '<')
			if next < 0 {
				break
			}
			i += 1 + next
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		if breaksLine(s[i:end]) {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
		last = end
		next := strings.IndexByte(s[end:], '<')
		if next < 0 {
			break
		}
		i = end + next
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// tagEnd returns the index just after the tag that opens at s[i] ("<"
// then a letter, "/" and a letter, or "!"), or -1.
func tagEnd(s string, i int) int {
	if i+1 >= len(s) {
		return -1
	}
	c := s[i+1]
	if c == '/' && i+2 < len(s) {
		c = s[i+2]
	}
	if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '!') {
		return -1
	}
	rest := s[i+1 : min(len(s), i+maxTagBytes)]
	k := strings.IndexAny(rest, "<>")
	if k < 0 || rest[k] != '>' {
		return -1
	}
	return i + 1 + k + 1
}

// breaksLine reports whether the tag t ends a line or a block.
func breaksLine(t string) bool {
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "<br") || strings.HasPrefix(t, "</p") || strings.HasPrefix(t, "</div") || strings.HasPrefix(t, "</li") || strings.HasPrefix(t, "</tr")
}
