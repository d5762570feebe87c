package reliability

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/liaison"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

// A resourceRow is one parser with one worst-shaped input, built at a
// given size in bytes: many small valid entries (every check runs on each),
// one huge text or number, nesting as deep as the input allows, or a valid
// document spoilt by its last byte. TestResources feeds each at 1 MiB and
// at 4 MiB.
type resourceRow struct {
	name  string
	input func(size int) []byte
	parse func(in []byte) error
}

// repeatTo writes prefix, then unit as many times as fits, then suffix,
// for an input of at most size bytes.
func repeatTo(prefix, unit, suffix string, size int) []byte {
	var b bytes.Buffer
	b.Grow(size + len(suffix))
	b.WriteString(prefix)
	for b.Len()+len(unit)+len(suffix) <= size {
		b.WriteString(unit)
	}
	b.WriteString(suffix)
	return b.Bytes()
}

// listTo writes head, then items made by item(i) separated by commas as
// many as fit in size bytes, then tail.
func listTo(head string, item func(i int) string, tail string, size int) []byte {
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(head)
	for i := 0; ; i++ {
		s := item(i)
		if i > 0 {
			s = "," + s
		}
		if b.Len()+len(s)+len(tail) > size {
			break
		}
		b.WriteString(s)
	}
	b.WriteString(tail)
	return b.Bytes()
}

// portalLine is a valid record of the national portal, one line of the
// onestop example's -records file.
const portalLine = `{"MaHoSo":"000.00.36.H57-260105-0001","MaTTHC":"1.002755","TenTTHC":"Gia hạn tạm trú","MaLinhVuc":"","TenLinhVuc":"Đăng ký, quản lý cư trú",` +
	`"KenhThucHien":"2","ChuHoSo":"Công dân mô phỏng","LoaiDoiTuong":"1","MaDoiTuong":"","SoGiayToChuHoSo":"001679897649","ThongTinKhac":"","Email":"",` +
	`"SoDienThoai":"","TrichYeuHoSo":"Gia hạn tạm trú","NgayNopHoSo":"20260101115800","NgayTiepNhan":"20260105080000","NgayHenTra":"20260108170000",` +
	`"TrangThaiHoSo":"10","NgayKetThucXuLy":"20260106092500","NgayTra":"20260106092600","ThongTinTra":"","HinhThuc":"0","NgayTuChoi":"",` +
	`"DonViXuLy":"cong-an-cap-xa","NoiNopHoSo":"2","HoSoCoThanhPhanSoHoa":"1","TaiKhoanDuocXacThucVoiVNeID":"0","DuocThanhToanTrucTuyen":"0",` +
	`"TaiLieuNop":[{"TepDinhKemId":"","TenTepDinhKem":"Tờ khai thay đổi thông tin cư trú","MaThanhPhanHoSo":"","DuongDanTaiTepTin":"","DuocSoHoa":"1",` +
	`"DuocTaiSuDung":"0","DuocLayTuKhoDMQG":"0","MaKetQuaThayThe":""}],"DanhSachLePhi":[],"DanhSachHoSoBoSung":[],"DanhSachGiayToKetQua":[],` +
	`"DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"001679897649"}]}`

