package main

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
)

// Limits of the dossier commands' inputs.
const (
	maxCode  = 64  // bytes of a dossier code in a path
	maxKey   = 128 // bytes of an Idempotency-Key
	maxItems = 50  // supplement items
)

// statusJSON is a status with its words.
type statusJSON struct {
	Code dossier.Status `json:"code"`
	VI   string         `json:"vi"`
	EN   string         `json:"en"`
}

func statusOf(st dossier.Status) statusJSON {
	return statusJSON{Code: st, VI: st.Vietnamese(), EN: st.English()}
}

// eventJSON is one entry of the history, in plain words.
type eventJSON struct {
	Kind  dossier.EventKind `json:"kind"`
	At    time.Time         `json:"at"`
	Actor string            `json:"actor,omitempty"`
	VI    string            `json:"vi"`
	EN    string            `json:"en"`
}

// dossierJSON is a dossier as a clerk sees it.
type dossierJSON struct {
	Code        dossier.Code         `json:"code"`
	Version     int                  `json:"version"`
	Status      statusJSON           `json:"status"`
	Procedure   dossier.ProcedureRef `json:"procedure"`
	Channel     procedure.Channel    `json:"channel"`
	Unit        string               `json:"receiving_unit"`
	Agency      string               `json:"agency"`
	Applicant   string               `json:"applicant"`
	Received    time.Time            `json:"received"`
	Due         date.Date            `json:"due"`
	OriginalDue date.Date            `json:"original_due"`
	Outcome     sla.Outcome          `json:"outcome,omitzero"`
	Late        bool                 `json:"late"`
	History     []eventJSON          `json:"history"`
}

func (s *server) dossierView(r store.Record) dossierJSON {
	d := r.Dossier
	h := d.Header()
	out := dossierJSON{
		Code: d.Code(), Version: r.Version, Status: statusOf(d.Status()), Procedure: h.Procedure, Channel: h.Channel,
		Unit: h.ReceivingUnit, Agency: h.Agency, Applicant: h.Applicant.Name, Received: d.Received(), Due: d.Due(),
		OriginalDue: d.Timeline().OriginalDue(), Late: s.isLate(d),
	}
	if d.Status().IsFinal() {
		out.Outcome = d.Outcome()
	}
	for _, e := range d.Events() {
		vi, en := eventWords(e)
		out.History = append(out.History, eventJSON{Kind: e.Kind, At: e.At, Actor: e.Actor, VI: vi, EN: en})
	}
	return out
}

// isLate reports whether d is past its due date: finished late, or open
// after the day it was due.
func (s *server) isLate(d dossier.Dossier) bool {
	if d.Due() == 0 {
		return false
	}
	if at, _, ok := d.Result(); ok {
		return date.NewAt(at.In(s.sched.Zone())) > d.Due()
	}
	return !d.Status().IsFinal() && s.today() > d.Due()
}

// eventWords says what an event means for the applicant, in Vietnamese and
// English.
func eventWords(e dossier.Event) (string, string) {
	switch e.Kind {
	case dossier.EventSubmitted:
		return "Hồ sơ được nộp", "The dossier was submitted"
	case dossier.EventReceived:
		return "Hồ sơ được tiếp nhận, mã " + string(e.Code), "The dossier was received, code " + string(e.Code)
	case dossier.EventRefused:
		why := strings.Join(append(append([]string(nil), e.Items...), e.Reason), "; ")
		why = strings.Trim(why, "; ")
		return "Hồ sơ bị từ chối tiếp nhận: " + why, "The dossier was refused at the counter: " + why
	case dossier.EventTransferred:
		return "Hồ sơ được chuyển đến cơ quan giải quyết", "The dossier was sent to the competent agency"
	case dossier.EventSupplementRequested:
		return "Cơ quan yêu cầu bổ sung hồ sơ: " + strings.Join(e.Items, "; "), "The agency asked for more documents: " + strings.Join(e.Items, "; ")
	case dossier.EventSupplemented:
		return "Hồ sơ đã được bổ sung", "The documents were supplied"
	case dossier.EventObligationRequested:
		return "Yêu cầu thực hiện nghĩa vụ tài chính: " + e.Amount.String() + " đồng", "Payment requested: VND " + e.Amount.String()
	case dossier.EventObligationPaid:
		return "Đã thực hiện nghĩa vụ tài chính", "The payment was made"
	case dossier.EventApologised:
		return "Cơ quan gửi thư xin lỗi, hẹn lại ngày " + e.NewDue.Format("02/01/2006"), "The agency apologised and set a new date: " + e.NewDue.Format("2 January 2006")
	case dossier.EventProcessed:
		if e.Granted {
			return "Đã có kết quả giải quyết", "The result is ready"
		}
		return "Hồ sơ không được chấp thuận: " + e.Reason, "The request was not granted: " + e.Reason
	case dossier.EventReturned:
		return "Đã trả kết quả", "The result was handed over"
	case dossier.EventWithdrawalRequested:
		return "Người nộp xin rút hồ sơ", "The applicant asked to withdraw the dossier"
	case dossier.EventStopped:
		if e.Reason != "" {
			return "Dừng giải quyết hồ sơ: " + e.Reason, "Processing was stopped: " + e.Reason
		}
		return "Dừng giải quyết hồ sơ", "Processing was stopped"
	case dossier.EventStepStarted:
		return "Cơ quan " + e.Agency + " bắt đầu xử lý", "Agency " + e.Agency + " started its step"
	case dossier.EventStepFinished:
		return "Cơ quan " + e.Agency + " xử lý xong", "Agency " + e.Agency + " finished its step"
	}
	return e.Kind.String(), e.Kind.String()
}

