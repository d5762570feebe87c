package strictjson

import (
	"strconv"

	"github.com/motcua/motcua/internal/clip"
)

// maxQuote is how many bytes of a key or of the input an error quotes.
const maxQuote = 40

// Problem says which rule of the policy a document broke.
type Problem uint8

const (
	// ProblemSyntax: not JSON (or a number literal too long to be one the
	// formats use).
	ProblemSyntax Problem = iota + 1
	// ProblemTooLarge: more bytes than Limits.MaxBytes.
	ProblemTooLarge
	// ProblemTooDeep: nested deeper than Limits.MaxDepth.
	ProblemTooDeep
	// ProblemUTF8: invalid UTF-8, or an escaped lone surrogate.
	ProblemUTF8
	// ProblemTrailing: data after the one JSON value.
	ProblemTrailing
	// ProblemDuplicateKey: a key twice in one object.
	ProblemDuplicateKey
	// ProblemUnknownKey: a key the type does not declare, or declares in
	// another case.
	ProblemUnknownKey
	// ProblemType: a JSON value of the wrong type for its field.
	ProblemType
	// ProblemValue: the value's own decoder refused it (Err says why).
	ProblemValue
)

var problemNames = [...]string{
	ProblemSyntax:       "malformed JSON",
	ProblemTooLarge:     "too large",
	ProblemTooDeep:      "nested too deeply",
	ProblemUTF8:         "invalid UTF-8",
	ProblemTrailing:     "trailing data after the JSON value",
	ProblemDuplicateKey: "duplicate key",
	ProblemUnknownKey:   "unknown key",
	ProblemType:         "wrong JSON type",
	ProblemValue:        "invalid value",
}

// String returns the problem's English name.
func (p Problem) String() string {
	if p > 0 && int(p) < len(problemNames) {
		return problemNames[p]
	}
	return "%!Problem(" + strconv.Itoa(int(p)) + ")"
}

// Error is a document the policy refuses. Its message has no package
// prefix: the package that wraps it gives its own.
type Error struct {
	Problem Problem
	// Offset is the byte offset in the document where the problem was
	// found (-1 when unknown).
	Offset int64
	// Path locates the value, e.g. "events[2].kind" ("" for the top).
	Path string
	// Detail is a short explanation: the key or text at fault, already
	// clipped, or the limit exceeded.
	Detail string
	// Err is the value decoder's error for ProblemValue, else nil.
	Err error
}

func (e *Error) Error() string {
	s := "json: " + e.Problem.String()
	if e.Detail != "" {
		s += " " + e.Detail
	}
	if e.Path != "" {
		s += " at " + clip.String(e.Path, 2*maxQuote)
	}
	if e.Offset >= 0 {
		s += " (byte " + strconv.FormatInt(e.Offset, 10) + ")"
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the value decoder's error, if any.
func (e *Error) Unwrap() error { return e.Err }

// quote returns b as a Go-quoted string of at most maxQuote bytes.
func quote(b []byte) string {
	return strconv.Quote(clip.String(string(b), maxQuote))
}
