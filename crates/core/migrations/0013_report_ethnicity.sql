-- Tessera schema, migration 13: whether a report that left Tessera was asked to show the
-- people reached by ethnicity (special-category data, `reports.md` section 3), so that it can
-- be regenerated identical from its record. Synced like the rest of its row.
ALTER TABLE generated_reports ADD COLUMN ethnicity INTEGER NOT NULL DEFAULT 0;
