//! Indexes derived from synced tables, refreshed once per write just before it commits (the
//! rows to refresh are noted by triggers: migration 5). Today: the people search index.

use rusqlite::Transaction;

use crate::Result;

const REFRESH: &str = "
DELETE FROM people_search WHERE rowid IN (SELECT row FROM people_search_pending WHERE indexed = 1);
INSERT INTO people_search (rowid, search_key)
  SELECT b.rowid, b.search_key FROM people_search_pending p JOIN /* all rows */ beneficiaries b ON b.rowid = p.row
  WHERE b.cl % 2 = 1 AND b.search_key IS NOT NULL;
DELETE FROM people_search_pending;";

/// Bring every derived index up to the rows this transaction wrote.
pub(super) fn refresh(tx: &Transaction<'_>) -> Result<()> {
    let pending: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM people_search_pending)", [], |r| r.get(0))?;
    if pending {
        tx.execute_batch(REFRESH)?;
    }
    Ok(())
}
