-- motcua store, schema version 1. Portable SQL: SQLite and PostgreSQL.
CREATE TABLE dossiers (
    id TEXT PRIMARY KEY,
    version BIGINT NOT NULL,
    head_hash TEXT NOT NULL,
    header TEXT NOT NULL,
    unit TEXT NOT NULL,
    agency TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    procedure_decision TEXT NOT NULL,
    field TEXT NOT NULL,
    channel TEXT NOT NULL,
    online INTEGER NOT NULL,
    code TEXT UNIQUE,
    status INTEGER NOT NULL,
    is_open INTEGER NOT NULL,
    received_at BIGINT,
    received_day BIGINT,
    due_day BIGINT,
    appointment_day BIGINT,
    paused_since BIGINT,
    finished_day BIGINT,
    outcome INTEGER NOT NULL,
    stopped_day BIGINT,
    refused_day BIGINT,
    closed_day BIGINT
);
CREATE INDEX dossiers_open_due ON dossiers (is_open, due_day);
CREATE INDEX dossiers_open_received ON dossiers (is_open, received_day);
CREATE INDEX dossiers_closed ON dossiers (closed_day);
CREATE INDEX dossiers_refused ON dossiers (refused_day);
CREATE INDEX dossiers_paused ON dossiers (paused_since);
CREATE TABLE events (
    dossier_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (dossier_id, seq)
);
CREATE TABLE code_counters (
    unit TEXT NOT NULL,
    day BIGINT NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (unit, day)
);
CREATE TABLE idempotency (
    idem_key TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL,
    version BIGINT NOT NULL
);
