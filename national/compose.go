package national

import (
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
)

// Options configure export and import. A nil *Options means the defaults.
type Options struct {
	// Subjects is the coding of LoaiDoiTuong; the zero value is the
	// default, [SubjectsOneToFour].
	Subjects SubjectCoding
}

func (o *Options) subjects() SubjectCoding {
	if o == nil {
		return SubjectsOneToFour
	}
	return o.Subjects
}

// Compose writes the record of a dossier from its header, its facts and the
// extras (nil: none). It is the second half of [Exporter.Record] and the
// inverse of [Import]: for a record r that Import accepts,
// Compose(Import(r)) is r again when r was written by this package.
//
// Compose refuses, with an *[ExportError], facts without a dossier code or
// a valid status, a dossier filed on the portal (Extras.FiledOnPortal) whose
// channel is not online, and text or lists over the limits of the package.
func Compose(h dossier.Header, f Facts, x *Extras, opts *Options) (Record, error) {
	if x == nil {
		x = &noExtras
	}
	code := string(f.Code)
	if code == "" {
		return Record{}, &ExportError{Err: ErrNotExportable, Detail: "no dossier code (give Extras.Code for a dossier refused or not yet received)"}
	}
	status, err := StatusCode(f.Status)
	if err != nil {
		return Record{}, &ExportError{Dossier: code, Err: ErrNotExportable, Detail: "no status (the dossier was neither submitted nor received)"}
	}
	coding := opts.subjects()
	if !coding.IsValid() {
		return Record{}, &ExportError{Dossier: code, Err: ErrNotExportable, Detail: "unknown LoaiDoiTuong coding " + coding.String()}
	}
	// The dates share one allocation.
	var stamps [6]string
	{
		var buf [6 * len(stampLayout)]byte
		b := buf[:0]
		var ends [6]int
		for i, t := range [...]time.Time{f.Filed, f.Received, f.Due, f.Finished, f.Returned, f.Refused} {
			if !t.IsZero() {
				b = appendStamp(b, t)
			}
			ends[i] = len(b)
		}
		all, start := string(b), 0
		for i, end := range ends {
			stamps[i], start = all[start:end], end
		}
	}
	r := Record{
		MaHoSo:                      code,
		MaTTHC:                      h.Procedure.Code,
		TenTTHC:                     h.Procedure.Name,
		MaLinhVuc:                   x.FieldCode,
		TenLinhVuc:                  h.Procedure.Field,
		KenhThucHien:                channelCode(h.Channel),
		ChuHoSo:                     h.Applicant.Name,
		LoaiDoiTuong:                x.SubjectCode,
		MaDoiTuong:                  x.Account,
		SoGiayToChuHoSo:             h.Applicant.ID,
		ThongTinKhac:                x.OtherInfo,
		Email:                       h.Applicant.Email,
		SoDienThoai:                 h.Applicant.Phone,
		TrichYeuHoSo:                x.Summary,
		NgayNopHoSo:                 stamps[0],
		NgayTiepNhan:                stamps[1],
		NgayHenTra:                  stamps[2],
		TrangThaiHoSo:               status,
		NgayKetThucXuLy:             stamps[3],
		NgayTra:                     stamps[4],
		ThongTinTra:                 x.ReturnInfo,
		HinhThuc:                    flag(x.ReturnByPost || h.ReturnByPost),
		NgayTuChoi:                  stamps[5],
		DonViXuLy:                   x.AgencyName,
		NoiNopHoSo:                  "2",
		HoSoCoThanhPhanSoHoa:        "0",
		TaiKhoanDuocXacThucVoiVNeID: flag(x.VNeIDVerified || h.VNeIDVerified),
		DuocThanhToanTrucTuyen:      x.Payment.Code(),
	}
	payment, fees, results := x.Payment, x.Fees, x.Results
	if payment == PaymentNone {
		payment = f.Payment
		r.DuocThanhToanTrucTuyen = payment.Code()
	}
	if fees == nil {
		fees = f.Fees
	}
	if results == nil {
		results = f.Results
	}
	if r.LoaiDoiTuong == "" {
		r.LoaiDoiTuong = coding.code(h.Applicant.Kind)
	}
	if r.TrichYeuHoSo == "" {
		r.TrichYeuHoSo = h.Procedure.Name
	}
	if strings.TrimSpace(r.DonViXuLy) == "" {
		r.DonViXuLy = h.Agency
	}
	if x.FiledOnPortal || h.FiledOnPortal {
		if !h.Channel.IsOnline() {
			return Record{}, &ExportError{Dossier: code, Err: ErrNotExportable, Detail: "Extras.FiledOnPortal: only an online dossier is filed on the national portal"}
		}
		r.NoiNopHoSo = "1"
	}
	if r.DuocThanhToanTrucTuyen == "" {
		return Record{}, &ExportError{Dossier: code, Err: ErrNotExportable, Detail: "unknown payment " + payment.String()}
	}

	if x.Documents != nil {
		r.TaiLieuNop = make([]DocumentRecord, len(x.Documents))
		for i, d := range x.Documents {
			r.TaiLieuNop[i] = DocumentRecord{
				TepDinhKemId: d.ID, TenTepDinhKem: d.Name, MaThanhPhanHoSo: d.Component, DuongDanTaiTepTin: d.Link,
				DuocSoHoa: flag(d.Digitised), DuocTaiSuDung: flag(d.Reused), DuocLayTuKhoDMQG: flag(d.FromDataStore),
				MaKetQuaThayThe: d.ReplacedBy,
			}
		}
	} else {
		r.TaiLieuNop = make([]DocumentRecord, len(h.Filed))
		for i, d := range h.Filed {
			r.TaiLieuNop[i] = DocumentRecord{
				TenTepDinhKem: d.Name, MaThanhPhanHoSo: d.Component, DuongDanTaiTepTin: d.Link,
				DuocSoHoa: flag(d.Digitised), DuocTaiSuDung: flag(d.Reused), DuocLayTuKhoDMQG: flag(d.FromDataStore),
				MaKetQuaThayThe: d.Replaces,
			}
		}
	}
	for _, d := range r.TaiLieuNop {
		if d.DuocSoHoa == "1" {
			r.HoSoCoThanhPhanSoHoa = "1"
			break
		}
	}
	r.DanhSachLePhi = make([]FeeRecord, len(fees))
	for i, l := range fees {
		if l.Amount.IsNegative() || l.Amount.GreaterThan(maxAmount) || l.Amount.Exponent() < -4 {
			return Record{}, &ExportError{Dossier: code, Err: ErrNotExportable, Detail: "fee line " + strconv.Itoa(i) + ": want 0 to 10^15 đồng, at most 4 decimals"}
		}
		r.DanhSachLePhi[i] = FeeRecord{TenPhiLePhi: l.Name, MaPhiLePhi: l.Code, HinhThucThu: l.Collection, Gia: l.Amount.String(), LoaiPhiLePhi: l.Kind}
	}
	r.DanhSachHoSoBoSung = make([]SupplementRecord, len(f.Supplements))
	for i, s := range f.Supplements {
		state := "0"
		if !s.Received.IsZero() {
			state = "1"
		}
		r.DanhSachHoSoBoSung[i] = SupplementRecord{
			HoSoBoSungId: strconv.Itoa(i + 1), NguoiYeuCauBoSung: s.RequestedBy, NoiDungBoSung: s.Content,
			NgayBoSung: Stamp(s.Requested), NguoiTiepNhanBoSung: s.ReceivedBy, NgayTiepNhanBoSung: Stamp(s.Received),
			TrangThaiBoSung: state, NgayHenTraTruoc: Stamp(s.DueBefore), NgayHenTraMoi: Stamp(s.DueAfter),
		}
	}
	r.DanhSachGiayToKetQua = make([]ResultRecord, len(results))
	for i, g := range results {
		r.DanhSachGiayToKetQua[i] = ResultRecord{TenGiayTo: g.Name, MaThanhPhanHoSo: g.Component, GiayToId: g.ID, DuongDanTepTinKetQua: g.Link, MaGiayToKetQua: g.Code}
	}
	switch {
	case x.Identities != nil:
		r.DinhDanhCHS = append(make([]IdentityRecord, 0, len(x.Identities)), x.Identities...)
	case h.Applicant.Kind == dossier.ApplicantIndividual:
		r.DinhDanhCHS = []IdentityRecord{{LoaiDinhDanh: "1", SoDinhDanh: h.Applicant.ID}}
	default:
		r.DinhDanhCHS = []IdentityRecord{}
	}
	if err := checkSizes(&r); err != nil {
		err.Dossier = code
		return Record{}, err
	}
	return r, nil
}

var noExtras Extras

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// checkSizes refuses a record whose lists or texts are over the limits.
func checkSizes(r *Record) *ExportError {
	for _, n := range [...]int{len(r.TaiLieuNop), len(r.DanhSachLePhi), len(r.DanhSachHoSoBoSung), len(r.DanhSachGiayToKetQua), len(r.DinhDanhCHS)} {
		if n > MaxItems {
			return &ExportError{Err: ErrTooLarge, Detail: "a list has " + strconv.Itoa(n) + " items, the limit is " + strconv.Itoa(MaxItems)}
		}
	}
	var long fieldName
	found := false
	eachText(r, func(name fieldName, v string) {
		if !found && len(v) > MaxText {
			long, found = name, true
		}
	})
	if found {
		return &ExportError{Err: ErrTooLarge, Detail: long.String() + " is longer than " + strconv.Itoa(MaxText) + " bytes"}
	}
	return nil
}
