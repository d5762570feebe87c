package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/national"
)

// The demo's output for Tết Bính Ngọ 2026 against the official schedule
// (Notice 9441/TB-BNV: off Sat 14 – Sun 22 February 2026).
func TestRunTet2026(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2026"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Lịch làm việc dịp Tết Bính Ngọ (2026), theo thông báo chính thức",
		"T3 17/02/2026  âm lịch 01/01  Tết Nguyên Đán",
		"T2 23/02/2026  âm lịch 07/01  làm việc",
		"Hồ sơ tiếp nhận lúc 16:40 ngày T6 13/02/2026:",
		"3 ngày làm việc        → T4 25/02/2026 17:00",
		"4 giờ làm việc         → T2 23/02/2026 11:40",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q; got:\n%s", want, out.String())
		}
	}
}

func TestRunProjectedYearEnglish(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2027", "-lang", "en"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Lunar New Year of the Fire Goat (2027), projected from the Labour Code",
		"Sat 06/02/2027  lunar 01/01  Lunar New Year (Tết) *",
		"* projected day",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q; got:\n%s", want, out.String())
		}
	}
}

func TestRunBadInput(t *testing.T) {
	for _, args := range [][]string{{"-year", "1850"}, {"-year", "2300"}, {"-lang", "fr"}, {"-year", "x"}, {"-per-day", "-1"}} {
		var out strings.Builder
		if err := run(&out, args, time.Now()); err == nil {
			t.Errorf("run(%q) = nil error, want one", args)
		}
	}
}

func TestRunDefaultsToThisYear(t *testing.T) {
	var out strings.Builder
	now := time.Date(2025, 12, 31, 18, 0, 0, 0, time.UTC) // already 1 January 2026 in Vietnam
	if err := run(&out, nil, now); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Bính Ngọ (2026)") {
		t.Errorf("want the year in Vietnam's zone (2026); got:\n%s", out.String())
	}
}

// The simulated year 2025 spans the 1 July 2025 reform: both regimes appear,
// and the report has its sections.
func TestSimulatedYear(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2025", "-seed", "3", "-per-day", "20"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025",
		"Tiếp nhận: ", "Đã giải quyết: ", "Tỷ lệ giải quyết trước hạn và đúng hạn: ",
		"Chế độ: ", "theo Nghị định 118/2025",
		"Theo lĩnh vực", "Hộ tịch", "Theo cơ quan giải quyết", "Theo kênh tiếp nhận", "Trực tiếp",
		"Hồ sơ liên thông khai sinh (Nghị định 63/2024/NĐ-CP)", "CONG-AN-XA",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q; got:\n%s", want, out.String())
		}
	}
}

// A seed gives the same year every time; another seed another year.
func TestSimulationReproducible(t *testing.T) {
	runSeed := func(seed string) string {
		var out strings.Builder
		if err := run(&out, []string{"-year", "2026", "-seed", seed, "-per-day", "10", "-lang", "en"}, time.Now()); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	a, b, c := runSeed("1"), runSeed("1"), runSeed("2")
	if a != b {
		t.Error("the same seed gave two different years")
	}
	if a == c {
		t.Error("two seeds gave the same year")
	}
	if !strings.Contains(a, "REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURES, 2026") {
		t.Errorf("English report title missing:\n%s", a)
	}
}

// Issue 12.15: the simulation requests financial obligations (the land
// procedure had no limit, so none was ever received), and "-lang en"
// writes English number formats and no "âm lịch".
func TestSimulationObligationsAndEnglish(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2026", "-seed", "1", "-per-day", "40", "-lang", "en"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.Contains(s, " 0 financial obligations") || !strings.Contains(s, "financial obligations") {
		t.Errorf("no financial obligation simulated:\n%s", s)
	}
	if !strings.Contains(s, "Đất đai") {
		t.Errorf("no land dossier received:\n%s", s)
	}
	if strings.Contains(s, "âm lịch") {
		t.Error(`English output says "âm lịch"`)
	}
	if !strings.Contains(s, "Received: 8,") {
		t.Errorf("want English thousands separators (8,912):\n%s", s)
	}
	var vi strings.Builder
	if err := run(&vi, []string{"-year", "2026", "-seed", "1", "-per-day", "40"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(vi.String(), "Tiếp nhận: 8.") {
		t.Errorf("want Vietnamese thousands separators (8.912):\n%s", vi.String())
	}
}

// Issue 12.16: a year whose days no dossier code can number (after 2099) is
// refused before anything is printed; the calendar alone still shows.
func TestRunRefusesUncodableYearUpFront(t *testing.T) {
	var out strings.Builder
	if err := run(&out, []string{"-year", "2100"}, time.Now()); err == nil || out.Len() != 0 {
		t.Fatalf("run(-year 2100) = %v after printing %d bytes; want an error and no output", err, out.Len())
	}
	out.Reset()
	if err := run(&out, []string{"-year", "2100", "-per-day", "0"}, time.Now()); err != nil {
		t.Fatalf("the calendar of 2100 alone: %v", err)
	}
	if got := groupDigits(-1234567, ','); got != "-1,234,567" {
		t.Errorf("groupDigits = %q", got)
	}
}

// Issue 16: the year's scorecard follows the report — the total, each
// group out of its maximum, the rows that lost points with their figures,
// and the example's assumptions — in Vietnamese by default, in English
// with -lang en.
func TestSimulatedYearScorecard(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{
			"CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2026",
			"Tổng điểm: ", " / 100,00",
			"  1. Công khai, minh bạch", "  5. Mức độ hài lòng",
			"Điểm bị trừ (trừ nhiều nhất trước",
			"4.1 ", "Kết quả giải quyết điện tử", "(kết quả điện tử ",
			"Giả định của ví dụ, không mô phỏng",
		}},
		{"en", []string{
			"SERVICE INDEX FOR CITIZENS AND BUSINESSES, 2026",
			"Total: ", " / 100.00 points",
			"  1. Transparency", "  5. Satisfaction",
			"Where points were lost (largest loss first",
			"Results issued electronically", "(electronic results ",
			"Assumed by the example, not simulated",
		}},
	} {
		var out strings.Builder
		if err := run(&out, []string{"-year", "2026", "-seed", "1", "-per-day", "10", "-lang", tc.lang}, time.Now()); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		card := s[strings.Index(s, tc.want[0]):]
		for _, want := range tc.want {
			if !strings.Contains(card, want) {
				t.Errorf("%s scorecard lacks %q; got:\n%s", tc.lang, want, card)
			}
		}
		if tc.lang == "en" && strings.Contains(card, "Tổng điểm") || tc.lang == "vi" && strings.Contains(card, "Total:") {
			t.Errorf("%s scorecard in the other language:\n%s", tc.lang, card)
		}
		// Each group line reads "points / max" with points ≤ max.
		groups := 0
		for _, line := range strings.Split(card, "\n") {
			if !groupLine.MatchString(line) {
				continue
			}
			groups++
			f := strings.Fields(line)
			got, max := f[len(f)-3], f[len(f)-1]
			if num(t, got) > num(t, max) {
				t.Errorf("%s: group line %q scores above its maximum", tc.lang, line)
			}
		}
		if groups != 5 {
			t.Errorf("%s: %d group lines, want 5:\n%s", tc.lang, groups, card)
		}
	}
}

