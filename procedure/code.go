package procedure

// validCode reports whether s has the shape of a procedure code of the
// national database: `^[1-3]\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$`.
// The code is otherwise opaque: no meaning is given to the leading digit
// (the published catalogues do not define it). Hand-written instead of regexp so that checking costs no
// allocation.
func validCode(s string) bool {
	switch len(s) {
	case 8, 22:
	default:
		return false
	}
	if s[0] < '1' || s[0] > '3' || s[1] != '.' || !digits(s[2:8]) {
		return false
	}
	if len(s) == 8 {
		return true
	}
	// .ddd.dd.dd.Xdd
	return s[8] == '.' && digits(s[9:12]) && s[12] == '.' && digits(s[13:15]) &&
		s[15] == '.' && digits(s[16:18]) && s[18] == '.' &&
		s[19] >= 'A' && s[19] <= 'Z' && digits(s[20:22])
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ValidCode reports whether code has the national database shape
// d.dddddd, optionally followed by a local suffix .ddd.dd.dd.Xdd (for
// example "2.000908" or "2.000908.000.00.00.H61").
func ValidCode(code string) bool { return validCode(code) }

// BaseCode returns the national base code of a code: "2.000908" for both
// "2.000908" and the local variant "2.000908.000.00.00.H61". It returns ""
// for a code of the wrong shape.
func BaseCode(code string) string {
	if !validCode(code) {
		return ""
	}
	return code[:8]
}
