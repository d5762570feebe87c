package scorecard

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Vietnamese renders the scorecard for people, in Vietnamese: the total,
// each group, each row with its inputs, ratio, points, maximum and
// source, the unscored figures (the average processing time, feedback
// results published on time), and where points were lost.
func (s Scorecard) Vietnamese() string { return s.render(true) }

// English renders the scorecard for people, in English, as
// [Scorecard.Vietnamese] does.
func (s Scorecard) English() string { return s.render(false) }

func (s Scorecard) render(vi bool) string {
	var b strings.Builder
	num := func(d decimal.Decimal) string {
		t := d.StringFixed(2)
		if vi {
			t = strings.Replace(t, ".", ",", 1)
		}
		return t
	}
	pct := func(r decimal.Decimal) string { return num(r.Shift(2)) + " %" }
	pick := func(v, e string) string {
		if vi {
			return v
		}
		return e
	}
	b.WriteString(pick("Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg), kỳ ", "Service index for citizens and businesses (Decision 766/QĐ-TTg), period "))
	b.WriteString(s.From.String() + " – " + (s.To - 1).String() + ": ")
	b.WriteString(num(s.Points) + "/" + num(s.Max) + pick(" điểm\n", " points\n"))
	for _, g := range s.Groups {
		b.WriteString("\n" + pick(g.Group.Vietnamese(), g.Group.English()) + ": " + num(g.Points) + "/" + num(g.Max) + "\n")
		for _, i := range s.Indicators {
			if i.Group != g.Group {
				continue
			}
			b.WriteString("  " + i.ID + " " + pick(i.Vietnamese, i.English) + ": ")
			for k, in := range i.Inputs {
				if k > 0 {
					b.WriteString(", ")
				}
				b.WriteString(pick(in.Vietnamese, in.English) + " " + strconv.FormatInt(in.Value, 10))
			}
			if i.Applicable {
				b.WriteString("; " + pick("tỷ lệ ", "ratio ") + pct(i.Ratio))
			} else {
				b.WriteString("; " + pick("không phát sinh", "nothing to judge"))
			}
			formula := i.Formula
			if vi {
				formula = formulaVietnamese.Replace(formula)
			}
			b.WriteString("; " + formula + " → " + num(i.Points) + "/" + num(i.Max))
			if l := i.Lost(); l.IsPositive() {
				b.WriteString(pick(" (mất ", " (lost ") + num(l) + ")")
			}
			src := i.Source
			if !vi {
				src = sourceEnglish.Replace(src)
			}
			b.WriteString("\n      " + pick("Nguồn: ", "Source: ") + src + "\n")
		}
	}
	b.WriteString("\n" + pick("Thời gian giải quyết bình quân (không tính điểm): ", "Average processing time (not scored): "))
	n := strconv.FormatInt(s.Finished, 10)
	b.WriteString(num(s.AverageDays) + pick(" ngày làm việc (hồ sơ đã giải quyết: "+n+")\n", " working days (dossiers finished: "+n+")\n"))
	b.WriteString(pick("Công khai kết quả xử lý phản ánh, kiến nghị đúng hạn (không tính điểm): ", "Feedback results published on time (not scored): "))
	if s.FeedbackPublishDue == 0 {
		b.WriteString(pick("không phát sinh\n", "none due\n"))
	} else {
		pd, po := strconv.FormatInt(s.FeedbackPublishDue, 10), strconv.FormatInt(s.FeedbackPublishedOnTime, 10)
		b.WriteString(pick(po+"/"+pd+"\n", po+" of "+pd+"\n"))
	}
	lost := s.Lost()
	if len(lost) == 0 {
		b.WriteString(pick("Không mất điểm.\n", "No points lost.\n"))
		return b.String()
	}
	b.WriteString(pick("Điểm bị mất: ", "Points lost: ") + num(s.Max.Sub(s.Points)) + "\n")
	for _, i := range lost {
		b.WriteString("  " + i.ID + " " + pick(i.Vietnamese, i.English) + ": −" + num(i.Lost()) + "\n")
	}
	return b.String()
}

// sourceEnglish renders the rows' sources in English.
var sourceEnglish = strings.NewReplacer(
	"; công thức: mô tả công thức của Cổng DVCQG (nguồn thứ cấp)", "; formula: the national portal's formula description (secondary)",
	"; công thức: bảng tính nguồn (nguồn thứ cấp)", "; formula: the source spreadsheet (secondary)",
	"; kết quả công bố trên Cổng DVCQG (quan sát, nguồn thứ cấp)", "; results published on the national portal (observed, secondary)",
	"; không có phản ánh: bỏ dòng, quy đổi theo tỷ lệ của dòng 5.3", "; no feedback: the row is left out, rescaled to row 5.3's share",
	"; không có phản ánh: đủ điểm", "; no feedback: full points",
	"; mẫu số dự phòng: tổng năm trước ÷ 12 (tháng), ÷ 4 (quý), chia chính xác, không làm tròn", "; fallback denominator: last year's total ÷ 12 (month), ÷ 4 (quarter), divided exactly, not rounded",
	"; không có số liệu quốc gia và năm trước: mẫu số là hồ sơ tiếp nhận trong kỳ (lựa chọn của motcua)", "; no national count and no last year's total: the denominator is the dossiers received (motcua's choice)",
	"; 2,5C giới hạn ở 2 điểm để nhóm không vượt 10 (chưa xác nhận)", "; 2.5C capped at 2 points so that the group stays within 10 (not confirmed)",
	" (thanh toán trực tuyến)", " (online payment)",
	"Quyết định 766/QĐ-TTg ngày 23/06/2022", "Decision 766/QĐ-TTg of 23/06/2022",
	", nhóm ", ", group ",
	"Nghị định ", "Decree ",
	" Điều ", " Art. ",
	" khoản ", " cl. ",
	" điểm ", " pt. ",
)

// formulaVietnamese renders the rows' formulas in Vietnamese.
var formulaVietnamese = strings.NewReplacer("ratio", "tỷ lệ", "synchronised", "số đồng bộ", "total", "tổng năm trước", "0.8", "0,8", "0.5", "0,5", "0.9", "0,9", "2.5", "2,5")
