package dossier

import (
	"fmt"
	"slices"
	"strings"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/procedure"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// ProcedureRef names the procedure, and its version, a dossier is handled
// under: the version in force when it was received (the transitional
// principle that a new rule does not reach back to acts done before it). A
// later amendment of the catalogue does not change a dossier's time limit.
type ProcedureRef struct {
	Code string `json:"code"`
	// Decision is the publication decision (quyết định công bố) of the
	// version in force at receipt; empty if the catalogue does not say.
	Decision string `json:"decision,omitempty"`
	Name     string `json:"name"`
	Field    string `json:"field,omitempty"` // lĩnh vực, for reports
}

// Filed is one document the applicant hands over or shows.
type Filed struct {
	Name      string `json:"name"`
	Originals int    `json:"originals,omitempty"`
	Copies    int    `json:"copies,omitempty"`
	// Digitised: the paper was copied to electronic form at receipt
	// (Decree 118/2025/NĐ-CP Art. 17(1)(c)).
	Digitised bool `json:"digitised,omitempty"`
	// Component is the code of the procedure's dossier component the
	// document answers (mã thành phần hồ sơ in the national database of
	// administrative procedures); empty when not known.
	Component string `json:"component,omitempty"`
	// Link is where the electronic copy of the document is kept (a URL or
	// a storage key of the vendor's); empty for paper only.
	Link string `json:"link,omitempty"`
	// Reused: an electronic document or result already held — digitised
	// earlier or issued electronically — was used again instead of asking
	// the applicant for the paper (reuse of digitised data: Decree
	// 107/2021/NĐ-CP amending Decree 61/2018/NĐ-CP; Decree 45/2020/NĐ-CP
	// Art. 14 for electronic results).
	Reused bool `json:"reused,omitempty"`
	// Replaces is the code of the electronic result reused in place of
	// the document (mã kết quả thay thế); it is set only with Reused.
	Replaces string `json:"replaces,omitempty"`
	// FromDataStore: the document was taken from the applicant's
	// electronic data warehouse on the national portal (kho quản lý dữ
	// liệu điện tử của tổ chức, cá nhân: Decree 45/2020/NĐ-CP Art. 16 as
	// amended by Decree 118/2025/NĐ-CP Art. 40(8)).
	FromDataStore bool `json:"from_data_store,omitempty"`
}

// electronic reports whether the document was already electronic when it
// was filed: reused or taken from the data store, there is no paper to
// digitise at receipt.
func (f Filed) electronic() bool { return f.Reused || f.FromDataStore }

// Header is what a dossier is about: fixed when the dossier is opened.
type Header struct {
	Procedure ProcedureRef      `json:"procedure"`
	Applicant Applicant         `json:"applicant"`
	Channel   procedure.Channel `json:"channel"`
	// ReceivingUnit is the code of the one-stop unit that receives the
	// dossier; it starts the dossier code. Under the 2025 regime it may
	// differ from Agency (receipt regardless of administrative boundary).
	ReceivingUnit string `json:"receiving_unit"`
	// Agency is the code of the competent agency.
	Agency string          `json:"agency"`
	Level  procedure.Level `json:"level,omitempty"`
	Filed  []Filed         `json:"filed,omitempty"`
	// FeesDue are the fees and charges due for the dossier, in VND.
	FeesDue decimal.Decimal `json:"fees_due"`
	// Route is the inter-agency route (một cửa liên thông) the dossier
	// follows, if any: each agency's step is then tracked
	// ([Dossier.StartStep], [Dossier.FinishStep]) and a late dossier names
	// the agency responsible ([Dossier.Responsible]).
	Route *liaison.Route `json:"route,omitempty"`
	// VNeIDVerified: the applicant filed from an account verified with the
	// national electronic identification (VNeID; Decree 69/2024/NĐ-CP on
	// electronic identification and authentication, which replaced Decree
	// 59/2022/NĐ-CP from 1 July 2024).
	VNeIDVerified bool `json:"vneid_verified,omitempty"`
	// FiledOnPortal: an online dossier filed on the National Public
	// Service Portal rather than on the province's own system (Decree
	// 42/2022/NĐ-CP on online public services). Only an online channel is
	// filed on the portal.
	FiledOnPortal bool `json:"filed_on_portal,omitempty"`
	// ReturnByPost: the applicant asked for the result by post through
	// the public postal service (return of results, Decree 118/2025/NĐ-CP;
	// a fully online dossier returns paper only by post, Decree
	// 42/2022/NĐ-CP; the articles were not checked against the texts).
	ReturnByPost bool `json:"return_by_post,omitempty"`
}

// RefOf returns the reference to procedure p — its code, name and field —
// for a dossier handled under it. A Procedure does not carry its
// publication decision: set Decision from the catalogue's
// [procedure.Version] when the slip should name it.
func RefOf(p procedure.Procedure) ProcedureRef {
	if !p.IsValid() {
		return ProcedureRef{}
	}
	return ProcedureRef{Code: p.Code(), Name: p.Name(), Field: p.Field()}
}

// HeaderFor starts the header of a dossier of procedure p — the version in
// force on day on, from [procedure.Catalog.Lookup] — filed on channel ch:
// the procedure's reference ([RefOf]), the channel, the fees due on ch on
// that day without exemption claims ([procedure.Procedure.FeeFor]), the
// level and the competent agency when p names exactly one of each, and
// p's inter-agency route, if any. The caller completes it with the
// applicant, the receiving unit, the documents filed, and the agency and
// level when p names several; [Open] validates it.
func HeaderFor(p procedure.Procedure, ch procedure.Channel, on date.Date) Header {
	if !p.IsValid() {
		return Header{Channel: ch}
	}
	h := Header{Procedure: RefOf(p), Channel: ch, FeesDue: p.FeeFor(ch, on), Route: p.Route()}
	if lv := p.Levels(); len(lv) == 1 {
		h.Level = lv[0]
	}
	if ag := p.Implementing(); len(ag) == 1 {
		h.Agency = ag[0]
	}
	return h
}

// Validate checks the header: a procedure code and name, a valid
// applicant, channel, receiving unit and agency, and well-formed filed
// documents and fees (a document replaced by a result is reused; only an
// online dossier is filed on the portal), every text within [MaxText] bytes and the filed
// documents within [MaxFiled] and [MaxCopies] (beyond: [ErrTooLarge]).
func (h Header) Validate() error {
	for _, f := range [...]struct{ name, v string }{
		{"procedure code", h.Procedure.Code}, {"procedure decision", h.Procedure.Decision}, {"procedure name", h.Procedure.Name},
		{"procedure field", h.Procedure.Field}, {"applicant name", h.Applicant.Name}, {"applicant ID", h.Applicant.ID},
		{"applicant phone", h.Applicant.Phone}, {"applicant email", h.Applicant.Email}, {"applicant address", h.Applicant.Address},
		{"receiving unit", h.ReceivingUnit}, {"agency", h.Agency},
	} {
		if len(f.v) > MaxText {
			return &InputError{Field: f.name, Value: f.v, Err: fmt.Errorf("%w: longer than %d bytes", ErrTooLarge, MaxText)}
		}
	}
	if !procedure.ValidCode(h.Procedure.Code) {
		return &InputError{Field: "procedure code", Value: h.Procedure.Code, Err: fmt.Errorf("%w: not a procedure code", ErrSyntax)}
	}
	if strings.TrimSpace(h.Procedure.Name) == "" {
		return &InputError{Field: "procedure name", Value: h.Procedure.Name, Err: fmt.Errorf("%w: required", ErrInvalid)}
	}
	if err := h.Applicant.Validate(); err != nil {
		return err
	}
	if !h.Channel.IsValid() {
		return &InputError{Field: "channel", Value: h.Channel.String(), Err: fmt.Errorf("%w: unknown channel", ErrInvalid)}
	}
	if !validUnit(h.ReceivingUnit) {
		return &InputError{Field: "receiving unit", Value: h.ReceivingUnit, Err: fmt.Errorf("%w: want a unit code such as 000.00.36.H57", ErrSyntax)}
	}
	if strings.TrimSpace(h.Agency) == "" {
		return &InputError{Field: "agency", Value: h.Agency, Err: fmt.Errorf("%w: the competent agency is required", ErrInvalid)}
	}
	if h.Level != procedure.LevelUnknown && !h.Level.IsValid() {
		return &InputError{Field: "level", Value: h.Level.String(), Err: fmt.Errorf("%w: unknown level", ErrInvalid)}
	}
	if len(h.Filed) > MaxFiled {
		return &InputError{Field: "filed", Value: h.Filed[MaxFiled].Name, Err: fmt.Errorf("%w: %d documents, at most %d", ErrTooLarge, len(h.Filed), MaxFiled)}
	}
	if h.FiledOnPortal && !h.Channel.IsOnline() {
		return &InputError{Field: "filed on portal", Value: h.Channel.String(), Err: fmt.Errorf("%w: only an online dossier is filed on the national portal", ErrInvalid)}
	}
	for i, f := range h.Filed {
		if len(f.Name) > MaxText || len(f.Component) > MaxText || len(f.Link) > MaxText || len(f.Replaces) > MaxText ||
			f.Originals > MaxCopies || f.Copies > MaxCopies {
			return &InputError{Field: fmt.Sprintf("filed[%d]", i), Value: f.Name,
				Err: fmt.Errorf("%w: a name, component, link and replaced result of at most %d bytes each and at most %d originals and %d copies", ErrTooLarge, MaxText, MaxCopies, MaxCopies)}
		}
		if f.Replaces != "" && !f.Reused {
			return &InputError{Field: fmt.Sprintf("filed[%d].replaces", i), Value: f.Replaces,
				Err: fmt.Errorf("%w: a document replaced by an electronic result is reused", ErrInvalid)}
		}
		if strings.TrimSpace(f.Name) == "" || f.Originals < 0 || f.Copies < 0 || f.Originals+f.Copies == 0 {
			return &InputError{Field: fmt.Sprintf("filed[%d]", i), Value: f.Name,
				Err: fmt.Errorf("%w: a filed document has a name and at least one original or copy", ErrInvalid)}
		}
	}
	if err := checkAmount(h.FeesDue); err != nil {
		err.(*InputError).Field = "fees due"
		return err
	}
	return nil
}

func (h Header) clone() Header {
	h.Filed = slices.Clone(h.Filed)
	return h
}

// Equal reports whether two headers are the same.
func (h Header) Equal(o Header) bool {
	return h.Procedure == o.Procedure && h.Applicant == o.Applicant && h.Channel == o.Channel &&
		h.ReceivingUnit == o.ReceivingUnit && h.Agency == o.Agency && h.Level == o.Level &&
		slices.Equal(h.Filed, o.Filed) && h.FeesDue.Equal(o.FeesDue) &&
		h.VNeIDVerified == o.VNeIDVerified && h.FiledOnPortal == o.FiledOnPortal && h.ReturnByPost == o.ReturnByPost &&
		(h.Route == o.Route || (h.Route != nil && o.Route != nil && h.Route.Equal(o.Route)))
}

// Filing is what a statistic needs of a dossier's header, read without
// copying it ([Dossier.Header] returns a deep copy): the procedure's code,
// the channel, the fees due and the documents filed.
type Filing struct {
	Procedure string            // the procedure's code in the national database
	Channel   procedure.Channel // how the dossier was filed
	FeesDue   decimal.Decimal   // the fees and charges due, in VND
	Filed     int               // documents filed
	Digitised int               // of them, copied to electronic form at receipt
}

// Filing returns the dossier's [Filing]; the zero Filing for the zero
// Dossier.
func (d Dossier) Filing() Filing {
	if d.header == nil {
		return Filing{}
	}
	h := d.header
	f := Filing{Procedure: h.Procedure.Code, Channel: h.Channel, FeesDue: h.FeesDue, Filed: len(h.Filed)}
	for i := range h.Filed {
		if h.Filed[i].Digitised {
			f.Digitised++
		}
	}
	return f
}
