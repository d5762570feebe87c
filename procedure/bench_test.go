package procedure_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/motcua/motcua/procedure"
)

// catalogOf returns a JSON catalogue of n procedures shaped like the sample.
func catalogOf(tb testing.TB, n int) []byte {
	tb.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(baseJSON), &m); err != nil {
		tb.Fatal(err)
	}
	procs := make([]any, n)
	for i := range procs {
		c := make(map[string]any, len(m))
		for k, v := range m {
			c[k] = v
		}
		c["code"] = fmt.Sprintf("%d.%06d", 1+i%3, i)
		c["name"] = fmt.Sprintf("Thủ tục số %d", i)
		procs[i] = c
	}
	b, err := json.Marshal(map[string]any{"procedures": procs})
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func BenchmarkParse2000(b *testing.B) {
	data := catalogOf(b, 2000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		c, err := procedure.Parse(data)
		if err != nil || c.Len() != 2000 {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	c := mustParse(b, catalogOf(b, 2000))
	on := day(2026, 3, 2)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Lookup("2.001000", on); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearchName(b *testing.B) {
	c := mustParse(b, catalogOf(b, 2000))
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Search(procedure.Query{Name: "thu tuc so 1999"})
	}
}
