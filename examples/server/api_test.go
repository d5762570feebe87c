package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// Calendar: Tết 2026 (Decision of the Prime Minister announcing 14–22
// February 2026 off; Labour Code 2019 Art. 112) and the lunar dates.
func TestCalendarAPI(t *testing.T) {
	f := newFixture(t, unlimited())
	for _, c := range []struct {
		path   string
		status int
		code   string
		check  func(map[string]any) bool
	}{
		// 17 Feb 2026 is Tết (mùng 1 tháng Giêng Bính Ngọ): not a working day.
		{"/api/v1/calendar/working-day?date=2026-02-17", 200, "", func(m map[string]any) bool {
			return m["working"] == false && m["lunar_day"] == 1.0 && m["lunar_month"] == 1.0
		}},
		{"/api/v1/calendar/working-day?date=2026-03-16", 200, "", func(m map[string]any) bool { return m["working"] == true }},
		{"/api/v1/calendar/working-day?date=16/03/2026", 400, "invalid_input", nil},
		{"/api/v1/calendar/working-day", 400, "invalid_input", nil},
		{"/api/v1/calendar/working-day?date=1500-01-01", 422, "out_of_span", nil},
		// Friday 13 Feb 2026 + 1 working day: Tết and the weekend skipped → Monday 23 Feb.
		{"/api/v1/calendar/add-working-days?date=2026-02-13&days=1", 200, "", func(m map[string]any) bool { return m["result"] == "2026-02-23" }},
		{"/api/v1/calendar/add-working-days?date=2026-02-13&days=x", 400, "invalid_input", nil},
		// days is required: without it the answer was 200 with days 0.
		{"/api/v1/calendar/add-working-days?date=2026-02-13", 400, "invalid_input", nil},
		{"/api/v1/calendar/month?year=2026&month=2", 200, "", func(m map[string]any) bool { return len(m["days"].([]any)) == 28 }},
		{"/api/v1/calendar/month?year=2026&month=13", 400, "invalid_input", nil},
		{"/api/v1/calendar/month?month=2", 400, "invalid_input", nil},
	} {
		st, m := f.do("GET", c.path, "", nil)
		f.want(c.status, c.code, st, m)
		if c.check != nil && !c.check(m) {
			t.Errorf("%s: %v", c.path, m)
		}
	}
}

// Deadlines: 5 working days from Thursday 12 Feb 2026 skip Tết (Decree
// 61/2018/NĐ-CP Art. 2: time limits in working days).
func TestDeadlineAPI(t *testing.T) {
	f := newFixture(t, unlimited())
	q := func(v url.Values) string { return "/api/v1/deadline?" + v.Encode() }
	st, m := f.do("GET", q(url.Values{"limit": {"05 ngày làm việc"}, "received": {"2026-02-12T09:00"}}), "", nil)
	f.want(200, "", st, m)
	if m["due"] != "2026-02-26" || len(m["skipped"].([]any)) != 9 || !strings.Contains(m["explanation_vi"].(string), "26/02/2026") {
		t.Errorf("deadline: %v", m)
	}
	// A procedure of the sample catalogue, in person: permanent residence.
	st, m = f.do("GET", q(url.Values{"procedure": {"1.004222"}, "channel": {"direct"}, "received": {"2026-03-16T09:00:00+07:00"}}), "", nil)
	f.want(200, "", st, m)
	if m["due"] == "" || m["procedure"] != "1.004222" || m["reading"] == nil {
		t.Errorf("procedure deadline: %v", m)
	}
	for _, c := range []struct {
		v      url.Values
		status int
		code   string
		field  string
	}{
		{url.Values{}, 400, "invalid_input", "limit"},
		{url.Values{"limit": {"5 ngày"}, "procedure": {"1.004222"}}, 400, "invalid_input", "limit"},
		{url.Values{"limit": {"khi nào xong thì trả"}}, 422, "limit_unreadable", "limit"},
		{url.Values{"limit": {strings.Repeat("x", 5000)}}, 422, "limit_unreadable", "limit"},
		{url.Values{"limit": {"05 ngày làm việc"}, "received": {"yesterday"}}, 400, "invalid_input", "received"},
		{url.Values{"procedure": {"1.004222"}, "channel": {"pigeon"}}, 400, "invalid_input", "channel"},
		{url.Values{"procedure": {"9.999999"}, "channel": {"direct"}}, 404, "not_found", "procedure"},
	} {
		st, m := f.do("GET", q(c.v), "", nil)
		f.want(c.status, c.code, st, m)
		if m["field"] != c.field {
			t.Errorf("%v: field %v, want %s", c.v, m["field"], c.field)
		}
	}
	st, m = f.do("GET", "/api/v1/limit-reading?text="+url.QueryEscape("03 ngày làm việc; trường hợp phức tạp không quá 10 ngày làm việc"), "", nil)
	f.want(200, "", st, m)
	if m["simple"] != false || m["reading"] == nil {
		t.Errorf("reading: %v", m)
	}
	st, m = f.do("GET", "/api/v1/limit-reading", "", nil)
	f.want(400, "invalid_input", st, m)
}

