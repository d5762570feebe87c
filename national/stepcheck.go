package national

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// ParseStepEnvelope reads an envelope of step records strictly, with the
// rules of [ParseEnvelope]: service "CapNhatTienDoHoSoMC", at most
// [MaxStepRecords] step records.
func ParseStepEnvelope(data []byte) (StepEnvelope, error) {
	var env StepEnvelope
	if err := strictDecode(data, maxDepth-1, &env); err != nil {
		return StepEnvelope{}, err
	}
	if env.Service != ServiceSteps {
		return StepEnvelope{}, &FieldError{Field: "service", Value: clipQuote(env.Service), Err: ErrMalformed, Detail: "want " + ServiceSteps}
	}
	if len(env.Data) > MaxStepRecords {
		return StepEnvelope{}, &FieldError{Field: "data", Value: strconv.Itoa(len(env.Data)), Err: ErrTooLarge, Detail: "more than " + strconv.Itoa(MaxStepRecords) + " step records"}
	}
	return env, nil
}

// CheckSteps checks step records as the portal receives them: a dossier
// code, a handler and an instant on each, a national status 1–10, dates in
// the portal's format, a step that does not end before it begins, and
// instants in order for each dossier. The error is a *[RecordError] naming
// each field at fault ("data[3].ThoiDiemXuLy"), its Record the first bad
// step's MaHoSo.
func CheckSteps(steps []StepRecord) error {
	var p problems
	last := map[string]time.Time{}
	first := ""
	for i := range steps {
		s := &steps[i]
		n := len(p.list)
		name := func(f string) string { return "data[" + strconv.Itoa(i) + "]." + f }
		for _, f := range [...]struct{ name, v string }{{"MaHoSo", s.MaHoSo}, {"NguoiXuLy", s.NguoiXuLy}, {"ChucDanh", s.ChucDanh},
			{"PhongBanXuLy", s.PhongBanXuLy}, {"NoiDungXuLy", s.NoiDungXuLy}} {
			switch {
			case len(f.v) > MaxText:
				p.add(name(f.name), f.v, ErrTooLarge, "longer than 4000 bytes")
			case !utf8.ValidString(f.v):
				p.add(name(f.name), f.v, ErrMalformed, "not UTF-8")
			}
		}
		if len(p.list) > n {
			continue
		}
		if s.MaHoSo == "" {
			p.add(name("MaHoSo"), "", ErrMissing, "required")
		}
		if s.ThoiDiemXuLy == "" {
			p.add(name("ThoiDiemXuLy"), "", ErrMissing, "required")
		}
		if _, err := StatusFromCode(s.TrangThai); err != nil {
			p.add(name("TrangThai"), s.TrangThai, ErrMalformed, "want 1–10")
		}
		at := stampOf(&p, name("ThoiDiemXuLy"), s.ThoiDiemXuLy)
		start := stampOf(&p, name("NgayBatDau"), s.NgayBatDau)
		stampOf(&p, name("NgayKetThucTheoQuyDinh"), s.NgayKetThucTheoQuyDinh)
		if !start.IsZero() && !at.IsZero() && at.Before(start) {
			p.add(name("NgayBatDau"), s.NgayBatDau, ErrContradiction, "the step began after it was handled (ThoiDiemXuLy)")
		}
		if prev, ok := last[s.MaHoSo]; ok && !at.IsZero() && at.Before(prev) {
			p.add(name("ThoiDiemXuLy"), s.ThoiDiemXuLy, ErrContradiction, "before the dossier's previous step "+Stamp(prev))
		}
		if !at.IsZero() {
			last[s.MaHoSo] = at
		}
		if len(p.list) > n && first == "" {
			first = s.MaHoSo
		}
	}
	if len(p.list) > 0 {
		return &RecordError{Record: clipQuote(first), Index: -1, Problems: p.list}
	}
	return nil
}

func stampOf(p *problems, field, v string) time.Time {
	t, err := ParseStamp(field, v)
	if err != nil {
		p.list = append(p.list, err.(*FieldError))
	}
	return t
}
