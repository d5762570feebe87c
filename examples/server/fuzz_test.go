package main

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzDeadlineQuery: any query of the deadline endpoint is answered 200 or
// a typed 4xx error, never a 500 or a panic.
func FuzzDeadlineQuery(f *testing.F) {
	fx := newFixture(f, unlimited())
	for _, s := range []string{"limit=05+ng%C3%A0y+l%C3%A0m+vi%E1%BB%87c&received=2026-02-12T09:00",
		"procedure=1.004222&channel=direct", "limit=&procedure=&channel=x", "received=9999-99-99T99:99", "limit=%FF%FE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		rec := serve(fx.h, httptestRequest("GET", "/api/v1/deadline?"+v.Encode(), "", ""))
		if rec.Code >= 500 || rec.Code != 200 && !strings.Contains(rec.Body.String(), `"message_en"`) {
			t.Fatalf("%s: %d %s", q, rec.Code, rec.Body)
		}
	})
}

// FuzzCommandBody: any body of a command is answered with a typed error or
// applied, never a 500 or a panic.
func FuzzCommandBody(f *testing.F) {
	fx := newFixture(f, unlimited())
	tok := fx.tok[roleProcess]
	path := "/api/v1/dossiers/" + string(fx.demo.Code) + "/apology"
	for _, s := range []string{`{"version":1}`, `{"version":3,"new_due":"2026-04-01","reason":"x"}`, `{"version":"x"}`, `[]`, `{"items":[1]}`, `{"new_due":"2026-13-45","version":2,"reason":"r"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		rec := serve(fx.h, httptestRequest("POST", path, body, tok))
		if rec.Code >= 500 || rec.Code != 200 && !strings.Contains(rec.Body.String(), `"message_en"`) {
			t.Fatalf("%q: %d %s", body, rec.Code, rec.Body)
		}
	})
}
