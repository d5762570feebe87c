package national_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// exampleDossier is a birth registration received in person on Monday 2
// March 2026 at 09:00 (10 working days: due 16 March), transferred, decided
// on 12 March and returned on 13 March; with its procedure and the office
// schedule.
func exampleDossier() (dossier.Dossier, procedure.Procedure, *sla.Schedule) {
	sched, _ := sla.NewSchedule(holiday.Vietnam(), nil)
	p := procedure.MustNew(procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"UBND-XA"},
		Subjects:   []procedure.Subject{procedure.SubjectIndividual},
		Channels:   []procedure.TimeLimit{{Channel: procedure.ChannelDirect, Statutory: sla.WorkingDays(10)}},
		Components: []procedure.Component{{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Requirement: procedure.Required}},
		Source:     "example",
	})
	d, _ := dossier.Open(dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch"},
		Applicant:     dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Nguyễn Văn An", ID: "001090012345"},
		Channel:       procedure.ChannelDirect,
		ReceivingUnit: "000.00.36.H57",
		Agency:        "UBND-XA",
		Filed:         []dossier.Filed{{Name: "Tờ khai đăng ký khai sinh", Originals: 1, Digitised: true}},
		FeesDue:       decimal.NewFromInt(8000),
	}, sched)
	vn := func(day, h int) time.Time { return time.Date(2026, time.March, day, h, 0, 0, 0, sla.VietnamZone) }
	d, _, _ = d.Receive(vn(2, 9), "can-bo", p, &dossier.MemorySequencer{})
	d, _ = d.Transfer(vn(2, 10), "can-bo")
	d, _ = d.Decide(vn(12, 10), "chu-tich", true, "")
	d, _ = d.Return(vn(13, 9), "can-bo")
	return d, p, sched
}

func ExampleExporter_Record() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	r, err := e.Record(d, p, &national.Extras{VNeIDVerified: true, Payment: national.PaymentOffline,
		Fees: []national.FeeLine{{Name: "Lệ phí đăng ký khai sinh", Amount: decimal.NewFromInt(8000)}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.MaHoSo, r.TrangThaiHoSo, r.KenhThucHien, r.LoaiDoiTuong)
	fmt.Println("received", r.NgayTiepNhan, "due", r.NgayHenTra)
	fmt.Println("result", r.NgayKetThucXuLy, "returned", r.NgayTra)
	fmt.Println("VNeID", r.TaiKhoanDuocXacThucVoiVNeID, "payment", r.DuocThanhToanTrucTuyen, "fee", r.DanhSachLePhi[0].Gia)
	// Output:
	// 000.00.36.H57-260302-0001 10 1 1
	// received 20260302090000 due 20260316170000
	// result 20260312100000 returned 20260313090000
	// VNeID 1 payment 3 fee 8000
}

func ExampleExporter_Steps() {
	d, _, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	steps, _ := e.Steps(d, &national.Extras{Officers: map[string]national.Officer{"can-bo": {Title: "Công chức một cửa"}}})
	for _, s := range steps {
		fmt.Printf("%s %s %s | due %q\n", s.TrangThai, s.ThoiDiemXuLy, s.NoiDungXuLy, s.NgayKetThucTheoQuyDinh)
	}
	// Output:
	// 2 20260302090000 Tiếp nhận hồ sơ | due ""
	// 4 20260302100000 Chuyển hồ sơ đến cơ quan có thẩm quyền | due "20260302170000"
	// 9 20260312100000 Đã có kết quả giải quyết | due "20260316170000"
	// 10 20260313090000 Trả kết quả | due "20260316170000"
}

func ExampleExporter_Facts() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	h, f, _ := e.Facts(d, p, nil)
	fmt.Println(h.Applicant.Name, f.Code, f.Status, f.Due.Format(time.DateTime))
	// Output: Nguyễn Văn An 000.00.36.H57-260302-0001 result returned 2026-03-16 17:00:00
}

func ExampleExporter_Changes() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	sources := slices.Values([]national.Source{{Dossier: d, Procedure: p}})

	var stored national.Cursor // what the vendor stored after its last successful send
	batch := e.Changes(sources, stored)
	created, updated, steps := batch.Envelopes()
	fmt.Println(len(created.Data), "new,", len(updated.Data), "updated,", len(steps.Data), "steps")
	// … send the three envelopes; only when all succeeded, store the cursor:
	text, _ := batch.Next.MarshalText()
	fmt.Print(string(text))
	_ = stored.UnmarshalText(text)
	fmt.Println(len(e.Changes(sources, stored).Changes), "changes since")
	// Output:
	// 1 new, 0 updated, 4 steps
	// 000.00.36.H57-260302-0001 4
	// 0 changes since
}

