package lunar_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/motcua/motcua/holiday/lunar"
)

func TestString(t *testing.T) {
	tests := []struct {
		d    lunar.Date
		want string
	}{
		{lunar.Date{Year: 2026, Month: 1, Day: 1}, "2026-01-01"},
		{lunar.Date{Year: 2033, Month: 11, Day: 5, Leap: true}, "2033-11L-05"},
		{lunar.Date{}, "0000-00-00"},
		{lunar.Date{Year: -5, Month: 13, Day: 31}, "-005-13-31"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestIsValid(t *testing.T) {
	tests := []struct {
		d    lunar.Date
		want bool
	}{
		{lunar.Date{Year: 2026, Month: 1, Day: 1}, true},
		{lunar.Date{Year: 2025, Month: 6, Day: 1, Leap: true}, true},
		{lunar.Date{Year: 2025, Month: 5, Day: 1, Leap: true}, false},
		{lunar.Date{Year: 2025, Month: 12, Day: 30}, false},
		{lunar.Date{}, false},
		{lunar.Date{Year: 1899, Month: 12, Day: 1}, false},
		{lunar.Date{Year: 2200, Month: 1, Day: 1}, false},
		{lunar.Date{Year: 2199, Month: 12, Day: 1}, true},
	}
	for _, tt := range tests {
		if got := tt.d.IsValid(); got != tt.want {
			t.Errorf("%v.IsValid() = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	// In chronological order.
	order := []string{"2033-10-30", "2033-11-01", "2033-11-29", "2033-11L-01", "2033-11L-29", "2033-12-01", "2034-01-01"}
	for i, a := range order {
		for j, b := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			da, db := lunar.MustParseDate(a), lunar.MustParseDate(b)
			if got := da.Compare(db); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestPropCompareMatchesSolarOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genSolar().Draw(t, "a")
		b := genSolar().Draw(t, "b")
		la, _ := lunar.FromSolar(a)
		lb, _ := lunar.FromSolar(b)
		want := 0
		if a < b {
			want = -1
		} else if a > b {
			want = 1
		}
		if got := la.Compare(lb); got != want {
			t.Fatalf("%v.Compare(%v) = %d; solar %v vs %v", la, lb, got, a, b)
		}
	})
}

func TestParseDateStrict(t *testing.T) {
	for _, s := range []string{
		"2026-1-01", "2026-01-1", "26-01-01", "2026/01/01", "2026-01-01 ", " 2026-01-01",
		"2026-01l-01", "2026-01X-01", "2026-011-01", "20260101", "2026-01-01Z", "+026-01-01",
	} {
		if _, err := lunar.ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) succeeded", s)
		}
	}
}

func TestYearNameVietnamese(t *testing.T) {
	tests := map[int]string{
		2026: "Bính Ngọ", 2025: "Ất Tỵ", 1985: "Ất Sửu", 2024: "Giáp Thìn",
		1984: "Giáp Tý", 1968: "Mậu Thân", 2023: "Quý Mão", 1900: "Canh Tý", 2199: "Kỷ Hợi",
	}
	for y, want := range tests {
		if got := lunar.YearNameVietnamese(y); got != want {
			t.Errorf("YearNameVietnamese(%d) = %q, want %q", y, got, want)
		}
	}
	if got := lunar.YearNameEnglish(2023); got != "Water Cat" {
		t.Errorf("YearNameEnglish(2023) = %q", got)
	}
	if got := lunar.YearNameVietnamese(-1); got == "" {
		t.Error("YearNameVietnamese(-1) is empty")
	}
}

func TestMonthNameVietnamese(t *testing.T) {
	tests := []struct {
		m    int
		leap bool
		want string
	}{
		{1, false, "tháng Giêng"}, {2, false, "tháng 2"}, {11, false, "tháng 11"},
		{12, false, "tháng Chạp"}, {11, true, "tháng 11 nhuận"}, {0, false, ""}, {13, false, ""},
	}
	for _, tt := range tests {
		if got := lunar.MonthNameVietnamese(tt.m, tt.leap); got != tt.want {
			t.Errorf("MonthNameVietnamese(%d, %v) = %q, want %q", tt.m, tt.leap, got, tt.want)
		}
	}
}
