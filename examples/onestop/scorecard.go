package main

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/scorecard"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// simulatedFacts are the facts of dossier d that the dossier model does not
// hold and the simulation does not draw: the example's assumptions, not
// data, printed under the scorecard. Every dossier is synchronised to the
// national portal (the demo writes them all with -records); an online
// dossier gets an electronic result, its applicant is identified through
// the national population database (VNeID), and its fee, when one is due,
// is paid online on the portal's payment platform. A dossier at the desk
// gets none of these.
func simulatedFacts(d dossier.Dossier) scorecard.Facts {
	online := d.Header().Channel.IsOnline()
	fee := d.Header().FeesDue.IsPositive()
	return scorecard.Facts{
		Synchronised:           true,
		ElectronicResult:       online,
		PopulationDatabase:     online,
		PaidOnline:             online && fee,
		PaidOnNationalPlatform: online && fee,
	}
}

// scoreYear tallies the year's dossiers, each as it stood at the year's
// end, and scores them with the unit facts of the sample catalogue.
func scoreYear(sched *sla.Schedule, year int, ds []dossier.Dossier, catalog *procedure.Catalog, assumed map[string]procedure.Procedure) (scorecard.Scorecard, error) {
	period := dossier.Period{From: date.New(year, time.January, 1), To: date.New(year+1, time.January, 1)}
	cal := sched.Calendar()
	t, err := scorecard.NewTally(period, cal)
	if err != nil {
		return scorecard.Scorecard{}, err
	}
	// The national reporting system's count is what the centre's own
	// report counts as received (dossier.Report), the portal's the same.
	report, err := dossier.NewReport(period, dossier.ByChannel)
	if err != nil {
		return scorecard.Scorecard{}, err
	}
	for _, d := range ds {
		report.Add(d)
		r, err := scorecard.FromDossierAsOf(d, sched, simulatedFacts(d), period.To)
		if err != nil {
			return scorecard.Scorecard{}, fmt.Errorf("scorecard of %s: %w", d.Code(), err)
		}
		if err := t.Add(r); err != nil {
			return scorecard.Scorecard{}, fmt.Errorf("scorecard of %s: %w", d.Code(), err)
		}
	}
	u := unitFacts(catalog, assumed, period.To-1)
	u.NationalCount = report.Total().Received
	u.PortalCount = u.NationalCount
	return scorecard.Score(t, u, &scorecard.Options{Months: 12})
}

// unitFacts are the unit facts the sample catalogue gives on day: the
// procedures in force, those offered online (a usable limit on an online
// channel), those with a fee, and, among those, the ones payable online
// (those offered online: the example's assumption). Publications,
// certified copies and the population-database connection are not in the
// catalogue: they are left empty, and their rows say "nothing to judge".
func unitFacts(c *procedure.Catalog, assumed map[string]procedure.Procedure, day date.Date) scorecard.UnitFacts {
	var u scorecard.UnitFacts
	for _, code := range c.Codes() {
		p, err := c.Lookup(code, day)
		if err != nil {
			continue // not in force at the year's end
		}
		if a, ok := assumed[code]; ok {
			p = a
		}
		u.Procedures++
		online := onlineOf(offered(p)) != procedure.ChannelUnknown
		if online {
			u.OnlineProcedures = append(u.OnlineProcedures, p.Code())
		}
		if len(p.Fees()) > 0 {
			u.FeeProcedures++
			if online {
				u.OnlinePaymentProcedures++
			}
		}
	}
	return u
}

