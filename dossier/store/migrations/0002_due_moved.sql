-- motcua store, schema version 2: the instant (Unix milliseconds) of the
-- last event that can move a dossier's due date (a pause, its end, a
-- restart, a re-appointment), so that a report judges a period's pending
-- overdue dossiers on the due date in force at the period's end. A row
-- written before this version has it unknown (the largest BIGINT): a
-- report replays such a dossier when it is pending at a period's end, and
-- the next append to it records the real instant.
ALTER TABLE dossiers ADD COLUMN due_moved_at BIGINT;
UPDATE dossiers SET due_moved_at = 9223372036854775807 WHERE received_day IS NOT NULL;
