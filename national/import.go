package national

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Import reads a record back as a dossier header, its facts and the
// portal's extras, checking every field. The dossier's facts go where the
// dossier keeps them: the header's VNeIDVerified (TaiKhoanDuocXacThucVoiVNeID),
// FiledOnPortal (NoiNopHoSo 1), ReturnByPost (HinhThuc 1) and Filed (one
// document per TaiLieuNop, with its component, link, digitised, reused,
// replaced-result and data-store facts; the record lists files, not paper
// counts, so each is read as one copy), and the [Facts]' Payment, Fees and
// Results. Extras holds only what the portal side knows: the field code,
// the summary, the account, the return information, a LoaiDoiTuong other
// than the coding's default and, when a document carries a file ID
// (TepDinhKemId) or a replaced-result code without reuse, which the header
// cannot hold, the documents as the record lists them.
//
// A record that is not right is
// refused with a *[RecordError] listing each field that is missing, malformed,
// over a limit or contradicts others — an appointment before the receipt, a
// return date without status 10 or status 10 without one, a dossier code
// whose date is not the receipt's, a digitised flag no document bears — each
// a *[FieldError] naming the field; nothing is returned then.
//
// Import is the inverse of [Compose]: Compose(Import(r)) is r for every
// record this package writes; and a dossier opened with the header and
// brought through the facts exports r again.
func Import(r Record, opts *Options) (Imported, error) {
	in := importer{r: &r, coding: opts.subjects()}
	out := in.run()
	if len(in.p.list) > 0 {
		return Imported{}, &RecordError{Record: clipQuote(r.MaHoSo), Index: -1, Problems: in.p.list}
	}
	return out, nil
}

type importer struct {
	r      *Record
	coding SubjectCoding
	p      problems
}

// sc names a scalar field.
func sc(field string) fieldName { return fieldName{field: field} }

func (in *importer) missing(field fieldName, detail string) {
	in.p.add(field.String(), "", ErrMissing, detail)
}

func (in *importer) bad(field fieldName, value, detail string) {
	in.p.add(field.String(), value, ErrMalformed, detail)
}

func (in *importer) contra(field fieldName, value, detail string) {
	in.p.add(field.String(), value, ErrContradiction, detail)
}

// required reports whether v is set, and names the field missing otherwise.
func (in *importer) required(field fieldName, v string) bool {
	if v == "" {
		in.missing(field, "required")
		return false
	}
	return true
}

// stamp reads a date field.
func (in *importer) stamp(field fieldName, v string) time.Time {
	if v == "" {
		return time.Time{}
	}
	t, err := ParseStamp("", v)
	if err != nil {
		fe := err.(*FieldError)
		fe.Field = field.String()
		in.p.list = append(in.p.list, fe)
	}
	return t
}

// flag reads a "0"/"1" field.
func (in *importer) flag(field fieldName, v string) bool {
	switch v {
	case "1":
		return true
	case "0":
		return false
	case "":
		in.missing(field, "want 0 or 1")
	default:
		in.bad(field, v, "want 0 or 1")
	}
	return false
}

