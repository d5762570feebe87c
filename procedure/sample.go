package procedure

import (
	_ "embed"
	"sync"
)

//go:embed data/sample_catalog.json
var sampleCatalogJSON []byte

//go:embed data/sample_registry.json
var sampleRegistryJSON []byte

var (
	sampleCatalog = sync.OnceValue(func() *Catalog {
		c, err := Parse(sampleCatalogJSON)
		if err != nil {
			panic("procedure: embedded sample catalogue: " + err.Error())
		}
		return c
	})
	sampleRegistry = sync.OnceValue(func() *Registry {
		r, err := ParseRegistry(sampleRegistryJSON)
		if err != nil {
			panic("procedure: embedded sample registry: " + err.Error())
		}
		return r
	})
)

// Sample returns the embedded sample catalogue: 19 real procedures across
// civil status, certification, residence, identity cards, land, adoption,
// household business registration, construction permits, driving licences
// and judicial records, each with the source it was taken from ([Procedure.Source]) and
// the gaps of that source ([Procedure.Notes]). Values not found in a source
// are left empty rather than guessed. The catalogue is parsed once; the
// same immutable *Catalog is returned on every call.
func Sample() *Catalog { return sampleCatalog() }

// SampleRegistry returns the embedded registry of the agencies the sample
// catalogue names, plus history from the 2025 reform: the generic district
// People's Committee (ended 2025-07-01, succeeded by the commune), a real
// district (Lục Yên, Yên Bái), and two real provincial mergers of
// Resolution 202/2025/QH15 (Yên Bái into Lào Cai, Hà Giang into Tuyên
// Quang). Agency codes are this library's slugs, not the identifier codes
// of Circular 10/2016/TT-BTTTT.
func SampleRegistry() *Registry { return sampleRegistry() }
