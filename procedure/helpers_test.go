package procedure_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/clock"
	"github.com/shopspring/decimal"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// baseSpec is a small valid procedure.
func baseSpec(code string) procedure.Spec {
	return procedure.Spec{
		Code:         code,
		Name:         "Đăng ký khai sinh",
		Field:        "Hộ tịch",
		Levels:       []procedure.Level{procedure.LevelCommune},
		Implementing: []string{"ubnd-cap-xa"},
		Subjects:     []procedure.Subject{procedure.SubjectIndividual},
		Channels: []procedure.TimeLimit{
			{Channel: procedure.ChannelDirect, Statutory: sla.SameDay(), StatutoryText: "Trong ngày"},
			{Channel: procedure.ChannelOnlineFull, Statutory: sla.WorkingDays(3), Committed: sla.WorkingDays(2)},
		},
		Cutoff: clock.New(15, 0, 0, 0),
		Fees: []procedure.Fee{{
			Kind: procedure.FeeKindCharge, Name: "Lệ phí", Amount: decimal.NewFromInt(8000),
			Reductions: []procedure.Reduction{{Code: "online", Percent: decimal.NewFromInt(50), Automatic: true,
				Channels: []procedure.Channel{procedure.ChannelOnlineFull}}},
		}},
		Components: []procedure.Component{{Name: "Tờ khai", Originals: 1, Requirement: procedure.Required}},
		Source:     "test",
	}
}

// baseJSON is a minimal valid procedure as a JSON object.
const baseJSON = `{
  "code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch",
  "levels": ["commune"], "implementing": ["ubnd-cap-xa"], "subjects": ["individual"],
  "channels": [{"channel": "direct", "statutory": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "committed": "02 ngày làm việc"}],
  "cutoff": "15:00",
  "fees": [{"kind": "charge", "name": "Lệ phí", "amount": "8000",
            "reductions": [{"code": "online", "percent": "50", "automatic": true, "channels": ["online_full"]}]}],
  "components": [{"name": "Tờ khai", "originals": 1, "copies": 0, "requirement": "required"}],
  "source": "test"
}`

// catalogJSON wraps procedure objects (after mutate) into a catalogue.
func catalogJSON(t testing.TB, mutate func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(baseJSON), &m); err != nil {
		t.Fatal(err)
	}
	if mutate != nil {
		mutate(m)
	}
	b, err := json.Marshal(map[string]any{"procedures": []any{m}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustParse(t testing.TB, data []byte) *procedure.Catalog {
	t.Helper()
	c, err := procedure.Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return c
}