func (in *importer) run() Imported {
	r := in.r
	var out Imported
	h, f, x := &out.Header, &out.Facts, &out.Extras

	// Sizes and text first: nothing else is read from text over the limits.
	for _, l := range [...]struct {
		name string
		n    int
	}{{"TaiLieuNop", len(r.TaiLieuNop)}, {"DanhSachLePhi", len(r.DanhSachLePhi)}, {"DanhSachHoSoBoSung", len(r.DanhSachHoSoBoSung)},
		{"DanhSachGiayToKetQua", len(r.DanhSachGiayToKetQua)}, {"DinhDanhCHS", len(r.DinhDanhCHS)}} {
		if l.n > MaxItems {
			in.p.add(l.name, "", ErrTooLarge, "more than 500 items")
		}
	}
	if len(in.p.list) > 0 {
		return out
	}
	eachText(r, func(name fieldName, v string) {
		switch {
		case len(v) > MaxText:
			in.p.add(name.String(), v, ErrTooLarge, "longer than 4000 bytes")
		case !utf8.ValidString(v):
			in.p.add(name.String(), v, ErrMalformed, "not UTF-8")
		}
	})
	for _, c := range [...]struct{ name, v string }{{"MaHoSo", r.MaHoSo}, {"KenhThucHien", r.KenhThucHien}, {"LoaiDoiTuong", r.LoaiDoiTuong},
		{"TrangThaiHoSo", r.TrangThaiHoSo}, {"HinhThuc", r.HinhThuc}, {"NoiNopHoSo", r.NoiNopHoSo}, {"HoSoCoThanhPhanSoHoa", r.HoSoCoThanhPhanSoHoa},
		{"TaiKhoanDuocXacThucVoiVNeID", r.TaiKhoanDuocXacThucVoiVNeID}, {"DuocThanhToanTrucTuyen", r.DuocThanhToanTrucTuyen}} {
		if len(c.v) > MaxText || !utf8.ValidString(c.v) {
			in.p.add(c.name, c.v, ErrMalformed, "not a code")
		}
	}
	if len(in.p.list) > 0 {
		return out
	}

	// The dossier code, the procedure and the applicant.
	var codeDay date.Date
	var unit string
	if in.required(sc("MaHoSo"), r.MaHoSo) {
		u, d, _, err := dossier.ParseCode(r.MaHoSo)
		if err != nil {
			in.p.addCause("MaHoSo", r.MaHoSo, ErrMalformed, "want UNIT-YYMMDD-NNNN", err)
		}
		unit, codeDay = u, d
	}
	if in.required(sc("MaTTHC"), r.MaTTHC) && !procedure.ValidCode(r.MaTTHC) {
		in.bad(sc("MaTTHC"), r.MaTTHC, "not a procedure code")
	}
	in.required(sc("TenTTHC"), strings.TrimSpace(r.TenTTHC))
	var channel procedure.Channel
	if in.required(sc("KenhThucHien"), r.KenhThucHien) {
		var ok bool
		if channel, ok = channelFromCode(r.KenhThucHien); !ok {
			in.bad(sc("KenhThucHien"), r.KenhThucHien, "want 1 (in person), 2 (online) or 3 (postal)")
		}
	}
	nameOK := in.required(sc("ChuHoSo"), strings.TrimSpace(r.ChuHoSo))
	var kind dossier.ApplicantKind
	if in.required(sc("LoaiDoiTuong"), r.LoaiDoiTuong) {
		var ok bool
		if kind, ok = in.coding.kind(r.LoaiDoiTuong); !ok {
			in.bad(sc("LoaiDoiTuong"), r.LoaiDoiTuong, "not a code of the "+in.coding.String()+" coding")
		}
	}
	applicant := dossier.Applicant{Kind: kind, Name: r.ChuHoSo, ID: r.SoGiayToChuHoSo, Phone: r.SoDienThoai, Email: r.Email}
	if in.required(sc("SoGiayToChuHoSo"), r.SoGiayToChuHoSo) && nameOK && kind != dossier.ApplicantUnknown {
		if err := applicant.Validate(); err != nil {
			in.p.addCause("SoGiayToChuHoSo", r.SoGiayToChuHoSo, ErrMalformed, "not the identifier of a "+kindName(kind), err)
		}
	}
	if r.Email != "" && (strings.Count(r.Email, "@") != 1 || strings.ContainsAny(r.Email, " \t\r\n") || r.Email[0] == '@' || r.Email[len(r.Email)-1] == '@') {
		in.bad(sc("Email"), r.Email, "not an e-mail address")
	}
	if r.SoDienThoai != "" && !phone(r.SoDienThoai) {
		in.bad(sc("SoDienThoai"), r.SoDienThoai, "want digits, spaces, '.', '-' or a leading '+', at most 20")
	}
	in.required(sc("DonViXuLy"), strings.TrimSpace(r.DonViXuLy))

	// Status and dates.
	status := dossier.StatusUnknown
	if in.required(sc("TrangThaiHoSo"), r.TrangThaiHoSo) {
		if s, err := StatusFromCode(r.TrangThaiHoSo); err != nil {
			in.p.list = append(in.p.list, err.(*FieldError))
		} else {
			status = s
		}
	}
	in.required(sc("NgayNopHoSo"), r.NgayNopHoSo)
	f.Filed = in.stamp(sc("NgayNopHoSo"), r.NgayNopHoSo)
	f.Received = in.stamp(sc("NgayTiepNhan"), r.NgayTiepNhan)
	f.Due = in.stamp(sc("NgayHenTra"), r.NgayHenTra)
	f.Finished = in.stamp(sc("NgayKetThucXuLy"), r.NgayKetThucXuLy)
	f.Returned = in.stamp(sc("NgayTra"), r.NgayTra)
	f.Refused = in.stamp(sc("NgayTuChoi"), r.NgayTuChoi)

	// The flags.
	returnByPost := in.flag(sc("HinhThuc"), r.HinhThuc)
	filedOnPortal := false
	switch r.NoiNopHoSo {
	case "1":
		filedOnPortal = true
		if channel != procedure.ChannelUnknown && !channel.IsOnline() {
			in.contra(sc("NoiNopHoSo"), r.NoiNopHoSo, "filed on the national portal, but KenhThucHien is not 2 (online)")
		}
	case "2":
	case "":
		in.missing(sc("NoiNopHoSo"), "want 1 (national portal) or 2 (provincial system)")
	default:
		in.bad(sc("NoiNopHoSo"), r.NoiNopHoSo, "want 1 (national portal) or 2 (provincial system)")
	}
	digitised := in.flag(sc("HoSoCoThanhPhanSoHoa"), r.HoSoCoThanhPhanSoHoa)
	vneid := in.flag(sc("TaiKhoanDuocXacThucVoiVNeID"), r.TaiKhoanDuocXacThucVoiVNeID)
	if in.required(sc("DuocThanhToanTrucTuyen"), r.DuocThanhToanTrucTuyen) {
		if err := f.Payment.UnmarshalText([]byte(r.DuocThanhToanTrucTuyen)); err != nil {
			in.bad(sc("DuocThanhToanTrucTuyen"), r.DuocThanhToanTrucTuyen, "want 0 (none), 1 (portal), 2 (local gateway) or 3 (offline)")
		}
	}

	// The lists.
	docs := make([]Document, len(r.TaiLieuNop))
	docsPortal := false // a document carries what the header cannot hold
	anyDigitised := false
	for i, d := range r.TaiLieuNop {
		p := fieldName{list: "TaiLieuNop", index: i}
		in.required(at(p, "TenTepDinhKem"), strings.TrimSpace(d.TenTepDinhKem))
		doc := Document{ID: d.TepDinhKemId, Name: d.TenTepDinhKem, Component: d.MaThanhPhanHoSo, Link: d.DuongDanTaiTepTin, ReplacedBy: d.MaKetQuaThayThe}
		doc.Digitised = in.flag(at(p, "DuocSoHoa"), d.DuocSoHoa)
		doc.FromDataStore = in.flag(at(p, "DuocLayTuKhoDMQG"), d.DuocLayTuKhoDMQG)
		switch d.DuocTaiSuDung {
		case "0":
		case "1":
			doc.Reused = true
		case "2":
			doc.Reused = true
			if d.MaKetQuaThayThe == "" {
				in.contra(at(p, "DuocTaiSuDung"), d.DuocTaiSuDung, "2 (reused, replacing a result) needs MaKetQuaThayThe")
			}
		case "":
			in.missing(at(p, "DuocTaiSuDung"), "want 0, 1 or 2")
		default:
			in.bad(at(p, "DuocTaiSuDung"), d.DuocTaiSuDung, "want 0, 1 or 2")
		}
		anyDigitised = anyDigitised || doc.Digitised
		docsPortal = docsPortal || doc.ID != "" || (doc.ReplacedBy != "" && !doc.Reused)
		docs[i] = doc
	}
	if r.HoSoCoThanhPhanSoHoa != "" && digitised != anyDigitised {
		in.contra(sc("HoSoCoThanhPhanSoHoa"), r.HoSoCoThanhPhanSoHoa, "says the opposite of the documents' DuocSoHoa")
	}
	f.Fees = make([]FeeLine, len(r.DanhSachLePhi))
	total := decimal.Zero
	for i, l := range r.DanhSachLePhi {
		p := fieldName{list: "DanhSachLePhi", index: i}
		in.required(at(p, "TenPhiLePhi"), strings.TrimSpace(l.TenPhiLePhi))
		line := FeeLine{Name: l.TenPhiLePhi, Code: l.MaPhiLePhi, Collection: l.HinhThucThu, Kind: l.LoaiPhiLePhi}
		if in.required(at(p, "Gia"), l.Gia) {
			if a, ok := amount(l.Gia); ok {
				line.Amount = a
				total = total.Add(a)
			} else {
				in.bad(at(p, "Gia"), l.Gia, "want an amount in đồng, 0 to 10^15, at most 4 decimals")
			}
		}
		f.Fees[i] = line
	}
	if total.GreaterThan(maxAmount) {
		in.p.add("DanhSachLePhi", total.String(), ErrTooLarge, "the fees add up to more than 10^15 đồng")
		total = decimal.Zero
	}
	if f.Payment.IsOnline() && len(r.DanhSachLePhi) == 0 {
		in.contra(sc("DuocThanhToanTrucTuyen"), r.DuocThanhToanTrucTuyen, "paid online, but no fee line")
	}
	f.Supplements = make([]Supplement, len(r.DanhSachHoSoBoSung))
	pending := false
	for i, s := range r.DanhSachHoSoBoSung {
		p := fieldName{list: "DanhSachHoSoBoSung", index: i}
		sup := Supplement{RequestedBy: s.NguoiYeuCauBoSung, Content: s.NoiDungBoSung, ReceivedBy: s.NguoiTiepNhanBoSung}
		if in.required(at(p, "NgayBoSung"), s.NgayBoSung) {
			sup.Requested = in.stamp(at(p, "NgayBoSung"), s.NgayBoSung)
		}
		if in.required(at(p, "NgayHenTraTruoc"), s.NgayHenTraTruoc) {
			sup.DueBefore = in.stamp(at(p, "NgayHenTraTruoc"), s.NgayHenTraTruoc)
		}
		sup.Received = in.stamp(at(p, "NgayTiepNhanBoSung"), s.NgayTiepNhanBoSung)
		sup.DueAfter = in.stamp(at(p, "NgayHenTraMoi"), s.NgayHenTraMoi)
		in.required(at(p, "NoiDungBoSung"), strings.TrimSpace(s.NoiDungBoSung))
		switch s.TrangThaiBoSung {
		case "1":
			if s.NgayTiepNhanBoSung == "" {
				in.contra(at(p, "NgayTiepNhanBoSung"), "", "a supplement received (TrangThaiBoSung 1) needs the date it came back")
			}
			if s.NgayHenTraMoi == "" {
				in.contra(at(p, "NgayHenTraMoi"), "", "a supplement received (TrangThaiBoSung 1) needs the new appointment")
			}
		case "0":
			if s.NgayTiepNhanBoSung != "" || s.NgayHenTraMoi != "" {
				in.contra(at(p, "TrangThaiBoSung"), s.TrangThaiBoSung, "pending, yet NgayTiepNhanBoSung or NgayHenTraMoi is set")
			}
			if i != len(r.DanhSachHoSoBoSung)-1 {
				in.contra(at(p, "TrangThaiBoSung"), s.TrangThaiBoSung, "only the last supplement request may be pending")
			}
			pending = true
		case "":
			in.missing(at(p, "TrangThaiBoSung"), "want 0 (pending) or 1 (received)")
		default:
			in.bad(at(p, "TrangThaiBoSung"), s.TrangThaiBoSung, "want 0 (pending) or 1 (received)")
		}
		if before(sup.Received, sup.Requested) {
			in.contra(at(p, "NgayTiepNhanBoSung"), s.NgayTiepNhanBoSung, "before the request (NgayBoSung)")
		}
		if before(sup.DueAfter, sup.Received) {
			in.contra(at(p, "NgayHenTraMoi"), s.NgayHenTraMoi, "before the supplement came back")
		}
		if before(sup.Requested, f.Received) || (f.Received.IsZero() && !sup.Requested.IsZero()) {
			in.contra(at(p, "NgayBoSung"), s.NgayBoSung, "a supplement is asked for after the receipt (NgayTiepNhan)")
		}
		if i > 0 && before(sup.Requested, f.Supplements[i-1].Received) {
			in.contra(at(p, "NgayBoSung"), s.NgayBoSung, "before the previous supplement came back")
		}
		f.Supplements[i] = sup
	}
	f.Results = make([]ResultDocument, len(r.DanhSachGiayToKetQua))
	for i, g := range r.DanhSachGiayToKetQua {
		p := fieldName{list: "DanhSachGiayToKetQua", index: i}
		in.required(at(p, "TenGiayTo"), strings.TrimSpace(g.TenGiayTo))
		f.Results[i] = ResultDocument{Name: g.TenGiayTo, Component: g.MaThanhPhanHoSo, ID: g.GiayToId, Link: g.DuongDanTepTinKetQua, Code: g.MaGiayToKetQua}
	}
	x.Identities = make([]IdentityRecord, len(r.DinhDanhCHS))
	for i, id := range r.DinhDanhCHS {
		p := fieldName{list: "DinhDanhCHS", index: i}
		x.Identities[i] = id
		if !in.required(at(p, "SoDinhDanh"), id.SoDinhDanh) {
			continue
		}
		switch id.LoaiDinhDanh {
		case "1":
			if len(id.SoDinhDanh) != 12 || !digits(id.SoDinhDanh) {
				in.bad(at(p, "SoDinhDanh"), id.SoDinhDanh, "a personal identification number has 12 digits")
			} else if kind == dossier.ApplicantIndividual && id.SoDinhDanh != r.SoGiayToChuHoSo {
				in.contra(at(p, "SoDinhDanh"), id.SoDinhDanh, "not the applicant's SoGiayToChuHoSo")
			}
		case "2":
			if len(id.SoDinhDanh) != 9 || !digits(id.SoDinhDanh) {
				in.bad(at(p, "SoDinhDanh"), id.SoDinhDanh, "an identity card number has 9 digits")
			}
		case "":
			in.missing(at(p, "LoaiDinhDanh"), "want 1 or 2")
		default:
			in.bad(at(p, "LoaiDinhDanh"), id.LoaiDinhDanh, "want 1 (personal identification number) or 2 (identity card)")
		}
	}

	// What the status asks of the dates.
	in.lifecycle(status, channel, codeDay, pending)

	if len(in.p.list) > 0 {
		return out
	}
	filed := make([]dossier.Filed, len(docs))
	for i, d := range docs {
		filed[i] = dossier.Filed{Name: d.Name, Copies: 1, Digitised: d.Digitised, Component: d.Component, Link: d.Link,
			Reused: d.Reused, FromDataStore: d.FromDataStore}
		if d.Reused {
			filed[i].Replaces = d.ReplacedBy
		}
	}
	if docsPortal {
		x.Documents = docs
	}
	*h = dossier.Header{
		Procedure:     dossier.ProcedureRef{Code: r.MaTTHC, Name: r.TenTTHC, Field: r.TenLinhVuc},
		Applicant:     applicant,
		Channel:       channel,
		ReceivingUnit: unit,
		Agency:        r.DonViXuLy,
		Filed:         filed,
		FeesDue:       total,
		VNeIDVerified: vneid,
		FiledOnPortal: filedOnPortal,
		ReturnByPost:  returnByPost,
	}
	if err := h.Validate(); err != nil {
		in.p.addCause("MaHoSo", r.MaHoSo, ErrMalformed, "the record does not make a valid dossier header", err)
		return out
	}
	f.Code, f.Status = dossier.Code(r.MaHoSo), status
	x.FieldCode, x.Summary, x.OtherInfo, x.Account, x.ReturnInfo = r.MaLinhVuc, r.TrichYeuHoSo, r.ThongTinKhac, r.MaDoiTuong, r.ThongTinTra
	if r.LoaiDoiTuong != in.coding.code(kind) {
		x.SubjectCode = r.LoaiDoiTuong
	}
	return out
}

