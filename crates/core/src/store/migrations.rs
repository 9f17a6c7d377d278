//! Embedded migrations, applied in one transaction and recorded by number and hash. They are
//! only ever appended: a past migration whose text changed refuses to start. A migration may
//! have a Rust step that runs after its SQL (converting data SQL alone cannot).

use rusqlite::{Connection, Transaction};
use sha2::{Digest, Sha256};

use crate::{Error, Result};

type Step = fn(&Transaction<'_>) -> Result<()>;

/// (number, SQL, Rust step). Append only.
pub(super) const MIGRATIONS: &[(u32, &str, Option<Step>)] = &[
    (1, include_str!("../../migrations/0001_domain.sql"), None),
    (2, include_str!("../../migrations/0002_change_log_v2.sql"), Some(super::convert::change_log_v1_to_v2)),
    (3, include_str!("../../migrations/0003_owners.sql"), None),
    (4, include_str!("../../migrations/0004_live_views.sql"), None),
    (5, include_str!("../../migrations/0005_people_search.sql"), None),
    (6, include_str!("../../migrations/0006_registry_count.sql"), None),
    (7, include_str!("../../migrations/0007_households.sql"), None),
    (8, include_str!("../../migrations/0008_submitted_periods.sql"), None),
    (9, include_str!("../../migrations/0009_money_spent.sql"), Some(super::indexes::keep_every_conversion)),
    (10, include_str!("../../migrations/0010_generated_reports.sql"), None),
    (11, include_str!("../../migrations/0011_outbox.sql"), None),
    (12, include_str!("../../migrations/0012_deviation_notes.sql"), None),
    (13, include_str!("../../migrations/0013_report_ethnicity.sql"), None),
    (14, include_str!("../../migrations/0014_triggers_do_nothing.sql"), None),
];

/// The schema version this build writes into every change.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

fn hash(sql: &str) -> String {
    Sha256::digest(sql.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub fn apply(conn: &mut Connection) -> Result<()> {
    apply_list(conn, MIGRATIONS)
}

pub(super) fn apply_list(conn: &mut Connection, list: &[(u32, &str, Option<Step>)]) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )?;
    let applied: Vec<(u32, String)> = {
        let mut stmt = tx.prepare("SELECT version, sha256 FROM schema_migrations ORDER BY version")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (version, sha) in &applied {
        match list.iter().find(|(v, _, _)| v == version) {
            Some((_, sql, _)) if &hash(sql) == sha => {}
            Some(_) => return Err(Error::MigrationChanged { version: *version }),
            None => return Err(Error::SchemaTooNew { found: *version, supported: list.len() as u32 }),
        }
    }
    for (version, sql, step) in list.iter().filter(|(v, _, _)| !applied.iter().any(|(a, _)| a == v)) {
        tx.execute_batch(sql)?;
        if let Some(step) = step {
            step(&tx)?;
        }
        tx.execute(
            "INSERT INTO schema_migrations (version, sha256, applied_at) VALUES (?1, ?2, datetime('now'))",
            rusqlite::params![version, hash(sql)],
        )?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_once_and_records_hashes() {
        let mut c = Connection::open_in_memory().unwrap();
        apply(&mut c).unwrap();
        apply(&mut c).unwrap();
        let n: i64 = c.query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0)).unwrap();
        assert_eq!(n, MIGRATIONS.len() as i64);
    }

    #[test]
    fn a_changed_past_migration_refuses_to_start() {
        let mut c = Connection::open_in_memory().unwrap();
        apply_list(&mut c, &[(1, "CREATE TABLE a (x);", None)]).unwrap();
        let err = apply_list(&mut c, &[(1, "CREATE TABLE a (x, y);", None)]).unwrap_err();
        assert!(matches!(err, Error::MigrationChanged { version: 1 }), "{err:?}");
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        apply_list(&mut c, &[(1, "CREATE TABLE a (x);", None), (2, "CREATE TABLE b (x);", None)]).unwrap();
        let err = apply_list(&mut c, &[(1, "CREATE TABLE a (x);", None)]).unwrap_err();
        assert!(matches!(err, Error::SchemaTooNew { found: 2, .. }), "{err:?}");
    }

    #[test]
    fn a_failing_migration_leaves_nothing_behind() {
        let mut c = Connection::open_in_memory().unwrap();
        let err = apply_list(&mut c, &[(1, "CREATE TABLE a (x);", None), (2, "NOT SQL", None)]);
        assert!(err.is_err());
        let n: i64 = c.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'a'", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }
}
