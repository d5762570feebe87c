package procedure_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

var limitTexts = []string{"Trong ngày", "03 ngày làm việc", "Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
	"15 ngày", "02 tháng", "04 giờ làm việc", "0,5 ngày làm việc", "10 (mười) ngày làm việc"}

func genText(t *rapid.T, label string) string {
	return rapid.SampledFrom([]string{"Đăng ký", "khai sinh", "Cấp bản sao", "Hộ tịch", "đất đai", "x", "Chứng thực \"a\" <b>"}).Draw(t, label) +
		rapid.StringMatching(`[a-zà-ỹ ]{0,6}`).Draw(t, label+"2")
}

func genSpec(t *rapid.T, code string) procedure.Spec {
	s := procedure.Spec{
		Code:         code,
		Name:         genText(t, "name"),
		Field:        genText(t, "field"),
		Levels:       rapid.SliceOfNDistinct(rapid.SampledFrom([]procedure.Level{procedure.LevelCentral, procedure.LevelProvince, procedure.LevelCommune}), 1, 3, rapid.ID).Draw(t, "levels"),
		Implementing: rapid.SliceOfN(rapid.StringMatching(`[a-z]{1,8}`), 1, 3).Draw(t, "impl"),
		Coordinating: rapid.SliceOfN(rapid.StringMatching(`[a-z]{1,8}`), 0, 2).Draw(t, "coord"),
		Subjects:     rapid.SliceOfNDistinct(rapid.SampledFrom([]procedure.Subject{procedure.SubjectIndividual, procedure.SubjectOrganisation}), 1, 2, rapid.ID).Draw(t, "subjects"),
		Results:      rapid.SliceOfN(rapid.StringMatching(`[A-Za-z]{1,5}`), 0, 2).Draw(t, "results"),
		Sets:         rapid.IntRange(0, 3).Draw(t, "sets"),
		Source:       "https://example.invalid/" + code,
		Notes:        rapid.StringMatching(`[a-z ]{0,10}`).Draw(t, "notes"),
	}
	if rapid.Bool().Draw(t, "cutoff") {
		s.Cutoff = clock.New(rapid.IntRange(1, 23).Draw(t, "h"), rapid.IntRange(0, 59).Draw(t, "m"), 0, 0)
	}
	chans := rapid.SliceOfNDistinct(rapid.SampledFrom(procedure.Channels()), 0, 4, rapid.ID).Draw(t, "channels")
	for _, ch := range chans {
		tl := procedure.TimeLimit{Channel: ch, Note: rapid.StringMatching(`[a-z]{0,4}`).Draw(t, "note")}
		if rapid.Bool().Draw(t, "hasLimit") {
			tl.StatutoryText = rapid.SampledFrom(limitTexts).Draw(t, "limit")
			tl.Statutory = sla.MustParseLimit(tl.StatutoryText)
			if tl.Statutory.Hundredths() > 0 && rapid.Bool().Draw(t, "committed") {
				h := rapid.Int64Range(0, tl.Statutory.Hundredths()).Draw(t, "ch")
				if tl.Statutory.Unit() != sla.UnitWorkingDays && tl.Statutory.Unit() != sla.UnitWorkingHours {
					h = h / 100 * 100
				}
				if l, err := sla.LimitFromHundredths(h, tl.Statutory.Unit()); err == nil {
					tl.Committed = l
				}
			}
		}
		s.Channels = append(s.Channels, tl)
	}
	for i := range rapid.IntRange(0, 2).Draw(t, "nfees") {
		f := procedure.Fee{
			Kind:   rapid.SampledFrom([]procedure.FeeKind{procedure.FeeKindFee, procedure.FeeKindCharge}).Draw(t, "kind"),
			Name:   genText(t, "feename"),
			Amount: decimal.New(rapid.Int64Range(0, 5_000_000).Draw(t, "amt"), -rapid.Int32Range(0, 2).Draw(t, "exp")),
			Unit:   rapid.SampledFrom([]string{"", "lần", "trang"}).Draw(t, "unit"),
		}
		if rapid.Bool().Draw(t, "cond") {
			f.Code, f.Condition = fmt.Sprintf("c%d", i), "nếu có"
		}
		f.Channels = rapid.SliceOfNDistinct(rapid.SampledFrom(procedure.Channels()), 0, 2, rapid.ID).Draw(t, "feech")
		for j := range rapid.IntRange(0, 2).Draw(t, "nred") {
			r := procedure.Reduction{Code: fmt.Sprintf("r%d", j), Percent: decimal.New(rapid.Int64Range(1, 1000).Draw(t, "pct"), -1),
				Automatic: rapid.Bool().Draw(t, "auto")}
			if rapid.Bool().Draw(t, "until") {
				r.From, r.Until = day(2023, 1, 1), day(2024, 1, 1)
			}
			f.Reductions = append(f.Reductions, r)
		}
		s.Fees = append(s.Fees, f)
	}
	for range rapid.IntRange(0, 3).Draw(t, "ncomp") {
		c := procedure.Component{Name: genText(t, "comp"), Originals: rapid.IntRange(0, 2).Draw(t, "orig"),
			Copies: rapid.IntRange(0, 2).Draw(t, "copies"), Template: rapid.SampledFrom([]string{"", "CT01"}).Draw(t, "tpl"),
			Requirement: rapid.SampledFrom([]procedure.Requirement{procedure.Required, procedure.Conditional, procedure.PresentOnly, procedure.FromDatabase}).Draw(t, "req")}
		if c.Requirement == procedure.Conditional {
			c.Condition = "trường hợp"
		}
		if c.Requirement != procedure.FromDatabase && c.Originals == 0 {
			c.Originals = 1
		}
		s.Components = append(s.Components, c)
	}
	return s
}

