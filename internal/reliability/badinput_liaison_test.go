package reliability

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func init() { catalogues["liaison"] = liaisonCatalogue }

var (
	routeError = as[*liaison.RouteError]()
	eventError = as[*liaison.EventError]()
	opError    = as[*liaison.OpError]()
	codeError  = as[*liaison.CodeError]()
)

// routeJSON is a valid two-step route; edit it with strings.Replace.
const routeJSON = `{"code":"R","name":"Tuyến","total":"5 ngày làm việc","steps":[` +
	`{"id":"in","name":"Tiếp nhận","agency":"A","role":"receive","budget":"0,5 ngày làm việc"},` +
	`{"id":"out","name":"Trả kết quả","agency":"A","role":"return","budget":"Trong ngày","after":["in"]}]}`

func parseRoute(data string) func() error {
	return func() error { _, err := liaison.ParseRoute([]byte(data)); return err }
}

// editRoute returns routeJSON with old replaced by new (once).
func editRoute(old, new string) func() error {
	if !strings.Contains(routeJSON, old) {
		panic("editRoute: no " + old)
	}
	return parseRoute(strings.Replace(routeJSON, old, new, 1))
}

func newRoute(spec liaison.RouteSpec) func() error {
	return func() error { _, err := liaison.NewRoute(spec); return err }
}

// liaisonSpec is a valid three-step route spec.
func liaisonSpec(edit func(*liaison.RouteSpec)) liaison.RouteSpec {
	spec := liaison.RouteSpec{Code: "R", Name: "Tuyến", Total: sla.WorkingDays(5), Steps: []liaison.Step{
		{ID: "in", Name: "Tiếp nhận", Agency: "A", Role: liaison.RoleReceive, Budget: sla.SameDay()},
		{ID: "work", Name: "Thẩm định", Agency: "B", Role: liaison.RoleAppraise, Budget: sla.WorkingDays(3), After: []string{"in"}},
		{ID: "out", Name: "Trả kết quả", Agency: "A", Role: liaison.RoleReturn, Budget: sla.SameDay(), After: []string{"work"}},
	}}
	if edit != nil {
		edit(&spec)
	}
	return spec
}

// chain returns the JSON of a route of n steps in a chain, with step 1
// also after step n-2 when cycle is set: a cycle of n-2 steps.
func chainJSON(n int, cycle bool) string {
	var b strings.Builder
	b.WriteString(`{"code":"C","name":"Chuỗi","total":"1 ngày làm việc","steps":[`)
	for i := range n {
		role := "appraise"
		switch i {
		case 0:
			role = "receive"
		case n - 1:
			role = "return"
		}
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id":"s%d","name":"Bước","agency":"A","role":%q,"budget":"Trong ngày"`, i, role)
		switch {
		case i == 1 && cycle:
			fmt.Fprintf(&b, `,"after":["s0","s%d"]`, n-2)
		case i > 0:
			fmt.Fprintf(&b, `,"after":["s%d"]`, i-1)
		}
		b.WriteString("}")
	}
	b.WriteString("]}")
	return b.String()
}

// denseRoute is n steps, each after every step before it.
func denseRoute(n int) liaison.RouteSpec {
	spec := liaison.RouteSpec{Code: "D", Name: "Dày", Total: sla.WorkingDays(1), Steps: make([]liaison.Step, n)}
	for i := range spec.Steps {
		s := liaison.Step{ID: "s" + strconv.Itoa(i), Name: "Bước", Agency: "A", Role: liaison.RoleAppraise, Budget: sla.SameDay()}
		switch i {
		case 0:
			s.Role = liaison.RoleReceive
		case n - 1:
			s.Role = liaison.RoleReturn
		}
		for j := range i {
			s.After = append(s.After, spec.Steps[j].ID)
		}
		spec.Steps[i] = s
	}
	return spec
}

func hours(n int) string { return sla.WorkingHours(n).String() }

