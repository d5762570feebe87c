package national

import (
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/shopspring/decimal"
)

// Extras is what the portal asks for that the dossier does not hold —
// portal-side data: the code of a dossier refused or not yet received,
// the field code, the account, the officers' titles, the portal's file and
// result identifiers and its codes for fee lines. The vendor supplies it
// beside the dossier, and [Import] returns it beside the header. Each field
// says which record field it fills and its default when left empty. The
// zero Extras is valid: the record is then built from the dossier alone.
//
// The dossier now holds the facts it once lacked (dossier.Filed's
// component, link, reuse, replaced result and data-store origin; the
// header's VNeIDVerified, FiledOnPortal and ReturnByPost; the fees paid
// with dossier.Dossier.PayFee; the result documents of
// dossier.Dossier.DecideWithResults), and the export reads them there.
// The fields of Extras that carry the same facts are kept for callers
// that still set them: a flag is set when either the dossier or Extras
// sets it; Payment, when not PaymentNone, and the lists Documents, Fees
// and Results, when not nil, replace what the dossier says (they carry
// the portal's identifiers and codes the dossier does not hold). [Import]
// returns these facts in the header and [Facts], not here; it sets
// Documents only for documents that carry a file ID.
//
// Legal sources of the facts: digitising paper documents at receipt and
// reusing digitised data (Decree 107/2021/NĐ-CP amending Decree 61/2018;
// Decree 118/2025/NĐ-CP Art. 17(1)(c)); electronic results and the personal
// data warehouse (kho quản lý dữ liệu điện tử) of Decree 45/2020/NĐ-CP
// Arts. 14 and 16 (Art. 16 as amended by Decree 118/2025 Art. 40(8));
// electronic results under Decree 118/2025 Art. 22; online payment and the
// fully online dossier of Decree 42/2022/NĐ-CP; accounts verified with the
// national electronic identification (VNeID, Decree 69/2024/NĐ-CP).
type Extras struct {
	// Code is the dossier code for a dossier that has none — refused at
	// intake, or filed online and not yet received — written as MaHoSo. It
	// must have the shape UNIT-YYMMDD-NNNN with the dossier's receiving
	// unit. A dossier with a code ignores it.
	Code dossier.Code
	// FieldCode is MaLinhVuc, the code of the procedure's field in the
	// national database (the dossier keeps only the field's name).
	FieldCode string
	// AgencyName is DonViXuLy; default (also for blank text): the header's
	// agency code.
	AgencyName string
	// Summary is TrichYeuHoSo; default: the procedure's name.
	Summary string
	// OtherInfo is ThongTinKhac.
	OtherInfo string
	// Account is MaDoiTuong, the applicant's account on the portal.
	Account string
	// SubjectCode is LoaiDoiTuong when the default of the coding is not
	// right (e.g. "3", a state agency, under the 1–4 coding); it must agree
	// with the applicant's kind.
	SubjectCode string
	// VNeIDVerified is TaiKhoanDuocXacThucVoiVNeID: the applicant's account
	// was verified with VNeID; also set by the header's VNeIDVerified.
	VNeIDVerified bool
	// Payment is DuocThanhToanTrucTuyen; default: how the dossier's last
	// fee payment was made (dossier.EventFeePaid), else PaymentNone.
	Payment Payment
	// ReturnByPost is HinhThuc 1: the result goes back by post; also set
	// by the header's ReturnByPost.
	ReturnByPost bool
	// ReturnInfo is ThongTinTra.
	ReturnInfo string
	// FiledOnPortal is NoiNopHoSo 1: filed on the national portal rather
	// than on the provincial system (2); also set by the header's
	// FiledOnPortal.
	FiledOnPortal bool
	// Documents are TaiLieuNop; default: one per document of the header,
	// with its name, component, link, and digitised, reused, replaced
	// result and data-store flags as the header says (no file ID).
	Documents []Document
	// Fees are DanhSachLePhi; default: the lines of the dossier's fee
	// payments (dossier.EventFeePaid), in order, with their name, code and
	// amount; HinhThucThu and LoaiPhiLePhi are then empty (the portal's
	// codes for them were not confirmed).
	Fees []FeeLine
	// Results are DanhSachGiayToKetQua; default: the result documents of
	// the dossier's result (dossier.EventProcessed), with their name, code
	// and link.
	Results []ResultDocument
	// Identities are DinhDanhCHS; default: an individual's personal
	// identification number (LoaiDinhDanh 1); none for an organisation (no
	// code for a tax code was confirmed).
	Identities []IdentityRecord
	// Officers give the title (ChucDanh) and department (PhongBanXuLy) of
	// the step records, by the actor named in the dossier's events.
	Officers map[string]Officer
}

