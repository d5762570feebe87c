package procedure_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/rickb777/date/v2"
)

func ExampleParse() {
	c, err := procedure.Parse([]byte(`{"procedures": [{
	  "code": "2.000908", "name": "Cấp bản sao từ sổ gốc", "field": "Chứng thực",
	  "levels": ["commune"], "implementing": ["co-quan-lap-so-goc"], "subjects": ["individual", "organisation"],
	  "channels": [{"channel": "direct", "statutory": "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu"}],
	  "cutoff": "15:00", "source": "https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := c.Lookup("2.000908", date.New(2026, time.March, 2))
	tl, _ := p.Limit(procedure.ChannelDirect)
	cut, _ := p.Cutoff()
	fmt.Println(p.Name(), "|", tl.Statutory, "| cut-off", cut.HhMm())

	_, err = procedure.Parse([]byte(`{"procedures": [{"code": "2.000908", "name": "x", "field": "y",
	  "levels": ["commune"], "implementing": ["a"], "subjects": ["individual"], "source": "s",
	  "channels": [{"channel": "direct", "statutory": "2 năm"}]}]}`))
	var ve *procedure.ValidationError
	fmt.Println(errors.As(err, &ve), ve.Procedure, ve.Field, errors.Is(err, procedure.ErrInvalidLimit))
	// Output:
	// Cấp bản sao từ sổ gốc | Trong ngày | cut-off 15:00
	// true 2.000908 channels[0].statutory true
}

func ExampleCatalog_Lookup() {
	c := sample.Catalog()
	p, err := c.Lookup("1.001193", date.New(2026, time.March, 2))
	fmt.Println(p.Name(), err)
	_, err = c.Lookup("9.999999", date.New(2026, time.March, 2))
	fmt.Println(errors.Is(err, procedure.ErrUnknownCode), err)
	// Output:
	// Đăng ký khai sinh <nil>
	// true procedure: lookup "9.999999" on 2026-03-02: unknown procedure code
}

func ExampleCatalog_Apply() {
	c := sample.Catalog()
	spec := sample.Catalog().Versions("2.000908")[0].Procedure.Spec()
	spec.Notes = "Re-published after the two-tier reform."
	d := procedure.Decision{
		Number:    "1234/QĐ-UBND (illustrative)",
		Effective: date.New(2026, time.December, 1),
		Amended:   []procedure.Procedure{procedure.MustNew(spec)},
		Abolished: []string{"1.010028"},
	}
	next, report, err := c.Apply(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(report)
	_, err = next.Lookup("1.010028", date.New(2026, time.December, 1))
	fmt.Println(errors.Is(err, procedure.ErrAbolished))
	_, err = c.Lookup("1.010028", date.New(2026, time.December, 1))
	fmt.Println(err == nil) // the receiver is unchanged
	_, _, err = next.Apply(procedure.Decision{Number: "again", Effective: date.New(2027, time.January, 1), Abolished: []string{"1.010028"}})
	fmt.Println(errors.Is(err, procedure.ErrAbolished))
	// Output:
	// 1234/QĐ-UBND (illustrative): 0 new, 1 amended, 0 replaced, 1 abolished
	// true
	// true
	// true
}

func ExampleProcedure_FeeFor() {
	p, _ := sample.Catalog().Lookup("1.004222", date.New(2026, time.March, 2)) // Đăng ký thường trú
	on := date.New(2026, time.March, 2)
	fmt.Println("direct:", p.FeeFor(procedure.ChannelDirect, on), "VND")
	fmt.Println("online:", p.FeeFor(procedure.ChannelOnlinePartial, on), "VND")

	ks, _ := sample.Catalog().Lookup("1.001193", on) // Đăng ký khai sinh
	fmt.Println("late birth registration + 1 copy:", ks.FeeFor(procedure.ChannelDirect, on, "copy"), "VND")
	fmt.Println("on time:", ks.FeeFor(procedure.ChannelDirect, on, "on_time"), "VND")
	fmt.Println("online in 2023:", ks.FeeFor(procedure.ChannelOnlinePartial, date.New(2023, time.June, 1)), "VND")
	// Output:
	// direct: 20000 VND
	// online: 10000 VND
	// late birth registration + 1 copy: 16000 VND
	// on time: 0 VND
	// online in 2023: 5600 VND
}

func ExampleCatalog_Search() {
	for _, p := range sample.Catalog().Search(procedure.Query{Name: "dang ky khai sinh"}) {
		fmt.Println(p.Code(), p.BaseCode(), p.Name())
	}
	// Output:
	// 1.001193 1.001193 Đăng ký khai sinh
	// 1.003583.000.00.00.H37 1.003583 Đăng ký khai sinh lưu động
}

func ExampleRegistry_Current() {
	r := sample.Registry()
	for _, d := range []date.Date{date.New(2025, time.June, 30), date.New(2025, time.July, 1)} {
		a, _ := r.Current("so-tu-phap-yen-bai", d)
		fmt.Println(d, r.KnowsAgency("ubnd-huyen-luc-yen", d), a.Name)
	}
	// Output:
	// 2025-06-30 true Sở Tư pháp tỉnh Yên Bái
	// 2025-07-01 false Sở Tư pháp tỉnh Lào Cai
}

func ExampleProcedure_AllComponents() {
	p, _ := sample.Catalog().Lookup("1.001193", date.New(2026, time.March, 2))
	count := map[procedure.Requirement]int{}
	for c := range p.AllComponents() {
		count[c.Requirement]++
	}
	fmt.Println(count[procedure.Required], "required,", count[procedure.Conditional], "conditional,", count[procedure.PresentOnly], "shown only")
	for c := range p.AllComponents() { // stopping early is allowed
		if c.Requirement == procedure.Conditional {
			fmt.Println("first conditional:", c.Name)
			break
		}
	}
	// Output:
	// 2 required, 2 conditional, 1 shown only
	// first conditional: Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ
}

func ExampleReviewLimits() {
	r := procedure.ReviewLimits(sample.Catalog())
	for _, it := range r.Items[:2] {
		fmt.Printf("%s %s: %s\n", it.Code, it.Channel, it.Reading.String())
	}
	fmt.Println(len(r.Decide()) > 0)
	// Output:
	// 1.000656 direct: Trong ngày
	// 1.000656 postal: Trong ngày
	// true
}
