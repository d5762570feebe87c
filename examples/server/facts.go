package main

import (
	"fmt"
	"os"

	"github.com/motcua/motcua/internal/strictjson"
	"github.com/motcua/motcua/scorecard"
)

// scorecardFacts are the scorecard's facts beyond the dossiers, read from
// the file given with -facts: what the deployment knows from the national
// portal, the payment platform and its own registers (Decision
// 766/QĐ-TTg's indicators that no dossier records). A dossier the file does
// not list keeps the defaults (synchronised, nothing else); a unit it does
// not list gets the unit facts counted from its dossiers (procedures and
// online procedures), the others zero.
//
// The file is read once at start: a deployment that wants new facts writes
// the file again and restarts the server. Unit facts count a period's
// events (publications, certified copies, the national count), so they
// apply to whatever period is asked: write them for the period the centre
// reports on.
type scorecardFacts struct {
	// Centre are the facts of the whole centre, for the public dashboard.
	Centre *scorecard.UnitFacts `json:"centre,omitempty"`
	// Units are the facts of each receiving unit, by its code, for the
	// scorecard of a report token's unit.
	Units map[string]scorecard.UnitFacts `json:"units,omitempty"`
	// Dossiers are the facts of each dossier, by its code.
	Dossiers map[string]scorecard.Facts `json:"dossiers,omitempty"`
}

// Limits of a facts file: its size, and the length of a unit's or a
// dossier's code.
const (
	maxFactsBytes = 256 << 20
	maxFactsKey   = 64
)

// loadFacts reads and checks the facts file at path: strict JSON (no
// unknown or duplicate keys) of at most maxFactsBytes, unit facts that
// pass scorecard.UnitFacts.Validate, codes of at most maxFactsKey bytes,
// and document counts that are not negative. The error names the file and
// the field.
func loadFacts(path string) (*scorecardFacts, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("facts file: %w", err)
	}
	if fi.Size() > maxFactsBytes {
		return nil, fmt.Errorf("facts file %s: %d bytes, more than %d", path, fi.Size(), maxFactsBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("facts file: %w", err)
	}
	f, err := parseFacts(data)
	if err != nil {
		return nil, fmt.Errorf("facts file %s: %w", path, err)
	}
	return f, nil
}

// parseFacts decodes and checks a facts file's content (see loadFacts).
func parseFacts(data []byte) (*scorecardFacts, error) {
	var f scorecardFacts
	if err := strictjson.Decode(data, &f, strictjson.Limits{MaxBytes: maxFactsBytes}); err != nil {
		return nil, err
	}
	if f.Centre != nil {
		if err := f.Centre.Validate(); err != nil {
			return nil, fmt.Errorf("centre: %w", err)
		}
	}
	for unit, u := range f.Units {
		if len(unit) == 0 || len(unit) > maxFactsKey {
			return nil, fmt.Errorf("units: a unit code of %d bytes, want 1 to %d", len(unit), maxFactsKey)
		}
		if err := u.Validate(); err != nil {
			return nil, fmt.Errorf("units[%q]: %w", unit, err)
		}
	}
	for code, d := range f.Dossiers {
		if len(code) == 0 || len(code) > maxFactsKey {
			return nil, fmt.Errorf("dossiers: a dossier code of %d bytes, want 1 to %d", len(code), maxFactsKey)
		}
		if d.Reused < 0 || d.FromDataStore < 0 {
			return nil, fmt.Errorf("dossiers[%q]: negative document counts", code)
		}
	}
	return &f, nil
}

// dossier returns the facts of the dossier with the given code: the file's,
// or the defaults (synchronised to the national portal, nothing else).
func (f *scorecardFacts) dossier(code string) scorecard.Facts {
	if f != nil {
		if d, ok := f.Dossiers[code]; ok {
			return d
		}
	}
	return scorecard.Facts{Synchronised: true}
}

// unit returns the facts of unit ("" for the whole centre) when the file
// gives them.
func (f *scorecardFacts) unit(unit string) (scorecard.UnitFacts, bool) {
	switch {
	case f == nil:
		return scorecard.UnitFacts{}, false
	case unit == "":
		if f.Centre == nil {
			return scorecard.UnitFacts{}, false
		}
		return *f.Centre, true
	}
	u, ok := f.Units[unit]
	return u, ok
}
