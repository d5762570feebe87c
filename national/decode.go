package national

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseEnvelope reads an envelope of dossier records strictly: UTF-8 JSON
// of at most [MaxEnvelopeBytes], one object with exactly the keys service,
// isUpdating and data, service "DongBoHoSoMC", at most [MaxRecords]
// records, keys spelt exactly as the portal spells them (encoding/json would
// take "mahoso" for "MaHoSo"), no key twice in an object, no unknown key,
// strings where strings are due, nothing after the envelope. JSON null
// counts as an absent value (one integration writes null for empty
// fields). It checks the form only: [Import] checks each record.
//
// The error is a *[FieldError] whose Field is "json" (or the envelope's
// key at fault), wrapping [ErrMalformed] or [ErrTooLarge].
func ParseEnvelope(data []byte) (Envelope, error) {
	var env Envelope
	if err := strictDecode(data, maxDepth, &env); err != nil {
		return Envelope{}, err
	}
	if env.Service != ServiceRecords {
		return Envelope{}, &FieldError{Field: "service", Value: clipQuote(env.Service), Err: ErrMalformed, Detail: "want " + ServiceRecords}
	}
	if len(env.Data) > MaxRecords {
		return Envelope{}, &FieldError{Field: "data", Value: strconv.Itoa(len(env.Data)), Err: ErrTooLarge, Detail: "more than " + strconv.Itoa(MaxRecords) + " records"}
	}
	return env, nil
}

// ParseRecord reads one record, such as a line of a JSON-lines file,
// with the rules of [ParseEnvelope].
func ParseRecord(data []byte) (Record, error) {
	var r Record
	if err := strictDecode(data, maxDepth-2, &r); err != nil {
		return Record{}, err
	}
	return r, nil
}

// knownKeys are the keys of the wire format, exactly spelt.
var knownKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range []any{Envelope{}, StepEnvelope{}, Record{}, DocumentRecord{}, FeeRecord{}, SupplementRecord{}, ResultRecord{}, IdentityRecord{}, StepRecord{}} {
		t := reflect.TypeOf(v)
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			m[name] = true
		}
	}
	return m
}()

func jsonError(data []byte, err error, detail string) error {
	return &FieldError{Field: "json", Value: clipQuote(string(data)), Err: err, Detail: detail}
}

// strictDecode checks data's form with a token walk (exact-case keys, no
// duplicates, bounded depth, one value) and then decodes it into v,
// refusing unknown keys and wrong types.
func strictDecode(data []byte, depth int, v any) error {
	if len(data) > MaxEnvelopeBytes {
		return &FieldError{Field: "json", Value: strconv.Itoa(len(data)) + " bytes", Err: ErrTooLarge, Detail: "more than 16 MiB"}
	}
	if !utf8.Valid(data) {
		return jsonError(data, ErrMalformed, "not UTF-8")
	}
	type frame struct {
		object, wantKey bool
		keys            map[string]bool
	}
	var stack []frame
	done := func() {
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].wantKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	values := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return jsonError(data, ErrMalformed, "at byte "+strconv.FormatInt(dec.InputOffset(), 10)+": "+err.Error())
		}
		if len(stack) == 0 {
			if values++; values > 1 {
				return jsonError(data, ErrMalformed, "data after the value")
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if len(stack) >= depth {
					return jsonError(data, ErrMalformed, "nested deeper than "+strconv.Itoa(depth))
				}
				stack = append(stack, frame{object: t == '{', wantKey: t == '{'})
			default:
				stack = stack[:len(stack)-1]
				done()
			}
		case string:
			if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].wantKey {
				top := &stack[n-1]
				if !knownKeys[t] {
					return &FieldError{Field: "json", Value: clipQuote(t), Err: ErrMalformed, Detail: "unknown key (keys are spelt exactly as the portal spells them)"}
				}
				if top.keys == nil {
					top.keys = make(map[string]bool, 40)
				}
				if top.keys[t] {
					return &FieldError{Field: "json", Value: clipQuote(t), Err: ErrMalformed, Detail: "key given twice"}
				}
				top.keys[t] = true
				top.wantKey = false
				continue
			}
			done()
		default:
			done()
		}
	}
	if values == 0 {
		return jsonError(data, ErrMalformed, "empty")
	}
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return &FieldError{Field: "json", Value: clipQuote(te.Value), Err: ErrMalformed, Detail: te.Field + ": want " + te.Type.String()}
		}
		return jsonError(data, ErrMalformed, err.Error())
	}
	return nil
}
