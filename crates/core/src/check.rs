//! The database's health, as `tessera check` and the app's check at start show it: the file
//! itself (SQLite's `integrity_check`, or the faster `quick_check`), the change log against
//! the tables (the rebuild proof: every synced table written again from the log alone must
//! equal what the table holds) and the attachment files against their hashes.

use std::collections::BTreeSet;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::store::rebuild::{replay_log, tables_snapshot};
use crate::{attachments, Db, Result};

/// How much to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// At start: `quick_check` and whether each file is there (seconds at most).
    Quick,
    /// Everything: `integrity_check`, the rebuild proof, every file's hash.
    Full,
}

/// At most this many findings of one kind are listed (the count is always whole).
const LISTED: usize = 20;

/// What a check found. Empty lists mean nothing was wrong there.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckReport {
    /// SQLite's findings about the file (pages, indexes), when it is damaged.
    pub integrity: Vec<String>,
    /// Whether the change log was compared with the tables (`Depth::Full`).
    pub log_compared: bool,
    /// Rows of the synced tables compared with the log.
    pub rows: u64,
    /// `table row-id` where a table and the change log disagree (first 20).
    pub disagreements: Vec<String>,
    pub disagreement_count: u64,
    /// Attachment files looked at.
    pub files: u64,
    /// File names whose bytes no longer match their hash.
    pub damaged: Vec<String>,
    /// File names the database names that are not in the attachments folder (on a laptop
    /// that syncs: added on another laptop; files travel in backups, not yet by sync).
    pub missing: Vec<String>,
}

impl CheckReport {
    /// Nothing damaged: the file, the log and the files that are here are sound.
    pub fn ok(&self) -> bool {
        self.integrity.is_empty() && self.disagreement_count == 0 && self.damaged.is_empty()
    }
}

/// Check `db`; `progress(done, total)` after each step (the file, the log, each attachment).
pub fn run(db: &Db, depth: Depth, progress: &mut dyn FnMut(u64, u64)) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    let files: Vec<(String, String)> = db
        .conn()
        .prepare("SELECT sha256, min(filename) FROM live_attachments GROUP BY sha256 ORDER BY sha256")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let total = 2 + files.len() as u64;

    let pragma = if depth == Depth::Full { "integrity_check" } else { "quick_check" };
    let findings: Vec<String> = db
        .conn()
        .prepare(&format!("PRAGMA {pragma}"))?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<std::result::Result<_, _>>()?;
    report.integrity = findings.into_iter().filter(|f| f != "ok").take(LISTED).collect();
    progress(1, total);

    if depth == Depth::Full && report.integrity.is_empty() {
        compare_log(db, &mut report)?;
    }
    progress(2, total);

    let folder = attachments::folder(db);
    for (i, (sha256, filename)) in files.iter().enumerate() {
        let path = attachments::file_in(&folder, sha256);
        report.files += 1;
        match std::fs::read(&path) {
            Err(_) => report.missing.push(filename.clone()),
            Ok(bytes) if depth == Depth::Full => {
                if &attachments::hex(&Sha256::digest(&bytes)) != sha256 {
                    report.damaged.push(filename.clone());
                }
            }
            Ok(_) => {}
        }
        progress(3 + i as u64, total);
    }
    Ok(report)
}

/// The rebuild proof, both sides read in one snapshot (another process may write meanwhile).
fn compare_log(db: &Db, report: &mut CheckReport) -> Result<()> {
    db.conn().execute_batch("BEGIN")?;
    let sides = tables_snapshot(db).and_then(|tables| Ok((tables, replay_log(db)?)));
    db.conn().execute_batch("COMMIT")?;
    let (tables, log) = sides?;
    report.log_compared = true;
    for (table, rows) in &tables {
        let empty = Default::default();
        let from_log = log.get(table).unwrap_or(&empty);
        report.rows += rows.len() as u64;
        let ids: BTreeSet<&String> = rows.keys().chain(from_log.keys()).collect();
        for id in ids {
            if rows.get(id) != from_log.get(id) {
                report.disagreement_count += 1;
                if report.disagreements.len() < LISTED {
                    report.disagreements.push(format!("{table} {id}"));
                }
            }
        }
    }
    Ok(())
}
