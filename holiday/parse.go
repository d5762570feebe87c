package holiday

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/internal/strictjson"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// csvHeader is the header line of calendar CSV data, the format of the
// embedded data/vietnam.csv.
var csvHeader = []string{"announcement", "date", "kind", "name_vi", "name_en", "source"}

var isoDate = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// parseDate reads a strict ISO date YYYY-MM-DD; 2026-02-30 is an error, not
// 2 March.
func parseDate(s string) (date.Date, error) {
	if !isoDate.MatchString(s) {
		return 0, fmt.Errorf("%w: want a date YYYY-MM-DD", ErrSyntax)
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("%w: no such date", ErrSyntax)
	}
	return date.NewAt(t), nil
}

// MaxDataBytes is the largest calendar data [ParseCSV], [ParseJSON],
// [Calendar.ExtendCSV] and [Calendar.ExtendJSON] read: 1 MiB. The embedded
// national data, twelve years of announcements, is about 40 KB; a
// province's decisions for the calendar's whole span would not reach a
// quarter of the limit. Larger data is refused before it is read, with an
// *[EntryError] wrapping [ErrTooLarge].
const MaxDataBytes = 1 << 20

// tooLarge refuses data over MaxDataBytes.
func tooLarge(data []byte) error {
	if len(data) <= MaxDataBytes {
		return nil
	}
	// Quote a prefix without converting the whole data to a string.
	return &EntryError{Field: "data", Value: clip.String(string(data[:min(len(data), 160)]), 40),
		Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, len(data), MaxDataBytes)}
}

// csvLines maps the entries of a Spec read from CSV to their lines.
type csvLines struct {
	announcement map[[2]int]int // (announcement index, day index) -> line
	local        map[int]int    // day index -> line
}

// ParseCSV reads calendar entries in the CSV format of the embedded data
// (see data/README.md): a header line
//
//	announcement,date,kind,name_vi,name_en,source
//
// then one line per special day. A line whose announcement column holds a
// year belongs to that year's announcement; a line with an empty
// announcement column is a local day ([Spec.Days]). Errors are of type
// *[EntryError] and name the line.
//
// ParseCSV checks the text, and that no date is given twice, line by line:
// it stops at the first bad line, without reading the rest.
// [Calendar.ExtendCSV] also checks the entries against the calendar and
// still names the line. Data over [MaxDataBytes] is refused unread.
func ParseCSV(data []byte) (Spec, error) {
	s, _, err := parseCSV(data)
	return s, err
}

func parseCSV(data []byte) (Spec, csvLines, error) {
	lines := csvLines{announcement: map[[2]int]int{}, local: map[int]int{}}
	if err := tooLarge(data); err != nil {
		return Spec{}, lines, err
	}
	// A file saved by a spreadsheet may start with a byte-order mark.
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = len(csvHeader)
	header, err := r.Read()
	if err != nil {
		return Spec{}, lines, csvError(err, 1)
	}
	if strings.Join(header, ",") != strings.Join(csvHeader, ",") {
		return Spec{}, lines, &EntryError{Line: 1, Field: "header", Value: strings.Join(header, ","),
			Err: fmt.Errorf("%w: want %q", ErrSyntax, strings.Join(csvHeader, ","))}
	}
	var spec Spec
	index := map[int]int{}        // year -> index in spec.Announcements
	owner := map[date.Date]int{}  // date -> the announcement year that set it
	local := map[date.Date]bool{} // dates of local days
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Spec{}, lines, csvError(err, 0) // the *csv.ParseError carries the line
		}
		line, _ := r.FieldPos(0)
		d, err := parseDayFields(rec[1], rec[2], rec[3], rec[4], rec[5])
		if err != nil {
			err.(*EntryError).Line = line
			return Spec{}, lines, err
		}
		if rec[0] == "" {
			// The checks of Extend that need no calendar, made line by line.
			if local[d.Date] {
				return Spec{}, lines, &EntryError{Line: line, Field: "date", Value: d.Date.String(),
					Err: fmt.Errorf("%w: date given twice", ErrContradiction)}
			}
			local[d.Date] = true
			lines.local[len(spec.Days)] = line
			spec.Days = append(spec.Days, d)
			continue
		}
		year, err := strconv.Atoi(rec[0])
		if err != nil || len(rec[0]) != 4 {
			return Spec{}, lines, &EntryError{Line: line, Field: "announcement", Value: rec[0],
				Err: fmt.Errorf("%w: want a four-digit year or nothing", ErrSyntax)}
		}
		if prev, dup := owner[d.Date]; dup {
			return Spec{}, lines, &EntryError{Line: line, Field: "date", Value: d.Date.String(),
				Err: fmt.Errorf("%w: date already set by the announcement of %d", ErrContradiction, prev)}
		}
		owner[d.Date] = year
		ai, ok := index[year]
		if !ok {
			ai = len(spec.Announcements)
			index[year] = ai
			spec.Announcements = append(spec.Announcements, Announcement{Year: year})
		}
		a := &spec.Announcements[ai]
		lines.announcement[[2]int{ai, len(a.Days)}] = line
		a.Days = append(a.Days, d)
	}
	return spec, lines, nil
}

