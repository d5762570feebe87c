package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

type item struct {
	Name  string          `json:"name"`
	Count int             `json:"count,omitempty"`
	Tags  []string        `json:"tags,omitempty"`
	Price decimal.Decimal `json:"price,omitzero"`
	At    time.Time       `json:"at,omitzero"`
	Next  *item           `json:"next,omitempty"`
	Raw   json.RawMessage `json:"raw,omitempty"`
	Extra map[string]int  `json:"extra,omitempty"`
	OK    bool            `json:"ok,omitempty"`
	Num   int             `json:"num_text,omitempty,string"`
}

type doc struct {
	embedded
	Items []item `json:"items"`
	skip  int    //lint:ignore U1000 unexported fields have no key
	Dash  int    `json:"-"`
}

type embedded struct {
	Title string `json:"title"`
}

func TestDecodeAccepts(t *testing.T) {
	in := `{"title":"T","items":[{"name":"a\u00e9\ud83d\ude00","count":2,"tags":["x"],"price":"8000",` +
		`"at":"2025-07-01T08:00:00+07:00","next":{"name":"b","next":null},"raw":{"k":[1,{"z":true}]},` +
		`"extra":{"p":1,"q":2},"ok":true,"num_text":"12"}]}`
	var d doc
	if err := Decode([]byte(in), &d, Limits{}); err != nil {
		t.Fatal(err)
	}
	if err := Decode([]byte(`{"items":[{"name":"a","tags":["x",null]}]}`), &d, Limits{}); err == nil {
		t.Error("null accepted for a string in a list")
	}
	if d.Title != "T" || d.Items[0].Name != "aé😀" || d.Items[0].Next.Name != "b" || d.Items[0].Num != 12 ||
		!d.Items[0].Price.Equal(decimal.NewFromInt(8000)) {
		t.Fatalf("decoded %+v", d)
	}
}

func TestDecodeRefuses(t *testing.T) {
	big := `{"items":[{"name":"` + strings.Repeat("x", 200) + `"}]}`
	deep := `{"items":[{"name":"a","raw":` + strings.Repeat("[", 20) + strings.Repeat("]", 20) + `}]}`
	for _, tc := range []struct {
		name, in string
		lim      Limits
		want     Problem
		detail   string
	}{
		{"empty", ``, Limits{}, ProblemSyntax, ""},
		{"not an object", `[]`, Limits{}, ProblemType, ""},
		{"null document", `null`, Limits{}, ProblemType, ""},
		{"trailing value", `{"items":[]} {}`, Limits{}, ProblemTrailing, ""},
		{"trailing garbage", `{"items":[]}x`, Limits{}, ProblemTrailing, ""},
		{"duplicate key", `{"items":[],"items":[]}`, Limits{}, ProblemDuplicateKey, `"items"`},
		{"duplicate escaped key", `{"items":[],"\u0069tems":[]}`, Limits{}, ProblemDuplicateKey, `"items"`},
		{"duplicate map key", `{"items":[{"name":"a","extra":{"p":1,"p":2}}]}`, Limits{}, ProblemDuplicateKey, `"p"`},
		{"duplicate key in raw", `{"items":[{"name":"a","raw":{"k":1,"k":2}}]}`, Limits{}, ProblemDuplicateKey, `"k"`},
		{"case-variant key", `{"Items":[]}`, Limits{}, ProblemUnknownKey, `"Items"`},
		{"unknown key", `{"items":[{"name":"a","colour":"red"}]}`, Limits{}, ProblemUnknownKey, `"colour"`},
		{"ignored field by name", `{"items":[],"Dash":1}`, Limits{}, ProblemUnknownKey, ""},
		{"unexported field", `{"items":[],"skip":1}`, Limits{}, ProblemUnknownKey, ""},
		{"invalid UTF-8", "{\"title\":\"\xff\",\"items\":[]}", Limits{}, ProblemUTF8, ""},
		{"lone high surrogate", `{"title":"\ud800","items":[]}`, Limits{}, ProblemUTF8, ""},
		{"lone low surrogate", `{"title":"\udc00","items":[]}`, Limits{}, ProblemUTF8, ""},
		{"reversed surrogates", `{"title":"\udc00\ud800","items":[]}`, Limits{}, ProblemUTF8, ""},
		{"amount as number", `{"items":[{"name":"a","price":8000}]}`, Limits{}, ProblemType, ""},
		{"amount as exponent", `{"items":[{"name":"a","price":8e3}]}`, Limits{}, ProblemType, ""},
		{"string for number", `{"items":[{"name":"a","count":"2"}]}`, Limits{}, ProblemType, ""},
		{"number for string", `{"items":[{"name":1}]}`, Limits{}, ProblemType, ""},
		{"null for string", `{"items":[{"name":null}]}`, Limits{}, ProblemType, ""},
		{"null for struct", `{"items":[null]}`, Limits{}, ProblemType, ""},
		{"number out of range", `{"items":[{"name":"a","count":1e30}]}`, Limits{}, ProblemType, ""},
		{"long number", `{"items":[{"name":"a","count":` + strings.Repeat("9", 40) + `}]}`, Limits{}, ProblemTooLarge, ""},
		{"leading zero", `{"items":[{"name":"a","count":01}]}`, Limits{}, ProblemSyntax, ""},
		{"too large", big, Limits{MaxBytes: 100}, ProblemTooLarge, ""},
		{"too deep", deep, Limits{}, ProblemTooDeep, ""},
		{"control character", "{\"title\":\"a\nb\",\"items\":[]}", Limits{}, ProblemSyntax, ""},
		{"bad escape", `{"title":"\x41","items":[]}`, Limits{}, ProblemSyntax, ""},
		{"trailing comma", `{"items":[],}`, Limits{}, ProblemSyntax, ""},
		{"trailing comma in array", `{"items":[{"name":"a"},]}`, Limits{}, ProblemSyntax, ""},
		{"unterminated", `{"items":[`, Limits{}, ProblemSyntax, ""},
		{"bad literal", `{"items":[{"name":"a","ok":tru}]}`, Limits{}, ProblemSyntax, ""},
		{"value error", `{"items":[{"name":"a","at":"yesterday"}]}`, Limits{}, ProblemValue, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			d.Title = "kept"
			err := Decode([]byte(tc.in), &d, tc.lim)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Decode(%q) = %v, want an *Error", tc.in, err)
			}
			if e.Problem != tc.want {
				t.Fatalf("Decode(%q): problem %v, want %v (%v)", tc.in, e.Problem, tc.want, err)
			}
			if tc.detail != "" && !strings.Contains(e.Detail, tc.detail) {
				t.Errorf("Decode(%q): detail %q, want it to name %s", tc.in, e.Detail, tc.detail)
			}
			if d.Title != "kept" {
				t.Errorf("Decode(%q) changed the value on error", tc.in)
			}
			if len(err.Error()) > 300 {
				t.Errorf("error of %d bytes: %v", len(err.Error()), err)
			}
		})
	}
}

