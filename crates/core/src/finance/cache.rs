//! The conversions kept for the money rules (migration 9): each live expense of every project
//! converted into its project's currency by `figures::keep_converted` — the rules' own
//! conversion — so budget vs actual adds up integers. The store calls `refresh` once per write,
//! before it commits, for the expenses that write touched (noted by triggers, whoever wrote
//! them); after a change to the rates, a grant or a project's currency, every project again.

use rusqlite::Connection;
use rustc_hash::FxHashMap;

use super::figures::{keep_converted, Expenses};
use crate::Result;

/// Bring the kept conversions up to this transaction's writes.
pub(crate) fn refresh(c: &Connection) -> Result<()> {
    let stale: bool = c.query_row("SELECT EXISTS (SELECT 1 FROM money_stale)", [], |r| r.get(0))?;
    if stale {
        return rebuild(c);
    }
    let pending: Vec<i64> = c
        .prepare("SELECT tx FROM money_pending")?
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    if pending.is_empty() {
        return Ok(());
    }
    let mut by_project: FxHashMap<String, Vec<i64>> = FxHashMap::default();
    {
        let mut forget = c.prepare_cached("DELETE FROM money_spent WHERE tx = ?1")?;
        let mut forget_parts = c.prepare_cached("DELETE FROM money_parts WHERE tx = ?1")?;
        // (by the `tx` indexes)
        let mut project = c.prepare_cached("SELECT project_id FROM /* all rows */ transactions WHERE rowid = ?1")?;
        for tx in &pending {
            forget.execute([tx])?;
            forget_parts.execute([tx])?;
            let p: Option<String> = project.query_row([tx], |r| r.get(0)).ok();
            if let Some(p) = p {
                by_project.entry(p).or_default().push(*tx);
            }
        }
    }
    for (project, rows) in &by_project {
        keep_converted(c, project, Expenses::Rows(rows))?;
    }
    c.execute("DELETE FROM money_pending", [])?;
    Ok(())
}

/// Convert every expense of every project again.
pub(crate) fn rebuild(c: &Connection) -> Result<()> {
    c.execute_batch(
        "DELETE FROM money_spent; DELETE FROM money_parts; DELETE FROM money_pending; DELETE FROM money_stale;",
    )?;
    let projects: Vec<String> = c
        .prepare("SELECT id FROM /* all rows */ projects WHERE cl % 2 = 1")?
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    for p in &projects {
        keep_converted(c, p, Expenses::All)?;
    }
    Ok(())
}
