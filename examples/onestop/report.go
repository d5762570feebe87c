package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/examples/internal/text"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// printYear prints the year's report the way a province publishes it: the
// totals, then by field, by agency and by channel, then the agencies that
// made inter-agency dossiers late.
func printYear(w io.Writer, year int, ds []dossier.Dossier, t *tally, en bool) {
	period := dossier.Period{From: date.New(year, time.January, 1), To: date.New(year+1, time.January, 1)}
	byField, _ := dossier.NewReport(period, dossier.ByField) // a whole year: a valid period
	byAgency, _ := dossier.NewReport(period, dossier.ByAgency)
	byChannel, _ := dossier.NewReport(period, dossier.ByChannel)
	for _, d := range ds {
		byField.Add(d)
		byAgency.Add(d)
		byChannel.Add(d)
	}
	f := byField.Total()
	tr := texts(en)
	num := numFormat(en)
	fmt.Fprintf(w, "\n%s %d\n", tr["title"], year)
	fmt.Fprintf(w, "%s\n\n", tr["subtitle"])
	fmt.Fprintf(w, tr["received"]+"\n", num(f.Received), num(f.Online), pct(f.OnlineShare(), en), num(f.CarriedOver))
	r := f.Resolved
	late := r.Late + r.LateApologised
	fmt.Fprintf(w, tr["resolved"]+"\n", num(r.Total()),
		num(r.Early), pct(r.Percent(sla.Early), en), num(r.OnTime), pct(r.Percent(sla.OnTime), en),
		num(late), pct(r.Percent(sla.Late).Add(r.Percent(sla.LateApologised)), en), num(r.LateApologised))
	fmt.Fprintf(w, tr["ontime"]+"\n", pct(r.OnTimeOrEarlyPercent(), en))
	fmt.Fprintf(w, tr["pending"]+"\n", num(f.Pending), num(f.PendingOverdue))
	fmt.Fprintf(w, tr["counter"]+"\n", num(int64(t.incomplete)), num(int64(t.cameBack)), num(int64(t.refused)))
	fmt.Fprintf(w, tr["process"]+"\n", num(int64(t.supplements)), num(int64(t.obligations)), num(int64(t.apologies)),
		num(int64(t.lateTransfer)), num(f.Stopped))
	if len(t.regimes) > 1 {
		fmt.Fprintf(w, tr["regimes"]+"\n", num(int64(t.regimes["2018"])), num(int64(t.regimes["2025"])))
	}

	registry := sample.Registry()
	agencyName := func(code string) string {
		if a, err := registry.Lookup(code, period.To-1); err == nil && a.Name != "" {
			return a.Name
		}
		return code
	}
	channelName := func(c procedure.Channel) string {
		if en {
			return c.String()
		}
		return c.Vietnamese()
	}
	table(w, tr["byField"], byField, func(k string) string { return k }, en)
	table(w, tr["byAgency"], byAgency, agencyName, en)
	table(w, tr["byChannel"], byChannel, channelName, en)

	if t.liaison > 0 {
		fmt.Fprintf(w, "\n"+tr["liaison"]+"\n", num(int64(t.liaison)))
		agencies := t.steps.SortedKeys(strings.Compare)
		for _, a := range agencies {
			c := t.steps.Get(a)
			fmt.Fprintf(w, "  %-12s %s: %6s  %s: %-9s  %s: %s\n", a, tr["steps"], num(c.Total()), tr["lateSteps"],
				num(c.Late+c.LateApologised), tr["causedLate"], num(int64(t.responsible[a])))
		}
	}
}

func table[K comparable](w io.Writer, title string, r *dossier.Report[K], name func(K) string, en bool) {
	tr := texts(en)
	num := numFormat(en)
	fmt.Fprintf(w, "\n%s\n", title)
	fmt.Fprintf(w, "  %-30s %9s %9s %9s %9s %9s %9s\n", "", tr["colReceived"], tr["colResolved"], tr["colEarly"], tr["colOnTime"], tr["colLate"], tr["colPending"])
	keys := r.Keys()
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Compare(r.Get(b).Received, r.Get(a).Received)
	})
	for _, k := range keys {
		f := r.Get(k)
		res := f.Resolved
		fmt.Fprintf(w, "  %-30s %9s %9s %9s %9s %9s %9s\n", text.Clip(name(k), 30), num(f.Received), num(res.Total()),
			pct(res.Percent(sla.Early), en), pct(res.Percent(sla.OnTime), en),
			pct(res.Percent(sla.Late).Add(res.Percent(sla.LateApologised)), en), num(f.Pending))
	}
}

