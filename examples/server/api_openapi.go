package main

import (
	_ "embed"
	"net/http"
)

// openAPI is the API's OpenAPI 3 document, checked in beside the code; a
// test keeps it and the routes in step.
//
//go:embed openapi.json
var openAPI []byte

// GET /api/v1/openapi.json
func (s *server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPI)
}
