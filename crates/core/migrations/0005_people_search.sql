-- Tessera schema, migration 5: the people search index. A person is found by the words of
-- their search key (the pseudonymous code and names, folded across scripts and diacritics by
-- `search::fold`: `Петровић` is `petrovic`), by prefix as the user types. The index holds no
-- text (contentless) and is not synced. Triggers note which rows of `beneficiaries` changed,
-- whoever wrote them (this device's writer or the merge of another device's changes), and the
-- store refreshes their entries once per write, before it commits (`store/indexes.rs`): per
-- row, an FTS5 insert from a trigger costs ten times more. A deleted or erased person leaves it.
CREATE VIRTUAL TABLE people_search USING fts5(
  search_key, content = '', contentless_delete = 1, tokenize = 'unicode61'
);
-- `indexed` = 1 when the row may have an entry to remove first
CREATE TABLE people_search_pending (row INTEGER PRIMARY KEY, indexed INTEGER NOT NULL);
INSERT INTO people_search (rowid, search_key)
  SELECT rowid, search_key FROM beneficiaries WHERE cl % 2 = 1 AND search_key IS NOT NULL;
CREATE TRIGGER people_search_insert AFTER INSERT ON beneficiaries
BEGIN
  INSERT OR IGNORE INTO people_search_pending (row, indexed) VALUES (new.rowid, 0);
END;
CREATE TRIGGER people_search_update AFTER UPDATE OF search_key, cl ON beneficiaries
BEGIN
  INSERT OR IGNORE INTO people_search_pending (row, indexed) VALUES (old.rowid, 1);
END;
CREATE TRIGGER people_search_delete AFTER DELETE ON beneficiaries
BEGIN
  INSERT OR IGNORE INTO people_search_pending (row, indexed) VALUES (old.rowid, 1);
END;