// resourceRows are the worst-shaped inputs of every parser of the module.
func resourceRows(sh shared) []resourceRow {
	plain := sh.scheds[0]
	csv := func(in []byte) error { _, err := holiday.ParseCSV(in); return err }
	holidayJSON := func(in []byte) error { _, err := holiday.ParseJSON(in); return err }
	parse := func(in []byte) error { _, err := procedure.Parse(in); return err }
	registry := func(in []byte) error { _, err := procedure.ParseRegistry(in); return err }
	review := func(in []byte) error { _, err := procedure.ReviewLimitsJSON(in); return err }
	route := func(in []byte) error { _, err := liaison.ParseRoute(in); return err }
	unmarshal := func(in []byte) error { _, err := dossier.Unmarshal(in, plain); return err }
	envelope := func(in []byte) error { _, err := national.ParseEnvelope(in); return err }
	record := func(in []byte) error { _, err := national.ParseRecord(in); return err }
	deep := func(head, tail string) func(int) []byte {
		return func(n int) []byte {
			k := (n - len(head) - len(tail)) / 2
			return []byte(head + strings.Repeat("[", k) + strings.Repeat("]", k) + tail)
		}
	}
	// Each procedure of the catalogue has its own code.
	procedures := func(n int) []byte {
		return listTo(`{"procedures":[`, func(i int) string {
			return strings.Replace(wireProcedure, `"1.001193"`, fmt.Sprintf(`"1.%06d"`, i), 1)
		}, `]}`, n)
	}
	procHead := wireProcedure[:strings.Index(wireProcedure, `"source": "test"`)] + `"source": "test", `
	// A route's steps in a chain, each after the one before.
	chain := func(extra string) func(int) []byte {
		return func(n int) []byte {
			return listTo(`{"code":"R","total":"15 ngày làm việc","steps":[`, func(i int) string {
				role, after := "receive", ""
				if i > 0 {
					role, after = "appraise", fmt.Sprintf(`,"after":["s%d"]`, i-1)
				}
				return fmt.Sprintf(`{"id":"s%d","name":"n","role":%q,"agency":"A","budget":"1 giờ làm việc"%s%s}`, i, role, after, extra)
			}, `]}`, n)
		}
	}
	return []resourceRow{
		// holiday.
		{"holiday.ParseCSV/many rows, bad last line", func(n int) []byte {
			first := date.New(2000, time.January, 1)
			b := listTo(csvHeader, func(i int) string {
				return fmt.Sprintf("%s,day_off,Nghỉ,Day off,Thông báo 1/TB-BNV\n", (first + date.Date(i)).Format("2006,2006-01-02"))
			}, "2027,bad,,,,\n", n)
			return bytes.ReplaceAll(b, []byte("\n,"), []byte("\n")) // listTo's commas
		}, csv},
		{"holiday.ParseCSV/one huge quoted field", func(n int) []byte {
			return repeatTo(csvHeader+`2027,2027-02-05,day_off,"`, "ệ", "\",x,y\n", n)
		}, csv},
		{"holiday.ParseJSON/many days", func(n int) []byte {
			return repeatTo(`{"days":[`, `{"date":"2027-02-05","kind":"day_off","name_vi":"x","source":"y"},`, `{}]}`, n)
		}, holidayJSON},
		{"holiday.ParseJSON/deep nesting", deep("", ""), holidayJSON},

		// lunar and sla: texts.
		{"lunar.ParseDate/digits", func(n int) []byte { return repeatTo("2026-", "1", "", n) },
			func(in []byte) error { _, err := lunar.ParseDate(string(in)); return err }},
		{"sla.ParseLimit/repeated limits", func(n int) []byte {
			return repeatTo("", "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; ", "", n)
		}, func(in []byte) error { _, err := sla.ParseLimit(string(in)); return err }},
		{"sla.ParseLimit/one huge amount", func(n int) []byte { return repeatTo("", "9", " ngày làm việc", n) },
			func(in []byte) error { _, err := sla.ParseLimit(string(in)); return err }},
		{"sla.ReadLimit/composite periods", func(n int) []byte {
			return repeatTo("", "01 tháng 15 ngày làm việc đối với trường hợp phải xác minh, ", "", n)
		}, func(in []byte) error { _, err := sla.ReadLimit(string(in)); return err }},
		{"sla.ReadLimit/list lines of a breakdown", func(n int) []byte {
			return repeatTo("Trong thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "\n- Tại Sở Văn hóa, Thể thao và Du lịch 01 ngày làm việc;", "", n)
		}, func(in []byte) error { _, err := sla.ReadLimit(string(in)); return err }},
		{"sla.ReadLimit/one long sentence of shapes", func(n int) []byte {
			return repeatTo("", "thị trấn thi hành khả thi mỗi lần không quá 01 giờ kể từ ngày nhận được đề nghị, Bộ Tư pháp có văn bản trả lời Bộ Ngoại giao, ra quyết định và trong vòng 24 giờ (tương đương 01 ngày), ", "", n)
		}, func(in []byte) error { _, err := sla.ReadLimit(string(in)); return err }},

		// procedure: catalogues, registries, reviews.
		{"procedure.Parse/many procedures", procedures, parse},
		{"procedure.Parse/many procedures, last byte wrong", func(n int) []byte {
			b := procedures(n)
			b[len(b)-1] = ']'
			return b
		}, parse},
		{"procedure.Parse/one huge name", func(n int) []byte {
			return []byte(catalogOf(swap(wireProcedure, `"name": "Đăng ký khai sinh"`, `"name": "`+strings.Repeat("ế", (n-len(wireProcedure))/3)+`"`)))
		}, parse},
		{"procedure.Parse/huge limit text", func(n int) []byte {
			return repeatTo(`{"procedures":[{"code":"1.000001","name":"x","channels":[{"channel":"direct","statutory":"`, "15 ngày làm việc; ", `"}]}]}`, n)
		}, parse},
		{"procedure.Parse/many legal bases", func(n int) []byte {
			return listTo(`{"procedures":[`+procHead+`"legal_basis": [`, func(int) string { return `"Luật Hộ tịch 2014"` }, `]}]}`, n)
		}, parse},
		{"procedure.Parse/deep nesting", deep(`{"procedures":`, `}`), parse},
		{"procedure.ParseRegistry/many agencies", func(n int) []byte {
			return listTo(`{"agencies":[`, func(i int) string {
				return fmt.Sprintf(`{"code":"a%d","name":"Ủy ban nhân dân xã %d","level":"commune"}`, i, i)
			}, `]}`, n)
		}, registry},
		{"procedure.ReviewLimitsJSON/many procedures", procedures, review},
		{"procedure.ReviewLimitsJSON/one huge limit text", func(n int) []byte {
			return repeatTo(`{"procedures":[{"code":"1.000001","name":"x","channels":[{"channel":"direct","statutory":"`, "15 ngày làm việc; ", `"}]}]}`, n)
		}, review},

		// liaison: routes.
		{"liaison.ParseRoute/long chain", chain(""), route},
		{"liaison.ParseRoute/steps with nested arrays", chain(`,"x":[[[[[[[[[[[[[[]]]]]]]]]]]]]]`), route},
		{"liaison.ParseRoute/steps with nested predecessors", func(n int) []byte {
			return listTo(`{"code":"R","total":"15 ngày làm việc","steps":[`, func(i int) string {
				return fmt.Sprintf(`{"id":"s%d","name":"n","role":"appraise","agency":"A","budget":"1 giờ làm việc","after":[[[[[[[[[[[[[[]]]]]]]]]]]]]]}`, i)
			}, `]}`, n)
		}, route},
		{"liaison.ParseRoute/deep nesting", deep(`{"code":"R","steps":`, `}`), route},

		// dossier: documents.
		{"dossier.Unmarshal/huge amount", func(n int) []byte {
			return repeatTo(`{"header":{"fees_due":"`, "9", `"},"events":[]}`, n)
		}, unmarshal},
		{"dossier.Unmarshal/many events", func(n int) []byte {
			return repeatTo(`{"header":{},"events":[`, `{"kind":"transferred","at":"2026-03-09T09:00:00+07:00","actor":"a"},`, `{}]}`, n)
		}, unmarshal},
		{"dossier.Unmarshal/one huge reason", func(n int) []byte {
			return []byte(swap(wireDossier, `"agency":"ubnd-xa"}`, `"agency":"ubnd-xa","reason":"`+strings.Repeat("ế", (n-1024)/3)+`"}`))
		}, unmarshal},
		{"dossier.Unmarshal/many filed documents", func(n int) []byte {
			return []byte(swap(wireDossier, `"filed":[`, string(repeatTo(`"filed":[`, `{"name":"Bản sao","copies":1},`, ``, n-len(wireDossier)))))
		}, unmarshal},

		// national: the portal's envelopes and records.
		{"national.ParseEnvelope/many records", func(n int) []byte {
			return listTo(`{"service":"DongBoHoSoMC","isUpdating":false,"data":[`, func(int) string { return portalLine }, `]}`, n)
		}, envelope},
		{"national.ParseEnvelope/one huge text", func(n int) []byte {
			return []byte(`{"service":"DongBoHoSoMC","isUpdating":false,"data":[` +
				strings.Replace(portalLine, `"ThongTinKhac":""`, `"ThongTinKhac":"`+strings.Repeat("ế", (n-2*len(portalLine))/3)+`"`, 1) + `]}`)
		}, envelope},
		{"national.ParseEnvelope/deep nesting", deep(`{"service":"DongBoHoSoMC","isUpdating":false,"data":`, `}`), envelope},
		{"national.ParseRecord/many documents", func(n int) []byte {
			doc := `{"TepDinhKemId":"","TenTepDinhKem":"Tờ khai","MaThanhPhanHoSo":"","DuongDanTaiTepTin":"","DuocSoHoa":"1","DuocTaiSuDung":"0","DuocLayTuKhoDMQG":"0","MaKetQuaThayThe":""}`
			i := strings.Index(portalLine, `"TaiLieuNop":[`) + len(`"TaiLieuNop":[`)
			return listTo(portalLine[:i], func(int) string { return doc }, portalLine[strings.Index(portalLine, `],"DanhSachLePhi"`):], n)
		}, record},
		{"national.ParseRecord/deep nesting", deep(`{"MaHoSo":"x","TaiLieuNop":`, `}`), record},

		// dossier/store: an import line.
		{"store.Import/one huge line", func(n int) []byte {
			return repeatTo(`{"id":"`, "é", "\"}\n", n)
		}, func(in []byte) error {
			s, err := storeFor(sh)
			if err != nil {
				return err
			}
			_, err = s.Import(context.Background(), bytes.NewReader(in))
			return err
		}},
	}
}

// usage is what one parse cost.
type usage struct {
	elapsed time.Duration // the CPU time the run took (the wall clock where that is unknown)
	alloc   uint64        // bytes allocated by one run
	peak    uint64        // the highest heap seen during one run, above the heap before it
	err     error
}

// heapObjects reads the bytes of heap objects, live and not yet swept.
func heapObjects(s []metrics.Sample) uint64 {
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// measure runs parse on in once, timed, while a goroutine samples the heap
// (runtime/metrics). One run each keeps the test affordable under the race
// detector, which CI uses; a time ratio out of bounds is measured again.
func measure(parse func([]byte) error, in []byte) usage {
	var u usage
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	runtime.GC()
	base := heapObjects(sample)
	var peak atomic.Uint64
	peak.Store(base)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: sample[0].Name}}
		tick := time.NewTicker(200 * time.Microsecond)
		defer tick.Stop()
		for {
			if h := heapObjects(s); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, startCPU := time.Now(), cpuTime()
	u.err = parse(in)
	u.elapsed = time.Since(start)
	if c := cpuTime(); startCPU > 0 {
		// The process's CPU time: the parse and the garbage collection it
		// causes, not the other processes a busy machine runs meanwhile.
		u.elapsed = c - startCPU
	}
	runtime.ReadMemStats(&after)
	close(stop)
	wg.Wait()
	if h := heapObjects(sample); h > peak.Load() {
		peak.Store(h)
	}
	u.alloc = after.TotalAlloc - before.TotalAlloc
	u.peak = peak.Load() - base
	return u
}

// Issue 12 ("Done when"): every parser's worst-shaped input at its byte
// cap (4 MiB at most) and at a quarter of it, smaller still when the two
// would end differently. Allocation is deterministic and must grow at most
// linearly (4× the input allocates at most 5× as much, plus 2 MiB); the
// peak heap stays under 64 MiB; an error stays under 1 KiB. Time is
// compared only as a ratio (measured again when out of bounds), with generous room
// for a shared machine and the race detector (12× for 4× the input), so
// that only a quadratic parser (16×) fails; no absolute timing is checked.
func TestResources(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: the resource test feeds 4 MiB inputs")
	}
	sh := newShared(t)
	seen := map[string]bool{}
	for _, row := range resourceRows(sh) {
		if seen[row.name] {
			t.Fatalf("duplicate row %q", row.name)
		}
		seen[row.name] = true
		t.Run(row.name, func(t *testing.T) {
			// Both sizes must be parsed alike (both read, or both refused
			// the same way), or the ratio compares a parse with a refusal
			// and no growth can fail it: start at the parser's byte cap
			// (4 MiB at most) and its quarter, and go down by four while
			// the two end differently.
			size := min(4*mb, capOf(row.name))
			var small, large []byte
			var a, b usage
			for {
				small, large = row.input(size/4), row.input(size)
				if len(small) < size/4-size/32 || len(small) > size/4 || len(large) < size-size/8 || len(large) > size {
					t.Fatalf("inputs of %d and %d bytes; want about %d and %d", len(small), len(large), size/4, size)
				}
				a, b = measure(row.parse, small), measure(row.parse, large)
				if sameEnd(a.err, b.err) || size <= 16<<10 {
					break
				}
				size /= 4
			}
			if !sameEnd(a.err, b.err) {
				t.Fatalf("%d and %d bytes end differently (%s, %s) at every size: the row measures nothing", len(small), len(large), outcome(a.err), outcome(b.err))
			}
			t.Logf("%d KiB: %v, %d KiB allocated, peak %d KiB (%s); %d KiB: %v, %d KiB allocated, peak %d KiB (%s)",
				len(small)>>10, a.elapsed, a.alloc>>10, a.peak>>10, outcome(a.err), len(large)>>10, b.elapsed, b.alloc>>10, b.peak>>10, outcome(b.err))
			if b.peak > 64*mb {
				t.Errorf("peak heap at 4 MiB is %d MiB; want under 64 MiB", b.peak/mb)
			}
			if b.alloc > 5*a.alloc+2*mb {
				t.Errorf("allocation grows faster than the input: %d KiB at 1 MiB, %d KiB at 4 MiB", a.alloc>>10, b.alloc>>10)
			}
			if b.elapsed > 12*a.elapsed && b.elapsed > 50*time.Millisecond {
				// Measure again before blaming the parser for a busy machine:
				// the fastest of four runs of each size is what the parser
				// costs; the slower ones are the machine.
				fastA, fastB := a.elapsed, b.elapsed
				for range 3 {
					fastA = min(fastA, measure(row.parse, small).elapsed)
					fastB = min(fastB, measure(row.parse, large).elapsed)
				}
				if fastB > 12*fastA {
					t.Errorf("time grows faster than the input: at best %v for %d KiB, %v for %d KiB", fastA, len(small)>>10, fastB, len(large)>>10)
				}
			}
			for _, err := range []error{a.err, b.err} {
				if err != nil && len(err.Error()) >= maxMessage {
					t.Errorf("an error of %d bytes; want under 1 KiB: %q", len(err.Error()), truncate(err.Error()))
				}
			}
		})
	}
}

