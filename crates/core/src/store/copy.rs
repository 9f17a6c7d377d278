//! A consistent copy of the whole database while it is in use (`VACUUM INTO`: one read
//! snapshot, so a write or an import that runs meanwhile is wholly in it or wholly absent),
//! keyed like the original when that is encrypted — what a backup holds — and the opening
//! of such a copy to read what it names; a database file's journals (`with_journals`).

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::guard::Mode;
use super::{cipher, connect, Db};
use crate::{Error, Result};

/// A file the copy's `attachments` rows name, by its hash.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NamedFile {
    pub sha256: String,
    pub size: u64,
}

/// What a copy holds, read from the copy itself (so it agrees with the copy's snapshot).
#[derive(Debug, Clone)]
pub struct Copied {
    /// The file's size in bytes.
    pub bytes: u64,
    pub schema_version: u32,
    /// The organisation that owns the database (empty before `init`).
    pub organisation: String,
    /// Every attachment file the copy's rows name (deleted ones too: undo brings them back).
    pub files: Vec<NamedFile>,
}

/// The suffixes of a database file's journals: its write-ahead log and shared memory, and a
/// rollback journal (what moves, or goes, with the file).
pub const JOURNAL_SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// The database file at `path` and its journals, whether they exist or not.
pub fn with_journals(path: &Path) -> Vec<std::path::PathBuf> {
    let mut files = vec![path.to_path_buf()];
    files.extend(JOURNAL_SUFFIXES.iter().map(|s| std::path::PathBuf::from(format!("{}{s}", path.display()))));
    files
}

impl Db {
    /// Copy the whole database to `target` (which must not exist) as of one moment.
    pub fn copy_to(&self, target: &Path) -> Result<Copied> {
        if target.exists() {
            return Err(Error::DatabaseExists { path: target.display().to_string() });
        }
        {
            let _internal = self.guard.enter(Mode::Internal);
            // SQLCipher keys the copy with the original's key (and salt): it opens with the
            // same passphrase.
            self.write.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
        }
        let conn = open_copy(target, self.key.as_ref())?;
        describe(&conn, target)
    }
}

/// Open a copy read-only with the original's key.
fn open_copy(path: &Path, key: Option<&cipher::Key>) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    connect(&path.to_string_lossy(), flags, key, path)
}

/// What the database at `path` (a copy, keyed by `passphrase` when encrypted) names.
pub fn describe_file(path: &Path, passphrase: Option<&str>) -> Result<Copied> {
    let key = super::is_encrypted(path).then(|| cipher::Key::derive(passphrase.unwrap_or_default(), path));
    if key.is_some() && passphrase.is_none() {
        return Err(Error::PassphraseRequired);
    }
    describe(&open_copy(path, key.as_ref())?, path)
}

fn describe(conn: &Connection, path: &Path) -> Result<Copied> {
    let bytes = std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|source| Error::Io { path: path.display().to_string(), source })?;
    let schema_version: u32 =
        conn.query_row("SELECT coalesce(max(version), 0) FROM schema_migrations", [], |r| r.get(0))?;
    let organisation: String = conn
        .query_row("SELECT name FROM organisations WHERE is_self = 1 ORDER BY id LIMIT 1", [], |r| r.get(0))
        .optional()?
        .unwrap_or_default();
    let mut stmt =
        conn.prepare("SELECT sha256, max(coalesce(size, 0)) FROM attachments GROUP BY sha256 ORDER BY sha256")?;
    let files = stmt
        .query_map([], |r| Ok(NamedFile { sha256: r.get(0)?, size: r.get::<_, i64>(1)?.max(0) as u64 }))?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Copied { bytes, schema_version, organisation, files })
}
