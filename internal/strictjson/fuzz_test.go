package strictjson

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzDecode: never a panic; every error an *Error; whatever the policy
// accepts, encoding/json accepts too, and it is valid UTF-8 and one value.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"title":"T","items":[{"name":"a","count":2,"tags":["x"],"price":"1.5","extra":{"p":1}}]}`,
		`{"items":[],"items":[]}`, `{"Items":[]}`, `{"title":"\ud800"}`, `{"items":[{"name":"a","raw":[[[{}]]]}]}`,
		`{"items":[{"name":"a","count":-0.5e+3}]} `, "{\"title\":\"\xc3\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		err := Decode(data, &d, Limits{MaxBytes: 4096})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			if len(err.Error()) > 1024 {
				t.Fatalf("error of %d bytes", len(err.Error()))
			}
			return
		}
		if !utf8.Valid(data) || !json.Valid(data) {
			t.Fatalf("accepted %q", data)
		}
	})
}