// capOf returns the documented byte limit of the parser a resource row
// feeds, by the package its name starts with (no limit: 4 MiB).
func capOf(name string) int {
	pkg, _, _ := strings.Cut(name, ".")
	switch pkg {
	case "holiday":
		return holiday.MaxDataBytes
	case "sla":
		return sla.MaxLimitTextBytes
	case "dossier":
		return dossier.MaxJSONBytes
	case "liaison":
		return liaison.MaxRouteJSON
	}
	return 4 * mb
}

// sameEnd reports whether two parses ended alike: both accepted, both
// refused as too large, or both refused otherwise.
func sameEnd(a, b error) bool {
	kind := func(err error) string {
		switch o := outcome(err); o {
		case "accepted", "too large":
			return o
		}
		return "refused"
	}
	return kind(a) == kind(b)
}

// outcome says briefly how a parse ended.
func outcome(err error) string {
	if err == nil {
		return "accepted"
	}
	var tooLarge = []error{holiday.ErrTooLarge, sla.ErrLimitTooLong, procedure.ErrTooLarge, liaison.ErrTooLarge, dossier.ErrTooLarge, national.ErrTooLarge}
	for _, e := range tooLarge {
		if errors.Is(err, e) {
			return "too large"
		}
	}
	return truncate(err.Error())[:min(60, len(err.Error()))]
}

