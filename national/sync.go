package national

import (
	"bytes"
	"encoding/json"
	"iter"
	"maps"
	"slices"
	"strconv"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/procedure"
)

// Cursor remembers, for each dossier code, the version of the dossier last
// sent to the portal successfully — the length of its event log, which only
// grows. The vendor stores it (as text, [Cursor.MarshalText]) after each
// successful send and passes it to the next [Exporter.Changes]: only what
// changed since is sent, and a send that failed is sent again, since its
// cursor was never stored.
//
// The version counts the dossier's events only: a change of its [Extras]
// alone (a result link added after the return) is not seen; to resend such
// a dossier, pass a cursor without it ([Cursor.Without]).
//
// A Cursor is a value: [Cursor.Advance] returns a new one. The zero Cursor
// is empty (nothing sent yet) and ready to use. A Cursor is safe for
// concurrent reads.
type Cursor struct {
	synced map[string]int
}

// Version returns the version of dossier code last sent, 0 if none.
func (c Cursor) Version(code string) int { return c.synced[code] }

// Len returns how many dossiers the cursor knows.
func (c Cursor) Len() int { return len(c.synced) }

// Advance returns the cursor with each change marked as sent; c is
// unchanged.
func (c Cursor) Advance(changes ...Change) Cursor {
	out := Cursor{synced: make(map[string]int, len(c.synced)+len(changes))}
	maps.Copy(out.synced, c.synced)
	for _, ch := range changes {
		if ch.To > out.synced[ch.Code] {
			out.synced[ch.Code] = ch.To
		}
	}
	return out
}

// Without returns the cursor without the given dossiers, so that the next
// [Exporter.Changes] sends them again in full (with isUpdating false: the
// portal answers that they exist, and the vendor sends them as updates);
// c is unchanged.
func (c Cursor) Without(codes ...string) Cursor {
	out := Cursor{synced: maps.Clone(c.synced)}
	for _, code := range codes {
		delete(out.synced, code)
	}
	return out
}

// MarshalText writes one line "CODE VERSION" per dossier, by code.
func (c Cursor) MarshalText() ([]byte, error) {
	var b []byte
	for _, code := range slices.Sorted(maps.Keys(c.synced)) {
		b = append(b, code...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(c.synced[code]), 10)
		b = append(b, '\n')
	}
	return b, nil
}

// UnmarshalText reads what MarshalText writes: lines "CODE VERSION" with a
// dossier code and a version from 1 to 10^9, each code once. On error c is
// unchanged and the error is a *[FieldError] naming the line.
func (c *Cursor) UnmarshalText(b []byte) error {
	if len(b) > MaxEnvelopeBytes*4 {
		return &FieldError{Field: "cursor", Value: strconv.Itoa(len(b)) + " bytes", Err: ErrTooLarge, Detail: "more than 64 MiB"}
	}
	m := map[string]int{}
	for n := 1; len(b) > 0; n++ {
		line, rest, _ := bytes.Cut(b, []byte{'\n'})
		b = rest
		field := "cursor line " + strconv.Itoa(n)
		code, v, ok := bytes.Cut(line, []byte{' '})
		if !ok {
			return &FieldError{Field: field, Value: clipQuote(string(line)), Err: ErrMalformed, Detail: `want "CODE VERSION"`}
		}
		if _, _, _, err := dossier.ParseCode(string(code)); err != nil {
			return &FieldError{Field: field, Value: clipQuote(string(line)), Err: ErrMalformed, Detail: "not a dossier code", Cause: err}
		}
		version, err := strconv.Atoi(string(v))
		if err != nil || version < 1 || version > 1e9 || string(v) != strconv.Itoa(version) {
			return &FieldError{Field: field, Value: clipQuote(string(line)), Err: ErrMalformed, Detail: "want a version 1–10^9"}
		}
		if _, dup := m[string(code)]; dup {
			return &FieldError{Field: field, Value: clipQuote(string(line)), Err: ErrMalformed, Detail: "dossier given twice"}
		}
		m[string(code)] = version
	}
	c.synced = m
	return nil
}

// Source is one dossier to synchronise: the dossier, the procedure version
// it is handled under and its extras (nil: none).
type Source struct {
	Dossier   dossier.Dossier
	Procedure procedure.Procedure
	Extras    *Extras
}

// Change is one dossier changed since the cursor: its record, and the step
// records of the events after the version last sent.
type Change struct {
	Code     string
	From, To int // the versions: last sent, and now
	// Updating: the portal has seen the dossier before (From > 0), so the
	// record goes in an envelope with isUpdating true.
	Updating bool
	Record   Record
	Steps    []StepRecord
}

// Batch is what one synchronisation sends.
type Batch struct {
	Changes []Change
	// Skipped are the dossiers that could not be exported (each an
	// *ExportError naming the dossier); the cursor does not move for them,
	// so they come again once mended.
	Skipped []error
	// Next is the cursor once every change is sent; store it only then.
	// A vendor that sends change by change stores since.Advance(sent...).
	Next Cursor
	// More reports that the batch stopped — at [MaxRecords] changes, or
	// before its step records would pass [MaxStepRecords], or before one
	// of its envelopes would pass [MaxEnvelopeBytes] encoded — so that its
	// envelopes stay within the limits: call Changes again with Next.
	More bool
}

