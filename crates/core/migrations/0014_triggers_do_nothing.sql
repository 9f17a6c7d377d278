-- Tessera schema, migration 14: the bookkeeping triggers (which people the search index must
-- refresh, which expenses the kept conversions must redo) skip a row already noted with an
-- UPSERT's `ON CONFLICT DO NOTHING` instead of `INSERT OR IGNORE`. The write path inserts a
-- row `INSERT OR FAIL` (it needs no statement journal: one row, checked before it is written,
-- and any failure rolls the whole write back), and an outer statement's conflict policy
-- replaces a trigger's `OR IGNORE`, never an UPSERT clause (store/write.rs).
DROP TRIGGER people_search_insert;
DROP TRIGGER people_search_update;
DROP TRIGGER people_search_delete;
CREATE TRIGGER people_search_insert AFTER INSERT ON beneficiaries
BEGIN
  INSERT INTO people_search_pending (row, indexed) VALUES (new.rowid, 0) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER people_search_update AFTER UPDATE OF search_key, cl ON beneficiaries
BEGIN
  INSERT INTO people_search_pending (row, indexed) VALUES (old.rowid, 1) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER people_search_delete AFTER DELETE ON beneficiaries
BEGIN
  INSERT INTO people_search_pending (row, indexed) VALUES (old.rowid, 1) ON CONFLICT DO NOTHING;
END;
DROP TRIGGER money_tx_insert;
DROP TRIGGER money_tx_update;
DROP TRIGGER money_tx_delete;
DROP TRIGGER money_split_insert;
DROP TRIGGER money_split_update;
DROP TRIGGER money_split_delete;
DROP TRIGGER money_rates_insert;
DROP TRIGGER money_rates_update;
DROP TRIGGER money_rates_delete;
DROP TRIGGER money_grants_insert;
DROP TRIGGER money_grants_update;
DROP TRIGGER money_grants_delete;
DROP TRIGGER money_projects_update;
DROP TRIGGER money_projects_insert;
CREATE TRIGGER money_tx_insert AFTER INSERT ON transactions
BEGIN INSERT INTO money_pending (tx) VALUES (new.rowid) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_tx_update AFTER UPDATE ON transactions
BEGIN INSERT INTO money_pending (tx) VALUES (new.rowid) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_tx_delete AFTER DELETE ON transactions
BEGIN INSERT INTO money_pending (tx) VALUES (old.rowid) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_split_insert AFTER INSERT ON transaction_grants
BEGIN
  INSERT INTO money_pending (tx) SELECT rowid FROM transactions WHERE id = new.transaction_id
  ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER money_split_update AFTER UPDATE ON transaction_grants
BEGIN
  INSERT INTO money_pending (tx) SELECT rowid FROM transactions WHERE id IN (old.transaction_id, new.transaction_id)
  ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER money_split_delete AFTER DELETE ON transaction_grants
BEGIN
  INSERT INTO money_pending (tx) SELECT rowid FROM transactions WHERE id = old.transaction_id
  ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER money_rates_insert AFTER INSERT ON exchange_rates
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_rates_update AFTER UPDATE ON exchange_rates
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_rates_delete AFTER DELETE ON exchange_rates
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_grants_insert AFTER INSERT ON grants
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_grants_update AFTER UPDATE ON grants
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_grants_delete AFTER DELETE ON grants
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER money_projects_update AFTER UPDATE OF currency, cl ON projects
BEGIN INSERT INTO money_stale VALUES (1) ON CONFLICT DO NOTHING; END;
-- a project that arrives after its transactions (from another device): they are converted now
CREATE TRIGGER money_projects_insert AFTER INSERT ON projects
BEGIN
  INSERT INTO money_pending (tx) SELECT rowid FROM transactions WHERE project_id = new.id
  ON CONFLICT DO NOTHING;
END;
