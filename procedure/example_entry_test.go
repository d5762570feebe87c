package procedure_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/liaison/liaisonsample"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

// householdBusiness is "Đăng ký thành lập hộ kinh doanh" (1.001612) as
// Hải Phòng's Decision 2831/QĐ-UBND lists it: 3 working days, direct.
func householdBusiness() procedure.Spec {
	return procedure.Spec{
		Code: "1.001612", Name: "Đăng ký thành lập hộ kinh doanh", Field: "Thành lập và hoạt động của hộ kinh doanh",
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{"ubnd-cap-xa"},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels: []procedure.TimeLimit{{Channel: procedure.ChannelDirect,
			Statutory: sla.WorkingDays(3), StatutoryText: "03 ngày làm việc"}},
		Source: "Quyết định 2831/QĐ-UBND (Hải Phòng)",
	}
}

func ExampleNew() {
	p, err := procedure.New(householdBusiness())
	if err != nil {
		panic(err)
	}
	tl, _ := p.Limit(procedure.ChannelDirect)
	fmt.Println(p, "|", tl.StatutoryText, "=", tl.Statutory)

	// A local commitment may shorten the statutory limit, never lengthen it.
	spec := householdBusiness()
	spec.Channels[0].Committed = sla.WorkingDays(5)
	_, err = procedure.New(spec)
	fmt.Println(errors.Is(err, procedure.ErrInvalidLimit))

	// The limit text must read as the limit given.
	spec = householdBusiness()
	spec.Channels[0].StatutoryText = "05 ngày làm việc"
	_, err = procedure.New(spec)
	fmt.Println(err)
	// Output:
	// 1.001612 Đăng ký thành lập hộ kinh doanh | 03 ngày làm việc = 3 ngày làm việc
	// true
	// procedure 1.001612: channels[0].statutory "05 ngày làm việc" text reads as 5 ngày làm việc, not 3 ngày làm việc: invalid time limit
}

func ExampleMustNew() {
	p := procedure.MustNew(householdBusiness())
	fmt.Println(p.Code(), p.Levels(), p.Offers(procedure.ChannelDirect), p.Offers(procedure.ChannelOnlineFull))

	defer func() { fmt.Println("panic:", recover() != nil) }()
	spec := householdBusiness()
	spec.Code = "1.1612"
	procedure.MustNew(spec)
	// Output:
	// 1.001612 [commune] true false
	// panic: true
}

func ExampleValidCode() {
	for _, code := range []string{"2.000908", "2.000908.000.00.00.H61", "1.1193", "4.000001", "2.000908.000.00.00.h61"} {
		fmt.Println(code, procedure.ValidCode(code))
	}
	// Output:
	// 2.000908 true
	// 2.000908.000.00.00.H61 true
	// 1.1193 false
	// 4.000001 false
	// 2.000908.000.00.00.h61 false
}

func ExampleBaseCode() {
	fmt.Printf("%q\n", procedure.BaseCode("1.003583.000.00.00.H37"))
	fmt.Printf("%q\n", procedure.BaseCode("1.001193"))
	fmt.Printf("%q\n", procedure.BaseCode("KS-01"))
	// Output:
	// "1.003583"
	// "1.001193"
	// ""
}

func ExampleFold() {
	fmt.Println(procedure.Fold("Đăng ký  khai sinh!"))
	fmt.Println(procedure.Fold("Chứng thực bản sao từ bản chính (giấy tờ, văn bản)"))
	fmt.Println(procedure.Fold("Đăng ký khai sinh") == procedure.Fold("dang ky KHAI SINH"))
	// Output:
	// dang ky khai sinh
	// chung thuc ban sao tu ban chinh giay to van ban
	// true
}

