package procedure

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// reformDate is 2025-07-01, the day the district level ended (Resolution
// 203/2025/QH15) and Decree 118/2025/NĐ-CP took effect.
var reformDate = date.New(2025, time.July, 1)

// ReformDate returns 2025-07-01, the first day without the district level
// (Resolution 203/2025/QH15, transitional clause).
func ReformDate() date.Date { return reformDate }

// Version is one entry of a procedure's history: the procedure as published
// by a decision effective on a day, or (Abolished) the end of the procedure.
type Version struct {
	Code      string
	Decision  string
	Effective date.Date // zero: in force since before the catalogue's history starts
	Abolished bool
	Procedure Procedure // the zero Procedure when Abolished
}

type entry struct {
	versions []Version // sorted by Effective, strictly increasing
}

// Catalog is a procedure catalogue with effective-dated versions: each code
// has a history of versions from publication decisions (quyết định công
// bố), and a dossier is handled under the version in force on the day it
// was received (the transitional principle that a new rule does not reach
// back to acts done before it; each dossier keeps the publication decision
// of its version).
//
// A *Catalog is immutable and safe for concurrent use; [Catalog.Apply]
// returns a new catalogue. The zero Catalog is empty and usable.
type Catalog struct {
	entries map[string]*entry
	codes   []string // sorted
}

// Parse reads a catalogue from strict JSON:
//
//	{
//	  "procedures": [ {"code": "1.001193", "decision": "…", "effective": "2025-07-01",
//	                   "name": "Đăng ký khai sinh", "field": "Hộ tịch", "levels": ["commune"],
//	                   "implementing": ["ubnd-cap-xa"], "subjects": ["individual"],
//	                   "channels": [{"channel": "direct", "statutory": "Trong ngày",
//	                                 "committed": "…", "note": "…"}],
//	                   "cutoff": "15:00",
//	                   "fees": [{"kind": "charge", "name": "…", "amount": "8000", "unit": "lần",
//	                             "channels": ["direct"], "code": "late", "condition": "…",
//	                             "reductions": [{"code": "online", "percent": "50",
//	                                             "automatic": true, "channels": ["online_full"],
//	                                             "from": "…", "until": "…"}]}],
//	                   "components": [{"name": "…", "originals": 1, "copies": 0,
//	                                   "template": "…", "requirement": "required"}],
//	                   "sets": 1, "source": "https://…", "notes": "…"}, … ],
//	  "abolitions": [ {"code": "…", "decision": "…", "effective": "2025-07-01"} ]
//	}
//
// A code may appear several times with different effective dates: these
// are its versions. Limits are the raw catalogue texts, read with
// sla.ParseLimit and kept verbatim; fees are decimal strings of VND.
//
// Rejected, each as a [*ValidationError] naming the procedure code, the
// field and the rule's sentinel: a document over [MaxCatalogBytes]
// ([ErrTooLarge], refused unread); JSON that breaks the module's strict
// policy (see the package doc, "Wire format": malformed JSON, unknown keys,
// keys in another case, duplicate keys, invalid UTF-8, a wrong JSON type
// such as a number for a fee, trailing data) ([ErrSyntax]); missing required fields ([ErrMissingField]); bad
// codes, enum codes, dates, cut-offs ([ErrInvalidValue]); limits that
// sla.ParseLimit rejects or committed limits longer than the statutory ones
// ([ErrInvalidLimit]); fees that are not decimal strings ([ErrInvalidFee]);
// components with zero originals and copies ([ErrNoCopies]); the same code
// twice on the same effective date, or abolished twice ([ErrDuplicate]); a
// version carrying the district level in force on or after 2025-07-01
// ([ErrLevelAbolished]).
func Parse(data []byte) (*Catalog, error) {
	// Fast path: one decoding pass. If it fails, parseSlow decodes element
	// by element to name the procedure at fault.
	var w wireCatalog
	if err := decodeStrict(data, &w, MaxCatalogBytes); err != nil {
		return parseSlow(data, err)
	}
	if w.Procedures == nil {
		return nil, &ValidationError{Field: "procedures", Err: ErrMissingField}
	}
	c := &Catalog{entries: make(map[string]*entry, len(w.Procedures))}
	for i := range w.Procedures {
		if err := c.addWire(&w.Procedures[i]); err != nil {
			return nil, err
		}
	}
	for i := range w.Abolitions {
		if err := c.addAbolition(&w.Abolitions[i]); err != nil {
			return nil, err
		}
	}
	return c, c.finish()
}

