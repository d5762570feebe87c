// Package tbrecord is a rapid.TB that records failures instead of failing
// the test, so that the kit's own tests (holidaytest, slatest) can assert that
// a check fails — that a law or conformance runner cannot pass a wrong
// implementation.
package tbrecord