func ExampleNewRegistry() {
	reform := procedure.ReformDate() // 2025-07-01: district-level units end
	r, err := procedure.NewRegistry(
		procedure.Agency{Code: "ubnd-cap-xa", Name: "Ủy ban nhân dân cấp xã", Level: procedure.LevelCommune},
		// Decree 151/2025/NĐ-CP moves most district powers to the commune.
		procedure.Agency{Code: "ubnd-cap-huyen", Name: "Ủy ban nhân dân cấp huyện", Level: procedure.LevelDistrict,
			ValidUntil: reform, Successor: "ubnd-cap-xa"},
	)
	if err != nil {
		panic(err)
	}
	for _, d := range []date.Date{date.New(2025, time.June, 30), date.New(2026, time.March, 2)} {
		a, _ := r.Current("ubnd-cap-huyen", d)
		fmt.Println(d, a.Name)
	}

	// A district agency must end by the reform.
	_, err = procedure.NewRegistry(procedure.Agency{Code: "ubnd-huyen-x", Name: "UBND huyện X", Level: procedure.LevelDistrict})
	fmt.Println(errors.Is(err, procedure.ErrLevelAbolished), err)
	// Output:
	// 2025-06-30 Ủy ban nhân dân cấp huyện
	// 2026-03-02 Ủy ban nhân dân cấp xã
	// true procedure: agencies[0].valid_until "ubnd-huyen-x" district level abolished on 2025-07-01
}

func ExampleParseRegistry() {
	r, err := procedure.ParseRegistry([]byte(`{"agencies": [
	  {"code": "ubnd-tinh-ha-giang", "name": "Ủy ban nhân dân tỉnh Hà Giang", "level": "province",
	   "valid_until": "2025-07-01", "successor": "ubnd-tinh-tuyen-quang", "source": "Resolution 202/2025/QH15"},
	  {"code": "ubnd-tinh-tuyen-quang", "name": "Ủy ban nhân dân tỉnh Tuyên Quang", "level": "province", "source": "Resolution 202/2025/QH15"}
	]}`))
	if err != nil {
		panic(err)
	}
	for _, d := range []date.Date{date.New(2025, time.June, 30), date.New(2025, time.July, 1)} {
		a, _ := r.Current("ubnd-tinh-ha-giang", d)
		fmt.Println(d, a.Name)
	}

	_, err = procedure.ParseRegistry([]byte(`{"agencies": [{"code": "a", "name": "A", "level": "province", "successor": "b"}]}`))
	fmt.Println(errors.Is(err, procedure.ErrUnknownAgency))
	// Output:
	// 2025-06-30 Ủy ban nhân dân tỉnh Hà Giang
	// 2025-07-01 Ủy ban nhân dân tỉnh Tuyên Quang
	// true
}

func ExampleRegistry_Lookup() {
	r := sample.Registry()
	a, err := r.Lookup("ubnd-tinh-yen-bai", date.New(2025, time.June, 30))
	fmt.Println(a.Name, err)
	_, err = r.Lookup("ubnd-tinh-yen-bai", date.New(2025, time.July, 1))
	fmt.Println(errors.Is(err, procedure.ErrAgencyNotValid), err)
	_, err = r.Lookup("so-gtvt-yen-bai", date.New(2025, time.June, 30))
	fmt.Println(errors.Is(err, procedure.ErrUnknownAgency))
	// Output:
	// Ủy ban nhân dân tỉnh Yên Bái <nil>
	// true procedure: lookup "ubnd-tinh-yen-bai" on 2025-07-01: agency not valid on that date
	// true
}

// A Registry is the liaison.AgencyRegistry that routes are validated with:
// a route naming a district agency fails after the reform.
func ExampleRegistry_KnowsAgency() {
	r := sample.Registry()
	var _ liaison.AgencyRegistry = r
	for _, d := range []date.Date{date.New(2025, time.June, 30), date.New(2025, time.July, 1)} {
		fmt.Println(d, r.KnowsAgency("ubnd-cap-huyen", d), r.KnowsAgency("ubnd-cap-xa", d))
	}
	// Output:
	// 2025-06-30 true true
	// 2025-07-01 false true
}

