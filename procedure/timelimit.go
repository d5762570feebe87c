package procedure

import "github.com/motcua/motcua/sla"

// TimeLimit is what a procedure states for one channel (cách thức thực
// hiện): that the channel is offered, its statutory time limit and, beside
// it, the limit the locality committed to (provinces cut statutory limits by
// 30 % and more). Decree 63/2010/NĐ-CP Art. 8(2)(đ) requires the limit; the
// national database records it per channel with its unit.
//
// Catalogue JSON carries the Vietnamese text of the limit ("03 ngày làm việc
// kể từ ngày nhận đủ hồ sơ hợp lệ"); [Parse] reads it with [sla.ParseLimit]
// and keeps the text verbatim in StatutoryText / CommittedText, so that
// [Catalog.Marshal] writes back exactly what was read.
//
// A zero Statutory means the source states no limit for the channel (a
// known gap, see [Procedure.Notes]); a zero Committed means no local
// commitment. TimeLimit is a comparable value.
type TimeLimit struct {
	Channel Channel
	// Statutory is the limit set by law; zero if not stated.
	Statutory sla.Limit
	// StatutoryText is the catalogue text Statutory was read from. When a
	// TimeLimit is built in Go with an empty text, [New] fills in
	// Statutory.String().
	StatutoryText string
	// Committed is the locally committed (shortened) limit, in the same
	// unit as Statutory and not longer; zero if none.
	Committed     sla.Limit
	CommittedText string
	// Note keeps what a Limit cannot hold: conditional or extended limits
	// ("Trường hợp cần xác minh … không quá 05 ngày làm việc"), the 15:00
	// rule in words, per-stage splits.
	Note string
}

// Effective returns the limit that governs a dossier: the committed limit
// when there is one, otherwise the statutory one (zero if neither).
func (t TimeLimit) Effective() sla.Limit {
	if t.Committed.IsValid() {
		return t.Committed
	}
	return t.Statutory
}
