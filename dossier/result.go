package dossier

import (
	"fmt"
	"strings"
	"time"
)

// ResultDocument is one document of a dossier's result: a licence, a
// certificate, a written refusal. An electronic result has the legal
// value of the paper one and is kept in the applicant's data warehouse
// (Decree 45/2020/NĐ-CP Art. 14; Decree 118/2025/NĐ-CP Art. 22 on
// electronic results — article not checked against the decree's text).
type ResultDocument struct {
	// Name is the document's name, e.g. "Giấy chứng nhận đăng ký hộ kinh
	// doanh".
	Name string `json:"name"`
	// Code is the result's code (số, ký hiệu or the system's identifier),
	// which a later dossier quotes to reuse it ([Filed.Replaces]).
	Code string `json:"code,omitempty"`
	// Link is where the electronic result is kept; empty for paper only.
	Link string `json:"link,omitempty"`
}

// DecideWithResults records the result as [Dossier.Decide] does, with
// the documents of the result: the electronic results with their codes
// and links (Decree 45/2020/NĐ-CP Art. 14; Decree 118/2025/NĐ-CP Art. 22).
// results holds at most [MaxItems] documents, each named, with texts
// within [MaxText] bytes; otherwise the error is a *[CommandError]
// wrapping an *[InputError] and d is unchanged. The dossier keeps its own
// copy of results.
func (d Dossier) DecideWithResults(now time.Time, actor string, granted bool, reason string, results []ResultDocument) (Dossier, error) {
	if !granted && reason == "" {
		return d, &CommandError{Command: "Decide", Dossier: string(d.code), Status: d.status, At: now,
			Err: fmt.Errorf("%w: a refusal after appraisal states its reasons", ErrInvalid)}
	}
	return d.apply(Event{Kind: EventProcessed, At: now, Actor: actor, Granted: granted, Reason: reason, Results: results})
}

// checkResults refuses result documents beyond the limits or unnamed.
func checkResults(e *Event) error {
	if len(e.Results) > MaxItems {
		return &InputError{Field: "results", Value: e.Results[0].Name, Err: fmt.Errorf("%w: %d result documents, at most %d", ErrTooLarge, len(e.Results), MaxItems)}
	}
	for i, r := range e.Results {
		field := fmt.Sprintf("results[%d]", i)
		if len(r.Name) > MaxText || len(r.Code) > MaxText || len(r.Link) > MaxText {
			return &InputError{Field: field, Value: r.Name, Err: fmt.Errorf("%w: a name, code and link of at most %d bytes each", ErrTooLarge, MaxText)}
		}
		if strings.TrimSpace(r.Name) == "" {
			return &InputError{Field: field + ".name", Value: r.Name, Err: fmt.Errorf("%w: a result document has a name", ErrInvalid)}
		}
	}
	return nil
}
