package liaison_test

// The error contract of issue 18.1, checked for every kind of failure: an
// error satisfies errors.As for one of the package's typed errors and
// errors.Is for one of its sentinels, its message says "liaison:" once,
// and an error from a package below stays reachable.

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

var sentinels = []error{liaison.ErrSyntax, liaison.ErrEmptyRoute, liaison.ErrBadStep, liaison.ErrDuplicateStep,
	liaison.ErrUnknownStep, liaison.ErrCycle, liaison.ErrUnreachable, liaison.ErrDeadEnd, liaison.ErrNoReceive,
	liaison.ErrNoReturn, liaison.ErrUnknownAgency, liaison.ErrBadBudget, liaison.ErrBadCutoff, liaison.ErrOverBudget,
	liaison.ErrOutOfOrder, liaison.ErrDuplicateEvent, liaison.ErrWrongAgency, liaison.ErrBadEvent, liaison.ErrInvalid,
	liaison.ErrTooLarge, liaison.ErrSchedule, liaison.ErrCode}

// checkContract fails t unless err keeps the contract.
func checkContract(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	var (
		re *liaison.RouteError
		ee *liaison.EventError
		oe *liaison.OpError
		ce *liaison.CodeError
	)
	if !errors.As(err, &re) && !errors.As(err, &ee) && !errors.As(err, &oe) && !errors.As(err, &ce) {
		t.Errorf("%q (%T) is none of the typed errors", err, err)
	}
	found := false
	for _, s := range sentinels {
		found = found || errors.Is(err, s)
	}
	if !found {
		t.Errorf("%q wraps no sentinel", err)
	}
	msg := err.Error()
	for line := range strings.SplitSeq(msg, "\n") { // errors.Join
		if !strings.HasPrefix(line, "liaison: ") || strings.Count(line, "liaison:") != 1 {
			t.Errorf("message %q does not say \"liaison:\" exactly once", line)
		}
	}
	if len(msg) > 1024 {
		t.Errorf("message of %d bytes", len(msg))
	}
}

