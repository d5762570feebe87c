package national

// The portal's record of a dossier and its parts, with the portal's field
// names as JSON keys. Every scalar is a string on the wire, as the provincial
// integrations send them ("1", "20250703091500"); dates are yyyyMMddHHmmss in
// UTC+7 and "" when there is none. An empty list is written [] and never
// null.
//
// Sources. No primary source confirms any field: the portal's own
// specification was not available, and nothing below was read in it. The
// field list is secondary, reconstructed from two open-source provincial
// integrations and the portal's index formulas; each field is labelled by
// the integration that shows it with the same name:
//   - [OpenCPS]: VietOpenCPS/opencps-v2 (DVCQGIntegrationActionTerm and
//     DVCQGIntegrationActionImpl.createSyncDossierBodyRequest): the
//     envelope {service DongBoHoSoMC, isUpdating, data}, the scalar fields
//     it sends, the keys of the lists (written there as comments: the
//     lists are sent empty), the step record keys of service
//     CapNhatTienDoHoSoMC, and dates as yyyyMMddHHmmss in Asia/Ho_Chi_Minh;
//   - [.NET]: a provincial one-stop system on .NET
//     (HuanVu201/DichVuCong_KhoaLuan_PASETO, SyncLocalDataToDVCQG and its
//     models), read for the fields OpenCPS lacks — the applicant's
//     identifier, the filing date and place, the refusal date, the
//     digitised, VNeID and payment flags, the document flags and the
//     result code; it also names LoaiDinhDanh and SoDinhDanh as scalars,
//     and its step model says DonViXuLy and StatusId where OpenCPS says
//     PhongBanXuLy and TrangThai. The names were checked in its models
//     (DTOs and database columns), not in a captured request; a field its
//     models name differently (HoVaTen, TrangThaiHoSoId, HinhThucTra) is
//     not counted as shown there;
//   - [both]: the two show it.
// A code whose meaning only one of them shows says which.

// ServiceRecords is the service name of the dossier envelope.
const ServiceRecords = "DongBoHoSoMC"

// ServiceSteps is the service name of the step (tiến trình) envelope
// [OpenCPS].
const ServiceSteps = "CapNhatTienDoHoSoMC"

// Envelope is what a one-stop system posts to the portal to synchronise
// dossiers: {"service":"DongBoHoSoMC","isUpdating":false,"data":[…]}
// [OpenCPS]. IsUpdating is false for dossiers the portal has not seen and
// true for updates of dossiers it has (OpenCPS sends it as the strings
// "True"/"False" in one version; this package reads and writes a JSON bool).
type Envelope struct {
	Service    string   `json:"service"`
	IsUpdating bool     `json:"isUpdating"`
	Data       []Record `json:"data"`
}

// StepEnvelope carries step records: {"service":"CapNhatTienDoHoSoMC","data":[…]}.
type StepEnvelope struct {
	Service string       `json:"service"`
	Data    []StepRecord `json:"data"`
}