// receiveJSON is the body of a receipt.
type receiveJSON struct {
	Procedure string            `json:"procedure"`
	Channel   procedure.Channel `json:"channel"`
	Applicant dossier.Applicant `json:"applicant"`
	Filed     []dossier.Filed   `json:"filed,omitempty"`
	Agency    string            `json:"agency,omitempty"`
}

// POST /api/v1/dossiers — receive a dossier at the token's unit.
func (s *server) apiReceive(w http.ResponseWriter, r *http.Request) {
	var in receiveJSON
	c, key, ok := s.commandRequest(w, r, roleReceive, &in)
	if !ok {
		return
	}
	now := s.now()
	h, ae := s.headerOf(in, c, now)
	if ae != nil {
		writeError(w, ae, ae.Field)
		return
	}
	p, err := s.cat.Lookup(in.Procedure, date.NewAt(now.In(s.sched.Zone())))
	if err != nil {
		writeError(w, err, "procedure")
		return
	}
	s.createThen(w, r, c, key, "receive", h,
		func(d dossier.Dossier, seq dossier.Sequencer) (dossier.Dossier, error) {
			out, _, err := d.Receive(now, c.Actor, p, seq)
			return out, err
		})
}

// createThen creates the dossier h at the clerk's unit and applies first
// to it in one transaction (store.CreateWith): a refused first step stores
// nothing, and a retry with the same idempotency key finds both done. It
// answers 201 with the dossier, or the typed error.
func (s *server) createThen(w http.ResponseWriter, r *http.Request, c clerk, key, step string, h dossier.Header,
	first func(dossier.Dossier, dossier.Sequencer) (dossier.Dossier, error)) {
	release, err := s.admitWriter(r.Context())
	if err != nil {
		writeError(w, err, "")
		return
	}
	defer release()
	ck := ""
	if key != "" {
		ck = c.Unit + "/" + key + "/" + step
	}
	rec, err := s.store.CreateWith(r.Context(), h, ck, first)
	s.wrote()
	if err != nil {
		writeError(w, err, "")
		return
	}
	writeJSON(w, http.StatusCreated, s.dossierView(rec))
}

// refusalJSON is the body of a refusal at intake: the dossier as the
// applicant brought it, and the reasons of form 03.
type refusalJSON struct {
	receiveJSON
	Reasons []string `json:"reasons"`
}

// POST /api/v1/refusals — refuse to receive a dossier at the token's unit,
// with its reasons (form 03, phiếu từ chối tiếp nhận; Decree
// 61/2018/NĐ-CP Art. 17(1)(b)). The dossier gets no code; it is stored as
// not received and counts among the period's refusals.
func (s *server) apiRefuse(w http.ResponseWriter, r *http.Request) {
	var in refusalJSON
	c, key, ok := s.commandRequest(w, r, roleReceive, &in)
	if !ok {
		return
	}
	now := s.now()
	var reasons []string
	for _, x := range in.Reasons {
		if x = strings.TrimSpace(x); x != "" {
			reasons = append(reasons, x)
		}
	}
	switch {
	case len(reasons) == 0:
		writeError(w, badRequest("reasons", "", "Cần nêu lý do từ chối (mẫu 03)", "Give the reasons of the refusal (form 03)"), "reasons")
		return
	case len(in.Reasons) > maxItems || len(strings.Join(reasons, "")) > 2000:
		writeError(w, badRequest("reasons", "", "Quá nhiều lý do hoặc lý do quá dài", "Too many reasons or reasons too long"), "reasons")
		return
	}
	h, ae := s.headerOf(in.receiveJSON, c, now)
	if ae != nil {
		writeError(w, ae, ae.Field)
		return
	}
	s.createThen(w, r, c, key, "refuse", h,
		func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.Refuse(now, c.Actor, reasons)
		})
}

