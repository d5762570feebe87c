// Package persist appends to slices shared between immutable values: a value
// derived from another by appending one element reuses the other's backing
// array when no other value has appended there yet, and copies otherwise.
// Appending is amortised O(1), and no value ever sees another's later
// elements — the way the event log of a dossier and the pauses of a
// timeline grow without copying on every command.
package persist
