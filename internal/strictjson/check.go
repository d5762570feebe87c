package strictjson

import (
	"strconv"

	"github.com/motcua/motcua/internal/clip"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits bound a document. The zero value of a field means its default.
type Limits struct {
	// MaxBytes is the largest document accepted, in bytes (default
	// DefaultMaxBytes). Each format documents its own.
	MaxBytes int
	// MaxDepth is the deepest nesting of objects and arrays accepted
	// (default DefaultMaxDepth).
	MaxDepth int
}

const (
	// DefaultMaxBytes is the size limit when Limits.MaxBytes is zero: 1 MiB.
	DefaultMaxBytes = 1 << 20
	// DefaultMaxDepth is the nesting limit when Limits.MaxDepth is zero;
	// the deepest format of the module (a catalogue holding a route) nests
	// six levels.
	DefaultMaxDepth = 16
	// MaxNumberBytes is the longest number literal accepted. No format of
	// the module has a number of more than a few digits (amounts are
	// strings), and a longer literal is refused before any conversion.
	MaxNumberBytes = 32
)

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	return l
}

// seg is one step of the path to the value being checked.
type seg struct {
	key   []byte // object key as written (a slice of the document)
	index int
	isKey bool
}

// checker walks a document once, byte by byte, against a shape.
type checker struct {
	data []byte
	pos  int
	lim  Limits
	path []seg
}

// check applies the policy to data for a value of shape r.
func check(data []byte, r ref, lim Limits) *Error {
	lim = lim.withDefaults()
	if len(data) > lim.MaxBytes {
		return &Error{Problem: ProblemTooLarge, Offset: int64(lim.MaxBytes),
			Detail: strconv.Itoa(len(data)) + " bytes, at most " + strconv.Itoa(lim.MaxBytes)}
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return &Error{Problem: ProblemUTF8, Offset: int64(i)}
	}
	c := checker{data: data, lim: lim}
	c.skipSpace()
	if err := c.value(r, 0); err != nil {
		return err
	}
	c.skipSpace()
	if c.pos < len(data) {
		return &Error{Problem: ProblemTrailing, Offset: int64(c.pos), Detail: quote(data[c.pos:])}
	}
	return nil
}

func (c *checker) fail(p Problem, detail string) *Error {
	return &Error{Problem: p, Offset: int64(c.pos), Path: c.pathString(), Detail: detail}
}

