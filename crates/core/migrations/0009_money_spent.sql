-- Tessera schema, migration 9: each expense converted into its project's currency, kept
-- (derived, not synced), so budget vs actual over 50 000 transactions adds up integers instead
-- of converting every expense again. The conversion is the money rules' own
-- (`finance/figures.rs`, `Book::convert`), run by the store once per write for the expenses
-- it touched (`finance/cache.rs`), like the people search index: triggers note them, whoever
-- wrote them. A change to the exchange rates, a grant or a project's currency marks every project
-- stale (a rule, contract rate, currency or first grant may have changed): the next write converts
-- them all again. Migration 9's Rust step fills the tables.
-- kept in the order budget vs actual reads them: by project and latest date (WITHOUT ROWID,
-- so a window is one sequential range)
CREATE TABLE money_spent (
  project INTEGER NOT NULL,        -- projects.rowid
  last_day INTEGER NOT NULL,       -- its latest and earliest date, days from the common era
  tx INTEGER NOT NULL,             -- transactions.rowid of a live expense with a date
  first_day INTEGER NOT NULL,
  line INTEGER,                    -- budget_lines.rowid
  converted INTEGER,               -- minor units of the project's currency; NULL: no rate, or the period's average
  rule TEXT,                       -- the rule that gave the rate; NULL: in the project's currency
  rate TEXT,
  rate_month TEXT,                 -- 'ALL 2015-03-01': the table rate it used
  missing TEXT,                    -- 'ALL 2016-02': the rate it lacks
  PRIMARY KEY (project, last_day, tx)
) WITHOUT ROWID;
CREATE INDEX money_spent_tx ON money_spent(tx);
-- each grant's part of a converted expense (converted × share, rounded once), in the same order
CREATE TABLE money_parts (
  project INTEGER NOT NULL, last_day INTEGER NOT NULL, tx INTEGER NOT NULL, grant_row INTEGER NOT NULL,
  first_day INTEGER NOT NULL, part INTEGER NOT NULL,
  PRIMARY KEY (project, last_day, tx, grant_row)
) WITHOUT ROWID;
CREATE INDEX money_parts_tx ON money_parts(tx);
CREATE TABLE money_pending (tx INTEGER PRIMARY KEY);
CREATE TABLE money_stale (one INTEGER PRIMARY KEY CHECK (one = 1));

CREATE TRIGGER money_tx_insert AFTER INSERT ON transactions
BEGIN INSERT OR IGNORE INTO money_pending (tx) VALUES (new.rowid); END;
CREATE TRIGGER money_tx_update AFTER UPDATE ON transactions
BEGIN INSERT OR IGNORE INTO money_pending (tx) VALUES (new.rowid); END;
CREATE TRIGGER money_tx_delete AFTER DELETE ON transactions
BEGIN INSERT OR IGNORE INTO money_pending (tx) VALUES (old.rowid); END;
CREATE TRIGGER money_split_insert AFTER INSERT ON transaction_grants
BEGIN INSERT OR IGNORE INTO money_pending (tx) SELECT rowid FROM transactions WHERE id = new.transaction_id; END;
CREATE TRIGGER money_split_update AFTER UPDATE ON transaction_grants
BEGIN
  INSERT OR IGNORE INTO money_pending (tx) SELECT rowid FROM transactions WHERE id IN (old.transaction_id, new.transaction_id);
END;
CREATE TRIGGER money_split_delete AFTER DELETE ON transaction_grants
BEGIN INSERT OR IGNORE INTO money_pending (tx) SELECT rowid FROM transactions WHERE id = old.transaction_id; END;
CREATE TRIGGER money_rates_insert AFTER INSERT ON exchange_rates BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
CREATE TRIGGER money_rates_update AFTER UPDATE ON exchange_rates BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
CREATE TRIGGER money_rates_delete AFTER DELETE ON exchange_rates BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
CREATE TRIGGER money_grants_insert AFTER INSERT ON grants BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
CREATE TRIGGER money_grants_update AFTER UPDATE ON grants BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
CREATE TRIGGER money_grants_delete AFTER DELETE ON grants BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
CREATE TRIGGER money_projects_update AFTER UPDATE OF currency, cl ON projects
BEGIN INSERT OR IGNORE INTO money_stale VALUES (1); END;
-- a project that arrives after its transactions (from another device): they are converted now
CREATE TRIGGER money_projects_insert AFTER INSERT ON projects
BEGIN INSERT OR IGNORE INTO money_pending (tx) SELECT rowid FROM transactions WHERE project_id = new.id; END;

-- a transaction booked from the app goes after the project's last one (`max(position)` by index)
CREATE INDEX transactions_position ON transactions(project_id, position);