// Document is one document filed, as the portal sees it.
type Document struct {
	ID        string // TepDinhKemId
	Name      string // TenTepDinhKem
	Component string // MaThanhPhanHoSo
	Link      string // DuongDanTaiTepTin
	// Digitised: a paper document copied to electronic form at receipt
	// (Decree 118/2025/NĐ-CP Art. 17(1)(c); Decree 107/2021/NĐ-CP).
	Digitised bool
	// Reused: an electronic document or result already held, used again
	// instead of asking for the paper (Decree 107/2021/NĐ-CP).
	Reused bool
	// FromDataStore: taken from the applicant's data warehouse on the
	// national portal (Decree 45/2020/NĐ-CP Art. 16).
	FromDataStore bool
	// ReplacedBy is MaKetQuaThayThe, the code of the electronic result that
	// stands in for the document.
	ReplacedBy string
}

// FeeLine is one fee or charge of the dossier.
type FeeLine struct {
	Name       string          // TenPhiLePhi
	Code       string          // MaPhiLePhi
	Collection string          // HinhThucThu, as the vendor codes it
	Amount     decimal.Decimal // Gia, VND, 0 to 10^15, at most 4 decimals
	Kind       string          // LoaiPhiLePhi, as the vendor codes it
}

// ResultDocument is one result document with its code and link
// (electronic results: Decree 45/2020/NĐ-CP Art. 14; Decree 118/2025/NĐ-CP
// Art. 22).
type ResultDocument struct {
	Name      string // TenGiayTo
	Component string // MaThanhPhanHoSo
	ID        string // GiayToId
	Link      string // DuongDanTepTinKetQua
	Code      string // MaGiayToKetQua
}

// Officer is the title and department of an official who acts on a
// dossier.
type Officer struct {
	Title      string // ChucDanh
	Department string // PhongBanXuLy
}

// Facts are what a record says happened to a dossier, read from its
// event log on export and from the record on import. Times are instants
// (second precision on the wire); zero means "not yet" or "none". The zero
// Facts has no code and no status: [Compose] refuses it.
type Facts struct {
	Code   dossier.Code
	Status dossier.Status
	// Filed is NgayNopHoSo: the online submission, or the arrival at the
	// desk (the receipt or the refusal).
	Filed    time.Time
	Received time.Time // NgayTiepNhan
	// Due is NgayHenTra: the due instant in force (after a re-appointment,
	// the new date at the same hour).
	Due      time.Time
	Finished time.Time // NgayKetThucXuLy: the result was made
	Returned time.Time // NgayTra
	Refused  time.Time // NgayTuChoi: refused at intake
	// Supplements are the supplement requests, in order.
	Supplements []Supplement
	// Payment is how the last fee payment of the log was made
	// (dossier.EventFeePaid); PaymentNone when none. [Import] returns the
	// record's DuocThanhToanTrucTuyen here.
	Payment Payment
	// Fees are the fee lines of the log's payments, in order; [Import]
	// returns the record's DanhSachLePhi here.
	Fees []FeeLine
	// Results are the result documents of the log's result; [Import]
	// returns the record's DanhSachGiayToKetQua here.
	Results []ResultDocument
}

// Supplement is one supplement request and its answer.
type Supplement struct {
	RequestedBy string    // NguoiYeuCauBoSung
	Content     string    // NoiDungBoSung
	Requested   time.Time // NgayBoSung
	ReceivedBy  string    // NguoiTiepNhanBoSung
	Received    time.Time // NgayTiepNhanBoSung; zero while pending
	DueBefore   time.Time // NgayHenTraTruoc
	DueAfter    time.Time // NgayHenTraMoi; zero while pending
}

// Imported is a record read back: the dossier's header, its facts and the
// portal's extras. The header holds the applicant, the channel, the
// VNeID, portal and post flags and the documents filed (each as one copy:
// the portal lists files, not paper counts); Header.Level is unknown and
// Header.Route nil: the record does not carry them. Header.Agency is
// DonViXuLy, which may be the agency's name rather than its code.
type Imported struct {
	Header dossier.Header
	Facts  Facts
	Extras Extras
}
