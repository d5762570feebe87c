package sla

import "github.com/motcua/motcua/internal/enum"

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

// unitTable holds the English names String returns and the stable wire
// codes of MarshalText and UnmarshalText. The codes must never change: they
// are stored by callers.
var unitTable = enum.Table[Unit]{
	Type:  "Unit",
	Names: []string{"unknown", "working hours", "working days", "calendar days", "months"},
	Codes: []string{"", "working_hours", "working_days", "calendar_days", "months"},
	Fail:  codeError,
}

// String returns an English name such as "working days", or "%!Unit(n)"
// for a value outside the defined constants.
func (u Unit) String() string { return unitTable.String(u) }

// IsValid reports whether u is one of the four defined units; UnitUnknown
// and out-of-range values are invalid.
func (u Unit) IsValid() bool { return unitTable.IsValid(u) }

// MarshalText implements [encoding.TextMarshaler]. It returns one of the
// stable codes "working_hours", "working_days", "calendar_days" or "months";
// an invalid Unit (including UnitUnknown) is a *[ValueError] wrapping
// [ErrUnknownCode].
func (u Unit) MarshalText() ([]byte, error) { return unitTable.MarshalText(u) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly
// the codes produced by [Unit.MarshalText]; anything else is a
// *[ValueError] wrapping [ErrUnknownCode]. On error *u is unchanged.
func (u *Unit) UnmarshalText(b []byte) error { return unitTable.UnmarshalText(u, b) }
