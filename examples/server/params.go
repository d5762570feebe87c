package main

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
)

// dateParam reads the ISO date of query parameter name; def when absent
// (zero def: required).
func dateParam(r *http.Request, name string, def date.Date) (date.Date, *apiError) {
	v := r.URL.Query().Get(name)
	if v == "" {
		if def != 0 {
			return def, nil
		}
		return 0, badRequest(name, "", "Thiếu ngày (YYYY-MM-DD)", "Missing date (YYYY-MM-DD)")
	}
	d, err := date.ParseISO(v)
	if err != nil || len(v) != 10 {
		return 0, badRequest(name, v, "Ngày không hợp lệ, cần dạng YYYY-MM-DD", "Invalid date, want YYYY-MM-DD")
	}
	return d, nil
}

// intParam reads an integer query parameter within [lo, hi]; def when absent.
func intParam(r *http.Request, name string, def, lo, hi int) (int, *apiError) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest(name, v, "Số không hợp lệ, cần từ "+strconv.Itoa(lo)+" đến "+strconv.Itoa(hi),
			"Invalid number, want "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
	}
	return n, nil
}

// requiredInt reads an integer query parameter within [lo, hi] that the
// request must give.
func requiredInt(r *http.Request, name string, lo, hi int) (int, *apiError) {
	if r.URL.Query().Get(name) == "" {
		return 0, badRequest(name, "", "Thiếu tham số "+name, "Missing parameter "+name)
	}
	return intParam(r, name, 0, lo, hi)
}

// instantParam reads an RFC 3339 instant; a time without a zone is read in
// Vietnam's; now when absent.
func instantParam(v, name string, now time.Time) (time.Time, *apiError) {
	if v == "" {
		return now, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.ParseInLocation(layout, v, vietnam()); err == nil {
			return t, nil
		}
	}
	return time.Time{}, badRequest(name, v, "Thời điểm không hợp lệ, cần dạng 2026-03-02T09:00", "Invalid instant, want 2026-03-02T09:00 or RFC 3339")
}

// decodeBody reads a JSON body into v, refusing unknown fields, trailing
// data and bodies over maxBody.
func decodeBody(r *http.Request, v any) *apiError {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errTooLarge
		}
		if errors.Is(err, io.EOF) {
			return badRequest("body", "", "Thiếu nội dung JSON", "Missing JSON body")
		}
		return badRequest("body", err.Error(), "JSON không hợp lệ", "Malformed JSON")
	}
	if dec.More() {
		return badRequest("body", "", "Dữ liệu thừa sau JSON", "Trailing data after the JSON value")
	}
	return nil
}
