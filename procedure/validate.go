package procedure

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
)

// structural is the validator of the wire structs. A *validator.Validate
// is safe for concurrent use once configured; it is configured here, once,
// and never changed afterwards.
var structural = func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(v.RegisterValidation("tthc_code", func(fl validator.FieldLevel) bool { return validCode(fl.Field().String()) }))
	must(v.RegisterValidation("isodate", func(fl validator.FieldLevel) bool { _, ok := parseISODate(fl.Field().String()); return ok }))
	must(v.RegisterValidation("hhmm", func(fl validator.FieldLevel) bool { _, ok := parseHHMM(fl.Field().String()); return ok }))
	must(v.RegisterValidation("vnd", func(fl validator.FieldLevel) bool { _, ok := parseVND(fl.Field().String()); return ok }))
	return v
}()

// checkStruct runs the struct-tag rules on w (a wire struct) and converts
// the first failure into a *ValidationError naming code and the JSON path.
func checkStruct(code string, w any) error {
	err := structural.Struct(w)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) || len(ves) == 0 {
		return &ValidationError{Procedure: code, Err: fmt.Errorf("%w: %w", ErrInvalidValue, err)}
	}
	fe := ves[0]
	// Namespace is "wireProcedure.channels[0].statutory": drop the type name.
	field := fe.Namespace()
	if _, rest, ok := strings.Cut(field, "."); ok {
		field = rest
	}
	var sentinel error
	switch fe.Tag() {
	case "required", "required_with", "required_if", "min":
		sentinel = ErrMissingField
	case "vnd":
		sentinel = ErrInvalidFee
	default:
		sentinel = ErrInvalidValue
	}
	return &ValidationError{
		Procedure: code,
		Field:     field,
		Value:     fmt.Sprint(fe.Value()),
		Err:       fmt.Errorf("rule %q: %w", fe.Tag(), sentinel),
	}
}
