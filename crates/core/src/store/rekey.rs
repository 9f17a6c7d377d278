//! A new passphrase for the database, or a passphrase for a database that had none (or none
//! any more): the whole database written anew beside it under the new key
//! (`sqlcipher_export`), opened and checked, then renamed over the old file — one atomic
//! rename, so an interruption at any moment leaves either the old file or the new one whole,
//! and a left-over `.rekey-*` file is removed at the next change. The file keeps its device
//! identity (it is the same database, not a copy).

use std::path::{Path, PathBuf};

use super::guard::Mode;
use super::{cipher, Db, OpenOptions};
use crate::{Error, Result};

/// The temporary files of a change that was interrupted, beside `path`.
fn leftovers(path: &Path) -> Vec<PathBuf> {
    let Some(dir) = path.parent().map(|d| if d.as_os_str().is_empty() { Path::new(".") } else { d }) else {
        return vec![];
    };
    let prefix = format!("{}.rekey-", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default()
}

impl Db {
    /// Encrypt the database with `new` (`None`: store it without a passphrase), and go on
    /// with it opened again under it. `opts` as the database was opened (its install folder).
    /// Refused or failed before the swap: this handle is as it was.
    pub fn change_passphrase(&mut self, new: Option<&str>, opts: &OpenOptions) -> Result<()> {
        if new.is_some_and(|p| p.is_empty()) {
            return Err(Error::PassphraseRequired);
        }
        let path = self.path.clone();
        for old in leftovers(&path) {
            let _ = std::fs::remove_file(old);
        }
        let next = PathBuf::from(format!("{}.rekey-{}", path.display(), uuid::Uuid::new_v4().simple()));
        let cleanup = |e: Error| {
            for file in super::copy::with_journals(&next) {
                let _ = std::fs::remove_file(file);
            }
            e
        };
        let key = new.map(|p| cipher::Key::derive(p, &next));
        // the raw key and salt as SQLCipher reads a key (`x'…'`), or none: a plain file
        let spec = key.as_ref().map_or_else(String::new, |k| k.pragma());
        {
            let _internal = self.guard.enter(Mode::Internal);
            let version: i64 = self.write.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let copied = self
                .write
                .execute("ATTACH DATABASE ?1 AS rekeyed KEY ?2", [next.to_string_lossy().to_string(), spec])
                .and_then(|_| self.write.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(())))
                .and_then(|_| self.write.execute_batch(&format!("PRAGMA rekeyed.user_version = {version}")));
            let detached = self.write.execute_batch("DETACH DATABASE rekeyed");
            copied.and(detached).map_err(|e| cleanup(e.into()))?;
        }
        // the new file opens with the new key and holds what the old one holds (read without
        // opening it as a database here: its identity is bound to the final path)
        {
            let tables: Vec<&String> = self.schema.tables.keys().collect();
            let counts = |conn: &rusqlite::Connection| -> Result<Vec<i64>> {
                tables
                    .iter()
                    .map(|t| Ok(conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?))
                    .collect()
            };
            let before = counts(&self.read).map_err(cleanup)?;
            let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let fresh = super::connect(&next.to_string_lossy(), flags, key.as_ref(), &next).map_err(cleanup)?;
            let after = counts(&fresh).map_err(cleanup)?;
            let intact: String =
                fresh.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(|e| cleanup(e.into()))?;
            drop(fresh);
            if before != after || intact != "ok" {
                return Err(cleanup(Error::NotADatabase { path: next.display().to_string() }));
            }
        }
        // the old file closed with nothing in its journal, then replaced in one rename; this
        // handle goes on with the new file (an in-memory one stands in meanwhile)
        let old = std::mem::replace(self, Db::open_in_memory().map_err(cleanup)?);
        old.close().map_err(cleanup)?;
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            let _ = std::fs::remove_file(format!("{}{suffix}", next.display()));
        }
        std::fs::rename(&next, &path)
            .map_err(|source| cleanup(Error::Io { path: path.display().to_string(), source }))?;
        *self = Db::open(&path, &OpenOptions { passphrase: new.map(str::to_string), create: false, ..opts.clone() })?;
        Ok(())
    }
}