// numFormat returns the writer of counts: dots between thousands as
// Vietnamese reports write them ("12.345"), commas in English ("12,345").
func numFormat(en bool) func(int64) string {
	sep := byte('.')
	if en {
		sep = ','
	}
	return func(n int64) string { return groupDigits(n, sep) }
}

// groupDigits writes n with sep between thousands.
func groupDigits(n int64, sep byte) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && s[i-1] != '-' && (len(s)-i)%3 == 0 {
			b.WriteByte(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

func pct(p decimal.Decimal, en bool) string {
	if en {
		return sla.FormatPercentEnglish(p)
	}
	return sla.FormatPercentVietnamese(p)
}

func texts(en bool) map[string]string {
	if en {
		return map[string]string{
			"title":       "REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURES,",
			"subtitle":    "provincial public administration service centre (simulated on motcua's sample catalogue)",
			"received":    "Received: %s (online %s, %s); carried over from the previous period: %s",
			"resolved":    "Resolved: %s — early %s (%s), on time %s (%s), late %s (%s; with apology %s)",
			"ontime":      "Resolved early or on time: %s",
			"pending":     "Still in progress at year end: %s (of which overdue: %s)",
			"counter":     "At the counter: %s sent back incomplete (form 02), %s of them came back; %s refused (form 03)",
			"process":     "In processing: %s supplement requests, %s financial obligations, %s apology letters (form 04), %s late transfers, %s stopped or withdrawn",
			"regimes":     "Regimes: %s dossiers under Decree 61/2018 (before 1 July), %s under Decree 118/2025",
			"byField":     "By field",
			"byAgency":    "By competent agency",
			"byChannel":   "By channel",
			"colReceived": "received", "colResolved": "resolved", "colEarly": "early", "colOnTime": "on time", "colLate": "late", "colPending": "pending",
			"liaison":    "Inter-agency birth-registration groups (Decree 63/2024/NĐ-CP): %s; steps by agency:",
			"steps":      "steps",
			"lateSteps":  "late",
			"causedLate": "groups made late",
		}
	}
	return map[string]string{
		"title":       "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM",
		"subtitle":    "Trung tâm Phục vụ hành chính công tỉnh (mô phỏng trên danh mục mẫu của motcua)",
		"received":    "Tiếp nhận: %s hồ sơ (trực tuyến %s, %s); kỳ trước chuyển qua: %s",
		"resolved":    "Đã giải quyết: %s — trước hạn %s (%s), đúng hạn %s (%s), quá hạn %s (%s; có văn bản xin lỗi %s)",
		"ontime":      "Tỷ lệ giải quyết trước hạn và đúng hạn: %s",
		"pending":     "Đang giải quyết cuối năm: %s (trong đó quá hạn: %s)",
		"counter":     "Tại quầy: %s hồ sơ chưa đủ, hướng dẫn bổ sung (mẫu 02), %s đã nộp lại; %s từ chối tiếp nhận (mẫu 03)",
		"process":     "Trong giải quyết: %s yêu cầu bổ sung, %s nghĩa vụ tài chính, %s văn bản xin lỗi (mẫu 04), %s chuyển hồ sơ muộn, %s dừng hoặc rút",
		"regimes":     "Chế độ: %s hồ sơ theo Nghị định 61/2018 (trước 01/7), %s theo Nghị định 118/2025",
		"byField":     "Theo lĩnh vực",
		"byAgency":    "Theo cơ quan giải quyết",
		"byChannel":   "Theo kênh tiếp nhận",
		"colReceived": "tiếp nhận", "colResolved": "giải quyết", "colEarly": "trước hạn", "colOnTime": "đúng hạn", "colLate": "quá hạn", "colPending": "đang GQ",
		"liaison":    "Hồ sơ liên thông khai sinh (Nghị định 63/2024/NĐ-CP): %s nhóm; các bước theo cơ quan:",
		"steps":      "bước",
		"lateSteps":  "quá hạn",
		"causedLate": "nhóm bị chậm do cơ quan",
	}
}
