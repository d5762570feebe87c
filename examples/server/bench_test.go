package main

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"testing"
)

// BenchmarkDeadlineEndpoint is the deadline endpoint in process, handler
// and middleware included, without the network.
func BenchmarkDeadlineEndpoint(b *testing.B) {
	f := newFixture(b, unlimited())
	path := "/api/v1/deadline?" + url.Values{"limit": {"05 ngày làm việc"}, "received": {"2026-02-12T09:30"}}.Encode()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkTrackingPage is a successful lookup on the tracking page.
func BenchmarkTrackingPage(b *testing.B) {
	f := newFixture(b, unlimited())
	form := url.Values{"code": {string(f.demo.Code)}, "id": {demoID}}.Encode()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		req := httptestRequest("POST", "/tra-cuu", form, "")
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := serve(f.h, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkDeadlineUncached asks for a new receipt instant each time, so
// no answer is reused: the reading, the count, the explanation and JSON.
func BenchmarkDeadlineUncached(b *testing.B) {
	f := newFixture(b, unlimited())
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		path := "/api/v1/deadline?" + url.Values{"limit": {"05 ngày làm việc"}, "received": {fmt.Sprintf("2026-%02d-%02dT%02d:%02d", 1+i%12, 1+i%28, i%24, i%60)}}.Encode()
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code, rec.Body)
		}
	}
}

// BenchmarkDashboard is the public dashboard after its first request: its
// figures come from the cache, so the cost is rendering, whatever the
// store holds.
func BenchmarkDashboard(b *testing.B) {
	f := newFixture(b, unlimited())
	req := func() {
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, httptest.NewRequest("GET", "/bang-tin?from=2026-02-15&to=2026-03-17", nil))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
	req()
	replays := f.s.replays.Load()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		req()
	}
	if f.s.replays.Load() != replays {
		b.Fatal("the dashboard replayed the store after its first request")
	}
}
