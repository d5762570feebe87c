package scorecard

import (
	"slices"
	"strconv"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// The sources cited by the rows. The index is Decision 766/QĐ-TTg of
// 23/06/2022 (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
// người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ
// công theo thời gian thực trên môi trường điện tử); its groups and
// maxima are confirmed by provincial texts, its formulas only by the
// portal's formula description and published results (secondary).
const (
	src766         = "Quyết định 766/QĐ-TTg ngày 23/06/2022"
	srcFormula     = "; công thức: mô tả công thức của Cổng DVCQG (nguồn thứ cấp)"
	srcSpreadsheet = "; công thức: bảng tính nguồn (nguồn thứ cấp)"
	srcObserved    = "; kết quả công bố trên Cổng DVCQG (quan sát, nguồn thứ cấp)"
	srcFallback    = "; mẫu số dự phòng: tổng năm trước ÷ 12 (tháng), ÷ 4 (quý), chia chính xác, không làm tròn"
	srcNoCount     = "; không có số liệu quốc gia và năm trước: mẫu số là hồ sơ tiếp nhận trong kỳ (lựa chọn của motcua)"
)

// GroupScore is one group's points and maximum.
type GroupScore struct {
	Group  Group           `json:"group"`
	Points decimal.Decimal `json:"points"`
	Max    decimal.Decimal `json:"max"`
}

// Scorecard is the national service index of one unit or province for a
// period, every figure with its explanation ([Indicator]). It renders as
// Vietnamese ([Scorecard.Vietnamese]) and English ([Scorecard.English])
// text and as JSON (the struct's tags). A Scorecard is a plain value; the
// zero Scorecard is empty.
type Scorecard struct {
	From       date.Date       `json:"from"`
	To         date.Date       `json:"to"`
	Options    Options         `json:"options"`
	Points     decimal.Decimal `json:"points"`
	Max        decimal.Decimal `json:"max"`
	Groups     []GroupScore    `json:"groups"`
	Indicators []Indicator     `json:"indicators"`
	// AverageDays is the average processing time, in working days
	// (end − receipt − supplement time), of the dossiers finished in the
	// period: shown, not scored. Finished counts them.
	AverageDays decimal.Decimal `json:"average_days"`
	Finished    int64           `json:"finished"`
	// FeedbackPublishDue counts the feedback handling results whose
	// publication counted in the period — published in it, or handled,
	// unpublished and overdue at its end ([Tally.AddFeedback]) — and
	// FeedbackPublishedOnTime those published within
	// [FeedbackPublishDays] working days of the handling: shown, not
	// scored (the issue sets the limit; no row of Decision 766/QĐ-TTg
	// scores it).
	FeedbackPublishDue      int64 `json:"feedback_publish_due"`
	FeedbackPublishedOnTime int64 `json:"feedback_published_on_time"`
}

// Lost returns the rows that lost points, the largest loss first (ties in
// row order).
func (s Scorecard) Lost() []Indicator {
	var out []Indicator
	for _, i := range s.Indicators {
		if i.Lost().IsPositive() {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b Indicator) int { return b.Lost().Cmp(a.Lost()) })
	return out
}

// Score computes the scorecard of tally t with the unit's facts u, under
// opts (nil: the portal's observed behaviour). Five groups, 100 points
// (Decision 766/QĐ-TTg):
//
//   - 1 Transparency (18): publication decisions at least 5 working days
//     before the legal basis takes effect, 20 for ministries (6); made
//     public on the national database within 5 working days of the
//     decision, 10 for ministries (4); full content (2); dossiers
//     synchronised ÷ max(national count, portal count), or last year's
//     total ÷ 12 (÷ 4 for a quarter, [Options.Months]), exact, when both
//     are zero, or the dossiers received when last year's total is zero
//     too (6).
//   - 2 Progress (20): dossiers on time (finished early or on time, or in
//     progress within the deadline) ÷ dossiers handled in the period, by
//     the rules of [Tally.Add]. The average processing time is shown, not
//     scored.
//   - 3 Online (22): online service min(2, 2A/0.8) + 4B + min(6, 6C/0.5)
//     (12; [Options.OnlineSingleRow] for the spreadsheet's single row),
//     and online payment 6A + min(2, 2.5B) + 2.5C (10), dossiers without
//     a fee left out.
//   - 4 Digitisation (22): electronic results (6), components digitised
//     (4), electronic certified copies (2), reuse of digitised data (2,
//     full from 80 %), documents from the national data store (4, full from
//     80 %; [Options.Linear80]), population database per dossier (2) and
//     per procedure (2).
//   - 5 Satisfaction (18): feedback handled on time (6), satisfaction with
//     the handling (6), dossier-receiving satisfaction 100 % − (late % +
//     complaint %), full from 90 % (6); [Options.NoFeedback] for a unit
//     without feedback. The publication of feedback results on time is
//     shown, not scored.
//
// A row with nothing to judge (a zero denominator) scores its maximum and
// says so (Indicator.Applicable false). Invalid unit facts, a nil or zero
// tally, or publication days outside the calendar's span are errors
// (*[InputError]).
func Score(t *Tally, u UnitFacts, opts *Options) (Scorecard, error) {
	if !t.ok() {
		return Scorecard{}, errNoTally("Score")
	}
	if err := u.Validate(); err != nil {
		return Scorecard{}, err
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Months < 0 || o.Months > 12 {
		return Scorecard{}, invalid("options months", strconv.Itoa(o.Months), "want 0 to 12")
	}
	if !o.NoFeedback.IsValid() {
		return Scorecard{}, invalid("options no feedback rule", strconv.Itoa(int(o.NoFeedback)), "want NoFeedbackFull or NoFeedbackRescale")
	}
	s := Scorecard{From: t.period.From, To: t.period.To, Options: o, Finished: t.c.Finished,
		FeedbackPublishDue: t.c.FeedbackPublishDue, FeedbackPublishedOnTime: t.c.FeedbackPublishedOnTime}
	if t.c.Finished > 0 {
		s.AverageDays = decimal.NewFromInt(t.c.ElapsedDays).DivRound(decimal.NewFromInt(t.c.Finished), 2)
	}
	tr, err := transparency(t, &u, &o)
	if err != nil {
		return Scorecard{}, err
	}
	s.Indicators = slices.Concat(tr, progress(t), online(t, &u, &o), digitisation(t, &u, &o), satisfaction(t, &o))
	for _, g := range Groups() {
		gs := GroupScore{Group: g}
		for _, i := range s.Indicators {
			if i.Group == g {
				gs.Points = gs.Points.Add(i.Points)
				gs.Max = gs.Max.Add(i.Max)
			}
		}
		s.Groups = append(s.Groups, gs)
		s.Points = s.Points.Add(gs.Points)
		s.Max = s.Max.Add(gs.Max)
	}
	return s, nil
}

// row builds an indicator from its ratio and points.
func row(id string, g Group, vi, en string, inputs []Input, ratio decimal.Decimal, applicable bool, formula string, points decimal.Decimal, maxPoints int64, source string) Indicator {
	return Indicator{ID: id, Group: g, Vietnamese: vi, English: en, Inputs: inputs, Ratio: ratio, Applicable: applicable,
		Formula: formula, Points: points, Max: decimal.NewFromInt(maxPoints), Source: source}
}

// share is a row scored max × num/den.
func share(id string, g Group, vi, en string, num, den int64, numVI, numEN, denVI, denEN string, maxPoints int64, source string) Indicator {
	r, ok := ratioOf(num, den)
	return row(id, g, vi, en, []Input{{numVI, numEN, num}, {denVI, denEN, den}}, r, ok,
		strconv.FormatInt(maxPoints, 10)+" × ratio", linear(maxPoints, r), maxPoints, source)
}

// shareFullAt is a row scored min(max, max × ratio / at).
func shareFullAt(id string, g Group, vi, en string, num, den int64, numVI, numEN, denVI, denEN string, maxPoints int64, at decimal.Decimal, source string) Indicator {
	r, ok := ratioOf(num, den)
	m := strconv.FormatInt(maxPoints, 10)
	return row(id, g, vi, en, []Input{{numVI, numEN, num}, {denVI, denEN, den}}, r, ok,
		"min("+m+", "+m+" × ratio / "+at.String()+")", fullAt(maxPoints, r, at), maxPoints, source)
}

func transparency(t *Tally, u *UnitFacts, o *Options) ([]Indicator, error) {
	onTimeDays, publicDays := 5, 5
	if u.Ministry {
		onTimeDays, publicDays = 20, 10
	}
	var onTime, public, full int64
	cal := t.cal
	for _, p := range u.Publications {
		n, err := cal.WorkingDaysBetween(p.Decided, p.Effective)
		if err != nil {
			return nil, &InputError{Field: "publication " + p.Procedure, Value: p.Effective.String(), Err: err}
		}
		onTime += b2i(n >= onTimeDays)
		if p.Public != 0 {
			m, err := cal.WorkingDaysBetween(p.Decided, p.Public)
			if err != nil {
				return nil, &InputError{Field: "publication " + p.Procedure, Value: p.Public.String(), Err: err}
			}
			public += b2i(m <= publicDays)
		}
		full += b2i(p.FullContent)
	}
	decisions := int64(len(u.Publications))
	src := src766 + ", nhóm 1" + srcFormula
	rows := []Indicator{
		share("1.1", Transparency, "Công bố TTHC đúng hạn (trước "+strconv.Itoa(onTimeDays)+" ngày làm việc khi văn bản có hiệu lực)",
			"Procedures published on time ("+strconv.Itoa(onTimeDays)+" working days before the legal basis takes effect)",
			onTime, decisions, "quyết định công bố đúng hạn", "decisions on time", "quyết định công bố trong kỳ", "decisions in the period", 6, src),
		share("1.2", Transparency, "Công khai TTHC trên CSDL quốc gia trong "+strconv.Itoa(publicDays)+" ngày làm việc",
			"Made public on the national database within "+strconv.Itoa(publicDays)+" working days",
			public, decisions, "TTHC công khai đúng hạn", "made public on time", "quyết định công bố trong kỳ", "decisions in the period", 4, src),
		share("1.3", Transparency, "Công khai đầy đủ các bộ phận của TTHC", "Full content published",
			full, decisions, "TTHC công khai đầy đủ", "with full content", "quyết định công bố trong kỳ", "decisions in the period", 2,
			src+"; Nghị định 63/2010/NĐ-CP Điều 8 khoản 2"),
	}
	rows = append(rows, synchronised(t, u, o, src))
	return rows, nil
}

// synchronised is row 1.4: synchronised dossiers received in the period ÷
// the larger of the national and portal counts. When both are zero the
// issue's fallback (the portal's formula description, secondary) is last
// year's total ÷ 12 for a month, ÷ 4 for a quarter: total × months ÷ 12.
// The sources state a division and no rounding, and a monthly average of a
// yearly count is not a count, so it is kept exact: the ratio is
// 12 × synchronised ÷ (total × months), rounded half up to four decimals
// as every ratio is. (Truncating it to a whole count made a total of 11
// a denominator of 0 and scored 6/6 with nothing synchronised.) When last
// year's total is zero too, the sources say nothing; the denominator is
// then the dossiers the tally saw received in the period — what the two
// counts count — so that a zero denominator means nothing was received,
// hence nothing synchronised, and the row has nothing to judge.
func synchronised(t *Tally, u *UnitFacts, o *Options, src string) Indicator {
	const id, vi, en = "1.4", "Đồng bộ hồ sơ lên Cổng DVCQG", "Dossiers synchronised to the national portal"
	numVI, numEN := "hồ sơ đồng bộ tiếp nhận trong kỳ", "synchronised dossiers received"
	sync := t.c.Synchronised
	switch {
	case u.NationalCount > 0 || u.PortalCount > 0:
		return share(id, Transparency, vi, en, sync, max(u.NationalCount, u.PortalCount), numVI, numEN,
			"số hồ sơ lớn hơn (báo cáo quốc gia, Cổng)", "larger of the national and portal counts", 6, src)
	case u.LastYearTotal > 0:
		months := int64(max(1, o.Months))
		m := strconv.FormatInt(months, 10)
		den := decimal.NewFromInt(u.LastYearTotal).Mul(decimal.NewFromInt(months))
		r := decimal.NewFromInt(sync).Mul(twelve).DivRound(den, 4)
		if r.GreaterThan(one) {
			r = one
		}
		return row(id, Transparency, vi, en, []Input{{numVI, numEN, sync},
			{"tổng năm trước (báo cáo quốc gia, Cổng bằng 0)", "last year's total (national and portal counts zero)", u.LastYearTotal},
			{"số tháng của kỳ", "months in the period", months}},
			r, true, "6 × ratio; ratio = synchronised × 12 ÷ (total × "+m+")", linear(6, r), 6, src+srcFallback)
	}
	r := share(id, Transparency, vi, en, sync, t.c.Received, numVI, numEN,
		"hồ sơ tiếp nhận trong kỳ (không có số liệu quốc gia, năm trước)", "dossiers received (no national count, no last year's total)", 6, src)
	r.Source += srcNoCount
	return r
}

func progress(t *Tally) []Indicator {
	r, ok := ratioOf(t.c.OnTime, t.c.Handled)
	return []Indicator{row("2.1", Progress, "Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn",
		"Dossiers finished early or on time, or in progress within the deadline",
		[]Input{{"hồ sơ đúng hạn", "on time", t.c.OnTime}, {"hồ sơ trễ hạn", "late", t.c.Late}, {"hồ sơ xử lý trong kỳ", "dossiers handled in the period", t.c.Handled}},
		r, ok, "20 × ratio", linear(20, r), 20, src766+", nhóm 2"+srcFormula+"; Nghị định 61/2018/NĐ-CP Điều 19")}
}

func online(t *Tally, u *UnitFacts, o *Options) []Indicator {
	src := src766 + ", nhóm 3" + srcFormula
	var rows []Indicator
	cRatio, cOK := ratioOf(t.c.OnlineCounted, t.c.Received)
	cInputs := []Input{{"hồ sơ trực tuyến được tính", "online dossiers counted", t.c.OnlineCounted}, {"hồ sơ tiếp nhận trong kỳ", "dossiers received", t.c.Received}}
	if o.OnlineSingleRow {
		rows = append(rows, row("3.1", Online, "Tỷ lệ hồ sơ trực tuyến (một dòng 12 điểm)", "Online dossiers (one 12-point row)",
			cInputs, cRatio, cOK, "min(12, 12 × ratio / 0.5)", fullAt(12, cRatio, half), 12, src766+", nhóm 3"+srcSpreadsheet))
	} else {
		var offeredWithDossier int64
		for _, c := range u.OnlineProcedures {
			if _, ok := t.onlineProcs[c]; ok {
				offeredWithDossier++
			}
		}
		offered := int64(len(u.OnlineProcedures))
		rows = append(rows,
			shareFullAt("3.1", Online, "TTHC cung cấp dịch vụ công trực tuyến (A)", "Procedures offered online (A)",
				offered, int64(u.Procedures), "TTHC trực tuyến", "offered online", "TTHC của đơn vị", "procedures", 2, eighty, src),
			share("3.2", Online, "Dịch vụ trực tuyến có phát sinh hồ sơ (B)", "Online services that received a dossier (B)",
				offeredWithDossier, offered, "dịch vụ có hồ sơ", "with a dossier", "dịch vụ trực tuyến", "online services", 4, src),
			row("3.3", Online, "Hồ sơ nộp trực tuyến (C; kết quả điện tử khi TTHC có kết quả giấy)", "Dossiers filed online (C; electronic result where the result is on paper)",
				cInputs, cRatio, cOK, "min(6, 6 × ratio / 0.5)", fullAt(6, cRatio, half), 6, src))
	}
	pay := src766 + ", nhóm 3 (thanh toán trực tuyến)" + srcFormula
	aRatio, aOK := ratioOf(t.c.PaidOnline, t.c.FeeDossiers)
	bRatio, bOK := ratioOf(int64(u.OnlinePaymentProcedures), int64(u.FeeProcedures))
	cpRatio, cpOK := ratioOf(t.c.PaidNational, t.c.PaidOnline)
	rows = append(rows,
		row("3.4", Online, "Hồ sơ có phí thanh toán trực tuyến (A)", "Fee-bearing dossiers paid online (A)",
			[]Input{{"hồ sơ thanh toán trực tuyến", "paid online", t.c.PaidOnline}, {"hồ sơ có phí, lệ phí", "dossiers with a fee", t.c.FeeDossiers}},
			aRatio, aOK, "6 × ratio", linear(6, aRatio), 6, pay),
		row("3.5", Online, "TTHC có phí cho phép thanh toán trực tuyến (B)", "Fee-bearing procedures payable online (B)",
			[]Input{{"TTHC thanh toán trực tuyến", "payable online", int64(u.OnlinePaymentProcedures)}, {"TTHC có phí, lệ phí", "procedures with a fee", int64(u.FeeProcedures)}},
			bRatio, bOK, "min(2, 2.5 × ratio)", clampPoints(twoHalf.Mul(bRatio), 2), 2, pay),
		row("3.6", Online, "Thanh toán qua nền tảng thanh toán của Cổng DVCQG (C)", "Payments through the national portal's platform (C)",
			[]Input{{"qua Cổng DVCQG", "through the portal", t.c.PaidNational}, {"thanh toán trực tuyến", "paid online", t.c.PaidOnline}},
			cpRatio, cpOK, "min(2, 2.5 × ratio)", clampPoints(twoHalf.Mul(cpRatio), 2), 2,
			pay+"; 2,5C giới hạn ở 2 điểm để nhóm không vượt 10 (chưa xác nhận)"))
	return rows
}

func digitisation(t *Tally, u *UnitFacts, o *Options) []Indicator {
	src := src766 + ", nhóm 4" + srcFormula
	disputed := func(id, vi, en string, num, den int64, numVI, numEN string, maxPoints int64) Indicator {
		if o.Linear80 {
			return share(id, Digitisation, vi, en, num, den, numVI, numEN, "thành phần hồ sơ đã nộp", "documents filed", maxPoints, src766+", nhóm 4"+srcSpreadsheet)
		}
		return shareFullAt(id, Digitisation, vi, en, num, den, numVI, numEN, "thành phần hồ sơ đã nộp", "documents filed", maxPoints, eighty, src)
	}
	return []Indicator{
		share("4.1", Digitisation, "Kết quả giải quyết điện tử", "Results issued electronically",
			t.c.ElectronicResults, t.c.Finished, "kết quả điện tử", "electronic results", "hồ sơ giải quyết xong trong kỳ", "dossiers finished", 6,
			src+"; Nghị định 45/2020/NĐ-CP"),
		share("4.2", Digitisation, "Thành phần hồ sơ được số hóa", "Documents digitised",
			t.c.Digitised, t.c.Filed, "thành phần đã số hóa", "digitised", "thành phần hồ sơ đã nộp", "documents filed", 4,
			src+"; Nghị định 118/2025/NĐ-CP Điều 17 khoản 1 điểm c"),
		share("4.3", Digitisation, "Chứng thực bản sao điện tử", "Electronic certified copies",
			int64(u.ElectronicCertifiedCopies), int64(u.CertifiedCopies), "bản sao điện tử", "electronic copies", "bản sao chứng thực", "certified copies", 2, src),
		disputed("4.4", "Tái sử dụng dữ liệu số hóa", "Reuse of digitised data", t.c.Reused, t.c.Filed, "thành phần tái sử dụng", "reused", 2),
		disputed("4.5", "Thành phần lấy từ kho dữ liệu quốc gia", "Documents taken from the national data store", t.c.FromDataStore, t.c.Filed, "lấy từ kho dữ liệu", "from the data store", 4),
		share("4.6", Digitisation, "Hồ sơ khai thác CSDL quốc gia về dân cư", "Dossiers using the population database",
			t.c.Population, t.c.Received, "hồ sơ khai thác CSDL dân cư", "using the database", "hồ sơ tiếp nhận trong kỳ", "dossiers received", 2, src),
		share("4.7", Digitisation, "TTHC kết nối CSDL quốc gia về dân cư", "Procedures connected to the population database",
			int64(u.PopulationIntegrated), int64(u.PopulationProcedures), "TTHC đã kết nối", "connected", "TTHC cần dữ liệu dân cư", "procedures needing identity data", 2, src),
	}
}

func satisfaction(t *Tally, o *Options) []Indicator {
	src := src766 + ", nhóm 5" + srcFormula
	// Receiving satisfaction: 100 % − (late % + complaint %), full from 90 %.
	lateR, _ := ratioOf(t.c.Late, t.c.Handled)
	compR, _ := ratioOf(t.c.Complaints, t.c.Received)
	if t.c.Handled == 0 {
		lateR = decimal.Zero
	}
	if t.c.Received == 0 {
		compR = decimal.Zero
	}
	recvR := one.Sub(lateR).Sub(compR)
	if recvR.IsNegative() {
		recvR = decimal.Zero
	}
	recv := row("5.3", Satisfaction, "Hài lòng trong tiếp nhận, giải quyết hồ sơ = 100 % − (% trễ hạn + % phản ánh, không hài lòng)",
		"Dossier-receiving satisfaction = 100 % − (late % + complaint %)",
		[]Input{{"hồ sơ trễ hạn", "late", t.c.Late}, {"hồ sơ xử lý trong kỳ", "handled", t.c.Handled},
			{"hồ sơ bị phản ánh, không hài lòng", "with a complaint or dislike", t.c.Complaints}, {"hồ sơ tiếp nhận trong kỳ", "received", t.c.Received}},
		recvR, t.c.Handled > 0 || t.c.Received > 0, "min(6, 6 × ratio / 0.9)", fullAt(6, recvR, ninety), 6, src)
	feedbackRow := func(id, vi, en string, num, den int64, numVI, numEN, denVI, denEN string) Indicator {
		r := share(id, Satisfaction, vi, en, num, den, numVI, numEN, denVI, denEN, 6, src)
		if den > 0 {
			return r
		}
		if o.NoFeedback == NoFeedbackRescale {
			r.Ratio = recv.Ratio
			r.Points = recv.Points
			r.Formula = "6 × ratio(5.3)"
			r.Source = src + "; không có phản ánh: bỏ dòng, quy đổi theo tỷ lệ của dòng 5.3"
		} else {
			r.Formula = "6"
			r.Source = src766 + ", nhóm 5" + srcObserved + "; không có phản ánh: đủ điểm"
		}
		return r
	}
	return []Indicator{
		feedbackRow("5.1", "Xử lý phản ánh, kiến nghị đúng hạn", "Feedback handled on time",
			t.c.FeedbackOnTime, t.c.FeedbackDue, "xử lý đúng hạn", "on time", "phản ánh đến hạn trong kỳ", "feedback due in the period"),
		feedbackRow("5.2", "Hài lòng với kết quả xử lý phản ánh, kiến nghị", "Satisfied with the handling of feedback",
			t.c.FeedbackSatisfied, t.c.FeedbackEvaluated, "đánh giá hài lòng", "satisfied", "lượt đánh giá", "evaluations"),
		recv,
	}
}
