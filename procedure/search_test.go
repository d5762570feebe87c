package procedure_test

import (
	"testing"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Đăng ký khai sinh":             "dang ky khai sinh",
		"ĐĂNG KÝ KẾT HÔN":               "dang ky ket hon",
		"Đa\u0306ng ky\u0301 khai sinh": "dang ky khai sinh", // NFD
		"  Cấp bản sao, từ sổ gốc! ":    "cap ban sao tu so goc",
		"Giấy phép lái xe (hạng A1)":    "giay phep lai xe hang a1",
		"":                              "",
	} {
		if got := procedure.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func codes(ps []procedure.Procedure) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code())
	}
	return out
}

func TestSearch(t *testing.T) {
	c := sample.Catalog()
	got := codes(c.Search(procedure.Query{Name: "dang ky khai sinh"}))
	if len(got) != 2 || got[0] != "1.001193" || got[1] != "1.003583.000.00.00.H37" {
		t.Errorf("name search = %v", got)
	}
	if got := codes(c.Search(procedure.Query{Field: "chung thuc"})); len(got) != 2 {
		t.Errorf("field search = %v", got)
	}
	// Land registration, ID card, judicial record, driving licence.
	if got := codes(c.Search(procedure.Query{Level: procedure.LevelProvince})); len(got) != 4 {
		t.Errorf("level search = %v", got)
	}
	if got := codes(c.Search(procedure.Query{Agency: "cong-an-cap-xa", Channel: procedure.ChannelOnlineFull})); len(got) != 1 || got[0] != "2.001159" {
		t.Errorf("agency+channel search = %v", got)
	}
	if got := c.Search(procedure.Query{Name: "khong ton tai"}); len(got) != 0 {
		t.Errorf("no match = %v", codes(got))
	}
	if got := c.Search(procedure.Query{On: day(2026, 1, 1), Channel: procedure.ChannelPostal}); len(got) != 5 {
		t.Errorf("postal = %v", codes(got))
	}
}
