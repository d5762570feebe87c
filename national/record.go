package national

// The portal's record of a dossier and its parts, with the portal's field
// names as JSON keys. Every scalar is a string on the wire, as the provincial
// integrations send them ("1", "20250703091500"); dates are yyyyMMddHHmmss in
// UTC+7 and "" when there is none. An empty list is written [] and never
// null.
//
// Sources (secondary: the field list was reconstructed from open-source
// provincial integrations and the portal's index formulas, not read in a
// published specification). A field marked [confirmed] was found, with the
// same name, in at least one of these public integrations:
//   - OpenCPS (VietOpenCPS/opencps-v2, DVCQGIntegrationActionImpl): the
//     envelope, the dossier fields up to DonViXuLy, the four lists, the
//     step records sent as service CapNhatTienDoHoSoMC, dates formatted
//     yyyyMMddHHmmss in Asia/Ho_Chi_Minh;
//   - a provincial one-stop system on .NET (HuanVu201/DichVuCong_KhoaLuan_PASETO,
//     SyncLocalDataToDVCQG): every field below, including NgayNopHoSo,
//     NgayTuChoi, NoiNopHoSo, HoSoCoThanhPhanSoHoa,
//     TaiKhoanDuocXacThucVoiVNeID, DuocThanhToanTrucTuyen, DinhDanhCHS and
//     the TaiLieuNop flags DuocSoHoa, DuocTaiSuDung, DuocLayTuKhoDMQG,
//     MaKetQuaThayThe.
// Codes whose meaning only one source shows are marked [one source].

// ServiceRecords is the service name of the dossier envelope.
const ServiceRecords = "DongBoHoSoMC"

// ServiceSteps is the service name of the step (tiến trình) envelope
// [confirmed: OpenCPS].
const ServiceSteps = "CapNhatTienDoHoSoMC"

// Envelope is what a one-stop system posts to the portal to synchronise
// dossiers: {"service":"DongBoHoSoMC","isUpdating":false,"data":[…]}
// [confirmed]. IsUpdating is false for dossiers the portal has not seen and
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
	MaHoSo          string `json:"MaHoSo"`          // dossier code UNIT-YYMMDD-NNNN [confirmed]
	MaTTHC          string `json:"MaTTHC"`          // procedure code [confirmed]
	TenTTHC         string `json:"TenTTHC"`         // procedure name [confirmed]
	MaLinhVuc       string `json:"MaLinhVuc"`       // field code [confirmed]
	TenLinhVuc      string `json:"TenLinhVuc"`      // field name [confirmed]
	KenhThucHien    string `json:"KenhThucHien"`    // 1 in person, 2 online, 3 public postal service [confirmed name; 2 online: one source; 1, 3: the reconstruction]
	ChuHoSo         string `json:"ChuHoSo"`         // applicant's name [confirmed]
	LoaiDoiTuong    string `json:"LoaiDoiTuong"`    // kind of applicant, see [SubjectCoding] [confirmed name]
	MaDoiTuong      string `json:"MaDoiTuong"`      // the applicant's account on the portal [confirmed]
	SoGiayToChuHoSo string `json:"SoGiayToChuHoSo"` // personal identification number or tax code [confirmed]
	ThongTinKhac    string `json:"ThongTinKhac"`    // other information [confirmed]
	Email           string `json:"Email"`           // [confirmed]
	SoDienThoai     string `json:"SoDienThoai"`     // [confirmed]
	TrichYeuHoSo    string `json:"TrichYeuHoSo"`    // summary [confirmed]
	NgayNopHoSo     string `json:"NgayNopHoSo"`     // filed (online submission, or arrival at the desk) [confirmed]
	NgayTiepNhan    string `json:"NgayTiepNhan"`    // received [confirmed]
	NgayHenTra      string `json:"NgayHenTra"`      // appointment: the due instant in force [confirmed]
	TrangThaiHoSo   string `json:"TrangThaiHoSo"`   // national status 1–10 [confirmed]
	NgayKetThucXuLy string `json:"NgayKetThucXuLy"` // result made (status 9, 10) [confirmed]
	NgayTra         string `json:"NgayTra"`         // result returned (status 10) [confirmed]
	ThongTinTra     string `json:"ThongTinTra"`     // return information [confirmed]
	HinhThuc        string `json:"HinhThuc"`        // return: 0 at the desk, 1 by post [confirmed name; codes: OpenCPS]
	NgayTuChoi      string `json:"NgayTuChoi"`      // refused at intake (status 3) [confirmed]
	DonViXuLy       string `json:"DonViXuLy"`       // competent agency [confirmed]
	NoiNopHoSo      string `json:"NoiNopHoSo"`      // 1 filed on the national portal, 2 on the provincial system [confirmed name; codes one source]
	// HoSoCoThanhPhanSoHoa: "1" when at least one document is digitised
	// [confirmed].
	HoSoCoThanhPhanSoHoa string `json:"HoSoCoThanhPhanSoHoa"`
	// TaiKhoanDuocXacThucVoiVNeID: "1" when the applicant's account was
	// verified with VNeID, "0" otherwise [confirmed].
	TaiKhoanDuocXacThucVoiVNeID string `json:"TaiKhoanDuocXacThucVoiVNeID"`
	// DuocThanhToanTrucTuyen: how the fee was paid, see [Payment] [confirmed].
	DuocThanhToanTrucTuyen string `json:"DuocThanhToanTrucTuyen"`

	TaiLieuNop           []DocumentRecord   `json:"TaiLieuNop"`           // documents filed [confirmed]
	DanhSachLePhi        []FeeRecord        `json:"DanhSachLePhi"`        // fee lines [confirmed]
	DanhSachHoSoBoSung   []SupplementRecord `json:"DanhSachHoSoBoSung"`   // supplement requests [confirmed]
	DanhSachGiayToKetQua []ResultRecord     `json:"DanhSachGiayToKetQua"` // result documents [confirmed]
	DinhDanhCHS          []IdentityRecord   `json:"DinhDanhCHS"`          // applicant's identifiers [confirmed]
}