func (c *Catalog) addWire(w *wireProcedure) error {
	if err := checkStruct(w.Code, w); err != nil {
		return err
	}
	s, err := w.toSpec()
	if err != nil {
		return err
	}
	p, err := newProcedure(s, true)
	if err != nil {
		return err
	}
	eff, _ := parseISODate(w.Effective)
	return c.add(Version{Code: p.Code(), Decision: w.Decision, Effective: eff, Procedure: p})
}

func (c *Catalog) addAbolition(w *wireAbolition) error {
	if err := checkStruct(w.Code, w); err != nil {
		return err
	}
	eff, _ := parseISODate(w.Effective)
	return c.add(Version{Code: w.Code, Decision: w.Decision, Effective: eff, Abolished: true})
}

// parseSlow decodes the catalogue element by element so that a decoding
// error names its procedure. fastErr is returned if no element fails.
func parseSlow(data []byte, fastErr error) (*Catalog, error) {
	var raw struct {
		Procedures []json.RawMessage `json:"procedures"`
		Abolitions []json.RawMessage `json:"abolitions"`
	}
	if err := decodeStrict(data, &raw, MaxCatalogBytes); err != nil {
		return nil, err
	}
	for i, r := range raw.Procedures {
		var w wireProcedure
		if err := decodeStrict(r, &w, MaxCatalogBytes); err != nil {
			return nil, nameErr(err, r, fmt.Sprintf("procedures[%d]", i))
		}
	}
	for i, r := range raw.Abolitions {
		var w wireAbolition
		if err := decodeStrict(r, &w, MaxCatalogBytes); err != nil {
			return nil, nameErr(err, r, fmt.Sprintf("abolitions[%d]", i))
		}
	}
	return nil, fastErr
}

// nameErr fills in the procedure code (read leniently from raw) and
// prefixes the field path of a decoding error.
func nameErr(err error, raw []byte, path string) error {
	ve, ok := err.(*ValidationError)
	if !ok {
		return err
	}
	var probe struct {
		Code string `json:"code"`
	}
	_ = json.Unmarshal(raw, &probe)
	ve.Procedure = probe.Code
	if ve.Field == "" {
		ve.Field = path
	}
	return ve
}

// add inserts v into c during construction; finish sorts and checks.
func (c *Catalog) add(v Version) error {
	e := c.entries[v.Code]
	if e == nil {
		e = &entry{}
		c.entries[v.Code] = e
	}
	e.versions = append(e.versions, v)
	return nil
}

// finish sorts every history, builds the code index and checks the
// catalogue-wide rules.
func (c *Catalog) finish() error {
	c.codes = make([]string, 0, len(c.entries))
	for code, e := range c.entries {
		c.codes = append(c.codes, code)
		slices.SortStableFunc(e.versions, func(a, b Version) int { return cmpDate(a.Effective, b.Effective) })
		if err := checkHistory(code, e.versions); err != nil {
			return err
		}
	}
	slices.Sort(c.codes)
	return nil
}