func (c *checker) pathString() string {
	var b strings.Builder
	for _, s := range c.path {
		if b.Len() > 2*maxQuote {
			break
		}
		if s.isKey {
			if len(s.key) == 0 {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(clip.String(string(s.key), maxQuote))
		} else {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		}
	}
	return b.String()
}

func (c *checker) skipSpace() {
	for c.pos < len(c.data) {
		switch c.data[c.pos] {
		case ' ', '\t', '\n', '\r':
			c.pos++
		default:
			return
		}
	}
}

var kindNames = [...]string{
	kindAny: "a value", kindObject: "an object", kindMap: "an object", kindArray: "an array",
	kindString: "a string", kindNumber: "a number", kindBool: "true or false",
}

// value checks the value at c.pos, of shape r, at nesting depth depth.
func (c *checker) value(r ref, depth int) *Error {
	if c.pos >= len(c.data) {
		return c.fail(ProblemSyntax, "unexpected end of input")
	}
	k := r.n.kind
	want := func(got string) *Error {
		return c.fail(ProblemType, "("+got+", want "+kindNames[k]+")")
	}
	switch b := c.data[c.pos]; {
	case b == '{':
		if k != kindObject && k != kindMap && k != kindAny {
			return want("an object")
		}
		if depth+1 > c.lim.MaxDepth {
			return c.fail(ProblemTooDeep, "(more than "+strconv.Itoa(c.lim.MaxDepth)+" levels)")
		}
		return c.object(r.n, depth+1)
	case b == '[':
		if k != kindArray && k != kindAny {
			return want("an array")
		}
		if depth+1 > c.lim.MaxDepth {
			return c.fail(ProblemTooDeep, "(more than "+strconv.Itoa(c.lim.MaxDepth)+" levels)")
		}
		return c.array(r.n, depth+1)
	case b == '"':
		if k != kindString && k != kindAny {
			return want("a string")
		}
		_, _, err := c.str()
		return err
	case b == 't' || b == 'f':
		if k != kindBool && k != kindAny {
			return want("a boolean")
		}
		if b == 't' {
			return c.literal("true")
		}
		return c.literal("false")
	case b == 'n':
		if !r.nullable && k != kindAny {
			return want("null")
		}
		return c.literal("null")
	case b == '-' || (b >= '0' && b <= '9'):
		if k != kindNumber && k != kindAny {
			return want("a number")
		}
		return c.number()
	default:
		return c.fail(ProblemSyntax, "unexpected "+quote(c.data[c.pos:c.pos+1]))
	}
}

func (c *checker) literal(lit string) *Error {
	if !strings.HasPrefix(string(c.data[c.pos:min(len(c.data), c.pos+len(lit))]), lit) {
		return c.fail(ProblemSyntax, "unexpected "+quote(c.data[c.pos:min(len(c.data), c.pos+len(lit))]))
	}
	c.pos += len(lit)
	return nil
}

// number checks a number literal: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (c *checker) number() *Error {
	start := c.pos
	d := c.data
	digits := func() bool {
		s := c.pos
		for c.pos < len(d) && d[c.pos] >= '0' && d[c.pos] <= '9' && c.pos-start <= MaxNumberBytes {
			c.pos++
		}
		return c.pos > s
	}
	if d[c.pos] == '-' {
		c.pos++
	}
	if c.pos < len(d) && d[c.pos] == '0' {
		c.pos++
	} else if !digits() {
		return c.fail(ProblemSyntax, "malformed number "+quote(d[start:c.pos]))
	}
	if c.pos < len(d) && d[c.pos] == '.' {
		c.pos++
		if !digits() {
			return c.fail(ProblemSyntax, "malformed number "+quote(d[start:c.pos]))
		}
	}
	if c.pos < len(d) && (d[c.pos] == 'e' || d[c.pos] == 'E') {
		c.pos++
		if c.pos < len(d) && (d[c.pos] == '+' || d[c.pos] == '-') {
			c.pos++
		}
		if !digits() {
			return c.fail(ProblemSyntax, "malformed number "+quote(d[start:c.pos]))
		}
	}
	if c.pos-start > MaxNumberBytes {
		c.pos = start
		return c.fail(ProblemTooLarge, "number literal "+quote(d[start:start+MaxNumberBytes])+
			" longer than "+strconv.Itoa(MaxNumberBytes)+" bytes")
	}
	return nil
}

// str checks the string at c.pos and returns its raw contents (between
// the quotes) and whether it has escapes.
func (c *checker) str() (raw []byte, escaped bool, err *Error) {
	d := c.data
	c.pos++ // opening quote
	start := c.pos
	for c.pos < len(d) {
		b := d[c.pos]
		switch {
		case b == '"':
			raw = d[start:c.pos]
			c.pos++
			return raw, escaped, nil
		case b < 0x20:
			return nil, false, c.fail(ProblemSyntax, "control character in a string")
		case b == '\\':
			escaped = true
			if err := c.escape(); err != nil {
				return nil, false, err
			}
		default:
			c.pos++
		}
	}
	return nil, false, c.fail(ProblemSyntax, "unterminated string")
}

