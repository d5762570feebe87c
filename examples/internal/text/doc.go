// Package text holds the small printing helpers the example programs share:
// a printer that writes Vietnamese or English, short weekday names, word
// wrapping, and the flag handling every program shares (-h exits 0 with the
// usage; flags without a printed default). It is internal to the examples, not part of motcua's API.
package text
