package main

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/dossier/store"
	"github.com/motcua/motcua/holiday"
	"github.com/motcua/motcua/holiday/lunar"
	"github.com/motcua/motcua/internal/clip"
	"github.com/motcua/motcua/procedure"
	"github.com/motcua/motcua/sla"
)

// apiError is the body of every error the API returns: a stable code, the
// message in Vietnamese and in English, and the offending field (empty when
// the error is not about one field).
type apiError struct {
	Status    int    `json:"-"`
	Code      string `json:"code"`
	MessageVI string `json:"message_vi"`
	MessageEN string `json:"message_en"`
	Field     string `json:"field,omitempty"`
}

func (e *apiError) Error() string { return "server: " + e.Code + ": " + e.MessageEN }

// badRequest is a 400 about one field, quoting a short prefix of the value.
func badRequest(field, value, vi, en string) *apiError {
	q := ""
	if value != "" {
		q = " (" + clip.String(value, 40) + ")"
	}
	return &apiError{Status: http.StatusBadRequest, Code: "invalid_input", Field: field, MessageVI: vi + q, MessageEN: en + q}
}

var (
	errUnauthenticated = &apiError{Status: http.StatusUnauthorized, Code: "unauthenticated",
		MessageVI: "Thiếu hoặc sai mã truy cập", MessageEN: "Missing, unknown or revoked API token"}
	errWrongRole = &apiError{Status: http.StatusForbidden, Code: "wrong_role",
		MessageVI: "Mã truy cập không có quyền thực hiện thao tác này", MessageEN: "The token's role does not allow this action"}
	errWrongUnit = &apiError{Status: http.StatusForbidden, Code: "wrong_unit",
		MessageVI: "Hồ sơ không thuộc đơn vị của mã truy cập", MessageEN: "The dossier belongs to another unit than the token's"}
	errNotFound = &apiError{Status: http.StatusNotFound, Code: "not_found",
		MessageVI: "Không tìm thấy", MessageEN: "Not found"}
	errTooLarge = &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large",
		MessageVI: "Nội dung yêu cầu quá lớn", MessageEN: "Request body too large"}
	errRateLimited = &apiError{Status: http.StatusTooManyRequests, Code: "rate_limited",
		MessageVI: "Quá nhiều yêu cầu, vui lòng thử lại sau", MessageEN: "Too many requests; try again later"}
	errTimeout = &apiError{Status: http.StatusServiceUnavailable, Code: "timeout",
		MessageVI: "Hết thời gian xử lý yêu cầu", MessageEN: "The request timed out"}
	errInternal = &apiError{Status: http.StatusInternalServerError, Code: "internal",
		MessageVI: "Lỗi hệ thống", MessageEN: "Internal error"}
)

// classify turns an error of the library into the API's error; an error it
// does not know is a 500 whose detail is logged, never sent.
func classify(err error, field string) *apiError {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae
	}
	var mbe *http.MaxBytesError
	var ce *store.ConflictError
	switch {
	case errors.As(err, &mbe):
		return errTooLarge
	case errors.As(err, &ce):
		return &apiError{Status: http.StatusConflict, Code: "version_conflict", Field: "version",
			MessageVI: "Hồ sơ đã được người khác cập nhật; tải lại và thử lại",
			MessageEN: "The dossier was changed by someone else; reload and try again"}
	case errors.Is(err, store.ErrNotFound), errors.Is(err, procedure.ErrUnknownCode),
		errors.Is(err, procedure.ErrAbolished), errors.Is(err, procedure.ErrNotYetEffective):
		e := *errNotFound
		e.Field = field
		return &e
	case errors.Is(err, store.ErrRefused), errors.Is(err, dossier.ErrTransition), errors.Is(err, dossier.ErrRule),
		errors.Is(err, dossier.ErrIncomplete):
		return &apiError{Status: http.StatusUnprocessableEntity, Code: "command_refused", Field: field,
			MessageVI: "Thao tác không hợp lệ ở trạng thái hiện tại của hồ sơ: " + clip.String(err.Error(), 200),
			MessageEN: "The dossier refuses this command in its present state: " + clip.String(err.Error(), 200)}
	case errors.Is(err, sla.ErrLimitSyntax), errors.Is(err, sla.ErrLimitRange), errors.Is(err, sla.ErrLimitAmbiguous),
		errors.Is(err, sla.ErrLimitOtherEvent), errors.Is(err, sla.ErrLimitTooLong), errors.Is(err, sla.ErrInvalidLimit):
		return &apiError{Status: http.StatusUnprocessableEntity, Code: "limit_unreadable", Field: field,
			MessageVI: "Không đọc được thời hạn: " + clip.String(err.Error(), 200),
			MessageEN: "Cannot read the time limit: " + clip.String(err.Error(), 200)}
	case errors.Is(err, holiday.ErrOutOfSpan), errors.Is(err, lunar.ErrOutOfSpan):
		return &apiError{Status: http.StatusUnprocessableEntity, Code: "out_of_span", Field: field,
			MessageVI: "Ngày nằm ngoài phạm vi lịch", MessageEN: "The date is outside the calendar's span"}
	case errors.Is(err, store.ErrInvalid), errors.Is(err, dossier.ErrInvalid), errors.Is(err, dossier.ErrSyntax),
		errors.Is(err, sla.ErrUnknownCode), errors.Is(err, dossier.ErrTooLarge), errors.Is(err, sla.ErrOutOfOrder),
		errors.Is(err, sla.ErrApologyTooLate), errors.Is(err, sla.ErrBadReappointment), errors.Is(err, sla.ErrAlreadyReappointed):
		return &apiError{Status: http.StatusUnprocessableEntity, Code: "invalid_value", Field: field,
			MessageVI: "Giá trị không hợp lệ: " + clip.String(err.Error(), 200),
			MessageEN: "Invalid value: " + clip.String(err.Error(), 200)}
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return errTimeout
	}
	log.Printf("server: internal error: %v", err)
	return errInternal
}

// writeError writes err as the API's typed JSON error.
func writeError(w http.ResponseWriter, err error, field string) {
	e := classify(err, field)
	writeJSON(w, e.Status, e)
}

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		log.Printf("server: encoding a response: %v", err)
		status, b = http.StatusInternalServerError, []byte(`{"code":"internal","message_vi":"Lỗi hệ thống","message_en":"Internal error"}`)
	}
	writeRaw(w, status, append(b, '\n'))
}

// writeRaw writes an encoded JSON answer.
func writeRaw(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
}
