package form_test

import (
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/form"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// The test world: a commune one-stop unit registering births.

var (
	hcm = mustZone()

	birth = procedure.MustNew(procedure.Spec{
		Code:         "1.001193",
		Name:         "Đăng ký khai sinh",
		Field:        "Hộ tịch",
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{"UBND-XA"},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels:     []procedure.TimeLimit{{Channel: procedure.ChannelDirect, Statutory: sla.WorkingDays(3)}},
		Components:   []procedure.Component{{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Requirement: procedure.Required}},
		Source:       "Luật Hộ tịch 2014; test data",
	})

	office = form.Office{
		Parent:   "Ủy ban nhân dân xã Tân Lập",
		UnitName: "Bộ phận Một cửa xã Tân Lập",
		Place:    "Tân Lập",
		Staff:    "Trần Thị Bình",
		Phone:    "0210 3852 123",
		Agencies: map[string]string{"UBND-XA": "Ủy ban nhân dân xã Tân Lập"},
	}

	// agencyOffice issues the apology: the competent agency.
	agencyOffice = form.Office{
		Parent:   "Huyện Thanh Sơn",
		UnitName: "Ủy ban nhân dân xã Tân Lập",
		Place:    "Tân Lập",
		Staff:    "Lê Văn Cường",
	}
)

func mustZone() *time.Location {
	z, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		panic(err)
	}
	return z
}

// at is an instant in Vietnam.
func at(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, hcm) }

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func schedule(t testing.TB) *sla.Schedule {
	t.Helper()
	s, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func header(filed ...dossier.Filed) dossier.Header {
	return dossier.Header{
		Procedure: dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
		Applicant: dossier.Applicant{
			Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "025090012345",
			Phone: "0912345678", Address: "Khu 3, xã Tân Lập, tỉnh Phú Thọ",
		},
		Channel:       procedure.ChannelDirect,
		ReceivingUnit: "000.00.36.H57",
		Agency:        "UBND-XA",
		Level:         procedure.LevelCommune,
		Filed:         filed,
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

var declaration = dossier.Filed{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Digitised: true}

// must returns a function that passes a command's dossier through and
// fails the test on its error: d = ok(d.Transfer(now, actor)).
func must(t testing.TB) func(dossier.Dossier, error) dossier.Dossier {
	return func(d dossier.Dossier, err error) dossier.Dossier {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
}

// opened returns a dossier opened with the declaration filed.
func opened(t testing.TB, filed ...dossier.Filed) dossier.Dossier {
	t.Helper()
	if filed == nil {
		filed = []dossier.Filed{declaration}
	}
	d, err := dossier.Open(header(filed...), schedule(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// received is received at now, numbered by seq (a fresh sequencer when
// nil).
func received(t testing.TB, now time.Time, seq ...dossier.Sequencer) dossier.Dossier {
	t.Helper()
	var sq dossier.Sequencer = &dossier.MemorySequencer{}
	if len(seq) > 0 {
		sq = seq[0]
	}
	d, _, err := opened(t).Receive(now, "tiepnhan", birth, sq)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// scenario is the dates of one regime's story.
type scenario struct {
	name                                        string
	receive, transfer, supplement, supplemented time.Time
	apology                                     time.Time
	newDue                                      date.Date
	decide, ret                                 time.Time
	refuse                                      time.Time
	withdraw, stop                              time.Time
}

var scenarios = []scenario{
	{
		name:         "2018",
		receive:      at(2024, time.December, 11, 9, 30),
		transfer:     at(2024, time.December, 11, 10, 0),
		supplement:   at(2024, time.December, 12, 14, 0),
		supplemented: at(2024, time.December, 16, 9, 0),
		apology:      at(2024, time.December, 17, 15, 0),
		newDue:       day(2024, time.December, 24),
		decide:       at(2024, time.December, 23, 10, 0),
		ret:          at(2024, time.December, 23, 15, 0),
		refuse:       at(2024, time.December, 11, 10, 15),
		withdraw:     at(2024, time.December, 12, 10, 0),
		stop:         at(2024, time.December, 12, 14, 0),
	},
	{
		name:         "2025",
		receive:      at(2026, time.February, 5, 16, 40),
		transfer:     at(2026, time.February, 5, 16, 50),
		supplement:   at(2026, time.February, 6, 9, 15),
		supplemented: at(2026, time.February, 9, 8, 5),
		apology:      at(2026, time.February, 10, 15, 0),
		newDue:       day(2026, time.February, 25),
		decide:       at(2026, time.February, 24, 10, 0),
		ret:          at(2026, time.February, 24, 14, 30),
		refuse:       at(2026, time.February, 5, 10, 15),
		withdraw:     at(2026, time.February, 6, 10, 0),
		stop:         at(2026, time.February, 6, 14, 0),
	},
}

// full is the whole story: received, transferred, a supplement asked and
// brought, an apology with a new date, a result late with apology, the
// return.
func (s scenario) full(t testing.TB, seq ...dossier.Sequencer) dossier.Dossier {
	t.Helper()
	ok := must(t)
	d := received(t, s.receive, seq...)
	d = ok(d.Transfer(s.transfer, "tiepnhan"))
	d = ok(d.RequestSupplement(s.supplement, "congchuc-tuphap",
		[]string{"Giấy chứng sinh: 01 bản chính", "Giấy chứng nhận kết hôn của cha, mẹ: xuất trình bản chính"},
		"Tờ khai chưa ghi nơi sinh; cần giấy tờ chứng minh việc sinh."))
	d = ok(d.Supplement(s.supplemented, "tiepnhan"))
	d = ok(d.Apologise(s.apology, "chutich", s.newDue, "Cần xác minh nơi cư trú của người mẹ tại xã khác."))
	d = ok(d.Decide(s.decide, "chutich", true, ""))
	return ok(d.Return(s.ret, "tiepnhan"))
}

// refused is refused at the counter.
func (s scenario) refused(t testing.TB) dossier.Dossier {
	t.Helper()
	ok := must(t)
	return ok(opened(t).Refuse(s.refuse, "tiepnhan",
		[]string{"Người yêu cầu không cư trú tại xã Tân Lập; việc khai sinh thuộc thẩm quyền Ủy ban nhân dân nơi cư trú của cha, mẹ."}))
}

// stopped is withdrawn and stopped at the applicant's request.
func (s scenario) stopped(t testing.TB, seq ...dossier.Sequencer) dossier.Dossier {
	t.Helper()
	ok := must(t)
	d := received(t, s.receive, seq...)
	d = ok(d.Transfer(s.transfer, "tiepnhan"))
	d = ok(d.RequestWithdrawal(s.withdraw, "nguoinop", "Gia đình đề nghị rút hồ sơ để đăng ký khai sinh tại nơi cư trú của người mẹ."))
	return ok(d.Stop(s.stop, "tiepnhan", ""))
}

// incomplete tries to receive a dossier without its declaration.
func (s scenario) incomplete(t testing.TB) (dossier.Dossier, dossier.Intake) {
	t.Helper()
	d := opened(t, dossier.Filed{Name: "Giấy chứng sinh", Originals: 1, Digitised: true})
	_, in, err := d.Receive(s.receive, "tiepnhan", birth, &dossier.MemorySequencer{})
	if err == nil {
		t.Fatal("an incomplete dossier was received")
	}
	return d, in
}
