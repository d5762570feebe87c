package national_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/national"
)

// Strict decoding: exact-case keys, no duplicates, no unknown keys, strings
// where strings are due, bounded size and depth, one value.
func TestParseEnvelopeStrict(t *testing.T) {
	rec := string(mustJSON(t, validRecord(t)))
	env := func(data string) string { return `{"service":"DongBoHoSoMC","isUpdating":false,"data":[` + data + `]}` }
	tests := []struct {
		name, data string
		want       error
	}{
		{"empty", "", national.ErrMalformed},
		{"not JSON", "{", national.ErrMalformed},
		{"lower-case key", env(`{"mahoso":"x"}`), national.ErrMalformed},
		{"Upper-case envelope key", `{"Service":"DongBoHoSoMC","isUpdating":false,"data":[]}`, national.ErrMalformed},
		{"duplicate key", env(`{"MaHoSo":"x","MaHoSo":"y"}`), national.ErrMalformed},
		{"duplicate envelope key", `{"service":"DongBoHoSoMC","service":"DongBoHoSoMC","isUpdating":false,"data":[]}`, national.ErrMalformed},
		{"unknown key", env(`{"GhiChu":"x"}`), national.ErrMalformed},
		{"key of another object", env(`{"TenGiayTo":"x"}`), national.ErrMalformed},
		{"number for a string", env(`{"TrangThaiHoSo":10}`), national.ErrMalformed},
		{"string isUpdating", `{"service":"DongBoHoSoMC","isUpdating":"True","data":[]}`, national.ErrMalformed},
		{"trailing data", env("") + "{}", national.ErrMalformed},
		{"too deep", env(`{"TaiLieuNop":[{"TenTepDinhKem":[[]]}]}`), national.ErrMalformed},
		{"not UTF-8", env(`{"ChuHoSo":"Nguy` + "\xff" + `n"}`), national.ErrMalformed},
		{"wrong service", `{"service":"CapNhatTienDoHoSoMC","isUpdating":false,"data":[]}`, national.ErrMalformed},
		{"too many records", env(strings.TrimSuffix(strings.Repeat("{},", national.MaxRecords+1), ",")), national.ErrTooLarge},
		{"over 16 MiB", env(`{"ChuHoSo":"` + strings.Repeat("a", national.MaxEnvelopeBytes) + `"}`), national.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := national.ParseEnvelope([]byte(tt.data))
			var fe *national.FieldError
			if !errors.As(err, &fe) || !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want a *FieldError wrapping %v", err, tt.want)
			}
			if len(fe.Value) > 80 {
				t.Errorf("quotes %d bytes", len(fe.Value))
			}
		})
	}
	e, err := national.ParseEnvelope([]byte(env(rec + "," + rec)))
	if err != nil || len(e.Data) != 2 || e.Data[1].MaHoSo == "" {
		t.Fatalf("a valid envelope: %v", err)
	}
	// null is an absent value.
	r, err := national.ParseRecord([]byte(`{"MaHoSo":null,"TaiLieuNop":null}`))
	if err != nil || r.MaHoSo != "" || r.TaiLieuNop != nil {
		t.Fatalf("null: %v %+v", err, r)
	}
}

