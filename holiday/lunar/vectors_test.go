package lunar_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/motcua/motcua/holiday/lunar"
)

const (
	srcCSV = "Tết, Hùng Kings' Day and leap month per year from Hồ Ngọc Đức's published Vietnamese calendar tables"
	// Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar"
	// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html),
	// sentence "In 2007 the Vietnamese New Year is on 17/02/2007 … in 2053
	// they are 18/02/2053 and 19/02/2053", as quoted at
	// https://kientruc2014.com/vietnam/cau-tra-loi-nhanh-chong-what-year-is-it-in-vietnam.html
	srcHoDuc = "Hồ Ngọc Đức, calrules_en.html, quoted at kientruc2014.com"
	// H. Aslaksen, "The Mathematics of the Chinese Calendar"
	// (https://studylib.net/doc/8101861/the-mathematics-of-the-chinese-calendar):
	// after the switch to UTC+7 "Tet was celebrated on January 29" 1968 in
	// North Vietnam (January 30 in the South, still on UTC+8); passage
	// quoted at https://wiki.suikawiki.org/n/%E9%BB%84%E6%9A%A6
	srcAslaksen = "Aslaksen, The Mathematics of the Chinese Calendar (Tet 1968, North Vietnam)"
	// https://www.hermetic.ch/chcal/leap_months.htm: "The start of the leap
	// month 8* corresponds to 1995-09-24 CE in Vietnam but to 1995-09-25 CE
	// in China."
	srcHermetic = "hermetic.ch/chcal/leap_months.htm (Vietnamese leap month 8 of 1995)"
	// https://baohaiduong.vn/en/co-phai-thang-gieng-khong-bao-gio-nhuan-404396.html
	// (VTC News, quoting MSc. Trần Tiến Bình, former State Calendar
	// Committee): "the year of Mau Than - 2148 ... will have 2 January 1st
	// days: Sunday, January 21, 2148 and Tuesday, February 20, 2148";
	// "the calendar year 2033 will have 2 11th lunar months".
	srcTranTienBinh = "baohaiduong.vn, Is January never a leap month? (Trần Tiến Bình)"
	// https://baonghean.vn/en/am-duong-lich-ngay-6-thang-1-nam-2026.html:
	// "Gregorian calendar: 06-01-2026, Lunar calendar: 18-11-2025".
	srcBaoNgheAn = "baonghean.vn, Âm dương lịch ngày 6 tháng 1 năm 2026"
)

// yearVectors are published facts about whole lunar years. Empty strings
// and a leap of -1 mean "not stated by the source".
var yearVectors = []struct {
	year      int
	tet       string // solar date of 1/1
	hungKings string // solar date of 10/3 (Giỗ Tổ Hùng Vương)
	leap      int    // leap month, 0 if none
	source    string
}{
	{1985, "1985-01-21", "1985-04-29", 2, srcCSV},
	{2007, "2007-02-17", "2007-04-26", 0, srcCSV},
	{2015, "2015-02-19", "2015-04-28", 0, srcCSV},
	{2016, "2016-02-08", "2016-04-16", 0, srcCSV},
	{2017, "2017-01-28", "2017-04-06", 6, srcCSV},
	{2018, "2018-02-16", "2018-04-25", 0, srcCSV},
	{2019, "2019-02-05", "2019-04-14", 0, srcCSV},
	{2020, "2020-01-25", "2020-04-02", 4, srcCSV},
	{2021, "2021-02-12", "2021-04-21", 0, srcCSV},
	{2022, "2022-02-01", "2022-04-10", 0, srcCSV},
	{2023, "2023-01-22", "2023-04-29", 2, srcCSV},
	{2024, "2024-02-10", "2024-04-18", 0, srcCSV},
	{2025, "2025-01-29", "2025-04-07", 6, srcCSV},
	{2026, "2026-02-17", "2026-04-26", 0, srcCSV},
	{2027, "2027-02-06", "2027-04-16", 0, srcCSV},
	{2028, "2028-01-26", "2028-04-04", 5, srcCSV},
	{2030, "2030-02-02", "2030-04-12", 0, srcCSV},
	{2033, "2033-01-31", "2033-04-09", 11, srcCSV},

	{1968, "1968-01-29", "", -1, srcAslaksen},
	{2007, "2007-02-17", "", -1, srcHoDuc},
	{2030, "2030-02-02", "", -1, srcHoDuc},
	{2053, "2053-02-18", "", -1, srcHoDuc},
	{1995, "", "", 8, srcHermetic},
	{2033, "", "", 11, srcTranTienBinh},
	{2148, "2148-01-21", "", 1, srcTranTienBinh},
}

