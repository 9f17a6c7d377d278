//! The store: opening (and unlocking) the SQLite file, migrations, this device's identity
//! and clock, and the one write path (`Writer`) that records every change in the change log.

mod clock;
mod migrations;
pub mod rebuild;
mod write;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::{Connection, OptionalExtension};

pub use clock::Hlc;
pub use migrations::SCHEMA_VERSION;
pub use write::{Val, Writer};

use crate::{Error, Result};

/// How to open a database.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Passphrase of an encrypted database (`None` = plaintext).
    pub passphrase: Option<String>,
    /// Create the file when it does not exist (with the passphrase: encrypted).
    pub create: bool,
}

/// Column names of each synced table, read from the schema after migrations.
pub type Tables = BTreeMap<String, Vec<String>>;

/// An open Tessera database.
pub struct Db {
    conn: Connection,
    path: PathBuf,
    encrypted: bool,
    device: String,
    clock: Hlc,
    tables: Arc<Tables>,
    writing: Arc<AtomicBool>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("path", &self.path).field("device", &self.device).finish()
    }
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// True when the file exists and is not a plaintext SQLite database (so it needs a key).
pub fn is_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    match std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)) {
        Ok(()) => &head != SQLITE_MAGIC,
        Err(_) => false,
    }
}

impl Db {
    /// Open (or create) the database at `path`, check the passphrase at once and bring the
    /// schema up to date in one transaction.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Db> {
        let exists = path.exists();
        if !exists && !opts.create {
            return Err(Error::DatabaseNotFound { path: path.display().to_string() });
        }
        let encrypted = if exists { is_encrypted(path) } else { opts.passphrase.is_some() };
        if encrypted && opts.passphrase.is_none() {
            return Err(Error::PassphraseRequired);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.display().to_string(), source })?;
        }
        let conn = Connection::open(path)?;
        // A wrong key is reported as our typed error, not as SQLCipher's log line on stderr.
        let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
        if encrypted {
            let pass = opts.passphrase.as_deref().unwrap_or_default();
            conn.pragma_update(None, "key", pass)?;
        }
        // SQLCipher checks the key only at the first read: do it now, not at a later crash.
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            Ok(_) => {}
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
                return Err(if encrypted {
                    Error::WrongPassphrase
                } else {
                    Error::NotADatabase { path: path.display().to_string() }
                });
            }
            Err(e) => return Err(e.into()),
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Bulk writes with random UUID keys need a large page cache under SQLCipher (probes.md).
        conn.pragma_update(None, "cache_size", -200_000)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Self::setup(conn, path.to_path_buf(), encrypted)
    }

    /// A fresh in-memory database (tests).
    pub fn open_in_memory() -> Result<Db> {
        let conn = Connection::open_in_memory()?;
        Self::setup(conn, PathBuf::from(":memory:"), false)
    }

    fn setup(mut conn: Connection, path: PathBuf, encrypted: bool) -> Result<Db> {
        // The write path prepares one statement per table and operation: keep them all.
        conn.set_prepared_statement_cache_capacity(512);
        migrations::apply(&mut conn)?;
        let device = match meta_get(&conn, "device_id")? {
            Some(d) => d,
            None => {
                let d = uuid::Uuid::new_v4().simple().to_string();
                meta_set(&conn, "device_id", &d)?;
                d
            }
        };
        let clock = Hlc::from_raw(meta_get(&conn, "hlc")?.and_then(|s| s.parse().ok()).unwrap_or(0));
        let tables = Arc::new(synced_tables(&conn)?);
        let writing = Arc::new(AtomicBool::new(false));
        install_guard(&conn, &tables, &writing);
        Ok(Db { conn, path, encrypted, device, clock, tables, writing })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// This install's device id (random, 128 bits, hex).
    pub fn device_id(&self) -> &str {
        &self.device
    }

    /// The synced tables and their columns.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// Read access. Writes to synced tables through it are refused by SQLite itself.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Run `f` in one transaction whose every write goes through the change log.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        self.writing.store(true, Ordering::SeqCst);
        let mut w = Writer::new(&tx, &self.tables, &self.device, self.clock);
        let out = f(&mut w);
        let clock = w.clock();
        self.writing.store(false, Ordering::SeqCst);
        let out = out?;
        meta_set(&tx, "hlc", &clock.raw().to_string())?;
        tx.commit()?;
        self.clock = clock;
        Ok(out)
    }

    /// A device-local setting (never synced), e.g. the interface language.
    pub fn local_setting(&self, key: &str) -> Result<Option<String>> {
        meta_get(&self.conn, &format!("setting.{key}"))
    }

    pub fn set_local_setting(&self, key: &str, value: &str) -> Result<()> {
        meta_set(&self.conn, &format!("setting.{key}"), value)
    }

    /// The last HLC this device issued.
    pub fn clock(&self) -> Hlc {
        self.clock
    }
}

fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM local_meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn meta_set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO local_meta (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Every table with an `id` and a causal length `cl` is synced.
fn synced_tables(conn: &Connection) -> Result<Tables> {
    let mut stmt =
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?;
    let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut out = Tables::new();
    for name in names {
        let mut cols = conn.prepare(&format!("PRAGMA table_info(\"{name}\")"))?;
        let cols: Vec<String> = cols.query_map([], |r| r.get(1))?.collect::<Result<_, _>>()?;
        if cols.iter().any(|c| c == "cl") && cols.first().map(String::as_str) == Some("id") {
            out.insert(name, cols);
        }
    }
    Ok(out)
}

/// SQLite's authorizer refuses any INSERT, UPDATE or DELETE on a synced table unless it
/// comes from inside `Db::write`: no code path can write around the change log.
fn install_guard(conn: &Connection, tables: &Tables, writing: &Arc<AtomicBool>) {
    let synced: HashSet<String> = tables.keys().cloned().collect();
    let writing = Arc::clone(writing);
    conn.authorizer(Some(move |ctx: AuthContext<'_>| {
        let table = match ctx.action {
            AuthAction::Insert { table_name } => table_name,
            AuthAction::Update { table_name, .. } => table_name,
            AuthAction::Delete { table_name } => table_name,
            _ => return Authorization::Allow,
        };
        if synced.contains(table) && !writing.load(Ordering::SeqCst) {
            Authorization::Deny
        } else {
            Authorization::Allow
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_around_the_change_log_are_refused() {
        let db = Db::open_in_memory().unwrap();
        let err = db
            .conn()
            .execute("INSERT INTO projects (id, ref, code, title, start_date, end_date, status, currency) VALUES ('x','P','C','T','2020-01-01','2020-01-02','active','EUR')", [])
            .unwrap_err();
        assert!(err.to_string().contains("not authorized"), "{err}");
        assert!(db.conn().execute("DELETE FROM beneficiaries", []).is_err());
        // local tables stay writable
        db.set_local_setting("lang", "sq").unwrap();
        assert_eq!(db.local_setting("lang").unwrap().as_deref(), Some("sq"));
    }

    #[test]
    fn every_domain_table_is_synced() {
        let db = Db::open_in_memory().unwrap();
        for t in [
            "organisations",
            "projects",
            "logframe_nodes",
            "indicators",
            "measurements",
            "activities",
            "beneficiaries",
            "households",
            "services",
            "grants",
            "budget_lines",
            "transactions",
            "exchange_rates",
            "subgrants",
            "attendance",
            "consents",
        ] {
            assert!(db.tables().contains_key(t), "{t} is not a synced table");
        }
        assert!(!db.tables().contains_key("crdt_changes"));
        assert!(!db.tables().contains_key("local_meta"));
    }
}
