package dossier_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// The receiving unit of the tests: the shape of a code seen in the field
// (Circular 01/2018/TT-VPCP Art. 19: "000.00.36.H57-250703-0012").
const testUnit = "000.00.36.H57"

// The procedure of the tests: birth registration, a real national code.
const testProcCode = "1.001193"

// Component names of testProc (accents on purpose: matching ignores them).
const (
	compForm      = "Tờ khai đăng ký khai sinh"   // required, 1 original
	compBirthCert = "Giấy chứng sinh"             // required, 1 original + 1 copy
	compIDCard    = "Căn cước công dân"           // present only, 1 original
	compProxy     = "Văn bản ủy quyền"            // conditional, 1 original
	compResidence = "Thông tin cư trú"            // from a national database
	compMarriage  = "Giấy chứng nhận kết hôn"     // required, 1 copy
	compUnrelated = "Ảnh chân dung 4x6"           // in no procedure
	testAgency    = "ubnd-xa-phuong-ba-dinh"      // the competent agency
	testActor     = "can-bo-mot-cua"              // who acts
	testProcName  = "Đăng ký khai sinh"           // procedure name
	testField     = "Hộ tịch"                     // procedure field
	testApplicant = "Nguyễn Văn An"               // applicant name
	testPID       = "001090012345"                // Hà Nội (001) personal ID
	testReason    = "Cần xác minh thêm thông tin" // a reason
)

var (
	testScheduleOnce = sync.OnceValue(func() *sla.Schedule {
		s, err := sla.NewSchedule(holiday.Vietnam(), nil)
		if err != nil {
			panic(err)
		}
		return s
	})
)

// sched is the office schedule of the tests: the Vietnamese calendar with
// the default office hours (08:00–12:00, 13:00–17:00).
func sched() *sla.Schedule { return testScheduleOnce() }

// at returns an instant in Vietnam.
func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, sla.VietnamZone)
}

// day returns a calendar day.
func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// procSpec is a procedure with one component of each requirement kind, the
// same limit on every channel.
func procSpec(limit sla.Limit) procedure.Spec {
	var channels []procedure.TimeLimit
	for _, ch := range procedure.Channels() {
		channels = append(channels, procedure.TimeLimit{Channel: ch, Statutory: limit})
	}
	return procedure.Spec{
		Code:         testProcCode,
		Name:         testProcName,
		Field:        testField,
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{testAgency},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels:     channels,
		Components: []procedure.Component{
			{Name: compForm, Originals: 1, Requirement: procedure.Required},
			{Name: compBirthCert, Originals: 1, Copies: 1, Requirement: procedure.Required},
			{Name: compIDCard, Originals: 1, Requirement: procedure.PresentOnly},
			{Name: compProxy, Originals: 1, Requirement: procedure.Conditional, Condition: "Trường hợp ủy quyền"},
			{Name: compResidence, Requirement: procedure.FromDatabase},
		},
		Source: "test",
	}
}

// testProc is procSpec(limit) built.
func testProc(tb testing.TB, limit sla.Limit) procedure.Procedure {
	tb.Helper()
	p, err := procedure.New(procSpec(limit))
	require.NoError(tb, err)
	return p
}

// complete returns the documents that make a dossier of testProc complete,
// digitised or not.
func complete(digitised bool) []dossier.Filed {
	return []dossier.Filed{
		{Name: compForm, Originals: 1, Digitised: digitised},
		{Name: compBirthCert, Originals: 1, Copies: 1, Digitised: digitised},
		{Name: compIDCard, Originals: 1, Digitised: digitised},
	}
}

// header returns a header of testProc on channel ch with documents filed.
func header(ch procedure.Channel, filed []dossier.Filed) dossier.Header {
	return dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: testProcCode, Decision: "1872/QĐ-BTP", Name: testProcName, Field: testField},
		Applicant:     dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: testApplicant, ID: testPID, Phone: "0912345678"},
		Channel:       ch,
		ReceivingUnit: testUnit,
		Agency:        testAgency,
		Level:         procedure.LevelCommune,
		Filed:         filed,
		FeesDue:       decimal.NewFromInt(8000),
	}
}

// open opens a dossier or fails the test.
func open(tb testing.TB, h dossier.Header) dossier.Dossier {
	tb.Helper()
	d, err := dossier.Open(h, sched())
	require.NoError(tb, err)
	return d
}

