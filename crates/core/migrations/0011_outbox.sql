-- Tessera schema, migration 11: the outbox (issue 18). Exports (PDF reports, spreadsheets)
-- made while the share cannot be reached wait here, bytes and all, until a sync uploads them
-- to the share's `outbox/` folder; retried with backoff, surviving restarts. Local to this
-- device and never synced (its first columns are not `id`, `cl`): what one laptop queued is
-- that laptop's to send. The bytes are dropped once sent or cancelled.
CREATE TABLE local_outbox (
  item INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  bytes BLOB,
  size INTEGER NOT NULL,
  queued_ms INTEGER NOT NULL,
  sent_ms INTEGER,
  cancelled_ms INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_try_ms INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