// dayVectors are published correspondences between single days.
var dayVectors = []struct {
	solar  string
	lunar  string
	source string
}{
	{"1995-09-24", "1995-08L-01", srcHermetic},
	{"2148-01-21", "2148-01-01", srcTranTienBinh},
	{"2148-02-20", "2148-01L-01", srcTranTienBinh},
	{"2026-01-06", "2025-11-18", srcBaoNgheAn},
}

func mustSolar(t *testing.T, s string) date.Date {
	t.Helper()
	d, err := date.ParseISO(s)
	if err != nil {
		t.Fatalf("bad solar date %q in test table: %v", s, err)
	}
	return d
}

func TestYearVectors(t *testing.T) {
	for _, v := range yearVectors {
		t.Run(strconv.Itoa(v.year), func(t *testing.T) {
			if v.tet != "" {
				want := mustSolar(t, v.tet)
				got, err := lunar.NewYear(v.year)
				if err != nil || got != want {
					t.Errorf("NewYear(%d) = %v, %v; want %v (source: %s)", v.year, got, err, want, v.source)
				}
				l, err := lunar.FromSolar(want)
				if err != nil || l != (lunar.Date{Year: v.year, Month: 1, Day: 1}) {
					t.Errorf("FromSolar(%v) = %v, %v; want %d-01-01 (source: %s)", want, l, err, v.year, v.source)
				}
			}
			if v.hungKings != "" {
				want := mustSolar(t, v.hungKings)
				got, err := lunar.ToSolar(lunar.Date{Year: v.year, Month: 3, Day: 10})
				if err != nil || got != want {
					t.Errorf("ToSolar(%d-03-10) = %v, %v; want %v (source: %s)", v.year, got, err, want, v.source)
				}
			}
			if v.leap >= 0 {
				got, err := lunar.LeapMonth(v.year)
				if err != nil || got != v.leap {
					t.Errorf("LeapMonth(%d) = %d, %v; want %d (source: %s)", v.year, got, err, v.leap, v.source)
				}
			}
		})
	}
}

func TestDayVectors(t *testing.T) {
	for _, v := range dayVectors {
		t.Run(v.solar, func(t *testing.T) {
			s := mustSolar(t, v.solar)
			l := lunar.MustParseDate(v.lunar)
			if got, err := lunar.FromSolar(s); err != nil || got != l {
				t.Errorf("FromSolar(%v) = %v, %v; want %v (source: %s)", s, got, err, l, v.source)
			}
			if got, err := lunar.ToSolar(l); err != nil || got != s {
				t.Errorf("ToSolar(%v) = %v, %v; want %v (source: %s)", l, got, err, s, v.source)
			}
		})
	}
}

// TestDiffersFromChinese checks the years the brief singles out, in which
// Tết at UTC+7 falls earlier than the Chinese New Year at UTC+8. The
// Vietnamese dates come from yearVectors; here we only check that they
// are not the Chinese ones.
func TestDiffersFromChinese(t *testing.T) {
	chinese := map[int]date.Date{
		1968: date.New(1968, time.January, 30),
		1985: date.New(1985, time.February, 20),
		2007: date.New(2007, time.February, 18),
		2030: date.New(2030, time.February, 3),
		2053: date.New(2053, time.February, 19),
	}
	for y, cny := range chinese {
		if got, _ := lunar.NewYear(y); got == cny {
			t.Errorf("NewYear(%d) = %v, the Chinese date", y, got)
		}
	}
}
