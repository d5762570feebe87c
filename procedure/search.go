package procedure

import (
	"strings"

	"github.com/rickb777/date/v2"
)

// Query selects procedures for [Catalog.Search]. Zero fields do not filter.
type Query struct {
	// Name matches procedures whose folded name contains the folded query
	// (see [Fold]): "dang ky khai sinh" finds "Đăng ký khai sinh" and
	// "Đăng ký khai sinh lưu động".
	Name string
	// Field matches the sector, compared folded ("ho tich" = "Hộ tịch").
	Field string
	// Level, Channel and Agency keep procedures implemented at Level,
	// offered on Channel, and involving the agency code Agency.
	Level   Level
	Channel Channel
	Agency  string
	// On is the day whose versions are searched; zero means the latest
	// version of each code that is not abolished.
	On date.Date
}

// Search returns the procedures matching q, in code order. It scans the
// catalogue (a few thousand procedures take microseconds to a millisecond).
func (c *Catalog) Search(q Query) []Procedure {
	name, field := Fold(q.Name), Fold(q.Field)
	var out []Procedure
	for _, code := range c.codes {
		var p Procedure
		if q.On == 0 {
			v, _ := c.latest(code)
			if v.Abolished {
				continue
			}
			p = v.Procedure
		} else {
			var err error
			if p, err = c.Lookup(code, q.On); err != nil {
				continue
			}
		}
		switch {
		case name != "" && !strings.Contains(p.p.fold, name):
		case field != "" && Fold(p.p.s.Field) != field:
		case q.Level != LevelUnknown && !p.HasLevel(q.Level):
		case q.Channel != ChannelUnknown && !p.Offers(q.Channel):
		case q.Agency != "" && !p.InvolvesAgency(q.Agency):
		default:
			out = append(out, p)
		}
	}
	return out
}
