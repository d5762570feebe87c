// Command postal follows dossiers that citizens file through the public
// postal service (bưu chính công ích, BCCI), which collects them at home and
// returns the results by post on the agencies' behalf: when the dossier
// counts as received, its transfer to the competent agency (flagged when
// late by the 15:00 rule), the digitisation of its paper at receipt, the
// appointment, and the return of the result by post — the postal transit
// shown apart from the agencies' time.
//
//	go run ./examples/postal
//	go run ./examples/postal -procedure 2.000908
//	go run ./examples/postal -lang en
//
// # When a postal dossier counts as received
//
// Decision 45/2016/QĐ-TTg (receipt of dossiers and return of results
// through the public postal service; in force 16/12/2016) has the postal
// worker collect the dossier at a post office or at the address the
// citizen asks for, check it against the published list of documents,
// sign a dossier slip with the citizen, seal the parcel and carry it to the
// competent agency, whose receiving officer takes it and passes it on at
// once (as summarised by secondary sources; the decision's text was not
// read). Decree 61/2018/NĐ-CP Art. 16 lists filing through the public
// postal service among the channels, and Decision 468/QĐ-TTg of 2021 (the
// one-stop reform scheme) promotes it; neither was found to fix the
// instant of receipt. The one rule found in writing is a procedure's own:
// the national database's page of 2.000908 (in the sample catalogue, see
// its notes) counts the time limit "từ ngày cơ quan, tổ chức nhận đủ hồ sơ
// hợp lệ trực tiếp, theo dấu bưu điện đến …" — from the postmark of
// arrival at the agency.
//
// Assumption of this example, therefore: a postal dossier is received when
// the one-stop section takes the parcel from the postal worker (the
// arrival), never when the postal worker collects it at home; the
// collection and the transit are the postal service's time, not counted in
// the time limit. The transit times printed are data of the example, not
// statutory times: no statutory postal transit time was found.
//
// The 15:00 rule is that of Decree 61/2018/NĐ-CP Art. 18(2) (repeated by
// the provincial schedules under Decree 118/2025/NĐ-CP): a paper dossier
// received before 15:00 goes to the competent agency the same working day,
// one received from 15:00 on by the next working day. From 1 July 2025 paper
// is digitised at receipt (Decree 118/2025/NĐ-CP Art. 17(1)(c)); the
// dossier package refuses a postal receipt whose paper was not.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "postal:", err)
		os.Exit(1)
	}
}

// receivingUnit is an illustrative unit code (the shape of Circular
// 10/2016/TT-BTTTT identifiers), not a real unit's.
const receivingUnit = "000.00.36.H57"

// scenario is one dossier of the example: who files what, and when each
// hand-over happens, in Vietnam's time ("2006-01-02 15:04"). The postal
// times (collected, delivered, handed, home) are data of the example.
type scenario struct {
	code      string
	applicant dossier.Applicant
	filed     []dossier.Filed
	// collected: the postal worker takes the sealed dossier at the
	// citizen's home; delivered: the one-stop section takes the parcel —
	// the receipt; transfer: the one-stop section hands the dossier to the
	// competent agency; result: the agency's result; handed: the one-stop
	// section hands the result to the postal worker; home: the postal
	// worker delivers it at the citizen's home.
	collected, delivered, transfer, result, handed, home string
	note                                                 string
}

var scenarios = []scenario{
	{
		code: "1.000656",
		applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Trần Văn Bình", ID: "025085004321",
			Address: "thôn Đồng Xuân, xã Tân Lập, tỉnh Phú Thọ"},
		filed: []dossier.Filed{
			{Name: "Tờ khai đăng ký khai tử theo mẫu", Originals: 1, Digitised: true},
			{Name: "Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp", Originals: 1, Digitised: true},
		},
		collected: "2026-03-02 08:40", delivered: "2026-03-02 10:15", transfer: "2026-03-02 10:40",
		result: "2026-03-02 15:30", handed: "2026-03-03 08:30", home: "2026-03-03 16:10",
		note: "received before 15:00 and transferred the same day",
	},
	{
		code: "2.000908",
		applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Lê Thị Thu", ID: "025192007788",
			Address: "khu 5, xã Tân Lập, tỉnh Phú Thọ"},
		// Decree 23/2015/NĐ-CP Art. 16(2), as recalled: a request for a
		// copy from the original register sent by post encloses a certified
		// copy of the identity paper and a stamped, addressed envelope. The
		// sample catalogue lists no components for 2.000908.
		filed: []dossier.Filed{
			{Name: "Bản sao có chứng thực giấy tờ tùy thân", Copies: 1, Digitised: true},
		},
		collected: "2026-03-02 15:00", delivered: "2026-03-03 15:20", transfer: "2026-03-04 08:10",
		result: "2026-03-04 10:30", handed: "2026-03-04 14:00", home: "2026-03-06 09:30",
		note: "the parcel arrived after 15:00: counted, and transferred, from the next working day",
	},
	{
		code: "1.000656",
		applicant: dossier.Applicant{Kind: dossier.ApplicantIndividual, Name: "Hoàng Văn Dũng", ID: "025078001122",
			Address: "thôn Gò Mít, xã Tân Lập, tỉnh Phú Thọ"},
		filed: []dossier.Filed{
			{Name: "Tờ khai đăng ký khai tử theo mẫu", Originals: 1, Digitised: true},
			{Name: "Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp", Originals: 1, Digitised: true},
		},
		collected: "2026-03-03 09:00", delivered: "2026-03-04 09:50", transfer: "2026-03-05 08:00",
		result: "2026-03-05 09:30", handed: "2026-03-05 10:00", home: "2026-03-06 15:00",
		note: "received before 15:00 but transferred the next day: a late transfer",
	},
}

