package scorecard

import (
	"strconv"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Indices is the number of citizen-evaluation indices of Circular
// 01/2018/TT-VPCP Art. 13.
const Indices = 9

// The nine indices, in the Circular's order (Art. 13(1)–(9)); an
// [Evaluation]'s Marks are indexed by them.
const (
	// IndexTime: total processing time against the legal limit.
	IndexTime = iota
	// IndexAgencyTime: time at each agency, coordinating agencies included.
	IndexAgencyTime
	// IndexContacts: contacts with the desk needed to complete the dossier.
	IndexContacts
	// IndexAgencies: agencies the applicant had to contact.
	IndexAgencies
	// IndexOneStopShare: share of procedures handled at the one-stop desk.
	IndexOneStopShare
	// IndexPublication: publication of procedures.
	IndexPublication
	// IndexAttitude: staff attitude.
	IndexAttitude
	// IndexComplaints: complaint handling.
	IndexComplaints
	// IndexOnline: online services.
	IndexOnline
)

var indexNames = [Indices][2]string{
	{"Thời gian giải quyết so với quy định", "Processing time against the legal limit"},
	{"Thời gian giải quyết của từng cơ quan, kể cả cơ quan phối hợp", "Time at each agency, coordinating agencies included"},
	{"Số lần liên hệ Bộ phận Một cửa để hoàn thiện hồ sơ", "Contacts with the desk to complete the dossier"},
	{"Số cơ quan phải liên hệ", "Agencies contacted"},
	{"Tỷ lệ TTHC giải quyết tại Bộ phận Một cửa", "Share of procedures handled at the one-stop desk"},
	{"Công khai thủ tục hành chính", "Publication of procedures"},
	{"Thái độ của cán bộ, công chức", "Staff attitude"},
	{"Xử lý phản ánh, kiến nghị", "Complaint handling"},
	{"Cung cấp dịch vụ công trực tuyến", "Online services"},
}

// IndexName returns the Vietnamese and English names of index i (0–8), or
// empty strings outside the range.
func IndexName(i int) (vietnamese, english string) {
	if i < 0 || i >= Indices {
		return "", ""
	}
	return indexNames[i][0], indexNames[i][1]
}

// Evaluation is one citizen's (or, for the unit-level indices 5, 6, 8 and
// 9, the unit's) marks on the nine indices of Circular 01/2018/TT-VPCP
// Art. 13. The zero Evaluation rates nothing.
type Evaluation struct {
	Marks [Indices]Mark `json:"marks"`
}

// Quarter is a calendar quarter, the period the evaluation is averaged over
// (Circular 01/2018/TT-VPCP Art. 14). The zero Quarter is invalid.
type Quarter struct {
	Year int `json:"year"`
	Q    int `json:"q"` // 1–4
}

// QuarterOf returns the quarter of day d.
func QuarterOf(d date.Date) Quarter {
	y, m, _ := d.Date()
	return Quarter{Year: y, Q: (int(m)-1)/3 + 1}
}

// String returns "2026-Q1".
func (q Quarter) String() string { return strconv.Itoa(q.Year) + "-Q" + strconv.Itoa(q.Q) }

// EvaluationTally averages the evaluations of one unit for one quarter.
// It is an accumulator for one goroutine; tallies of shards merge exactly.
// The zero EvaluationTally is empty and ready to use.
type EvaluationTally struct {
	sum, n [Indices]int64
}

// Add counts evaluation e. A mark outside Unrated and 0–2 is an
// *[InputError] wrapping [ErrInvalid], and nothing is counted.
func (t *EvaluationTally) Add(e Evaluation) error {
	if t == nil {
		return invalid("evaluation tally", "Add", "a nil EvaluationTally")
	}
	for i, m := range e.Marks {
		if !m.IsValid() {
			return invalid("evaluation mark "+strconv.Itoa(i+1), m.String(), "want unrated, 0, 1 or 2")
		}
	}
	for i, m := range e.Marks {
		if m.IsRated() {
			t.sum[i] += int64(m.Points())
			t.n[i]++
		}
	}
	return nil
}

// Merge adds the counts of o; o is unchanged. A nil receiver or o is an
// *[InputError] wrapping [ErrInvalid].
func (t *EvaluationTally) Merge(o *EvaluationTally) error {
	if t == nil || o == nil {
		return invalid("evaluation tally", "Merge", "a nil EvaluationTally")
	}
	for i := range t.sum {
		t.sum[i] += o.sum[i]
		t.n[i] += o.n[i]
	}
	return nil
}

// EvaluationResult is a unit's quarter: each index's average (rounded half
// up to one decimal, Circular 01/2018/TT-VPCP Art. 14), whether it was
// rated, their sum and the band.
type EvaluationResult struct {
	Averages [Indices]decimal.Decimal `json:"averages"`
	Rated    [Indices]bool            `json:"rated"`
	Total    decimal.Decimal          `json:"total"`
	Band     Band                     `json:"band"`
}

// Result returns the averages, their sum and the band under the Circular's
// reading ([BandCircular]); [EvaluationTally.ResultWith] takes the other.
// An index without a mark is left out of the total (Art. 14); with none
// rated the band is BandUnknown.
func (t *EvaluationTally) Result() EvaluationResult { return t.ResultWith(BandCircular) }

// ResultWith returns the averages, their sum and the band under rule: a
// total of exactly 15 is Xuất sắc under [BandCircular] and Tốt under
// [BandAbove15]. An unknown rule reads as BandCircular, as in
// [BandRule.Band].
func (t *EvaluationTally) ResultWith(rule BandRule) EvaluationResult {
	var r EvaluationResult
	if t == nil {
		return r
	}
	rated := false
	for i := range t.sum {
		if t.n[i] == 0 {
			continue
		}
		rated = true
		r.Rated[i] = true
		r.Averages[i] = decimal.NewFromInt(t.sum[i]).DivRound(decimal.NewFromInt(t.n[i]), 1)
		r.Total = r.Total.Add(r.Averages[i])
	}
	if rated {
		r.Band = rule.Band(r.Total)
	}
	return r
}

var (
	fifteen = decimal.NewFromInt(15)
	twelve  = decimal.NewFromInt(12)
	nine    = decimal.NewFromInt(9)
	six     = decimal.NewFromInt(6)
)

// BandRule is a reading of the band edges of Circular 01/2018/TT-VPCP
// Art. 15 where the sources disagree: whether a total of exactly 15 is
// Xuất sắc. The zero BandRule is the Circular's.
type BandRule uint8

const (
	// BandCircular reads the Circular's bands as half-open, each lower edge
	// in the higher band ("từ 15 điểm trở lên"): 15 and above Xuất sắc, 12
	// to under 15 Tốt, 9 to under 12 Khá, 6 to under 9 Trung bình, under 6
	// Yếu. The default.
	BandCircular BandRule = iota
	// BandAbove15 follows a provincial implementation whose top band starts
	// above 15 ("trên 15 điểm") while its next band ends below 15, so that a
	// total of exactly 15 falls in no band; this rule puts it in Tốt, the
	// band it does not exceed. Other edges are as BandCircular.
	BandAbove15
)

// Band returns the band of a unit's total under rule r (an unknown rule
// reads as BandCircular).
func (r BandRule) Band(total decimal.Decimal) Band {
	switch {
	case total.GreaterThan(fifteen), total.Equal(fifteen) && r != BandAbove15:
		return Excellent
	case total.GreaterThanOrEqual(twelve):
		return Good
	case total.GreaterThanOrEqual(nine):
		return Fair
	case total.GreaterThanOrEqual(six):
		return Average
	}
	return Weak
}

// BandOf returns the band of a unit's total under the Circular's reading
// ([BandCircular]): a total of exactly 15 is Xuất sắc. [BandAbove15] is the
// other reading.
func BandOf(total decimal.Decimal) Band { return BandCircular.Band(total) }

// Equal reports whether r and o have the same averages, ratings, total and
// band (== compares the decimals' representations, not their values).
func (r EvaluationResult) Equal(o EvaluationResult) bool {
	for i := range r.Averages {
		if !r.Averages[i].Equal(o.Averages[i]) {
			return false
		}
	}
	return r.Rated == o.Rated && r.Total.Equal(o.Total) && r.Band == o.Band
}