// The status mapping is one to one; 5, 6 and 8 are never folded into 9 —
// one provincial integration does, which falsifies the portal's index
// (issue 15; the DVCQG status list).
func TestStatusCodes(t *testing.T) {
	seen := map[string]bool{}
	for s := dossier.Registered; s <= dossier.Returned; s++ {
		code, err := national.StatusCode(s)
		if err != nil {
			t.Fatal(err)
		}
		if want := s.NationalCode(); code != strings.TrimSpace(itoa(want)) {
			t.Errorf("%s: %s, the dossier package says %d", s, code, want)
		}
		if seen[code] {
			t.Errorf("%s: code %s twice", s, code)
		}
		seen[code] = true
		back, err := national.StatusFromCode(code)
		if err != nil || back != s {
			t.Errorf("%s → %s → %s, %v", s, code, back, err)
		}
	}
	for s, want := range map[dossier.Status]string{dossier.SupplementRequested: "5", dossier.FinancialObligation: "6", dossier.Stopped: "8"} {
		if got, _ := national.StatusCode(s); got != want {
			t.Errorf("%s is %s, want %s (never 9)", s, got, want)
		}
	}
	if _, err := national.StatusCode(dossier.StatusUnknown); !errors.Is(err, national.ErrMalformed) {
		t.Errorf("StatusUnknown: %v", err)
	}
	for _, bad := range []string{"", "0", "11", "09", " 9", "9 "} {
		if _, err := national.StatusFromCode(bad); !errors.Is(err, national.ErrMalformed) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func itoa(n int) string {
	if n >= 10 {
		return string(rune('0'+n/10)) + string(rune('0'+n%10))
	}
	return string(rune('0' + n))
}

// Dates are yyyyMMddHHmmss in UTC+7, strictly.
func TestStamp(t *testing.T) {
	at := at(2026, 2, 13, 16, 40)
	if got := national.Stamp(at.UTC()); got != "20260213164000" {
		t.Errorf("Stamp: %s", got)
	}
	back, err := national.ParseStamp("NgayTiepNhan", "20260213164000")
	if err != nil || !back.Equal(at) {
		t.Errorf("ParseStamp: %v %v", back, err)
	}
	for _, bad := range []string{"2026021316400", "202602131640000", "2026-02-13T16", "20260229090000", "20261301090000", "20260213246000", "19991231235959", "21000101000000", "２0260213164000"} {
		if _, err := national.ParseStamp("f", bad); !errors.Is(err, national.ErrMalformed) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// Step records: strict envelopes and a check naming each bad field.
func TestCheckSteps(t *testing.T) {
	d, _ := lifecycles()[2].build(t)
	steps, err := exporter(t).Steps(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := national.CheckSteps(steps); err != nil {
		t.Fatal(err)
	}
	env, err := national.ParseStepEnvelope(mustJSON(t, national.StepEnvelope{Service: national.ServiceSteps, Data: steps}))
	if err != nil || len(env.Data) != len(steps) {
		t.Fatalf("%v", err)
	}
	tests := []struct {
		name   string
		mutate func(s []national.StepRecord)
		field  string
		want   error
	}{
		{"no code", func(s []national.StepRecord) { s[0].MaHoSo = "" }, "data[0].MaHoSo", national.ErrMissing},
		{"no instant", func(s []national.StepRecord) { s[1].ThoiDiemXuLy = "" }, "data[1].ThoiDiemXuLy", national.ErrMissing},
		{"status 0", func(s []national.StepRecord) { s[2].TrangThai = "0" }, "data[2].TrangThai", national.ErrMalformed},
		{"bad deadline", func(s []national.StepRecord) { s[2].NgayKetThucTheoQuyDinh = "2026-03-05" }, "data[2].NgayKetThucTheoQuyDinh", national.ErrMalformed},
		{"began after handled", func(s []national.StepRecord) { s[3].NgayBatDau = "20270101000000" }, "data[3].NgayBatDau", national.ErrContradiction},
		{"out of order", func(s []national.StepRecord) { s[4].ThoiDiemXuLy = "20260101000000" }, "data[4].ThoiDiemXuLy", national.ErrContradiction},
		{"long content", func(s []national.StepRecord) { s[5].NoiDungXuLy = strings.Repeat("x", 4001) }, "data[5].NoiDungXuLy", national.ErrTooLarge},
		{"not UTF-8", func(s []national.StepRecord) { s[6].NguoiXuLy = "\xff" }, "data[6].NguoiXuLy", national.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := append([]national.StepRecord(nil), steps...)
			tt.mutate(s)
			err := national.CheckSteps(s)
			var re *national.RecordError
			if !errors.As(err, &re) || !errors.Is(err, tt.want) || !slices.Contains(re.Fields(), tt.field) {
				t.Fatalf("got %v, want %v naming %s", err, tt.want, tt.field)
			}
		})
	}
	if _, err := national.ParseStepEnvelope([]byte(`{"service":"DongBoHoSoMC","data":[]}`)); !errors.Is(err, national.ErrMalformed) {
		t.Errorf("wrong service: %v", err)
	}
	if _, err := national.ParseStepEnvelope([]byte(`{"service":"CapNhatTienDoHoSoMC","data":[{"trangthai":"1"}]}`)); !errors.Is(err, national.ErrMalformed) {
		t.Errorf("lower-case key: %v", err)
	}
}