// headerOf is the header of the dossier in, brought to the clerk's unit at
// now: the procedure in force on the day, its channel, the applicant, the
// competent agency (the procedure's first when not given) and the
// documents filed (every required one when not given).
func (s *server) headerOf(in receiveJSON, c clerk, now time.Time) (dossier.Header, *apiError) {
	if len(in.Procedure) > 64 {
		return dossier.Header{}, badRequest("procedure", in.Procedure, "Mã thủ tục quá dài", "Procedure code too long")
	}
	day := date.NewAt(now.In(s.sched.Zone()))
	p, err := s.cat.Lookup(in.Procedure, day)
	if err != nil {
		return dossier.Header{}, classify(err, "procedure")
	}
	if !p.Offers(in.Channel) {
		return dossier.Header{}, &apiError{Status: http.StatusUnprocessableEntity, Code: "channel_not_offered", Field: "channel",
			MessageVI: "Thủ tục không thực hiện qua kênh này", MessageEN: "The procedure is not offered on this channel"}
	}
	h := dossier.HeaderFor(p, in.Channel, day) // the fees in force on the day in Vietnam
	h.Applicant, h.ReceivingUnit = in.Applicant, c.Unit
	if in.Agency != "" {
		h.Agency = in.Agency
	}
	if h.Agency == "" && len(p.Implementing()) > 0 {
		h.Agency = p.Implementing()[0]
	}
	h.Filed = in.Filed
	if h.Filed == nil {
		h.Filed = filedAll(p)
	}
	if err := h.Validate(); err != nil {
		return dossier.Header{}, classify(err, "applicant")
	}
	return h, nil
}

// filedAll is every required document of p, filed as one original.
func filedAll(p procedure.Procedure) []dossier.Filed {
	var filed []dossier.Filed
	for _, c := range p.Components() {
		if c.Requirement != procedure.Required && c.Requirement != procedure.PresentOnly {
			continue
		}
		filed = append(filed, dossier.Filed{Name: c.Name, Originals: max(c.Originals, 1), Copies: c.Copies, Digitised: true})
	}
	return filed
}

// loadForClerk loads the dossier of the path's code if it belongs to the
// clerk's unit.
func (s *server) loadForClerk(ctx context.Context, from *store.Store, r *http.Request, c clerk) (store.Record, error) {
	code := r.PathValue("code")
	if len(code) > maxCode {
		return store.Record{}, badRequest("code", code, "Mã hồ sơ quá dài", "Dossier code too long")
	}
	if _, _, _, err := dossier.ParseCode(code); err != nil {
		return store.Record{}, badRequest("code", code, "Mã hồ sơ không hợp lệ", "Malformed dossier code")
	}
	rec, err := from.LoadByCode(ctx, dossier.Code(code))
	if err != nil {
		return store.Record{}, err
	}
	if rec.Dossier.Header().ReceivingUnit != c.Unit {
		return store.Record{}, errWrongUnit
	}
	return rec, nil
}

// GET /api/v1/dossiers/{code}
func (s *server) apiDossier(w http.ResponseWriter, r *http.Request) {
	c, ae := s.authorize(r, roleReceive, roleProcess, roleReport)
	if ae != nil {
		writeError(w, ae, "")
		return
	}
	rec, err := s.loadForClerk(r.Context(), s.read, r, c)
	if err != nil {
		writeError(w, err, "code")
		return
	}
	writeJSON(w, http.StatusOK, s.dossierView(rec))
}

// commandJSON is the body of a command: the version the clerk saw, and
// the command's fields.
type commandJSON struct {
	Version int       `json:"version"`
	Reason  string    `json:"reason,omitempty"`
	Items   []string  `json:"items,omitempty"`
	Amount  string    `json:"amount,omitempty"`
	NewDue  date.Date `json:"new_due,omitempty"`
	Granted bool      `json:"granted,omitempty"`
}

// command is the handler of one dossier command, for a "process" token of
// the dossier's unit, at the version the clerk saw (409 when it moved on).
func (s *server) command(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in commandJSON
		c, key, ok := s.commandRequest(w, r, roleProcess, &in)
		if !ok {
			return
		}
		if in.Version < 1 {
			writeError(w, badRequest("version", "", "Thiếu phiên bản hồ sơ (version)", "Missing the dossier's version"), "version")
			return
		}
		if len(in.Items) > maxItems || len(in.Reason) > 2000 {
			writeError(w, badRequest("items", "", "Quá nhiều mục hoặc lý do quá dài", "Too many items or reason too long"), "items")
			return
		}
		cmd, ae := s.commandOf(name, in, c)
		if ae != nil {
			writeError(w, ae, ae.Field)
			return
		}
		release, err := s.admitWriter(r.Context())
		if err != nil {
			writeError(w, err, "")
			return
		}
		defer release()
		rec, err := s.loadForClerk(r.Context(), s.store, r, c)
		if err != nil {
			writeError(w, err, "code")
			return
		}
		if key != "" {
			key = c.Unit + "/" + key
		}
		if rec.Version != in.Version && key == "" {
			writeError(w, &store.ConflictError{Dossier: rec.ID, Expected: in.Version, Actual: rec.Version}, "version")
			return
		}
		rec, err = s.store.Apply(r.Context(), withVersion(rec, in.Version), key, cmd)
		s.wrote()
		if err != nil {
			writeError(w, err, "")
			return
		}
		writeJSON(w, http.StatusOK, s.dossierView(rec))
	}
}

