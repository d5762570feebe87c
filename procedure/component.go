package procedure

// Component is one document of a dossier (thành phần hồ sơ) with the
// number of originals (bản chính) and copies (bản sao) to file, the form
// template if any, and how it must be supplied.
//
// A component that the applicant must supply on paper ([Required],
// [Conditional]) needs at least one original or copy; a [PresentOnly] one
// needs at least one original to show; a [FromDatabase] one may ask for
// none. Component is a comparable value.
type Component struct {
	Name      string
	Originals int
	Copies    int
	// Template is the code of the form or template, e.g. "CT01" or
	// "Mẫu số 03/2024/LLTP"; empty if none.
	Template    string
	Requirement Requirement
	// Condition states when a [Conditional] component is needed
	// ("Trường hợp ủy quyền …"); required for Conditional, optional
	// otherwise (e.g. the exception of a FromDatabase component).
	Condition string
}

// NeedsPaper reports whether the applicant must hand over or show paper for c.
func (c Component) NeedsPaper() bool { return c.Requirement != FromDatabase }
