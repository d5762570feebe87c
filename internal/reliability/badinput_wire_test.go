package reliability

import (
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/rickb777/date/v2"
)

// The wire part of the catalogue: procedure catalogues, registries and
// enums, and the dossier wire format, against the module's one strict JSON
// policy (internal/strictjson) and the packages' own rules.
func init() { catalogues["wire"] = wireCatalogue }

var (
	wireValidationError = as[*procedure.ValidationError]()
	wireLookupError     = as[*procedure.LookupError]()
	wireDecisionError   = as[*procedure.DecisionError]()
	wireInputError      = as[*dossier.InputError]()
)

// wireProcedure is a valid catalogue entry; rows change one thing in it.
const wireProcedure = `{"code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch",
 "levels": ["commune"], "implementing": ["ubnd-cap-xa"], "subjects": ["individual"],
 "channels": [{"channel": "direct", "statutory": "03 ngày làm việc", "committed": "02 ngày làm việc"}],
 "cutoff": "15:00",
 "fees": [{"kind": "charge", "name": "Lệ phí", "amount": "8000",
   "reductions": [{"code": "online", "percent": "50", "automatic": true, "channels": ["online_full"]}]}],
 "components": [{"name": "Tờ khai", "originals": 1, "copies": 0, "requirement": "required"}],
 "source": "test"}`

// wireDossier is a valid dossier document (received, transferred, an
// obligation requested) over the plain schedule; rows change one thing.
const wireDossier = `{"header":{"procedure":{"code":"1.001193","decision":"1872/QĐ-BTP","name":"Đăng ký khai sinh","field":"Hộ tịch"},` +
	`"applicant":{"kind":"individual","name":"Nguyễn Văn An","id":"001090012345","phone":"0912345678"},"channel":"direct",` +
	`"receiving_unit":"000.00.36.H57","agency":"ubnd-xa","level":"commune",` +
	`"filed":[{"name":"Tờ khai đăng ký khai sinh","originals":1,"digitised":true}],"fees_due":"8000"},` +
	`"events":[{"kind":"received","at":"2026-03-02T09:00:00+07:00","actor":"can-bo","code":"000.00.36.H57-260302-0001","limit":"10 ngày làm việc"},` +
	`{"kind":"transferred","at":"2026-03-02T10:00:00+07:00","actor":"can-bo","agency":"ubnd-xa"},` +
	`{"kind":"obligation_requested","at":"2026-03-04T10:00:00+07:00","actor":"can-bo","amount":"1000"}]}`

// swap replaces the first old in s by new; it panics when old is absent,
// so that a row never tests the valid document by mistake.
func swap(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("badinput_wire: " + old + " not in the document")
	}
	return strings.Replace(s, old, new, 1)
}

func catalogOf(procs ...string) string { return `{"procedures":[` + strings.Join(procs, ",") + `]}` }

func parseCatalog(s string) func() error {
	return func() error { _, err := procedure.Parse([]byte(s)); return err }
}

// parseProc parses a catalogue of the valid procedure with one change.
func parseProc(old, new string) func() error {
	return parseCatalog(catalogOf(swap(wireProcedure, old, new)))
}

func parseRegistry(s string) func() error {
	return func() error { _, err := procedure.ParseRegistry([]byte(s)); return err }
}