// genCatalog builds a catalogue by applying a random series of decisions.
func genCatalog(t *rapid.T) *procedure.Catalog {
	c := &procedure.Catalog{}
	var live []string
	next := 0
	d0 := day(2015, 1, 1)
	for k := range rapid.IntRange(1, 5).Draw(t, "ndecisions") {
		d := procedure.Decision{Number: fmt.Sprintf("%d/QĐ-UBND", k+1), Effective: d0 + 1 + date.Date(rapid.IntRange(0, 2000).Draw(t, "gap"))}
		d0 = d.Effective
		for range rapid.IntRange(0, 3).Draw(t, "nnew") {
			next++
			code := fmt.Sprintf("%d.%06d", 1+next%3, next)
			if rapid.Bool().Draw(t, "local") {
				code += ".000.00.00.H37"
			}
			d.New = append(d.New, procedure.MustNew(genSpec(t, code)))
		}
		var keep []string
		for _, code := range live {
			switch rapid.IntRange(0, 3).Draw(t, "fate") {
			case 0:
				d.Amended = append(d.Amended, procedure.MustNew(genSpec(t, code)))
				keep = append(keep, code)
			case 1:
				d.Abolished = append(d.Abolished, code)
			default:
				keep = append(keep, code)
			}
		}
		nc, _, err := c.Apply(d)
		if err != nil {
			t.Fatalf("Apply: %v", err)
		}
		c = nc
		live = keep
		for _, p := range d.New {
			live = append(live, p.Code())
		}
	}
	return c
}

func TestPropertyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCatalog(t)
		b, err := c.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := procedure.Parse(b)
		if err != nil {
			t.Fatalf("Parse(Marshal(c)): %v\n%s", err, b)
		}
		if !back.Equal(c) {
			t.Fatalf("round trip differs\n%s", b)
		}
	})
}

func TestPropertyApplyKeepsReceiver(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCatalog(t)
		before, _ := c.Marshal()
		codes := c.Codes()
		d := procedure.Decision{Number: "X", Effective: day(2040, 1, 1)}
		if len(codes) > 0 {
			code := rapid.SampledFrom(codes).Draw(t, "code")
			switch rapid.IntRange(0, 2).Draw(t, "op") {
			case 0:
				d.Amended = []procedure.Procedure{procedure.MustNew(genSpec(t, code))}
			case 1:
				d.Abolished = []string{code}
			default:
				d.New = []procedure.Procedure{procedure.MustNew(genSpec(t, code))}
			}
		}
		_, _, _ = c.Apply(d) // success or typed failure; either way c is unchanged
		after, _ := c.Marshal()
		if !bytes.Equal(before, after) {
			t.Fatal("Apply changed its receiver")
		}
	})
}
