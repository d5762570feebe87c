package procedure_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/procedure/sample"
	"github.com/motcua/motcua/sla"
)

func TestReviewLimitsSample(t *testing.T) {
	r := procedure.ReviewLimits(sample.Catalog())
	if len(r.Items) == 0 {
		t.Fatal("no items")
	}
	byKey := map[string]procedure.LimitReview{}
	for _, it := range r.Items {
		byKey[it.Code+" "+it.Channel.String()] = it
	}
	// Certification of copies: same day.
	if it := byKey["2.000908 direct"]; it.Reading.Ordinary != sla.PeriodOf(sla.SameDay()) {
		t.Errorf("2.000908: %+v", it.Reading)
	}
	// A channel with no limit stated is to decide.
	if it := byKey["2.001159 direct"]; len(it.Decide) == 0 {
		t.Errorf("2.001159 has no limit but nothing to decide")
	}
	// The building permit's note states the other cases (20 ngày, 10 ngày).
	if it := byKey["1.013225 direct"]; it.NoteReading == nil || len(it.Decide) == 0 {
		t.Errorf("1.013225: note not reviewed: %+v", it)
	}
	for _, it := range r.Decide() {
		if len(it.Decide) == 0 {
			t.Errorf("Decide lists %s with no reason", it.Code)
		}
	}
	text := r.String()
	if !strings.Contains(text, "Cần quyết định / To decide:") || !strings.Contains(text, "2.000908 direct: Trong ngày") {
		t.Errorf("text:\n%s", text)
	}
	// The list to decide names each other duration with its case, and
	// one counted from another event says so.
	for _, want := range []string{
		"theo trường hợp / conditional: 5 ngày làm việc — Trường hợp cần xác minh điều kiện kết hôn của hai bên nam, nữ\n",
		"gia hạn / extension: 2 ngày làm việc — Trường hợp phức tạp\n",
		"theo trường hợp / conditional: 10 ngày — trường hợp cần xem xét thêm (tính từ sự kiện khác / counted from another event)\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Items []struct {
			Code    string   `json:"code"`
			Decide  []string `json:"decide"`
			Reading struct {
				Ordinary sla.Period `json:"ordinary"`
			} `json:"reading"`
		} `json:"items"`
	}
	if err := json.Unmarshal(b, &back); err != nil || len(back.Items) != len(r.Items) {
		t.Fatalf("JSON does not read back: %v", err)
	}
	if procedure.ReviewLimits(nil).Items != nil {
		t.Error("nil catalogue")
	}
}

// A catalogue import whose texts Parse refuses is reviewed before import.
func TestReviewLimitsJSON(t *testing.T) {
	data := `{"procedures": [
	  {"code": "1.013225", "name": "Cấp giấy phép xây dựng", "channels": [
	    {"channel": "direct", "statutory": "15 ngày đối với nhà ở riêng lẻ"},
	    {"channel": "fax", "statutory": "15 ngày"}]},
	  {"code": "1.000001", "name": "X", "channels": [
	    {"channel": "direct", "statutory": "Trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kiểm tra"},
	    {"channel": "postal", "statutory": "07 ngày (Sở Nội vụ: 03 ngày; UBND cấp xã: 05 ngày)"}]}]}`
	r, err := procedure.ReviewLimitsJSON([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != 4 || len(r.Decide()) != 4 {
		t.Fatalf("items %d, to decide %d:\n%s", len(r.Items), len(r.Decide()), r)
	}
	if r.Items[0].Code != "1.000001" || r.Items[0].Reading.From != sla.FromOtherEvent {
		t.Errorf("first item %+v", r.Items[0])
	}
	for _, bad := range []string{"", "[]", `{"procedures": 3}`} {
		_, err := procedure.ReviewLimitsJSON([]byte(bad))
		var ve *procedure.ValidationError
		if !errors.As(err, &ve) || !errors.Is(err, procedure.ErrSyntax) {
			t.Errorf("ReviewLimitsJSON(%q): %v", bad, err)
		}
	}
}
