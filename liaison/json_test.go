package liaison_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
)

const small = `{"code":"R","name":"Tuyến","total":"5 ngày làm việc","steps":[` +
	`{"id":"in","name":"Tiếp nhận","agency":"A","role":"receive","budget":"0,5 ngày làm việc"},` +
	`{"id":"out","name":"Trả kết quả","agency":"A","role":"return","budget":"Trong ngày","after":["in"]}]}`

func TestParseRouteStrict(t *testing.T) {
	if _, err := liaison.ParseRoute([]byte(small)); err != nil {
		t.Fatalf("valid route: %v", err)
	}
	tests := []struct {
		name, in string
		want     error
	}{
		{"not json", `{`, liaison.ErrSyntax},
		{"array", `[]`, liaison.ErrSyntax},
		{"trailing data", small + `{}`, liaison.ErrSyntax},
		{"unknown field", strings.Replace(small, `"code"`, `"kind":"x","code"`, 1), liaison.ErrSyntax},
		{"wrong case", strings.Replace(small, `"code"`, `"Code"`, 1), liaison.ErrSyntax},
		{"duplicate key", strings.Replace(small, `"code":"R"`, `"code":"R","code":"S"`, 1), liaison.ErrSyntax},
		{"unknown step field", strings.Replace(small, `"id":"in"`, `"id":"in","x":1`, 1), liaison.ErrSyntax},
		{"wrong type", strings.Replace(small, `"code":"R"`, `"code":1`, 1), liaison.ErrSyntax},
		{"invalid UTF-8 (issue 12.10)", strings.Replace(small, `Tuyến`, "Tuy\xffn", 1), liaison.ErrSyntax},
		{"non-canonical budget", strings.Replace(small, `0,5 ngày làm việc`, `0.5 ngày làm việc`, 1), liaison.ErrBadBudget},
		{"catalogue text total", strings.Replace(small, `5 ngày làm việc`, `Không quá 05 ngày làm việc`, 1), liaison.ErrBadBudget},
		{"calendar days", strings.Replace(small, `5 ngày làm việc`, `30 ngày`, 1), liaison.ErrBadBudget},
		{"bad role", strings.Replace(small, `"receive"`, `"tiếp nhận"`, 1), liaison.ErrBadStep},
		{"bad cutoff", strings.Replace(small, `"code":"R"`, `"code":"R","cutoff":"15h"`, 1), liaison.ErrBadCutoff},
		{"unknown predecessor", strings.Replace(small, `["in"]`, `["x"]`, 1), liaison.ErrUnknownStep},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := liaison.ParseRoute([]byte(tt.in))
			var re *liaison.RouteError
			if r != nil || !errors.Is(err, tt.want) || !errors.As(err, &re) {
				t.Fatalf("got %v; want %v", err, tt.want)
			}
		})
	}
}

func TestUnmarshalIntoField(t *testing.T) {
	var holder struct{ Route *liaison.Route }
	b, _ := json.Marshal(struct{ Route *liaison.Route }{liaisonsample.DeathRegistrationGroup()})
	if err := json.Unmarshal(b, &holder); err != nil {
		t.Fatal(err)
	}
	if !holder.Route.Equal(liaisonsample.DeathRegistrationGroup()) {
		t.Fatal("decoded route differs")
	}
	if _, err := json.Marshal(&liaison.Route{}); err == nil {
		t.Fatal("zero route marshalled")
	}
}

// FuzzParseRoute: ParseRoute never panics, rejects with a *RouteError, and
// what it accepts round-trips.
func FuzzParseRoute(f *testing.F) {
	f.Add([]byte(small))
	for _, r := range []*liaison.Route{liaisonsample.BirthRegistrationGroup(), liaisonsample.DeathRegistrationGroup(),
		liaisonsample.LandTransfer(), liaisonsample.FiveOnSite()} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := liaison.ParseRoute(data)
		if err != nil {
			var re *liaison.RouteError
			if r != nil || !errors.As(err, &re) {
				t.Fatalf("rejection %T %v is not a *RouteError", err, err)
			}
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		again, err := liaison.ParseRoute(b)
		if err != nil || !again.Equal(r) {
			t.Fatalf("round trip: %v\n%s", err, b)
		}
		_ = r.Mermaid()
	})
}
