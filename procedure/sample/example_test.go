package sample_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/procedure/sample"
	"github.com/rickb777/date/v2"
)

func ExampleCatalog() {
	c := sample.Catalog()
	fmt.Println(c.Len(), "procedures")
	p, _ := c.Lookup("2.000815", date.New(2026, time.March, 2))
	src, _, _ := strings.Cut(p.Source(), " as published")
	fmt.Println(p.Field(), "|", src)
	// Output:
	// 19 procedures
	// Chứng thực | Fees: Thông tư 226/2016/TT-BTC
}

func ExampleRegistry() {
	r := sample.Registry()
	fmt.Println(len(r.Agencies()), "agencies")
	a, _ := r.Lookup("csgt-cong-an-cap-tinh", date.New(2026, time.March, 2))
	fmt.Println(a.Name, "| from", a.ValidFrom)
	// Output:
	// 17 agencies
	// Phòng Cảnh sát giao thông Công an cấp tỉnh | from 2025-03-01
}