func ExampleImport() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	r, _ := e.Record(d, p, nil)

	im, err := national.Import(r, nil)
	fmt.Println(err, im.Header.Procedure.Code, im.Header.Applicant.ID, im.Facts.Status)
	// The dossier's facts are in the header and the facts, not in Extras.
	fmt.Println(im.Header.Filed[0].Name, im.Header.Filed[0].Digitised, im.Header.VNeIDVerified, im.Facts.Payment)

	r.NgayTra = ""                    // status 10 without a return date
	r.NgayHenTra = "20260301170000"   // an appointment before the receipt
	r.SoGiayToChuHoSo = "00109001234" // 11 digits
	_, err = national.Import(r, nil)
	var re *national.RecordError
	if errors.As(err, &re) {
		fmt.Println(re.Fields(), errors.Is(err, national.ErrContradiction))
	}
	// Output:
	// <nil> 1.001193 001090012345 result returned
	// Tờ khai đăng ký khai sinh true false none
	// [SoGiayToChuHoSo DinhDanhCHS[0].SoDinhDanh NgayHenTra NgayTra] true
}

func ExampleCompose() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	r, _ := e.Record(d, p, nil)
	im, _ := national.Import(r, nil)
	again, _ := national.Compose(im.Header, im.Facts, &im.Extras, nil)
	fmt.Println(again.MaHoSo == r.MaHoSo, again.NgayTra == r.NgayTra)
	// Output: true true
}

func ExampleParseEnvelope() {
	_, err := national.ParseEnvelope([]byte(`{"service":"DongBoHoSoMC","isUpdating":false,"data":[{"mahoso":"x"}]}`))
	fmt.Println(err)
	_, err = national.ParseEnvelope([]byte(`{"service":"DongBoHoSoMC","isUpdating":false,"data":[{"MaHoSo":"x","MaHoSo":"y"}]}`))
	fmt.Println(err)
	env, err := national.ParseEnvelope([]byte(`{"service":"DongBoHoSoMC","isUpdating":true,"data":[]}`))
	fmt.Println(env.IsUpdating, len(env.Data), err)
	// Output:
	// national: json "mahoso": malformed: unknown key (keys are spelt exactly as the portal spells them)
	// national: json "MaHoSo": malformed: key given twice
	// true 0 <nil>
}

func ExampleParseRecord() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	r, _ := e.Record(d, p, nil)
	line, _ := json.Marshal(r) // one line of a JSON-lines file
	back, err := national.ParseRecord(line)
	fmt.Println(back.MaHoSo, err)
	// Output: 000.00.36.H57-260302-0001 <nil>
}

func ExampleStatusCode() {
	for _, s := range []dossier.Status{dossier.SupplementRequested, dossier.FinancialObligation, dossier.Stopped, dossier.Processed} {
		code, _ := national.StatusCode(s)
		fmt.Println(code, s.Vietnamese())
	}
	s, _ := national.StatusFromCode("10")
	fmt.Println(s)
	// Output:
	// 5 Yêu cầu bổ sung giấy tờ
	// 6 Yêu cầu thực hiện nghĩa vụ tài chính
	// 8 Dừng xử lý
	// 9 Đã xử lý xong
	// result returned
}

func ExampleStamp() {
	fmt.Println(national.Stamp(time.Date(2026, time.February, 13, 9, 40, 0, 0, time.UTC)))
	t, _ := national.ParseStamp("NgayTiepNhan", "20260213164000")
	fmt.Println(t)
	_, err := national.ParseStamp("NgayTiepNhan", "20260230090000")
	fmt.Println(err)
	// Output:
	// 20260213164000
	// 2026-02-13 16:40:00 +0700 ICT
	// national: NgayTiepNhan "20260230090000": malformed: no such date or time
}

func ExampleNewExporter() {
	_, _, sched := exampleDossier()
	// A portal connection that reads LoaiDoiTuong as 1 citizen, 2 business.
	e, err := national.NewExporter(sched, &national.Options{Subjects: national.SubjectsOneToTwo})
	fmt.Println(e != nil, err)
	// Output: true <nil>
}

func ExampleCursor_UnmarshalText() {
	var c national.Cursor
	err := c.UnmarshalText([]byte("000.00.36.H57-260302-0001 4\n000.00.36.H57-260302-0002 7\n"))
	fmt.Println(c.Len(), c.Version("000.00.36.H57-260302-0002"), err)
	err = c.UnmarshalText([]byte("000.00.36.H57-260302-0001 0\n"))
	fmt.Println(err)
	// Output:
	// 2 7 <nil>
	// national: cursor line 1 "000.00.36.H57-260302-0001 0": malformed: want a version 1–10^9
}