func TestCatalogueAPI(t *testing.T) {
	f := newFixture(t, unlimited())
	st, m := f.do("GET", "/api/v1/procedures?q=tam+tru", "", nil)
	f.want(200, "", st, m)
	if len(m["procedures"].([]any)) == 0 {
		t.Errorf("search found nothing: %v", m)
	}
	st, m = f.do("GET", "/api/v1/procedures/1.004222", "", nil)
	f.want(200, "", st, m)
	if m["code"] != "1.004222" || m["components"] == nil {
		t.Errorf("lookup: %v", m)
	}
	st, m = f.do("GET", "/api/v1/procedures/1.999999", "", nil)
	f.want(404, "not_found", st, m)
	st, m = f.do("GET", "/api/v1/procedures/abc", "", nil)
	f.want(400, "invalid_input", st, m)
	st, m = f.do("GET", "/api/v1/procedures?channel=pigeon", "", nil)
	f.want(400, "invalid_input", st, m)
}

// receive receives a dossier of permanent residence and returns its code.
func (f *fixture) receive(id string) (string, int) {
	f.t.Helper()
	st, m := f.do("POST", "/api/v1/dossiers", f.tok[roleReceive], map[string]any{
		"procedure": "1.004194", "channel": "direct",
		"applicant": map[string]any{"kind": "individual", "name": "Trần Thị Bình", "id": id},
	})
	f.want(201, "", st, m)
	return m["code"].(string), int(m["version"].(float64))
}