func liaisonCatalogue(sh shared) []badInput {
	plain := sh.scheds[0]
	received := time.Date(2026, time.March, 2, 9, 0, 0, 0, sla.VietnamZone)
	route, err := liaison.NewRoute(liaisonSpec(nil))
	if err != nil {
		panic(err)
	}
	started := func() liaison.Tracking {
		tr, _ := route.Track(received, plain)
		tr, _ = tr.Apply(liaison.Event{Step: "in", Kind: liaison.Started, At: received, Agency: "A"})
		return tr
	}
	// apply applies e to a fresh started tracking and checks that a refused
	// event changes neither the receiver nor what is returned.
	apply := func(e liaison.Event) func() error {
		return func() error {
			tr := started()
			before := started()
			got, err := tr.Apply(e)
			if err != nil && (!tr.Equal(before) || !got.Equal(before)) {
				return fmt.Errorf("a refused event changed the tracking (%w)", errChanged)
			}
			return err
		}
	}
	longID := strings.Repeat("ệ", 1<<19) // 1.5 MB
	var role liaison.Role
	var kind liaison.EventKind
	var mode liaison.Mode

	return []badInput{
		// Strict JSON (one decoding policy: exact-case keys, no duplicate or
		// stray fields, valid UTF-8, nothing after the value).
		{"liaison/json: stray route field", editRoute(`"code":"R"`, `"code":"R","kind":"x"`), liaison.ErrSyntax, routeError},
		{"liaison/json: stray step field", editRoute(`"id":"in"`, `"id":"in","deadline":"2026-03-02"`), liaison.ErrSyntax, routeError},
		{"liaison/json: key in capitals", editRoute(`"code"`, `"Code"`), liaison.ErrSyntax, routeError},
		{"liaison/json: step key in capitals", editRoute(`"after"`, `"After"`), liaison.ErrSyntax, routeError},
		{"liaison/json: duplicate key", editRoute(`"code":"R"`, `"code":"R","code":"S"`), liaison.ErrSyntax, routeError},
		{"liaison/json: duplicate steps (last would win)", editRoute(`"steps":[`, `"steps":[],"steps":[`), liaison.ErrSyntax, routeError},
		{"liaison/json: duplicate step key", editRoute(`"budget":"Trong ngày"`, `"budget":"Trong ngày","budget":"1 ngày làm việc"`), liaison.ErrSyntax, routeError},
		{"liaison/json: a route after the route", parseRoute(routeJSON + routeJSON), liaison.ErrSyntax, routeError},
		{"liaison/json: an array", parseRoute(`[` + routeJSON + `]`), liaison.ErrSyntax, routeError},
		{"liaison/json: code as a number", editRoute(`"code":"R"`, `"code":1`), liaison.ErrSyntax, routeError},
		{"liaison/json: steps as an object", parseRoute(`{"code":"R","name":"x","total":"1 ngày làm việc","steps":{}}`), liaison.ErrSyntax, routeError},
		{"liaison/json: after as a string", editRoute(`"after":["in"]`, `"after":"in"`), liaison.ErrSyntax, routeError},
		{"liaison/json: pausesClock as a string", editRoute(`"id":"in"`, `"id":"in","pausesClock":"true"`), liaison.ErrSyntax, routeError},
		{"liaison/json: invalid UTF-8 in a name", editRoute(`Tuyến`, "Tuy\xffn"), liaison.ErrSyntax, routeError},
		{"liaison/json: truncated", parseRoute(routeJSON[:len(routeJSON)/2]), liaison.ErrSyntax, routeError},
		{"liaison/json: 200000 nested arrays", parseRoute(`{"code":` + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + `}`), liaison.ErrSyntax, routeError},
		{"liaison/json: null steps", editRoute(`"steps":[`+routeJSON[strings.Index(routeJSON, `{"id":"in"`):len(routeJSON)-1], `"steps":null`), liaison.ErrEmptyRoute, routeError},
		{"liaison/json: over 4 MiB", parseRoute(`{"code":"` + strings.Repeat("x", liaison.MaxRouteJSON) + `"}`), liaison.ErrTooLarge, routeError},
		{"liaison/json: 1.5 MB step ID twice", parseRoute(strings.Replace(strings.Replace(routeJSON, `"id":"in"`, `"id":"`+longID+`"`, 1), `"id":"out"`, `"id":"`+longID+`"`, 1)), liaison.ErrDuplicateStep, routeError},

		// Budgets, totals and cut-offs.
		{"liaison/budget: non-canonical 0.5 day", editRoute(`0,5 ngày làm việc`, `0.5 ngày làm việc`), liaison.ErrBadBudget, routeError},
		{"liaison/budget: catalogue text", editRoute(`5 ngày làm việc`, `Không quá 05 ngày làm việc`), liaison.ErrBadBudget, routeError},
		{"liaison/budget: calendar-day total", editRoute(`5 ngày làm việc`, `30 ngày`), liaison.ErrBadBudget, routeError},
		{"liaison/budget: months", editRoute(`"budget":"Trong ngày"`, `"budget":"02 tháng"`), liaison.ErrBadBudget, routeError},
		{"liaison/budget: negative", editRoute(`0,5 ngày làm việc`, `-1 ngày làm việc`), liaison.ErrBadBudget, routeError},
		{"liaison/overflow: 30000 h step under a 1 h total", editRoute(`"budget":"Trong ngày"`, `"budget":"`+hours(30000)+`"`), liaison.ErrBadBudget, routeError},
		{"liaison/overflow: 87600 h total", editRoute(`5 ngày làm việc`, hours(87600)), liaison.ErrBadBudget, routeError},
		{"liaison/overflow: 25621 h total", editRoute(`5 ngày làm việc`, hours(25621)), liaison.ErrBadBudget, routeError},
		{"liaison/overflow: 3650-day step", newRoute(liaisonSpec(func(s *liaison.RouteSpec) { s.Steps[1].Budget = sla.WorkingDays(3650) })), liaison.ErrBadBudget, routeError},
		{"liaison/over budget by a day", newRoute(liaisonSpec(func(s *liaison.RouteSpec) { s.Total = sla.WorkingDays(2) })), liaison.ErrOverBudget, as[*liaison.OverBudgetError]()},
		{"liaison/cutoff: 15h", editRoute(`"code":"R"`, `"code":"R","cutoff":"15h"`), liaison.ErrBadCutoff, routeError},
		{"liaison/cutoff: 24:01", editRoute(`"code":"R"`, `"code":"R","cutoff":"24:01"`), liaison.ErrBadCutoff, routeError},
		{"liaison/cutoff: 00:00", editRoute(`"code":"R"`, `"code":"R","cutoff":"00:00"`), liaison.ErrBadCutoff, routeError},

		// The graph.
		{"liaison/graph: unknown predecessor", editRoute(`["in"]`, `["x"]`), liaison.ErrUnknownStep, routeError},
		{"liaison/graph: self loop", editRoute(`["in"]`, `["in","out"]`), liaison.ErrCycle, routeError},
		{"liaison/graph: two-step cycle", newRoute(liaisonSpec(func(s *liaison.RouteSpec) { s.Steps[1].After = []string{"in", "out"} })), liaison.ErrCycle, routeError},
		{"liaison/graph: cycle of 10000 steps", parseRoute(chainJSON(10000, true)), liaison.ErrCycle, routeError},
		{"liaison/graph: 10001 steps", parseRoute(chainJSON(liaison.MaxSteps+1, false)), liaison.ErrTooLarge, routeError},
		{"liaison/graph: dense route of 2000 steps", newRoute(denseRoute(2000)), liaison.ErrTooLarge, routeError},
		{"liaison/graph: predecessor twice", editRoute(`["in"]`, `["in","in"]`), liaison.ErrDuplicateStep, routeError},
		{"liaison/graph: duplicate step ID", editRoute(`"id":"out"`, `"id":"in"`), liaison.ErrDuplicateStep, routeError},
		{"liaison/graph: empty step ID", editRoute(`"id":"out"`, `"id":""`), liaison.ErrBadStep, routeError},
		{"liaison/graph: no receiving step", editRoute(`"receive"`, `"appraise"`), liaison.ErrNoReceive, routeError},
		{"liaison/graph: no return step", editRoute(`"return"`, `"sign"`), liaison.ErrNoReturn, routeError},
		{"liaison/graph: unreachable step", newRoute(liaisonSpec(func(s *liaison.RouteSpec) { s.Steps[1].After = nil })), liaison.ErrUnreachable, routeError},
		{"liaison/graph: dead end", newRoute(liaisonSpec(func(s *liaison.RouteSpec) {
			s.Steps = append(s.Steps, liaison.Step{ID: "x", Name: "X", Agency: "C", Role: liaison.RoleConsult, Budget: sla.SameDay(), After: []string{"in"}})
		})), liaison.ErrDeadEnd, routeError},
		{"liaison/graph: unknown role", editRoute(`"receive"`, `"Receive"`), liaison.ErrBadStep, routeError},
		{"liaison/graph: empty code", editRoute(`"code":"R"`, `"code":""`), liaison.ErrEmptyRoute, routeError},
		{"liaison/graph: empty agency", editRoute(`"agency":"A","role":"return"`, `"agency":"","role":"return"`), liaison.ErrUnknownAgency, routeError},
		{"liaison/graph: lead without a step", editRoute(`"code":"R"`, `"code":"R","lead":"Z"`), liaison.ErrUnknownAgency, routeError},
		{"liaison/validate: agency unknown to the registry", func() error {
			_, err := route.Validate(liaisonsample.Agencies(), date.New(2026, time.March, 2))
			return err
		}, liaison.ErrUnknownAgency, routeError},
		{"liaison/validate: a nil route", func() error { _, err := (*liaison.Route)(nil).Validate(nil, date.New(2026, time.March, 2)); return err }, liaison.ErrInvalid, opError},
		{"liaison/validate: 10000 unknown agencies, a bounded error", func() error {
			r, err := liaison.ParseRoute([]byte(chainJSON(liaison.MaxSteps, false)))
			if err != nil {
				return err
			}
			_, err = r.Validate(liaison.AgencySet{}, date.New(2026, time.March, 2))
			if err != nil && len(err.Error()) > 2048 {
				return fmt.Errorf("an error of %d bytes", len(err.Error())) // wraps no sentinel: the row fails
			}
			return err
		}, liaison.ErrUnknownAgency, routeError},
		{"liaison/plan: a zero route", func() error { _, err := (&liaison.Route{}).Plan(received, plain); return err }, liaison.ErrInvalid, opError},
		{"liaison/decree 63 group without a police code", func() error {
			a := liaisonsample.Decree63()
			a.CommunePolice = ""
			_, err := liaison.BirthRegistrationGroup(a)
			return err
		}, liaison.ErrUnknownAgency, routeError},

		// Tracking: a refused event changes nothing.
		{"liaison/event: no instant", apply(liaison.Event{Step: "in", Kind: liaison.Finished, Agency: "A"}), liaison.ErrBadEvent, eventError},
		{"liaison/event: year 2263 (nanoseconds overflow)", apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: time.Date(2263, 1, 1, 9, 0, 0, 0, sla.VietnamZone), Agency: "A"}), liaison.ErrBadEvent, eventError},
		{"liaison/event: year 2250, past the calendar", apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: time.Date(2250, 1, 1, 9, 0, 0, 0, sla.VietnamZone), Agency: "A"}), holiday.ErrOutOfSpan, eventError},
		{"liaison/track: receipt in 1899", func() error {
			_, err := route.Track(time.Date(1899, 12, 31, 9, 0, 0, 0, sla.VietnamZone), plain)
			return err
		}, holiday.ErrOutOfSpan, opError},
		{"liaison/event: unknown kind", apply(liaison.Event{Step: "in", Kind: 7, At: received, Agency: "A"}), liaison.ErrBadEvent, eventError},
		{"liaison/event: unknown step", apply(liaison.Event{Step: longID, Kind: liaison.Started, At: received, Agency: "A"}), liaison.ErrUnknownStep, eventError},
		{"liaison/event: wrong agency", apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: received, Agency: "B"}), liaison.ErrWrongAgency, eventError},
		{"liaison/event: started twice", apply(liaison.Event{Step: "in", Kind: liaison.Started, At: received, Agency: "A"}), liaison.ErrDuplicateEvent, eventError},
		{"liaison/event: finished before it started", apply(liaison.Event{Step: "in", Kind: liaison.Finished, At: received.Add(-time.Minute), Agency: "A"}), liaison.ErrOutOfOrder, eventError},
		{"liaison/event: predecessor not finished", apply(liaison.Event{Step: "work", Kind: liaison.Started, At: received, Agency: "B"}), liaison.ErrOutOfOrder, eventError},
		{"liaison/event: on a zero tracking", func() error { _, err := (liaison.Tracking{}).Apply(liaison.Event{}); return err }, liaison.ErrInvalid, eventError},
		{"liaison/track: no receipt instant", func() error { _, err := route.Track(time.Time{}, plain); return err }, liaison.ErrInvalid, opError},
		{"liaison/track: receipt in year 10000", func() error { _, err := route.Track(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), plain); return err }, holiday.ErrOutOfSpan, opError},
		{"liaison/plan: past the calendar", func() error {
			_, err := route.Plan(time.Date(2199, 12, 30, 9, 0, 0, 0, sla.VietnamZone), plain)
			return err
		}, holiday.ErrOutOfSpan, opError},
		{"liaison/plan: nil schedule", func() error { _, err := route.Plan(received, nil); return err }, liaison.ErrInvalid, opError},
		{"liaison/step: unknown", func() error { _, err := started().Step("nope"); return err }, liaison.ErrUnknownStep, opError},

		// Enumerations.
		{"liaison/enum: role in Vietnamese", func() error { return role.UnmarshalText([]byte("tiếp nhận")) }, liaison.ErrCode, codeError},
		{"liaison/enum: event kind empty", func() error { return kind.UnmarshalText(nil) }, liaison.ErrCode, codeError},
		{"liaison/enum: mode in capitals", func() error { return json.Unmarshal([]byte(`"Parallel"`), &mode) }, liaison.ErrCode, codeError},
		{"liaison/enum: marshal an invalid role", func() error { _, err := liaison.Role(42).MarshalText(); return err }, liaison.ErrCode, codeError},
	}
}
