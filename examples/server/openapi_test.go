package main

import (
	"encoding/json"
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