func run(w io.Writer, args []string, now time.Time) error {
	fs := flag.NewFlagSet("postal", flag.ContinueOnError)
	fs.SetOutput(w)
	code := fs.String("procedure", "", "show only the dossiers of this procedure of the sample catalogue, e.g. 2.000908")
	lang := fs.String("lang", "vi", "language: vi or en")
	if help, err := text.ParseFlags(fs, args); help || err != nil {
		return err // -h: the usage is printed, exit 0
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *lang != "vi" && *lang != "en" {
		return fmt.Errorf("-lang %q: want vi or en", *lang)
	}
	p := printer{text.Printer{W: w, EN: *lang == "en"}}
	cat := sample.Catalog()
	day := date.New(2026, time.March, 2) // the catalogue version the example uses

	if *code != "" {
		pr, err := cat.Lookup(*code, day)
		if err != nil {
			return fmt.Errorf("-procedure %q: %w", *code, err)
		}
		if !pr.Offers(procedure.ChannelPostal) {
			return fmt.Errorf("-procedure %s: the sample catalogue does not offer it through the postal service", *code)
		}
		if tl, _ := pr.Limit(procedure.ChannelPostal); !tl.Effective().IsValid() {
			return fmt.Errorf("-procedure %s: the catalogue states no time limit for the postal channel", *code)
		}
	}
	sched, err := sla.NewSchedule(holiday.Vietnam(), nil)
	if err != nil {
		return err
	}
	if err := p.catalogue(cat, day); err != nil {
		return err
	}
	p.F("\nHồ sơ được coi là tiếp nhận khi Bộ phận Một cửa nhận bưu gửi (giả định của ví dụ; xem chú thích\n"+
		"mã nguồn). Thời gian chuyển phát là dữ liệu của ví dụ, không phải thời hạn luật định, và không\n"+
		"tính vào thời hạn giải quyết.\n",
		"\nA postal dossier counts as received when the one-stop section takes the parcel (this example's\n"+
			"assumption; see the source comments). Postal transit times are data of the example, not\n"+
			"statutory times, and are not counted in the time limit.\n")
	if q := postmarkRule(cat, day); q != "" {
		p.F("Quy tắc thành văn tìm được, của riêng thủ tục 2.000908 (CSDL quốc gia, theo danh mục mẫu):\n",
			"The one written rule found, procedure 2.000908's own (national database, sample catalogue):\n")
		p.F("  %s\n", "  %s\n", text.Wrap("“… "+q+" …”", 94, "  "))
	}
	seq := &dossier.MemorySequencer{}
	n := 0
	for _, s := range scenarios {
		if *code != "" && s.code != *code {
			continue
		}
		n++
		if err := p.dossier(n, s, cat, sched, seq); err != nil {
			return err
		}
	}
	if n == 0 {
		p.F("\nVí dụ không có hồ sơ nào của thủ tục %s.\n", "\nThe example has no dossier of procedure %s.\n", *code)
	}
	return nil
}

// catalogue lists the sample procedures offering the postal channel.
func (p printer) catalogue(cat *procedure.Catalog, day date.Date) error {
	p.F("Thủ tục trong danh mục mẫu có thể nộp qua dịch vụ bưu chính công ích:\n",
		"Procedures of the sample catalogue that can be filed through the public postal service:\n")
	for _, code := range cat.Codes() {
		pr, err := cat.Lookup(code, day)
		if err != nil || !pr.Offers(procedure.ChannelPostal) {
			continue
		}
		tl, _ := pr.Limit(procedure.ChannelPostal)
		limit := p.Pick("không nêu thời hạn", "no time limit stated")
		if l := tl.Effective(); l.IsValid() {
			limit = p.Pick(l.String(), l.English())
			if c, ok := pr.Cutoff(); ok {
				limit += p.Pick(", nhận từ ", ", received from ") + c.HhMm() + p.Pick(": ngày làm việc sau", " on: next working day")
			}
		}
		p.F("  %-9s %-34s %s\n", "  %-9s %-34s %s\n", code, text.Clip(pr.Name(), 34), limit)
		for _, c := range pr.Components() {
			if c.Requirement == procedure.PresentOnly {
				p.F("            (có giấy tờ phải xuất trình bản chính: không mô phỏng qua bưu chính)\n",
					"            (an original must be shown in person: not simulated by post)\n")
				break
			}
		}
	}
	return nil
}

// dossier receives, transfers, decides and returns one postal dossier and
// prints its course.
func (p printer) dossier(n int, s scenario, cat *procedure.Catalog, sched *sla.Schedule, seq dossier.Sequencer) error {
	at := func(v string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", v, sched.Zone())
		if err != nil {
			panic("postal: scenario time " + v) // the table above is wrong
		}
		return t
	}
	collected, delivered, transfer := at(s.collected), at(s.delivered), at(s.transfer)
	result, handed, home := at(s.result), at(s.handed), at(s.home)

	pr, err := cat.Lookup(s.code, date.NewAt(delivered))
	if err != nil {
		return err
	}
	agency := pr.Implementing()[0]
	h := dossier.HeaderFor(pr, procedure.ChannelPostal, date.NewAt(delivered))
	h.Applicant, h.ReceivingUnit, h.Agency, h.Filed = s.applicant, receivingUnit, agency, s.filed
	d, err := dossier.Open(h, sched)
	if err != nil {
		return err
	}
	// The receipt is the one-stop section's taking of the parcel.
	d, _, err = d.Receive(delivered, "Bộ phận Một cửa", pr, seq)
	if err != nil {
		return err
	}
	if d, err = d.Transfer(transfer, "Bộ phận Một cửa"); err != nil {
		return err
	}
	if d, err = d.Decide(result, agency, true, ""); err != nil {
		return err
	}
	// Returned: handed to the postal worker, who carries it on the
	// citizen's behalf; the delivery at home is the post's time.
	if d, err = d.Return(handed, "Bộ phận Một cửa"); err != nil {
		return err
	}
	dl := d.Timeline().Deadline()

	p.F("\nHỒ SƠ %d — %s %s\n", "\nDOSSIER %d — %s %s\n", n, pr.Code(), text.Clip(pr.Name(), 70))
	p.F("  Mã hồ sơ %s; người nộp %s; chế độ %s (%s).\n", "  Code %s; applicant %s; regime %s (%s).\n",
		d.Code(), s.applicant.Name, d.Regime().Name, p.Pick("năm ", "year ")+fmt.Sprint(delivered.Year()))
	p.row(p.Pick("Bưu điện nhận hồ sơ tại nhà", "Post collects it at home"), collected,
		p.Pick("bưu tá kiểm đếm, lập phiếu gửi, niêm phong", "checked, dossier slip, sealed"))
	p.row(p.Pick("Một cửa nhận bưu gửi", "One-stop takes the parcel"), delivered,
		p.Pick("= thời điểm tiếp nhận; chuyển phát ", "= the receipt; in transit ")+p.clock(delivered.Sub(collected)))
	var digitised []string
	for _, f := range d.Header().Filed {
		if f.Digitised {
			digitised = append(digitised, f.Name)
		}
	}
	if d.Regime().DigitiseAtReceipt {
		p.F("  %s\n", "  %s\n", text.Wrap(p.Pick("Số hóa khi tiếp nhận (Nghị định 118/2025/NĐ-CP Điều 17 khoản 1 điểm c): ",
			"Digitised at receipt (Decree 118/2025/NĐ-CP Art. 17(1)(c)): ")+strings.Join(digitised, "; ")+".", 94, "    "))
	}
	limit := p.Pick(dl.Limit().String(), dl.Limit().English())
	if c, ok := pr.Cutoff(); ok && dl.AfterCutoff() {
		limit += p.Pick("; nhận từ "+c.HhMm()+": tính từ ", "; received from "+c.HhMm()+" on: counted from ") + p.day(dl.ReceiptDay())
	}
	p.row(p.Pick("Hẹn trả kết quả", "Appointment"), dl.At(), limit)

	ok := p.Pick("đúng quy định", "in time")
	if d.Flags().LateTransfer {
		ok = p.Pick("CHUYỂN MUỘN", "LATE TRANSFER")
	}
	rule := p.Pick("nhận trước 15:00: chuyển trong ngày", "received before 15:00: the same day")
	if cut := dossier.RegimeOn(date.NewAt(delivered)).TransferCutoff; !delivered.Before(date.NewAt(delivered).Time(cut, sched.Zone())) {
		rule = p.Pick("nhận từ 15:00: chuyển ngày làm việc tiếp theo", "received from 15:00: by the next working day")
	}
	p.row(p.Pick("Chuyển cơ quan giải quyết", "Transferred to the agency"), transfer, ok+" ("+rule+")")
	p.row(p.Pick("Có kết quả", "Result"), result, p.Pick(d.Outcome().Vietnamese(), d.Outcome().English()))
	p.row(p.Pick("Giao kết quả cho bưu điện", "Result handed to the post"), handed, "")
	p.row(p.Pick("Bưu điện phát tại nhà", "Post delivers it at home"), home,
		p.Pick("chuyển phát ", "in transit ")+p.clock(home.Sub(handed)))

	agencyTime, err := sched.WorkingTimeBetween(delivered, handed)
	if err != nil {
		return err
	}
	p.F("  Thời gian của cơ quan nhà nước (tiếp nhận → giao bưu điện): %s giờ hành chính.\n",
		"  The agencies' time (receipt → handed to the post): %s of office hours.\n", p.clock(agencyTime))
	p.F("  Thời gian bưu chính (giờ đồng hồ, không tính vào thời hạn): chiều đi %s, chiều về %s.\n",
		"  The post's time (clock hours, not counted in the limit): out %s, back %s.\n",
		p.clock(delivered.Sub(collected)), p.clock(home.Sub(handed)))
	if d.Outcome().IsLate() {
		who := p.Pick("Bộ phận Một cửa/cơ quan giải quyết", "the one-stop section or the agency")
		if d.Flags().LateTransfer {
			who = p.Pick("Bộ phận Một cửa (chuyển hồ sơ muộn)", "the one-stop section (late transfer)")
		}
		p.F("  Quá hạn do %s, không do bưu chính.\n", "  Late because of %s, not the post.\n", who)
	}
	return nil
}

// printer writes the report in Vietnamese or English.
type printer struct{ text.Printer }

// row prints one hand-over: what, when, and a remark, wrapped under the
// remark column.
func (p printer) row(what string, t time.Time, remark string) {
	line := fmt.Sprintf("  %-27s %s", what, p.stamp(t))
	if remark != "" {
		pad := strings.Repeat(" ", len([]rune(line))+2)
		line += "  " + text.Wrap(remark, 98-len(pad), pad)
	}
	fmt.Fprintln(p.W, line)
}

func (p printer) day(d date.Date) string {
	if p.EN {
		return d.Format("Mon 02/01/2006")
	}
	return text.Weekday(d, false) + " " + d.Format("02/01/2006")
}

// stamp writes "T2 02/03 10:15" or "Mon 02/03 10:15".
func (p printer) stamp(t time.Time) string {
	t = t.In(sla.VietnamZone)
	d := date.NewAt(t)
	if p.EN {
		return d.Format("Mon 02/01") + " " + t.Format("15:04")
	}
	return text.Weekday(d, false) + " " + d.Format("02/01") + " " + t.Format("15:04")
}

// clock writes a duration as hours and minutes, "31h20".
func (p printer) clock(d time.Duration) string {
	return fmt.Sprintf("%dh%02d", d/time.Hour, d%time.Hour/time.Minute)
}

// postmarkRule quotes, from the sample catalogue's notes of 2.000908, the
// clause counting the limit from the postmark of arrival; "" if the
// catalogue no longer says it.
func postmarkRule(cat *procedure.Catalog, day date.Date) string {
	pr, err := cat.Lookup("2.000908", day)
	if err != nil {
		return ""
	}
	for _, tl := range pr.Channels() {
		for _, sentence := range strings.Split(tl.Note, ". ") {
			if i := strings.Index(sentence, "Thời hạn được tính từ"); i >= 0 && strings.Contains(sentence, "dấu bưu điện") {
				return strings.TrimSuffix(sentence[i:], ".")
			}
		}
	}
	return ""
}