// lifecycle checks the dates against the status and each other: what is
// received has an appointment not before its receipt, only a refused
// dossier has a refusal date, only a processed or returned one a result
// date, only a returned one a return date, each in order, and the dossier
// code carries the receipt date (Decree 61/2018/NĐ-CP Arts. 17–20, 26;
// Circular 01/2018/TT-VPCP Art. 19).
func (in *importer) lifecycle(status dossier.Status, channel procedure.Channel, codeDay date.Date, pending bool) {
	r := in.r
	if status == dossier.StatusUnknown {
		return
	}
	received, _ := ParseStamp("", r.NgayTiepNhan)
	filed, _ := ParseStamp("", r.NgayNopHoSo)
	due, _ := ParseStamp("", r.NgayHenTra)
	finished, _ := ParseStamp("", r.NgayKetThucXuLy)
	returned, _ := ParseStamp("", r.NgayTra)
	refused, _ := ParseStamp("", r.NgayTuChoi)
	s := r.TrangThaiHoSo
	switch status {
	case dossier.Registered:
		if r.NgayTiepNhan != "" {
			in.contra(sc("NgayTiepNhan"), r.NgayTiepNhan, "status 1 (registered) is not yet received")
		}
		if channel != procedure.ChannelUnknown && !channel.IsOnline() {
			in.contra(sc("KenhThucHien"), r.KenhThucHien, "status 1 (registered) is an online filing")
		}
	case dossier.NotReceived, dossier.WithdrawalRequested, dossier.Stopped:
		// Refused at intake, or an online filing withdrawn before receipt.
	default:
		if r.NgayTiepNhan == "" {
			in.contra(sc("NgayTiepNhan"), "", "status "+s+" needs the receipt date")
		}
	}
	if status == dossier.NotReceived {
		if r.NgayTuChoi == "" {
			in.contra(sc("NgayTuChoi"), "", "status 3 (not received) needs the refusal date")
		}
	} else if r.NgayTuChoi != "" {
		in.contra(sc("NgayTuChoi"), r.NgayTuChoi, "a refusal date, but status "+s)
	}
	if r.NgayTiepNhan != "" && r.NgayHenTra == "" {
		in.contra(sc("NgayHenTra"), "", "a received dossier has an appointment")
	}
	if r.NgayTiepNhan == "" && r.NgayHenTra != "" {
		in.contra(sc("NgayHenTra"), r.NgayHenTra, "an appointment, but no receipt (NgayTiepNhan)")
	}
	if before(due, received) {
		in.contra(sc("NgayHenTra"), r.NgayHenTra, "the appointment is before the receipt (NgayTiepNhan)")
	}
	if before(received, filed) {
		in.contra(sc("NgayNopHoSo"), r.NgayNopHoSo, "filed after the receipt (NgayTiepNhan)")
	}
	if before(refused, filed) {
		in.contra(sc("NgayTuChoi"), r.NgayTuChoi, "refused before it was filed (NgayNopHoSo)")
	}
	if !received.IsZero() && codeDay != 0 && date.NewAt(received) != codeDay {
		in.contra(sc("MaHoSo"), r.MaHoSo, "the code's date is not the receipt date "+r.NgayTiepNhan[:8])
	}
	done := status == dossier.Processed || status == dossier.Returned
	switch {
	case done && r.NgayKetThucXuLy == "":
		in.contra(sc("NgayKetThucXuLy"), "", "status "+s+" needs the date the result was made")
	case !done && r.NgayKetThucXuLy != "":
		in.contra(sc("NgayKetThucXuLy"), r.NgayKetThucXuLy, "a result date, but status "+s)
	}
	switch {
	case status == dossier.Returned && r.NgayTra == "":
		in.contra(sc("NgayTra"), "", "status 10 (result returned) needs the return date")
	case status != dossier.Returned && r.NgayTra != "":
		in.contra(sc("NgayTra"), r.NgayTra, "a return date, but status "+s)
	}
	if before(finished, received) {
		in.contra(sc("NgayKetThucXuLy"), r.NgayKetThucXuLy, "the result is before the receipt (NgayTiepNhan)")
	}
	if before(returned, finished) {
		in.contra(sc("NgayTra"), r.NgayTra, "returned before the result was made (NgayKetThucXuLy)")
	}
	if status == dossier.SupplementRequested && !pending {
		in.contra(sc("DanhSachHoSoBoSung"), "", "status 5 (supplement requested) needs a pending request (TrangThaiBoSung 0)")
	}
	if pending && status != dossier.SupplementRequested && status != dossier.WithdrawalRequested && status != dossier.Stopped {
		in.contra(sc("TrangThaiHoSo"), s, "a supplement request is pending, so the status is 5, 7 or 8")
	}
}

