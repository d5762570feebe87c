package procedure

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	iclip "github.com/motcua/motcua/internal/clip"
)

// MaxReviewBytes is the largest catalogue [ReviewLimitsJSON] reads: 64 MiB,
// far above a national catalogue's limits (some 6,000 procedures of a few
// KiB each).
const MaxReviewBytes = 64 << 20

// reviewProcedure is the part of a catalogue procedure a review reads.
type reviewProcedure struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Channels []struct {
		Channel   string `json:"channel"`
		Statutory string `json:"statutory"`
		Note      string `json:"note"`
	} `json:"channels"`
}

// ReviewLimitsJSON reviews the time limits of catalogue JSON in the format
// [Parse] reads, before it is imported: it reads only the codes, names and
// channels, so that texts [Parse] would refuse ("15 ngày đối với nhà ở
// riêng lẻ", a count from another event) are reviewed instead of stopping
// the import. Procedures are reviewed in the order given; a channel code
// that is not one of [Channel.MarshalText]'s is kept as ChannelUnknown and
// listed to decide.
//
// Input over [MaxReviewBytes], or that is not a JSON object with a
// "procedures" array, is an error of type *[ValidationError] wrapping
// [ErrSyntax].
func ReviewLimitsJSON(data []byte) (LimitsReview, error) {
	fail := func(reason string) error {
		return &ValidationError{Field: "procedures", Value: iclip.String(string(data), 60), Err: fmt.Errorf("%w: %s", ErrSyntax, reason)}
	}
	if len(data) > MaxReviewBytes {
		return LimitsReview{}, fail(fmt.Sprintf("%d bytes, more than %d", len(data), MaxReviewBytes))
	}
	var w struct {
		Procedures []reviewProcedure `json:"procedures"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return LimitsReview{}, fail("not catalogue JSON: " + iclip.String(err.Error(), 120))
	}
	var out LimitsReview
	for _, p := range w.Procedures {
		for _, ch := range p.Channels {
			var c Channel
			bad := c.UnmarshalText([]byte(ch.Channel)) != nil
			t := TimeLimit{Channel: c, StatutoryText: ch.Statutory, Note: ch.Note}
			it := reviewText(p.Code, p.Name, t, nil)
			if bad {
				it.Decide = append(it.Decide, "kênh không hợp lệ / unknown channel "+iclip.String(ch.Channel, 40))
			}
			out.Items = append(out.Items, it)
		}
	}
	slices.SortStableFunc(out.Items, func(a, b LimitReview) int { return strings.Compare(a.Code, b.Code) })
	return out, nil
}
