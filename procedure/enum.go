package procedure

import "fmt"

// enumText holds the stable wire codes and English names of a small enum.
// Codes never change once published: callers store them.
type enumText struct {
	typ   string
	codes []string // index = constant value; "" for the Unknown zero value
	names []string
	vi    []string // Vietnamese names, same indexes
}

func (e *enumText) vietnamese(v int) string {
	if e.valid(v) && v < len(e.vi) {
		return e.vi[v]
	}
	return e.name(v)
}

func (e *enumText) valid(v int) bool { return v > 0 && v < len(e.codes) }

func (e *enumText) name(v int) string {
	if v >= 0 && v < len(e.names) {
		return e.names[v]
	}
	return fmt.Sprintf("%%!%s(%d)", e.typ, v)
}

func (e *enumText) marshal(v int) ([]byte, error) {
	if !e.valid(v) {
		return nil, fmt.Errorf("procedure: cannot marshal invalid %s %s", e.typ, e.name(v))
	}
	return []byte(e.codes[v]), nil
}

func (e *enumText) unmarshal(b []byte) (int, error) {
	s := string(b)
	for i, c := range e.codes {
		if c != "" && c == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("procedure: %s.UnmarshalText(%q): unknown code, want one of %v: %w", e.typ, s, e.codes[1:], ErrInvalidValue)
}