func ExampleCatalog_Marshal() {
	c, err := procedure.Parse([]byte(`{"procedures": [{
	  "code": "2.000908", "name": "Cấp bản sao từ sổ gốc", "field": "Chứng thực",
	  "levels": ["commune"], "implementing": ["co-quan-lap-so-goc"], "subjects": ["individual"],
	  "channels": [{"channel": "direct", "statutory": "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu"}],
	  "cutoff": "15:00", "source": "https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455"}]}`))
	if err != nil {
		panic(err)
	}
	b, err := c.Marshal()
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	back, _ := procedure.Parse(b)
	fmt.Println("round trip:", back.Equal(c))
	// Output:
	// {
	//   "procedures": [
	//     {
	//       "code": "2.000908",
	//       "name": "Cấp bản sao từ sổ gốc",
	//       "field": "Chứng thực",
	//       "levels": [
	//         "commune"
	//       ],
	//       "implementing": [
	//         "co-quan-lap-so-goc"
	//       ],
	//       "subjects": [
	//         "individual"
	//       ],
	//       "channels": [
	//         {
	//           "channel": "direct",
	//           "statutory": "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu"
	//         }
	//       ],
	//       "cutoff": "15:00",
	//       "source": "https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455"
	//     }
	//   ]
	// }
	// round trip: true
}

func ExampleCatalog_Versions() {
	c := sample.Catalog()
	for _, v := range c.Versions("1.001612") {
		fmt.Println(v.Effective, v.Decision, "|", v.Procedure.Name())
	}
	// Before its first version the procedure is not in force.
	_, err := c.Lookup("1.001612", date.New(2025, time.July, 9))
	fmt.Println(errors.Is(err, procedure.ErrNotYetEffective))
	fmt.Println(c.Versions("9.999999") == nil)
	// Output:
	// 2025-07-10 2831/QĐ-UBND (thành phố Hải Phòng) | Đăng ký thành lập hộ kinh doanh
	// true
	// true
}

func ExampleProcedure_Limit() {
	on := date.New(2026, time.March, 2)
	p, _ := sample.Catalog().Lookup("1.004222", on) // Đăng ký thường trú
	for _, ch := range procedure.Channels() {
		if tl, ok := p.Limit(ch); ok {
			fmt.Println(ch, "|", tl.Statutory, "|", tl.Effective().English())
		} else {
			fmt.Println(ch, "| not offered")
		}
	}
	// Output:
	// direct | 7 ngày làm việc | 7 working days
	// postal | not offered
	// online (full) | not offered
	// online (partial) | 7 ngày làm việc | 7 working days
}

func ExampleTimeLimit_Effective() {
	// A province commits to 10 working days where the law allows 15.
	tl := procedure.TimeLimit{Channel: procedure.ChannelDirect, Statutory: sla.WorkingDays(15), Committed: sla.WorkingDays(10)}
	fmt.Println(tl.Effective())
	tl.Committed = sla.Limit{}
	fmt.Println(tl.Effective())
	fmt.Println(procedure.TimeLimit{}.Effective().IsValid())
	// Output:
	// 10 ngày làm việc
	// 15 ngày làm việc
	// false
}

// The electronic birth-registration group of Decree 63/2024/NĐ-CP as the
// route of a procedure; a route longer than the statutory limit is refused.
func ExampleProcedure_Route() {
	spec := procedure.Spec{
		Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch",
		Levels: []procedure.Level{procedure.LevelCommune}, Implementing: []string{"UBND-XA"},
		Subjects: []procedure.Subject{procedure.SubjectIndividual},
		Channels: []procedure.TimeLimit{{Channel: procedure.ChannelOnlineFull, Statutory: sla.WorkingDays(3)}},
		Source:   "Nghị định 63/2024/NĐ-CP",
		Route:    liaisonsample.BirthRegistrationGroup(),
	}
	p, err := procedure.New(spec)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Route().Code(), p.Route().Total(), strings.Join(p.Route().CriticalPath(), " → "))

	spec.Channels[0].Statutory = sla.WorkingDays(2)
	_, err = procedure.New(spec)
	fmt.Println(errors.Is(err, procedure.ErrInvalidLimit))

	s, _ := sample.Catalog().Lookup("2.000908", date.New(2026, time.March, 2))
	fmt.Println(s.Route() == nil)
	// Output:
	// ND63-2024-KS-TT-BHYT 3 ngày làm việc tiep-nhan → khai-sinh → thuong-tru → tra-ket-qua
	// true
	// true
}
