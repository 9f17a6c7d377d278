-- Tessera schema, migration 10: each donor report that left Tessera (saved from the app,
-- written by `tessera report`), recorded so that a submitted report can be regenerated
-- identical (`reports.md`): its project, template, language and window, the generation time
-- (the PDF's creation date and the cover's report date), and the SHA-256 of its figures (the
-- report data as JSON) and of the PDF itself. Synced like every row; not part of the package.
CREATE TABLE generated_reports (
  id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1,
  project_id TEXT NOT NULL, template TEXT NOT NULL, lang TEXT NOT NULL,
  period_from TEXT NOT NULL, period_to TEXT NOT NULL, generated_at INTEGER NOT NULL,
  data_sha256 TEXT NOT NULL, pdf_sha256 TEXT NOT NULL
);
CREATE INDEX generated_reports_project ON generated_reports(project_id, generated_at);
CREATE VIEW live_generated_reports AS SELECT * FROM generated_reports WHERE cl % 2 = 1;