// before reports whether a is before b, both set.
func before(a, b time.Time) bool { return !a.IsZero() && !b.IsZero() && a.Before(b) }

func kindName(k dossier.ApplicantKind) string {
	if k == dossier.ApplicantIndividual {
		return "citizen (12 digits)"
	}
	return "organisation (tax code)"
}

func phone(s string) bool {
	if len(s) > 20 {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == ' ' || c == '.' || c == '-':
		case c == '+' && i == 0:
		default:
			return false
		}
	}
	return n >= 3
}

// maxAmount bounds fee amounts, as the dossier package bounds its own: no
// fee comes near a million billion đồng.
var maxAmount = decimal.NewFromInt(1_000_000_000_000_000)

// amount reads a fee amount: digits, an optional '.' and at most 4
// decimals, 0 to 10^15.
func amount(s string) (decimal.Decimal, bool) {
	intPart, frac, dot := strings.Cut(s, ".")
	if intPart == "" || len(intPart) > 16 || !digits(intPart) || (dot && (frac == "" || len(frac) > 4 || !digits(frac))) {
		return decimal.Decimal{}, false
	}
	a, err := decimal.NewFromString(s)
	if err != nil || a.GreaterThan(maxAmount) {
		return decimal.Decimal{}, false
	}
	return a, true
}
