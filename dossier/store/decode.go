package store

import (
	"bytes"
	"encoding"
	"encoding/json"
	"unicode/utf8"

	"github.com/motcua/motcua/dossier"
	"github.com/shopspring/decimal"
)

// decodeEventFast reads the JSON of an event as encoding/json writes it —
// an object of string, boolean and string-array values in valid UTF-8
// without escapes —
// in one pass, giving each value to its field's UnmarshalJSON or
// UnmarshalText as encoding/json does. Anything else (an escape, a number,
// an unknown key) reports false, and the caller falls back to
// encoding/json. Loading a dossier decodes every event, so this halves its
// cost; FuzzDecodeEvent checks it agrees with encoding/json.
func decodeEventFast(b []byte) (dossier.Event, bool) {
	var e dossier.Event
	if bytes.IndexByte(b, '\\') >= 0 || !utf8.Valid(b) {
		return e, false
	}
	p := parser{b: b}
	if !p.byte('{') {
		return e, false
	}
	if p.peek() == '}' {
		p.i++
		return e, p.end()
	}
	for {
		key, ok := p.str()
		if !ok || !p.byte(':') {
			return e, false
		}
		switch string(key) {
		case "kind":
			ok = p.text(&e.Kind)
		case "at":
			ok = p.text(&e.At)
		case "actor":
			ok = p.plain(&e.Actor)
		case "code":
			var s string
			ok = p.plain(&s)
			e.Code = dossier.Code(s)
		case "limit":
			ok = p.text(&e.Limit)
		case "cutoff":
			ok = p.text(&e.Cutoff)
		case "agency":
			ok = p.plain(&e.Agency)
		case "step":
			ok = p.plain(&e.Step)
		case "reason":
			ok = p.plain(&e.Reason)
		case "items":
			ok = p.strings(&e.Items)
		case "new_due":
			ok = p.text(&e.NewDue)
		case "amount":
			ok = p.text(&e.Amount)
		case "granted":
			ok = p.boolean(&e.Granted)
		default:
			return e, false
		}
		if !ok {
			return e, false
		}
		switch p.next() {
		case ',':
			continue
		case '}':
			return e, p.end()
		}
		return e, false
	}
}

// parser reads compact JSON without escapes.
type parser struct {
	b []byte
	i int
}

func (p *parser) peek() byte {
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *parser) next() byte {
	c := p.peek()
	p.i++
	return c
}

func (p *parser) byte(c byte) bool { return p.next() == c }

func (p *parser) end() bool { return p.i == len(p.b) }

// str reads a string without escapes or control characters, returning its
// contents.
func (p *parser) str() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			s := p.b[start:p.i]
			p.i++
			return s, true
		}
		if c < 0x20 {
			return nil, false
		}
		p.i++
	}
	return nil, false
}

// plain reads a string value into *s.
func (p *parser) plain(s *string) bool {
	v, ok := p.str()
	if ok {
		*s = string(v)
	}
	return ok
}

// text reads a string value into v as encoding/json would: through
// UnmarshalJSON (with the quotes) when v has it, else UnmarshalText.
func (p *parser) text(v any) bool {
	start := p.i
	s, ok := p.str()
	if !ok {
		return false
	}
	if d, ok := v.(*decimal.Decimal); ok {
		if x, ok := plainDecimal(s); ok {
			*d = x // an amount in plain digits: no trip through math/big's parser
			return true
		}
	}
	if u, ok := v.(json.Unmarshaler); ok {
		return u.UnmarshalJSON(p.b[start:p.i]) == nil
	}
	if u, ok := v.(encoding.TextUnmarshaler); ok {
		return u.UnmarshalText(s) == nil
	}
	return false
}

func (p *parser) strings(out *[]string) bool {
	if !p.byte('[') {
		return false
	}
	items := []string{}
	if p.peek() == ']' {
		p.i++
		*out = items
		return true
	}
	for {
		s, ok := p.str()
		if !ok {
			return false
		}
		items = append(items, string(s))
		switch p.next() {
		case ',':
			continue
		case ']':
			*out = items
			return true
		}
		return false
	}
}

func (p *parser) boolean(out *bool) bool {
	switch {
	case bytes.HasPrefix(p.b[p.i:], []byte("true")):
		p.i += 4
		*out = true
	case bytes.HasPrefix(p.b[p.i:], []byte("false")):
		p.i += 5
		*out = false
	default:
		return false
	}
	return true
}

// plainDecimal reads an amount as decimal.MarshalJSON writes one in plain
// digits, "1500000" or "-12.50": an optional minus, at least one digit, and
// an optional point followed by at least one digit, at most 18 digits in
// all. It gives exactly the coefficient and exponent decimal.NewFromString
// gives (TestPlainDecimalMatchesNewFromString); anything else reports
// false and goes to decimal's own parser. A dossier's fees are read on
// every load.
func plainDecimal(s []byte) (decimal.Decimal, bool) {
	i, neg := 0, false
	if len(s) > 0 && s[0] == '-' {
		neg, i = true, 1
	}
	var v int64
	digits, scale, point := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			v = v*10 + int64(c-'0')
			digits++
			if point {
				scale++
			}
		case c == '.' && !point && digits > 0:
			point = true
		default:
			return decimal.Decimal{}, false
		}
	}
	if digits == 0 || digits > 18 || point && scale == 0 {
		return decimal.Decimal{}, false
	}
	if neg {
		v = -v
	}
	return decimal.New(v, int32(-scale)), true
}
