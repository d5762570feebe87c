package store

import (
	"database/sql"
	"time"

	"github.com/rickb777/date/v2"
)

// projColumns are the projection's columns, in the order of
// [projection.args].
const projColumns = `unit, agency, procedure_code, procedure_decision, field, channel, online, code, status, is_open,
received_at, received_day, due_day, appointment_day, paused_since, finished_day, outcome, stopped_day, refused_day, closed_day, due_moved_at`

const insertDossier = `INSERT INTO dossiers (id, version, head_hash, header, ` + projColumns + `)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

const updateDossier = `UPDATE dossiers SET version = ?, head_hash = ?,
unit = ?, agency = ?, procedure_code = ?, procedure_decision = ?, field = ?, channel = ?, online = ?, code = ?, status = ?, is_open = ?,
received_at = ?, received_day = ?, due_day = ?, appointment_day = ?, paused_since = ?, finished_day = ?, outcome = ?, stopped_day = ?, refused_day = ?, closed_day = ?, due_moved_at = ?
WHERE id = ? AND version = ?`

// args returns the projection's values in the order of projColumns: NULL
// for a day or instant that is not set.
func (p projection) args() []any {
	return []any{p.unit, p.agency, p.procCode, p.procDecision, p.field, p.channel, flag(p.online), nullString(p.code),
		int(p.status), flag(p.open), nullTime(p.receivedAt), nullDay(p.receivedDay), nullDay(p.dueDay), nullDay(p.appointmentDay),
		nullTime(p.pausedSince), nullDay(p.finishedDay), int(p.outcome), nullDay(p.stoppedDay), nullDay(p.refusedDay), nullDay(p.closedDay), nullTime(p.dueMovedAt)}
}

func flag(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

func nullDay(d date.Date) sql.NullInt64 { return sql.NullInt64{Int64: int64(d), Valid: d != 0} }

// nullTime stores an instant as Unix milliseconds.
func nullTime(t time.Time) sql.NullInt64 {
	return sql.NullInt64{Int64: t.UnixMilli(), Valid: !t.IsZero()}
}

// unknownMillis is the due_moved_at of a row written before schema
// version 2: unknown, later than any period's end.
const unknownMillis = 1<<63 - 1

func fromMillis(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.UnixMilli(n.Int64)
}
