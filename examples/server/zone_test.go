package main

import (
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/shopspring/decimal"
)

// The header of a receipt takes the fees in force on the receipt's day in
// Vietnam, whatever the zone of the server's clock. The birth
// registration charge (1.001193) was 30 % off online until 31/12/2023 (the
// sample catalogue's reduction "Giảm 30% … đến hết ngày 31/12/2023"); at
// 01:00 on 1 January 2024 in Hà Nội it is still 31 December in UTC, and
// the header counted the reduction (date.NewAt(now) without the zone).
func TestReceiptDayInVietnam(t *testing.T) {
	f := newFixture(t, unlimited())
	in := receiveJSON{Procedure: "1.001193", Channel: procedure.ChannelOnlinePartial}
	in.Applicant.Kind, in.Applicant.Name, in.Applicant.ID = dossier.ApplicantIndividual, "Đỗ Thị E", "001200000051"
	c := clerk{Unit: demoUnit, Role: roleReceive, Actor: "t"}
	for _, now := range []time.Time{
		time.Date(2024, time.January, 1, 1, 0, 0, 0, vietnam()),
		time.Date(2024, time.January, 1, 1, 0, 0, 0, vietnam()).UTC(),
	} {
		h, ae := f.s.headerOf(in, c, now)
		if ae != nil {
			t.Fatalf("%v: %v", now, ae)
		}
		if !h.FeesDue.Equal(decimal.NewFromInt(8000)) {
			t.Errorf("received %v: fees %s, want the full 8000 (the reduction ended on 31/12/2023)", now, h.FeesDue)
		}
	}
}
