package liaison

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/motcua/motcua/internal/clip"
)

// maxDepth is how deeply values of route JSON may nest.
const maxDepth = 16

// checkJSON checks what encoding/json lets pass: data is one JSON object
// with only the keys of schema (case-sensitive, each once, recursively for
// the keys whose schema is known) and nothing after it. It is a single
// linear pass that allocates only for keys with escapes; syntax it skips
// over (numbers, literals, string contents) is checked by the decoder
// that runs after it.
func checkJSON(data []byte, schema *keySchema) error {
	s := scanner{data: data}
	s.space()
	if s.peek() != '{' {
		return errors.New("a route is a JSON object")
	}
	if err := s.value(schema, 0); err != nil {
		return err
	}
	s.space()
	if s.i < len(s.data) {
		return errors.New("trailing data after the route")
	}
	return nil
}

type scanner struct {
	data []byte
	i    int
}

var errTruncated = errors.New("unexpected end of JSON input")

func (s *scanner) peek() byte {
	if s.i < len(s.data) {
		return s.data[s.i]
	}
	return 0
}

func (s *scanner) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// value checks the value at s.i, an object checked against schema when
// schema is not nil.
func (s *scanner) value(schema *keySchema, depth int) error {
	if depth > maxDepth {
		return errors.New("nested too deeply")
	}
	s.space()
	switch s.peek() {
	case '{':
		return s.object(schema, depth+1)
	case '[':
		s.i++
		var elem *keySchema
		if schema != nil {
			elem = schema.elem
		}
		s.space()
		if s.peek() == ']' {
			s.i++
			return nil
		}
		for {
			if err := s.value(elem, depth+1); err != nil {
				return err
			}
			s.space()
			switch s.peek() {
			case ',':
				s.i++
			case ']':
				s.i++
				return nil
			default:
				return s.unexpected("in an array")
			}
		}
	case '"':
		_, _, err := s.str()
		return err
	case 0:
		return errTruncated
	}
	// A number or a literal: up to the next delimiter; the decoder checks it.
	start := s.i
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ',', ']', '}', ' ', '\t', '\n', '\r':
			if s.i == start {
				return s.unexpected("for a value")
			}
			return nil
		case '{', '[', '"', ':':
			return s.unexpected("in a value")
		}
		s.i++
	}
	return nil
}

// object checks the object whose '{' is at s.i.
func (s *scanner) object(schema *keySchema, depth int) error {
	s.i++
	var seen [8]string // a known schema has fewer keys; more is an error
	n := 0
	s.space()
	if s.peek() == '}' {
		s.i++
		return nil
	}
	for {
		s.space()
		if s.peek() != '"' {
			return s.unexpected("for a key")
		}
		raw, escaped, err := s.str()
		if err != nil {
			return err
		}
		key := string(raw)
		if escaped {
			// The decoder matches unescaped keys: unescape as it does.
			if err := json.Unmarshal(s.data[s.i-len(raw)-2:s.i], &key); err != nil {
				return err
			}
		}
		var sub *keySchema
		if schema != nil {
			k, ok := schema.keys[key]
			if !ok {
				return fmt.Errorf("unknown key %q", clip.String(key, maxQuote))
			}
			for _, x := range seen[:n] {
				if x == key {
					return fmt.Errorf("duplicate key %q", clip.String(key, maxQuote))
				}
			}
			if n < len(seen) {
				seen[n] = key
				n++
			}
			sub = k
		}
		s.space()
		if s.peek() != ':' {
			return s.unexpected("after a key")
		}
		s.i++
		if err := s.value(sub, depth); err != nil {
			return err
		}
		s.space()
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil
		default:
			return s.unexpected("in an object")
		}
	}
}

// str reads the string whose '"' is at s.i and returns its raw contents
// and whether it has escapes.
func (s *scanner) str() (raw []byte, escaped bool, err error) {
	start := s.i + 1
	for s.i = start; s.i < len(s.data); s.i++ {
		switch s.data[s.i] {
		case '\\':
			escaped = true
			s.i++
		case '"':
			s.i++
			return s.data[start : s.i-1], escaped, nil
		}
	}
	return nil, false, errTruncated
}

func (s *scanner) unexpected(where string) error {
	if s.i >= len(s.data) {
		return errTruncated
	}
	return fmt.Errorf("unexpected %q at byte %d %s", s.data[s.i], s.i, where)
}
