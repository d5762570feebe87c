package sample

import (
	_ "embed"
	"sync"

	"github.com/motcua/motcua/procedure"
)

//go:embed data/sample_catalog.json
var catalogJSON []byte

//go:embed data/sample_registry.json
var registryJSON []byte

var (
	catalog = sync.OnceValue(func() *procedure.Catalog {
		c, err := procedure.Parse(catalogJSON)
		if err != nil {
			panic("sample: embedded catalogue: " + err.Error())
		}
		return c
	})
	registry = sync.OnceValue(func() *procedure.Registry {
		r, err := procedure.ParseRegistry(registryJSON)
		if err != nil {
			panic("sample: embedded registry: " + err.Error())
		}
		return r
	})
)

// Catalog returns the embedded sample catalogue: 19 real procedures, each
// with the source it was taken from and the gaps of that source. The
// catalogue is parsed once; the same immutable *procedure.Catalog is
// returned on every call.
func Catalog() *procedure.Catalog { return catalog() }

// Registry returns the embedded registry of the agencies the sample
// catalogue names, plus history from the 2025 reform: the generic district
// People's Committee (ended 2025-07-01, succeeded by the commune), a real
// district (Lục Yên, Yên Bái), and two real provincial mergers of
// Resolution 202/2025/QH15 (Yên Bái into Lào Cai, Hà Giang into Tuyên
// Quang). Parsed once; the same immutable *procedure.Registry is returned
// on every call.
func Registry() *procedure.Registry { return registry() }