// The lifecycle over the API: receipt, transfer, a stale version (409),
// supplement, decision, return (Decree 61/2018/NĐ-CP Art. 17–20).
func TestDossierCommands(t *testing.T) {
	f := newFixture(t, unlimited())
	code, v := f.receive("001200000001")
	if !strings.HasPrefix(code, demoUnit+"-260316-") {
		t.Fatalf("code %s", code)
	}
	p := "/api/v1/dossiers/" + code
	tp := f.tok[roleProcess]
	st, m := f.do("GET", p, f.tok[roleReport], nil)
	f.want(200, "", st, m)
	if m["status"].(map[string]any)["code"] != "received" {
		t.Errorf("status %v", m["status"])
	}
	st, m = f.do("POST", p+"/transfer", tp, map[string]any{"version": v})
	f.want(200, "", st, m)
	v2 := int(m["version"].(float64))
	st, m = f.do("POST", p+"/supplement", tp, map[string]any{"version": v, "items": []string{"Giấy tờ"}})
	f.want(409, "version_conflict", st, m)
	if m["field"] != "version" {
		t.Errorf("conflict field %v", m["field"])
	}
	steps := []struct {
		cmd  string
		body map[string]any
	}{
		{"supplement", map[string]any{"items": []string{"Bản sao giấy khai sinh"}, "reason": "Thiếu giấy tờ"}},
		{"supplemented", nil},
		{"obligation", map[string]any{"amount": "20000"}},
		{"obligation-paid", nil},
		{"decide", map[string]any{"granted": true}},
		{"return", nil},
	}
	for _, s := range steps {
		b := map[string]any{"version": v2}
		for k, x := range s.body {
			b[k] = x
		}
		st, m = f.do("POST", p+"/"+s.cmd, tp, b)
		f.want(200, "", st, m)
		v2 = int(m["version"].(float64))
	}
	if m["status"].(map[string]any)["code"] != "returned" {
		t.Errorf("final status %v", m["status"])
	}
	// A finished dossier refuses more commands.
	st, m = f.do("POST", p+"/transfer", tp, map[string]any{"version": v2})
	f.want(422, "command_refused", st, m)
	// Apology and withdrawal on another dossier.
	code2, v := f.receive("001200000002")
	p2 := "/api/v1/dossiers/" + code2
	st, m = f.do("POST", p2+"/transfer", tp, map[string]any{"version": v})
	f.want(200, "", st, m)
	v = int(m["version"].(float64))
	st, m = f.do("POST", p2+"/apology", tp, map[string]any{"version": v})
	f.want(400, "invalid_input", st, m)
	st, m = f.do("POST", p2+"/apology", tp, map[string]any{"version": v, "new_due": "2026-03-30", "reason": "Cần xác minh"})
	f.want(200, "", st, m)
	v = int(m["version"].(float64))
	st, m = f.do("POST", p2+"/withdraw", tp, map[string]any{"version": v, "reason": "Người dân xin rút"})
	f.want(200, "", st, m)
	// Bad input.
	for _, c := range []struct {
		path   string
		body   any
		status int
		code   string
	}{
		{p2 + "/transfer", `{"version":`, 400, "invalid_input"},
		{p2 + "/transfer", `{"version":1,"sneaky":true}`, 400, "invalid_input"},
		{p2 + "/transfer", `{}`, 400, "invalid_input"},
		{p2 + "/obligation", map[string]any{"version": 1, "amount": "-5"}, 400, "invalid_input"},
		{p2 + "/decide", map[string]any{"version": 1, "granted": false}, 400, "invalid_input"},
		{"/api/v1/dossiers/not-a-code/transfer", map[string]any{"version": 1}, 400, "invalid_input"},
		{"/api/v1/dossiers/" + demoUnit + "-260101-9999/transfer", map[string]any{"version": 1}, 404, "not_found"},
		{p2 + "/transfer", `{"version":1,"reason":"` + strings.Repeat("x", 70<<10) + `"}`, 413, "too_large"},
	} {
		st, m := f.do("POST", c.path, tp, c.body)
		f.want(c.status, c.code, st, m)
	}
	// Receipt bad input.
	for _, c := range []struct {
		body   any
		status int
		code   string
	}{
		{map[string]any{"procedure": "9.999999", "channel": "direct", "applicant": map[string]any{"kind": "individual", "name": "A", "id": "001200000003"}}, 404, "not_found"},
		{map[string]any{"procedure": "1.004194", "channel": "pigeon"}, 400, "invalid_input"},
		{map[string]any{"procedure": "1.004194", "channel": "direct", "applicant": map[string]any{"kind": "individual", "name": "", "id": "1"}}, 422, "invalid_value"},
	} {
		st, m := f.do("POST", "/api/v1/dossiers", f.tok[roleReceive], c.body)
		f.want(c.status, c.code, st, m)
	}
}

// A resent receipt with the same Idempotency-Key issues one code.
func TestReceiveIdempotent(t *testing.T) {
	f := newFixture(t, unlimited())
	body := `{"procedure":"1.004194","channel":"direct","applicant":{"kind":"individual","name":"Lê Văn C","id":"001200000009"}}`
	var codes []string
	for range 2 {
		req := httptestRequest("POST", "/api/v1/dossiers", body, f.tok[roleReceive])
		req.Header.Set("Idempotency-Key", "k-1")
		rec := serve(f.h, req)
		if rec.Code != 201 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		codes = append(codes, jsonField(rec.Body.Bytes(), "code"))
	}
	if codes[0] != codes[1] {
		t.Errorf("two codes for one keyed receipt: %v", codes)
	}
}