// Issue 12.8: input over a parser's documented byte limit is refused
// unread — without copying it (holiday quoted its data through a string
// of the whole input: 4 MiB allocated to refuse 4 MiB).
func TestOversizeRefusedUnread(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: builds inputs of up to 17 MiB")
	}
	sh := newShared(t)
	str := func(f func(string) error) func([]byte) error {
		return func(in []byte) error { return f(unsafe.String(&in[0], len(in))) }
	}
	for _, c := range []struct {
		name  string
		limit int
		parse func([]byte) error
	}{
		{"holiday.ParseCSV", holiday.MaxDataBytes, func(in []byte) error { _, err := holiday.ParseCSV(in); return err }},
		{"holiday.ParseJSON", holiday.MaxDataBytes, func(in []byte) error { _, err := holiday.ParseJSON(in); return err }},
		{"sla.ParseLimit", sla.MaxLimitTextBytes, str(func(s string) error { _, err := sla.ParseLimit(s); return err })},
		{"sla.ReadLimit", sla.MaxLimitTextBytes, str(func(s string) error { _, err := sla.ReadLimit(s); return err })},
		{"procedure.Parse", procedure.MaxCatalogBytes, func(in []byte) error { _, err := procedure.Parse(in); return err }},
		{"procedure.ParseRegistry", procedure.MaxRegistryBytes, func(in []byte) error { _, err := procedure.ParseRegistry(in); return err }},
		{"liaison.ParseRoute", liaison.MaxRouteJSON, func(in []byte) error { _, err := liaison.ParseRoute(in); return err }},
		{"dossier.Unmarshal", dossier.MaxJSONBytes, func(in []byte) error { _, err := dossier.Unmarshal(in, sh.scheds[0]); return err }},
		{"national.ParseEnvelope", national.MaxEnvelopeBytes, func(in []byte) error { _, err := national.ParseEnvelope(in); return err }},
		{"national.ParseRecord", national.MaxEnvelopeBytes, func(in []byte) error { _, err := national.ParseRecord(in); return err }},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := bytes.Repeat([]byte("ế"), (c.limit+mb)/3)
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			err := c.parse(in)
			runtime.ReadMemStats(&after)
			if err == nil {
				t.Fatal("accepted")
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > 64<<10 {
				t.Errorf("%d KiB allocated to refuse %d KiB over a limit of %d KiB: %v", got>>10, len(in)>>10, c.limit>>10, truncate(err.Error()))
			}
		})
	}
}