// printScorecard prints the scorecard as a centre reads it: the total, each
// group's points out of its maximum, then each row that lost points, the
// largest loss first, with the figures it was computed from; then what the
// example assumed.
func printScorecard(w io.Writer, year int, s scorecard.Scorecard, en bool) {
	tr := scoreTexts(en)
	fmt.Fprintf(w, "\n%s %d\n", tr["title"], year)
	fmt.Fprintf(w, "%s\n\n", text.Wrap(tr["subtitle"], 118, ""))
	fmt.Fprintf(w, tr["total"]+"\n", points(s.Points, en), points(s.Max, en))
	groupName := func(g scorecard.Group) string {
		if en {
			return g.English()
		}
		return g.Vietnamese()
	}
	width := 0
	for _, g := range s.Groups {
		width = max(width, utf8.RuneCountInString(groupName(g.Group)))
	}
	for _, g := range s.Groups {
		fmt.Fprintf(w, "  %d. %-*s %6s / %s\n", g.Group, width, groupName(g.Group), points(g.Points, en), points(g.Max, en))
	}
	lost := s.Lost()
	if len(lost) == 0 {
		fmt.Fprintln(w, "\n"+tr["noLoss"])
	} else {
		fmt.Fprintln(w, "\n"+tr["lost"])
	}
	for _, i := range lost {
		name := i.Vietnamese
		if en {
			name = i.English
		}
		var in []string
		for _, x := range i.Inputs {
			label := x.Vietnamese
			if en {
				label = x.English
			}
			in = append(in, fmt.Sprintf("%s %s", label, numFormat(en)(x.Value)))
		}
		fmt.Fprintf(w, "  %-4s %6s / %5s  %s\n", i.ID, "−"+points(i.Lost(), en), points(i.Max, en), name)
		fmt.Fprintf(w, "%23s(%s)\n", "", strings.Join(in, "; "))
	}
	fmt.Fprintln(w, "\n"+text.Wrap(tr["assumed"], 118, ""))
}

// points writes a score with two decimals: a decimal comma in Vietnamese
// ("13,33"), a point in English.
func points(d decimal.Decimal, en bool) string {
	s := d.StringFixed(2)
	if en {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}

func scoreTexts(en bool) map[string]string {
	if en {
		return map[string]string{
			"title":    "SERVICE INDEX FOR CITIZENS AND BUSINESSES,",
			"subtitle": "computed by the centre from its own dossiers as the national portal scores it (Decision 766/QĐ-TTg of 23/06/2022; formulas reconstructed from the portal's description: a secondary source)",
			"total":    "Total: %s / %s points",
			"lost":     "Where points were lost (largest loss first; lost / row's maximum):",
			"noLoss":   "No points were lost.",
			"assumed": "Assumed by the example, not simulated: every dossier is synchronised to the national portal; an online dossier gets an " +
				"electronic result, is identified through the population database and pays its fee online; a dossier at the desk does none of " +
				"these, and no dossier reuses digitised data or takes a document from the national data store (rows 4.4 and 4.5 lose all their " +
				"points). Publications, certified copies and the population-database connection are not in the sample catalogue, and no " +
				"feedback or complaint is simulated: those rows have nothing to judge and score their maximum. Row 2.1 counts by the portal's " +
				"rules (more than one supplement request is late; an unfinished dossier is judged at the year's end), so it differs a little " +
				"from the report above.",
		}
	}
	return map[string]string{
		"title":    "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM",
		"subtitle": "trung tâm tự tính từ hồ sơ của mình theo cách Cổng DVCQG chấm (Quyết định 766/QĐ-TTg ngày 23/06/2022; công thức dựng lại từ mô tả của Cổng: nguồn thứ cấp)",
		"total":    "Tổng điểm: %s / %s",
		"lost":     "Điểm bị trừ (trừ nhiều nhất trước; điểm trừ / điểm tối đa của tiêu chí):",
		"noLoss":   "Không bị trừ điểm nào.",
		"assumed": "Giả định của ví dụ, không mô phỏng: mọi hồ sơ được đồng bộ lên Cổng DVCQG; hồ sơ trực tuyến có kết quả điện tử, " +
			"được xác thực qua Cơ sở dữ liệu quốc gia về dân cư và nộp phí, lệ phí trực tuyến; hồ sơ nộp tại quầy không có các điều đó, " +
			"và không hồ sơ nào tái sử dụng dữ liệu số hóa hay lấy giấy tờ từ kho dữ liệu (tiêu chí 4.4 và 4.5 mất hết điểm). " +
			"Việc công bố thủ tục, chứng thực bản sao điện tử và kết nối CSDL dân cư không có trong danh mục mẫu, và không mô phỏng " +
			"phản ánh, kiến nghị hay khiếu nại: các tiêu chí đó không có gì để chấm và được điểm tối đa. Tiêu chí 2.1 tính theo quy tắc " +
			"của Cổng (yêu cầu bổ sung quá một lần là trễ hạn; hồ sơ chưa xong được xét tại cuối năm), nên hơi khác số liệu của báo cáo ở trên.",
	}
}