func TestErrorContract(t *testing.T) {
	s := schedule(t, nil)
	r, _ := liaison.NewRoute(base())
	received := at(2026, 3, 2, 9, 0)
	tr, _ := r.Track(received, s)
	late := time.Date(2199, 12, 30, 9, 0, 0, 0, sla.VietnamZone)
	longSpec := base()
	longSpec.Total, longSpec.Steps[0].Budget = sla.WorkingDays(10), sla.WorkingDays(3)
	lateRoute, err := liaison.NewRoute(longSpec)
	if err != nil {
		t.Fatal(err)
	}
	lateTr, _ := lateRoute.Track(late, s)
	lateTr, _ = lateTr.Apply(liaison.Event{Step: "in", Kind: liaison.Started, At: late, Agency: "A"})
	var role liaison.Role
	var mode liaison.Mode
	var kind liaison.EventKind
	var warning liaison.WarningKind
	long := strings.Repeat("ệ", 10000)
	rows := map[string]func() error{
		"NewRoute": func() error {
			sp := base()
			sp.Steps[1].ID = long
			sp.Steps[2].After = []string{long, long}
			_, err := liaison.NewRoute(sp)
			return err
		},
		"ParseRoute role": func() error {
			_, err := liaison.ParseRoute([]byte(strings.Replace(small, `"receive"`, `"`+long+`"`, 1)))
			return err
		},
		"ParseRoute key": func() error { _, err := liaison.ParseRoute([]byte(`{"` + long + `":1}`)); return err },
		"ParseRoute budget": func() error {
			_, err := liaison.ParseRoute([]byte(strings.Replace(small, `Trong ngày`, long, 1)))
			return err
		},
		"Validate":           func() error { _, err := r.Validate(liaison.AgencySet{}, date.NewAt(received)); return err },
		"MarshalJSON":        func() error { _, err := (&liaison.Route{}).MarshalJSON(); return err },
		"Plan nil schedule":  func() error { _, err := r.Plan(received, nil); return err },
		"Plan out of span":   func() error { _, err := r.Plan(late, s); return err },
		"Plan.Deadline zero": func() error { _, err := (liaison.Plan{}).Deadline(); return err },
		"Plan.Slack zero":    func() error { _, err := (liaison.Plan{}).Slack(); return err },
		"Track":              func() error { _, err := r.Track(time.Time{}, s); return err },
		"Apply": func() error {
			_, err := tr.Apply(liaison.Event{Step: long, Kind: liaison.Started, At: received})
			return err
		},
		"Step unknown":        func() error { _, err := tr.Step(long); return err },
		"Step out of span":    func() error { _, err := lateTr.Step("in"); return err },
		"Tracking.Deadline":   func() error { _, err := lateTr.Deadline(); return err },
		"Tracking.Outcome":    func() error { _, err := (liaison.Tracking{}).Deadline(); return err },
		"Replan":              func() error { _, err := lateTr.Replan(late); return err },
		"Tracking.Slack":      func() error { _, err := (liaison.Tracking{}).Slack(received); return err },
		"Role.UnmarshalText":  func() error { return role.UnmarshalText([]byte(long)) },
		"Role.MarshalText":    func() error { _, err := liaison.Role(99).MarshalText(); return err },
		"Mode.UnmarshalText":  func() error { return mode.UnmarshalText([]byte("Parallel")) },
		"Mode.MarshalText":    func() error { _, err := liaison.ModeUnknown.MarshalText(); return err },
		"EventKind.Unmarshal": func() error { return kind.UnmarshalText(nil) },
		"EventKind.Marshal":   func() error { _, err := liaison.EventUnknown.MarshalText(); return err },
		"WarningKind.Unmarsh": func() error { return warning.UnmarshalText([]byte("no lead")) },
		"over budget, long ID": func() error {
			sp := base()
			sp.Total = sla.WorkingDays(1)
			sp.Steps[1].ID = long
			sp.Steps[2].After = []string{long}
			_, err := liaison.NewRoute(sp)
			return err
		},
	}
	for name, run := range rows {
		t.Run(name, func(t *testing.T) { checkContract(t, run()) })
	}
	// An error from below stays reachable.
	if _, err := r.Plan(late, s); !errors.Is(err, holiday.ErrOutOfSpan) || !errors.Is(err, liaison.ErrSchedule) {
		t.Errorf("Plan out of span: %v", err)
	}
	_, err = liaison.ParseRoute([]byte(strings.Replace(small, `Trong ngày`, "3 tuần", 1)))
	if !errors.Is(err, sla.ErrLimitSyntax) || !errors.Is(err, liaison.ErrBadBudget) {
		t.Errorf("bad budget text: %v", err)
	}
	// Unknown codes are typed, quoted shortened, and leave the value alone.
	role = liaison.RoleSign
	err = role.UnmarshalText([]byte(long))
	var ce *liaison.CodeError
	if !errors.As(err, &ce) || ce.Type != "Role" || len(ce.Code) > 64 || role != liaison.RoleSign {
		t.Errorf("Role.UnmarshalText: %v, %q", err, role)
	}
}

