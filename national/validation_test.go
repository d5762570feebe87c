package national_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/motcua/motcua/national"
)

// validRecord is the record of the supplement lifecycle with every list
// filled: returned (status 10) after one supplement, paid on the portal.
func validRecord(t *testing.T) national.Record {
	t.Helper()
	for _, lc := range lifecycles() {
		if lc.name == "supplement" {
			d, p := lc.build(t)
			r, err := exporter(t).Record(d, p, lc.extras)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := national.Import(r, nil); err != nil {
				t.Fatal(err)
			}
			return r
		}
	}
	t.Fatal("no supplement lifecycle")
	return national.Record{}
}

// A table of malformed records: each names the field at fault and the kind
// of fault. Sources per row: the record format (secondary, see record.go),
// or the rule a contradiction breaks.
func TestImportValidation(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(r *national.Record)
		field  string
		want   error
		source string
	}{
		{"no code", func(r *national.Record) { r.MaHoSo = "" }, "MaHoSo", national.ErrMissing, "format"},
		{"code shape", func(r *national.Record) { r.MaHoSo = "ABC" }, "MaHoSo", national.ErrMalformed, "Circular 01/2018/TT-VPCP Art. 19"},
		{"code date not the receipt's", func(r *national.Record) { r.MaHoSo = "000.00.36.H57-260303-0001" }, "MaHoSo", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 26"},
		{"no procedure code", func(r *national.Record) { r.MaTTHC = "" }, "MaTTHC", national.ErrMissing, "format"},
		{"procedure code shape", func(r *national.Record) { r.MaTTHC = "1.00119" }, "MaTTHC", national.ErrMalformed, "national procedure database code"},
		{"blank procedure name", func(r *national.Record) { r.TenTTHC = "  " }, "TenTTHC", national.ErrMissing, "format"},
		{"no channel", func(r *national.Record) { r.KenhThucHien = "" }, "KenhThucHien", national.ErrMissing, "format"},
		{"unknown channel", func(r *national.Record) { r.KenhThucHien = "4" }, "KenhThucHien", national.ErrMalformed, "KenhThucHien 1–3"},
		{"no applicant", func(r *national.Record) { r.ChuHoSo = "" }, "ChuHoSo", national.ErrMissing, "format"},
		{"no subject code", func(r *national.Record) { r.LoaiDoiTuong = "" }, "LoaiDoiTuong", national.ErrMissing, "format"},
		{"subject code outside 1–4", func(r *national.Record) { r.LoaiDoiTuong = "5" }, "LoaiDoiTuong", national.ErrMalformed, "LoaiDoiTuong 1–4"},
		{"short personal ID", func(r *national.Record) { r.SoGiayToChuHoSo = "12345" }, "SoGiayToChuHoSo", national.ErrMalformed, "Law on Identification 2023 Art. 12"},
		{"personal ID of no province", func(r *national.Record) { r.SoGiayToChuHoSo = "999090012345" }, "SoGiayToChuHoSo", national.ErrMalformed, "Circular 07/2016/TT-BCA"},
		{"e-mail without @", func(r *national.Record) { r.Email = "an.example.vn" }, "Email", national.ErrMalformed, "format"},
		{"phone with letters", func(r *national.Record) { r.SoDienThoai = "09x" }, "SoDienThoai", national.ErrMalformed, "format"},
		{"no agency", func(r *national.Record) { r.DonViXuLy = "" }, "DonViXuLy", national.ErrMissing, "format"},
		{"no status", func(r *national.Record) { r.TrangThaiHoSo = "" }, "TrangThaiHoSo", national.ErrMissing, "format"},
		{"status 11", func(r *national.Record) { r.TrangThaiHoSo = "11" }, "TrangThaiHoSo", national.ErrMalformed, "status list 1–10"},
		{"no filing date", func(r *national.Record) { r.NgayNopHoSo = "" }, "NgayNopHoSo", national.ErrMissing, "format"},
		{"ISO filing date", func(r *national.Record) { r.NgayNopHoSo = "2026-03-01" }, "NgayNopHoSo", national.ErrMalformed, "yyyyMMddHHmmss"},
		{"30 February", func(r *national.Record) { r.NgayTiepNhan = "20260230090000" }, "NgayTiepNhan", national.ErrMalformed, "yyyyMMddHHmmss"},
		{"year 1999", func(r *national.Record) { r.NgayTiepNhan = "19990101090000" }, "NgayTiepNhan", national.ErrMalformed, "2000–2099 (the code's two-digit year)"},
		{"appointment before receipt", func(r *national.Record) { r.NgayHenTra = "20260301170000" }, "NgayHenTra", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 17(3)"},
		{"received without appointment", func(r *national.Record) { r.NgayHenTra = "" }, "NgayHenTra", national.ErrContradiction, "form 01, Circular 01/2018/TT-VPCP"},
		{"status 10 without return date", func(r *national.Record) { r.NgayTra = "" }, "NgayTra", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 20"},
		{"return date with status 9", func(r *national.Record) { r.TrangThaiHoSo = "9" }, "NgayTra", national.ErrContradiction, "status list"},
		{"status 9 without result date", func(r *national.Record) { r.TrangThaiHoSo, r.NgayTra, r.NgayKetThucXuLy = "9", "", "" }, "NgayKetThucXuLy", national.ErrContradiction, "status list"},
		{"returned before the result", func(r *national.Record) { r.NgayTra = "20260319090000" }, "NgayTra", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 20"},
		{"result before receipt", func(r *national.Record) { r.NgayKetThucXuLy = "20260301090000" }, "NgayKetThucXuLy", national.ErrContradiction, "Decree 61/2018/NĐ-CP Arts. 17–19"},
		{"filed after receipt", func(r *national.Record) { r.NgayNopHoSo = "20260302100000" }, "NgayNopHoSo", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 17"},
		{"status 3 without refusal date", func(r *national.Record) {
			r.TrangThaiHoSo, r.NgayKetThucXuLy, r.NgayTra = "3", "", ""
		}, "NgayTuChoi", national.ErrContradiction, "form 03, Decree 61/2018/NĐ-CP Art. 17(1)(b)"},
		{"refusal date with status 10", func(r *national.Record) { r.NgayTuChoi = "20260302090000" }, "NgayTuChoi", national.ErrContradiction, "status list"},
		{"status 1 already received", func(r *national.Record) { r.TrangThaiHoSo, r.NgayKetThucXuLy, r.NgayTra = "1", "", "" }, "NgayTiepNhan", national.ErrContradiction, "status list"},
		{"status 1 on paper", func(r *national.Record) {
			r.TrangThaiHoSo, r.KenhThucHien, r.NgayKetThucXuLy, r.NgayTra, r.NgayTiepNhan, r.NgayHenTra = "1", "1", "", "", "", ""
			r.DanhSachHoSoBoSung = nil
		}, "KenhThucHien", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 16"},
		{"status 4 not received", func(r *national.Record) { r.TrangThaiHoSo, r.NgayTiepNhan = "4", "" }, "NgayTiepNhan", national.ErrContradiction, "status list"},
		{"return method 2", func(r *national.Record) { r.HinhThuc = "2" }, "HinhThuc", national.ErrMalformed, "HinhThuc 0/1"},
		{"no filing place", func(r *national.Record) { r.NoiNopHoSo = "" }, "NoiNopHoSo", national.ErrMissing, "format"},
		{"filing place 3", func(r *national.Record) { r.NoiNopHoSo = "3" }, "NoiNopHoSo", national.ErrMalformed, "NoiNopHoSo 1/2"},
		{"filed on the portal in person", func(r *national.Record) { r.NoiNopHoSo, r.KenhThucHien = "1", "1" }, "NoiNopHoSo", national.ErrContradiction,
			"only an online dossier is filed on the national portal (Decree 42/2022/NĐ-CP; dossier.Header.FiledOnPortal)"},
		{"digitised flag against documents", func(r *national.Record) { r.HoSoCoThanhPhanSoHoa = "0" }, "HoSoCoThanhPhanSoHoa", national.ErrContradiction, "portal index formula (digitisation)"},
		{"VNeID yes", func(r *national.Record) { r.TaiKhoanDuocXacThucVoiVNeID = "yes" }, "TaiKhoanDuocXacThucVoiVNeID", national.ErrMalformed, "0/1"},
		{"payment 5", func(r *national.Record) { r.DuocThanhToanTrucTuyen = "5" }, "DuocThanhToanTrucTuyen", national.ErrMalformed, "payment codes"},
		{"paid online, no fee", func(r *national.Record) { r.DanhSachLePhi = nil }, "DuocThanhToanTrucTuyen", national.ErrContradiction, "Decree 42/2022/NĐ-CP (online payment)"},
		{"document without name", func(r *national.Record) { r.TaiLieuNop[0].TenTepDinhKem = "" }, "TaiLieuNop[0].TenTepDinhKem", national.ErrMissing, "format"},
		{"document digitised true", func(r *national.Record) { r.TaiLieuNop[0].DuocSoHoa = "true" }, "TaiLieuNop[0].DuocSoHoa", national.ErrMalformed, "0/1"},
		{"document from store empty", func(r *national.Record) { r.TaiLieuNop[2].DuocLayTuKhoDMQG = "" }, "TaiLieuNop[2].DuocLayTuKhoDMQG", national.ErrMissing, "0/1"},
		{"reused 2 without result code", func(r *national.Record) { r.TaiLieuNop[0].DuocTaiSuDung = "2" }, "TaiLieuNop[0].DuocTaiSuDung", national.ErrContradiction, "one source: 2 with MaKetQuaThayThe"},
		{"negative fee", func(r *national.Record) { r.DanhSachLePhi[0].Gia = "-8000" }, "DanhSachLePhi[0].Gia", national.ErrMalformed, "Law 97/2015/QH13"},
		{"fee in exponent form", func(r *national.Record) { r.DanhSachLePhi[0].Gia = "1e3" }, "DanhSachLePhi[0].Gia", national.ErrMalformed, "format"},
		{"fee with 5 decimals", func(r *national.Record) { r.DanhSachLePhi[0].Gia = "8000.12345" }, "DanhSachLePhi[0].Gia", national.ErrMalformed, "format"},
		{"fee without name", func(r *national.Record) { r.DanhSachLePhi[0].TenPhiLePhi = " " }, "DanhSachLePhi[0].TenPhiLePhi", national.ErrMissing, "format"},
		{"supplement without date", func(r *national.Record) { r.DanhSachHoSoBoSung[0].NgayBoSung = "" }, "DanhSachHoSoBoSung[0].NgayBoSung", national.ErrMissing, "form 02"},
		{"supplement back before asked", func(r *national.Record) { r.DanhSachHoSoBoSung[0].NgayTiepNhanBoSung = "20260303100000" }, "DanhSachHoSoBoSung[0].NgayTiepNhanBoSung", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 19(4)"},
		{"pending supplement with dates", func(r *national.Record) { r.DanhSachHoSoBoSung[0].TrangThaiBoSung = "0" }, "DanhSachHoSoBoSung[0].TrangThaiBoSung", national.ErrContradiction, "format"},
		{"supplement asked before receipt", func(r *national.Record) { r.DanhSachHoSoBoSung[0].NgayBoSung = "20260301100000" }, "DanhSachHoSoBoSung[0].NgayBoSung", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 19(4)"},
		{"new appointment before the supplement", func(r *national.Record) { r.DanhSachHoSoBoSung[0].NgayHenTraMoi = "20260309170000" }, "DanhSachHoSoBoSung[0].NgayHenTraMoi", national.ErrContradiction, "Decree 61/2018/NĐ-CP Art. 19(4) (restart)"},
		{"status 5 without pending request", func(r *national.Record) { r.TrangThaiHoSo, r.NgayKetThucXuLy, r.NgayTra = "5", "", "" }, "DanhSachHoSoBoSung", national.ErrContradiction, "status list"},
		{"result document without name", func(r *national.Record) { r.DanhSachGiayToKetQua[0].TenGiayTo = "" }, "DanhSachGiayToKetQua[0].TenGiayTo", national.ErrMissing, "format"},
		{"identifier of another person", func(r *national.Record) { r.DinhDanhCHS[0].SoDinhDanh = "001090099999" }, "DinhDanhCHS[0].SoDinhDanh", national.ErrContradiction, "format"},
		{"identifier kind 9", func(r *national.Record) { r.DinhDanhCHS[0].LoaiDinhDanh = "9" }, "DinhDanhCHS[0].LoaiDinhDanh", national.ErrMalformed, "LoaiDinhDanh 1/2"},
		{"summary over 4000 bytes", func(r *national.Record) { r.TrichYeuHoSo = strings.Repeat("ă", 2001) }, "TrichYeuHoSo", national.ErrTooLarge, "limit"},
		{"name not UTF-8", func(r *national.Record) { r.ChuHoSo = "Nguy\xffn" }, "ChuHoSo", national.ErrMalformed, "format"},
		{"501 documents", func(r *national.Record) {
			r.TaiLieuNop = slices.Repeat(r.TaiLieuNop[:1], 501)
		}, "TaiLieuNop", national.ErrTooLarge, "limit"},
	}
	if len(tests) < 40 {
		t.Fatalf("only %d rows", len(tests))
	}
	base := validRecord(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := clone(base)
			tt.mutate(&r)
			got, err := national.Import(r, nil)
			if err == nil {
				t.Fatalf("accepted (%s)", tt.source)
			}
			var re *national.RecordError
			if !errors.As(err, &re) {
				t.Fatalf("%T is not a *RecordError: %v", err, err)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error does not wrap %v: %v", tt.want, err)
			}
			found := false
			for _, p := range re.Problems {
				if p.Field == tt.field && errors.Is(p, tt.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no %v naming %s in %v", tt.want, tt.field, re.Fields())
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "national: ") || strings.Count(msg, "national:") != 1 {
				t.Errorf("message names the package other than once: %s", msg)
			}
			if got.Facts.Code != "" || got.Header.Procedure.Code != "" {
				t.Error("a refused import returned values")
			}
		})
	}
}

// clone deep-copies a record's lists.
func clone(r national.Record) national.Record {
	r.TaiLieuNop = slices.Clone(r.TaiLieuNop)
	r.DanhSachLePhi = slices.Clone(r.DanhSachLePhi)
	r.DanhSachHoSoBoSung = slices.Clone(r.DanhSachHoSoBoSung)
	r.DanhSachGiayToKetQua = slices.Clone(r.DanhSachGiayToKetQua)
	r.DinhDanhCHS = slices.Clone(r.DinhDanhCHS)
	return r
}