func ExampleCursor_Advance() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	batch := e.Changes(slices.Values([]national.Source{{Dossier: d, Procedure: p}}), national.Cursor{})
	// Sent change by change: store the cursor advanced by those sent.
	var stored national.Cursor
	stored = stored.Advance(batch.Changes[0])
	fmt.Println(stored.Version(batch.Changes[0].Code))
	// Output: 4
}

func ExamplePayment() {
	var p national.Payment
	_ = p.UnmarshalText([]byte("2"))
	fmt.Println(p, p.IsOnline(), p.Code())
	// Output: local gateway true 2
}

func ExampleCursor_Without() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	sources := slices.Values([]national.Source{{Dossier: d, Procedure: p}})
	stored := e.Changes(sources, national.Cursor{}).Next
	// A result link was added to the extras after the return: send the
	// dossier again.
	again := e.Changes(sources, stored.Without(string(d.Code())))
	fmt.Println(len(again.Changes), len(again.Changes[0].Steps))
	// Output: 1 4
}

func ExampleCheckSteps() {
	d, _, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	steps, _ := e.Steps(d, nil)
	fmt.Println(national.CheckSteps(steps))
	steps[1].TrangThai = "11"
	fmt.Println(national.CheckSteps(steps))
	// Output:
	// <nil>
	// national: record "000.00.36.H57-260302-0001": data[1].TrangThai "11": malformed: want 1–10
}

func ExampleParseStepEnvelope() {
	env, err := national.ParseStepEnvelope([]byte(`{"service":"CapNhatTienDoHoSoMC","data":[{"MaHoSo":"000.00.36.H57-260302-0001","TrangThai":"2","ThoiDiemXuLy":"20260302090000"}]}`))
	fmt.Println(len(env.Data), err, national.CheckSteps(env.Data))
	// Output: 1 <nil> <nil>
}

// A year's records as JSON lines, one record per line, as a one-stop
// program writes them for the portal or an audit: each line reads back
// with ParseRecord.
func Example_jsonLines() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	var out []byte
	for _, d := range []dossier.Dossier{d} { // the year's dossiers
		r, err := e.Record(d, p, nil)
		if err != nil {
			continue // or log the *ExportError
		}
		line, _ := json.Marshal(r)
		out = append(append(out, line...), '\n')
	}
	back, err := national.ParseRecord(out[:len(out)-1])
	fmt.Println(len(out) > 0, back.TrangThaiHoSo, err)
	// Output: true 10 <nil>
}

func ExampleParseStamp() {
	t, err := national.ParseStamp("NgayHenTra", "20260316170000")
	fmt.Println(t.Format(time.RFC3339), err)    // in Vietnam time, UTC+7
	t, err = national.ParseStamp("NgayTra", "") // no date
	fmt.Println(t.IsZero(), err)
	_, err = national.ParseStamp("NgayTra", "2026-03-16")
	fmt.Println(errors.Is(err, national.ErrMalformed))
	// Output:
	// 2026-03-16T17:00:00+07:00 <nil>
	// true <nil>
	// true
}

func ExampleStatusFromCode() {
	for _, code := range []string{"5", "6", "8", "9", "11"} {
		s, err := national.StatusFromCode(code)
		if err != nil {
			fmt.Println(code, errors.Is(err, national.ErrMalformed))
			continue
		}
		fmt.Println(code, s, s.Vietnamese())
	}
	// Output:
	// 5 supplement requested Yêu cầu bổ sung giấy tờ
	// 6 financial obligation requested Yêu cầu thực hiện nghĩa vụ tài chính
	// 8 stopped Dừng xử lý
	// 9 processed Đã xử lý xong
	// 11 true
}

func ExampleBatch_Envelopes() {
	d, p, sched := exampleDossier()
	e, _ := national.NewExporter(sched, nil)
	batch := e.Changes(slices.Values([]national.Source{{Dossier: d, Procedure: p}}), national.Cursor{})
	created, updated, steps := batch.Envelopes()
	// Send in this order: new records, updated records, then step records.
	for _, env := range []any{created, updated, steps} {
		b, _ := json.Marshal(env)
		fmt.Println(len(b) > 0, string(b[:min(len(b), 48)]))
	}
	fmt.Println(len(created.Data), len(updated.Data), len(steps.Data), batch.More)
	// Output:
	// true {"service":"DongBoHoSoMC","isUpdating":false,"da
	// true {"service":"DongBoHoSoMC","isUpdating":true,"dat
	// true {"service":"CapNhatTienDoHoSoMC","data":[{"MaHoS
	// 1 0 4 false
}