func TestEnumNames(t *testing.T) {
	type named interface {
		fmt.Stringer
		English() string
		Vietnamese() string
		IsValid() bool
		MarshalText() ([]byte, error)
	}
	var all []named
	for v := range 12 {
		all = append(all, liaison.Role(v), liaison.Mode(v), liaison.EventKind(v), liaison.WarningKind(v))
	}
	for _, v := range all {
		if v.String() != v.English() {
			t.Errorf("%T(%v): String %q, English %q", v, v, v.String(), v.English())
		}
		if v.Vietnamese() == "" {
			t.Errorf("%T(%v) has no Vietnamese name", v, v)
		}
		code, err := v.MarshalText()
		if v.IsValid() != (err == nil) {
			t.Errorf("%T(%v): IsValid %v, MarshalText %v", v, v, v.IsValid(), err)
		}
		if err == nil && string(code) == "" {
			t.Errorf("%T(%v): empty code", v, v)
		}
	}
	for _, c := range []struct {
		v      named
		en, vi string
	}{
		{liaison.RoleSign, "sign and stamp", "ký, đóng dấu"},
		{liaison.Parallel, "parallel", "song song"},
		{liaison.Finished, "finished", "hoàn thành"},
		{liaison.WarnNoLead, "no lead", "không có cơ quan chủ trì"},
		{liaison.Role(200), "%!Role(200)", "%!Role(200)"},
	} {
		if c.v.English() != c.en || c.v.Vietnamese() != c.vi {
			t.Errorf("%T: %q / %q, want %q / %q", c.v, c.v.English(), c.v.Vietnamese(), c.en, c.vi)
		}
	}
}

func TestPlanAndTrackingEqual(t *testing.T) {
	s := schedule(t, nil)
	received := at(2026, 3, 2, 9, 0)
	p1, _ := liaisonsample.BirthRegistrationGroup().Plan(received, s)
	p2, _ := liaisonsample.BirthRegistrationGroup().Plan(received.UTC(), s)
	p3, _ := liaisonsample.BirthRegistrationGroup().Plan(received.Add(time.Hour), s)
	if !p1.Equal(p2) || p1.Equal(p3) || p1.Equal(liaison.Plan{}) || !(liaison.Plan{}).Equal(liaison.Plan{}) {
		t.Error("Plan.Equal")
	}
	r := liaisonsample.BirthRegistrationGroup()
	tr, _ := r.Track(received, s)
	ev := func(step string, k liaison.EventKind, h int, agency string) liaison.Event {
		return liaison.Event{Step: step, Kind: k, At: received.Add(time.Duration(h) * time.Hour), Agency: agency}
	}
	apply := func(tr liaison.Tracking, es ...liaison.Event) liaison.Tracking {
		for _, e := range es {
			var err error
			if tr, err = tr.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
		return tr
	}
	common := apply(tr, ev("tiep-nhan", liaison.Started, 0, "UBND-XA"), ev("tiep-nhan", liaison.Finished, 1, "UBND-XA"),
		ev("khai-sinh", liaison.Started, 1, "UBND-XA"), ev("khai-sinh", liaison.Finished, 2, "UBND-XA"))
	a := apply(common, ev("thuong-tru", liaison.Started, 3, "CONG-AN-XA"), ev("bhyt", liaison.Started, 3, "BHXH-TINH"))
	b := apply(common, ev("bhyt", liaison.Started, 3, "BHXH-TINH"), ev("thuong-tru", liaison.Started, 3, "CONG-AN-XA"))
	if !a.Equal(b) || a.Equal(common) || !(liaison.Tracking{}).Equal(liaison.Tracking{}) || a.Equal(liaison.Tracking{}) {
		t.Error("Tracking.Equal")
	}
}

// Bad input never panics: the methods of a nil *Route return zero values.
func TestNilRoute(t *testing.T) {
	var r *liaison.Route
	if r.Code() != "" || r.Len() != 0 || r.Mode() != liaison.ModeUnknown || r.CriticalPath() != nil ||
		r.Mermaid() != "" || r.Total() != (sla.Limit{}) || r.CriticalWork() != 0 || len(r.Spec().Steps) != 0 {
		t.Error("a nil route answered")
	}
	for range r.Steps() {
		t.Error("a nil route has steps")
	}
	if _, ok := r.Step("x"); ok {
		t.Error("a nil route has a step")
	}
	if _, err := r.Validate(nil, 0); !errors.Is(err, liaison.ErrInvalid) {
		t.Errorf("Validate: %v", err)
	}
}
