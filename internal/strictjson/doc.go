// Package strictjson is the one strict JSON decoding policy of every wire
// format of the module (a dossier, a procedure catalogue, a holiday
// calendar, an inter-agency route). A document is checked against the
// shape of the Go value it decodes into before encoding/json sees it, and
// refused, with an [*Error] saying what and where, when:
//
//   - it is larger than the format's documented maximum ([Limits.MaxBytes])
//     or nested deeper than [Limits.MaxDepth];
//   - it is not valid UTF-8, or a string escapes a lone surrogate
//     ("\ud800"): text is never silently replaced by U+FFFD;
//   - it is not exactly one JSON value (trailing data, even a second value,
//     is refused);
//   - an object has a key the Go type does not declare, a key in another
//     case than the declared one ("Events" for "events"), or the same key
//     twice (encoding/json would keep the last one and silently drop the
//     rest, e.g. a whole event log);
//   - a value has the wrong JSON type for its field: a number where a
//     string is declared (any type that decodes from text, such as a
//     decimal amount, a date or an instant, takes a JSON string only, so
//     that "fees": 8000 and "fees": 8e3 are refused), a string for a
//     number, null for a value that cannot be absent;
//   - a number literal is longer than [MaxNumberBytes] bytes.
//
// The check reads every byte once and allocates only for the keys of
// objects with more than 64 declared fields or none, so its cost grows
// linearly with the input up to the maximum. Errors quote at most a short,
// rune-safe prefix of the input (internal/clip).
//
// Packages do not return an [*Error] bare: they wrap it into their own
// typed error and sentinel (for example a *dossier.InputError wrapping
// dossier.ErrSyntax), keeping it reachable with errors.As. A value's own
// decoder (UnmarshalJSON, UnmarshalText) may fail after the check; its
// error is returned inside an [*Error] of [ProblemValue] and stays
// reachable with errors.Is and errors.As.
package strictjson
