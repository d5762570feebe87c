package sla

import "fmt"

// Unit is the unit in which a statutory processing time limit is counted.
//
// The national procedure database (Cơ sở dữ liệu quốc gia về thủ tục hành
// chính, field DonViTinh) records the unit per procedure and per submission
// channel, and Decree 63/2010/NĐ-CP Art. 8(2)(đ) requires every procedure to
// state its time limit. Civil Code 2015 Art. 144 lists the units a period may
// be counted in. The unit must therefore always be read from the catalogue,
// never assumed: working hours, working days, calendar days and months are
// counted differently (weekends, public holidays, month ends).
//
// Unit is a small comparable value type, safe for concurrent use. Its zero
// value is [UnitUnknown], which is not a valid unit (see [Unit.IsValid]).
// The numeric values of the constants are not part of the wire format: use
// [Unit.MarshalText], whose codes are stable.
type Unit uint8

const (
	// UnitUnknown is the zero Unit: the unit was not stated. It is invalid.
	UnitUnknown Unit = iota
	// UnitWorkingHours counts working hours ("giờ làm việc").
	UnitWorkingHours
	// UnitWorkingDays counts working days ("ngày làm việc").
	UnitWorkingDays
	// UnitCalendarDays counts calendar days ("ngày").
	UnitCalendarDays
	// UnitMonths counts months ("tháng").
	UnitMonths
)

// unitNames holds the human-readable English names used by String.
var unitNames = [...]string{
	UnitUnknown:      "unknown",
	UnitWorkingHours: "working hours",
	UnitWorkingDays:  "working days",
	UnitCalendarDays: "calendar days",
	UnitMonths:       "months",
}

// unitCodes holds the stable wire codes used by MarshalText and
// UnmarshalText. They must never change: they are stored by callers.
var unitCodes = [...]string{
	UnitWorkingHours: "working_hours",
	UnitWorkingDays:  "working_days",
	UnitCalendarDays: "calendar_days",
	UnitMonths:       "months",
}

// String returns an English name such as "working days", or "%!Unit(n)"
// for a value outside the defined constants.
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fmt.Sprintf("%%!Unit(%d)", uint8(u))
}

// IsValid reports whether u is one of the four defined units; UnitUnknown
// and out-of-range values are invalid.
func (u Unit) IsValid() bool {
	return u >= UnitWorkingHours && u <= UnitMonths
}

// MarshalText implements [encoding.TextMarshaler]. It returns one of the
// stable codes "working_hours", "working_days", "calendar_days" or "months";
// an invalid Unit (including UnitUnknown) is an error.
func (u Unit) MarshalText() ([]byte, error) {
	if !u.IsValid() {
		return nil, fmt.Errorf("sla: cannot marshal invalid Unit %s", u)
	}
	return []byte(unitCodes[u]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly
// the codes produced by [Unit.MarshalText]. On error *u is unchanged.
func (u *Unit) UnmarshalText(b []byte) error {
	s := string(b)
	for i, code := range unitCodes {
		if code != "" && code == s {
			*u = Unit(i)
			return nil
		}
	}
	return fmt.Errorf("sla: Unit.UnmarshalText(%q): unknown unit code, want one of working_hours, working_days, calendar_days, months", s)
}
