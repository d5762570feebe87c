package liaison

// The single-pass checker of strict.go against the token walker it
// replaced (kept here as the oracle): on every valid JSON input, what the
// walker accepts the checker accepts, and what only the walker refuses the
// decoder refuses, so ParseRoute's verdict is the same.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/motcua/motcua/internal/clip"
)

// checkJSON walks data: one JSON value, an object, with only the keys of
// schema (case-sensitive, each once), and nothing after it.
func oracleCheckJSON(data []byte, schema *keySchema) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != json.Delim('{') {
		return errors.New("a route is a JSON object")
	}
	if err := oracleWalkObject(dec, schema, 0); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after the route")
	}
	return nil
}

// oracleWalkValue checks the value whose first token is tok.
func oracleWalkValue(dec *json.Decoder, tok json.Token, schema *keySchema, depth int) error {
	if depth > maxDepth {
		return errors.New("nested too deeply")
	}
	switch tok {
	case json.Delim('{'):
		return oracleWalkObject(dec, schema, depth+1)
	case json.Delim('['):
		var elem *keySchema
		if schema != nil {
			elem = schema.elem
		}
		for dec.More() {
			t, err := dec.Token()
			if err != nil {
				return err
			}
			if err := oracleWalkValue(dec, t, elem, depth+1); err != nil {
				return err
			}
		}
		_, err := dec.Token() // ']'
		return err
	}
	return nil
}

// oracleWalkObject checks the members of an object whose '{' was read.
func oracleWalkObject(dec *json.Decoder, schema *keySchema, depth int) error {
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		if seen[key] {
			return fmt.Errorf("duplicate key %q", clip.String(key, maxQuote))
		}
		seen[key] = true
		var sub *keySchema
		if schema != nil {
			s, ok := schema.keys[key]
			if !ok {
				return fmt.Errorf("unknown key %q", clip.String(key, maxQuote))
			}
			sub = s
		}
		v, err := dec.Token()
		if err != nil {
			return err
		}
		if err := oracleWalkValue(dec, v, sub, depth); err != nil {
			return err
		}
	}
	_, err := dec.Token() // '}'
	return err
}

func FuzzCheckJSON(f *testing.F) {
	for _, s := range []string{
		`{"code":"R","steps":[{"id":"a","after":["b"]}]}`,
		`{"code":"R","code":"S"}`, `{"Code":"R"}`, `{"co\u0064e":"R","code":"S"}`, `{"steps":[[[[{}]]]]}`,
		`{"steps":[{"id":"a","id":"b"}]}`, `{"name":{"x":1,"x":2}}`, `{} {}`, `{"code":"R"} `, `[]`, `{"a":1}`,
		`{"steps":[{"after":[{"x":1}]}]}`, `{"total":-1.5e3,"name":null,"steps":[true,false]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return // the decoder refuses it anyway
		}
		got, want := checkJSON(data, routeSchema), oracleCheckJSON(data, routeSchema)
		switch {
		case want == nil && got != nil:
			t.Fatalf("%q: checkJSON %v, token walker accepts", data, got)
		case want != nil && got == nil:
			// checkJSON leaves the insides of values the route's shape
			// does not allow (an object for a name) to the decoder.
			var w wireRoute
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if dec.Decode(&w) == nil {
				t.Fatalf("%q: checkJSON accepts, token walker %v, decoder accepts", data, want)
			}
		}
	})
}
