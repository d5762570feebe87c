package dossier_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/sla"
)

// A vendor's record holding a dossier keeps it as a json.RawMessage and
// decodes it with dossier.Unmarshal over the office's schedule: a Dossier
// field would fail, since the JSON carries no schedule.
func ExampleDossier_UnmarshalJSON() {
	d := receivedDossier(ict(2026, time.March, 2, 9, 0), sla.WorkingDays(3))
	stored, _ := json.Marshal(struct {
		Ticket  int             `json:"ticket"`
		Dossier dossier.Dossier `json:"dossier"`
	}{7, d})

	var wrong struct {
		Ticket  int             `json:"ticket"`
		Dossier dossier.Dossier `json:"dossier"`
	}
	err := json.Unmarshal(stored, &wrong)
	fmt.Println(errors.Is(err, dossier.ErrInvalid))

	var record struct {
		Ticket  int             `json:"ticket"`
		Dossier json.RawMessage `json:"dossier"`
	}
	if err := json.Unmarshal(stored, &record); err != nil {
		panic(err)
	}
	back, err := dossier.Unmarshal(record.Dossier, exampleOffice())
	fmt.Println(record.Ticket, back.Code(), back.Due(), err)
	// Output:
	// true
	// 7 000.00.36.H57-260302-0001 2026-03-05 <nil>
}

// A dossier code writes the year in two digits, so a vendor checks a
// receipt year before it plans on codes.
func ExampleCodeCovers() {
	for _, y := range []int{2026, 2099, 2100} {
		fmt.Println(y, dossier.CodeCovers(date.New(y, time.January, 1)))
	}
	_, err := dossier.NewCode("000.00.36.H57", date.New(2100, time.January, 1), 1)
	fmt.Println(errors.Is(err, dossier.ErrInvalid))
	// Output:
	// 2026 true
	// 2099 true
	// 2100 false
	// true
}