func cmpDate(a, b date.Date) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// checkHistory checks one code's sorted versions: no two on the same day,
// no abolition of an abolished or never-published procedure, and no
// district level in force on or after ReformDate.
func checkHistory(code string, vs []Version) error {
	for i, v := range vs {
		if i > 0 && vs[i-1].Effective == v.Effective {
			return &ValidationError{Procedure: code, Field: "effective", Value: formatDate(v.Effective), Err: ErrDuplicate}
		}
		if v.Abolished && (i == 0 || vs[i-1].Abolished) {
			return &ValidationError{Procedure: code, Field: "abolitions", Value: formatDate(v.Effective),
				Err: fmt.Errorf("abolished while not in force: %w", ErrDuplicate)}
		}
		if !v.Abolished && v.Procedure.HasLevel(LevelDistrict) {
			if i == len(vs)-1 || vs[i+1].Effective > reformDate {
				return &ValidationError{Procedure: code, Field: "levels", Value: "district", Err: ErrLevelAbolished}
			}
		}
	}
	return nil
}

// Len returns the number of procedure codes in c (abolished ones included).
func (c *Catalog) Len() int { return len(c.codes) }

// Codes returns the codes of c, sorted.
func (c *Catalog) Codes() []string { return slices.Clone(c.codes) }

// Versions returns a copy of the history of code, oldest first; nil if
// the code is unknown.
func (c *Catalog) Versions(code string) []Version {
	e := c.entries[code]
	if e == nil {
		return nil
	}
	return slices.Clone(e.versions)
}

// Lookup returns the version of code in force on day on: the latest version
// effective on or before on. It returns a [*LookupError] quoting the code
// and date that wraps [ErrUnknownCode] for a code not in c,
// [ErrNotYetEffective] when the first version takes effect after on, and
// [ErrAbolished] when the latest version on or before on is an abolition.
//
// Lookup is a map access plus a backward scan of the (short) history; it
// does not allocate on success.
func (c *Catalog) Lookup(code string, on date.Date) (Procedure, error) {
	e := c.entries[code]
	if e == nil {
		return Procedure{}, &LookupError{Code: code, On: on.String(), Err: ErrUnknownCode}
	}
	for i := len(e.versions) - 1; i >= 0; i-- {
		v := &e.versions[i]
		if v.Effective <= on {
			if v.Abolished {
				return Procedure{}, &LookupError{Code: code, On: on.String(), Err: ErrAbolished}
			}
			return v.Procedure, nil
		}
	}
	return Procedure{}, &LookupError{Code: code, On: on.String(), Err: ErrNotYetEffective}
}

// latest returns the latest version of code and whether the code is known.
func (c *Catalog) latest(code string) (Version, bool) {
	e := c.entries[code]
	if e == nil || len(e.versions) == 0 {
		return Version{}, false
	}
	return e.versions[len(e.versions)-1], true
}

// Marshal returns c as strict JSON in the format of [Parse], with
// procedures sorted by code and effective date. Parse(Marshal(c)) equals c.
func (c *Catalog) Marshal() ([]byte, error) {
	w := wireCatalog{Procedures: []wireProcedure{}}
	for _, code := range c.codes {
		for _, v := range c.entries[code].versions {
			if v.Abolished {
				w.Abolitions = append(w.Abolitions, wireAbolition{Code: code, Decision: v.Decision, Effective: formatDate(v.Effective)})
				continue
			}
			w.Procedures = append(w.Procedures, toWire(v.Procedure, v.Decision, v.Effective))
		}
	}
	return marshalIndented(w)
}

// marshalIndented writes v as the catalogue files are written: indented by
// two spaces, Vietnamese and "<", ">", "&" unescaped, no final newline.
func marshalIndented(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Equal reports whether c and o hold the same histories.
func (c *Catalog) Equal(o *Catalog) bool {
	if !slices.Equal(c.codes, o.codes) {
		return false
	}
	for _, code := range c.codes {
		if !slices.EqualFunc(c.entries[code].versions, o.entries[code].versions, Version.Equal) {
			return false
		}
	}
	return true
}

// Equal reports whether v and o are the same version.
func (v Version) Equal(o Version) bool {
	return v.Code == o.Code && v.Decision == o.Decision && v.Effective == o.Effective &&
		v.Abolished == o.Abolished && v.Procedure.Equal(o.Procedure)
}

// String returns a one-line summary such as "catalog(17 codes)".
func (c *Catalog) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "catalog(%d codes)", len(c.codes))
	return b.String()
}