// DocumentRecord is one document filed (TaiLieuNop).
type DocumentRecord struct {
	TepDinhKemId      string `json:"TepDinhKemId"`      // file ID [confirmed]
	TenTepDinhKem     string `json:"TenTepDinhKem"`     // file or document name [confirmed]
	MaThanhPhanHoSo   string `json:"MaThanhPhanHoSo"`   // component code [confirmed]
	DuongDanTaiTepTin string `json:"DuongDanTaiTepTin"` // download link [confirmed]
	DuocSoHoa         string `json:"DuocSoHoa"`         // "1" digitised [confirmed]
	DuocTaiSuDung     string `json:"DuocTaiSuDung"`     // "1" reused, "0" not; "2" reused replacing a result [one source]
	DuocLayTuKhoDMQG  string `json:"DuocLayTuKhoDMQG"`  // "1" taken from the national data store [confirmed]
	MaKetQuaThayThe   string `json:"MaKetQuaThayThe"`   // code of the result that replaces the document [confirmed]
}

// FeeRecord is one fee or charge line (DanhSachLePhi) [confirmed]. Gia is
// the amount in VND, a decimal number; HinhThucThu and LoaiPhiLePhi are
// passed through as the vendor gives them (no coding was confirmed).
type FeeRecord struct {
	TenPhiLePhi  string `json:"TenPhiLePhi"`
	MaPhiLePhi   string `json:"MaPhiLePhi"`
	HinhThucThu  string `json:"HinhThucThu"`
	Gia          string `json:"Gia"`
	LoaiPhiLePhi string `json:"LoaiPhiLePhi"`
}

// SupplementRecord is one supplement request (DanhSachHoSoBoSung)
// [confirmed names]; the nested lists DanhSachGiayToBoSung and
// DanhSachLePhiBoSung that one source also shows are not written.
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

// ResultRecord is one result document (DanhSachGiayToKetQua) [confirmed].
type ResultRecord struct {
	TenGiayTo            string `json:"TenGiayTo"`
	MaThanhPhanHoSo      string `json:"MaThanhPhanHoSo"`
	GiayToId             string `json:"GiayToId"`
	DuongDanTepTinKetQua string `json:"DuongDanTepTinKetQua"`
	MaGiayToKetQua       string `json:"MaGiayToKetQua"`
}

// IdentityRecord is one identifier of the applicant (DinhDanhCHS)
// [confirmed]: LoaiDinhDanh "1" is the 12-digit personal identification
// number; "2" an older 9-digit identity card number [one source].
type IdentityRecord struct {
	LoaiDinhDanh string `json:"LoaiDinhDanh"`
	SoDinhDanh   string `json:"SoDinhDanh"`
}

// StepRecord is one processing step (tiến trình) of a dossier [confirmed
// names: both sources]: who handled it, when, what was done, the status
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