// groupLine matches a group's line, "  3. Online service and payment …".
var groupLine = regexp.MustCompile(`^  [1-5]\. `)

// num reads a score printed with a decimal comma or point.
func num(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil {
		t.Fatalf("score %q: %v", s, err)
	}
	return f
}

// Issue 15: -records writes one portal record a dossier, one JSON object a
// line, each read back by national.ParseRecord and imported; codes are
// unique, and a dossier refused at intake carries the code the desk
// registered it under (status 3, with its refusal instant).
func TestRecordsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "records.jsonl")
	var out strings.Builder
	if err := run(&out, []string{"-year", "2026", "-seed", "1", "-per-day", "10", "-lang", "en", "-records", path}, time.Now()); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if want := fmt.Sprintf("Wrote %s records for the national public service portal (", groupDigits(int64(len(lines)), ',')); !strings.Contains(out.String(), want) || !strings.Contains(out.String(), path) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
	codes := map[string]bool{}
	statuses := map[string]int{}
	payments := map[string]int{}
	withFees, withResults := 0, 0
	for i, line := range lines {
		r, err := national.ParseRecord([]byte(line))
		if err != nil {
			t.Fatalf("line %d: %v\n%s", i+1, err, line)
		}
		if _, err := national.Import(r, nil); err != nil {
			t.Errorf("line %d imports with %v", i+1, err)
		}
		if codes[r.MaHoSo] {
			t.Errorf("line %d repeats the code %s", i+1, r.MaHoSo)
		}
		codes[r.MaHoSo] = true
		statuses[r.TrangThaiHoSo]++
		payments[r.DuocThanhToanTrucTuyen]++
		if len(r.DanhSachLePhi) > 0 {
			withFees++
		}
		if len(r.DanhSachGiayToKetQua) > 0 {
			withResults++
		}
		if r.TrangThaiHoSo == "3" && r.NgayTuChoi == "" {
			t.Errorf("line %d: refused without its refusal instant", i+1)
		}
	}
	for _, s := range []string{"3", "10"} { // refused at intake; returned
		if statuses[s] == 0 {
			t.Errorf("no record with status %s: %v", s, statuses)
		}
	}
	// The portal's facts are exercised: fees paid on the portal (1), through
	// the province's gateway (2) and at the desk (3), with their fee lines,
	// and result documents (Decree 42/2022/NĐ-CP; Decree 45/2020/NĐ-CP
	// Art. 14). Failed before: every record said 0, with no fee line and
	// no result document.
	for _, code := range []string{"0", "1", "2", "3"} {
		if payments[code] == 0 {
			t.Errorf("no record with DuocThanhToanTrucTuyen %s: %v", code, payments)
		}
	}
	if withFees != payments["1"]+payments["2"]+payments["3"] || withResults == 0 {
		t.Errorf("%d records with fee lines for %v payments, %d with result documents", withFees, payments, withResults)
	}
}

func TestRecordsRefusedWithoutDossiers(t *testing.T) {
	var out strings.Builder
	path := filepath.Join(t.TempDir(), "r.jsonl")
	if err := run(&out, []string{"-per-day", "0", "-records", path}, time.Now()); err == nil || out.Len() != 0 {
		t.Errorf("-records with -per-day 0 = %v after %d bytes; want an error up front", err, out.Len())
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("the records file was created")
	}
}
