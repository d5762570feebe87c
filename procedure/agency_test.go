package procedure_test

import (
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
)

func TestRegistryDistrictAcrossReform(t *testing.T) {
	r := sample.Registry()
	before, after := day(2025, time.June, 30), day(2025, time.July, 1)
	for _, code := range []string{"ubnd-cap-huyen", "ubnd-huyen-luc-yen"} {
		if !r.KnowsAgency(code, before) {
			t.Errorf("%s unknown on %s", code, before)
		}
		if r.KnowsAgency(code, after) {
			t.Errorf("%s still known on %s", code, after)
		}
		if _, err := r.Lookup(code, after); !errors.Is(err, procedure.ErrAgencyNotValid) {
			t.Errorf("%s Lookup on %s: %v", code, after, err)
		}
	}
	a, err := r.Current("ubnd-cap-huyen", after)
	if err != nil || a.Code != "ubnd-cap-xa" {
		t.Errorf("Current(district) = %v, %v", a, err)
	}
	if a, err := r.Current("ubnd-cap-huyen", before); err != nil || a.Code != "ubnd-cap-huyen" {
		t.Errorf("Current before reform = %v, %v", a, err)
	}
	if _, err := r.Current("ubnd-huyen-luc-yen", after); !errors.Is(err, procedure.ErrAgencyNotValid) {
		t.Errorf("district without successor: %v", err)
	}
	// Resolution 202/2025/QH15: Yên Bái into Lào Cai.
	if a, err := r.Current("so-tu-phap-yen-bai", after); err != nil || a.Code != "so-tu-phap-lao-cai" {
		t.Errorf("merged province: %v, %v", a, err)
	}
	if _, err := r.Lookup("nope", after); !errors.Is(err, procedure.ErrUnknownAgency) {
		t.Errorf("unknown agency: %v", err)
	}
}

func TestRegistryValidation(t *testing.T) {
	a := procedure.Agency{Code: "a", Name: "A", Level: procedure.LevelProvince, Successor: "b"}
	b := procedure.Agency{Code: "b", Name: "B", Level: procedure.LevelProvince, Successor: "a"}
	if _, err := procedure.NewRegistry(a, b); !errors.Is(err, procedure.ErrSuccessorCycle) {
		t.Errorf("cycle: %v", err)
	}
	if _, err := procedure.NewRegistry(a); !errors.Is(err, procedure.ErrUnknownAgency) {
		t.Errorf("dangling successor: %v", err)
	}
	d := procedure.Agency{Code: "d", Name: "D", Level: procedure.LevelDistrict}
	if _, err := procedure.NewRegistry(d); !errors.Is(err, procedure.ErrLevelAbolished) {
		t.Errorf("open-ended district: %v", err)
	}
	c := procedure.Agency{Code: "c", Name: "C", Level: procedure.LevelCommune}
	if _, err := procedure.NewRegistry(c, c); !errors.Is(err, procedure.ErrDuplicate) {
		t.Errorf("duplicate: %v", err)
	}
	r := sample.Registry()
	b2, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := procedure.ParseRegistry(b2)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Agencies()) != len(r.Agencies()) {
		t.Fatal("registry round trip lost agencies")
	}
	for i, ag := range back.Agencies() {
		if ag != r.Agencies()[i] {
			t.Errorf("agency %d: %+v != %+v", i, ag, r.Agencies()[i])
		}
	}
}
