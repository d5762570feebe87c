package reliability

import (
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/scorecard"
	"github.com/rickb777/date/v2"
)

// The scorecard's rows: records, unit facts, tallies, evaluations and
// feedback a vendor might pass wrong.
func init() { catalogues["scorecard"] = scorecardCatalogue }

func scorecardCatalogue(sh shared) []badInput {
	inputError := as[*scorecard.InputError]()
	feedbackError := as[*scorecard.FeedbackError]()
	march := dossier.Period{From: date.New(2026, time.March, 1), To: date.New(2026, time.April, 1)}
	mar := func(d int) date.Date { return date.New(2026, time.March, d) }
	plain := sh.scheds[0]
	at := func(d, h int) time.Time { return time.Date(2026, time.March, d, h, 0, 0, 0, ict) }

	add := func(r scorecard.Record) func() error {
		return func() error {
			t, err := scorecard.NewTally(march, sh.cal)
			if err != nil {
				return err
			}
			return t.Add(r)
		}
	}
	score := func(u scorecard.UnitFacts, o *scorecard.Options) func() error {
		return func() error {
			t, err := scorecard.NewTally(march, sh.cal)
			if err != nil {
				return err
			}
			_, err = scorecard.Score(t, u, o)
			return err
		}
	}
	feedback := func(op func(scorecard.Feedback) (scorecard.Feedback, error)) func() error {
		return func() error {
			f, err := scorecard.ReceiveFeedback("PAKN-1", at(2, 9), plain)
			if err != nil {
				return err
			}
			_, err = op(f)
			return err
		}
	}
	tooMany := make([]string, scorecard.MaxProcedures+1)
	for i := range tooMany {
		tooMany[i] = "P"
	}
	return []badInput{
		{"scorecard/reversed period", func() error {
			_, err := scorecard.NewTally(dossier.Period{From: mar(10), To: mar(1)}, sh.cal)
			return err
		}, scorecard.ErrInvalid, inputError},
		{"scorecard/nil calendar", func() error { _, err := scorecard.NewTally(march, nil); return err }, scorecard.ErrInvalid, inputError},
		{"scorecard/zero tally", func() error { return (&scorecard.Tally{}).Add(scorecard.Record{}) }, scorecard.ErrInvalid, inputError},
		{"scorecard/end before receipt", add(scorecard.Record{Received: mar(5), End: mar(2)}), scorecard.ErrInvalid, inputError},
		{"scorecard/due before receipt", add(scorecard.Record{Received: mar(5), Due: mar(2)}), scorecard.ErrInvalid, inputError},
		{"scorecard/end without receipt", add(scorecard.Record{End: mar(2)}), scorecard.ErrInvalid, inputError},
		{"scorecard/negative documents", add(scorecard.Record{Received: mar(2), Due: mar(3), Filed: -1}), scorecard.ErrInvalid, inputError},
		{"scorecard/more digitised than filed", add(scorecard.Record{Received: mar(2), Due: mar(3), Filed: 1, Digitised: 2}), scorecard.ErrInvalid, inputError},
		{"scorecard/too many documents", add(scorecard.Record{Received: mar(2), Due: mar(3), Filed: scorecard.MaxDocuments + 1}), scorecard.ErrTooLarge, inputError},
		{"scorecard/too many supplements", add(scorecard.Record{Received: mar(2), Due: mar(3), Supplements: scorecard.MaxSupplements + 1}), scorecard.ErrTooLarge, inputError},
		{"scorecard/1 MB procedure code", add(scorecard.Record{Procedure: strings.Repeat("💥", mb/4), Received: mar(2), Due: mar(3)}), scorecard.ErrTooLarge, inputError},
		{"scorecard/no appointment, receipt out of span", add(scorecard.Record{Received: date.New(1900, 1, 1), LimitDays: 5, End: mar(2)}), holiday.ErrOutOfSpan, inputError},
		{"scorecard/unit part above whole", score(scorecard.UnitFacts{CertifiedCopies: 1, ElectronicCertifiedCopies: 2}, nil), scorecard.ErrInvalid, inputError},
		{"scorecard/unit negative count", score(scorecard.UnitFacts{NationalCount: -1}, nil), scorecard.ErrInvalid, inputError},
		{"scorecard/unit too many online procedures", score(scorecard.UnitFacts{Procedures: 1, OnlineProcedures: tooMany}, nil), scorecard.ErrTooLarge, inputError},
		{"scorecard/publication before decision", score(scorecard.UnitFacts{Publications: []scorecard.Publication{{Procedure: "P", Decided: mar(5), Effective: mar(9), Public: mar(2)}}}, nil), scorecard.ErrInvalid, inputError},
		{"scorecard/publication out of span", score(scorecard.UnitFacts{Publications: []scorecard.Publication{{Procedure: "P", Decided: mar(5), Effective: date.New(2300, 1, 1)}}}, nil), holiday.ErrOutOfSpan, inputError},
		{"scorecard/13 months", score(scorecard.UnitFacts{}, &scorecard.Options{Months: 13}), scorecard.ErrInvalid, inputError},
		{"scorecard/unknown no-feedback rule", score(scorecard.UnitFacts{}, &scorecard.Options{NoFeedback: 7}), scorecard.ErrInvalid, inputError},
		{"scorecard/mark 3", func() error {
			var t scorecard.EvaluationTally
			return t.Add(scorecard.Evaluation{Marks: [scorecard.Indices]scorecard.Mark{8}})
		}, scorecard.ErrInvalid, inputError},
		{"scorecard/unknown band code", func() error { var b scorecard.Band; return b.UnmarshalText([]byte("Xuất sắc")) }, scorecard.ErrInvalid, inputError},
		{"scorecard/feedback empty id", func() error { _, err := scorecard.ReceiveFeedback("", at(2, 9), plain); return err }, scorecard.ErrInvalid, feedbackError},
		{"scorecard/feedback out of span", func() error {
			_, err := scorecard.ReceiveFeedback("F", time.Date(2300, 1, 1, 9, 0, 0, 0, ict), plain)
			return err
		}, holiday.ErrOutOfSpan, feedbackError},
		{"scorecard/feedback published before handling", feedback(func(f scorecard.Feedback) (scorecard.Feedback, error) { return f.Publish(at(3, 9)) }), scorecard.ErrTransition, feedbackError},
		{"scorecard/feedback handled before receipt", feedback(func(f scorecard.Feedback) (scorecard.Feedback, error) { return f.Handle(at(1, 9)) }), scorecard.ErrOutOfOrder, feedbackError},
		{"scorecard/feedback log without receipt", func() error {
			_, err := scorecard.ReplayFeedback("F", []scorecard.FeedbackEvent{{Kind: scorecard.FeedbackEventHandled, At: at(2, 9)}}, plain)
			return err
		}, scorecard.ErrInvalid, feedbackError},
		{"scorecard/feedback log too long", func() error {
			_, err := scorecard.ReplayFeedback("F", make([]scorecard.FeedbackEvent, 1000), plain)
			return err
		}, scorecard.ErrTooLarge, feedbackError},
		{"scorecard/zero feedback in a tally", func() error {
			t, _ := scorecard.NewTally(march, sh.cal)
			return t.AddFeedback(scorecard.Feedback{})
		}, scorecard.ErrInvalid, inputError},
	}
}
