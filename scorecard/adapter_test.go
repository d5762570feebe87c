package scorecard_test

import (
	"errors"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/scorecard"
	"github.com/motcua/motcua/sla"
	"github.com/shopspring/decimal"
)

// birthProcedure is a birth registration with a limit of n working days
// on every channel.
func birthProcedure(n int) procedure.Procedure {
	var channels []procedure.TimeLimit
	for _, ch := range procedure.Channels() {
		channels = append(channels, procedure.TimeLimit{Channel: ch, Statutory: sla.WorkingDays(n)})
	}
	return procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"ubnd-xa"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual}, Channels: channels, Source: "test",
		Components: []procedure.Component{
			{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Requirement: procedure.Required},
			{Name: "Giấy chứng sinh", Originals: 1, Copies: 1, Requirement: procedure.Required},
		},
	})
}

// receivedDossier is a birth registration filed on channel ch and received
// at the instant given.
func receivedDossier(t testing.TB, s *sla.Schedule, ch procedure.Channel, received time.Time, fee int64) dossier.Dossier {
	t.Helper()
	d, err := dossier.Open(dossier.Header{
		Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
		Applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
		Channel:   ch, ReceivingUnit: "000.00.36.H57", Agency: "ubnd-xa",
		Filed: []dossier.Filed{
			{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Digitised: true},
			{Name: "Giấy chứng sinh", Originals: 1, Copies: 1, Digitised: true},
		},
		FeesDue: decimal.NewFromInt(fee),
	}, s)
	if err != nil {
		t.Fatal(err)
	}
	if ch.IsOnline() {
		if d, err = d.Submit(received.Add(-time.Hour), "cong-dan"); err != nil {
			t.Fatal(err)
		}
	}
	d, _, err = d.Receive(received, "can-bo", birthProcedure(10), &dossier.MemorySequencer{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFromDossier reads what the dossier knows through its exported API.
func TestFromDossier(t *testing.T) {
	s := office(t)
	d := receivedDossier(t, s, procedure.ChannelOnlineFull, at(time.March, 2, 9), 8000)
	var err error
	d, _ = d.Transfer(at(time.March, 2, 10), "can-bo")
	if d, err = d.RequestSupplement(at(time.March, 4, 9), "chuyen-vien", []string{"Giấy chứng sinh"}, ""); err != nil {
		t.Fatal(err)
	}
	waiting, err := scorecard.FromDossier(d, holiday.Vietnam(), scorecard.Facts{})
	if err != nil {
		t.Fatal(err)
	}
	if waiting.Waiting != day(time.March, 4) || waiting.End != 0 || waiting.Supplements != 1 {
		t.Errorf("waiting: %+v, want waiting since 4 March, no end, one request", waiting)
	}
	if d, err = d.Supplement(at(time.March, 10, 9), "cong-dan"); err != nil {
		t.Fatal(err)
	}
	if d, err = d.Decide(at(time.March, 12, 9), "lanh-dao", true, ""); err != nil {
		t.Fatal(err)
	}
	if d, err = d.Return(at(time.March, 13, 9), "can-bo"); err != nil {
		t.Fatal(err)
	}
	r, err := scorecard.FromDossier(d, holiday.Vietnam(), scorecard.Facts{ElectronicResult: true})
	if err != nil {
		t.Fatal(err)
	}
	want := scorecard.Record{
		Procedure: "1.001193", Received: day(time.March, 2), Due: d.Timeline().OriginalDue(),
		End:         day(time.March, 12),  // processed before returned: the first end
		Supplements: 1, SupplementDays: 4, // 5, 6, 9 and 10 March
		Online: true, FeeDue: true, Filed: 2, Digitised: 2,
		Facts: scorecard.Facts{ElectronicResult: true},
	}
	if r != want {
		t.Errorf("record\n%+v\nwant\n%+v", r, want)
	}
	if _, err := scorecard.FromDossier(dossier.Dossier{}, holiday.Vietnam(), scorecard.Facts{}); !errors.Is(err, scorecard.ErrInvalid) {
		t.Errorf("zero dossier: %v", err)
	}
	if _, err := scorecard.FromDossier(d, holiday.Vietnam(), scorecard.Facts{Reused: 3}); !errors.Is(err, scorecard.ErrInvalid) {
		t.Errorf("3 reused of 2 filed: %v", err)
	}
}
