package national_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/sla"
)

// paidDossier is the online dossier of portalHeader, submitted, its fee
// paid with method, received, transferred and decided with the electronic
// result.
func paidDossier(t *testing.T, method dossier.PaymentMethod) dossier.Dossier {
	p := proc(t, sla.WorkingDays(10))
	d := run(t, open(t, portalHeader()),
		func(d dossier.Dossier) (dossier.Dossier, error) { return d.Submit(mar2.Add(-time.Hour), "cong-dvcqg") },
		func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.PayFee(mar2.Add(-50*time.Minute), "cong-dvcqg", method, []dossier.FeeLine{birthFee})
		},
		receive(mar2, p), transfer(mar2.Add(time.Hour)),
		func(d dossier.Dossier) (dossier.Dossier, error) {
			return d.DecideWithResults(mar2.Add(48*time.Hour), "chu-tich-ubnd", true, "", []dossier.ResultDocument{birthResult})
		})
	return d
}

// The record reads the portal's facts from the dossier (issue 15): each
// document's component, link and flags (Decree 107/2021/NĐ-CP; Decree
// 45/2020/NĐ-CP Art. 16), the VNeID and portal flags (Decree 69/2024/NĐ-CP;
// Decree 42/2022/NĐ-CP), how the fee was paid and its lines, the result
// documents (Decree 45/2020/NĐ-CP Art. 14).
func TestRecordReadsDossierFacts(t *testing.T) {
	e := exporter(t)
	p := proc(t, sla.WorkingDays(10))
	for _, tc := range []struct {
		method dossier.PaymentMethod
		code   string // DuocThanhToanTrucTuyen
	}{{dossier.PaidOnPortal, "1"}, {dossier.PaidThroughLocalGateway, "2"}, {dossier.PaidAtDesk, "3"}} {
		t.Run(tc.method.String(), func(t *testing.T) {
			d := paidDossier(t, tc.method)
			r, err := e.Record(d, p, nil)
			require.NoError(t, err)
			assert.Equal(t, "1", r.TaiKhoanDuocXacThucVoiVNeID)
			assert.Equal(t, "1", r.NoiNopHoSo)
			assert.Equal(t, "0", r.HinhThuc)
			assert.Equal(t, tc.code, r.DuocThanhToanTrucTuyen)
			require.Len(t, r.TaiLieuNop, 3)
			assert.Equal(t, national.DocumentRecord{TenTepDinhKem: compBirthCert, MaThanhPhanHoSo: "TP2", DuongDanTaiTepTin: "https://dvc.example.vn/f/2",
				DuocSoHoa: "1", DuocTaiSuDung: "1", DuocLayTuKhoDMQG: "0", MaKetQuaThayThe: "KQ-2020-17"}, r.TaiLieuNop[1])
			assert.Equal(t, "1", r.TaiLieuNop[2].DuocLayTuKhoDMQG)
			assert.Equal(t, []national.FeeRecord{{TenPhiLePhi: birthFee.Name, MaPhiLePhi: "LP01", Gia: "8000"}}, r.DanhSachLePhi)
			assert.Equal(t, []national.ResultRecord{{TenGiayTo: birthResult.Name, DuongDanTepTinKetQua: birthResult.Link, MaGiayToKetQua: birthResult.Code}}, r.DanhSachGiayToKetQua)

			// The facts, as Exporter.Facts gives them to Compose.
			_, f, err := e.Facts(d, p, nil)
			require.NoError(t, err)
			again, err := national.Compose(d.Header(), f, nil, nil)
			require.NoError(t, err)
			assert.Equal(t, r, again)
		})
	}
}

// Extras still set by a caller keep working: a flag is set by either
// side; Payment and the lists of Extras, when given, replace the
// dossier's (they carry the portal's identifiers and codes).
func TestExtrasOverrideDossierFacts(t *testing.T) {
	e := exporter(t)
	p := proc(t, sla.WorkingDays(10))
	d := paidDossier(t, dossier.PaidOnPortal)
	x := &national.Extras{
		ReturnByPost: true,
		Payment:      national.PaymentOffline,
		Documents:    []national.Document{{ID: "f-9", Name: "Tờ khai"}},
		Fees:         []national.FeeLine{{Name: "Lệ phí", Collection: "1", Kind: "2", Amount: decimal.NewFromInt(5000)}},
		Results:      []national.ResultDocument{{Name: "Giấy khai sinh", ID: "kq-9", Component: "KQ1"}},
	}
	r, err := e.Record(d, p, x)
	require.NoError(t, err)
	assert.Equal(t, "1", r.HinhThuc, "Extras.ReturnByPost")
	assert.Equal(t, "1", r.TaiKhoanDuocXacThucVoiVNeID, "the header's flag")
	assert.Equal(t, "3", r.DuocThanhToanTrucTuyen, "Extras.Payment wins")
	require.Len(t, r.TaiLieuNop, 1)
	assert.Equal(t, "f-9", r.TaiLieuNop[0].TepDinhKemId)
	assert.Equal(t, []national.FeeRecord{{TenPhiLePhi: "Lệ phí", HinhThucThu: "1", Gia: "5000", LoaiPhiLePhi: "2"}}, r.DanhSachLePhi)
	assert.Equal(t, "kq-9", r.DanhSachGiayToKetQua[0].GiayToId)

	// The round trip holds with the dossier's facts and without Extras.
	r, err = e.Record(d, p, nil)
	require.NoError(t, err)
	im, err := national.Import(r, nil)
	require.NoError(t, err)
	back, err := national.Compose(im.Header, im.Facts, &im.Extras, nil)
	require.NoError(t, err)
	assert.Equal(t, r, back)
}

// A fee payment is a step record that keeps the status (the dossier's
// table: a payment changes no status).
func TestFeePaymentStep(t *testing.T) {
	d := paidDossier(t, dossier.PaidAtDesk)
	steps, err := exporter(t).Steps(d, nil)
	require.NoError(t, err)
	require.Len(t, steps, len(d.Events()))
	assert.Equal(t, "Thanh toán phí, lệ phí: 8000 đồng", steps[1].NoiDungXuLy)
	assert.Equal(t, steps[0].TrangThai, steps[1].TrangThai)
}
