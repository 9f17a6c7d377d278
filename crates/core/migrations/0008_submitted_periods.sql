-- Tessera schema, migration 8: a grant's reporting period marked submitted (the day it was).
-- A transaction all of whose dates lie on or before the end of a submitted period is in a
-- submitted report and locked: it is corrected by a reversing entry (`reverses_id`), not
-- edited (`finance/edit.rs`). Synced like every cell; not part of the package.
ALTER TABLE grant_reports ADD COLUMN submitted_on TEXT;
