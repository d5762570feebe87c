package form

import (
	"fmt"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// DateVI writes day d as Vietnamese official documents write dates:
// "ngày 05 tháng 02 năm 2026", "ngày 11 tháng 12 năm 2024",
// "ngày 29 tháng 6 năm 2025". The day and month are in Arabic numerals; a
// day below 10 and the months 1 and 2 take a leading zero, other months do
// not (Decree 30/2020/NĐ-CP on clerical work, Appendix I, the element
// "địa danh và thời gian ban hành văn bản": "đối với những số thể hiện ngày
// nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước"). The zero Date
// gives the blank of a paper form, "ngày … tháng … năm …".
func DateVI(d date.Date) string {
	if d == date.Zero {
		return "ngày … tháng … năm …"
	}
	y, m, day := d.Date()
	month := fmt.Sprint(int(m))
	if m <= time.February {
		month = fmt.Sprintf("%02d", int(m))
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", day, month, y)
}

// ClockVI writes the hour and minute of t, in t's location, as the 2025
// forms print them: "16 giờ 40 phút", "08 giờ 05 phút" (two digits each, as
// the one-stop systems print the "… giờ … phút" blanks of the forms).
func ClockVI(t time.Time) string {
	return fmt.Sprintf("%02d giờ %02d phút", t.Hour(), t.Minute())
}

// TimeVI writes an instant with its hour and minute and its date, in t's
// location: "16 giờ 40 phút, ngày 05 tháng 02 năm 2026". The zero time
// gives the blank "… giờ … phút, ngày … tháng … năm …".
func TimeVI(t time.Time) string {
	if t.IsZero() {
		return "… giờ … phút, " + DateVI(date.Zero)
	}
	return ClockVI(t) + ", " + DateVI(date.NewAt(t))
}

// instantVI writes an instant as regime r's forms do: with the hour and
// minute when r.FormsWithTime (the 2025 forms), the date only otherwise.
func instantVI(r dossier.Regime, t time.Time) string {
	if r.FormsWithTime {
		return TimeVI(t)
	}
	if t.IsZero() {
		return DateVI(date.Zero)
	}
	return DateVI(date.NewAt(t))
}

// MoneyVI writes an amount of Vietnamese đồng as Vietnamese texts do: a dot
// between thousands, a comma before decimals, and the word "đồng":
// "50.000 đồng", "1.250.000 đồng", "0 đồng".
func MoneyVI(amount decimal.Decimal) string {
	s := amount.Abs().String()
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if amount.IsNegative() {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	b.WriteString(" đồng")
	return b.String()
}
