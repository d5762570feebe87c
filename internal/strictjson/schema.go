package strictjson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// kind is the JSON shape a Go type accepts.
type kind uint8

const (
	kindAny    kind = iota // any JSON value: the type decodes itself from JSON
	kindObject             // a struct: its declared keys only
	kindMap                // a map: any keys, each once
	kindArray
	kindString
	kindNumber
	kindBool
)

// node is the shape of one Go type; built once per type and never changed.
type node struct {
	kind   kind
	fields map[string]int // kindObject: key → index in subs
	subs   []ref          // kindObject: by field
	elem   ref            // kindArray, kindMap
}

// ref is a use of a node: through a pointer, a slice, a map or an
// interface, JSON null is allowed (encoding/json leaves the value nil).
type ref struct {
	n        *node
	nullable bool
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	schemas         sync.Map // reflect.Type → *node
)

// schemaOf returns the shape of t, built once and cached.
func schemaOf(t reflect.Type) ref {
	b := builder{seen: map[reflect.Type]*node{}}
	return b.ref(t)
}

type builder struct {
	seen map[reflect.Type]*node // nodes under construction (recursive types)
}

func (b *builder) ref(t reflect.Type) ref {
	nullable := false
	for t.Kind() == reflect.Pointer {
		t, nullable = t.Elem(), true
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Interface:
		nullable = true
	}
	return ref{n: b.node(t), nullable: nullable}
}

var anyNode = &node{kind: kindAny}

func (b *builder) node(t reflect.Type) *node {
	if n, ok := schemas.Load(t); ok {
		return n.(*node)
	}
	if n, ok := b.seen[t]; ok {
		return n
	}
	p := reflect.PointerTo(t)
	// A type that reads itself from text takes a JSON string only, even if
	// it also reads JSON numbers (decimal.Decimal): one written form.
	if p.Implements(textUnmarshaler) || t.Implements(textUnmarshaler) {
		return &node{kind: kindString}
	}
	if p.Implements(jsonUnmarshaler) || t.Implements(jsonUnmarshaler) {
		return anyNode
	}
	n := &node{}
	b.seen[t] = n
	switch t.Kind() {
	case reflect.String:
		n.kind = kindString
	case reflect.Bool:
		n.kind = kindBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		n.kind = kindNumber
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(textUnmarshaler) {
			n.kind = kindString // []byte is base64 text
			break
		}
		n.kind, n.elem = kindArray, b.ref(t.Elem())
	case reflect.Array:
		n.kind, n.elem = kindArray, b.ref(t.Elem())
	case reflect.Map:
		n.kind, n.elem = kindMap, b.ref(t.Elem())
	case reflect.Struct:
		n.kind, n.fields = kindObject, map[string]int{}
		b.addFields(n, t)
	default: // interface, and kinds encoding/json refuses itself
		n.kind = kindAny
	}
	delete(b.seen, t)
	schemas.Store(t, n)
	return n
}

// addFields declares the JSON keys of struct t in n, as encoding/json
// names them: the tag name, else the field name; the fields of an untagged
// embedded struct are promoted, and a shallower field hides a deeper one of
// the same name (a wire struct shadows a field of a type it embeds).
func (b *builder) addFields(n *node, t reflect.Type) {
	var embedded []reflect.Type
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			et := ft
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				embedded = append(embedded, et)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := n.fields[name]; dup {
			continue
		}
		r := b.ref(ft)
		if hasOpt(opts, "string") {
			switch r.n.kind {
			case kindNumber, kindBool, kindString:
				r.n = &node{kind: kindString}
			}
		}
		n.fields[name] = len(n.subs)
		n.subs = append(n.subs, r)
	}
	for _, et := range embedded {
		b.addFields(n, et) // names already declared above are kept
	}
}

func hasOpt(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}