// Record is one dossier as the portal receives it (hồ sơ một cửa). It is a
// plain value of strings; [Exporter.Record] fills it from a dossier and
// [Import] reads it back, checking every field. The zero Record is not a
// valid record (Import names its missing fields). Records are comparable
// with reflect.DeepEqual; a Record holds slices, so copy them before
// changing a copy.
type Record struct {
	MaHoSo          string `json:"MaHoSo"`          // dossier code UNIT-YYMMDD-NNNN [both]
	MaTTHC          string `json:"MaTTHC"`          // procedure code [both]
	TenTTHC         string `json:"TenTTHC"`         // procedure name [both]
	MaLinhVuc       string `json:"MaLinhVuc"`       // field code [both]
	TenLinhVuc      string `json:"TenLinhVuc"`      // field name [both]
	KenhThucHien    string `json:"KenhThucHien"`    // 1 in person, 2 online, 3 public postal service [.NET]
	ChuHoSo         string `json:"ChuHoSo"`         // applicant's name [OpenCPS]
	LoaiDoiTuong    string `json:"LoaiDoiTuong"`    // kind of applicant, see [SubjectCoding] [both]
	MaDoiTuong      string `json:"MaDoiTuong"`      // the applicant's account on the portal [OpenCPS]
	SoGiayToChuHoSo string `json:"SoGiayToChuHoSo"` // personal identification number or tax code [.NET]
	ThongTinKhac    string `json:"ThongTinKhac"`    // other information [OpenCPS]
	Email           string `json:"Email"`           // [both]
	SoDienThoai     string `json:"SoDienThoai"`     // [both]
	TrichYeuHoSo    string `json:"TrichYeuHoSo"`    // summary [both]
	NgayNopHoSo     string `json:"NgayNopHoSo"`     // filed (online submission, or arrival at the desk) [.NET]
	NgayTiepNhan    string `json:"NgayTiepNhan"`    // received [both]
	NgayHenTra      string `json:"NgayHenTra"`      // appointment: the due instant in force [both]
	TrangThaiHoSo   string `json:"TrangThaiHoSo"`   // national status 1–10 [OpenCPS]
	NgayKetThucXuLy string `json:"NgayKetThucXuLy"` // result made (status 9, 10) [both]
	NgayTra         string `json:"NgayTra"`         // result returned (status 10) [both]
	ThongTinTra     string `json:"ThongTinTra"`     // return information [OpenCPS]
	HinhThuc        string `json:"HinhThuc"`        // return: 0 at the desk, 1 by post [OpenCPS]
	NgayTuChoi      string `json:"NgayTuChoi"`      // refused at intake (status 3) [.NET]
	DonViXuLy       string `json:"DonViXuLy"`       // competent agency [both]
	NoiNopHoSo      string `json:"NoiNopHoSo"`      // 1 filed on the national portal, 2 on the provincial system [.NET]
	// HoSoCoThanhPhanSoHoa: "1" when at least one document is digitised
	// [.NET].
	HoSoCoThanhPhanSoHoa string `json:"HoSoCoThanhPhanSoHoa"`
	// TaiKhoanDuocXacThucVoiVNeID: "1" when the applicant's account was
	// verified with VNeID, "0" otherwise [.NET].
	TaiKhoanDuocXacThucVoiVNeID string `json:"TaiKhoanDuocXacThucVoiVNeID"`
	// DuocThanhToanTrucTuyen: how the fee was paid, see [Payment] [.NET].
	DuocThanhToanTrucTuyen string `json:"DuocThanhToanTrucTuyen"`

	TaiLieuNop           []DocumentRecord   `json:"TaiLieuNop"`           // documents filed [both]
	DanhSachLePhi        []FeeRecord        `json:"DanhSachLePhi"`        // fee lines [both: the keys]
	DanhSachHoSoBoSung   []SupplementRecord `json:"DanhSachHoSoBoSung"`   // supplement requests [OpenCPS]
	DanhSachGiayToKetQua []ResultRecord     `json:"DanhSachGiayToKetQua"` // result documents [both]
	DinhDanhCHS          []IdentityRecord   `json:"DinhDanhCHS"`          // applicant's identifiers [.NET, as the earlier reading found it; its models also name LoaiDinhDanh, SoDinhDanh as scalars]
}

// DocumentRecord is one document filed (TaiLieuNop).
type DocumentRecord struct {
	TepDinhKemId      string `json:"TepDinhKemId"`      // file ID [both]
	TenTepDinhKem     string `json:"TenTepDinhKem"`     // file or document name [both]
	MaThanhPhanHoSo   string `json:"MaThanhPhanHoSo"`   // component code [OpenCPS]
	DuongDanTaiTepTin string `json:"DuongDanTaiTepTin"` // download link [both]
	DuocSoHoa         string `json:"DuocSoHoa"`         // "1" digitised [.NET]
	DuocTaiSuDung     string `json:"DuocTaiSuDung"`     // "1" reused, "0" not; "2" reused replacing a result [.NET]
	DuocLayTuKhoDMQG  string `json:"DuocLayTuKhoDMQG"`  // "1" taken from the national data store [.NET]
	MaKetQuaThayThe   string `json:"MaKetQuaThayThe"`   // code of the result that replaces the document [.NET]
}

