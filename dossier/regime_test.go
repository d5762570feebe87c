package dossier_test

import (
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// Regimes are immutable values (issue 18.3): what a caller does with the
// copy it is given changes neither RegimeOn nor the regime a dossier is
// counted under.
func TestRegimesCannotBeChanged(t *testing.T) {
	r := dossier.Regime2025()
	r.From = date.New(2030, time.January, 1)
	r.MaxSupplementRequests = 0
	if got := dossier.RegimeOn(date.New(2026, time.March, 2)); got != dossier.Regime2025() {
		t.Errorf("RegimeOn after changing a copy = %+v", got)
	}
	if dossier.Regime2025().From != date.New(2025, time.July, 1) || dossier.Regime2025().MaxSupplementRequests != 1 {
		t.Error("changing a copy changed Regime2025()")
	}
	if r.IsValid() {
		t.Error("a changed copy is still a valid regime")
	}
	all := dossier.Regimes()
	all[0].SupplementNoticeDays = 99
	if dossier.Regime2018().SupplementNoticeDays != 3 || dossier.Regimes()[0].SupplementNoticeDays != 3 {
		t.Error("Regimes() shares the package's table")
	}
	d := received(t, procedure.ChannelDirect, at(2026, time.March, 2, 9, 0), sla.WorkingDays(5))
	if d.Regime() != dossier.Regime2025() {
		t.Errorf("dossier regime = %+v", d.Regime())
	}
}
