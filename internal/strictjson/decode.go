package strictjson

import (
	"encoding/json"
	"reflect"
)

// Decode applies the policy to data for the type v points to, then decodes
// data into *v with encoding/json. On error *v is unchanged: the value is
// decoded into a fresh variable and copied on success. The error is an
// [*Error]; a value's own decoder's error is inside one of [ProblemValue].
//
// v must be a non-nil pointer; anything else is an error of ProblemValue.
func Decode(data []byte, v any, lim Limits) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &Error{Problem: ProblemValue, Offset: -1, Detail: "decoding needs a non-nil pointer"}
	}
	t := rv.Type().Elem()
	r := schemaOf(t)
	r.nullable = false // the document itself is never null
	if err := check(data, r, lim); err != nil {
		return err
	}
	fresh := reflect.New(t)
	if err := json.Unmarshal(data, fresh.Interface()); err != nil {
		return fromJSON(err)
	}
	rv.Elem().Set(fresh.Elem())
	return nil
}

// Check applies the policy to data for the type v points to, without
// decoding it.
func Check(data []byte, v any, lim Limits) error {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return &Error{Problem: ProblemValue, Offset: -1, Detail: "checking needs a pointer"}
	}
	r := schemaOf(t.Elem())
	r.nullable = false
	if err := check(data, r, lim); err != nil {
		return err
	}
	return nil
}

// fromJSON turns an error of encoding/json after a passed check into an
// *Error: a number out of its field's range is ProblemType, anything else
// came from a value's own decoder. Only encoding/json's own errors are
// read as such: a value's decoder may wrap one of its own (a nested
// document), and that stays the value's error.
func fromJSON(err error) *Error {
	switch e := err.(type) {
	case *json.UnmarshalTypeError:
		return &Error{Problem: ProblemType, Offset: e.Offset, Path: e.Field,
			Detail: "(" + e.Value + " does not fit " + e.Type.String() + ")"}
	case *json.SyntaxError:
		return &Error{Problem: ProblemSyntax, Offset: e.Offset, Err: err}
	}
	return &Error{Problem: ProblemValue, Offset: -1, Err: err}
}
