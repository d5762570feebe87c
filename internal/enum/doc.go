// Package enum is the one mechanism behind the small enumerations of the
// public packages (sla.Unit, liaison.Role, procedure.Channel, dossier.Status
// and the others): String, IsValid, text marshalling and the typed decoding
// error, from one table per type instead of a hand-written set of methods
// per type.
//
// A package keeps its exported type (type Unit uint8) and writes one-line
// methods that call its Table; the error for an unknown wire code is built by
// the package's own constructor, so that it satisfies errors.As for one of
// that package's typed errors and errors.Is for one of its sentinels (the
// error contract written in each package's doc.go).
package enum