// escape checks one escape sequence at c.pos ('\\'); a \u escape of a
// surrogate must be a high surrogate followed by an escaped low one.
func (c *checker) escape() *Error {
	d := c.data
	if c.pos+1 >= len(d) {
		return c.fail(ProblemSyntax, "unterminated string")
	}
	switch d[c.pos+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		c.pos += 2
		return nil
	case 'u':
		r, ok := hex4(d, c.pos+2)
		if !ok {
			return c.fail(ProblemSyntax, "malformed \\u escape")
		}
		if !utf16.IsSurrogate(r) {
			c.pos += 6
			return nil
		}
		if r < 0xDC00 && c.pos+7 < len(d) && d[c.pos+6] == '\\' && d[c.pos+7] == 'u' {
			if r2, ok := hex4(d, c.pos+8); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
				c.pos += 12
				return nil
			}
		}
		return c.fail(ProblemUTF8, "lone surrogate escape "+quote(d[c.pos:min(len(d), c.pos+6)]))
	}
	return c.fail(ProblemSyntax, "unknown escape "+quote(d[c.pos:c.pos+2]))
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, b := range d[i : i+4] {
		r <<= 4
		switch {
		case b >= '0' && b <= '9':
			r |= rune(b - '0')
		case b >= 'a' && b <= 'f':
			r |= rune(b - 'a' + 10)
		case b >= 'A' && b <= 'F':
			r |= rune(b - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// unescape decodes the contents of a checked string with escapes.
func unescape(raw []byte) string {
	var b strings.Builder
	for i := 0; i < len(raw); {
		if raw[i] != '\\' {
			b.WriteByte(raw[i])
			i++
			continue
		}
		switch raw[i+1] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, _ := hex4(raw, i+2)
			i += 6
			if utf16.IsSurrogate(r) {
				r2, _ := hex4(raw, i+2)
				r = utf16.DecodeRune(r, r2)
				i += 6
			}
			b.WriteRune(r)
			continue
		default: // '"', '\\', '/'
			b.WriteByte(raw[i+1])
		}
		i += 2
	}
	return b.String()
}

// object checks the members of the object at c.pos ('{').
func (c *checker) object(n *node, depth int) *Error {
	c.pos++
	c.path = append(c.path, seg{isKey: true})
	defer func() { c.path = c.path[:len(c.path)-1] }()
	var (
		seenBits uint64              // declared fields 0–63 seen
		seenMore map[int]bool        // declared fields 64… seen
		seenKeys map[string]struct{} // keys of a map or an opaque object
		first    = true
	)
	for {
		c.skipSpace()
		if c.pos < len(c.data) && c.data[c.pos] == '}' && first {
			c.pos++
			return nil
		}
		if c.pos >= len(c.data) || c.data[c.pos] != '"' {
			return c.fail(ProblemSyntax, "want a key in quotes")
		}
		keyAt := c.pos
		c.path[len(c.path)-1].key = nil // a key's own error names the object
		raw, escaped, err := c.str()
		if err != nil {
			return err
		}
		var key string
		if escaped {
			key = unescape(raw)
		}
		keyBytes := raw
		if escaped {
			keyBytes = []byte(key)
		}
		sub := ref{n: anyNode, nullable: true}
		if n.kind == kindObject {
			i, ok := n.fields[string(keyBytes)]
			if !ok {
				c.pos = keyAt
				return c.fail(ProblemUnknownKey, quote(keyBytes))
			}
			dup := false
			if i < 64 {
				dup = seenBits&(1<<i) != 0
				seenBits |= 1 << i
			} else {
				if seenMore == nil {
					seenMore = map[int]bool{}
				}
				dup = seenMore[i]
				seenMore[i] = true
			}
			if dup {
				c.pos = keyAt
				return c.fail(ProblemDuplicateKey, quote(keyBytes))
			}
			sub = n.subs[i]
		} else {
			if n.kind == kindMap {
				sub = n.elem
			}
			if seenKeys == nil {
				seenKeys = map[string]struct{}{}
			}
			if _, dup := seenKeys[string(keyBytes)]; dup {
				c.pos = keyAt
				return c.fail(ProblemDuplicateKey, quote(keyBytes))
			}
			seenKeys[string(keyBytes)] = struct{}{}
		}
		c.path[len(c.path)-1].key = raw
		c.skipSpace()
		if c.pos >= len(c.data) || c.data[c.pos] != ':' {
			return c.fail(ProblemSyntax, "want ':' after a key")
		}
		c.pos++
		c.skipSpace()
		if err := c.value(sub, depth); err != nil {
			return err
		}
		c.skipSpace()
		if c.pos < len(c.data) && c.data[c.pos] == ',' {
			c.pos++
			first = false
			continue
		}
		if c.pos < len(c.data) && c.data[c.pos] == '}' {
			c.pos++
			return nil
		}
		return c.fail(ProblemSyntax, "want ',' or '}' after an object member")
	}
}

// array checks the elements of the array at c.pos ('[').
func (c *checker) array(n *node, depth int) *Error {
	c.pos++
	elem := ref{n: anyNode, nullable: true}
	if n.kind == kindArray {
		elem = n.elem
	}
	c.path = append(c.path, seg{})
	defer func() { c.path = c.path[:len(c.path)-1] }()
	c.skipSpace()
	if c.pos < len(c.data) && c.data[c.pos] == ']' {
		c.pos++
		return nil
	}
	for i := 0; ; i++ {
		c.path[len(c.path)-1].index = i
		c.skipSpace()
		if err := c.value(elem, depth); err != nil {
			return err
		}
		c.skipSpace()
		if c.pos < len(c.data) && c.data[c.pos] == ',' {
			c.pos++
			continue
		}
		if c.pos < len(c.data) && c.data[c.pos] == ']' {
			c.pos++
			return nil
		}
		return c.fail(ProblemSyntax, "want ',' or ']' after an array element")
	}
}
