// Package clip shortens text quoted in error messages, so that a
// multi-megabyte hostile input does not become a multi-megabyte message;
// the error values keep the input whole.
package clip
