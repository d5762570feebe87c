package reliability

import (
	"strings"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
)

func init() { catalogues["national"] = nationalCatalogue }

// nationalRecord is a record the importer accepts: received, processed and
// returned, paid at the desk.
func nationalRecord() national.Record {
	return national.Record{
		MaHoSo: "000.00.36.H57-260302-0001", MaTTHC: "1.001193", TenTTHC: "Đăng ký khai sinh", TenLinhVuc: "Hộ tịch",
		KenhThucHien: "1", ChuHoSo: "Nguyễn Văn An", LoaiDoiTuong: "1", SoGiayToChuHoSo: "001090012345",
		NgayNopHoSo: "20260302090000", NgayTiepNhan: "20260302090000", NgayHenTra: "20260316170000",
		TrangThaiHoSo: "10", NgayKetThucXuLy: "20260312100000", NgayTra: "20260313090000",
		HinhThuc: "0", DonViXuLy: "UBND-XA", NoiNopHoSo: "2", HoSoCoThanhPhanSoHoa: "0",
		TaiKhoanDuocXacThucVoiVNeID: "0", DuocThanhToanTrucTuyen: "3",
	}
}

func importRecord(mutate func(r *national.Record)) func() error {
	return func() error {
		r := nationalRecord()
		mutate(&r)
		_, err := national.Import(r, nil)
		return err
	}
}

func parseEnvelope(data string) func() error {
	return func() error { _, err := national.ParseEnvelope([]byte(data)); return err }
}

func nationalCatalogue(sh shared) []badInput {
	fieldError := as[*national.FieldError]()
	recordError := as[*national.RecordError]()
	exportError := as[*national.ExportError]()
	env := func(data string) string { return `{"service":"DongBoHoSoMC","isUpdating":false,"data":[` + data + `]}` }
	return []badInput{
		{"national: envelope over 16 MiB", parseEnvelope(env(`{"ChuHoSo":"` + strings.Repeat("a", national.MaxEnvelopeBytes) + `"}`)), national.ErrTooLarge, fieldError},
		{"national: envelope not UTF-8", parseEnvelope(env(`{"ChuHoSo":"\xff"}`)), national.ErrMalformed, fieldError},
		{"national: envelope key in lower case", parseEnvelope(env(`{"mahoso":"x"}`)), national.ErrMalformed, fieldError},
		{"national: envelope key twice", parseEnvelope(env(`{"MaHoSo":"x","MaHoSo":"y"}`)), national.ErrMalformed, fieldError},
		{"national: envelope nested 10 000 deep", parseEnvelope(strings.Repeat("[", 10000)), national.ErrMalformed, fieldError},
		{"national: envelope of 1 001 records", parseEnvelope(env(strings.TrimSuffix(strings.Repeat("{},", 1001), ","))), national.ErrTooLarge, fieldError},
		{"national: envelope with trailing data", parseEnvelope(env("") + " []"), national.ErrMalformed, fieldError},
		{"national: record number for a string", func() error { _, err := national.ParseRecord([]byte(`{"TrangThaiHoSo":10}`)); return err }, national.ErrMalformed, fieldError},
		{"national: import empty record", importRecord(func(r *national.Record) { *r = national.Record{} }), national.ErrMissing, recordError},
		{"national: import appointment before receipt", importRecord(func(r *national.Record) { r.NgayHenTra = "20260301170000" }), national.ErrContradiction, recordError},
		{"national: import status 10 without return date", importRecord(func(r *national.Record) { r.NgayTra = "" }), national.ErrContradiction, recordError},
		{"national: import 30 February", importRecord(func(r *national.Record) { r.NgayTiepNhan = "20260230090000" }), national.ErrMalformed, recordError},
		{"national: import year 9999", importRecord(func(r *national.Record) { r.NgayTra = "99991231235959" }), national.ErrMalformed, recordError},
		{"national: import 1 MB name", importRecord(func(r *national.Record) { r.ChuHoSo = strings.Repeat("ư", 500_000) }), national.ErrTooLarge, recordError},
		{"national: import 10 000 documents", importRecord(func(r *national.Record) { r.TaiLieuNop = make([]national.DocumentRecord, 10_000) }), national.ErrTooLarge, recordError},
		{"national: import fee 1e1000000000", importRecord(func(r *national.Record) {
			r.DanhSachLePhi = []national.FeeRecord{{TenPhiLePhi: "x", Gia: "1e1000000000"}}
		}), national.ErrMalformed, recordError},
		{"national: import fee of 10^20 đồng", importRecord(func(r *national.Record) {
			r.DanhSachLePhi = []national.FeeRecord{{TenPhiLePhi: "x", Gia: "100000000000000000000"}}
		}), national.ErrMalformed, recordError},
		{"national: import status 6 folded as 9 with no result", importRecord(func(r *national.Record) { r.TrangThaiHoSo = "6" }), national.ErrContradiction, recordError},
		{"national: stamp with a full-width digit", func() error { _, err := national.ParseStamp("f", "２0260213164000"); return err }, national.ErrMalformed, fieldError},
		{"national: status code 0", func() error { _, err := national.StatusFromCode("0"); return err }, national.ErrMalformed, fieldError},
		{"national: status unknown", func() error { _, err := national.StatusCode(dossier.StatusUnknown); return err }, national.ErrMalformed, fieldError},
		{"national: cursor line without version", func() error {
			var c national.Cursor
			return c.UnmarshalText([]byte("000.00.36.H57-260302-0001\n"))
		}, national.ErrMalformed, fieldError},
		{"national: exporter without schedule", func() error { _, err := national.NewExporter(nil, nil); return err }, national.ErrNotExportable, exportError},
		{"national: export of the zero dossier", func() error {
			e, err := national.NewExporter(sh.scheds[0], nil)
			if err != nil {
				return err
			}
			_, err = e.Record(dossier.Dossier{}, procedure.Procedure{}, nil)
			return err
		}, national.ErrNotExportable, exportError},
		{"national: compose without a code", func() error {
			_, err := national.Compose(dossier.Header{}, national.Facts{Status: dossier.Received}, nil, nil)
			return err
		}, national.ErrNotExportable, exportError},
	}
}

// The catalogue's base record is accepted, so each row fails for its own
// fault.
func TestNationalBaseRecord(t *testing.T) {
	if _, err := national.Import(nationalRecord(), nil); err != nil {
		t.Fatal(err)
	}
}
