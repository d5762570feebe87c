package main

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"
	"testing"
)

// The checked-in OpenAPI document and the routes stay in step: every API
// route is documented with its method, and every documented operation is
// routed.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		for m := range ops {
			if m == "parameters" {
				continue
			}
			documented[strings.ToUpper(m)+" "+p] = true
		}
	}
	routed := map[string]bool{}
	for pattern := range (&server{}).routes() {
		if strings.Contains(pattern, " /api/") {
			routed[pattern] = true
		}
	}
	var missing, extra []string
	for r := range routed {
		if !documented[r] {
			missing = append(missing, r)
		}
	}
	for d := range documented {
		if !routed[d] {
			extra = append(extra, d)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("routes not documented: %v\ndocumented, not routed: %v", missing, extra)
	}
}

func TestOpenAPIServed(t *testing.T) {
	f := newFixture(t, unlimited())
	rec := serve(f.h, httptestRequest("GET", "/api/v1/openapi.json", "", ""))
	if rec.Code != 200 || !json.Valid(rec.Body.Bytes()) {
		t.Errorf("%d", rec.Code)
	}
}

// sampleParams are valid values of the documented query parameters, by
// name, for the requests of TestOpenAPIParameters.
var sampleParams = map[string]string{
	"date": "2026-02-13", "days": "1", "year": "2026", "month": "2", "text": "05 ngày làm việc",
	"limit": "05 ngày làm việc", "from": "2026-02-01", "to": "2026-03-01", "on": "2026-03-16",
}

// The documented query parameters are the handlers': a request without a
// required one is refused with the typed 400 naming it (the handler does
// not default it), and an integer or date parameter that is not one is
// refused naming it (the handler reads it). Free-text parameters are read
// as they come and are not checked here.
func TestOpenAPIParameters(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name     string `json:"name"`
				In       string `json:"in"`
				Required bool   `json:"required"`
				Schema   struct {
					Type   string `json:"type"`
					Format string `json:"format"`
				} `json:"schema"`
			} `json:"parameters"`
			Security []map[string]any `json:"security"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, unlimited())
	checked := 0
	for path, ops := range doc.Paths {
		op, ok := ops["get"]
		if !ok {
			continue
		}
		path = strings.NewReplacer("/procedures/{code}", "/procedures/1.004222", "{code}", string(f.demo.Code)).Replace(path)
		token := ""
		if len(op.Security) > 0 {
			token = f.tok[roleReport]
		}
		required := url.Values{}
		for _, p := range op.Parameters {
			if p.In == "query" && p.Required {
				v, ok := sampleParams[p.Name]
				if !ok {
					t.Fatalf("%s: no sample value for the required parameter %s", path, p.Name)
				}
				required.Set(p.Name, v)
			}
		}
		get := func(q url.Values) (int, map[string]any) {
			return f.do("GET", path+"?"+q.Encode(), token, nil)
		}
		if st, m := get(required); len(required) > 0 && st >= 400 {
			t.Errorf("GET %s?%s: %d %v", path, required.Encode(), st, m)
		}
		for _, p := range op.Parameters {
			if p.In != "query" {
				continue
			}
			if p.Required {
				q := url.Values{}
				for k, v := range required {
					if k != p.Name {
						q[k] = v
					}
				}
				st, m := get(q)
				if st != 400 || m["code"] != "invalid_input" || m["field"] != p.Name {
					t.Errorf("GET %s without the required %s: %d %v, want 400 invalid_input naming it", path, p.Name, st, m)
				}
				checked++
			}
			if p.Schema.Type == "integer" || p.Schema.Format == "date" {
				q := url.Values{}
				for k, v := range required {
					q[k] = v
				}
				q.Set(p.Name, "x")
				st, m := get(q)
				if st != 400 || m["field"] != p.Name {
					t.Errorf("GET %s with %s=x: %d %v, want 400 naming %s (is it read?)", path, p.Name, st, m, p.Name)
				}
				checked++
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d parameters checked", checked)
	}
}
