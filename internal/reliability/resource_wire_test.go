package reliability

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
)

// wireShapes are the worst-shaped inputs of the wire parsers, built at a
// given size: many small valid entries (every check runs on each), one
// huge text, deep nesting within the limit, many keys, and a valid
// document spoilt by its last byte (procedure.Parse then decodes it twice
// to name the procedure at fault).
func wireShapes(sh shared) map[string]struct {
	build func(n int) []byte
	run   func([]byte) error
} {
	plain := sh.scheds[0]
	parse := func(b []byte) error { _, err := procedure.Parse(b); return err }
	registry := func(b []byte) error { _, err := procedure.ParseRegistry(b); return err }
	unmarshal := func(b []byte) error { _, err := dossier.Unmarshal(b, plain); return err }
	repeatTo := func(n int, head, item, sep, tail string) []byte {
		var b strings.Builder
		b.WriteString(head)
		for first := true; b.Len()+len(item)+len(tail) < n; first = false {
			if !first {
				b.WriteString(sep)
			}
			b.WriteString(item)
		}
		b.WriteString(tail)
		return []byte(b.String())
	}
	type shape = struct {
		build func(n int) []byte
		run   func([]byte) error
	}
	procHead := wireProcedure[:strings.Index(wireProcedure, `"source": "test"`)] + `"source": "test", `
	// Each procedure of the catalogue has its own code.
	procedures := func(n int) []byte {
		var b strings.Builder
		b.WriteString(`{"procedures":[`)
		for i := 0; b.Len() < n-len(wireProcedure)-2; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strings.Replace(wireProcedure, `"1.001193"`, fmt.Sprintf(`"1.%06d"`, i), 1))
		}
		b.WriteString(`]}`)
		return []byte(b.String())
	}
	return map[string]shape{
		"procedure.Parse/many procedures": {procedures, parse},
		"procedure.Parse/many procedures, last byte wrong": {func(n int) []byte {
			b := procedures(n)
			b[len(b)-1] = ']'
			return b
		}, parse},
		"procedure.Parse/one huge name": {func(n int) []byte {
			return []byte(catalogOf(swap(wireProcedure, `"name": "Đăng ký khai sinh"`, `"name": "`+strings.Repeat("ế", n/3)+`"`)))
		}, parse},
		"procedure.Parse/many legal bases": {func(n int) []byte {
			return repeatTo(n, `{"procedures":[`+procHead+`"legal_basis": [`, `"Luật Hộ tịch 2014"`, `,`, `]}]}`)
		}, parse},
		"procedure.ParseRegistry/many agencies": {func(n int) []byte {
			var b strings.Builder
			b.WriteString(`{"agencies":[`)
			for i := 0; b.Len() < n-80; i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				fmt.Fprintf(&b, `{"code":"a%d","name":"Ủy ban nhân dân xã %d","level":"commune"}`, i, i)
			}
			b.WriteString(`]}`)
			return []byte(b.String())
		}, registry},
		"dossier.Unmarshal/one huge reason": {func(n int) []byte {
			return []byte(swap(wireDossier, `"agency":"ubnd-xa"}`, `"agency":"ubnd-xa","reason":"`+strings.Repeat("ế", (n-1024)/3)+`"}`))
		}, unmarshal},
		"dossier.Unmarshal/many filed documents": {func(n int) []byte {
			return []byte(swap(wireDossier, `"filed":[`, string(repeatTo(n-len(wireDossier), `"filed":[`, `{"name":"Bản sao","copies":1},`, ``, ``))))
		}, unmarshal},
	}
}

// measure returns the bytes allocated by one call of run on in, and its
// error.
func measure(run func([]byte) error, in []byte) (uint64, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := run(in)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}

// Issue 12.8: each wire parser's worst-shaped input at 1 MiB and at 4 MiB:
// allocation grows at most linearly (4 MiB allocates at most 5× what 1 MiB
// does), everything allocated at 4 MiB (a bound on the peak heap) stays
// under 64 MiB, and the error stays under 1 KiB. Allocation, not time, is
// measured: it is deterministic on a shared machine.
func TestWireParsersResources(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 4 MiB inputs")
	}
	sh := newShared(t)
	for name, s := range wireShapes(sh) {
		t.Run(name, func(t *testing.T) {
			small, large := s.build(1*mb), s.build(4*mb)
			if len(small) > mb+mb/8 || len(large) < 3*mb {
				t.Fatalf("inputs of %d and %d bytes", len(small), len(large))
			}
			a1, err1 := measure(s.run, small)
			a4, err4 := measure(s.run, large)
			for _, err := range []error{err1, err4} {
				if err != nil && len(err.Error()) > 1024 {
					t.Errorf("an error of %d bytes", len(err.Error()))
				}
			}
			if a4 > 64*mb {
				t.Errorf("%d MiB allocated for 4 MiB of input (%v)", a4/mb, err4)
			}
			if a4 > 5*a1+mb {
				t.Errorf("allocation grows faster than the input: %d KiB at 1 MiB, %d KiB at 4 MiB", a1/1024, a4/1024)
			}
			t.Logf("1 MiB: %5d KiB (%v); 4 MiB: %6d KiB (%v)", a1/1024, short(err1), a4/1024, short(err4))
		})
	}
}

func short(err error) string {
	if err == nil {
		return "accepted"
	}
	var s string
	switch {
	case errors.Is(err, procedure.ErrTooLarge):
		s = "too large"
	default:
		s = err.Error()
	}
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return s
}
