//! Indexes derived from synced tables, refreshed once per write just before it commits (the
//! rows to refresh are noted by triggers: migrations 5 and 9): the people search index, and
//! each expense converted into its project's currency (`finance/cache.rs`).

use rusqlite::Transaction;

use crate::Result;

const REFRESH: &str = "
DELETE FROM people_search WHERE rowid IN (SELECT row FROM people_search_pending WHERE indexed = 1);
INSERT INTO people_search (rowid, search_key)
  SELECT b.rowid, b.search_key FROM people_search_pending p JOIN /* all rows */ beneficiaries b ON b.rowid = p.row
  WHERE b.cl % 2 = 1 AND b.search_key IS NOT NULL;
DELETE FROM people_search_pending;";

/// Bring every derived index up to the rows this transaction wrote. After an erasure the
/// index is merged into one segment, so the erased person's words leave its pages (which
/// `secure_delete` then zeroes) instead of waiting as deleted entries in old segments.
pub(super) fn refresh(tx: &Transaction<'_>, erased: bool) -> Result<()> {
    let pending: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM people_search_pending)", [], |r| r.get(0))?;
    if pending {
        tx.execute_batch(REFRESH)?;
    }
    if erased {
        tx.execute_batch("INSERT INTO people_search (people_search) VALUES ('optimize');")?;
    }
    crate::finance::cache::refresh(tx)
}

/// Migration 9's step: every expense converted and kept.
pub(super) fn keep_every_conversion(tx: &Transaction<'_>) -> Result<()> {
    crate::finance::cache::rebuild(tx)
}