func csvError(err error, line int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line = pe.Line
	}
	if err == io.EOF {
		err = errors.New("no header line")
	}
	return &EntryError{Line: line, Field: "record", Value: err.Error(), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// parseDayFields reads one special day; errors are *EntryError.
func parseDayFields(day, kind, nameVI, nameEN, source string) (SpecialDay, error) {
	d, err := parseDate(day)
	if err != nil {
		return SpecialDay{}, &EntryError{Field: "date", Value: day, Err: err}
	}
	k, err := ParseKind(kind)
	if err != nil {
		return SpecialDay{}, err
	}
	if strings.TrimSpace(nameVI) == "" {
		return SpecialDay{}, &EntryError{Field: "name_vi", Value: nameVI, Err: fmt.Errorf("%w: a Vietnamese name is required", ErrSyntax)}
	}
	if strings.TrimSpace(source) == "" {
		return SpecialDay{}, &EntryError{Field: "source", Value: source, Err: fmt.Errorf("%w: a source is required", ErrSyntax)}
	}
	if nameEN == "" {
		nameEN = nameVI
	}
	return SpecialDay{Date: d, Kind: k, NameVI: nameVI, NameEN: nameEN, Source: source}, nil
}

// ExtendCSV is [Calendar.Extend] with entries read by [ParseCSV]; every error
// about an entry names its line.
func (c *Calendar) ExtendCSV(data []byte) (*Calendar, error) {
	spec, lines, err := parseCSV(data)
	if err != nil {
		return nil, err
	}
	out, err := c.Extend(spec)
	var ee *EntryError
	if errors.As(err, &ee) && ee.pos.set {
		if ee.pos.announcement < 0 {
			ee.Line = lines.local[ee.pos.day]
		} else {
			ee.Line = lines.announcement[[2]int{ee.pos.announcement, ee.pos.day}]
		}
	}
	return out, err
}

// JSON wire form of a Spec.
type (
	specJSON struct {
		WorkingWeekdays []string           `json:"working_weekdays,omitempty"`
		Announcements   []announcementJSON `json:"announcements,omitempty"`
		Days            []dayJSON          `json:"days,omitempty"`
		Recurring       []recurringJSON    `json:"recurring,omitempty"`
	}
	announcementJSON struct {
		Year   int       `json:"year"`
		Source string    `json:"source"`
		Days   []dayJSON `json:"days"`
	}
	dayJSON struct {
		Date   string `json:"date"`
		Kind   string `json:"kind"`
		NameVI string `json:"name_vi"`
		NameEN string `json:"name_en,omitempty"`
		Source string `json:"source,omitempty"`
	}
	recurringJSON struct {
		Month  int    `json:"month"`
		Day    int    `json:"day"`
		From   string `json:"from"`
		Until  string `json:"until,omitempty"`
		NameVI string `json:"name_vi"`
		NameEN string `json:"name_en,omitempty"`
		Source string `json:"source"`
	}
)

// ParseJSON reads a [Spec] from strict JSON, the module's one decoding
// policy: keys in exactly their case, no key twice in an object (the last
// would silently win), no unknown key, valid UTF-8 (never replaced), one
// value and nothing after it, numbers only where numbers are declared;
// malformed dates (ISO YYYY-MM-DD only) and unknown kinds or weekdays are
// errors too. Errors are *[EntryError]s wrapping [ErrSyntax]; the JSON
// policy's own error stays reachable with errors.As. The shape is
//
//	{
//	  "working_weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
//	  "announcements": [{"year": 2027, "source": "…", "days": [
//	    {"date": "2027-02-05", "kind": "holiday", "name_vi": "Tết Nguyên Đán", "name_en": "Lunar New Year"}]}],
//	  "days": [{"date": "2027-03-08", "kind": "day_off", "name_vi": "…", "source": "Quyết định …"}],
//	  "recurring": [{"month": 11, "day": 24, "from": "2026-11-24", "name_vi": "Ngày Văn hóa Việt Nam",
//	    "name_en": "Vietnamese Culture Day", "source": "…"}]
//	}
//
// A day inside an announcement may leave out its source: it inherits the
// announcement's. Every field is optional except where a day or rule needs it.
// Data over [MaxDataBytes] is refused unread.
func ParseJSON(data []byte) (Spec, error) {
	if err := tooLarge(data); err != nil {
		return Spec{}, err
	}
	var w specJSON
	if err := strictjson.Decode(data, &w, strictjson.Limits{MaxBytes: MaxDataBytes}); err != nil {
		field := "json"
		var se *strictjson.Error
		if errors.As(err, &se) && se.Path != "" {
			field = se.Path
		}
		return Spec{}, &EntryError{Field: field, Value: clip.String(string(data), 40), Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	var s Spec
	for i, name := range w.WorkingWeekdays {
		wd, ok := weekdayByName[name]
		if !ok {
			return Spec{}, &EntryError{Field: fmt.Sprintf("working_weekdays[%d]", i), Value: name,
				Err: fmt.Errorf("%w: want a lowercase English weekday name", ErrSyntax)}
		}
		s.WorkingWeekdays = append(s.WorkingWeekdays, wd)
	}
	if w.WorkingWeekdays != nil && len(w.WorkingWeekdays) == 0 {
		s.WorkingWeekdays = []time.Weekday{}
	}
	for ai, a := range w.Announcements {
		ann := Announcement{Year: a.Year, Source: a.Source}
		for di, d := range a.Days {
			if d.Source == "" {
				d.Source = a.Source
			}
			sd, err := d.special(fmt.Sprintf("announcements[%d].days[%d].", ai, di))
			if err != nil {
				return Spec{}, err
			}
			ann.Days = append(ann.Days, sd)
		}
		s.Announcements = append(s.Announcements, ann)
	}
	for di, d := range w.Days {
		sd, err := d.special(fmt.Sprintf("days[%d].", di))
		if err != nil {
			return Spec{}, err
		}
		s.Days = append(s.Days, sd)
	}
	for ri, r := range w.Recurring {
		field := fmt.Sprintf("recurring[%d].", ri)
		from, err := parseDate(r.From)
		if err != nil {
			return Spec{}, &EntryError{Field: field + "from", Value: r.From, Err: err}
		}
		var until date.Date
		if r.Until != "" {
			if until, err = parseDate(r.Until); err != nil {
				return Spec{}, &EntryError{Field: field + "until", Value: r.Until, Err: err}
			}
		}
		nameEN := r.NameEN
		if nameEN == "" {
			nameEN = r.NameVI
		}
		s.Recurring = append(s.Recurring, Recurring{Month: time.Month(r.Month), Day: r.Day, From: from, Until: until,
			NameVI: r.NameVI, NameEN: nameEN, Source: r.Source})
	}
	return s, nil
}

func (d dayJSON) special(field string) (SpecialDay, error) {
	sd, err := parseDayFields(d.Date, d.Kind, d.NameVI, d.NameEN, d.Source)
	if err != nil {
		e := err.(*EntryError)
		e.Field = field + e.Field
		return SpecialDay{}, e
	}
	return sd, nil
}

// ExtendJSON is [Calendar.Extend] with a Spec read by [ParseJSON].
func (c *Calendar) ExtendJSON(data []byte) (*Calendar, error) {
	spec, err := ParseJSON(data)
	if err != nil {
		return nil, err
	}
	return c.Extend(spec)
}

var weekdayByName = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}