// envelopeBudget is the most bytes of encoded records (or step records) a
// batch puts in one envelope: [MaxEnvelopeBytes] less room for the
// envelope's own keys and the commas between records.
const envelopeBudget = MaxEnvelopeBytes - 4<<10

// encodedSize is the length of v in JSON, as encoding/json writes an
// envelope.
func encodedSize(v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		return 0 // a record that cannot be encoded fails when the envelope is
	}
	return len(b)
}

// Changes returns the dossiers of sources whose log grew since the cursor,
// each with its record and the step records of its new events: at most
// [MaxRecords] of them, with at most [MaxStepRecords] step records in all,
// and no envelope over [MaxEnvelopeBytes] encoded (a thousand records with
// every text at its limit would pass it), so that each of
// [Batch.Envelopes] is one the portal (and [ParseEnvelope],
// [ParseStepEnvelope]) takes. A dossier whose steps would
// pass the limit is left whole for the next batch (Batch.More then says to
// call again with Next; a dossier's log holds at most dossier.MaxEvents
// events, fewer than MaxStepRecords, so every batch moves on). Sending
// them and then storing Batch.Next loses nothing and sends nothing twice:
// a failed send leaves the stored cursor where it was, and the next call
// returns the same changes (with whatever happened since).
func (e *Exporter) Changes(sources iter.Seq[Source], since Cursor) Batch {
	var b Batch
	steps := 0
	budget := e.budget
	if budget == 0 {
		budget = envelopeBudget
	}
	var createdBytes, updatedBytes, stepBytes int
	for s := range sources {
		if len(b.Changes) == MaxRecords {
			b.More = true
			break
		}
		ch, changed, err := e.change(s, since)
		if err != nil {
			b.Skipped = append(b.Skipped, err)
			continue
		}
		if !changed {
			continue
		}
		if steps+len(ch.Steps) > MaxStepRecords && len(b.Changes) > 0 {
			b.More = true
			break
		}
		recordBytes, stepsBytes := encodedSize(ch.Record)+1, encodedSize(ch.Steps)
		envBytes := &createdBytes
		if ch.Updating {
			envBytes = &updatedBytes
		}
		if (*envBytes+recordBytes > budget || stepBytes+stepsBytes > budget) && len(b.Changes) > 0 {
			b.More = true // the envelope is full: this dossier comes whole in the next batch
			break
		}
		*envBytes += recordBytes
		stepBytes += stepsBytes
		steps += len(ch.Steps)
		b.Changes = append(b.Changes, ch)
	}
	b.Next = since.Advance(b.Changes...)
	return b
}

func (e *Exporter) change(s Source, since Cursor) (Change, bool, error) {
	d := s.Dossier
	code := string(d.Code())
	if code == "" && s.Extras != nil {
		code = string(s.Extras.Code)
	}
	n := d.NumEvents()
	from := since.Version(code)
	switch {
	case code == "" && d.IsValid() && d.Status() == dossier.Registered:
		return Change{}, false, nil // filed online, not yet received: nothing to send yet
	case code != "" && from == n:
		return Change{}, false, nil // unchanged since the last send
	}
	if from > n {
		return Change{}, false, &ExportError{Dossier: code, Err: ErrNotExportable, Detail: "the cursor has version " + strconv.Itoa(from) + " of a log of " + strconv.Itoa(n) + " events"}
	}
	r, err := e.Record(d, s.Procedure, s.Extras)
	if err != nil {
		return Change{}, false, err
	}
	steps, err := e.Steps(d, s.Extras)
	if err != nil {
		return Change{}, false, err
	}
	return Change{Code: code, From: from, To: n, Updating: from > 0, Record: r, Steps: steps[from:]}, true, nil
}

// Envelopes groups the changes as the portal takes them: the records of
// dossiers new to it (isUpdating false), those of dossiers it has seen
// (isUpdating true) and the step records. Send them in that order, and store
// Batch.Next only when all three went through. After a failure the same
// records come again; a record the portal already took as new is answered
// "đã tồn tại" (already exists) on the retry — send it again as an update,
// as provincial integrations do. Step records are sent once the cursor is
// stored, so none is sent twice unless the portal took part of a failed
// step envelope.
func (b Batch) Envelopes() (created, updated Envelope, steps StepEnvelope) {
	created = Envelope{Service: ServiceRecords, Data: []Record{}}
	updated = Envelope{Service: ServiceRecords, IsUpdating: true, Data: []Record{}}
	steps = StepEnvelope{Service: ServiceSteps, Data: []StepRecord{}}
	for _, c := range b.Changes {
		if c.Updating {
			updated.Data = append(updated.Data, c.Record)
		} else {
			created.Data = append(created.Data, c.Record)
		}
		steps.Data = append(steps.Data, c.Steps...)
	}
	return created, updated, steps
}
