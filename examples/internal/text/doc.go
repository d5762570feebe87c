// Package text holds the small printing helpers the example programs share:
// a printer that writes Vietnamese or English, short weekday names, and
// word wrapping. It is internal to the examples, not part of motcua's API.
package text