// Tokens: no token, a wrong role, another unit, a revoked token.
func TestAuthorization(t *testing.T) {
	f := newFixture(t, unlimited())
	code, v := f.receive("001200000004")
	p := "/api/v1/dossiers/" + code
	body := map[string]any{"version": v}
	for _, c := range []struct {
		method, path, token string
		status              int
		code                string
	}{
		{"POST", p + "/transfer", "", 401, "unauthenticated"},
		{"POST", p + "/transfer", "nonsense", 401, "unauthenticated"},
		{"POST", p + "/transfer", f.tok[roleReceive], 403, "wrong_role"},
		{"POST", p + "/transfer", f.tok[roleReport], 403, "wrong_role"},
		{"POST", p + "/transfer", f.other, 403, "wrong_unit"},
		{"GET", p, f.other, 403, "wrong_unit"},
		{"GET", p + "/national", f.other, 403, "wrong_unit"},
		{"POST", "/api/v1/dossiers", f.tok[roleProcess], 403, "wrong_role"},
		{"GET", "/api/v1/reports", f.tok[roleReceive], 403, "wrong_role"},
		{"GET", "/api/v1/scorecard", f.tok[roleProcess], 403, "wrong_role"},
		{"GET", "/api/v1/due-soon", f.tok[roleReceive], 403, "wrong_role"},
		{"GET", "/api/v1/overdue", "", 401, "unauthenticated"},
		{"DELETE", "/api/v1/tokens/self", "", 401, "unauthenticated"},
	} {
		var b any
		if c.method == "POST" {
			b = body
		}
		st, m := f.do(c.method, c.path, c.token, b)
		f.want(c.status, c.code, st, m)
	}
	// Another unit's tokens read their own unit's figures and lists, never
	// the demo unit's: a token never acts outside its unit. The other unit
	// received nothing, so every figure and list is empty.
	for _, c := range []struct {
		path, token string
		empty       func(map[string]any) bool
	}{
		{"/api/v1/reports?from=2026-02-01&to=2026-03-17", f.otherReport, func(m map[string]any) bool {
			tot := m["total"].(map[string]any)
			return tot["received"] == 0.0 && tot["pending"] == 0.0 && len(m["groups"].([]any)) == 0
		}},
		{"/api/v1/reports?from=2026-02-01&to=2026-03-17&by=agency", f.otherReport, func(m map[string]any) bool {
			return m["total"].(map[string]any)["received"] == 0.0 && len(m["groups"].([]any)) == 0
		}},
		{"/api/v1/scorecard?from=2026-02-01&to=2026-03-17", f.otherReport, func(m map[string]any) bool {
			return !strings.Contains(fmt.Sprint(m), "Received:40") && handled(m) == 0
		}},
		{"/api/v1/due-soon?days=30", f.otherReport, func(m map[string]any) bool { return len(m["dossiers"].([]any)) == 0 }},
		{"/api/v1/overdue", f.otherReport, func(m map[string]any) bool { return len(m["dossiers"].([]any)) == 0 }},
		{"/api/v1/due-soon?days=30", f.other, func(m map[string]any) bool { return len(m["dossiers"].([]any)) == 0 }},
		{"/api/v1/overdue", f.other, func(m map[string]any) bool { return len(m["dossiers"].([]any)) == 0 }},
	} {
		st, m := f.do("GET", c.path, c.token, nil)
		f.want(200, "", st, m)
		if !c.empty(m) {
			t.Errorf("%s with another unit's token shows the demo unit's data: %v", c.path, m)
		}
	}
	// The same requests with the demo unit's token see its dossiers.
	st, m := f.do("GET", "/api/v1/reports?from=2026-02-01&to=2026-03-17", f.tok[roleReport], nil)
	if st != 200 || m["total"].(map[string]any)["received"] == 0.0 {
		t.Errorf("the demo unit's report is empty: %d %v", st, m)
	}
	st, m = f.do("GET", "/api/v1/scorecard?from=2026-02-01&to=2026-03-17", f.tok[roleReport], nil)
	if st != 200 || handled(m) == 0 {
		t.Errorf("the demo unit's scorecard counts no dossier: %d %v", st, m)
	}
	// Revoked: the token stops working at once.
	st, _ = f.do("DELETE", "/api/v1/tokens/self", f.tok[roleProcess], nil)
	if st != http.StatusNoContent {
		t.Fatalf("revoke: %d", st)
	}
	st, m = f.do("POST", p+"/transfer", f.tok[roleProcess], body)
	f.want(401, "unauthenticated", st, m)
	// The dossier did not move.
	st, m = f.do("GET", p, f.tok[roleReport], nil)
	if st != 200 || int(m["version"].(float64)) != v {
		t.Errorf("a refused command changed the dossier: %v", m)
	}
}