// withVersion is r expected at version v. The store's Record keeps its
// version in an exported field, so a resent keyed request (whose version
// the first one moved on) still reaches the store, which answers it from
// the key.
func withVersion(r store.Record, v int) store.Record {
	r.Version = v
	return r
}

// commandOf builds the store command of name from its body.
func (s *server) commandOf(name string, in commandJSON, c clerk) (store.Command, *apiError) {
	now := s.now()
	actor := c.Actor
	switch name {
	case "transfer":
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) { return d.Transfer(now, actor) }, nil
	case "supplement":
		if len(in.Items) == 0 {
			return nil, badRequest("items", "", "Cần ít nhất một giấy tờ cần bổ sung", "Name at least one document to supply")
		}
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.RequestSupplement(now, actor, in.Items, in.Reason)
		}, nil
	case "supplemented":
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) { return d.Supplement(now, actor) }, nil
	case "obligation":
		amt, err := decimal.NewFromString(in.Amount)
		if err != nil || !amt.IsPositive() || len(in.Amount) > 24 {
			return nil, badRequest("amount", in.Amount, "Số tiền không hợp lệ", "Invalid amount")
		}
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.RequestObligation(now, actor, amt)
		}, nil
	case "obligation-paid":
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.PayObligation(now, actor)
		}, nil
	case "apology":
		if in.NewDue == 0 || strings.TrimSpace(in.Reason) == "" {
			return nil, badRequest("new_due", "", "Cần ngày hẹn mới và lý do", "Give the new date and the reason")
		}
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.Apologise(now, actor, in.NewDue, in.Reason)
		}, nil
	case "decide":
		if !in.Granted && strings.TrimSpace(in.Reason) == "" {
			return nil, badRequest("reason", "", "Từ chối cần nêu lý do", "A refusal needs a reason")
		}
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.Decide(now, actor, in.Granted, in.Reason)
		}, nil
	case "return":
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) { return d.Return(now, actor) }, nil
	case "withdraw":
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.RequestWithdrawal(now, actor, in.Reason)
		}, nil
	case "stop":
		// The stop notice: after the applicant's withdrawal request, or
		// when a requested supplement never came (Decree 118/2025/NĐ-CP
		// Art. 21; Circular 03/2025/TT-VPCP Art. 7). It closes the
		// dossier: it leaves the due-soon and overdue lists.
		if strings.TrimSpace(in.Reason) == "" {
			return nil, badRequest("reason", "", "Dừng giải quyết cần nêu lý do", "Stopping needs a reason")
		}
		return func(d dossier.Dossier, _ dossier.Sequencer) (dossier.Dossier, error) {
			return d.Stop(now, actor, in.Reason)
		}, nil
	}
	return nil, errNotFound
}

// DELETE /api/v1/tokens/self — revoke the request's own token.
func (s *server) apiRevokeSelf(w http.ResponseWriter, r *http.Request) {
	if _, ae := s.authorize(r, roleReceive, roleProcess, roleReport); ae != nil {
		writeError(w, ae, "")
		return
	}
	s.tokens.Revoke(bearer(r))
	w.WriteHeader(http.StatusNoContent)
}

// commandRequest reads what every command request carries: a token with
// the role, an Idempotency-Key of at most maxKey bytes, and the JSON body
// into in. On failure it has written the error, and ok is false.
func (s *server) commandRequest(w http.ResponseWriter, r *http.Request, role role, in any) (c clerk, key string, ok bool) {
	c, ae := s.authorize(r, role)
	if ae != nil {
		writeError(w, ae, "")
		return clerk{}, "", false
	}
	key = r.Header.Get("Idempotency-Key")
	if len(key) > maxKey {
		writeError(w, badRequest("Idempotency-Key", key, "Khoá quá dài", "Key too long"), "Idempotency-Key")
		return clerk{}, "", false
	}
	if ae := decodeBody(r, in); ae != nil {
		writeError(w, ae, ae.Field)
		return clerk{}, "", false
	}
	return c, key, true
}