func wireCatalogue(sh shared) []badInput {
	plain := sh.scheds[0]
	unmarshal := func(s string) func() error {
		return func() error { _, err := dossier.Unmarshal([]byte(s), plain); return err }
	}
	dos := func(old, new string) func() error { return unmarshal(swap(wireDossier, old, new)) }
	enum := func(f func([]byte) error, s string) func() error { return func() error { return f([]byte(s)) } }
	cat, err := procedure.Parse([]byte(catalogOf(wireProcedure)))
	if err != nil {
		panic(err)
	}
	proc, _ := cat.Lookup("1.001193", date.New(2026, time.March, 2))
	digits := strings.Repeat("9", 1_000_000)
	var pad strings.Builder
	pad.WriteString(`{"procedures":[`)
	for pad.Len() < procedure.MaxCatalogBytes {
		pad.WriteString(wireProcedure)
		pad.WriteByte(',')
	}
	pad.WriteString(wireProcedure + `]}`)
	oversizeCatalog := pad.String()

	return []badInput{
		// procedure: the strict JSON policy.
		{"procedure/duplicate key", parseProc(`"name": "Đăng ký khai sinh"`, `"name": "X", "name": "Đăng ký khai sinh"`), procedure.ErrSyntax, wireValidationError},
		{"procedure/duplicate procedures key", parseCatalog(`{"procedures":[],"procedures":[` + wireProcedure + `]}`), procedure.ErrSyntax, wireValidationError},
		{"procedure/duplicate key in a fee", parseProc(`"amount": "8000"`, `"amount": "1", "amount": "8000"`), procedure.ErrSyntax, wireValidationError},
		{"procedure/duplicate key in a reduction", parseProc(`"percent": "50"`, `"percent": "50", "percent": "5"`), procedure.ErrSyntax, wireValidationError},
		{"procedure/case-variant key", parseProc(`"code":`, `"Code":`), procedure.ErrSyntax, wireValidationError},
		{"procedure/upper-case key", parseProc(`"field":`, `"FIELD":`), procedure.ErrSyntax, wireValidationError},
		{"procedure/case-variant top key", parseCatalog(`{"Procedures":[` + wireProcedure + `]}`), procedure.ErrSyntax, wireValidationError},
		{"procedure/stray field", parseProc(`"source": "test"`, `"source": "test", "status": "active"`), procedure.ErrSyntax, wireValidationError},
		{"procedure/stray field in a component", parseProc(`"requirement": "required"`, `"requirement": "required", "mandatory": true`), procedure.ErrSyntax, wireValidationError},
		{"procedure/fee as a number", parseProc(`"amount": "8000"`, `"amount": 8000`), procedure.ErrSyntax, wireValidationError},
		{"procedure/fee as an exponent number", parseProc(`"amount": "8000"`, `"amount": 8e3`), procedure.ErrSyntax, wireValidationError},
		{"procedure/fee as an exponent string", parseProc(`"amount": "8000"`, `"amount": "8e3"`), procedure.ErrInvalidFee, wireValidationError},
		{"procedure/fee of a million digits", parseProc(`"amount": "8000"`, `"amount": "`+digits+`"`), procedure.ErrInvalidFee, wireValidationError},
		{"procedure/negative fee", parseProc(`"amount": "8000"`, `"amount": "-8000"`), procedure.ErrInvalidFee, wireValidationError},
		{"procedure/reduction of 0 percent", parseProc(`"percent": "50"`, `"percent": "0"`), procedure.ErrInvalidFee, wireValidationError},
		{"procedure/reduction of 101 percent", parseProc(`"percent": "50"`, `"percent": "101"`), procedure.ErrInvalidFee, wireValidationError},
		{"procedure/invalid UTF-8", parseProc(`Hộ tịch`, "H\xe1\xbb tịch"), procedure.ErrSyntax, wireValidationError},
		{"procedure/lone surrogate escape", parseProc(`Hộ tịch`, `H\ud800 tịch`), procedure.ErrSyntax, wireValidationError},
		{"procedure/trailing data", parseCatalog(catalogOf(wireProcedure) + `{}`), procedure.ErrSyntax, wireValidationError},
		{"procedure/count as a string", parseProc(`"originals": 1`, `"originals": "1"`), procedure.ErrSyntax, wireValidationError},
		{"procedure/count of 40 digits", parseProc(`"originals": 1`, `"originals": `+strings.Repeat("9", 40)), procedure.ErrSyntax, wireValidationError},
		{"procedure/count out of range", parseProc(`"originals": 1`, `"originals": 1e30`), procedure.ErrSyntax, wireValidationError},
		{"procedure/null name", parseProc(`"name": "Đăng ký khai sinh"`, `"name": null`), procedure.ErrSyntax, wireValidationError},
		{"procedure/levels as a string", parseProc(`"levels": ["commune"]`, `"levels": "commune"`), procedure.ErrSyntax, wireValidationError},
		{"procedure/nested too deeply", parseProc(`"source": "test"`, `"source": "test", "route": `+strings.Repeat(`{"x":`, 20)+`1`+strings.Repeat(`}`, 20)), procedure.ErrSyntax, wireValidationError},
		{"procedure/catalogue over 16 MiB", parseCatalog(oversizeCatalog), procedure.ErrTooLarge, wireValidationError},
		// procedure: enums.
		{"procedure/channel in capitals", parseProc(`"channel": "direct"`, `"channel": "Direct"`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/unknown level", parseProc(`["commune"]`, `["village"]`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/unknown subject", parseProc(`["individual"]`, `["citizen"]`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/unknown fee kind", parseProc(`"kind": "charge"`, `"kind": "tax"`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/unknown requirement", parseProc(`"requirement": "required"`, `"requirement": "optional"`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/Channel.UnmarshalText of 1 MB", enum(func(b []byte) error { var c procedure.Channel; return c.UnmarshalText(b) }, digits), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/Level.UnmarshalText empty", enum(func(b []byte) error { var l procedure.Level; return l.UnmarshalText(b) }, ""), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/marshal an invalid Subject", func() error { _, err := procedure.Subject(9).MarshalText(); return err }, procedure.ErrInvalidValue, wireValidationError},
		// procedure: the catalogue's rules.
		{"procedure/code of the wrong shape", parseProc(`"code": "1.001193"`, `"code": "4.001193"`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/no name", parseProc(`"name": "Đăng ký khai sinh"`, `"name": ""`), procedure.ErrMissingField, wireValidationError},
		{"procedure/no levels", parseProc(`"levels": ["commune"]`, `"levels": []`), procedure.ErrMissingField, wireValidationError},
		{"procedure/no source", parseProc(`"source": "test"`, `"source": ""`), procedure.ErrMissingField, wireValidationError},
		{"procedure/date of 30 February", parseProc(`"source": "test"`, `"source": "test", "effective": "2025-02-30"`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/cut-off 25:00", parseProc(`"cutoff": "15:00"`, `"cutoff": "25:00"`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/unreadable limit", parseProc(`"statutory": "03 ngày làm việc"`, `"statutory": "03 tuần"`), procedure.ErrInvalidLimit, wireValidationError},
		{"procedure/committed longer than statutory", parseProc(`"committed": "02 ngày làm việc"`, `"committed": "05 ngày làm việc"`), procedure.ErrInvalidLimit, wireValidationError},
		{"procedure/component without paper", parseProc(`"originals": 1, "copies": 0`, `"originals": 0, "copies": 0`), procedure.ErrNoCopies, wireValidationError},
		{"procedure/negative copies", parseProc(`"copies": 0`, `"copies": -1`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/levels twice, the second district", parseProc(`"source": "test"`, `"source": "test", "effective": "2025-07-01", "levels": ["district"]`), procedure.ErrSyntax, wireValidationError},
		{"procedure/district level in force after 2025-07-01", parseProc(`["commune"]`, `["district"]`), procedure.ErrLevelAbolished, wireValidationError},
		{"procedure/same code and date twice", parseCatalog(catalogOf(wireProcedure, wireProcedure)), procedure.ErrDuplicate, wireValidationError},
		{"procedure/route that is not a route", parseProc(`"source": "test"`, `"source": "test", "route": {"code": "R"}`), procedure.ErrInvalidValue, wireValidationError},
		// procedure: registries and look-ups.
		{"procedure/registry with a duplicate key", parseRegistry(`{"agencies":[{"code":"a","code":"b","name":"A","level":"commune"}]}`), procedure.ErrSyntax, wireValidationError},
		{"procedure/registry key in capitals", parseRegistry(`{"Agencies":[]}`), procedure.ErrSyntax, wireValidationError},
		{"procedure/registry over 4 MiB", parseRegistry(`{"agencies":[]}` + strings.Repeat(" ", procedure.MaxRegistryBytes)), procedure.ErrTooLarge, wireValidationError},
		{"procedure/registry successor cycle", parseRegistry(`{"agencies":[{"code":"a","name":"A","level":"commune","successor":"b"},{"code":"b","name":"B","level":"commune","successor":"a"}]}`), procedure.ErrSuccessorCycle, wireValidationError},
		{"procedure/registry unknown successor", parseRegistry(`{"agencies":[{"code":"a","name":"A","level":"commune","successor":"z"}]}`), procedure.ErrUnknownAgency, wireValidationError},
		{"procedure/registry date of 31 April", parseRegistry(`{"agencies":[{"code":"a","name":"A","level":"commune","valid_from":"2025-04-31"}]}`), procedure.ErrInvalidValue, wireValidationError},
		{"procedure/lookup of an unknown code", func() error { _, err := cat.Lookup("2.000001", date.New(2026, 1, 1)); return err }, procedure.ErrUnknownCode, wireLookupError},
		{"procedure/decision without a number", func() error {
			_, _, err := cat.Apply(procedure.Decision{Effective: date.New(2026, 1, 1), Amended: []procedure.Procedure{proc}})
			return err
		}, procedure.ErrMissingField, wireDecisionError},
		{"procedure/decision abolishing an unknown code", func() error {
			_, _, err := cat.Apply(procedure.Decision{Number: "1/QĐ", Effective: date.New(2026, 1, 1), Abolished: []string{"2.000001"}})
			return err
		}, procedure.ErrUnknownCode, wireDecisionError},

		// dossier: the wire format.
		{"dossier wire/duplicate events key (last-wins dropped the log)", dos(`"events":[`, `"events":[],"events":[`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/duplicate header key", dos(`"agency":"ubnd-xa","level"`, `"agency":"khac","agency":"ubnd-xa","level"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/duplicate key in an event", dos(`"actor":"can-bo",`, `"actor":"x","actor":"can-bo",`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/case-variant key", dos(`"header":`, `"Header":`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/case-variant nested key", dos(`"fees_due":`, `"FEES_DUE":`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/stray top-level field", dos(`"events":[`, `"status":"received","events":[`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/stray field in the applicant", dos(`"phone":"0912345678"`, `"phone":"0912345678","fax":"024"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/transfer carrying a code", dos(`"agency":"ubnd-xa"}`, `"agency":"ubnd-xa","code":"000.00.36.H57-260302-0001"}`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/transfer carrying items", dos(`"agency":"ubnd-xa"}`, `"agency":"ubnd-xa","items":["x"]}`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/receipt carrying an amount", dos(`"limit":"10 ngày làm việc"`, `"limit":"10 ngày làm việc","amount":"5"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/obligation carrying granted", dos(`"amount":"1000"`, `"amount":"1000","granted":true`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/empty actor", dos(`"actor":"can-bo","amount"`, `"actor":"","amount"`), dossier.ErrInvalid, wireInputError},
		{"dossier wire/blank actor", dos(`"actor":"can-bo","amount"`, `"actor":"   ","amount"`), dossier.ErrInvalid, wireInputError},
		{"dossier wire/fees as a number", dos(`"fees_due":"8000"`, `"fees_due":8000`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/fees as an exponent number", dos(`"fees_due":"8000"`, `"fees_due":8e3`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/fees as an exponent string", dos(`"fees_due":"8000"`, `"fees_due":"8e3"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/fees of a million digits", dos(`"fees_due":"8000"`, `"fees_due":"`+digits+`"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/amount of a million digits", dos(`"amount":"1000"`, `"amount":"`+digits+`"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/amount with a million decimals", dos(`"amount":"1000"`, `"amount":"1.`+digits+`"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/amount with a sign", dos(`"amount":"1000"`, `"amount":"-1000"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/invalid UTF-8", dos(`Nguyễn`, "Nguy\xe1\xbb"), dossier.ErrSyntax, wireInputError},
		{"dossier wire/lone surrogate escape", dos(`Nguyễn`, `Nguy\udfffn`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/null events", unmarshal(wireDossier[:strings.Index(wireDossier, `"events":`)] + `"events":null}`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/no events", unmarshal(wireDossier[:strings.Index(wireDossier, `,"events":`)] + `}`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/trailing second document", unmarshal(wireDossier + wireDossier), dossier.ErrSyntax, wireInputError},
		{"dossier wire/over 1 MiB", unmarshal(wireDossier + strings.Repeat(" ", dossier.MaxJSONBytes)), dossier.ErrSyntax, wireInputError},
		{"dossier wire/event kind in capitals", dos(`"kind":"transferred"`, `"kind":"Transferred"`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/instant as a number", dos(`"at":"2026-03-02T10:00:00+07:00"`, `"at":1772420400`), dossier.ErrSyntax, wireInputError},
		{"dossier wire/json.Unmarshal into a Dossier", func() error {
			var d dossier.Dossier
			return d.UnmarshalJSON([]byte(wireDossier))
		}, dossier.ErrInvalid, wireInputError},
		{"dossier wire/code after 2099", func() error { _, err := dossier.NewCode("000.00.36.H57", date.New(2100, 1, 1), 1); return err }, dossier.ErrInvalid, wireInputError},
	}
}

// The documents the rows change are valid: each row tests one change.
func TestWireRowsStartValid(t *testing.T) {
	sh := newShared(t)
	if _, err := procedure.Parse([]byte(catalogOf(wireProcedure))); err != nil {
		t.Fatal(err)
	}
	if _, err := dossier.Unmarshal([]byte(wireDossier), sh.scheds[0]); err != nil {
		t.Fatal(err)
	}
	if rows := wireCatalogue(sh); len(rows) < 80 {
		t.Errorf("%d wire rows", len(rows))
	}
}
