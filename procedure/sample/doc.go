// Package sample is an optional, embedded sample of the procedure package:
// a catalogue of 19 real procedures across civil status, certification,
// residence, identity cards, land, adoption, household business
// registration, construction permits, driving licences and judicial
// records ([Catalog]), and a registry of the agencies it names ([Registry]).
//
// It is for examples, tests and demos. A vendor's program that imports only
// package procedure links none of it: the data (about 56 KB of JSON) and
// its parse live here, in a package imported on purpose.
//
// Each procedure carries the source it was taken from
// ([procedure.Procedure.Source]) and the gaps of that source
// ([procedure.Procedure.Notes]); values not found in a source are left
// empty rather than guessed. Agency codes are this library's slugs, not the
// identifier codes of Circular 10/2016/TT-BTTTT.
//
// Both values are parsed once, on first use, with [procedure.Parse] and
// [procedure.ParseRegistry], and are immutable: safe for concurrent use.
package sample