func TestListsReportsExports(t *testing.T) {
	f := newFixture(t, unlimited())
	tr := f.tok[roleReport]
	st, m := f.do("GET", "/api/v1/due-soon?days=5", tr, nil)
	f.want(200, "", st, m)
	st, m = f.do("GET", "/api/v1/overdue", f.tok[roleProcess], nil)
	f.want(200, "", st, m)
	if len(m["dossiers"].([]any)) == 0 {
		t.Errorf("the seeded centre has overdue dossiers: %v", m)
	}
	st, m = f.do("GET", "/api/v1/due-soon?days=x", tr, nil)
	f.want(400, "invalid_input", st, m)
	for _, by := range []string{"", "agency", "procedure", "field", "channel"} {
		st, m := f.do("GET", "/api/v1/reports?from=2026-02-01&to=2026-03-17&by="+by, tr, nil)
		f.want(200, "", st, m)
		if m["total"].(map[string]any)["received"].(float64) != 40 {
			t.Errorf("by %q: %v", by, m["total"])
		}
	}
	st, m = f.do("GET", "/api/v1/reports?by=colour", tr, nil)
	f.want(400, "invalid_input", st, m)
	st, m = f.do("GET", "/api/v1/reports?from=2026-03-01&to=2026-02-01", tr, nil)
	f.want(400, "invalid_input", st, m)
	st, m = f.do("GET", "/api/v1/scorecard?from=2026-02-01&to=2026-03-17", tr, nil)
	f.want(200, "", st, m)
	if m["points"] == "" || len(m["groups"].([]any)) != 5 {
		t.Errorf("scorecard: %v", m)
	}
	st, m = f.do("GET", "/api/v1/dossiers/"+string(f.demo.Code)+"/national", tr, nil)
	f.want(200, "", st, m)
	if fmt.Sprint(m["MaHoSo"]) != string(f.demo.Code) {
		t.Errorf("national record: %v", m)
	}
}

// The request body limit and the security headers.
func TestHeadersAndLimits(t *testing.T) {
	f := newFixture(t, unlimited())
	req := httptestRequest("POST", "/tra-cuu", "code=x&id=y", "")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := serve(f.h, req)
	h := rec.Header()
	if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") || h.Get("Cache-Control") != "no-store" ||
		h.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("tracking page headers: %v", h)
	}
	st, m := f.do("GET", "/api/v1/nothing-here", "", nil)
	if st != 404 {
		t.Errorf("unknown route: %d %v", st, m)
	}
}

// Rate limit per client on the whole API.
func TestRateLimit(t *testing.T) {
	f := newFixture(t, config{APIRate: 1, APIBurst: 3})
	var last int
	for range 5 {
		last, _ = f.do("GET", "/api/v1/calendar/working-day?date=2026-03-16", "", nil)
	}
	if last != http.StatusTooManyRequests {
		t.Errorf("sixth request in a burst of 3: %d", last)
	}
}

// handled is the largest input of the scorecard's progress rows: the
// dossiers it counted (0 when it counted none).
func handled(m map[string]any) float64 {
	var most float64
	inds, _ := m["indicators"].([]any)
	for _, i := range inds {
		ind := i.(map[string]any)
		if ind["group"] != "progress" {
			continue
		}
		ins, _ := ind["inputs"].([]any)
		for _, in := range ins {
			if v, _ := in.(map[string]any)["value"].(float64); v > most {
				most = v
			}
		}
	}
	return most
}

// listed reports whether the due-soon list (within a year) holds code.
func (f *fixture) listed(code string) bool {
	f.t.Helper()
	st, m := f.do("GET", "/api/v1/due-soon?days=366&limit=500", f.tok[roleReport], nil)
	f.want(200, "", st, m)
	for _, d := range m["dossiers"].([]any) {
		if d.(map[string]any)["code"] == code {
			return true
		}
	}
	return false
}

// A withdrawal request leads to the stop notice, which closes the dossier:
// it leaves the due-soon list (Decree 118/2025/NĐ-CP Art. 21; Circular
// 03/2025/TT-VPCP Art. 7). Before …/stop existed a withdrawn dossier could
// only take commands that all failed (422) and stayed open for ever.
func TestWithdrawThenStop(t *testing.T) {
	f := newFixture(t, unlimited())
	tp := f.tok[roleProcess]
	code, v := f.receive("001200000021")
	p := "/api/v1/dossiers/" + code
	if !f.listed(code) {
		t.Fatalf("a received dossier is not in the due-soon list")
	}
	st, m := f.do("POST", p+"/withdraw", tp, map[string]any{"version": v, "reason": "Người dân xin rút"})
	f.want(200, "", st, m)
	v = int(m["version"].(float64))
	for _, c := range []struct {
		body   map[string]any
		token  string
		status int
		code   string
	}{
		{map[string]any{"version": v}, tp, 400, "invalid_input"},                          // a stop states its reason
		{map[string]any{"version": v, "reason": "Rút hồ sơ"}, f.other, 403, "wrong_unit"}, // another unit
		{map[string]any{"version": v, "reason": "Rút hồ sơ"}, f.tok[roleReceive], 403, "wrong_role"},
		{map[string]any{"version": v - 1, "reason": "Rút hồ sơ"}, tp, 409, "version_conflict"},
	} {
		st, m := f.do("POST", p+"/stop", c.token, c.body)
		f.want(c.status, c.code, st, m)
	}
	st, m = f.do("POST", p+"/stop", tp, map[string]any{"version": v, "reason": "Người dân xin rút hồ sơ"})
	f.want(200, "", st, m)
	if m["status"].(map[string]any)["code"] != "stopped" {
		t.Errorf("status after stop: %v", m["status"])
	}
	hist := fmt.Sprint(m["history"])
	if !strings.Contains(hist, "Dừng giải quyết hồ sơ: Người dân xin rút hồ sơ") {
		t.Errorf("history: %s", hist)
	}
	if f.listed(code) {
		t.Errorf("a stopped dossier is still due soon")
	}
	// A received dossier (no withdrawal) cannot be stopped by the office
	// alone: the dossier refuses it.
	code2, v2 := f.receive("001200000022")
	st, m = f.do("POST", "/api/v1/dossiers/"+code2+"/stop", tp, map[string]any{"version": v2, "reason": "x"})
	f.want(422, "command_refused", st, m)
}

