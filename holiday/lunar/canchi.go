package lunar

import "strconv"

// This file names lunar years in the sexagenary cycle (can chi): one of ten
// heavenly stems (can) followed by one of twelve earthly branches (chi).
// Year 4 (and so 1984, 2044) is Giáp Tý, the first of the cycle.

var (
	stems    = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
	branches = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}

	// stemElementsEN are the five elements, each shared by two
	// consecutive stems.
	stemElementsEN = [5]string{"Wood", "Fire", "Earth", "Metal", "Water"}
	// branchAnimalsEN follow the Vietnamese zodiac, which has the Buffalo
	// (Sửu) and the Cat (Mão) where the Chinese has the Ox and the Rabbit.
	branchAnimalsEN = [12]string{"Rat", "Buffalo", "Tiger", "Cat", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig"}
)

// cycle returns the stem (0..9) and branch (0..11) indexes of a year.
func cycle(year int) (stem, branch int) {
	stem = ((year+6)%10 + 10) % 10
	branch = ((year+8)%12 + 12) % 12
	return stem, branch
}

// YearNameVietnamese returns the Vietnamese sexagenary (can chi) name of
// lunar year year, e.g. "Bính Ngọ" for 2026 and "Ất Tỵ" for 2025. The cycle
// repeats every 60 years, so any year has a name, inside the covered span
// or not.
func YearNameVietnamese(year int) string {
	s, b := cycle(year)
	return stems[s] + " " + branches[b]
}

// YearNameEnglish returns an English rendering of [YearNameVietnamese]: the
// element of the stem and the animal of the branch in the Vietnamese
// zodiac, e.g. "Fire Horse" for 2026 and "Wood Cat" for 2035. It does not
// give the yin/yang of the stem, which the animal already implies.
func YearNameEnglish(year int) string {
	s, b := cycle(year)
	return stemElementsEN[s/2] + " " + branchAnimalsEN[b]
}

// MonthNameVietnamese returns the Vietnamese name of a lunar month: "tháng Giêng"
// for month 1, "tháng Chạp" for month 12, "tháng 2" to "tháng 11"
// otherwise, with " nhuận" appended for a leap month, e.g. "tháng 11 nhuận".
// It returns "" for a month outside 1..12.
func MonthNameVietnamese(month int, leap bool) string {
	var s string
	switch {
	case month == 1:
		s = "tháng Giêng"
	case month == 12:
		s = "tháng Chạp"
	case month >= 2 && month <= 11:
		s = "tháng " + strconv.Itoa(month)
	default:
		return ""
	}
	if leap {
		s += " nhuận"
	}
	return s
}
