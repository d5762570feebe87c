package form_test

import (
	"errors"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
)

func TestKindNumbers(t *testing.T) {
	want := map[form.Kind][2]string{
		form.KindReceipt:           {"01", "01"},
		form.KindSupplementRequest: {"02", "02"},
		form.KindRefusal:           {"03", "03"},
		form.KindApology:           {"04", "04"},
		form.KindControlSlip:       {"05", "06"},
		form.KindTrackingBook:      {"06", "07"},
		form.KindStopNotice:        {"", "05"},
	}
	if got := len(form.Kinds()); got != len(want) {
		t.Fatalf("Kinds() has %d kinds, want %d", got, len(want))
	}
	for _, k := range form.Kinds() {
		for i, r := range []dossier.Regime{dossier.Regime2018(), dossier.Regime2025()} {
			n, ok := k.Number(r)
			if n != want[k][i] || ok != (want[k][i] != "") {
				t.Errorf("%s.Number(%s) = %q, %v; want %q", k, r.Name, n, ok, want[k][i])
			}
			if (k.Title(r) != "") != ok {
				t.Errorf("%s.Title(%s) = %q with number %v", k, r.Name, k.Title(r), ok)
			}
		}
	}
	if _, ok := form.KindReceipt.Number(dossier.Regime{}); ok {
		t.Error("the zero Regime numbers forms")
	}
	if got := form.KindApology.Title(dossier.Regime2025()); got != "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" {
		t.Errorf("2025 apology title %q", got)
	}
}

func TestKindText(t *testing.T) {
	for _, k := range form.Kinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back form.Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip of %s: %v, %v", k, back, err)
		}
	}
	if _, err := form.KindUnknown.MarshalText(); err == nil {
		t.Error("KindUnknown marshals")
	}
	k := form.KindRefusal
	err := k.UnmarshalText([]byte("Receipt"))
	if !errors.Is(err, form.ErrSyntax) || k != form.KindRefusal {
		t.Errorf("UnmarshalText(Receipt) = %v, kind %s", err, k)
	}
	if got := form.Kind(99).String(); got != "%!Kind(99)" {
		t.Errorf("String of an invalid kind: %q", got)
	}
}

// Forms recognise a regime by its rules, not by its name (issue 18.3): a
// Regime named "2025" whose rules were changed by hand numbers no form.
func TestKindNumberNeedsARealRegime(t *testing.T) {
	forged := dossier.Regime2025()
	forged.StopNotice = false
	if n, ok := form.KindStopNotice.Number(forged); ok {
		t.Errorf("a forged 2025 regime numbers the stop notice %q", n)
	}
	if got := form.KindApology.Title(forged); got != "" {
		t.Errorf("a forged regime titles form 04 %q", got)
	}
}

// Stage is on the shared enumeration table: wire codes, typed errors.
func TestStageText(t *testing.T) {
	b, err := form.StageAppraisal.MarshalText()
	if err != nil || string(b) != "appraisal" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var s form.Stage
	if err := s.UnmarshalText([]byte("Appraisal")); !errors.Is(err, form.ErrSyntax) || s != form.StageUnknown {
		t.Errorf("UnmarshalText(Appraisal) = %v, stage %v", err, s)
	}
	var ie *form.InputError
	if _, err := form.StageUnknown.MarshalText(); !errors.As(err, &ie) || !errors.Is(err, form.ErrInvalid) {
		t.Errorf("MarshalText of the zero Stage: %v", err)
	}
	if form.Stage(9).String() != "%!Stage(9)" || form.Stage(9).IsValid() {
		t.Error("an invalid stage")
	}
}