// received opens a complete, digitised dossier on channel ch and receives
// it at now under a procedure with limit; online dossiers are submitted a
// minute before.
func received(tb testing.TB, ch procedure.Channel, now time.Time, limit sla.Limit) dossier.Dossier {
	tb.Helper()
	d := open(tb, header(ch, complete(true)))
	if ch.IsOnline() {
		var err error
		d, err = d.Submit(now.Add(-time.Minute), "cong-dvcqg")
		require.NoError(tb, err)
	}
	out, in, err := d.Receive(now, testActor, testProc(tb, limit), &dossier.MemorySequencer{})
	require.NoError(tb, err)
	require.True(tb, in.Complete())
	return out
}

// transferred is received(…) then transferred at now.
func transferred(tb testing.TB, ch procedure.Channel, recv, now time.Time, limit sla.Limit) dossier.Dossier {
	tb.Helper()
	d, err := received(tb, ch, recv, limit).Transfer(now, testActor)
	require.NoError(tb, err)
	return d
}

// must returns d or fails the test.
func must(tb testing.TB) func(dossier.Dossier, error) dossier.Dossier {
	return func(d dossier.Dossier, err error) dossier.Dossier {
		tb.Helper()
		require.NoError(tb, err)
		return d
	}
}

// refused checks a refused command: the error is a *dossier.CommandError
// wrapping want, and the dossier returned is the receiver, unchanged.
func refused(t testing.TB, before, after dossier.Dossier, err error, want error) {
	t.Helper()
	require.Error(t, err)
	var ce *dossier.CommandError
	assert.True(t, errors.As(err, &ce), "%T is not a *dossier.CommandError: %v", err, err)
	assert.ErrorIs(t, err, want)
	assertContract(t, err)
	if ce != nil {
		assert.Equal(t, before.Status(), ce.Status, "CommandError.Status")
	}
	assert.True(t, after.Equal(before), "the dossier changed")
	assert.Equal(t, before.Status(), after.Status(), "status changed")
	assert.Len(t, after.Events(), len(before.Events()), "events were added")
	assert.Equal(t, before.Due(), after.Due(), "due date changed")
	assert.Equal(t, before.Flags(), after.Flags(), "flags changed")
}

// countingSequencer numbers 1…9999 and round again, for benchmarks that
// receive more than 9,999 dossiers a day.
type countingSequencer struct{ n int }

func (s *countingSequencer) Next(string, date.Date) (int, error) {
	s.n = s.n%9999 + 1
	return s.n, nil
}

// failingSequencer always fails.
type failingSequencer struct{}

func (failingSequencer) Next(string, date.Date) (int, error) {
	return 0, dossier.ErrSequenceExhausted
}

// mustDate parses an ISO date or fails the test.
func mustDate(tb testing.TB, s string) date.Date {
	tb.Helper()
	d, err := date.ParseISO(s)
	require.NoError(tb, err)
	return d
}

// Channels and limits of the tests.
const (
	directCh = procedure.ChannelDirect
	postalCh = procedure.ChannelPostal
	onlineCh = procedure.ChannelOnlineFull
)

var (
	threeDays = sla.WorkingDays(3)
	tenDays   = sla.WorkingDays(10)
)

// fifteen is the 15:00 cut-off (Decree 61/2018/NĐ-CP Art. 18(2)).
var fifteen = clock.New(15, 0, 0, 0)

// assertContract checks the package's error contract: the error is one of
// the typed errors, wraps one of the sentinels, and names the package once.
func assertContract(t testing.TB, err error) {
	t.Helper()
	var (
		ce *dossier.CommandError
		ie *dossier.InputError
		re *dossier.ReplayError
	)
	assert.True(t, errors.As(err, &ce) || errors.As(err, &ie) || errors.As(err, &re), "%T is none of the typed errors: %v", err, err)
	found := false
	for _, s := range []error{dossier.ErrSyntax, dossier.ErrInvalid, dossier.ErrTransition, dossier.ErrRule, dossier.ErrIncomplete,
		dossier.ErrSequenceExhausted, dossier.ErrSequencer, dossier.ErrTooLarge} {
		found = found || errors.Is(err, s)
	}
	assert.True(t, found, "wraps no sentinel: %v", err)
	assert.Equal(t, 1, strings.Count(err.Error(), "dossier:"), "the package is named once: %v", err)
	assert.True(t, strings.HasPrefix(err.Error(), "dossier: "), "starts with the package's name: %v", err)
}

// rep returns the report NewReport made, or panics.
func rep[K comparable](r *dossier.Report[K], err error) *dossier.Report[K] {
	if err != nil {
		panic(err)
	}
	return r
}
