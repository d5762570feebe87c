package form

import (
	"fmt"
	"strings"

	"github.com/motcua/motcua/dossier"
)

// Office is what a form needs to know about the unit issuing it, which the
// dossier does not record: names, the place name of the date line, the
// official, a phone number. The receipt, supplement request, refusal,
// control slip, tracking book and stop notice are issued by the one-stop
// unit; the apology by the competent agency (Decree 61/2018/NĐ-CP
// Art. 19(9)) — pass that agency's Office.
type Office struct {
	// Parent is the governing body printed above the unit in the heading
	// (cơ quan chủ quản), e.g. "Ủy ban nhân dân tỉnh Phú Thọ"; optional.
	Parent string
	// UnitName is the issuing unit, e.g. "Bộ phận Một cửa xã Tân Lập";
	// required.
	UnitName string
	// Place is the place name of the date line (địa danh), e.g. "Tân Lập";
	// required.
	Place string
	// Staff is the official who receives, guides or signs; optional.
	Staff string
	// Phone is the number the applicant may call for guidance; optional.
	Phone string
	// ReturnPlace is where the result is returned (form 01, "Đăng ký nhận
	// kết quả tại"); UnitName when empty.
	ReturnPlace string
	// Agencies maps agency codes (dossier.Header.Agency) to their names; a
	// code not in the map is printed as is.
	Agencies map[string]string
}

// validate checks the required fields.
func (o Office) validate() error {
	if strings.TrimSpace(o.UnitName) == "" {
		return &InputError{Field: "office unit name", Value: o.UnitName, Err: fmt.Errorf("%w: required", ErrInvalid)}
	}
	if strings.TrimSpace(o.Place) == "" {
		return &InputError{Field: "office place", Value: o.Place, Err: fmt.Errorf("%w: required for the date line", ErrInvalid)}
	}
	return nil
}

// agency returns the name of the agency with the code, or the code.
func (o Office) agency(code string) string {
	if n, ok := o.Agencies[code]; ok && n != "" {
		return n
	}
	return code
}

func (o Office) returnPlace() string {
	if o.ReturnPlace != "" {
		return o.ReturnPlace
	}
	return o.UnitName
}

// addressee is how a form addresses the applicant: "Ông/Bà Nguyễn Văn An"
// for a person, the organisation's name otherwise.
func addressee(a dossier.Applicant) string {
	if a.Kind == dossier.ApplicantOrganisation {
		return a.Name
	}
	return "Ông/Bà " + a.Name
}

// you is the second person of the body text: "Ông/Bà", or "Quý cơ quan,
// tổ chức" for an organisation.
func you(a dossier.Applicant) string {
	if a.Kind == dossier.ApplicantOrganisation {
		return "Quý cơ quan, tổ chức"
	}
	return "Ông/Bà"
}

// idLabel is the label of the applicant's number on the 2025 forms: the
// personal identification number of a person, the tax code of an
// organisation (Decision 3621/QĐ-BYT: "số định danh cá nhân/mã số thuế").
func idLabel(a dossier.Applicant) string {
	if a.Kind == dossier.ApplicantOrganisation {
		return "Mã số thuế: "
	}
	return "Số định danh cá nhân: "
}

// applicantLines writes who filed the dossier: the name, the ID number on
// the 2025 forms, the address and the contacts.
func (p *page) applicantLines(r dossier.Regime, label string, a dossier.Applicant) {
	p.item(label, a.Name)
	if r.FormsWithTime {
		p.item(idLabel(a), a.ID)
	}
	if a.Address != "" {
		p.item("Địa chỉ: ", a.Address)
	}
	if a.Phone != "" || a.Email != "" {
		contact := "Số điện thoại: " + a.Phone
		if a.Email != "" {
			contact += "    Email: " + a.Email
		}
		p.line(contact)
	}
}

// procedureText names the procedure as the forms' "Nội dung yêu cầu giải
// quyết" does: its name and code.
func procedureText(ref dossier.ProcedureRef) string {
	return fmt.Sprintf("%s (mã thủ tục %s)", ref.Name, ref.Code)
}