// A refusal at intake (form 03; Decree 61/2018/NĐ-CP Art. 17(1)(b)) is
// stored without a code and counts among the period's refusals.
func TestRefusal(t *testing.T) {
	f := newFixture(t, unlimited())
	report := func() float64 {
		st, m := f.do("GET", "/api/v1/reports?from=2026-03-16&to=2026-03-17", f.tok[roleReport], nil)
		f.want(200, "", st, m)
		return m["total"].(map[string]any)["refused"].(float64)
	}
	before := report()
	body := map[string]any{
		"procedure": "1.004194", "channel": "direct",
		"applicant": map[string]any{"kind": "individual", "name": "Phạm Văn D", "id": "001200000031"},
		"reasons":   []string{"Thủ tục không thuộc thẩm quyền của đơn vị"},
	}
	st, m := f.do("POST", "/api/v1/refusals", f.tok[roleReceive], body)
	f.want(201, "", st, m)
	if m["status"].(map[string]any)["code"] != "not_received" || m["code"] != "" {
		t.Errorf("refused dossier: %v", m)
	}
	if h := fmt.Sprint(m["history"]); !strings.Contains(h, "từ chối tiếp nhận: Thủ tục không thuộc thẩm quyền") {
		t.Errorf("history: %s", h)
	}
	if got := report(); got != before+1 {
		t.Errorf("refused in the report: %v, want %v", got, before+1)
	}
	for _, c := range []struct {
		token  string
		body   any
		status int
		code   string
	}{
		{f.tok[roleProcess], body, 403, "wrong_role"},
		{"", body, 401, "unauthenticated"},
		{f.tok[roleReceive], map[string]any{"procedure": "1.004194", "channel": "direct",
			"applicant": body["applicant"], "reasons": []string{" "}}, 400, "invalid_input"},
		{f.tok[roleReceive], map[string]any{"procedure": "9.999999", "channel": "direct",
			"applicant": body["applicant"], "reasons": []string{"x"}}, 404, "not_found"},
	} {
		st, m := f.do("POST", "/api/v1/refusals", c.token, c.body)
		f.want(c.status, c.code, st, m)
	}
	if got := report(); got != before+1 {
		t.Errorf("a refused refusal changed the report: %v", got)
	}
}

// A receipt the dossier refuses (a required document missing: Decree
// 61/2018/NĐ-CP Art. 15(1)) stores nothing: no dossier without its first
// step is left behind (store.CreateWith).
func TestRefusedReceiptStoresNothing(t *testing.T) {
	f := newFixture(t, unlimited())
	before, err := f.st.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st, m := f.do("POST", "/api/v1/dossiers", f.tok[roleReceive], map[string]any{
		"procedure": "1.004194", "channel": "direct",
		"applicant": map[string]any{"kind": "individual", "name": "Trần Văn E", "id": "001200000011"},
		"filed":     []map[string]any{{"name": "Một giấy tờ không thuộc thành phần hồ sơ", "originals": 1}},
	})
	if st < 400 || st >= 500 {
		t.Fatalf("incomplete receipt: status %d %v, want a 4xx refusal", st, m)
	}
	after, err := f.st.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after.Dossiers != before.Dossiers {
		t.Errorf("a refused receipt stored %d dossier(s)", after.Dossiers-before.Dossiers)
	}
}
