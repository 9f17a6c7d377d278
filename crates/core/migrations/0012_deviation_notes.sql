-- Tessera schema, migration 12: deviation notes — why an indicator's achievement departs
-- from its target beyond the organisation's band (`reports.md`, template `itt`), written for
-- the reporting period that ends on `period_to`; the indicator tracking table of a window
-- ending that day prints it. One row per indicator and day: its id is derived from both
-- (`logframe/deviation.rs`), so two laptops writing the first note of one period write one
-- row, and the later text wins. Synced like every row; not part of the package.
CREATE TABLE deviation_notes (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  indicator_id TEXT NOT NULL, period_to TEXT NOT NULL, note TEXT NOT NULL
);
CREATE INDEX deviation_notes_indicator ON deviation_notes(indicator_id, period_to);
CREATE VIEW live_deviation_notes AS SELECT * FROM deviation_notes WHERE cl % 2 = 1;