// FeeRecord is one fee or charge line (DanhSachLePhi) [both: the keys]. Gia is
// the amount in VND, a decimal number; HinhThucThu and LoaiPhiLePhi are
// passed through as the vendor gives them (no source shows a coding).
type FeeRecord struct {
	TenPhiLePhi  string `json:"TenPhiLePhi"`
	MaPhiLePhi   string `json:"MaPhiLePhi"`
	HinhThucThu  string `json:"HinhThucThu"`
	Gia          string `json:"Gia"`
	LoaiPhiLePhi string `json:"LoaiPhiLePhi"`
}

// SupplementRecord is one supplement request (DanhSachHoSoBoSung)
// [OpenCPS: every key below]; the nested lists DanhSachGiayToBoSung and
// DanhSachLePhiBoSung that OpenCPS also names are not written.
type SupplementRecord struct {
	HoSoBoSungId        string `json:"HoSoBoSungId"`        // 1, 2, … in order
	NguoiYeuCauBoSung   string `json:"NguoiYeuCauBoSung"`   // who asked
	NoiDungBoSung       string `json:"NoiDungBoSung"`       // what to add (form 02)
	NgayBoSung          string `json:"NgayBoSung"`          // when asked
	NguoiTiepNhanBoSung string `json:"NguoiTiepNhanBoSung"` // who received the supplement
	NgayTiepNhanBoSung  string `json:"NgayTiepNhanBoSung"`  // when it came back, "" while pending
	TrangThaiBoSung     string `json:"TrangThaiBoSung"`     // "1" received, "0" pending
	NgayHenTraTruoc     string `json:"NgayHenTraTruoc"`     // appointment before the request
	NgayHenTraMoi       string `json:"NgayHenTraMoi"`       // appointment after the supplement, "" while pending
}

// ResultRecord is one result document (DanhSachGiayToKetQua) [both;
// MaGiayToKetQua: .NET].
type ResultRecord struct {
	TenGiayTo            string `json:"TenGiayTo"`
	MaThanhPhanHoSo      string `json:"MaThanhPhanHoSo"`
	GiayToId             string `json:"GiayToId"`
	DuongDanTepTinKetQua string `json:"DuongDanTepTinKetQua"`
	MaGiayToKetQua       string `json:"MaGiayToKetQua"`
}

// IdentityRecord is one identifier of the applicant (DinhDanhCHS)
// [.NET]: LoaiDinhDanh "1" is the 12-digit personal identification
// number; "2" an older 9-digit identity card number (.NET: "2" when the
// number has 9 digits).
type IdentityRecord struct {
	LoaiDinhDanh string `json:"LoaiDinhDanh"`
	SoDinhDanh   string `json:"SoDinhDanh"`
}

// StepRecord is one processing step (tiến trình) of a dossier [OpenCPS:
// every key; .NET: the same but DonViXuLy for PhongBanXuLy and StatusId for
// TrangThai]: who handled it, when, what was done, the status
// after it, when the step began and its legal deadline.
type StepRecord struct {
	MaHoSo                 string `json:"MaHoSo"`
	NguoiXuLy              string `json:"NguoiXuLy"`
	ChucDanh               string `json:"ChucDanh"`
	ThoiDiemXuLy           string `json:"ThoiDiemXuLy"`
	PhongBanXuLy           string `json:"PhongBanXuLy"`
	NoiDungXuLy            string `json:"NoiDungXuLy"`
	TrangThai              string `json:"TrangThai"`
	NgayBatDau             string `json:"NgayBatDau"`
	NgayKetThucTheoQuyDinh string `json:"NgayKetThucTheoQuyDinh"`
}
