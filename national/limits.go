package national

import "strconv"

// The limits of the package. Input over a limit is refused with an error
// wrapping [ErrTooLarge]; below them, the cost of reading and writing grows
// linearly with the input.
const (
	// MaxText is the longest text field, in bytes (4,000: one provincial
	// integration cuts file names at 4,000 characters and summaries at
	// 1,000 before sending them).
	MaxText = 4000
	// MaxItems is the longest list of a record (documents, fees,
	// supplements, results, identifiers).
	MaxItems = 500
	// MaxRecords is the most records an envelope may carry.
	MaxRecords = 1000
	// MaxStepRecords is the most step records a step envelope may carry
	// ([ParseStepEnvelope]); [Exporter.Changes] stops a batch before its
	// step records would pass it.
	MaxStepRecords = 10 * MaxRecords
	// MaxEnvelopeBytes is the largest envelope [ParseEnvelope] reads (16 MiB).
	MaxEnvelopeBytes = 16 << 20
	// maxDepth is how deep the JSON of an envelope nests: the envelope, its
	// data, a record, a list, an item.
	maxDepth = 5
)

// fieldName names a field of a record, in a list or not, built into a
// string only when an error needs it.
type fieldName struct {
	list  string // "" for a scalar field
	index int
	field string
}

func (n fieldName) String() string {
	if n.list == "" {
		return n.field
	}
	return n.list + "[" + strconv.Itoa(n.index) + "]." + n.field
}

// eachText calls fn with the name and the value of every text field of r,
// lists included.
func eachText(r *Record, fn func(name fieldName, v string)) {
	for i, f := range scalarFields {
		fn(fieldName{field: f}, *scalarOf(r, i))
	}
	for i := range r.TaiLieuNop {
		d := &r.TaiLieuNop[i]
		p := fieldName{list: "TaiLieuNop", index: i}
		fn(at(p, "TepDinhKemId"), d.TepDinhKemId)
		fn(at(p, "TenTepDinhKem"), d.TenTepDinhKem)
		fn(at(p, "MaThanhPhanHoSo"), d.MaThanhPhanHoSo)
		fn(at(p, "DuongDanTaiTepTin"), d.DuongDanTaiTepTin)
		fn(at(p, "MaKetQuaThayThe"), d.MaKetQuaThayThe)
	}
	for i := range r.DanhSachLePhi {
		l := &r.DanhSachLePhi[i]
		p := fieldName{list: "DanhSachLePhi", index: i}
		fn(at(p, "TenPhiLePhi"), l.TenPhiLePhi)
		fn(at(p, "MaPhiLePhi"), l.MaPhiLePhi)
		fn(at(p, "HinhThucThu"), l.HinhThucThu)
		fn(at(p, "LoaiPhiLePhi"), l.LoaiPhiLePhi)
	}
	for i := range r.DanhSachHoSoBoSung {
		s := &r.DanhSachHoSoBoSung[i]
		p := fieldName{list: "DanhSachHoSoBoSung", index: i}
		fn(at(p, "NguoiYeuCauBoSung"), s.NguoiYeuCauBoSung)
		fn(at(p, "NoiDungBoSung"), s.NoiDungBoSung)
		fn(at(p, "NguoiTiepNhanBoSung"), s.NguoiTiepNhanBoSung)
	}
	for i := range r.DanhSachGiayToKetQua {
		g := &r.DanhSachGiayToKetQua[i]
		p := fieldName{list: "DanhSachGiayToKetQua", index: i}
		fn(at(p, "TenGiayTo"), g.TenGiayTo)
		fn(at(p, "MaThanhPhanHoSo"), g.MaThanhPhanHoSo)
		fn(at(p, "GiayToId"), g.GiayToId)
		fn(at(p, "DuongDanTepTinKetQua"), g.DuongDanTepTinKetQua)
		fn(at(p, "MaGiayToKetQua"), g.MaGiayToKetQua)
	}
}

// scalarFields are the free-text scalar fields of a record, by the portal's
// names; scalarOf returns the i-th.
var scalarFields = [...]string{"MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ChuHoSo", "MaDoiTuong",
	"SoGiayToChuHoSo", "ThongTinKhac", "Email", "SoDienThoai", "TrichYeuHoSo", "ThongTinTra", "DonViXuLy"}

func scalarOf(r *Record, i int) *string {
	switch i {
	case 0:
		return &r.MaTTHC
	case 1:
		return &r.TenTTHC
	case 2:
		return &r.MaLinhVuc
	case 3:
		return &r.TenLinhVuc
	case 4:
		return &r.ChuHoSo
	case 5:
		return &r.MaDoiTuong
	case 6:
		return &r.SoGiayToChuHoSo
	case 7:
		return &r.ThongTinKhac
	case 8:
		return &r.Email
	case 9:
		return &r.SoDienThoai
	case 10:
		return &r.TrichYeuHoSo
	case 11:
		return &r.ThongTinTra
	}
	return &r.DonViXuLy
}

func at(p fieldName, field string) fieldName { p.field = field; return p }