func TestErrorNamesPath(t *testing.T) {
	err := Decode([]byte(`{"items":[{"name":"a"},{"name":"b","colour":1}]}`), new(doc), Limits{})
	if got := err.Error(); got != `json: unknown key "colour" at items[1] (byte 35)` {
		t.Fatalf("got %q", got)
	}
	err = Decode([]byte(`{"items":[{"name":"a","count":"x"}]}`), new(doc), Limits{})
	if got := err.Error(); !strings.Contains(got, "at items[0].count") {
		t.Fatalf("got %q", got)
	}
}

func TestValueErrorStaysReachable(t *testing.T) {
	err := Decode([]byte(`{"items":[{"name":"a","at":"yesterday"}]}`), new(doc), Limits{})
	var pe *time.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("got %v, want the time.ParseError inside", err)
	}
}

func TestQuotesAreShort(t *testing.T) {
	key := strings.Repeat("ế", 10_000)
	err := Decode([]byte(`{"`+key+`":1}`), new(doc), Limits{})
	if err == nil || len(err.Error()) > 300 {
		t.Fatalf("got %d bytes: %v", len(err.Error()), err)
	}
	if !strings.Contains(err.Error(), "ế…") {
		t.Fatalf("want a rune-safe clipped key, got %v", err)
	}
}

func TestDecodeNeedsPointer(t *testing.T) {
	if err := Decode([]byte(`{}`), doc{}, Limits{}); err == nil {
		t.Fatal("want an error for a non-pointer")
	}
	if err := Check([]byte(`{"items":[]}`), new(doc), Limits{}); err != nil {
		t.Fatal(err)
	}
}

// The check is linear: many keys, many elements, long strings.
func TestLinearAllocations(t *testing.T) {
	for _, n := range []int{1_000, 100_000} {
		var b strings.Builder
		b.WriteString(`{"items":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"name":"x","count":1,"tags":["a","b"],"ok":true}`)
		}
		b.WriteString(`]}`)
		data := []byte(b.String())
		allocs := testing.AllocsPerRun(3, func() {
			if err := Check(data, new(doc), Limits{MaxBytes: 1 << 24}); err != nil {
				t.Fatal(err)
			}
		})
		if allocs > 20 {
			t.Errorf("Check of %d items: %v allocations, want a constant few", n, allocs)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	var s strings.Builder
	s.WriteString(`{"items":[`)
	for i := range 1000 {
		if i > 0 {
			s.WriteByte(',')
		}
		s.WriteString(`{"name":"Giấy khai sinh","count":1,"tags":["a","b"],"price":"8000","ok":true}`)
	}
	s.WriteString(`]}`)
	data := []byte(s.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Check(data, new(doc), Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// A field of a wire struct hides the field of the same name of a type it
// embeds, as in encoding/json: here a string hides a number.
func TestShadowedField(t *testing.T) {
	type inner struct {
		A int `json:"a"`
		B int `json:"b"`
	}
	type outer struct {
		inner
		A string `json:"a"`
	}
	var v outer
	if err := Decode([]byte(`{"a":"x","b":2}`), &v, Limits{}); err != nil || v.A != "x" || v.B != 2 {
		t.Fatalf("got %+v, %v", v, err)
	}
	if err := Decode([]byte(`{"a":1}`), &v, Limits{}); err == nil {
		t.Fatal("a number accepted for the shadowing string field")
	}
}

// nested decodes its own document and wraps encoding/json's error.
type nested struct{}

func (*nested) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("nested: %w", err)
	}
	return nil
}

// A value's decoder that wraps an error of encoding/json keeps it: the
// error is the value's (ProblemValue), not a type error of the document.
func TestNestedDecoderError(t *testing.T) {
	var v struct {
		N nested `json:"n"`
	}
	err := Decode([]byte(`{"n":"x"}`), &v, Limits{})
	var e *Error
	var te *json.UnmarshalTypeError
	if !errors.As(err, &e) || e.Problem != ProblemValue || !errors.As(err, &te) {
		t.Fatalf("got %v, want ProblemValue wrapping the nested type error", err)
	}
}
